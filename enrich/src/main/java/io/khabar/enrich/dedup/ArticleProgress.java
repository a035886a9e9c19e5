package io.khabar.enrich.dedup;

import java.util.List;

/**
 * The article side's bookkeeping for one article.
 *
 * @param expected reports expected (the number of band batches), -1 until the draft arrived
 * @param received band reports received
 * @param emitted  whether the enriched article was emitted (then corrections re-emit it)
 * @param best     the earliest match per unit and kind so far
 */
public record ArticleProgress(int expected, int received, boolean emitted, List<UnitMatch> best) {

    /** Nothing known yet: no draft, no report. */
    public static final ArticleProgress NONE = new ArticleProgress(-1, 0, false, List.of());

    public boolean complete() {
        return expected >= 0 && received >= expected;
    }
}
