package io.khabar.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates topics that are missing and waits until they can take writes. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /**
     * Creates each topic that does not exist yet, then waits until every partition of every topic has a leader.
     *
     * <p>Why wait: an idempotent producer writing right after {@code createTopics} returns can lose records while
     * leadership is still settling (KAFKA-15591: a first request refused with NOT_LEADER_OR_FOLLOWER, a second one
     * accepted, and the first one's retries refused as out of order until its delivery timeout). {@code
     * describeTopics} showing a leader everywhere is not enough: it is answered from the metadata cache, which can
     * know the leader before the leader's log takes writes (seen in {@code BenchCommandIT}, whose first produce came
     * 170 ms after the broker started). So it also waits until every partition's leader answers a ListOffsets
     * request, which the leader's replica manager serves only once the partition is online there.
     */
    public static void ensure(Admin admin, Collection<NewTopic> topics, Duration timeout) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitLeaders(admin, topics.stream().map(NewTopic::name).toList(), timeout);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Blocks until every partition of the named topics has a leader that answers for it (see {@link #ensure}), or
     * fails after {@code timeout}.
     */
    public static void awaitLeaders(Admin admin, Collection<String> names, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
                lastProblem = leaderless(descriptions);
                if (lastProblem == null) {
                    Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                    descriptions.values().forEach(d -> d.partitions().forEach(
                            p -> ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                    admin.listOffsets(ends).all().get();
                    return;
                }
            } catch (ExecutionException e) {
                lastProblem = e.getCause().getMessage();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("topics " + names + " have no leader after " + timeout + ": " + lastProblem);
    }

    private static String leaderless(Map<String, TopicDescription> descriptions) {
        for (TopicDescription description : descriptions.values()) {
            for (TopicPartitionInfo partition : description.partitions()) {
                if (partition.leader() == null || partition.leader().isEmpty()) {
                    return description.name() + "-" + partition.partition() + " has no leader";
                }
            }
        }
        return null;
    }
}
