package org.genreworkbench.workspace;

import java.io.IOException;
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

    static List<Artist> read(byte[] utf8) throws IOException {
        CsvTableReader csv = new CsvTableReader(WorkspaceFormat.ARTISTS, utf8);
        csv.require("id");
        int id = csv.column("id");
        int name = csv.column("name");
        int genres = csv.column("genres");
        int followers = csv.column("followers");
        int popularity = csv.column("popularity");
        int source = csv.column("source");
        int genresSource = csv.column("genres_source");
        Interner tags = new Interner(1 << 16);
        List<Artist> artists = new ArrayList<>();
        while (csv.next()) {
            artists.add(new Artist(
                    csv.requiredText(id),
                    csv.text(name),
                    ListCodec.split(csv.text(genres), tags),
                    csv.longValue(followers),
                    csv.integer(popularity),
                    csv.enumValue(source, Source.class),
                    csv.enumValue(genresSource, Source.class)));
        }
        return artists;
    }
}
