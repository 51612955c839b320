package dev.mlgate.contract.internal;

import dev.mlgate.engine.internal.check.CheckSpec;

/** A contract check with what it needs from the single pass. */
record ContractCheck(CheckSpec<ContractState> spec, Needs needs) {
}
