-- Shared by the bench scripts: one machine-readable line per run, parsed by bench/dossiers.sh.
function done(summary, latency, requests)
  local non2xx = summary.errors.status
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.3f non2xx=%d errors=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, non2xx, errors, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
