package org.genreworkbench.labels;

import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.model.Track;

/**
 * A workspace whose tag tree is full of tied merges: three families of six artists that never share a tag
 * (average linkage joins all three at distance 1 in one step), each with the family's tag on all six
 * artists and one of three rarer tags on two each (which tie with each other inside the family).
 * Twelve tags at a minimum support of 2, one track per artist.
 */
public final class TiedFamilies {
    public static final ClusteringSettings SETTINGS = new ClusteringSettings(2, TagDistance.JACCARD, Linkage.AVERAGE);

    private TiedFamilies() {
    }

    public static Project project() {
        Project project = new Project();
        List<Artist> artists = new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        for (String family : List.of("rock", "rap", "folk")) {
            for (int a = 0; a < 6; a++) {
                String id = family + a;
                artists.add(new Artist(id, id, List.of(family, family + " " + (a % 3)), null, null, Source.FILE, Source.FILE));
                tracks.add(new Track("t-" + id, "song of " + id, null, null, null, null, null, List.of(id), null,
                        Source.FILE, null));
            }
        }
        project.putArtists(artists);
        project.putTracks(tracks);
        return project;
    }
}
