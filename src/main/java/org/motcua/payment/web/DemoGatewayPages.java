package org.motcua.payment.web;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.payment.DemoGateway;
import org.motcua.payment.GatewayInit;
import org.motcua.payment.PaymentQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.net.URI;
import java.util.Optional;

/**
 * The demo gateway's pages (demo mode only): the bill with pay / cancel / fail; each choice sends the signed
 * notification to the platform server to server, then sends the browser back to the bill's return address. Also the
 * platform's return page, which only shows what the notification decided.
 */
@Controller
class DemoGatewayPages {

    private final ObjectProvider<DemoGateway> gateway;
    private final PaymentQueries queries;

    DemoGatewayPages(ObjectProvider<DemoGateway> gateway, PaymentQueries queries) {
        this.gateway = gateway;
        this.queries = queries;
    }

    @GetMapping(path = "/demo-gateway/bills/{billId}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> bill(@PathVariable String billId, HttpServletRequest request) {
        PaymentPage page = new PaymentPage(LocaleContextHolder.getLocale());
        Optional<GatewayInit> bill = Optional.ofNullable(gateway.getIfAvailable()).flatMap(g -> g.bill(billId));
        if (bill.isEmpty()) {
            page.say("h1", "gateway.title").say("p", "gateway.unknown");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(page.render("gateway.title"));
        }
        page.say("h1", "gateway.title").raw("<p class=\"notice\">" + PaymentPage.escape(page.text("page.demo-notice"))
                + "</p><dl>");
        item(page, "gateway.bill", billId);
        item(page, "gateway.description", bill.get().description());
        item(page, "gateway.amount", String.format("%,d", bill.get().amount()).replace(',', '.'));
        page.raw("</dl>");
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String hidden = "<input type=\"hidden\" name=\"" + PaymentPage.escape(csrf.getParameterName()) + "\" value=\""
                + PaymentPage.escape(csrf.getToken()) + "\">";
        for (String[] choice : new String[][] {{"pay", "pay", "gateway.pay"}, {"cancel", "other", "gateway.cancel"},
                {"fail", "other", "gateway.fail"}}) {
            page.raw("<form method=\"post\" action=\"/demo-gateway/bills/" + PaymentPage.escape(billId) + "/"
                    + choice[0] + "\">" + hidden + "<button class=\"" + choice[1] + "\" type=\"submit\">"
                    + PaymentPage.escape(page.text(choice[2])) + "</button></form>");
        }
        return ResponseEntity.ok(page.render("gateway.title"));
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
    @ResponseBody
    ResponseEntity<String> returned(@PathVariable String billId) {
        PaymentPage page = new PaymentPage(LocaleContextHolder.getLocale());
        page.say("h1", "return.title");
        return queries.status(billId)
                .map(status -> ResponseEntity.ok(page.say("p", "return.status." + status.name())
                        .render("return.title")))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(page.say("p", "return.unknown").render("return.title")));
    }

    private static void item(PaymentPage page, String labelKey, String value) {
        page.raw("<dt>" + PaymentPage.escape(page.text(labelKey)) + "</dt><dd>" + PaymentPage.escape(value) + "</dd>");
    }
}
