package org.motcua.dossier;

/** What can be done to a dossier; each use is recorded on the process-control slip. */
public enum DossierAction {
    SUBMIT, RECEIVE, FORWARD, REQUEST_SUPPLEMENT, SUPPLEMENT, REFUSE, TRANSFER, STOP, WITHDRAW, RETURN_RESULT,
    APOLOGIZE, EXTEND_FOR_VERIFICATION, MARK_OVERDUE, AWAIT_PAYMENT, FEE_PAID,
    EXEMPT_FEE
}
