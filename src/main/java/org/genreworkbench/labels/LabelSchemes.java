package org.genreworkbench.labels;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TreeCut;

/** Makes label schemes from a cut tree and writes them, and the track labels they give, as CSV. */
public final class LabelSchemes {
    private LabelSchemes() {
    }

    /** A scheme from the tree cut at {@code cutHeight} with the edits applied. */
    public static LabelScheme create(String name, TagTree tree, double cutHeight, List<LabelEdit> edits) {
        return new LabellingService().scheme(name, tree, new TreeCut.AtHeight(cutHeight), edits);
    }

    /** {@code tag,label} rows, one per tag that has a label. */
    public static void writeTagLabels(LabelScheme scheme, Writer out) throws IOException {
        out.write("tag,label\n");
        List<Map.Entry<String, String>> rows = new ArrayList<>(scheme.tagToLabel().entrySet());
        rows.sort(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, String> e : rows) {
            out.write(csv(e.getKey()) + "," + csv(e.getValue()) + "\n");
        }
    }

    /** {@code track_id,name,labels} rows with the labels joined by {@code |}; empty for unlabelled tracks. */
    public static void writeTrackLabels(Project project, LabelScheme scheme, Writer out) throws IOException {
        out.write("track_id,name,labels\n");
        for (Track t : project.tracks().values()) {
            out.write(csv(t.id()) + "," + csv(t.name()) + "," + csv(String.join("|", scheme.labelsOf(t, project))) + "\n");
        }
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.matches(".*[,\"\\n\\r].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
