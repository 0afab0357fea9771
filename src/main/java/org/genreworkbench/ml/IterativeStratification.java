package org.genreworkbench.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Multi-label stratified splitting by iterative stratification (Sechidis, Tsoumakas and Vlahavas 2011, "On the
 * stratification of multi-label data"): the rarest label is placed first, each of its rows going to the fold
 * that still wants most of that label, then of rows. The second-order variant (Szymański and Kajdanowicz
 * 2017) balances co-occurring label pairs as well. O(rows × labels per row + labels²): 100,000 rows in well
 * under a second. Deterministic for a seed.
 */
public final class IterativeStratification {
    private IterativeStratification() {
    }

    /** The fold (0..k−1) of each row, k folds of about equal size. */
    public static int[] folds(boolean[][] targets, int k, long seed, boolean secondOrder) {
        double[] ratios = new double[k];
        Arrays.fill(ratios, 1.0 / k);
        return assign(secondOrder ? withPairs(targets) : targets, ratios, seed);
    }

    /** A train/test split: true for the test rows, about {@code testFraction} of them. */
    public static boolean[] trainTest(boolean[][] targets, double testFraction, long seed, boolean secondOrder) {
        int[] fold = assign(secondOrder ? withPairs(targets) : targets, new double[] {1 - testFraction, testFraction}, seed);
        boolean[] test = new boolean[fold.length];
        for (int i = 0; i < fold.length; i++) {
            test[i] = fold[i] == 1;
        }
        return test;
    }

    /** The rows' label sets, plus one column per pair of labels that occur together somewhere. */
    static boolean[][] withPairs(boolean[][] targets) {
        int labels = targets.length == 0 ? 0 : targets[0].length;
        int[][] pairIndex = new int[labels][labels];
        for (int[] row : pairIndex) {
            Arrays.fill(row, -1);
        }
        int pairs = 0;
        for (boolean[] row : targets) {
            for (int a = 0; a < labels; a++) {
                if (row[a]) {
                    for (int b = a + 1; b < labels; b++) {
                        if (row[b] && pairIndex[a][b] < 0) {
                            pairIndex[a][b] = pairs++;
                        }
                    }
                }
            }
        }
        boolean[][] out = new boolean[targets.length][labels + pairs];
        for (int r = 0; r < targets.length; r++) {
            boolean[] row = targets[r];
            System.arraycopy(row, 0, out[r], 0, labels);
            for (int a = 0; a < labels; a++) {
                if (row[a]) {
                    for (int b = a + 1; b < labels; b++) {
                        if (row[b]) {
                            out[r][labels + pairIndex[a][b]] = true;
                        }
                    }
                }
            }
        }
        return out;
    }

    static int[] assign(boolean[][] targets, double[] ratios, long seed) {
        int n = targets.length;
        int k = ratios.length;
        int labels = n == 0 ? 0 : targets[0].length;
        Random random = new Random(seed);
        // Rows in a seeded random order, so that ties fall differently for different seeds but the same each run.
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[][] labelsOfRow = new int[n][];
        List<List<Integer>> rowsOfLabel = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            rowsOfLabel.add(new ArrayList<>());
        }
        int[] remaining = new int[labels];
        for (int r : order) {
            int count = 0;
            for (boolean b : targets[r]) {
                count += b ? 1 : 0;
            }
            labelsOfRow[r] = new int[count];
            int c = 0;
            for (int l = 0; l < labels; l++) {
                if (targets[r][l]) {
                    labelsOfRow[r][c++] = l;
                    rowsOfLabel.get(l).add(r);
                    remaining[l]++;
                }
            }
        }
        double[] wantRows = new double[k];
        double[][] wantLabel = new double[labels][k];
        for (int j = 0; j < k; j++) {
            wantRows[j] = ratios[j] * n;
            for (int l = 0; l < labels; l++) {
                wantLabel[l][j] = ratios[j] * remaining[l];
            }
        }
        int[] fold = new int[n];
        Arrays.fill(fold, -1);
        boolean[] done = new boolean[labels];
        for (int step = 0; step < labels; step++) {
            int label = -1;
            for (int l = 0; l < labels; l++) {
                if (!done[l] && remaining[l] > 0 && (label < 0 || remaining[l] < remaining[label])) {
                    label = l;
                }
            }
            if (label < 0) {
                break;
            }
            done[label] = true;
            for (int r : rowsOfLabel.get(label)) {
                if (fold[r] >= 0) {
                    continue;
                }
                int best = 0;
                for (int j = 1; j < k; j++) {
                    double a = wantLabel[label][j];
                    double b = wantLabel[label][best];
                    if (a > b || (a == b && wantRows[j] > wantRows[best])) {
                        best = j;
                    }
                }
                fold[r] = best;
                wantRows[best]--;
                for (int l : labelsOfRow[r]) {
                    wantLabel[l][best]--;
                    remaining[l]--;
                }
            }
        }
        // Rows without any label fill the folds that still want rows.
        for (int r : order) {
            if (fold[r] < 0) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (wantRows[j] > wantRows[best]) {
                        best = j;
                    }
                }
                fold[r] = best;
                wantRows[best]--;
            }
        }
        return fold;
    }
}
