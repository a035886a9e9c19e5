package io.khabar.ingest;

import org.slf4j.Logger;

/** Logs {@code published N articles (R/s)} every so many articles or milliseconds, whichever comes first. */
final class ProgressLog {

    private final Logger log;
    private final int everyArticles;
    private final long intervalNanos;
    private final long startNanos;
    private long lastNanos;
    private long lastCount;

    ProgressLog(Logger log, int everyArticles, long intervalMs) {
        this.log = log;
        this.everyArticles = everyArticles;
        this.intervalNanos = intervalMs * 1_000_000L;
        this.startNanos = System.nanoTime();
        this.lastNanos = startNanos;
    }

    void update(long published) {
        long now = System.nanoTime();
        if (published - lastCount >= everyArticles || now - lastNanos >= intervalNanos) {
            log.info("published {} articles ({}/s)", published, rate(published, now));
            lastCount = published;
            lastNanos = now;
        }
    }

    long rate(long count, long nowNanos) {
        long elapsed = Math.max(1, nowNanos - startNanos);
        return Math.round(count * 1e9 / elapsed);
    }

    long startNanos() {
        return startNanos;
    }
}
