package org.motcua.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All visible text of the pages comes from the bundles: no template has hard-coded text, and every message key a
 * template or a page class uses exists in Vietnamese and in English.
 */
class TemplateTextsTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java/org/motcua");

    /** {@code page.t("key"…)} and tag parameters named {@code …Key = "key"}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:\\bt\\(|\\w+Key\\s*=\\s*)\"([^\"]+)\"");
    /** String literals in page classes that look like keys of a module's bundle: {@code "dossier.lookup.title"}. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z]+\\.[a-z0-9.\\-_]+[a-z0-9])\"");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            TemplateText.hardCoded(Files.readString(template))
                    .forEach(text -> problems.add(TEMPLATES.relativize(template) + ": " + text));
        }
        assertThat(problems).as("hard-coded text in templates (use page.t(\"key\"))").isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        assertThat(TemplateText.hardCoded("""
                @param PageContext page
                @template.web.layout(page = page, title = page.t("x"), content = @`
                  <h1>${page.t("x")}</h1><p>Xin chào</p><img alt="logo" src="/a.png">
                  @if(page.english())<span>${page.lang()}</span>@endif
                `)""")).containsExactly("Xin chào", "alt=\"logo\"");
    }

    @Test
    void everyKeyUsedInTemplatesAndPagesExistsInBothLanguages() throws IOException {
        Properties vi = bundles("messages.properties");
        Properties en = bundles("messages_en.properties");
        Set<String> modules = new TreeSet<>();
        vi.stringPropertyNames().forEach(k -> modules.add(k.substring(0, k.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                check(m.group(1), TEMPLATES.relativize(template).toString(), vi, en, missing);
            }
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")
                    && p.getParent().getFileName().toString().equals("web")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    if (modules.contains(key.substring(0, key.indexOf('.')))) {
                        check(key, source.getFileName().toString(), vi, en, missing);
                    }
                }
            }
        }
        assertThat(missing).as("message keys missing from the bundles").isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        // the one message source reads the bundles in order: a key of a second bundle would be silently shadowed
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES, 2)) {
            for (Path bundle : files.filter(p -> p.getFileName().toString().equals("messages.properties")).toList()) {
                Properties one = new Properties();
                try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    one.load(in);
                }
                one.stringPropertyNames().stream().filter(k -> !seen.add(k)).forEach(k -> twice.add(bundle + ": " + k));
            }
        }
        assertThat(twice).isEmpty();
    }

    private static void check(String key, String where, Properties vi, Properties en, List<String> missing) {
        if (!vi.containsKey(key)) {
            missing.add(where + ": " + key + " (vi)");
        }
        if (!en.containsKey(key)) {
            missing.add(where + ": " + key + " (en)");
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }

    /** Every module's bundle merged, as the platform's one message source sees them. */
    private static Properties bundles(String fileName) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.walk(RESOURCES, 2)) {
            for (Path bundle : files.filter(p -> p.getFileName().toString().equals(fileName)).toList()) {
                try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    all.load(in);
                }
            }
        }
        return all;
    }
}
