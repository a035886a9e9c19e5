package io.khabar.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.khabar.model.EntityType;
import io.khabar.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Khabar's web view: an HTTP server (the JDK's, no framework) that serves a page following the enriched stream.
 *
 * <pre>{@code
 * try (ViewServer server = ViewServer.start(ViewConfig.directory(Path.of("out")))) {
 *     System.out.println("Open " + server.url());
 *     server.awaitClose();   // or keep running until close() from a shutdown hook
 * }
 * }</pre>
 *
 * <p>Routes (GET only):
 * <ul>
 *   <li>{@code /} – the page ({@code index.html}, {@code app.css}, {@code app.js} from the classpath)</li>
 *   <li>{@code /api/articles?limit=N&entity=TYPE:canonical} – {@code {"seq","total","articles":[…]}}, newest
 *       first, articles as on the enriched topic; {@code since=SEQ} instead returns only what changed after SEQ</li>
 *   <li>{@code /api/facets?limit=N} – top PERSON/LOCATION/ORGANIZATION canonicals with the number of articles in
 *       the window that mention them</li>
 *   <li>{@code /api/info} – the source description and window size</li>
 * </ul>
 * Every response carries a strict Content-Security-Policy (scripts and styles from the server only) and
 * {@code X-Content-Type-Options: nosniff}; the page builds its DOM from text, never from article HTML.
 */
public final class ViewServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ViewServer.class);

    /** The Content-Security-Policy of every response. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
                    + "base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    private static final String STATIC_ROOT = "/io/khabar/view/static/";
    private static final Map<String, String> STATIC_FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.css", "app.css",
            "/app.js", "app.js");
    private static final int FACETS_DEFAULT = 12;
    private static final int ARTICLES_DEFAULT = 100;

    private final ObjectMapper mapper = Json.mapper();
    private final HttpServer http;
    private final ExecutorService executor;
    private final ArticleFeed feed;
    private final ArticleWindow window;
    private final Map<String, byte[]> assets;
    private final Object closeLock = new Object();
    private boolean closed;

    private ViewServer(HttpServer http, ExecutorService executor, ArticleFeed feed, ArticleWindow window,
            Map<String, byte[]> assets) {
        this.http = http;
        this.executor = executor;
        this.feed = feed;
        this.window = window;
        this.assets = assets;
    }

    /**
     * Starts the server and the feed the config names (Kafka or a bulk-file directory).
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static ViewServer start(ViewConfig config) {
        ArticleFeed feed = switch (config.source()) {
            case KAFKA -> new KafkaArticleFeed(config.bootstrapServers(), config.topic(), config.consumerOverrides());
            case DIRECTORY -> new BulkFileArticleFeed(config.fromDir(), config.rescanMs());
        };
        return start(config, feed);
    }

    /** Starts the server over a feed of your own (host, port and window size from {@code config}). */
    public static ViewServer start(ViewConfig config, ArticleFeed feed) {
        Map<String, byte[]> assets = loadAssets();
        ArticleWindow window = new ArticleWindow(config.windowSize());
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + config.host() + ":" + config.port()
                    + " (set " + ViewConfig.PORT_CONFIG + " / --port to another port)", e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "khabar-view-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ViewServer server = new ViewServer(http, executor, feed, window, assets);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        feed.start(window);
        LOG.info("Khabar view of {} at {}", feed.describe(), server.url());
        return server;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + "/");
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The articles held, e.g. to wait until a feed has delivered. */
    public ArticleWindow window() {
        return window;
    }

    /** Blocks until {@link #close()} is called (from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        synchronized (closeLock) {
            while (!closed) {
                closeLock.wait();
            }
        }
    }

    /** Stops the feed and the server. */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closed) {
                return;
            }
            closed = true;
            closeLock.notifyAll();
        }
        feed.close();
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            try {
                switch (path) {
                    case "/api/articles" -> articles(exchange, query);
                    case "/api/facets" -> facets(exchange, query);
                    case "/api/info" -> sendJson(exchange, info());
                    default -> staticFile(exchange, path);
                }
            } catch (BadRequest e) {
                sendText(exchange, 400, e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Request {} failed: {}", exchange.getRequestURI(), e.toString());
        } finally {
            exchange.close();
        }
    }

    private void articles(HttpExchange exchange, Map<String, String> query) throws IOException {
        int limit = Math.min(intParam(query, "limit", ARTICLES_DEFAULT), window.capacity());
        ArticleWindow.Snapshot snapshot;
        if (query.containsKey("since")) {
            snapshot = window.changedSince(longParam(query, "since"), limit);
        } else {
            ArticleWindow.EntityKey entity = null;
            if (query.containsKey("entity")) {
                entity = ArticleWindow.EntityKey.parse(query.get("entity"));
                if (entity == null) {
                    throw new BadRequest("entity must be TYPE:canonical with TYPE one of PERSON, LOCATION, "
                            + "ORGANIZATION, MISC");
                }
            }
            snapshot = window.newest(limit, entity);
        }
        sendJson(exchange, snapshot);
    }

    private void facets(HttpExchange exchange, Map<String, String> query) throws IOException {
        int limit = intParam(query, "limit", FACETS_DEFAULT);
        Map<EntityType, List<ArticleWindow.FacetCount>> facets = window.facets(limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seq", window.seq());
        facets.forEach((type, counts) -> body.put(type.name(), counts));
        sendJson(exchange, body);
    }

    private Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("source", feed.describe());
        info.put("window", window.capacity());
        info.put("size", window.size());
        info.put("seq", window.seq());
        return info;
    }

    private void staticFile(HttpExchange exchange, String path) throws IOException {
        String name = STATIC_FILES.get(path);
        if (name == null) {
            sendText(exchange, 404, "not found");
            return;
        }
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : "text/javascript; charset=utf-8";
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, 200, type, assets.get(name));
    }

    private void sendJson(HttpExchange exchange, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, "application/json; charset=utf-8", mapper.writeValueAsBytes(body));
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    private static int intParam(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 1) {
                throw new BadRequest(name + " must be at least 1");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number");
        }
    }

    private static long longParam(Map<String, String> query, String name) {
        try {
            return Long.parseLong(query.get(name));
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number");
        }
    }

    private static Map<String, byte[]> loadAssets() {
        Map<String, byte[]> assets = new HashMap<>();
        for (String name : STATIC_FILES.values()) {
            try (InputStream in = ViewServer.class.getResourceAsStream(STATIC_ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing view asset on the classpath: " + STATIC_ROOT + name);
                }
                assets.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return assets;
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
