package org.motcua.dossier;

import org.motcua.dossier.forms.PrintedApplicant;
import org.motcua.dossier.forms.PrintedDossier;
import org.motcua.dossier.forms.PrintedProcedure;
import org.motcua.dossier.forms.PrintedUnit;
import org.motcua.dossier.forms.ReceivedComponent;
import org.motcua.dossier.forms.FeeLine;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Maps a dossier to what the printed forms show: unit headers as Decree 30 writes them, channel labels. */
@Component
class PrintedForms {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CITY_COMMITTEE = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH";

    private final Units units;
    private final org.motcua.identity.PlatformAddress address;

    PrintedForms(Units units, org.motcua.identity.PlatformAddress address) {
        this.units = units;
        this.address = address;
    }

    PrintedDossier of(Dossier dossier, List<ComponentFile> components, String receivedBy) {
        DossierState s = dossier.state();
        Applicant a = s.applicant;
        return new PrintedDossier(s.code,
                new PrintedProcedure(s.procedureCode, s.procedureNameVi,
                        s.timeLimitWorkingDays.stripTrailingZeros().scale() <= 0
                                ? s.timeLimitWorkingDays.intValue() : null),
                unit(s.receivingUnit), unit(s.competentUnit),
                new PrintedApplicant(a.fullName(), a.personalId() != null ? a.personalId() : a.taxCode(),
                        a.address(), a.phone(), a.email()),
                channelLabel(s.channel), zoned(s.receivedAt != null ? s.receivedAt : s.submittedAt),
                zoned(s.appointmentAt),
                components.stream().map(c -> new ReceivedComponent(c.originalName() + " (" + c.componentId() + ")",
                        "Bản điện tử", 1)).toList(),
                s.fees.stream().filter(f -> f.dueVnd() > 0).map(f -> new FeeLine(f.label(), f.dueVnd())).toList(),
                receivedBy, "Bộ phận Một cửa – " + name(s.receivingUnit),
                address.baseUrl() + "/lookup?code=" + s.code);
    }

    PrintedUnit unit(String slug) {
        Unit unit = units.find(slug).orElse(null);
        if (unit == null) {
            return new PrintedUnit(CITY_COMMITTEE, slug, PrintedUnit.DEFAULT_PLACE);
        }
        return switch (unit.type()) {
            case CITY -> new PrintedUnit(null, unit.nameVi(), PrintedUnit.DEFAULT_PLACE);
            case WARD, COMMUNE, SPECIAL_ZONE -> new PrintedUnit("ỦY BAN NHÂN DÂN " + unit.nameVi().toUpperCase(),
                    "Bộ phận Một cửa", PrintedUnit.DEFAULT_PLACE);
            default -> new PrintedUnit(CITY_COMMITTEE, unit.nameVi(), PrintedUnit.DEFAULT_PLACE);
        };
    }

    String name(String slug) {
        return units.find(slug).map(Unit::nameVi).orElse(slug);
    }

    static ZonedDateTime zoned(Instant instant) {
        return instant == null ? null : instant.atZone(VIETNAM);
    }

    static String channelLabel(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "Trực tiếp";
            case ONLINE -> "Trực tuyến";
            case POSTAL -> "Qua dịch vụ bưu chính công ích";
        };
    }
}
