package org.motcua.dossier.forms;

import java.util.Objects;

/**
 * The person or organisation who submitted the dossier (người nộp hồ sơ), as printed on the forms. Only the name is
 * required; absent details are left off the page.
 *
 * @param fullName full name with diacritics, e.g. "Nguyễn Thị Hằng"
 * @param idNumber personal identification number (số định danh cá nhân) or another identity number, or {@code null}
 * @param address  address for correspondence, or {@code null}
 * @param phone    phone number, or {@code null}
 * @param email    e-mail address, or {@code null}
 */
public record PrintedApplicant(String fullName, String idNumber, String address, String phone, String email) {

    public PrintedApplicant {
        Objects.requireNonNull(fullName, "fullName");
    }
}
