package org.genreworkbench.ui.data;

import java.util.List;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TrackSearch;

/**
 * What the Data table shows and searches of a track's artists: their names, their genre tags, and both in
 * lower case for the filter. One is made per set of artists and shared by all their tracks, so a million rows
 * hold a few hundred thousand of these instead of a million copies. The texts are made when first asked for
 * (a screenful of rows asks for a few dozen; the search asks for all of them, on any thread), from a project that
 * no one changes any more.
 */
public final class TrackArtists {
    private final Project artists;
    private final List<String> ids;
    /** Made at the first need; made twice at worst when two threads ask at once, which is harmless. */
    private volatile Texts texts;

    private record Texts(String names, String genreTags, String searchText) {
    }

    /** @param artists a project whose artists no one changes any more (e.g. {@link Project#artistsOnly}) */
    TrackArtists(Project artists, List<String> ids) {
        this.artists = artists;
        this.ids = ids;
    }

    /** The artists' names, joined by commas. */
    public String names() {
        return texts().names();
    }

    /** The artists' genre tags, each once, joined by commas. */
    public String genreTags() {
        return texts().genreTags();
    }

    /** Names and tags in lower case, for the filter. */
    String searchText() {
        return texts().searchText();
    }

    private Texts texts() {
        Texts t = texts;
        if (t == null) {
            String names = String.join(", ", TrackSearch.artistNames(artists, ids));
            String tags = String.join(", ", artists.genreTagsOf(ids));
            t = new Texts(names, tags, TrackSearch.artistsText(names, tags));
            texts = t;
        }
        return t;
    }
}
