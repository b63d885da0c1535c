package org.motcua.registry;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of one registry read. A registry that has no record or does not answer is a normal outcome, not an
 * exception: the caller shows the data with its source, or tells the person why not and continues with manual entry
 * and uploads. With Java 17, test the outcome with {@code instanceof}:
 * <pre>{@code
 * if (read instanceof RegistryRead.Found<PersonRecord> found) { prefill(found.value(), found.source()); }
 * else { askByHand(read.toOptional().isEmpty() ? message(read) : null); }
 * }</pre>
 */
public sealed interface RegistryRead<T> permits RegistryRead.Found, RegistryRead.NotFound, RegistryRead.Unavailable {

    /** The value when found. */
    default Optional<T> toOptional() {
        return this instanceof Found<T> found ? Optional.of(found.value()) : Optional.empty();
    }

    /**
     * The registry answered with the record.
     *
     * @param source which registry and adapter answered, shown beside pre-filled data, e.g.
     *               {@code "population (demo data)"}
     * @param readAt when the registry answered
     */
    record Found<T>(T value, String source, Instant readAt) implements RegistryRead<T> {
    }

    /** The registry answered that it holds no such record; {@code message} says so plainly and what to do instead. */
    record NotFound<T>(String message) implements RegistryRead<T> {
    }

    /**
     * The registry did not answer usefully: connection refused, timeout, server error or an answer that could not be
     * read. {@code message} is safe to show; the technical cause is in the platform's log.
     */
    record Unavailable<T>(String message) implements RegistryRead<T> {
    }
}
