package org.genreworkbench.ingest.files;

import java.util.Collection;
import java.util.List;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Track;

/**
 * What an import read, not yet applied to a project: applying is one step ({@link ImportMerge}), so a failed
 * import changes nothing.
 *
 * @param rows            data rows read, over all files
 * @param problems        rows skipped, with where and why (the first 10,000)
 * @param skipped         how many rows were skipped in all
 * @param artistsByName   artists the track files named without ids; matched to artist tables by name
 * @param unmappedColumns columns no field was found for, per file ("file: column")
 * @param unrecognisedFiles files left out because no column identified their rows, each with why (only when
 *                        the user asked to import the other files without them)
 * @param albumJoins      tracks that took their album's name or release date from an albums table
 * @param listening       what a listener's own Spotify data gave and set aside ({@link ListeningSummary#NONE} if none)
 */
public record ImportResult(Collection<Track> tracks, Collection<Artist> artists, Collection<Playlist> playlists,
                           long rows, List<Problem> problems, long skipped, int artistsByName, List<String> unmappedColumns,
                           List<String> unrecognisedFiles, int albumJoins, ListeningSummary listening) {
}
