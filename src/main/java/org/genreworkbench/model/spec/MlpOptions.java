package org.genreworkbench.model.spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of an MLP, written as options in the style of the other models' ({@code -layers 128,64
 * -dropout 0.2}). Parsing refuses a bad value with a message naming the option.
 *
 * @param layers             widths of the hidden layers, input side first
 * @param dropout            share of each hidden layer's units dropped while training, in [0, 1)
 * @param batchNorm          batch normalisation after each hidden layer
 * @param learningRate       Adam's starting learning rate
 * @param weightDecay        L2 penalty on the weights, added to Adam's gradients
 * @param batchSize          rows per mini-batch
 * @param maxEpochs          the epoch limit
 * @param patience           epochs without a better validation loss before training stops
 * @param validationFraction share of the training fold held out for early stopping, in (0, 0.5]
 * @param schedule           how the learning rate changes
 * @param classWeights       weigh rare labels (classes) up, in proportion to how rare they are
 * @param seed               added to the experiment's seed for this model and fold: another initialisation
 */
public record MlpOptions(List<Integer> layers, double dropout, boolean batchNorm, double learningRate,
                         double weightDecay, int batchSize, int maxEpochs, int patience, double validationFraction,
                         LrSchedule schedule, boolean classWeights, long seed) {

    public static final MlpOptions DEFAULTS = new MlpOptions(List.of(128, 64), 0.1, true, 0.01, 1e-4, 512, 200, 8,
            0.15, LrSchedule.PLATEAU, false, 0);

    /**
     * The options, typed and ranged: the property sheet edits them in typed rows and {@link #parse} checks every
     * value against them, so the window, spec files and the command line refuse the same values the same way.
     */
    public static final List<LearnerOption> SCHEMA = List.of(
            LearnerOption.widths("layers", "Hidden layers", 1, 1 << 16, "Widths of the hidden layers (ReLU), input side first"),
            LearnerOption.number("dropout", "Dropout", 0, false, 1, true, "Share of each hidden layer's units dropped while training"),
            LearnerOption.onOffValue("batch-norm", "Batch norm", "Batch normalisation after each hidden layer"),
            LearnerOption.number("lr", "Learning rate", 0, true, 10, "Adam's starting learning rate"),
            LearnerOption.number("weight-decay", "Weight decay", 0, false, 1, "L2 penalty on the weights"),
            LearnerOption.whole("batch", "Batch size", 1, 1 << 16, "Rows per mini-batch"),
            LearnerOption.whole("epochs", "Epochs", 1, 100_000, "The epoch limit"),
            LearnerOption.whole("patience", "Patience", 1, 100_000, "Epochs without a lower validation loss before training stops"),
            LearnerOption.number("validation", "Held-out share", 0, true, 0.5, "Share of the training fold held out for early stopping"),
            LearnerOption.choice("schedule", "LR schedule", Arrays.stream(LrSchedule.values()).map(LrSchedule::optionName).toList(),
                    "How the learning rate changes: halved on a plateau, down a cosine, or constant"),
            LearnerOption.onOffValue("class-weights", "Class weights", "Weigh rare labels up (capped at 50)"),
            LearnerOption.whole("seed", "Seed", 0, Integer.MAX_VALUE,
                    "Added to the experiment's seed: another initialisation, validation share and batch order"));

    /** How each option's checked value is read into a copy of the settings. */
    private static final Map<String, Reader> READERS = new LinkedHashMap<>();

    private interface Reader {
        MlpOptions read(MlpOptions o, String value);
    }

    static {
        READERS.put("layers", (o, v) -> o.with(b -> b.layers = Arrays.stream(v.split(",")).map(w -> Integer.parseInt(w.strip())).toList()));
        READERS.put("dropout", (o, v) -> o.with(b -> b.dropout = Double.parseDouble(v)));
        READERS.put("batch-norm", (o, v) -> o.with(b -> b.batchNorm = LearnerOption.isOn(v)));
        READERS.put("lr", (o, v) -> o.with(b -> b.learningRate = Double.parseDouble(v)));
        READERS.put("weight-decay", (o, v) -> o.with(b -> b.weightDecay = Double.parseDouble(v)));
        READERS.put("batch", (o, v) -> o.with(b -> b.batchSize = Integer.parseInt(v)));
        READERS.put("epochs", (o, v) -> o.with(b -> b.maxEpochs = Integer.parseInt(v)));
        READERS.put("patience", (o, v) -> o.with(b -> b.patience = Integer.parseInt(v)));
        READERS.put("validation", (o, v) -> o.with(b -> b.validationFraction = Double.parseDouble(v)));
        READERS.put("schedule", (o, v) -> o.with(b -> b.schedule = LrSchedule.parse(v)));
        READERS.put("class-weights", (o, v) -> o.with(b -> b.classWeights = LearnerOption.isOn(v)));
        READERS.put("seed", (o, v) -> o.with(b -> b.seed = Long.parseLong(v)));
    }

    public MlpOptions {
        layers = List.copyOf(layers);
    }

    /** The option names, for help texts. */
    public static List<String> names() {
        return READERS.keySet().stream().map(n -> "-" + n).toList();
    }

    /** Reads options such as {@code -layers 128,64 -dropout 0.2}; what is not given keeps its default. */
    public static MlpOptions parse(String text) {
        MlpOptions options = DEFAULTS;
        String[] tokens = text == null || text.isBlank() ? new String[0] : text.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i += 2) {
            String name = tokens[i].startsWith("-") ? tokens[i].substring(1).toLowerCase(Locale.ROOT) : null;
            Reader reader = name == null ? null : READERS.get(name);
            if (reader == null) {
                throw new IllegalArgumentException("MLP option '" + tokens[i] + "' is unknown; known: " + names());
            }
            if (i + 1 >= tokens.length) {
                throw new IllegalArgumentException("MLP option -" + name + " needs a value");
            }
            String value = tokens[i + 1];
            SCHEMA.stream().filter(o -> o.flag().equals(name)).findFirst().orElseThrow().check("MLP", value);
            options = reader.read(options, value.strip());
        }
        return options;
    }

    /** Back to option text, every option written out. */
    public String toOptions() {
        StringBuilder s = new StringBuilder();
        s.append("-layers ").append(String.join(",", layers.stream().map(String::valueOf).toList()));
        s.append(" -dropout ").append(dropout).append(" -batch-norm ").append(batchNorm ? "on" : "off");
        s.append(" -lr ").append(learningRate).append(" -weight-decay ").append(weightDecay);
        s.append(" -batch ").append(batchSize).append(" -epochs ").append(maxEpochs).append(" -patience ").append(patience);
        s.append(" -validation ").append(validationFraction).append(" -schedule ").append(schedule.optionName());
        s.append(" -class-weights ").append(classWeights ? "on" : "off").append(" -seed ").append(seed);
        return s.toString();
    }

    private MlpOptions with(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** Mutable copy for the option readers. */
    private static final class Builder {
        List<Integer> layers;
        double dropout;
        boolean batchNorm;
        double learningRate;
        double weightDecay;
        int batchSize;
        int maxEpochs;
        int patience;
        double validationFraction;
        LrSchedule schedule;
        boolean classWeights;
        long seed;

        Builder(MlpOptions o) {
            layers = o.layers;
            dropout = o.dropout;
            batchNorm = o.batchNorm;
            learningRate = o.learningRate;
            weightDecay = o.weightDecay;
            batchSize = o.batchSize;
            maxEpochs = o.maxEpochs;
            patience = o.patience;
            validationFraction = o.validationFraction;
            schedule = o.schedule;
            classWeights = o.classWeights;
            seed = o.seed;
        }

        MlpOptions build() {
            return new MlpOptions(layers, dropout, batchNorm, learningRate, weightDecay, batchSize, maxEpochs, patience,
                    validationFraction, schedule, classWeights, seed);
        }
    }
}
