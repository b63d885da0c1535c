package org.motcua.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JTE template the way a browser would show it: the text outside expressions ({@code ${…}}, {@code !{…}}),
 * directives ({@code @if(…)}, {@code @template.x(…)} — whose {@code @`…`} content blocks are HTML again), tags and
 * comments, plus the literal values of the visible attributes. What is left must come from the bundles.
 */
final class TemplateText {

    private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder", "value");

    private final String s;
    private int i;
    private final List<String> found = new ArrayList<>();

    private TemplateText(String template) {
        this.s = template;
    }

    /** The pieces of hard-coded visible text (containing a letter) of the template. */
    static List<String> hardCoded(String template) {
        TemplateText t = new TemplateText(template);
        StringBuilder text = new StringBuilder();
        t.html(text);
        t.flush(text);
        return t.found;
    }

    private void html(StringBuilder text) {
        while (i < s.length()) {
            if (s.startsWith("<%--", i)) {
                int end = s.indexOf("--%>", i);
                i = end < 0 ? s.length() : end + 4;
            } else if (s.startsWith("${", i) || s.startsWith("!{", i) || s.startsWith("$unsafe{", i)) {
                flush(text);
                i = s.indexOf('{', i) + 1;
                code('}');
            } else if (s.charAt(i) == '`') {
                i++;
                flush(text);
                return;
            } else if (s.charAt(i) == '@' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                flush(text);
                directive();
            } else if (s.charAt(i) == '<' && i + 1 < s.length()
                    && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/' || s.charAt(i + 1) == '!')) {
                flush(text);
                tag();
            } else {
                text.append(s.charAt(i++));
            }
        }
    }

    private void directive() {
        int start = ++i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        String word = s.substring(start, i);
        if (word.equals("param") || word.equals("import")) {
            int end = s.indexOf('\n', i);
            i = end < 0 ? s.length() : end;
        } else if (i < s.length() && s.charAt(i) == '(') {
            i++;
            code(')');
        }
    }

    /** Java code up to the closing character; strings skipped, content blocks read as HTML. */
    private void code(char close) {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (s.startsWith("@`", i)) {
                i += 2;
                StringBuilder text = new StringBuilder();
                html(text);
            } else if (c == '(' || c == '{') {
                depth++;
                i++;
            } else if ((c == ')' || c == '}') && depth > 0) {
                depth--;
                i++;
            } else if (c == close) {
                i++;
                return;
            } else {
                i++;
            }
        }
    }

    private void tag() {
        int start = i;
        while (i < s.length() && s.charAt(i) != '>') {
            char c = s.charAt(i);
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                String name = attributeName(start, i);
                String value = s.substring(i + 1, end < 0 ? s.length() : end);
                if (VISIBLE_ATTRIBUTES.contains(name) && !value.contains("${") && value.codePoints().anyMatch(Character::isLetter)) {
                    found.add(name + "=\"" + value + "\"");
                }
                i = end < 0 ? s.length() : end + 1;
            } else if (s.startsWith("${", i)) {
                i += 2;
                code('}');
            } else {
                i++;
            }
        }
        i++;
    }

    private String attributeName(int tagStart, int quote) {
        int end = quote - 1;
        while (end > tagStart && (s.charAt(end) == '=' || Character.isWhitespace(s.charAt(end)))) {
            end--;
        }
        int begin = end;
        while (begin > tagStart && !Character.isWhitespace(s.charAt(begin - 1))) {
            begin--;
        }
        return s.substring(begin, end + 1);
    }

    private void flush(StringBuilder text) {
        String piece = text.toString().strip();
        if (piece.codePoints().anyMatch(Character::isLetter)) {
            found.add(piece);
        }
        text.setLength(0);
    }
}
