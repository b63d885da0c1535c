package org.motcua.documents;

/** A file's bytes for download. */
public record FileContent(FileView file, byte[] content) {
}
