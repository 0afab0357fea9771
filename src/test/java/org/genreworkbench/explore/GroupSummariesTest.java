package org.genreworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.labels.PublicTracks;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackFeature;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;

/** Tablesaw's group summaries against means, medians, SDs and counts worked out in the test. */
class GroupSummariesTest {
    private static final double NaN = Double.NaN;

    @Test
    void eachGroupHasTheStatisticsOfItsOwnTracksAndATrackInTwoGroupsCountsInBoth() {
        // Six tracks; track 2 is in both groups, track 5 in none; energy is missing on track 1.
        double[] danceability = {0.1, 0.2, 0.3, 0.4, 0.5, 0.9};
        double[] energy = {1, NaN, 3, 10, 20, 99};
        FeatureColumns columns = FeatureColumns.of(new LinkedHashMap<>(Map.of("danceability", danceability,
                "energy", energy)));
        Map<String, int[]> groups = new LinkedHashMap<>();
        groups.put("rock", new int[] {0, 1, 2});
        groups.put("=pop", new int[] {2, 3, 4});
        GroupedRows grouping = GroupedRows.of(Grouping.Kind.LABEL_SCHEME, groups, 6);

        GroupSummaries summaries = GroupSummaries.of(columns, grouping, TaskContext.silent());

        assertThat(summaries.groups()).extracting(GroupSummaries.Group::name).containsExactly("rock", "=pop");
        GroupSummaries.Group rock = summaries.groups().get(0);
        assertThat(rock.tracks()).isEqualTo(3);
        assertThat(rock.of("danceability").count()).isEqualTo(3);
        assertThat(rock.of("danceability").mean()).isCloseTo(0.2, within(1e-12));
        assertThat(rock.of("danceability").median()).isCloseTo(0.2, within(1e-12));
        assertThat(rock.of("danceability").sd()).isCloseTo(0.1, within(1e-12));
        // The missing energy is left out: 1 and 3, mean 2, median 2, sd sqrt(2).
        assertThat(rock.of("energy").count()).isEqualTo(2);
        assertThat(rock.of("energy").mean()).isEqualTo(2.0);
        assertThat(rock.of("energy").median()).isEqualTo(2.0);
        assertThat(rock.of("energy").sd()).isCloseTo(Math.sqrt(2), within(1e-12));
        GroupSummaries.Group pop = summaries.groups().get(1);
        // 3, 10, 20: mean 11, median 10, deviations -8 -1 9, sd sqrt(146 / 2).
        assertThat(pop.of("energy").mean()).isCloseTo(11, within(1e-12));
        assertThat(pop.of("energy").median()).isEqualTo(10.0);
        assertThat(pop.of("energy").sd()).isCloseTo(Math.sqrt(73), within(1e-12));
        assertThat(grouping.inSeveral()).isEqualTo(1);
        assertThat(grouping.ungrouped()).isEqualTo(1);
    }

    @Test
    void aGroupOfOneTrackHasAnUndefinedSdAndAFeatureNoneHasIsUndefined() {
        double[] tempo = {120, NaN, NaN};
        FeatureColumns columns = FeatureColumns.of(new LinkedHashMap<>(Map.of("tempo", tempo)));
        Map<String, int[]> groups = new LinkedHashMap<>();
        groups.put("one", new int[] {0});
        groups.put("none with tempo", new int[] {1, 2});
        GroupSummaries s = GroupSummaries.of(columns, GroupedRows.of(Grouping.Kind.TOP_TAGS, groups, 3),
                TaskContext.silent());

        GroupSummaries.Stats one = s.groups().get(0).of("tempo");
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.mean()).isEqualTo(120.0);
        assertThat(one.sd()).isNaN();
        GroupSummaries.Stats none = s.groups().get(1).of("tempo");
        assertThat(none.count()).isZero();
        assertThat(none.mean()).isNaN();
        assertThat(none.median()).isNaN();
        assertThat(none.sd()).isNaN();
    }

    @Test
    void theExportTableHoldsEveryFeaturesStatisticsPerGroup() {
        FeatureColumns columns = FeatureColumns.of(new LinkedHashMap<>(Map.of("loudness", new double[] {-5, -7, -9})));
        GroupSummaries s = GroupSummaries.of(columns, GroupedRows.of(Grouping.Kind.PLAYLIST_GENRE,
                Map.of("rap", new int[] {0, 1, 2}), 3), TaskContext.silent());
        assertThat(s.table().columnNames()).containsExactly("playlist genre", "tracks", "loudness count",
                "loudness mean", "loudness median", "loudness sd");
        assertThat(s.table().rowCount()).isEqualTo(1);
        assertThat(s.table().doubleColumn("loudness mean").getDouble(0)).isEqualTo(-7.0);
        assertThat(s.table().doubleColumn("loudness sd").getDouble(0)).isEqualTo(2.0);
    }

    @Test
    void onThePublicTracksEachPlaylistGenreMatchesItsOwnTracks() throws Exception {
        Project project = PublicTracks.load();
        FeatureColumns columns = FeatureColumns.of(project);
        GroupSummaries s = GroupSummaries.of(columns, GroupedRows.of(project, columns, Grouping.Kind.PLAYLIST_GENRE, 20),
                TaskContext.silent());

        // Worked out from the project's tracks directly, not through the grouping's rows.
        Map<String, Map<String, List<Double>>> expected = new HashMap<>();
        Map<String, String> genres = project.playlistGenres();
        for (Track t : project.tracks().values()) {
            String genre = genres.get(t.id());
            if (genre == null) {
                continue;
            }
            for (String f : columns.numericNames()) {
                double v = TrackFeature.byFieldName(f).valueOf(t, project);
                if (!Double.isNaN(v)) {
                    expected.computeIfAbsent(genre, k -> new HashMap<>()).computeIfAbsent(f, k -> new ArrayList<>()).add(v);
                }
            }
        }
        assertThat(s.groups()).extracting(GroupSummaries.Group::name)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(s.groups()).hasSizeGreaterThanOrEqualTo(6);
        for (GroupSummaries.Group g : s.groups()) {
            for (String f : List.of("danceability", "energy", "loudness", "tempo", "duration_ms", "popularity")) {
                double[] v = expected.get(g.name()).get(f).stream().mapToDouble(Double::doubleValue).toArray();
                GroupSummaries.Stats st = g.of(f);
                assertThat(st.count()).as(g.name() + " " + f).isEqualTo(v.length);
                assertThat(st.mean()).as(g.name() + " " + f).isCloseTo(mean(v), within(1e-9 * Math.abs(mean(v)) + 1e-12));
                assertThat(st.median()).as(g.name() + " " + f).isEqualTo(median(v));
                assertThat(st.sd()).as(g.name() + " " + f).isCloseTo(sd(v), within(1e-9 * sd(v)));
            }
        }
    }

    @Test
    void onThePublicTracksATrackCountsInEachOfItsTopTags() throws Exception {
        Project project = PublicTracks.load();
        FeatureColumns columns = FeatureColumns.of(project);
        GroupedRows tags = GroupedRows.of(project, columns, Grouping.Kind.TOP_TAGS, 20);
        GroupSummaries s = GroupSummaries.of(columns, tags, TaskContext.silent());

        assertThat(s.groups()).hasSize(20);
        assertThat(tags.inSeveral()).isPositive();
        for (GroupSummaries.Group g : s.groups()) {
            List<Double> energy = new ArrayList<>();
            for (Track t : project.tracks().values()) {
                if (project.genreTagsOf(t).contains(g.name()) && !Double.isNaN(t.features().valueOrNaN(org.genreworkbench.model.AudioFeature.ENERGY))) {
                    energy.add(t.features().valueOrNaN(org.genreworkbench.model.AudioFeature.ENERGY));
                }
            }
            double[] v = energy.stream().mapToDouble(Double::doubleValue).toArray();
            assertThat(g.of("energy").count()).as(g.name()).isEqualTo(v.length);
            assertThat(g.of("energy").mean()).as(g.name()).isCloseTo(mean(v), within(1e-12));
            assertThat(g.of("energy").median()).as(g.name()).isEqualTo(median(v));
        }
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double sd(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
