package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's paragraphs into fingerprinted units: every paragraph with at least {@code minTokens} canonical
 * tokens, and, when sentences are on, every sentence of at least {@code minSentenceTokens} tokens of a paragraph
 * that has two sentences or more (a one-sentence paragraph is its own sentence unit).
 */
public final class UnitExtractor {

    private final Fingerprinter fingerprinter;
    private final int minTokens;
    private final int minSentenceTokens;
    private final boolean sentences;

    public UnitExtractor(Fingerprinter fingerprinter, int minTokens, int minSentenceTokens, boolean sentences) {
        this.fingerprinter = fingerprinter;
        this.minTokens = minTokens;
        this.minSentenceTokens = minSentenceTokens;
        this.sentences = sentences;
    }

    public Fingerprinter fingerprinter() {
        return fingerprinter;
    }

    public List<TextUnit> units(List<String> paragraphs) {
        List<TextUnit> units = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            List<String> tokens = CanonicalForm.tokens(text);
            if (tokens.size() >= minTokens) {
                units.add(new TextUnit(p, 0, text.length(), UnitKind.PARAGRAPH, fingerprinter.of(tokens)));
            }
            if (!sentences) {
                continue;
            }
            List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
            if (spans.size() < 2) {
                continue;
            }
            for (SentenceSplitter.Span span : spans) {
                List<String> sentenceTokens = CanonicalForm.tokens(text.substring(span.start(), span.end()));
                if (sentenceTokens.size() >= minSentenceTokens) {
                    units.add(new TextUnit(p, span.start(), span.end(), UnitKind.SENTENCE,
                            fingerprinter.of(sentenceTokens)));
                }
            }
        }
        return units;
    }
}
