package io.khabar.enrich;

import io.khabar.model.RawArticle;

/**
 * Replaces unpaired UTF-16 surrogates (a JSON escape such as {@code \uD800} alone) with U+FFFD, one char for one, so
 * that offsets into the text stay valid and every output (Smile drafts, enriched JSON, bulk files) is well-formed
 * UTF-8.
 */
final class WellFormedText {

    private WellFormedText() {
    }

    static RawArticle of(RawArticle raw) {
        return new RawArticle(clean(raw.id()), clean(raw.origin()), clean(raw.source()), clean(raw.title()),
                clean(raw.dateline()), clean(raw.publishedAt()), clean(raw.url()), clean(raw.body()),
                raw.boilerplate().stream().map(WellFormedText::clean).toList(), clean(raw.ingestedAt()));
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '\uFFFD';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
