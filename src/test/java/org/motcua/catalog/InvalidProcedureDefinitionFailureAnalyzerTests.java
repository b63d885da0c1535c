package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.problem.FieldProblem;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidProcedureDefinitionFailureAnalyzerTests {

    @Test
    void describesEveryInvalidFileOneFieldPerLine() {
        // given two invalid files, the second suppressed by the first as the loader does
        InvalidProcedureDefinitionException first = new InvalidProcedureDefinitionException("a.yaml",
                List.of(new FieldProblem("tier", "must be ward or city, not 'district'"),
                        new FieldProblem("fees[0].amountVnd", "must be at least 0")));
        first.addSuppressed(new InvalidProcedureDefinitionException("b.yaml",
                List.of(new FieldProblem("sector", "'thue' is not a sector of catalog/sectors.yaml"))));
        // when
        FailureAnalysis analysis = new InvalidProcedureDefinitionFailureAnalyzer()
                .analyze(new IllegalStateException("Failed to execute ApplicationRunner", first));
        // then
        assertThat(analysis.getDescription()).isEqualTo("""
                Procedure file a.yaml is invalid: field tier: must be ward or city, not 'district'
                Procedure file a.yaml is invalid: field fees[0].amountVnd: must be at least 0

                Procedure file b.yaml is invalid: field sector: 'thue' is not a sector of catalog/sectors.yaml""");
        assertThat(analysis.getAction()).contains("docs/procedure-format.md");
    }

    @Test
    void isRegisteredWithSpringBoot() {
        // (Boot's own analyzers need constructor arguments this test does not give: skip them)
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((m, e) -> { }));
        assertThat(analyzers).hasAtLeastOneElementOfType(InvalidProcedureDefinitionFailureAnalyzer.class);
    }
}
