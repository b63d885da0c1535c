package org.motcua.catalog;

/** The result of a procedure (kết quả thực hiện). */
public record Result(ResultType type, LocalizedText name) {
}
