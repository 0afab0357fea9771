package org.genreworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves what a scene shows as a PNG under target/screenshots, so people can look at the screens tests reach. */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path save(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        return file;
    }
}
