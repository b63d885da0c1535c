package org.motcua;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

/**
 * People of the demo population registry that the identity tests log in as, added when the demo data generator has
 * not made them (the registry's own seeder may or may not have run; what it made is kept).
 */
public final class DemoResidents {

    /** A personal ID ending in 3–9: level 2 at the demo e-ID provider. */
    public static final String LEVEL_2 = "079190000017";
    /** A personal ID ending in 0–2: level 1 at the demo e-ID provider. */
    public static final String LEVEL_1 = "079085000021";

    private DemoResidents() {
    }

    public static void ensure(JdbcClient jdbc) {
        add(jdbc, LEVEL_2, "Lê Thị Thu Trang", LocalDate.of(1990, 3, 14), "female", "sai-gon");
        add(jdbc, LEVEL_1, "Phạm Văn Minh", LocalDate.of(1985, 11, 2), "male", "ben-thanh");
    }

    /** The name the registry holds for the person. */
    public static String name(JdbcClient jdbc, String personalId) {
        return jdbc.sql("select full_name from registry_person where personal_id = :id").param("id", personalId)
                .query(String.class).single();
    }

    private static void add(JdbcClient jdbc, String id, String name, LocalDate born, String sex, String unit) {
        String address = "12 Lê Lợi, Phường " + (unit.equals("sai-gon") ? "Sài Gòn" : "Bến Thành")
                + ", Thành phố Hồ Chí Minh";
        jdbc.sql("""
                        insert into registry_person (personal_id, full_name, birth_date, sex, permanent_residence,
                                                     current_residence, unit_slug)
                        values (:id, :name, :born, :sex, :address, :address, :unit)
                        on conflict (personal_id) do nothing""")
                .param("id", id).param("name", name).param("born", born).param("sex", sex)
                .param("address", address).param("unit", unit).update();
    }
}
