package org.genreworkbench.sample;

/**
 * How much synthetic data to make, and from which seed: the same spec always gives the same project.
 *
 * @param tags the number of distinct genre tags to make (core tags plus regional variants); the rarest may end up
 *             on no artist, so somewhat fewer are in use
 */
public record SampleSpec(long seed, int tracks, int artists, int tags) {

    /** The bundled sample workspace: 5,000 tracks, 1,500 artists and over 300 tags in use. */
    public static SampleSpec bundled() {
        return new SampleSpec(20_240_521L, 5_000, 1_500, 420);
    }

    /** A spec with about two tracks per artist and the tag count of the sample, for large inputs. */
    public static SampleSpec ofTracks(long seed, int tracks) {
        return new SampleSpec(seed, tracks, Math.max(10, tracks / 3), 420);
    }

    public SampleSpec {
        if (tracks < 1 || artists < 1 || tags < 1) {
            throw new IllegalArgumentException("tracks, artists and tags must be positive");
        }
    }
}
