package org.genreworkbench.sample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;

/**
 * Makes a synthetic but realistic project: genre tags in families with a long tail of rare regional tags,
 * artists carrying 1–6 tags mostly from one family, tracks whose audio features follow their family, and a
 * few explicit missing values. Deterministic for a {@link SampleSpec}: the bundled sample workspace, the
 * tests and the benchmarks all come from here. Everything it makes is marked {@link Source#SYNTHETIC}.
 */
public final class SampleGenerator {
    private static final String OWNER = "Genre Workbench sample data (synthetic)";
    private static final String[] REGIONS = {
        "uk", "german", "french", "brazilian", "australian", "canadian", "swedish", "japanese", "italian", "dutch",
        "mexican", "korean", "spanish", "norwegian", "finnish", "danish", "polish", "russian", "irish", "belgian",
        "indian", "nigerian", "south african", "argentine", "colombian", "turkish", "greek", "portuguese",
        "austrian", "swiss", "czech", "atlanta", "chicago", "houston", "baton rouge", "detroit", "seattle",
        "nashville", "bay area", "memphis", "miami", "new york", "london", "berlin", "melbourne", "toronto"};
    private static final String[] NAME_WORDS = {
        "Velvet", "Neon", "Silver", "Midnight", "Golden", "Crystal", "Echo", "Lunar", "Paper", "Wild", "Static",
        "Broken", "Electric", "Quiet", "Hollow", "Scarlet", "Northern", "Glass", "Atomic", "Cosmic", "River",
        "Stone", "Summer", "Winter", "Shadow", "Honey", "Iron", "Ocean", "Desert", "Violet"};
    private static final String[] NAME_NOUNS = {
        "Foxes", "Hearts", "Lights", "Kings", "Wolves", "Machines", "Saints", "Ghosts", "Rivers", "Tides",
        "Dreams", "Sparrows", "Engines", "Horizons", "Bandits", "Mirrors", "Comets", "Orchids", "Pilots", "Waves"};

    private final SampleSpec spec;
    private final Random random;

    public SampleGenerator(SampleSpec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
    }

    /** Generates a new project for the spec. */
    public static Project generate(SampleSpec spec) {
        return new SampleGenerator(spec).build();
    }

    private Project build() {
        List<GenreFamily> families = GenreFamily.all();
        TagCatalogue tags = TagCatalogue.create(families, spec.tags(), REGIONS, random);
        List<Artist> artists = new ArrayList<>(spec.artists());
        int[] artistFamily = new int[spec.artists()];
        double[] familyWeights = familyWeights(families.size());
        for (int i = 0; i < spec.artists(); i++) {
            int family = pick(familyWeights);
            artistFamily[i] = family;
            artists.add(artist(i, family, tags));
        }
        List<Track> tracks = new ArrayList<>(spec.tracks());
        List<List<String>> tracksByFamily = new ArrayList<>();
        for (int f = 0; f < families.size(); f++) {
            tracksByFamily.add(new ArrayList<>());
        }
        for (int i = 0; i < spec.tracks(); i++) {
            // The first pass gives every artist a track, then artists are drawn at random.
            int a = i < artists.size() ? i : random.nextInt(artists.size());
            List<String> artistIds = new ArrayList<>(List.of(artists.get(a).id()));
            if (random.nextDouble() < 0.15) {
                String featured = artists.get(random.nextInt(artists.size())).id();
                if (!artistIds.contains(featured)) {
                    artistIds.add(featured);
                }
            }
            Track track = track(i, artistIds, families.get(artistFamily[a]), artists.get(a));
            tracks.add(track);
            tracksByFamily.get(artistFamily[a]).add(track.id());
        }
        Project project = new Project();
        project.putArtists(artists);
        project.putTracks(tracks);
        project.putPlaylists(playlists(families, tracksByFamily));
        return project;
    }

    private double[] familyWeights(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / Math.sqrt(i + 1.0);
        }
        return w;
    }

    private Artist artist(int index, int family, TagCatalogue tags) {
        String id = spotifyLikeId();
        String name = NAME_WORDS[random.nextInt(NAME_WORDS.length)] + " "
                + NAME_NOUNS[random.nextInt(NAME_NOUNS.length)] + (index >= 600 ? " " + (index / 600 + 1) : "");
        Set<String> genres = new LinkedHashSet<>();
        if (random.nextDouble() >= 0.03) {
            int count = 1 + pick(new double[] {0.22, 0.22, 0.2, 0.14, 0.12, 0.1});
            while (genres.size() < count) {
                boolean crossover = random.nextDouble() < 0.15;
                int f = crossover ? random.nextInt(tags.familyCount()) : family;
                genres.add(tags.pick(f, random));
            }
        }
        double logFollowers = 6 + 2.2 * random.nextGaussian();
        Long followers = random.nextDouble() < 0.02 ? null : Math.max(0L, Math.round(Math.exp(logFollowers)));
        int popularity = clampInt((int) Math.round(logFollowers * 5 + random.nextGaussian() * 8), 0, 100);
        return new Artist(id, name, List.copyOf(genres), followers, popularity, Source.SYNTHETIC, Source.SYNTHETIC);
    }

    private Track track(int index, List<String> artistIds, GenreFamily family, Artist artist) {
        GenreFamily.FeatureMeans m = family.means();
        AudioFeatures features;
        if (random.nextDouble() < 0.015) {
            features = AudioFeatures.none();
        } else {
            AudioFeatures.Builder b = AudioFeatures.builder()
                    .set(AudioFeature.DANCEABILITY, unit(m.danceability(), 0.13))
                    .set(AudioFeature.ENERGY, unit(m.energy(), 0.16))
                    .set(AudioFeature.KEY, random.nextInt(12))
                    .set(AudioFeature.LOUDNESS, round(clamp(m.loudness() + 2.8 * random.nextGaussian(), -45, 1.5), 3))
                    .set(AudioFeature.MODE, random.nextDouble() < m.modeMajorShare() ? 1 : 0)
                    .set(AudioFeature.SPEECHINESS, unit(m.speechiness(), m.speechiness() * 0.6 + 0.02))
                    .set(AudioFeature.ACOUSTICNESS, unit(m.acousticness(), 0.2))
                    .set(AudioFeature.INSTRUMENTALNESS, skewedUnit(m.instrumentalness()))
                    .set(AudioFeature.LIVENESS, skewedUnit(m.liveness()))
                    .set(AudioFeature.VALENCE, unit(m.valence(), 0.2))
                    .set(AudioFeature.TEMPO, round(clamp(m.tempo() + 26 * random.nextGaussian(), 50, 220), 3))
                    .set(AudioFeature.TIME_SIGNATURE, timeSignature());
            if (random.nextDouble() < 0.005) {
                b.clear(AudioFeature.TEMPO);
            }
            features = b.build();
        }
        int year = clampInt((int) Math.round(2024 - Math.abs(random.nextGaussian() * 14)), 1955, 2024);
        String date = random.nextDouble() < 0.1 ? Integer.toString(year)
                : String.format("%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int duration = clampInt((int) Math.round(215_000 + 55_000 * random.nextGaussian()), 45_000, 900_000);
        Integer artistPopularity = artist.popularity();
        int popularity = clampInt((int) Math.round((artistPopularity == null ? 40 : artistPopularity)
                + 12 * random.nextGaussian()), 0, 100);
        boolean explicit = random.nextDouble() < (family.name().equals("hip hop") ? 0.6 : 0.08);
        String name = NAME_WORDS[random.nextInt(NAME_WORDS.length)] + " "
                + NAME_NOUNS[random.nextInt(NAME_NOUNS.length)].toLowerCase() + " #" + (index + 1);
        String album = NAME_WORDS[random.nextInt(NAME_WORDS.length)] + " " + NAME_NOUNS[random.nextInt(NAME_NOUNS.length)];
        return new Track(spotifyLikeId(), name, album, date, duration, popularity, explicit, artistIds, features,
                Source.SYNTHETIC, Source.SYNTHETIC);
    }

    private List<Playlist> playlists(List<GenreFamily> families, List<List<String>> tracksByFamily) {
        String[] suffixes = {"Essentials", "Classics", "Now"};
        List<Playlist> playlists = new ArrayList<>();
        for (int f = 0; f < families.size(); f++) {
            GenreFamily family = families.get(f);
            List<String> ids = tracksByFamily.get(f);
            int parts = suffixes.length;
            for (int p = 0; p < parts; p++) {
                List<String> slice = ids.subList(ids.size() * p / parts, ids.size() * (p + 1) / parts);
                String title = Character.toUpperCase(family.name().charAt(0)) + family.name().substring(1)
                        + " " + suffixes[p];
                playlists.add(new Playlist(spotifyLikeId(), title, family.name(), family.name(), OWNER, slice,
                        List.of(family.name()), Source.SYNTHETIC));
            }
        }
        return playlists;
    }

    private double unit(double mean, double sd) {
        return round(clamp(mean + sd * random.nextGaussian(), 0, 1), 4);
    }

    /** For features that pile up near zero with a long right tail (instrumentalness, liveness). */
    private double skewedUnit(double mean) {
        double shape = Math.max(mean, 0.005);
        double v = -shape * Math.log(1 - random.nextDouble());
        return round(clamp(v, 0, 1), 5);
    }

    private int timeSignature() {
        double r = random.nextDouble();
        return r < 0.9 ? 4 : r < 0.97 ? 3 : r < 0.99 ? 5 : 1;
    }

    private int pick(double[] weights) {
        return WeightedChoice.pick(weights, random);
    }

    private String spotifyLikeId() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        char[] id = new char[22];
        for (int i = 0; i < id.length; i++) {
            id[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(id);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static int clampInt(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }
}
