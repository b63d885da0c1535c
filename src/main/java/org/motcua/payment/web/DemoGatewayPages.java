package org.motcua.payment.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.payment.DemoGateway;
import org.motcua.payment.GatewayInit;
import org.motcua.payment.PaymentQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.motcua.web.PageController;
import org.motcua.web.SummaryRow;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The demo gateway's pages (demo mode only): the bill with pay / cancel / fail; each choice sends the signed
 * notification to the platform server to server, then sends the browser back to the bill's return address. Also the
 * platform's return page, which only shows what the notification decided.
 */
@PageController
class DemoGatewayPages {

    private final ObjectProvider<DemoGateway> gateway;
    private final PaymentQueries queries;

    DemoGatewayPages(ObjectProvider<DemoGateway> gateway, PaymentQueries queries) {
        this.gateway = gateway;
        this.queries = queries;
    }

    @GetMapping(path = "/demo-gateway/bills/{billId}", produces = MediaType.TEXT_HTML_VALUE)
    String bill(@PathVariable String billId, Model model, HttpServletResponse response) {
        Optional<GatewayInit> bill = Optional.ofNullable(gateway.getIfAvailable()).flatMap(g -> g.bill(billId));
        if (bill.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return message(model, "gateway.title", "gateway.unknown");
        }
        model.addAttribute("billId", billId);
        model.addAttribute("rows", List.of(new SummaryRow("gateway.bill", billId, null),
                new SummaryRow("gateway.description", bill.get().description(), null),
                new SummaryRow("gateway.amount", String.format("%,d", bill.get().amount()).replace(',', '.'), null)));
        return "payment/bill";
    }

    @PostMapping("/demo-gateway/bills/{billId}/{choice:pay|cancel|fail}")
    ResponseEntity<Void> settle(@PathVariable String billId, @PathVariable String choice) {
        DemoGateway demo = gateway.getIfAvailable();
        if (demo == null) {
            return ResponseEntity.notFound().build();
        }
        String returnUrl = demo.settle(billId, DemoGateway.Choice.valueOf(choice.toUpperCase()));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(returnUrl)).build();
    }

    @GetMapping(path = "/payments/{billId}", produces = MediaType.TEXT_HTML_VALUE)
    String returned(@PathVariable String billId, Model model, HttpServletResponse response) {
        return queries.status(billId)
                .map(status -> {
                    // the paid bill's e-receipt, for the payer logged in with the e-ID
                    model.addAttribute("receiptHref", status == org.motcua.payment.BillStatus.PAID
                            ? "/my/payments/" + billId + "/receipt.pdf" : null);
                    return message(model, "return.title", "return.status." + status.name());
                })
                .orElseGet(() -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    return message(model, "return.title", "return.unknown");
                });
    }

    private static String message(Model model, String titleKey, String messageKey) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("messageKey", messageKey);
        return "payment/message";
    }
}
