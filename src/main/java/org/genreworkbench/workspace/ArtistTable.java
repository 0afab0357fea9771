package org.genreworkbench.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.genreworkbench.export.CsvWriter;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.Source;

/** The {@code artists.csv} entry: one row per artist, genre tags joined with {@code |}. */
final class ArtistTable {
    private static final List<String> HEADER =
            List.of("id", "name", "genres", "followers", "popularity", "source", "genres_source");

    private ArtistTable() {
    }

    static void write(Collection<Artist> artists, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.of(out, HEADER, CsvWriter.Readers.PROGRAMS);
        for (Artist a : artists) {
            csv.text(a.id()).text(a.name()).text(ListCodec.join(a.genres()))
                    .number(a.followers()).number(a.popularity())
                    .text(a.source() == null ? null : a.source().name())
                    .text(a.genresSource() == null ? null : a.genresSource().name());
        }
        csv.finish();
    }

    static List<Artist> read(Reader in) throws IOException {
        List<Artist> artists = new ArrayList<>();
        try (CsvTableReader csv = new CsvTableReader(WorkspaceFormat.ARTISTS, in)) {
            csv.require("id");
            while (csv.next()) {
                artists.add(new Artist(
                        csv.requiredText("id"),
                        csv.text("name"),
                        ListCodec.split(csv.text("genres")),
                        csv.longValue("followers"),
                        csv.integer("popularity"),
                        csv.enumValue("source", Source.class),
                        csv.enumValue("genres_source", Source.class)));
            }
        }
        return artists;
    }
}
