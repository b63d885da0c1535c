package org.motcua.demoidp;

import org.motcua.demo.DemoMode;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The demo e-ID provider exists only in demo mode and only when no outside e-ID issuer is configured. */
class DemoEidEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DemoMode.enabledIn(context.getEnvironment())
                && context.getEnvironment().getProperty("motcua.eid.issuer", "").isBlank();
    }
}
