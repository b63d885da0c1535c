package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.problem.FieldProblem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.motcua.catalog.CatalogFixtures.DEPARTMENT;
import static org.motcua.catalog.CatalogFixtures.EVERY_SCHEMA_TYPE;
import static org.motcua.catalog.CatalogFixtures.SMALL_WARD;
import static org.motcua.catalog.CatalogFixtures.definition;
import static org.motcua.catalog.CatalogFixtures.set;

class ProcedureDefinitionParserTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void readsEveryFieldOfAValidDefinition() {
        // when
        ProcedureDefinition d = CatalogFixtures.parsed(DEPARTMENT);
        // then
        assertThat(d.code()).isEqualTo("9.000002.000.00.00.H29");
        assertThat(d.nationalCode()).isEqualTo("9.000002");
        assertThat(d.name()).isEqualTo(new LocalizedText("Thủ tục mẫu cấp phiếu thử nghiệm của Sở",
                "Sample department certificate"));
        assertThat(d.sector()).isEqualTo("ly-lich-tu-phap");
        assertThat(d.lifeEvents()).containsExactly("identity");
        assertThat(d.tier()).isEqualTo(Tier.CITY);
        assertThat(d.competentUnit()).isEqualTo(CompetentUnit.department("so-tu-phap"));
        assertThat(d.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(d.timeLimit().workingDays()).isEqualByComparingTo("2.5");
        assertThat(d.timeLimit().verificationWorkingDays()).isEqualByComparingTo("5");
        assertThat(d.fees()).extracting(Fee::kind, Fee::amountVnd)
                .containsExactly(tuple(FeeKind.FEE, 200000L), tuple(FeeKind.CHARGE, 5000L));
        assertThat(d.fees().get(0).exemptions()).extracting(LocalizedText::en)
                .containsExactly("Children under 16", "People with meritorious service");
        assertThat(d.components())
                .extracting(DossierComponent::id, DossierComponent::source, DossierComponent::registry)
                .containsExactly(tuple("declaration", ComponentSource.UPLOAD, null),
                        tuple("identity", ComponentSource.REGISTRY, Registry.POPULATION));
        assertThat(d.process()).extracting(ProcessStep::id, ProcessStep::role, ProcessStep::unit)
                .containsExactly(tuple("receive", StepRole.RECEPTION, "receiving"),
                        tuple("appraise", StepRole.PROCESSOR, "so-tu-phap"),
                        tuple("approve", StepRole.LEADER, "competent"),
                        tuple("return", StepRole.CLERK, "receiving"));
        assertThat(d.process().get(0).workingDays()).isEqualByComparingTo("0.5");
        assertThat(d.form().root().required()).containsExactly("purpose");
        assertThat(d.result()).isEqualTo(new Result(ResultType.DOCUMENT,
                new LocalizedText("Phiếu thử nghiệm", "Sample certificate")));
        assertThat(d.unconfirmed()).containsExactly("fees", "timeLimit");
    }

    @Test
    void sameDayProcedureHasTimeLimitZeroAndUnquotedCodesKeepTheirDigits() {
        // when: the fixture writes nationalCode: 9.000001 without quotes and workingDays: 0
        ProcedureDefinition d = CatalogFixtures.parsed(SMALL_WARD);
        // then
        assertThat(d.nationalCode()).isEqualTo("9.000001");
        assertThat(d.timeLimit().sameDay()).isTrue();
        assertThat(d.fees()).isEmpty();
        assertThat(d.competentUnit().isWardLevel()).isTrue();
    }

    @Test
    void missingEnglishNameIsReportedAtNameEn() {
        List<FieldProblem> errors = errorsOf(set(definition(SMALL_WARD), "name.en", null));
        assertThat(errors).containsExactly(new FieldProblem("name.en", "is required"));
    }

    @Test
    void unknownSectorIsRejected() {
        List<FieldProblem> errors = errorsOf(set(definition(SMALL_WARD), "sector", "thue"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("sector");
            assertThat(e.message()).contains("'thue' is not a sector");
        });
    }

    @Test
    void tierMustBeWardOrCity() {
        List<FieldProblem> errors = errorsOf(set(definition(SMALL_WARD), "tier", "district"));
        assertThat(errors).containsExactly(new FieldProblem("tier", "must be ward or city, not 'district'"));
    }

    @Test
    void unknownDepartmentSlugIsRejected() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "competentUnit.department", "so-thue"));
        assertThat(errors).containsExactly(
                new FieldProblem("competentUnit.department", "no unit has the slug 'so-thue'"));
    }

    @Test
    void aWardCannotBeTheCompetentDepartment() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "competentUnit.department", "ben-thanh"));
        assertThat(errors).extracting(FieldProblem::field).containsExactly("competentUnit.department");
    }

    @Test
    void competentUnitMustMatchTheTier() {
        // given a ward-tier procedure decided by a department
        Map<String, Object> definition = set(definition(DEPARTMENT), "tier", "ward");
        // when / then
        assertThat(errorsOf(definition)).extracting(FieldProblem::field).containsExactly("competentUnit");
    }

    @Test
    void stepUnitMustBeReceivingCompetentOrACityLevelBody() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "process[1].unit", "phong-tu-phap"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("process[1].unit");
            assertThat(e.message()).contains("'phong-tu-phap' is none of these");
        });
    }

    @Test
    void stepAllotmentsMustNotExceedTheTimeLimit() {
        // given steps of 0.5 + 2 + 0.5 + 0.5 = 3.5 days against a limit of 2.5
        Map<String, Object> definition = set(definition(DEPARTMENT), "process[1].workingDays", 2);
        // when / then
        assertThat(errorsOf(definition)).containsExactly(new FieldProblem("process",
                "the steps take 3.5 working days in total, more than the time limit of 2.5"));
    }

    @Test
    void stepAllotmentsThatUseTheWholeLimitAreAccepted() {
        // given 0.5 + 1 + 0.5 + 0.5 = 2.5 = the limit (the fixture itself)
        assertThat(CatalogFixtures.parsed(DEPARTMENT).process()).hasSize(4);
        // and a same-day procedure whose steps all take 0 days
        assertThat(CatalogFixtures.parsed(SMALL_WARD).process()).allSatisfy(
                s -> assertThat(s.workingDays()).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Test
    void stepWorkingDaysMustBeANonNegativeNumber() {
        Map<String, Object> definition = set(definition(DEPARTMENT), "process[2].workingDays", "one");
        set(definition, "process[3].workingDays", -1);
        assertThat(errorsOf(definition)).containsExactly(
                new FieldProblem("process[2].workingDays", "must be a number"),
                new FieldProblem("process[3].workingDays", "must be at least 0"));
    }

    @Test
    void duplicateComponentIdsAreRejected() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "components[1].id", "declaration"));
        assertThat(errors).containsExactly(new FieldProblem("components[1].id",
                "'declaration' is already the id of components[0]"));
    }

    @Test
    void registryComponentNeedsItsRegistry() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "components[1].registry", null));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("components[1].registry");
            assertThat(e.message()).startsWith("is required when source is registry");
        });
    }

    @Test
    void registryMustBeOneOfTheThreeNationalDatabases() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "components[1].registry", "land"));
        assertThat(errors).containsExactly(new FieldProblem("components[1].registry",
                "must be one of population, civil_status, business, not 'land'"));
    }

    @Test
    void negativeFeeIsRejected() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "fees[0].amountVnd", -200000));
        assertThat(errors).containsExactly(new FieldProblem("fees[0].amountVnd", "must be at least 0"));
    }

    @Test
    void feeLinesSayWhichDossiersOweThemAndFeesArePaidAsAnObligationUnlessSaidOtherwise() {
        Map<String, Object> definition = set(definition(DEPARTMENT), "fees[1].applies", "on-request");
        ProcedureDefinition d = CatalogFixtures.parser().parse(definition);
        assertThat(d.fees()).extracting(Fee::applies).containsExactly(FeeApplies.ALWAYS, FeeApplies.ON_REQUEST);
        assertThat(d.feePayment()).isEqualTo(FeePayment.OBLIGATION);

        ProcedureDefinition atSubmission = CatalogFixtures.parser()
                .parse(set(definition(DEPARTMENT), "feePayment", "submission"));
        assertThat(atSubmission.feePayment()).isEqualTo(FeePayment.SUBMISSION);
    }

    @Test
    void anUnknownFeeApplicationOrPaymentMomentIsRejected() {
        Map<String, Object> definition = set(set(definition(DEPARTMENT), "fees[0].applies", "sometimes"),
                "feePayment", "later");
        assertThat(errorsOf(definition)).containsExactlyInAnyOrder(
                new FieldProblem("fees[0].applies", "must be one of always, online, in-person, on-request, not 'sometimes'"),
                new FieldProblem("feePayment", "must be submission or obligation, not 'later'"));
    }

    @Test
    void aFeeLineMayBeCountedFromIntegerFieldsOfTheForm() {
        Map<String, Object> definition = set(set(set(definition(DEPARTMENT), "fees[1].quantityField", "copies"),
                "fees[1].quantityFrom", 3), "fees[1].quantityTo", 10);
        ProcedureDefinition d = CatalogFixtures.parser().parse(definition);
        assertThat(d.fees().get(1).quantity()).isEqualTo(new FeeQuantity("copies", 3, 10, null));
        assertThat(d.fees().get(0).quantity()).isNull();
    }

    @Test
    void aFeeQuantityFromAFieldThatIsNotAnIntegerOfTheFormIsRejected() {
        assertThat(errorsOf(set(definition(DEPARTMENT), "fees[1].quantityField", "purpose")))
                .containsExactly(new FieldProblem("fees[1].quantityField", "'purpose' is not an integer field of the form"));
        assertThat(errorsOf(set(set(definition(DEPARTMENT), "fees[1].quantityField", "copies"), "fees[1].timesField",
                "pages"))).containsExactly(new FieldProblem("fees[1].timesField", "'pages' is not an integer field of the form"));
        assertThat(errorsOf(set(definition(DEPARTMENT), "fees[1].timesField", "copies")))
                .containsExactly(new FieldProblem("fees[1].quantityField",
                        "is required with quantityFrom, quantityTo or timesField"));
        assertThat(errorsOf(set(set(set(definition(DEPARTMENT), "fees[1].quantityField", "copies"),
                "fees[1].quantityFrom", 3), "fees[1].quantityTo", 2))).containsExactly(
                new FieldProblem("fees[1].quantityTo", "must not be less than quantityFrom"));
    }

    @Test
    void feeAmountIsAWholeNumberOfDong() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "fees[1].amountVnd", new BigDecimal("5.5")));
        assertThat(errors).containsExactly(new FieldProblem("fees[1].amountVnd", "must be a whole number"));
    }

    @Test
    void unsupportedSchemaTypeIsReportedWithItsPathInTheForm() {
        // given a property whose type YAML reads as null, and a oneOf
        Map<String, Object> definition = definition(SMALL_WARD);
        formProperty(definition, "applicantName").put("type", null);
        formProperty(definition, "applicantName").put("oneOf", List.of(Map.of("type", "string")));
        // when / then
        assertThat(errorsOf(definition)).satisfiesExactlyInAnyOrder(
                e -> {
                    assertThat(e.field()).isEqualTo("form.properties.applicantName.type");
                    assertThat(e.message()).startsWith("'null' is not supported");
                },
                e -> {
                    assertThat(e.field()).isEqualTo("form.properties.applicantName.oneOf");
                    assertThat(e.message()).startsWith("is not supported");
                });
    }

    @Test
    void formFieldsHaveTheirTextsInVietnameseAndEnglish() {
        // when
        FormSchema form = CatalogFixtures.parsed(EVERY_SCHEMA_TYPE).form();
        // then nested fields, list items (named after the list), descriptions
        assertThat(form.label("owner.fullName").title(Locale.ENGLISH)).isEqualTo("Full name");
        assertThat(form.label("owner.fullName").title(VIETNAMESE)).isEqualTo("Họ và tên");
        assertThat(form.label("members").title(Locale.ENGLISH)).isEqualTo("Members");
        assertThat(form.label("members.birthDate").title(Locale.ENGLISH)).isEqualTo("Date of birth");
        assertThat(form.label("startDate").description(Locale.ENGLISH)).isEqualTo("The day the business starts");
        assertThat(form.label("startDate").description(VIETNAMESE)).isEqualTo("Ngày bắt đầu kinh doanh");
        assertThat(form.label("nothing").title(Locale.ENGLISH)).isNull();
    }

    @Test
    void enumValuesHaveTheirTexts() {
        FormSchema form = CatalogFixtures.parsed(DEPARTMENT).form();
        assertThat(form.label("purpose").option("study", Locale.ENGLISH)).isEqualTo("Study");
        assertThat(form.label("purpose").option("study", VIETNAMESE)).isEqualTo("Học tập");
    }

    @Test
    void aFormFieldWithoutEnglishTextsIsReported() {
        // given a field without its English title, and one whose description has no English
        Map<String, Object> definition = definition(EVERY_SCHEMA_TYPE);
        nested(definition, "form", "properties", "owner", "properties", "email").remove("x-title-en");
        nested(definition, "form", "properties", "startDate").remove("x-description-en");
        nested(definition, "form", "properties", "members", "items", "properties", "fullName").remove("title");
        // when / then
        assertThat(errorsOf(definition)).containsExactly(
                new FieldProblem("form.properties.owner.properties.email.x-title-en",
                        "is required: the field's English title"),
                new FieldProblem("form.properties.startDate.x-description-en",
                        "is required: the English text of the description"),
                new FieldProblem("form.properties.members.items.properties.fullName.title",
                        "is required: the field's Vietnamese title"));
    }

    @Test
    void everyEnumValueNeedsItsTextsAndOnlyDeclaredValuesHaveThem() {
        // given a value without its English text, and texts for a value the enum does not have
        Map<String, Object> definition = definition(DEPARTMENT);
        Map<String, Object> titles = nested(definition, "form", "properties", "purpose", "x-enum-titles");
        titles.put("study", new java.util.LinkedHashMap<>(Map.of("vi", "Học tập")));
        titles.put("travel", Map.of("vi", "Du lịch", "en", "Travel"));
        // when / then
        assertThat(errorsOf(definition)).containsExactly(
                new FieldProblem("form.properties.purpose.x-enum-titles.study",
                        "is required: the value's texts {vi: …, en: …}"),
                new FieldProblem("form.properties.purpose.x-enum-titles.travel", "'travel' is not a value of enum"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> definition, String... keys) {
        Map<String, Object> node = definition;
        for (String key : keys) {
            node = (Map<String, Object>) node.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> formProperty(Map<String, Object> definition, String name) {
        Map<String, Object> form = (Map<String, Object>) definition.get("form");
        return (Map<String, Object>) ((Map<String, Object>) form.get("properties")).get(name);
    }

    @Test
    void misspeltFieldsAreRejectedRatherThanIgnored() {
        Map<String, Object> definition = set(definition(SMALL_WARD), "timelimit", Map.of("workingDays", 1));
        assertThat(errorsOf(definition)).containsExactly(
                new FieldProblem("timelimit", "is not a field of the procedure format"));
    }

    @Test
    void unconfirmedListsOnlyFieldsThatCanBeConfirmed() {
        Map<String, Object> definition = set(definition(DEPARTMENT), "unconfirmed", List.of("fees", "colour"));
        assertThat(errorsOf(definition)).extracting(FieldProblem::field).containsExactly("unconfirmed[1]");
    }

    @Test
    void codeMustHaveTheNationalFormatAndStartWithTheNationalCode() {
        Map<String, Object> definition = set(definition(SMALL_WARD), "nationalCode", "9.000002");
        set(definition, "code", "9.000001.H29");
        assertThat(errorsOf(definition)).extracting(FieldProblem::field).containsExactly("code");
        assertThat(errorsOf(set(definition(SMALL_WARD), "nationalCode", "9.000002")))
                .containsExactly(new FieldProblem("nationalCode",
                        "must be the beginning of code 9.000001.000.00.00.H29"));
    }

    @Test
    void collectsEveryErrorInsteadOfStoppingAtTheFirst() {
        // given four independent mistakes
        Map<String, Object> definition = definition(EVERY_SCHEMA_TYPE);
        set(definition, "name.en", null);
        set(definition, "onlineLevel", "total");
        set(definition, "components[0].id", "Owner Identity");
        set(definition, "result.type", null);
        // when / then
        assertThat(errorsOf(definition)).extracting(FieldProblem::field)
                .containsExactly("name.en", "onlineLevel", "components[0].id", "result.type");
    }

    @Test
    void emptyDocumentIsRejected() {
        assertThat(errorsOf(Map.of())).extracting(FieldProblem::field).containsExactly("(document)");
    }

    private static List<FieldProblem> errorsOf(Map<String, Object> definition) {
        InvalidProcedureDefinitionException e = catchThrowableOfType(InvalidProcedureDefinitionException.class,
                () -> CatalogFixtures.parser().parse(definition));
        assertThat(e).as("the definition should have been rejected").isNotNull();
        assertThat(e.source()).isNull();
        return e.errors();
    }

    @Test
    void prefillNamesFormFieldsFilledFromARegistryTheProcedureReads() {
        ProcedureDefinition d = CatalogFixtures.parser().parse(set(definition(DEPARTMENT), "prefill",
                Map.of("purpose", "population.self.fullName")));
        assertThat(d.prefill()).containsEntry("purpose", "population.self.fullName");
    }

    @Test
    void prefillFromAnUnknownSourceOrIntoAnUnknownFieldIsRejected() {
        List<FieldProblem> errors = errorsOf(set(definition(DEPARTMENT), "prefill", new java.util.LinkedHashMap<>(
                Map.of("purpose", "population.neighbour.fullName", "nickname", "population.self.fullName"))));
        assertThat(errors).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("prefill.purpose", "prefill.nickname");
    }

    @Test
    void prefillFromARegistryTheProcedureDoesNotReadIsRejected() {
        // the small ward fixture has no registry component
        List<FieldProblem> errors = errorsOf(set(definition(SMALL_WARD), "prefill",
                Map.of("applicantName", "population.self.fullName")));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("prefill.applicantName");
            assertThat(e.message()).contains("no component read from the population registry");
        });
    }
}
