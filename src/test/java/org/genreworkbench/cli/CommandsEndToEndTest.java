package org.genreworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.genreworkbench.model.Project;
import org.genreworkbench.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, cluster and experiment as a script runs them: real files in, a workspace and one JSON line out. */
class CommandsEndToEndTest {
    private static final String TIDY_HEADER = "track_id,track_name,track_artist,track_popularity,track_album_id,"
            + "track_album_name,track_album_release_date,playlist_name,playlist_id,playlist_genre,playlist_subgenre,"
            + "danceability,energy,key,loudness,mode,speechiness,acousticness,instrumentalness,liveness,valence,"
            + "tempo,duration_ms";

    @TempDir
    Path dir;

    @Test
    void importReadsTracksAndArtistTagsReportsABadCellByLineAndColumnAndMergesASecondRun() throws Exception {
        Path songs = dir.resolve("songs.csv");
        List<String> lines = new ArrayList<>(List.of(TIDY_HEADER));
        Random random = new Random(1);
        for (int i = 0; i < 30; i++) {
            lines.add(String.format(Locale.ROOT, "t%02d,Song %d,Artist %d,%d,al%d,Album %d,2019-01-01,Mix %d,pl%d,%s,sub,"
                            + "%.3f,%.3f,5,-6.5,1,0.05,0.1,0,0.1,0.5,120.0,200000",
                    i, i, i % 5, 50 + i, i, i, i % 3, i % 3, i % 3 == 0 ? "pop" : "rock", random.nextDouble(), random.nextDouble()));
        }
        // Line 32 of the file (the header is line 1): a word where a number belongs.
        lines.add("bad1,Broken,Artist 1,50,alx,Album x,2019-01-01,Mix 0,pl0,pop,sub,lots,0.5,5,-6.5,1,0.05,0.1,0,0.1,0.5,120.0,200000");
        Files.write(songs, lines);
        Path artists = dir.resolve("artists.csv");
        Files.write(artists, List.of("genres,artists,popularity",
                "\"['dance pop', 'pop']\",Artist 0,70", "\"['rock']\",Artist 1,60", "[],Artist 2,50"));
        Path ws = dir.resolve("imported.gwb");
        Path report = dir.resolve("skipped.txt");

        CliRun run = CliRun.of("import", songs.toString(), artists.toString(), "--into", ws.toString(), "--report", report.toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode counts = run.json();
        assertThat(counts.get("tracks").asInt()).isEqualTo(30);
        assertThat(counts.get("new_tracks").asInt()).isEqualTo(30);
        assertThat(counts.get("playlists").asInt()).isEqualTo(3);
        assertThat(counts.get("skipped").asInt()).isEqualTo(1);
        assertThat(run.err()).contains("skipped: ").contains("songs.csv").contains("line 32").contains("danceability");
        assertThat(Files.readAllLines(report)).singleElement().asString().contains("songs.csv").contains("line 32");
        Project project = new WorkspaceReader().open(ws);
        assertThat(project.tracks()).hasSize(30).doesNotContainKey("bad1");
        assertThat(project.genreTagsOf(project.track("t00"))).containsExactlyInAnyOrder("dance pop", "pop");

        CliRun again = CliRun.of("import", songs.toString(), "--into", ws.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.json().get("new_tracks").asInt()).isZero();
        assertThat(again.json().get("tracks").asInt()).isEqualTo(30);
        assertThat(project.genreTagsOf(new WorkspaceReader().open(ws).track("t00"))).as("nothing known is lost")
                .containsExactlyInAnyOrder("dance pop", "pop");
    }

    @Test
    void aMalformedFileImportsNothingAndSaysWhereInOneLine() throws Exception {
        Path ws = dir.resolve("kept.gwb");
        Path good = dir.resolve("good.csv");
        Files.write(good, List.of(TIDY_HEADER,
                "t1,Song,Artist,50,al,Album,2019-01-01,Mix,pl,pop,sub,0.5,0.5,5,-6.5,1,0.05,0.1,0,0.1,0.5,120.0,200000"));
        assertThat(CliRun.of("import", good.toString(), "--into", ws.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(ws);
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, TIDY_HEADER + "\nt2,\"Song with an open quote,Artist,50\n");

        CliRun run = CliRun.of("import", broken.toString(), "--into", ws.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: broken.csv").contains("line").doesNotContain("\n");
        assertThat(Files.readAllBytes(ws)).as("the workspace is untouched").isEqualTo(before);
    }

    @Test
    void clusterCutsIntoTheAskedNumberOfLabelsAndSavesThemAsTheActiveScheme() throws Exception {
        Path ws = sample("clustered.gwb");

        CliRun run = CliRun.of("cluster", ws.toString(), "--min-support", "5", "--linkage", "ward", "--clusters", "6", "--save", "tags6");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode figures = run.json();
        assertThat(figures.get("clusters").asInt()).isEqualTo(6);
        assertThat(figures.get("tags").asInt()).isPositive();
        assertThat(figures.get("density").asDouble()).isPositive();
        Project project = new WorkspaceReader().open(ws);
        assertThat(project.activeLabelScheme()).isEqualTo("tags6");
        assertThat(project.labelSchemes()).singleElement().satisfies(scheme -> {
            assertThat(scheme.name()).isEqualTo("tags6");
            assertThat(scheme.labels()).hasSize(6);
        });

        byte[] saved = Files.readAllBytes(ws);
        CliRun impossible = CliRun.of("cluster", ws.toString(), "--min-support", "100000", "--clusters", "6", "--save", "none");
        assertThat(impossible.code()).isEqualTo(1);
        assertThat(impossible.err().strip()).startsWith("error: fewer than two genre tags").doesNotContain("\n");
        assertThat(Files.readAllBytes(ws)).as("a refused cut saves nothing").isEqualTo(saved);

        CliRun tooMany = CliRun.of("cluster", ws.toString(), "--min-support", "5", "--clusters", "100000", "--save", "all");
        assertThat(tooMany.code()).isEqualTo(1);
        assertThat(tooMany.err()).contains("--clusters 100000: No cut height gives 100000 clusters: the tree has "
                + figures.get("tags").asInt() + " tags");
        assertThat(Files.readAllBytes(ws)).as("a refused count saves nothing").isEqualTo(saved);
    }

    @Test
    void experimentTrainsEveryModelOfTheSpecPrintsTheComparisonAndKeepsItWhenAsked() throws Exception {
        Path ws = sample("experiment.gwb");
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, """
                {
                  "name": "two quick learners",
                  "dataset": {"target": "playlistGenre", "features": ["danceability", "energy", "loudness", "tempo",
                      "valence", "acousticness"], "standardise": true, "logSkewed": false, "oneHot": false,
                      "dropMissing": true},
                  "split": {"kind": "kfold", "folds": 3},
                  "models": [{"method": "WEKA", "base": "J48"}, {"method": "WEKA", "base": "NaiveBayes"}],
                  "seed": 1
                }
                """);
        Path rows = dir.resolve("rows.csv");

        CliRun run = CliRun.of("experiment", ws.toString(), "--spec", spec.toString(), "--save", "--export-dataset", rows.toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode means = run.json();
        assertThat(means.size()).isEqualTo(2);
        means.forEach(model -> {
            assertThat(model.get("accuracy").asDouble()).isBetween(0.0, 1.0);
            assertThat(model.get("train_s").asDouble()).isNotNegative();
        });
        assertThat(run.out()).contains("W/T/L vs ");
        assertThat(Files.readAllLines(rows)).hasSizeGreaterThan(1_000);
        Project project = new WorkspaceReader().open(ws);
        assertThat(project.experiments()).hasSize(1);
        assertThat(project.experiments().get(0).results()).hasSize(2)
                .allSatisfy(r -> assertThat(r.folds()).hasSize(3));
    }

    @Test
    void aSpecWithBadJsonIsRefusedNamingTheFileLineAndColumn() throws Exception {
        Path ws = sample("bad-spec.gwb");
        Path spec = dir.resolve("broken-spec.json");
        Files.writeString(spec, "{\n  \"name\": \"x\",\n  \"models\": [\n}");
        CliRun run = CliRun.of("experiment", ws.toString(), "--spec", spec.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: broken-spec.json").contains("line 4").doesNotContain("\n");
    }

    private Path sample(String name) {
        Path ws = dir.resolve(name);
        CliRun generated = CliRun.of("generate-sample", ws.toString(), "--tracks", "1500", "--artists", "500", "--tags", "150", "--seed", "3");
        assertThat(generated.code()).as(generated.err()).isZero();
        return ws;
    }
}
