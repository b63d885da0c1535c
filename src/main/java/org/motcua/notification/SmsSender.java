package org.motcua.notification;

/** SMS through the configured gateway; the text was fitted to at most two segments when it was written. */
final class SmsSender implements ChannelSender {

    private final SmsGateway gateway;

    SmsSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(OutboxMessage m) throws DeliveryFailure {
        if (m.address() == null || !m.address().matches("\\+?[0-9]{8,15}")) {
            throw new DeliveryFailure("invalid phone number '" + m.address() + "'", true);
        }
        boolean gsm = SmsText.isGsm(m.body());
        int segments = gsm ? SmsText.gsmSegments(SmsText.septets(m.body())) : SmsText.ucs2Segments(m.body().length());
        gateway.send(String.valueOf(m.id()), m.address(), m.body(),
                gsm ? SmsText.Encoding.GSM7 : SmsText.Encoding.UCS2, segments);
    }
}
