package org.motcua.dossier.forms;

/** Amounts in Vietnamese đồng as forms print them: dots between thousands, then " đ" ({@code 25.000 đ}). */
final class Vnd {

    private Vnd() {
    }

    static String format(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped + " đ";
    }
}
