package org.motcua.registry;

import java.time.LocalDate;

/**
 * A resident as the population registry (Cơ sở dữ liệu quốc gia về dân cư) holds them.
 *
 * @param personalId         the 12-digit personal ID number (số định danh cá nhân)
 * @param sex                {@code male} or {@code female}
 * @param permanentResidence nơi thường trú, a full address ending in "Thành phố Hồ Chí Minh"
 * @param currentResidence   nơi ở hiện tại; often the same as the permanent residence
 * @param hometown           quê quán
 * @param unitSlug           the ward-level unit of the permanent residence, e.g. {@code sai-gon}
 * @param household          the household registered at the permanent residence; null when there is none (e.g. the
 *                           deceased)
 * @param father             null when the registry names no father
 * @param mother             null when the registry names no mother
 * @param spouse             the current spouse; null when unmarried, divorced or widowed
 */
public record PersonRecord(String personalId, String fullName, LocalDate birthDate, String sex,
                           String permanentResidence, String currentResidence, String hometown, String unitSlug,
                           Household household, RelativeRef father, RelativeRef mother, RelativeRef spouse) {
}
