package org.genreworkbench.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of genre tags from one table cell in any of the shapes exports use: a JSON list
 * {@code ["dance pop","pop"]}, a Python list literal {@code ['dance pop', "children's music"]}, or a plain
 * comma-separated string {@code dance pop, pop}. Within each shape an item may be quoted with ' or ", and
 * the quotes are not part of the tag: {@code data_w_genres.csv} writes its list without brackets and
 * single quotes but keeps Python's double quotes around tags that once held an apostrophe
 * ({@code "childrens music", nursery}). {@code []} and an empty cell are no tags.
 */
public final class GenreLists {

    private GenreLists() {
    }

    public static List<String> parse(String cell) {
        List<String> tags = new ArrayList<>();
        if (cell == null) {
            return tags;
        }
        String text = cell.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        int i = 0;
        while (i < text.length()) {
            i = skipSpaces(text, i);
            if (i >= text.length()) {
                break;
            }
            int end = closingQuote(text, i);
            if (end > 0) {
                add(tags, unescape(text.substring(i + 1, end)));
                i = skipSpaces(text, end + 1);
                // Anything between the closing quote and the next comma is not part of a well-formed list: drop it.
                int comma = text.indexOf(',', i);
                i = comma < 0 ? text.length() : comma + 1;
            } else {
                int comma = text.indexOf(',', i);
                add(tags, text.substring(i, comma < 0 ? text.length() : comma));
                i = comma < 0 ? text.length() : comma + 1;
            }
        }
        return tags;
    }

    /**
     * Where the quote opening an item at {@code start} closes, or -1 when the item is not quoted: it does not
     * start with a quote, or the quote never closes before a comma or the end (an apostrophe, as in
     * {@code 'til tuesday}, is then just a letter).
     */
    private static int closingQuote(String text, int start) {
        char quote = text.charAt(start);
        if (quote != '\'' && quote != '"') {
            return -1;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                int next = skipSpaces(text, i + 1);
                return next >= text.length() || text.charAt(next) == ',' ? i : -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<String> tags, String tag) {
        String t = tag.strip();
        if (!t.isEmpty() && !tags.contains(t)) {
            tags.add(t);
        }
    }

    private static String unescape(String s) {
        return s.indexOf('\\') < 0 ? s : s.replaceAll("\\\\(.)", "$1");
    }
}
