package org.motcua.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the city's units shipped with the platform (reference data, present in every installation). Idempotent: a
 * unit that exists is left as the administrators changed it.
 */
@Component
@Order(10)
class UnitSeeder implements ApplicationRunner {

    /** The two-tier organisation (Resolution 1685/NQ-UBTVQH15) took effect on this day. */
    static final LocalDate TWO_TIER_START = LocalDate.of(2025, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(UnitSeeder.class);

    private final JdbcClient jdbc;

    UnitSeeder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int seq = 0;
        int added = 0;
        for (List<String> row : read("organization/city-bodies.csv")) {
            seq++;
            added += insert(row.get(0), row.get(1), row.get(4), row.get(5), row.get(2).isBlank() ? null : row.get(2),
                    row.get(3), seq, null, null);
        }
        Map<String, double[]> points = new HashMap<>();
        for (List<String> row : read("organization/hcmc-ward-level-units-points.csv")) {
            points.put(row.get(0), new double[]{Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2))});
        }
        String city = "tp-ho-chi-minh";
        for (List<String> row : read("organization/hcmc-ward-level-units.csv")) {
            int wardSeq = Integer.parseInt(row.get(0));
            String slug = row.get(1);
            double[] point = points.get(slug);
            String nameVi = row.get(3);
            added += insert(slug, row.get(2), nameVi, englishName(row.get(2), row.get(4)), city,
                    wardAgencyCode(wardSeq), 100 + wardSeq, point == null ? null : point[0],
                    point == null ? null : point[1]);
        }
        if (added > 0) {
            log.info("Loaded {} units of Ho Chi Minh City", added);
        }
    }

    /**
     * Placeholder electronic identifiers for ward-level units ({@code 000.20.01.H29} …) until the city enters the
     * official ones; they only have to be unique and stable.
     */
    static String wardAgencyCode(int wardSeq) {
        return String.format("000.%02d.%02d.H29", 20 + wardSeq / 100, wardSeq % 100);
    }

    /** "Phuong Sai Gon" → "Sai Gon Ward"; English usage puts the type after the name. */
    private static String englishName(String type, String asciiName) {
        String bare = asciiName.replaceFirst("^(Phuong|Xa|Dac khu) ", "");
        return switch (type) {
            case "ward" -> bare + " Ward";
            case "commune" -> bare + " Commune";
            default -> bare + " Special Zone";
        };
    }

    private int insert(String slug, String type, String nameVi, String nameEn, String parent, String agencyCode,
                       int seq, Double lat, Double lon) {
        return jdbc.sql("""
                        insert into organization_unit (slug, type, name_vi, name_en, parent_slug, agency_code,
                            effective_from, seq, latitude, longitude)
                        values (:slug, :type, :nameVi, :nameEn, :parent, :agencyCode, :from, :seq, :lat, :lon)
                        on conflict (slug) do nothing""")
                .param("slug", slug).param("type", type).param("nameVi", nameVi).param("nameEn", nameEn)
                .param("parent", parent).param("agencyCode", agencyCode).param("from", TWO_TIER_START)
                .param("seq", seq).param("lat", lat).param("lon", lon)
                .update();
    }

    private static List<List<String>> read(String resource) {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> List.of(l.split(",", -1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
