package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
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
        viewModel = new DataViewModel(session);
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

        session.opening(null);
        assertThat(viewModel.emptyTableTextProperty().get()).startsWith("No tracks yet");
    }
}
