package org.motcua.dossier.web;

import org.motcua.dossier.DossierStatus;
import org.motcua.web.TagColour;

/** The one colour of a dossier status on every page (always beside its name: colour is never the only signal). */
final class StatusColours {

    private StatusColours() {
    }

    static TagColour of(DossierStatus status) {
        switch (status) {
            case FINISHED:
            case RESULT_RETURNED:
                return TagColour.GREEN;
            case SUPPLEMENT_REQUESTED:
            case AWAITING_PAYMENT:
                return TagColour.YELLOW;
            case REFUSED:
            case STOPPED:
                return TagColour.RED;
            case WITHDRAWN:
                // the applicant's own choice, not a failure of the service
                return TagColour.GREY;
            default:
                return TagColour.BLUE;
        }
    }
}
