package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's paragraphs into fingerprinted units: every paragraph with at least {@code minTokens} canonical
 * tokens, and, when sentences are on, every sentence of at least {@code minSentenceTokens} tokens of a paragraph
 * that has two sentences or more (a one-sentence paragraph is its own sentence unit).
 *
 * <p>Sentences keep only their first {@code sentenceBands} band keys: a sentence still meets an identical paragraph
 * or sentence (they share every band) and a near one with probability {@code 1 - (1 - J^rows)^sentenceBands}, while
 * its cost in bucket reads and band tasks drops with the number of bands. Paragraphs, the units {@code duplicate_of}
 * is about, keep them all.
 */
public final class UnitExtractor {

    private final Fingerprinter fingerprinter;
    private final int minTokens;
    private final int minSentenceTokens;
    private final boolean sentences;
    private final int sentenceBands;

    /** An extractor whose sentences keep all their band keys. */
    public UnitExtractor(Fingerprinter fingerprinter, int minTokens, int minSentenceTokens, boolean sentences) {
        this(fingerprinter, minTokens, minSentenceTokens, sentences, Integer.MAX_VALUE);
    }

    public UnitExtractor(Fingerprinter fingerprinter, int minTokens, int minSentenceTokens, boolean sentences,
            int sentenceBands) {
        if (sentenceBands < 1) {
            throw new IllegalArgumentException("sentenceBands must be positive: " + sentenceBands);
        }
        this.fingerprinter = fingerprinter;
        this.minTokens = minTokens;
        this.minSentenceTokens = minSentenceTokens;
        this.sentences = sentences;
        this.sentenceBands = sentenceBands;
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
                            fingerprinter.of(sentenceTokens).firstBands(sentenceBands)));
                }
            }
        }
        return units;
    }
}
