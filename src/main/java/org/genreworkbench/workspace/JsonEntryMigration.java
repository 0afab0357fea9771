package org.genreworkbench.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A migration step that changes one JSON entry in place: the entry is read as a tree, upgraded, and written
 * back; a workspace without the entry passes unchanged.
 */
abstract class JsonEntryMigration implements WorkspaceMigrations.Step {
    private final String entry;

    JsonEntryMigration(String entry) {
        this.entry = entry;
    }

    /** Changes the entry's tree to what the next format version holds. */
    abstract void upgrade(JsonNode root) throws WorkspaceException;

    @Override
    public final Map<String, byte[]> migrate(Map<String, byte[]> entries) throws WorkspaceException {
        byte[] old = entries.get(entry);
        if (old == null) {
            return entries;
        }
        JsonNode root = WorkspaceJson.read(entry, new ByteArrayInputStream(old),
                WorkspaceJson.mapper().constructType(JsonNode.class));
        upgrade(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WorkspaceJson.write(root, out);
        } catch (IOException e) {
            throw new WorkspaceException(entry + ": could not be upgraded (" + e.getMessage() + ")", e);
        }
        Map<String, byte[]> next = new HashMap<>(entries);
        next.put(entry, out.toByteArray());
        return next;
    }
}
