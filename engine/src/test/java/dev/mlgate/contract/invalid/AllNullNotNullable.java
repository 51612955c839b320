package dev.mlgate.contract.invalid;

import dev.mlgate.contract.AllNull;
import dev.mlgate.contract.DataContract;

/** Requires a column to be empty but forbids nulls in it. */
@DataContract(data = "people.csv")
public record AllNullNotNullable(@AllNull String code) {
}
