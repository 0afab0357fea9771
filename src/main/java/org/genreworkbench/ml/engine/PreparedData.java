package org.genreworkbench.ml.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.ml.Dataset;
import org.genreworkbench.model.spec.DatasetSpec;

/**
 * The rows every cell of an experiment trains on, and the fold of each row: built once on the machine that
 * holds the workspace and shared by every cell (a cluster gets it once per executor, as a broadcast). Track
 * ids stay behind: no cell needs them.
 */
public final class PreparedData implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String datasetSpecJson;
    private final ArrayList<String> featureNames;
    private final double[][] features;
    private final ArrayList<String> labels;
    private final boolean[][] targets;
    private final boolean singleLabel;
    private final int[] fold;
    private transient Dataset dataset;

    private PreparedData(Dataset data, int[] fold) throws JsonProcessingException {
        this.datasetSpecJson = MAPPER.writeValueAsString(data.spec());
        this.featureNames = new ArrayList<>(data.featureNames());
        this.features = data.features();
        this.labels = new ArrayList<>(data.labels());
        this.targets = data.targets();
        this.singleLabel = data.singleLabel();
        this.fold = fold.clone();
        this.dataset = data;
    }

    public static PreparedData of(Dataset data, int[] fold) {
        try {
            return new PreparedData(data, fold);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the data set's spec cannot be written as JSON", e);
        }
    }

    /** The rows as a data set (without track ids), rebuilt once where the data arrived. */
    public synchronized Dataset dataset() {
        if (dataset == null) {
            try {
                DatasetSpec spec = MAPPER.readValue(datasetSpecJson, DatasetSpec.class);
                dataset = new Dataset(List.of(), featureNames, features, labels, targets, singleLabel, spec);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the data set's spec did not survive the trip", e);
            }
        }
        return dataset;
    }

    /** The fold of each row; for a hold-out, 0 marks the test rows. */
    public int[] fold() {
        return fold;
    }

    public int rows() {
        return features.length;
    }
}
