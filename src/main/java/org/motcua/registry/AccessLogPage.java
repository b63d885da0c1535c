package org.motcua.registry;

import java.util.List;

/** One page of the registry access log, newest first. */
public record AccessLogPage(List<AccessLogEntry> items, int page, int size, long total) {

    public AccessLogPage {
        items = List.copyOf(items);
    }
}
