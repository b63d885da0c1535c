package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.motcua.problem.FieldProblem;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application form of a procedure: a JSON Schema restricted to the subset the platform renders and checks —
 * {@code object} (with {@code properties}, {@code required}), {@code string} (with {@code maxLength}, {@code enum},
 * {@code format} {@code date} or {@code email}), {@code integer} and {@code number} (with {@code minimum},
 * {@code maximum}), {@code boolean}, and {@code array} of objects ({@code items}); {@code title} and
 * {@code description} anywhere. Keeps the schema as written (its JSON form) and the checked model.
 */
public final class FormSchema {

    private final JsonNode json;
    private final FormType.ObjectType root;
    private final Map<String, FieldLabel> labels;

    private FormSchema(JsonNode json, FormType.ObjectType root, Map<String, FieldLabel> labels) {
        this.json = json;
        this.root = root;
        this.labels = Map.copyOf(labels);
    }

    /**
     * The schema, checked; fields without English texts are accepted (a form stored before they were required).
     *
     * @throws IllegalArgumentException naming every unsupported or invalid part
     */
    @JsonCreator
    public static FormSchema of(JsonNode json) {
        List<FieldProblem> problems = new ArrayList<>();
        FormSchema schema = read(json, "form", problems, false);
        if (schema == null) {
            throw new IllegalArgumentException("Invalid form schema: " + problems.stream()
                    .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
        return schema;
    }

    /** The schema, or null after adding its problems to {@code problems}; English texts are not required. */
    static FormSchema read(JsonNode json, String path, List<FieldProblem> problems) {
        return read(json, path, problems, false);
    }

    /**
     * The schema, or null after adding its problems (with paths starting at {@code path}) to {@code problems}.
     *
     * @param requireEnglish whether every field must have its title (and description, enum values) in English too
     */
    static FormSchema read(JsonNode json, String path, List<FieldProblem> problems, boolean requireEnglish) {
        FormSchemaReader reader = new FormSchemaReader(problems, requireEnglish);
        FormType.ObjectType root = reader.readRoot(json, path);
        return root == null ? null : new FormSchema(json.deepCopy(), root, reader.labels());
    }

    /**
     * Checks submitted form data: required fields, types, enum values, lengths, date and e-mail formats, bounds, in
     * nested objects and lists; fields the form does not declare are rejected. Null and blank text count as not given.
     *
     * @return every problem, with the field's path ({@code mother.fullName}, {@code members[0].birthDate}); empty when
     *         the data is valid
     */
    public List<FieldProblem> validate(JsonNode data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (FormType.absent(data)) {
            problems.add(new FieldProblem("(form)", "is required"));
        } else {
            root.check(data, "", problems);
        }
        return List.copyOf(problems);
    }

    /**
     * The texts of a field in Vietnamese and English.
     *
     * @param path the field's path with dots, list items named after the list: {@code mother.fullName},
     *             {@code children.birthDate}
     * @return the texts; without any when the form has no such field
     */
    public FieldLabel label(String path) {
        FieldLabel label = labels.get(path);
        return label == null ? new FieldLabel(null, null, Map.of()) : label;
    }

    /** The schema as written. */
    @JsonValue
    public JsonNode json() {
        return json.deepCopy();
    }

    public FormType.ObjectType root() {
        return root;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FormSchema schema && schema.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
