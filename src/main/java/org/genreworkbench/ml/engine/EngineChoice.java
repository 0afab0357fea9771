package org.genreworkbench.ml.engine;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where experiments run, as the user chose it: this computer, or Apache Spark at a master URL. Kept in the
 * settings ({@code experiment.engine}: local or spark; {@code spark.master}), given on the command line as
 * {@code --engine spark --master URL}.
 *
 * @param master the Spark master URL; null for this computer, or for Spark to take the master spark-submit
 *               gave (else {@value #DEFAULT_MASTER})
 */
public record EngineChoice(Kind kind, String master) {
    /** Spark inside this app on every core: no cluster needed. */
    public static final String DEFAULT_MASTER = "local[*]";
    public static final EngineChoice THIS_COMPUTER = new EngineChoice(Kind.THIS_COMPUTER, null);
    public static final String ENGINE_SETTING = "experiment.engine";
    public static final String MASTER_SETTING = "spark.master";
    private static final Pattern MASTER_URL = Pattern.compile(
            "local(\\[(\\*|[1-9]\\d*)(,\\d+)?])?|local-cluster\\[\\d+,\\d+,\\d+]|spark://\\S+:\\d+(,\\S+:\\d+)*|yarn|k8s://\\S+");
    private static final String SPARK_ENGINE_CLASS = "org.genreworkbench.ml.engine.spark.SparkEngine";

    /** The engines there are. */
    public enum Kind {
        THIS_COMPUTER("local", "this computer"),
        SPARK("spark", "Apache Spark");

        private final String key;
        private final String label;

        Kind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** As written in the settings and on the command line. */
        public String key() {
            return key;
        }

        @Override
        public String toString() {
            return label;
        }

        /** "local" or "spark" (any case); anything else is refused with the choices. */
        public static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key.equalsIgnoreCase(key.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown engine '" + key + "'; use local or spark");
        }
    }

    public EngineChoice {
        if (kind == null) {
            throw new IllegalArgumentException("no engine given");
        }
        master = master == null || master.isBlank() || kind == Kind.THIS_COMPUTER ? null : master.strip();
        if (master != null && !MASTER_URL.matcher(master).matches()) {
            throw new IllegalArgumentException("Spark master '" + master + "' is not a master URL: use local[*], "
                    + "local[N], spark://host:port, yarn or k8s://https://host:port");
        }
    }

    public static EngineChoice spark(String master) {
        return new EngineChoice(Kind.SPARK, master);
    }

    /** The choice kept in the settings; this computer when none is kept or the kept one is not understood. */
    public static EngineChoice fromSettings(UnaryOperator<String> settings) {
        String engine = settings.apply(ENGINE_SETTING);
        try {
            return engine == null ? THIS_COMPUTER : new EngineChoice(Kind.of(engine), settings.apply(MASTER_SETTING));
        } catch (IllegalArgumentException e) {
            System.getLogger(EngineChoice.class.getName()).log(System.Logger.Level.WARNING,
                    "settings: " + e.getMessage() + "; experiments run on this computer");
            return THIS_COMPUTER;
        }
    }

    /** Keeps the choice in the settings (the master URL only for Spark, so a typed one is not lost). */
    public void store(BiConsumer<String, String> settings) {
        settings.accept(ENGINE_SETTING, kind.key());
        if (kind == Kind.SPARK) {
            settings.accept(MASTER_SETTING, master);
        }
    }

    /** "this computer", "Apache Spark at local[*]". */
    public String describe() {
        return kind == Kind.THIS_COMPUTER ? kind.toString()
                : kind + " at " + (master == null ? DEFAULT_MASTER : master);
    }

    /**
     * The engine. Spark's is loaded only now, by name, so the app runs without Spark on its class path until
     * Spark is chosen; without it the reason and the command that brings it are given.
     */
    public ExperimentEngine open() {
        if (kind == Kind.THIS_COMPUTER) {
            return new LocalEngine(LocalEngine.defaultThreads(), Runtime.getRuntime().availableProcessors());
        }
        try {
            Class.forName("org.apache.spark.SparkContext", false, EngineChoice.class.getClassLoader());
            return (ExperimentEngine) Class.forName(SPARK_ENGINE_CLASS).getConstructor(String.class).newInstance(master);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Apache Spark is not on this app's class path: start the window with "
                    + "./mvnw -Pspark javafx:run, the command line with ./mvnw -Pspark exec:java (see the README, "
                    + "Experiments on Apache Spark)", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Spark engine could not be made: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return describe().toLowerCase(Locale.ROOT);
    }
}
