package io.khabar.sink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small Elasticsearch/OpenSearch client for what the sink needs: {@code PUT _index_template/<name>} and
 * {@code POST _bulk}, on the JDK's {@link HttpClient}. Failures are told apart:
 * <ul>
 * <li>429, 5xx, timeouts and I/O errors, of the whole request or of single items, are retried with exponential
 * backoff ({@code es.retry.backoff.ms} doubling up to {@code es.retry.backoff.max.ms}) at most
 * {@code es.max.retries} times, then the sink stops;</li>
 * <li>other item errors (mapping and parse errors: 400-class) are returned as {@link BulkOutcome.Rejection}s;</li>
 * <li>401/403 stop at once with a message naming {@code es.username}/{@code es.password} or {@code es.api.key}.</li>
 * </ul>
 * Credentials are sent in a header and never logged.
 */
final class ElasticsearchBulkClient {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchBulkClient.class);
    private static final String NDJSON = "application/x-ndjson";

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http;
    private final URI base;
    private final String safeBase;
    private final Optional<String> authorization;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Duration backoff;
    private final Duration backoffMax;

    ElasticsearchBulkClient(SinkConfig config) {
        this(config.esUrl().orElseThrow(), authorization(config), config.esRequestTimeout(), config.esMaxRetries(),
                config.esRetryBackoff(), config.esRetryBackoffMax());
    }

    ElasticsearchBulkClient(String url, Optional<String> authorization, Duration requestTimeout, int maxRetries,
            Duration backoff, Duration backoffMax) {
        this.base = baseUri(url);
        this.safeBase = base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort())
                + base.getPath();
        this.authorization = authorization;
        this.requestTimeout = requestTimeout;
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.backoffMax = backoffMax;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .build();
    }

    /** Installs (or replaces) the composable index template {@code name}. */
    void putIndexTemplate(String name, String templateJson) {
        HttpResponse<byte[]> response = sendWithRetries("PUT", "_index_template/" + name,
                templateJson.getBytes(StandardCharsets.UTF_8), "application/json");
        if (response.statusCode() / 100 != 2) {
            throw new SinkException("cluster " + safeBase + " refused index template " + name + ": HTTP "
                    + response.statusCode() + " " + snippet(response.body()));
        }
        LOG.info("installed index template {} on {}", name, safeBase);
    }

    /**
     * Indexes the documents with one {@code _bulk} request (retrying what is retriable) and says which were
     * acknowledged and which were refused for good.
     */
    BulkOutcome index(List<SinkDocument> documents) {
        List<SinkDocument> pending = documents;
        List<BulkOutcome.Rejection> rejected = new ArrayList<>();
        int acknowledged = 0;
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response = sendWithRetries("POST", "_bulk", body(pending), NDJSON);
            int status = response.statusCode();
            if (status == 413) {
                throw new SinkException("cluster " + safeBase + " refused a _bulk request of " + pending.size()
                        + " documents as too large (HTTP 413); lower " + SinkConfig.ES_BATCH_MAX_BYTES_CONFIG);
            }
            if (status / 100 != 2) {
                throw new SinkException("cluster " + safeBase + " refused a _bulk request: HTTP " + status + " "
                        + snippet(response.body()) + " (check " + SinkConfig.ES_URL_CONFIG + ")");
            }
            List<SinkDocument> retry = new ArrayList<>();
            String retryReason = null;
            JsonNode items = readItems(response.body(), pending.size());
            for (int i = 0; i < pending.size(); i++) {
                JsonNode item = items.get(i).elements().next();
                int itemStatus = item.path("status").asInt(0);
                if (itemStatus / 100 == 2) {
                    acknowledged++;
                } else if (isRetriable(itemStatus)) {
                    retry.add(pending.get(i));
                    retryReason = itemStatus + " " + errorReason(item);
                } else {
                    rejected.add(new BulkOutcome.Rejection(pending.get(i), itemStatus, errorReason(item)));
                }
            }
            if (retry.isEmpty()) {
                return new BulkOutcome(acknowledged, List.copyOf(rejected));
            }
            if (attempt >= maxRetries) {
                throw new SinkException(retry.size() + " documents still failing after " + maxRetries
                        + " retries (" + retryReason + "); raise " + SinkConfig.ES_MAX_RETRIES_CONFIG
                        + " or check the cluster at " + safeBase);
            }
            LOG.warn("{} of {} documents not indexed ({}); retrying", retry.size(), pending.size(), retryReason);
            sleep(delay(attempt));
            pending = retry;
        }
    }

    static boolean isRetriable(int status) {
        return status == 429 || status >= 500;
    }

    /** Backoff before retry {@code attempt + 1}: initial · 2^attempt, capped. */
    Duration delay(int attempt) {
        long ms = backoff.toMillis() << Math.min(attempt, 30);
        return Duration.ofMillis(Math.min(ms < 0 ? Long.MAX_VALUE : ms, backoffMax.toMillis()));
    }

    private HttpResponse<byte[]> sendWithRetries(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(requestTimeout)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        authorization.ifPresent(value -> builder.header("Authorization", value));
        HttpRequest request = builder.build();
        String lastProblem = null;
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 401 || status == 403) {
                    throw new SinkException("cluster " + safeBase + " refused our credentials (HTTP " + status + " on "
                            + method + " /" + path + "): set " + SinkConfig.ES_USERNAME_CONFIG + "/"
                            + SinkConfig.ES_PASSWORD_CONFIG + " or " + SinkConfig.ES_API_KEY_CONFIG
                            + " to a user allowed to write news-* indices and index templates");
                }
                if (!isRetriable(status)) {
                    return response;
                }
                lastProblem = "HTTP " + status + " " + snippet(response.body());
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SinkException("interrupted while talking to " + safeBase, e);
            }
            if (attempt >= maxRetries) {
                throw new SinkException(method + " /" + path + " to " + safeBase + " failed after " + maxRetries
                        + " retries: " + lastProblem + "; raise " + SinkConfig.ES_MAX_RETRIES_CONFIG
                        + " or check " + SinkConfig.ES_URL_CONFIG);
            }
            LOG.warn("{} /{} to {}: {}; retry {} of {}", method, path, safeBase, lastProblem, attempt + 1, maxRetries);
            sleep(delay(attempt));
        }
    }

    private static byte[] body(List<SinkDocument> documents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (SinkDocument doc : documents) {
            body.writeBytes(BulkLines.pair(doc));
        }
        return body.toByteArray();
    }

    private JsonNode readItems(byte[] body, int expected) {
        JsonNode items;
        try {
            items = mapper.readTree(body).path("items");
        } catch (IOException e) {
            throw new SinkException("unreadable _bulk response from " + safeBase + ": " + e.getMessage(), e);
        }
        if (!items.isArray() || items.size() != expected) {
            throw new SinkException("_bulk response from " + safeBase + " has " + items.size() + " items for "
                    + expected + " documents");
        }
        return items;
    }

    private static String errorReason(JsonNode item) {
        JsonNode error = item.path("error");
        if (error.isMissingNode() || error.isNull()) {
            return "status " + item.path("status").asInt();
        }
        if (error.isTextual()) {
            return error.asText();
        }
        StringBuilder reason = new StringBuilder(error.path("type").asText("error")).append(": ")
                .append(error.path("reason").asText(""));
        JsonNode cause = error.path("caused_by");
        if (cause.isObject()) {
            reason.append(" (").append(cause.path("type").asText()).append(": ").append(cause.path("reason").asText())
                    .append(')');
        }
        return reason.toString();
    }

    private static String snippet(byte[] body) {
        String s = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException("interrupted while backing off", e);
        }
    }

    static Optional<String> authorization(SinkConfig config) {
        String apiKey = config.esApiKey() == null ? "" : config.esApiKey().value();
        if (!apiKey.isBlank()) {
            return Optional.of("ApiKey " + apiKey.trim());
        }
        String user = config.esUsername();
        if (user != null && !user.isBlank()) {
            String password = config.esPassword() == null ? "" : config.esPassword().value();
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return Optional.of("Basic " + token);
        }
        return Optional.empty();
    }

    private static URI baseUri(String url) {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new SinkException(SinkConfig.ES_URL_CONFIG + " must be an http(s) URL such as http://localhost:9200");
            }
            if (uri.getUserInfo() != null) {
                throw new SinkException(SinkConfig.ES_URL_CONFIG + " must not hold credentials; use "
                        + SinkConfig.ES_USERNAME_CONFIG + "/" + SinkConfig.ES_PASSWORD_CONFIG + " or "
                        + SinkConfig.ES_API_KEY_CONFIG);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SinkException(SinkConfig.ES_URL_CONFIG + " is not a URL: " + e.getMessage(), e);
        }
    }
}
