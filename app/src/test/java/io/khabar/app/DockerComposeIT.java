package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The deployed shape of docker-compose.yml: Kafka, Elasticsearch and the three stages as separate containers, fed
 * the bundled samples. Runs only where a Docker engine is available (the build machine has none; the embedded
 * broker and in-process OpenSearch tests are the proof there).
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerComposeIT {

    private static final File ROOT = new File(System.getProperty("khabar.root", ".."));

    @Container
    static final ComposeContainer COMPOSE = new ComposeContainer(new File(ROOT, "docker-compose.yml"))
            .withBuild(true)
            .withServices("kafka", "elasticsearch", "enrich", "sink", "ingest")
            .withExposedService("elasticsearch", 9200, Wait.forHttp("/_cluster/health").forStatusCode(200)
                    .withStartupTimeout(Duration.ofMinutes(5)));

    @Test
    void shouldIndexEverySampleArticleIntoElasticsearch() throws Exception {
        String es = "http://" + COMPOSE.getServiceHost("elasticsearch", 9200) + ":" + COMPOSE.getServicePort("elasticsearch", 9200);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(5).toMillis();
        long count = 0;
        while (System.currentTimeMillis() < deadline && count < 7) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(es + "/news-*/_count")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                count = new ObjectMapper().readTree(response.body()).get("count").asLong();
            }
            Thread.sleep(2000);
        }
        assertThat(count).as("documents indexed from the 7 sample articles").isEqualTo(7);
    }
}
