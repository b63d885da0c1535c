package org.motcua;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of a page exists in Vietnamese and in English, and none is empty. */
class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"identity/messages", "demoidp/messages", "payment/messages", "web/messages",
            "catalog/messages", "dossier/messages", "documents/messages", "feedback/messages",
            "monitoring/messages", "notification/messages", "registry/messages", "organization/messages",
            "calendar/messages"})
    void vietnameseAndEnglishHaveTheSameKeys(String basename) throws IOException {
        Properties vi = load(basename + ".properties");
        Properties en = load(basename + "_en.properties");
        assertThat(vi.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        vi.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        en.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
