package org.genreworkbench.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the settings folder comes from, including the environment variable that reaches an app Maven starts. */
class ConfigDirTest {
    @Test
    void thePropertyWinsThenTheVariableThenXdg() {
        Map<String, String> env = Map.of("GENRE_WORKBENCH_CONFIG_DIR", "/from/variable", "XDG_CONFIG_HOME", "/xdg");
        assertThat(AppSettings.defaultConfigDir("/from/property", env)).isEqualTo(Path.of("/from/property"));
        assertThat(AppSettings.defaultConfigDir(null, env)).isEqualTo(Path.of("/from/variable"));
        assertThat(AppSettings.defaultConfigDir(" ", Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg", "genre-workbench"));
    }
}
