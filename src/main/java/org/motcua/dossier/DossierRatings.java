package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Satisfaction ratings (đánh giá mức độ hài lòng): the applicant rates the service once, after the result is ready
 * (statuses 9 and 10), with a score from 1 to 5 and an optional comment. Table {@code dossier_rating}; also the
 * citizen's list of their own dossiers.
 */
@Service
public class DossierRatings {

    static final int MAX_COMMENT = 1000;

    private final DossierAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    DossierRatings(DossierAccess access, JdbcClient jdbc, Optional<Clock> clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records the applicant's rating; a second one is refused (409 {@code already-rated}). */
    @Transactional
    public Rating rate(String code, Actor by, Integer score, String comment) {
        Dossier dossier = access.visible(code, by);
        if (!isApplicant(dossier, by)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the applicant rates the service of a dossier");
        }
        if (score == null || score < 1 || score > 5) {
            throw ProblemException.invalidParameter("score", "must be a whole number from 1 to 5");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_COMMENT) {
            throw ProblemException.invalidParameter("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        if (dossier.status() != DossierStatus.FINISHED && dossier.status() != DossierStatus.RESULT_RETURNED) {
            throw new ProblemException(ErrorCode.RATING_NOT_YET_POSSIBLE,
                    "Dossier " + code + " can be rated once its result is ready");
        }
        Rating rating = new Rating(dossier.state().code, score, text, clock.instant());
        int inserted = jdbc.sql("""
                        insert into dossier_rating (dossier_code, score, comment, rated_by, rated_at)
                        values (:code, :score, :comment, :by, :at) on conflict (dossier_code) do nothing""")
                .param("code", rating.dossierCode()).param("score", score).param("comment", text)
                .param("by", by.id()).param("at", Timestamp.from(rating.ratedAt())).update();
        if (inserted == 0) {
            throw new ProblemException(ErrorCode.ALREADY_RATED, "Dossier " + code + " was already rated");
        }
        return rating;
    }

    /** The rating of a dossier the caller may see, if it was rated. */
    @Transactional(readOnly = true)
    public Optional<Rating> find(String code, Actor by) {
        Dossier dossier = access.visible(code, by);
        return jdbc.sql("select score, comment, rated_at from dossier_rating where dossier_code = :code")
                .param("code", dossier.state().code)
                .query((rs, n) -> new Rating(dossier.state().code, rs.getInt(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** The citizen's own dossiers (as applicant or submitter), newest first. */
    @Transactional(readOnly = true)
    public List<MyDossier> mine(Actor by) {
        if (by.kind() != Actor.Kind.CITIZEN) {
            return List.of();
        }
        return jdbc.sql("""
                        select code, status, procedure_name_vi, procedure_name_en, submitted_at, appointment_at,
                               fees_due_vnd, fee_paid_online
                        from dossier where applicant_personal_id = :id or applicant_tax_code = :id
                        order by submitted_at desc limit 200""")
                .param("id", by.id())
                .query((rs, n) -> new MyDossier(rs.getString(1), DossierStatus.fromCode(rs.getInt(2)).orElseThrow(),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getLong(7),
                        rs.getBoolean(8)))
                .list();
    }

    private static boolean isApplicant(Dossier dossier, Actor by) {
        DossierState s = dossier.state();
        return by.kind() == Actor.Kind.CITIZEN && (by.id().equals(s.applicant.personalId())
                || by.id().equals(s.applicant.taxCode()) || by.id().equals(s.submittedBy));
    }
}
