package io.khabar.view;

import io.khabar.model.EnrichedArticle;
import io.khabar.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the enriched topic: a consumer in a group of its own (so every view sees the whole topic and commits
 * nothing that matters to anyone), reading committed records from the beginning. A later record for an article id
 * replaces the earlier version (articles are re-emitted with corrected duplicate flags); a tombstone removes it.
 * Records that are not enriched-article JSON are logged and skipped: the view only looks.
 */
public final class KafkaArticleFeed implements ArticleFeed {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaArticleFeed.class);

    private final String topic;
    private final Map<String, Object> consumerProps;
    private volatile boolean running;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topic            the enriched topic
     * @param overrides        extra consumer properties; they win over the defaults here
     */
    public KafkaArticleFeed(String bootstrapServers, String topic, Map<String, Object> overrides) {
        this.topic = topic;
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "khabar-view-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "khabar-view");
        props.putAll(overrides);
        this.consumerProps = Map.copyOf(props);
    }

    @Override
    public synchronized void start(ArticleWindow window) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(() -> run(consumer, window), "khabar-view-kafka");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(KafkaConsumer<String, byte[]> kafka, ArticleWindow window) {
        try (kafka) {
            kafka.subscribe(List.of(topic));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                    apply(record, window);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("The view stopped following {}: {}", topic, e.toString(), e);
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record, ArticleWindow window) {
        if (record.value() == null) {
            if (record.key() != null) {
                window.remove(record.key());
            }
            return;
        }
        try {
            EnrichedArticle article = Json.mapper().readValue(record.value(), EnrichedArticle.class);
            if (article.id() == null) {
                LOG.warn("{}-{}@{}: enriched article without id, skipped", record.topic(), record.partition(),
                        record.offset());
                return;
            }
            window.accept(article);
        } catch (IOException e) {
            String head = new String(record.value(), 0, Math.min(80, record.value().length), StandardCharsets.UTF_8);
            LOG.warn("{}-{}@{}: not an enriched article, skipped: {}", record.topic(), record.partition(),
                    record.offset(), head.replaceAll("\\s+", " "));
        }
    }

    @Override
    public String describe() {
        return topic + " @ " + consumerProps.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            if (consumer != null) {
                consumer.wakeup();
            }
        }
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
