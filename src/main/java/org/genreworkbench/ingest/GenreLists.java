package org.genreworkbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of genre tags from one table cell in any of the shapes exports use: a JSON list
 * {@code ["dance pop","pop"]}, a Python list literal {@code ['dance pop', 'pop']}, or a plain
 * comma-separated string {@code dance pop, pop}. {@code []} and an empty cell are no tags.
 */
public final class GenreLists {
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");

    private GenreLists() {
    }

    public static List<String> parse(String cell) {
        List<String> tags = new ArrayList<>();
        if (cell == null) {
            return tags;
        }
        String text = cell.strip();
        if (text.startsWith("[")) {
            Matcher m = QUOTED.matcher(text);
            while (m.find()) {
                add(tags, unescape(m.group(1) != null ? m.group(1) : m.group(2)));
            }
        } else {
            for (String part : text.split(",")) {
                add(tags, part);
            }
        }
        return tags;
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
