package io.khabar.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewServerTest {

    /** Hands the fixtures to the window when started; {@link #push} adds more later. */
    static final class FixedFeed implements ArticleFeed {
        private final List<EnrichedArticle> articles;
        private ArticleWindow window;

        FixedFeed(List<EnrichedArticle> articles) {
            this.articles = articles;
        }

        @Override
        public void start(ArticleWindow target) {
            window = target;
            articles.forEach(target::accept);
        }

        void push(EnrichedArticle article) {
            window.accept(article);
        }

        @Override
        public String describe() {
            return "fixtures";
        }

        @Override
        public void close() {
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private FixedFeed feed;
    private ViewServer server;

    @BeforeEach
    void start() {
        feed = new FixedFeed(Fixtures.articles());
        ViewConfig config = ViewConfig.directory(Path.of("unused")).with(ViewConfig.PORT_CONFIG, 0);
        server = ViewServer.start(config, feed);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.url().resolve(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return Json.mapper().readTree(response.body());
    }

    private static List<String> ids(JsonNode snapshot) {
        List<String> ids = new ArrayList<>();
        snapshot.path("articles").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    @Test
    void shouldListArticlesNewestFirstAsOnTheTopic() throws Exception {
        JsonNode snapshot = json("/api/articles?limit=3");

        assertThat(ids(snapshot)).containsExactly(Fixtures.SUDAN_FOLLOWUP, Fixtures.WIRE_EN, Fixtures.HOSTILE);
        assertThat(snapshot.path("total").asInt()).isEqualTo(6);
        JsonNode first = snapshot.path("articles").get(0);
        EnrichedArticle parsed = Json.mapper().treeToValue(first, EnrichedArticle.class);
        assertThat(parsed).isEqualTo(Fixtures.articles().get(5));
        assertThat(first.path("paragraphs").get(1).path("duplicate_of").path("article_id").asText())
                .isEqualTo(Fixtures.SUDAN_AID);
    }

    @Test
    void shouldFilterByEntityAndReturnOnlyChangesSinceASequence() throws Exception {
        String entity = URLEncoder.encode("LOCATION:إثيوبيا", StandardCharsets.UTF_8);
        assertThat(ids(json("/api/articles?entity=" + entity)))
                .containsExactly(Fixtures.NILE_FOLLOWUP, Fixtures.NILE_TALKS);

        long seq = json("/api/articles?limit=1").path("seq").asLong();
        assertThat(ids(json("/api/articles?since=" + seq))).isEmpty();
        EnrichedArticle talks = Fixtures.articles().get(0);
        feed.push(talks.withParagraphs(talks.paragraphs().subList(0, 2)));

        JsonNode changed = json("/api/articles?since=" + seq);
        assertThat(ids(changed)).containsExactly(Fixtures.NILE_TALKS);
        assertThat(changed.path("articles").get(0).path("paragraphs")).hasSize(2);
        assertThat(changed.path("seq").asLong()).isGreaterThan(seq);
    }

    @Test
    void shouldServeFacetCountsOfTheWindow() throws Exception {
        JsonNode facets = json("/api/facets?limit=2");

        assertThat(facets.path("LOCATION").get(0).path("canonical").asText()).isEqualTo("السودان");
        assertThat(facets.path("LOCATION").get(0).path("count").asInt()).isEqualTo(4);
        assertThat(facets.path("LOCATION")).hasSize(2);
        assertThat(facets.path("PERSON")).hasSize(2);
        assertThat(facets.path("ORGANIZATION").get(0).path("canonical").asText()).isEqualTo("الأمم المتحدة");
        assertThat(facets.has("MISC")).isFalse();
        assertThat(json("/api/info").path("source").asText()).isEqualTo("fixtures");
    }

    @Test
    void shouldSendSecurityHeadersOnPageAssetsAndApi() throws Exception {
        for (String path : List.of("/", "/app.js", "/app.css", "/api/articles", "/api/facets", "/nope")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "src=\"app.js\"")
                .doesNotContain("<script>", "style=");
        assertThat(get("/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/app.js").body()).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
                "document.write", "eval(");
    }

    @Test
    void shouldRejectUnknownPathsBadParametersAndWrites() throws Exception {
        assertThat(get("/nope").statusCode()).isEqualTo(404);
        assertThat(get("/../pom.xml").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles?entity=إثيوبيا").statusCode()).isEqualTo(400);
        assertThat(get("/api/articles?limit=ten").statusCode()).isEqualTo(400);
        assertThat(get("/api/articles?since=x").statusCode()).isEqualTo(400);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.url().resolve("/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldBindToLoopbackByDefault() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(new ViewConfig(Map.of(ViewConfig.FROM_DIR_CONFIG, "out")).port()).isEqualTo(8080);
    }

    @Test
    void shouldRequireExactlyOneSource() {
        assertThatThrownBy(() -> new ViewConfig(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--bootstrap");
        assertThatThrownBy(() -> new ViewConfig(Map.of(ViewConfig.FROM_DIR_CONFIG, "out",
                ViewConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092"))).isInstanceOf(ConfigException.class);
        ViewConfig kafka = ViewConfig.kafka("localhost:9092", null, Map.of("security.protocol", "SSL"));
        assertThat(kafka.source()).isEqualTo(ViewConfig.Source.KAFKA);
        assertThat(kafka.topic()).isEqualTo("news.enriched");
        assertThat(kafka.consumerOverrides()).containsEntry("security.protocol", "SSL");
    }
}
