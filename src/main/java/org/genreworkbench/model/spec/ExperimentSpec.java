package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.HashSet;
import org.genreworkbench.model.JsonPath;
import java.util.List;
import java.util.Set;

/**
 * A whole experiment: the data, the split, the models and the seed. Read from and written to JSON. Grids
 * are expanded into models as the spec is made, so a stored spec names every model it ran.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExperimentSpec(String name, DatasetSpec dataset, Split split, List<ModelSpec> models, long seed,
                             List<ModelGrid> grids) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public ExperimentSpec {
        name = name == null ? "experiment" : name;
        if (dataset == null) {
            throw new IllegalArgumentException("the spec has no 'dataset'");
        }
        split = split == null ? Split.kfold(5) : split;
        List<ModelSpec> all = new java.util.ArrayList<>(models == null ? List.of() : models);
        if (grids != null) {
            grids.forEach(g -> all.addAll(g.expand()));
        }
        models = List.copyOf(all);
        grids = List.of();
        if (models.isEmpty()) {
            throw new IllegalArgumentException("the spec has no models");
        }
        Set<String> names = new HashSet<>();
        for (ModelSpec m : models) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("two models are named '" + m.name() + "'; give each its own name");
            }
            if (!m.method().fits(dataset.target())) {
                throw new IllegalArgumentException("model '" + m.name() + "': "
                        + (dataset.singleLabel() ? "single-label runs use method WEKA or MLP" : "method WEKA is for single-label runs"));
            }
        }
    }

    public ExperimentSpec(String name, DatasetSpec dataset, Split split, List<ModelSpec> models, long seed) {
        this(name, dataset, split, models, seed, List.of());
    }

    /**
     * Reads a spec; a mistake is refused naming where it is in the JSON ("models[1].threshold: threshold must
     * be PCut1, PCutL or a number between 0 and 1, not 'high'"), with the line and column in the location.
     */
    public static ExperimentSpec fromJson(String json) throws JsonProcessingException {
        try {
            return MAPPER.readValue(json, ExperimentSpec.class);
        } catch (JsonMappingException e) {
            String path = JsonPath.of(e.getPath());
            // the outermost refusal of ours says most (the model's name, then the option's)
            Throwable cause = e;
            while (cause != null && !(cause instanceof IllegalArgumentException) && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidSetting invalid) {
                path = path.isEmpty() ? invalid.field() : path + "." + invalid.field();
            }
            String why = cause instanceof InvalidSetting invalid ? invalid.problem()
                    : cause != null ? cause.getMessage() : e.getOriginalMessage();
            throw new JsonMappingException(null, (path.isEmpty() ? "" : path + ": ") + why, e.getLocation());
        }
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
