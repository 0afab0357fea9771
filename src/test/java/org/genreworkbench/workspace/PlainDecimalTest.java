package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast decimal reader gives exactly Double.parseDouble's value, or hands the text back. */
class PlainDecimalTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "0.0882", "-2.921", "111.898", "1.0E-4", "2.5e3", "123456789012345",
        "0.000000000000000000001", "9007199254740993", "1.7976931348623157E308", "4.9E-324", "120000", "007.50"})
    void readsPlainDecimalsExactlyOrNotAtAll(String text) {
        double fast = parse(text);
        if (!Double.isNaN(fast)) {
            assertThat(Double.doubleToRawLongBits(fast)).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1e", "1e+", "NaN", "Infinity", "0x1p3", "1d", " 1", "1 ", "1.2.3", "--1",
        "1e1000", "12345678901234567890"})
    void leavesEverythingElseToTheGeneralReader(String text) {
        assertThat(parse(text)).as(text).isNaN();
    }

    @Test
    void agreesWithParseDoubleOnAMillionSeededNumbers() {
        Random random = new Random(17);
        int fast = 0;
        for (int i = 0; i < 1_000_000; i++) {
            String text = switch (i % 4) {
                case 0 -> Double.toString(random.nextDouble());
                case 1 -> String.format(Locale.ROOT, "%." + random.nextInt(8) + "f", (random.nextDouble() - 0.5) * 500);
                case 2 -> Double.toString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20));
                default -> Long.toString(random.nextLong() % 1_000_000_000_000L) + "e" + (random.nextInt(50) - 25);
            };
            double value = parse(text);
            if (!Double.isNaN(value)) {
                fast++;
                assertThat(Double.doubleToRawLongBits(value)).as(text)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
        // Most of them take the fast path, or this test would check little.
        assertThat(fast).isGreaterThan(400_000);
    }

    private static double parse(String text) {
        byte[] bytes = ("x" + text + "y").getBytes(StandardCharsets.US_ASCII);
        return PlainDecimal.parse(bytes, 1, bytes.length - 1, false);
    }
}
