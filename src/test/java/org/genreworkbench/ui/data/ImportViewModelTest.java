package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ingest.files.ImportReport;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain JUnit: an import's report, and saving it, with real files. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private ImportViewModel model() {
        WorkbenchContext context = TestWorkbench.context(new Project(), new CurrentThreadExecutor(), dialogs, dir);
        return new ImportViewModel(context);
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(ImportViewModelTest.class.getResource("/imports/" + name).toURI());
    }

    @Test
    void theSavedReportListsEverySkippedRowWithItsPlace() throws Exception {
        ImportViewModel model = model();
        ImportReport[] report = new ImportReport[1];
        model.importFiles(List.of(fixture("songs.csv"), fixture("bad-rows.csv")), Map.of(), r -> report[0] = r);
        Path saved = dir.resolve("report.txt");
        dialogs.confirmAnswers.add(true);
        dialogs.filesToSave.add(saved);

        model.tell(report[0]);

        assertThat(Files.readAllLines(saved)).startsWith(report[0].summary().lines().toArray(String[]::new))
                .contains("bad-rows.csv line 3, column energy: 'loud' is not a number")
                .anyMatch(l -> l.startsWith("bad-rows.csv line 4, column key: 'H' is not a key"));
        assertThat(report[0].skipped()).isEqualTo(2);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCancelledFileChooserImportsNothingAndReportsNothing() {
        ImportReport[] report = new ImportReport[1];
        model().importWithMapping(List.of(), r -> report[0] = r);
        assertThat(report[0]).isNull();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void aFailedImportIsShownAsAnErrorAndOffersNoReport() {
        model().tell(ImportReport.failed("Nothing was imported: x.csv: the file is empty (no header line)"));
        assertThat(dialogs.errors).containsExactly(
                "Import failed: Nothing was imported: x.csv: the file is empty (no header line)");
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void anUnrecognisedFileIsShownWithItsProblemAndTheOthersImportOnlyIfTheUserAgrees() throws Exception {
        Path tracks = Files.writeString(dir.resolve("tracks.csv"), "track_id,track_name,track_duration_ms\nt1,One,200000\n");
        Path odd = Files.writeString(dir.resolve("extra.csv"), "Song Titel,bpm\nOne,120\n");
        WorkbenchContext context = TestWorkbench.context(new Project(), new CurrentThreadExecutor(), dialogs, dir);
        ImportViewModel model = new ImportViewModel(context);
        ImportReport[] report = new ImportReport[1];

        // Left unmapped, and the user declines to go on without it: nothing is imported.
        dialogs.mappings.add(Map.of());
        dialogs.confirmAnswers.add(false);
        model.importWithMapping(List.of(tracks, odd), r -> report[0] = r);
        assertThat(dialogs.mappingProblems).singleElement().asString()
                .startsWith("extra.csv is not recognised").contains("'Song Titel' → Track name");
        assertThat(dialogs.confirmMessages).singleElement().asString().contains("Import the other files without it?");
        assertThat(report[0].ok()).isFalse();
        assertThat(report[0].summary()).startsWith("Nothing was imported: extra.csv is not recognised");
        assertThat(context.session().project().tracks()).isEmpty();

        // The user agrees: the tracks file is imported, the other left out.
        dialogs.mappings.add(Map.of());
        dialogs.confirmAnswers.add(true);
        model.importWithMapping(List.of(tracks, odd), r -> report[0] = r);
        assertThat(report[0].ok()).isTrue();
        assertThat(context.session().project().tracks()).containsKey("t1");
        assertThat(context.session().project().track("t1").durationMs()).isEqualTo(200_000);
    }

    @Test
    void aSpotifyExportZipImportsFromTheDataTabWithoutAMappingStepAndTheReportSaysWhatWasSetAside() throws Exception {
        Path zip = dir.resolve("my_spotify_data.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("Spotify Account Data/StreamingHistory_music_0.json"));
            out.write(("""
                    [{"endTime": "2019-03-01 20:15", "artistName": "Queen", "trackName": "Bohemian Rhapsody", "msPlayed": 354000},
                     {"endTime": "2019-03-02 09:00", "podcastName": "A Show", "episodeName": "Part 1", "msPlayed": 900000},
                     {"artistName": "Queen", "trackName": "Bohemian Rhapsody", "msPlayed": 1000}]
                    """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        WorkbenchContext context = TestWorkbench.context(new Project(), new CurrentThreadExecutor(), dialogs, dir);
        ImportReport[] report = new ImportReport[1];

        new ImportViewModel(context).importWithMapping(List.of(zip), r -> report[0] = r);

        assertThat(dialogs.mappingProblems).isEmpty();
        assertThat(report[0].ok()).as(report[0].summary()).isTrue();
        assertThat(report[0].summary())
                .contains("Listening files read: 1 (my_spotify_data.zip: Spotify Account Data/StreamingHistory_music_0.json); 1 plays")
                .contains("kept by artist and track name: 1")
                .contains("Set aside: 1 podcast episodes, 0 audiobook chapters, 0 entries naming no track.");
        assertThat(report[0].problems()).extracting(Object::toString).containsExactly(
                "my_spotify_data.zip: Spotify Account Data/StreamingHistory_music_0.json entry 3, field endTime: no timestamp");
        assertThat(context.session().project().track("name:bohemian rhapsody|queen").listening().msPlayed()).isEqualTo(354_000);
    }
}
