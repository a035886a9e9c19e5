package io.khabar.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.khabar.broker.EmbeddedKafkaBroker;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka feed against a real embedded KRaft broker. */
class KafkaArticleFeedIT {

    private static final String TOPIC = "news.enriched";

    @TempDir
    Path dir;

    private static byte[] json(EnrichedArticle article) throws Exception {
        return Json.mapper().writeValueAsBytes(article);
    }

    @Test
    void shouldKeepNewestCommittedVersionOfEachArticleAndSkipBadRecords() throws Exception {
        List<EnrichedArticle> fixtures = Fixtures.articles();
        EnrichedArticle talks = fixtures.get(0);
        EnrichedArticle corrected = talks.withParagraphs(talks.paragraphs().subList(0, 2));
        EnrichedArticle aborted = talks.withParagraphs(talks.paragraphs().subList(0, 1));
        EnrichedArticle sentinel = fixtures.get(5);

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0)) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "view-it"),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, talks.id(), json(talks)));
                producer.send(new ProducerRecord<>(TOPIC, fixtures.get(1).id(), json(fixtures.get(1))));
                producer.send(new ProducerRecord<>(TOPIC, "junk", "not json".getBytes(StandardCharsets.UTF_8)));
                producer.commitTransaction();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, talks.id(), json(corrected)));
                producer.send(new ProducerRecord<>(TOPIC, fixtures.get(1).id(), null));
                producer.commitTransaction();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, talks.id(), json(aborted)));
                producer.flush();
                producer.abortTransaction();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, sentinel.id(), json(sentinel)));
                producer.commitTransaction();
            }

            ArticleWindow window = new ArticleWindow(100);
            try (KafkaArticleFeed feed = new KafkaArticleFeed(broker.bootstrapServers(), TOPIC, Map.of())) {
                feed.start(window);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (window.newest(100, null).articles().stream().noneMatch(a -> a.id().equals(sentinel.id()))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(feed.describe()).isEqualTo(TOPIC + " @ " + broker.bootstrapServers());
            }

            List<EnrichedArticle> held = window.newest(100, null).articles();
            assertThat(held).extracting(EnrichedArticle::id).containsExactly(sentinel.id(), talks.id());
            assertThat(held.get(1)).isEqualTo(corrected);
        }
    }
}
