package dev.mlgate.contract.invalid;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DriftScale;
import dev.mlgate.contract.NoDrift;

/** Asks to count a decimal column's values as categories. */
@DataContract(data = "current.csv", reference = "reference.csv")
public record DecimalAsCategories(@NoDrift(as = DriftScale.CATEGORICAL) double y) {
}
