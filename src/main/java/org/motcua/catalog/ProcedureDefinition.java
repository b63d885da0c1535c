package org.motcua.catalog;

import java.util.List;
import java.util.Map;

/**
 * The content of one version of a procedure (thủ tục hành chính), in the structure of the YAML files described in
 * {@code docs/procedure-format.md}. Instances come from {@link ProcedureDefinitionParser}, which guarantees the rules
 * of that format (for example that the process fits in the time limit).
 *
 * @param code        the code on the city portal, e.g. {@code 1.001193.000.00.00.H29}
 * @param nationalCode the code on the National Public Service Portal, e.g. {@code 1.001193}
 * @param unconfirmed the fields whose values were not confirmed against the portal; show them as such
 * @param prefill     form fields (dotted paths) filled from the registries the procedure reads, with their source
 * @param feePayment  when the fees are paid: with the submission, or as a financial obligation (status 6, the
 *                    default, also when the stored definition predates the field)
 */
public record ProcedureDefinition(String code, String nationalCode, LocalizedText name, String sector,
                                  List<String> lifeEvents, Tier tier, CompetentUnit competentUnit, String agencyNote,
                                  OnlineLevel onlineLevel, TimeLimit timeLimit, List<Fee> fees,
                                  List<DossierComponent> components, FormSchema form, List<ProcessStep> process,
                                  Result result, String legalBasis, List<String> unconfirmed, String sourceNote,
                                  Map<String, String> prefill, FeePayment feePayment) {

    public ProcedureDefinition {
        lifeEvents = copy(lifeEvents);
        fees = copy(fees);
        components = copy(components);
        process = copy(process);
        unconfirmed = copy(unconfirmed);
        feePayment = feePayment == null ? FeePayment.OBLIGATION : feePayment;
        prefill = prefill == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prefill));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
