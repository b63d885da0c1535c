package org.motcua.dossier.web;

import java.util.List;

/**
 * One item of a list asked on a question page ("add another").
 *
 * @param index     from 0; the "remove" button sends it
 * @param id        the HTML id of the item's fieldset ({@code businessLines-0})
 * @param questions the item's fields
 */
public record ListItem(int index, String id, List<Question> questions) {

    /** The number shown to the citizen, from 1. */
    public int number() {
        return index + 1;
    }
}
