package org.genreworkbench.explore;

/**
 * Two features binned into a grid of counts: how a scatter plot of 100,000 points is drawn as density
 * rather than as an unreadable cloud of dots.
 */
public record DensityGrid(double xMin, double xMax, double yMin, double yMax, int[][] counts, int points) {

    public static DensityGrid of(double[] x, double[] y, int cells) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                xMin = Math.min(xMin, x[i]);
                xMax = Math.max(xMax, x[i]);
                yMin = Math.min(yMin, y[i]);
                yMax = Math.max(yMax, y[i]);
            }
        }
        int[][] counts = new int[cells][cells];
        int points = 0;
        if (xMin > xMax) {
            return new DensityGrid(0, 1, 0, 1, counts, 0);
        }
        double wx = xMax > xMin ? (xMax - xMin) / cells : 1;
        double wy = yMax > yMin ? (yMax - yMin) / cells : 1;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                int cx = Math.min(cells - 1, (int) ((x[i] - xMin) / wx));
                int cy = Math.min(cells - 1, (int) ((y[i] - yMin) / wy));
                counts[cx][cy]++;
                points++;
            }
        }
        return new DensityGrid(xMin, xMax, yMin, yMax, counts, points);
    }

    public int maxCount() {
        int max = 0;
        for (int[] col : counts) {
            for (int c : col) {
                max = Math.max(max, c);
            }
        }
        return max;
    }
}
