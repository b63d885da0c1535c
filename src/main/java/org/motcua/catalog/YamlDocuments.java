package org.motcua.catalog;

import org.motcua.problem.FieldProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the catalogue's YAML files safely (no custom tags, no duplicate keys). Decimal numbers are read exactly as
 * {@link BigDecimal} (an unquoted {@code 1.000490} keeps its trailing zero) and dates stay text.
 */
final class YamlDocuments {

    private YamlDocuments() {
    }

    /**
     * The document's top-level value (a map, a list, a scalar or null).
     *
     * @throws InvalidProcedureDefinitionException naming the line and column of a syntax error
     */
    static Object read(byte[] content) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        Yaml yaml = new Yaml(new ExactConstructor(options));
        try (var reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            return yaml.load(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)
                    + ": ";
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            throw new InvalidProcedureDefinitionException(null,
                    List.of(new FieldProblem("(yaml)", "is not valid YAML: " + where + what + context)));
        } catch (YAMLException | java.io.IOException e) {
            throw new InvalidProcedureDefinitionException(null,
                    List.of(new FieldProblem("(yaml)", "is not valid YAML: " + e.getMessage())));
        }
    }

    private static final class ExactConstructor extends SafeConstructor {

        ExactConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.FLOAT, new ConstructExactDecimal());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructText());
        }

        private final class ConstructExactDecimal extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String text = constructScalar((ScalarNode) node).replace("_", "");
                try {
                    return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
                } catch (NumberFormatException e) {
                    return text; // .inf, .nan: not numbers the catalogue accepts; reported as wrong type
                }
            }
        }

        private final class ConstructText extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                return constructScalar((ScalarNode) node);
            }
        }
    }
}
