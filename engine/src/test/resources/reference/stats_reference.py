#!/usr/bin/python3
"""Reference values for the dev.mlgate.stats tests.

Run with Debian's interpreter:  /usr/bin/python3 stats_reference.py [section ...]
Prints Java-ready literals; the values are committed in the Java tests, which never run Python.
Every deterministic input below is also generated, by the same integer formula, in
dev.mlgate.stats.ReferenceSamples, so both languages see bit-identical doubles.
"""
import sys

import numpy as np
import scipy
import scipy.stats as st
import statsmodels
from scipy.spatial.distance import jensenshannon
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests


def r(x):
    """Shortest repr that round-trips a double, as a Java literal."""
    x = float(x)
    if np.isnan(x):
        return "Double.NaN"
    if np.isinf(x):
        return "Double.POSITIVE_INFINITY" if x > 0 else "Double.NEGATIVE_INFINITY"
    return repr(x)


# ---- deterministic samples (mirrored in ReferenceSamples.java) --------------------------------
def wave(n, mult, mod, offset, scale):
    """x_i = ((i * mult + offset) mod mod) / scale, i = 0..n-1: integers first, one division."""
    return np.array([((i * mult + offset) % mod) / scale for i in range(n)], dtype=float)


def quad(n, a, b, mod, scale):
    """x_i = ((a i^2 + b i) mod mod) / scale."""
    return np.array([((a * i * i + b * i) % mod) / scale for i in range(n)], dtype=float)


SMALL_A = np.array([0.61, 0.29, 0.06, 0.59, -1.1])
SMALL_B = np.array([-0.42, 1.07, 0.33, 0.81, 1.94, 0.17, 0.58])
TIES_A = np.array([1, 2, 2, 3, 3, 3, 4, 5], dtype=float)
TIES_B = np.array([2, 3, 3, 4, 4, 5, 5, 6, 6], dtype=float)

KS_CASES = {
    "SMALL (5 vs 7)": (SMALL_A, SMALL_B),
    "TIES (8 vs 9)": (TIES_A, TIES_B),
    "EQUAL_50 quad(50,7,3,101,10) vs quad(50,5,11,97,10)": (quad(50, 7, 3, 101, 10.0), quad(50, 5, 11, 97, 10.0)),
    "UNEQUAL_TIES wave(40,7,23,0,1) vs wave(65,5,29,3,1)": (wave(40, 7, 23, 0, 1.0), wave(65, 5, 29, 3, 1.0)),
    "CONSTANT_DIFFERENT 3.0x6 vs 4.0x4": (np.full(6, 3.0), np.full(4, 4.0)),
    "CONSTANT_SAME 3.0x6 vs 3.0x4": (np.full(6, 3.0), np.full(4, 3.0)),
    "LARGE_EXACT quad(9000,31,17,10007,100) vs quad(10000,37,11,10009,100)+1.5":
        (quad(9000, 31, 17, 10007, 100.0), quad(10000, 37, 11, 10009, 100.0) + 1.5),
    "ASYMP_DURBIN quad(12000,31,17,10007,100) vs quad(15000,37,11,10009,100)":
        (quad(12000, 31, 17, 10007, 100.0), quad(15000, 37, 11, 10009, 100.0)),
    "ASYMP_PELZGOOD quad(12000,31,17,10007,100) vs quad(15000,37,11,10009,100)+0.8":
        (quad(12000, 31, 17, 10007, 100.0), quad(15000, 37, 11, 10009, 100.0) + 0.8),
    "ASYMP_SMIRNOV quad(12000,31,17,10007,100) vs quad(15000,37,11,10009,100)+2.5":
        (quad(12000, 31, 17, 10007, 100.0), quad(15000, 37, 11, 10009, 100.0) + 2.5),
    "ASYMP_SMALL_EFFECTIVE wave(60,7,101,0,1) vs quad(20000,37,11,10009,100)":
        (wave(60, 7, 101, 0, 1.0), quad(20000, 37, 11, 10009, 100.0)),
    "ASYMP_ZERO quad(12000,31,17,10007,100) vs quad(15000,37,11,10009,100)+40":
        (quad(12000, 31, 17, 10007, 100.0), quad(15000, 37, 11, 10009, 100.0) + 40),
}


def section_ks():
    for name, (a, b) in KS_CASES.items():
        res = st.ks_2samp(a, b)
        n1, n2 = len(a), len(b)
        method = "exact" if max(n1, n2) <= 10000 else "asymptotic"
        print(f"// {name}: ks_2samp -> D={r(res.statistic)}, p={r(res.pvalue)}, method={method}")


KSTWO_POINTS = [
    (5, 0.15), (5, 0.3), (10, 0.05), (10, 0.25), (20, 0.1), (20, 0.3), (50, 0.2), (100, 0.05),
    (100, 0.12), (140, 0.1), (140, 0.2), (60, 0.55), (30, 0.97), (141, 0.003), (500, 0.03),
    (500, 0.09), (2000, 0.02), (5000, 0.005), (6667, 0.012), (20000, 0.004), (150000, 0.001),
    (150000, 0.003), (400000, 0.0025), (2000000, 0.0012), (1000, 0.0009), (7, 0.5), (99, 0.3),
]


def section_kstwo():
    for n, x in KSTWO_POINTS:
        print(f"            {{{n}, {r(x)}, {r(st.kstwo.sf(x, n))}}},")


SECTIONS = {"ks": section_ks, "kstwo": section_kstwo}

if __name__ == "__main__":
    print(f"// scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}")
    for name in (sys.argv[1:] or SECTIONS):
        print(f"// ---- {name}")
        SECTIONS[name]()
