package org.genreworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Snapshots for background work: each side may go on changing without the other seeing it, and a snapshot
 * copies nothing until one side changes (the window takes one for each view after every change of a million
 * tracks).
 */
class ProjectSnapshotTest {

    private static Track track(String id) {
        return new Track(id, "Song " + id, null, null, null, null, null, List.of("a1"), AudioFeatures.none(),
                Source.FILE, null);
    }

    private static Project project() {
        Project project = new Project();
        project.putTracks(List.of(track("t1"), track("t2")));
        project.putArtists(List.of(new Artist("a1", "One", List.of("pop"), null, null, Source.FILE, Source.FILE)));
        project.putPlaylists(List.of(new Playlist("p1", "Mix", null, "pop", null, List.of("t1"), List.of(), Source.FILE)));
        return project;
    }

    @Test
    void aSnapshotKeepsWhatItHadWhileTheProjectChangesAndTheOtherWayRound() {
        Project project = project();
        Project snapshot = project.snapshot();

        project.putTracks(List.of(track("t3")));
        project.putArtists(List.of(new Artist("a2", "Two", List.of(), null, null, Source.FILE, Source.FILE)));
        project.putPlaylists(List.of(new Playlist("p2", "Other", null, null, null, List.of(), List.of(), Source.FILE)));
        assertThat(snapshot.tracks()).containsOnlyKeys("t1", "t2");
        assertThat(snapshot.artists()).containsOnlyKeys("a1");
        assertThat(snapshot.playlists()).containsOnlyKeys("p1");

        snapshot.putTracks(List.of(track("t9")));
        assertThat(project.tracks()).containsOnlyKeys("t1", "t2", "t3");
        assertThat(snapshot.tracks()).containsOnlyKeys("t1", "t2", "t9");
    }

    @Test
    void aViewTakenBeforeAChangeShowsTheChangeEvenWhenTheChangeCopiedTheMap() {
        Project project = project();
        Map<String, Track> tracks = project.tracks();
        Map<String, Artist> artistsOnlyView = project.artistsOnly().artists();
        project.snapshot();

        project.putTracks(List.of(track("t3")));
        assertThat(tracks).containsOnlyKeys("t1", "t2", "t3");
        assertThat(tracks.values()).extracting(Track::id).containsExactly("t1", "t2", "t3");
        assertThat(artistsOnlyView).containsOnlyKeys("a1");
    }

    @Test
    void aSharedMapIsCopiedOnceByTheFirstSideThatChangesIt() {
        CopiedOnWrite<Track> mine = new CopiedOnWrite<>(new java.util.LinkedHashMap<>(Map.of("t1", track("t1"))));
        CopiedOnWrite<Track> theirs = mine.share();
        assertThat(theirs.read()).isSameAs(mine.read());

        Map<String, Track> copied = mine.write();
        assertThat(copied).isNotSameAs(theirs.read()).isEqualTo(theirs.read());
        // copied once: later changes go to the same own map
        assertThat(mine.write()).isSameAs(copied);
        // the other side still shares nothing with anyone, but does not know it: it copies once too
        assertThat(theirs.write()).isNotSameAs(copied);
    }
}
