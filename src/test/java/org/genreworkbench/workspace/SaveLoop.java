package org.genreworkbench.workspace;

import java.nio.file.Path;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;

/**
 * Saves a workspace over and over until killed: the victim process of {@link InterruptedSaveTest}. It
 * alternates between two different projects ({@link #older} and {@link #newer}), so whatever a kill leaves
 * can be told apart: the one or the other, never a mix. With "autosave" it saves through {@link Autosave}
 * into the configuration folder given, as the app does every minute.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    static Project older(int tracks) {
        return SampleGenerator.generate(SampleSpec.ofTracks(11, tracks));
    }

    static Project newer(int tracks) {
        return SampleGenerator.generate(SampleSpec.ofTracks(12, tracks + 7));
    }

    /** Arguments: target file, track count, and optionally "autosave" and the configuration folder. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int tracks = Integer.parseInt(args[1]);
        Project[] versions = {newer(tracks), older(tracks)};
        Autosave autosave = args.length > 3 && args[2].equals("autosave") ? new Autosave(Path.of(args[3])) : null;
        WorkspaceWriter writer = new WorkspaceWriter();
        System.out.println("saving");
        System.out.flush();
        for (long i = 0; ; i++) {
            Project project = versions[(int) (i % 2)];
            if (autosave != null) {
                autosave.save(project, target);
            } else {
                writer.save(project, target);
            }
        }
    }
}
