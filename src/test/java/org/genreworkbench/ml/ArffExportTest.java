package org.genreworkbench.ml;

import org.genreworkbench.model.spec.DatasetSpec;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import meka.classifiers.multilabel.BR;
import meka.core.MLUtils;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.converters.ConverterUtils;

/** The data set written as ARFF and read back by MEKA and Weka themselves, then trained on by them. */
class ArffExportTest {
    @TempDir
    Path dir;

    private static Project withFourLabels() {
        Project project = SampleGenerator.generate(new SampleSpec(11, 500, 150, 60));
        Map<String, String> tagToLabel = new HashMap<>();
        for (Artist a : project.artists().values()) {
            for (String tag : a.genres()) {
                tagToLabel.put(tag, "label " + (char) ('A' + Math.floorMod(tag.hashCode(), 4)));
            }
        }
        project.putLabelScheme(new LabelScheme("four", LabelScheme.Settings.UNKNOWN, tagToLabel));
        project.setActiveLabelScheme("four");
        return project;
    }

    @Test
    void aLabelSchemeIsWrittenInMekasLayoutAndMekaReadsAndTrainsOnIt() throws Exception {
        Project project = withFourLabels();
        Path file = dir.resolve("four.arff");
        DatasetSpec spec = new DatasetSpec("labelScheme", null, List.of(), false, false, false, false);
        ArffExport.Written written = ArffExport.write(project, spec, "four labels", file);

        assertThat(Files.readAllLines(file)).filteredOn(l -> l.startsWith("@relation"))
                .containsExactly("@relation 'four labels: -C 4'");
        Instances data = ConverterUtils.DataSource.read(file.toString());
        MLUtils.prepareData(data);
        assertThat(data.classIndex()).isEqualTo(4);
        assertThat(data.numInstances()).isEqualTo(written.rows()).isPositive();
        assertThat(List.of(data.attribute(0).name(), data.attribute(3).name(), data.attribute(4).name()))
                .containsExactly("label A", "label D", "danceability");
        Dataset expected = DatasetBuilder.build(project, spec);
        Track first = project.track(expected.trackIds().get(0));
        assertThat(data.instance(0).value(4 + AudioFeature.DANCEABILITY.ordinal()))
                .isEqualTo(first.features().valueOrNaN(AudioFeature.DANCEABILITY));
        for (int l = 0; l < 4; l++) {
            assertThat(data.instance(0).value(l)).isEqualTo(expected.targets()[0][l] ? 1.0 : 0.0);
        }

        BR br = new BR();
        br.setClassifier(new J48());
        br.buildClassifier(data);
        assertThat(br.distributionForInstance(data.instance(0))).hasSize(4);
    }

    @Test
    void thePlaylistGenreIsWrittenForWekaWithTheGenreAsANominalClassLast() throws Exception {
        Project project = withFourLabels();
        Path file = dir.resolve("genre.arff");
        DatasetSpec spec = new DatasetSpec("playlistGenre", null, List.of(), false, false, false, false);
        ArffExport.Written written = ArffExport.write(project, spec, "genres", file);

        Instances data = ConverterUtils.DataSource.read(file.toString());
        data.setClassIndex(data.numAttributes() - 1);
        assertThat(data.relationName()).isEqualTo("genres");
        assertThat(data.numInstances()).isEqualTo(written.rows());
        assertThat(data.classAttribute().isNominal()).isTrue();
        assertThat(data.classAttribute().numValues()).isEqualTo(written.labels())
                .isEqualTo((int) project.playlistGenres().values().stream().distinct().count());
        Dataset expected = DatasetBuilder.build(project, spec);
        assertThat(data.classAttribute().value((int) data.instance(3).classValue()))
                .isEqualTo(expected.labels().get(expected.classOf(3)));
        J48 tree = new J48();
        tree.buildClassifier(data);
        assertThat(tree.classifyInstance(data.instance(0))).isBetween(0.0, written.labels() - 1.0);
    }
}
