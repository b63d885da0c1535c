package org.motcua.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.motcua.registry.BusinessRecord;
import org.motcua.registry.CivilStatusRecord;
import org.motcua.registry.PersonRecord;
import org.motcua.registry.ReadContext;
import org.motcua.registry.Registries;
import org.motcua.registry.RegistryRead;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/**
 * Look-ups at the counter: a reception or processing officer reads a registry for a stated purpose (the dossier code),
 * which is logged with the read. Not found is 404 and an unavailable registry 503: the officer continues by hand.
 */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "Registries")
@PreAuthorize("hasAnyRole('RECEPTION','PROCESSOR')")
class RegistryLookupController {

    private final Registries registries;

    RegistryLookupController(Registries registries) {
        this.registries = registries;
    }

    @GetMapping("/population/{personalId}")
    @Operation(summary = "A person from the population registry (reception, processor); purpose is required")
    RegistryReadView<PersonRecord> person(@PathVariable String personalId, @RequestParam String purpose,
                                          @RequestParam(required = false) String fields, Authentication who) {
        return view(registries.person(personalId, context(who, purpose, fields)));
    }

    @GetMapping("/civil-status/{personalId}")
    @Operation(summary = "A person's birth, marriage and death records (reception, processor); purpose is required")
    RegistryReadView<List<CivilStatusRecord>> civilStatus(@PathVariable String personalId,
                                                          @RequestParam String purpose,
                                                          @RequestParam(required = false) String fields,
                                                          Authentication who) {
        return view(registries.civilStatus(personalId, context(who, purpose, fields)));
    }

    @GetMapping("/business/{taxCode}")
    @Operation(summary = "An enterprise or household business by tax code (reception, processor); purpose is required")
    RegistryReadView<BusinessRecord> business(@PathVariable String taxCode, @RequestParam String purpose,
                                              @RequestParam(required = false) String fields, Authentication who) {
        return view(registries.business(taxCode, context(who, purpose, fields)));
    }

    private static ReadContext context(Authentication who, String purpose, String fields) {
        List<String> declared = fields == null || fields.isBlank() ? List.of()
                : Arrays.stream(fields.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        return new ReadContext(Readers.staff(who), ReadContext.STAFF, purpose, declared);
    }

    private static <T> RegistryReadView<T> view(RegistryRead<T> read) {
        if (read instanceof RegistryRead.Found<T> found) {
            return new RegistryReadView<>(found.source(), found.readAt(), found.value());
        }
        if (read instanceof RegistryRead.NotFound<T> notFound) {
            throw new ProblemException(ErrorCode.REGISTRY_RECORD_NOT_FOUND, notFound.message());
        }
        throw new ProblemException(ErrorCode.REGISTRY_UNAVAILABLE, ((RegistryRead.Unavailable<T>) read).message());
    }
}
