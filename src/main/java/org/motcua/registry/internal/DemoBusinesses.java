package org.motcua.registry.internal;

import org.motcua.registry.BusinessKind;
import org.motcua.registry.BusinessRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enterprises (about 37%), their branches (about 3%) and household businesses (about 60%), represented by living adult
 * residents; household businesses are run by a resident of their unit. Names are unique, as the law requires of
 * enterprises; industries are VSIC 2018 lines.
 */
final class DemoBusinesses {

    private record Sector(String label, List<String> industries) {
    }

    private static final List<Sector> ENTERPRISE_SECTORS = List.of(
            new Sector("Thương mại Dịch vụ", List.of("4649 Bán buôn đồ dùng khác cho gia đình",
                    "4669 Bán buôn chuyên doanh khác chưa được phân vào đâu",
                    "8299 Hoạt động dịch vụ hỗ trợ kinh doanh khác còn lại chưa được phân vào đâu")),
            new Sector("Xây dựng", List.of("4100 Xây dựng nhà các loại",
                    "4290 Xây dựng công trình kỹ thuật dân dụng khác", "4330 Hoàn thiện công trình xây dựng")),
            new Sector("Công nghệ Thông tin", List.of("6201 Lập trình máy vi tính",
                    "6202 Tư vấn máy vi tính và quản trị hệ thống máy vi tính",
                    "6311 Xử lý dữ liệu, cho thuê và các hoạt động liên quan")),
            new Sector("Thực phẩm", List.of("1079 Sản xuất thực phẩm khác chưa được phân vào đâu",
                    "4632 Bán buôn thực phẩm", "5610 Nhà hàng và các dịch vụ ăn uống phục vụ lưu động")),
            new Sector("Vận tải", List.of("4933 Vận tải hàng hóa bằng đường bộ", "5210 Kho bãi và lưu giữ hàng hóa",
                    "5229 Hoạt động dịch vụ hỗ trợ khác liên quan đến vận tải")),
            new Sector("Du lịch", List.of("7912 Điều hành tua du lịch", "7911 Đại lý du lịch",
                    "5510 Dịch vụ lưu trú ngắn ngày")),
            new Sector("May mặc", List.of("1410 May trang phục (trừ trang phục từ da lông thú)",
                    "4641 Bán buôn vải, hàng may sẵn, giày dép")),
            new Sector("Bất động sản", List.of("6810 Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ sở hữu, chủ "
                    + "sử dụng hoặc đi thuê", "6820 Tư vấn, môi giới, đấu giá bất động sản, đấu giá quyền sử dụng đất")),
            new Sector("Giáo dục", List.of("8559 Giáo dục khác chưa được phân vào đâu", "8560 Dịch vụ hỗ trợ giáo dục")),
            new Sector("Dược phẩm", List.of("4772 Bán lẻ thuốc, dụng cụ y tế, mỹ phẩm và vật phẩm vệ sinh trong các "
                    + "cửa hàng chuyên doanh", "2100 Sản xuất thuốc, hoá dược và dược liệu")),
            new Sector("Cơ khí", List.of("2592 Gia công cơ khí; xử lý và tráng phủ kim loại",
                    "3312 Sửa chữa máy móc, thiết bị")),
            new Sector("Nội thất", List.of("3100 Sản xuất giường, tủ, bàn, ghế",
                    "1629 Sản xuất sản phẩm khác từ gỗ; sản xuất sản phẩm từ tre, nứa, rơm, rạ và vật liệu tết bện")));
    private static final List<Sector> SHOPS = List.of(
            new Sector("Tạp hóa", List.of("4711 Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ "
                    + "trọng lớn trong các cửa hàng kinh doanh tổng hợp")),
            new Sector("Cà phê", List.of("5630 Dịch vụ phục vụ đồ uống")),
            new Sector("Quán cơm", List.of("5610 Nhà hàng và các dịch vụ ăn uống phục vụ lưu động")),
            new Sector("Phở", List.of("5610 Nhà hàng và các dịch vụ ăn uống phục vụ lưu động")),
            new Sector("Sửa xe", List.of("4542 Bảo dưỡng và sửa chữa mô tô, xe máy")),
            new Sector("Tiệm may", List.of("1410 May trang phục (trừ trang phục từ da lông thú)")),
            new Sector("Salon tóc", List.of("9631 Cắt tóc, làm đầu, gội đầu")),
            new Sector("Nhà thuốc", List.of("4772 Bán lẻ thuốc, dụng cụ y tế, mỹ phẩm và vật phẩm vệ sinh trong các "
                    + "cửa hàng chuyên doanh")),
            new Sector("Điện thoại", List.of("4741 Bán lẻ máy vi tính, thiết bị ngoại vi, phần mềm và thiết bị viễn "
                    + "thông trong các cửa hàng chuyên doanh")),
            new Sector("Văn phòng phẩm", List.of("4761 Bán lẻ sách, báo, tạp chí văn phòng phẩm trong các cửa hàng "
                    + "chuyên doanh")),
            new Sector("Trái cây", List.of("4722 Bán lẻ thực phẩm trong các cửa hàng chuyên doanh")),
            new Sector("Nhà trọ", List.of("5510 Dịch vụ lưu trú ngắn ngày")));
    private static final String[] FORMS = {"Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH Một thành viên"};
    private static final String[] TRADE_NAMES = {"Minh Phát", "Thành Công", "Hưng Thịnh", "Phú Gia", "An Khang",
            "Đại Việt", "Sao Mai", "Hoàng Long", "Tân Tiến", "Vạn Phúc", "Nam Việt", "Phương Nam", "Sài Gòn Xanh",
            "Bình Minh", "Thiên Phú", "Kim Ngân", "Hòa Bình", "Trường Sơn", "Tiến Thành", "Phúc Lộc", "Việt Á",
            "Đông Dương", "Ánh Dương", "Hải Âu", "Lam Sơn", "Bến Nghé", "Gia Định", "Đồng Tâm", "Tân Phát",
            "Song Long", "Phước An", "Hồng Hà", "Quang Minh", "Trí Việt", "Hợp Nhất", "Đất Việt", "Nhật Minh",
            "Bảo An", "Vĩnh Thịnh", "Khánh An"};
    private static final String[] STATUSES = {"active", "suspended", "dissolved"};
    private static final int[] STATUS_WEIGHTS = {85, 8, 7};

    private final DemoRandom random;
    private final DemoIds ids;
    private final List<WardUnit> units;
    private final List<DemoResident> adults;
    private final Map<String, List<DemoResident>> adultsByUnit = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    final List<BusinessRecord> businesses = new ArrayList<>();

    DemoBusinesses(DemoRandom random, DemoIds ids, List<WardUnit> units, List<DemoResident> residents) {
        this.random = random;
        this.ids = ids;
        this.units = units;
        this.adults = residents.stream()
                .filter(r -> r.diedOn == null && r.demoRole == null && r.ageOn(DemoFamilies.AS_OF) >= 20).toList();
        adults.forEach(a -> adultsByUnit.computeIfAbsent(a.unitSlug, k -> new ArrayList<>()).add(a));
    }

    /** Adds a business fixed in advance (the featured demo people's). */
    void add(BusinessRecord business) {
        ids.reserve(business.taxCode());
        names.add(business.name());
        businesses.add(business);
    }

    void generate(int count) {
        int branches = count / 33;
        int enterprises = count * 37 / 100;
        List<BusinessRecord> parents = new ArrayList<>();
        while (businesses.size() < count) {
            int made = businesses.size();
            if (made < enterprises) {
                parents.add(enterprise());
            } else if (made < enterprises + branches && !parents.isEmpty()) {
                branch(random.pick(parents));
            } else {
                householdBusiness();
            }
        }
    }

    private BusinessRecord enterprise() {
        Sector sector = random.pick(ENTERPRISE_SECTORS);
        String name;
        do {
            name = random.pick(FORMS) + " " + sector.label() + " " + random.pick(TRADE_NAMES)
                    + (names.size() > 1000 && random.chance(0.5) ? " " + random.pick(TRADE_NAMES) : "");
        } while (!names.add(name));
        WardUnit unit = random.pick(units);
        DemoResident representative = random.pick(adults);
        int lines = random.between(1, sector.industries().size());
        BusinessRecord business = new BusinessRecord(ids.enterpriseTaxCode(), BusinessKind.ENTERPRISE, name,
                representative.personalId, representative.fullName, DemoAddresses.address(random, unit), unit.slug(),
                since(representative, 1995), random.weighted(STATUSES, STATUS_WEIGHTS),
                sector.industries().subList(0, lines));
        businesses.add(business);
        return business;
    }

    /** A registration day from {@code fromYear}, once the person was at least 20. */
    private LocalDate since(DemoResident person, int fromYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate adult = person.birthDate.plusYears(20);
        return random.day(adult.isAfter(from) ? adult : from, DemoFamilies.AS_OF);
    }

    private void branch(BusinessRecord parent) {
        long existing = businesses.stream().filter(b -> b.taxCode().startsWith(parent.taxCode() + "-")).count();
        WardUnit unit = random.pick(units);
        DemoResident head = random.pick(adults);
        LocalDate from = parent.registeredOn().plusMonths(6);
        String name = "Chi nhánh " + parent.name() + " tại " + unit.name();
        if (!names.add(name)) {
            return;
        }
        businesses.add(new BusinessRecord(String.format("%s-%03d", parent.taxCode(), existing + 1),
                BusinessKind.ENTERPRISE, name, head.personalId, head.fullName, DemoAddresses.address(random, unit),
                unit.slug(), random.day(from, DemoFamilies.AS_OF), "dissolved".equals(parent.status())
                ? "dissolved" : random.weighted(STATUSES, STATUS_WEIGHTS), parent.industries()));
    }

    private void householdBusiness() {
        WardUnit unit = random.pick(units);
        List<DemoResident> local = adultsByUnit.getOrDefault(unit.slug(), adults);
        DemoResident owner = random.pick(local.isEmpty() ? adults : local);
        Sector shop = random.pick(SHOPS);
        String name = "Hộ kinh doanh " + shop.label() + " " + DemoNames.shortOf(owner.fullName);
        if (!names.add(name)) {
            name = "Hộ kinh doanh " + shop.label() + " " + owner.fullName;
            if (!names.add(name)) {
                return;
            }
        }
        boolean atHome = random.chance(0.6);
        businesses.add(new BusinessRecord(ids.householdBusinessTaxCode(), BusinessKind.HOUSEHOLD_BUSINESS, name,
                owner.personalId, owner.fullName,
                atHome ? owner.permanentResidence : DemoAddresses.address(random, unit),
                atHome ? owner.unitSlug : unit.slug(), since(owner, 2005),
                random.weighted(STATUSES, STATUS_WEIGHTS), shop.industries()));
    }
}
