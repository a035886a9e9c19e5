package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.model.Json;

class ElasticsearchBulkClientTest {

    private ScriptedHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ElasticsearchBulkClient client(int maxRetries) {
        return new ElasticsearchBulkClient(server.url(), Optional.empty(), Duration.ofSeconds(5), maxRetries,
                Duration.ofMillis(1), Duration.ofMillis(5));
    }

    private static List<SinkDocument> docs(int n) {
        List<SinkDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] value = Fixtures.json(Fixtures.article(i));
            docs.add(new SinkDocument("news-2021.01", Fixtures.article(i).id(), value,
                    new ConsumerRecord<>("news.enriched", 0, i, null, value)));
        }
        return docs;
    }

    /** A _bulk response with one item per document in the request, statuses in order. */
    private static ScriptedHttpServer.Answer items(ScriptedHttpServer.Request request, int... statuses) {
        String[] lines = request.body().split("\n");
        StringBuilder body = new StringBuilder("{\"took\":1,\"errors\":true,\"items\":[");
        for (int i = 0; i < lines.length / 2; i++) {
            String id;
            try {
                id = Json.mapper().readTree(lines[2 * i]).path("index").path("_id").asText();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            int status = statuses[Math.min(i, statuses.length - 1)];
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"index\":{\"_index\":\"news-2021.01\",\"_id\":\"").append(id).append("\",\"status\":").append(status);
            if (status == 400) {
                body.append(",\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"failed to parse field [published_at]\"}");
            } else if (status == 429) {
                body.append(",\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}");
            }
            body.append("}}");
        }
        return new ScriptedHttpServer.Answer(200, body.append("]}").toString());
    }

    @Test
    void shouldSendNdjsonPairsWithArticleIds() throws Exception {
        server.then(r -> items(r, 201));
        BulkOutcome outcome = client(0).index(docs(3));
        assertThat(outcome.acknowledged()).isEqualTo(3);
        assertThat(outcome.rejected()).isEmpty();
        ScriptedHttpServer.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/_bulk");
        assertThat(request.body()).endsWith("\n");
        JsonNode action = Json.mapper().readTree(request.body().split("\n")[4]);
        assertThat(action.path("index").path("_id").asText()).isEqualTo("art-00002");
    }

    @Test
    void shouldRetryWholeRequestOn429And5xxThenSucceed() {
        server.then(429, "{\"error\":\"too many\"}").then(503, "unavailable").then(r -> items(r, 201));
        BulkOutcome outcome = client(3).index(docs(2));
        assertThat(outcome.acknowledged()).isEqualTo(2);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void shouldRetryARequestThatTimedOut() {
        server.then(r -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ScriptedHttpServer.Answer(200, "{}");
        }).then(r -> items(r, 201));
        ElasticsearchBulkClient client = new ElasticsearchBulkClient(server.url(), Optional.empty(), Duration.ofMillis(300),
                2, Duration.ofMillis(1), Duration.ofMillis(5));
        assertThat(client.index(docs(2)).acknowledged()).isEqualTo(2);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void shouldStopAfterBoundedRetriesNamingTheSetting() {
        for (int i = 0; i < 5; i++) {
            server.then(500, "{\"error\":\"boom\"}");
        }
        assertThatThrownBy(() -> client(2).index(docs(1)))
                .isInstanceOf(SinkException.class)
                .hasMessageContaining("after 2 retries").hasMessageContaining("es.max.retries").hasMessageContaining("500");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void shouldRetryOnlyTheItemsRejectedForLoad() {
        server.then(r -> items(r, 201, 429, 201)).then(r -> items(r, 201));
        BulkOutcome outcome = client(3).index(docs(3));
        assertThat(outcome.acknowledged()).isEqualTo(3);
        List<ScriptedHttpServer.Request> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).body().split("\n")).hasSize(2);
        assertThat(requests.get(1).body()).contains("\"_id\":\"art-00001\"");
    }

    @Test
    void shouldReturnMappingErrorsAsRejectionsWithTheReason() {
        server.then(r -> items(r, 201, 400, 201));
        BulkOutcome outcome = client(3).index(docs(3));
        assertThat(outcome.acknowledged()).isEqualTo(2);
        assertThat(outcome.rejected()).singleElement().satisfies(rejection -> {
            assertThat(rejection.document().id()).isEqualTo("art-00001");
            assertThat(rejection.status()).isEqualTo(400);
            assertThat(rejection.reason()).contains("mapper_parsing_exception").contains("published_at");
        });
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void shouldFailFastOnAuthErrorsNamingTheCredentialSettings() {
        server.then(401, "{\"error\":\"unauthorized\"}");
        ElasticsearchBulkClient client = new ElasticsearchBulkClient(server.url(), Optional.of("Basic c2VjcmV0OnNlY3JldA=="),
                Duration.ofSeconds(5), 5, Duration.ofMillis(1), Duration.ofMillis(5));
        assertThatThrownBy(() -> client.index(docs(1)))
                .isInstanceOf(SinkException.class)
                .hasMessageContaining("401").hasMessageContaining("es.username").hasMessageContaining("es.api.key")
                .hasMessageNotContaining("c2VjcmV0");
        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).authorization()).isEqualTo("Basic c2VjcmV0OnNlY3JldA==");
    }

    @Test
    void shouldFailFastOn403WhenInstallingTheTemplate() {
        server.then(403, "{\"error\":\"forbidden\"}");
        assertThatThrownBy(() -> client(5).putIndexTemplate("khabar-news", IndexTemplate.json()))
                .isInstanceOf(SinkException.class).hasMessageContaining("403").hasMessageContaining("es.password");
    }

    @Test
    void shouldPutTheIndexTemplate() throws Exception {
        server.then(200, "{\"acknowledged\":true}");
        client(0).putIndexTemplate("khabar-news", IndexTemplate.json());
        ScriptedHttpServer.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/_index_template/khabar-news");
        assertThat(Json.mapper().readTree(request.body()).path("index_patterns").get(0).asText()).isEqualTo("news-*");
    }

    @Test
    void shouldBuildAuthorizationFromConfigPreferringTheApiKey() {
        SinkConfig basic = new SinkConfig(Map.of("es.url", "http://h:9200", "es.username", "khabar", "es.password", "s3cret"));
        assertThat(ElasticsearchBulkClient.authorization(basic)).contains("Basic a2hhYmFyOnMzY3JldA==");
        SinkConfig key = new SinkConfig(Map.of("es.url", "http://h:9200", "es.username", "khabar", "es.api.key", "aWQ6a2V5"));
        assertThat(ElasticsearchBulkClient.authorization(key)).contains("ApiKey aWQ6a2V5");
        assertThat(ElasticsearchBulkClient.authorization(new SinkConfig(Map.of()))).isEmpty();
    }

    @Test
    void shouldBackOffExponentiallyUpToTheCap() {
        ElasticsearchBulkClient client = new ElasticsearchBulkClient(server.url(), Optional.empty(), Duration.ofSeconds(1),
                10, Duration.ofMillis(100), Duration.ofMillis(1000));
        assertThat(client.delay(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(client.delay(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(client.delay(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(client.delay(4)).isEqualTo(Duration.ofMillis(1000));
        assertThat(client.delay(60)).isEqualTo(Duration.ofMillis(1000));
    }
}
