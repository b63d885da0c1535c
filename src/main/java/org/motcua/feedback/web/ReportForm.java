package org.motcua.feedback.web;

/** The answers of the report form, kept when the page is shown again with errors. */
public record ReportForm(String category, String description, String ward, String address, String latitude,
                         String longitude, String contactName, String contactPhone, String contactEmail) {

    static ReportForm empty() {
        return new ReportForm("", "", "", "", "", "", "", "", "");
    }
}
