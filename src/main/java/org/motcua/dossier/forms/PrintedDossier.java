package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A dossier (hồ sơ) as the printed forms need it: the facts common to forms 01–06 and the result document. Times may
 * be in any zone; forms print them in Ho Chi Minh City time. Optional fields may be {@code null} and are then left
 * off the page.
 *
 * @param code          dossier code (mã hồ sơ), e.g. "000.00.01.H29-260115-0001"
 * @param procedure     the procedure applied for
 * @param receivingUnit where the dossier was received; heads forms 01, 02, 03 and 06
 * @param competentUnit the unit competent to decide; heads forms 04, 05 and the result; {@code null} means the
 *                      receiving unit
 * @param applicant     who submitted it
 * @param channelLabel  how it came in, e.g. "Trực tiếp", "Trực tuyến", "Qua dịch vụ bưu chính công ích"
 * @param receivedAt    when it was received
 * @param appointmentAt when the result is due (ngày hẹn trả kết quả)
 * @param components    papers received; {@code null} means none
 * @param fees          fees and charges; {@code null} or empty means none are due
 * @param receivedBy    name of the official who received it
 * @param resultPickup  where or how the result is returned, e.g. "Bộ phận Một cửa phường Sài Gòn"
 * @param statusUrl     public page that shows the dossier's status; encoded in the receipt's QR code
 */
public record PrintedDossier(String code, PrintedProcedure procedure, PrintedUnit receivingUnit,
                             PrintedUnit competentUnit, PrintedApplicant applicant, String channelLabel,
                             ZonedDateTime receivedAt, ZonedDateTime appointmentAt,
                             List<ReceivedComponent> components, List<FeeLine> fees, String receivedBy,
                             String resultPickup, String statusUrl) {

    public PrintedDossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        competentUnit = competentUnit == null ? receivingUnit : competentUnit;
        components = components == null ? List.of() : List.copyOf(components);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }

    /** Sum of the fees in đồng. */
    public long totalFeesVnd() {
        return fees.stream().mapToLong(FeeLine::amountVnd).sum();
    }
}
