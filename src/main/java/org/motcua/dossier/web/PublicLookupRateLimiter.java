package org.motcua.dossier.web;

import org.motcua.dossier.DossierProperties;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the public look-up: {@code publicLookupsPerMinute} requests, refilled
 * continuously. In memory, per node: its job is to stop one client from enumerating codes, not global accounting.
 */
@Component
class PublicLookupRateLimiter {

    private final double capacity;
    private final double refillPerNano;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicLookupRateLimiter(DossierProperties properties) {
        this.capacity = Math.max(1, properties.publicLookupsPerMinute());
        this.refillPerNano = capacity / 60e9;
    }

    /** 0 when allowed; otherwise the seconds to wait. */
    long acquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * refillPerNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / refillPerNano / 1e9);
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
