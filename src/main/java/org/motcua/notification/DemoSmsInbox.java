package org.motcua.notification;

import org.motcua.demo.DemoMode;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Demo mode: the SMS the demo gateway received, newest first (instead of a phone). */
@Service
public class DemoSmsInbox {

    private final DemoSmsGateway gateway;
    private final DemoMode demo;

    DemoSmsInbox(DemoSmsGateway gateway, DemoMode demo) {
        this.gateway = gateway;
        this.demo = demo;
    }

    @Transactional(readOnly = true)
    public List<DemoSms> received(String to, int limit) {
        if (!demo.enabled()) {
            throw new ProblemException(ErrorCode.NOT_FOUND, "There is no demo SMS gateway outside demo mode");
        }
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalidParameter("limit", "must be between 1 and 500");
        }
        return gateway.received(to == null || to.isBlank() ? null : to.replaceAll("[\\s.-]", ""), limit);
    }
}
