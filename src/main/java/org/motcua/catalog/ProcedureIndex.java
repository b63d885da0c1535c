package org.motcua.catalog;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An in-memory search index over the procedure versions in force. Searching ignores diacritics and case and ranks:
 * <ol>
 *   <li>a code or national code equal to the query (or starting with it);</li>
 *   <li>names (Vietnamese or English) containing the query as a phrase;</li>
 *   <li>names containing some of the query's words, more words first;</li>
 * </ol>
 * and among equals the shorter name first (a leading "Thủ tục" does not count), then alphabetical order.
 */
public final class ProcedureIndex {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
    private static final Comparator<ProcedureVersion> BY_NAME = Comparator.comparing(
            (ProcedureVersion v) -> v.definition().name().vi(), VIETNAMESE).thenComparing(ProcedureVersion::code);

    private final List<Entry> entries;

    private ProcedureIndex(List<Entry> entries) {
        this.entries = entries;
    }

    public static ProcedureIndex of(Collection<ProcedureVersion> versions) {
        return new ProcedureIndex(versions.stream().map(Entry::new).toList());
    }

    public int size() {
        return entries.size();
    }

    /**
     * @param query  words to find, in any case and with or without diacritics; blank lists everything by name
     * @param tier   only procedures of this tier; null for both
     * @param sector only procedures of this sector slug; null for all
     */
    public List<ProcedureVersion> search(String query, Tier tier, String sector) {
        String folded = SearchText.fold(query);
        List<Entry> candidates = entries.stream()
                .filter(e -> tier == null || e.version.definition().tier() == tier)
                .filter(e -> sector == null || e.version.definition().sector().equals(sector))
                .toList();
        if (folded.isEmpty()) {
            return candidates.stream().map(e -> e.version).sorted(BY_NAME).toList();
        }
        List<String> words = List.of(folded.split(" "));
        return candidates.stream()
                .map(e -> e.match(folded, words))
                .filter(m -> m.rank < Match.NONE)
                .sorted(Comparator.comparingInt((Match m) -> m.rank)
                        .thenComparing(Comparator.comparingDouble((Match m) -> m.coverage).reversed())
                        .thenComparingInt(m -> m.entry.length)
                        .thenComparing(m -> m.entry.version, BY_NAME))
                .map(m -> m.entry.version)
                .toList();
    }

    private record Match(Entry entry, int rank, double coverage) {
        static final int CODE = 0;
        static final int PHRASE = 1;
        static final int WORDS = 2;
        static final int NONE = 3;
    }

    private static final class Entry {
        final ProcedureVersion version;
        final String code;
        final String nationalCode;
        final String vi;
        final String en;
        final Set<String> words = new HashSet<>();
        final int length;

        Entry(ProcedureVersion version) {
            this.version = version;
            ProcedureDefinition d = version.definition();
            this.code = SearchText.fold(d.code());
            this.nationalCode = SearchText.fold(d.nationalCode());
            this.vi = " " + SearchText.fold(d.name().vi()) + " ";
            this.en = " " + SearchText.fold(d.name().en()) + " ";
            words.addAll(List.of(vi.strip().split(" ")));
            words.addAll(List.of(en.strip().split(" ")));
            this.length = vi.strip().replaceFirst("^thu tuc ", "").length();
        }

        Match match(String query, List<String> queryWords) {
            if (code.equals(query) || nationalCode.equals(query) || (query.length() >= 3 && code.startsWith(query))) {
                return new Match(this, Match.CODE, 1);
            }
            String phrase = " " + query + " ";
            if (vi.contains(phrase) || en.contains(phrase)) {
                return new Match(this, Match.PHRASE, 1);
            }
            long found = queryWords.stream().distinct().filter(words::contains).count();
            double coverage = (double) found / queryWords.stream().distinct().count();
            return new Match(this, found == 0 ? Match.NONE : Match.WORDS, coverage);
        }
    }
}
