package org.genreworkbench.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IterativeStratificationTest {

    @Test
    void everyFoldKeepsEachLabelsProportionAndNoRowIsLostOrDuplicated() {
        boolean[][] y = randomLabels(5_000, 12, new Random(1));
        int k = 5;
        int[] fold = IterativeStratification.folds(y, k, 42, false);

        assertThat(fold).hasSize(5_000);
        assertThat(Arrays.stream(fold).allMatch(f -> f >= 0 && f < k)).isTrue();
        int[] sizes = new int[k];
        for (int f : fold) {
            sizes[f]++;
        }
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(5_000);
        for (int s : sizes) {
            assertThat(s).isBetween(950, 1050);
        }
        for (int l = 0; l < 12; l++) {
            int total = 0;
            int[] perFold = new int[k];
            for (int r = 0; r < y.length; r++) {
                if (y[r][l]) {
                    total++;
                    perFold[fold[r]]++;
                }
            }
            for (int c : perFold) {
                // Each fold holds a fifth of each label, to within one row or two.
                assertThat((double) c).isCloseTo(total / 5.0, org.assertj.core.data.Offset.offset(2.0));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        boolean[][] y = randomLabels(1_000, 6, new Random(2));
        assertThat(IterativeStratification.folds(y, 4, 7, false)).isEqualTo(IterativeStratification.folds(y, 4, 7, false));
        assertThat(IterativeStratification.folds(y, 4, 7, false)).isNotEqualTo(IterativeStratification.folds(y, 4, 8, false));
    }

    @Test
    void aHoldoutTakesTheAskedShareOfEveryLabel() {
        boolean[][] y = randomLabels(2_000, 8, new Random(3));
        boolean[] test = IterativeStratification.trainTest(y, 0.2, 1, false);
        int tests = 0;
        for (boolean t : test) {
            tests += t ? 1 : 0;
        }
        assertThat(tests).isBetween(390, 410);
    }

    @Test
    void theSecondOrderVariantBalancesLabelPairsBetterThanTheFirstOrder() {
        boolean[][] y = randomLabels(3_000, 6, new Random(4));
        double firstOrder = pairImbalance(y, IterativeStratification.folds(y, 3, 9, false), 3);
        double secondOrder = pairImbalance(y, IterativeStratification.folds(y, 3, 9, true), 3);
        // Pairs are what the second order adds: ignoring the option would leave them as the first order does.
        assertThat(secondOrder).as("pairs off balance, second order against first (%s)", firstOrder)
                .isLessThan(firstOrder / 2);
        assertThat(secondOrder).isLessThan(1.5);
    }

    /** The mean over label pairs of how far a fold's count of rows holding both strays from an even share. */
    private static double pairImbalance(boolean[][] y, int[] fold, int k) {
        int labels = y[0].length;
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < labels; a++) {
            for (int b = a + 1; b < labels; b++) {
                int[] perFold = new int[k];
                int together = 0;
                for (int r = 0; r < y.length; r++) {
                    if (y[r][a] && y[r][b]) {
                        together++;
                        perFold[fold[r]]++;
                    }
                }
                for (int c : perFold) {
                    sum += Math.abs(c - together / (double) k);
                }
                pairs++;
            }
        }
        return sum / (pairs * k);
    }

    @Test
    void rowsWithoutLabelsAreSpreadToo() {
        boolean[][] y = new boolean[100][3];
        int[] fold = IterativeStratification.folds(y, 4, 1, false);
        int[] sizes = new int[4];
        for (int f : fold) {
            sizes[f]++;
        }
        assertThat(sizes).containsOnly(25);
    }

    /** Labels of varied frequency (3 % to 40 %), some rows with none. */
    static boolean[][] randomLabels(int rows, int labels, Random random) {
        boolean[][] y = new boolean[rows][labels];
        for (boolean[] row : y) {
            for (int l = 0; l < labels; l++) {
                row[l] = random.nextDouble() < 0.03 + 0.37 * l / labels;
            }
        }
        return y;
    }
}
