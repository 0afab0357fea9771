package org.genreworkbench.ml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A whole experiment: the data, the split, the models and the seed. Read from and written to JSON. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExperimentSpec(String name, DatasetSpec dataset, SplitSpec split, List<ModelSpec> models, long seed) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public ExperimentSpec {
        name = name == null ? "experiment" : name;
        if (dataset == null) {
            throw new IllegalArgumentException("the spec has no 'dataset'");
        }
        split = split == null ? SplitSpec.kfold(5) : split;
        models = models == null ? List.of() : List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("the spec has no models");
        }
        Set<String> names = new HashSet<>();
        for (ModelSpec m : models) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("two models are named '" + m.name() + "'; give each its own name");
            }
            if (dataset.singleLabel() != m.method().equals("WEKA")) {
                throw new IllegalArgumentException("model '" + m.name() + "': "
                        + (dataset.singleLabel() ? "single-label runs use method WEKA" : "method WEKA is for single-label runs"));
            }
        }
    }

    public static ExperimentSpec fromJson(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, ExperimentSpec.class);
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
