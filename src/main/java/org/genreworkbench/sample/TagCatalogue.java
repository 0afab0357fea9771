package org.genreworkbench.sample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The genre tags of the synthetic data, per family, with Zipf-like weights so that a few tags are carried
 * by many artists and most by very few: the sparsity that makes genre tags a hard label.
 */
final class TagCatalogue {
    private final List<List<String>> tagsByFamily;
    private final List<double[]> weightsByFamily;

    /** Regional variants are much rarer than a family's core tags, as "baton rouge rap" is beside "rap". */
    private static final double REGIONAL_WEIGHT = 0.2;

    private TagCatalogue(List<List<String>> tagsByFamily, List<Integer> coreCounts) {
        this.tagsByFamily = tagsByFamily;
        this.weightsByFamily = new ArrayList<>();
        for (int f = 0; f < tagsByFamily.size(); f++) {
            double[] w = new double[tagsByFamily.get(f).size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = (i < coreCounts.get(f) ? 1.0 : REGIONAL_WEIGHT) / Math.pow(i + 1, 1.1);
            }
            weightsByFamily.add(w);
        }
    }


    static TagCatalogue create(List<GenreFamily> families, int targetTags, String[] regions, Random random) {
        List<List<String>> byFamily = new ArrayList<>();
        List<Integer> coreCounts = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (GenreFamily f : families) {
            List<String> tags = new ArrayList<>();
            for (String t : f.coreTags()) {
                if (all.add(t)) {
                    tags.add(t);
                }
            }
            byFamily.add(tags);
            coreCounts.add(tags.size());
        }
        int attempts = 0;
        while (all.size() < targetTags && attempts++ < targetTags * 50) {
            int f = random.nextInt(families.size());
            List<String> core = families.get(f).coreTags();
            String tag = regions[random.nextInt(regions.length)] + " " + core.get(random.nextInt(Math.min(3, core.size())));
            if (all.add(tag)) {
                byFamily.get(f).add(tag);
            }
        }
        return new TagCatalogue(byFamily, coreCounts);
    }

    int familyCount() {
        return tagsByFamily.size();
    }

    String pick(int family, Random random) {
        return tagsByFamily.get(family).get(WeightedChoice.pick(weightsByFamily.get(family), random));
    }
}
