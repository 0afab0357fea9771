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

    /**
     * The track's own part of {@link #searchText}: name and album, lower case. Joined by a line break to
     * {@link #artistsText} it holds the same words (no word spans a line break), and the artists' part is made
     * once for all their tracks.
     */
    public static String ownText(Track track) {
        return ((track.name() == null ? "" : track.name()) + "\n" + (track.album() == null ? "" : track.album()))
                .toLowerCase(Locale.ROOT);
    }

    /** The artists' part of {@link #searchText}: their names and genre tags, lower case. */
    public static String artistsText(String artists, String genreTags) {
        return (artists + "\n" + genreTags).toLowerCase(Locale.ROOT);
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
        return artistNames(project, track.artistIds());
    }

    /** The names of these artists, the id where an artist is unknown or unnamed. */
    public static List<String> artistNames(Project project, List<String> artistIds) {
        List<String> names = new ArrayList<>(artistIds.size());
        for (String id : artistIds) {
            Artist a = project.artist(id);
            names.add(a == null || a.name() == null ? id : a.name());
        }
        return names;
    }
}
