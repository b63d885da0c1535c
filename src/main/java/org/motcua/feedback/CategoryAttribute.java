package org.motcua.feedback;

import java.util.List;

/**
 * An extra question of a category (an Open311 service attribute).
 *
 * @param datatype Open311 datatype: string, number, datetime, text, singlevaluelist or multivaluelist
 * @param values   the allowed keys and their names, for the list datatypes
 */
public record CategoryAttribute(String code, String datatype, boolean required, String description, int order,
                                List<Value> values) {

    public record Value(String key, String name) {
    }
}
