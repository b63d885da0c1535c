package org.motcua.catalog;

import org.motcua.problem.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the procedure definition files at start-up (after the units, which they refer to). Every file is checked
 * before anything is written: one invalid file stops start-up with {@link InvalidProcedureDefinitionException} naming
 * the file and its fields. Idempotent: a file whose content equals that of the newest version loaded from a file
 * creates nothing; a changed file publishes the next version.
 */
@Component
@Order(30)
class ProcedureFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcedureFileLoader.class);

    private final Catalog catalog;
    private final CatalogProperties properties;
    private final ResourceLoader resources;

    ProcedureFileLoader(Catalog catalog, CatalogProperties properties, ResourceLoader resources) {
        this.catalog = catalog;
        this.properties = properties;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(properties.location());
    }

    /** Loads the files matching a resource pattern; returns the versions published (none when nothing changed). */
    List<ProcedureVersion> load(String location) {
        List<LoadedFile> files = read(location);
        List<ProcedureVersion> published = new ArrayList<>();
        for (LoadedFile file : files) {
            catalog.publishFile(file.definition(), file.name(), file.hash()).ifPresent(published::add);
        }
        catalog.refreshIndex();
        log.info("Procedure catalogue: {} files in {}, {} new versions published", files.size(), location,
                published.size());
        return published;
    }

    private record LoadedFile(String name, String hash, ProcedureDefinition definition) { }

    private List<LoadedFile> read(String location) {
        Resource[] found;
        try {
            found = new PathMatchingResourcePatternResolver(resources).getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the procedure files at " + location, e);
        }
        if (found.length == 0) {
            log.warn("No procedure files at {}", location);
        }
        List<LoadedFile> files = new ArrayList<>();
        List<InvalidProcedureDefinitionException> invalid = new ArrayList<>();
        Map<String, String> fileOfCode = new HashMap<>();
        for (Resource resource : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
            String name = resource.getFilename();
            try {
                byte[] content;
                try (var in = resource.getInputStream()) {
                    content = in.readAllBytes();
                }
                LoadedFile file = parse(name, content);
                String other = fileOfCode.putIfAbsent(file.definition().code(), name);
                if (other != null) {
                    throw new InvalidProcedureDefinitionException(name, List.of(new FieldProblem("code",
                            "'" + file.definition().code() + "' is also the code of " + other)));
                }
                files.add(file);
            } catch (InvalidProcedureDefinitionException e) {
                invalid.add(e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the procedure file " + name, e);
            }
        }
        if (!invalid.isEmpty()) {
            InvalidProcedureDefinitionException first = invalid.get(0);
            invalid.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        return files;
    }

    private LoadedFile parse(String name, byte[] content) {
        try {
            Object document = YamlDocuments.read(content);
            if (!(document instanceof Map<?, ?> map)) {
                throw new InvalidProcedureDefinitionException(name, List.of(new FieldProblem("(document)",
                        "must be a mapping of the procedure's fields (see docs/procedure-format.md)")));
            }
            ProcedureDefinition definition = catalog.parse(map);
            String expected = definition.code() + ".yaml";
            if (!expected.equals(name)) {
                throw new InvalidProcedureDefinitionException(name, List.of(new FieldProblem("code",
                        "'" + definition.code() + "' does not match the file name; name the file " + expected)));
            }
            return new LoadedFile(name, Catalog.sha256(content), definition);
        } catch (InvalidProcedureDefinitionException e) {
            throw e.source() == null ? e.inFile(name) : e;
        }
    }
}
