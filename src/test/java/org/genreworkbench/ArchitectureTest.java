package org.genreworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The direction of the arrows: the model and the work know nothing of screens; screens know no HTTP or Weka. */
class ArchitectureTest {
    private static final String[] NON_UI = {
        "org.genreworkbench.model..", "org.genreworkbench.workspace..", "org.genreworkbench.task..",
        "org.genreworkbench.sample..", "org.genreworkbench.settings..", "org.genreworkbench.ingest..",
        "org.genreworkbench.explore..", "org.genreworkbench.export..", "org.genreworkbench.labels..", "org.genreworkbench.ml..",
        "org.genreworkbench.charts..", "org.genreworkbench.report..", "org.genreworkbench.tracking..",
        "org.genreworkbench.cli.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.genreworkbench");
    }

    @Test
    void modelAndWorkNeverTouchTheScreen() {
        noClasses().that().resideInAnyPackage(NON_UI)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.embed..")
                .check(classes);
    }

    @Test
    void modelAndWorkNeverDependOnScreensOrWiring() {
        noClasses().that().resideInAnyPackage(NON_UI)
                .should().dependOnClassesThat().resideInAnyPackage("org.genreworkbench.ui..", "org.genreworkbench.app..")
                .check(classes);
    }

    @Test
    void screensNeverTalkHttpOrWekaDirectly() {
        noClasses().that().resideInAnyPackage("org.genreworkbench.ui..", "org.genreworkbench.app..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "weka..", "meka..", "mulan..",
                        "io.github.metarank..", "com.microsoft.ml..", "org.genreworkbench.ml.lightgbm..", "ai.djl..")
                .check(classes);
    }

    @Test
    void sparkStaysInItsEngine() {
        noClasses().that().resideOutsideOfPackage("org.genreworkbench.ml.engine.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..",
                        "org.genreworkbench.ml.engine.spark..")
                .check(classes);
    }

    @Test
    void theDomainModelDependsOnNoKindOfWork() {
        noClasses().that().resideInAPackage("org.genreworkbench.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.genreworkbench.workspace..",
                        "org.genreworkbench.ingest..", "org.genreworkbench.explore..", "org.genreworkbench.export..", "org.genreworkbench.labels..",
                        "org.genreworkbench.ml..", "org.genreworkbench.tracking..", "javafx..", "okhttp3..", "weka..", "meka..", "ai.djl..")
                .check(classes);
    }

    @Test
    void screensLeaveFilesAndImagesToTheServices() {
        noClasses().that().resideInAPackage("org.genreworkbench.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().resideInAPackage("javax.imageio..")
                .check(classes);
    }

    @Test
    void onlyTheServiceClientsTalkHttp() {
        noClasses().that().resideOutsideOfPackages("org.genreworkbench.ingest.spotify..", "org.genreworkbench.tracking..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .because("HTTP belongs to the clients of Spotify, ReccoBeats, MusicBrainz and MLflow")
                .check(classes);
    }

    @Test
    void theModelsScreenLeavesFilesToTheServices() {
        noClasses().that().resideInAPackage("org.genreworkbench.ui.models..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "javax.imageio..")
                .check(classes);
    }
}
