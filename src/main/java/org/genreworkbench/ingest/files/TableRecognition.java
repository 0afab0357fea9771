package org.genreworkbench.ingest.files;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one file's columns will be read: the kind of table, the field of each column, and, when no column
 * identifies a row of that kind, why the file cannot be read, with the fields nearest to each column left
 * unread.
 *
 * @param problem null when the file can be read
 */
public record TableRecognition(String fileName, TableKind kind, List<String> header, Map<Integer, Field> mapping,
                               String problem) {

    /** Recognises a file's columns from its name and header, the user's mapping winning. */
    public static TableRecognition of(String fileName, List<String> header, Map<String, Field> overrides) {
        ColumnRecogniser recogniser = ColumnRecogniser.forTable(fileName, header);
        TableKind kind = recogniser.kind();
        // A table the user mapped by hand is read by what they mapped: an artist id makes an artists table.
        Set<Field> chosen = EnumSet.noneOf(Field.class);
        overrides.forEach((column, field) -> {
            if (header.contains(column)) {
                chosen.add(field);
            }
        });
        if (!chosen.isEmpty() && !kind.identifiedBy(chosen)) {
            for (TableKind k : TableKind.values()) {
                if (k.identifiedBy(chosen)) {
                    kind = k;
                    recogniser = recogniser.as(k);
                    break;
                }
            }
        }
        Map<Integer, Field> mapping = recogniser.mapping(header, overrides);
        Set<Field> fields = EnumSet.noneOf(Field.class);
        fields.addAll(mapping.values());
        String problem = kind.identifiedBy(fields) ? null : refusal(fileName, kind, header, mapping);
        return new TableRecognition(fileName, kind, List.copyOf(header), Map.copyOf(mapping), problem);
    }

    public boolean recognised() {
        return problem == null;
    }

    /** Which file, what is missing, its header and the nearest fields of the columns left unread. */
    private static String refusal(String fileName, TableKind kind, List<String> header, Map<Integer, Field> mapping) {
        List<String> near = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (mapping.get(i) == Field.IGNORE) {
                List<Field> fields = ColumnRecogniser.nearest(header.get(i));
                if (!fields.isEmpty()) {
                    near.add("'" + header.get(i) + "' → " + String.join(" or ",
                            fields.stream().map(Field::label).toList()));
                }
            }
        }
        return fileName + " is not recognised (read as a table of " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + ", no column holds " + kind.needs() + "); map the columns by hand. Its header: "
                + String.join(", ", header) + "."
                + (near.isEmpty() ? "" : " Nearest fields: " + String.join("; ", near) + ".");
    }
}
