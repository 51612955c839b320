"""Reference values for ContractConstraintsTests: pandas on engine/src/test/resources/contracts/people.csv.

Run from that directory with Debian's python3-pandas (1.5.3):
    /usr/bin/python3 ../reference/contract_reference.py
mlgate reads the same null tokens; pandas also reads 'NaN' as missing, which matches mlgate's
statistics (they leave NaN out, as pandas' skipna does).
"""
import numpy as np
import pandas as pd

d = pd.read_csv('people.csv', keep_default_na=False, na_values=['', 'NA', 'N/A', 'null', 'NULL', 'NaN'])
s = d['score']
a = d['amount']
print('score mean', repr(s.mean()), 'std ddof=1', repr(s.std()), 'std ddof=0', repr(s.std(ddof=0)))
print('score median', repr(s.median()), 'q0.1', repr(s.quantile(0.1)), 'q0.9', repr(s.quantile(0.9)))
print('score min', s.min(), 'max', s.max(), 'nunique', s.nunique(), 'duplicated', s.dropna().duplicated().sum())
print('amount mean', repr(a.mean()), 'std ddof=1', repr(a.std()), 'std ddof=0', repr(a.std(ddof=0)))
print('amount median', repr(a.median()), 'q0.9', repr(a.quantile(0.9)), 'min', a.min(), 'max', a.max())
print('email completeness', d['email'].notna().mean())
e = d['email'].dropna()
print('email match rate', e.str.contains(r'^[^@\s]+@[^@\s]+$', regex=True).mean(), 'of', len(e))
print('country nunique', d['country'].nunique(), 'active true rate', d['active'].mean())
