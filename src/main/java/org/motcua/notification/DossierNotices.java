package org.motcua.notification;

import org.motcua.dossier.DossierApologized;
import org.motcua.dossier.DossierContact;
import org.motcua.dossier.DossierContacts;
import org.motcua.dossier.DossierFinished;
import org.motcua.dossier.DossierReceived;
import org.motcua.dossier.DossierRefused;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierStopped;
import org.motcua.dossier.DossierTransferred;
import org.motcua.dossier.DossierWithdrawn;
import org.motcua.dossier.SupplementRequested;
import org.motcua.identity.PlatformAddress;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.payment.FeeDue;
import org.motcua.payment.FeePaid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * Tells the applicant about their dossier: received (code, appointment, receipt form 01), supplement requested
 * (form 02), fee due and paid (e-receipt), result ready, apology for lateness (form 04), refused at intake (form 03),
 * processing stopped (form 05), withdrawn (confirmation), moved to another unit. Each listener runs in its own
 * transaction, so the messages are written together with the handling of the event, and once per event.
 */
@Component
class DossierNotices {

    private static final Logger log = LoggerFactory.getLogger(DossierNotices.class);

    private final Notifier notifier;
    private final DossierContacts dossiers;
    private final PlatformAddress address;
    private final Units units;

    DossierNotices(Notifier notifier, DossierContacts dossiers, PlatformAddress address, Units units) {
        this.notifier = notifier;
        this.dossiers = dossiers;
        this.address = address;
        this.units = units;
    }

    @ApplicationModuleListener
    void on(DossierReceived e) {
        tellApplicant(e.code(), "dossier-received", "dossier-received:" + e.code(),
                "/my/dossiers/" + e.code() + "/forms/01",
                (d, lang) -> new Object[]{d.code(), name(d, lang), Templates.when(e.appointmentAt())});
    }

    @ApplicationModuleListener
    void on(SupplementRequested e) {
        tellApplicant(e.code(), "supplement-requested",
                "supplement-requested:" + e.code() + ":" + e.requestedAt().toEpochMilli(),
                "/my/dossiers/" + e.code() + "/forms/02",
                (d, lang) -> new Object[]{d.code(), name(d, lang), String.join("; ", e.missing()), e.reason()});
    }

    @ApplicationModuleListener
    void on(DossierFinished e) {
        if (e.outcome() != DossierStatus.FINISHED) {
            return;
        }
        tellApplicant(e.code(), "result-ready", "result-ready:" + e.code(), "/my/dossiers/" + e.code(),
                (d, lang) -> new Object[]{d.code(), name(d, lang)});
    }

    @ApplicationModuleListener
    void on(DossierApologized e) {
        tellApplicant(e.code(), "dossier-apology", "dossier-apology:" + e.code() + ":" + e.apologizedAt().toEpochMilli(),
                "/my/dossiers/" + e.code() + "/forms/04",
                (d, lang) -> new Object[]{d.code(), name(d, lang), e.reason(), Templates.when(e.newAppointmentAt())});
    }

    @ApplicationModuleListener
    void on(DossierRefused e) {
        tellApplicant(e.code(), "dossier-refused", "dossier-refused:" + e.code(),
                "/my/dossiers/" + e.code() + "/forms/03",
                (d, lang) -> new Object[]{d.code(), name(d, lang), e.reason()});
    }

    @ApplicationModuleListener
    void on(DossierStopped e) {
        tellApplicant(e.code(), "dossier-stopped", "dossier-stopped:" + e.code(),
                "/my/dossiers/" + e.code() + "/forms/05",
                (d, lang) -> new Object[]{d.code(), name(d, lang), e.reason()});
    }

    @ApplicationModuleListener
    void on(DossierWithdrawn e) {
        tellApplicant(e.code(), "dossier-withdrawn", "dossier-withdrawn:" + e.code(), "/my/dossiers/" + e.code(),
                (d, lang) -> new Object[]{d.code(), name(d, lang), e.reason(), Templates.when(e.withdrawnAt())});
    }

    @ApplicationModuleListener
    void on(DossierTransferred e) {
        Unit to = units.find(e.toUnit()).orElse(null);
        tellApplicant(e.code(), "dossier-transferred",
                "dossier-transferred:" + e.code() + ":" + e.transferredAt().toEpochMilli(),
                "/my/dossiers/" + e.code(), (d, lang) -> new Object[]{d.code(), name(d, lang),
                        to == null ? e.toUnit() : "en".equals(lang) && to.nameEn() != null ? to.nameEn() : to.nameVi()});
    }

    @ApplicationModuleListener
    void on(FeeDue e) {
        tellApplicant(e.dossierCode(), "fee-due", "fee-due:" + e.billId(), e.paymentUrl(),
                (d, lang) -> new Object[]{d.code(), name(d, lang), Templates.amount(e.amountVnd(), lang)});
    }

    @ApplicationModuleListener
    void on(FeePaid e) {
        tellApplicant(e.dossierCode(), "fee-paid", "fee-paid:" + e.billId(),
                "/my/payments/" + e.billId() + "/receipt.pdf",
                (d, lang) -> new Object[]{d.code(), name(d, lang), Templates.amount(e.amountVnd(), lang),
                        Templates.when(e.paidAt())});
    }

    private void tellApplicant(String code, String template, String eventKey, String path,
                               java.util.function.BiFunction<DossierContact, String, Object[]> args) {
        DossierContact d = dossiers.find(code).orElse(null);
        if (d == null) {
            log.warn("Notification {}: dossier {} not found, nobody told", eventKey, code);
            return;
        }
        String id = d.applicant().isOrganisation() ? d.applicant().taxCode() : d.applicant().personalId();
        if (id == null || id.isBlank()) {
            log.info("Notification {}: dossier {} has no identified applicant, nobody told", eventKey, code);
            return;
        }
        String link = path == null ? null : path.startsWith("http") ? path : address.baseUrl() + path;
        Function<String, Object[]> byLanguage = lang -> args.apply(d, lang);
        notifier.tell(new Notice(eventKey, template, Recipient.citizen(id), byLanguage, link, d.applicant().email(),
                d.applicant().phone()));
    }

    private static String name(DossierContact d, String language) {
        return "en".equals(language) && d.procedureNameEn() != null && !d.procedureNameEn().isBlank()
                ? d.procedureNameEn() : d.procedureNameVi();
    }
}
