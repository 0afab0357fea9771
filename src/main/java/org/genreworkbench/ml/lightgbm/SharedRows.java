package org.genreworkbench.ml.lightgbm;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Feature rows that several LightGBM trainings share, each with its own class: binary relevance trains one
 * booster per label on the same rows. LightGBM bins the rows into a data set once and a training borrows it,
 * sets its labels and gives it back for the next; only trainings running at the same time need a data set
 * each. Binning depends on the values and the parameters, never the labels, so a borrowed data set trains
 * the same model as one binned afresh. Closing frees the native data sets.
 */
public final class SharedRows implements AutoCloseable {
    private final double[] x;
    private final int rows;
    private final int columns;
    private final List<Binned> idle = new ArrayList<>();
    private final List<Binned> made = new ArrayList<>();
    private boolean closed;

    /** @param features one array of feature values per row, all the same length (NaN: missing) */
    public SharedRows(double[][] features) {
        this(flatten(features), features.length, features.length == 0 ? 0 : features[0].length);
    }

    SharedRows(double[] x, int rows, int columns) {
        if ((long) rows * columns != x.length) {
            throw new IllegalArgumentException(rows + " rows of " + columns + " values need " + (long) rows * columns
                    + ", not " + x.length);
        }
        this.x = x;
        this.rows = rows;
        this.columns = columns;
    }

    private static double[] flatten(double[][] features) {
        int columns = features.length == 0 ? 0 : features[0].length;
        double[] x = new double[features.length * columns];
        for (int r = 0; r < features.length; r++) {
            if (features[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + features[r].length + " values, row 0 has "
                        + columns);
            }
            System.arraycopy(features[r], 0, x, r * columns, columns);
        }
        return x;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Data sets made so far: one per training that ran while all the others were lent. */
    synchronized int binnedCount() {
        return made.size();
    }

    /**
     * The rows binned for {@code params} in {@code order}, the first {@code validation} of them held out as a
     * validation set, labelled with {@code label} (indexed like the rows); closing the loan gives them back.
     */
    Loan lend(int[] order, int validation, String params, float[] label) {
        if (label.length != rows) {
            throw new IllegalArgumentException(label.length + " labels for " + rows + " rows");
        }
        Binned binned = idle(order, validation, params);
        if (binned == null) {
            binned = bin(order, validation, params);
        }
        binned.label(label);
        return new Loan(this, binned);
    }

    private synchronized Binned idle(int[] order, int validation, String params) {
        if (closed) {
            throw new IllegalStateException("the shared rows have been freed");
        }
        for (int i = 0; i < idle.size(); i++) {
            Binned b = idle.get(i);
            if (b.params.equals(params) && b.validation == validation && Arrays.equals(b.order, order)) {
                return idle.remove(i);
            }
        }
        return null;
    }

    /** Bins outside the lock, so that trainings starting together bin their copies side by side. */
    private Binned bin(int[] order, int validation, String params) {
        NativeTraining owner = new NativeTraining();
        try {
            SWIGTYPE_p_p_void fit = owner.dataset(rowsOf(order, validation, rows), rows - validation, columns, params, null);
            SWIGTYPE_p_p_void valid = validation == 0 ? null
                    : owner.dataset(rowsOf(order, 0, validation), validation, columns, params, fit);
            Binned binned = new Binned(owner, fit, valid, order.clone(), validation, params);
            synchronized (this) {
                made.add(binned);
            }
            return binned;
        } catch (RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    /** The values of rows order[from], …, order[to − 1], one after another. */
    private double[] rowsOf(int[] order, int from, int to) {
        if (from == 0 && to == rows && isIdentity(order)) {
            return x;
        }
        double[] out = new double[(to - from) * columns];
        for (int i = from; i < to; i++) {
            System.arraycopy(x, order[i] * columns, out, (i - from) * columns, columns);
        }
        return out;
    }

    private static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }

    private synchronized void giveBack(Binned binned) {
        if (closed) {
            binned.owner.close();
        } else {
            idle.add(binned);
        }
    }

    /** Frees every data set; one still lent is freed when it comes back. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            for (Binned b : idle) {
                b.owner.close();
            }
            idle.clear();
        }
    }

    /** Binned rows lent to one training: its booster must be freed before the loan is closed. */
    static final class Loan implements AutoCloseable {
        private final SharedRows lender;
        private final Binned binned;
        private boolean returned;

        private Loan(SharedRows lender, Binned binned) {
            this.lender = lender;
            this.binned = binned;
        }

        SWIGTYPE_p_p_void fit() {
            return binned.fit;
        }

        /** The held-out rows, or null when none are held out. */
        SWIGTYPE_p_p_void validation() {
            return binned.valid;
        }

        @Override
        public void close() {
            if (!returned) {
                returned = true;
                lender.giveBack(binned);
            }
        }
    }

    /** The training and validation data sets of one row order and parameter string. */
    private static final class Binned {
        final NativeTraining owner;
        final SWIGTYPE_p_p_void fit;
        final SWIGTYPE_p_p_void valid;
        final int[] order;
        final int validation;
        final String params;

        Binned(NativeTraining owner, SWIGTYPE_p_p_void fit, SWIGTYPE_p_p_void valid, int[] order, int validation,
               String params) {
            this.owner = owner;
            this.fit = fit;
            this.valid = valid;
            this.order = order;
            this.validation = validation;
            this.params = params;
        }

        void label(float[] label) {
            float[] fitLabels = new float[order.length - validation];
            for (int i = 0; i < fitLabels.length; i++) {
                fitLabels[i] = label[order[validation + i]];
            }
            NativeTraining.setLabel(fit, fitLabels);
            if (valid != null) {
                float[] validLabels = new float[validation];
                for (int i = 0; i < validation; i++) {
                    validLabels[i] = label[order[i]];
                }
                NativeTraining.setLabel(valid, validLabels);
            }
        }
    }
}
