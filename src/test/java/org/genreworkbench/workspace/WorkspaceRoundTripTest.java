package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.genreworkbench.model.spec.Specs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.IngestState;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TreeCut;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void tracksOfTheSameArtistsShareOneListOfArtistIdsOnceOpened() throws Exception {
        Project project = new Project();
        project.putArtists(List.of(new Artist("a1", "One", List.of(), null, null, Source.FILE, Source.FILE),
                new Artist("a2", "Two", List.of(), null, null, Source.FILE, Source.FILE)));
        project.putTracks(List.of(
                new Track("t1", "x", null, null, null, null, null, List.of("a1", "a2"), null, Source.FILE, null),
                new Track("t2", "y", null, null, null, null, null, List.of("a1", "a2"), null, Source.FILE, null),
                new Track("t3", "z", null, null, null, null, null, List.of("a2", "a1"), null, Source.FILE, null)));
        Path file = dir.resolve("shared.gwb");
        new WorkspaceWriter().save(project, file);

        Map<String, Track> read = new WorkspaceReader().open(file).tracks();
        // a million tracks would otherwise hold a million lists and their strings
        assertThat(read.get("t2").artistIds()).isSameAs(read.get("t1").artistIds()).containsExactly("a1", "a2");
        assertThat(read.get("t3").artistIds()).containsExactly("a2", "a1");
    }

    @Test
    void savingAtTheSameMomentGivesTheSameBytesAndMapsAreWrittenInKeyOrder() throws Exception {
        Clock moment = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneId.of("Europe/Vienna"));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new WorkspaceWriter(moment).writeTo(handMadeProject(), first);
        new WorkspaceWriter(moment).writeTo(handMadeProject(), second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.toByteArray()))) {
            // Entry times are the moment as it stood in the clock's zone, not shifted by this computer's zone.
            assertThat(zip.getNextEntry().getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 25, 7, 0));
        }

        // The model's maps iterate in an order that changes from one run of Java to the next: a file must not.
        Map<String, Double> oneWay = new LinkedHashMap<>();
        oneWay.put("hamming_loss", 0.25);
        oneWay.put("f1_micro", 0.5);
        Map<String, Double> otherWay = new LinkedHashMap<>();
        otherWay.put("f1_micro", 0.5);
        otherWay.put("hamming_loss", 0.25);
        String written = WorkspaceJson.mapper().writeValueAsString(oneWay);
        assertThat(written).isEqualTo(WorkspaceJson.mapper().writeValueAsString(otherWay));
        assertThat(written.indexOf("f1_micro")).isLessThan(written.indexOf("hamming_loss"));
    }

    @Test
    void everyFieldSurvivesSaveAndOpenIncludingMissingValues() throws Exception {
        Project project = handMadeProject();
        Path file = dir.resolve("all-fields.gwb");

        new WorkspaceWriter().save(project, file);
        Project loaded = new WorkspaceReader().open(file);

        assertThat(loaded.tracks()).isEqualTo(project.tracks());
        assertThat(loaded.artists()).isEqualTo(project.artists());
        assertThat(loaded.playlists()).isEqualTo(project.playlists());
        assertThat(loaded.labelSchemes()).isEqualTo(project.labelSchemes());
        assertThat(loaded.activeLabelScheme()).isEqualTo("coarse");
        assertThat(loaded.experiments()).isEqualTo(project.experiments());
        assertThat(loaded.ingestState()).isEqualTo(project.ingestState());
    }

    @Test
    void missingValuesStayMissingRatherThanBecomingZero() throws Exception {
        Path file = dir.resolve("missing.gwb");
        new WorkspaceWriter().save(handMadeProject(), file);
        Project loaded = new WorkspaceReader().open(file);

        Track bare = loaded.track("bare");
        assertThat(bare.features().isEmpty()).isTrue();
        assertThat(bare.featuresSource()).isNull();
        assertThat(bare.popularity()).isNull();
        assertThat(bare.durationMs()).isNull();
        assertThat(bare.explicit()).isNull();
        Track partial = loaded.track("partial");
        assertThat(partial.features().get(AudioFeature.TEMPO)).isEmpty();
        assertThat(partial.features().get(AudioFeature.ENERGY)).hasValue(0.0);
        assertThat(loaded.artist("a2").followers()).isNull();
        assertThat(loaded.artist("a2").genres()).isEmpty();
    }

    @Test
    void aGeneratedProjectRoundTripsExactly() throws Exception {
        Project project = SampleGenerator.generate(new SampleSpec(3, 2_000, 600, 200));
        Path file = dir.resolve("generated.gwb");
        new WorkspaceWriter().save(project, file);
        Project loaded = new WorkspaceReader().open(file);
        assertThat(loaded.tracks()).isEqualTo(project.tracks());
        assertThat(loaded.artists()).isEqualTo(project.artists());
        assertThat(loaded.playlists()).isEqualTo(project.playlists());
    }

    @Test
    void savingAgainKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = dir.resolve("kept.gwb");
        Project project = handMadeProject();
        new WorkspaceWriter().save(project, file);
        project.putTracks(List.of(new Track("added", "Added", null, null, null, null, null, List.of(), null,
                Source.FILE, null)));
        new WorkspaceWriter().save(project, file);

        assertThat(new WorkspaceReader().open(file).tracks()).containsKey("added");
        Path backup = dir.resolve("kept.gwb.bak");
        assertThat(new WorkspaceReader().open(backup).tracks()).doesNotContainKey("added").hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kept.gwb", "kept.gwb.bak");
        }
    }

    @Test
    void temporariesLeftByAKilledSaveAreClearedOnceStale() throws Exception {
        Path file = dir.resolve("w.gwb");
        Path stale = dir.resolve(".w.gwb.123.tmp");
        Path fresh = dir.resolve(".w.gwb.456.tmp");
        Files.writeString(stale, "half a zip");
        Files.writeString(fresh, "a save under way elsewhere");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
        new WorkspaceWriter().save(handMadeProject(), file);
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void textWithCommasQuotesNewlinesAndSeparatorsRoundTrips() throws Exception {
        Project project = new Project();
        project.putArtists(List.of(new Artist("x", "Crosby, Stills \"&\" Nash\nand Young",
                List.of("folk|rock", "back\\slash", "plain"), 5L, 1, Source.FILE, Source.FILE)));
        project.putTracks(List.of(new Track("t,1", " leading space", "Déjà vu — 日本", "1970", 1, 2, true,
                List.of("x", "y|z"), null, Source.FILE, null)));
        Path file = dir.resolve("text.gwb");
        new WorkspaceWriter().save(project, file);
        Project loaded = new WorkspaceReader().open(file);
        assertThat(loaded.artists()).isEqualTo(project.artists());
        assertThat(loaded.tracks()).isEqualTo(project.tracks());
    }

    static Project handMadeProject() {
        Project project = new Project();
        AudioFeatures full = AudioFeatures.builder()
                .set(AudioFeature.DANCEABILITY, 0.735).set(AudioFeature.ENERGY, 0.578).set(AudioFeature.KEY, 5)
                .set(AudioFeature.LOUDNESS, -11.84).set(AudioFeature.MODE, 0).set(AudioFeature.SPEECHINESS, 0.0461)
                .set(AudioFeature.ACOUSTICNESS, 0.514).set(AudioFeature.INSTRUMENTALNESS, 0.0902)
                .set(AudioFeature.LIVENESS, 0.159).set(AudioFeature.VALENCE, 0.636).set(AudioFeature.TEMPO, 98.002)
                .set(AudioFeature.TIME_SIGNATURE, 4).build();
        AudioFeatures partial = AudioFeatures.builder().set(AudioFeature.ENERGY, 0.0).set(AudioFeature.KEY, 0).build();
        project.putTracks(List.of(
                new Track("full", "Full", "Album", "2019-06-14", 207_959, 63, false, List.of("a1", "a2"), full,
                        Source.SPOTIFY, Source.RECCOBEATS),
                new Track("partial", "Partial", null, "2019", 1000, 0, true, List.of("a1"), partial,
                        Source.FILE, Source.FILE),
                new Track("bare", null, null, null, null, null, null, List.of(), AudioFeatures.none(),
                        Source.SPOTIFY, null)));
        project.putArtists(List.of(
                new Artist("a1", "Artist One", List.of("dance pop", "pop"), 1_234_567L, 80, Source.SPOTIFY,
                        Source.MUSICBRAINZ),
                new Artist("a2", "Artist Two", List.of(), null, null, Source.SPOTIFY, null)));
        project.putPlaylists(List.of(new Playlist("p1", "Rock Classics", "rock", "rock", "owner",
                List.of("full", "partial"), List.of("album rock"), Source.SPOTIFY)));
        project.putLabelScheme(new LabelScheme("coarse", new LabelScheme.Settings(
                new ClusteringSettings(2, TagDistance.COSINE, Linkage.WARD),
                new TreeCut.Dynamic(TreeCut.DynamicMethod.HYBRID, 3, 2),
                List.of(LabelEdit.rename("pop", "Pop"), LabelEdit.merge("dance pop", "pop"), LabelEdit.excludeTag("x")),
                1, 2, 0),
                Map.of("dance pop", "Pop", "pop", "Pop")));
        project.setActiveLabelScheme("coarse");
        project.putExperiment(new Experiment("e1", "First", Instant.parse("2026-11-24T10:00:00.123456Z"), Specs.oneModel(), List.of("pop", "rock"),
                List.of(List.of("full"), List.of("partial")),
                List.of(new Experiment.ModelResult("BR + J48", "BR / J48 / threshold PCut1", List.of(
                        new Experiment.FoldScore(0, Map.of("f1_micro", 0.5, "hamming_loss", 0.25), List.of(0.4, 0.6), 12.5, 1.0),
                        new Experiment.FoldScore(1, Map.of("f1_micro", 0.7), List.of(0.0, 1.0), 11.0, 0.9)))),
                Map.of("weka", "3.9.6")));
        project.setIngestState(new IngestState(List.of("p2"), Map.of("a2", List.of())));
        return project;
    }
}
