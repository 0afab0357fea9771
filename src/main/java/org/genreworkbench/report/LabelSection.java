package org.genreworkbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genreworkbench.charts.BalanceCharts;
import org.genreworkbench.labels.ClusteredTags;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.ml.Dataset;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TreeCut;

/**
 * What was predicted: the label scheme with its settings, the tracks per label, and the tag tree with the cut it
 * was made from (rebuilt from the scheme's settings on the workspace's artists); or the playlist genres.
 */
final class LabelSection {
    private LabelSection() {
    }

    static void write(Html page, InlineSvg svg, Project project, ExperimentSpec spec, Dataset data) {
        boolean genres = spec.dataset().singleLabel();
        page.section("labels", genres ? "Target: playlist genre" : "Label scheme");
        Optional<LabelScheme> scheme = genres ? Optional.empty() : scheme(project, spec);
        if (genres) {
            page.element("p", "One class per track: the genre of the playlists it was found in.");
        } else if (scheme.isEmpty()) {
            page.element("p", "The label scheme '" + spec.dataset().labelScheme()
                    + "' is no longer in the workspace; its labels are listed with the scores.");
        } else {
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {"scheme", scheme.get().name()});
            settingsFacts(scheme.get().settings(), facts);
            facts.add(new String[] {"edits after the cut", Integer.toString(scheme.get().edits().size())});
            page.facts("scheme-settings", facts);
        }
        if (data != null) {
            balance(page, svg, data, genres);
        }
        scheme.ifPresent(s -> dendrogram(page, svg, project, s));
        page.endSection();
    }

    /** How the scheme was made, in the words of the Labels tab; what the scheme does not say is left out. */
    private static void settingsFacts(LabelScheme.Settings settings, List<String[]> facts) {
        settings.knownClustering().ifPresent(c -> {
            facts.add(new String[] {"minimum artists per tag", Integer.toString(c.minSupport())});
            facts.add(new String[] {"distance", c.distance().key()});
            facts.add(new String[] {"linkage", c.linkage().displayName()});
        });
        settings.knownCut().ifPresent(c -> facts.add(new String[] {"clusters from", c.describe()}));
        if (settings.clusters() != null) {
            facts.add(new String[] {"clusters", Integer.toString(settings.clusters())});
        }
        if (settings.tags() != null) {
            facts.add(new String[] {"tags", Integer.toString(settings.tags())});
        }
        if (settings.tagsSetAside() != null) {
            facts.add(new String[] {"tags set aside", Integer.toString(settings.tagsSetAside())});
        }
    }

    private static Optional<LabelScheme> scheme(Project project, ExperimentSpec spec) {
        String name = spec.dataset().labelScheme() != null ? spec.dataset().labelScheme() : project.activeLabelScheme();
        return project.labelSchemes().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static void balance(Html page, InlineSvg svg, Dataset data, boolean genres) {
        int[] counts = data.labelCounts();
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < counts.length; l++) {
            order.add(l);
        }
        order.sort(Comparator.comparingInt((Integer l) -> -counts[l]));
        List<String> labels = order.stream().map(data.labels()::get).toList();
        int[] sorted = order.stream().mapToInt(l -> counts[l]).toArray();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(Html.escape(labels.get(i)), DataSection.count(sorted[i]),
                    String.format(Locale.US, "%.1f %%", 100.0 * sorted[i] / Math.max(1, data.rows()))));
        }
        page.table("label-balance", List.of(genres ? "genre" : "label", "tracks", "share of tracks"), rows);
        page.figure(svg.chart(BalanceCharts.labelBalance(genres ? "Tracks per genre" : "Tracks per label", labels, sorted),
                1100, 110 + 24 * labels.size()), "The balance of the " + (genres ? "classes" : "labels") + ".");
    }

    private static void dendrogram(Html page, InlineSvg svg, Project project, LabelScheme scheme) {
        Optional<ClusteringSettings> clustering = scheme.settings().knownClustering();
        Optional<TreeCut> cut = scheme.settings().knownCut();
        if (clustering.isEmpty() || cut.isEmpty()) {
            page.element("p", "The scheme does not say how it was clustered, so its tree cannot be drawn.");
            return;
        }
        LabellingService service = new LabellingService();
        ClusteredTags tags = service.build(project, clustering.get());
        Clusters clusters = service.label(tags, cut.get(), scheme.edits()).clusters();
        Double height = cut.get() instanceof TreeCut.AtHeight at ? at.height() : null;
        DendrogramPicture picture = new DendrogramPicture(tags.dendrogram(), clusters, height);
        page.figure(svg.drawing(DendrogramPicture.WIDTH, picture.height(), picture::paint),
                String.format(Locale.US, "The %,d genre tags clustered (%s), %s into %d clusters%s.",
                        tags.tree().incidence().tagCount(), clustering.get().linkage().key() + " linkage, "
                                + clustering.get().distance().key(), cut.get().describe(), clusters.count(),
                        scheme.edits().isEmpty() ? "" : ", then edited by hand"));
    }
}
