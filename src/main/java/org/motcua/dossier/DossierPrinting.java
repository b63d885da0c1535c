package org.motcua.dossier;

import org.motcua.dossier.forms.ApologyLetter;
import org.motcua.dossier.forms.DossierForms;
import org.motcua.dossier.forms.Handover;
import org.motcua.dossier.forms.PrintedDossier;
import org.motcua.dossier.forms.ProcessControlSlip;
import org.motcua.dossier.forms.RefusalNotice;
import org.motcua.dossier.forms.StopNotice;
import org.motcua.dossier.forms.SupplementNotice;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The forms of Circular 03/2025 for a dossier, generated from its data and its process-control slip: 01 receipt and
 * appointment, 02 supplement request, 03 refusal, 04 apology, 05 stop notice, 06 process-control slip.
 */
@Service
public class DossierPrinting {

    private static final String LEGAL_BASIS = "Nghị định số 118/2025/NĐ-CP; Thông tư số 03/2025/TT-VPCP";

    private final DossierAccess access;
    private final Dossiers dossiers;
    private final DossierForms forms;
    private final PrintedForms printed;

    DossierPrinting(DossierAccess access, Dossiers dossiers, DossierForms forms, PrintedForms printed) {
        this.access = access;
        this.dossiers = dossiers;
        this.forms = forms;
        this.printed = printed;
    }

    /** The PDF of form {@code 01}…{@code 06}; a form the dossier has no occasion for is a 409. */
    @Transactional(readOnly = true)
    public byte[] form(String code, String form, Actor by) {
        Dossier dossier = access.visible(code, by);
        DossierState s = dossier.state();
        List<HistoryEntry> history = dossiers.history(s.id);
        String receivedBy = last(history, DossierAction.RECEIVE).map(HistoryEntry::actorName).orElse(null);
        PrintedDossier p = printed.of(dossier, dossiers.components(s.id), receivedBy);
        return switch (form) {
            case "01" -> {
                require(s.receivedAt != null, s, "The dossier has not been received yet");
                yield forms.receipt(p);
            }
            case "02" -> {
                HistoryEntry h = required(last(history, DossierAction.REQUEST_SUPPLEMENT), s, "No supplement was requested");
                @SuppressWarnings("unchecked")
                List<String> missing = (List<String>) h.details().getOrDefault("missing", List.of());
                yield forms.supplementRequest(p, new SupplementNotice(missing, h.note(), h.actorName(),
                        PrintedForms.zoned(h.at()), LEGAL_BASIS));
            }
            case "03" -> {
                HistoryEntry h = required(last(history, DossierAction.REFUSE), s, "The dossier was not refused");
                yield forms.refusal(p, new RefusalNotice(h.note(), h.actorName(), PrintedForms.zoned(h.at())));
            }
            case "04" -> {
                HistoryEntry h = required(last(history, DossierAction.APOLOGIZE), s, "No apology letter was written");
                yield forms.apology(p, new ApologyLetter(h.note(),
                        PrintedForms.zoned(instant(h.details().get("previousAppointmentAt"))),
                        PrintedForms.zoned(instant(h.details().get("newAppointmentAt"))),
                        PrintedForms.zoned(h.at()), null));
            }
            case "05" -> {
                HistoryEntry h = required(last(history, DossierAction.STOP), s, "Processing was not stopped");
                yield forms.stopNotice(p, new StopNotice(h.note(), PrintedForms.zoned(h.at()), null, LEGAL_BASIS));
            }
            case "06" -> forms.processControlSlip(p, slip(dossier, history));
            default -> throw new ProblemException(ErrorCode.NOT_FOUND, "Forms are 01 to 06");
        };
    }

    private ProcessControlSlip slip(Dossier dossier, List<HistoryEntry> history) {
        DossierState s = dossier.state();
        List<Handover> rows = new ArrayList<>();
        for (HistoryEntry h : history) {
            if (h.action() != DossierAction.RECEIVE && h.action() != DossierAction.FORWARD
                    && h.action() != DossierAction.TRANSFER && h.action() != DossierAction.RETURN_RESULT) {
                continue;
            }
            ProcessStep step = h.stepIndex() >= 0 && h.stepIndex() < s.steps.size() ? s.steps.get(h.stepIndex()) : null;
            String stepName = switch (h.action()) {
                case RECEIVE -> "Tiếp nhận hồ sơ";
                case TRANSFER -> "Chuyển hồ sơ đến đơn vị có thẩm quyền";
                case RETURN_RESULT -> "Trả kết quả cho người nộp hồ sơ";
                default -> step == null ? "" : step.nameVi();
            };
            Object nextUnit = h.details().getOrDefault("nextUnit", h.details().get("toUnit"));
            Object nextRole = h.details().get("nextRole");
            Object stepOnTime = h.details().get("stepOnTime");
            rows.add(new Handover(stepName, h.actorName(), h.actorUnit() == null ? null : printed.name(h.actorUnit()),
                    nextRole == null ? (h.action() == DossierAction.RETURN_RESULT ? s.applicant.fullName() : null)
                            : roleLabel(nextRole.toString()),
                    nextUnit == null ? null : printed.name(nextUnit.toString()),
                    PrintedForms.zoned(h.at()),
                    PrintedForms.zoned(instant(h.details().get("completedStepDueAt"))),
                    PrintedForms.zoned(h.at()),
                    stepOnTime == null ? null : (Boolean.TRUE.equals(stepOnTime) ? "Đúng hạn" : "Quá hạn"),
                    h.note()));
        }
        return new ProcessControlSlip(rows, null);
    }

    private static String roleLabel(String role) {
        return switch (role) {
            case "reception" -> "Bộ phận Một cửa";
            case "processor" -> "Chuyên viên xử lý";
            case "leader" -> "Lãnh đạo";
            case "clerk" -> "Văn thư";
            default -> role;
        };
    }

    private static Optional<HistoryEntry> last(List<HistoryEntry> history, DossierAction action) {
        HistoryEntry found = null;
        for (HistoryEntry h : history) {
            if (h.action() == action) {
                found = h;
            }
        }
        return Optional.ofNullable(found);
    }

    private static HistoryEntry required(Optional<HistoryEntry> entry, DossierState s, String message) {
        return entry.orElseThrow(() -> new DossierRuleViolation(s.status, message));
    }

    private static void require(boolean condition, DossierState s, String message) {
        if (!condition) {
            throw new DossierRuleViolation(s.status, message);
        }
    }

    private static Instant instant(Object value) {
        return value == null || value.toString().isBlank() ? null : Instant.parse(value.toString());
    }
}
