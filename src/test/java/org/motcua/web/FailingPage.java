package org.motcua.web;

import org.springframework.web.bind.annotation.GetMapping;

/** A page that always fails, only in tests: shows what a citizen sees when a page breaks. */
@PageController
class FailingPage {

    static final String SECRET = "secret detail of the failure";

    @GetMapping("/test-only/failing-page")
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
