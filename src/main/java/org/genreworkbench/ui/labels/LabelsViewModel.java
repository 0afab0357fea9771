package org.genreworkbench.ui.labels;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.genreworkbench.labels.BalanceAdvice;
import org.genreworkbench.labels.BranchCuts;
import org.genreworkbench.labels.ClusterCountCut;
import org.genreworkbench.labels.ClusteredTags;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.LabelBalance;
import org.genreworkbench.labels.LabelSuggestions;
import org.genreworkbench.labels.Labelling;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.ml.LabelPredictability;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Counted;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.model.TreeCut;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Labels tab's state: clustering settings, the tag tree, the cut, the edits, and the clusters and
 * balance that follow from them. Moving the cut recomputes clusters and balance at once (O(tags + tracks)),
 * so the view can follow a drag; building the tree and exporting run through the context's executor, whose
 * callbacks come back on the UI thread (or at once, in plain JUnit tests with the current-thread executor).
 * Opening a workspace restores its active scheme: tree, cut and edits.
 */
public final class LabelsViewModel {
    private static final int FIRST_CUT_CLUSTERS = 12;
    private static final int SUGGESTIONS = 3;

    private final WorkbenchContext context;
    private final LabellingService service = new LabellingService();
    private final IntegerProperty minSupport = new SimpleIntegerProperty(5);
    private final ObjectProperty<TagDistance> distance = new SimpleObjectProperty<>(TagDistance.JACCARD);
    private final ObjectProperty<Linkage> linkage = new SimpleObjectProperty<>(Linkage.AVERAGE);
    private final ReadOnlyObjectWrapper<ClusteredTags> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TagTree> tree = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty cutHeight = new SimpleDoubleProperty();
    /** The cut before edits: at the height above, or a dynamic cut; a new height always makes it a height cut. */
    private final ReadOnlyObjectWrapper<TreeCut> baseCut = new ReadOnlyObjectWrapper<>(new TreeCut.AtHeight(0));
    private final ObservableList<LabelSuggestions.Suggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Map<String, Double>> labelF1 = new ReadOnlyObjectWrapper<>(Map.of());
    /** The status line that told of the F1 estimate on show, while it is on show. */
    private String f1Said;
    /** The status line that told of the dynamic cut in force, while it is on show. */
    private String dynamicSaid;
    private final ReadOnlyBooleanWrapper estimating = new ReadOnlyBooleanWrapper();
    private final ObservableList<LabelEdit> edits = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Clusters> clusters = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LabelBalance> balance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ClusterCountCut> unreachable = new ReadOnlyObjectWrapper<>();
    private final StringProperty schemeName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Build the tag tree to start.");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The last name this view model proposed, so a name the user typed is never overwritten. */
    private String proposedName = "";

    public LabelsViewModel(WorkbenchContext context) {
        this.context = context;
        cutHeight.addListener((obs, old, now) -> {
            baseCut.set(new TreeCut.AtHeight(now.doubleValue()));
            recut();
        });
        edits.addListener((ListChangeListener<LabelEdit>) change -> recut());
        context.session().projectProperty().addListener((obs, old, now) -> {
            clear();
            restoreActiveScheme();
        });
        restoreActiveScheme();
    }

    public IntegerProperty minSupportProperty() {
        return minSupport;
    }

    public ObjectProperty<TagDistance> distanceProperty() {
        return distance;
    }

    public ObjectProperty<Linkage> linkageProperty() {
        return linkage;
    }

    public ReadOnlyObjectProperty<TagTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public DoubleProperty cutHeightProperty() {
        return cutHeight;
    }

    /**
     * Cuts the tree at {@code height} (before edits). Also when a dynamic cut is in force and the height is the one
     * the field last held: setting the property to its own value would change nothing, and the dynamic cut stayed.
     */
    public void cutAtHeight(double height) {
        boolean unchanged = cutHeight.get() == height;
        cutHeight.set(height);
        if (unchanged && !(baseCut.get() instanceof TreeCut.AtHeight)) {
            baseCut.set(new TreeCut.AtHeight(height));
            recut();
        }
    }

    /** The cut the clusters come from before edits. */
    public ReadOnlyObjectProperty<TreeCut> baseCutProperty() {
        return baseCut.getReadOnlyProperty();
    }

    /** The last search's best schemes, best first; empty before a search. */
    public ObservableList<LabelSuggestions.Suggestion> suggestions() {
        return suggestions;
    }

    /** Whether a search for labels runs (its progress shows in the status bar, with Cancel). */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** F1 of each label by name from the last predictability estimate; empty once the clusters change. */
    public ReadOnlyObjectProperty<Map<String, Double>> labelF1Property() {
        return labelF1.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty estimatingProperty() {
        return estimating.getReadOnlyProperty();
    }

    /**
     * Estimates in the background how well the audio features predict each current label: a 3-fold run of
     * BR + LightGBM, as an experiment of that model and folds would score it (see {@link LabelPredictability}).
     */
    public void estimatePredictability() {
        if (tree.get() == null || clusters.get() == null) {
            return;
        }
        Clusters estimated = clusters.get();
        LabelScheme scheme = currentScheme("how predictable");
        Project snapshot = context.session().project().snapshot();
        estimating.set(true);
        String model = LabelPredictability.model().name();
        status.set("Estimating how predictable each label is (3-fold " + model + ")…");
        BackgroundTask.of("How predictable is each label", ctx -> {
                    long start = System.nanoTime();
                    Map<String, Double> f1 = LabelPredictability.estimate(snapshot, scheme, ctx);
                    return Map.entry(f1, (System.nanoTime() - start) / 1e6);
                })
                .onSuccess(result -> {
                    if (clusters.get() == estimated) {
                        labelF1.set(result.getKey());
                        f1Said = String.format(Locale.US, "F1 of each label from a 3-fold run of %s on the "
                                + "audio features, in %.1f s.", model, result.getValue() / 1000);
                        status.set(f1Said);
                    }
                })
                .onFailure(e -> status.set("Could not estimate how predictable the labels are: " + e.getMessage()))
                .andFinally(() -> estimating.set(false))
                .executeWith(context.executor());
    }

    public ObservableList<LabelEdit> edits() {
        return edits;
    }

    public ReadOnlyObjectProperty<Clusters> clustersProperty() {
        return clusters.getReadOnlyProperty();
    }

    /** Set after {@link #clustersProperty()} on every change: listen here to read both. */
    public ReadOnlyObjectProperty<LabelBalance> balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    /** Advice when one label swamps the rest; empty when the balance is fine. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The last "cut into K" that no height could give, with the nearest counts; null otherwise. */
    public ReadOnlyObjectProperty<ClusterCountCut> unreachableProperty() {
        return unreachable.getReadOnlyProperty();
    }

    /** The name Apply saves under: the active scheme's when restored, else one made from the cluster count. */
    public StringProperty schemeNameProperty() {
        return schemeName;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Rebuilds the active scheme's tree with its settings and restores its cut and edits; does nothing for a
     * workspace without one, or a scheme that does not say how it was made.
     */
    public void restoreActiveScheme() {
        Project project = context.session().project();
        service.activeScheme(project).ifPresent(scheme -> scheme.settings().knownClustering().ifPresent(settings -> {
            minSupport.set(settings.minSupport());
            distance.set(settings.distance());
            linkage.set(settings.linkage());
            schemeName.set(scheme.name());
            proposedName = scheme.name();
            buildTree();
        }));
    }

    /** Builds the tag tree of the workspace's artists in the background. */
    public void buildTree() {
        Project project = context.session().project();
        Project snapshot = project.snapshot();
        ClusteringSettings settings = new ClusteringSettings(minSupport.get(), distance.get(), linkage.get());
        busy.set(true);
        status.set("Building the tag tree…");
        BackgroundTask.of("Clustering genre tags", ctx -> {
                    ctx.message("Clustering genre tags of " + snapshot.artists().size() + " artists");
                    return service.build(snapshot, settings);
                })
                .onSuccess(built -> {
                    // A tree of a workspace that has since been closed is of no use.
                    if (project == context.session().project()) {
                        show(built);
                    }
                })
                .onFailure(e -> status.set("Could not build the tree: " + e.getMessage()))
                .andFinally(() -> busy.set(false))
                .executeWith(context.executor());
    }

    private void show(ClusteredTags built) {
        Optional<LabelScheme> active = service.activeScheme(context.session().project())
                .filter(s -> built.tree().settings().equals(s.settings().clustering()));
        Optional<TreeCut> restoredCut = active.flatMap(s -> s.settings().knownCut());
        // The view draws on a change of tree: it must never see the new tree with the old clusters.
        tree.set(null);
        data.set(built);
        unreachable.set(null);
        edits.setAll(active.map(LabelScheme::edits).orElse(List.of()));
        double start = restoredCut.filter(c -> c instanceof TreeCut.AtHeight).map(c -> ((TreeCut.AtHeight) c).height())
                .orElseGet(() -> firstCutHeight(built));
        suggestions.clear();
        cutHeight.set(start);
        baseCut.set(restoredCut.orElse(new TreeCut.AtHeight(start)));
        recut();
        tree.set(built.tree());
        status.set(String.format(Locale.US, "%,d tags clustered (%,d set aside: on fewer than %d artists) in %.0f ms%s",
                built.tree().incidence().tagCount(), built.tree().incidence().setAsideCount(), minSupport.get(),
                built.tree().cooccurrenceMs() + built.tree().linkageMs(),
                active.map(s -> "; restored the scheme '" + s.name() + "'").orElse("")));
    }

    /** Twelve clusters to start with, or the nearest count a height gives. */
    private double firstCutHeight(ClusteredTags built) {
        ClusterCountCut first = service.cutForClusters(built, FIRST_CUT_CLUSTERS);
        return first.exact() ? first.height() : service.cutForClusters(built, first.nearest()).height();
    }

    /**
     * Moves the cut so that the tree falls into {@code k} clusters (before edits). When no height gives k,
     * the cut stays where it is and {@link #unreachableProperty()} offers the nearest counts.
     */
    public void cutIntoClusters(int k) {
        ClusteredTags d = data.get();
        if (d == null) {
            return;
        }
        ClusterCountCut answer = service.cutForClusters(d, k);
        if (answer.exact()) {
            unreachable.set(null);
            cutAtHeight(answer.height());
        } else {
            unreachable.set(answer);
            status.set(answer.explain());
        }
    }

    /** Replaces the flat cut by a dynamic one; the edits stay and apply to its clusters. */
    public void cutDynamically(TreeCut.Dynamic cut) {
        if (data.get() != null) {
            baseCut.set(cut);
            recut();
            dynamicSaid = "Clusters from a " + cut.describe() + ".";
            status.set(dynamicSaid);
        }
    }

    /** Splits the cluster holding the merge into its top branch's two children (a click on a branch). */
    public void splitBranch(int merge) {
        if (data.get() != null && clusters.get() != null) {
            BranchCuts.splitClusterAt(data.get().tree(), clusters.get().clusterOfTag(), merge).ifPresent(edits::add);
        }
    }

    /** Merges the cluster holding the merge back into its parent branch (Alt-click on a branch). */
    public void joinBranch(int merge) {
        if (data.get() != null && clusters.get() != null) {
            BranchCuts.joinAt(data.get().tree(), clusters.get().clusterOfTag(), merge).ifPresent(edits::add);
        }
    }

    /**
     * Searches, in the background with progress, for balanced schemes with {@code minLabels} to
     * {@code maxLabels} labels; the best few land in {@link #suggestions()}.
     */
    public void suggest(int minLabels, int maxLabels) {
        ClusteredTags d = data.get();
        if (d == null) {
            return;
        }
        searching.set(true);
        status.set(String.format(Locale.US, "Searching cuts for %d to %d labels…", minLabels, maxLabels));
        BackgroundTask.of("Suggesting labels", ctx -> {
                    long start = System.nanoTime();
                    var found = LabelSuggestions.search(d, minLabels, maxLabels, SUGGESTIONS,
                            LabelSuggestions.BalanceTarget.defaults(), ctx);
                    return new Found(found, (System.nanoTime() - start) / 1e6);
                })
                .onSuccess(found -> {
                    if (d == data.get()) {
                        suggestions.setAll(found.suggestions());
                        status.set(found.suggestions().isEmpty()
                                ? String.format(Locale.US, "No cut of this tree gives %d to %d labels.", minLabels, maxLabels)
                                : String.format(Locale.US, "%d suggestions for %d to %d labels in %.0f ms; pick one to use it.",
                                found.suggestions().size(), minLabels, maxLabels, found.ms()));
                    }
                })
                .onFailure(e -> status.set("Could not search for labels: " + e.getMessage()))
                .andFinally(() -> searching.set(false))
                .executeWith(context.executor());
    }

    private record Found(List<LabelSuggestions.Suggestion> suggestions, double ms) {
    }

    /** Makes a suggestion the current cut and edits; it stays editable like any other. */
    public void use(LabelSuggestions.Suggestion suggestion) {
        if (suggestion.cut() instanceof TreeCut.AtHeight h) {
            cutHeight.set(h.height());
        }
        baseCut.set(suggestion.cut());
        edits.setAll(suggestion.edits());
        recut();
        status.set("Using " + suggestion.method() + ".");
    }

    public void rename(int cluster, String name) {
        firstTag(cluster).ifPresent(tag -> edits.add(LabelEdit.rename(tag, name)));
    }

    /** Merges the clusters into the first one; each is named by a tag before any edit renumbers them. */
    public void merge(List<Integer> selected) {
        if (selected.size() < 2) {
            return;
        }
        Optional<String> into = firstTag(selected.get(0));
        List<String> from = selected.subList(1, selected.size()).stream().map(this::firstTag)
                .flatMap(Optional::stream).toList();
        into.ifPresent(target -> edits.addAll(from.stream().map(tag -> LabelEdit.merge(tag, target)).toList()));
    }

    public void moveTag(String tag, int toCluster) {
        firstTag(toCluster).ifPresent(target -> edits.add(LabelEdit.move(tag, target)));
    }

    /** Leaves the clusters out of every label. */
    public void exclude(List<Integer> selected) {
        edits.addAll(selected.stream().map(this::firstTag).flatMap(Optional::stream).map(LabelEdit::excludeCluster).toList());
    }

    public void excludeTag(String tag) {
        edits.add(LabelEdit.excludeTag(tag));
    }

    /** Takes back the last edit. */
    public void undo() {
        if (!edits.isEmpty()) {
            edits.remove(edits.size() - 1);
        }
    }

    /** Saves the current labels as a scheme in the workspace under {@link #schemeNameProperty()} and activates it. */
    public LabelScheme apply() {
        if (tree.get() == null) {
            throw new IllegalStateException("build the tag tree first");
        }
        String name = schemeName.get() == null || schemeName.get().isBlank() ? "clusters" : schemeName.get().strip();
        LabelScheme scheme = currentScheme(name);
        service.apply(context.session().project(), scheme);
        schemeName.set(name);
        status.set("Saved the label scheme '" + name + "' (" + scheme.labels().size() + " labels) and made it active.");
        return scheme;
    }

    /** Writes the current labels to a CSV file in the background; a failure is shown, never swallowed. */
    public void export(LabellingService.Export what, Path file) {
        LabelScheme scheme = currentScheme("export");
        Project snapshot = context.session().project().snapshot();
        BackgroundTask.of("Exporting " + file.getFileName(), ctx -> {
                    service.export(snapshot, scheme, what, file);
                    return file;
                })
                .onSuccess(done -> status.set("Exported " + done))
                .onFailure(err -> context.dialogs().showError("Could not export " + file.getFileName(), err.getMessage()))
                .executeWith(context.executor());
    }

    private LabelScheme currentScheme(String name) {
        return service.scheme(name, tree.get(), baseCut.get(), List.copyOf(edits));
    }

    private Optional<String> firstTag(int cluster) {
        Clusters current = clusters.get();
        if (current == null || cluster < 0 || cluster >= current.count()) {
            return Optional.empty();
        }
        return current.tagsOf(cluster).stream().findFirst();
    }

    private void recut() {
        ClusteredTags d = data.get();
        if (d == null) {
            return;
        }
        Labelling labelling = service.label(d, baseCut.get(), edits);
        clusters.set(labelling.clusters());
        balance.set(labelling.balance());
        warning.set(BalanceAdvice.of(labelling.balance(), d.tree().settings().linkage()).orElse(""));
        labelF1.set(Map.of());
        if (f1Said != null && f1Said.equals(status.get())) {
            // the F1 column went back to "–": the line must not go on speaking of it
            status.set("The labels changed since their F1 was estimated: How predictable? estimates it again.");
        }
        f1Said = null;
        if (dynamicSaid != null && baseCut.get() instanceof TreeCut.AtHeight h) {
            if (dynamicSaid.equals(status.get())) {
                // the dynamic cut was replaced: the line must not go on speaking of it
                status.set(String.format(Locale.US, "Cut at height %.4f: %s.", h.height(),
                        Counted.of(labelling.clusters().count(), "cluster")));
            }
            dynamicSaid = null;
        }
        proposeName(labelling.clusters().count());
    }

    /** "clusters-12" until the user names the scheme. */
    private void proposeName(int count) {
        String current = schemeName.get() == null ? "" : schemeName.get();
        if (current.isBlank() || current.equals(proposedName) && proposedName.matches("clusters-\\d+")) {
            proposedName = "clusters-" + count;
            schemeName.set(proposedName);
        }
    }

    private void clear() {
        data.set(null);
        tree.set(null);
        clusters.set(null);
        balance.set(null);
        warning.set("");
        unreachable.set(null);
        edits.clear();
        suggestions.clear();
        schemeName.set("");
        proposedName = "";
        status.set("Build the tag tree to start.");
    }
}
