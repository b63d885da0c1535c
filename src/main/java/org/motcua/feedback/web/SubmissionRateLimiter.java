package org.motcua.feedback.web;

import org.motcua.feedback.FeedbackProperties;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client for new reports: {@code submissions-per-minute} reports, refilled continuously. In memory,
 * per node: it stops one client flooding the units with reports, it is not global accounting.
 */
@Component
class SubmissionRateLimiter {

    private final double capacity;
    private final double refillPerNano;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    SubmissionRateLimiter(FeedbackProperties properties) {
        this.capacity = Math.max(1, properties.submissionsPerMinute());
        this.refillPerNano = capacity / 60e9;
    }

    /** 0 when allowed; otherwise the seconds to wait before the next report is accepted. */
    long acquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        double[] bucket = buckets.computeIfAbsent(client, c -> new double[]{capacity, now});
        synchronized (bucket) {
            bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) * refillPerNano);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket[0]) / refillPerNano / 1e9));
        }
    }
}
