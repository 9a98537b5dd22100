#!/usr/bin/env bash
# Upload benchmark (docs/benchmarks.md, "Uploads"): builds in Release, generates PDF, DOCX and JPEG files of
# 1–5 MB, starts the real site as a separate process with the demo offers and a raised rate limit, then sends
# rounds of concurrent candidates (GET the form, POST it with three files) and checks what the site stored.
# Options go to the benchmark (see --help); default 3 rounds of 50 candidates at once, antivirus off.
#   bench/uploads.sh                                   # the documented run (a few minutes on 2 cores)
#   bench/uploads.sh --quick                           # a quick check that everything works (2 rounds of 5)
#   bench/uploads.sh --clamd 127.0.0.1:3310            # with the antivirus (.ci/start-clamd.sh starts a clamd)
# Build output stays in bench/artifacts/ (not the developers' bin/ and obj/); results in bench/results/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
artifacts="$here/artifacts"

args=()
for arg in "$@"; do
  if [ "$arg" = "--quick" ]; then
    args+=(--candidates 5 --rounds 2 --warmup 1 --pool 2)
  else
    args+=("$arg")
  fi
done

echo "Building (Release)…"
dotnet build "$here/ThammJobs.Bench/ThammJobs.Bench.csproj" -c Release --artifacts-path "$artifacts" -nologo -clp:NoSummary -v quiet

bench="$artifacts/bin/ThammJobs.Bench/release/ThammJobs.Bench.dll"
site="$artifacts/bin/ThammJobs.Web/release/ThammJobs.Web.dll"
echo "Running: dotnet ThammJobs.Bench.dll uploads ${args[*]}"
export THAMMJOBS_BENCH_COMMAND="bench/uploads.sh${*:+ $*}"
exec dotnet "$bench" uploads --site "$site" --results "$here/results" "${args[@]}"
