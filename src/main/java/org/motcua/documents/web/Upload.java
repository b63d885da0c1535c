package org.motcua.documents.web;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An uploaded file as the documents module takes it: the name the browser gave and the bytes (whether it is a PDF is
 * the module's check, by content). One reading of a multipart file for the API and the staff pages.
 *
 * @param name the original file name, may be null
 */
record Upload(String name, byte[] content) {

    /** The file of a multipart request; null when none was chosen (an empty file input sends an empty part). */
    static Upload of(MultipartFile file) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
