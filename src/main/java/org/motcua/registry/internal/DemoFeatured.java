package org.motcua.registry.internal;

import org.motcua.registry.BusinessKind;
import org.motcua.registry.BusinessRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The featured demo people of {@code docs/demo-data.md}: fixed names, numbers and stories, the same whatever the seed.
 * Change them only together with that document.
 */
final class DemoFeatured {

    static final String YOUNG_HUSBAND = "079096001234";
    static final String YOUNG_WIFE = "079198004321";
    static final String HUSBANDS_FATHER = "079068005678";
    static final String HUSBANDS_MOTHER = "079170008765";
    static final String IDENTITY_MISMATCH = "079175003121";
    static final String REGISTRY_OUTAGE = "079088007007";
    static final String WIDOW = "079152001952";
    static final String LATE_HUSBAND = "079049001949";
    static final String WIDOWS_SON = "079075009909";
    static final String BUSINESS_OWNER = "079085005520";
    static final String ENTERPRISE = "0312345678";
    static final String HOUSEHOLD_BUSINESS = "8012345678";

    static final List<String> PERSONAL_IDS = List.of(YOUNG_HUSBAND, YOUNG_WIFE, HUSBANDS_FATHER, HUSBANDS_MOTHER,
            IDENTITY_MISMATCH, REGISTRY_OUTAGE, WIDOW, LATE_HUSBAND, WIDOWS_SON, BUSINESS_OWNER);

    private DemoFeatured() {
    }

    static void people(DemoFamilies families, Map<String, WardUnit> units) {
        youngCouple(families, unit(units, "sai-gon"), unit(units, "tan-dinh"));
        identityMismatch(families, unit(units, "cho-lon"));
        registryOutage(families, unit(units, "binh-thanh"));
        widow(families, unit(units, "cu-chi"));
        businessOwner(families, unit(units, "ben-thanh"));
    }

    /** A young couple in Phường Sài Gòn, married in 2023; their newborn is not registered yet. */
    private static void youngCouple(DemoFamilies f, WardUnit saiGon, WardUnit tanDinh) {
        DemoResident father = person(f, HUSBANDS_FATHER, "Trần Văn Hùng", "1968-02-03", "male",
                "Trần Văn Lực", "Nguyễn Thị Mơ", "Tỉnh Nghệ An");
        DemoResident mother = person(f, HUSBANDS_MOTHER, "Phạm Thị Lan", "1970-10-20", "female",
                "Phạm Văn Toàn", "Lê Thị Hoa", "Thành phố Hồ Chí Minh");
        f.marry(father, mother, LocalDate.parse("1994-05-15"), tanDinh);
        DemoResident husband = f.child(father, mother, LocalDate.parse("1996-04-12"), tanDinh, YOUNG_HUSBAND,
                "Trần Minh Khang", "male");
        husband.demoRole = "young-husband";
        String parents = address(tanDinh, "18 Trần Quang Khải");
        String household = f.newHousehold(tanDinh, parents, father);
        f.join(household, mother, "wife", parents, tanDinh);

        DemoResident wife = person(f, YOUNG_WIFE, "Lê Thị Ngọc Hân", "1998-09-25", "female", "Lê Văn Thành",
                "Đỗ Thị Ngọc Anh", "Tỉnh Đồng Tháp");
        wife.demoRole = "young-wife";
        f.marry(husband, wife, LocalDate.parse("2023-11-18"), saiGon);
        String home = address(saiGon, "25 Lý Tự Trọng");
        String couple = f.newHousehold(saiGon, home, husband);
        f.join(couple, wife, "wife", home, saiGon);
    }

    /** The population and civil-status registries disagree on her name and birth date. */
    private static void identityMismatch(DemoFamilies f, WardUnit choLon) {
        DemoResident mai = person(f, IDENTITY_MISMATCH, "Huỳnh Thị Mai", "1975-03-12", "female", "Huỳnh Văn Tư",
                "Lâm Thị Sáu", "Tỉnh An Giang");
        mai.demoRole = "identity-mismatch";
        f.birthRecord(mai, LocalDate.parse("1975-12-03"), choLon, "Hoàng Thị Mai", LocalDate.parse("2015-06-10"));
        String home = address(choLon, "112 Châu Văn Liêm");
        f.newHousehold(choLon, home, mai);
    }

    /** In demo mode the registries are "down" for him: every read of his data is unavailable. */
    private static void registryOutage(DemoFamilies f, WardUnit binhThanh) {
        DemoResident bao = person(f, REGISTRY_OUTAGE, "Phạm Quốc Bảo", "1988-07-07", "male", "Phạm Văn Hiếu",
                "Trương Thị Kim", "Tỉnh Vĩnh Long");
        bao.demoRole = DemoRegistryStore.OUTAGE;
        f.newHousehold(binhThanh, address(binhThanh, "57 Xô Viết Nghệ Tĩnh"), bao);
    }

    /** Her husband died in 2024 (a DEATH record); she lives with their son. */
    private static void widow(DemoFamilies f, WardUnit cuChi) {
        DemoResident husband = person(f, LATE_HUSBAND, "Đặng Văn Sáu", "1949-06-01", "male", "Đặng Văn Bảy",
                "Trần Thị Tám", "Thành phố Hồ Chí Minh");
        DemoResident tuyet = person(f, WIDOW, "Võ Thị Tuyết", "1952-02-14", "female", "Võ Văn Nhì", "Ngô Thị Ba",
                "Tỉnh Tây Ninh");
        tuyet.demoRole = "widow";
        f.marry(husband, tuyet, LocalDate.parse("1972-01-20"), cuChi);
        DemoResident son = f.child(husband, tuyet, LocalDate.parse("1975-09-09"), cuChi, WIDOWS_SON,
                "Đặng Văn Lợi", "male");
        f.die(husband, LocalDate.parse("2024-08-30"), cuChi);
        String home = "215, Tổ 4, Ấp 2, " + cuChi.name() + ", " + DemoAddresses.CITY;
        String household = f.newHousehold(cuChi, home, tuyet);
        f.join(household, son, "son", home, cuChi);
        husband.permanentResidence = home;
        husband.currentResidence = home;
        husband.unitSlug = cuChi.slug();
    }

    private static void businessOwner(DemoFamilies f, WardUnit benThanh) {
        DemoResident tung = person(f, BUSINESS_OWNER, "Bùi Thanh Tùng", "1985-05-20", "male", "Bùi Văn Khải",
                "Hồ Thị Lệ", "Tỉnh Quảng Ngãi");
        tung.demoRole = "business-owner";
        f.newHousehold(benThanh, address(benThanh, "48 Lê Thánh Tôn"), tung);
    }

    static void businesses(DemoBusinesses businesses, Map<String, WardUnit> units) {
        WardUnit benThanh = unit(units, "ben-thanh");
        businesses.add(new BusinessRecord(ENTERPRISE, BusinessKind.ENTERPRISE,
                "Công ty TNHH Thương mại Dịch vụ Bến Thành Xanh", BUSINESS_OWNER, "Bùi Thanh Tùng",
                address(benThanh, "60 Lê Thánh Tôn"), benThanh.slug(), LocalDate.parse("2016-03-08"), "active",
                List.of("4649 Bán buôn đồ dùng khác cho gia đình", "5630 Dịch vụ phục vụ đồ uống")));
        businesses.add(new BusinessRecord(HOUSEHOLD_BUSINESS, BusinessKind.HOUSEHOLD_BUSINESS,
                "Hộ kinh doanh Cà phê Thanh Tùng", BUSINESS_OWNER, "Bùi Thanh Tùng",
                address(benThanh, "48 Lê Thánh Tôn"), benThanh.slug(), LocalDate.parse("2012-07-01"), "active",
                List.of("5630 Dịch vụ phục vụ đồ uống")));
    }

    private static DemoResident person(DemoFamilies f, String id, String name, String born, String sex,
                                       String fatherName, String motherName, String hometown) {
        DemoResident person = f.add(id, name, LocalDate.parse(born), sex);
        person.fatherName = fatherName;
        person.motherName = motherName;
        person.hometown = hometown;
        return person;
    }

    private static String address(WardUnit unit, String street) {
        return street + ", " + unit.name() + ", " + DemoAddresses.CITY;
    }

    private static WardUnit unit(Map<String, WardUnit> units, String slug) {
        WardUnit unit = units.get(slug);
        return unit != null ? unit : units.values().iterator().next();
    }
}
