package org.motcua.calendar;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.motcua.MotCuaApplication;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar's deadline arithmetic is plain Java, and the module shows other modules a small API. */
class CalendarArchitectureTests {

    private static final JavaClasses CALENDAR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.motcua.calendar");

    @Test
    void deadlineArithmeticDependsOnlyOnTheJdk() {
        classes().that().haveSimpleNameStartingWith("WorkingCalendar").and().haveSimpleNameNotEndingWith("s")
                .or().haveSimpleName("WorkingPeriod").or().haveSimpleName("Deadline")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.motcua.calendar")
                .because("the domain model knows nothing of Spring, HTTP or SQL")
                .check(CALENDAR);
    }

    @Test
    void moduleApiIsTheCalendarTheServicesAndTheirValues() {
        assertThat(CALENDAR.stream()
                .filter(c -> c.getPackageName().equals("org.motcua.calendar"))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .map(JavaClass::getSimpleName))
                .containsExactlyInAnyOrder("WorkingCalendar", "WorkingPeriod", "WorkingCalendars", "Deadline",
                        "CalendarDay", "CalendarDayKind", "CalendarMaintenance");
    }

    @Test
    void calendarModuleOnlyUsesTheAuditTrailAndProblems() {
        ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);
        modules.getModuleByName("calendar").orElseThrow().verifyDependencies(modules);
    }
}
