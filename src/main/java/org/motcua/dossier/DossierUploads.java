package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Files of a dossier: scans of components, supplements and results, and their download. */
@Service
public class DossierUploads {

    private final DossierAccess access;
    private final Dossiers dossiers;
    private final DossierFiles files;
    private final ProcedureTermsLookup procedures;
    private final Clock clock;

    DossierUploads(DossierAccess access, Dossiers dossiers, DossierFiles files, ProcedureTermsLookup procedures,
                   Optional<Clock> clock) {
        this.access = access;
        this.dossiers = dossiers;
        this.files = files;
        this.procedures = procedures;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Stores a file for the dossier; its id can then be named as an attachment of an action. */
    @Transactional
    public StoredFile upload(String code, Actor by, String originalName, InputStream content) {
        Dossier dossier = writable(code, by);
        StoredFile file = files.store(content);
        dossiers.addUpload(dossier.state().id, file, name(originalName), by.id(), clock.instant());
        return file;
    }

    /** Stores a file as one of the procedure's components (thành phần hồ sơ). */
    @Transactional
    public ComponentFile addComponent(String code, Actor by, String componentId, String originalName,
                                      InputStream content) {
        Dossier dossier = writable(code, by);
        DossierState s = dossier.state();
        List<String> known = procedures.version(s.procedureCode, s.procedureVersion).map(ProcedureTerms::componentIds)
                .orElse(List.of());
        if (componentId == null || !known.contains(componentId)) {
            throw new ProblemException(ErrorCode.INVALID_DOSSIER, "Unknown component", List.of(new FieldProblem(
                    "componentId", "must be one of " + String.join(", ", known))));
        }
        StoredFile file = files.store(content);
        Instant now = clock.instant();
        dossiers.addUpload(s.id, file, name(originalName), by.id(), now);
        dossiers.addComponent(s.id, componentId, file, name(originalName), by.id(), now);
        return dossiers.components(s.id).stream().filter(c -> c.file().id().equals(file.id())
                && c.componentId().equals(componentId)).reduce((a, b) -> b).orElseThrow();
    }

    /** A file of a dossier the caller may see. */
    @Transactional(readOnly = true)
    public StoredFileContent download(String code, Actor by, String fileId) {
        Dossier dossier = access.visible(code, by);
        if (!dossiers.hasUpload(dossier.state().id, fileId)) {
            throw new ProblemException(ErrorCode.NOT_FOUND, "No such file in dossier " + code);
        }
        StoredFile file = files.find(fileId).orElseThrow();
        return new StoredFileContent(file, files.open(file));
    }

    private Dossier writable(String code, Actor by) {
        Dossier dossier = access.visible(code, by);
        if (dossier.status() == DossierStatus.RESULT_RETURNED || dossier.status() == DossierStatus.REFUSED
                || dossier.status() == DossierStatus.WITHDRAWN || dossier.status() == DossierStatus.STOPPED) {
            throw new DossierRuleViolation(dossier.status(), "Files can no longer be added to dossier " + code);
        }
        return dossier;
    }

    /**
     * The media type of a file this module would accept — PDF, PNG or JPEG recognised by content, as {@link #upload}
     * checks — or empty; for pages that hold a scan before the dossier exists (counter intake).
     */
    public Optional<String> acceptedType(byte[] content) {
        return content == null ? Optional.empty()
                : FileType.sniff(content, Math.min(content.length, FileType.SNIFF_LENGTH)).map(FileType::mediaType);
    }

    /** The largest file accepted, in bytes ({@code motcua.dossier.max-upload-size}). */
    public long maxUploadBytes() {
        return files.maxSize();
    }

    private static String name(String originalName) {
        if (originalName == null || originalName.isBlank()) {
            return "tep-dinh-kem";
        }
        String bare = originalName.replace('\\', '/');
        bare = bare.substring(bare.lastIndexOf('/') + 1);
        return bare.length() > 200 ? bare.substring(0, 200) : bare;
    }
}
