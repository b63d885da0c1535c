package org.motcua.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * E-mail through SMTP. Each message carries a Message-ID made of its outbox id, so a copy sent again after a crash
 * between the server's acceptance and the outbox update can be recognised as the same message.
 */
final class EmailSender implements ChannelSender {

    private final JavaMailSenderImpl mail = new JavaMailSenderImpl();
    private final String from;

    EmailSender(NotificationProperties.Email config) {
        mail.setHost(config.host());
        mail.setPort(config.port());
        if (!config.username().isBlank()) {
            mail.setUsername(config.username());
            mail.setPassword(config.password());
        }
        mail.setDefaultEncoding("UTF-8");
        Properties p = new Properties();
        String timeout = String.valueOf(config.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        p.put("mail.smtp.auth", String.valueOf(!config.username().isBlank()));
        if (config.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        mail.setJavaMailProperties(p);
        this.from = config.from();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutboxMessage m) throws DeliveryFailure {
        try {
            MimeMessage message = new IdentifiedMessage(mail.getSession(), "<notification-" + m.id() + "@motcua>");
            message.setFrom(new InternetAddress(from, true));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(m.address(), true));
            message.setSubject(m.subject(), StandardCharsets.UTF_8.name());
            message.setText(m.body(), StandardCharsets.UTF_8.name());
            message.setHeader("X-Motcua-Event", m.eventKey());
            mail.send(message);
        } catch (AddressException e) {
            throw new DeliveryFailure("invalid address '" + m.address() + "': " + e.getMessage(), true);
        } catch (MailAuthenticationException | MailParseException | MailPreparationException e) {
            throw new DeliveryFailure(e.getMessage(), e instanceof MailParseException);
        } catch (MailException e) {
            throw new DeliveryFailure("SMTP: " + rootMessage(e), false);
        } catch (MessagingException e) {
            throw new DeliveryFailure("message: " + e.getMessage(), true);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** A message whose Message-ID is ours, not the one JavaMail invents when saving it. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String id;

        IdentifiedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
