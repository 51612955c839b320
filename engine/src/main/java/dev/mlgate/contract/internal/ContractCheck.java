package dev.mlgate.contract.internal;

import dev.mlgate.engine.internal.check.CheckSpec;
import java.util.Map;
import java.util.Set;

/**
 * A contract check with what it needs from the scan: the metrics per column, and whether it needs the
 * whole table (custom rules only).
 */
record ContractCheck(CheckSpec<ContractState> spec, Map<String, Set<ColumnMetric>> needs, boolean needsTable) {
}
