package org.motcua.demo;

import org.motcua.database.DatabaseProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the installation runs in demo mode ({@code MOTCUA_DEMO}: {@code true}, {@code false}, or empty for "on
 * with the embedded database, off with an external one").
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${motcua.demo.enabled:}") String setting, DatabaseProperties database) {
        this.enabled = setting == null || setting.isBlank() ? database.embedded() : Boolean.parseBoolean(setting);
    }

    public boolean enabled() {
        return enabled;
    }
}
