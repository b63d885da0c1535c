package org.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.dossier.ConsentOffer;
import org.motcua.dossier.ConsentResult;
import org.motcua.dossier.DataFlag;
import org.motcua.dossier.DataFlags;
import org.motcua.dossier.RegistryConsents;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Data instead of documents", description = "Consent to read the registries, pre-filled forms, flags")
class ConsentController {

    private final RegistryConsents consents;
    private final DataFlags flags;
    private final Actors actors;

    ConsentController(RegistryConsents consents, DataFlags flags, Actors actors) {
        this.consents = consents;
        this.flags = flags;
        this.actors = actors;
    }

    @GetMapping("/api/v1/consents/offer")
    @Operation(summary = "What a procedure would read from the registries, before anything is read")
    ConsentOffer offer(@RequestParam String procedure, Authentication who) {
        actors.of(who);
        return consents.offer(procedure);
    }

    record ConsentBody(String procedureCode) { }

    @PostMapping("/api/v1/consents")
    @Operation(summary = "Consent and read: returns the pre-filled form values with their sources and a consentId "
            + "to submit the dossier with")
    ResponseEntity<ConsentResult> give(@RequestBody ConsentBody body, Authentication who) {
        return ResponseEntity.status(201).body(consents.give(body.procedureCode(), actors.of(who)));
    }

    record FlagBody(String field, String comment) { }

    @PostMapping("/api/v1/dossiers/{code}/data-flags")
    @Operation(summary = "The applicant flags a value taken from a registry as wrong (the processor sees it)")
    ResponseEntity<List<DataFlag>> flag(@PathVariable String code, @RequestBody FlagBody body, Authentication who) {
        return ResponseEntity.status(201).body(flags.flag(code, actors.of(who), body.field(), body.comment()));
    }
}
