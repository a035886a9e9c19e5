package io.khabar.app.bench;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

import io.khabar.model.RawArticle;
import io.khabar.model.Topics;

/**
 * Kafka's own limit for this hardware: the raw articles read, deserialized, serialized again and written out, with
 * the same client settings and guarantee as the enrichment app, and no enrichment in between.
 */
final class PassthroughTopology {

    private PassthroughTopology() {
    }

    static Topology build(StreamsBuilder builder, String input, String output) {
        builder.stream(input, Consumed.with(Serdes.String(), Topics.RAW_ARTICLE_SERDE).withName("bench-raw-source"))
                .mapValues(PassthroughTopology::same, Named.as("bench-passthrough"))
                .to(output, Produced.with(Serdes.String(), Topics.RAW_ARTICLE_SERDE).withName("bench-out-sink"));
        return builder.build();
    }

    private static RawArticle same(RawArticle article) {
        return article;
    }
}
