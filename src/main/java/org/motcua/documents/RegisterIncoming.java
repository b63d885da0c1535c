package org.motcua.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document from outside the platform, registered by the unit's clerk; its scan is attached afterwards.
 *
 * @param author       the body that issued it (tác giả)
 * @param symbol       its number and symbol as printed ({@code 123/BNV-VP})
 * @param documentDate the date printed on it
 */
public record RegisterIncoming(String unit, String author, String symbol, LocalDate documentDate, String type,
                               String summary, Boolean urgent, Boolean confidential, List<String> restrictedTo) {
}
