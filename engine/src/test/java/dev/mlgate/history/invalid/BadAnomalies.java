package dev.mlgate.history.invalid;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Maximum;
import dev.mlgate.contract.Mean;
import dev.mlgate.history.NoAnomaly.Strategy;
import dev.mlgate.history.NoAnomaly;

/** Anomaly declarations that watch nothing, watch two checks at once, or lack their strategy's bounds. */
@DataContract(data = "orders.csv")
@NoAnomaly(metric = "nothing")
public record BadAnomalies(
        @NoAnomaly long id,
        @Mean(min = 0) @Maximum(max = 100) @NoAnomaly double amount,
        @Mean(min = 0) @NoAnomaly(strategy = Strategy.ABSOLUTE_CHANGE) double tax) {
}
