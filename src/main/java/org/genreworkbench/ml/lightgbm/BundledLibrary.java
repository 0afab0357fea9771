package org.genreworkbench.ml.lightgbm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads the LightGBM libraries that the lightgbm4j jar carries, each from a folder named after its checksum.
 * lightgbm4j's own loader writes them over the same two files in the temp folder on every start, and a
 * running program that has them mapped dies (SIGBUS) when another program starts and rewrites them: here a
 * file is written beside its final name and moved into place, so a mapped file is never changed.
 */
final class BundledLibrary {
    private BundledLibrary() {
    }

    /** Loads LightGBM and its JNI bindings, or throws why not. */
    static void load() throws IOException {
        String folder = "lightgbm4j/" + platform() + "/";
        String extension = extension();
        for (String name : new String[] {"lib_lightgbm", "lib_lightgbm_swig"}) {
            System.load(extract(folder + name + extension).toString());
        }
    }

    private static Path extract(String resource) throws IOException {
        String checksum = read(resource + ".md5").strip();
        if (!checksum.matches("[0-9a-fA-F]{32}")) {
            throw new IOException("no checksum for " + resource + " in the lightgbm4j jar");
        }
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "genre-workbench-lightgbm-" + checksum.toLowerCase(Locale.ROOT));
        Files.createDirectories(dir);
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (Files.isRegularFile(target)) {
            return target; // same checksum in the folder name, so the same content
        }
        Path partial = Files.createTempFile(dir, "partial", ".tmp");
        try (InputStream in = open(resource)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = BundledLibrary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the lightgbm4j jar has no native library for " + platform() + " (" + resource + ")");
        }
        return in;
    }

    private static String platform() throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        if (os.startsWith("linux")) {
            return "linux/" + cpu;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "osx/" + cpu;
        }
        if (os.startsWith("windows")) {
            return "windows/" + cpu;
        }
        throw new IOException("no LightGBM library is bundled for " + os + " on " + arch);
    }

    private static String extension() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? ".dll" : os.startsWith("mac") || os.startsWith("darwin") ? ".dylib" : ".so";
    }
}
