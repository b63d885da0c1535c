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
 * @param fees        the fee lines, none exempt yet
 * @param feeAtSubmission the fees are paid with the submission rather than as a financial obligation (status 6)
 */
record ProcedureTerms(String code, int version, String nameVi, String nameEn, String department,
                      BigDecimal timeLimitWorkingDays, BigDecimal verificationWorkingDays, List<ProcessStep> steps, long feesVnd,
                      List<String> componentIds, Function<JsonNode, List<FieldProblem>> formValidator,
                      String resultNameVi, JsonNode formSchema, java.util.Map<String, String> prefill,
                      java.util.Map<String, String> registryComponents, boolean fullyOnline,
                      List<DossierFee> fees, boolean feeAtSubmission) {
}
