package org.motcua.catalog.web;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The citizens' home page (search, browse by life event and by sector, the two tiers in one sentence) and the list
 * of procedures it leads to ({@code /procedures?q=&event=&sector=}, diacritics-insensitive search).
 */
@PageController
class HomePage {

    private final Catalog catalog;

    HomePage(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("lifeEvents", lifeEvents(locale));
        model.addAttribute("sectors", sectors(locale));
        return "catalog/home";
    }

    @GetMapping("/procedures")
    String procedures(@RequestParam(required = false) String q, @RequestParam(required = false) String event,
                      @RequestParam(required = false) String sector, Locale locale, Model model) {
        Optional<Choice> lifeEvent = lifeEvents(locale).stream().filter(c -> c.slug().equals(event)).findFirst();
        Optional<Choice> inSector = sectors(locale).stream().filter(c -> c.slug().equals(sector)).findFirst();
        Predicate<ProcedureVersion> ofEvent = v -> lifeEvent.isEmpty()
                || v.definition().lifeEvents().contains(lifeEvent.get().slug());
        List<ProcedureCard> found = catalog.search(q, null, inSector.map(Choice::slug).orElse(null)).stream()
                .filter(ofEvent).map(v -> ProcedureCard.of(v, locale)).toList();
        model.addAttribute("query", q == null ? "" : q.strip());
        model.addAttribute("filter", lifeEvent.or(() -> inSector).map(Choice::name).orElse(null));
        model.addAttribute("procedures", found);
        return "catalog/procedures";
    }

    private List<Choice> lifeEvents(Locale locale) {
        return catalog.lifeEvents().stream().map(e -> new Choice(e.slug(), Localized.of(e.name(), locale))).toList();
    }

    private List<Choice> sectors(Locale locale) {
        return catalog.sectors().stream().map(s -> new Choice(s.slug(), Localized.of(s.name(), locale))).toList();
    }
}
