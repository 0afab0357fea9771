package org.genreworkbench.ui.labels;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.ClusteringSettings;
import org.genreworkbench.labels.LabelBalance;
import org.genreworkbench.labels.LabelSchemes;
import org.genreworkbench.labels.Linkage;
import org.genreworkbench.labels.TagDistance;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.labels.TrackTags;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Labels tab's state: clustering settings, the tag tree, the cut height, the edits, and the clusters and
 * balance that follow from them. Moving the cut recomputes clusters and balance at once (O(tags + tracks)),
 * so the view can follow a drag; building the tree runs in the background.
 */
public final class LabelsViewModel {
    private static final int FIRST_CUT_CLUSTERS = 12;

    private final WorkbenchContext context;
    private final IntegerProperty minSupport = new SimpleIntegerProperty(5);
    private final ObjectProperty<TagDistance> distance = new SimpleObjectProperty<>(TagDistance.JACCARD);
    private final ObjectProperty<Linkage> linkage = new SimpleObjectProperty<>(Linkage.AVERAGE);
    private final ReadOnlyObjectWrapper<TagTree> tree = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty cutHeight = new SimpleDoubleProperty();
    private final ObservableList<LabelEdit> edits = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Clusters> clusters = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LabelBalance> balance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Build the tag tree to start.");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private TrackTags trackTags;

    public LabelsViewModel(WorkbenchContext context) {
        this.context = context;
        cutHeight.addListener((obs, old, now) -> recut());
        edits.addListener((javafx.collections.ListChangeListener<LabelEdit>) change -> recut());
        context.session().projectProperty().addListener((obs, old, now) -> clear());
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

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Starts from the active scheme's settings, cut and edits, when there is one. */
    public void loadActiveScheme() {
        Project project = context.session().project();
        project.labelSchemes().stream().filter(s -> s.name().equals(project.activeLabelScheme())).findFirst()
                .ifPresent(scheme -> {
                    Optional.ofNullable(scheme.settings().get("minSupport")).map(Integer::valueOf).ifPresent(minSupport::set);
                    Optional.ofNullable(scheme.settings().get("distance")).map(TagDistance::fromKey).ifPresent(distance::set);
                    Optional.ofNullable(scheme.settings().get("linkage")).map(Linkage::fromKey).ifPresent(linkage::set);
                });
    }

    /** Builds the tag tree of the workspace's artists in the background. */
    public void buildTree() {
        Project snapshot = context.session().project().snapshot();
        ClusteringSettings settings = new ClusteringSettings(minSupport.get(), distance.get(), linkage.get());
        busy.set(true);
        status.set("Building the tag tree…");
        BackgroundTask.of("Clustering genre tags", ctx -> {
                    ctx.message("Clustering genre tags of " + snapshot.artists().size() + " artists");
                    TagTree built = TagTree.build(snapshot.artists().values(), settings);
                    return new Built(built, TrackTags.of(snapshot, built.incidence()));
                })
                .onSuccess(this::show)
                .onFailure(e -> status.set("Could not build the tree: " + e.getMessage()))
                .andFinally(() -> busy.set(false))
                .executeWith(context.executor());
    }

    private record Built(TagTree tree, TrackTags trackTags) {
    }

    private void show(Built built) {
        trackTags = built.trackTags();
        tree.set(built.tree());
        Project project = context.session().project();
        LabelScheme active = project.labelSchemes().stream()
                .filter(s -> s.name().equals(project.activeLabelScheme())).findFirst().orElse(null);
        edits.setAll(active != null && sameSettings(active, built.tree()) ? active.edits() : List.of());
        double start = active != null && sameSettings(active, built.tree()) && active.settings().containsKey("cutHeight")
                ? Double.parseDouble(active.settings().get("cutHeight"))
                : built.tree().dendrogram().heightForClusters(FIRST_CUT_CLUSTERS);
        cutHeight.set(start);
        recut();
        status.set(String.format(Locale.US, "%,d tags clustered (%,d set aside: on fewer than %d artists) in %.0f ms",
                built.tree().incidence().tagCount(), built.tree().incidence().setAsideCount(), minSupport.get(),
                built.tree().cooccurrenceMs() + built.tree().linkageMs()));
    }

    private static boolean sameSettings(LabelScheme scheme, TagTree tree) {
        return tree.settings().toMap().entrySet().stream()
                .allMatch(e -> e.getValue().equals(scheme.settings().get(e.getKey())));
    }

    /** Moves the cut so that the tree falls into {@code k} clusters (before edits). */
    public void cutIntoClusters(int k) {
        if (tree.get() != null) {
            cutHeight.set(tree.get().dendrogram().heightForClusters(k));
        }
    }

    public void rename(int cluster, String name) {
        firstTag(cluster).ifPresent(tag -> edits.add(LabelEdit.rename(tag, name)));
    }

    public void merge(int cluster, int into) {
        if (cluster != into) {
            firstTag(cluster).ifPresent(tag -> firstTag(into).ifPresent(target -> edits.add(LabelEdit.merge(tag, target))));
        }
    }

    public void moveTag(String tag, int toCluster) {
        firstTag(toCluster).ifPresent(target -> edits.add(LabelEdit.move(tag, target)));
    }

    public void excludeCluster(int cluster) {
        firstTag(cluster).ifPresent(tag -> edits.add(LabelEdit.excludeCluster(tag)));
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

    /** Saves the current labels as a scheme in the workspace and makes it the active one. */
    public LabelScheme apply(String name) {
        if (tree.get() == null) {
            throw new IllegalStateException("build the tag tree first");
        }
        LabelScheme scheme = LabelSchemes.create(name, tree.get(), cutHeight.get(), List.copyOf(edits));
        Project project = context.session().project();
        project.putLabelScheme(scheme);
        project.setActiveLabelScheme(name);
        status.set("Saved the label scheme '" + name + "' (" + scheme.labels().size() + " labels) and made it active.");
        return scheme;
    }

    private Optional<String> firstTag(int cluster) {
        Clusters current = clusters.get();
        if (current == null || cluster < 0 || cluster >= current.count()) {
            return Optional.empty();
        }
        return current.tagsOf(cluster).stream().findFirst();
    }

    private void recut() {
        TagTree t = tree.get();
        if (t == null) {
            return;
        }
        Clusters c = Clusters.of(t.incidence(), t.dendrogram().cutAtHeight(cutHeight.get()), edits);
        clusters.set(c);
        balance.set(LabelBalance.of(trackTags, c));
    }

    private void clear() {
        tree.set(null);
        clusters.set(null);
        balance.set(null);
        edits.clear();
        status.set("Build the tag tree to start.");
    }
}
