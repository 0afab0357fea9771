package org.genreworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.io.InputStream;
import java.io.OutputStream;
import org.genreworkbench.model.JsonPath;
import org.genreworkbench.model.TreeCut;

/**
 * The JSON mapper for workspace entries. Plain data binding only: no polymorphic type handling, so the
 * content of a file can never choose which class gets instantiated.
 */
public final class WorkspaceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // The model's maps (a scheme's tags, a fold's scores) are Map.copyOf, whose order changes from one run
            // of Java to the next: sorted, the same project saves to the same bytes every time.
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addMixIn(TreeCut.class, TreeCutJson.class)
            .registerModule(instants());

    /** An instant as ISO-8601 text, "2026-11-24T10:00:00.123Z", without the JSR-310 module for one type. */
    private static SimpleModule instants() {
        SimpleModule module = new SimpleModule("instants");
        module.addSerializer(Instant.class, ToStringSerializer.instance);
        module.addDeserializer(Instant.class, new FromStringDeserializer<>(Instant.class) {
            @Override
            protected Instant _deserialize(String value, DeserializationContext context) {
                return Instant.parse(value);
            }
        });
        return module;
    }

    /**
     * A label scheme's cut is one of two records, told apart by {@code "kind": "height"} or {@code "dynamic"}.
     * The names map to a closed list of the model's own records: the file still never names a class.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = TreeCut.AtHeight.class, name = "height"),
        @JsonSubTypes.Type(value = TreeCut.Dynamic.class, name = "dynamic")})
    private abstract static class TreeCutJson {
    }

    private WorkspaceJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static void write(Object value, OutputStream out) throws IOException {
        MAPPER.writeValue(out, value);
    }

    private static WorkspaceException badJson(String entry, JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return new WorkspaceException(entry + where + ": bad JSON (" + e.getOriginalMessage() + ")", e);
    }

    static <T> T read(String entry, InputStream in, JavaType type) throws WorkspaceException {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new WorkspaceException(entry + ": the entry holds null instead of data");
            }
            return value;
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException parse && !(parse instanceof JsonMappingException)) {
                throw badJson(entry, parse);
            }
            String at = e.getPath().isEmpty() ? "" : " at " + JsonPath.of(e.getPath());
            throw new WorkspaceException(entry + at + ": wrong type or shape (" + e.getOriginalMessage() + ")", e);
        } catch (JsonProcessingException e) {
            throw badJson(entry, e);
        } catch (WorkspaceException e) {
            throw e;
        } catch (IOException e) {
            throw new WorkspaceException(entry + ": " + e.getMessage(), e);
        }
    }
}
