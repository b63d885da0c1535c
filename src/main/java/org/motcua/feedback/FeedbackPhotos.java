package org.motcua.feedback;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Photos of reports and answers (table {@code feedback_photo}), checked and stripped of location metadata first. */
@Service
public class FeedbackPhotos {

    private final JdbcClient jdbc;
    private final FeedbackProperties properties;

    FeedbackPhotos(JdbcClient jdbc, FeedbackProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Checks one upload: at most {@code max-photo-size} (else 413 {@code file-too-large}), a JPEG or PNG by content
     * (else 415 {@code unsupported-file-type}); returns it without its location and time metadata.
     */
    public Photo accept(byte[] content) {
        return PhotoSanitizer.sanitize(content, properties.maxPhotoSize().toBytes());
    }

    /** The largest photo accepted, in bytes: uploads above it need not be read. */
    public long maxSize() {
        return properties.maxPhotoSize().toBytes();
    }

    void requireCount(List<Photo> photos) {
        if (photos.size() > properties.maxPhotos()) {
            throw ProblemException.invalidParameter("photos", "at most " + properties.maxPhotos() + " photos");
        }
    }

    void store(long reportId, String kind, List<Photo> photos, Instant at) {
        for (Photo p : photos) {
            jdbc.sql("""
                            insert into feedback_photo (report_id, kind, media_type, size, content, created_at)
                            values (:report, :kind, :type, :size, :content, :at)""")
                    .param("report", reportId).param("kind", kind).param("type", p.mediaType())
                    .param("size", p.content().length).param("content", p.content())
                    .param("at", Timestamp.from(at)).update();
        }
    }

    public List<PhotoRef> of(long reportId) {
        return jdbc.sql("select id, kind, media_type, size from feedback_photo where report_id = :r order by id")
                .param("r", reportId)
                .query((rs, n) -> new PhotoRef(rs.getLong("id"), rs.getString("kind"), rs.getString("media_type"),
                        rs.getInt("size")))
                .list();
    }

    /** A photo of the report, if {@code kinds} allows its kind. */
    public Optional<Photo> content(long reportId, long photoId, List<String> kinds) {
        return jdbc.sql("""
                        select media_type, content, kind from feedback_photo where report_id = :r and id = :id""")
                .param("r", reportId).param("id", photoId)
                .query((rs, n) -> kinds.contains(rs.getString("kind"))
                        ? Optional.of(new Photo(rs.getString("media_type"), rs.getBytes("content")))
                        : Optional.<Photo>empty())
                .optional().flatMap(p -> p);
    }

    static ProblemException notFound() {
        return new ProblemException(ErrorCode.NOT_FOUND, "No such photo");
    }
}
