package org.genreworkbench.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;

/** Imports of small hand-written files, one per shape and per kind of bad input. */
class TableImporterTest {
    private final TableImporter importer = new TableImporter(Map.of());

    @Test
    void aTidyTuesdayShapedFileGivesDeduplicatedTracksAndGenrePlaylists() throws Exception {
        ImportResult r = importer.read(List.of(fixture("songs.csv")), TaskContext.silent());
        assertThat(r.rows()).isEqualTo(4);
        assertThat(r.tracks()).extracting(Track::id).containsExactly("t001", "t002", "t003");
        Track t2 = find(r, "t002");
        assertThat(t2.name()).isEqualTo("Stones, Bones");
        assertThat(t2.album()).isEqualTo("Album \"One\"");
        assertThat(t2.features().get(AudioFeature.TEMPO)).hasValue(140.5);
        assertThat(t2.features().get(AudioFeature.TIME_SIGNATURE)).isEmpty();
        assertThat(find(r, "t003").name()).isEqualTo("Line\nBreak");
        assertThat(r.playlists()).hasSize(2);
        var rock = r.playlists().stream().filter(p -> p.id().equals("p2")).findFirst().orElseThrow();
        assertThat(rock.genre()).isEqualTo("rock");
        assertThat(rock.tags()).containsExactly("hard rock");
        assertThat(rock.trackIds()).containsExactly("t002", "t001");
        assertThat(r.artists()).extracting(Artist::id).contains("name:aurora fields", "name:tyler the maker");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void quotedTagsInAnArtistTableLoseTheirQuotes() throws Exception {
        ImportResult r = importer.read(List.of(fixture("artists-quoted-genres.csv")), TaskContext.silent());
        assertThat(r.problems()).isEmpty();
        assertThat(genresOf(r, "Baby Sensory")).containsExactly("childrens music", "nursery");
        assertThat(genresOf(r, "Bananas In Pyjamas"))
                .containsExactly("australian childrens music", "cartoon", "childrens music");
        assertThat(genresOf(r, "\"Cats\" 1981 Original London Cast")).containsExactly("show tunes");
        assertThat(genresOf(r, "Nobody Tagged")).isEmpty();
        assertThat(genresOf(r, "Python Shaped")).containsExactly("rock-and-roll", "children's music");
        assertThat(genresOf(r, "Json Shaped")).containsExactly("dance pop", "pop");
    }

    private static List<String> genresOf(ImportResult r, String artist) {
        return r.artists().stream().filter(a -> artist.equals(a.name())).findFirst().orElseThrow().genres();
    }

    @Test
    void artistsMeetTheirTracksByNameAcrossFiles() throws Exception {
        Project project = new Project();
        ImportMerge.apply(project, importer.read(List.of(fixture("songs.csv")), TaskContext.silent()));
        ImportMerge.Counts counts = ImportMerge.apply(project,
                importer.read(List.of(fixture("artists-bom.csv")), TaskContext.silent()));

        Artist aurora = project.artist("name:aurora fields");
        assertThat(aurora.genres()).containsExactly("dance pop", "pop");
        assertThat(aurora.name()).isEqualTo("Aurora Fields");
        assertThat(project.artist("name:tyler the maker").genres()).containsExactly("hard rock", "rock");
        assertThat(project.genreTagsOf(project.track("t002"))).containsExactly("hard rock", "rock");
        assertThat(counts.artistMatchRate()).isEqualTo(1.0);
        assertThat(project.artist("name:nobody here").genres()).isEmpty();
    }

    @Test
    void aKaggleShapedTsvReadsPitchNamesModesFlagsAndSplitArtists() throws Exception {
        ImportResult r = importer.read(List.of(fixture("kaggle.tsv")), TaskContext.silent());
        Track duet = find(r, "k1");
        assertThat(duet.artistIds()).containsExactly("name:ana", "name:ben");
        assertThat(duet.explicit()).isTrue();
        assertThat(duet.features().get(AudioFeature.KEY)).hasValue(3.0);
        assertThat(duet.features().get(AudioFeature.MODE)).hasValue(1.0);
        assertThat(find(r, "k2").features().get(AudioFeature.MODE)).hasValue(0.0);
        assertThat(r.playlists()).extracting(p -> p.genre()).containsExactly("acoustic", "metal");
    }

    @Test
    void badRowsAreSkippedAndReportedWithFileLineAndColumn() throws Exception {
        ImportResult r = importer.read(List.of(fixture("bad-rows.csv")), TaskContext.silent());
        assertThat(r.tracks()).extracting(Track::id).containsExactly("b1", "b4");
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "bad-rows.csv line 3, column energy: 'loud' is not a number",
                "bad-rows.csv line 4, column key: 'H' is not a key (0–11 or a pitch name such as D#)");
    }

    @Test
    void aMalformedFileFailsWholeAndTheProjectIsUntouched() throws Exception {
        Project project = new Project();
        ImportMerge.apply(project, importer.read(List.of(fixture("songs.csv")), TaskContext.silent()));
        long revision = project.revision();
        assertThatThrownBy(() -> importer.read(List.of(fixture("broken.csv")), TaskContext.silent()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("broken.csv")
                .hasMessageContaining("nothing was imported");
        assertThat(project.revision()).isEqualTo(revision);
        assertThat(project.tracks()).hasSize(3);
    }

    @Test
    void jsonArraysOfApiShapedObjectsAreTables() throws Exception {
        ImportResult r = importer.read(List.of(fixture("tracks.json")), TaskContext.silent());
        Track second = find(r, "j2");
        assertThat(second.artistIds()).containsExactly("ar2", "ar1");
        assertThat(find(r, "j1").album()).isEqualTo("Objects");
        assertThat(r.artists()).extracting(Artist::name).contains("Jay", "Kay");
    }

    @Test
    void unknownHeadersAskForAMappingAndTheUsersMappingIsUsed() throws Exception {
        assertThatThrownBy(() -> importer.read(List.of(fixture("odd-headers.csv")), TaskContext.silent()))
                .hasMessageContaining("map the columns by hand").hasMessageContaining("Song Code");
        TableImporter mapped = new TableImporter(Map.of("Song Code", Field.TRACK_ID, "Song Title", Field.TRACK_NAME,
                "Pace", Field.TEMPO));
        Track t = mapped.read(List.of(fixture("odd-headers.csv")), TaskContext.silent()).tracks().iterator().next();
        assertThat(t.id()).isEqualTo("o1");
        assertThat(t.features().get(AudioFeature.TEMPO)).hasValue(101.5);
    }

    @Test
    void mergingKeepsWhatIsKnownAndTakesTheNewestWherePresent() throws Exception {
        Project project = new Project();
        project.putTracks(List.of(new Track("t001", "Old name", null, null, null, 5, null, List.of(),
                AudioFeatures.builder().set(AudioFeature.TIME_SIGNATURE, 4).set(AudioFeature.ENERGY, 0.1).build(),
                Source.SPOTIFY, Source.SPOTIFY)));
        ImportMerge.Counts counts = ImportMerge.apply(project, importer.read(List.of(fixture("songs.csv")), TaskContext.silent()));
        Track merged = project.track("t001");
        assertThat(counts.updatedTracks()).isEqualTo(1);
        assertThat(counts.newTracks()).isEqualTo(2);
        assertThat(merged.name()).isEqualTo("Golden Hour");
        assertThat(merged.popularity()).isEqualTo(71);
        assertThat(merged.features().get(AudioFeature.ENERGY)).hasValue(0.916);
        assertThat(merged.features().get(AudioFeature.TIME_SIGNATURE)).hasValue(4.0);
    }

    private static Track find(ImportResult r, String id) {
        return r.tracks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(TableImporterTest.class.getResource("/imports/" + name).toURI());
    }
}
