package org.motcua.feedback;

/** A photo ready to store: its type checked by content and its location metadata removed. */
public record Photo(String mediaType, byte[] content) {
}
