-- wrk script for `POST /v1/deals` (bench/post-deals-load.ts writes the requests file). Each line of
-- the file is "<session token>\t<JSON body>": every request registers another company. The
-- requests are read once per thread before the run, so the timed loop only formats them.
local requests = {}
local next = 0

function init(args)
  for line in io.lines(args[1]) do
    local tab = line:find("\t", 1, true)
    requests[#requests + 1] = wrk.format("POST", "/v1/deals", {
      ["Authorization"] = "Bearer " .. line:sub(1, tab - 1),
      ["Content-Type"] = "application/json",
    }, line:sub(tab + 1))
  end
end

function request()
  -- The file holds more lines than the run can send; wrapping would register companies twice.
  next = next % #requests + 1
  return requests[next]
end

function done(summary, latency)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"status":%d,"socket":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.status, errors.connect + errors.read + errors.write, errors.timeout))
end
