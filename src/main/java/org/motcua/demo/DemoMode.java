package org.motcua.demo;

import org.motcua.database.DatabaseProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the installation runs in demo mode ({@code MOTCUA_DEMO}: {@code true}, {@code false}, or empty for "on
 * with the embedded database, off with an external one").
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${motcua.demo.enabled:}") String setting, DatabaseProperties database) {
        this.enabled = decide(setting, database.embedded());
    }

    /**
     * The same decision read straight from the environment, for conditions evaluated before beans exist (e.g. whether
     * the demo e-ID provider's beans are defined at all).
     */
    public static boolean enabledIn(Environment environment) {
        String url = environment.getProperty("motcua.db.url", "");
        return decide(environment.getProperty("motcua.demo.enabled", ""), url.isBlank());
    }

    private static boolean decide(String setting, boolean embeddedDatabase) {
        return setting == null || setting.isBlank() ? embeddedDatabase : Boolean.parseBoolean(setting);
    }

    public boolean enabled() {
        return enabled;
    }
}
