package org.motcua.notification;

import java.text.Normalizer;

/**
 * An SMS text fitted into at most two segments. GSM-7 (3GPP TS 23.038): 160 septets in one segment, 153 per segment
 * of a concatenated message, the extension characters {@code ^{}\[~]|€} taking two. UCS-2: 70 characters in one
 * segment, 67 per segment. Vietnamese keeps its diacritics (UCS-2) only where the gateway allows it and the text fits
 * two UCS-2 segments; otherwise the diacritics are removed (đ → d) and the text is sent in GSM-7, shortened with
 * "..." when longer than two segments.
 */
record SmsText(String text, Encoding encoding, int segments) {

    enum Encoding { GSM7, UCS2 }

    static final int MAX_SEGMENTS = 2;
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    static SmsText fit(String text, boolean unicodeAllowed) {
        String clean = text.strip().replaceAll("[ \\t]+", " ");
        if (isGsm(clean)) {
            return gsm(clean);
        }
        if (unicodeAllowed && clean.length() <= 2 * 67) {
            return new SmsText(clean, Encoding.UCS2, ucs2Segments(clean.length()));
        }
        return gsm(toGsm(clean));
    }

    /** Vietnamese without diacritics; any other character outside GSM-7 becomes '?'. */
    static String toGsm(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0 ? c : '?');
        }
        return out.toString();
    }

    static boolean isGsm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    static int septets(String gsmText) {
        int n = 0;
        for (int i = 0; i < gsmText.length(); i++) {
            n += GSM_EXTENSION.indexOf(gsmText.charAt(i)) >= 0 ? 2 : 1;
        }
        return n;
    }

    static int gsmSegments(int septets) {
        return septets <= 160 ? 1 : (septets + 152) / 153;
    }

    static int ucs2Segments(int chars) {
        return chars <= 70 ? 1 : (chars + 66) / 67;
    }

    private static SmsText gsm(String text) {
        int limit = MAX_SEGMENTS * 153;
        if (septets(text) <= limit) {
            return new SmsText(text, Encoding.GSM7, gsmSegments(septets(text)));
        }
        StringBuilder cut = new StringBuilder();
        int used = 3; // "..."
        for (int i = 0; i < text.length(); i++) {
            int cost = GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            if (used + cost > limit) {
                break;
            }
            cut.append(text.charAt(i));
            used += cost;
        }
        String shortened = cut.toString().stripTrailing() + "...";
        return new SmsText(shortened, Encoding.GSM7, gsmSegments(septets(shortened)));
    }
}
