package org.motcua.dossier;

import org.motcua.dossier.forms.DossierForms;
import org.motcua.dossier.forms.ResultDocument;
import org.motcua.dossier.forms.ResultField;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The electronic result the platform issues when the last step finishes without an uploaded document: generated
 * from the dossier's data (applicant and form, labelled by the procedure's form), stored like any file. It says
 * plainly that it is not digitally signed.
 */
@Component
class ResultDocuments {

    private final DossierForms forms;
    private final PrintedForms printed;
    private final DossierFiles files;
    private final ProcedureTermsLookup procedures;

    ResultDocuments(DossierForms forms, PrintedForms printed, DossierFiles files, ProcedureTermsLookup procedures) {
        this.forms = forms;
        this.printed = printed;
        this.files = files;
        this.procedures = procedures;
    }

    StoredFile generate(Dossier dossier) {
        DossierState s = dossier.state();
        ProcedureTerms terms = procedures.version(s.procedureCode, s.procedureVersion).orElse(null);
        String title = terms == null ? s.procedureNameVi : terms.resultNameVi();
        List<ResultField> fields = new ArrayList<>();
        fields.add(new ResultField("Họ, chữ đệm và tên", s.applicant.fullName()));
        if (s.applicant.personalId() != null) {
            fields.add(new ResultField("Số định danh cá nhân", s.applicant.personalId()));
        }
        if (s.applicant.taxCode() != null) {
            fields.add(new ResultField("Mã số thuế", s.applicant.taxCode()));
        }
        if (s.applicant.dateOfBirth() != null) {
            fields.add(new ResultField("Ngày, tháng, năm sinh",
                    s.applicant.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        }
        flatten(s.form, terms == null ? null : terms.formSchema(), "", fields);
        fields.add(new ResultField("Mã hồ sơ", s.code));
        ResultDocument document = new ResultDocument(title.toUpperCase(), null, printed.unit(s.competentUnit),
                fields, PrintedForms.zoned(s.lastActionAt), null, false);
        byte[] pdf = forms.result(printed.of(dossier, List.of(), null), document);
        return files.store(new ByteArrayInputStream(pdf));
    }

    /** Form data as label/value lines, labels from the schema's titles; nested objects and lists flattened. */
    static void flatten(JsonNode data, JsonNode schema, String prefix, List<ResultField> out) {
        if (data == null || !data.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            JsonNode property = schema == null ? null : schema.path("properties").path(field.getKey());
            String title = property != null && property.has("title") ? property.get("title").asString()
                    : field.getKey();
            String label = prefix.isEmpty() ? title : prefix + " – " + title;
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(value, property, label, out);
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    if (item.isObject()) {
                        flatten(item, property == null ? null : property.path("items"), label + " " + (i + 1), out);
                    } else {
                        out.add(new ResultField(label + " " + (i + 1), item.asString()));
                    }
                }
            } else if (!value.isNull()) {
                out.add(new ResultField(label, display(value, property)));
            }
        }
    }

    private static String display(JsonNode value, JsonNode property) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "Có" : "Không";
        }
        String text = value.asString();
        if (property != null && "date".equals(property.path("format").asString(""))
                && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return text.substring(8) + "/" + text.substring(5, 7) + "/" + text.substring(0, 4);
        }
        return text;
    }
}
