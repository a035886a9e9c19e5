package io.khabar.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

import io.khabar.enrich.dedup.ArticleProgress;
import io.khabar.enrich.dedup.MatchKind;
import io.khabar.enrich.dedup.MatchReport;
import io.khabar.enrich.dedup.UnitKind;
import io.khabar.enrich.dedup.UnitMatch;
import io.khabar.model.CodePoints;
import io.khabar.model.DuplicateRef;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Paragraph;
import io.khabar.model.SentenceRepeat;

/**
 * The article side: keeps each draft until every band batch of the article reported, then emits the enriched
 * article with {@code duplicate_of} = the earliest matching paragraph; keeps it (bounded by the horizon) and
 * re-emits it when a correction names an earlier match. Two thin subclasses take the drafts and the reports.
 *
 * <p>An article waiting for its reports sits in two key-value stores keyed by article id and timestamp
 * ({@code dedup-article-pending-drafts}, {@code -pending-progress}) until it is emitted, however long that takes.
 * Emitted, it moves to two window stores keyed by article id at the article's timestamp, retention = the horizon
 * ({@code dedup-article-drafts}, {@code -progress}): an article older than the horizon can no longer be corrected,
 * since no unit within the horizon can precede it. Waiting articles are not kept by event time: on a backlog (a
 * topic replayed from the start) the drafts come straight from the parse, ahead of their reports, which make the
 * round trip through the band side; once the parse was a horizon of event time ahead, window stores took the
 * reports' articles for expired, and those articles were never emitted.
 */
abstract class ArticleAssembler<V> implements Processor<String, V, String, EnrichedArticle> {

    /** The names of the article side's stores. */
    record StoreNames(String pendingDrafts, String pendingProgress, String drafts, String progress) {

        String[] all() {
            return new String[] {pendingDrafts, pendingProgress, drafts, progress};
        }
    }

    private final StoreNames stores;
    private final EnrichCounters counters;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, DraftEvent> pendingDrafts;
    private KeyValueStore<String, ArticleProgress> pendingProgress;
    private WindowStore<String, DraftEvent> drafts;
    private WindowStore<String, ArticleProgress> progress;

    ArticleAssembler(StoreNames stores, EnrichCounters counters) {
        this.stores = stores;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.pendingDrafts = context.getStateStore(stores.pendingDrafts());
        this.pendingProgress = context.getStateStore(stores.pendingProgress());
        this.drafts = context.getStateStore(stores.drafts());
        this.progress = context.getStateStore(stores.progress());
    }

    /** Takes drafts. */
    static final class Drafts extends ArticleAssembler<DraftEvent> {

        Drafts(StoreNames stores, EnrichCounters counters) {
            super(stores, counters);
        }

        @Override
        public void process(Record<String, DraftEvent> record) {
            onDraft(record.key(), record.value());
        }
    }

    /** Takes band reports and corrections. */
    static final class Reports extends ArticleAssembler<MatchReport> {

        Reports(StoreNames stores, EnrichCounters counters) {
            super(stores, counters);
        }

        @Override
        public void process(Record<String, MatchReport> record) {
            onReport(record.value());
        }
    }

    final void onDraft(String id, DraftEvent event) {
        long ts = event.timestamp();
        pendingDrafts.put(pendingKey(id, ts), event);
        ArticleProgress current = progressOf(id, ts);
        if (current == null) {
            current = ArticleProgress.NONE;
        }
        ArticleProgress updated = new ArticleProgress(event.expectedReports(), current.received(), current.emitted(),
                current.best());
        emitWhenComplete(id, ts, updated, false, List.of());
    }

    final void onReport(MatchReport report) {
        if (report.correction()) {
            counters.correctionsReceived.incrementAndGet();
        }
        String id = report.articleId();
        long ts = report.articleTs();
        ArticleProgress current = progressOf(id, ts);
        if (current == null) {
            if (report.correction()) {
                // emitted so long ago that it left the window stores: beyond the horizon of the units still coming
                counters.reportsPastHorizon.incrementAndGet();
                return;
            }
            current = ArticleProgress.NONE; // a report before its draft (the draft took the repartition topic)
        }
        List<UnitMatch> best = new ArrayList<>(current.best());
        boolean changed = mergeEarliest(best, report.matches());
        int received = current.received() + (report.correction() ? 0 : 1);
        ArticleProgress updated = new ArticleProgress(current.expected(), received, current.emitted(), best);
        emitWhenComplete(id, ts, updated, changed && current.emitted(), current.best());
    }

    /** @param before the matches of the article's last emission (a correction re-emits it with {@code state}'s) */
    private void emitWhenComplete(String id, long ts, ArticleProgress state, boolean corrected,
            List<UnitMatch> before) {
        boolean emitNow = !state.emitted() && state.complete();
        if (emitNow || corrected) {
            DraftEvent draft = draftOf(id, ts);
            if (draft != null) {
                emit(draft.draft(), ts, state.best(), corrected ? before : null);
                state = new ArticleProgress(state.expected(), state.received(), true, state.best());
                if (emitNow) {
                    drafts.put(id, draft, ts); // kept for corrections
                    // put(key, null) deletes without reading the old value back (delete returns it, deserialized)
                    pendingDrafts.put(pendingKey(id, ts), null);
                    pendingProgress.put(pendingKey(id, ts), null);
                }
            } else if (emitNow) {
                counters.draftsMissing.incrementAndGet();
            }
        }
        if (state.emitted()) {
            progress.put(id, state, ts);
        } else {
            pendingProgress.put(pendingKey(id, ts), state);
        }
    }

    /**
     * An article's progress: while it waits, in the pending store; once emitted, in the window store (null when it
     * has left it, or was never seen). Articles that were waiting when this version first started have theirs in
     * the window store too, as the versions before kept them.
     */
    private ArticleProgress progressOf(String id, long ts) {
        ArticleProgress p = pendingProgress.get(pendingKey(id, ts));
        return p != null ? p : progress.fetch(id, ts);
    }

    /** An article's draft: while it waits, in the pending store; once emitted (or as kept before), the window store. */
    private DraftEvent draftOf(String id, long ts) {
        DraftEvent d = pendingDrafts.get(pendingKey(id, ts));
        return d != null ? d : drafts.fetch(id, ts);
    }

    /** Article id and timestamp: an article ingested again waits apart from its first arrival. */
    static String pendingKey(String id, long ts) {
        return id + '@' + ts;
    }

    /**
     * @param before for a correction, the matches the article was last emitted with (its flags then are taken off
     *               the count, so that the count is that of the latest versions); null for a first emission
     */
    private void emit(EnrichedArticle draft, long ts, List<UnitMatch> best, List<UnitMatch> before) {
        EnrichedArticle enriched = flag(draft, best);
        counters.out.incrementAndGet();
        long flagged = duplicateParagraphs(best);
        if (before != null) {
            counters.reemitted.incrementAndGet();
            flagged -= duplicateParagraphs(before);
        }
        counters.duplicatesFlagged.addAndGet(flagged);
        context.forward(new Record<>(enriched.id(), enriched, ts, new RecordHeaders()));
    }

    /** The paragraphs {@link #flag} marks with {@code duplicate_of} for these matches: those with a paragraph match. */
    static long duplicateParagraphs(List<UnitMatch> best) {
        return best.stream().filter(m -> m.kind() == MatchKind.PARAGRAPH).mapToInt(m -> m.unit().paragraph())
                .distinct().count();
    }

    /** Keeps the earliest match per unit and kind; true when anything changed. */
    static boolean mergeEarliest(List<UnitMatch> best, List<UnitMatch> incoming) {
        Map<String, UnitMatch> bySlot = BandMatchProcessor.bySlot(best);
        boolean changed = false;
        for (UnitMatch m : incoming) {
            String slot = BandMatchProcessor.slot(m);
            UnitMatch current = bySlot.get(slot);
            if (current == null || m.match().isBefore(current.match())) {
                if (current != null) {
                    best.remove(current);
                }
                best.add(m);
                bySlot.put(slot, m);
                changed = true;
            }
        }
        return changed;
    }

    /** The draft with duplicate flags and repeated sentences from the matches. */
    static EnrichedArticle flag(EnrichedArticle draft, List<UnitMatch> best) {
        List<Paragraph> paragraphs = new ArrayList<>(draft.paragraphs().size());
        for (Paragraph p : draft.paragraphs()) {
            UnitMatch duplicate = null;
            UnitMatch wholeSentence = null;
            List<UnitMatch> sentences = new ArrayList<>();
            for (UnitMatch m : best) {
                if (m.unit().paragraph() != p.index()) {
                    continue;
                }
                if (m.kind() == MatchKind.PARAGRAPH) {
                    duplicate = m;
                } else if (m.unit().kind() == UnitKind.PARAGRAPH) {
                    wholeSentence = m;
                } else {
                    sentences.add(m);
                }
            }
            if (duplicate != null) {
                paragraphs.add(Paragraph.novel(p.index(), p.text()).withDuplicate(ref(duplicate),
                        round(duplicate.similarity())));
                continue;
            }
            if (wholeSentence != null) {
                sentences = List.of(wholeSentence);
            }
            sentences = new ArrayList<>(sentences);
            sentences.sort(Comparator.comparingInt(m -> m.unit().start()));
            List<SentenceRepeat> repeats = new ArrayList<>();
            for (UnitMatch m : sentences) {
                repeats.add(new SentenceRepeat(CodePoints.offset(p.text(), m.unit().start()),
                        CodePoints.offset(p.text(), m.unit().end()), ref(m), round(m.similarity())));
            }
            paragraphs.add(Paragraph.novel(p.index(), p.text()).withRepeatedSentences(repeats));
        }
        return draft.withParagraphs(paragraphs);
    }

    private static DuplicateRef ref(UnitMatch m) {
        return new DuplicateRef(m.match().articleId(), m.match().paragraph());
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
