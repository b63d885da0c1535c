package org.motcua.dossier;

import java.util.List;

/**
 * What the applicant is asked to consent to before anything is read: which registries, for which components, and
 * which form fields they would fill.
 *
 * @param text the consent wording (its version is recorded with the consent)
 */
public record ConsentOffer(String procedureCode, int procedureVersion, String text, String textVersion,
                           List<Item> items) {

    /** One registry read: the components it replaces and the form fields it fills (path → label). */
    public record Item(String registry, List<String> componentIds, List<String> formFields) {
    }
}
