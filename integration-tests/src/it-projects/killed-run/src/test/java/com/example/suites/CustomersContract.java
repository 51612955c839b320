package com.example.suites;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.Unique;
import dev.mlgate.contract.Check;
import tech.tablesaw.api.Table;

@DataContract(data = "data/customers.csv")
@RowCount(min = 3)
public record CustomersContract(
        @Unique long id,
        @Between(min = 0, max = 120) int age,
        @OneOf({"DE", "FR", "US"}) String country) {

    /** Passes on any data; with -Dkill=true it ends the JVM at once, as kill -9 would, mid-run. */
    @Check
    static void survivesUnlessKilled(Table customers) {
        if (Boolean.getBoolean("kill")) {
            Runtime.getRuntime().halt(137);
        }
    }
}
