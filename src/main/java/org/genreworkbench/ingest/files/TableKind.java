package org.genreworkbench.ingest.files;

/**
 * What one row of an imported table describes. The same column name means different things in different
 * tables: {@code id} is a track's id in a tracks table, an artist's in an artists table.
 */
public enum TableKind {
    /** Tracks, with or without their audio features; also an audio-features table keyed by track id. */
    TRACKS("a track id or name"),
    /** Artists with their genre tags, popularity, followers. */
    ARTISTS("an artist id or name"),
    /** Albums: joined to the tracks of the same import by album id for the album name and release date. */
    ALBUMS("an album id");

    private final String needs;

    TableKind(String needs) {
        this.needs = needs;
    }

    /** What a table of this kind must have a column for, in words: "an artist id or name". */
    public String needs() {
        return needs;
    }

    /** The fields that identify a row of this kind; a table with none of them cannot be read. */
    boolean identifiedBy(java.util.Set<Field> fields) {
        return switch (this) {
            case TRACKS -> fields.contains(Field.TRACK_ID) || fields.contains(Field.TRACK_NAME);
            case ARTISTS -> fields.contains(Field.ARTIST_IDS) || fields.contains(Field.ARTIST_NAMES)
                    || fields.contains(Field.TRACK_ID) || fields.contains(Field.TRACK_NAME);
            case ALBUMS -> fields.contains(Field.ALBUM_ID);
        };
    }
}
