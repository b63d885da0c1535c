package org.motcua.dossier.web;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.ComponentSource;
import org.motcua.catalog.DossierComponent;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.dossier.web.ApplyViews.ApplyContext;
import org.motcua.dossier.web.ApplyViews.UnitOption;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the pages of an online application share ({@link ApplicationPages}, {@link ApplicationSubmitPages}): the
 * procedure a page is about, its heading, the wards to choose from, the documents to upload.
 */
@Component
class ApplicationContexts {

    private final Catalog catalog;
    private final Units units;
    private final ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");

    ApplicationContexts(Catalog catalog, Units units) {
        this.catalog = catalog;
        this.units = units;
    }

    /** The procedure's current version, when it is still offered. */
    Optional<ProcedureVersion> offered(String code) {
        return catalog.findCurrent(code);
    }

    /** The procedure of an /apply page; 404 when it is not offered. */
    ProcedureDefinition procedure(String code) {
        return catalog.findCurrent(code).map(ProcedureVersion::definition)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    ApplyContext context(ProcedureDefinition d, Locale locale) {
        return new ApplyContext(d.code(), english(locale) ? d.name().en() : d.name().vi(), "/apply/" + d.code());
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    List<UnitOption> unitOptions(ProcedureDefinition d, String selected, Locale locale) {
        if (!d.competentUnit().isWardLevel()) {
            return List.of();
        }
        return units.effectiveOn(LocalDate.now(zone), Optional.empty()).stream()
                .filter(u -> u.type().isWardLevel())
                .sorted(Comparator.comparing(Unit::nameVi))
                .map(u -> new UnitOption(u.slug(), english(locale) ? u.nameEn() : u.nameVi(),
                        u.slug().equals(selected)))
                .toList();
    }

    static List<DossierComponent> uploadComponents(ProcedureDefinition d) {
        return d.components().stream().filter(c -> c.source() == ComponentSource.UPLOAD).toList();
    }

    static String componentName(ProcedureDefinition d, String id, Locale locale) {
        return d.components().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> english(locale) ? c.name().en() : c.name().vi()).orElse(id);
    }
}
