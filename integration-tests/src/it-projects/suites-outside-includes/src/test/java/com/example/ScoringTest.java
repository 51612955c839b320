package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.DataContract;
import org.junit.jupiter.api.Test;

class ScoringTest {

    /** A suite kept next to the test that uses the same file: Surefire's default excludes skip nested classes. */
    @DataContract(data = "data/customers.csv")
    record AgesContract(@Between(min = 0, max = 120) int age) {
    }

    @Test
    void agesAreYears() {
        assertEquals(34, Integer.parseInt("34"));
    }
}
