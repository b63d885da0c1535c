package org.motcua.dossier;

import java.util.LinkedHashMap;
import java.util.Map;

/** Requests used by the dossier tests: real procedures of the shipped catalogue. */
final class DossierFixtures {

    /** Certificate of marital status: 3 working days, ward-level, steps reception → processor → leader → clerk. */
    static final String MARITAL_STATUS = "1.004873.000.00.00.H29";
    /** Judicial record certificate: decided by the city police whatever desk receives it. */
    static final String JUDICIAL_RECORD = "3.000333.000.00.00.H29";

    private DossierFixtures() {
    }

    static Map<String, Object> applicant(String personalId, String name) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("personalId", personalId);
        applicant.put("fullName", name);
        applicant.put("dateOfBirth", "1990-05-17");
        applicant.put("phone", "0912345678");
        applicant.put("email", "hang.nguyen@example.vn");
        applicant.put("address", "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh");
        return applicant;
    }

    static Map<String, Object> maritalStatusAtDesk(String receivingUnit, String competentUnit, String personalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", MARITAL_STATUS);
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", receivingUnit);
        body.put("competentUnit", competentUnit);
        body.put("applicant", applicant(personalId, "Nguyễn Thị Hằng"));
        body.put("form", Map.of("currentStatus", "never-married", "purpose", "marriage"));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** The smallest valid PDF-looking content: the platform checks types by their first bytes. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
