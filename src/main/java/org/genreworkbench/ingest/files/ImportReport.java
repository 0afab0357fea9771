package org.genreworkbench.ingest.files;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user is told when an import ends: whether anything was imported, a summary (counts, coverage,
 * columns not read) and the rows that were skipped with where and why.
 *
 * @param skipped how many rows were skipped in all; {@code problems} holds the first of them
 */
public record ImportReport(boolean ok, String summary, List<Problem> problems, long skipped) {

    /** An import that imported nothing, and why. */
    public static ImportReport failed(String why) {
        return new ImportReport(false, why, List.of(), 0);
    }

    /** The summary then every skipped row listed, one a line: what "save the report" writes. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(summary.lines().toList());
        if (!problems.isEmpty()) {
            lines.add("");
            lines.add("Skipped rows (file, line, column: problem):");
            problems.forEach(p -> lines.add(p.toString()));
        }
        return lines;
    }
}
