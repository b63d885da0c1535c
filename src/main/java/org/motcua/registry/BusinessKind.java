package org.motcua.registry;

/** What a business registration is for. */
public enum BusinessKind {
    /** Doanh nghiệp (or a branch of one, tax code {@code 0123456789-001}). */
    ENTERPRISE,
    /** Hộ kinh doanh. */
    HOUSEHOLD_BUSINESS
}
