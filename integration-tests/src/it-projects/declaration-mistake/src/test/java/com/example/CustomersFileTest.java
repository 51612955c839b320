package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CustomersFileTest {

    @Test
    void theFileHasAHeader() throws Exception {
        assertEquals("id,age,country", Files.readAllLines(Path.of("data/customers.csv")).get(0));
    }
}
