package org.motcua.dossier;

import org.springframework.stereotype.Service;

import java.util.Optional;

/** The applicant and the names of a dossier, for modules that tell the applicant about it (notifications). */
@Service
public class DossierContacts {

    private final Dossiers dossiers;

    DossierContacts(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** The dossier's contact data; empty when there is no such dossier. */
    public Optional<DossierContact> find(String code) {
        return dossiers.contact(code);
    }
}
