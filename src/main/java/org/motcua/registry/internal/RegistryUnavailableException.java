package org.motcua.registry.internal;

/**
 * A registry did not answer usefully. The message is safe to show to the person waiting; the cause (if any) is for the
 * platform's log only.
 */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message) {
        super(message);
    }

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
