package org.genreworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.labels.PublicTracks;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.junit.jupiter.api.Test;

/** Tablesaw's cross-tabulation of two groupings: counts, row and column proportions, multi-label pairs. */
class CrossTabulationTest {

    /** Five tracks: labels a, a, a+b, b, none; genres x, y, x, x, y. */
    private static CrossTabulation fixture() {
        Map<String, int[]> labels = new LinkedHashMap<>();
        labels.put("a", new int[] {0, 1, 2});
        labels.put("b", new int[] {2, 3});
        Map<String, int[]> genres = new LinkedHashMap<>();
        genres.put("x", new int[] {0, 2, 3});
        genres.put("y", new int[] {1, 4});
        return CrossTabulation.of(GroupedRows.of(Grouping.Kind.LABEL_SCHEME, labels, 5),
                GroupedRows.of(Grouping.Kind.PLAYLIST_GENRE, genres, 5));
    }

    @Test
    void aTrackWithTwoLabelsCountsInBothRowsAndATrackWithoutIsLeftOut() {
        CrossTabulation c = fixture();
        // Pairs: (a,x) (a,y) (a,x) (b,x) (b,x).
        assertThat(c.pairs()).isEqualTo(5);
        assertThat(c.leftOut()).isEqualTo(1);
        assertThat(c.columnNames()).containsExactly("x", "y", "total");
        List<CrossTabulation.Row> counts = c.rows(CrossTabulation.Cells.COUNTS);
        assertThat(counts).extracting(CrossTabulation.Row::category).containsExactly("a", "b", "Total");
        assertThat(counts).extracting(CrossTabulation.Row::total).containsExactly(false, false, true);
        assertThat(counts.get(0).values()).containsExactly(2, 1, 3);
        assertThat(counts.get(1).values()).containsExactly(2, 0, 2);
        assertThat(counts.get(2).values()).containsExactly(4, 1, 5);
    }

    @Test
    void rowProportionsSumToOneAlongARowAndColumnProportionsDownAColumn() {
        CrossTabulation c = fixture();
        List<CrossTabulation.Row> rows = c.rows(CrossTabulation.Cells.ROW_PROPORTIONS);
        assertThat(rows.get(0).values()[0]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(rows.get(0).values()[1]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(rows.get(1).values()[0]).isEqualTo(1.0);
        assertThat(rows.get(2).values()[0]).isCloseTo(4.0 / 5, within(1e-12));
        List<CrossTabulation.Row> columns = c.rows(CrossTabulation.Cells.COLUMN_PROPORTIONS);
        // Column x holds a 2 and b 2 of 4 pairs; column y a 1 of 1.
        assertThat(columns.get(0).values()[0]).isCloseTo(0.5, within(1e-12));
        assertThat(columns.get(1).values()[0]).isCloseTo(0.5, within(1e-12));
        assertThat(columns.get(0).values()[1]).isEqualTo(1.0);
        assertThat(columns.get(1).values()[1]).isEqualTo(0.0);
        assertThat(columns.get(0).values()[2]).isCloseTo(3.0 / 5, within(1e-12));
    }

    @Test
    void noTrackInBothGroupingsGivesAnEmptyTable() {
        CrossTabulation c = CrossTabulation.of(GroupedRows.of(Grouping.Kind.LABEL_SCHEME, Map.of(), 3),
                GroupedRows.of(Grouping.Kind.PLAYLIST_GENRE, Map.of("x", new int[] {0, 1, 2}), 3));
        assertThat(c.pairs()).isZero();
        assertThat(c.leftOut()).isEqualTo(3);
        assertThat(c.columnNames()).isEmpty();
        assertThat(c.rows(CrossTabulation.Cells.COUNTS)).isEmpty();
    }

    @Test
    void onThePublicTracksTagsAgainstPlaylistGenresCountEveryTrackTagPair() throws Exception {
        Project project = PublicTracks.load();
        FeatureColumns columns = FeatureColumns.of(project);
        GroupedRows tags = GroupedRows.of(project, columns, Grouping.Kind.TOP_TAGS, 20);
        GroupedRows genres = GroupedRows.of(project, columns, Grouping.Kind.PLAYLIST_GENRE, 20);
        CrossTabulation c = CrossTabulation.of(tags, genres);

        Map<String, Integer> expected = new HashMap<>();
        int pairs = 0;
        Map<String, String> playlistGenres = project.playlistGenres();
        for (Track t : project.tracks().values()) {
            String genre = playlistGenres.get(t.id());
            for (String tag : project.genreTagsOf(t)) {
                if (genre != null && tags.groups().containsKey(tag)) {
                    expected.merge(tag + "|" + genre, 1, Integer::sum);
                    pairs++;
                }
            }
        }
        assertThat(c.pairs()).isEqualTo(pairs).isPositive();
        assertThat(c.leftOut()).isPositive();
        List<String> genreNames = c.columnNames();
        for (CrossTabulation.Row row : c.rows(CrossTabulation.Cells.COUNTS)) {
            if (row.total()) {
                assertThat(row.values()[genreNames.size() - 1]).isEqualTo((double) pairs);
                continue;
            }
            for (int i = 0; i < genreNames.size() - 1; i++) {
                assertThat(row.values()[i]).as(row.category() + " × " + genreNames.get(i))
                        .isEqualTo((double) expected.getOrDefault(row.category() + "|" + genreNames.get(i), 0));
            }
        }
        for (CrossTabulation.Row row : c.rows(CrossTabulation.Cells.ROW_PROPORTIONS)) {
            double sum = 0;
            for (int i = 0; i < genreNames.size() - 1; i++) {
                sum += row.values()[i];
            }
            assertThat(sum).as(row.category()).isCloseTo(1, within(1e-9));
        }
    }
}
