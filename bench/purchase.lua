-- wrk script: wallet purchases of one plan, rotating over the buyers' API keys, each request under
-- an Idempotency-Key of its own. Environment: BENCH_DATA = file of API keys (one per line),
-- BENCH_PLAN = the plan's id, BENCH_RUN and BENCH_NODE make the keys unique across runs and nodes.
local keys = {}
for line in io.lines(os.getenv("BENCH_DATA")) do
  keys[#keys + 1] = line
end
local body = string.format('{"items":[{"plan_id":"%s","quantity":1}]}', os.getenv("BENCH_PLAN"))
local prefix = string.format("bench-%s-%s", os.getenv("BENCH_RUN"), os.getenv("BENCH_NODE"))
local counter = 0

function request()
  counter = counter + 1
  local key = keys[(counter % #keys) + 1]
  return wrk.format("POST", "/api/v1/store/purchase", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. key,
    ["Idempotency-Key"] = string.format("%s-%d", prefix, counter),
  }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
