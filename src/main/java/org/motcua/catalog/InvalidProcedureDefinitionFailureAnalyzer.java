package org.motcua.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Shows an invalid procedure file at start-up as "Procedure file X is invalid: field Y: message" instead of a stack
 * trace (registered in {@code META-INF/spring.factories}).
 */
public class InvalidProcedureDefinitionFailureAnalyzer
        extends AbstractFailureAnalyzer<InvalidProcedureDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidProcedureDefinitionException cause) {
        List<InvalidProcedureDefinitionException> all = new ArrayList<>();
        all.add(cause);
        Stream.of(cause.getSuppressed()).filter(InvalidProcedureDefinitionException.class::isInstance)
                .map(InvalidProcedureDefinitionException.class::cast).forEach(all::add);
        String description = all.stream().map(InvalidProcedureDefinitionFailureAnalyzer::describe)
                .collect(Collectors.joining("\n\n"));
        return new FailureAnalysis(description, "Correct the file(s) as described in docs/procedure-format.md and "
                + "start again. Files live where motcua.catalog.location points (default "
                + "classpath:catalog/procedures/*.yaml).", cause);
    }

    private static String describe(InvalidProcedureDefinitionException e) {
        String file = e.source() == null ? "(unknown)" : e.source();
        return e.errors().stream()
                .map(p -> "Procedure file " + file + " is invalid: field " + p.field() + ": " + p.message())
                .collect(Collectors.joining("\n"));
    }
}
