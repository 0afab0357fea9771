package org.genreworkbench.ingest.files;

import org.genreworkbench.model.CellText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genreworkbench.ingest.GenreLists;

/**
 * Reads typed values from one row by field, turning a bad cell into a {@link RowProblem} that names the
 * column. Understands the spellings exports use: "D#" for a key, "Major" for a mode, "TRUE" or "yes" for a flag,
 * links and URIs for ids, seconds or "m:ss" for durations; a number outside its field's range is a bad cell.
 */
final class RowParser {
    private static final List<String> PITCHES = List.of("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B");
    private static final Map<String, String> FLATS = Map.of("DB", "C#", "EB", "D#", "GB", "F#", "AB", "G#", "BB", "A#");

    private final Map<Field, Integer> column = new EnumMap<>(Field.class);
    private final List<String> header;
    private String[] row;

    RowParser(List<String> header, Map<Integer, Field> mapping) {
        this.header = header;
        mapping.forEach((index, field) -> {
            if (field != Field.IGNORE) {
                column.putIfAbsent(field, index);
            }
        });
    }

    /** A bad cell: the row is skipped and reported. */
    static final class RowProblem extends Exception {
        final String column;

        RowProblem(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    void row(String[] values) {
        this.row = values;
    }

    boolean has(Field f) {
        return column.containsKey(f);
    }

    String text(Field f) {
        Integer i = column.get(f);
        if (i == null || i >= row.length) {
            return null;
        }
        String v = row[i].strip();
        return v.isEmpty() ? null : v;
    }

    Integer integer(Field f) throws RowProblem {
        Long v = whole(f);
        if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            throw problem(f, "'" + text(f) + "' is out of range");
        }
        if (v != null && !f.inRange(v)) {
            throw problem(f, "'" + text(f) + "' is out of range (" + f.range() + ")");
        }
        return v == null ? null : v.intValue();
    }

    /**
     * A Spotify id however the export wrote it: the bare id, {@code spotify:track:ID}, or a link such as
     * {@code https://open.spotify.com/track/ID?si=…} or {@code https://api.spotify.com/v1/tracks/ID}.
     */
    String id(Field f) {
        String v = text(f);
        return v == null ? null : bareId(v);
    }

    /** Every id of a list cell, each as {@link #id(Field)} reads it. */
    List<String> ids(Field f) {
        List<String> out = new ArrayList<>();
        names(f).forEach(v -> out.add(bareId(v)));
        return out;
    }

    static String bareId(String v) {
        String s = v.strip();
        if (s.regionMatches(true, 0, "spotify:", 0, 8)) {
            return s.substring(s.lastIndexOf(':') + 1);
        }
        if (s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8)) {
            String path = s.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
            int slash = path.lastIndexOf('/');
            return slash > path.indexOf("//") + 1 ? path.substring(slash + 1) : s;
        }
        return s;
    }

    /**
     * The track's length in milliseconds from whichever duration column the table has: milliseconds, seconds,
     * "m:ss", or a number without its unit, read as seconds under 10,000.
     */
    Integer durationMs() throws RowProblem {
        for (Field f : List.of(Field.DURATION_MS, Field.DURATION_S, Field.DURATION)) {
            String v = text(f);
            if (v == null) {
                continue;
            }
            double ms;
            if (v.matches("\\d{1,3}:\\d{2}(\\.\\d+)?")) {
                String[] parts = v.split(":");
                ms = (Integer.parseInt(parts[0]) * 60 + Double.parseDouble(parts[1])) * 1000;
            } else if (f == Field.DURATION_MS) {
                ms = integer(f);
            } else {
                double d = decimal(f);
                boolean seconds = f == Field.DURATION_S || d < 10_000;
                ms = seconds ? d * 1000 : d;
            }
            if (ms <= 0 || ms > Integer.MAX_VALUE) {
                throw problem(f, "'" + v + "' is not a track's duration");
            }
            return (int) Math.round(ms);
        }
        return null;
    }

    /** Exports write whole numbers as "12" or "12.0"; a value that is not finite or does not fit is a bad cell. */
    Long whole(Field f) throws RowProblem {
        String v = text(f);
        if (v == null) {
            return null;
        }
        double d;
        try {
            d = CellText.number(v);
        } catch (IllegalArgumentException e) {
            throw problem(f, e.getMessage());
        }
        if (!Double.isFinite(d) || Math.abs(d) >= 0x1p63) {
            throw problem(f, "'" + v + "' is not a finite number in range");
        }
        return Math.round(d);
    }

    /** NaN when empty. */
    double decimal(Field f) throws RowProblem {
        String v = text(f);
        if (v == null) {
            return Double.NaN;
        }
        if (f == Field.KEY) {
            return key(v, f);
        }
        if (f == Field.MODE) {
            String m = v.toLowerCase(Locale.ROOT);
            if (m.equals("major")) {
                return 1;
            }
            if (m.equals("minor")) {
                return 0;
            }
        }
        double d;
        try {
            d = CellText.finiteNumber(v);
        } catch (IllegalArgumentException e) {
            throw problem(f, e.getMessage());
        }
        if (!f.inRange(d)) {
            throw problem(f, "'" + v + "' is out of range (" + f.range() + ")");
        }
        return d;
    }

    private double key(String v, Field f) throws RowProblem {
        try {
            double d = Double.parseDouble(v);
            if (!f.inRange(d)) {
                throw problem(f, "'" + v + "' is not a key (0–11 or a pitch name such as D#)");
            }
            return d;
        } catch (NumberFormatException e) {
            String k = v.toUpperCase(Locale.ROOT).replace("♯", "#").replace("♭", "B");
            k = FLATS.getOrDefault(k, k);
            int pitch = PITCHES.indexOf(k);
            if (pitch < 0) {
                throw problem(f, "'" + v + "' is not a key (0–11 or a pitch name such as D#)");
            }
            return pitch;
        }
    }

    Boolean flag(Field f) throws RowProblem {
        String v = text(f);
        if (v == null) {
            return null;
        }
        try {
            // lenient: other tools write flags as t/f, yes/no or 1/0
            return CellText.truth(v, false);
        } catch (IllegalArgumentException e) {
            throw problem(f, e.getMessage());
        }
    }

    /** A list cell: a JSON or Python list, or names joined by ';'. Commas stay inside names ("Tyler, The Creator"). */
    List<String> names(Field f) {
        String v = text(f);
        if (v == null) {
            return List.of();
        }
        if (v.startsWith("[")) {
            return GenreLists.parse(v);
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    RowProblem problem(Field f, String message) {
        Integer i = column.get(f);
        return new RowProblem(i == null ? f.name() : header.get(i), message);
    }
}
