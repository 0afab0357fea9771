package org.genreworkbench.export;

import java.nio.file.Path;
import java.util.Locale;

/** The names of files a user saves to, the same for workspaces and exports. */
public final class FileNames {
    private FileNames() {
    }

    /**
     * The file with {@code extension} appended unless its name already ends with it (in any case): a name typed
     * without it ("results", "songs.v2") still opens with the right program, and "songs.GWB" is left alone.
     */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT))
                ? file : file.resolveSibling(name + "." + extension);
    }
}
