-- GET /api/v1/public/dossiers/{code} over existing codes. Argument: a file with one code per line.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local codes = {}
local n = 0

function init(args)
  for code in io.lines(args[1]) do codes[#codes + 1] = code end
  n = math.random(#codes)
end

function request()
  n = n % #codes + 1
  return wrk.format("GET", "/api/v1/public/dossiers/" .. codes[n])
end
