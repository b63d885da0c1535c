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
 * @param fullyOnline the procedure is offered fully online (toàn trình), so its online submissions need e-ID level 2
 */
record ProcedureTerms(String code, int version, String nameVi, String nameEn, String department,
                      BigDecimal timeLimitWorkingDays, List<ProcessStep> steps, long feesVnd,
                      List<String> componentIds, Function<JsonNode, List<FieldProblem>> formValidator,
                      String resultNameVi, JsonNode formSchema, boolean fullyOnline) {
}
