"""Reference values for DriftContractTests on engine/src/test/resources/drift/{reference,current}.csv.

Run from that directory with Debian's python3-scipy (1.10.1): /usr/bin/python3 ../reference/drift_reference.py
"""
import pandas as pd
from scipy import stats

ref = pd.read_csv('reference.csv')
cur = pd.read_csv('current.csv')
for column in ['x', 'y', 'const']:
    r = stats.ks_2samp(ref[column], cur[column])
    print(column, 'ks_2samp', repr(r.statistic), repr(r.pvalue))
table = pd.crosstab(pd.concat([ref['color'], cur['color']]), ['reference'] * len(ref) + ['current'] * len(cur))
chi2, p, dof, _ = stats.chi2_contingency(table, correction=False)
print('color chi2_contingency(correction=False)', repr(chi2), repr(p), dof)
