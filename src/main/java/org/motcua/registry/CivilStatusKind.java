package org.motcua.registry;

/** The kinds of civil-status (hộ tịch) records the platform reads. */
public enum CivilStatusKind {
    /** Khai sinh. */
    BIRTH,
    /** Kết hôn. */
    MARRIAGE,
    /** Khai tử. */
    DEATH
}
