package org.genreworkbench.sample;

import java.util.List;

/**
 * A family of related genre tags with the typical audio features of its tracks. The means and spreads are
 * chosen to resemble published per-genre averages of Spotify audio features (pop loud and danceable,
 * classical acoustic and instrumental, rap speechy), so that the synthetic data has learnable structure.
 *
 * @param means     in {@link FeatureMeans} order
 */
record GenreFamily(String name, List<String> coreTags, FeatureMeans means) {

    /** Means and standard deviations of the continuous features for one family. */
    record FeatureMeans(double danceability, double energy, double loudness, double speechiness,
                        double acousticness, double instrumentalness, double liveness, double valence,
                        double tempo, double modeMajorShare) {
    }

    static List<GenreFamily> all() {
        return List.of(
                new GenreFamily("pop", List.of("pop", "dance pop", "electropop", "post-teen pop", "indie pop",
                        "synthpop", "art pop", "teen pop"),
                        new FeatureMeans(0.65, 0.68, -6.0, 0.07, 0.18, 0.02, 0.17, 0.52, 120, 0.62)),
                new GenreFamily("rock", List.of("rock", "album rock", "classic rock", "hard rock", "alternative rock",
                        "indie rock", "modern rock", "garage rock", "punk rock"),
                        new FeatureMeans(0.50, 0.75, -7.0, 0.05, 0.12, 0.07, 0.21, 0.52, 125, 0.70)),
                new GenreFamily("hip hop", List.of("hip hop", "rap", "trap", "southern hip hop", "gangster rap",
                        "pop rap", "melodic rap", "drill"),
                        new FeatureMeans(0.74, 0.64, -6.8, 0.22, 0.16, 0.01, 0.19, 0.50, 118, 0.52)),
                new GenreFamily("electronic", List.of("edm", "house", "electro house", "techno", "trance",
                        "progressive house", "dubstep", "deep house"),
                        new FeatureMeans(0.66, 0.81, -5.6, 0.08, 0.07, 0.30, 0.20, 0.40, 126, 0.55)),
                new GenreFamily("latin", List.of("latin", "reggaeton", "latin pop", "tropical", "salsa", "bachata",
                        "urbano latino"),
                        new FeatureMeans(0.72, 0.71, -5.9, 0.10, 0.21, 0.03, 0.18, 0.63, 117, 0.58)),
                new GenreFamily("r&b", List.of("r&b", "urban contemporary", "neo soul", "soul", "contemporary r&b",
                        "quiet storm", "funk"),
                        new FeatureMeans(0.66, 0.58, -7.6, 0.10, 0.27, 0.03, 0.17, 0.53, 113, 0.50)),
                new GenreFamily("country", List.of("country", "contemporary country", "country road", "modern country rock",
                        "outlaw country", "bluegrass"),
                        new FeatureMeans(0.58, 0.64, -6.9, 0.04, 0.28, 0.01, 0.19, 0.58, 121, 0.85)),
                new GenreFamily("metal", List.of("metal", "heavy metal", "death metal", "metalcore", "thrash metal",
                        "black metal", "nu metal"),
                        new FeatureMeans(0.43, 0.90, -5.0, 0.09, 0.01, 0.18, 0.22, 0.31, 127, 0.60)),
                new GenreFamily("jazz", List.of("jazz", "vocal jazz", "bebop", "cool jazz", "smooth jazz",
                        "jazz fusion"),
                        new FeatureMeans(0.55, 0.36, -12.0, 0.05, 0.70, 0.40, 0.16, 0.50, 112, 0.60)),
                new GenreFamily("classical", List.of("classical", "early romantic era", "baroque", "orchestral",
                        "contemporary classical", "chamber music"),
                        new FeatureMeans(0.30, 0.15, -21.0, 0.04, 0.92, 0.80, 0.14, 0.22, 104, 0.66)),
                new GenreFamily("folk", List.of("folk", "indie folk", "singer-songwriter", "folk rock",
                        "stomp and holler", "americana"),
                        new FeatureMeans(0.52, 0.40, -10.0, 0.04, 0.62, 0.06, 0.15, 0.44, 116, 0.78)),
                new GenreFamily("reggae", List.of("reggae", "roots reggae", "dancehall", "dub", "ska"),
                        new FeatureMeans(0.76, 0.60, -7.8, 0.13, 0.16, 0.05, 0.20, 0.74, 104, 0.55)));
    }
}
