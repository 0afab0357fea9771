package org.genreworkbench.ml.lightgbm;

import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterAddValidData;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterCreate;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterFree;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterGetEval;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterSaveModelToStringSWIG;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterUpdateOneIter;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_DatasetCreateFromMat;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_DatasetFree;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_DatasetSetField;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_GetLastError;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_doubleArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_floatArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_int64_tp;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_intp;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_voidpp;
import static com.microsoft.ml.lightgbm.lightgbmlib.doubleArray_getitem;
import static com.microsoft.ml.lightgbm.lightgbmlib.doubleArray_setitem;
import static com.microsoft.ml.lightgbm.lightgbmlib.double_to_voidp_ptr;
import static com.microsoft.ml.lightgbm.lightgbmlib.floatArray_setitem;
import static com.microsoft.ml.lightgbm.lightgbmlib.float_to_voidp_ptr;
import static com.microsoft.ml.lightgbm.lightgbmlib.int64_tp_value;
import static com.microsoft.ml.lightgbm.lightgbmlib.intp_value;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_doubleArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_floatArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_int64_tp;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_intp;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_voidpp;
import static com.microsoft.ml.lightgbm.lightgbmlib.voidpp_value;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_float;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import java.util.ArrayList;
import java.util.List;

/**
 * One training run on LightGBM's C API: data sets and a booster, all freed by {@link #close()}. The C API is
 * used directly rather than lightgbm4j's wrappers because their classes load the native library their own
 * way when first touched (see {@link BundledLibrary}).
 */
final class NativeTraining implements AutoCloseable {
    private static final int FLOAT64 = 1;
    private static final int FLOAT32 = 0;
    private static final int ROW_MAJOR = 1;
    private static final long MODEL_BUFFER = 16L << 20;

    private final List<SWIGTYPE_p_p_void> datasets = new ArrayList<>();
    private SWIGTYPE_p_p_void booster;

    /**
     * A data set of rows × columns values (row-major, NaN missing), binned like the reference (or from its own
     * values without one); its labels are set apart, by {@link #setLabel}.
     */
    SWIGTYPE_p_p_void dataset(double[] x, int rows, int columns, String params, SWIGTYPE_p_p_void reference) {
        SWIGTYPE_p_p_void handle = new_voidpp();
        SWIGTYPE_p_double data = new_doubleArray(x.length);
        try {
            for (int i = 0; i < x.length; i++) {
                doubleArray_setitem(data, i, x[i]);
            }
            check(LGBM_DatasetCreateFromMat(double_to_voidp_ptr(data), FLOAT64, rows, columns, ROW_MAJOR, params,
                    reference == null ? null : voidpp_value(reference), handle));
            datasets.add(handle);
            return handle;
        } finally {
            delete_doubleArray(data);
        }
    }

    /** Gives a data set's rows these labels, replacing any it had; the binned values stay as they are. */
    static void setLabel(SWIGTYPE_p_p_void dataset, float[] label) {
        SWIGTYPE_p_float labels = new_floatArray(label.length);
        try {
            for (int i = 0; i < label.length; i++) {
                floatArray_setitem(labels, i, label[i]);
            }
            check(LGBM_DatasetSetField(voidpp_value(dataset), "label", float_to_voidp_ptr(labels), label.length, FLOAT32));
        } finally {
            delete_floatArray(labels);
        }
    }

    void createBooster(SWIGTYPE_p_p_void train, String params) {
        SWIGTYPE_p_p_void handle = new_voidpp();
        try {
            check(LGBM_BoosterCreate(voidpp_value(train), params, handle));
        } catch (RuntimeException e) {
            delete_voidpp(handle);
            throw e;
        }
        booster = handle;
    }

    void addValidation(SWIGTYPE_p_p_void valid) {
        check(LGBM_BoosterAddValidData(voidpp_value(booster), voidpp_value(valid)));
    }

    /** One more round; true when no tree could grow (nothing left to learn). */
    boolean updateOneIter() {
        SWIGTYPE_p_int finished = new_intp();
        try {
            check(LGBM_BoosterUpdateOneIter(voidpp_value(booster), finished));
            return intp_value(finished) == 1;
        } finally {
            delete_intp(finished);
        }
    }

    /** The first metric on the data set (0: training, 1: the first validation set). */
    double eval(int data) {
        SWIGTYPE_p_int count = new_intp();
        SWIGTYPE_p_double out = new_doubleArray(8);
        try {
            check(LGBM_BoosterGetEval(voidpp_value(booster), data, count, out));
            return doubleArray_getitem(out, 0);
        } finally {
            delete_intp(count);
            delete_doubleArray(out);
        }
    }

    /** The model as text, with its first {@code iterations} rounds (0: all). */
    String modelString(int iterations) {
        long buffer = MODEL_BUFFER;
        while (true) {
            SWIGTYPE_p_long_long length = new_int64_tp();
            try {
                String text = LGBM_BoosterSaveModelToStringSWIG(voidpp_value(booster), 0, iterations, 0, buffer, length);
                long needed = int64_tp_value(length);
                if (needed <= buffer && text != null) {
                    return text;
                }
                buffer = needed + 1;
            } finally {
                delete_int64_tp(length);
            }
        }
    }

    @Override
    public void close() {
        if (booster != null) {
            LGBM_BoosterFree(voidpp_value(booster));
            delete_voidpp(booster);
            booster = null;
        }
        for (SWIGTYPE_p_p_void d : datasets) {
            LGBM_DatasetFree(voidpp_value(d));
            delete_voidpp(d);
        }
        datasets.clear();
    }

    static void check(int status) {
        if (status != 0) {
            throw new IllegalStateException("LightGBM: " + LGBM_GetLastError());
        }
    }
}
