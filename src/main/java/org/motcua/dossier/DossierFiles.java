package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Content-addressed file store under {@code motcua.dossier.files-dir}: {@code ab/abcdef…} where the name is the
 * SHA-256 of the content, so the same scan uploaded twice is stored once and a file can never change under its id.
 */
@Component
class DossierFiles {

    private final Path root;
    private final long maxSize;
    private final JdbcClient jdbc;

    DossierFiles(DossierProperties properties, JdbcClient jdbc) {
        this.root = properties.filesDir().toAbsolutePath().normalize();
        this.maxSize = properties.maxUploadSize().toBytes();
        this.jdbc = jdbc;
    }

    /** Stores the stream after checking its size and its type by content. */
    StoredFile store(InputStream content) {
        Path tmp = null;
        try {
            Files.createDirectories(root.resolve("tmp"));
            tmp = root.resolve("tmp").resolve(UUID.randomUUID().toString());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[FileType.SNIFF_LENGTH];
            int headLength = 0;
            long size = 0;
            try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (headLength < head.length) {
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    size += n;
                    if (size > maxSize) {
                        throw new ProblemException(ErrorCode.FILE_TOO_LARGE,
                                "Files may be at most " + (maxSize / (1024 * 1024)) + " MB");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new ProblemException(ErrorCode.UNSUPPORTED_FILE_TYPE, "The file is empty");
            }
            FileType type = FileType.sniff(head, headLength).orElseThrow(() -> new ProblemException(
                    ErrorCode.UNSUPPORTED_FILE_TYPE, "Only PDF, PNG and JPEG files are accepted (checked by content)"));
            String id = HexFormat.of().formatHex(sha256.digest());
            Path target = pathOf(id);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            jdbc.sql("""
                            insert into dossier_file (id, size, content_type) values (:id, :size, :type)
                            on conflict (id) do nothing""")
                    .param("id", id).param("size", size).param("type", type.mediaType()).update();
            return new StoredFile(id, size, type.mediaType());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a file under " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    long maxSize() {
        return maxSize;
    }

    Optional<StoredFile> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id, size, content_type from dossier_file where id = :id").param("id", id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getLong(2), rs.getString(3))).optional();
    }

    InputStream open(StoredFile file) {
        try {
            return Files.newInputStream(pathOf(file.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("File " + file.id() + " is missing from " + root, e);
        }
    }

    private Path pathOf(String id) {
        return root.resolve(id.substring(0, 2)).resolve(id);
    }
}
