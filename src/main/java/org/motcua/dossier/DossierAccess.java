package org.motcua.dossier;

import org.springframework.stereotype.Component;

/**
 * Who may see a dossier: staff of the unit that received it, is competent for it or processes it now; the city
 * admin and auditor; the applicant. Anyone else is told it does not exist.
 */
@Component
class DossierAccess {

    private final Dossiers dossiers;

    DossierAccess(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    Dossier visible(String code, Actor by) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new DossierNotFound(code));
        if (!canSee(dossier, by)) {
            throw new DossierNotFound(code);
        }
        return dossier;
    }

    static boolean canSee(Dossier dossier, Actor by) {
        DossierState s = dossier.state();
        return switch (by.kind()) {
            case SYSTEM -> true;
            case CITIZEN -> dossier.isApplicant(by.id());
            case STAFF -> by.cityWide() || by.worksIn(s.receivingUnit) || by.worksIn(s.competentUnit)
                    || by.worksIn(s.processingUnit);
        };
    }
}
