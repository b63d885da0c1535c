-- POST /api/v1/dossiers/{code}/actions FORWARD, each request on another dossier (or on the next step of one forwarded
-- long before). Arguments: a file of "code<TAB>Basic …" lines in the order to walk them, the line to start at, and
-- the number of wrk threads (thread t takes every t-th line, so no two requests race for one dossier).
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local lines = {}
local threads = {}
local stride

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

function init(args)
  for line in io.lines(args[1]) do
    local code, auth = line:match("^([^\t]+)\t(.+)$")
    lines[#lines + 1] = { code, auth }
  end
  stride = tonumber(args[3] or "1")
  next_line = tonumber(args[2] or "1") + tid - 1 -- global: done() reads it through thread:get
end

local verified = false

function request()
  local line = lines[next_line] or lines[#lines]
  -- wrk calls request() once on the first thread to check it and never sends that one: do not use up its line
  if tid == 1 and not verified then
    verified = true
  else
    next_line = next_line + stride
  end
  return wrk.format("POST", "/api/v1/dossiers/" .. line[1] .. "/actions",
    { ["Authorization"] = line[2], ["Content-Type"] = "application/json" }, '{"action":"FORWARD"}')
end

local report = done
function done(summary, latency, requests)
  report(summary, latency, requests)
  local last = 0
  for _, t in ipairs(threads) do last = math.max(last, tonumber(t:get("next_line"))) end
  io.write(string.format("NEXT line=%d\n", last))
end
