package org.genreworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One copy of each library that several dependencies bring: two copies of a class make the outcome depend on
 * class-path order, which differs between the tests and {@code javafx:run}.
 */
class ClassPathTest {

    @Test
    void thereIsOneJFreeChartAndOneWeka() throws Exception {
        for (String resource : List.of("org/jfree/chart/JFreeChart.class", "weka/core/Instances.class",
                "meka/core/Result.class")) {
            List<?> copies = Collections.list(ClassLoader.getSystemClassLoader().getResources(resource));
            assertThat(copies).as(resource).hasSize(1);
        }
    }

    /**
     * Tablesaw (Explore's group summaries and cross-tabulations) brings its own CSV parser, bitmaps, primitive
     * collections, statistics and Guava; Spark and the model libraries bring some of the same. One copy each.
     */
    @Test
    void thereIsOneTablesawAndOneOfEachLibraryItBrings() throws Exception {
        for (String resource : List.of("tech/tablesaw/api/Table.class", "com/univocity/parsers/csv/CsvWriter.class",
                "org/roaringbitmap/RoaringBitmap.class", "it/unimi/dsi/fastutil/ints/IntArrayList.class",
                "org/apache/commons/math3/stat/StatUtils.class", "com/google/common/collect/ImmutableList.class",
                "io/github/classgraph/ClassGraph.class", "com/ibm/icu/text/Collator.class")) {
            List<?> copies = Collections.list(ClassLoader.getSystemClassLoader().getResources(resource));
            assertThat(copies).as(resource).hasSize(1);
        }
        // Tablesaw finds its readers and writers when Table loads: the CSV writer must be there to export.
        assertThat(tech.tablesaw.api.Table.create("t").write()).isNotNull();
    }

    /**
     * Weka's MTJ matrices (LinearRegression solves through them) run on netlib's pure-Java BLAS, reached through
     * the JNI wrappers the pom declares: netlib needs their classes to fall back when no native library loads.
     */
    @Test
    void wekaSolvesThroughNetlibsPureJavaBlas() throws Exception {
        assertThat(com.github.fommil.netlib.BLAS.getInstance().getClass().getSimpleName()).isEqualTo("F2jBLAS");
        java.util.ArrayList<weka.core.Attribute> attributes = new java.util.ArrayList<>(List.of(
                new weka.core.Attribute("x1"), new weka.core.Attribute("x2"), new weka.core.Attribute("y")));
        weka.core.Instances data = new weka.core.Instances("plane", attributes, 50);
        data.setClassIndex(2);
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 50; i++) {
            double x1 = random.nextDouble();
            double x2 = random.nextDouble();
            data.add(new weka.core.DenseInstance(1, new double[] {x1, x2, 3 * x1 - 2 * x2 + 1}));
        }
        weka.classifiers.functions.LinearRegression regression = new weka.classifiers.functions.LinearRegression();
        regression.setOptions(new String[] {"-S", "1", "-C"}); // no attribute selection, keep collinear ones
        regression.buildClassifier(data);
        assertThat(regression.coefficients()).containsExactly(new double[] {3, -2, 0, 1},
                org.assertj.core.data.Offset.offset(1e-6));
    }
}
