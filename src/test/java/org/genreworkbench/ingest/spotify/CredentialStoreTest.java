package org.genreworkbench.ingest.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.genreworkbench.ingest.spotify.CredentialStore.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Remember them" keeps the credentials in an owner-only file in the settings folder, and nowhere else. */
class CredentialStoreTest {
    @TempDir
    Path config;

    @Test
    void rememberedCredentialsComeBackFromAFileOnlyItsOwnerMayRead() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        CredentialStore store = new CredentialStore(config.resolve("not-yet-made"));
        assertThat(store.load()).isEmpty();

        store.save(new Credentials("my-app", "s3cret"));

        assertThat(store.load()).contains(new Credentials("my-app", "s3cret"));
        assertThat(Files.getPosixFilePermissions(store.file()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertThat(files).as("no temporary copy left beside it").containsExactly(store.file());
        }
    }

    @Test
    void savingAgainReplacesTheOldSecretAndKeepsTheFileOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        CredentialStore store = new CredentialStore(config);
        store.save(new Credentials("my-app", "old-secret"));
        // Someone loosened the file; saving again must not keep those permissions.
        Files.setPosixFilePermissions(store.file(), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));

        store.save(new Credentials("my-app", "new-secret"));

        assertThat(store.load()).contains(new Credentials("my-app", "new-secret"));
        assertThat(Files.readString(store.file())).doesNotContain("old-secret");
        assertThat(Files.getPosixFilePermissions(store.file()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void forgettingRemovesTheFile() throws Exception {
        CredentialStore store = new CredentialStore(config);
        store.save(new Credentials("my-app", "s3cret"));
        store.forget();
        assertThat(store.file()).doesNotExist();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aDamagedFileIsTreatedAsNothingRemembered() throws Exception {
        CredentialStore store = new CredentialStore(config);
        Files.writeString(store.file(), "{\"clientId\": \"my-app\", \"clientSec");
        assertThat(store.load()).isEmpty();
    }

    @Test
    void theSecretNeverShowsInText() {
        assertThat(new Credentials("my-app", "s3cret").toString()).contains("my-app").doesNotContain("s3cret");
    }
}
