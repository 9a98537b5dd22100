#!/usr/bin/env bash
# Search benchmark (docs/benchmarks.md): builds in Release, then generates offers, rebuilds the index,
# times a fixed query mix in-process and over HTTP against the real site started as a separate process,
# and prints a summary. Options go to the benchmark (see --help); default 100,000 offers, 20 rounds.
#   bench/search.sh                     # the documented run (about 7 minutes on 2 cores)
#   bench/search.sh --offers 2000 --rounds 3 --restarts 1   # a quick check that everything works
# Build output stays in bench/artifacts/ (not the developers' bin/ and obj/); results in bench/results/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
artifacts="$here/artifacts"

echo "Building (Release)…"
dotnet build "$here/ThammJobs.Bench/ThammJobs.Bench.csproj" -c Release --artifacts-path "$artifacts" -nologo -clp:NoSummary -v quiet

bench="$artifacts/bin/ThammJobs.Bench/release/ThammJobs.Bench.dll"
site="$artifacts/bin/ThammJobs.Web/release/ThammJobs.Web.dll"
echo "Running: dotnet ThammJobs.Bench.dll $*"
export THAMMJOBS_BENCH_COMMAND="bench/search.sh${*:+ $*}"
exec dotnet "$bench" --site "$site" --results "$here/results" "$@"
