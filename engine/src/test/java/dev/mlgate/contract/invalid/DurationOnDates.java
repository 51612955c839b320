package dev.mlgate.contract.invalid;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.WithinLast;
import java.time.LocalDate;

/** A time-of-day duration on a date column. */
@DataContract(data = "people.csv")
public record DurationOnDates(@WithinLast("PT6H") LocalDate signup) {
}
