package org.genreworkbench.model;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * One track's audio features. A feature that is not known is missing, never zero: internally NaN,
 * outwardly an empty {@link OptionalDouble}. Immutable.
 */
public final class AudioFeatures {
    private static final int COUNT = AudioFeature.values().length;
    private static final AudioFeatures NONE = new AudioFeatures(filledWithNaN());

    private final double[] values;

    private AudioFeatures(double[] values) {
        this.values = values;
    }

    /** Features with every value missing. */
    public static AudioFeatures none() {
        return NONE;
    }

    /** Builds from an array in {@link AudioFeature} order; NaN marks a missing value. */
    public static AudioFeatures of(double[] valuesInFeatureOrder) {
        if (valuesInFeatureOrder.length != COUNT) {
            throw new IllegalArgumentException("expected " + COUNT + " values, got " + valuesInFeatureOrder.length);
        }
        return new AudioFeatures(valuesInFeatureOrder.clone());
    }

    public static Builder builder() {
        return new Builder();
    }

    public OptionalDouble get(AudioFeature feature) {
        double v = values[feature.ordinal()];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The raw value, NaN when missing: for numeric loops that skip NaN themselves. */
    public double valueOrNaN(AudioFeature feature) {
        return values[feature.ordinal()];
    }

    public boolean has(AudioFeature feature) {
        return !Double.isNaN(values[feature.ordinal()]);
    }

    /** True when no feature is known. */
    public boolean isEmpty() {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /** A copy where each value missing here is taken from {@code other}. */
    public AudioFeatures fillMissingFrom(AudioFeatures other) {
        double[] merged = values.clone();
        for (int i = 0; i < COUNT; i++) {
            if (Double.isNaN(merged[i])) {
                merged[i] = other.values[i];
            }
        }
        return new AudioFeatures(merged);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        System.arraycopy(values, 0, b.values, 0, COUNT);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioFeatures other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AudioFeatures{");
        for (AudioFeature f : AudioFeature.values()) {
            if (has(f)) {
                sb.append(f.fieldName()).append('=').append(values[f.ordinal()]).append(' ');
            }
        }
        return sb.append('}').toString();
    }

    private static double[] filledWithNaN() {
        double[] v = new double[COUNT];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    /** Collects values one feature at a time; unset features stay missing. */
    public static final class Builder {
        private final double[] values = filledWithNaN();

        public Builder set(AudioFeature feature, double value) {
            values[feature.ordinal()] = value;
            return this;
        }

        public Builder clear(AudioFeature feature) {
            values[feature.ordinal()] = Double.NaN;
            return this;
        }

        public AudioFeatures build() {
            return new AudioFeatures(values.clone());
        }
    }
}
