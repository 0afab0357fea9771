package org.genreworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The first entry of a workspace: which format it is in, what wrote it, and counts for a quick look.
 *
 * @param format        always "genre-workbench-workspace": tells a workspace from any other zip
 * @param formatVersion see {@link WorkspaceFormat#CURRENT_VERSION}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        String format,
        int formatVersion,
        String application,
        String savedAt,
        int tracks,
        int artists,
        int playlists,
        int labelSchemes,
        int experiments) {

    public static final String FORMAT_NAME = "genre-workbench-workspace";
}
