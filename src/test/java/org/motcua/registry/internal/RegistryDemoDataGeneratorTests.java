package org.motcua.registry.internal;

import org.junit.jupiter.api.Test;
import org.motcua.registry.BusinessKind;
import org.motcua.registry.BusinessRecord;
import org.motcua.registry.CivilStatusKind;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data generator: deterministic, national formats, consistent families. */
class RegistryDemoDataGeneratorTests {

    private static final Pattern PERSONAL_ID = Pattern.compile("^079[0-3][0-9]{8}$");
    private static final Set<String> FAMILY_NAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Châu");

    private final DemoData data = DemoDataFixtures.standard();
    private final Map<String, DemoResident> byId = data.residents().stream()
            .collect(Collectors.toMap(r -> r.personalId, Function.identity()));

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        // given two runs with the same seed and one with another
        DemoData again = new DemoDataGenerator(DemoDataFixtures.SEED, DemoDataFixtures.units()).generate(20_000, 2_000);
        DemoData other = new DemoDataGenerator(DemoDataFixtures.SEED + 1, DemoDataFixtures.units())
                .generate(20_000, 2_000);

        // then the same seed reproduces every resident, household, record and business
        assertThat(snapshot(again)).isEqualTo(snapshot(data));
        assertThat(again.households()).isEqualTo(data.households());
        assertThat(again.civilRecords()).isEqualTo(data.civilRecords());
        assertThat(again.businesses()).isEqualTo(data.businesses());
        // and another seed gives other people (the featured ones stay)
        assertThat(snapshot(other)).isNotEqualTo(snapshot(data));
        assertThat(other.residents().stream().map(r -> r.personalId))
                .containsAll(DemoFeatured.PERSONAL_IDS);
    }

    @Test
    void personalIdsHaveTheNationalFormatMatchSexAndBirthYearAndAreUnique() {
        Set<String> seen = new HashSet<>();
        for (DemoResident r : data.residents()) {
            assertThat(r.personalId).matches(PERSONAL_ID);
            int century = r.birthDate.getYear() >= 2000 ? 2 : 0;
            int sexCentury = century + (r.male() ? 0 : 1);
            assertThat(r.personalId.charAt(3) - '0').as(r.personalId + " " + r.sex + " " + r.birthDate)
                    .isEqualTo(sexCentury);
            assertThat(r.personalId.substring(4, 6)).isEqualTo(String.format("%02d", r.birthDate.getYear() % 100));
            assertThat(seen.add(r.personalId)).as("unique " + r.personalId).isTrue();
        }
    }

    @Test
    void atLeastTwentyThousandResidentsLiveInHouseholdsInEveryWardLevelUnit() {
        assertThat(data.residents()).hasSizeGreaterThanOrEqualTo(20_000);
        Set<String> unitsWithHouseholds = data.households().stream().map(DemoHousehold::unitSlug)
                .collect(Collectors.toSet());
        assertThat(unitsWithHouseholds).hasSize(168);
        Map<String, DemoHousehold> households = data.households().stream()
                .collect(Collectors.toMap(DemoHousehold::householdId, Function.identity()));
        for (DemoResident r : data.residents()) {
            if (r.diedOn == null) {
                assertThat(r.householdId).as(r.personalId).isNotNull();
                assertThat(households.get(r.householdId).unitSlug()).isEqualTo(r.unitSlug);
            } else {
                assertThat(r.householdId).as("the deceased leave the household").isNull();
            }
        }
        for (DemoHousehold h : data.households()) {
            DemoResident head = byId.get(h.headPersonalId());
            assertThat(head.householdId).isEqualTo(h.householdId());
            assertThat(head.relationshipToHead).isEqualTo("head");
            assertThat(head.diedOn).isNull();
        }
    }

    @Test
    void spousesAreMarriedToEachOtherWithAMarriageRecord() {
        Set<String> marriages = data.civilRecords().stream().filter(c -> c.kind() == CivilStatusKind.MARRIAGE)
                .map(c -> c.subjectIds().get(0) + "+" + c.subjectIds().get(1)).collect(Collectors.toSet());
        long married = 0;
        for (DemoResident r : data.residents()) {
            if (r.spouseId == null || r.diedOn != null) {
                continue;
            }
            married++;
            DemoResident spouse = byId.get(r.spouseId);
            assertThat(spouse.spouseId).isEqualTo(r.personalId);
            assertThat(spouse.sex).isNotEqualTo(r.sex);
            assertThat(r.spouseName).isEqualTo(spouse.fullName);
            DemoResident husband = r.male() ? r : spouse;
            DemoResident wife = r.male() ? spouse : r;
            assertThat(marriages).contains(husband.personalId + "+" + wife.personalId);
        }
        assertThat(married).isGreaterThan(5_000);
    }

    @Test
    void childrenHaveBirthRecordsNamingTheirParentsAndTakeTheirFathersFamilyName() {
        Map<String, DemoCivilRecord> births = data.civilRecords().stream()
                .filter(c -> c.kind() == CivilStatusKind.BIRTH)
                .collect(Collectors.toMap(c -> c.subjectIds().get(0), Function.identity()));
        long children = 0;
        for (DemoResident r : data.residents()) {
            if (r.fatherId == null) {
                continue;
            }
            children++;
            DemoResident father = byId.get(r.fatherId);
            DemoResident mother = byId.get(r.motherId);
            assertThat(father.male()).isTrue();
            assertThat(mother.male()).isFalse();
            assertThat(r.birthDate).isAfter(mother.birthDate.plusYears(17));
            assertThat(DemoNames.familyOf(r.fullName)).isEqualTo(DemoNames.familyOf(father.fullName));
            DemoCivilRecord birth = births.get(r.personalId);
            assertThat(birth).as("birth record of " + r.personalId).isNotNull();
            assertThat(birth.details()).containsEntry("fatherPersonalId", father.personalId)
                    .containsEntry("motherPersonalId", mother.personalId)
                    .containsEntry("birthDate", r.birthDate.toString());
            assertThat(birth.registeredOn()).isAfterOrEqualTo(r.birthDate);
        }
        assertThat(children).isGreaterThan(5_000);
    }

    @Test
    void theDeceasedHaveADeathRecordAndTheirSpouseIsWidowed() {
        Map<String, DemoCivilRecord> deaths = data.civilRecords().stream()
                .filter(c -> c.kind() == CivilStatusKind.DEATH)
                .collect(Collectors.toMap(c -> c.subjectIds().get(0), Function.identity()));
        List<DemoResident> deceased = data.residents().stream().filter(r -> r.diedOn != null).toList();
        assertThat(deceased).hasSizeGreaterThan(300);
        assertThat(deaths).hasSameSizeAs(deceased);
        for (DemoResident r : deceased) {
            assertThat(deaths.get(r.personalId).details()).containsEntry("dateOfDeath", r.diedOn.toString());
            assertThat(r.diedOn).isAfter(r.birthDate).isBeforeOrEqualTo(DemoFamilies.AS_OF);
            if (r.spouseId != null) {
                assertThat(byId.get(r.spouseId).spouseId).as("widowed").isNull();
            }
        }
    }

    @Test
    void twoThousandBusinessesWithTaxCodesAndLivingAdultRepresentatives() {
        assertThat(data.businesses()).hasSize(2_000);
        assertThat(data.businesses().stream().map(BusinessRecord::taxCode).distinct()).hasSize(2_000);
        Map<BusinessKind, Long> kinds = data.businesses().stream()
                .collect(Collectors.groupingBy(BusinessRecord::kind, Collectors.counting()));
        assertThat(kinds.get(BusinessKind.ENTERPRISE)).isBetween(600L, 1000L);
        assertThat(kinds.get(BusinessKind.HOUSEHOLD_BUSINESS)).isBetween(1000L, 1400L);
        for (BusinessRecord b : data.businesses()) {
            assertThat(b.taxCode()).matches(b.kind() == BusinessKind.ENTERPRISE ? "^03[0-9]{8}(-[0-9]{3})?$"
                    : "^8[0-9]{9}$");
            DemoResident representative = byId.get(b.representativePersonalId());
            assertThat(representative).isNotNull();
            assertThat(representative.diedOn).isNull();
            assertThat(representative.fullName).isEqualTo(b.representativeName());
            if (!b.taxCode().contains("-")) {
                assertThat(b.registeredOn()).as("registered by an adult").isAfter(representative.birthDate.plusYears(18));
            }
            assertThat(b.industries()).isNotEmpty().allMatch(i -> i.matches("^[0-9]{4} .+"));
            assertThat(b.address()).endsWith(", Thành phố Hồ Chí Minh");
        }
        assertThat(data.businesses().stream().filter(b -> b.taxCode().contains("-"))).hasSizeGreaterThan(20);
    }

    @Test
    void namesAndAddressesLookVietnamese() {
        Map<String, String> unitNames = DemoDataFixtures.units().stream()
                .collect(Collectors.toMap(WardUnit::slug, WardUnit::name));
        for (DemoResident r : data.residents()) {
            String[] words = r.fullName.split(" ");
            assertThat(words.length).as(r.fullName).isGreaterThanOrEqualTo(3);
            assertThat(FAMILY_NAMES).contains(words[0]);
            assertThat(r.permanentResidence).endsWith(", " + unitNames.get(r.unitSlug) + ", Thành phố Hồ Chí Minh");
        }
        long nguyen = data.residents().stream().filter(r -> r.fullName.startsWith("Nguyễn ")).count();
        assertThat(nguyen).isBetween(data.residents().size() / 5L, data.residents().size() / 2L);
        assertThat(data.residents().stream().filter(r -> "sai-gon".equals(r.unitSlug)).map(r -> r.permanentResidence))
                .allMatch(a -> a.matches("^[0-9/]+ (Lê Lợi|Đồng Khởi|Nguyễn Huệ|Hai Bà Trưng|Lý Tự Trọng|Mạc Đĩnh Chi"
                        + "|Tôn Đức Thắng|Nguyễn Du|Pasteur|Thái Văn Lung), Phường Sài Gòn, Thành phố Hồ Chí Minh$"));
    }

    @Test
    void theFeaturedPeopleTellTheirDocumentedStories() {
        DemoResident husband = byId.get(DemoFeatured.YOUNG_HUSBAND);
        DemoResident wife = byId.get(DemoFeatured.YOUNG_WIFE);
        assertThat(husband.fullName).isEqualTo("Trần Minh Khang");
        assertThat(husband.unitSlug).isEqualTo("sai-gon");
        assertThat(husband.spouseId).isEqualTo(wife.personalId);
        assertThat(wife.householdId).isEqualTo(husband.householdId);
        assertThat(husband.fatherId).isEqualTo(DemoFeatured.HUSBANDS_FATHER);
        assertThat(data.residents()).noneMatch(r -> husband.personalId.equals(r.fatherId));

        DemoResident widow = byId.get(DemoFeatured.WIDOW);
        assertThat(widow.spouseId).isNull();
        assertThat(byId.get(DemoFeatured.LATE_HUSBAND).diedOn).isEqualTo(LocalDate.of(2024, 8, 30));

        DemoCivilRecord mismatch = data.civilRecords().stream()
                .filter(c -> c.subjectIds().contains(DemoFeatured.IDENTITY_MISMATCH)).findFirst().orElseThrow();
        assertThat(mismatch.details()).containsEntry("childName", "Hoàng Thị Mai")
                .containsEntry("birthDate", "1975-12-03");
        assertThat(byId.get(DemoFeatured.IDENTITY_MISMATCH).birthDate).isEqualTo(LocalDate.of(1975, 3, 12));
        assertThat(byId.get(DemoFeatured.REGISTRY_OUTAGE).demoRole).isEqualTo(DemoRegistryStore.OUTAGE);
        assertThat(data.businesses()).anyMatch(b -> b.taxCode().equals(DemoFeatured.ENTERPRISE)
                && b.representativePersonalId().equals(DemoFeatured.BUSINESS_OWNER));
    }

    @Test
    void generatingTheDefaultVolumeTakesUnderASecondOfProcessorTime() {
        // given the default volume; processor time of this thread, so that a busy machine does not distort it
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();

        // when
        DemoData generated = new DemoDataGenerator(8, DemoDataFixtures.units()).generate(20_000, 2_000);

        // then
        long millis = (threads.getCurrentThreadCpuTime() - started) / 1_000_000;
        System.out.println("Generated " + generated.residents().size() + " residents and "
                + generated.businesses().size() + " businesses in " + millis + " ms of processor time");
        assertThat(millis).isLessThan(1_000);
    }

    private static List<String> snapshot(DemoData data) {
        return data.residents().stream().map(r -> String.join("|", r.personalId, r.fullName, r.birthDate.toString(),
                r.sex, r.permanentResidence, r.currentResidence, String.valueOf(r.hometown), r.unitSlug,
                String.valueOf(r.householdId), String.valueOf(r.relationshipToHead), String.valueOf(r.fatherId),
                String.valueOf(r.fatherName), String.valueOf(r.motherId), String.valueOf(r.motherName),
                String.valueOf(r.spouseId), String.valueOf(r.diedOn))).toList();
    }
}
