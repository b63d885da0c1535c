package org.motcua;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain model (value records and enums of the modules, and classes named as domain logic) knows nothing of
 * Spring, HTTP or SQL. Controllers, repositories and configuration live elsewhere.
 */
class DomainModelArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.motcua");

    @Test
    void domainValuesDoNotDependOnSpringHttpOrSql() {
        ArchRule rule = noClasses().that().areRecords().or().areEnums()
                .and().resideOutsideOfPackages("..web..", "org.motcua.problem..", "org.motcua.database..")
                .and().areNotAnnotatedWith(org.springframework.boot.context.properties.ConfigurationProperties.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .because("the domain model must stay free of framework, HTTP and SQL concerns");
        rule.check(CLASSES);
    }
}
