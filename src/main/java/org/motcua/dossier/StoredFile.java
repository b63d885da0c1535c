package org.motcua.dossier;

/** A file kept by the platform; {@code id} is the lowercase hex SHA-256 of its bytes. */
public record StoredFile(String id, long size, String contentType) {
}
