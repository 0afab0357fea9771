package org.genreworkbench.workspace;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.junit.jupiter.api.Test;

class TmpBaseHashTest {
    @Test
    void print() throws Exception {
        Project generated = SampleGenerator.generate(SampleSpec.ofTracks(7, 60));
        Project handMade = WorkspaceRoundTripTest.handMadeProject();
        generated.putLabelScheme(handMade.labelSchemes().get(0));
        generated.setActiveLabelScheme(handMade.activeLabelScheme());
        handMade.experiments().forEach(generated::putExperiment);
        generated.setIngestState(handMade.ingestState());
        int i = 0;
        for (Project p : List.of(handMade, generated)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new WorkspaceWriter().writeTo(p, out);
            Map<String, byte[]> entries = ZipBytes.unzip(out.toByteArray());
            for (var e : entries.entrySet()) {
                System.out.println("HASH " + i + " " + e.getKey() + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue())).substring(0, 12));
            }
            java.nio.file.Files.write(java.nio.file.Path.of("/tmp/dt-base-" + i + "-" + ProcessHandle.current().pid() + ".zip"), out.toByteArray());
            i++;
        }
    }
}
