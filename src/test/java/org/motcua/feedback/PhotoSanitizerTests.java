package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.feedback.FeedbackFixtures.contains;

class PhotoSanitizerTests {

    private static final long MAX = 5 * 1024 * 1024;

    @Test
    void gpsExifIsRemovedFromAJpegAndThePictureIsUnchanged() throws IOException {
        // given a phone photo whose Exif says where it was taken
        byte[] original = FeedbackFixtures.jpegWithGps();
        assertThat(contains(original, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(contains(original, FeedbackFixtures.gpsLatitudeBytes())).isTrue();
        // when it is accepted
        Photo photo = PhotoSanitizer.sanitize(original, MAX);
        // then no Exif (APP1) segment and no GPS coordinates remain, and it still shows the same picture
        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        assertThat(contains(photo.content(), "Exif".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(contains(photo.content(), FeedbackFixtures.gpsLatitudeBytes())).isFalse();
        assertThat(contains(photo.content(), new byte[]{(byte) 0xFF, (byte) 0xE1})).isFalse();
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(photo.content()));
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getRGB(5, 5)).isEqualTo(before.getRGB(5, 5));
        // the photo without the segment is byte for byte the camera's image data
        assertThat(photo.content()).isEqualTo(FeedbackFixtures.plainJpeg());
    }

    @Test
    void textAndExifChunksAreRemovedFromAPng() {
        byte[] png = withChunkBeforeEnd(FeedbackFixtures.png(), "tEXt", "GPS\0010.7743,106.7038");
        png = withChunkBeforeEnd(png, "eXIf", "MM\0*fake-gps");
        Photo photo = PhotoSanitizer.sanitize(png, MAX);
        assertThat(photo.mediaType()).isEqualTo("image/png");
        assertThat(contains(photo.content(), "10.7743".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(contains(photo.content(), "eXIf".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(photo.content()).isEqualTo(FeedbackFixtures.png());
    }

    @Test
    void aFileThatIsNotAnImageIs415WhateverItsName() {
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PhotoSanitizer.sanitize(pdf, MAX)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE_TYPE);
        // JPEG magic bytes followed by garbage are not a picture either
        byte[] fake = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 1, 2, 3, 4, 5};
        assertThatThrownBy(() -> PhotoSanitizer.sanitize(fake, MAX)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE_TYPE);
    }

    @Test
    void aPhotoAboveTheLimitIs413() {
        byte[] jpeg = FeedbackFixtures.plainJpeg();
        assertThatThrownBy(() -> PhotoSanitizer.sanitize(jpeg, jpeg.length - 1)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).code()).isEqualTo(ErrorCode.FILE_TOO_LARGE);
        assertThat(PhotoSanitizer.sanitize(jpeg, jpeg.length).content()).isEqualTo(jpeg);
    }

    private static byte[] withChunkBeforeEnd(byte[] png, String type, String data) {
        byte[] payload = data.getBytes(StandardCharsets.ISO_8859_1);
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(payload);
        ByteBuffer chunk = ByteBuffer.allocate(12 + payload.length);
        chunk.putInt(payload.length).put(typeBytes).put(payload).putInt((int) crc.getValue());
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        out.write(chunk.array(), 0, chunk.capacity());
        out.write(png, iend, 12);
        return out.toByteArray();
    }
}
