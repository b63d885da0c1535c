package org.motcua.monitoring.web;

import java.util.List;

/** A table as exported (CSV, XLSX): a name for the file, column headers and rows of cells. */
record Table(String name, List<String> columns, List<List<Object>> rows) {
}
