package org.genreworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's own options: a settings folder and a workspace, in any order. */
class LaunchOptionsTest {
    @Test
    void theSettingsFolderAndTheWorkspaceAreReadInEitherOrderAndSpelling() {
        LaunchOptions a = LaunchOptions.parse(List.of("--config-dir", "/tmp/stand-in", "mine.gwb"));
        assertThat(a.configDir()).contains(Path.of("/tmp/stand-in"));
        assertThat(a.workspace()).contains(Path.of("mine.gwb"));
        LaunchOptions b = LaunchOptions.parse(List.of("mine.gwb", "--config-dir=/tmp/stand-in"));
        assertThat(b).isEqualTo(a);
        assertThat(LaunchOptions.parse(List.of()).configDir()).isEmpty();
    }

    @Test
    void aMissingFolderOrAnUnknownOptionIsNamed() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--config-dir")))
                .hasMessage("--config-dir needs a folder: --config-dir DIR");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--confg-dir", "x")))
                .hasMessageStartingWith("unknown option --confg-dir");
    }
}
