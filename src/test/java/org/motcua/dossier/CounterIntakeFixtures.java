package org.motcua.dossier;

import org.motcua.Browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** An official at a one-stop desk walking through the counter intake pages with the cookie-keeping HTTP client. */
final class CounterIntakeFixtures {

    /** A well-formed personal ID number of another province: never in the demo registry. */
    static final String NOBODY = "001099000001";
    /** Trần Minh Khang, a featured person of the demo population registry. */
    static final String KHANG = "079096001234";

    private final int port;
    final Browser browser = new Browser();

    private CounterIntakeFixtures(int port) {
        this.port = port;
    }

    /** Logged in on the staff form login. */
    static CounterIntakeFixtures loggedIn(int port, String user) {
        CounterIntakeFixtures desk = new CounterIntakeFixtures(port);
        Browser.Page login = desk.browser.get(desk.url("/staff/login"));
        Browser.Page home = desk.browser.post(desk.url("/staff/login"),
                Map.of("username", user, "password", "demo", "_csrf", login.hidden("_csrf")));
        assertThat(home.uri().getPath()).as(home.toString()).isEqualTo("/staff");
        return desk;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Browser.Page get(String path) {
        return browser.get(url(path));
    }

    /** Posts a form of the page at {@code pagePath} (its CSRF token) to {@code action}. */
    Browser.Page post(String pagePath, String action, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("_csrf", get(pagePath).hidden("_csrf"));
        return browser.post(url(action), body);
    }

    /** The base of a procedure's intake pages. */
    static String base(String procedure) {
        return "/staff/intake/" + procedure;
    }

    /** Channel and competent unit chosen: lands on the applicant page. */
    Browser.Page chose(String procedure, String competentUnit) {
        Browser.Page page = post(base(procedure), base(procedure), Map.of("channel", "IN_PERSON",
                "competentUnit", competentUnit));
        assertThat(page.uri().getPath()).as(page.toString()).isEqualTo(base(procedure) + "/applicant");
        return page;
    }

    /** The applicant typed by hand (no look-up): lands on the form page. */
    Browser.Page typedApplicant(String procedure, String personalId, String name) {
        Browser.Page page = post(base(procedure) + "/applicant", base(procedure) + "/applicant", Map.of(
                "op", "continue", "personalId", personalId, "fullName", name, "dateOfBirth", "17/05/1990",
                "phone", "0912345678", "address", "5 Nguyễn Huệ, Phường Sài Gòn"));
        assertThat(page.uri().getPath()).as(page.toString()).isEqualTo(base(procedure) + "/form");
        return page;
    }

    /** The marital-status form answered: lands on the uploads page. */
    Browser.Page answeredMaritalStatus() {
        String procedure = DossierFixtures.MARITAL_STATUS;
        Browser.Page page = post(base(procedure) + "/form", base(procedure) + "/form",
                Map.of("currentStatus", "never-married", "purpose", "marriage"));
        assertThat(page.uri().getPath()).as(page.toString()).isEqualTo(base(procedure) + "/uploads");
        return page;
    }

    /** Posts the scans (name of the component input → file name and content) the way the page's form does. */
    Browser.Page upload(String procedure, Map<String, Map.Entry<String, byte[]>> files) {
        String csrf = get(base(procedure) + "/uploads").hidden("_csrf");
        return browser.postMultipart(url(base(procedure) + "/uploads?_csrf=" + csrf), Map.of("_csrf", csrf), files);
    }

    /** A marital-status dossier up to the check page, for a random applicant typed by hand. */
    String atCheck(String competentUnit) {
        String personalId = randomPersonalId();
        get(base(DossierFixtures.MARITAL_STATUS));
        chose(DossierFixtures.MARITAL_STATUS, competentUnit);
        typedApplicant(DossierFixtures.MARITAL_STATUS, personalId, "Võ Thị Lan");
        answeredMaritalStatus();
        Browser.Page check = upload(DossierFixtures.MARITAL_STATUS, Map.of());
        assertThat(check.uri().getPath()).as(check.toString()).isEqualTo(base(DossierFixtures.MARITAL_STATUS)
                + "/check");
        return personalId;
    }

    static String randomPersonalId() {
        return "0793" + (10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000));
    }

    /** The dossier code of a confirmation page's address. */
    static String codeOf(Browser.Page done) {
        List<String> parts = List.of(done.uri().getPath().split("/"));
        assertThat(done.uri().getPath()).as(done.toString()).startsWith("/staff/intake/done/");
        return parts.get(parts.size() - 1);
    }
}
