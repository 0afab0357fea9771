package org.genreworkbench.ingest.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A file before import, for the mapping step: how its columns are recognised (and whether the file can be
 * read at all) and each column with its suggestion, first values and nearest fields.
 */
public record FilePreview(TableRecognition recognition, List<ColumnPreview> columns) {

    /** Reads the header and the first rows only. */
    public static FilePreview of(Path file, Map<String, Field> overrides) throws Exception {
        try (TableSource source = TableSource.open(file)) {
            TableRecognition recognition = TableRecognition.of(source.fileName(), source.header(), overrides);
            return new FilePreview(recognition, ColumnPreview.of(source, recognition.mapping()));
        }
    }

    /** The same file with the user's mapping: whether it can now be read. */
    public TableRecognition with(Map<String, Field> mapping) {
        return TableRecognition.of(recognition.fileName(), recognition.header(), mapping);
    }

    /** True when the file can be read and no column is left unread: nothing to ask. */
    public boolean nothingToAsk() {
        return recognition.recognised() && ColumnPreview.allMapped(columns);
    }
}
