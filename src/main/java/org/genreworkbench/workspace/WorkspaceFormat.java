package org.genreworkbench.workspace;

import java.util.List;

/**
 * The layout of a {@code .gwb} workspace file: a zip archive of plain entries that any tool can read.
 * See {@code docs/workspace-format.md} for the full description.
 */
public final class WorkspaceFormat {
    /** The format version this build writes; it reads this and every older one (through migrations). */
    public static final int CURRENT_VERSION = 4;
    public static final String FILE_EXTENSION = "gwb";

    public static final String MANIFEST = "manifest.json";
    public static final String TRACKS = "tracks.csv";
    public static final String ARTISTS = "artists.csv";
    public static final String PLAYLISTS = "playlists.json";
    public static final String LABEL_SCHEMES = "label-schemes.json";
    public static final String EXPERIMENTS = "experiments.json";
    public static final String INGEST_STATE = "ingest-state.json";
    /** Every entry this version writes, in the order it writes them; the manifest lists them. */
    public static final List<String> ENTRIES = List.of(MANIFEST, TRACKS, ARTISTS, PLAYLISTS,
            LABEL_SCHEMES, EXPERIMENTS, INGEST_STATE);

    /** Limits that keep a hostile file (a zip bomb, a flood of entries) from exhausting memory. */
    public static final long MAX_ENTRY_BYTES = 512L << 20;
    public static final long MAX_TOTAL_BYTES = 1L << 30;
    public static final int MAX_ENTRIES = 256;
    public static final long MAX_MANIFEST_BYTES = 1L << 20;

    private WorkspaceFormat() {
    }
}
