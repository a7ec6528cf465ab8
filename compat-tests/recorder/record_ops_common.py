#!/usr/bin/python3
"""Records forward fixtures for ops PyTorch code commonly reaches for that TorchND lacked:
addmm, lerp, hypot, logaddexp, kron, dist, var_mean/std_mean, tril_indices/triu_indices.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_common.py
Out:  compat-tests/src/test/resources/fixtures/ops_common.json

Same case format, helpers and op table as record_ops.py (imported; its PY table gains the ops
below), replayed by OpConformanceTest through CommonOps.java.

Op semantics ("t" = tensor ARG; [x] optional)
--------------------------------------------------------------------------------
addmm(t, t, t[, beta, alpha]): torch.addmm(input, mat1, mat2, beta=beta, alpha=alpha);
lerp(t, t, float|t); hypot(t, t); logaddexp(t, t); kron(t, t); dist(t, t[, float p]);
var_mean / std_mean(t) | (t, bool unbiased) | (t, int dim) | (t, ints dims, bool unbiased,
bool keepdim); tril_indices / triu_indices(int row, int col[, int offset[, dtype]]).
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as R  # noqa: E402
from record_ops import B, DT, F, I, INTS_, T, case  # noqa: E402

OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops_common.json")


def _addmm(i, a, b, *r):
    return torch.addmm(i, a, b, beta=r[0], alpha=r[1]) if r else torch.addmm(i, a, b)


def _stat(fn):
    def f(t, *r):
        if not r:
            return fn(t)
        if len(r) == 1:
            return fn(t, r[0])
        return fn(t, r[0], unbiased=r[1], keepdim=r[2])
    return f


COMMON = {
    "addmm": _addmm,
    "lerp": lambda a, b, w: torch.lerp(a, b, w),
    "hypot": lambda a, b: torch.hypot(a, b),
    "logaddexp": lambda a, b: torch.logaddexp(a, b),
    "kron": lambda a, b: torch.kron(a, b),
    "dist": lambda a, b, *p: torch.dist(a, b, *p),
    "var_mean": _stat(torch.var_mean),
    "std_mean": _stat(torch.std_mean),
    "tril_indices": lambda r, c, *o: torch.tril_indices(r, c, *o[:1], dtype=o[1]) if len(o) > 1
    else torch.tril_indices(r, c, *o),
    "triu_indices": lambda r, c, *o: torch.triu_indices(r, c, *o[:1], dtype=o[1]) if len(o) > 1
    else torch.triu_indices(r, c, *o),
}
for k in COMMON:
    assert k not in R.PY, k
R.PY.update(COMMON)

FLOATS = ["float32", "float64", "bfloat16", "float16"]
ALL = FLOATS + ["int64", "int32", "int8", "uint8", "bool"]


def addmm():
    for dt in ALL:
        case("addmm", [T(dt, [3]), T(dt, [2, 4]), T(dt, [4, 3])])
    for beta, alpha in [(F(0.5), F(2.0)), (F(0.0), F(1.0)), (I(2), I(3))]:
        case("addmm", [T("float32", [2, 3]), T("float32", [2, 4]), T("float32", [4, 3]), beta, alpha])
        case("addmm", [T("float64", [2, 1]), T("float64", [2, 0]), T("float64", [0, 3]), beta, alpha])
    case("addmm", [T("float32", [1], [float("nan")]), T("float32", [2, 2]), T("float32", [2, 2]),
                   F(0.0), F(1.0)])
    case("addmm", [T("int64", [3]), T("int64", [2, 4]), T("int64", [4, 3]), I(2), I(-1)])
    case("addmm", [T("int64", [3]), T("int64", [2, 4]), T("int64", [4, 3]), F(0.5), I(1)])
    case("addmm", [T("float32", [3, 2], view="T"), T("float32", [3, 4], view="T"),
                   T("float32", [2, 3], view="T")])
    # the meta function's order: mat1 dims, mat2 dims, dtypes, shapes, then input's broadcast
    case("addmm", [T("float32", [3]), T("float32", [4]), T("float32", [4, 3])])
    case("addmm", [T("float32", [3]), T("float32", [2, 4]), T("float32", [4])])
    case("addmm", [T("float64", [3]), T("float32", [2, 4]), T("float32", [4, 3])])
    case("addmm", [T("float32", [3]), T("float64", [2, 4]), T("float32", [4, 3])])
    case("addmm", [T("float32", [3]), T("float32", [2, 4]), T("float32", [3, 3])])
    case("addmm", [T("float32", [4]), T("float32", [2, 4]), T("float32", [4, 3])])
    case("addmm", [T("float32", [5, 3]), T("float32", [2, 4]), T("float32", [4, 3])])


def lerp():
    vals = [-2.0, -0.5, 0.0, 0.25, 1.0, 3.5, float("inf"), float("nan")]
    for dt in FLOATS:
        a = T(dt, [8], vals)
        b = T(dt, [8], [1.0, 2.0, -1.0, 0.5, 0.0, -3.0, 1.0, 2.0])
        for w in [0.0, 0.25, 0.5, 0.75, 1.0, -0.5, 2.0]:
            case("lerp", [a, b, F(w)])
        case("lerp", [a, b, T(dt, [8], [0.0, 0.3, 0.5, 0.9, 1.0, -1.0, 2.0, 0.6])])
    case("lerp", [T("float32", [2, 3]), T("float32", [3]), F(0.3)])
    case("lerp", [T("float32", [2, 1]), T("float32", [3]), T("float32", [2, 3])])
    case("lerp", [T("float32", [3, 2], view="T"), T("float32", [2, 3]), F(0.7)])
    case("lerp", [T("float32", []), T("float32", []), F(0.5)])
    case("lerp", [T("float32", [0, 2]), T("float32", [2]), F(0.5)])
    for dt in ["int64", "int32", "bool"]:
        case("lerp", [T(dt, [3]), T(dt, [3]), F(0.5)])
        case("lerp", [T(dt, [3]), T(dt, [3]), T(dt, [3])])
    case("lerp", [T("float32", [3]), T("float64", [3]), F(0.5)])
    case("lerp", [T("float32", [3]), T("float32", [3]), T("float64", [3])])
    case("lerp", [T("float32", [3]), T("float32", [2]), F(0.5)])
    case("lerp", [T("float32", [3]), T("float32", [3]), T("float32", [2])])


def binaries():
    x = [3.0, 0.0, -5.0, 1e30, float("inf"), float("nan"), -0.0, 1e-30]
    y = [4.0, 0.0, 12.0, 1e30, 1.0, 2.0, -0.0, 1e-30]
    for op in ["hypot", "logaddexp"]:
        for dt in FLOATS:
            case(op, [T(dt, [8], x if dt != "float16" else [3.0, 0.0, -5.0, 1e3, float("inf"),
                                                            float("nan"), -0.0, 1e-3]),
                      T(dt, [8], y if dt != "float16" else [4.0, 0.0, 12.0, 1e3, 1.0, 2.0, -0.0,
                                                            1e-3])])
        case(op, [T("float32", [2, 3]), T("float32", [3])])
        case(op, [T("float32", [2, 1]), T("float64", [1, 3])])
        case(op, [T("float32", [3, 2], view="T"), T("float32", [2, 3])])
        case(op, [T("float32", []), T("float32", [0])])
        for a, b in [("int64", "int64"), ("int32", "float32"), ("bool", "bool"), ("int8", "uint8"),
                     ("float16", "float32")]:
            case(op, [T(a, [3]), T(b, [3])])
        case(op, [T("float32", [3]), T("float32", [2])])
    case("logaddexp", [T("float32", [4], [float("-inf"), float("inf"), float("-inf"), 100.0]),
                       T("float32", [4], [float("-inf"), float("inf"), float("inf"), 100.0])])
    case("logaddexp", [T("float64", [3], [-1000.0, 1000.0, 0.0]),
                       T("float64", [3], [-1000.0, 1000.0, -800.0])])


def kron_dist():
    for dt in ALL:
        case("kron", [T(dt, [2, 2]), T(dt, [2])])
    for a, b in [([2], [3]), ([2, 3], [3, 1]), ([], [2]), ([2, 1, 2], [2, 2]), ([0, 2], [2, 2]),
                 ([3, 2], [1, 2, 2])]:
        case("kron", [T("float32", a), T("float32", b)])
    case("kron", [T("int64", [2]), T("float32", [2])])
    case("kron", [T("float32", [3, 2], view="T"), T("float64", [2])])
    for dt in FLOATS + ["int64", "bool"]:
        case("dist", [T(dt, [2, 3]), T(dt, [3])])
    for p in [0.0, 1.0, 2.0, 3.0, float("inf"), float("-inf"), 0.5]:
        case("dist", [T("float32", [2, 3]), T("float32", [2, 3]), F(p)])
    case("dist", [T("float32", [3]), T("float64", [3])])
    case("dist", [T("float32", [3]), T("float32", [2])])
    case("dist", [T("float32", [0]), T("float32", [0])])


def stats():
    for op in ["var_mean", "std_mean"]:
        for dt in FLOATS:
            case(op, [T(dt, [3, 4])])
        for dt in ["int64", "bool"]:
            case(op, [T(dt, [3, 4])])
        x = T("float64", [2, 3, 4])
        case(op, [x, B(False)])
        case(op, [x, I(1)])
        case(op, [x, I(-1)])
        case(op, [x, INTS_([0, 2]), B(True), B(True)])
        case(op, [x, INTS_([1]), B(False), B(False)])
        case(op, [x, INTS_([0, 1, 2]), B(True), B(False)])
        case(op, [T("float32", [1])])
        case(op, [T("float32", [0])])
        case(op, [T("float32", [])])
        case(op, [T("float32", [2, 3]), I(2)])
        case(op, [T("float32", [2, 3]), INTS_([0, 0]), B(True), B(False)])
        case(op, [T("float32", [3, 2], view="T"), I(0)])


def indices():
    for op in ["tril_indices", "triu_indices"]:
        for r, c in [(3, 3), (3, 4), (4, 2), (0, 3), (1, 1), (0, 0)]:
            case(op, [I(r), I(c)])
            for off in [-2, -1, 1, 5]:
                case(op, [I(r), I(c), I(off)])
        for dt in ["int32", "int16", "float32", "bool"]:
            case(op, [I(3), I(3), I(0), DT(dt)])
        case(op, [I(-1), I(3)])
        case(op, [I(3), I(-2)])


def main():
    addmm()
    lerp()
    binaries()
    kron_dist()
    stats()
    indices()
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
