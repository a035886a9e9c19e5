package io.khabar.enrich;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import io.khabar.enrich.dedup.BandBatch;
import io.khabar.enrich.dedup.BandUnit;
import io.khabar.enrich.dedup.BandMatcher;
import io.khabar.enrich.dedup.DedupSerdes;
import io.khabar.enrich.dedup.Fingerprint;
import io.khabar.enrich.dedup.Fingerprinter;
import io.khabar.enrich.dedup.MatchReport;
import io.khabar.enrich.dedup.TextUnit;
import io.khabar.enrich.dedup.UnitExtractor;
import io.khabar.enrich.dedup.UnitRef;
import io.khabar.entities.EntityTagger;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Topic;
import io.khabar.model.Topics;

/**
 * The enrichment topology.
 *
 * <pre>
 * news.raw ─▶ enrich-parse ─┬─ dead letters ─▶ news.dlq
 *                          ├─ drafts (keyed by id on the id's partition: in place; others: ──────┐
 *                          │    [dedup-drafts repartition, by article id, Smile])                 │
 *                          └─ band batches ─▶ [dedup-bands repartition, by shard of LSH key]      │
 *                                 ─▶ dedup-band-match (stores dedup-band-buckets, -texts, -copies,  │
 *                                    -waiting: batches put in timestamp order, dedup.order.wait.ms)  │
 *                                 ─▶ [dedup-reports repartition, by article id] ─▶ dedup-assemble-* (stores
 *                                    dedup-article-pending-drafts, -pending-progress: waiting;
 *                                    dedup-article-drafts, -progress: emitted) ─▶ news.enriched
 * </pre>
 * Internal topics are {@code <application.id>-<name>-repartition} and {@code -changelog}.
 */
public final class EnrichTopology {

    public static final String PARSE = "enrich-parse";
    public static final String BANDS_TOPIC = "dedup-bands";
    public static final String REPORTS_TOPIC = "dedup-reports";
    public static final String DRAFTS_TOPIC = "dedup-drafts";
    public static final String BAND_STORE = "dedup-band-buckets";
    public static final String TEXT_STORE = "dedup-band-texts";
    public static final String COPY_STORE = "dedup-band-copies";
    public static final String WAITING_STORE = "dedup-band-waiting";
    public static final String DRAFT_STORE = "dedup-article-drafts";
    public static final String PROGRESS_STORE = "dedup-article-progress";
    public static final String PENDING_DRAFT_STORE = "dedup-article-pending-drafts";
    public static final String PENDING_PROGRESS_STORE = "dedup-article-pending-progress";

    private static final Serde<DraftEvent> DRAFT_SERDE = new DraftSerde();

    private EnrichTopology() {
    }

    public static Topology build(StreamsBuilder builder, EnrichConfig config) {
        return build(builder, config, new EnrichCounters(), EntityTagger.loadDefault());
    }

    /** The topology, counting into {@code counters}, tagging with {@code tagger} (shared: it is thread-safe). */
    public static Topology build(StreamsBuilder builder, EnrichConfig config, EnrichCounters counters,
            EntityTagger tagger) {
        return build(builder, config, counters, tagger, 0);
    }

    /**
     * The topology; {@code rawPartitions} = the raw topic's partition count (0 = unknown: every draft goes through
     * the drafts repartition topic, as a record keyed otherwise than by its article id always does).
     */
    public static Topology build(StreamsBuilder builder, EnrichConfig config, EnrichCounters counters,
            EntityTagger tagger, int rawPartitions) {
        long horizonMs = config.horizon().toMillis();
        int shards = config.shards();
        Fingerprinter fingerprinter = new Fingerprinter(config.dedupMode(), config.bands(), config.rows());
        UnitExtractor extractor = new UnitExtractor(fingerprinter, config.minTokens(), config.sentenceMinTokens(),
                config.sentences(), config.sentenceBands());
        ArticleParser parser = new ArticleParser(tagger);
        BandMatcher matcher = BandMatcher.withDefaults(config.similarityThreshold(), horizonMs, config.rows());

        // Buckets and texts are kept per epoch of one horizon; a unit reads the epochs before, of and after its own,
        // so three horizons of retention cover every lookup, and older epochs drop out as whole segments.
        Duration bandRetention = Duration.ofMillis(Math.multiplyExact(horizonMs, 3));
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(BAND_STORE, bandRetention, Duration.ofMillis(horizonMs), false),
                Serdes.Long(), DedupSerdes.bucket()).withCachingEnabled());
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(TEXT_STORE, bandRetention, Duration.ofMillis(horizonMs), false),
                Serdes.Long(), DedupSerdes.knownText()).withCachingEnabled());
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(COPY_STORE, bandRetention, Duration.ofMillis(horizonMs), true),
                Serdes.Long(), DedupSerdes.unitRef()));
        // Band batches waiting for earlier ones of other partitions (BandOrder). The store is there whatever
        // dedup.order.wait.ms says, so that the topology, and the state a restart finds, do not depend on it.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WAITING_STORE),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingEnabled());
        // Articles waiting for their reports are kept until emitted, whatever their age (see ArticleAssembler).
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_DRAFT_STORE),
                Serdes.String(), DRAFT_SERDE).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_PROGRESS_STORE),
                Serdes.String(), DedupSerdes.articleProgress()).withCachingEnabled());
        // Emitted articles are kept as long as a correction can still arrive: an earlier unit within the horizon.
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(DRAFT_STORE, Duration.ofMillis(horizonMs), Duration.ofMillis(1), false),
                Serdes.String(), DRAFT_SERDE).withCachingEnabled());
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(PROGRESS_STORE, Duration.ofMillis(horizonMs), Duration.ofMillis(1),
                        false),
                Serdes.String(), DedupSerdes.articleProgress()).withCachingEnabled());

        KStream<String, Parsed> parsed = builder
                .stream(config.rawTopic(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("enrich-raw-source"))
                .process(() -> new ArticleParseProcessor(parser, extractor, shards, rawPartitions, config.maxArticleBytes(),
                        config.maxParagraphs(), config.onMalformed(), counters),
                        Named.as(PARSE));

        Map<String, KStream<String, Parsed>> routes = parsed.split(Named.as("enrich-route-"))
                .branch((id, p) -> p instanceof Parsed.DeadLetter, Branched.as("dead-letters"))
                .defaultBranch(Branched.as("articles"));

        Topic<byte[], byte[]> dlq = Topics.deadLetters(config.dlqTopic());
        routes.get("enrich-route-dead-letters")
                .map((id, p) -> {
                    Parsed.DeadLetter letter = (Parsed.DeadLetter) p;
                    return KeyValue.pair(letter.key(), letter.value());
                }, Named.as("enrich-dead-letter-bytes"))
                .to(dlq.name(), Produced.with(dlq.keySerde(), dlq.valueSerde()).withName("enrich-dlq-sink"));

        KStream<String, Parsed.Article> articles = routes.get("enrich-route-articles")
                .mapValues(p -> (Parsed.Article) p, Named.as("enrich-articles"));

        // A draft already on its article id's partition (the ingest producer keys by id) stays in its task; any other
        // goes through the drafts repartition topic to the task that gets the article's reports.
        Map<String, KStream<String, Parsed.Article>> placed = articles.split(Named.as("dedup-draft-"))
                .branch((id, a) -> a.inPlace(), Branched.as("in-place"))
                .defaultBranch(Branched.as("moved"));
        KStream<String, DraftEvent> drafts = placed.get("dedup-draft-in-place")
                .mapValues(EnrichTopology::draft, Named.as("dedup-draft"))
                .merge(placed.get("dedup-draft-moved")
                        .mapValues(EnrichTopology::draft, Named.as("dedup-draft-to-move"))
                        .repartition(Repartitioned.with(Serdes.String(), DRAFT_SERDE).withName(DRAFTS_TOPIC)),
                        Named.as("dedup-drafts-merge"));

        KStream<String, MatchReport> reports = articles
                .flatMap((id, a) -> batches(a, shards), Named.as("dedup-shard-bands"))
                .repartition(Repartitioned.with(Serdes.Integer(), DedupSerdes.bandBatch()).withName(BANDS_TOPIC)
                        .withStreamPartitioner(EnrichTopology::shardPartition))
                .process(() -> new BandMatchProcessor(BAND_STORE, TEXT_STORE, COPY_STORE, WAITING_STORE,
                        config.orderWaitMs(), matcher, shards, counters),
                        Named.as("dedup-band-match"), BAND_STORE, TEXT_STORE, COPY_STORE, WAITING_STORE)
                .repartition(Repartitioned.with(Serdes.String(), DedupSerdes.matchReport()).withName(REPORTS_TOPIC));

        ArticleAssembler.StoreNames articleStores = new ArticleAssembler.StoreNames(PENDING_DRAFT_STORE,
                PENDING_PROGRESS_STORE, DRAFT_STORE, PROGRESS_STORE);
        KStream<String, EnrichedArticle> fromDrafts = drafts.process(
                () -> new ArticleAssembler.Drafts(articleStores, counters),
                Named.as("dedup-assemble-drafts"), articleStores.all());
        KStream<String, EnrichedArticle> fromReports = reports.process(
                () -> new ArticleAssembler.Reports(articleStores, counters),
                Named.as("dedup-assemble-reports"), articleStores.all());

        Topic<String, EnrichedArticle> enriched = Topics.enriched(config.enrichedTopic());
        fromDrafts.merge(fromReports, Named.as("enrich-merge"))
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde())
                        .withName("enrich-enriched-sink"));
        return builder.build();
    }

    private static DraftEvent draft(Parsed.Article a) {
        return new DraftEvent(a.timestamp(), a.shards(), a.draft());
    }

    /** Shard s goes to partition s mod partitions: with one shard per partition, each to its own. */
    static Optional<Set<Integer>> shardPartition(String topic, Integer shard, BandBatch batch, int partitions) {
        return Optional.of(Set.of(Math.floorMod(shard, partitions)));
    }

    /** One batch per shard touched by the article's band keys, in shard order; each unit once per shard. */
    static List<KeyValue<Integer, BandBatch>> batches(Parsed.Article article, int shards) {
        Map<Integer, List<BandUnit>> byShard = new TreeMap<>();
        String id = article.draft().id();
        for (TextUnit unit : article.units()) {
            Fingerprint f = unit.fingerprint();
            Map<Integer, List<Long>> keysByShard = new TreeMap<>();
            for (long key : f.bandKeys()) {
                keysByShard.computeIfAbsent(BandBatch.shardOf(key, shards), s -> new ArrayList<>()).add(key);
            }
            UnitRef ref = unit.ref(id, article.timestamp());
            keysByShard.forEach((shard, keys) -> byShard.computeIfAbsent(shard, s -> new ArrayList<>())
                    .add(new BandUnit(ref, f.exactHash(), f.features(),
                            keys.stream().mapToLong(Long::longValue).toArray(), f.sketch())));
        }
        List<KeyValue<Integer, BandBatch>> out = new ArrayList<>(byShard.size());
        for (Map.Entry<Integer, List<BandUnit>> e : byShard.entrySet()) {
            out.add(KeyValue.pair(e.getKey(), new BandBatch(id, article.timestamp(), e.getValue(), article.source())));
        }
        return out;
    }
}
