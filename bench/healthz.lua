-- wrk script for /healthz with an optional pause per request (BENCH_DELAY_MS), as rotate.lua.
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
function delay()
  return delay_ms
end
