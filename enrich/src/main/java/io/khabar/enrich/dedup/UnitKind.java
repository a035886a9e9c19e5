package io.khabar.enrich.dedup;

/** What a fingerprinted unit is: a whole paragraph, or one sentence of a paragraph of several sentences. */
public enum UnitKind {
    PARAGRAPH,
    SENTENCE
}
