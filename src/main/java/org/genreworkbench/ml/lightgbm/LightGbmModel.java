package org.genreworkbench.ml.lightgbm;

import java.io.Serial;
import java.io.Serializable;
import java.lang.ref.Cleaner;

/**
 * A trained booster as LightGBM's own model string, which is all that Java serialisation writes. The native
 * booster is made from the string on first prediction (so a model read back predicts exactly as the one
 * trained) and freed by {@link #close()} or, at the latest, when this object becomes unreachable.
 */
final class LightGbmModel implements Serializable, AutoCloseable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Cleaner CLEANER = Cleaner.create();

    private final String modelString;
    private final int outputs;
    private transient volatile Handle handle;

    /** @param outputs 1 for a binary booster (the positive class's probability), else the number of classes */
    LightGbmModel(String modelString, int outputs) {
        this.modelString = modelString;
        this.outputs = outputs;
    }

    String modelString() {
        return modelString;
    }

    /** Class probabilities for one row (NaN for a missing value): [1 − p, p] for a binary booster. */
    double[] predict(double[] row) {
        double[] p = booster().predictRow(row);
        return outputs == 1 ? new double[] {1 - p[0], p[0]} : p;
    }

    /** Class probabilities for rows × columns values in row-major order, as {@link #predict} gives one row's. */
    double[][] predict(double[] rows, int rowCount, int columns) {
        double[] p = booster().predict(rows, rowCount, columns);
        double[][] out = new double[rowCount][];
        for (int r = 0; r < rowCount; r++) {
            out[r] = outputs == 1 ? new double[] {1 - p[r], p[r]} : java.util.Arrays.copyOfRange(p, r * outputs, (r + 1) * outputs);
        }
        return out;
    }

    private NativeBooster booster() {
        Handle h = handle;
        if (h == null) {
            synchronized (this) {
                h = handle;
                if (h == null) {
                    LightGbmNative.require();
                    h = new Handle(this, new NativeBooster(modelString, outputs));
                    handle = h;
                }
            }
        }
        return h.state.booster;
    }

    /** Frees the native booster now; a later prediction makes it again from the model string. */
    @Override
    public synchronized void close() {
        Handle h = handle;
        handle = null;
        if (h != null) {
            h.cleanable.clean();
        }
    }

    /** The booster and its clean-up, registered so that the native memory is freed even without close(). */
    private static final class Handle {
        final State state;
        final Cleaner.Cleanable cleanable;

        Handle(LightGbmModel owner, NativeBooster booster) {
            this.state = new State(booster);
            this.cleanable = CLEANER.register(owner, state);
        }
    }

    /** Holds no reference to the model, or the cleaner would never see it unreachable. */
    private static final class State implements Runnable {
        final NativeBooster booster;

        State(NativeBooster booster) {
            this.booster = booster;
        }

        @Override
        public void run() {
            booster.close();
        }
    }
}
