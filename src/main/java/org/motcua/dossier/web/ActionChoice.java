package org.motcua.dossier.web;

import org.motcua.dossier.DossierAction;

/** An action offered on the staff dossier page, with the message keys of its form's title, hint and button. */
public record ActionChoice(String action, String titleKey, String hintKey, String buttonKey) {

    static ActionChoice of(DossierAction action) {
        String name = action.name();
        return new ActionChoice(name, "dossier.staff.action." + name, "dossier.staff.action." + name + ".hint",
                "dossier.staff.button." + name);
    }
}
