package dev.mlgate.report.memory;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Unique;

/** Uniqueness over more ids than the heap it is given can hold. */
@DataContract(data = "${big.file}")
public record BigUniqueIds(@Unique long id) {
}
