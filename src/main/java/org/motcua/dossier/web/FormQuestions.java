package org.motcua.dossier.web;

import org.motcua.catalog.FormSchema;
import org.motcua.catalog.FormType;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The question pages of a procedure's form: the top-level fields three to a page, then one page per sub-object (the
 * mother, the father) and one per list of objects (the business lines, the co-owners), required fields first. Labels
 * come from the schema in the page's language. A list's answers are kept as {@code businessLines[0].code}; its page
 * asks every item's fields, with "add another" and "remove" buttons (no JavaScript needed).
 */
final class FormQuestions {

    private static final int PER_PAGE = 3;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Map<String, FormType> fields = new LinkedHashMap<>();
    private final Map<String, Boolean> required = new LinkedHashMap<>();
    /** list name → whether at least one item is required. */
    private final Map<String, Boolean> lists = new LinkedHashMap<>();
    private final List<QuestionPage> pages = new ArrayList<>();
    private final FormSchema schema;

    FormQuestions(FormSchema schema) {
        this.schema = schema;
        FormType.ObjectType root = schema.root();
        List<String> group = new ArrayList<>();
        List<QuestionPage> objects = new ArrayList<>();
        ordered(root).forEach((name, type) -> {
            if (type instanceof FormType.ObjectType) {
                FormType.ObjectType object = (FormType.ObjectType) type;
                List<String> paths = new ArrayList<>();
                ordered(object).forEach((child, childType) -> {
                    if (scalar(childType)) {
                        String path = name + "." + child;
                        fields.put(path, childType);
                        required.put(path, root.required().contains(name) && object.required().contains(child));
                        paths.add(path);
                    }
                });
                objects.add(new QuestionPage(object.title() == null ? name : object.title(), paths,
                        schema.label(name).title(), null));
            } else if (type instanceof FormType.ArrayType) {
                FormType.ObjectType item = ((FormType.ArrayType) type).items();
                List<String> paths = new ArrayList<>();
                ordered(item).forEach((child, childType) -> {
                    if (scalar(childType)) {
                        String path = name + "." + child;
                        fields.put(path, childType);
                        required.put(path, item.required().contains(child));
                        paths.add(path);
                    }
                });
                if (!paths.isEmpty()) { // items without a field to type cannot be asked
                    lists.put(name, root.required().contains(name));
                    objects.add(new QuestionPage(type.title() == null ? name : type.title(), paths,
                            schema.label(name).title(), name));
                }
            } else if (scalar(type)) {
                fields.put(name, type);
                required.put(name, root.required().contains(name));
                group.add(name);
                if (group.size() == PER_PAGE) {
                    pages.add(new QuestionPage(null, List.copyOf(group)));
                    group.clear();
                }
            }
        });
        if (!group.isEmpty()) {
            pages.add(new QuestionPage(null, List.copyOf(group)));
        }
        pages.addAll(objects);
    }

    /**
     * The required fields in the order the schema lists them, then the optional ones: the stored schema (jsonb) does
     * not keep the order the properties were written in, but it keeps the order of {@code required}.
     */
    private static Map<String, FormType> ordered(FormType.ObjectType object) {
        Map<String, FormType> ordered = new LinkedHashMap<>();
        object.required().forEach(name -> {
            if (object.properties().containsKey(name)) {
                ordered.put(name, object.properties().get(name));
            }
        });
        object.properties().forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static boolean scalar(FormType type) {
        return !(type instanceof FormType.ObjectType) && !(type instanceof FormType.ArrayType);
    }

    List<QuestionPage> pages() {
        return pages;
    }

    static String id(String path) {
        return path.replace("[", "-").replace("]", "").replace('.', '-');
    }

    /** A path with list items counted from 1 ({@code parties[1].fullName}, as staff read it) → from 0. */
    static String fromOne(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "[" + (Integer.parseInt(m.group(1)) - 1) + "]");
        }
        return m.appendTail(out).toString();
    }

    /** The schema path of an answer's path: {@code businessLines[1].code} → {@code businessLines.code}. */
    static String template(String path) {
        return path.replaceAll("\\[\\d+]", "");
    }

    /** The questions of a page with the draft's answers and registry values, and the errors of a failed answer. */
    List<Question> questions(QuestionPage page, ApplicationDraft draft, Map<String, String> given,
                             Map<String, String> errors, MessageSource messages, Locale locale) {
        List<Question> questions = new ArrayList<>();
        List<String> paths = page.list() == null ? page.paths() : itemPaths(page, draft);
        for (String path : paths) {
            FormType type = fields.get(template(path));
            String source = draft.prefilled.containsKey(path) ? sourceName(draft.sources.get(path), messages, locale)
                    : null;
            String value = source != null ? draft.prefilled.get(path)
                    : given != null ? given.getOrDefault(path, "") : display(type, draft.answers.get(path));
            List<Question.Option> options = new ArrayList<>();
            String kind = kind(type);
            if (type instanceof FormType.StringType && ((FormType.StringType) type).enumValues() != null) {
                for (String v : ((FormType.StringType) type).enumValues()) {
                    options.add(new Question.Option(v, optionText(template(path), v, messages, locale)));
                }
            } else if (type instanceof FormType.BooleanType) {
                options.add(new Question.Option("true", messages.getMessage("dossier.apply.yes", null, locale)));
                options.add(new Question.Option("false", messages.getMessage("dossier.apply.no", null, locale)));
            }
            String error = errors.get(path);
            questions.add(new Question(id(path), path, label(path, locale), kind, options,
                    value, source, required.getOrDefault(template(path), false),
                    error == null ? null : messages.getMessage(error, null, locale)));
        }
        return questions;
    }

    private static String kind(FormType type) {
        if (type instanceof FormType.StringType) {
            FormType.StringType s = (FormType.StringType) type;
            return s.enumValues() != null ? "choice" : "date".equals(s.format()) ? "date" : "text";
        }
        if (type instanceof FormType.BooleanType) {
            return "yesno";
        }
        return "number";
    }

    static String sourceName(String source, MessageSource messages, Locale locale) {
        String registry = source == null ? "population" : source.contains("business") ? "business"
                : source.contains("civil") ? "civil-status" : "population";
        return messages.getMessage("dossier.apply.source." + registry, null, locale);
    }

    /**
     * Checks the answers of one page and keeps the valid ones in the draft (dates as YYYY-MM-DD).
     *
     * @return field path → message key of each problem, in the order of the page
     */
    Map<String, String> answer(QuestionPage page, Map<String, String> given, ApplicationDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> accepted = new LinkedHashMap<>();
        List<String> paths = page.list() == null ? page.paths() : itemPaths(page, draft);
        if (page.list() != null && paths.isEmpty() && lists.getOrDefault(page.list(), false)) {
            errors.put(page.list(), "dossier.apply.error.list-empty");
        }
        for (String path : paths) {
            if (draft.prefilled.containsKey(path)) {
                continue;
            }
            FormType type = fields.get(template(path));
            String value = given.getOrDefault(path, "").strip();
            if (value.isEmpty()) {
                if (required.getOrDefault(template(path), false)) {
                    errors.put(path, kind(type).equals("choice") || kind(type).equals("yesno")
                            ? "dossier.apply.error.choose" : "dossier.apply.error.required");
                }
                accepted.put(path, "");
                continue;
            }
            String problem = null;
            if (type instanceof FormType.StringType) {
                FormType.StringType s = (FormType.StringType) type;
                if ("date".equals(s.format())) {
                    LocalDate date = date(value);
                    if (date == null) {
                        problem = "dossier.apply.error.date";
                    } else {
                        value = date.toString();
                    }
                } else if (s.enumValues() != null && !s.enumValues().contains(value)) {
                    problem = "dossier.apply.error.choose";
                } else if (s.maxLength() != null && value.codePointCount(0, value.length()) > s.maxLength()) {
                    problem = "dossier.apply.error.too-long";
                }
            } else if (type instanceof FormType.BooleanType) {
                if (!value.equals("true") && !value.equals("false")) {
                    problem = "dossier.apply.error.choose";
                }
            } else {
                problem = number(type, value);
            }
            if (problem != null) {
                errors.put(path, problem);
            } else {
                accepted.put(path, value);
            }
        }
        if (errors.isEmpty()) {
            if (page.list() != null) {
                clearList(page.list(), draft);
                draft.items().put(page.list(), paths.size() / page.paths().size());
            }
            draft.answers.putAll(accepted);
        }
        return errors;
    }

    // ---- lists ("add another")

    /** The most items a list page offers. */
    static final int MAX_ITEMS = 20;

    /** The answer paths of a list page's items, item by item: {@code businessLines[0].code}, … */
    List<String> itemPaths(QuestionPage page, ApplicationDraft draft) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < itemCount(page, draft); i++) {
            for (String field : page.paths()) {
                paths.add(itemPath(field, i));
            }
        }
        return paths;
    }

    /** The paths a page answers: its fields, or for a list page its items' fields. */
    List<String> answerPaths(QuestionPage page, ApplicationDraft draft) {
        return page.list() == null ? page.paths() : itemPaths(page, draft);
    }

    /** {@code businessLines.code}, 1 → {@code businessLines[1].code}. */
    static String itemPath(String field, int index) {
        int dot = field.indexOf('.');
        return field.substring(0, dot) + "[" + index + "]" + field.substring(dot);
    }

    /** How many items a list page shows: those kept in the draft, else one for a required list and none otherwise. */
    int itemCount(QuestionPage page, ApplicationDraft draft) {
        Integer count = draft.items().get(page.list());
        return count != null ? count : lists.getOrDefault(page.list(), false) ? 1 : 0;
    }

    /** A list page's questions item by item. */
    List<ListItem> items(QuestionPage page, ApplicationDraft draft, Map<String, String> given,
                         Map<String, String> errors, MessageSource messages, Locale locale) {
        List<Question> questions = questions(page, draft, given, errors, messages, locale);
        int size = page.paths().size();
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i * size < questions.size(); i++) {
            items.add(new ListItem(i, id(page.list()) + "-" + i, questions.subList(i * size, (i + 1) * size)));
        }
        return items;
    }

    /** Keeps a list page's answers as typed (not yet checked), before an item is added or removed. */
    void keep(QuestionPage page, Map<String, String> given, ApplicationDraft draft) {
        int count = itemCount(page, draft);
        clearList(page.list(), draft);
        draft.items().put(page.list(), count);
        itemPaths(page, draft).forEach(path -> draft.answers.put(path, given.getOrDefault(path, "").strip()));
    }

    /** Adds an empty item at the end (up to {@link #MAX_ITEMS}). */
    void addItem(QuestionPage page, ApplicationDraft draft) {
        draft.items().put(page.list(), Math.min(MAX_ITEMS, itemCount(page, draft) + 1));
    }

    /** Removes an item; the following ones move up. */
    void removeItem(QuestionPage page, int index, ApplicationDraft draft) {
        int count = itemCount(page, draft);
        if (index < 0 || index >= count) {
            return;
        }
        for (int i = index; i < count - 1; i++) {
            for (String field : page.paths()) {
                draft.answers.put(itemPath(field, i), draft.answers.getOrDefault(itemPath(field, i + 1), ""));
            }
        }
        for (String field : page.paths()) {
            draft.answers.remove(itemPath(field, count - 1));
        }
        draft.items().put(page.list(), count - 1);
    }

    private static void clearList(String list, ApplicationDraft draft) {
        draft.answers.keySet().removeIf(path -> path.startsWith(list + "["));
    }

    private static String number(FormType type, String value) {
        java.math.BigDecimal n;
        try {
            n = new java.math.BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return "dossier.apply.error.number";
        }
        java.math.BigDecimal min = type instanceof FormType.IntegerType ? ((FormType.IntegerType) type).minimum()
                : ((FormType.NumberType) type).minimum();
        java.math.BigDecimal max = type instanceof FormType.IntegerType ? ((FormType.IntegerType) type).maximum()
                : ((FormType.NumberType) type).maximum();
        if (type instanceof FormType.IntegerType && n.stripTrailingZeros().scale() > 0) {
            return "dossier.apply.error.number";
        }
        if ((min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0)) {
            return "dossier.apply.error.range";
        }
        return null;
    }

    /** dd/mm/yyyy as Vietnamese write it, or YYYY-MM-DD. */
    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An answer as the citizen reads it (dates dd/mm/yyyy). */
    String display(String path, String value) {
        return display(fields.get(template(path)), value);
    }

    private static String display(FormType type, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (type instanceof FormType.StringType && "date".equals(((FormType.StringType) type).format())) {
            LocalDate date = date(value);
            return date == null ? value : date.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        }
        return value;
    }

    /** A field's title in Vietnamese (the path when the schema has none). */
    String label(String path) {
        FormType type = fields.get(template(path));
        return type == null || type.title() == null ? path : type.title();
    }

    /** A field's title in the page's language (Vietnamese when the schema has no English; the path when none). */
    String label(String path, Locale locale) {
        String title = schema.label(template(path)).title(locale);
        return title == null ? label(path) : title;
    }

    /**
     * A field's title with the group it belongs to, for pages listing answers of several groups: "The mother: Full
     * name", "Business lines, item 2: Industry code".
     */
    String fullLabel(String path, Locale locale, MessageSource messages) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return label(path, locale);
        }
        String group = path.substring(0, dot);
        int bracket = group.indexOf('[');
        String name = bracket < 0 ? group : group.substring(0, bracket);
        String title = schema.label(name).title(locale);
        String groupTitle = title == null ? name : title;
        if (bracket >= 0) {
            int number = Integer.parseInt(group.substring(bracket + 1, group.length() - 1)) + 1;
            groupTitle = messages.getMessage("dossier.apply.list.row", new Object[] {groupTitle, number}, locale);
        }
        return groupTitle + ": " + label(path, locale);
    }

    String optionLabel(String path, String value, MessageSource messages, Locale locale) {
        FormType type = fields.get(template(path));
        if (type instanceof FormType.BooleanType) {
            return messages.getMessage("true".equals(value) ? "dossier.apply.yes" : "dossier.apply.no", null, locale);
        }
        if (type instanceof FormType.StringType && ((FormType.StringType) type).enumValues() != null) {
            return optionText(template(path), value, messages, locale);
        }
        return display(type, value);
    }

    /** An enum value's text: the schema's, else the platform's bundle, else the value itself. */
    private String optionText(String field, String value, MessageSource messages, Locale locale) {
        String text = schema.label(field).option(value, locale);
        return text != null ? text : messages.getMessage("dossier.apply.option." + value, null, value, locale);
    }

    /** Which page asks a field. */
    int pageOf(String path) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).paths().contains(template(path))) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The form data of the answers given (registry values are added by the consent at submission). */
    ObjectNode form(ApplicationDraft draft, JsonMapper json) {
        ObjectNode form = json.createObjectNode();
        Map<String, java.util.TreeMap<Integer, ObjectNode>> items = new LinkedHashMap<>();
        draft.answers.forEach((path, value) -> {
            if (value.isEmpty() || draft.prefilled.containsKey(path)) {
                return;
            }
            FormType type = fields.get(template(path));
            if (type == null) {
                return;
            }
            ObjectNode parent = form;
            String[] parts = path.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                int bracket = parts[i].indexOf('[');
                if (bracket > 0) {
                    String list = parts[i].substring(0, bracket);
                    int index = Integer.parseInt(parts[i].substring(bracket + 1, parts[i].length() - 1));
                    parent = items.computeIfAbsent(list, l -> new java.util.TreeMap<>())
                            .computeIfAbsent(index, n -> json.createObjectNode());
                } else {
                    parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
                }
            }
            String name = parts[parts.length - 1];
            if (type instanceof FormType.IntegerType) {
                parent.put(name, new java.math.BigDecimal(value.replace(',', '.')).longValueExact());
            } else if (type instanceof FormType.NumberType) {
                parent.put(name, new java.math.BigDecimal(value.replace(',', '.')));
            } else if (type instanceof FormType.BooleanType) {
                parent.put(name, Boolean.parseBoolean(value));
            } else {
                parent.put(name, value);
            }
        });
        items.forEach((list, byIndex) -> byIndex.values().forEach(form.withArray(list)::add));
        return form;
    }
}
