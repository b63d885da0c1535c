package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motcua.MotCuaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Start-up of the whole platform with a broken procedure file (its own application and database). */
@ExtendWith(OutputCaptureExtension.class)
class CatalogStartupIntegrationTests {

    @Test
    void anInvalidProcedureFileStopsStartUpWithAMessageNamingTheFileAndTheFields(CapturedOutput output) {
        // when
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(MotCuaApplication.class).run(
                "--motcua.db.ephemeral=true", "--server.port=0", "--motcua.demo.enabled=false",
                "--motcua.catalog.location=classpath:catalog-fixtures/broken/*.yaml"));
        // then start-up failed because of the file
        InvalidProcedureDefinitionException cause = invalidFile(failure);
        assertThat(cause.source()).isEqualTo("9.000904.000.00.00.H29.yaml");
        assertThat(cause.errors()).extracting(e -> e.field()).containsExactly("name.en", "process");
        // and the console shows the failure analysis, one line per field
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Procedure file 9.000904.000.00.00.H29.yaml is invalid: field name.en: is required")
                .contains("Procedure file 9.000904.000.00.00.H29.yaml is invalid: field process: the steps take 2 "
                        + "working days in total, more than the time limit of 1");
    }

    private static InvalidProcedureDefinitionException invalidFile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidProcedureDefinitionException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("Start-up did not fail because of the procedure file", failure);
    }
}
