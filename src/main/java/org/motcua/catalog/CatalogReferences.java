package org.motcua.catalog;

/** What a procedure definition may refer to: the sectors, the life events and the units of the city. */
public interface CatalogReferences {

    boolean isSector(String slug);

    boolean isLifeEvent(String slug);

    /** The level of the unit with this slug, {@link UnitLevel#NONE} when no unit in force has it. */
    UnitLevel unitLevel(String slug);

    /** Whether a slug names a unit in force, and at which tier. */
    enum UnitLevel {
        NONE, WARD_LEVEL, CITY_LEVEL
    }
}
