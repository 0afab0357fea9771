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
}
