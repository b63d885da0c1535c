package org.motcua.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Runs axe-core (vendored under {@code src/test/resources/axe}, no network) in the page and fails on serious or
 * critical violations, listing each rule, why, and the elements concerned.
 */
final class Axe {

    private static final String SCRIPT = load();
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private Axe() {
    }

    static void assertNoSeriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));""");
        String json = String.valueOf(result);
        if (json.startsWith("error: ")) {
            throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + json);
        }
        JsonNode violations = JsonMapper.builder().build().readTree(json);
        StringBuilder report = new StringBuilder();
        for (JsonNode v : violations) {
            if (!BLOCKING.contains(v.path("impact").asString())) {
                continue;
            }
            report.append("\n- ").append(v.path("impact").asString()).append(' ').append(v.path("id").asString())
                    .append(": ").append(v.path("help").asString()).append(" (").append(v.path("helpUrl").asString())
                    .append(')');
            StreamSupport.stream(v.path("nodes").spliterator(), false).forEach(node -> report.append("\n    at ")
                    .append(node.path("target").toString()).append("\n      ")
                    .append(node.path("failureSummary").asString().replace("\n", "\n      ")));
        }
        if (!report.isEmpty()) {
            throw new AssertionError("Serious or critical accessibility violations on " + driver.getCurrentUrl()
                    + report);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
