package dev.mlgate.contract.invalid;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DriftMethod;
import dev.mlgate.contract.NoDrift;

/** Asks for drift without naming a reference, and for a numeric test on text. */
@DataContract(data = "current.csv")
public record DriftWithoutReference(@NoDrift double x) {

    /** Declares a numeric-only drift method on a text column. */
    @DataContract(data = "current.csv", reference = "reference.csv")
    public record NumericTestOnText(@NoDrift(method = DriftMethod.KOLMOGOROV_SMIRNOV) String color) {
    }
}
