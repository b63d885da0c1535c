package org.motcua.feedback;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node of the category tree (lĩnh vực phản ánh). Reports are filed under a leaf; groups only organise them.
 *
 * @param workingDays     the handling deadline in working days (inherited from the group, default 5)
 * @param responsibleUnit the city department that handles it for the whole city, or null when the ward-level unit
 *                        where it happened does
 * @param leaf            whether reports can be filed under it
 */
public record Category(String code, String parentCode, String nameVi, String nameEn, String descriptionVi,
                       BigDecimal workingDays, String responsibleUnit, boolean leaf, List<String> keywords,
                       List<CategoryAttribute> attributes) {

    /** Handled by a city department rather than by the ward where it happened. */
    public boolean cityWide() {
        return responsibleUnit != null;
    }
}
