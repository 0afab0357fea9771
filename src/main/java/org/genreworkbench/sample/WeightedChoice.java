package org.genreworkbench.sample;

import java.util.Random;

/** Draws an index with probability proportional to its weight. */
final class WeightedChoice {
    private WeightedChoice() {
    }

    static int pick(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
