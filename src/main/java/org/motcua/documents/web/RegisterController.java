package org.motcua.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.documents.DocumentRegisters;
import org.motcua.documents.DocumentSearch;
import org.motcua.documents.Register;
import org.motcua.documents.RegisterKind;
import org.motcua.documents.SearchHit;
import org.motcua.identity.Callers;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Document registers", description = "Registers of Decree 30/2020/NĐ-CP Appendix IV and search")
class RegisterController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DocumentRegisters registers;
    private final DocumentSearch search;
    private final Callers callers;

    RegisterController(DocumentRegisters registers, DocumentSearch search, Callers callers) {
        this.registers = registers;
        this.search = search;
        this.callers = callers;
    }

    @GetMapping("/registers/{kind}")
    @Operation(summary = "A register of your unit for a period: outgoing, incoming or tracking; format json "
            + "(default), pdf or xlsx. The period defaults to the current year up to today")
    ResponseEntity<?> register(@PathVariable String kind, @RequestParam String unit,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "json") String format,
                               @RequestParam(defaultValue = "vi") String lang, Authentication who) {
        RegisterKind k = RegisterKind.fromCode(kind)
                .orElseThrow(() -> new ProblemException(ErrorCode.NOT_FOUND, "No register '" + kind + "'"));
        Locale locale = Locale.forLanguageTag(lang);
        Register register = registers.register(k, unit, from, to, callers.of(who), locale);
        String name = "so-" + k.code() + "-" + unit + "-" + register.from() + "-" + register.to();
        switch (format) {
            case "json":
                return ResponseEntity.ok(register);
            case "pdf":
                return file(registers.pdf(register, locale), MediaType.APPLICATION_PDF, name + ".pdf");
            case "xlsx":
                return file(registers.xlsx(register), XLSX, name + ".xlsx");
            default:
                throw ProblemException.invalidParameter("format", "json, pdf or xlsx");
        }
    }

    @GetMapping("/search")
    @Operation(summary = "Search your unit's documents by number/symbol, summary and text inside the PDFs, "
            + "ignoring diacritics")
    List<SearchHit> search(@RequestParam String unit, @RequestParam String q, Authentication who) {
        return search.search(unit, q, callers.of(who));
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }
}
