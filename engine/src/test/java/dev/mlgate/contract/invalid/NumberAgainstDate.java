package dev.mlgate.contract.invalid;

import dev.mlgate.contract.ColumnPair;
import dev.mlgate.contract.DataContract;
import java.time.LocalDate;

/** Compares a number with a date. */
@DataContract(data = "pairs.csv")
@ColumnPair(left = "b", op = ColumnPair.Op.LESS, right = "start")
public record NumberAgainstDate(double b, LocalDate start) {
}
