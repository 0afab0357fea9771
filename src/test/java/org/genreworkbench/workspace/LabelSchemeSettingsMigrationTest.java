package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genreworkbench.labels.ClusteredTags;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.model.TreeCut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label schemes saved by format 1, settings as a map of strings, open in format 2 as the same schemes. */
class LabelSchemeSettingsMigrationTest {
    private static final String ARTISTS = "id,name,genres\n"
            + "a1,One,pop|dance pop\na2,Two,pop|dance pop\na3,Three,rock|album rock\na4,Four,rock|album rock|pop\n";

    /** Exactly what format 1 wrote for a scheme cut at a height with edits, and one cut dynamically. */
    private static final String FORMAT_1_SCHEMES = """
            {
              "active" : "families",
              "schemes" : [ {
                "name" : "families",
                "settings" : {
                  "minSupport" : "1",
                  "distance" : "jaccard",
                  "linkage" : "average",
                  "cut" : "height",
                  "cutHeight" : "0.750000",
                  "clusters" : "3",
                  "tags" : "4",
                  "tagsSetAside" : "0"
                },
                "edits" : [ {
                  "kind" : "RENAME",
                  "tag" : "pop",
                  "target" : null,
                  "name" : "Pop"
                }, {
                  "kind" : "SPLIT_BRANCH",
                  "tag" : "rock",
                  "target" : "album rock",
                  "name" : null
                } ],
                "tagToLabel" : { "pop" : "Pop", "dance pop" : "Pop", "rock" : "rock", "album rock" : "album rock" }
              }, {
                "name" : "adaptive",
                "settings" : {
                  "minSupport" : "2",
                  "distance" : "cosine",
                  "linkage" : "ward",
                  "cut" : "dynamic",
                  "dynamicMethod" : "hybrid",
                  "minClusterSize" : "2",
                  "deepSplit" : "3",
                  "clusters" : "1",
                  "tags" : "4",
                  "tagsSetAside" : "0"
                },
                "edits" : [ ],
                "tagToLabel" : { "pop" : "pop" }
              }, {
                "name" : "from elsewhere",
                "settings" : { "note" : "made by hand" },
                "edits" : [ ],
                "tagToLabel" : { "rock" : "Rock" }
              } ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aFormat1FileOpensToTheSameSchemes() throws Exception {
        Project project = new WorkspaceReader().open(format1File(FORMAT_1_SCHEMES));

        assertThat(project.activeLabelScheme()).isEqualTo("families");
        assertThat(project.labelSchemes()).containsExactly(
                new LabelScheme("families", new LabelScheme.Settings(
                        new ClusteringSettings(1, TagDistance.JACCARD, Linkage.AVERAGE), new TreeCut.AtHeight(0.75),
                        List.of(LabelEdit.rename("pop", "Pop"), LabelEdit.splitBranch("rock", "album rock")), 3, 4, 0),
                        Map.of("pop", "Pop", "dance pop", "Pop", "rock", "rock", "album rock", "album rock")),
                new LabelScheme("adaptive", new LabelScheme.Settings(
                        new ClusteringSettings(2, TagDistance.COSINE, Linkage.WARD),
                        new TreeCut.Dynamic(TreeCut.DynamicMethod.HYBRID, 2, 3), List.of(), 1, 4, 0),
                        Map.of("pop", "pop")),
                new LabelScheme("from elsewhere", LabelScheme.Settings.UNKNOWN, Map.of("rock", "Rock")));
    }

    @Test
    void aMigratedSchemeIsMadeAgainToTheSameLabels() throws Exception {
        Project project = new WorkspaceReader().open(format1File(FORMAT_1_SCHEMES));
        LabelScheme old = project.labelSchemes().get(0);
        LabellingService service = new LabellingService();
        ClusteredTags tree = service.build(project, old.settings().clustering());

        LabelScheme again = service.scheme(old.name(), tree.tree(), old.settings().cut(), old.edits());

        assertThat(again.tagToLabel()).isEqualTo(old.tagToLabel());
        assertThat(again.settings()).isEqualTo(old.settings());
    }

    @Test
    void theUpgradedFileIsSavedInTheCurrentFormatAndOpensAgainUnchanged() throws Exception {
        Project opened = new WorkspaceReader().open(format1File(FORMAT_1_SCHEMES));
        Path saved = dir.resolve("saved.gwb");
        new WorkspaceWriter().save(opened, saved);

        assertThat(new WorkspaceReader().open(saved).labelSchemes()).isEqualTo(opened.labelSchemes());
    }

    @Test
    void aValueThatIsNotWhatItsKeyNeedsIsRefusedNamingSchemeAndKey() throws Exception {
        Path file = format1File(FORMAT_1_SCHEMES.replace("\"minClusterSize\" : \"2\"", "\"minClusterSize\" : \"two\""));

        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("label-schemes.json")
                .hasMessageContaining("schemes[1] ('adaptive')")
                .hasMessageContaining("minClusterSize")
                .hasMessageContaining("'two' is not a whole number");
    }

    @Test
    void anUnknownLinkageIsRefusedAsTheWrongShape() throws Exception {
        Path file = format1File(FORMAT_1_SCHEMES.replace("\"ward\"", "\"centroid\""));

        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("label-schemes.json")
                .hasMessageContaining("linkage");
    }

    private Path format1File(String schemes) throws Exception {
        Path file = dir.resolve("format1.gwb");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, WorkspaceFormat.MANIFEST, "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":1}");
            put(zip, WorkspaceFormat.TRACKS, "id,name,artist_ids\nt1,One,a1|a3\nt2,Two,a2\n");
            put(zip, WorkspaceFormat.ARTISTS, ARTISTS);
            put(zip, WorkspaceFormat.LABEL_SCHEMES, schemes);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
