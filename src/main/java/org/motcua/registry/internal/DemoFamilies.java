package org.motcua.registry.internal;

import org.motcua.registry.CivilStatusKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds households of related residents and their civil-status records: couples married to each other (a MARRIAGE
 * record), children born after the marriage to the couple (a BIRTH record naming both parents, registered where the
 * family lives), grandparents, and deaths (a DEATH record; the deceased leave the household and their spouse is
 * widowed). People of the first generation were born elsewhere or before the register: they have no BIRTH record and
 * their parents are known by name only.
 */
final class DemoFamilies {

    /** Every date is generated relative to this fixed day, so a seed gives the same people whenever it runs. */
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private final DemoRandom random;
    private final DemoIds ids;
    private final List<WardUnit> units;
    final List<DemoResident> residents = new ArrayList<>();
    final List<DemoHousehold> households = new ArrayList<>();
    final List<DemoCivilRecord> records = new ArrayList<>();
    private final Map<String, Integer> registerNumbers = new HashMap<>();
    private final Map<String, Integer> householdSizes = new HashMap<>();
    private final Map<String, DemoResident> byId = new HashMap<>();
    private int recordCount;

    DemoFamilies(DemoRandom random, DemoIds ids, List<WardUnit> units) {
        this.random = random;
        this.ids = ids;
        this.units = units;
    }

    /** One random household in {@code unit}: a family, three generations, a single person or a young couple. */
    void household(WardUnit unit) {
        double kind = random.unit();
        if (kind < 0.50) {
            family(unit, random.dayIn(1950, 1998), 0.15);
        } else if (kind < 0.70) {
            threeGenerations(unit);
        } else if (kind < 0.85) {
            single(unit);
        } else {
            youngCouple(unit);
        }
    }

    private void family(WardUnit unit, LocalDate husbandBorn, double deathChance) {
        DemoResident husband = firstGeneration("male", husbandBorn, null);
        DemoResident wife = firstGeneration("female", wifeBorn(husbandBorn), null);
        LocalDate married = marriageDay(husband, wife, 8);
        marry(husband, wife, married, unit);
        List<DemoResident> children = children(husband, wife, married, unit);
        LocalDate lastEvent = children.isEmpty() ? married : children.get(children.size() - 1).birthDate;
        if (husbandBorn.getYear() < 1965 && random.chance(deathChance)) {
            LocalDate died = random.day(lastEvent.plusYears(2), AS_OF.minusDays(20));
            if (died.isAfter(lastEvent.plusYears(1))) {
                die(random.chance(0.7) ? husband : wife, died, unit);
            }
        }
        String address = DemoAddresses.address(random, unit);
        DemoResident head = !husband.livingOn(AS_OF) ? wife : !wife.livingOn(AS_OF) || random.chance(0.8) ? husband
                : wife;
        String householdId = newHousehold(unit, address, head);
        DemoResident spouse = head == husband ? wife : husband;
        joinIfLiving(householdId, spouse, spouse.male() ? "husband" : "wife", address, unit);
        children.forEach(c -> join(householdId, c, c.male() ? "son" : "daughter", address, unit));
    }

    private void threeGenerations(WardUnit unit) {
        DemoResident grandfather = firstGeneration("male", random.dayIn(1938, 1960), null);
        DemoResident grandmother = firstGeneration("female", wifeBorn(grandfather.birthDate), null);
        LocalDate gpMarried = marriageDay(grandfather, grandmother, 6);
        marry(grandfather, grandmother, gpMarried, unit);
        DemoResident son = child(grandfather, grandmother, random.day(gpMarried.plusMonths(10),
                gpMarried.plusYears(5)), unit, "male");
        DemoResident wife = null;
        List<DemoResident> grandchildren = List.of();
        if (son.ageOn(AS_OF) >= 23) {
            wife = firstGeneration("female", wifeBorn(son.birthDate), null);
            LocalDate married = marriageDay(son, wife, 6);
            marry(son, wife, married, unit);
            grandchildren = children(son, wife, married, unit);
        }
        LocalDate adultSon = son.birthDate.plusYears(20);
        if (random.chance(0.4)) {
            die(grandfather, random.day(adultSon, AS_OF.minusDays(20)), unit);
        }
        if (random.chance(0.2)) {
            die(grandmother, random.day(adultSon, AS_OF.minusDays(20)), unit);
        }
        String address = DemoAddresses.address(random, unit);
        boolean grandfatherHead = grandfather.livingOn(AS_OF) && random.chance(0.3);
        String householdId = newHousehold(unit, address, grandfatherHead ? grandfather : son);
        if (grandfatherHead) {
            joinIfLiving(householdId, grandmother, "wife", address, unit);
            join(householdId, son, "son", address, unit);
            if (wife != null) {
                join(householdId, wife, "daughter_in_law", address, unit);
            }
            grandchildren.forEach(c -> join(householdId, c, "grandchild", address, unit));
        } else {
            joinIfLiving(householdId, grandfather, "father", address, unit);
            joinIfLiving(householdId, grandmother, "mother", address, unit);
            if (wife != null) {
                join(householdId, wife, "wife", address, unit);
            }
            grandchildren.forEach(c -> join(householdId, c, c.male() ? "son" : "daughter", address, unit));
        }
    }

    private void single(WardUnit unit) {
        DemoResident person = firstGeneration(random.chance(0.5) ? "male" : "female", random.dayIn(1950, 2004), null);
        newHousehold(unit, DemoAddresses.address(random, unit), person);
    }

    private void youngCouple(WardUnit unit) {
        DemoResident husband = firstGeneration("male", random.dayIn(1990, 2001), null);
        DemoResident wife = firstGeneration("female", wifeBorn(husband.birthDate), null);
        LocalDate earliest = latest(husband.birthDate.plusYears(20), wife.birthDate.plusYears(18), AS_OF.minusYears(6));
        marry(husband, wife, random.day(earliest, AS_OF.minusDays(30)), unit);
        String address = DemoAddresses.address(random, unit);
        String householdId = newHousehold(unit, address, husband);
        join(householdId, wife, "wife", address, unit);
    }

    // building blocks, also used for the featured demo people

    /** Someone born elsewhere or before the register: no BIRTH record, parents known by name. */
    DemoResident firstGeneration(String sex, LocalDate born, String personalId) {
        String family = DemoNames.family(random);
        DemoResident person = add(personalId, DemoNames.full(random, family, sex), born, sex);
        person.fatherName = DemoNames.full(random, family, "male");
        person.motherName = DemoNames.full(random, DemoNames.family(random), "female");
        person.hometown = DemoAddresses.hometown(random);
        return person;
    }

    /** Adds a resident with the given or a new personal ID number. */
    DemoResident add(String personalId, String fullName, LocalDate born, String sex) {
        String id = personalId != null ? personalId : ids.personalId(born, sex);
        DemoResident person = new DemoResident(id, fullName, born, sex);
        residents.add(person);
        byId.put(id, person);
        return person;
    }

    String newHousehold(WardUnit unit, String address, DemoResident head) {
        String householdId = "H079-" + DemoIds.pad(households.size() + 1, 8);
        households.add(new DemoHousehold(householdId, head.personalId, address, unit.slug()));
        join(householdId, head, "head", address, unit);
        return householdId;
    }

    void join(String householdId, DemoResident person, String relationship, String address, WardUnit unit) {
        int seq = householdSizes.merge(householdId, 1, Integer::sum);
        person.householdId = householdId;
        person.householdSeq = seq;
        person.relationshipToHead = relationship;
        place(person, address, unit);
    }

    private void joinIfLiving(String householdId, DemoResident person, String relationship, String address,
                              WardUnit unit) {
        if (person.livingOn(AS_OF)) {
            join(householdId, person, relationship, address, unit);
        } else {
            place(person, address, unit);
        }
    }

    /** Permanent residence; most adults of the first generation live there, some elsewhere in the city. */
    private void place(DemoResident person, String address, WardUnit unit) {
        person.permanentResidence = address;
        person.unitSlug = unit.slug();
        boolean movedOut = person.fatherId == null && person.livingOn(AS_OF)
                && !DemoFeatured.PERSONAL_IDS.contains(person.personalId) && random.chance(0.08);
        person.currentResidence = movedOut ? DemoAddresses.address(random, random.pick(units)) : address;
    }

    void marry(DemoResident husband, DemoResident wife, LocalDate on, WardUnit unit) {
        husband.spouseId = wife.personalId;
        husband.spouseName = wife.fullName;
        wife.spouseId = husband.personalId;
        wife.spouseName = husband.fullName;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("husbandPersonalId", husband.personalId);
        details.put("husbandName", husband.fullName);
        details.put("husbandBirthDate", husband.birthDate.toString());
        details.put("wifePersonalId", wife.personalId);
        details.put("wifeName", wife.fullName);
        details.put("wifeBirthDate", wife.birthDate.toString());
        record(CivilStatusKind.MARRIAGE, on, unit, List.of(husband.personalId, wife.personalId), details);
    }

    /** Children of a couple, born after the marriage while the mother is under 43. */
    private List<DemoResident> children(DemoResident father, DemoResident mother, LocalDate married, WardUnit unit) {
        int count = random.weighted(new Integer[]{0, 1, 2, 3}, new int[]{10, 30, 40, 20});
        List<DemoResident> children = new ArrayList<>();
        LocalDate next = married.plusDays(random.between(300, 1100));
        for (int i = 0; i < count; i++) {
            if (next.isAfter(AS_OF.minusDays(30)) || mother.ageOn(next) > 42) {
                break;
            }
            children.add(child(father, mother, next, unit, random.chance(0.51) ? "male" : "female"));
            next = next.plusDays(random.between(500, 2000));
        }
        return children;
    }

    DemoResident child(DemoResident father, DemoResident mother, LocalDate born, WardUnit unit, String sex) {
        String family = DemoNames.familyOf(father.fullName);
        return child(father, mother, born, unit, null, DemoNames.full(random, family, sex), sex);
    }

    DemoResident child(DemoResident father, DemoResident mother, LocalDate born, WardUnit unit, String personalId,
                       String fullName, String sex) {
        DemoResident child = add(personalId, fullName, born, sex);
        child.fatherId = father.personalId;
        child.fatherName = father.fullName;
        child.motherId = mother.personalId;
        child.motherName = mother.fullName;
        child.hometown = father.hometown;
        birthRecord(child, born, unit, child.fullName, born.plusDays(random.between(3, 55)));
        return child;
    }

    void birthRecord(DemoResident child, LocalDate born, WardUnit unit, String registeredName, LocalDate registeredOn) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("childName", registeredName);
        details.put("sex", child.sex);
        details.put("birthDate", born.toString());
        details.put("placeOfBirth", DemoAddresses.hospital(random));
        if (child.fatherName != null) {
            details.put("fatherName", child.fatherName);
        }
        if (child.fatherId != null) {
            details.put("fatherPersonalId", child.fatherId);
        }
        if (child.motherName != null) {
            details.put("motherName", child.motherName);
        }
        if (child.motherId != null) {
            details.put("motherPersonalId", child.motherId);
        }
        record(CivilStatusKind.BIRTH, earliest(registeredOn, AS_OF), unit, List.of(child.personalId), details);
    }

    /** The person dies: a DEATH record, they leave the household, their spouse is widowed. */
    void die(DemoResident person, LocalDate on, WardUnit unit) {
        person.diedOn = on;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("deceasedName", person.fullName);
        details.put("deceasedBirthDate", person.birthDate.toString());
        details.put("dateOfDeath", on.toString());
        details.put("placeOfDeath", random.chance(0.5) ? DemoAddresses.hospital(random) : "Tại nhà riêng");
        record(CivilStatusKind.DEATH, earliest(on.plusDays(random.between(1, 14)), AS_OF), unit,
                List.of(person.personalId), details);
        DemoResident spouse = person.spouseId == null ? null : byId.get(person.spouseId);
        if (spouse != null) {
            spouse.spouseId = null;
            spouse.spouseName = null;
        }
    }

    private void record(CivilStatusKind kind, LocalDate on, WardUnit unit, List<String> subjects,
                        Map<String, String> details) {
        int number = registerNumbers.merge(unit.slug() + "|" + kind + "|" + on.getYear(), 1, Integer::sum);
        String prefix = switch (kind) {
            case BIRTH -> "KS";
            case MARRIAGE -> "KH";
            case DEATH -> "KT";
        };
        records.add(new DemoCivilRecord(prefix + "-" + on.getYear() + "-" + DemoIds.pad(++recordCount, 6), kind,
                number + "/" + on.getYear(), on, unit.slug(), subjects, Map.copyOf(details)));
    }

    private LocalDate wifeBorn(LocalDate husbandBorn) {
        LocalDate born = husbandBorn.plusDays(random.between(-700, 2200));
        return earliest(born, LocalDate.of(2005, 12, 31));
    }

    /** Both of legal age (man 20, woman 18), within {@code years} of that. */
    private LocalDate marriageDay(DemoResident husband, DemoResident wife, int years) {
        LocalDate from = latest(husband.birthDate.plusYears(20), wife.birthDate.plusYears(18));
        return random.day(from, earliest(from.plusYears(years), AS_OF.minusDays(30)));
    }

    private static LocalDate latest(LocalDate... days) {
        LocalDate max = days[0];
        for (LocalDate d : days) {
            max = d.isAfter(max) ? d : max;
        }
        return max;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
