package org.motcua.registry.internal;

import java.time.LocalDate;

/** One generated resident, filled in while the generator builds families; a row of {@code registry_person}. */
final class DemoResident {

    final String personalId;
    final String fullName;
    final LocalDate birthDate;
    final String sex;
    String permanentResidence;
    String currentResidence;
    String hometown;
    String unitSlug;
    String householdId;
    int householdSeq;
    String relationshipToHead;
    String fatherId;
    String fatherName;
    String motherId;
    String motherName;
    String spouseId;
    String spouseName;
    LocalDate diedOn;
    String demoRole;

    DemoResident(String personalId, String fullName, LocalDate birthDate, String sex) {
        this.personalId = personalId;
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    boolean male() {
        return "male".equals(sex);
    }

    boolean livingOn(LocalDate day) {
        return diedOn == null || diedOn.isAfter(day);
    }

    int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
