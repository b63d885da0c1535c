package org.motcua.registry;

/** Bodies in the JSON of {@code docs/registry-contract.md}, as the data-exchange platform would send them. */
public final class RegistryContractFixtures {

    public static final String PERSONAL_ID = "079190123456";
    public static final String SPOUSE_ID = "079089654321";
    public static final String TAX_CODE = "0301234567";

    private RegistryContractFixtures() {
    }

    public static String person() {
        return """
                {
                  "personalId": "079190123456",
                  "fullName": "Nguyễn Thị Thu Hà",
                  "birthDate": "1990-05-17",
                  "sex": "female",
                  "permanentResidence": "12/4 Nguyễn Trãi, Phường Bến Thành, Thành phố Hồ Chí Minh",
                  "currentResidence": "88 Võ Văn Ngân, Phường Thủ Đức, Thành phố Hồ Chí Minh",
                  "hometown": "Tỉnh Nghệ An",
                  "residenceUnit": "ben-thanh",
                  "household": {
                    "householdId": "H079-00012345",
                    "head": {"personalId": "079089654321", "fullName": "Lê Văn Bình"},
                    "members": [
                      {"personalId": "079089654321", "fullName": "Lê Văn Bình", "relationship": "head"},
                      {"personalId": "079190123456", "fullName": "Nguyễn Thị Thu Hà", "relationship": "wife"}
                    ]
                  },
                  "father": {"personalId": null, "fullName": "Nguyễn Văn Tâm"},
                  "mother": {"fullName": "Phan Thị Lý"},
                  "spouse": {"personalId": "079089654321", "fullName": "Lê Văn Bình"},
                  "assuranceNote": "members the platform does not know are ignored"
                }""";
    }

    public static String civilStatus() {
        return """
                {
                  "personalId": "079190123456",
                  "records": [
                    {"recordId": "KH-2015-000042", "kind": "MARRIAGE", "registrationNumber": "42/2015",
                     "registeredOn": "2015-10-03", "registeredAtUnit": "ben-thanh",
                     "details": {"husbandPersonalId": "079089654321", "husbandName": "Lê Văn Bình",
                                 "wifePersonalId": "079190123456", "wifeName": "Nguyễn Thị Thu Hà"}}
                  ]
                }""";
    }

    public static String business() {
        return """
                {
                  "taxCode": "0301234567",
                  "kind": "ENTERPRISE",
                  "name": "Công ty TNHH Thương mại Dịch vụ Minh Phát",
                  "representative": {"personalId": "079089654321", "fullName": "Lê Văn Bình"},
                  "address": "20 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh",
                  "unit": "sai-gon",
                  "registeredOn": "2012-03-08",
                  "status": "active",
                  "industries": [{"code": "4649", "name": "Bán buôn đồ dùng khác cho gia đình"}]
                }""";
    }
}
