package org.motcua.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Addresses, hometowns and places of birth that look like Ho Chi Minh City's. Street names are real: in the central
 * wards they are streets of that ward; elsewhere they come from a pool of the area's streets (the former Ho Chi Minh
 * City, Bình Dương, Bà Rịa–Vũng Tàu) and need not lie in that ward. Communes get hamlet addresses (tổ, ấp), the special
 * zone residential-area ones.
 */
final class DemoAddresses {

    static final String CITY = "Thành phố Hồ Chí Minh";

    private static final Map<String, List<String>> CENTRAL = Map.ofEntries(
            Map.entry("sai-gon", List.of("Lê Lợi", "Đồng Khởi", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Tự Trọng",
                    "Mạc Đĩnh Chi", "Tôn Đức Thắng", "Nguyễn Du", "Pasteur", "Thái Văn Lung")),
            Map.entry("ben-thanh", List.of("Lê Thánh Tôn", "Phạm Ngũ Lão", "Bùi Viện", "Lê Lai", "Nguyễn Thị Nghĩa",
                    "Trần Hưng Đạo", "Nguyễn Trãi", "Tôn Thất Tùng", "Đề Thám")),
            Map.entry("tan-dinh", List.of("Hai Bà Trưng", "Trần Quang Khải", "Trần Nhật Duật", "Đinh Tiên Hoàng",
                    "Nguyễn Hữu Cầu", "Mai Thị Lựu", "Trần Khắc Chân")),
            Map.entry("cho-lon", List.of("Châu Văn Liêm", "Hải Thượng Lãn Ông", "Nguyễn Trãi", "Triệu Quang Phục",
                    "Lương Nhữ Học", "Phùng Hưng", "Trần Hưng Đạo")),
            Map.entry("ban-co", List.of("Nguyễn Đình Chiểu", "Cao Thắng", "Bàn Cờ", "Nguyễn Thiện Thuật",
                    "Điện Biên Phủ", "Vườn Chuối")),
            Map.entry("xuan-hoa", List.of("Võ Văn Tần", "Nam Kỳ Khởi Nghĩa", "Trương Định", "Bà Huyện Thanh Quan",
                    "Nguyễn Thị Minh Khai", "Lê Quý Đôn")),
            Map.entry("phu-nhuan", List.of("Phan Đình Phùng", "Huỳnh Văn Bánh", "Nguyễn Văn Trỗi", "Phan Xích Long",
                    "Hoàng Văn Thụ", "Trần Huy Liệu")),
            Map.entry("go-vap", List.of("Nguyễn Kiệm", "Quang Trung", "Lê Quang Định", "Nguyễn Văn Nghi",
                    "Phạm Ngũ Lão", "Thống Nhất")),
            Map.entry("binh-thanh", List.of("Xô Viết Nghệ Tĩnh", "Bạch Đằng", "Đinh Bộ Lĩnh", "Nơ Trang Long",
                    "Phan Văn Trị", "Điện Biên Phủ")),
            Map.entry("thu-duc", List.of("Võ Văn Ngân", "Kha Vạn Cân", "Đặng Văn Bi", "Hoàng Diệu 2",
                    "Lê Văn Chí", "Tô Ngọc Vân")),
            Map.entry("tan-binh", List.of("Trường Chinh", "Cộng Hòa", "Lý Thường Kiệt", "Âu Cơ", "Lạc Long Quân",
                    "Hoàng Hoa Thám")));

    private static final List<String> HCMC = List.of("Nguyễn Trãi", "Trần Hưng Đạo", "Cách Mạng Tháng Tám",
            "Nguyễn Văn Cừ", "Lý Thường Kiệt", "Nam Kỳ Khởi Nghĩa", "Điện Biên Phủ", "Nguyễn Đình Chiểu", "Lê Văn Sỹ",
            "Hoàng Văn Thụ", "Phan Đăng Lưu", "Nơ Trang Long", "Xô Viết Nghệ Tĩnh", "Phan Văn Trị", "Quang Trung",
            "Nguyễn Oanh", "Lê Đức Thọ", "Phạm Văn Đồng", "Kha Vạn Cân", "Võ Văn Ngân", "Đỗ Xuân Hợp", "Lê Văn Việt",
            "Nguyễn Duy Trinh", "Mai Chí Thọ", "Nguyễn Thị Định", "Huỳnh Tấn Phát", "Nguyễn Hữu Thọ",
            "Nguyễn Văn Linh", "Phạm Hùng", "Tạ Quang Bửu", "Âu Dương Lân", "Hậu Giang", "Kinh Dương Vương",
            "Tên Lửa", "Lũy Bán Bích", "Âu Cơ", "Tân Kỳ Tân Quý", "Trường Chinh", "Cộng Hòa", "Lạc Long Quân",
            "Ba Tháng Hai", "Lê Đại Hành", "Tô Hiến Thành", "Sư Vạn Hạnh", "Nguyễn Tri Phương", "Hùng Vương",
            "An Dương Vương", "Hồng Bàng", "Nguyễn Chí Thanh", "Minh Phụng", "Bình Long", "Lê Trọng Tấn",
            "Nguyễn Kiệm", "Huỳnh Văn Bánh", "Nguyễn Văn Trỗi", "Phan Xích Long", "Tô Ký", "Nguyễn Ảnh Thủ",
            "Hà Huy Giáp", "Lê Văn Khương", "Bùi Minh Trực", "Phạm Thế Hiển", "Dương Bá Trạc");
    private static final List<String> BINH_DUONG = List.of("Đại lộ Bình Dương", "Yersin", "Phú Lợi",
            "Cách Mạng Tháng Tám", "Nguyễn Văn Tiết", "Hùng Vương", "Lê Hồng Phong", "Huỳnh Văn Lũy",
            "Nguyễn Tri Phương", "Mỹ Phước – Tân Vạn", "Nguyễn An Ninh", "Trần Hưng Đạo", "Lý Thường Kiệt",
            "Nguyễn Du", "Thích Quảng Đức", "ĐT743");
    private static final List<String> BA_RIA_VUNG_TAU = List.of("Thùy Vân", "Hạ Long", "Trần Phú", "Lê Lợi",
            "Ba Cu", "Hoàng Hoa Thám", "Nguyễn An Ninh", "Lê Hồng Phong", "30 Tháng 4", "Nguyễn Thanh Đằng",
            "Cách Mạng Tháng Tám", "Võ Thị Sáu", "Nguyễn Hữu Cảnh", "Độc Lập");
    private static final Set<String> BINH_DUONG_WARDS = Set.of("di-an", "tan-dong-hiep", "thuan-an", "thuan-giao",
            "binh-hoa", "lai-thieu", "an-phu", "binh-duong", "chanh-hiep", "thu-dau-mot", "phu-loi", "vinh-tan",
            "binh-co", "tan-uyen", "tan-hiep", "tan-khanh", "phu-an", "tay-nam", "long-nguyen", "ben-cat",
            "chanh-phu-hoa", "hoa-loi", "thoi-hoa", "dong-hoa");
    private static final Set<String> BA_RIA_VUNG_TAU_WARDS = Set.of("vung-tau", "tam-thang", "rach-dua",
            "phuoc-thang", "ba-ria", "long-huong", "tam-long", "phu-my", "tan-thanh", "tan-phuoc", "tan-hai");

    /** The 34 provinces and cities after 1 July 2025, for hometowns (quê quán) outside the city. */
    private static final String[] PROVINCES = {"Thành phố Hà Nội", "Thành phố Huế", "Thành phố Hải Phòng",
            "Thành phố Đà Nẵng", "Thành phố Cần Thơ", "Tỉnh Lai Châu", "Tỉnh Điện Biên", "Tỉnh Sơn La",
            "Tỉnh Lạng Sơn", "Tỉnh Quảng Ninh", "Tỉnh Thanh Hóa", "Tỉnh Nghệ An", "Tỉnh Hà Tĩnh", "Tỉnh Cao Bằng",
            "Tỉnh Tuyên Quang", "Tỉnh Lào Cai", "Tỉnh Thái Nguyên", "Tỉnh Phú Thọ", "Tỉnh Bắc Ninh", "Tỉnh Hưng Yên",
            "Tỉnh Ninh Bình", "Tỉnh Quảng Trị", "Tỉnh Quảng Ngãi", "Tỉnh Gia Lai", "Tỉnh Khánh Hòa",
            "Tỉnh Lâm Đồng", "Tỉnh Đắk Lắk", "Tỉnh Đồng Nai", "Tỉnh Tây Ninh", "Tỉnh Vĩnh Long", "Tỉnh Đồng Tháp",
            "Tỉnh Cà Mau", "Tỉnh An Giang"};
    private static final int[] PROVINCE_WEIGHTS = {4, 3, 2, 3, 4, 1, 1, 1, 1, 1, 5, 6, 4, 1, 1, 1, 2, 2, 2, 3, 4, 3,
            4, 2, 3, 2, 2, 4, 5, 6, 7, 4, 6};
    private static final String[] HOSPITALS = {"Bệnh viện Từ Dũ", "Bệnh viện Hùng Vương",
            "Bệnh viện Nhân dân Gia Định", "Bệnh viện Nhân dân 115", "Bệnh viện Đa khoa Xuyên Á",
            "Bệnh viện Phụ sản Quốc tế Sài Gòn", "Bệnh viện Đa khoa Bà Rịa", "Bệnh viện Đa khoa tỉnh Bình Dương"};

    private DemoAddresses() {
    }

    /** A home or office address in the unit. */
    static String address(DemoRandom random, WardUnit unit) {
        String place = switch (unit.type()) {
            case "commune" -> random.between(1, 450) + ", Tổ " + random.between(1, 15) + ", Ấp "
                    + random.between(1, 9);
            case "special_zone" -> random.between(1, 200) + ", Khu dân cư số " + random.between(1, 10);
            default -> number(random) + " " + random.pick(streets(unit.slug()));
        };
        return place + ", " + unit.name() + ", " + CITY;
    }

    static String hometown(DemoRandom random) {
        return random.chance(0.35) ? CITY : random.weighted(PROVINCES, PROVINCE_WEIGHTS);
    }

    static String hospital(DemoRandom random) {
        return random.pick(HOSPITALS) + ", " + CITY;
    }

    private static String number(DemoRandom random) {
        int house = random.between(1, 350);
        return random.chance(0.35) ? house + "/" + random.between(1, 60) : Integer.toString(house);
    }

    private static final Map<String, List<String>> STREETS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The streets of the unit: its own in the centre, otherwise a fixed handful from its area's pool. */
    static List<String> streets(String slug) {
        return STREETS.computeIfAbsent(slug, DemoAddresses::chooseStreets);
    }

    private static List<String> chooseStreets(String slug) {
        List<String> own = CENTRAL.get(slug);
        if (own != null) {
            return own;
        }
        List<String> pool = BINH_DUONG_WARDS.contains(slug) ? BINH_DUONG
                : BA_RIA_VUNG_TAU_WARDS.contains(slug) ? BA_RIA_VUNG_TAU : HCMC;
        List<String> chosen = new ArrayList<>();
        int start = Math.floorMod(slug.hashCode(), pool.size());
        for (int i = 0; i < pool.size() && chosen.size() < 6; i++) {
            String street = pool.get((start + i * 5) % pool.size());
            if (!chosen.contains(street)) {
                chosen.add(street);
            }
        }
        return List.copyOf(chosen);
    }
}
