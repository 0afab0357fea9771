package org.genreworkbench.model;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One of a project's maps (tracks, artists, playlists by id), which its snapshots share until one side changes
 * it: the side that changes it first copies it then, once. A snapshot of a million tracks thus costs nothing at
 * the moment it is taken (the window's thread takes one for each view's background work after every change), and
 * no more than the copy it used to make when a change follows it.
 *
 * <p>Like the project, each instance belongs to one thread; {@link #share} is called by the owner, which then
 * hands the new instance to another thread (the hand-over orders the two).
 */
final class CopiedOnWrite<V> {
    private Map<String, V> map;
    /** True while another instance may hold {@link #map}: it is then never changed in place. */
    private boolean shared;

    CopiedOnWrite(Map<String, V> map) {
        this.map = map;
    }

    /** The map, to read. */
    Map<String, V> read() {
        return map;
    }

    /** The map, to change: this instance's own copy from the first change after a share on. */
    Map<String, V> write() {
        if (shared) {
            map = new LinkedHashMap<>(map);
            shared = false;
        }
        return map;
    }

    /** Another instance with the same entries, which from now on neither changes in place. */
    CopiedOnWrite<V> share() {
        shared = true;
        CopiedOnWrite<V> other = new CopiedOnWrite<>(map);
        other.shared = true;
        return other;
    }

    /** A read-only view that always shows the current map, also after a change has copied it. */
    Map<String, V> view() {
        return new View();
    }

    private final class View extends AbstractMap<String, V> {
        private Map<String, V> now() {
            return Collections.unmodifiableMap(map);
        }

        @Override
        public V get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return now().entrySet();
        }

        @Override
        public Set<String> keySet() {
            return now().keySet();
        }

        @Override
        public Collection<V> values() {
            return now().values();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super V> action) {
            map.forEach(action);
        }
    }
}
