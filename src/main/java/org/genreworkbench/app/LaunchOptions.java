package org.genreworkbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app's own command line: {@code [--config-dir DIR] [WORKSPACE.gwb]}. The settings folder can be named
 * here because a system property given to Maven does not reach the process {@code ./mvnw javafx:run} starts.
 *
 * @param configDir the settings folder, when named
 * @param workspace the workspace to open, when named
 */
record LaunchOptions(Optional<Path> configDir, Optional<Path> workspace) {
    static final String CONFIG_DIR = "--config-dir";

    static LaunchOptions parse(List<String> args) {
        Path configDir = null;
        Path workspace = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(CONFIG_DIR)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(CONFIG_DIR + " needs a folder: " + CONFIG_DIR + " DIR");
                }
                configDir = Path.of(args.get(++i));
            } else if (arg.startsWith(CONFIG_DIR + "=")) {
                configDir = Path.of(arg.substring(CONFIG_DIR.length() + 1));
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg + "; the app takes " + CONFIG_DIR
                        + " DIR and a workspace file");
            } else if (workspace == null) {
                workspace = Path.of(arg);
            } else {
                throw new IllegalArgumentException("one workspace at a time: both " + workspace + " and " + arg + " were named");
            }
        }
        return new LaunchOptions(Optional.ofNullable(configDir), Optional.ofNullable(workspace));
    }
}
