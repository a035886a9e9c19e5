package io.khabar.sink;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Chooses the target index of a document from {@code index.pattern}: each {@code {...}} holds a
 * {@link DateTimeFormatter} pattern applied to the article's date ({@code published_at}, else {@code ingested_at},
 * else today in UTC). Every result goes through {@link #sanitize}, so no input can produce an invalid index name.
 */
public final class IndexNamer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/*?\"<>|,#:\\s]");
    private static final int MAX_BYTES = 255;
    private static final String FALLBACK = "news";

    private final List<Object> parts = new ArrayList<>();
    private final Clock clock;

    /** @throws IllegalArgumentException when a placeholder is not a valid date pattern */
    public IndexNamer(String pattern, Clock clock) {
        this.clock = clock;
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            parts.add(pattern.substring(last, m.start()));
            parts.add(DateTimeFormatter.ofPattern(m.group(1), Locale.ROOT));
            last = m.end();
        }
        parts.add(pattern.substring(last));
    }

    /** The index for an enriched article document. */
    public String indexFor(JsonNode document) {
        return indexFor(dateOf(document));
    }

    /** The index for a day. */
    public String indexFor(LocalDate date) {
        StringBuilder name = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof DateTimeFormatter formatter) {
                name.append(formatter.format(date));
            } else {
                name.append(part);
            }
        }
        return sanitize(name.toString());
    }

    LocalDate dateOf(JsonNode document) {
        for (String field : new String[] {"published_at", "ingested_at"}) {
            JsonNode value = document == null ? null : document.get(field);
            if (value != null && value.isTextual()) {
                LocalDate date = leadingDate(value.asText());
                if (date != null) {
                    return date;
                }
            }
        }
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The calendar date an ISO 8601 value starts with ({@code 2021-11}, {@code 2021-11-21T10:00Z} ...), or null. */
    static LocalDate leadingDate(String iso) {
        Matcher m = LEADING_DATE.matcher(iso);
        if (!m.find()) {
            return null;
        }
        try {
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A valid Elasticsearch/OpenSearch index name made from any string: lower case; {@code \ / * ? " < > | , # :}
     * and white space replaced by {@code _}; no leading {@code - _ +}; never {@code .} or {@code ..}; at most 255
     * UTF-8 bytes; never empty.
     */
    public static String sanitize(String raw) {
        String name = FORBIDDEN.matcher(raw == null ? "" : raw.toLowerCase(Locale.ROOT)).replaceAll("_");
        int start = 0;
        while (start < name.length() && "-_+".indexOf(name.charAt(start)) >= 0) {
            start++;
        }
        name = truncateUtf8(name.substring(start), MAX_BYTES);
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return FALLBACK;
        }
        return name;
    }

    private static String truncateUtf8(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
