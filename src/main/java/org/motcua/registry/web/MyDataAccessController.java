package org.motcua.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.registry.AccessLogPage;
import org.motcua.registry.RegistryAccessLog;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Registries", description = "Reads of the population, civil-status and business registries, all logged")
class MyDataAccessController {

    private final RegistryAccessLog log;

    MyDataAccessController(RegistryAccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/me/data-access")
    @Operation(summary = "Who looked at my data: every registry read of the calling citizen's records, newest first",
            description = "For citizens (and businesses) only; staff get 403.")
    DataAccessPage mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                        Authentication who) {
        String me = Readers.citizen(who);
        AccessLogPage entries = log.ofSubject(me, page, size);
        return new DataAccessPage(entries.items().stream().map(e -> DataAccessView.of(e, me)).toList(),
                entries.page(), entries.size(), entries.total());
    }
}
