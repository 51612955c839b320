package com.example.suites;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.Unique;

@DataContract(data = "data/customers.csv")
@RowCount(min = 3)
public record CustomersContract(
        @Unique long id,
        @Between(min = 0, max = 120) int age,
        @OneOf({"DE", "FR", "US"}) String country) {
}
