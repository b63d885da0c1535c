package org.motcua.dossier.forms;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A birth-registration dossier received at the Sài Gòn ward, and the notices that may follow it. */
final class DossierFormsFixtures {

    static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String CODE = "000.00.01.H29-260115-0001";
    static final String STATUS_URL = "https://motcua.example.vn/tra-cuu/ho-so/000.00.01.H29-260115-0001";
    static final ZonedDateTime RECEIVED_AT = ZonedDateTime.of(2026, 1, 15, 8, 30, 0, 0, HO_CHI_MINH);
    static final ZonedDateTime APPOINTMENT_AT = ZonedDateTime.of(2026, 1, 20, 16, 0, 0, 0, HO_CHI_MINH);
    static final PrintedUnit WARD = new PrintedUnit("Ủy ban nhân dân Thành phố Hồ Chí Minh",
            "Ủy ban nhân dân phường Sài Gòn", null);
    static final PrintedApplicant APPLICANT = new PrintedApplicant("Nguyễn Thị Hằng", "079190012345",
            "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh", "0909 123 456", "hang.nguyen@example.vn");

    private DossierFormsFixtures() {
    }

    static PrintedDossier dossier() {
        return new PrintedDossier(CODE,
                new PrintedProcedure("1.001193.000.00.00.H29", "Thủ tục đăng ký khai sinh", 3),
                WARD, null, APPLICANT, "Trực tiếp", RECEIVED_AT, APPOINTMENT_AT,
                List.of(new ReceivedComponent("Tờ khai đăng ký khai sinh", "Bản chính", 1),
                        new ReceivedComponent("Giấy chứng sinh", "Bản chính", 1),
                        new ReceivedComponent("Giấy tờ tùy thân của người đi đăng ký khai sinh", "Bản sao", 2)),
                List.of(new FeeLine("Lệ phí đăng ký khai sinh", 0),
                        new FeeLine("Phí cấp bản sao Giấy khai sinh", 25_000)),
                "Trần Văn Bình", "Bộ phận Một cửa phường Sài Gòn", STATUS_URL);
    }

    /** The same dossier without the optional facts: no phone, e-mail, address, fees, pickup, link or official. */
    static PrintedDossier sparseDossier() {
        return new PrintedDossier(CODE, new PrintedProcedure(null, "Thủ tục đăng ký khai sinh", null),
                PrintedUnit.of("Ủy ban nhân dân phường Sài Gòn"), null,
                new PrintedApplicant("Nguyễn Thị Hằng", null, null, null, null), null, RECEIVED_AT, null,
                null, null, null, null, null);
    }

    static SupplementNotice supplement() {
        return new SupplementNotice(List.of("Bản sao Giấy chứng nhận kết hôn của cha, mẹ",
                        "Giấy chứng sinh có xác nhận của cơ sở y tế nơi trẻ sinh ra"),
                "Giấy chứng sinh đã nộp thiếu dấu của cơ sở y tế", "Lê Thị Mai",
                ZonedDateTime.of(2026, 1, 16, 9, 15, 0, 0, HO_CHI_MINH),
                "Căn cứ Nghị định số 118/2025/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính theo cơ chế"
                        + " một cửa, một cửa liên thông");
    }

    static final PrintedUnit JUSTICE = new PrintedUnit("Ủy ban nhân dân Thành phố Hồ Chí Minh", "Sở Tư pháp", null);

    /** Received at the ward, decided by the Department of Justice. */
    static PrintedDossier dossierDecidedByTheCity() {
        PrintedDossier d = dossier();
        return new PrintedDossier(d.code(), d.procedure(), d.receivingUnit(), JUSTICE, d.applicant(),
                d.channelLabel(), d.receivedAt(), d.appointmentAt(), d.components(), d.fees(), d.receivedBy(),
                d.resultPickup(), d.statusUrl());
    }

    static RefusalNotice refusal() {
        return new RefusalNotice("Thủ tục đăng ký khai sinh cho trẻ đã có giấy khai sinh không thuộc trường hợp được"
                + " đăng ký lại", "Trần Văn Bình", ZonedDateTime.of(2026, 1, 15, 9, 0, 0, 0, HO_CHI_MINH));
    }

    static ApologyLetter apology() {
        return new ApologyLetter("Cần xác minh thông tin nơi sinh với Ủy ban nhân dân xã Cần Giờ", null,
                ZonedDateTime.of(2026, 1, 27, 10, 0, 0, 0, HO_CHI_MINH),
                ZonedDateTime.of(2026, 1, 20, 15, 0, 0, 0, HO_CHI_MINH),
                new Signatory("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Quốc Hùng"));
    }

    static StopNotice stop() {
        return new StopNotice("Người nộp hồ sơ đề nghị rút hồ sơ để bổ sung giấy tờ chứng minh nơi cư trú",
                ZonedDateTime.of(2026, 2, 3, 14, 0, 0, 0, HO_CHI_MINH),
                new Signatory("GIÁM ĐỐC", "Võ Thị Thu"), null);
    }

    static List<Handover> handovers(int count) {
        List<Handover> rows = new ArrayList<>();
        ZonedDateTime at = RECEIVED_AT;
        for (int i = 1; i <= count; i++) {
            rows.add(new Handover("Bước " + i + ": thẩm định hồ sơ", "Trần Văn Bình", "Bộ phận Một cửa",
                    "Lê Thị Mai", "Công chức Tư pháp - Hộ tịch", at, at.plusHours(4), at.plusHours(3),
                    i % 7 == 0 ? "Quá hạn" : "Đúng hạn", i % 5 == 0 ? "Chờ xác minh" : null));
            at = at.plusHours(4);
        }
        return rows;
    }
}
