package org.motcua.notification;

/** Where SMS go: the operator's gateway over HTTP (docs/sms-gateway.md) or the demo gateway. */
interface SmsGateway {

    /**
     * Hands one SMS to the gateway; the reference is the outbox id, and a gateway that already has it accepts it
     * again without sending it twice.
     */
    void send(String reference, String to, String text, SmsText.Encoding encoding, int segments)
            throws DeliveryFailure;
}
