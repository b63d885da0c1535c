package org.motcua.registry.web;

import java.util.List;

/** One page of "who looked at my data", newest first. */
record DataAccessPage(List<DataAccessView> items, int page, int size, long total) {
}
