package org.motcua.payment;

/** A payment platform that takes a bill ({@code init}) and later confirms it with a signed notification. */
interface PaymentGateway {

    /**
     * Registers the bill at the gateway; returns the address the payer's browser is sent to.
     *
     * @throws org.motcua.problem.ProblemException {@code payment-gateway-unavailable} when it does not answer (in
     *         time), {@code payment-gateway-refused} when it answers anything but {@code resultCode} 00 with a
     *         {@code paymentUrl}
     */
    String init(GatewayInit request);
}
