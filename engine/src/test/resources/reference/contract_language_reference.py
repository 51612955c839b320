#!/usr/bin/env python3
"""Reference values for the contract-language constraints (ForbiddenValuesTests, OrderAndFormatTests,
TotalsTests, ValueSetsTests, CrossColumnTests, FreshnessTests, SchemaShapeTests, ContractSemanticsTests).

Run from engine/src/test/resources: /usr/bin/python3 reference/contract_language_reference.py
(Debian python3-pandas 1.5.3). Each line prints the check's key and what the test pins.
"""
import json
from datetime import datetime

import numpy as np
import pandas as pd

people = pd.read_csv("contracts/people.csv")


def share(n, d):
    return f"{n} of {d} ({100 * n / d:.2f}%)"


# @NoneOf({"US", "unknown"}) country; @NotMatches("^[a-c]") email; @AllNull amount
print("country.noneOf", share(people.country.isin(["US", "unknown"]).sum(), people.country.notna().sum()))
email = people.email.dropna()
print("email.notMatches", share(email.str.contains("^[a-c]").sum(), len(email)))
print("amount.allNull", share(people.amount.notna().sum(), len(people)), "rows")
# @MatchesAny({"^AB-\\d$", "^XY-\\d$"}) code; @NotMatches({"\\[at\\]", "^g@"}) email
print("code.matchesAny", share((~people.code.str.contains(r"^AB-\d$|^XY-\d$")).sum(), len(people)))
print("email.notMatches(list)", share(email.str.contains(r"\[at\]|^g@").sum(), len(email)))

# @Sum, @DistinctShare (NaN left out, as nunique)
print("id.sum", people.id.sum(), "amount.sum", people.amount.sum())
print("country.distinctShare", people.country.nunique() / people.country.count())
print("score.distinctShare", people.score.nunique() / people.score.dropna().count())

# @DistinctValues, @MostCommonIn
print("country.distinct", sorted(people.country.unique()), "counts", people.country.value_counts().to_dict())

# @Increasing / @Decreasing in file order, @ParsesAsJson, @MatchesDateTimePattern("uuuu-MM-dd")
ordered = pd.read_csv("contracts/ordered.csv")
seq = ordered.seq.dropna()
print("seq.increasing violations", int((seq.diff() < 0).sum()),
      "strictly decreasing violations", int((seq.diff() >= 0).sum()))
print("id.decreasing violations", int((ordered.id.diff() > 0).sum()))
print("ts.increasing violations", int((pd.to_datetime(ordered.ts).diff() < pd.Timedelta(0)).sum()))


def is_json(text):
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


print("payload.parsesAsJson violations", int((~ordered.payload.dropna().map(is_json)).sum()))
def parses(text, pattern="%Y-%m-%d"):
    # Great Expectations' expect_column_values_to_match_strftime_format uses datetime.strptime
    try:
        datetime.strptime(text, pattern)
        return True
    except ValueError:
        return False


print("day.dateTimePattern violations", int((~ordered.day.dropna().map(parses)).sum()))

# @ColumnPair and @ColumnsSumTo: rows with a missing or unreadable value in a compared column are left out
pairs = pd.read_csv("contracts/pairs.csv")
pairs["a"] = pd.to_numeric(pairs.a, errors="coerce")
ab = pairs.dropna(subset=["a", "b"])
print("b <= a violations", share(int((ab.b > ab.a).sum()), len(ab)))
se = pairs.dropna(subset=["start", "end"])
print("end >= start violations", share(int((pd.to_datetime(se.end) < pd.to_datetime(se.start)).sum()), len(se)))
abc = pairs.dropna(subset=["a", "b", "c"])
print("a + b = c violations", int((np.abs(abc.a + abc.b - abc.c) > 1e-6).sum()))
print("a + b = 4 violations", share(int((np.abs(ab.a + ab.b - 4) > 1e-9).sum()), len(ab)))

# @WithinLast("P365D") and @NewestWithin("P7D") on signup, at 2025-06-30
signup = pd.to_datetime(people.signup)
today = pd.Timestamp("2025-06-30")
print("signup.withinLast violations", share(int((signup < today - pd.Timedelta(days=365)).sum()), len(signup)))
print("signup newest", signup.max().date(), "fresh within 7 days:", bool(signup.max() >= today - pd.Timedelta(days=7)))

# @UniqueTogether and @Unique as GX and Deequ count them: every row of a repeated value
s = pd.Series([2, 2, 2, None])
print("[2, 2, 2, null] duplicated rows", int(s.dropna().duplicated(keep=False).sum()))
