package org.motcua.payment;

import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierPayments;
import org.motcua.dossier.PayableDossier;
import org.motcua.identity.PlatformAddress;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * E-receipts (biên lai điện tử) of paid bills: the PDF for those who may see the dossier, and the public check of a
 * receipt that its QR code leads to (receipt number, amount, date and dossier code only).
 */
@Service
public class Receipts {

    /** Receipts show, and receipt numbers count years in, Ho Chi Minh City time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Bills bills;
    private final DossierPayments dossiers;
    private final PlatformAddress address;

    Receipts(Bills bills, DossierPayments dossiers, PlatformAddress address) {
        this.bills = bills;
        this.dossiers = dossiers;
        this.address = address;
    }

    /** The receipt of a paid bill as PDF; 404 for those who may not see the dossier, 409 while it is not paid. */
    @Transactional(readOnly = true)
    public byte[] pdf(String billId, Actor by) {
        Bill bill = bills.find(billId).filter(b -> dossiers.visible(b.dossierCode(), by))
                .orElseThrow(() -> BillIssuing.notFound(billId));
        if (bill.status() != BillStatus.PAID) {
            throw new ProblemException(ErrorCode.BILL_NOT_PAID,
                    "Bill " + billId + " is " + bill.status() + ": a receipt is given for a paid bill only");
        }
        PayableDossier dossier = dossiers.find(bill.dossierCode()).orElseThrow(() -> BillIssuing.notFound(billId));
        String number = bills.receiptNumber(billId).orElseThrow(() -> BillIssuing.notFound(billId));
        ReceiptPdf.Content content = new ReceiptPdf.Content(number, dossier.applicantName(), dossier.code(),
                dossier.procedureName(), lines(dossier, bill.amountVnd()),
                bill.amountVnd(), bill.paidAt(), bill.transactionId(), bill.partnerCode(), verificationUrl(billId));
        return ReceiptPdf.render(content);
    }

    /** The dossier's fee lines not exempt, when they make the amount paid; else one line of that amount. */
    private static List<ReceiptPdf.FeeLine> lines(PayableDossier dossier, long amountPaid) {
        List<ReceiptPdf.FeeLine> lines = dossier.fees().stream().filter(f -> f.dueVnd() > 0)
                .map(f -> new ReceiptPdf.FeeLine(f.label(), f.dueVnd())).toList();
        return !lines.isEmpty() && lines.stream().mapToLong(ReceiptPdf.FeeLine::amountVnd).sum() == amountPaid ? lines
                : List.of(new ReceiptPdf.FeeLine("Phí, lệ phí theo quy định", amountPaid));
    }

    /** What anyone holding the receipt's QR code may check; empty unless the bill is paid. */
    @Transactional(readOnly = true)
    public Optional<ReceiptCheck> check(String billId) {
        return bills.find(billId).filter(b -> b.status() == BillStatus.PAID)
                .flatMap(b -> bills.receiptNumber(b.id())
                        .map(n -> new ReceiptCheck(n, b.amountVnd(), b.paidAt(), b.dossierCode(), true)));
    }

    /** The address the receipt's QR code encodes. */
    public String verificationUrl(String billId) {
        return address.baseUrl() + "/api/v1/public/receipts/" + billId;
    }

    /**
     * A receipt as the public check shows it.
     *
     * @param paidOnline always true: the fee was paid through the payment platform
     */
    public record ReceiptCheck(String receiptNumber, long amount, Instant paidAt, String dossierCode,
                               boolean paidOnline) {
    }
}
