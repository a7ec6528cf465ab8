#!/usr/bin/python3
"""Records forward fixtures for the statistics and order-statistic ops: var/std with dims,
unbiased and correction; var_mean/std_mean with dims and correction; cummax, cummin,
logcumsumexp; kthvalue, mode, nanmedian, median(dim) ties, nanmean, nansum, aminmax, msort.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_stats.py
Out:  compat-tests/src/test/resources/fixtures/ops_stats.json

Same case format, helpers and op table as record_ops.py (imported; its PY table gains the ops
below), replayed by OpConformanceTest through StatsOps.java (compat-tests).

Op semantics ("t" = tensor ARG; [x] optional; "dims" = int or ints or None)
--------------------------------------------------------------------------------
var_dims / std_dims / var_mean_dims / std_mean_dims (torch.var, std, var_mean, std_mean; the
  names without "_dims" are record_ops_core.py's / record_ops_common.py's fewer forms):
  (t) | (t, bool unbiased) | (t, dims) | (t, dims, bool unbiased) | (t, dims, bool unbiased,
  bool keepdim) | (t, dims, int correction, bool keepdim)  -> correction=, keepdim= keywords
cummax / cummin / logcumsumexp(t, int dim)
kthvalue(t, int k[, int dim[, bool keepdim]]); mode / nanmedian(t[, int dim[, bool keepdim]]);
median_ties(t[, int dim[, bool keepdim]]): torch.median on tied and NaN rows
nanmean / nansum(t) | (t, dims) | (t, dims, bool keepdim) | (t, dims, bool keepdim, dtype) |
  (t, dtype)  -> dtype= keyword
aminmax(t) | (t, int|None dim, bool keepdim)  -> dim=, keepdim= keywords; msort(t)
quantile / nanquantile(t, float|t q[, int|None dim[, bool keepdim[, str interpolation]]])
histc(t[, int bins[, float min, float max]])
searchsorted(t seq, t|int|float v[, bool out_int32, bool right[, str|None side, t|None sorter]])
bucketize(t|int|float v, t boundaries[, bool out_int32, bool right])  -> keyword flags
cov(t[, int correction, t|None fweights, t|None aweights])  -> keywords; corrcoef(t)
unique_consecutive(t[, bool return_inverse, bool return_counts[, int dim]])  -> keywords
mean_dims(t, ints dims, bool keepdim): t.mean(dim=dims, keepdim=keepdim), BatchNorm-style
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as R  # noqa: E402
from record_ops import B, DT, F, I, INTS_, NONE, T, case  # noqa: E402

OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops_stats.json")


def _vs(fn):
    def f(t, *r):
        if not r:
            return fn(t)
        if len(r) == 1:
            return fn(t, r[0])
        if len(r) == 2:
            return fn(t, r[0], r[1])
        if isinstance(r[1], bool):
            return fn(t, r[0], r[1], r[2])
        return fn(t, r[0], correction=r[1], keepdim=r[2])
    return f


def _nan(fn):
    def f(t, *r):
        if len(r) == 1 and isinstance(r[0], torch.dtype):
            return fn(t, dtype=r[0])
        if len(r) == 3:
            return fn(t, r[0], r[1], dtype=r[2])
        return fn(t, *r)
    return f


def _aminmax(t, *r):
    return torch.aminmax(t, dim=r[0], keepdim=r[1]) if r else torch.aminmax(t)


STATS = {
    "var_dims": _vs(torch.var),
    "std_dims": _vs(torch.std),
    "var_mean_dims": _vs(torch.var_mean),
    "std_mean_dims": _vs(torch.std_mean),
    "cummax": lambda t, d: torch.cummax(t, d),
    "cummin": lambda t, d: torch.cummin(t, d),
    "logcumsumexp": lambda t, d: torch.logcumsumexp(t, d),
    "kthvalue": lambda t, *r: torch.kthvalue(t, *r),
    "mode": lambda t, *r: torch.mode(t, *r),
    "nanmedian": lambda t, *r: torch.nanmedian(t, *r),
    "nanmean": _nan(torch.nanmean),
    "nansum": _nan(torch.nansum),
    "aminmax": _aminmax,
    "msort": lambda t: torch.msort(t),
}
def _quantile(fn):
    def f(t, q, *r):
        if len(r) == 3:
            return fn(t, q, r[0], r[1], interpolation=r[2])
        return fn(t, q, *r)
    return f


def _searchsorted(seq, v, *r):
    if not r:
        return torch.searchsorted(seq, v)
    if len(r) == 2:
        return torch.searchsorted(seq, v, out_int32=r[0], right=r[1])
    return torch.searchsorted(seq, v, out_int32=r[0], right=r[1], side=r[2], sorter=r[3])


def _bucketize(v, b, *r):
    if not r:
        return torch.bucketize(v, b)
    return torch.bucketize(v, b, out_int32=r[0], right=r[1])


STATS["quantile"] = _quantile(torch.quantile)
STATS["nanquantile"] = _quantile(torch.nanquantile)
STATS["histc"] = lambda t, *r: torch.histc(t, *r)
STATS["searchsorted"] = _searchsorted
STATS["bucketize"] = _bucketize
def _cov(t, *r):
    return torch.cov(t, correction=r[0], fweights=r[1], aweights=r[2]) if r else torch.cov(t)


def _uc(t, *r):
    if not r:
        return torch.unique_consecutive(t)
    if len(r) == 2:
        return torch.unique_consecutive(t, return_inverse=r[0], return_counts=r[1])
    return torch.unique_consecutive(t, return_inverse=r[0], return_counts=r[1], dim=r[2])


STATS["cov"] = _cov
STATS["corrcoef"] = lambda t: torch.corrcoef(t)
STATS["unique_consecutive"] = _uc
STATS["mean_dims"] = lambda t, d, k: t.mean(dim=d, keepdim=k)
STATS["median_ties"] = lambda t, *r: torch.median(t, *r)
for k in STATS:
    assert k not in R.PY, k
R.PY.update(STATS)

FLOATS = ["float32", "float64", "bfloat16", "float16"]
INTS = ["int64", "int32", "int16", "int8", "uint8"]
ALL = FLOATS + INTS + ["bool"]
NAN = float("nan")
INF = float("inf")


def var_std():
    for op in ["var_dims", "std_dims", "var_mean_dims", "std_mean_dims"]:
        for dt in FLOATS:
            case(op, [T(dt, [3, 4]), I(0)])
            case(op, [T(dt, [3, 4]), INTS_([0, 1]), B(False), B(True)])
        for dt in ["int64", "bool"]:
            case(op, [T(dt, [3, 4]), I(1)])
            case(op, [T(dt, [3, 4]), I(5)])
        x = T("float64", [2, 3, 4])
        case(op, [x])
        case(op, [x, B(False)])
        case(op, [x, I(1)])
        case(op, [x, I(-1)])
        case(op, [x, INTS_([0, 2])])
        case(op, [x, INTS_([])])
        case(op, [x, I(1), B(False)])
        case(op, [x, INTS_([0, 2]), B(False)])
        case(op, [x, I(0), B(True), B(True)])
        case(op, [x, INTS_([0, 2]), B(True), B(True)])
        case(op, [x, INTS_([2, 0]), B(False), B(False)])
        for corr in [0, 1, 2, 3, 5]:
            case(op, [x, I(1), I(corr), B(False)])
        case(op, [x, INTS_([1, 2]), I(0), B(True)])
        case(op, [x, NONE, I(0), B(False)])
        case(op, [x, NONE, I(2), B(True)])
        case(op, [x, NONE, B(True), B(True)])
        case(op, [T("float32", [4, 3], view="T"), I(1)])
        case(op, [T("float32", [3, 4], view="slice_step2"), INTS_([0, 1]), B(True), B(True)])
        case(op, [T("float32", [3], [1.0, NAN, 2.0]), I(0)])
        case(op, [T("float32", [3], [1.0, INF, 2.0]), I(0)])
        case(op, [T("float32", [3], [1e30, -1e30, 3e30])])
        case(op, [T("float32", []), I(0)])
        case(op, [T("float32", []), I(0), I(0), B(True)])
        case(op, [T("float32", []), INTS_([]), B(True), B(False)])
        case(op, [T("float32", [0, 3]), I(0)])
        case(op, [T("float32", [0, 3]), I(1)])
        case(op, [T("float32", [0, 3]), I(0), I(0), B(True)])
        case(op, [T("float32", [1, 3]), I(0)])
        case(op, [T("float32", [2, 3]), I(2)])
        case(op, [T("float32", [2, 3]), INTS_([0, 0])])
        case(op, [T("float32", [2, 3]), INTS_([1, -1]), B(True), B(False)])
        case(op, [T("float32", [2, 3]), I(-3), I(1), B(False)])


def scans():
    for op in ["cummax", "cummin"]:
        for dt in ALL:
            case(op, [T(dt, [3, 5]), I(1)])
            case(op, [T(dt, [4, 3]), I(0)])
        case(op, [T("float32", [7], [1.0, NAN, 3.0, NAN, -1.0, 2.0, 2.0]), I(0)])
        case(op, [T("float32", [6], [2.0, 2.0, -INF, INF, 2.0, INF]), I(0)])
        case(op, [T("float64", [5], [-0.0, 0.0, -0.0, 1.0, 1.0]), I(0)])
        case(op, [T("int64", [6], [3, 3, 1, 5, 5, 0]), I(-1)])
        case(op, [T("int64", [3], [9007199254740993, 9007199254740992, 9007199254740993]), I(0)])
        case(op, [T("float32", [2, 3, 4]), I(1)])
        case(op, [T("float32", [2, 3, 4]), I(-3)])
        case(op, [T("float32", [4, 3], view="T"), I(1)])
        case(op, [T("int32", [3, 4], view="slice_step2"), I(1)])
        case(op, [T("float32", [2, 3], view="expand", base_shape=[1, 3]), I(0)])
        case(op, [T("float32", []), I(0)])
        case(op, [T("float32", []), I(-1)])
        case(op, [T("float32", []), I(1)])
        case(op, [T("float32", [0]), I(0)])
        case(op, [T("float32", [2, 0]), I(0)])
        case(op, [T("float32", [0]), I(3)])
        case(op, [T("float32", [2, 3]), I(2)])
        case(op, [T("float16", [2, 3]), I(2)])
    op = "logcumsumexp"
    for dt in ALL:
        case(op, [T(dt, [3, 4]), I(1)])
    case(op, [T("float32", [8], [1.0, NAN, 3.0, -INF, INF, 2.0, -INF, 1.0]), I(0)])
    case(op, [T("float64", [5], [-INF, -INF, INF, INF, 0.0]), I(0)])
    case(op, [T("float64", [4], [1000.0, -1000.0, 1000.0, 999.0]), I(0)])
    case(op, [T("float32", [4], [-100.0, -200.0, 80.0, 88.0]), I(0)])
    case(op, [T("float32", [2, 3, 4]), I(0)])
    case(op, [T("float32", [2, 3, 4]), I(-1)])
    case(op, [T("float64", [4, 3], view="T"), I(1)])
    case(op, [T("float32", [3, 4], view="slice_step2"), I(1)])
    case(op, [T("float32", []), I(0)])
    case(op, [T("float32", []), I(1)])
    case(op, [T("float32", [0]), I(0)])
    case(op, [T("float32", [0, 2]), I(1)])
    case(op, [T("float32", [2, 3]), I(-3)])
    case(op, [T("int64", [2, 3]), I(2)])
    case(op, [T("int64", []), I(0)])
    case(op, [T("int64", [0]), I(0)])


def order_stats():
    op = "kthvalue"
    for dt in ALL:
        case(op, [T(dt, [3, 5]), I(2)])
    ties = [3.0, 1.0, 3.0, 2.0, 1.0, 3.0, 1.0, 2.0, 3.0, 1.0, 2.0, 2.0, 3.0, 1.0, 1.0, 3.0, 2.0]
    for k in range(1, 18):
        case(op, [T("float32", [17], ties), I(k)])
    case(op, [T("int64", [40], [i % 4 for i in range(40)]), I(21)])
    case(op, [T("int64", [40], [(i * 7) % 5 for i in range(40)]), I(9)])
    for k in [1, 3, 5, 6]:
        case(op, [T("float32", [6], [2.0, NAN, 1.0, NAN, 3.0, 1.0]), I(k)])
    case(op, [T("float32", [3, 4, 5]), I(2), I(1)])
    case(op, [T("float32", [3, 4, 5]), I(3), I(0), B(True)])
    case(op, [T("float32", [3, 4, 5]), I(1), I(-1), B(False)])
    case(op, [T("float64", [5, 4], view="T"), I(4), I(1)])
    case(op, [T("int32", [3, 4], view="slice_step2"), I(2)])
    case(op, [T("float32", []), I(1)])
    case(op, [T("float32", []), I(1), I(0), B(True)])
    case(op, [T("float32", []), I(2)])
    case(op, [T("float32", [0]), I(1)])
    case(op, [T("float32", [2, 0]), I(1), I(0)])
    case(op, [T("float32", [2, 0]), I(3), I(0)])
    case(op, [T("float32", [2, 0]), I(1), I(1)])
    case(op, [T("float32", [0]), I(5)])
    case(op, [T("float32", [2, 3]), I(0)])
    case(op, [T("float32", [2, 3]), I(4)])
    case(op, [T("float32", [2, 3]), I(-1)])
    case(op, [T("float32", [2, 3]), I(1), I(2)])
    case(op, [T("bool", [2, 3]), I(5)])

    for op in ["nanmedian", "median_ties"]:
        for dt in ALL:
            case(op, [T(dt, [3, 5])])
            case(op, [T(dt, [3, 5]), I(1)])
        for vals in [[2.0, NAN, 1.0, NAN, 3.0, 1.0], [NAN, NAN, NAN], [NAN, 1.0], [1.0, 2.0],
                     [1.0, 1.0, 1.0, 2.0, 2.0, 2.0], [2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 1.0, 2.0]]:
            case(op, [T("float32", [len(vals)], vals)])
            case(op, [T("float32", [len(vals)], vals), I(0)])
        case(op, [T("float32", [2, 4], [NAN, NAN, 1.0, 2.0, 5.0, NAN, 5.0, 5.0]), I(1), B(True)])
        case(op, [T("int64", [30], [i % 3 for i in range(30)]), I(0)])
        case(op, [T("float32", [3, 4, 5]), I(1)])
        case(op, [T("float32", [3, 4, 5]), I(0), B(True)])
        case(op, [T("float64", [5, 4], view="T"), I(1)])
        case(op, [T("float32", []), I(0)])
        case(op, [T("float32", [])])
        case(op, [T("float32", [0])])
        case(op, [T("int64", [0])])
        case(op, [T("float32", [0]), I(0)])
        case(op, [T("float32", [2, 0]), I(0)])
        case(op, [T("float32", [2, 0]), I(1)])
        case(op, [T("float32", [2, 3]), I(2)])

    op = "mode"
    for dt in ALL:
        case(op, [T(dt, [3, 7])])
        case(op, [T(dt, [4, 3]), I(0)])
    for vals in [[1.0, 2.0, 2.0, 1.0], [3.0, 1.0, 2.0], [5.0, 5.0, 5.0], [2.0, 1.0, 1.0, 2.0, 3.0, 3.0],
                 [NAN, 1.0, NAN, 1.0], [NAN, NAN, 2.0]]:
        case(op, [T("float32", [len(vals)], vals)])
    big = [float((i * 7) % 5) for i in range(40)]
    case(op, [T("float32", [40], big)])
    case(op, [T("int64", [50], [(i * 13) % 6 for i in range(50)])])
    case(op, [T("int64", [2, 33], [(i * 11) % 4 for i in range(66)]), I(1)])
    case(op, [T("float32", [3, 4, 5]), I(1)])
    case(op, [T("float32", [3, 4, 5]), I(0), B(True)])
    case(op, [T("int64", [5, 4], view="T"), I(1)])
    case(op, [T("float32", [])])
    case(op, [T("float32", []), I(0), B(True)])
    case(op, [T("float32", [0])])
    case(op, [T("float32", [2, 0]), I(0)])
    case(op, [T("float32", [2, 0]), I(1)])
    case(op, [T("float32", [2, 3]), I(2)])


def nan_reductions():
    vals = [1.0, NAN, 2.5, NAN, -1.0, 4.0]
    for op in ["nansum", "nanmean"]:
        for dt in ALL:
            case(op, [T(dt, [2, 3])])
            case(op, [T(dt, [2, 3]), I(1)])
        for dt in FLOATS:
            case(op, [T(dt, [2, 3], vals)])
            case(op, [T(dt, [2, 3], vals), I(0)])
        x = T("float64", [2, 3], vals)
        case(op, [x, INTS_([0, 1])])
        case(op, [x, INTS_([])])
        case(op, [x, I(1), B(True)])
        case(op, [x, INTS_([0, 1]), B(True)])
        case(op, [x, NONE, B(True)])
        case(op, [x, I(0), B(False), DT("float32")])
        case(op, [x, DT("float32")])
        case(op, [T("float32", [2, 3], vals), DT("float64")])
        case(op, [T("float32", [3], [NAN, NAN, NAN])])
        case(op, [T("float32", [3], [INF, NAN, -INF])])
        case(op, [T("float32", [3, 2], view="T"), I(0)])
        case(op, [T("float32", [2, 3], view="slice_step2"), I(1)])
        case(op, [T("float32", [])])
        case(op, [T("float32", []), I(0)])
        case(op, [T("float32", [0])])
        case(op, [T("float32", [0, 3]), I(0)])
        case(op, [T("float32", [2, 3]), I(2)])
        case(op, [T("float32", [2, 3]), INTS_([1, 1])])
        for dt in ["int64", "int8", "bool", "int32"]:
            case(op, [T(dt, [2, 3]), DT("float32")])
            case(op, [T(dt, [2, 3]), DT("int32")])
            case(op, [T(dt, [2, 3]), I(0), B(False), DT("int64")])
        case(op, [T("float32", [2, 3]), DT("int64")])

    op = "aminmax"
    for dt in ALL:
        case(op, [T(dt, [3, 4])])
        case(op, [T(dt, [3, 4]), I(1), B(False)])
    case(op, [T("float32", [5], [1.0, NAN, -INF, 3.0, INF])])
    case(op, [T("float32", [2, 3], [1.0, NAN, 2.0, 3.0, -1.0, 0.5]), I(1), B(True)])
    case(op, [T("float32", [2, 3, 4]), I(-2), B(True)])
    case(op, [T("float32", [2, 3, 4]), NONE, B(True)])
    case(op, [T("float32", [2, 3, 4]), NONE, B(False)])
    case(op, [T("float32", [4, 3], view="T"), I(0), B(False)])
    case(op, [T("float32", [])])
    case(op, [T("float32", []), I(0), B(False)])
    case(op, [T("float32", []), I(0), B(True)])
    case(op, [T("float32", [0])])
    case(op, [T("float32", [2, 0]), I(0), B(False)])
    case(op, [T("float32", [2, 0]), I(1), B(False)])
    case(op, [T("float32", [2, 3]), I(2), B(False)])

    op = "msort"
    for dt in ALL:
        case(op, [T(dt, [4, 3])])
    case(op, [T("float32", [5], [3.0, NAN, 1.0, -INF, 2.0])])
    case(op, [T("float32", [3, 4], view="T")])
    case(op, [T("float32", [])])
    case(op, [T("float32", [0, 2])])
    case(op, [T("float32", [2, 3, 2])])


def quantiles():
    from record_ops import S
    for op in ["quantile", "nanquantile"]:
        vals = [3.0, NAN, 1.0, 4.0, NAN, 2.0, 5.0, 0.5]
        for dt in FLOATS + ["int64"]:
            case(op, [T(dt, [3, 4]), F(0.3)])
        for q in [0.0, 0.25, 0.5, 0.7, 1.0]:
            case(op, [T("float32", [7]), F(q)])
            for mode in ["linear", "lower", "higher", "midpoint", "nearest"]:
                case(op, [T("float64", [2, 5]), F(q), I(1), B(False), S(mode)])
        case(op, [T("float64", [8], vals), F(0.5)])
        case(op, [T("float64", [2, 4], vals), F(0.5), I(1)])
        case(op, [T("float64", [2, 4], [NAN] * 4 + vals[:4]), F(0.5), I(1), B(True)])
        case(op, [T("float64", [2, 4], vals), T("float64", [3], [0.0, 0.5, 1.0]), I(1)])
        case(op, [T("float32", [2, 3, 4]), T("float32", [2], [0.1, 0.9])])
        case(op, [T("float32", [2, 3, 4]), T("float32", [2], [0.1, 0.9]), I(1), B(True)])
        case(op, [T("float32", [2, 3, 4]), T("float32", [], [0.4]), I(0)])
        case(op, [T("float32", [2, 3, 4]), F(0.4), I(-1), B(True)])
        case(op, [T("float32", [2, 3, 4]), F(0.4), NONE, B(True), S("nearest")])
        case(op, [T("float32", [2, 3, 4]), T("float32", [2], [0.5, 0.25]), NONE, B(True),
                  S("midpoint")])
        case(op, [T("float32", [4, 3], view="T"), F(0.6), I(0)])
        case(op, [T("float32", [3, 4], view="slice_step2"), F(0.6), I(1)])
        case(op, [T("float32", []), F(0.5)])
        case(op, [T("float32", []), F(0.5), I(0), B(True)])
        case(op, [T("float32", [0]), F(0.5)])
        case(op, [T("float32", [3]), F(1.5)])
        case(op, [T("float32", [3]), F(-0.1)])
        case(op, [T("float32", [3]), T("float32", [2], [0.5, 1.5])])
        case(op, [T("float32", [3]), T("float32", [2, 1], [0.5, 0.5])])
        case(op, [T("float32", [3]), T("float64", [1], [0.5])])
        case(op, [T("float32", [3]), F(0.5), NONE, B(False), S("cubic")])
        case(op, [T("float32", [3]), F(0.5), I(1)])
        case(op, [T("int64", [0]), F(0.5)])
        case(op, [T("float32", [0]), F(1.5), I(2)])

    op = "histc"
    for dt in FLOATS + ["int64", "int32", "bool"]:
        case(op, [T(dt, [10]), I(4), F(-2.0), F(2.0)])
    data = [0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, -1.0, 4.0, NAN, 2.999, 1.0 / 3.0]
    case(op, [T("float32", [13], data)])
    case(op, [T("float32", [13], data), I(3)])
    case(op, [T("float32", [13], data), I(3), F(0.0), F(3.0)])
    case(op, [T("float64", [13], data), I(7), F(0.0), F(3.0)])
    case(op, [T("float32", [13], data), I(6), F(0.5), F(2.5)])
    case(op, [T("float32", [12], [i / 10.0 for i in range(12)]), I(11), F(0.0), F(1.1)])
    case(op, [T("float64", [12], [i / 10.0 for i in range(12)]), I(11), F(0.0), F(1.1)])
    case(op, [T("float32", [3, 4]), I(5)])
    case(op, [T("float32", [4, 3], view="T"), I(5), F(-1.0), F(1.0)])
    case(op, [T("float32", [3], [2.0, 2.0, 2.0]), I(4)])
    case(op, [T("float32", [0]), I(3)])
    case(op, [T("float32", []), I(3)])
    case(op, [T("float32", [3]), I(0)])
    case(op, [T("float32", [3]), I(-2)])
    case(op, [T("float32", [3]), I(3), F(2.0), F(1.0)])
    case(op, [T("float32", [2], [1.0, NAN]), I(3)])
    case(op, [T("float32", [2], [1.0, INF]), I(3)])
    case(op, [T("float32", [3]), I(3), F(0.0), F(INF)])

    op = "searchsorted"
    seq = T("int64", [5], [1, 3, 5, 7, 9])
    vals = T("int64", [7], [0, 1, 4, 5, 9, 10, -3])
    case(op, [seq, vals])
    case(op, [seq, vals, B(False), B(True)])
    case(op, [seq, vals, B(True), B(False)])
    case(op, [seq, vals, B(False), B(False), S("right"), NONE])
    case(op, [seq, vals, B(False), B(True), S("left"), NONE])
    case(op, [seq, vals, B(False), B(False), S("middle"), NONE])
    for dt in FLOATS + ["int32", "int8", "uint8"]:
        case(op, [T(dt, [5], [1, 2, 2, 3, 5]), T(dt, [2, 3], [2, 0, 6, 3, 2, 1])])
    case(op, [T("float32", [4], [1.0, 2.0, 3.0, NAN]), T("float32", [3], [NAN, 2.0, INF])])
    case(op, [T("float32", [4], [1.0, 2.0, 3.0, NAN]), T("float32", [3], [NAN, 2.0, INF]),
              B(False), B(True)])
    case(op, [T("int64", [4], [1, 3, 5, 7]), T("float32", [3], [2.5, 3.0, 7.5])])
    case(op, [T("float64", [4], [1, 3, 5, 7]), T("int32", [3], [2, 3, 8])])
    case(op, [T("int64", [4], [1, 3, 5, 7]), I(5)])
    case(op, [T("int64", [4], [1, 3, 5, 7]), F(4.5)])
    case(op, [T("int32", [4], [1, 3, 5, 7]), I(5), B(True), B(True)])
    case(op, [T("float32", [4], [1, 3, 5, 7]), F(5.0), B(False), B(True)])
    case(op, [T("int64", [2, 3], [1, 3, 5, 2, 4, 6]), T("int64", [2, 2], [3, 0, 4, 7])])
    case(op, [T("int64", [2, 3], [1, 3, 5, 2, 4, 6]), T("int64", [2, 2], [3, 0, 4, 7]), B(False),
              B(True)])
    unsorted = T("int64", [5], [7, 1, 9, 3, 5])
    case(op, [unsorted, vals, B(False), B(False), NONE, T("int64", [5], [1, 3, 4, 0, 2])])
    case(op, [unsorted, vals, B(False), B(True), NONE, T("int64", [5], [1, 3, 4, 0, 2])])
    case(op, [unsorted, vals, B(False), B(False), NONE, T("int64", [4], [1, 3, 4, 0])])
    case(op, [unsorted, vals, B(False), B(False), NONE, T("int32", [5], [1, 3, 4, 0, 2])])
    case(op, [T("int64", [2, 3], [3, 1, 2, 6, 5, 4]), T("int64", [2, 1], [2, 5]), B(False),
              B(False), NONE, T("int64", [2, 3], [1, 2, 0, 2, 1, 0])])
    case(op, [T("float32", [4, 3], view="T"), T("float32", [4, 2])])
    case(op, [seq, T("int64", [0])])
    case(op, [seq, T("int64", [], [4])])
    case(op, [T("int64", [2, 2], [1, 2, 3, 4]), T("int64", [], [4])])
    case(op, [T("int64", [], [4]), T("int64", [2], [1, 2])])
    case(op, [T("int64", [2, 2], [1, 2, 3, 4]), T("int64", [3], [1, 2, 3])])
    case(op, [T("int64", [2, 2], [1, 2, 3, 4]), T("int64", [3, 1], [1, 2, 3])])
    case(op, [T("bool", [2], [False, True]), T("bool", [1], [True])])
    case(op, [T("int64", [0]), T("int64", [2], [1, 2])])

    op = "bucketize"
    bd = T("int64", [4], [1, 3, 5, 7])
    case(op, [T("int64", [2, 3], [0, 1, 3, 4, 7, 8]), bd])
    case(op, [T("int64", [2, 3], [0, 1, 3, 4, 7, 8]), bd, B(True), B(True)])
    case(op, [T("float32", [4], [0.5, 3.0, 7.0, NAN]), T("float32", [3], [1.0, 3.0, 7.0])])
    case(op, [T("float32", [4], [0.5, 3.0, 7.0, 9.0]), bd, B(False), B(True)])
    case(op, [I(5), bd])
    case(op, [F(4.5), bd])
    case(op, [I(5), bd, B(False), B(True)])
    case(op, [T("int64", [3], [1, 2, 3]), T("int64", [2, 2], [1, 2, 3, 4])])
    case(op, [T("int64", [3], [1, 2, 3]), T("int64", [], [2])])
    case(op, [T("int64", [0]), bd])


def cov_unique():
    for dt in FLOATS + ["int64", "int32", "bool"]:
        case("cov", [T(dt, [3, 5])])
        case("corrcoef", [T(dt, [3, 5])])
    for op in ["cov", "corrcoef"]:
        case(op, [T("float64", [5])])
        case(op, [T("float64", [1, 5])])
        case(op, [T("float64", [4, 3], view="T")])
        case(op, [T("float32", [2, 1])])
        case(op, [T("float32", [])])
        case(op, [T("float32", [2, 0])])
        case(op, [T("float32", [0, 3])])
        case(op, [T("float32", [2, 3, 4])])
        case(op, [T("float64", [3], [1.0, 1.0, 1.0])])
        case(op, [T("float64", [2, 3], [1.0, 2.0, 3.0, 5.0, 5.0, 5.0])])
        case(op, [T("float64", [2, 3], [1.0, NAN, 3.0, 4.0, 5.0, 6.0])])
    x = T("float64", [3, 4])
    fw = T("int64", [4], [1, 2, 0, 3])
    aw = T("float64", [4], [0.5, 1.0, 2.0, 0.25])
    for corr in [0, 1, 2]:
        case("cov", [x, I(corr), NONE, NONE])
        case("cov", [x, I(corr), fw, NONE])
        case("cov", [x, I(corr), NONE, aw])
        case("cov", [x, I(corr), fw, aw])
    case("cov", [x, I(5), NONE, NONE])
    case("cov", [T("float32", [3, 4]), I(1), T("int32", [4], [1, 1, 2, 2]), T("float32", [4])])
    case("cov", [x, I(1), T("int64", [2, 2], [1, 1, 1, 1]), NONE])
    case("cov", [x, I(1), T("float64", [4], [1.0, 1.0, 1.0, 1.0]), NONE])
    case("cov", [x, I(1), T("int64", [3], [1, 1, 1]), NONE])
    case("cov", [x, I(1), T("int64", [4], [1, -1, 1, 1]), NONE])
    case("cov", [x, I(1), T("int64", [4], [0, 0, 0, 0]), NONE])
    case("cov", [x, I(1), NONE, T("float64", [2, 2], [1.0, 1.0, 1.0, 1.0])])
    case("cov", [x, I(1), NONE, T("int64", [4], [1, 1, 1, 1])])
    case("cov", [x, I(1), NONE, T("float64", [5], [1.0] * 5)])
    case("cov", [x, I(1), NONE, T("float64", [4], [1.0, -1.0, 1.0, 1.0])])
    case("cov", [x, I(1), NONE, T("float64", [4], [0.0] * 4)])
    case("cov", [T("bool", [2, 3]), I(1), NONE, NONE])

    op = "unique_consecutive"
    for dt in ALL:
        case(op, [T(dt, [12], [1, 1, 2, 2, 3, 1, 1, 0, 0, 0, 2, 1])])
        case(op, [T(dt, [12], [1, 1, 2, 2, 3, 1, 1, 0, 0, 0, 2, 1]), B(True), B(True)])
    case(op, [T("float32", [6], [NAN, NAN, 1.0, 1.0, -0.0, 0.0]), B(True), B(True)])
    case(op, [T("int64", [3, 4], [1, 1, 2, 2, 3, 3, 3, 1, 1, 1, 2, 2])])
    case(op, [T("int64", [3, 4], [1, 1, 2, 2, 3, 3, 3, 1, 1, 1, 2, 2]), B(True), B(False)])
    case(op, [T("int64", [3, 4], [1, 1, 2, 2, 3, 3, 3, 1, 1, 1, 2, 2]), B(False), B(True)])
    rows = [1, 2, 1, 2, 3, 4, 3, 4, 1, 2]
    case(op, [T("int64", [5, 2], rows), B(True), B(True), I(0)])
    case(op, [T("int64", [5, 2], rows), B(True), B(True), I(1)])
    case(op, [T("int64", [5, 2], rows), B(False), B(False), I(-2)])
    case(op, [T("float32", [2, 2, 2], [1, 2, 1, 2, 1, 2, 3, 4]), B(True), B(True), I(1)])
    case(op, [T("float32", [4, 3], view="T"), B(True), B(True)])
    case(op, [T("int64", [3, 4], view="slice_step2"), B(True), B(True), I(0)])
    case(op, [T("float32", [])])
    case(op, [T("float32", []), B(True), B(True)])
    case(op, [T("float32", [0])])
    case(op, [T("float32", [0]), B(True), B(True)])
    case(op, [T("float32", [0, 2]), B(True), B(True), I(0)])
    case(op, [T("float32", [2, 3]), B(True), B(True), I(2)])


def mean_dims():
    op = "mean_dims"
    for dt in FLOATS:
        case(op, [T(dt, [2, 3, 2, 2]), INTS_([0, 2, 3]), B(True)])
        case(op, [T(dt, [2, 3, 2, 2]), INTS_([0, 2, 3]), B(False)])
    case(op, [T("float32", [2, 3, 2, 2]), INTS_([0]), B(True)])
    case(op, [T("float32", [2, 3, 2, 2]), INTS_([-1, -2]), B(True)])
    case(op, [T("float32", [2, 3, 2, 2]), INTS_([]), B(False)])
    case(op, [T("float32", [2, 3, 2, 2]), INTS_([]), B(True)])
    case(op, [T("float32", [4, 3], view="T"), INTS_([0, 1]), B(True)])
    case(op, [T("float32", [0, 3, 2]), INTS_([0, 2]), B(True)])
    case(op, [T("float32", []), INTS_([0]), B(True)])
    case(op, [T("int64", [2, 3]), INTS_([0]), B(True)])
    case(op, [T("float32", [2, 3]), INTS_([0, -2]), B(True)])
    case(op, [T("float32", [2, 3]), INTS_([2]), B(True)])


def main():
    mean_dims()
    var_std()
    cov_unique()
    quantiles()
    scans()
    order_stats()
    nan_reductions()
    cases = R.CASES
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(cases):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(cases) else "\n")
        f.write("]\n")
    n_err = sum(1 for c in cases if "error" in c["expect"])
    n_emu = sum(1 for c in cases if "emulated" in c)
    print("torch %s: %d cases (%d errors, %d emulated), %d skipped -> %s"
          % (torch.__version__, len(cases), n_err, n_emu, len(R.SKIPPED), os.path.normpath(OUT)))
    for cid, why in R.SKIPPED:
        print("skipped %s: %s" % (cid, why), file=sys.stderr)


if __name__ == "__main__":
    main()
