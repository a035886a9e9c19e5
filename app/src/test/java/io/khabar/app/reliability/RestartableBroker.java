package io.khabar.app.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A single-node KRaft broker like {@code EmbeddedKafkaBroker}, but one that can be stopped and started again on the
 * same directory and client port: storage is formatted only when it has no {@code meta.properties} yet.
 * ({@code EmbeddedKafkaBroker.start} formats with a fresh cluster id every time, which Kafka refuses on a directory
 * formatted before.)
 */
final class RestartableBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private KafkaRaftServer server;

    RestartableBroker(Path dir) throws IOException {
        this.dir = dir;
        this.port = freePort();
        Files.createDirectories(dir);
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    RestartableBroker start() throws IOException {
        int controllerPort = freePort();
        String logDir = dir.toAbsolutePath().toString();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir);
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "3");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        if (!Files.exists(dir.resolve("meta.properties"))) {
            try {
                new Formatter().setNodeId(1).setClusterId(Uuid.randomUuid().toString())
                        .setDirectories(List.of(logDir)).setMetadataLogDirectory(logDir)
                        .setReleaseVersion(MetadataVersion.latestProduction())
                        .setSupportedFeatures(Feature.PRODUCTION_FEATURES).setControllerListenerName("CONTROLLER")
                        .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
            } catch (Exception e) {
                throw new IllegalStateException("cannot format " + logDir, e);
            }
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return this;
    }

    /** A controlled shutdown; {@link #start()} brings it back on the same directory and port. */
    void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
