-- POST /api/v1/dossiers: counter submissions (IN_PERSON) at the desks of several units, a new applicant each time.
-- Arguments: the "Basic …" Authorization values of the desks' reception accounts.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local auths = {}
local n = 0
local prefix

function setup(thread)
  thread:set("tid", tostring(math.random(0, 999)))
end

function init(args)
  for i, a in ipairs(args) do auths[i] = a end
  -- 079 (Ho Chi Minh City), 1 (female, 20th century), 90 (born 1990), then a serial that differs per thread
  prefix = "079190" .. string.format("%03d", tonumber(tid))
end

function request()
  n = n + 1
  local body = string.format([[{"procedureCode":"1.004873.000.00.00.H29","channel":"IN_PERSON",
"applicant":{"personalId":"%s%03d","fullName":"Nguyễn Thị Hằng","dateOfBirth":"1990-05-17","phone":"0912345678",
"address":"12 Lê Lợi, Phường Sài Gòn"},"form":{"currentStatus":"never-married","purpose":"marriage"}}]],
    prefix, n % 1000)
  return wrk.format("POST", "/api/v1/dossiers",
    { ["Authorization"] = auths[n % #auths + 1], ["Content-Type"] = "application/json" }, body)
end
