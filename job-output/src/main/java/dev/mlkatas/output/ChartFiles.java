package dev.mlkatas.output;

import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Saves an XChart chart twice, as {@code <name>.png} for reading and {@code <name>.svg} for print. Charts are
 * drawn without a display (headless).
 *
 * <p>Example: {@code ChartFiles.save(chart, out.file("roc"))} writes {@code roc.png} and {@code roc.svg}.
 */
public final class ChartFiles {

    private ChartFiles() {
    }

    public static void save(Chart<?, ?> chart, Path withoutExtension) throws IOException {
        System.setProperty("java.awt.headless", "true");
        String base = withoutExtension.toString();
        BitmapEncoder.saveBitmap(chart, base + ".png", BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, base + ".svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
