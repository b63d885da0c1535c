package org.motcua.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payment platform the bills are paid at. The keys are public API.
 *
 * @param partnerCode the platform's partner code at the gateway ({@code MOTCUA_PAYMENT_PARTNER_CODE}, demo
 *                    {@code DEMO}); notifications naming another partner are rejected
 * @param secret      the shared secret of the checksums, HMAC-SHA256 ({@code MOTCUA_PAYMENT_SECRET}); empty = the
 *                    demo secret {@code demo-secret} in demo mode, and every notification rejected otherwise
 * @param gatewayUrl  base address of the gateway, whose {@code init} is {@code POST <gatewayUrl>/init}
 *                    ({@code MOTCUA_PAYMENT_GATEWAY_URL}); empty = the demo gateway inside the platform (demo mode
 *                    only), no online payment otherwise
 * @param statementDir the directory where the gateway's daily statements are dropped
 *                     ({@code MOTCUA_PAYMENT_STATEMENT_DIR}); empty = no scheduled reconciliation
 * @param reconciliationCron when the daily reconciliation runs, Ho Chi Minh City time
 *                     ({@code MOTCUA_PAYMENT_RECONCILIATION_CRON}, default {@code 0 30 6 * * *})
 * @param gatewayTimeout the longest wait for the gateway's answer to {@code init}
 *                     ({@code MOTCUA_PAYMENT_GATEWAY_TIMEOUT}, default 10s); after it no bill is issued (503)
 */
@ConfigurationProperties("motcua.payment")
public record PaymentProperties(@DefaultValue("DEMO") String partnerCode,
                                @DefaultValue("") String secret,
                                @DefaultValue("") String gatewayUrl,
                                @DefaultValue("") String statementDir,
                                @DefaultValue("0 30 6 * * *") String reconciliationCron,
                                @DefaultValue("10s") java.time.Duration gatewayTimeout) {

    static final String DEMO_SECRET = "demo-secret";

    /** The secret checksums are computed with; empty when none may be trusted. */
    String effectiveSecret(boolean demo) {
        if (secret != null && !secret.isBlank()) {
            return secret;
        }
        return demo ? DEMO_SECRET : "";
    }

    /** Whether bills are paid at the demo gateway inside the platform. */
    boolean demoGateway(boolean demo) {
        return demo && (gatewayUrl == null || gatewayUrl.isBlank());
    }
}
