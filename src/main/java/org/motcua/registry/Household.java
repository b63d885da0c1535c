package org.motcua.registry;

import java.util.List;

/**
 * The household (hộ gia đình) a person is registered in at their permanent residence.
 *
 * @param members everyone registered in the household, the head included (relationship {@code head}), in the
 *                registry's order
 */
public record Household(String householdId, String headPersonalId, String headName, List<RelativeRef> members) {

    public Household {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
