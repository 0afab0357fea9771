package org.genreworkbench.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Where a value sits in a JSON document, as the document names it: "models[1].threshold". */
public final class JsonPath {
    private JsonPath() {
    }

    /** The fields and indices leading to a value, rather than Jackson's class-qualified reference chain. */
    public static String of(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
