package org.genreworkbench.workspace;

import java.nio.file.Path;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;

/** Saves a workspace over and over until killed: the victim process of {@link InterruptedSaveTest}. */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Project project = SampleGenerator.generate(SampleSpec.ofTracks(11, Integer.parseInt(args[1])));
        WorkspaceWriter writer = new WorkspaceWriter();
        System.out.println("saving");
        System.out.flush();
        while (true) {
            writer.save(project, target);
        }
    }
}
