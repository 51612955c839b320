#!/usr/bin/env python3
"""The realistic benchmark's checks in pandas: the reference mlgate is timed against (issue "Speed").

Does what dev.mlgate.benchmarks.customers.CustomerContract declares, on the same CSV file, the way a
pandas user writes it: read_csv (pandas' default C parser, default NA values), then one expression per
check. The schema the Java record implies is checked too: every column present, values of the declared
type (numbers, booleans, ISO dates and date-times; unreadable values counted), and no nulls in columns
that are not nullable. Prints one line per check (name, failing count, verdict) and the totals, so the
verdicts can be compared with mlgate's report.

Usage: pandas_checks.py <customers.csv> [today, default 2026-01-01]
"""
import re
import sys
import time

import numpy as np
import pandas as pd

# Imports done: from here on is what the issue calls "load + checks", timed for the in-run comparison.
started = time.perf_counter()

path = sys.argv[1]
today = pd.Timestamp(sys.argv[2] if len(sys.argv) > 2 else "2026-01-01")
now = today + pd.Timedelta(days=1) - pd.Timedelta(seconds=1)

df = pd.read_csv(path, dtype={"customer_id": "Int64", "zip": str, "phone": str, "referral_code": str},
                 keep_default_na=False, na_values=["", "NA", "N/A", "null", "NULL"])
rows = len(df)
results = []


def check(name, failing, allowed_share=0.0, checked=None):
    checked = rows if checked is None else checked
    failing = int(failing)
    ok = failing <= allowed_share * checked if checked else True
    results.append((name, failing, ok))


def numeric(column):
    values = pd.to_numeric(df[column], errors="coerce")
    check(f"{column}: numeric", values.isna().sum() - df[column].isna().sum())
    return values


def boolean(column):
    mapped = df[column].map({True: True, False: False, "true": True, "false": False,
                             "True": True, "False": False})
    check(f"{column}: boolean", mapped.isna().sum() - df[column].isna().sum())
    return mapped


# Schema: every declared column present, non-null where not nullable.
expected = ["customer_id", "age", "email", "country", "income", "signup_date", "last_login", "is_active",
            "plan", "order_count", "credit_score", "phone", "zip", "total_spent", "first_name",
            "last_name", "city", "referral_code", "discount_rate", "newsletter", "churn_risk",
            "account_manager"]
check("columns present", len(set(expected) - set(df.columns)))
for column in expected:
    if column not in ("email", "income", "referral_code", "discount_rate"):
        check(f"{column}: not null", df[column].isna().sum())

check("row count >= 900000", 0 if rows >= 900_000 else 1)

ids = df["customer_id"].dropna()
check("customer_id: unique", ids.duplicated(keep=False).sum())

age = numeric("age")
check("age: between 18 and 100", (~age.dropna().between(18, 100)).sum())
check("age: mean in [35, 50]", 0 if 35 <= age.mean() <= 50 else 1)

email = df["email"]
check("email: completeness >= 0.95", 0 if email.notna().mean() >= 0.95 else 1)
emails = email.dropna()
check("email: unique (mostly 0.99)", emails.duplicated(keep=False).sum(), 0.01, len(emails))
email_regex = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
check("email: matches (mostly 0.99)", (~emails.str.contains(email_regex)).sum(), 0.01, len(emails))

check("country: one of", (~df["country"].dropna().isin(["US", "GB", "DE", "FR", "ES", "IT", "NL", "SE",
                                                        "PL", "BR"])).sum())

income = numeric("income")
check("income: completeness >= 0.9", 0 if income.notna().mean() >= 0.9 else 1)
check("income: non-negative", (income.dropna() < 0).sum())

signup = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
check("signup_date: date", signup.isna().sum() - df["signup_date"].isna().sum())
check("signup_date: not in future (mostly 0.999)", (signup.dropna() > today).sum(), 0.001)
check("signup_date: in [2012-01-01, 2025-12-31] (mostly 0.999)",
      (~signup.dropna().between(pd.Timestamp("2012-01-01"), pd.Timestamp("2025-12-31"))).sum(), 0.001)

login = pd.to_datetime(df["last_login"], format="%Y-%m-%dT%H:%M:%S", errors="coerce")
check("last_login: date-time", login.isna().sum() - df["last_login"].isna().sum())
check("last_login: not in future", (login.dropna() > now).sum())

active = boolean("is_active")
check("is_active: true rate in [0.6, 0.8]", 0 if 0.6 <= active.mean() <= 0.8 else 1)

check("plan: one of", (~df["plan"].dropna().isin(["free", "basic", "pro", "enterprise"])).sum())

orders = numeric("order_count")
check("order_count: non-negative", (orders.dropna() < 0).sum())

credit = numeric("credit_score")
check("credit_score: between 300 and 850", (~credit.dropna().between(300, 850)).sum())
check("credit_score: std in [60, 100]", 0 if 60 <= credit.std(ddof=1) <= 100 else 1)

phones = df["phone"].dropna()
check("phone: matches (mostly 0.995)",
      (~phones.str.contains(r"^(?:\+1 \d{3}-|\(\d{3}\) )\d{3}-\d{4}$", regex=True)).sum(), 0.005, len(phones))
zips = df["zip"].dropna()
check("zip: matches (mostly 0.995)", (~zips.str.contains(r"^\d{5}(?:-\d{4})?$", regex=True)).sum(), 0.005,
      len(zips))

spent = numeric("total_spent")
check("total_spent: non-negative", (spent.dropna() < 0).sum())
check("total_spent: median in [300, 800]", 0 if 300 <= spent.median() <= 800 else 1)

lengths = df["first_name"].dropna().str.len()
check("first_name: length 1..40", (~lengths.between(1, 40)).sum())

discount = numeric("discount_rate")
check("discount_rate: between 0 and 0.5 (mostly 0.99)", (~discount.dropna().between(0, 0.5)).sum(), 0.01,
      discount.notna().sum())

boolean("newsletter")
risk = numeric("churn_risk")
check("churn_risk: between 0 and 1", (~risk.dropna().between(0, 1)).sum())

failed = [r for r in results if not r[2]]
for name, failing, ok in results:
    print(f"{'PASS' if ok else 'FAIL'} {name}: {failing} failing")
print(f"{rows} rows, {len(results)} checks, {len(failed)} failed")
print(f"load and checks: {time.perf_counter() - started:.3f} s", file=sys.stderr)
