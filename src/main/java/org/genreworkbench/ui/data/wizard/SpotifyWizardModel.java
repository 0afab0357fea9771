package org.genreworkbench.ui.data.wizard;

import java.util.function.LongSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.genreworkbench.ingest.spotify.CredentialStore;
import org.genreworkbench.ingest.spotify.ListeningCompletion;
import org.genreworkbench.ingest.spotify.Sleeper;
import org.genreworkbench.ui.UiThread;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Spotify wizard's state: which step is shown, the status line, and one part per step — {@link ConnectStep},
 * {@link PlaylistStep}, {@link RunStep} (whose summary the last step shows). Service URLs come from the settings
 * keys {@code service.spotifyApi}, {@code service.spotifyAccounts}, {@code service.reccobeats} and
 * {@code service.musicbrainz} when set.
 */
public final class SpotifyWizardModel {
    private final IntegerProperty step = new SimpleIntegerProperty();
    private final WizardStatus status = new WizardStatus();
    private final ConnectStep connect;
    private final PlaylistStep playlists;
    private final RunStep run;
    private final ServiceAddresses addresses;
    private final org.genreworkbench.ui.WorkspaceSession session;
    private final javafx.beans.property.BooleanProperty completing = new javafx.beans.property.SimpleBooleanProperty();

    public SpotifyWizardModel(WorkbenchContext context) {
        this(context, UiThread.FX, Sleeper.REAL, System::currentTimeMillis);
    }

    /** @param ui where background changes are applied: the FX thread in the app, the calling thread in tests */
    public SpotifyWizardModel(WorkbenchContext context, UiThread ui, Sleeper sleeper, LongSupplier clock) {
        this.addresses = new ServiceAddresses(context.settings());
        this.session = context.session();
        this.connect = new ConnectStep(new CredentialStore(context.settings().configDir()), addresses, context.executor(), status, ui);
        this.playlists = new PlaylistStep(connect, context.executor(), status, ui);
        this.run = new RunStep(context.session(), context.executor(), status, ui, sleeper, clock,
                () -> step.set(SpotifyWizard.SUMMARY));
        // A step's status line belongs to that step: it does not follow the user to another one.
        step.addListener((o, a, b) -> status.clear());
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public WizardStatus status() {
        return status;
    }

    public ConnectStep connect() {
        return connect;
    }

    public PlaylistStep playlists() {
        return playlists;
    }

    public RunStep run() {
        return run;
    }

    public void testConnection() {
        connect.testConnection(playlists.firstQuery());
    }

    /** Reads the ticked playlists. */
    public void startRun() {
        run.start(connect.config(), playlists.plan(), playlists.chosenPlaylists(), connect.found());
    }

    /** Goes on with what a stopped (or crashed) run left, asking only for what is missing. */
    public void resume() {
        if (completing.get()) {
            run.complete(addresses.config(null, null));
        } else {
            run.start(connect.config(), playlists.plan(), java.util.List.of(), connect.found());
        }
    }

    /** True when the wizard completes the listened tracks rather than reading playlists. */
    public javafx.beans.property.BooleanProperty completingProperty() {
        return completing;
    }

    /**
     * What completing the listened tracks would ask for, in a sentence, or null when there is nothing to complete
     * (no listening history imported, or everything already asked about).
     */
    public String completionOffer() {
        ListeningCompletion.Plan plan = ListeningCompletion.Plan.of(session.project());
        return plan.isEmpty() ? null : ListeningOffer.describe(plan);
    }

    /**
     * Completes the tracks of the listener's own Spotify data from ReccoBeats and MusicBrainz (no Spotify
     * credentials needed): straight to the Run step, then the Summary.
     */
    public void startCompletion() {
        completing.set(true);
        step.set(SpotifyWizard.RUN);
        run.complete(addresses.config(null, null));
    }

    /** Whether Next may be pressed on the current step. */
    public boolean canGoOn() {
        return switch (step.get()) {
            case SpotifyWizard.CONNECT -> connect.connectedProperty().get();
            case SpotifyWizard.PLAYLISTS -> playlists.chosenCountProperty().get() > 0;
            case SpotifyWizard.RUN, SpotifyWizard.SUMMARY -> false;
            default -> true;
        };
    }
}
