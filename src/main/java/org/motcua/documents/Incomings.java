package org.motcua.documents;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The incoming registers of all units (table {@code documents_incoming}). */
@Repository
class Incomings {

    static final RowMapper<IncomingDocument> ROW = (rs, n) -> new IncomingDocument(rs.getString("id"),
            rs.getString("unit_slug"), rs.getInt("year"), rs.getInt("number"), Outgoings.instant(rs, "received_at"),
            Outgoings.instant(rs, "pass_on_due"), rs.getString("outgoing_id"), rs.getString("author"),
            rs.getString("symbol"), rs.getObject("document_date", LocalDate.class),
            DocumentType.valueOf(rs.getString("type")), rs.getString("summary"), rs.getBoolean("urgent"),
            rs.getBoolean("confidential"), Outgoings.strings(rs.getArray("restricted_to")),
            rs.getString("registered_by"));

    private final JdbcClient jdbc;

    Incomings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(IncomingDocument d, String searchText) {
        jdbc.sql("""
                        insert into documents_incoming (id, unit_slug, year, number, received_at, pass_on_due, outgoing_id,
                            author, symbol, document_date, type, summary, urgent, confidential, restricted_to,
                            registered_by, search_text)
                        values (cast(:id as uuid), :unit, :year, :number, :received, :due, cast(:outgoing as uuid),
                            :author, :symbol, :date, :type, :summary, :urgent, :confidential, :restricted, :by, :search)""")
                .param("id", d.id()).param("unit", d.unit()).param("year", d.year()).param("number", d.number())
                .param("received", Timestamp.from(d.receivedAt())).param("due", Timestamp.from(d.passOnDue()))
                .param("outgoing", d.outgoingId()).param("author", d.author()).param("symbol", d.symbol())
                .param("date", d.documentDate()).param("type", d.type().name()).param("summary", d.summary())
                .param("urgent", d.urgent()).param("confidential", d.confidential())
                .param("restricted", d.restrictedTo().toArray(String[]::new)).param("by", d.registeredBy())
                .param("search", searchText).update();
    }

    Optional<IncomingDocument> find(String id) {
        if (!Ids.valid(id)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from documents_incoming where id = cast(:id as uuid)").param("id", id).query(ROW)
                .optional();
    }

    void addSearchText(String id, String text) {
        jdbc.sql("update documents_incoming set search_text = search_text || ' ' || :text where id = cast(:id as uuid)")
                .param("text", text).param("id", id).update();
    }

    /** Adds a file's text to every incoming entry delivered from the outgoing document. */
    void addSearchTextOfOutgoing(String outgoingId, String text) {
        jdbc.sql("update documents_incoming set search_text = search_text || ' ' || :text "
                        + "where outgoing_id = cast(:id as uuid)")
                .param("text", text).param("id", outgoingId).update();
    }

    List<IncomingDocument> receivedBetween(String unit, LocalDate from, LocalDate to, String zone) {
        return jdbc.sql("""
                        select * from documents_incoming
                        where unit_slug = :unit and (received_at at time zone :zone)::date between :from and :to
                        order by year, number""")
                .param("unit", unit).param("zone", zone).param("from", from).param("to", to).query(ROW).list();
    }

    List<IncomingDocument> search(String unit, String folded, int limit) {
        return jdbc.sql("""
                        select * from documents_incoming
                        where unit_slug = :unit and search_text like :pattern escape '\\'
                        order by received_at desc limit :limit""")
                .param("unit", unit).param("pattern", "%" + Ids.likeEscape(folded) + "%").param("limit", limit)
                .query(ROW).list();
    }
}
