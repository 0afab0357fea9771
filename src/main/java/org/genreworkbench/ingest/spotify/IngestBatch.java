package org.genreworkbench.ingest.spotify;

import java.util.List;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.IngestState;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/**
 * A finished piece of ingestion, applied to the project in one step with the ingestion state that says what
 * is still to do: either the playlists chosen by the searches, or one playlist with its new tracks and artists.
 */
public record IngestBatch(List<Track> tracks, List<Artist> artists, List<Playlist> playlists, IngestState state) {

    /** Applies the batch: artists before the tracks that name them, then playlists, then what remains to do. */
    public void applyTo(Project project) {
        if (!artists.isEmpty()) {
            project.putArtists(artists);
        }
        if (!tracks.isEmpty()) {
            project.putTracks(tracks);
        }
        if (!playlists.isEmpty()) {
            project.putPlaylists(playlists);
        }
        project.setIngestState(state);
    }
}
