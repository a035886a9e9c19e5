package io.khabar.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

import io.khabar.enrich.dedup.ArticleProgress;
import io.khabar.enrich.dedup.MatchKind;
import io.khabar.enrich.dedup.MatchReport;
import io.khabar.enrich.dedup.UnitKind;
import io.khabar.enrich.dedup.UnitMatch;
import io.khabar.model.DuplicateRef;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Paragraph;
import io.khabar.model.SentenceRepeat;

/**
 * The article side: keeps each draft until every band batch of the article reported, then emits the enriched
 * article with {@code duplicate_of} = the earliest matching paragraph; keeps it (bounded by the horizon) and
 * re-emits it when a correction names an earlier match. Two thin subclasses take the drafts and the reports.
 *
 * <p>Both stores are window stores keyed by article id at the article's timestamp, retention = the horizon: an
 * article older than the horizon can no longer be corrected, since no unit within the horizon can precede it.
 */
abstract class ArticleAssembler<V> implements Processor<String, V, String, EnrichedArticle> {

    private final String draftStoreName;
    private final String progressStoreName;
    private final long horizonMs;
    private final EnrichCounters counters;
    private ProcessorContext<String, EnrichedArticle> context;
    private WindowStore<String, DraftEvent> drafts;
    private WindowStore<String, ArticleProgress> progress;

    ArticleAssembler(String draftStoreName, String progressStoreName, long horizonMs, EnrichCounters counters) {
        this.draftStoreName = draftStoreName;
        this.progressStoreName = progressStoreName;
        this.horizonMs = horizonMs;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.drafts = context.getStateStore(draftStoreName);
        this.progress = context.getStateStore(progressStoreName);
    }

    /** Takes drafts. */
    static final class Drafts extends ArticleAssembler<DraftEvent> {

        Drafts(String draftStore, String progressStore, long horizonMs, EnrichCounters counters) {
            super(draftStore, progressStore, horizonMs, counters);
        }

        @Override
        public void process(Record<String, DraftEvent> record) {
            onDraft(record.key(), record.value());
        }
    }

    /** Takes band reports and corrections. */
    static final class Reports extends ArticleAssembler<MatchReport> {

        Reports(String draftStore, String progressStore, long horizonMs, EnrichCounters counters) {
            super(draftStore, progressStore, horizonMs, counters);
        }

        @Override
        public void process(Record<String, MatchReport> record) {
            onReport(record.value());
        }
    }

    final void onDraft(String id, DraftEvent event) {
        long ts = event.timestamp();
        if (isBeyondHorizon(ts)) {
            emit(event.draft(), ts, List.of(), null);
            return;
        }
        drafts.put(id, event, ts);
        ArticleProgress current = progressOf(id, ts);
        ArticleProgress updated = new ArticleProgress(event.expectedReports(), current.received(), current.emitted(),
                current.best());
        emitWhenComplete(id, ts, updated, false, List.of());
    }

    final void onReport(MatchReport report) {
        long ts = report.articleTs();
        if (isBeyondHorizon(ts)) {
            return;
        }
        ArticleProgress current = progressOf(report.articleId(), ts);
        List<UnitMatch> best = new ArrayList<>(current.best());
        boolean changed = mergeEarliest(best, report.matches());
        int received = current.received() + (report.correction() ? 0 : 1);
        ArticleProgress updated = new ArticleProgress(current.expected(), received, current.emitted(), best);
        emitWhenComplete(report.articleId(), ts, updated, changed && current.emitted(), current.best());
    }

    /** @param before the matches of the article's last emission (a correction re-emits it with {@code state}'s) */
    private void emitWhenComplete(String id, long ts, ArticleProgress state, boolean corrected,
            List<UnitMatch> before) {
        boolean emitNow = !state.emitted() && state.complete();
        if (emitNow || corrected) {
            DraftEvent draft = drafts.fetch(id, ts);
            if (draft != null) {
                emit(draft.draft(), ts, state.best(), corrected ? before : null);
                state = new ArticleProgress(state.expected(), state.received(), true, state.best());
            }
        }
        progress.put(id, state, ts);
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

    private ArticleProgress progressOf(String id, long ts) {
        ArticleProgress p = progress.fetch(id, ts);
        return p != null ? p : new ArticleProgress(-1, 0, false, List.of());
    }

    private boolean isBeyondHorizon(long ts) {
        return ts < context.currentStreamTimeMs() - horizonMs;
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
                repeats.add(new SentenceRepeat(m.unit().start(), m.unit().end(), ref(m), round(m.similarity())));
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
