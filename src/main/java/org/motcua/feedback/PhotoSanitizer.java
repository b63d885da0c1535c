package org.motcua.feedback;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;

/**
 * Accepts JPEG and PNG photos by their content (never by name or declared type) and removes every metadata block that
 * can carry where or when it was taken before anything is stored: in JPEG the APP1 (Exif with its GPS IFD, XMP),
 * APP3–APP13 and APP15 segments and comments; in PNG the eXIf, text and time chunks. The picture data are copied byte
 * for byte, so the photo is not re-encoded.
 */
final class PhotoSanitizer {

    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private PhotoSanitizer() {
    }

    static Photo sanitize(byte[] content, long maxSize) {
        if (content.length > maxSize) {
            throw new ProblemException(ErrorCode.FILE_TOO_LARGE,
                    "Photos may be at most " + (maxSize / (1024 * 1024)) + " MB each");
        }
        Photo photo;
        if (isJpeg(content)) {
            photo = new Photo("image/jpeg", stripJpeg(content));
        } else if (isPng(content)) {
            photo = new Photo("image/png", stripPng(content));
        } else {
            throw notAnImage();
        }
        requireDecodable(photo.content());
        return photo;
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    static boolean isPng(byte[] b) {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] stripJpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (i + 4 <= in.length) {
            if ((in[i] & 0xFF) != 0xFF) {
                throw notAnImage();
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xDA) { // start of scan: the picture data follow to the end
                out.write(in, i, in.length - i);
                return out.toByteArray();
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > in.length) {
                throw notAnImage();
            }
            boolean keep = !(marker == 0xFE || (marker >= 0xE1 && marker <= 0xED) || marker == 0xEF);
            if (keep) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
        throw notAnImage();
    }

    private static byte[] stripPng(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i + 12 <= in.length) {
            long length = ((in[i] & 0xFFL) << 24) | ((in[i + 1] & 0xFF) << 16) | ((in[i + 2] & 0xFF) << 8)
                    | (in[i + 3] & 0xFF);
            if (length > in.length - i - 12) {
                throw notAnImage();
            }
            String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            int total = (int) length + 12;
            if (!PNG_DROPPED.contains(type)) {
                out.write(in, i, total);
            }
            i += total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw notAnImage();
    }

    private static void requireDecodable(byte[] content) {
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream);
                if (reader.getWidth(0) <= 0 || reader.getHeight(0) <= 0) {
                    throw notAnImage();
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw notAnImage();
        }
    }

    private static ProblemException notAnImage() {
        return new ProblemException(ErrorCode.UNSUPPORTED_FILE_TYPE,
                "Photos must be JPEG or PNG images (checked by their content)");
    }
}
