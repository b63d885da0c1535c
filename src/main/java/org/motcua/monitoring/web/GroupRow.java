package org.motcua.monitoring.web;

import java.util.List;

/** A group of the service-quality index: its points out of {@code max} and the figures it was computed from. */
public record GroupRow(String key, String labelKey, String score, int max, List<Figure> inputs) {
}
