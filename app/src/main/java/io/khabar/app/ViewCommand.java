package io.khabar.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.khabar.view.ViewConfig;
import io.khabar.view.ViewServer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the live web view of the enriched stream (from Kafka) or of bulk files (from a directory). */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Serve a web page that follows the enriched topic live (--bootstrap) or reads bulk files (--from DIR).")
final class ViewCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Mixin
    ViewOptions view;

    @Option(names = "--enriched-topic", defaultValue = io.khabar.model.Topics.ENRICHED_DEFAULT,
            description = "Enriched articles topic (default: ${DEFAULT-VALUE}).")
    String enrichedTopic;

    static final class Source {
        @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Follow the enriched topic on this Kafka cluster.")
        String bootstrap;

        @Option(names = "--from", paramLabel = "DIR", description = "Read the bulk files of this directory (as the sink writes them).")
        Path from;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (source == null) {
            throw new IllegalArgumentException("say where articles come from: --bootstrap HOST:PORT or --from DIR");
        }
        ViewConfig config = source.from != null
                ? ViewConfig.directory(source.from)
                : ViewConfig.kafka(source.bootstrap, enrichedTopic, Map.of());
        ViewServer server = view.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "khabar-view-shutdown"));
        server.awaitClose();
        return 0;
    }

    /** Options of the view, shared with {@code run --view}. */
    static final class ViewOptions {

        @Option(names = "--port", defaultValue = "8080", description = "HTTP port of the view (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "Address the view binds to; 0.0.0.0 to share it (default: ${DEFAULT-VALUE}).")
        String host;

        ViewServer start(ViewConfig config) {
            ViewServer server = ViewServer.start(config.with(ViewConfig.PORT_CONFIG, port).with(ViewConfig.HOST_CONFIG, host));
            System.err.println("khabar: view at " + server.url());
            return server;
        }
    }
}
