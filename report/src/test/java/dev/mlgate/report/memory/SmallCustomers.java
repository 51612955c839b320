package dev.mlgate.report.memory;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Nullable;
import dev.mlgate.contract.RowCount;

/** A healthy suite beside the one that runs out of memory. */
@DataContract(data = "customers.csv")
@RowCount(min = 3)
public record SmallCustomers(long id, int age, @Nullable String email, String country) {
}
