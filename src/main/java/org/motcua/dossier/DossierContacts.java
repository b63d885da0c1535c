package org.motcua.dossier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The applicant and the names of a dossier, for modules that tell the applicant about it (notifications). */
@Service
public class DossierContacts {

    private final Dossiers dossiers;

    DossierContacts(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** The dossier's contact data; empty when there is no such dossier. */
    @Transactional(readOnly = true)
    public Optional<DossierContact> find(String code) {
        return dossiers.find(code).map(d -> {
            DossierState s = d.state();
            return new DossierContact(s.code, s.procedureCode, s.procedureNameVi, s.procedureNameEn, s.applicant,
                    s.receivingUnit, s.appointmentAt);
        });
    }
}
