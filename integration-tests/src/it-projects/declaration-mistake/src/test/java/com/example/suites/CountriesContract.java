package com.example.suites;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.OneOf;

/** The mistake: @OneOf names no value, so no country could ever conform. */
@DataContract(data = "data/customers.csv")
public record CountriesContract(@OneOf({}) String country) {
}
