package org.genreworkbench.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genreworkbench.charts.BalanceCharts;
import org.genreworkbench.ingest.FieldCoverage;
import org.genreworkbench.ml.Dataset;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;

/** The data set: where the tracks came from, how many of what, and each field's coverage by source. */
final class DataSection {
    private DataSection() {
    }

    static void write(Html page, InlineSvg svg, Project project, Dataset data) {
        page.section("data", "Data set");
        Map<Source, Integer> sources = new EnumMap<>(Source.class);
        for (Track t : project.tracks().values()) {
            sources.merge(t.source() == null ? Source.FILE : t.source(), 1, Integer::sum);
        }
        List<String> from = new ArrayList<>();
        sources.forEach((s, n) -> from.add(FieldCoverage.displayName(s) + " (" + count(n) + " tracks)"));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"source", from.isEmpty() ? "no tracks" : String.join(", ", from)});
        facts.add(new String[] {"tracks", count(project.tracks().size())});
        facts.add(new String[] {"artists", count(project.artists().size())});
        facts.add(new String[] {"genre tags", count(project.genreTags().size())});
        facts.add(new String[] {"playlists", count(project.playlists().size())});
        if (data != null) {
            facts.add(new String[] {"tracks trained and tested on", count(data.rows()) + " (those with a target"
                    + (data.spec().dropMissing() ? " and every feature)" : ")")});
            facts.add(new String[] {"tracks without a target", count(project.tracks().size() - data.rows())});
        }
        page.facts("data-facts", facts);
        if (sources.containsKey(Source.SYNTHETIC)) {
            page.element("p", "Synthetic tracks made by the sample generator: not real data.");
        }
        List<FieldCoverage.Row> coverage = FieldCoverage.of(project);
        List<List<String>> rows = new ArrayList<>();
        for (FieldCoverage.Row row : coverage) {
            rows.add(List.of(Html.escape(row.field()), count(row.present()) + " of " + count(row.total()),
                    Html.escape(row.describe().substring(row.field().length() + 2))));
        }
        page.table("coverage", List.of("field", "present", "coverage"), rows);
        page.figure(svg.chart(BalanceCharts.coverage(coverage), 1100, 120 + 22 * coverage.size()),
                "Coverage of each field by source; grey: missing.");
        page.endSection();
    }

    static String count(int n) {
        return String.format(Locale.US, "%,d", n);
    }
}
