package org.motcua.feedback.web;

import org.motcua.feedback.FeedbackPhotos;
import org.motcua.feedback.Photo;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Multipart photo parts to checked photos (size first, without reading an oversized part). */
final class Uploads {

    private Uploads() {
    }

    static List<Photo> photos(List<MultipartFile> parts, FeedbackPhotos photos) {
        List<Photo> checked = new ArrayList<>();
        if (parts == null) {
            return checked;
        }
        for (MultipartFile part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.getSize() > photos.maxSize()) {
                throw new ProblemException(ErrorCode.FILE_TOO_LARGE,
                        "Photos may be at most " + (photos.maxSize() / (1024 * 1024)) + " MB each");
            }
            try {
                checked.add(photos.accept(part.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return checked;
    }
}
