package org.genreworkbench.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Upgrades the entries of a workspace written in an older format version, one version step at a time,
 * before they are parsed. Each step takes the raw entries of version N and returns those of version N + 1.
 * A change to the format adds a step here and raises {@link WorkspaceFormat#CURRENT_VERSION}:
 * 1 → 2 types the label schemes' settings ({@link LabelSchemeSettingsMigration}); 2 → 3 keeps an experiment's
 * definition as a JSON object and when it ran as an instant ({@link ExperimentTypingMigration}); 3 → 4 writes
 * the histogram bins LightGBM models ran with into their options, as the default changed ({@link
 * LightGbmBinsMigration}).
 */
public final class WorkspaceMigrations {

    /** One step from {@link #fromVersion()} to {@code fromVersion() + 1}. */
    public interface Step {
        int fromVersion();

        Map<String, byte[]> migrate(Map<String, byte[]> entries) throws WorkspaceException;
    }

    private final List<Step> steps;

    public WorkspaceMigrations(List<Step> steps) {
        this.steps = new ArrayList<>(steps);
        this.steps.sort(Comparator.comparingInt(Step::fromVersion));
    }

    /** The migrations this build ships. */
    public static WorkspaceMigrations standard() {
        return new WorkspaceMigrations(List.of(new LabelSchemeSettingsMigration(), new ExperimentTypingMigration(),
                new LightGbmBinsMigration()));
    }

    /** Applies every step from {@code version} up to {@code target}. */
    Map<String, byte[]> upgrade(Map<String, byte[]> entries, int version, int target) throws WorkspaceException {
        Map<String, byte[]> current = entries;
        for (int v = version; v < target; v++) {
            Step step = find(v);
            current = step.migrate(current);
        }
        return current;
    }

    boolean canUpgradeFrom(int version, int target) {
        for (int v = version; v < target; v++) {
            int from = v;
            if (steps.stream().noneMatch(s -> s.fromVersion() == from)) {
                return false;
            }
        }
        return true;
    }

    private Step find(int version) throws WorkspaceException {
        return steps.stream().filter(s -> s.fromVersion() == version).findFirst()
                .orElseThrow(() -> new WorkspaceException("no migration from format version " + version));
    }
}
