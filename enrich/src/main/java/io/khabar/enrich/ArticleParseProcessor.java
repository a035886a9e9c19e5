package io.khabar.enrich;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.khabar.enrich.dedup.BandBatch;
import io.khabar.enrich.dedup.TextUnit;
import io.khabar.enrich.dedup.UnitExtractor;
import io.khabar.model.DeadLetters;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Paragraph;
import io.khabar.model.RawArticle;
import io.khabar.model.Topics;

/**
 * Reads a raw record (bytes, so that a dead letter keeps the original bytes whether JSON reading or enrichment
 * failed), builds the draft and the fingerprinted units. Failures follow {@code on.malformed}.
 */
final class ArticleParseProcessor implements Processor<String, byte[], String, Parsed> {

    static final String STAGE = "enrich";
    private static final Logger LOG = LoggerFactory.getLogger(ArticleParseProcessor.class);

    private final ArticleParser parser;
    private final UnitExtractor extractor;
    private final int shards;
    private final int rawPartitions;
    private final int maxArticleBytes;
    private final int maxParagraphs;
    private final MalformedPolicy policy;
    private final EnrichCounters counters;
    private ProcessorContext<String, Parsed> context;

    /**
     * @param rawPartitions the raw topic's partition count, to tell a record that is already on its id's partition;
     *                      0 = unknown, every draft is repartitioned
     */
    ArticleParseProcessor(ArticleParser parser, UnitExtractor extractor, int shards, int rawPartitions,
            int maxArticleBytes, int maxParagraphs, MalformedPolicy policy, EnrichCounters counters) {
        this.parser = parser;
        this.extractor = extractor;
        this.shards = shards;
        this.rawPartitions = rawPartitions;
        this.maxArticleBytes = maxArticleBytes;
        this.maxParagraphs = maxParagraphs;
        this.policy = policy;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, Parsed> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        counters.in.incrementAndGet();
        Parsed.Article article;
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("record has no value");
            }
            if (record.value().length > maxArticleBytes) {
                throw new IllegalArgumentException("record of " + record.value().length
                        + " bytes exceeds max.article.bytes=" + maxArticleBytes);
            }
            RawArticle raw = WellFormedText.of(Topics.RAW_ARTICLE_SERDE.fromBytes(record.value()));
            int paragraphCount = ArticleParser.paragraphs(raw.body()).size();
            if (paragraphCount > maxParagraphs) {
                throw new IllegalArgumentException("article has " + paragraphCount
                        + " paragraphs, more than max.paragraphs=" + maxParagraphs);
            }
            EnrichedArticle draft = parser.draft(raw, record.key());
            List<TextUnit> units = extractor.units(draft.paragraphs().stream().map(Paragraph::text).toList());
            boolean inPlace = inPlace(record.key(), draft.id());
            int source = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
            article = new Parsed.Article(draft, record.timestamp(), units, shardCount(units), inPlace, source);
            if (!inPlace) {
                counters.draftsMoved.incrementAndGet();
            }
        } catch (RuntimeException e) {
            handleMalformed(record, e);
            return;
        }
        context.forward(new Record<String, Parsed>(article.draft().id(), article, record.timestamp(),
                new RecordHeaders()));
    }

    /**
     * Whether the record sits where the article's reports will be sent: keyed by the article id, on the partition the
     * default partitioner gives that id (as the ingest producer and Kafka Streams' repartitioning both place it).
     */
    private boolean inPlace(String key, String id) {
        if (rawPartitions < 1 || !id.equals(key)) {
            return false;
        }
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        return partition == BuiltInPartitioner.partitionForKey(id.getBytes(StandardCharsets.UTF_8), rawPartitions);
    }

    private int shardCount(List<TextUnit> units) {
        Set<Integer> used = new HashSet<>();
        for (TextUnit unit : units) {
            for (long key : unit.fingerprint().bandKeys()) {
                used.add(BandBatch.shardOf(key, shards));
            }
        }
        return used.size();
    }

    private void handleMalformed(Record<String, byte[]> record, RuntimeException e) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        String topic = meta == null ? null : meta.topic();
        int partition = meta == null ? -1 : meta.partition();
        long offset = meta == null ? -1 : meta.offset();
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        String where = topic + "-" + partition + "@" + offset;
        switch (policy) {
            case FAIL -> throw new MalformedArticleException("cannot enrich record " + where + " (" + reason
                    + "); set on.malformed=dlq or warn to go on", e);
            case WARN -> {
                counters.skipped.incrementAndGet();
                LOG.warn("skipping record {} that cannot be enriched: {} (on.malformed=warn)", where, reason);
            }
            case DLQ -> {
                counters.deadLettered.incrementAndGet();
                LOG.warn("dead-lettering record {}: {} (on.malformed=dlq)", where, reason);
                Headers headers = new RecordHeaders(record.headers().toArray());
                DeadLetters.addHeaders(headers, STAGE, reason, topic, partition, offset);
                byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
                context.forward(new Record<String, Parsed>(record.key(), new Parsed.DeadLetter(key, record.value()),
                        record.timestamp(), headers));
            }
            default -> throw new IllegalStateException("unknown policy " + policy);
        }
    }
}
