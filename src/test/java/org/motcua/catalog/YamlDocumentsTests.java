package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.problem.FieldProblem;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class YamlDocumentsTests {

    @Test
    void invalidYamlSyntaxNamesTheLineAndColumn() {
        // given an unclosed flow mapping on line 2
        InvalidProcedureDefinitionException e = catchThrowableOfType(InvalidProcedureDefinitionException.class,
                () -> read("code: 1.001193.000.00.00.H29\nname: {vi: \"Khai sinh\", en: Birth\ntier: ward\n"));
        // then
        assertThat(e).isNotNull();
        FieldProblem problem = e.errors().get(0);
        assertThat(problem.field()).isEqualTo("(yaml)");
        assertThat(problem.message()).startsWith("is not valid YAML: line 3, column");
    }

    @Test
    void duplicateKeysAreAnError() {
        InvalidProcedureDefinitionException e = catchThrowableOfType(InvalidProcedureDefinitionException.class,
                () -> read("tier: ward\ntier: city\n"));
        assertThat(e).isNotNull();
        assertThat(e.errors().get(0).message()).contains("duplicate key tier");
    }

    @Test
    void decimalsAreExactAndDatesStayText() {
        Map<?, ?> map = (Map<?, ?>) read("nationalCode: 1.000490\nworkingDays: 0.5\nfrom: 2025-07-01\n");
        assertThat(map.get("nationalCode")).isEqualTo(new BigDecimal("1.000490"));
        assertThat(((BigDecimal) map.get("nationalCode")).toPlainString()).isEqualTo("1.000490");
        assertThat(map.get("workingDays")).isEqualTo(new BigDecimal("0.5"));
        assertThat(map.get("from")).isEqualTo("2025-07-01");
    }

    private static Object read(String yaml) {
        return YamlDocuments.read(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
