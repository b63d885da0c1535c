package org.motcua.dossier.forms;

import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Renders the one-stop-shop forms of Circular 03/2025/TT-VPCP (Appendix I) and the electronic result document as
 * PDF: A4, Decree 30/2020/NĐ-CP heading, the bundled Noto Serif embedded as a subset, times in Ho Chi Minh City
 * time. Stateless and thread-safe; it reads nothing but its own fonts and never calls out to a network.
 * <ul>
 *   <li>01 giấy tiếp nhận hồ sơ và hẹn trả kết quả — {@link #receipt}</li>
 *   <li>02 phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — {@link #supplementRequest}</li>
 *   <li>03 phiếu từ chối tiếp nhận giải quyết hồ sơ — {@link #refusal}</li>
 *   <li>04 phiếu xin lỗi và hẹn lại ngày trả kết quả — {@link #apology}</li>
 *   <li>05 thông báo về việc dừng xử lý hồ sơ — {@link #stopNotice}</li>
 *   <li>06 phiếu kiểm soát quá trình giải quyết hồ sơ — {@link #processControlSlip}</li>
 *   <li>kết quả điện tử — {@link #result}</li>
 * </ul>
 * Each method returns the bytes of a complete PDF document.
 */
@Component
public class DossierForms {

    /** Form 01, with a QR code of {@link PrintedDossier#statusUrl()} when there is one. */
    public byte[] receipt(PrintedDossier dossier) {
        return ReceiptForm.render(Objects.requireNonNull(dossier, "dossier"));
    }

    /** Form 02, dated when the supplement was requested. */
    public byte[] supplementRequest(PrintedDossier dossier, SupplementNotice notice) {
        Objects.requireNonNull(notice, "notice");
        return SupplementRequestForm.render(Objects.requireNonNull(dossier, "dossier"), notice);
    }

    /** Form 03, dated when the dossier was refused. */
    public byte[] refusal(PrintedDossier dossier, RefusalNotice notice) {
        Objects.requireNonNull(notice, "notice");
        return RefusalForm.render(Objects.requireNonNull(dossier, "dossier"), notice);
    }

    /** Form 04, headed by the competent unit. */
    public byte[] apology(PrintedDossier dossier, ApologyLetter letter) {
        Objects.requireNonNull(letter, "letter");
        return ApologyForm.render(Objects.requireNonNull(dossier, "dossier"), letter);
    }

    /** Form 05, headed by the competent unit. */
    public byte[] stopNotice(PrintedDossier dossier, StopNotice notice) {
        Objects.requireNonNull(notice, "notice");
        return StopNoticeForm.render(Objects.requireNonNull(dossier, "dossier"), notice);
    }

    /** Form 06; the table continues over as many pages as the hand-overs need, its header repeated. */
    public byte[] processControlSlip(PrintedDossier dossier, ProcessControlSlip slip) {
        Objects.requireNonNull(slip, "slip");
        return ProcessControlForm.render(Objects.requireNonNull(dossier, "dossier"), slip);
    }

    /** The electronic result document, headed by its issuing unit (by default the dossier's competent unit). */
    public byte[] result(PrintedDossier dossier, ResultDocument result) {
        Objects.requireNonNull(result, "result");
        return ResultForm.render(Objects.requireNonNull(dossier, "dossier"), result);
    }
}
