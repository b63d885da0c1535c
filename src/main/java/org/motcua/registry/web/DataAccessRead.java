package org.motcua.registry.web;

/** One read of the citizen's data, in words, for the "who looked at my data" page. */
public record DataAccessRead(String at, String reader, String registry, String fields, String purpose,
                             String outcome) {
}
