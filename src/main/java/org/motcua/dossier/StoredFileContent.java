package org.motcua.dossier;

import java.io.InputStream;

/** A stored file and a stream of its bytes; the caller closes the stream. */
public record StoredFileContent(StoredFile file, InputStream content) {
}
