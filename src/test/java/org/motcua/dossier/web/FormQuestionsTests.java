package org.motcua.dossier.web;

import org.junit.jupiter.api.Test;
import org.motcua.catalog.FormSchema;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The question pages of a form with a list of objects ("add another"), and their labels in both languages. */
class FormQuestionsTests {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final FormSchema SCHEMA = FormSchema.of(JSON.readTree("""
            {"type": "object", "required": ["purpose", "parties"], "properties": {
              "purpose": {"type": "string", "title": "Mục đích", "x-title-en": "Purpose",
                          "enum": ["work", "other"],
                          "x-enum-titles": {"work": {"vi": "Làm việc", "en": "Work"},
                                            "other": {"vi": "Khác", "en": "Other"}}},
              "parties": {"type": "array", "title": "Các bên", "x-title-en": "Parties", "items": {
                "type": "object", "required": ["fullName"], "properties": {
                  "fullName": {"type": "string", "title": "Họ và tên", "x-title-en": "Full name", "maxLength": 10},
                  "copies": {"type": "integer", "title": "Số bản", "x-title-en": "Copies", "minimum": 1}}}}}}
            """));
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FormQuestions form = new FormQuestions(SCHEMA);
    private final QuestionPage list = form.pages().get(1);

    @Test
    void aListHasItsOwnPageStartingWithOneItemWhenRequired() {
        assertThat(form.pages()).extracting(QuestionPage::list).containsExactly(null, "parties");
        assertThat(list.title(ENGLISH)).isEqualTo("Parties");
        assertThat(list.title(VIETNAMESE)).isEqualTo("Các bên");
        assertThat(form.itemPaths(list, new ApplicationDraft()))
                .containsExactly("parties[0].fullName", "parties[0].copies");
    }

    @Test
    void eachItemIsCheckedAndItsErrorsNameTheItemsField() {
        ApplicationDraft draft = new ApplicationDraft();
        form.addItem(list, draft);
        Map<String, String> errors = form.answer(list, Map.of("parties[0].fullName", "An",
                "parties[1].fullName", "", "parties[1].copies", "0"), draft);
        assertThat(errors).containsExactly(Map.entry("parties[1].fullName", "dossier.apply.error.required"),
                Map.entry("parties[1].copies", "dossier.apply.error.range"));
        assertThat(draft.answers).as("nothing kept from a page with errors").isEmpty();
        assertThat(FormQuestions.id("parties[1].copies")).isEqualTo("parties-1-copies");
    }

    @Test
    void removingAnItemMovesTheNextOnesUpAndTheFormDataIsAList() {
        // given three parties typed
        ApplicationDraft draft = new ApplicationDraft();
        form.addItem(list, draft);
        form.addItem(list, draft);
        Map<String, String> given = new LinkedHashMap<>();
        given.put("parties[0].fullName", "An");
        given.put("parties[1].fullName", "Bình");
        given.put("parties[2].fullName", "Cúc");
        given.put("parties[2].copies", "2");
        form.keep(list, given, draft);
        // when the second is removed
        form.removeItem(list, 1, draft);
        // then the third is now the second, and the list is answered with two items
        assertThat(form.itemCount(list, draft)).isEqualTo(2);
        Map<String, String> answers = new LinkedHashMap<>();
        form.itemPaths(list, draft).forEach(p -> answers.put(p, draft.answers.getOrDefault(p, "")));
        assertThat(form.answer(list, answers, draft)).isEmpty();
        assertThat(form.answer(form.pages().get(0), Map.of("purpose", "work"), draft)).isEmpty();
        ObjectNode data = form.form(draft, JSON);
        assertThat(data.get("parties").size()).isEqualTo(2);
        assertThat(data.get("parties").get(0).get("fullName").asString()).isEqualTo("An");
        assertThat(data.get("parties").get(1).get("fullName").asString()).isEqualTo("Cúc");
        assertThat(data.get("parties").get(1).get("copies").asInt()).isEqualTo(2);
        assertThat(SCHEMA.validate(data)).isEmpty();
    }

    @Test
    void aRequiredListWithoutItemsIsAnError() {
        ApplicationDraft draft = new ApplicationDraft();
        form.removeItem(list, 0, draft);
        assertThat(form.answer(list, Map.of(), draft))
                .containsExactly(Map.entry("parties", "dossier.apply.error.list-empty"));
    }

    @Test
    void labelsAndOptionsAreInThePagesLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("dossier.apply.list.row", ENGLISH, "{0}, item {1}");
        assertThat(form.fullLabel("parties[1].fullName", ENGLISH, messages)).isEqualTo("Parties, item 2: Full name");
        assertThat(form.label("purpose", ENGLISH)).isEqualTo("Purpose");
        assertThat(form.label("purpose")).isEqualTo("Mục đích");
        assertThat(form.optionLabel("purpose", "work", messages, ENGLISH)).isEqualTo("Work");
        assertThat(form.optionLabel("purpose", "other", messages, VIETNAMESE)).isEqualTo("Khác");
        assertThat(FormQuestions.fromOne("parties[2].fullName")).isEqualTo("parties[1].fullName");
        assertThat(form.pageOf("parties[3].copies")).isEqualTo(2);
    }
}
