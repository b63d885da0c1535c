package org.motcua;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies, follows redirects one by one (each is recorded in {@link #visited()}),
 * posts forms. Enough to walk an OpenID Connect login end to end over real HTTP.
 */
public final class Browser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<URI> visited = new ArrayList<>();

    /** Every address requested, in order, including each redirect followed. */
    public List<URI> visited() {
        return visited;
    }

    /** GET, following redirects; returns the last response. */
    public Page get(String url) {
        return follow(request(URI.create(url)).GET());
    }

    /** POST of an HTML form (application/x-www-form-urlencoded), following redirects. */
    public Page post(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(request(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * POST of an HTML form with a file (multipart/form-data), following redirects. {@code repeated} holds the fields
     * sent several times (a multiple select); {@code fileField} null sends no file.
     */
    public Page multipart(String url, Map<String, String> fields, List<Map.Entry<String, String>> repeated,
                          String fileField, String fileName, byte[] content) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields.entrySet());
        all.addAll(repeated);
        return multipart(url, all, fileField == null ? Map.of() : Map.of(fileField, Map.entry(fileName, content)));
    }

    /**
     * POST of a multipart form (as a browser sends a form with file inputs), following redirects; {@code files} maps
     * each input's name to the file's name and content.
     */
    public Page postMultipart(String url, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files) {
        return multipart(url, new ArrayList<>(fields.entrySet()), files);
    }

    private Page multipart(String url, List<Map.Entry<String, String>> fields,
                           Map<String, Map.Entry<String, byte[]>> files) {
        String boundary = "----motcua" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"; filename=\"" + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(request(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A JSON request sent with this browser's cookies, not following redirects. */
    public Page json(String method, String url, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(URI.create(url)).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
    }

    private Page follow(HttpRequest.Builder first) {
        Page page = send(first.build());
        for (int hops = 0; page.status() / 100 == 3 && hops < 20; hops++) {
            page = send(request(page.uri().resolve(page.location())).GET().build());
        }
        return page;
    }

    private Page send(HttpRequest request) {
        visited.add(request.uri());
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(request.uri(), r.statusCode(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One response. */
    public record Page(URI uri, int status, String location, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The value of the first hidden input with this name (e.g. {@code _csrf}). */
        public String hidden(String name) {
            Matcher m = HIDDEN.matcher(body);
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return m.group(2);
                }
            }
            throw new AssertionError("No hidden field " + name + " in " + body);
        }

        @Override
        public String toString() {
            return status + " " + uri + (location == null ? "" : " → " + location) + "\n" + body;
        }
    }
}
