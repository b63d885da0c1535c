package org.motcua.documents.web;

/** The answers of the form registering a document from outside, kept when the page is shown again with errors. */
public record IncomingForm(String author, String symbol, String documentDate, String type, String summary,
                           boolean urgent, boolean confidential, String restrictedTo) {

    static IncomingForm empty() {
        return new IncomingForm("", "", "", "", "", false, false, "");
    }
}
