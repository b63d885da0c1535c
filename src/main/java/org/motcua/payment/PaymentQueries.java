package org.motcua.payment;

import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierPayments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading bills: those who may see the dossier may see its bills; others are told the bill does not exist. */
@Service
public class PaymentQueries {

    private final Bills bills;
    private final DossierPayments dossiers;

    PaymentQueries(Bills bills, DossierPayments dossiers) {
        this.bills = bills;
        this.dossiers = dossiers;
    }

    @Transactional(readOnly = true)
    public BillView view(String billId, Actor by) {
        Bill bill = bills.find(billId).filter(b -> dossiers.visible(b.dossierCode(), by))
                .orElseThrow(() -> BillIssuing.notFound(billId));
        return new BillView(bill.id(), bill.dossierCode(), bill.amountVnd(), bill.description(), bill.status(),
                bill.refundDue(), bill.createdAt(), bill.paidAt(), bills.transactions(bill.id()));
    }

    /** The status only, for the page the payer's browser returns to: no personal data. */
    @Transactional(readOnly = true)
    public java.util.Optional<BillStatus> status(String billId) {
        return bills.find(billId).map(Bill::status);
    }
}
