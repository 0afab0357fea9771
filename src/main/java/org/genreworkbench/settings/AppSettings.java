package org.genreworkbench.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's settings outside any workspace (recent files, service URLs): one JSON file in the
 * configuration folder. Never holds secrets; credentials the user asks to remember live in their own
 * owner-only file (see the ingest package).
 */
public final class AppSettings {
    private static final int MAX_RECENT = 8;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ObjectNode root;

    private AppSettings(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    /** Loads the settings of a configuration folder; a missing or unreadable file gives empty settings. */
    public static AppSettings load(Path configDir) {
        Path file = configDir.resolve("settings.json");
        ObjectNode root = MAPPER.createObjectNode();
        if (Files.isRegularFile(file)) {
            try {
                if (MAPPER.readTree(file.toFile()) instanceof ObjectNode node) {
                    root = node;
                }
            } catch (IOException e) {
                System.getLogger(AppSettings.class.getName()).log(System.Logger.Level.WARNING,
                        "ignoring unreadable settings file " + file + ": " + e.getMessage());
            }
        }
        return new AppSettings(file, root);
    }

    /** The environment variable naming the settings folder: it reaches processes that Maven starts, unlike -D. */
    public static final String CONFIG_DIR_VARIABLE = "GENRE_WORKBENCH_CONFIG_DIR";

    /**
     * The configuration folder: {@code -Dgenreworkbench.config.dir}, else $GENRE_WORKBENCH_CONFIG_DIR, else
     * $XDG_CONFIG_HOME/genre-workbench or ~/.config/genre-workbench.
     */
    public static Path defaultConfigDir() {
        return defaultConfigDir(System.getProperty("genreworkbench.config.dir"), System.getenv());
    }

    static Path defaultConfigDir(String property, java.util.Map<String, String> environment) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String variable = environment.get(CONFIG_DIR_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("genre-workbench");
    }

    public Path configDir() {
        return file.getParent();
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        List<Path> recent = new ArrayList<>();
        root.withArray("recentFiles").forEach(n -> recent.add(Path.of(n.asText())));
        return recent;
    }

    public void addRecentFile(Path path) {
        String abs = path.toAbsolutePath().normalize().toString();
        List<String> items = new ArrayList<>();
        items.add(abs);
        root.withArray("recentFiles").forEach(n -> {
            if (!n.asText().equals(abs) && items.size() < MAX_RECENT) {
                items.add(n.asText());
            }
        });
        var array = root.putArray("recentFiles");
        items.forEach(array::add);
        save();
    }

    /** A plain text setting (e.g. a service URL); null when unset. */
    public String get(String key) {
        var node = root.get(key);
        return node == null || node.isNull() ? null : node.asText();
    }

    public void put(String key, String value) {
        if (value == null) {
            root.remove(key);
        } else {
            root.put(key, value);
        }
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("settings.json.tmp");
            MAPPER.writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.getLogger(AppSettings.class.getName()).log(System.Logger.Level.WARNING,
                    "could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
