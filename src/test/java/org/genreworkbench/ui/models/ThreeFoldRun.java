package org.genreworkbench.ui.models;

import java.nio.file.Path;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * A Models view model that runs NaiveBayes and J48 on 3 folds of a project's playlist genres, on the calling
 * thread: the real run the Models view models' tests check their data against.
 */
final class ThreeFoldRun {
    private ThreeFoldRun() {
    }

    /** On a generated sample of 600 tracks. */
    static ModelsViewModel onSample(Path settings, ScriptedDialogs dialogs) {
        return of(SampleGenerator.generate(new SampleSpec(8, 600, 200, 80)), settings, dialogs);
    }

    static ModelsViewModel of(Project project, Path settings, ScriptedDialogs dialogs) {
        ModelsViewModel vm = configured(TestWorkbench.context(project, new CurrentThreadExecutor(), dialogs, settings));
        vm.dataset().features().setAll("danceability", "energy", "acousticness", "tempo");
        vm.run();
        return vm;
    }

    /** The view model set up for the run, not yet run, with the features it offers by default. */
    static ModelsViewModel configured(WorkbenchContext context) {
        ModelsViewModel vm = new ModelsViewModel(context);
        vm.dataset().targetProperty().set(Target.PLAYLIST_GENRE);
        vm.dataset().kfoldProperty().set(true);
        vm.dataset().foldsProperty().set(3);
        vm.models().models().setAll(new ModelSpec(null, "WEKA", "NaiveBayes", "", "", "PCut1"),
                new ModelSpec(null, "WEKA", "J48", "", "", "PCut1"));
        return vm;
    }
}
