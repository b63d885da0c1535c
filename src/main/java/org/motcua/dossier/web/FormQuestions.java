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
 * mother, the father); required fields first. Lists of objects are not asked on the web yet.
 */
final class FormQuestions {

    private static final int PER_PAGE = 3;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Map<String, FormType> fields = new LinkedHashMap<>();
    private final Map<String, Boolean> required = new LinkedHashMap<>();
    private final List<QuestionPage> pages = new ArrayList<>();

    FormQuestions(FormSchema schema) {
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
                objects.add(new QuestionPage(object.title() == null ? name : object.title(), paths));
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
        return path.replace('.', '-');
    }

    /** The questions of a page with the draft's answers and registry values, and the errors of a failed answer. */
    List<Question> questions(QuestionPage page, ApplicationDraft draft, Map<String, String> given,
                             Map<String, String> errors, MessageSource messages, Locale locale) {
        List<Question> questions = new ArrayList<>();
        for (String path : page.paths()) {
            FormType type = fields.get(path);
            String source = draft.prefilled.containsKey(path) ? sourceName(draft.sources.get(path), messages, locale)
                    : null;
            String value = source != null ? draft.prefilled.get(path)
                    : given != null ? given.getOrDefault(path, "") : display(type, draft.answers.get(path));
            List<Question.Option> options = new ArrayList<>();
            String kind = kind(type);
            if (type instanceof FormType.StringType && ((FormType.StringType) type).enumValues() != null) {
                for (String v : ((FormType.StringType) type).enumValues()) {
                    options.add(new Question.Option(v, messages.getMessage("dossier.apply.option." + v, null, v,
                            locale)));
                }
            } else if (type instanceof FormType.BooleanType) {
                options.add(new Question.Option("true", messages.getMessage("dossier.apply.yes", null, locale)));
                options.add(new Question.Option("false", messages.getMessage("dossier.apply.no", null, locale)));
            }
            String error = errors.get(path);
            questions.add(new Question(id(path), path, type.title() == null ? path : type.title(), kind, options,
                    value, source, required.getOrDefault(path, false),
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
        for (String path : page.paths()) {
            if (draft.prefilled.containsKey(path)) {
                continue;
            }
            FormType type = fields.get(path);
            String value = given.getOrDefault(path, "").strip();
            if (value.isEmpty()) {
                if (required.getOrDefault(path, false)) {
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
            draft.answers.putAll(accepted);
        }
        return errors;
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
        return display(fields.get(path), value);
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

    String label(String path) {
        FormType type = fields.get(path);
        return type == null || type.title() == null ? path : type.title();
    }

    String optionLabel(String path, String value, MessageSource messages, Locale locale) {
        FormType type = fields.get(path);
        if (type instanceof FormType.BooleanType) {
            return messages.getMessage("true".equals(value) ? "dossier.apply.yes" : "dossier.apply.no", null, locale);
        }
        if (type instanceof FormType.StringType && ((FormType.StringType) type).enumValues() != null) {
            return messages.getMessage("dossier.apply.option." + value, null, value, locale);
        }
        return display(type, value);
    }

    /** Which page asks a field. */
    int pageOf(String path) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).paths().contains(path)) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The form data of the answers given (registry values are added by the consent at submission). */
    ObjectNode form(ApplicationDraft draft, JsonMapper json) {
        ObjectNode form = json.createObjectNode();
        draft.answers.forEach((path, value) -> {
            if (value.isEmpty() || draft.prefilled.containsKey(path)) {
                return;
            }
            FormType type = fields.get(path);
            ObjectNode parent = form;
            String[] parts = path.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
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
        return form;
    }
}
