package org.genreworkbench.ml.mlp;

import java.util.ArrayList;
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

    /** The options, each with how to read it into a copy of the settings. */
    private static final Map<String, Reader> READERS = new LinkedHashMap<>();

    private interface Reader {
        MlpOptions read(MlpOptions o, String value);
    }

    static {
        READERS.put("layers", (o, v) -> o.with(b -> b.layers = layers(v)));
        READERS.put("dropout", (o, v) -> o.with(b -> b.dropout = number(v, 0, true, 1, false, "a share in [0, 1)")));
        READERS.put("batch-norm", (o, v) -> o.with(b -> b.batchNorm = onOff(v)));
        READERS.put("lr", (o, v) -> o.with(b -> b.learningRate = number(v, 0, false, 10, true, "a rate above 0")));
        READERS.put("weight-decay", (o, v) -> o.with(b -> b.weightDecay = number(v, 0, true, 1, true, "a number in [0, 1]")));
        READERS.put("batch", (o, v) -> o.with(b -> b.batchSize = whole(v, 1, 1 << 16)));
        READERS.put("epochs", (o, v) -> o.with(b -> b.maxEpochs = whole(v, 1, 100_000)));
        READERS.put("patience", (o, v) -> o.with(b -> b.patience = whole(v, 1, 100_000)));
        READERS.put("validation", (o, v) -> o.with(b -> b.validationFraction = number(v, 0, false, 0.5, true,
                "a share in (0, 0.5]")));
        READERS.put("schedule", (o, v) -> o.with(b -> b.schedule = LrSchedule.parse(v)));
        READERS.put("class-weights", (o, v) -> o.with(b -> b.classWeights = onOff(v)));
        READERS.put("seed", (o, v) -> o.with(b -> b.seed = whole(v, 0, Integer.MAX_VALUE)));
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
            try {
                options = reader.read(options, tokens[i + 1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("MLP option -" + name + ": " + e.getMessage(), e);
            }
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

    private static List<Integer> layers(String v) {
        List<Integer> widths = new ArrayList<>();
        for (String part : v.split(",", -1)) {
            try {
                widths.add(whole(part.trim(), 1, 1 << 16));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + v + "' is not a list of layer widths such as 128,64");
            }
        }
        return widths;
    }

    private static boolean onOff(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException("'" + v + "' is neither on nor off");
        };
    }

    private static int whole(String v, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(n + " is outside " + min + ".." + max);
        }
        return n;
    }

    private static double number(String v, double min, boolean minIncluded, double max, boolean maxIncluded,
                                 String what) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a number");
        }
        boolean ok = (minIncluded ? d >= min : d > min) && (maxIncluded ? d <= max : d < max);
        if (!ok) {
            throw new IllegalArgumentException(v + " is not " + what);
        }
        return d;
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
