package org.motcua.catalog.web;

import org.motcua.catalog.ComponentSource;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.organization.Units;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * What the procedure page shows, in the page's language.
 *
 * @param result       what the applicant gets in the end (what the procedure is for)
 * @param decidedBy    the unit that decides; null for the ward where the applicant applies (see {@code tierKey})
 * @param agencyNote   the catalogue's note on the competent body (Vietnamese only); null in English
 * @param workingDays  the time limit in working days; null for the same day
 * @param fromRegistry dossier components read from national registries instead of being asked for
 * @param toUpload     dossier components the applicant uploads
 */
public record ProcedureDetails(String code, String name, String result, String tierKey, String decidedBy, String agencyNote,
                        String workingDays, String timeNote, List<FeeLine> fees, List<Component> fromRegistry,
                        List<Component> toUpload, String onlineLevelKey) {

    /** One fee: name, amount (0 = free) and what it is per. */
    public record FeeLine(String name, String amount, boolean free, String unit) {
    }

    /** One dossier component; {@code registryKey} names the registry it is read from. */
    public record Component(String name, boolean required, String registryKey) {
    }

    static ProcedureDetails of(ProcedureDefinition d, Units units, Locale locale) {
        String decidedBy = d.competentUnit().isWardLevel() ? null
                : units.find(d.competentUnit().department())
                        .map(u -> "en".equals(locale.getLanguage()) && u.nameEn() != null ? u.nameEn() : u.nameVi())
                        .orElse(d.competentUnit().department());
        BigDecimal days = d.timeLimit().workingDays();
        NumberFormat money = NumberFormat.getIntegerInstance(locale);
        List<FeeLine> fees = d.fees().stream().map(f -> new FeeLine(Localized.of(f.name(), locale),
                money.format(f.amountVnd()), f.amountVnd() == 0, Localized.of(f.unit(), locale))).toList();
        List<Component> fromRegistry = d.components().stream().filter(c -> c.source() == ComponentSource.REGISTRY)
                .map(c -> new Component(Localized.of(c.name(), locale), c.required(),
                        "catalog.registry." + c.registry().code())).toList();
        List<Component> toUpload = d.components().stream().filter(c -> c.source() == ComponentSource.UPLOAD)
                .map(c -> new Component(Localized.of(c.name(), locale), c.required(), null)).toList();
        return new ProcedureDetails(d.code(), Localized.of(d.name(), locale),
                d.result() == null ? null : Localized.of(d.result().name(), locale),
                "catalog.tier." + d.tier().code(), decidedBy,
                "en".equals(locale.getLanguage()) ? null : d.agencyNote(),
                d.timeLimit().sameDay() ? null : days.stripTrailingZeros().toPlainString(),
                Localized.of(d.timeLimit().note(), locale), fees, fromRegistry, toUpload,
                "catalog.online." + d.onlineLevel().code());
    }
}
