package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.genreworkbench.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.genreworkbench.model.spec.Split;

/** The exported rows are the experiment's rows: raw features, missing as empty, targets, and its own split. */
class DatasetExportTest {
    private static final Project PROJECT = LabelledSample.sixLabels();

    private static List<List<String>> read(Path file) throws Exception {
        try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    @Test
    void multiLabelKFoldRowsCarryRawFeaturesLabelsAndTheirFold(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = new ExperimentSpec("x", new DatasetSpec("labelScheme", null, null, true, true, false, false),
                Split.kfold(4), List.of(new ModelSpec(null, "BR", "LightGBM", "", "", "PCut1")), 3);
        Path file = dir.resolve("rows.csv");
        int written = DatasetExport.write(PROJECT, spec, file);

        Dataset data = DatasetBuilder.build(PROJECT, spec.dataset());
        List<List<String>> rows = read(file);
        List<String> header = rows.get(0);
        assertThat(written).isEqualTo(data.rows());
        assertThat(rows).hasSize(data.rows() + 1);
        assertThat(header.subList(0, data.featureNames().size())).isEqualTo(data.featureNames());
        assertThat(header.subList(data.featureNames().size(), header.size() - 1))
                .isEqualTo(data.labels().stream().map(l -> "label:" + l).toList());
        assertThat(header.get(header.size() - 1)).isEqualTo("fold");

        int[] fold = ExperimentRunner.folds(data, spec);
        boolean sawMissing = false;
        for (int r = 0; r < data.rows(); r++) {
            List<String> row = rows.get(r + 1);
            for (int f = 0; f < data.featureNames().size(); f++) {
                double v = data.features()[r][f];
                if (Double.isNaN(v)) {
                    assertThat(row.get(f)).isEmpty();
                    sawMissing = true;
                } else {
                    // raw values: not logged, not standardised
                    assertThat(Double.parseDouble(row.get(f))).isEqualTo(v);
                }
            }
            for (int l = 0; l < data.labels().size(); l++) {
                assertThat(row.get(data.featureNames().size() + l)).isEqualTo(data.targets()[r][l] ? "1" : "0");
            }
            assertThat(row.get(row.size() - 1)).isEqualTo(String.valueOf(fold[r]));
        }
        assertThat(sawMissing).as("the sample's missing values are in the export").isTrue();
        assertThat(rows.stream().skip(1).map(r -> r.get(r.size() - 1)).collect(Collectors.toSet()))
                .isEqualTo(Set.of("0", "1", "2", "3"));
    }

    @Test
    void singleLabelHoldOutHasAClassColumnAndTrainTestFolds(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = new ExperimentSpec("g", new DatasetSpec("playlistGenre", null,
                List.of("danceability", "energy", "tempo"), true, false, false, true),
                Split.holdout(0.2), List.of(new ModelSpec(null, "WEKA", "LightGBM", "", "", "PCut1")), 3);
        Path file = dir.resolve("genres.csv");
        DatasetExport.write(PROJECT, spec, file);

        List<List<String>> rows = read(file);
        assertThat(rows.get(0)).containsExactly("danceability", "energy", "tempo", "class", "fold");
        Dataset data = DatasetBuilder.build(PROJECT, spec.dataset());
        long test = rows.stream().skip(1).filter(r -> r.get(4).equals("test")).count();
        long train = rows.stream().skip(1).filter(r -> r.get(4).equals("train")).count();
        assertThat(test + train).isEqualTo(data.rows());
        assertThat(test / (double) data.rows()).isBetween(0.17, 0.23);
        assertThat(rows.stream().skip(1).map(r -> r.get(3)).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(data.labels()));
    }
}
