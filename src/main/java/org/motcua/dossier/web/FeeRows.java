package org.motcua.dossier.web;

import org.motcua.catalog.Fee;
import org.motcua.catalog.FeeApplies;
import org.motcua.catalog.ProcedureDefinition;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The fees of a procedure as the applicant reads them before submitting: name, amount, and whether it is owed. */
public record FeeRows(List<Row> rows) {

    /** One fee line; {@code onRequest} lines are only owed when asked for (extra copies). */
    public record Row(String name, String amount, boolean onRequest) {
    }

    static FeeRows of(ProcedureDefinition d, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return new FeeRows(d.fees().stream().map(f -> new Row(en ? f.name().en() : f.name().vi(),
                vnd(f.amountVnd()) + unit(f, en), f.applies() == FeeApplies.ON_REQUEST)).toList());
    }

    private static String unit(Fee f, boolean en) {
        return f.unit() == null ? "" : " / " + (en ? f.unit().en() : f.unit().vi());
    }

    static String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đ";
    }

    public boolean none() {
        return rows.isEmpty();
    }
}
