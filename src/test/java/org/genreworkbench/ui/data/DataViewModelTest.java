package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.task.QueuedExecutor;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.ui.LargeWorkspaces;
import org.genreworkbench.ui.WorkspaceSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plain JUnit: rows, filter and count of the Data table without any window. */
class DataViewModelTest {
    private final WorkspaceSession session = new WorkspaceSession();
    private DataViewModel viewModel;

    @BeforeEach
    void twoTracks() {
        session.project().putArtists(List.of(
                new Artist("a1", "Nina Simone", List.of("vocal jazz", "soul"), 1L, 70, Source.FILE, Source.FILE),
                new Artist("a2", "Metallica", List.of("thrash metal"), 2L, 80, Source.FILE, Source.FILE)));
        session.project().putTracks(List.of(
                new Track("t1", "Feeling Good", "I Put a Spell on You", "1965", 1, 60, false, List.of("a1"),
                        AudioFeatures.builder().set(AudioFeature.TEMPO, 110.5).build(), Source.FILE, Source.FILE),
                new Track("t2", "One", "...And Justice for All", "1988", 2, 75, false, List.of("a2", "unknown-id"),
                        null, Source.FILE, null)));
        viewModel = new DataViewModel(session, new CurrentThreadExecutor());
    }

    @Test
    void rowsResolveArtistNamesAndGenreTags() {
        TrackRow first = viewModel.rows().get(0);
        assertThat(first.artists()).isEqualTo("Nina Simone");
        assertThat(first.genreTags()).isEqualTo("vocal jazz, soul");
        assertThat(first.feature(AudioFeature.TEMPO)).isEqualTo(110.5);
        assertThat(first.feature(AudioFeature.ENERGY)).isNull();
        assertThat(viewModel.rows().get(1).artists()).isEqualTo("Metallica, unknown-id");
    }

    @Test
    void theFilterMatchesEveryWordInNameArtistsTagsOrAlbum() {
        viewModel.filterProperty().set("METAL one");
        assertThat(viewModel.rows()).extracting(TrackRow::name).containsExactly("One");
        viewModel.filterProperty().set("jazz spell");
        assertThat(viewModel.rows()).extracting(TrackRow::name).containsExactly("Feeling Good");
        assertThat(viewModel.shownProperty().get()).isEqualTo("Showing 1 of 2 tracks");
        viewModel.filterProperty().set("  ");
        assertThat(viewModel.rows()).hasSize(2);
    }

    @Test
    void aProjectChangeRefreshesTheRows() {
        session.project().putTracks(List.of(new Track("t3", "New", null, null, null, null, null, List.of(), null,
                Source.FILE, null)));
        assertThat(viewModel.rows()).hasSize(3);
        assertThat(viewModel.shownProperty().get()).isEqualTo("Showing 3 of 3 tracks");
    }

    @Test
    void theEmptyTableSaysWhyItIsEmpty() {
        viewModel.filterProperty().set("no-such-word");
        assertThat(viewModel.emptyTableTextProperty().get()).isEqualTo("No track matches \u201cno-such-word\u201d.");

        session.opening(java.nio.file.Path.of("/somewhere/songs.gwb"));
        session.replace(new org.genreworkbench.model.Project(), null);
        assertThat(viewModel.emptyTableTextProperty().get()).isEqualTo("Opening songs.gwb…");
        // no "Showing 0 of 0 tracks" beside a workspace being read
        assertThat(viewModel.shownProperty().get()).isEmpty();

        session.opening(null);
        assertThat(viewModel.emptyTableTextProperty().get()).startsWith("No tracks yet");
        assertThat(viewModel.shownProperty().get()).isEqualTo("Showing 0 of 0 tracks");
    }

    /** A project of {@code count} tracks by two artists, numbered from {@code first}. */
    private static Project manyTracks(int first, int count) {
        Project project = new Project();
        project.putArtists(List.of(new Artist("a1", "Nina Simone", List.of("soul"), 1L, 70, Source.FILE, Source.FILE)));
        List<Track> tracks = new java.util.ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            tracks.add(new Track("t" + i, "Song " + i, null, null, null, null, null, List.of("a1"), null,
                    Source.FILE, null));
        }
        project.putTracks(tracks);
        return project;
    }

    @Test
    void aLargeWorkspacesRowsAreMadeByABackgroundTaskAndShownWhenReady() {
        QueuedExecutor executor = new QueuedExecutor();
        WorkspaceSession large = new WorkspaceSession();
        DataViewModel table = new DataViewModel(large, executor);
        executor.runAll();

        large.replace(manyTracks(0, LargeWorkspaces.TRACKS), null);
        // not made on this (the window's) thread: the table says what it is doing meanwhile
        assertThat(table.rows()).isEmpty();
        assertThat(table.emptyTableTextProperty().get()).isEqualTo("Preparing the table of 100,000 tracks…");
        assertThat(table.shownProperty().get()).isEmpty();
        assertThat(executor.queued()).isEqualTo(1);

        executor.runAll();
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS);
        assertThat(table.rows().get(7).artists()).isEqualTo("Nina Simone");
        assertThat(table.shownProperty().get()).isEqualTo("Showing 100,000 of 100,000 tracks");
        table.filterProperty().set("song 47111");
        assertThat(table.rows()).extracting(TrackRow::name).containsExactly("Song 47111");
    }

    /** The table of a session that holds a large workspace's tracks. */
    private static DataViewModel largeTable(TaskExecutor executor) {
        WorkspaceSession large = new WorkspaceSession();
        large.replace(manyTracks(0, LargeWorkspaces.TRACKS), null);
        return new DataViewModel(large, executor);
    }

    @Test
    void aLargeWorkspacesPlaylistGenresAreFoundWhileItsRowsAreShownAndTheirColumnAppearsThen() {
        QueuedExecutor executor = new QueuedExecutor();
        WorkspaceSession large = new WorkspaceSession();
        Project project = manyTracks(0, LargeWorkspaces.TRACKS);
        project.putPlaylists(List.of(new org.genreworkbench.model.Playlist("p1", "Soul", null, "r&b", null,
                List.of("t5", "t7"), List.of(), Source.FILE)));
        large.replace(project, null);
        DataViewModel table = new DataViewModel(large, executor);
        executor.runNext();

        // the rows are shown before their genres are found: none has one yet, and their column waits
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS);
        assertThat(table.rows().get(7).playlistGenre()).isNull();
        assertThat(table.anyPlaylistGenreProperty().get()).isFalse();
        int found = table.genresFoundProperty().get();

        executor.titled("Finding the playlist genres of 100,000 tracks");
        executor.runAll();
        assertThat(table.rows().get(7).playlistGenre()).isEqualTo("r&b");
        assertThat(table.rows().get(6).playlistGenre()).isNull();
        assertThat(table.anyPlaylistGenreProperty().get()).isTrue();
        // the cells on show are told to read their genres again
        assertThat(table.genresFoundProperty().get()).isEqualTo(found + 1);

        // the workspace changes: its new rows show the genres found before until they are found again
        large.project().putTracks(List.of(new Track("t-new", "New Song", null, null, null, null, null, List.of("a1"),
                null, Source.FILE, null)));
        executor.runNext();
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS + 1);
        assertThat(table.rows().get(7).playlistGenre()).isEqualTo("r&b");
        assertThat(table.anyPlaylistGenreProperty().get()).isTrue();
        executor.runAll();
        assertThat(table.rows().get(7).playlistGenre()).isEqualTo("r&b");
        assertThat(table.genresFoundProperty().get()).isEqualTo(found + 2);
    }

    @Test
    void aLargeWorkspacesSearchIsPreparedWhileItsRowsAreShownAndAFilterTypedMeanwhileAppliesWhenReady() {
        QueuedExecutor executor = new QueuedExecutor();
        DataViewModel table = largeTable(executor);
        executor.runNext();
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS);
        assertThat(table.rows().get(7).artists()).isEqualTo("Nina Simone");
        assertThat(executor.titled("Preparing the search of 100,000 tracks")).isNotNull();

        // typed before the search texts are made: the rows stay as they are, and the count says why
        table.filterProperty().set("song 47111");
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS);
        assertThat(table.shownProperty().get()).isEqualTo("Preparing the search of 100,000 tracks…");

        executor.runAll();
        assertThat(table.rows()).extracting(TrackRow::name).containsExactly("Song 47111");
        assertThat(table.shownProperty().get()).isEqualTo("Showing 1 of 100,000 tracks");
    }

    @Test
    void aFilterTypedWhileTheWorkspaceOpensShowsEveryRowUntilTheSearchIsReady() {
        QueuedExecutor executor = new QueuedExecutor();
        DataViewModel table = largeTable(executor);
        table.filterProperty().set("song 47111");
        assertThat(table.rows()).isEmpty();

        executor.runNext();
        // not an empty table saying that no track matches: the rows, and the count says why they are all there
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS);
        assertThat(table.shownProperty().get()).isEqualTo("Preparing the search of 100,000 tracks…");

        executor.runAll();
        assertThat(table.rows()).extracting(TrackRow::name).containsExactly("Song 47111");
    }

    @Test
    void aSearchMadeReadyWithoutAFilterLeavesTheTableAlone() {
        QueuedExecutor executor = new QueuedExecutor();
        DataViewModel table = largeTable(executor);
        executor.runNext();
        List<Integer> changes = new java.util.ArrayList<>();
        table.rows().addListener((javafx.collections.ListChangeListener<TrackRow>) c -> changes.add(table.rows().size()));

        executor.runAll();
        // a million rows handed to the table again would be sorted again, on the window's thread
        assertThat(changes).isEmpty();
        table.filterProperty().set("song 47111");
        assertThat(table.rows()).extracting(TrackRow::name).containsExactly("Song 47111");
    }

    @Test
    void aCancelledSearchPreparationLeavesAFilterThatWorks() {
        // every task is cancelled as soon as it asks: the search texts are never made beforehand
        DataViewModel table = largeTable(new CurrentThreadExecutor(() -> true));
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS);

        table.filterProperty().set("song 47111");
        assertThat(table.rows()).extracting(TrackRow::name).containsExactly("Song 47111");
        assertThat(table.shownProperty().get()).isEqualTo("Showing 1 of 100,000 tracks");
    }

    @Test
    void theSearchOfAWorkspaceStillBeingPreparedIsCancelledWhenAnotherIsOpened() {
        QueuedExecutor executor = new QueuedExecutor();
        WorkspaceSession session = new WorkspaceSession();
        session.replace(manyTracks(0, LargeWorkspaces.TRACKS), null);
        DataViewModel table = new DataViewModel(session, executor);
        executor.runNext();
        executor.titled("Preparing the search");

        session.project().putTracks(manyTracks(LargeWorkspaces.TRACKS, 1).tracks().values());
        assertThat(executor.cancels()).isZero();
        session.replace(new Project(), null);

        assertThat(executor.cancels()).isEqualTo(1);
        executor.runAll();
        assertThat(table.rows()).isEmpty();
    }

    @Test
    void aChangeWhileTheRowsAreMadeKeepsTheRowsShownAndMakesThemAgain() {
        QueuedExecutor executor = new QueuedExecutor();
        WorkspaceSession large = new WorkspaceSession();
        large.replace(manyTracks(0, LargeWorkspaces.TRACKS), null);
        DataViewModel table = new DataViewModel(large, executor);
        executor.runAll();
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS);

        large.project().putTracks(manyTracks(LargeWorkspaces.TRACKS, 1).tracks().values());
        // the rows already shown stay while the new ones are made
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS);
        large.project().putTracks(manyTracks(LargeWorkspaces.TRACKS + 1, 1).tracks().values());
        executor.runAll();
        executor.runAll();
        assertThat(table.rows()).hasSize(LargeWorkspaces.TRACKS + 2);
        assertThat(executor.queued()).isZero();

        // rows made for a workspace that was replaced meanwhile are not shown, not even for a moment
        large.project().putTracks(manyTracks(LargeWorkspaces.TRACKS + 2, 1).tracks().values());
        large.replace(new Project(), null);
        List<Integer> shown = new java.util.ArrayList<>();
        table.rows().addListener((javafx.collections.ListChangeListener<TrackRow>) c -> shown.add(table.rows().size()));
        executor.runAll();
        assertThat(shown).containsOnly(0);
        assertThat(table.rows()).isEmpty();
        assertThat(table.emptyTableTextProperty().get()).startsWith("No tracks yet");
    }
}
