package org.motcua.registry;

/** The featured demo people as docs/demo-data.md documents them. */
final class DemoPeople {

    static final String KHANG = "079096001234";
    static final String HAN = "079198004321";
    static final String KHANGS_FATHER = "079068005678";
    static final String KHANGS_MOTHER = "079170008765";
    static final String MAI_MISMATCH = "079175003121";
    static final String BAO_OUTAGE = "079088007007";
    static final String TUYET_WIDOW = "079152001952";
    static final String SAU_DECEASED = "079049001949";
    static final String TUNG_OWNER = "079085005520";
    static final String TUNG_ENTERPRISE = "0312345678";
    static final String TUNG_HOUSEHOLD_BUSINESS = "8012345678";
    /** A well-formed personal ID number of another province: never in the demo data. */
    static final String NOBODY = "001099000001";

    private DemoPeople() {
    }
}
