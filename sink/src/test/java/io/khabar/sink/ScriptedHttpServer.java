package io.khabar.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A JDK HTTP server on 127.0.0.1 that answers requests from a script and remembers what it was asked. */
final class ScriptedHttpServer implements AutoCloseable {

    /** One request as received. */
    record Request(String method, String path, String authorization, String body) {
    }

    /** One scripted answer, computed from the request (e.g. to echo per-item results). */
    record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final Deque<Function<Request, Answer>> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    ScriptedHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized ScriptedHttpServer then(int status, String body) {
        script.add(r -> new Answer(status, body));
        return this;
    }

    synchronized ScriptedHttpServer then(Function<Request, Answer> answer) {
        script.add(answer);
        return this;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Function<Request, Answer> next;
        synchronized (this) {
            requests.add(request);
            next = script.isEmpty() ? r -> new Answer(500, "{\"error\":\"script exhausted\"}") : script.poll();
        }
        Answer answer = next.apply(request);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
