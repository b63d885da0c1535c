package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.problem.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FormSchemaTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** The form of fixture 9.000003: nested object, date, e-mail, number, integer, boolean and a list of objects. */
    private static final FormSchema HOUSEHOLD = CatalogFixtures.parsed(CatalogFixtures.EVERY_SCHEMA_TYPE).form();

    // --- the schema subset ---

    @Test
    void acceptsObjectsStringsEnumsNumbersBooleansAndListsOfObjects() {
        // when
        FormType.ObjectType root = HOUSEHOLD.root();
        // then
        assertThat(root.required()).containsExactly("owner", "startDate", "members");
        assertThat(root.properties()).containsOnlyKeys("owner", "startDate", "capitalVnd", "employees",
                "ownsPremises", "members");
        assertThat(root.properties().get("owner")).isInstanceOf(FormType.ObjectType.class);
        assertThat(root.properties().get("startDate")).isEqualTo(
                new FormType.StringType("Ngày bắt đầu", "Ngày bắt đầu kinh doanh", null, "date", null));
        assertThat(root.properties().get("capitalVnd")).isInstanceOf(FormType.NumberType.class);
        assertThat(root.properties().get("ownsPremises")).isInstanceOf(FormType.BooleanType.class);
        assertThat(((FormType.ArrayType) root.properties().get("members")).items().required())
                .containsExactly("fullName");
    }

    @Test
    void keepsTheSchemaAsWritten() {
        JsonNode written = json("""
                {"type": "object", "properties": {"sex": {"type": "string", "enum": ["male", "female"]}}}""");
        assertThat(FormSchema.of(written).json()).isEqualTo(written);
    }

    @Test
    void rejectsTypeNull() {
        assertThat(schemaProblems("""
                {"type": "object", "properties": {"x": {"type": "null"}}}"""))
                .containsExactly(new FieldProblem("form.properties.x.type",
                        "'null' is not supported; use one of object, string, integer, number, boolean, array"));
    }

    @Test
    void rejectsCombinatorsAndOtherUnsupportedKeywords() {
        assertThat(schemaProblems("""
                {"type": "object", "properties": {
                  "x": {"type": "string", "oneOf": [{"maxLength": 3}]},
                  "y": {"type": "string", "pattern": "^[0-9]+$"}},
                 "additionalProperties": false}"""))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("form.properties.x.oneOf", "form.properties.y.pattern",
                        "form.additionalProperties");
    }

    @Test
    void rejectsKeywordsOnTheWrongType() {
        assertThat(schemaProblems("""
                {"type": "object", "properties": {"age": {"type": "integer", "maxLength": 3}}}"""))
                .containsExactly(new FieldProblem("form.properties.age.maxLength",
                        "applies only to string, not integer"));
    }

    @Test
    void rejectsListsOfAnythingButObjects() {
        assertThat(schemaProblems("""
                {"type": "object", "properties": {"names": {"type": "array", "items": {"type": "string"}}}}"""))
                .containsExactly(new FieldProblem("form.properties.names.items.type", "lists must hold objects"));
    }

    @Test
    void rejectsFormatsOtherThanDateAndEmail() {
        assertThat(schemaProblems("""
                {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"}}}"""))
                .containsExactly(new FieldProblem("form.properties.at.format",
                        "'date-time' is not supported; use date or email"));
    }

    @Test
    void rejectsRequiredFieldsThatAreNotDeclared() {
        assertThat(schemaProblems("""
                {"type": "object", "required": ["name", "age"], "properties": {"name": {"type": "string"}}}"""))
                .containsExactly(new FieldProblem("form.required[1]", "'age' is not a field of this object"));
    }

    @Test
    void theFormItselfMustBeAnObject() {
        assertThat(schemaProblems("""
                {"type": "string"}"""))
                .containsExactly(new FieldProblem("form.type", "the form must be of type object"));
        assertThatIllegalArgumentException().isThrownBy(() -> FormSchema.of(json("{\"type\": \"array\"}")))
                .withMessageContaining("form.items");
    }

    // --- validating submitted data ---

    @Test
    void completeDataHasNoProblems() {
        assertThat(HOUSEHOLD.validate(json("""
                {"owner": {"fullName": "Nguyễn Văn An", "email": "an@example.vn"},
                 "startDate": "2025-07-01", "capitalVnd": 150000000.5, "employees": 3, "ownsPremises": true,
                 "members": [{"fullName": "Trần Thị Bình", "birthDate": "1990-02-28"}]}"""))).isEmpty();
    }

    @Test
    void reportsMissingRequiredFieldsAlsoInNestedObjectsAndTreatsBlankAsMissing() {
        assertThat(HOUSEHOLD.validate(json("""
                {"owner": {"fullName": "  "}, "members": []}""")))
                .containsExactly(new FieldProblem("owner.fullName", "is required"),
                        new FieldProblem("owner.email", "is required"),
                        new FieldProblem("startDate", "is required"));
    }

    @Test
    void reportsWrongTypes() {
        assertThat(HOUSEHOLD.validate(json("""
                {"owner": "Nguyễn Văn An", "startDate": 20250701, "capitalVnd": "many", "employees": 2.5,
                 "ownsPremises": "yes", "members": {"fullName": "x"}}""")))
                .containsExactly(new FieldProblem("owner", "must be an object"),
                        new FieldProblem("startDate", "must be text"),
                        new FieldProblem("capitalVnd", "must be a number"),
                        new FieldProblem("employees", "must be a whole number"),
                        new FieldProblem("ownsPremises", "must be true or false"),
                        new FieldProblem("members", "must be a list"));
    }

    @Test
    void reportsLengthDateEmailAndBounds() {
        assertThat(HOUSEHOLD.validate(json("""
                {"owner": {"fullName": "%s", "email": "an.example.vn"}, "startDate": "2025-02-30",
                 "capitalVnd": -1, "employees": 11, "members": []}""".formatted("Ạ".repeat(51)))))
                .containsExactly(new FieldProblem("owner.fullName", "must be at most 50 characters"),
                        new FieldProblem("owner.email", "must be an e-mail address"),
                        new FieldProblem("startDate", "must be a date written YYYY-MM-DD"),
                        new FieldProblem("capitalVnd", "must be at least 0"),
                        new FieldProblem("employees", "must be at most 10"));
    }

    @Test
    void maxLengthCountsVietnameseLettersNotBytes() {
        // 50 letters with diacritics, precomposed: within maxLength 50
        assertThat(HOUSEHOLD.validate(json("""
                {"owner": {"fullName": "%s", "email": "a@b.vn"}, "startDate": "2025-07-01", "members": []}"""
                .formatted("Ạ".repeat(50))))).isEmpty();
    }

    @Test
    void reportsEnumValuesOutsideTheList() {
        FormSchema schema = FormSchema.of(json("""
                {"type": "object", "properties": {"sex": {"type": "string", "enum": ["male", "female"]}}}"""));
        assertThat(schema.validate(json("{\"sex\": \"M\"}")))
                .containsExactly(new FieldProblem("sex", "must be one of: male, female"));
    }

    @Test
    void pathsOfListElementsCarryTheirIndex() {
        assertThat(HOUSEHOLD.validate(json("""
                {"owner": {"fullName": "An", "email": "a@b.vn"}, "startDate": "2025-07-01",
                 "members": [{"fullName": "Bình"}, {"birthDate": "01/02/1990"}, null]}""")))
                .containsExactly(new FieldProblem("members[1].fullName", "is required"),
                        new FieldProblem("members[1].birthDate", "must be a date written YYYY-MM-DD"),
                        new FieldProblem("members[2]", "must not be empty"));
    }

    @Test
    void rejectsFieldsTheFormDoesNotDeclare() {
        assertThat(HOUSEHOLD.validate(json("""
                {"owner": {"fullName": "An", "email": "a@b.vn", "phone": "0901"}, "startDate": "2025-07-01",
                 "members": [], "comment": "x"}""")))
                .containsExactly(new FieldProblem("owner.phone", "is not a field of this form"),
                        new FieldProblem("comment", "is not a field of this form"));
    }

    @Test
    void missingDataIsOneProblem() {
        assertThat(HOUSEHOLD.validate(null)).containsExactly(new FieldProblem("(form)", "is required"));
        assertThat(HOUSEHOLD.validate(json("[]"))).containsExactly(new FieldProblem("(form)", "must be an object"));
    }

    private static List<FieldProblem> schemaProblems(String schema) {
        List<FieldProblem> problems = new ArrayList<>();
        FormSchema read = FormSchema.read(json(schema), "form", problems);
        assertThat(read == null).isEqualTo(!problems.isEmpty());
        return problems;
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
