package org.genreworkbench.ingest.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Streams the rows of a table file: CSV or TSV (separator guessed from the header line, UTF-8 or UTF-16,
 * with or without a byte-order mark, quoted fields with commas and newlines) or JSON (an array of objects,
 * or an object holding one such array). Rows come one at a time, so a file of a million rows never sits in
 * memory whole, nor does a JSON file's array.
 */
public final class TableSource implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String fileName;
    private final List<String> header;
    private final Iterator<String[]> rows;
    private final AutoCloseable closer;
    private final LineNumbers lines;

    /** The current line, for problem reports. */
    interface LineNumbers {
        long line();
    }

    private TableSource(String fileName, List<String> header, Iterator<String[]> rows, AutoCloseable closer,
                        LineNumbers lines) {
        this.fileName = fileName;
        this.header = header;
        this.rows = rows;
        this.closer = closer;
        this.lines = lines;
    }

    public static TableSource open(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.toLowerCase().endsWith(".json")) {
            return json(file);
        }
        Reader reader = reader(file);
        PushbackReader peek = new PushbackReader(reader, 8192);
        char[] buffer = new char[8192];
        int n = Math.max(0, peek.read(buffer));
        String start = new String(buffer, 0, n);
        peek.unread(buffer, 0, n);
        String firstLine = start.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == '\t').count() > firstLine.chars().filter(c -> c == ',').count()
                ? '\t' : firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(peek);
        if (!it.hasNextValue()) {
            it.close();
            throw new IOException(name + ": the file is empty (no header line)");
        }
        List<String> header = List.of(it.nextValue());
        long[] rowLine = {1};
        Iterator<String[]> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return it.hasNextValue();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public String[] next() {
                try {
                    // Where the row starts (a quoted field may span lines): that is the line users look for.
                    rowLine[0] = it.getCurrentLocation().getLineNr();
                    return it.nextValue();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        return new TableSource(name, header, rows, it, () -> rowLine[0]);
    }

    /** Opens the bytes with the charset their byte-order mark names (UTF-8 without one), skipping the mark. */
    private static Reader reader(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        Charset charset = StandardCharsets.UTF_8;
        in.reset();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skip(3);
        } else if (b0 == 0xFE && b1 == 0xFF) {
            in.skip(2);
            charset = StandardCharsets.UTF_16BE;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            in.skip(2);
            charset = StandardCharsets.UTF_16LE;
        }
        return new InputStreamReader(in, charset);
    }

    /**
     * A JSON table read in two streaming passes, one element of the array in memory at a time: the first
     * collects every element's (flattened) keys for the header, the second hands out the rows.
     */
    private static TableSource json(Path file) throws IOException {
        List<String> header = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (JsonParser keys = arrayOf(file)) {
            while (keys.nextToken() != JsonToken.END_ARRAY) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                flatten("", JSON.readTree(keys), row);
                for (String k : row.keySet()) {
                    if (seen.add(k)) {
                        header.add(k);
                    }
                }
            }
        }
        JsonParser values = arrayOf(file);
        int[] index = {0};
        Iterator<String[]> rows = new Iterator<>() {
            private JsonToken next;

            @Override
            public boolean hasNext() {
                try {
                    if (next == null) {
                        next = values.nextToken();
                    }
                    return next != JsonToken.END_ARRAY && next != null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                next = null;
                index[0]++;
                Map<String, String> row = new java.util.LinkedHashMap<>();
                try {
                    flatten("", JSON.readTree(values), row);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                String[] cells = new String[header.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = row.getOrDefault(header.get(i), "");
                }
                return cells;
            }
        };
        // JSON rows are numbered by their position in the array, 1 for the first.
        return new TableSource(file.getFileName().toString(), List.copyOf(header), rows, values, () -> index[0]);
    }

    /** A parser standing on the table's array: the document itself, or the first array an object holds. */
    private static JsonParser arrayOf(Path file) throws IOException {
        JsonParser parser = JSON.createParser(file.toFile());
        try {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    if (parser.nextToken() == JsonToken.START_ARRAY) {
                        return parser;
                    }
                    parser.skipChildren();
                }
            } else if (first == JsonToken.START_ARRAY) {
                return parser;
            }
            parser.close();
            throw new IOException(file.getFileName() + ": expected a JSON array of objects (or an object holding one)");
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /** Nested objects become dotted names; arrays of scalars become a JSON list, which genre parsing reads. */
    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (var e : iterable(node.fields())) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            boolean objects = node.size() > 0 && node.get(0).isObject();
            if (objects && prefix.endsWith("artists")) {
                List<String> names = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                node.forEach(a -> {
                    names.add(a.path("name").asText());
                    ids.add(a.path("id").asText());
                });
                out.put(prefix, String.join(";", names));
                out.put(prefix.replace("artists", "artist_ids"), String.join(";", ids));
            } else if (!objects) {
                out.put(prefix, node.toString());
            }
        } else {
            out.put(prefix, node.asText());
        }
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }

    public Iterator<String[]> rows() {
        return rows;
    }

    /** The line the last row read starts on (for JSON, its position in the array). */
    public long line() {
        return lines.line();
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
