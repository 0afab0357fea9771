package org.genreworkbench.ui.explore;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genreworkbench.explore.CrossTabulation;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.GroupSummaries;
import org.genreworkbench.explore.GroupedRows;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.Handover;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.WorkspaceSession;

/**
 * The Groups view's state: the features summarised by a chosen grouping, and two groupings cross-tabulated. Both
 * are computed in the background (Tablesaw, in the explore package) whenever the data or a grouping changes; a
 * change made meanwhile calls the older computation off. Choosing the feature shown or the kind of cells only
 * reads what is computed. The groups of each kind are found once per data.
 */
public final class GroupsViewModel {
    /** Groupings offered: the ones that split tracks into named groups. */
    public static final List<Grouping.Kind> KINDS = List.of(Grouping.Kind.PLAYLIST_GENRE, Grouping.Kind.LABEL_SCHEME,
            Grouping.Kind.TOP_TAGS);
    /** More groups than this read as noise in a table; tags beyond the 20 most used are left out. */
    static final int MAX_GROUPS = 20;

    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private final ReadOnlyObjectProperty<ExploreData> data;
    private final ObjectProperty<Grouping.Kind> grouping = new SimpleObjectProperty<>(Grouping.Kind.PLAYLIST_GENRE);
    private final StringProperty feature = new SimpleStringProperty("danceability");
    private final ObjectProperty<Grouping.Kind> rows = new SimpleObjectProperty<>(Grouping.Kind.LABEL_SCHEME);
    private final ObjectProperty<Grouping.Kind> columns = new SimpleObjectProperty<>(Grouping.Kind.PLAYLIST_GENRE);
    private final ObjectProperty<CrossTabulation.Cells> cells = new SimpleObjectProperty<>(CrossTabulation.Cells.COUNTS);
    private final ReadOnlyObjectWrapper<GroupSummaries> summaries = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CrossTabulation> crossTab = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Map<Grouping.Kind, GroupedRows> known = new EnumMap<>(Grouping.Kind.class);
    private TaskHandle summarising;
    private TaskHandle tabulating;
    private int running;

    GroupsViewModel(WorkspaceSession session, ReadOnlyObjectProperty<ExploreData> data, TaskExecutor executor) {
        this.session = session;
        this.data = data;
        this.executor = executor;
        data.addListener((obs, old, now) -> {
            known.clear();
            summarise();
            tabulate();
        });
        grouping.addListener((obs, old, now) -> summarise());
        rows.addListener((obs, old, now) -> tabulate());
        columns.addListener((obs, old, now) -> tabulate());
        summarise();
        tabulate();
    }

    public ObjectProperty<Grouping.Kind> groupingProperty() {
        return grouping;
    }

    /** The feature whose statistics the table shows; the export holds all of them. */
    public StringProperty featureProperty() {
        return feature;
    }

    public ObjectProperty<Grouping.Kind> rowsProperty() {
        return rows;
    }

    public ObjectProperty<Grouping.Kind> columnsProperty() {
        return columns;
    }

    public ObjectProperty<CrossTabulation.Cells> cellsProperty() {
        return cells;
    }

    /** The summaries of the current grouping once computed; null before. */
    public ReadOnlyObjectProperty<GroupSummaries> summariesProperty() {
        return summaries.getReadOnlyProperty();
    }

    /** The cross-tabulation of the current pair once computed; null before. */
    public ReadOnlyObjectProperty<CrossTabulation> crossTabProperty() {
        return crossTab.getReadOnlyProperty();
    }

    /** Whether a summary or cross-tabulation is being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the last computation failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The numeric features to choose from. */
    public List<String> features() {
        ExploreData d = data.get();
        return d == null ? List.of() : d.columns().numericNames();
    }

    /** Multi-label counting and what was left out, in words for the user. */
    public String summaryNote() {
        GroupSummaries s = summaries.get();
        if (s == null) {
            return "";
        }
        int several = s.grouping().inSeveral();
        String multi = several == 0 ? "Each track is in one group"
                : String.format(Locale.US, "A track in several groups counts in each (%,d tracks are)", several);
        return String.format(Locale.US, "%s; %,d tracks in no group are left out.", multi, s.grouping().ungrouped());
    }

    /** Why the summary table is empty; empty when it has groups. */
    public Optional<String> whyNoGroups() {
        GroupSummaries s = summaries.get();
        return s == null || !s.groups().isEmpty() ? Optional.empty() : Optional.of(emptyBecause(s.grouping().kind()));
    }

    /** How the cross-tabulation was counted, in words for the user. */
    public String crossTabNote() {
        CrossTabulation c = crossTab.get();
        if (c == null) {
            return "";
        }
        return String.format(Locale.US, "Counts are of track–pair rows: a track with two %ss counts in both (%,d rows);"
                + " %,d tracks missing either are left out.", GroupedRows.heading(c.rows()), c.pairs(), c.leftOut());
    }

    /** Why the cross-tabulation is empty; empty when some track is in both groupings. */
    public Optional<String> whyNoCrossTab() {
        CrossTabulation c = crossTab.get();
        if (c == null || c.pairs() > 0) {
            return Optional.empty();
        }
        GroupedRows r = known.get(c.rows());
        return Optional.of(r != null && r.groups().isEmpty() ? emptyBecause(c.rows()) : emptyBecause(c.columns()));
    }

    private static String emptyBecause(Grouping.Kind kind) {
        return switch (kind) {
            case LABEL_SCHEME -> "No track has a label: make a label scheme on the Labels tab and make it active.";
            case PLAYLIST_GENRE -> "No track has a playlist genre: the data has no playlist_genre column.";
            case TOP_TAGS -> "No track has a genre tag: import the artists' genres on the Data tab.";
            case NONE -> "No grouping is chosen.";
        };
    }

    private void summarise() {
        ExploreData d = data.get();
        Grouping.Kind kind = grouping.get();
        if (d == null || kind == null) {
            return;
        }
        if (summarising != null && !summarising.isDone()) {
            summarising.cancel();
        }
        Map<Grouping.Kind, GroupedRows> have = Map.copyOf(known);
        Handover<Project> project = new Handover<>(have.containsKey(kind) ? null : session.project().snapshot());
        started();
        summarising = BackgroundTask.of("Summarising features by " + GroupedRows.heading(kind), ctx -> {
                    // the summaries need only the groups: the workspace may be let go of while they are made
                    GroupedRows groups = have.containsKey(kind) ? have.get(kind)
                            : GroupedRows.of(project.take(), d.columns(), kind, MAX_GROUPS);
                    return GroupSummaries.of(d.columns(), groups, ctx);
                })
                .onSuccess(result -> {
                    if (data.get() == d && grouping.get() == kind) {
                        known.putIfAbsent(kind, result.grouping());
                        summaries.set(result);
                        problem.set("");
                    }
                })
                .onFailure(err -> problem.set("Could not summarise by " + GroupedRows.heading(kind) + ": " + err))
                .andFinally(this::finished)
                .executeWith(executor);
    }

    private void tabulate() {
        ExploreData d = data.get();
        Grouping.Kind r = rows.get();
        Grouping.Kind c = columns.get();
        if (d == null || r == null || c == null) {
            return;
        }
        if (tabulating != null && !tabulating.isDone()) {
            tabulating.cancel();
        }
        Map<Grouping.Kind, GroupedRows> have = Map.copyOf(known);
        Handover<Project> handed = new Handover<>(have.containsKey(r) && have.containsKey(c) ? null
                : session.project().snapshot());
        started();
        tabulating = BackgroundTask.of("Cross-tabulating " + GroupedRows.heading(r) + " by " + GroupedRows.heading(c),
                        ctx -> {
                            Project project = have.containsKey(r) && have.containsKey(c) ? null : handed.take();
                            GroupedRows a = have.containsKey(r) ? have.get(r)
                                    : GroupedRows.of(project, d.columns(), r, MAX_GROUPS);
                            ctx.checkCancelled();
                            GroupedRows b = c == r ? a : have.containsKey(c) ? have.get(c)
                                    : GroupedRows.of(project, d.columns(), c, MAX_GROUPS);
                            project = null; // the table needs only the groups: the workspace may be let go of
                            ctx.checkCancelled();
                            return Map.entry(List.of(a, b), CrossTabulation.of(a, b));
                        })
                .onSuccess(result -> {
                    if (data.get() == d) {
                        known.putIfAbsent(r, result.getKey().get(0));
                        known.putIfAbsent(c, result.getKey().get(1));
                        if (rows.get() == r && columns.get() == c) {
                            crossTab.set(result.getValue());
                            problem.set("");
                        }
                    }
                })
                .onFailure(err -> problem.set("Could not cross-tabulate: " + err))
                .andFinally(this::finished)
                .executeWith(executor);
    }

    private void started() {
        running++;
        computing.set(true);
    }

    private void finished() {
        running--;
        computing.set(running > 0);
    }
}
