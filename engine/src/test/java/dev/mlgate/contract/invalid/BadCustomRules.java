package dev.mlgate.contract.invalid;

import dev.mlgate.contract.Check;
import dev.mlgate.contract.CheckContext;
import dev.mlgate.contract.DataContract;
import tech.tablesaw.api.Table;

/** A rule naming columns the contract does not declare, and one taking its context before the table. */
@DataContract(data = "people.csv")
public record BadCustomRules(long id, double amount) {

    @Check(columns = {"amount", "income", "age", "income"})
    static void unknownColumns(Table table) {
    }

    @Check
    static void contextFirst(CheckContext context, Table table) {
    }
}
