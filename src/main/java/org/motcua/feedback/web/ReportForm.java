package org.motcua.feedback.web;

import org.motcua.feedback.Categories;
import org.motcua.feedback.Category;
import org.motcua.web.FormErrors;

import java.util.ArrayList;
import java.util.List;

/** The answers of the report form, kept when the page is shown again with errors. */
public record ReportForm(String category, String description, String ward, String address, String latitude,
                         String longitude, String contactName, String contactPhone, String contactEmail) {

    static ReportForm empty() {
        return new ReportForm("", "", "", "", "", "", "", "", "");
    }

    /** What is wrong with the answers: the same rules on the public form and on the hotline operator's. */
    FormErrors problems() {
        FormErrors errors = FormErrors.none();
        if (blank(category)) {
            errors.add("category", "feedback.form.category.missing");
        }
        if (blank(description)) {
            errors.add("description", "feedback.form.description.missing");
        } else if (description.strip().length() > 4000) {
            errors.add("description", "feedback.form.description.long");
        }
        boolean point = !blank(latitude) || !blank(longitude);
        if (point && (number(latitude) == null || number(longitude) == null)) {
            errors.add("latitude", "feedback.form.point.invalid");
        }
        if (!point && blank(ward) && blank(address)) {
            errors.add("ward", "feedback.form.location.missing");
        }
        if (!blank(contactEmail) && !contactEmail.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            errors.add("contactEmail", "feedback.form.email.invalid");
        }
        return errors;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A coordinate as typed, with a decimal comma or point; null when it is not a number. */
    static Double number(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return Double.valueOf(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The leaf categories as options, each named with its group ("Giao thông – Hư hỏng mặt đường"). */
    static List<Option> categoryOptions(Categories categories, String selected, boolean english) {
        List<Option> options = new ArrayList<>();
        for (Category c : categories.leaves()) {
            String group = categories.find(c.parentCode()).map(p -> english ? p.nameEn() : p.nameVi()).orElse("");
            options.add(new Option(c.code(), group + " – " + (english ? c.nameEn() : c.nameVi()),
                    c.code().equals(selected)));
        }
        return options;
    }
}
