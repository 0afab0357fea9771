package org.genreworkbench.ingest.files;

import java.util.List;

/**
 * What an import of a listener's own Spotify data read, and what it set aside.
 *
 * @param files          the listening files read (a zip's entries named inside it)
 * @param plays          history entries counted as plays of a track
 * @param keyedByName    plays and library tracks without a track URI, kept under their artist and track name (the older
 *                       {@code StreamingHistory} format has no URIs at all)
 * @param podcasts       podcast episodes set aside
 * @param audiobooks     audiobook chapters set aside
 * @param withoutTrack   entries naming no track at all (neither URI nor name), set aside
 * @param leftOutEntries entries of a zip that are not listening files, left unread (at most 20 named)
 */
public record ListeningSummary(List<String> files, long plays, long keyedByName, long podcasts, long audiobooks,
                               long withoutTrack, List<String> leftOutEntries) {

    public static final ListeningSummary NONE = new ListeningSummary(List.of(), 0, 0, 0, 0, 0, List.of());

    public ListeningSummary {
        files = List.copyOf(files);
        leftOutEntries = List.copyOf(leftOutEntries);
    }

    public boolean any() {
        return !files.isEmpty();
    }

    /** In the user's words, one line per point. */
    public List<String> describe() {
        if (!any()) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(java.util.Locale.US, "Listening files read: %d (%s); %,d plays of tracks.",
                files.size(), String.join(", ", files), plays));
        if (keyedByName > 0) {
            lines.add(String.format(java.util.Locale.US, "Entries without a track URI, kept by artist and track name: %,d"
                    + " (the older StreamingHistory files have no URIs).", keyedByName));
        }
        lines.add(String.format(java.util.Locale.US,
                "Set aside: %,d podcast episodes, %,d audiobook chapters, %,d entries naming no track.",
                podcasts, audiobooks, withoutTrack));
        if (!leftOutEntries.isEmpty()) {
            lines.add("Not listening files, left unread in the zip: " + String.join(", ", leftOutEntries));
        }
        return lines;
    }
}
