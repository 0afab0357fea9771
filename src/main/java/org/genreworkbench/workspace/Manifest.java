package org.genreworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The first entry of a workspace: which format it is in, what wrote it, and counts for a quick look.
 *
 * @param format        always "genre-workbench-workspace": tells a workspace from any other zip
 * @param formatVersion see {@link WorkspaceFormat#CURRENT_VERSION}
 * @param tracks        the counts give a quick look, and are checked against the entries on opening, so an
 *                      entry that lost rows or was swapped is noticed
 * @param entries       every entry the writer wrote: one missing from the file is refused rather than read as
 *                      empty (null in files written before this list existed)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        String format,
        Integer formatVersion,
        String application,
        String savedAt,
        Integer tracks,
        Integer artists,
        Integer playlists,
        Integer labelSchemes,
        Integer experiments,
        List<String> entries) {

    public static final String FORMAT_NAME = "genre-workbench-workspace";
}
