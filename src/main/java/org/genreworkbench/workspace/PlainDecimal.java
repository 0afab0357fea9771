package org.genreworkbench.workspace;

/**
 * Reads a plain decimal ({@code -12.345}, {@code 0.5}, {@code 1.0E-4}) straight from ASCII bytes, exactly as
 * {@link Double#parseDouble} would: when the digits fit in 15 and the power of ten in 22, both are exact doubles
 * and one IEEE multiplication or division rounds correctly (Clinger's fast path). Anything else (more digits,
 * other spellings, {@code NaN}) gives NaN, and the caller falls back to {@code Double.parseDouble}. Saved
 * features have a few decimals, so a workspace's million rows rarely leave the fast path.
 */
final class PlainDecimal {
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private PlainDecimal() {
    }

    /** The value of {@code bytes[start, end)}, or NaN when it is not plain enough to read here. */
    static double parse(byte[] bytes, int start, int end, boolean escaped) {
        if (escaped || start >= end) {
            return Double.NaN;
        }
        int i = start;
        boolean negative = bytes[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean any = false;
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                any = true;
                if (mantissa == 0 && b == '0') {
                    // leading zeros add no digits
                } else if (++digits > 15) {
                    return Double.NaN;
                } else {
                    mantissa = mantissa * 10 + (b - '0');
                }
                if (point) {
                    scale++;
                }
            } else if (b == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!any) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < end && (bytes[i] == 'E' || bytes[i] == 'e')) {
            i++;
            boolean negativeExponent = i < end && bytes[i] == '-';
            if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
                i++;
            }
            if (i == end || end - i > 3) {
                return Double.NaN;
            }
            for (; i < end; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    return Double.NaN;
                }
                exponent = exponent * 10 + d;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != end) {
            return Double.NaN;
        }
        int power = exponent - scale;
        double value;
        if (mantissa == 0) {
            value = 0;
        } else if (power >= 0 && power < POWERS.length) {
            value = mantissa * POWERS[power];
        } else if (power < 0 && -power < POWERS.length) {
            value = mantissa / POWERS[-power];
        } else {
            return Double.NaN;
        }
        return negative ? -value : value;
    }
}
