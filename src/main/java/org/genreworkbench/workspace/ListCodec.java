package org.genreworkbench.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a list of strings into one CSV cell as {@code a|b|c}, with {@code \|} and {@code \\} escaping,
 * so that artist ids and genre tags stay readable in a spreadsheet and cost no JSON parsing per row.
 */
final class ListCodec {
    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';

    private ListCodec() {
    }

    static String join(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            String item = items.get(i);
            for (int c = 0; c < item.length(); c++) {
                char ch = item.charAt(c);
                if (ch == SEPARATOR || ch == ESCAPE) {
                    sb.append(ESCAPE);
                }
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static List<String> split(String cell) {
        return split(cell, null);
    }

    /** The cell's items, each shared through {@code interner} when one is given; an immutable list. */
    static List<String> split(String cell, Interner interner) {
        if (cell == null || cell.isEmpty()) {
            return List.of();
        }
        if (cell.indexOf(SEPARATOR) < 0 && cell.indexOf(ESCAPE) < 0) {
            return List.of(interner == null ? cell : interner.intern(cell));
        }
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int c = 0; c < cell.length(); c++) {
            char ch = cell.charAt(c);
            if (ch == ESCAPE && c + 1 < cell.length()) {
                current.append(cell.charAt(++c));
            } else if (ch == SEPARATOR) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        items.add(current.toString());
        if (interner != null) {
            items.replaceAll(interner::intern);
        }
        return List.copyOf(items);
    }
}
