package org.motcua.dossier;

import java.time.Instant;

/** A file attached to a dossier as one of the procedure's components (thành phần hồ sơ). */
public record ComponentFile(int seq, String componentId, String originalName, Instant uploadedAt, String uploadedBy,
                            StoredFile file) {
}
