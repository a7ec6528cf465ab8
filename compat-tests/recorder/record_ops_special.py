#!/usr/bin/python3
"""Records forward fixtures for polygamma and mvlgamma (branch ops-special): torch.polygamma,
Tensor.polygamma_, torch.special.polygamma, torch.mvlgamma, Tensor.mvlgamma_ and
torch.special.multigammaln.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_special.py
Out:  compat-tests/src/test/resources/fixtures/ops_special.json

Same case format, helpers and op table as record_ops.py (imported; its PY table gains the ops
below), replayed by OpConformanceTest through SpecialOps.java.

Op semantics ("t" = tensor ARG, "n"/"p" = int ARG)
--------------------------------------------------
polygamma(int n, t)            torch.polygamma(n, t)
polygamma_(t, int n)           t.polygamma_(n)
special_polygamma(int n, t)    torch.special.polygamma(n, t)
mvlgamma(t, int p)             torch.mvlgamma(t, p)
mvlgamma_(t, int p)            t.mvlgamma_(p)
special_multigammaln(t, int p) torch.special.multigammaln(t, p)
"""

import json
import os
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as R  # noqa: E402
from record_ops import I, T, case  # noqa: E402

warnings.filterwarnings("ignore")
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops_special.json")

PY = {
    "polygamma": lambda n, t: torch.polygamma(n, t),
    "polygamma_": lambda t, n: t.polygamma_(n),
    "special_polygamma": lambda n, t: torch.special.polygamma(n, t),
    "mvlgamma": lambda t, p: torch.mvlgamma(t, p),
    "mvlgamma_": lambda t, p: t.mvlgamma_(p),
    "special_multigammaln": lambda t, p: torch.special.multigammaln(t, p),
}
for k in PY:
    assert k not in R.PY, k
R.PY.update(PY)
R.INPLACE.update(k for k in PY if k.endswith("_"))

FLOATS = ["float32", "float64", "bfloat16", "float16"]
ALL = FLOATS + ["int64", "int32", "uint8", "bool"]
INF = float("inf")
NAN = float("nan")

PG_VALUES = [1.0, 2.0, 0.5, 1.5, 2.5, 3.7, 8.9, 9.5, 10.0, 30.0, 100.0, 1e4, 1e-3, 0.0, -0.0,
             -1.0, -2.0, -0.5, -2.5, -3.3, -10.1, -25.5, INF, -INF, NAN]
MV_VALUES = [1.0, 1.5, 2.0, 2.5, 3.0, 4.75, 10.0, 100.0, 1e4, 0.5, 0.25, -0.5, INF, NAN]


def polygamma():
    f32 = "float32"
    for n in [0, 1, 2, 3, 4, 7]:
        for dt in ALL:
            case("polygamma", [I(n), T(dt, [2, 3], kind="pos" if dt in FLOATS else "default")])
        case("polygamma", [I(n), T(f32, [len(PG_VALUES)], PG_VALUES)])
        case("polygamma", [I(n), T("float64", [len(PG_VALUES)], PG_VALUES)])
        case("polygamma", [I(n), T("bfloat16", [len(PG_VALUES)], PG_VALUES)])
    for n in [5, 10, 20]:
        case("polygamma", [I(n), T("float64", [len(PG_VALUES)], PG_VALUES)])
        case("polygamma", [I(n), T(f32, [len(PG_VALUES)], PG_VALUES)])
    case("polygamma", [I(2), T(f32, [], kind="pos")])
    case("polygamma", [I(3), T(f32, [0, 2])])
    case("polygamma", [I(2), T(f32, [3, 2], view="T", kind="pos")])
    case("polygamma", [I(3), T("float64", [3], view="slice_step2", kind="pos")])
    case("polygamma", [I(2), T("float64", [2, 3], view="expand", kind="pos", base_shape=[1, 3])])
    case("polygamma", [I(-1), T(f32, [3], kind="pos")])
    case("polygamma", [I(-1), T("float16", [3], kind="pos")])
    for n in [0, 1, 2]:
        case("polygamma_", [T(f32, [2, 3], kind="pos"), I(n)])
        case("polygamma_", [T("float64", [3], kind="pos"), I(n)])
        case("polygamma_", [T("bfloat16", [3], kind="pos"), I(n)])
        case("polygamma_", [T("float16", [3], kind="pos"), I(n)])
        case("polygamma_", [T("int64", [3]), I(n)])
        case("polygamma_", [T("bool", [3]), I(n)])
    case("polygamma_", [T(f32, [3, 2], view="T", kind="pos"), I(3)])
    case("polygamma_", [T(f32, [3], kind="pos"), I(-2)])
    for n in [0, 1, 2, 3]:
        for dt in ["float32", "float64", "bfloat16", "float16", "int64", "bool"]:
            case("special_polygamma", [I(n), T(dt, [2, 3], kind="pos" if dt in FLOATS else "default")])
    case("special_polygamma", [I(-3), T(f32, [3])])


def mvlgamma():
    f32 = "float32"
    for op in ["mvlgamma", "special_multigammaln"]:
        for p in [1, 2, 3, 5]:
            for dt in ["float32", "float64", "bfloat16", "float16", "int64", "int32", "uint8", "bool"]:
                if dt in FLOATS:
                    case(op, [T(dt, [2, 3], kind="pos"), I(p)])
                else:
                    case(op, [T(dt, [2, 3]), I(p)])
            case(op, [T(f32, [len(MV_VALUES)], MV_VALUES), I(p)])
            case(op, [T("float64", [len(MV_VALUES)], MV_VALUES), I(p)])
        case(op, [T(f32, [3], kind="pos"), I(0)])
        case(op, [T(f32, [3], kind="pos"), I(-2)])
        case(op, [T("bool", [3]), I(0)])
    case("mvlgamma", [T(f32, [], kind="pos"), I(2)])
    case("mvlgamma", [T(f32, [0, 2]), I(3)])
    case("mvlgamma", [T(f32, [3, 2], view="T", kind="pos"), I(2)])
    case("mvlgamma", [T("float64", [2, 3], view="expand", kind="pos", base_shape=[1, 3]), I(4)])
    for p in [1, 2, 4]:
        case("mvlgamma_", [T(f32, [2, 3], kind="pos"), I(p)])
        case("mvlgamma_", [T("float64", [3], kind="pos"), I(p)])
        case("mvlgamma_", [T("bfloat16", [3], kind="pos"), I(p)])
        case("mvlgamma_", [T("int64", [3]), I(p)])
    case("mvlgamma_", [T(f32, [3, 2], view="T", kind="pos"), I(2)])
    case("mvlgamma_", [T(f32, [3], kind="pos"), I(0)])
    case("mvlgamma_", [T("bool", [3]), I(2)])


def main():
    torch.set_num_threads(1)
    polygamma()
    mvlgamma()
    cases = R.CASES
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(cases):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(cases) else "\n")
        f.write("]\n")
    n_err = sum(1 for c in cases if "error" in c["expect"])
    n_emu = sum(1 for c in cases if "emulated" in c)
    print("ops_special.json: %d cases (%d errors, %d emulated), %d skipped"
          % (len(cases), n_err, n_emu, len(R.SKIPPED)))
    for s in R.SKIPPED:
        print("skipped", s)


if __name__ == "__main__":
    main()
