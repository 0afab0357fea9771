package org.genreworkbench.model;

/** How far apart two genre tags are, from the sets of artists carrying them. */
public enum TagDistance {
    /** 1 − |A ∩ B| / |A ∪ B|. */
    JACCARD,
    /** 1 − |A ∩ B| / √(|A| · |B|): cosine on the artist incidence vectors. */
    COSINE;

    /** The distance of two tags carried by {@code a} and {@code b} artists, {@code shared} of them both. */
    public double distance(int shared, int a, int b) {
        return switch (this) {
            case JACCARD -> 1.0 - (double) shared / (a + b - shared);
            case COSINE -> 1.0 - shared / Math.sqrt((double) a * b);
        };
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TagDistance fromKey(String key) {
        return valueOf(key.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
