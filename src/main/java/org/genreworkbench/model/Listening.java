package org.genreworkbench.model;

import java.util.List;

/**
 * What a listener's own Spotify data (the privacy export) says about one track.
 *
 * @param plays    streams of the track in the listening history: every entry counts, however short (0 when the
 *                 track is only in the saved library)
 * @param msPlayed total time played, in milliseconds
 * @param files    the export's files the track was found in ({@code Streaming_History_Audio_2023.json},
 *                 {@code YourLibrary.json}, …): where these figures came from
 */
public record Listening(int plays, long msPlayed, List<String> files) {

    public Listening {
        if (plays < 0 || msPlayed < 0) {
            throw new IllegalArgumentException("plays and time played cannot be negative");
        }
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Both together: plays and time added, files joined (each once, in order). */
    public Listening plus(Listening other) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(files);
        all.addAll(other.files);
        return new Listening(plays + other.plays, msPlayed + other.msPlayed, List.copyOf(all));
    }

    public static Listening combine(Listening a, Listening b) {
        return a == null ? b : b == null ? a : a.plus(b);
    }
}
