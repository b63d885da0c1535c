package org.motcua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the outbox: each poll claims the due messages of each channel (within its rate limit), sends them one by one
 * and records each outcome at once. A failed attempt is tried again after an exponentially growing wait; after the
 * last attempt, or a permanent refusal, the message is dead with the reason. Several nodes may run it.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final Outbox outbox;
    private final Deliveries deliveries;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String node;
    private volatile boolean stopping;

    OutboxWorker(Outbox outbox, Deliveries deliveries, NotificationProperties properties, Optional<Clock> clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(fixedDelayString = "${motcua.notification.worker-interval:5s}", initialDelayString = "10s")
    void poll() {
        if (properties.workerEnabled() && !stopping) {
            runOnce();
        }
    }

    /** Stops between two messages; what this node claimed and did not send is given back. */
    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
    }

    /** One poll over every channel; returns the number of messages sent. */
    int runOnce() {
        int sent = 0;
        for (Channel channel : List.of(Channel.EMAIL, Channel.SMS)) {
            Optional<ChannelSender> sender = deliveries.sender(channel);
            if (sender.isPresent()) {
                sent += run(channel, sender.get());
            }
        }
        return sent;
    }

    private int run(Channel channel, ChannelSender sender) {
        Instant now = clock.instant();
        List<OutboxMessage> batch = outbox.claim(channel, node, properties.batchSize(),
                properties.perMinute(channel), now, now.plus(properties.claimLease()));
        // a slow server must not keep the batch past its lease, when another node would claim it again
        Instant giveBackAfter = now.plus(properties.claimLease().dividedBy(2));
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (stopping || clock.instant().isAfter(giveBackAfter)) {
                List<Long> rest = new ArrayList<>();
                batch.subList(i, batch.size()).forEach(m -> rest.add(m.id()));
                outbox.release(rest, node);
                log.info("Outbox worker {}: {} claimed {} message(s) given back", stopping ? "stopping" : "slow",
                        channel, rest.size());
                break;
            }
            OutboxMessage m = batch.get(i);
            try {
                sender.send(m);
                outbox.sent(m.id(), node, clock.instant());
                sent++;
            } catch (DeliveryFailure failure) {
                boolean last = failure.permanent() || m.attempts() >= properties.maxAttempts();
                Instant next = last ? null : clock.instant().plus(properties.backoff(m.attempts()));
                outbox.failed(m.id(), node, failure.getMessage(), next);
                if (!failure.permanent() && i + 1 < batch.size()) {
                    // the server is probably down: the rest of the batch waits for the next poll, unattempted
                    outbox.release(batch.subList(i + 1, batch.size()).stream().map(OutboxMessage::id).toList(), node);
                    i = batch.size();
                }
                if (last) {
                    log.warn("Notification {} ({} {} to {}) dead after {} attempt(s): {}", m.id(), m.eventKey(),
                            channel, m.recipient(), m.attempts(), failure.getMessage());
                } else {
                    log.info("Notification {} ({} {} to {}) attempt {} failed, next at {}: {}", m.id(),
                            m.eventKey(), channel, m.recipient(), m.attempts(), next, failure.getMessage());
                }
            } catch (RuntimeException e) {
                outbox.failed(m.id(), node, e.getClass().getSimpleName() + ": " + e.getMessage(),
                        m.attempts() >= properties.maxAttempts() ? null
                                : clock.instant().plus(properties.backoff(m.attempts())));
                log.error("Notification {} ({}): unexpected failure", m.id(), m.eventKey(), e);
            }
        }
        return sent;
    }

    String node() {
        return node;
    }
}
