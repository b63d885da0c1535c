package org.motcua.dossier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A dossier owes the procedure's lines that apply to its channel, never the on-request ones. */
class ProcedureFeesTests {

    private static ProcedureTerms.Fee fee(String label, long amount, String applies) {
        return new ProcedureTerms.Fee(new DossierFee(0, label, label, "charge", amount, null, true, null), applies);
    }

    /** Temporary residence: 15,000 VND at a desk, 7,000 online; and a made-up extra copy fee on request. */
    private static final ProcedureTerms TERMS = new ProcedureTerms("1.004194.000.00.00.H29", 1, "Tạm trú", "Temporary",
            null, null, null, List.of(), List.of(), null, null, null, null, null, false,
            List.of(fee("Lệ phí (trực tiếp)", 15000, "in-person"), fee("Lệ phí (trực tuyến)", 7000, "online"),
                    fee("Bản sao", 5000, "on-request"), fee("Phí chung", 1000, "always")), true);

    @Test
    void anOnlineDossierOwesTheOnlineRateAndTheLinesForEveryone() {
        List<DossierFee> fees = TERMS.feesFor(Channel.ONLINE);

        assertThat(fees).extracting(DossierFee::line, DossierFee::label, DossierFee::amountVnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Lệ phí (trực tuyến)", 7000L),
                        org.assertj.core.groups.Tuple.tuple(2, "Phí chung", 1000L));
        assertThat(fees).allSatisfy(f -> assertThat(f.exemption()).isNull()).allMatch(DossierFee::unconfirmed);
    }

    @Test
    void aDeskOrPostalDossierOwesTheInPersonRate() {
        assertThat(TERMS.feesFor(Channel.IN_PERSON)).extracting(DossierFee::amountVnd).containsExactly(15000L, 1000L);
        assertThat(TERMS.feesFor(Channel.POSTAL)).extracting(DossierFee::amountVnd).containsExactly(15000L, 1000L);
    }

    /** Certified copies: 2,000 VND a page for pages 1–2 and 1,000 for pages 3–198 of each copy. */
    private static final ProcedureTerms COPIES = new ProcedureTerms("2.000815.000.00.00.H29", 1, "Chứng thực",
            "Copies", null, null, null, List.of(), List.of(), null, null, null, null, null, false,
            List.of(new ProcedureTerms.Fee(new DossierFee(0, "Trang 1-2", "Pages 1-2", "fee", 2000, "trang", false,
                            null), "always", new ProcedureTerms.Quantity("pageCount", 1, 2, "copies")),
                    new ProcedureTerms.Fee(new DossierFee(0, "Từ trang 3", "Page 3 on", "fee", 1000, "trang", false,
                            null), "always", new ProcedureTerms.Quantity("pageCount", 3, 198, "copies"))), false);

    private static tools.jackson.databind.JsonNode form(String json) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
    }

    @Test
    void perPageAndPerCopyLinesAreCountedFromTheFormData() {
        List<org.motcua.problem.FieldProblem> problems = new java.util.ArrayList<>();

        List<DossierFee> fees = COPIES.feesFor(Channel.IN_PERSON, form("{\"pageCount\": 5, \"copies\": 2}"),
                problems);

        assertThat(problems).isEmpty();
        assertThat(fees).extracting(DossierFee::quantity, DossierFee::unitAmountVnd, DossierFee::amountVnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 2000L, 8000L),
                        org.assertj.core.groups.Tuple.tuple(6, 1000L, 6000L));
        // one page: the second line counts nothing; 250 pages: capped at 200,000 a copy
        assertThat(COPIES.feesFor(Channel.IN_PERSON, form("{\"pageCount\": 1, \"copies\": 1}"), problems))
                .extracting(DossierFee::amountVnd).containsExactly(2000L, 0L);
        assertThat(COPIES.feesFor(Channel.IN_PERSON, form("{\"pageCount\": 250, \"copies\": 3}"), problems)
                .stream().mapToLong(DossierFee::amountVnd).sum()).isEqualTo(600_000L);
    }

    @Test
    void aMissingOrInvalidQuantityIsAProblemOfTheForm() {
        List<org.motcua.problem.FieldProblem> problems = new java.util.ArrayList<>();

        COPIES.feesFor(Channel.IN_PERSON, form("{\"pageCount\": \"two\"}"), problems);

        assertThat(problems).extracting(org.motcua.problem.FieldProblem::field).contains("pageCount", "copies");
        problems.clear();
        COPIES.feesFor(Channel.IN_PERSON, form("{\"pageCount\": -1, \"copies\": 1}"), problems);
        assertThat(problems).extracting(org.motcua.problem.FieldProblem::field).contains("pageCount");
    }
}
