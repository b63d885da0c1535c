package org.motcua.documents;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The files of documents (table {@code documents_file}), checked to be PDFs by content, with text and signatures. */
@Repository
class DocumentFiles {

    private static final TypeReference<List<SignatureCheck.Signature>> SIGNATURES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<FileView> row;

    DocumentFiles(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.row = (rs, n) -> new FileView(rs.getString("id"), rs.getString("name"), rs.getString("content_type"),
                rs.getLong("size"), rs.getString("sha256"), rs.getBoolean("searchable"),
                new SignatureCheck(SignatureCheck.Status.valueOf(rs.getString("signature")),
                        json.readValue(rs.getString("signatures"), SIGNATURES)));
    }

    /** Stored PDF and the text found in it. */
    record Stored(FileView view, String text) {
    }

    /** Stores a PDF; anything else is refused with 415 whatever its name says. */
    Stored store(String unit, String name, byte[] content, String by, Instant at) {
        if (content == null || content.length == 0) {
            throw new ProblemException(ErrorCode.UNSUPPORTED_FILE_TYPE, "The file is empty");
        }
        if (!PdfInspector.isPdf(content)) {
            throw new ProblemException(ErrorCode.UNSUPPORTED_FILE_TYPE,
                    "Only PDF files are accepted (checked by content, not by name)");
        }
        PdfInspector.Inspection inspection = PdfInspector.inspect(content);
        String id = UUID.randomUUID().toString();
        String sha256 = sha256(content);
        String cleanName = name(name);
        jdbc.sql("""
                        insert into documents_file (id, unit_slug, name, content_type, size, sha256, content, text_content,
                                                    signature, signatures, uploaded_by, uploaded_at)
                        values (cast(:id as uuid), :unit, :name, 'application/pdf', :size, :sha, :content, :text,
                                :signature, cast(:signatures as jsonb), :by, :at)""")
                .param("id", id).param("unit", unit).param("name", cleanName).param("size", content.length)
                .param("sha", sha256).param("content", content).param("text", inspection.text())
                .param("signature", inspection.signatures().status().name())
                .param("signatures", json.writeValueAsString(inspection.signatures().signatures()))
                .param("by", by).param("at", java.sql.Timestamp.from(at)).update();
        return new Stored(new FileView(id, cleanName, "application/pdf", content.length, sha256,
                inspection.text() != null && !inspection.text().isBlank(), inspection.signatures()),
                inspection.text());
    }

    private static final String COLUMNS = "f.id, f.name, f.content_type, f.size, f.sha256, "
            + "coalesce(length(trim(f.text_content)), 0) > 0 as searchable, f.signature, f.signatures::text as signatures";

    List<FileView> ofOutgoing(String outgoingId) {
        return jdbc.sql("select " + COLUMNS + " from documents_file f join documents_outgoing_file o on o.file_id = f.id"
                        + " where o.outgoing_id = cast(:id as uuid) order by f.uploaded_at, f.id")
                .param("id", outgoingId).query(row).list();
    }

    List<FileView> ofIncoming(String incomingId) {
        return jdbc.sql("select " + COLUMNS + " from documents_file f join documents_incoming_file i on i.file_id = f.id"
                        + " where i.incoming_id = cast(:id as uuid) order by f.uploaded_at, f.id")
                .param("id", incomingId).query(row).list();
    }

    /** The text of every file of the outgoing document, for the search text of its incoming entries. */
    String textOfOutgoing(String outgoingId) {
        return String.join(" ", jdbc.sql("""
                        select coalesce(f.text_content, '') from documents_file f
                        join documents_outgoing_file o on o.file_id = f.id where o.outgoing_id = cast(:id as uuid)""")
                .param("id", outgoingId).query(String.class).list());
    }

    void attachToOutgoing(String outgoingId, String fileId) {
        jdbc.sql("insert into documents_outgoing_file (outgoing_id, file_id) values (cast(:o as uuid), cast(:f as uuid))")
                .param("o", outgoingId).param("f", fileId).update();
    }

    void attachToIncoming(String incomingId, String fileId) {
        jdbc.sql("insert into documents_incoming_file (incoming_id, file_id) values (cast(:i as uuid), cast(:f as uuid))")
                .param("i", incomingId).param("f", fileId).update();
    }

    Optional<FileContent> content(String fileId) {
        Optional<FileView> view = jdbc.sql("select " + COLUMNS + " from documents_file f where f.id = cast(:id as uuid)")
                .param("id", fileId).query(row).optional();
        return view.map(v -> new FileContent(v, jdbc.sql("select content from documents_file where id = cast(:id as uuid)")
                .param("id", fileId).query(byte[].class).single()));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(String originalName) {
        if (originalName == null || originalName.isBlank()) {
            return "van-ban.pdf";
        }
        String bare = originalName.replace('\\', '/');
        bare = bare.substring(bare.lastIndexOf('/') + 1);
        return bare.length() > 200 ? bare.substring(0, 200) : bare;
    }
}
