package org.genreworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version the About box and every experiment show is the one the build file gives, filled in by the build. */
class BuildInfoTest {

    @Test
    void theVersionsAreThoseOfTheBuildFile() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(BuildInfo.version()).isEqualTo(first(pom, "<artifactId>genre-workbench</artifactId>\\s*<version>([^<]+)</version>"));
        assertThat(BuildInfo.meka()).isEqualTo(first(pom, "<meka.version>([^<]+)</meka.version>"));
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
