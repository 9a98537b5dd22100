-- wrk script of bench/load.sh: rotates over the paths given after "--" (one or more, already percent-encoded),
-- sends the headers a browser would send, and prints one JSON line at the end (parsed by load.sh).
--   wrk -t1 -c32 -d10s --latency -s bench/load/wrk.lua http://127.0.0.1:5000 -- /fr /api/search?q=migration
-- Environment: LOAD_ACCEPT_ENCODING ("" = no compression asked), LOAD_ACCEPT_LANGUAGE.

local paths = {}
local counter = 0

local encoding = os.getenv("LOAD_ACCEPT_ENCODING")
if encoding == nil then encoding = "br, gzip" end

wrk.headers["Accept"] = "text/html,application/json;q=0.9,*/*;q=0.8"
wrk.headers["Accept-Language"] = os.getenv("LOAD_ACCEPT_LANGUAGE") or "fr-FR,fr;q=0.9,ar;q=0.8"
if encoding ~= "" then wrk.headers["Accept-Encoding"] = encoding end
wrk.headers["User-Agent"] = "ThammJobs-load-bench (wrk)"

local requests_cache = {}

function init(args)
  for i = 1, #args do paths[#paths + 1] = args[i] end
  if #paths == 0 then paths[1] = wrk.path end
  for i = 1, #paths do requests_cache[i] = wrk.format("GET", paths[i]) end
  -- Each thread starts at a different place of the rotation.
  counter = math.random(0, #paths - 1)
end

function request()
  counter = counter + 1
  return requests_cache[(counter % #paths) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"bytes":%d,' ..
    '"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"mean_ms":%.3f,' ..
    '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"non2xx3xx":%d}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.timeout, e.status))
end
