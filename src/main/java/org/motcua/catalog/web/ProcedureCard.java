package org.motcua.catalog.web;

import org.motcua.catalog.ProcedureVersion;

import java.util.Locale;

/** A procedure in a list of search results: its name and the tier that decides it. */
public record ProcedureCard(String code, String name, String tierKey) {

    static ProcedureCard of(ProcedureVersion version, Locale locale) {
        return new ProcedureCard(version.code(), Localized.of(version.definition().name(), locale),
                "catalog.tier." + version.definition().tier().code());
    }

    public String href() {
        return "/procedures/" + code;
    }
}
