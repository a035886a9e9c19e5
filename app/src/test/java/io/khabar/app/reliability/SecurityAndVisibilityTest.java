package io.khabar.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.management.ObjectName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import io.khabar.enrich.EnrichApp;
import io.khabar.enrich.EnrichConfig;
import io.khabar.ingest.ArticleIngestor;
import io.khabar.ingest.IngestConfig;
import io.khabar.sink.SinkConfig;
import io.khabar.sink.SinkStage;

/**
 * The properties file's Kafka security settings reach the clients of every stage (their logged configs say so),
 * no secret shows up in any log line, each stage logs its counts at shutdown, and Kafka Streams' metrics are on
 * the platform MBean server. The clients point at a closed port: nothing here needs a broker.
 */
class SecurityAndVisibilityTest {

    private static final String JAAS_SECRET = "jaas-s3cr3t-7f1c";
    private static final String TRUST_SECRET = "trust-s3cr3t-9a2e";
    private static final String ES_SECRET = "es-s3cr3t-44d0";

    @TempDir
    Path work;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger kafka = (Logger) LoggerFactory.getLogger("org.apache.kafka");
    private final Logger khabar = (Logger) LoggerFactory.getLogger("io.khabar");
    private Level kafkaLevel;
    private Level khabarLevel;

    @BeforeEach
    void captureLogs() {
        kafkaLevel = kafka.getLevel();
        khabarLevel = khabar.getLevel();
        kafka.setLevel(Level.INFO);
        khabar.setLevel(Level.INFO);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restoreLogs() {
        root.detachAppender(logs);
        kafka.setLevel(kafkaLevel);
        khabar.setLevel(khabarLevel);
    }

    /** What {@code --config FILE} would hold for a SASL/SSL cluster. */
    private Map<String, Object> fileProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", "localhost:1");
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "PLAIN");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"khabar\" password=\"" + JAAS_SECRET + "\";");
        props.put("ssl.truststore.password", TRUST_SECRET);
        props.put("ssl.endpoint.identification.algorithm", "");
        props.put("es.password", ES_SECRET);
        return props;
    }

    @Test
    void shouldPassSecuritySettingsToEveryClientNeverLogSecretsAndLogCountsAtShutdown() throws Exception {
        try (ArticleIngestor ingestor = new ArticleIngestor(new IngestConfig(fileProperties()))) {
            assertThat(ingestor).isNotNull();
        }

        Map<String, Object> sinkProps = fileProperties();
        sinkProps.put(SinkConfig.OUT_DIR_CONFIG, work.resolve("out").toString());
        SinkStage sink = new SinkStage(new SinkConfig(sinkProps), ids -> { });
        CompletableFuture<?> sinkRun = CompletableFuture.supplyAsync(sink::run);
        awaitLog("sink consumer config", e -> e.getFormattedMessage().startsWith("ConsumerConfig values")
                && e.getFormattedMessage().contains("client.id = khabar-sink"));
        sink.close();
        sinkRun.get(30, TimeUnit.SECONDS);

        Map<String, Object> enrichProps = fileProperties();
        enrichProps.put(EnrichConfig.TOPICS_CREATE_CONFIG, false);
        enrichProps.put(EnrichConfig.DEDUP_SHARDS_CONFIG, 3); // no broker to read the raw topic's partitions from
        enrichProps.put(EnrichConfig.APPLICATION_ID_CONFIG, "security-test");
        enrichProps.put(EnrichConfig.STATE_DIR_CONFIG, work.resolve("state").toString());
        EnrichApp enrich = EnrichApp.start(new EnrichConfig(enrichProps));
        try {
            awaitLog("streams consumer config", e -> e.getFormattedMessage().startsWith("ConsumerConfig values")
                    && e.getFormattedMessage().contains("client.id = security-test"));
            assertThat(ManagementFactory.getPlatformMBeanServer()
                    .queryNames(new ObjectName("kafka.streams:type=stream-thread-metrics,*"), null))
                    .as("Kafka Streams thread metrics on JMX").isNotEmpty();
        } finally {
            enrich.close(Duration.ofSeconds(20));
        }

        List<String> configs = messages(e -> e.getFormattedMessage().contains(" values: "));
        for (String client : List.of("client.id = khabar-ingest", "client.id = khabar-sink",
                "client.id = security-test")) {
            assertThat(configs).as("a logged client config of %s", client)
                    .anySatisfy(c -> assertThat(c).contains(client).contains("security.protocol = SASL_PLAINTEXT")
                            .contains("sasl.mechanism = PLAIN").contains("sasl.jaas.config = [hidden]")
                            .contains("ssl.truststore.password = [hidden]"));
        }
        List<String> all = messages(e -> true);
        assertThat(all).as("log lines").isNotEmpty().noneMatch(l -> l.contains(JAAS_SECRET)
                || l.contains(TRUST_SECRET) || l.contains(ES_SECRET));

        assertThat(messages(e -> e.getLoggerName().endsWith("SinkStage")))
                .anyMatch(l -> l.matches("sink (finished|stopped): read \\d+ records, wrote \\d+ articles.*dead-lettered \\d+.*"));
        assertThat(messages(e -> e.getLoggerName().endsWith("EnrichApp")))
                .anyMatch(l -> l.matches("enrich closed; counts: in=\\d+ out=\\d+ .*dead-lettered=\\d+ .*"
                        + "duplicate-paragraphs-flagged=\\d+ drafts-repartitioned=\\d+ band-batches=\\d+ "
                        + "\\(in order or nearly \\d+, held for order \\d+\\) reports-past-horizon=\\d+ drafts-missing=\\d+ "
                        + "restored-from-changelogs=\\d+"));
    }

    private List<String> messages(java.util.function.Predicate<ILoggingEvent> which) {
        List<ILoggingEvent> events;
        synchronized (logs) { // AppenderBase appends under the appender's own lock
            events = List.copyOf(logs.list);
        }
        {
            return events.stream().filter(which).map(e -> e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                    .toList();
        }
    }

    private void awaitLog(String what, java.util.function.Predicate<ILoggingEvent> which) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (messages(which).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no log of " + what);
            }
            Thread.sleep(50);
        }
    }
}
