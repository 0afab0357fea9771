package org.genreworkbench.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.Function;

/**
 * Format 1 → 2: a label scheme's settings were a map of strings ({@code "minSupport": "5", "cutHeight":
 * "0.842000"}) beside its edits; format 2 keeps them as typed data: {@code "settings": {"clustering": {...},
 * "cut": {"kind": "height", "height": 0.842}, "edits": [...], "clusters": 12, "tags": 300, "tagsSetAside": 20}}.
 * Keys format 1 never wrote are dropped; a value that is not what its key needs is refused, naming the scheme
 * and the key.
 */
final class LabelSchemeSettingsMigration extends JsonEntryMigration {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public int fromVersion() {
        return 1;
    }

    LabelSchemeSettingsMigration() {
        super(WorkspaceFormat.LABEL_SCHEMES);
    }

    @Override
    void upgrade(JsonNode root) throws WorkspaceException {
        JsonNode schemes = root.path("schemes");
        if (schemes.isArray()) {
            for (int i = 0; i < schemes.size(); i++) {
                if (schemes.get(i) instanceof ObjectNode scheme) {
                    migrate(scheme, i);
                }
            }
        }
    }

    private static void migrate(ObjectNode scheme, int index) throws WorkspaceException {
        JsonNode old = scheme.path("settings");
        Where where = new Where(index, scheme.path("name").asText(""));
        ObjectNode settings = NODES.objectNode();
        settings.set("clustering", clustering(old, where));
        settings.set("cut", cut(old, where));
        JsonNode edits = scheme.remove("edits");
        settings.set("edits", edits == null ? NODES.arrayNode() : edits);
        for (String count : new String[] {"clusters", "tags", "tagsSetAside"}) {
            settings.set(count, old.has(count) ? NODES.numberNode(whole(old, count, where)) : NODES.nullNode());
        }
        scheme.set("settings", settings);
    }

    /** The tree's settings, or null when the scheme did not give all three. */
    private static JsonNode clustering(JsonNode old, Where where) throws WorkspaceException {
        if (!old.has("minSupport") || !old.has("distance") || !old.has("linkage")) {
            return NODES.nullNode();
        }
        ObjectNode c = NODES.objectNode();
        c.put("minSupport", whole(old, "minSupport", where));
        c.put("distance", constant(old, "distance", where));
        c.put("linkage", constant(old, "linkage", where));
        return c;
    }

    /** The cut: dynamic when it says so, else at its height; null when it gives neither. */
    private static JsonNode cut(JsonNode old, Where where) throws WorkspaceException {
        ObjectNode c = NODES.objectNode();
        if ("dynamic".equals(old.path("cut").asText())) {
            c.put("kind", "dynamic");
            c.put("method", constant(old, "dynamicMethod", where));
            c.put("minClusterSize", whole(old, "minClusterSize", where));
            c.put("deepSplit", whole(old, "deepSplit", where));
            return c;
        }
        if (!old.has("cutHeight")) {
            return NODES.nullNode();
        }
        c.put("kind", "height");
        c.put("height", parsed(old, "cutHeight", where, "a number", Double::parseDouble));
        return c;
    }

    private static int whole(JsonNode old, String key, Where where) throws WorkspaceException {
        return parsed(old, key, where, "a whole number", s -> Integer.parseInt(s.strip()));
    }

    /** "average" → "AVERAGE", as the model's enums are named in format 2. */
    private static String constant(JsonNode old, String key, Where where) throws WorkspaceException {
        return parsed(old, key, where, "a name", s -> {
            if (s.isBlank()) {
                throw new IllegalArgumentException("blank");
            }
            return s.strip().toUpperCase(Locale.ROOT);
        });
    }

    private static <T> T parsed(JsonNode old, String key, Where where, String what, Function<String, T> parse)
            throws WorkspaceException {
        JsonNode value = old.get(key);
        try {
            if (value == null || !value.isValueNode() || value.isNull()) {
                throw new IllegalArgumentException("missing");
            }
            return parse.apply(value.asText());
        } catch (RuntimeException e) {
            throw new WorkspaceException(WorkspaceFormat.LABEL_SCHEMES + " at schemes[" + where.index() + "] ('"
                    + where.name() + "') settings." + key + ": " + (value == null ? "missing" : "'" + value.asText() + "'")
                    + " is not " + what + " (upgrading from format version 1)");
        }
    }

    private record Where(int index, String name) {
    }
}
