package org.motcua.organization.web;

/** The answers of the new-unit form, kept when it is shown again with errors. */
public record NewUnitForm(String slug, String type, String name, String nameEn, String agencyCode,
                          String effectiveFrom) {
}
