package org.motcua.notification;

/** Delivers messages of one channel to its server (SMTP, SMS gateway). */
interface ChannelSender {

    Channel channel();

    void send(OutboxMessage message) throws DeliveryFailure;
}
