-- wrk script: rotates over the seeded licenses so the server cannot serve one hot row.
-- Environment: BENCH_KIND = validate | heartbeat, BENCH_DATA = file of "key fingerprint activation-id"
-- lines,
-- BENCH_DELAY_MS = pause before each request on a connection (0 = as fast as possible).
local kind = os.getenv("BENCH_KIND")
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local rows = {}
for line in io.lines(os.getenv("BENCH_DATA")) do
  local key, fingerprint, activation = line:match("^(%S+)%s+(%S+)%s+(%S+)$")
  rows[#rows + 1] = { key = key, fingerprint = fingerprint, activation = activation }
end

local counter = 0
local thread_id = 0
local threads = 0

function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

function init(args)
  counter = thread_id * 1000003
  math.randomseed(os.time() + thread_id)
end

function request()
  counter = counter + 1
  local row = rows[(counter % #rows) + 1]
  local nonce = string.format("bench-%d-%d", thread_id, counter)
  if kind == "validate" then
    local body = string.format('{"key":"%s","product":"bench","nonce":"%s","fingerprint":"%s"}',
      row.key, nonce, row.fingerprint)
    return wrk.format("POST", "/api/v1/licenses/validate", { ["Content-Type"] = "application/json" }, body)
  else
    local body = string.format('{"key":"%s","nonce":"%s"}', row.key, nonce)
    return wrk.format("POST", "/api/v1/activations/" .. row.activation .. "/heartbeat",
      { ["Content-Type"] = "application/json" }, body)
  end
end

-- A random pause averaging BENCH_DELAY_MS: fixed pauses line every connection up into bursts
-- that measure the burst, not the server at that rate.
function delay()
  if delay_ms == 0 then
    return 0
  end
  return math.random(0, 2 * delay_ms)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
