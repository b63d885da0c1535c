package org.motcua.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Sector;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Procedures")
class SectorController {

    private final Catalog catalog;

    SectorController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/sectors")
    @Operation(summary = "The sectors (lĩnh vực) procedures are grouped by")
    List<Sector> sectors() {
        return catalog.sectors();
    }
}
