package org.motcua.documents;

import org.motcua.identity.Caller;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Search across a unit's outgoing documents and incoming register by number/symbol, summary and the text inside
 * their PDFs, ignoring case and Vietnamese diacritics ("quyet dinh" finds "Quyết định").
 */
@Service
public class DocumentSearch {

    private static final int LIMIT = 50;

    private final Outgoings outgoings;
    private final Incomings incomings;
    private final IncomingDocuments incomingDocuments;

    DocumentSearch(Outgoings outgoings, Incomings incomings, IncomingDocuments incomingDocuments) {
        this.outgoings = outgoings;
        this.incomings = incomings;
        this.incomingDocuments = incomingDocuments;
    }

    @Transactional(readOnly = true)
    public List<SearchHit> search(String unit, String query, Caller caller) {
        DocumentAccess.requireReader(caller, unit);
        String folded = SearchText.fold(query);
        if (folded.length() < 2) {
            throw ProblemException.invalidParameter("q", "at least two characters");
        }
        List<SearchHit> hits = new ArrayList<>();
        for (OutgoingDocument d : outgoings.search(unit, folded, LIMIT)) {
            if (DocumentAccess.canSee(caller, d)) {
                hits.add(new SearchHit("outgoing", d.id(), null, d.symbol(), d.type().name(), d.summary(),
                        d.createdAt()));
            }
        }
        for (IncomingDocument d : incomings.search(unit, folded, LIMIT)) {
            if (DocumentAccess.canSee(caller, d, incomingDocuments.isAssignee(d.id(), caller))) {
                hits.add(new SearchHit("incoming", d.id(), d.number(), d.symbol(), d.type().name(), d.summary(),
                        d.receivedAt()));
            }
        }
        hits.sort(Comparator.comparing(SearchHit::at).reversed());
        return hits.size() > LIMIT ? List.copyOf(hits.subList(0, LIMIT)) : List.copyOf(hits);
    }
}
