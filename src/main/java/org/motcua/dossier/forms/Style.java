package org.motcua.dossier.forms;

/** A face and a size in points; the line height follows from the size. */
record Style(Face face, float size) {

    /** Line height as a multiple of the size (Decree 30 allows single to 1.5 spacing). */
    static final float LEADING = 1.3f;

    static final Style BODY = new Style(Face.REGULAR, 12f);
    static final Style BODY_BOLD = new Style(Face.BOLD, 12f);
    static final Style BODY_ITALIC = new Style(Face.ITALIC, 12f);
    static final Style TITLE = new Style(Face.BOLD, 13.5f);
    static final Style HEADING = new Style(Face.BOLD, 11.5f);
    static final Style HEADING_REGULAR = new Style(Face.REGULAR, 11.5f);
    static final Style HINT = new Style(Face.ITALIC, 10.5f);
    static final Style TABLE = new Style(Face.REGULAR, 8.5f);
    static final Style TABLE_HEAD = new Style(Face.BOLD, 8.5f);
    static final Style TABLE_BODY = new Style(Face.REGULAR, 10.5f);
    static final Style TABLE_BODY_HEAD = new Style(Face.BOLD, 10.5f);

    /** Distance from one baseline to the next. */
    float leading() {
        return size * LEADING;
    }

    Style withSize(float newSize) {
        return new Style(face, newSize);
    }
}
