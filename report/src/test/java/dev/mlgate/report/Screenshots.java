package dev.mlgate.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Screenshots of a report.html for people to look at: the first screen and each section, at a given
 * width. Used by {@link BrowserTest}, and by hand for the examples' reports:
 * {@code java -cp <test classpath> dev.mlgate.report.Screenshots <report.html> <out dir> <prefix>}.
 */
final class Screenshots {

    static final List<String> SECTIONS = List.of("verdict", "checks", "data", "models", "trends", "lineage");
    /** Single parts worth a close look: the first drifting column card, the comparison table, model charts. */
    static final List<String> PARTS = List.of("article.column:has(svg.chart-histogram)", "table.comparison",
            "div.charts", "#check-table");

    private Screenshots() {
    }

    static void take(Chromium chromium, Path html, int width, Path dir, String prefix) throws Exception {
        chromium.open(html, width, 1000);
        chromium.screenshot(dir.resolve(prefix + "-" + width + "-first-screen.png"), false);
        for (String section : SECTIONS) {
            chromium.screenshot(dir.resolve(prefix + "-" + width + "-" + section + ".png"), "#" + section);
        }
        for (int i = 0; i < PARTS.size(); i++) {
            chromium.screenshot(dir.resolve(prefix + "-" + width + "-part" + (i + 1) + ".png"), PARTS.get(i));
        }
    }

    public static void main(String[] args) throws Exception {
        Path html = Path.of(args[0]).toAbsolutePath();
        Path dir = Path.of(args[1]).toAbsolutePath();
        try (Chromium chromium = Chromium.start(Files.createTempDirectory("mlgate-chromium"))) {
            for (int width : new int[] {1400, 1920}) {
                take(chromium, html, width, dir, args[2]);
                System.out.println(width + " px: page " + chromium.evaluate("document.documentElement.scrollWidth")
                        + " wide; overflowing " + chromium.evaluate(Probes.OVERFLOWING) + "; overlapping "
                        + chromium.evaluate(Probes.OVERLAPS) + "; cut off " + chromium.evaluate(Probes.CLIPPED)
                        + "; errors " + chromium.errors());
            }
        }
    }
}
