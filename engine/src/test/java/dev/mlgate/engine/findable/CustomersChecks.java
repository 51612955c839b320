package dev.mlgate.engine.findable;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Nullable;
import dev.mlgate.contract.RowCount;

/**
 * A test class that is no suite itself but holds a contract record, as a test class holds helpers;
 * Surefire sends only the outer class, whose name matches its includes.
 */
public class CustomersChecks {

    /** The nested contract. */
    @DataContract(data = "customers.csv")
    @RowCount(min = 3)
    public record Customers(long id, int age, @Nullable String email, String country) {
    }
}
