package org.genreworkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * An artist and the genre tags that make the labels. Nullable fields are missing values.
 *
 * @param genres        genre tags, empty when none are known
 * @param source        where name, followers and popularity came from
 * @param genresSource  where the genre tags came from, null when none are known
 */
public record Artist(
        String id,
        String name,
        List<String> genres,
        Long followers,
        Integer popularity,
        Source source,
        Source genresSource) {

    public Artist {
        Objects.requireNonNull(id, "id");
        genres = genres == null ? List.of() : List.copyOf(genres);
        if (genres.isEmpty()) {
            genresSource = null;
        }
    }

    /** A copy with other genre tags, recording where they came from. */
    public Artist withGenres(List<String> newGenres, Source from) {
        return new Artist(id, name, newGenres, followers, popularity, source, from);
    }
}
