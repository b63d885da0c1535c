package org.motcua.documents;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Outgoing documents (table {@code documents_outgoing}). */
@Repository
class Outgoings {

    static final RowMapper<OutgoingDocument> ROW = (rs, n) -> new OutgoingDocument(rs.getString("id"),
            rs.getString("unit_slug"), DocumentType.valueOf(rs.getString("type")), rs.getString("summary"),
            rs.getString("drafting_unit"), rs.getString("field"), rs.getString("signer_name"),
            rs.getString("signer_title"), SigningAuthority.valueOf(rs.getString("signing_authority")),
            strings(rs.getArray("recipient_units")), strings(rs.getArray("recipient_outside")),
            rs.getString("file_copy_holder"), (Integer) rs.getObject("copies"), rs.getBoolean("urgent"),
            rs.getBoolean("confidential"), strings(rs.getArray("restricted_to")), rs.getString("meeting_link"),
            OutgoingDocument.Status.valueOf(rs.getString("status")), (Integer) rs.getObject("year"),
            (Integer) rs.getObject("number"), rs.getString("symbol"), instant(rs, "numbered_at"),
            instant(rs, "issued_at"), instant(rs, "abandoned_at"), rs.getString("abandon_reason"),
            rs.getString("created_by"), instant(rs, "created_at"));

    private final JdbcClient jdbc;

    Outgoings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OutgoingDocument d, String searchText) {
        jdbc.sql("""
                        insert into documents_outgoing (id, unit_slug, type, summary, drafting_unit, field, signer_name,
                            signer_title, signing_authority, recipient_units, recipient_outside, file_copy_holder, copies,
                            urgent, confidential, restricted_to, meeting_link, status, created_by, created_at, search_text)
                        values (cast(:id as uuid), :unit, :type, :summary, :drafting, :field, :signerName, :signerTitle,
                            :authority, :units, :outside, :holder, :copies, :urgent, :confidential, :restricted, :meeting,
                            'DRAFT', :by, :at, :search)""")
                .param("id", d.id()).param("unit", d.unit()).param("type", d.type().name())
                .param("summary", d.summary()).param("drafting", d.draftingUnit()).param("field", d.field())
                .param("signerName", d.signerName()).param("signerTitle", d.signerTitle())
                .param("authority", d.signingAuthority().name())
                .param("units", d.recipientUnits().toArray(String[]::new))
                .param("outside", d.recipientOutside().toArray(String[]::new))
                .param("holder", d.fileCopyHolder()).param("copies", d.copies()).param("urgent", d.urgent())
                .param("confidential", d.confidential()).param("restricted", d.restrictedTo().toArray(String[]::new))
                .param("meeting", d.meetingLink()).param("by", d.createdBy())
                .param("at", Timestamp.from(d.createdAt())).param("search", searchText).update();
    }

    Optional<OutgoingDocument> find(String id) {
        if (!Ids.valid(id)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from documents_outgoing where id = cast(:id as uuid)").param("id", id).query(ROW)
                .optional();
    }

    /** The document locked until the transaction ends: one numbering or issuing of it at a time. */
    Optional<OutgoingDocument> lock(String id) {
        if (!Ids.valid(id)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from documents_outgoing where id = cast(:id as uuid) for update").param("id", id)
                .query(ROW).optional();
    }

    void numbered(String id, int year, int number, String symbol, Instant at) {
        jdbc.sql("""
                        update documents_outgoing set status = 'NUMBERED', year = :year, number = :number, symbol = :symbol,
                            numbered_at = :at, search_text = search_text || ' ' || :folded
                        where id = cast(:id as uuid)""")
                .param("year", year).param("number", number).param("symbol", symbol).param("at", Timestamp.from(at))
                .param("folded", SearchText.fold(symbol)).param("id", id).update();
    }

    void issued(String id, Instant at) {
        jdbc.sql("update documents_outgoing set status = 'ISSUED', issued_at = :at where id = cast(:id as uuid)")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void abandoned(String id, String reason, Instant at) {
        jdbc.sql("""
                        update documents_outgoing set status = 'ABANDONED', abandoned_at = :at, abandon_reason = :reason
                        where id = cast(:id as uuid)""")
                .param("at", Timestamp.from(at)).param("reason", reason).param("id", id).update();
    }

    void addSearchText(String id, String text) {
        jdbc.sql("update documents_outgoing set search_text = search_text || ' ' || :text where id = cast(:id as uuid)")
                .param("text", text).param("id", id).update();
    }

    /** The register: every numbered document of the unit whose number was taken in the period, in number order. */
    List<OutgoingDocument> numberedBetween(String unit, LocalDate from, LocalDate to, String zone) {
        return jdbc.sql("""
                        select * from documents_outgoing
                        where unit_slug = :unit and number is not null
                          and (numbered_at at time zone :zone)::date between :from and :to
                        order by year, number""")
                .param("unit", unit).param("zone", zone).param("from", from).param("to", to).query(ROW).list();
    }

    /** The unit's documents not yet issued nor abandoned (drafts and numbered ones), the newest first. */
    List<OutgoingDocument> unissued(String unit, int limit) {
        return jdbc.sql("""
                        select * from documents_outgoing
                        where unit_slug = :unit and status in ('DRAFT', 'NUMBERED')
                        order by created_at desc limit :limit""")
                .param("unit", unit).param("limit", limit).query(ROW).list();
    }

    List<OutgoingDocument> search(String unit, String folded, int limit) {
        return jdbc.sql("""
                        select * from documents_outgoing
                        where unit_slug = :unit and search_text like :pattern escape '\\'
                        order by created_at desc limit :limit""")
                .param("unit", unit).param("pattern", "%" + Ids.likeEscape(folded) + "%").param("limit", limit)
                .query(ROW).list();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
