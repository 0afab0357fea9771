package org.genreworkbench.ml.mlp;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genreworkbench.model.LossCurve;

/**
 * A trained network with its architecture: scores new rows, and exports as DJL's parameter file
 * ({@code NAME-0000.params}) with the architecture beside it ({@code NAME.json}), from which {@link #load}
 * rebuilds it. Holds native memory: close it.
 */
public final class TrainedMlp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Model model;
    private final MlpArchitecture architecture;
    private final LossCurve lossCurve;
    private final HeldOut heldOut;

    TrainedMlp(Model model, MlpArchitecture architecture, LossCurve lossCurve, HeldOut heldOut) {
        this.model = model;
        this.architecture = architecture;
        this.lossCurve = lossCurve;
        this.heldOut = heldOut;
    }

    /**
     * The validation rows early stopping watched, scored by the kept weights, with their truth: rows the network
     * did not learn from, on which a threshold can be chosen without touching the test rows.
     */
    public record HeldOut(double[][] scores, boolean[][] truth) {
    }

    public MlpArchitecture architecture() {
        return architecture;
    }

    /** The training history; null for a network loaded from files. */
    public LossCurve lossCurve() {
        return lossCurve;
    }

    /** The validation rows' scores and truth; null for a network loaded from files. */
    public HeldOut heldOut() {
        return heldOut;
    }

    /** Per row, the probability of each label (multi-label) or of each class (single-label, summing to 1). */
    public double[][] scores(double[][] rows) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray out = forward(manager, rows, false);
            NDArray p = architecture.multiLabel() ? ai.djl.nn.Activation.sigmoid(out) : out.softmax(1);
            float[] flat = p.toFloatArray();
            int labels = architecture.labels().size();
            double[][] scores = new double[rows.length][labels];
            for (int r = 0; r < rows.length; r++) {
                for (int l = 0; l < labels; l++) {
                    scores[r][l] = flat[r * labels + l];
                }
            }
            return scores;
        }
    }

    /** The raw outputs for standardised copies of the rows. */
    NDArray forward(NDManager manager, double[][] rows, boolean training) {
        NDArray x = manager.create(standardised(rows), new Shape(rows.length, architecture.features().size()));
        return model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), training).singletonOrThrow();
    }

    /** The rows as the network sees them, flattened row by row. */
    float[] standardised(double[][] rows) {
        int d = architecture.features().size();
        float[] flat = new float[rows.length * d];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != d) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values; the network takes " + d);
            }
            for (int f = 0; f < d; f++) {
                double v = rows[r][f];
                flat[r * d + f] = (float) (Double.isNaN(v) ? 0 : (v - architecture.mean()[f]) / architecture.sd()[f]);
            }
        }
        return flat;
    }

    /** Writes {@code dir/NAME-0000.params} (DJL's format) and {@code dir/NAME.json} (the architecture). */
    public void save(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        model.save(dir, name);
        JSON.writeValue(dir.resolve(name + ".json").toFile(), architecture);
    }

    /** Rebuilds a network saved by {@link #save}. */
    public static TrainedMlp load(Path dir, String name) throws IOException {
        Path json = dir.resolve(name + ".json");
        MlpArchitecture architecture;
        try {
            architecture = JSON.readValue(json.toFile(), MlpArchitecture.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(json + ": not an MLP architecture (" + e.getMessage() + ")", e);
        }
        if (architecture.formatVersion() > MlpArchitecture.FORMAT_VERSION) {
            throw new IOException(json + ": format version " + architecture.formatVersion() + " is newer than this program reads ("
                    + MlpArchitecture.FORMAT_VERSION + ")");
        }
        Model model = Model.newInstance(name, MlpEngine.engine().defaultDevice(), MlpEngine.engine().getEngineName());
        try {
            model.setBlock(architecture.block(0));
            model.load(dir, name);
        } catch (MalformedModelException | IOException | RuntimeException e) {
            model.close();
            throw new IOException(dir.resolve(name + "-0000.params") + ": " + e.getMessage(), e);
        }
        return new TrainedMlp(model, architecture, null, null);
    }

    /** The bytes its parameters take (32-bit floats): about what it holds in memory. */
    public long parameterBytes() {
        long values = 0;
        for (var parameter : model.getBlock().getParameters()) {
            if (parameter.getValue().isInitialized()) {
                values += parameter.getValue().getArray().size();
            }
        }
        return values * Float.BYTES;
    }

    @Override
    public void close() {
        model.close();
    }
}
