package dev.mlgate.engine.invalid;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.DataContract;

/** Bounds a text column numerically. */
@DataContract(data = "customers.csv")
public record BetweenOnText(@Between(min = 0, max = 1) String email) {
}
