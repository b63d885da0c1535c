package org.motcua.feedback;

import org.motcua.ApiClient;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Reports, photos and HTTP calls the feedback tests share. */
final class FeedbackFixtures {

    static final double NGUYEN_HUE_LAT = 10.7743;
    static final double NGUYEN_HUE_LON = 106.7038;
    static final double BEN_THANH_LAT = 10.7725;
    static final double BEN_THANH_LON = 106.6980;
    static final String POTHOLE = "giao-thong.hu-hong-mat-duong";
    static final String NO_WATER = "cap-thoat-nuoc.mat-nuoc";
    static final String TRAFFIC_LIGHT = "giao-thong.den-tin-hieu";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private FeedbackFixtures() {
    }

    /** A client address of its own (X-Forwarded-For), so the submission rate limit of one test never hits another. */
    static String freshAddress() {
        int n = CLIENTS.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    static ApiClient anonymous(int port) {
        return ApiClient.anonymous(port).header("X-Forwarded-For", freshAddress());
    }

    static Map<String, Object> report(String category, String description, Double lat, Double lon) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("description", description);
        if (lat != null) {
            body.put("latitude", lat);
            body.put("longitude", lon);
        }
        return body;
    }

    /** Polls the reporter's follow link until routing assigned the report (at most {@code within}). */
    static JsonNode awaitAssigned(int port, String followToken, Duration within) {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            JsonNode view = ApiClient.anonymous(port).get("/api/v1/feedback/public/follow/" + followToken).json();
            if (!"RECEIVED".equals(view.get("report").get("status").asString())) {
                return view;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Not assigned within " + within + ": " + view);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** multipart/form-data with text fields and parts named {@code photos}. */
    static ApiClient.Response multipart(int port, String path, String authorization, String address,
                                        Map<String, String> fields, List<byte[]> photos) {
        String boundary = "----feedback" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            int i = 0;
            for (byte[] photo : photos) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"p"
                        + i++ + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(photo);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** application/x-www-form-urlencoded POST, as Open311 clients send. */
    static ApiClient.Response form(int port, String path, String address, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static ApiClient.Response get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    static byte[] bytes(int port, String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " → " + r.statusCode());
            }
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiClient.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small PNG picture. */
    static byte[] png() {
        return image("png");
    }

    static byte[] plainJpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (x * 10) << 16 | (y * 15) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone writes it: an APP1 Exif segment right after SOI whose GPS IFD says where it was taken
     * (GPSLatitudeRef N, GPSLatitude 10°46'27", GPSLongitudeRef E, GPSLongitude 106°42'13").
     */
    static byte[] jpegWithGps() {
        byte[] jpeg = plainJpeg();
        byte[] tiff = gpsTiff();
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(app1.array(), 0, app1.capacity());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The GPS latitude's rational triple as stored (big-endian): the test looks for these bytes. */
    static byte[] gpsLatitudeBytes() {
        return ByteBuffer.allocate(24).putInt(10).putInt(1).putInt(46).putInt(1).putInt(27).putInt(1).array();
    }

    private static byte[] gpsTiff() {
        // TIFF header (8) | IFD0: 1 entry (2 + 12 + 4 = 18) at 8 | GPS IFD: 4 entries (2 + 48 + 4 = 54) at 26
        // | latitude rationals (24) at 80 | longitude rationals (24) at 104
        ByteBuffer b = ByteBuffer.allocate(128);
        b.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        b.putShort((short) 1);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26); // GPSInfo IFD pointer
        b.putInt(0);
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        b.putInt(0);
        b.put(gpsLatitudeBytes());
        b.putInt(106).putInt(1).putInt(42).putInt(1).putInt(13).putInt(1);
        return b.array();
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
