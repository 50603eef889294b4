package stepwise.engine.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import stepwise.engine.TaskHandler;
import stepwise.engine.TaskRequest;
import stepwise.engine.TaskResult;
import stepwise.engine.data.Json;

/**
 * {@code arn:aws:states:::http:invoke}: a real HTTP call, made only to hosts the user allowed. The
 * response becomes {@code {"Headers", "ResponseBody", "StatusCode", "StatusText"}} as on AWS; a status
 * outside 2xx fails the task with {@code States.Http.StatusCode.NNN}.
 */
public final class HttpInvoker implements TaskHandler {
    public static final String RESOURCE = "arn:aws:states:::http:invoke";
    public static final String HOST_NOT_ALLOWED = "Stepwise.HostNotAllowed";

    private final Set<String> allowedHosts;
    private volatile HttpClient client;

    public HttpInvoker(Set<String> allowedHosts) {
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    @Override
    public TaskResult handle(TaskRequest request) {
        if (!request.resource().startsWith(RESOURCE)) {
            return TaskResult.unhandled();
        }
        JsonNode p = request.parameters();
        String endpoint = p.path("ApiEndpoint").asText(null);
        if (endpoint == null) {
            return TaskResult.failure("States.Runtime", "The HTTP Task '" + request.stateName() + "' has no ApiEndpoint parameter.");
        }
        URI uri;
        try {
            uri = URI.create(endpoint + query(p.get("QueryParameters")));
        } catch (IllegalArgumentException e) {
            return TaskResult.failure("States.Runtime", "The ApiEndpoint '" + endpoint + "' is not a valid URL: " + e.getMessage());
        }
        String host = uri.getHost();
        if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return TaskResult.failure(HOST_NOT_ALLOWED, "The HTTP Task '" + request.stateName() + "' calls " + (host == null ? endpoint
                    : "the host '" + host + "'") + ", which this run does not allow. Stepwise calls only the hosts you allow: add '"
                    + host + "' to the allowed HTTP hosts of the run (CLI: --allow-host " + host + ").");
        }
        String method = p.path("Method").asText("GET").toUpperCase(Locale.ROOT);
        JsonNode body = p.get("RequestBody");
        String encoding = p.path("Transform").path("RequestBodyEncoding").asText("NONE");
        HttpRequest.BodyPublisher publisher;
        String contentType = null;
        if (body == null || body.isNull()) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if ("URL_ENCODED".equals(encoding) && body.isObject()) {
            publisher = HttpRequest.BodyPublishers.ofString(query(body).substring(1));
            contentType = "application/x-www-form-urlencoded";
        } else if (body.isTextual()) {
            publisher = HttpRequest.BodyPublishers.ofString(body.textValue());
        } else {
            publisher = HttpRequest.BodyPublishers.ofString(Json.write(body));
            contentType = "application/json";
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).method(method, publisher);
        JsonNode headers = p.get("Headers");
        if (headers != null && headers.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = headers.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> h = it.next();
                builder.header(h.getKey(), h.getValue().isTextual() ? h.getValue().textValue() : Json.write(h.getValue()));
            }
        }
        if (contentType != null && (headers == null || !headers.has("Content-Type"))) {
            builder.header("Content-Type", contentType);
        }
        return TaskResult.later(client().sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString()).thenApply(HttpInvoker::result));
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
                    client = c;
                }
            }
        }
        return c;
    }

    private static TaskResult result(HttpResponse<String> response) {
        ObjectNode out = Json.object(4);
        ObjectNode headers = Json.object();
        for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
            headers.set(h.getKey(), Json.text(String.join(",", h.getValue())));
        }
        out.set("Headers", headers);
        JsonNode parsed = Json.parseOrNull(response.body());
        out.set("ResponseBody", parsed != null ? parsed : Json.text(response.body()));
        out.put("StatusCode", response.statusCode());
        out.put("StatusText", statusText(response.statusCode()));
        if (response.statusCode() / 100 != 2) {
            return TaskResult.failure("States.Http.StatusCode." + response.statusCode(), Json.write(out));
        }
        return TaskResult.success(out);
    }

    private static String query(JsonNode params) {
        if (params == null || !params.isObject() || params.size() == 0) {
            return "";
        }
        StringJoiner q = new StringJoiner("&", "?", "");
        Iterator<Map.Entry<String, JsonNode>> it = params.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<JsonNode> values = e.getValue().isArray() ? toList(e.getValue()) : List.of(e.getValue());
            for (JsonNode v : values) {
                q.add(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v.isTextual() ? v.textValue() : Json.write(v), StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String statusText(int code) {
        return switch (code) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}
