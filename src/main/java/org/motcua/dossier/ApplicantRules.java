package org.motcua.dossier;

import org.motcua.problem.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What an applicant's details must look like before a dossier is accepted. */
final class ApplicantRules {

    /** 12 digits: province (3), sex and century (1), year of birth (2), serial (6); no check digit. */
    static final Pattern PERSONAL_ID = Pattern.compile("^[0-9]{12}$");
    /** Enterprise code / tax code: 10 digits, or 10 digits, a hyphen and 3 for a branch. */
    static final Pattern TAX_CODE = Pattern.compile("^[0-9]{10}(-[0-9]{3})?$");
    static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{8,10}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ApplicantRules() {
    }

    static List<FieldProblem> check(Applicant a, LocalDate today) {
        List<FieldProblem> errors = new ArrayList<>();
        if (a == null) {
            errors.add(new FieldProblem("applicant", "is required"));
            return errors;
        }
        boolean person = a.personalId() != null && !a.personalId().isBlank();
        boolean organisation = a.taxCode() != null && !a.taxCode().isBlank();
        if (!person && !organisation) {
            errors.add(new FieldProblem("applicant.personalId", "a personal ID number or a tax code is required"));
        }
        if (person && !PERSONAL_ID.matcher(a.personalId()).matches()) {
            errors.add(new FieldProblem("applicant.personalId", "must be the 12-digit personal identification number"));
        }
        if (organisation && !TAX_CODE.matcher(a.taxCode()).matches()) {
            errors.add(new FieldProblem("applicant.taxCode", "must be 10 digits, or 10 digits-3 digits for a branch"));
        }
        if (a.fullName() == null || a.fullName().isBlank()) {
            errors.add(new FieldProblem("applicant.fullName", "is required"));
        } else if (a.fullName().length() > 200) {
            errors.add(new FieldProblem("applicant.fullName", "at most 200 characters"));
        }
        if (a.dateOfBirth() != null && (a.dateOfBirth().isAfter(today) || a.dateOfBirth().getYear() < 1900)) {
            errors.add(new FieldProblem("applicant.dateOfBirth", "must be a real date of birth in the past"));
        }
        if (a.phone() != null && !a.phone().isBlank() && !PHONE.matcher(a.phone().replace(" ", "")).matches()) {
            errors.add(new FieldProblem("applicant.phone", "must be a Vietnamese phone number such as 0912345678"));
        }
        if (a.email() != null && !a.email().isBlank() && (a.email().length() > 254 || !EMAIL.matcher(a.email()).matches())) {
            errors.add(new FieldProblem("applicant.email", "must be an e-mail address"));
        }
        if (a.address() != null && a.address().length() > 500) {
            errors.add(new FieldProblem("applicant.address", "at most 500 characters"));
        }
        return errors;
    }

    static Applicant normalised(Applicant a) {
        return new Applicant(blankToNull(a.personalId()), blankToNull(a.taxCode()), a.fullName().strip(),
                a.dateOfBirth(), a.phone() == null || a.phone().isBlank() ? null : a.phone().replace(" ", ""),
                blankToNull(a.email()), blankToNull(a.address()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
