package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.PlatformTest;
import org.motcua.audit.AuditEntry;
import org.motcua.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@PlatformTest
class CatalogLoadingIntegrationTests {

    @Autowired
    Catalog catalog;

    @Autowired
    ProcedureFileLoader loader;

    @Autowired
    AuditLog audit;

    @Test
    void everyShippedFileIsAVersionInForce() throws IOException {
        // given the files shipped with the platform
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath:catalog/procedures/*.yaml");
        assertThat(files.length).isGreaterThanOrEqualTo(25);
        // then each is loaded under its code, from a file
        for (Resource file : files) {
            String code = file.getFilename().replace(".yaml", "");
            ProcedureVersion current = catalog.findCurrent(code).orElseThrow(() -> new AssertionError(code));
            assertThat(current.source()).isEqualTo(DefinitionSource.FILE);
            assertThat(current.definition().code()).isEqualTo(code);
            assertThat(current.publishedBy()).isEqualTo(Catalog.SYSTEM);
        }
    }

    @Test
    void loadingUnchangedFilesAgainCreatesNothing() {
        // given
        int versionsBefore = catalog.versions("1.001193.000.00.00.H29").size();
        // when start-up loading runs again over the same files
        List<ProcedureVersion> published = loader.load("classpath:catalog/procedures/*.yaml");
        // then
        assertThat(published).isEmpty();
        assertThat(catalog.versions("1.001193.000.00.00.H29")).hasSize(versionsBefore);
    }

    @Test
    void aChangedFilePublishesTheNextVersionAndSupersedesThePreviousOne(@TempDir Path dir) throws IOException {
        // given a file loaded once
        String code = CatalogFixtures.SMALL_WARD;
        Path file = dir.resolve(code + ".yaml");
        Files.write(file, CatalogFixtures.bytes(code));
        loader.load(pattern(dir));
        ProcedureVersion first = catalog.findCurrent(code).orElseThrow();
        assertThat(loader.load(pattern(dir))).isEmpty();
        // when the file changes
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("Sample simple confirmation", "Sample simple confirmation, revised"), StandardCharsets.UTF_8);
        List<ProcedureVersion> published = loader.load(pattern(dir));
        // then
        assertThat(published).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(first.version() + 1);
            assertThat(v.definition().name().en()).isEqualTo("Sample simple confirmation, revised");
        });
        ProcedureVersion previous = catalog.findVersion(code, first.version()).orElseThrow();
        assertThat(previous.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(previous.definition()).isEqualTo(first.definition());
        AuditEntry entry = audit.recent("procedure:" + code, 1).get(0);
        assertThat(entry.action()).isEqualTo("PROCEDURE_PUBLISHED");
        assertThat(entry.actor()).isEqualTo(Catalog.SYSTEM);
        assertThat(entry.details()).containsEntry("file", code + ".yaml").containsEntry("source", "file");
    }

    @Test
    void oneInvalidFileStopsLoadingBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        // given a valid file next to a broken one
        Files.write(dir.resolve(CatalogFixtures.EVERY_SCHEMA_TYPE + ".yaml"),
                CatalogFixtures.bytes(CatalogFixtures.EVERY_SCHEMA_TYPE));
        try (var broken = getClass().getResourceAsStream("/catalog-fixtures/broken/9.000904.000.00.00.H29.yaml")) {
            Files.write(dir.resolve("9.000904.000.00.00.H29.yaml"), broken.readAllBytes());
        }
        // when
        InvalidProcedureDefinitionException e = catchThrowableOfType(InvalidProcedureDefinitionException.class,
                () -> loader.load(pattern(dir)));
        // then
        assertThat(e).isNotNull();
        assertThat(e.source()).isEqualTo("9.000904.000.00.00.H29.yaml");
        assertThat(e.errors()).extracting(p -> p.field()).containsExactly("name.en", "process");
        assertThat(catalog.findCurrent(CatalogFixtures.EVERY_SCHEMA_TYPE)).isEmpty();
    }

    @Test
    void aFormFieldWithoutAnEnglishTitleIsReportedAtLoad(@TempDir Path dir) throws IOException {
        // given the department's file with the English title of one field left out
        String file = new String(CatalogFixtures.bytes(CatalogFixtures.DEPARTMENT), StandardCharsets.UTF_8);
        assertThat(file).contains(", x-title-en: \"Number of copies\"");
        Files.writeString(dir.resolve(CatalogFixtures.DEPARTMENT + ".yaml"),
                file.replace(", x-title-en: \"Number of copies\"", ""));
        // when
        InvalidProcedureDefinitionException e = catchThrowableOfType(InvalidProcedureDefinitionException.class,
                () -> loader.load(pattern(dir)));
        // then
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("Procedure file " + CatalogFixtures.DEPARTMENT + ".yaml is invalid: "
                + "field form.properties.copies.x-title-en: is required: the field's English title");
    }

    @Test
    void theFileNameMustBeTheCode(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("9.000777.000.00.00.H29.yaml"), CatalogFixtures.bytes(CatalogFixtures.DEPARTMENT));
        InvalidProcedureDefinitionException e = catchThrowableOfType(InvalidProcedureDefinitionException.class,
                () -> loader.load(pattern(dir)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("Procedure file 9.000777.000.00.00.H29.yaml is invalid: field code: "
                + "'9.000002.000.00.00.H29' does not match the file name; name the file 9.000002.000.00.00.H29.yaml");
    }

    @Test
    void invalidYamlSyntaxNamesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("9.000778.000.00.00.H29.yaml"), "code: [unclosed\n");
        InvalidProcedureDefinitionException e = catchThrowableOfType(InvalidProcedureDefinitionException.class,
                () -> loader.load(pattern(dir)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("Procedure file 9.000778.000.00.00.H29.yaml is invalid: field (yaml): "
                + "is not valid YAML: line 2");
    }

    private static String pattern(Path dir) {
        return dir.toUri() + "*.yaml";
    }
}
