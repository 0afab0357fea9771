package org.genreworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The first entry of a workspace: which format it is in, what wrote it, and counts for a quick look.
 *
 * @param format        always "genre-workbench-workspace": tells a workspace from any other zip
 * @param formatVersion see {@link WorkspaceFormat#CURRENT_VERSION}
 * @param tracks        the counts are for a quick look only; the entries themselves are authoritative
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
        Integer experiments) {

    public static final String FORMAT_NAME = "genre-workbench-workspace";
}
