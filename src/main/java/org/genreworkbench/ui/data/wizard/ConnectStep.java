package org.genreworkbench.ui.data.wizard;


import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.ingest.spotify.Capabilities;
import org.genreworkbench.ingest.spotify.CredentialStore;
import org.genreworkbench.ingest.spotify.ServiceConfig;
import org.genreworkbench.ingest.spotify.SpotifyIngestion;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskExecutor;

/**
 * The Connect step: credentials (from the environment, or remembered), "Test connection" and the table of what
 * this app may do with the fallback for each closed capability. Next waits for a test that succeeded.
 */
public final class ConnectStep {
    /** One line of the capability table, in the words a user sees. */
    public record CapabilityRow(String capability, String status, String fallback) {
        static CapabilityRow of(Capabilities.Capability capability, Capabilities.Finding finding) {
            String status;
            if (finding.available()) {
                status = "available";
            } else if (finding.status() == 200) {
                status = finding.note();
            } else {
                status = "refused (" + finding.status() + ")";
            }
            return new CapabilityRow(capability.label(), status, finding.available() ? "not needed" : capability.fallback());
        }
    }

    private final StringProperty clientId = new SimpleStringProperty();
    private final StringProperty clientSecret = new SimpleStringProperty();
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final BooleanProperty useReccoBeats = new SimpleBooleanProperty(true);
    private final BooleanProperty useMusicBrainz = new SimpleBooleanProperty(true);
    private final BooleanProperty connected = new SimpleBooleanProperty();
    private final ObservableList<CapabilityRow> capabilities = FXCollections.observableArrayList();
    private final CredentialStore credentials;
    private final ServiceAddresses addresses;
    private final TaskExecutor executor;
    private final WizardStatus status;
    private Capabilities found = Capabilities.assumeAll();

    private final org.genreworkbench.ui.UiThread ui;

    ConnectStep(CredentialStore credentials, ServiceAddresses addresses, TaskExecutor executor, WizardStatus status,
                org.genreworkbench.ui.UiThread ui) {
        this.ui = ui;
        this.credentials = credentials;
        this.addresses = addresses;
        this.executor = executor;
        this.status = status;
        ServiceConfig env = ServiceConfig.fromEnvironment();
        clientId.set(env.clientId());
        clientSecret.set(env.clientSecret());
        credentials.load().ifPresent(c -> {
            if (clientId.get() == null || clientId.get().isBlank()) {
                clientId.set(c.clientId());
                clientSecret.set(c.clientSecret());
                remember.set(true);
            }
        });
        // Other credentials have not been tested.
        clientId.addListener((o, a, b) -> connected.set(false));
        clientSecret.addListener((o, a, b) -> connected.set(false));
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public BooleanProperty useReccoBeatsProperty() {
        return useReccoBeats;
    }

    public BooleanProperty useMusicBrainzProperty() {
        return useMusicBrainz;
    }

    /** True after a test that succeeded, until the credentials change. */
    public BooleanProperty connectedProperty() {
        return connected;
    }

    public ObservableList<CapabilityRow> capabilities() {
        return capabilities;
    }

    /** What the last test found, to start the run from; everything assumed open before any test. */
    Capabilities found() {
        return found;
    }

    ServiceConfig config() {
        return addresses.config(clientId.get(), clientSecret.get());
    }

    /** Gets a token and probes what this app may do, with the first genre query; fills the capability table. */
    public void testConnection(String query) {
        rememberIfAsked();
        ServiceConfig config = config();
        status.busyProperty().set(true);
        connected.set(false);
        capabilities.clear();
        status.say("Testing the connection…");
        BackgroundTask.of("Testing the Spotify connection",
                        ctx -> SpotifyIngestion.forProbing(config, status.showingWaits(ui)).probe(query))
                .onSuccess(c -> {
                    found = c;
                    c.all().forEach((cap, f) -> capabilities.add(CapabilityRow.of(cap, f)));
                    connected.set(true);
                    status.say("Connected. Closed capabilities will use their fallback unless you switch it off.");
                })
                .onFailure(e -> status.say(addresses.describe(e, "Could not connect")))
                .andFinally(() -> status.busyProperty().set(false))
                .executeWith(executor);
    }

    private void rememberIfAsked() {
        try {
            if (remember.get() && clientId.get() != null && clientSecret.get() != null) {
                credentials.save(new CredentialStore.Credentials(clientId.get(), clientSecret.get()));
            } else if (!remember.get()) {
                credentials.forget();
            }
        } catch (java.io.IOException e) {
            status.say("Could not remember the credentials: " + e.getMessage());
        }
    }

}
