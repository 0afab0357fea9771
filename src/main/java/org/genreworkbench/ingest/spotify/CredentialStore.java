package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * Spotify credentials the user asked to remember: one JSON file in the configuration folder, readable by its
 * owner only, never inside a workspace. Without that opt-in the secret lives in memory only.
 */
public final class CredentialStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public CredentialStore(Path configDir) {
        this.file = configDir.resolve("spotify-credentials.json");
    }

    /** The remembered client id and secret. */
    public record Credentials(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "Credentials{clientId=" + clientId + ", clientSecret=hidden}";
        }
    }

    public Optional<Credentials> load() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode n = JSON.readTree(file.toFile());
            return Optional.of(new Credentials(n.path("clientId").asText(null), n.path("clientSecret").asText(null)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void save(Credentials credentials) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".credentials", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own protection applies
            }
            JSON.writeValue(temp.toFile(), Map.of("clientId", credentials.clientId(), "clientSecret", credentials.clientSecret()));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public void forget() throws IOException {
        Files.deleteIfExists(file);
    }

    public Path file() {
        return file;
    }
}
