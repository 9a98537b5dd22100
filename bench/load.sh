#!/usr/bin/env bash
# Load benchmark (docs/benchmarks.md, "Load (wrk)"): builds the site in Release, then for each database provider
# starts the real site (Production, 127.0.0.1, fresh data folder / fresh PostgreSQL database, demo offers), warms
# every URL up, and runs wrk against, interleaved so that the machine's drift hits all alike:
#   minimal, home, minimal, offer (fr), minimal, offer (ar), minimal, search API, minimal   (× --rounds)
# Each page's requests/s is divided by the mean of the two minimal-endpoint runs around it (same process,
# same minute): the ratio says how close the page is to what the server itself can do on this machine.
# Exits with 1 when a target is missed (offer ≥ 50 %, search ≥ 25 % of the minimal endpoint) or on any error.
#   bench/load.sh                                  # the documented run (both providers, 3 rounds, ~12 min)
#   bench/load.sh --quick                          # a quick check that everything works (1 round of 3 s each)
#   bench/load.sh --providers sqlite --duration 20s --connections 64 --rounds 5
#   bench/load.sh --no-compression                 # without Accept-Encoding (wrk's default; browsers do ask)
# Build output stays in bench/artifacts/; results (wrk JSON lines, summary, site logs) in bench/results/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
artifacts="$here/artifacts"
command_line="bench/load.sh${*:+ $*}"

duration=10s
warmup=3s
connections=32
threads=1
rounds=3
providers="sqlite,postgresql"
wrk_cpus=1          # wrk pinned to this CPU list (taskset -c); "" = not pinned
site_cpus=""        # the site pinned to this CPU list; "" = not pinned (default: both cores)
minimal=/health/live
encoding="br, gzip"
keep=false
pg_connection_base="Host=127.0.0.1;Username=postgres;Password=postgres"
site_args=()

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<EOF

Options:
  --duration D        wrk duration of each timed run (default $duration)
  --warmup D          wrk duration of the warm-up of each URL (default $warmup)
  --connections N     open connections (default $connections)
  --threads N         wrk threads (default $threads: wrk is pinned to one core)
  --rounds N          repetitions of the interleaved sequence (default $rounds); medians are reported
  --providers LIST    sqlite, postgresql or both, comma-separated (default $providers)
  --wrk-cpus LIST     CPUs for wrk (taskset -c; default $wrk_cpus; "" = no pinning)
  --site-cpus LIST    CPUs for the site (default: not pinned)
  --minimal PATH      the minimal endpoint (default $minimal)
  --no-compression    no Accept-Encoding header (default: "$encoding", as browsers send)
  --site-arg ARG      one more argument for the site (e.g. --site-arg --ThammJobs:Some:Key=value), repeatable
  --keep              keep the data folder and the PostgreSQL database
  --quick             1 round, 3 s runs, 1 s warm-up
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --providers) providers="$2"; shift 2 ;;
    --wrk-cpus) wrk_cpus="$2"; shift 2 ;;
    --site-cpus) site_cpus="$2"; shift 2 ;;
    --minimal) minimal="$2"; shift 2 ;;
    --no-compression) encoding=""; shift ;;
    --site-arg) site_args+=("$2"); shift 2 ;;
    --keep) keep=true; shift ;;
    --quick) rounds=1; duration=3s; warmup=1s; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

for tool in wrk jq curl dotnet; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

echo "Building (Release)…"
dotnet build "$here/../src/ThammJobs.Web/ThammJobs.Web.csproj" -c Release --artifacts-path "$artifacts" -nologo -clp:NoSummary -v quiet >/dev/null
site="$artifacts/bin/ThammJobs.Web/release/ThammJobs.Web.dll"

stamp="$(date -u +%Y%m%d-%H%M%S)"
results="$here/results/load-$stamp"
mkdir -p "$results"
runs="$results/runs.jsonl"
: > "$runs"

# The pages. The offer slugs are those of content-recipes/demo.recipe.json (deadlines in 2030).
urlencode() { jq -rn --arg v "$1" '$v|@uri'; }
offer_fr=/fr/offres/demo-mobilite-agriculture
offer_ar=/ar/offres/demo-pre-depart-hotellerie
search_paths=()
for q in "fr:migration" "fr:mobilité" "fr:formation hôtellerie" "fr:agriculture" "ar:مشروع" "ar:الهجرة" "ar:التكوين" "fr:infirmière"; do
  search_paths+=("/api/search?culture=${q%%:*}&q=$(urlencode "${q#*:}")")
done

wrk_prefix=()
[ -n "$wrk_cpus" ] && wrk_prefix=(taskset -c "$wrk_cpus")
site_prefix=()
[ -n "$site_cpus" ] && site_prefix=(taskset -c "$site_cpus")
export LOAD_ACCEPT_ENCODING="$encoding"

site_pid=""
data=""
pg_database=""
cleanup() {
  if [ -n "$site_pid" ] && kill -0 "$site_pid" 2>/dev/null; then
    kill -TERM "$site_pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$site_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$site_pid" 2>/dev/null || true
  fi
  site_pid=""
  if [ "$keep" = false ]; then
    [ -n "$data" ] && rm -rf "$data"
    [ -n "$pg_database" ] && PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -qAt -c "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  data=""; pg_database=""
}
trap cleanup EXIT

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
clock_ticks="$(getconf CLK_TCK)"

# run <provider> <round> <label> <path…>: one wrk run, one JSON line appended to $runs.
run() {
  local provider="$1" round="$2" label="$3"; shift 3
  local before after load line
  load="$(cut -d' ' -f1 /proc/loadavg)"
  before="$(cpu_ticks "$site_pid")"
  line="$("${wrk_prefix[@]}" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/load/wrk.lua" "$address" -- "$@" | tail -n 1)"
  after="$(cpu_ticks "$site_pid")"
  if ! jq -e . >/dev/null 2>&1 <<<"$line"; then
    echo "wrk gave no result for $label: $line" >&2
    exit 1
  fi
  jq -c --arg provider "$provider" --argjson round "$round" --arg page "$label" --arg path "$1" --argjson paths "$#" \
     --argjson cpu "$(( after - before ))" --argjson hz "$clock_ticks" --argjson load "$load" \
     '. + {provider: $provider, round: $round, page: $page, path: $path, paths: $paths, load1: $load,
           site_cpu_s: ($cpu / $hz), site_cpu_ms_per_request: (if .requests > 0 then ($cpu / $hz * 1000 / .requests) else null end)}' \
     <<<"$line" | tee -a "$runs" | jq -r '"  \(.page|.+"          "|.[0:10]) \(.rps|floor) req/s  p50 \(.p50_ms) ms  p99 \(.p99_ms) ms  site CPU \(.site_cpu_ms_per_request*100|round/100) ms/req  errors \(.connect_errors+.read_errors+.write_errors+.timeouts+.non2xx3xx)  load \(.load1)"'
}

for provider in ${providers//,/ }; do
  provider="$(tr '[:upper:]' '[:lower:]' <<<"$provider")"
  data="$(mktemp -d /tmp/thammjobs-load.XXXXXX)"
  args=(--urls "http://127.0.0.1:0" --ThammJobs:ImportDemoRecipe=true)
  case "$provider" in
    sqlite) ;;
    postgresql|postgres|pg)
      provider=postgresql
      pg_isready -h 127.0.0.1 -q || { echo "PostgreSQL is not running (pg_ctlcluster 15 main start)" >&2; exit 2; }
      pg_database="thammjobs_load_${stamp//-/_}"
      PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -qAt -c "CREATE DATABASE $pg_database" >/dev/null
      args+=(--ThammJobs:Database:Provider=PostgreSql "--ConnectionStrings:PostgreSql=$pg_connection_base;Database=$pg_database") ;;
    *) echo "Unknown provider: $provider" >&2; exit 2 ;;
  esac

  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 )))"
  address="http://127.0.0.1:$port"
  args[1]="$address"
  echo
  echo "== $provider: starting the site on $address (data $data${pg_database:+, database $pg_database})"
  (
    cd "$(dirname "$site")"
    export ASPNETCORE_ENVIRONMENT=Production ThammJobs__DataFolder="$data"
    exec "${site_prefix[@]}" dotnet "$site" "${args[@]}" "${site_args[@]}"
  ) > "$results/site-$provider.log" 2>&1 &
  site_pid=$!
  started=false
  for _ in $(seq 1 1200); do
    kill -0 "$site_pid" 2>/dev/null || break
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$address$minimal")" = 200 ]; then started=true; break; fi
    sleep 0.1
  done
  [ "$started" = true ] || { echo "The site did not start; see $results/site-$provider.log" >&2; exit 1; }

  echo "   checking and warming up each URL ($warmup each)…"
  for path in "$minimal" /fr "$offer_fr" "$offer_ar" "${search_paths[@]}"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' -H "Accept-Encoding: $encoding" "$address$path")"
    [ "$code" = 200 ] || { echo "GET $path answered $code, not 200" >&2; exit 1; }
  done
  for paths in "$minimal" /fr "$offer_fr" "$offer_ar" "${search_paths[*]}"; do
    # shellcheck disable=SC2086 # the search paths are one word each
    "${wrk_prefix[@]}" wrk -t"$threads" -c"$connections" -d"$warmup" -s "$here/load/wrk.lua" "$address" -- $paths >/dev/null
  done

  for round in $(seq 1 "$rounds"); do
    echo "   round $round of $rounds"
    run "$provider" "$round" minimal "$minimal"
    run "$provider" "$round" home /fr
    run "$provider" "$round" minimal "$minimal"
    run "$provider" "$round" offer-fr "$offer_fr"
    run "$provider" "$round" minimal "$minimal"
    run "$provider" "$round" offer-ar "$offer_ar"
    run "$provider" "$round" minimal "$minimal"
    run "$provider" "$round" search "${search_paths[@]}"
    run "$provider" "$round" minimal "$minimal"
  done

  # Errors the site logged while serving (EF Core logs a failed query of __EFMigrationsHistory at the first
  # migration of an empty PostgreSQL database: that one comes before "Now listening" and is not counted).
  awk '/Now listening on/ { serving = 1 } serving && /^(fail|crit):/ { n++ } END { print n + 0 }' \
    "$results/site-$provider.log" > "$results/site-$provider.errors"
  cleanup
done

# Summary: each page run's ratio is its rps over the mean of the minimal runs just before and after it.
jq -s --arg command "$command_line" --arg machine "$(nproc) CPUs, $(uname -r)" \
   --arg settings "wrk -t$threads -c$connections -d$duration --latency, wrk on CPUs '${wrk_cpus:-any}', site on CPUs '${site_cpus:-any}', Accept-Encoding '${encoding}'" '
  def median: sort | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
  def errors: .connect_errors + .read_errors + .write_errors + .timeouts + .non2xx3xx;
  def target: {"offer-fr": 0.5, "offer-ar": 0.5, "search": 0.25}[.] // null;
  . as $all
  | [ range(0; length) as $i | $all[$i] | select(.page != "minimal")
      | . + { ratio: (.rps / (($all[$i - 1].rps + $all[$i + 1].rps) / 2)) } ] as $pages
  | { command: $command, machine: $machine, settings: $settings, runs: length,
      providers: [ $all | map(.provider) | unique[] as $p |
        { provider: $p,
          pages: ([ {page: "minimal", runs: [ $all[] | select(.provider == $p and .page == "minimal") ]} ]
                  + [ $pages | map(.page) | unique[] as $l | {page: $l, runs: [ $pages[] | select(.provider == $p and .page == $l) ]} ])
            | map(select(.runs | length > 0) | .page as $l | {
                page: $l, path: .runs[0].path, paths: .runs[0].paths,
                rps: (.runs | map(.rps) | median), p50_ms: (.runs | map(.p50_ms) | median), p99_ms: (.runs | map(.p99_ms) | median),
                ratio: (if $l == "minimal" then null else (.runs | map(.ratio) | median) end),
                site_cpu_ms_per_request: (.runs | map(.site_cpu_ms_per_request) | median),
                kb_per_response: (.runs | map(.bytes / .requests / 1024) | median),
                errors: (.runs | map(errors) | add), requests: (.runs | map(.requests) | add),
                target: ($l | target),
                load1: (.runs | map(.load1) | median) })
        } ] }
  | .providers |= map(.pages |= map(. + {met: (if .target == null then (.errors == 0) else (.errors == 0 and .ratio >= .target) end)}))
  | .met = all(.providers[].pages[]; .met)
' "$runs" > "$results/summary.json"

echo
echo "Results: $results"
jq -r '
  "command: \(.command)", "settings: \(.settings)", "",
  "provider    page        req/s     p50 ms    p99 ms   ratio  target  CPU ms/req  KB/resp  errors  load  result",
  (.providers[] | .provider as $p | .pages[] |
    [ ($p + "          ")[0:10], (.page + "          ")[0:10],
      (.rps | floor | tostring | ("        " + .)[-8:]),
      (.p50_ms * 100 | round / 100 | tostring | ("        " + .)[-9:]),
      (.p99_ms * 100 | round / 100 | tostring | ("        " + .)[-9:]),
      (if .ratio == null then "       —" else (.ratio * 1000 | round / 10 | tostring + " %" | ("        " + .)[-8:]) end),
      (if .target == null then "      —" else (.target * 100 | tostring + " %" | ("       " + .)[-7:]) end),
      (.site_cpu_ms_per_request * 100 | round / 100 | tostring | ("           " + .)[-11:]),
      (.kb_per_response * 10 | round / 10 | tostring | ("        " + .)[-8:]),
      (.errors | tostring | ("       " + .)[-7:]),
      (.load1 * 10 | round / 10 | tostring | ("     " + .)[-5:]),
      (if .met then " ok" else " MISSED" end) ] | join(" ")),
  "", (if .met then "All targets met." else "Target missed (see above)." end)
' "$results/summary.json"

status=0
for f in "$results"/site-*.errors; do
  [ -e "$f" ] || continue
  n="$(cat "$f")"
  [ "$n" = 0 ] || { echo "The site logged $n error lines (fail:/crit:): ${f%.errors}.log"; status=1; }
done

jq -e '.met' "$results/summary.json" >/dev/null || status=1
exit "$status"
