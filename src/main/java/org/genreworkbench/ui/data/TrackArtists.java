package org.genreworkbench.ui.data;

import java.util.List;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TrackSearch;

/**
 * What the Data table shows and searches of a track's artists: their names, their genre tags, and both in
 * lower case for the filter. Made once per set of artists and shared by all their tracks, so a million rows
 * hold a few hundred thousand of these instead of a million copies.
 */
public record TrackArtists(String names, String genreTags, String searchText) {

    static TrackArtists of(Project project, List<String> artistIds) {
        String names = String.join(", ", TrackSearch.artistNames(project, artistIds));
        String tags = String.join(", ", project.genreTagsOf(artistIds));
        return new TrackArtists(names, tags, TrackSearch.artistsText(names, tags));
    }
}
