package org.motcua.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The channels this installation can send through: e-mail with an SMTP server, SMS with a gateway. */
class Deliveries {

    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

    Deliveries(List<ChannelSender> senders) {
        senders.forEach(s -> this.senders.put(s.channel(), s));
    }

    boolean available(Channel channel) {
        return channel == Channel.IN_APP || senders.containsKey(channel);
    }

    Optional<ChannelSender> sender(Channel channel) {
        return Optional.ofNullable(senders.get(channel));
    }
}
