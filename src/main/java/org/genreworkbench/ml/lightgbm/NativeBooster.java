package org.genreworkbench.ml.lightgbm;

import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterFree;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterLoadModelFromString;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterPredictForMat;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterPredictForMatSingleRowFastCriticalSWIG;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterPredictForMatSingleRowFastInit;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_FastConfigFree;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_GetLastError;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_doubleArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_int64_tp;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_intp;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_voidpp;
import static com.microsoft.ml.lightgbm.lightgbmlib.doubleArray_getitem;
import static com.microsoft.ml.lightgbm.lightgbmlib.doubleArray_setitem;
import static com.microsoft.ml.lightgbm.lightgbmlib.double_to_voidp_ptr;
import static com.microsoft.ml.lightgbm.lightgbmlib.int64_tp_value;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_doubleArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_int64_tp;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_intp;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_voidpp;
import static com.microsoft.ml.lightgbm.lightgbmlib.voidpp_value;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;

/**
 * A booster loaded from a model string, for predictions only, on LightGBM's C API. lightgbm4j's own
 * predictForMat sizes its output for two values a row and overruns it for more than two classes (a heap
 * corruption that aborts the JVM), so the output buffer is sized here: rows × outputs. One row at a time (how
 * Weka asks) goes through LightGBM's fast single-row path: its configuration is parsed once, the row is read
 * from the Java array in place and the output buffer is reused, instead of a parameter string parsed and
 * native arrays made for every row.
 */
final class NativeBooster implements AutoCloseable {
    private static final int FLOAT64 = 1;
    private static final int PREDICT_NORMAL = 0;
    private static final int ROW_MAJOR = 1;

    private final SWIGTYPE_p_p_void handle;
    private final int outputs;
    private boolean closed;
    /** The single-row path, made on the first row: its configuration, columns, output buffer and length. */
    private SWIGTYPE_p_p_void fastConfig;
    private int fastColumns;
    private SWIGTYPE_p_double rowOut;
    private SWIGTYPE_p_long_long rowWritten;

    /** @param outputs values per row: 1 for a binary booster, else the number of classes */
    NativeBooster(String modelString, int outputs) {
        this.outputs = outputs;
        handle = new_voidpp();
        SWIGTYPE_p_int iterations = new_intp();
        try {
            check(LGBM_BoosterLoadModelFromString(modelString, iterations, handle));
        } catch (RuntimeException e) {
            delete_voidpp(handle);
            throw e;
        } finally {
            delete_intp(iterations);
        }
    }

    /** The prediction for one row (NaN: missing): {@code outputs} values. */
    synchronized double[] predictRow(double[] row) {
        if (closed) {
            throw new IllegalStateException("the booster has been freed");
        }
        if (fastConfig == null || fastColumns != row.length) {
            freeFastPath();
            SWIGTYPE_p_p_void config = new_voidpp();
            try {
                check(LGBM_BoosterPredictForMatSingleRowFastInit(voidpp_value(handle), PREDICT_NORMAL, 0, -1, FLOAT64,
                        row.length, "num_threads=1", config));
            } catch (RuntimeException e) {
                delete_voidpp(config);
                throw e;
            }
            fastConfig = config;
            fastColumns = row.length;
            rowOut = new_doubleArray(outputs);
            rowWritten = new_int64_tp();
        }
        check(LGBM_BoosterPredictForMatSingleRowFastCriticalSWIG(row, voidpp_value(fastConfig), rowWritten, rowOut));
        if (int64_tp_value(rowWritten) != outputs) {
            throw new IllegalStateException("LightGBM wrote " + int64_tp_value(rowWritten) + " predictions, expected "
                    + outputs);
        }
        double[] result = new double[outputs];
        for (int i = 0; i < outputs; i++) {
            result[i] = doubleArray_getitem(rowOut, i);
        }
        return result;
    }

    private void freeFastPath() {
        if (fastConfig != null) {
            LGBM_FastConfigFree(voidpp_value(fastConfig));
            delete_voidpp(fastConfig);
            delete_doubleArray(rowOut);
            delete_int64_tp(rowWritten);
            fastConfig = null;
        }
    }

    /** Predictions of rows × columns values in row-major order (NaN: missing): rows × outputs values. */
    synchronized double[] predict(double[] rows, int rowCount, int columns) {
        if (closed) {
            throw new IllegalStateException("the booster has been freed");
        }
        SWIGTYPE_p_double in = new_doubleArray(rows.length);
        SWIGTYPE_p_double out = new_doubleArray((long) rowCount * outputs);
        SWIGTYPE_p_long_long written = new_int64_tp();
        try {
            for (int i = 0; i < rows.length; i++) {
                doubleArray_setitem(in, i, rows[i]);
            }
            check(LGBM_BoosterPredictForMat(voidpp_value(handle), double_to_voidp_ptr(in), FLOAT64, rowCount, columns,
                    ROW_MAJOR, PREDICT_NORMAL, 0, -1, "num_threads=1", written, out));
            long n = int64_tp_value(written);
            if (n != (long) rowCount * outputs) {
                throw new IllegalStateException("LightGBM wrote " + n + " predictions, expected " + (long) rowCount * outputs);
            }
            double[] result = new double[(int) n];
            for (int i = 0; i < n; i++) {
                result[i] = doubleArray_getitem(out, i);
            }
            return result;
        } finally {
            delete_doubleArray(in);
            delete_doubleArray(out);
            delete_int64_tp(written);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            freeFastPath();
            LGBM_BoosterFree(voidpp_value(handle));
            delete_voidpp(handle);
        }
    }

    private static void check(int status) {
        if (status != 0) {
            throw new IllegalStateException("LightGBM: " + LGBM_GetLastError());
        }
    }
}
