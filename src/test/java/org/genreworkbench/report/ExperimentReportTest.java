package org.genreworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelGrid;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's page as text: every section, the user's names escaped, nothing fetched, charts inline. */
class ExperimentReportTest {
    private static ReportFixture fixture;
    private static String page;

    @BeforeAll
    static void render() throws Exception {
        fixture = ReportFixture.get();
        page = new ExperimentReport().html(fixture.project, fixture.experiment,
                new ExperimentReport.Extras(null, fixture.ablation));
    }

    @Test
    void everySectionIsThereWithItsTableAndCharts() {
        for (String id : List.of("data", "labels", "settings", "comparison", "per-label", "per-fold", "ablation",
                "precision-recall", "confusion-table", "data-facts", "coverage", "label-balance", "scheme-settings", "models", "comparison-table",
                "per-label-table", "per-fold-1", "per-fold-2", "ablation-table")) {
            assertThat(page).as(id).contains("id=\"" + id + "\"");
        }
        // Coverage, label balance, dendrogram, per-label F1, per-label precision and recall, the baseline's PR curves,
        // one box plot per score metric, ablation.
        int scoreMetrics = Comparison.metrics(fixture.experiment).size() - 2;
        assertThat(count(page, "<svg ")).isEqualTo(7 + scoreMetrics);
        for (Experiment.ModelResult r : fixture.experiment.results()) {
            assertThat(page).contains("<td>" + r.model());
        }
        for (String feature : ReportFixture.FEATURES) {
            assertThat(page).contains("<td>" + feature + "</td>");
        }
    }

    @Test
    void aGridGetsATuningChartForEachOptionItVaried() throws Exception {
        assertThat(page).doesNotContain("id=\"tuning\"").doesNotContain("href=\"#tuning\"");

        ModelSpec j48 = new ModelSpec(null, "BR", "J48", "", "", "PCut1");
        List<ModelSpec> grid = new ArrayList<>(new ModelGrid(j48, List.of("-M 200", "-M 50", "-M 10"), null, null).expand());
        grid.add(new ModelSpec(null, "BR", "NaiveBayes", "", "", "PCut1"));
        ExperimentSpec spec = new ExperimentSpec("grid", fixture.spec.dataset(), Split.kfold(3), grid, 5);
        Experiment tuned = new ExperimentRunner().run(fixture.project, spec, TaskContext.silent());
        String withGrid = new ExperimentReport().html(fixture.project, tuned, ExperimentReport.Extras.none());

        assertThat(withGrid).contains("href=\"#tuning\"").contains("id=\"tuning\"");
        String section = withGrid.substring(withGrid.indexOf("id=\"tuning\""));
        section = section.substring(0, section.indexOf("</section>"));
        // one option varied (J48's -M), drawn for F1 micro as the Models tab's Tuning chart does by default
        assertThat(count(section, "<svg ")).isEqualTo(1);
        assertThat(section).contains("F1 micro against").contains("(-M)");
    }

    @Test
    void theBaselinesConfusionCountsAreItsFoldsSummed() {
        Experiment.ModelResult baseline = fixture.experiment.results().get(0);
        String table = page.substring(page.indexOf("id=\"confusion-table\""));
        table = table.substring(0, table.indexOf("</table>"));
        for (int l = 0; l < fixture.experiment.labels().size(); l++) {
            int label = l;
            int tp = baseline.folds().stream().mapToInt(f -> f.labelCounts().get(label).tp()).sum();
            int fp = baseline.folds().stream().mapToInt(f -> f.labelCounts().get(label).fp()).sum();
            int fn = baseline.folds().stream().mapToInt(f -> f.labelCounts().get(label).fn()).sum();
            int tn = baseline.folds().stream().mapToInt(f -> f.labelCounts().get(label).tn()).sum();
            assertThat(table).contains(String.format(java.util.Locale.US, "<td>%,d</td><td>%,d</td><td>%,d</td>"
                    + "<td>%,d</td>", tp, fp, fn, tn));
        }
        assertThat(page).contains("Confusion counts of " + baseline.model());
    }

    @Test
    void theUsersNamesAreTextNeverMarkup() {
        assertThat(fixture.experiment.labels()).contains(ReportFixture.HOSTILE_LABEL);
        assertThat(page).doesNotContain("<script").doesNotContain("alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")
                .contains("<title>Experiment report &lt;test&gt;</title>");
    }

    @Test
    void nothingIsFetchedAndNoIdIsUsedTwice() {
        assertThat(page).doesNotContainPattern("(?i)\\b(src|href)\\s*=\\s*\"(?!#)").doesNotContainPattern("url\\((?!#)")
                .doesNotContain("@import");
        Matcher ids = Pattern.compile("\\bid=[\"']([^\"']+)[\"']").matcher(page);
        Set<String> seen = new HashSet<>();
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("id %s used once", ids.group(1)).isTrue();
        }
        assertThat(seen).hasSizeGreaterThan(20);
    }

    @Test
    void theMarksAreTheTestsVerdictsAgainstTheBaseline() {
        List<Comparison.Row> rows = Comparison.table(fixture.experiment, fixture.experiment.results().get(0).model(),
                fixture.spec.split().testTrainRatio());
        long better = rows.stream().flatMap(r -> r.cells().values().stream())
                .filter(c -> c.verdict() == Comparison.Verdict.BETTER).count();
        long worse = rows.stream().flatMap(r -> r.cells().values().stream())
                .filter(c -> c.verdict() == Comparison.Verdict.WORSE).count();
        assertThat(better + worse).as("the fixture's two models differ somewhere").isPositive();
        assertThat(count(page, "▲</span>")).isEqualTo(better);
        assertThat(count(page, "▼</span>")).isEqualTo(worse);
        Comparison.Row second = rows.get(1);
        assertThat(page).contains(second.wins() + " / " + second.ties() + " / " + second.losses());
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
