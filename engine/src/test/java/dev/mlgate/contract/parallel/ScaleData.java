package dev.mlgate.contract.parallel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Seeded CSV data for {@link ScaleContract}, with nulls, NaN, duplicates and failing rows planted throughout. */
final class ScaleData {

    private ScaleData() {
    }

    /**
     * Writes {@code rows} rows; {@code broken} > 0 makes that data row malformed (a missing field).
     */
    static Path write(Path file, int rows, long seed, int broken) throws IOException {
        Random random = new Random(seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,score,category,code,small,low,high,day\n");
            for (int row = 1; row <= rows; row++) {
                long id = random.nextInt(50) == 0 ? row - 1 : row; // repeats, and out of order
                String score = switch (random.nextInt(20)) {
                    case 0 -> "";
                    case 1 -> "NaN";
                    case 2 -> "150.5";
                    default -> Double.toString(random.nextGaussian() * 20 + 50);
                };
                String category = random.nextInt(30) == 0 ? "z" : String.valueOf("abc".charAt(random.nextInt(3)));
                String code = random.nextInt(10) == 0 ? "" : random.nextInt(25) == 0 ? "y" + row : "x" + random.nextInt(500);
                String small = random.nextInt(8) == 0 ? "" : Integer.toString(random.nextInt(14));
                double low = random.nextDouble() * 60;
                double high = low + random.nextGaussian() * 5;
                String day = random.nextInt(12) == 0 ? "" : "2024-01-" + String.format("%02d", 1 + random.nextInt(28));
                if (row == broken) {
                    out.write(id + "," + score + "\n");
                } else if (random.nextInt(40) == 0) {
                    out.write(String.join(",", Long.toString(id), "1.0", "a", "x1", "1", "1.0", "2.0", "2024-01-01") + "\n");
                } else {
                    out.write(id + "," + score + "," + category + "," + code + "," + small + "," + low + "," + high + ","
                            + day + "\n");
                }
            }
        }
        return file;
    }
}
