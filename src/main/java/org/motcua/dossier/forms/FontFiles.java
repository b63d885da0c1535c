package org.motcua.dossier.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled TrueType files (Noto Serif, SIL Open Font License, see {@code fonts/OFL.txt}), read once from the
 * class path. Nothing is fetched from outside.
 */
final class FontFiles {

    private static final Map<Face, byte[]> BYTES = load();

    private FontFiles() {
    }

    static byte[] of(Face face) {
        return BYTES.get(face);
    }

    private static Map<Face, byte[]> load() {
        Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("Font " + face.resource() + " is missing from the class path");
                }
                bytes.put(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + face.resource(), e);
            }
        }
        return bytes;
    }
}
