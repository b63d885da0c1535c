package org.motcua.catalog;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.motcua.MotCuaApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogArchitectureTests {

    private static final JavaClasses CATALOG = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.motcua.catalog");

    /** Spring beans, configuration properties and the failure analyzer, with their nested classes. */
    private static final DescribedPredicate<JavaClass> INFRASTRUCTURE = DescribedPredicate.describe(
            "Spring components, configuration properties or failure analyzers", javaClass -> {
                JavaClass top = javaClass;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                return top.isMetaAnnotatedWith(org.springframework.stereotype.Component.class)
                        || top.isAnnotatedWith(org.springframework.stereotype.Component.class)
                        || top.isAnnotatedWith(ConfigurationProperties.class)
                        || top.isAssignableTo(FailureAnalyzer.class);
            });

    @Test
    void theDomainModelKnowsNeitherSpringNorSqlNorHttp() {
        noClasses().that().resideInAPackage("org.motcua.catalog").and(not(INFRASTRUCTURE))
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..")
                .check(CATALOG);
    }

    @Test
    void theDomainModelIncludesTheParserTheFormSchemaAndTheSearchIndex() {
        // guards the rule above against matching nothing
        assertThat(CATALOG.stream().filter(c -> !INFRASTRUCTURE.test(c)).map(JavaClass::getSimpleName))
                .contains("ProcedureDefinitionParser", "FormSchema", "ProcedureIndex", "ProcedureVersion", "Fee")
                .doesNotContain("Catalog", "ProcedureVersions", "ProcedureFileLoader");
    }

    @Test
    void theCatalogueUsesOnlyTheOrganisationAuditProblemAndWebModules() {
        ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);
        modules.verify();
        ApplicationModule catalog = modules.getModuleByName("catalog").orElseThrow();
        assertThat(catalog.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .containsExactlyInAnyOrder("organization", "audit", "problem", "web");
    }
}
