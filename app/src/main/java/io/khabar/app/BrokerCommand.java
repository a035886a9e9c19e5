package io.khabar.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.khabar.broker.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the embedded single-node KRaft broker alone, for running the stages as separate processes. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Start the embedded single-node KRaft Kafka broker and keep it running until interrupted.")
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", defaultValue = "data/kafka", description = "Broker storage (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of Khabar's topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, port);
        PipelineTopics.create(broker.bootstrapServers(), java.util.Map.of(), new PipelineTopics(
                io.khabar.model.Topics.RAW_DEFAULT, io.khabar.model.Topics.ENRICHED_DEFAULT, io.khabar.model.Topics.DLQ_DEFAULT,
                partitions));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "khabar-broker-shutdown"));
        System.err.println("khabar: Kafka broker on " + broker.bootstrapServers() + " (data in " + dataDir
                + "); Ctrl-C stops it");
        stopped.await();
        return 0;
    }
}
