package org.motcua.feedback.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes Open311 GeoReport v2 documents in both formats from one structure: a list of maps (JSON array; XML root
 * element with one child element per map). Values are strings, numbers, booleans, nested lists of maps, or null
 * (an empty element in XML). XML text is escaped, so a description with markup stays text.
 */
final class Open311Writer {

    static final MediaType XML = MediaType.parseMediaType("text/xml;charset=utf-8");
    static final MediaType JSON = MediaType.parseMediaType("application/json;charset=utf-8");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Open311Writer() {
    }

    static ResponseEntity<byte[]> write(int status, String format, String root, String element,
                                        List<? extends Map<String, ?>> items, JsonMapper json) {
        if ("xml".equals(format)) {
            StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root)
                    .append('>');
            for (Map<String, ?> item : items) {
                element(out, element, item);
            }
            out.append("</").append(root).append('>');
            return ResponseEntity.status(status).contentType(XML).body(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.status(status).contentType(JSON).body(json.writeValueAsBytes(items));
    }

    /** A single object (the service definition): a JSON object, or the XML root element itself. */
    static ResponseEntity<byte[]> writeObject(String format, String root, Map<String, ?> object, JsonMapper json) {
        if ("xml".equals(format)) {
            StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            element(out, root, object);
            return ResponseEntity.ok().contentType(XML).body(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(JSON).body(json.writeValueAsBytes(object));
    }

    static String datetime(Instant at, ZoneId zone) {
        return at == null ? null : W3C.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    @SuppressWarnings("unchecked")
    private static void element(StringBuilder out, String name, Map<String, ?> fields) {
        out.append('<').append(name).append('>');
        for (Map.Entry<String, ?> f : fields.entrySet()) {
            Object v = f.getValue();
            if (v instanceof Collection<?> children) {
                // attributes → attribute, values → value
                String child = f.getKey().substring(0, f.getKey().length() - 1);
                out.append('<').append(f.getKey()).append('>');
                for (Object c : children) {
                    element(out, child, (Map<String, ?>) c);
                }
                out.append("</").append(f.getKey()).append('>');
            } else if (v == null) {
                out.append('<').append(f.getKey()).append("/>");
            } else {
                out.append('<').append(f.getKey()).append('>').append(escape(String.valueOf(v)))
                        .append("</").append(f.getKey()).append('>');
            }
        }
        out.append("</").append(name).append('>');
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
