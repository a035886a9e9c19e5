package io.khabar.arabic;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Character-level Arabic normalization, the base of every comparison Khabar makes between texts.
 *
 * <p>Spec {@value #VERSION}, applied in this order:
 * <ol>
 *   <li>Unicode NFKC (folds presentation forms and compatibility characters);</li>
 *   <li>diacritics removed: harakat and tanween U+064B..U+065F, superscript alef U+0670, Quranic marks
 *       U+06D6..U+06ED; tatweel U+0640 removed; NFKC again when something was removed (idempotence);</li>
 *   <li>alef variants أ إ آ ٱ → ا; alef maqsura ى → ي; ta marbuta ة → ه;</li>
 *   <li>Arabic-Indic (٠..٩) and Persian (۰..۹) digits → ASCII digits;</li>
 *   <li>Latin letters lower-cased (Locale.ROOT).</li>
 * </ol>
 * Punctuation and spacing are kept here; {@link #fold(String)} also folds them.
 */
public final class ArabicNormalizer {

    /** The version of this spec; stored fingerprints are only comparable within one version. */
    public static final String VERSION = "ar-norm-1";

    private ArabicNormalizer() {
    }

    /** Normalizes characters; the result has the same words in the same order. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(nfkc.length());
        boolean removed = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (isDiacriticOrTatweel(c)) {
                removed = true;
            } else {
                kept.append(c);
            }
        }
        // A removed mark may have separated a letter from a combining mark that composes with it once they meet,
        // and folding case may make a letter composable with a following mark: compose again until nothing
        // changes, so that normalizing normalized text changes nothing. Only text with combining marks left
        // (rare once Arabic diacritics are gone) pays for it.
        String base = removed ? Normalizer.normalize(kept, Normalizer.Form.NFKC) : kept.toString();
        String folded = foldLetters(base);
        for (int round = 0; round < 4 && hasCombiningMark(folded); round++) {
            String again = foldLetters(Normalizer.normalize(folded, Normalizer.Form.NFKC));
            if (again.equals(folded)) {
                break;
            }
            folded = again;
        }
        return folded;
    }

    private static String foldLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldLetter(text.charAt(i)));
        }
        return out.toString();
    }

    private static boolean hasCombiningMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            int type = Character.getType(text.charAt(i));
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                return true;
            }
        }
        return false;
    }

    /**
     * Normalizes and folds punctuation: every run of characters that are neither letters nor digits becomes one
     * space; the result is trimmed. Unicode-aware (Arabic letters are letters).
     */
    public static String fold(String text) {
        String normalized = normalize(text);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean pendingSpace = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** True for Arabic harakat, tanween, shadda, sukun, superscript alef, Quranic marks and tatweel. */
    public static boolean isDiacriticOrTatweel(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED') || c == '\u0640';
    }

    /** Folds one character: alef variants, alef maqsura, ta marbuta, Eastern digits, Latin case. */
    public static char foldLetter(char c) {
        switch (c) {
            case 'أ':
            case 'إ':
            case 'آ':
            case 'ٱ':
                return 'ا';
            case 'ى':
                return 'ي';
            case 'ة':
                return 'ه';
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        if (Character.isUpperCase(c)) {
            return String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
        }
        return c;
    }

    /** True when the character is an Arabic letter (basic block and supplements, after normalization or not). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || (c >= '\u0750' && c <= '\u077F');
    }
}
