package dev.mlgate.engine.memory;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Unique;

/** Uniqueness over a file too large for the heap it is given: the set of seen ids exhausts it. */
@DataContract(data = "${big.file}")
public record BigUniqueContract(@Unique long id) {
}
