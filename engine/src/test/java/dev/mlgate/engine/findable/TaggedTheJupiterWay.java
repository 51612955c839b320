package dev.mlgate.engine.findable;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Nullable;
import dev.mlgate.contract.RowCount;
import org.junit.jupiter.api.Tag;

/** A contract tagged with Jupiter's {@code @Tag}, as users who know Jupiter write it. */
@DataContract(data = "customers.csv")
@RowCount(min = 3)
@Tag("nightly")
public record TaggedTheJupiterWay(long id, int age, @Nullable String email, String country) {
}
