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
}
