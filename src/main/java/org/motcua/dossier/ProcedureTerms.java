package org.motcua.dossier;

import org.motcua.problem.FieldProblem;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * What the dossier needs from one version of a procedure, frozen at submission.
 *
 * @param department the competent city-level body, or null when any ward-level unit chosen by the applicant decides
 * @param prefill    form field path → registry source (see the catalogue's {@code PrefillSources})
 * @param registryComponents component id → registry ({@code population}, {@code civil_status}, {@code business}) for
 *                   the components read from a registry instead of uploaded
 * @param verificationWorkingDays the longer limit allowed when verification is needed (xác minh), or null
 * @param fullyOnline the procedure is offered fully online (toàn trình), so its online submissions need e-ID level 2
 * @param fees        the procedure's fee lines, each with the dossiers it applies to; see {@link #feesFor}
 * @param feeAtSubmission the fees are paid with the submission rather than as a financial obligation (status 6)
 */
record ProcedureTerms(String code, int version, String nameVi, String nameEn, String department,
                      BigDecimal timeLimitWorkingDays, BigDecimal verificationWorkingDays, List<ProcessStep> steps,
                      List<String> componentIds, Function<JsonNode, List<FieldProblem>> formValidator,
                      String resultNameVi, JsonNode formSchema, java.util.Map<String, String> prefill,
                      java.util.Map<String, String> registryComponents, boolean fullyOnline,
                      List<Fee> fees, boolean feeAtSubmission) {

    /**
     * A fee line of the procedure and which dossiers owe it: {@code always}, {@code online}, {@code in-person} or
     * {@code on-request} (never owed by the dossier's bill).
     */
    record Fee(DossierFee line, String applies) {
    }

    /** The lines a dossier submitted through {@code channel} owes, numbered from 1, none exempt yet. */
    List<DossierFee> feesFor(Channel channel) {
        String own = channel == Channel.ONLINE ? "online" : "in-person";
        List<DossierFee> lines = new java.util.ArrayList<>();
        for (Fee fee : fees) {
            if (fee.applies().equals("always") || fee.applies().equals(own)) {
                DossierFee l = fee.line();
                lines.add(new DossierFee(lines.size() + 1, l.label(), l.labelEn(), l.kind(), l.amountVnd(), l.unit(),
                        l.unconfirmed(), null));
            }
        }
        return List.copyOf(lines);
    }
}
