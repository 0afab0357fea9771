package org.genreworkbench.ml;

import org.genreworkbench.model.spec.DatasetSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.export.WholeFiles;
import org.genreworkbench.model.Project;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ArffSaver;

/**
 * Writes the data set the Models tab describes (its features, and the label scheme or the playlist genre) as
 * ARFF, to continue in MEKA's or Weka's own GUI. Multi-label: MEKA's layout, the labels first as {0,1}
 * attributes named after the labels and {@code -C L} in the relation name. Single-label: Weka's, the genre a
 * nominal class last. Feature values are as read from the tracks (no log, one-hot or standardisation, which a
 * Weka filter can add); a missing value is {@code ?}.
 */
public final class ArffExport {
    private ArffExport() {
    }

    /** What was written. */
    public record Written(int rows, int labels, int features, boolean multiLabel) {
    }

    public static Written write(Project project, DatasetSpec spec, String name, Path file) throws IOException {
        Dataset data = DatasetBuilder.build(project, spec);
        Instances instances = instances(data, name);
        ArffSaver saver = new ArffSaver();
        saver.setInstances(instances);
        WholeFiles.write(file, temp -> {
            saver.setFile(temp.toFile());
            saver.writeBatch();
        });
        return new Written(data.rows(), data.labels().size(), data.featureNames().size(), !data.singleLabel());
    }

    /** The rows as Weka instances with the labels' and features' own names. */
    static Instances instances(Dataset data, String name) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        int labels = data.labels().size();
        if (!data.singleLabel()) {
            for (String label : data.labels()) {
                attributes.add(new Attribute(label, List.of("0", "1")));
            }
        }
        data.featureNames().forEach(f -> attributes.add(new Attribute(f)));
        if (data.singleLabel()) {
            attributes.add(new Attribute("playlist_genre", data.labels()));
        }
        // MEKA reads the number of labels from the relation name: "name: -C 12", the labels being the first 12.
        String relation = data.singleLabel() ? name : name + ": -C " + labels;
        Instances out = new Instances(relation, attributes, data.rows());
        out.setClassIndex(data.singleLabel() ? attributes.size() - 1 : labels);
        int offset = data.singleLabel() ? 0 : labels;
        for (int r = 0; r < data.rows(); r++) {
            double[] values = new double[attributes.size()];
            double[] x = data.features()[r];
            for (int f = 0; f < x.length; f++) {
                values[offset + f] = Double.isNaN(x[f]) ? Utils.missingValue() : x[f];
            }
            if (data.singleLabel()) {
                values[values.length - 1] = data.classOf(r);
            } else {
                for (int l = 0; l < labels; l++) {
                    values[l] = data.targets()[r][l] ? 1 : 0;
                }
            }
            out.add(new DenseInstance(1.0, values));
        }
        return out;
    }
}
