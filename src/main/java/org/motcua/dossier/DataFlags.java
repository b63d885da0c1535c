package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The applicant flags a value taken from a registry as wrong; the processor sees the flag beside the value. */
@Service
public class DataFlags {

    private final DossierAccess access;
    private final Dossiers dossiers;
    private final Clock clock;

    DataFlags(DossierAccess access, Dossiers dossiers, Optional<Clock> clock) {
        this.access = access;
        this.dossiers = dossiers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public List<DataFlag> flag(String code, Actor by, String field, String comment) {
        Dossier dossier = access.visible(code, by);
        if (by.kind() != Actor.Kind.CITIZEN || !dossier.isApplicant(by.id())) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the applicant flags their registry data");
        }
        DossierState s = dossier.state();
        if (field == null || !s.reusedFields.contains(field)) {
            throw new ProblemException(ErrorCode.INVALID_ACTION, "Flag one of the values taken from a registry",
                    List.of(new FieldProblem("field", "must be one of " + String.join(", ", s.reusedFields))));
        }
        if (comment == null || comment.isBlank() || comment.length() > 1000) {
            throw new ProblemException(ErrorCode.INVALID_ACTION, "Say what is wrong",
                    List.of(new FieldProblem("comment", "1-1000 characters")));
        }
        dossiers.addFlag(s.id, field, comment.strip(), by.id(), clock.instant());
        return dossiers.flags(s.id);
    }
}
