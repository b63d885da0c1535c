-- A fixed request (path and headers from the wrk command line), for the inbox and the trivial endpoint.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
