-- wrk script for /healthz with an optional pause per request (BENCH_DELAY_MS), as rotate.lua.
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
math.randomseed(os.time())
-- A random pause averaging BENCH_DELAY_MS: fixed pauses line every connection up into bursts
-- that measure the burst, not the server at that rate.
function delay()
  if delay_ms == 0 then
    return 0
  end
  return math.random(0, 2 * delay_ms)
end
