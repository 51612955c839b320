package dev.mlgate.contract.invalid;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.RowRule;

/** Row rules declared wrongly, each a declaration problem. */
@DataContract(data = "signups.csv")
public record BadRowRules(long id) {

    @RowRule
    boolean notStatic(BadRowRules row) {
        return true;
    }

    @RowRule
    static Boolean boxedResult(BadRowRules row) {
        return true;
    }

    @RowRule
    static boolean noRow() {
        return true;
    }

    @RowRule
    static boolean otherType(String row) {
        return true;
    }

    @RowRule(mostly = 1.5)
    static boolean badMostly(BadRowRules row) {
        return true;
    }

    @RowRule(allowedViolations = -1)
    static boolean negativeAllowed(BadRowRules row) {
        return true;
    }

    /** A contract that is a class, not a record: there is no record to build per row. */
    @DataContract(data = "signups.csv")
    public static final class NotARecord {

        long id;

        @RowRule
        static boolean rule(NotARecord row) {
            return true;
        }
    }
}
