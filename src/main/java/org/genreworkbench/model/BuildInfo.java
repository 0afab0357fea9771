package org.genreworkbench.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build of Genre Workbench is: its version and the MEKA it was built with, as the build wrote them
 * into {@code org/genreworkbench/build.properties}. For the About box and the versions an experiment records.
 */
public final class BuildInfo {
    private static final Properties VALUES = load();

    private BuildInfo() {
    }

    /** The product's version, e.g. {@code 0.1.0} or {@code 0.2.0-SNAPSHOT} for a development build. */
    public static String version() {
        return value("version");
    }

    /** The MEKA release the build was compiled against. */
    public static String meka() {
        return value("meka");
    }

    private static String value(String key) {
        String v = VALUES.getProperty(key);
        // "unknown" where the build left the file out or unfilled (a class path made by hand)
        return v == null || v.isBlank() || v.startsWith("${") ? "unknown" : v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/genreworkbench/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the build's own version file", e);
        }
        return p;
    }
}
