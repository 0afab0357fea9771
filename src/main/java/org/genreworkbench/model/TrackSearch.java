package org.genreworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Data table's filter: words typed by the user, each of which must occur in a track's name, artists,
 * genre tags or album. The window and the command line's export filter with the same rule.
 */
public final class TrackSearch {
    private TrackSearch() {
    }

    /** What the words are looked for in, lower case: name, artists, tags and album on lines of their own. */
    public static String searchText(Track track, String artists, String genreTags) {
        return ((track.name() == null ? "" : track.name()) + "\n" + artists + "\n" + genreTags + "\n"
                + (track.album() == null ? "" : track.album())).toLowerCase(Locale.ROOT);
    }

    /** The query as lower-case words; none for a blank query, which every track passes. */
    public static String[] words(String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() ? new String[0] : text.split("\\s+");
    }

    public static boolean matches(String searchText, String[] words) {
        for (String w : words) {
            if (!searchText.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The names of a track's artists, its id where an artist is unknown or unnamed. */
    public static List<String> artistNames(Project project, Track track) {
        List<String> names = new ArrayList<>(track.artistIds().size());
        for (String id : track.artistIds()) {
            Artist a = project.artist(id);
            names.add(a == null || a.name() == null ? id : a.name());
        }
        return names;
    }
}
