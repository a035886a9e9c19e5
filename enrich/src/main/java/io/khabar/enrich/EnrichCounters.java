package io.khabar.enrich;

import java.util.concurrent.atomic.AtomicLong;

/** Running counts of one app instance, shared by its processors (all stream threads). */
public final class EnrichCounters {

    final AtomicLong in = new AtomicLong();
    final AtomicLong out = new AtomicLong();
    final AtomicLong reemitted = new AtomicLong();
    final AtomicLong deadLettered = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong duplicatesFlagged = new AtomicLong();
    /** Drafts sent through the drafts repartition topic: raw records not keyed by their article id. */
    final AtomicLong draftsMoved = new AtomicLong();
    /** Band batches handled, and those that knew which texts have later copies (and so read fewer texts). */
    final AtomicLong bandBatches = new AtomicLong();
    final AtomicLong bandBatchesInOrder = new AtomicLong();
    /** Band batches that waited for earlier ones from other partitions ({@code dedup.order.wait.ms}). */
    final AtomicLong bandBatchesHeld = new AtomicLong();
    /**
     * Corrections the band side sent to later articles, and those the article side took in (equal once none is on
     * its way; a retried transaction may count some twice).
     */
    final AtomicLong correctionsSent = new AtomicLong();
    final AtomicLong correctionsReceived = new AtomicLong();
    /** Band reports dropped because their article lay beyond the horizon (it can no longer change). */
    final AtomicLong reportsPastHorizon = new AtomicLong();
    /** Articles whose reports were all in but whose draft was not found (never expected: see the assembler). */
    final AtomicLong draftsMissing = new AtomicLong();
    /** Records restored into the state stores from their changelogs since start. */
    final AtomicLong restored = new AtomicLong();

    public long in() {
        return in.get();
    }

    /** Enriched articles emitted, re-emissions after a correction included. */
    public long out() {
        return out.get();
    }

    public long reemitted() {
        return reemitted.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** Paragraphs flagged as repeats in the latest emitted version of each article (corrections included). */
    public long duplicatesFlagged() {
        return duplicatesFlagged.get();
    }

    public long draftsMoved() {
        return draftsMoved.get();
    }

    public long bandBatchesHeld() {
        return bandBatchesHeld.get();
    }

    public long correctionsSent() {
        return correctionsSent.get();
    }

    public long correctionsReceived() {
        return correctionsReceived.get();
    }

    public long restored() {
        return restored.get();
    }

    @Override
    public String toString() {
        return "in=" + in + " out=" + out + " (re-emitted " + reemitted + ") dead-lettered=" + deadLettered
                + " skipped=" + skipped + " duplicate-paragraphs-flagged=" + duplicatesFlagged
                + " drafts-repartitioned=" + draftsMoved + " band-batches=" + bandBatches + " (in order or nearly "
                + bandBatchesInOrder + ", held for order " + bandBatchesHeld + ") reports-past-horizon="
                + reportsPastHorizon + " drafts-missing="
                + draftsMissing + " restored-from-changelogs=" + restored;
    }
}
