package org.motcua.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity", description = "Who is calling")
class MeController {

    private final Callers callers;

    MeController(Callers callers) {
        this.callers = callers;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller: a citizen's e-ID facts (personal ID or tax code, name, birth date, level) or a "
            + "staff member's grants")
    Caller me(Authentication authentication) {
        return callers.of(authentication);
    }
}
