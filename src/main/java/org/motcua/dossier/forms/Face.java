package org.motcua.dossier.forms;

/** The three faces of the bundled serif family used on printed forms. */
enum Face {

    REGULAR("fonts/NotoSerif-Regular.ttf"),
    BOLD("fonts/NotoSerif-Bold.ttf"),
    ITALIC("fonts/NotoSerif-Italic.ttf");

    private final String resource;

    Face(String resource) {
        this.resource = resource;
    }

    String resource() {
        return resource;
    }
}
