package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionsFileTest {

    @Test
    void everyScoreIsAProbability() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("data/predictions.csv"));
        for (String row : rows.subList(1, rows.size())) {
            double score = Double.parseDouble(row.split(",")[2]);
            assertTrue(score >= 0 && score <= 1, row);
        }
    }
}
