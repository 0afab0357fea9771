package org.genreworkbench.model;

/** Where a value in the project came from; kept per field group so users can judge coverage and trust. */
public enum Source {
    SPOTIFY,
    RECCOBEATS,
    MUSICBRAINZ,
    FILE,
    /** Made by the bundled sample generator: not real data. */
    SYNTHETIC
}
