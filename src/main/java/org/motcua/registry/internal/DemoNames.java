package org.motcua.registry.internal;

/** Vietnamese names, family names weighted roughly as common in the south. */
final class DemoNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Vũ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Châu"};
    private static final int[] FAMILY_WEIGHTS = {380, 110, 95, 70, 35, 15, 45, 30, 9, 20, 20, 14, 13, 13, 10, 5, 10, 6,
            6, 5, 3, 3};
    private static final String[] MALE_MIDDLE = {"Văn", "Hữu", "Minh", "Đức", "Quốc", "Thành", "Hoàng", "Gia", "Tuấn",
            "Công", "Thanh", "Anh", "Ngọc", "Xuân"};
    private static final int[] MALE_MIDDLE_WEIGHTS = {40, 8, 10, 6, 6, 5, 4, 5, 3, 3, 4, 3, 2, 1};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bảo", "Phương",
            "Hồng", "Minh", "Thùy", "Diệu"};
    private static final int[] FEMALE_MIDDLE_WEIGHTS = {50, 9, 5, 6, 4, 4, 3, 3, 3, 3, 3, 2};
    private static final String[] MALE_GIVEN = {"An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu",
            "Hùng", "Huy", "Khang", "Khánh", "Khoa", "Kiên", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Nhân", "Phát",
            "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Tiến", "Toàn", "Trí", "Trung",
            "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hòa", "Tâm", "Hậu", "Lâm", "Quân", "Sang", "Tín"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hân", "Hạnh",
            "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhi",
            "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thu", "Thủy", "Trang", "Trâm", "Tuyết", "Uyên",
            "Vân", "Vy", "Xuân", "Yến", "Liên", "Thư", "Duyên"};

    private DemoNames() {
    }

    static String family(DemoRandom random) {
        return random.weighted(FAMILY, FAMILY_WEIGHTS);
    }

    /** Family name, middle name and given name. */
    static String full(DemoRandom random, String family, String sex) {
        boolean male = "male".equals(sex);
        String middle = male ? random.weighted(MALE_MIDDLE, MALE_MIDDLE_WEIGHTS)
                : random.weighted(FEMALE_MIDDLE, FEMALE_MIDDLE_WEIGHTS);
        String given = random.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
        return family + " " + middle + " " + given;
    }

    static String familyOf(String fullName) {
        return fullName.substring(0, fullName.indexOf(' '));
    }

    /** What a shop is called after its owner: "Thu Hà", or just "Hà" for "Nguyễn Thị Hà". */
    static String shortOf(String fullName) {
        String[] words = fullName.split(" ");
        if (words.length < 3) {
            return words[words.length - 1];
        }
        String middle = words[words.length - 2];
        return "Văn".equals(middle) || "Thị".equals(middle) ? words[words.length - 1]
                : middle + " " + words[words.length - 1];
    }
}
