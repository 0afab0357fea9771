package org.genreworkbench.ml.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;

class LocalEngineTest {
    @Test
    void aLearnersOwnStatusLinesSayWhichModelAndFoldTheyComeFrom() throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        ExperimentEngine.CellTrainer epochs = (data, cell, context) -> {
            context.message("MLP epoch 19: training loss 0.2010, validation loss 0.2050");
            return null;
        };
        List<ExperimentCell> cells = List.of(new ExperimentCell(0, 0, "BR + J48", "{}", 1, 1),
                new ExperimentCell(1, 1, "MLP", "{}", 1, 1));
        new LocalEngine(1, 1).run(null, cells, epochs, TaskContext.of(said::add, () -> false));

        // a status line of "MLP epoch 19" alone did not say which of the run's cells was training
        assertThat(said).contains("model 2 of 2, fold 2 of 2: MLP epoch 19: training loss 0.2010, validation loss 0.2050",
                "model 1 of 2, fold 1 of 2: MLP epoch 19: training loss 0.2010, validation loss 0.2050");
        assertThat(said).anyMatch(line -> line.startsWith("model 1 of 2, fold 1 of 2: BR + J48"));
    }
}
