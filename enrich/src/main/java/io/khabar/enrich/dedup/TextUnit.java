package io.khabar.enrich.dedup;

/** A fingerprinted span of an article: a paragraph or a sentence of one. Offsets into the paragraph's text. */
public record TextUnit(int paragraph, int start, int end, UnitKind kind, Fingerprint fingerprint) {

    public UnitRef ref(String articleId, long timestamp) {
        return new UnitRef(articleId, timestamp, paragraph, start, end, kind);
    }
}
