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
    "FALLBACK [1,2,3,4,5] vs [1,2,3,4,6] (exact p = 1+2e-16, SciPy falls back to asymp)":
        (np.array([1.0, 2, 3, 4, 5]), np.array([1.0, 2, 3, 4, 6])),
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
        if name.startswith("FALLBACK"):
            method = "asymptotic"
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


# ---- chi-squared ------------------------------------------------------------------------------
# Categories are aligned on the sorted union of names; a category zero on both sides is dropped.
CHI_CASES = {
    "BALANCED a/b/c": ({"a": 30, "b": 50, "c": 20}, {"a": 42, "b": 38, "c": 25}),
    "ONE_SIDED new category d, vanished category e, empty category z":
        ({"a": 120, "b": 80, "e": 7, "z": 0}, {"a": 100, "b": 95, "d": 12, "z": 0}),
    "TWO_CATEGORIES": ({"yes": 5, "no": 95}, {"yes": 15, "no": 85}),
    "STRONG_SHIFT": ({"a": 5000, "b": 5000, "c": 10}, {"a": 2000, "b": 8000, "c": 900}),
}


def aligned(ref, cur):
    names = sorted(set(ref) | set(cur))
    table = np.array([[ref.get(k, 0) for k in names], [cur.get(k, 0) for k in names]])
    keep = table.sum(axis=0) > 0
    return table[:, keep]


def section_chi2():
    for name, (ref, cur) in CHI_CASES.items():
        table = aligned(ref, cur)
        c = st.chi2_contingency(table, correction=False)
        print(f"// {name}: chi2_contingency(table, correction=False) -> stat={r(c[0])}, p={r(c[1])}, dof={c[2]}")
        f_exp = table[0] / table[0].sum() * table[1].sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            g = st.chisquare(table[1], f_exp)
        print(f"// {name}: chisquare(cur, ref/ref.sum()*cur.sum()) -> stat={r(g.statistic)}, p={r(g.pvalue)}")


# ---- population stability index ----------------------------------------------------------------
def psi(reference, current, bins=10, floor=1e-4):
    """The documented PSI: type-7 reference quantiles at i/bins, equal edges merged, right-closed
    bins open at both ends, proportions floored at `floor`, natural log."""
    edges = np.unique(np.quantile(reference, np.arange(1, bins) / bins))
    ref_counts = np.bincount(np.searchsorted(edges, reference, side="left"), minlength=len(edges) + 1)
    cur_counts = np.bincount(np.searchsorted(edges, current, side="left"), minlength=len(edges) + 1)
    rp = np.maximum(ref_counts / len(reference), floor)
    cp = np.maximum(cur_counts / len(current), floor)
    return float(np.sum((cp - rp) * np.log(cp / rp))), edges, ref_counts, cur_counts


PSI_CASES = {
    "SHIFTED quad(1000,31,17,1009,10) vs quad(800,37,11,1013,10)+7":
        (quad(1000, 31, 17, 1009, 10.0), quad(800, 37, 11, 1013, 10.0) + 7),
    "SAME_SHAPE quad(1000,31,17,1009,10) vs quad(1200,37,11,1013,10)":
        (quad(1000, 31, 17, 1009, 10.0), quad(1200, 37, 11, 1013, 10.0)),
    "HEAVY_TIES wave(200,1,1,0,1)=zeros+wave(100,7,13,0,1) vs wave(150,7,13,0,1)":
        (np.concatenate([np.zeros(200), wave(100, 7, 13, 0, 1.0)]), wave(150, 7, 13, 0, 1.0)),
    "OUTSIDE_RANGE wave(50,3,10,0,1) vs wave(40,3,10,0,1)+100 (empty bins)":
        (wave(50, 3, 10, 0, 1.0), wave(40, 3, 10, 0, 1.0) + 100),
    "CONSTANT_REFERENCE 5.0x20 vs wave(30,1,3,4,1)+4":
        (np.full(20, 5.0), wave(30, 1, 3, 4, 1.0) + 4),
}


def section_psi():
    for name, (a, b) in PSI_CASES.items():
        value, edges, rc, cc = psi(a, b)
        print(f"// {name}: psi={r(value)}")
        print(f"//   edges={[r(e) for e in edges]} ref={rc.tolist()} cur={cc.tolist()}")
    value, edges, rc, cc = psi(PSI_CASES["SHIFTED quad(1000,31,17,1009,10) vs quad(800,37,11,1013,10)+7"][0],
                               PSI_CASES["SHIFTED quad(1000,31,17,1009,10) vs quad(800,37,11,1013,10)+7"][1], bins=4)
    print(f"// SHIFTED with 4 bins: psi={r(value)} edges={[r(e) for e in edges]}")


# ---- Jensen-Shannon, Wasserstein, histogram -----------------------------------------------------
def section_js():
    cases = {
        "COUNTS [10,20,30,40] vs [15,25,25,35]": ([10, 20, 30, 40], [15, 25, 25, 35]),
        "DISJOINT [5,0] vs [0,7]": ([5, 0], [0, 7]),
        "IDENTICAL_SHAPE [1,2,3] vs [2,4,6]": ([1, 2, 3], [2, 4, 6]),
        "ONE_SIDED aligned union a,b,c,d: [120,80,0,7] vs [100,95,12,0]": ([120, 80, 0, 7], [100, 95, 12, 0]),
    }
    for name, (p, q) in cases.items():
        print(f"// {name}: jensenshannon(p, q) = {r(jensenshannon(np.array(p, float), np.array(q, float)))}")


def section_wasserstein():
    cases = {
        "SMALL": (SMALL_A, SMALL_B),
        "TIES": (TIES_A, TIES_B),
        "UNEQUAL quad(1000,31,17,1009,10) vs quad(800,37,11,1013,10)+7":
            (quad(1000, 31, 17, 1009, 10.0), quad(800, 37, 11, 1013, 10.0) + 7),
        "CONSTANT_REFERENCE 5.0x20 vs wave(30,1,3,4,1)": (np.full(20, 5.0), wave(30, 1, 3, 4, 1.0)),
    }
    for name, (u, v) in cases.items():
        w = st.wasserstein_distance(u, v)
        sd = np.std(u)
        print(f"// {name}: wasserstein_distance={r(w)}, np.std(u)={r(sd)}, normalised={r(w / sd) if sd else 'undefined'}")


def section_histogram():
    a = quad(1000, 31, 17, 1009, 10.0)
    b = quad(800, 37, 11, 1013, 10.0) + 7
    pooled = np.concatenate([a, b])
    edges = np.linspace(pooled.min(), pooled.max(), 11)
    print(f"// UNEQUAL 10 bins: edges={[r(e) for e in edges]}")
    print(f"//   ref={np.histogram(a, bins=edges)[0].tolist()} cur={np.histogram(b, bins=edges)[0].tolist()}")
    print(f"//   np.histogram(pooled, bins=10) edges equal: {np.array_equal(np.histogram(pooled, bins=10)[1], edges)}")
    c = np.full(4, 2.0)
    h = np.histogram(c, bins=3)
    print(f"// CONSTANT 2.0x4, 3 bins: edges={[r(e) for e in h[1]]} counts={h[0].tolist()}")


# ---- McNemar and Holm ---------------------------------------------------------------------------
MCNEMAR_CASES = [(12, 3), (3, 12), (40, 25), (0, 9), (7, 7), (0, 0), (1, 0), (0, 150), (1200, 1100)]


def section_mcnemar():
    for b, c in MCNEMAR_CASES:
        table = np.array([[50, b], [c, 30]])
        e = mcnemar(table, exact=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            cc = mcnemar(table, exact=False, correction=True)
            nc = mcnemar(table, exact=False, correction=False)
        print(f"            {{{b}, {c}, {r(e.statistic)}, {r(e.pvalue)}, {r(cc.statistic)}, {r(cc.pvalue)}, "
              f"{r(nc.statistic)}, {r(nc.pvalue)}}},")


HOLM_CASES = {
    "TEXTBOOK": [0.01, 0.04, 0.03, 0.005],
    "CAPPED": [0.2, 0.5, 0.9, 0.04, 0.3],
    "TIES": [0.02, 0.02, 0.01, 0.5, 0.02],
    "ONE": [0.03],
}


def section_holm():
    for name, p in HOLM_CASES.items():
        adjusted = multipletests(p, method="holm")[1]
        print(f"// {name} {p}: holm -> {[r(x) for x in adjusted]}")


SECTIONS = {"mcnemar": section_mcnemar, "holm": section_holm, "ks": section_ks, "kstwo": section_kstwo, "chi2": section_chi2, "psi": section_psi,
            "js": section_js, "wasserstein": section_wasserstein, "histogram": section_histogram}

if __name__ == "__main__":
    print(f"// scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}")
    for name in (sys.argv[1:] or SECTIONS):
        print(f"// ---- {name}")
        SECTIONS[name]()
