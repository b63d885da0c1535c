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
     * {@code on-request} (never owed by the dossier's bill unless the processor applies it); {@code quantity} when the
     * amount is per unit counted from the form data, else null.
     */
    record Fee(DossierFee line, String applies, Quantity quantity) {

        Fee(DossierFee line, String applies) {
            this(line, applies, null);
        }

        /**
         * The line as a dossier with form data {@code form} owes it (numbered {@code number}): the amount times the
         * quantity when the line has one. A missing or invalid quantity field is a problem of the form.
         */
        DossierFee owed(int number, JsonNode form, List<FieldProblem> problems) {
            DossierFee l = line;
            if (quantity == null) {
                return new DossierFee(number, l.label(), l.labelEn(), l.kind(), l.amountVnd(), l.unit(),
                        l.unconfirmed(), null);
            }
            Long value = count(form, quantity.field(), problems);
            Long times = quantity.timesField() == null ? Long.valueOf(1) : count(form, quantity.timesField(), problems);
            if (value == null || times == null) {
                return null;
            }
            long units = quantity.units(value, times);
            return new DossierFee(number, l.label(), l.labelEn(), l.kind(), Math.multiplyExact(l.amountVnd(), units),
                    l.unit(), l.unconfirmed(), null, l.amountVnd(), Math.toIntExact(units), null);
        }

        private Long count(JsonNode form, String field, List<FieldProblem> problems) {
            JsonNode value = form == null ? null : form.get(field);
            if (value == null || !value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 100_000) {
                problems.add(new FieldProblem(field, "is required: a whole number from 0, the quantity the fee '"
                        + line.label() + "' is per"));
                return null;
            }
            return value.asLong();
        }
    }

    /** See the catalogue's {@code FeeQuantity}: units from {@code from} to {@code to} of a field, times another. */
    record Quantity(String field, int from, Integer to, String timesField) {
        long units(long value, long times) {
            long last = to == null ? value : Math.min(value, to);
            return Math.max(0, last - from + 1) * times;
        }
    }

    /** The lines a dossier submitted through {@code channel} owes, numbered from 1, none exempt yet. */
    List<DossierFee> feesFor(Channel channel) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        return feesFor(channel, null, problems);
    }

    /**
     * The lines a dossier submitted through {@code channel} with form data {@code form} owes, numbered from 1, none
     * exempt yet; each missing or invalid quantity field is added to {@code problems} (as a form field).
     */
    List<DossierFee> feesFor(Channel channel, JsonNode form, List<FieldProblem> problems) {
        String own = channel == Channel.ONLINE ? "online" : "in-person";
        List<DossierFee> lines = new java.util.ArrayList<>();
        for (Fee fee : fees) {
            if (fee.applies().equals("always") || fee.applies().equals(own)) {
                DossierFee owed = fee.owed(lines.size() + 1, form, problems);
                if (owed != null) {
                    lines.add(owed);
                }
            }
        }
        return List.copyOf(lines);
    }

    /** The procedure's on-request lines (numbered from 1 in that list), as a dossier with form data {@code form} would owe them. */
    List<DossierFee> onRequest(JsonNode form, List<FieldProblem> problems) {
        List<DossierFee> lines = new java.util.ArrayList<>();
        for (Fee fee : fees) {
            if (fee.applies().equals("on-request")) {
                DossierFee owed = fee.owed(lines.size() + 1, form, problems);
                lines.add(owed);
            }
        }
        return lines;
    }
}
