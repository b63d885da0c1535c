package org.motcua.notification;

/** A channel could not deliver a message; a permanent failure is not tried again. */
class DeliveryFailure extends Exception {

    private final boolean permanent;

    DeliveryFailure(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
