#!/usr/bin/python3
"""Records forward fixtures for the op declarations of issue 11 step 2 (branch ops-enum): the
inverse hyperbolics, erfc/erfinv, lgamma/digamma and i0 (UnaryOp constants), their arc* and
torch.special aliases, and the in-place forms.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_enum.py
Out:  compat-tests/src/test/resources/fixtures/ops_enum.json

Same case format, helpers and op table as record_ops.py (imported; its PY table gains the ops
below), replayed by OpConformanceTest through EnumOps.java.

Op semantics ("t" = tensor ARG; "_" suffix = the in-place method on arg 0)
--------------------------------------------------------------------------
asinh/acosh/atanh/erfc/erfinv/lgamma/digamma/i0/arcsinh/arccosh/arctanh(t)  torch.<op>(t)
<op>_(t)                                                                      t.<op>_()
special_<f>(t) for f in erf erfc erfinv expit exp2 expm1 log1p sinc gammaln digamma psi round i0
                                                                              torch.special.<f>(t)
special_logit(t[, float eps]); special_xlogy(t|scalar, t|scalar)
"""

import json
import os
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as R  # noqa: E402
from record_ops import F, I, T, case  # noqa: E402

warnings.filterwarnings("ignore")
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops_enum.json")

UNARY = ["asinh", "acosh", "atanh", "erfc", "erfinv", "lgamma", "digamma", "i0",
         "arcsinh", "arccosh", "arctanh"]
SPECIAL = ["erf", "erfc", "erfinv", "expit", "exp2", "expm1", "log1p", "sinc", "gammaln",
           "digamma", "psi", "round", "i0"]

PY = {}
for _n in UNARY:
    PY[_n] = (lambda n: lambda t: getattr(torch, n)(t))(_n)
    PY[_n + "_"] = (lambda n: lambda t: getattr(t, n + "_")())(_n)
for _n in SPECIAL:
    PY["special_" + _n] = (lambda n: lambda t: getattr(torch.special, n)(t))(_n)
PY["special_logit"] = lambda t, *r: torch.special.logit(t, *r)
PY["special_xlogy"] = lambda a, b: torch.special.xlogy(a, b)
for k in PY:
    assert k not in R.PY, k
R.PY.update(PY)
R.INPLACE.update(k for k in PY if k.endswith("_"))

FLOATS = ["float32", "float64", "bfloat16", "float16"]
ALL = FLOATS + ["int64", "int32", "uint8", "bool"]
INF = float("inf")
NAN = float("nan")

# values each op is checked on (float32 and float64), chosen per domain
VALUES = {
    "asinh": [0.0, -0.0, 1e-10, -1e-10, 0.5, -2.5, 3.0, 1e5, -1e30, INF, -INF, NAN],
    "acosh": [1.0, 1.0000001, 1.5, 2.0, 2.5, 10.0, 1e5, 1e30, 0.5, -1.0, INF, NAN],
    "atanh": [0.0, -0.0, 1e-10, 0.25, -0.5, 0.75, 0.999, -0.999999, 1.0, -1.0, 1.5, NAN],
    "erfc": [0.0, -0.0, 0.1, -0.5, 1.0, 1.9, 2.0, 2.5, 4.0, 9.0, 12.0, 26.0, 30.0, -3.0, -6.0,
             INF, -INF, NAN],
    "erfinv": [0.0, -0.0, 1e-8, 0.1, -0.3, 0.5, 0.69, 0.71, -0.9, 0.99, 0.999999, 1.0, -1.0, 1.5,
               -2.0, NAN],
    "lgamma": [0.0, -0.0, 1.0, 2.0, 0.5, 1.5, 2.5, 3.0, 10.5, 100.0, 1e4, 1e10, 1e30, 1e-30,
               -0.5, -1.0, -2.0, -2.5, -10.1, -100.5, 1e-5, INF, -INF, NAN],
    "digamma": [0.0, -0.0, 1.0, 2.0, 0.5, 1.4616321, 3.7, 9.5, 10.0, 10.5, 100.0, 1e6, 1e20,
                1e-6, -0.5, -1.0, -2.0, -2.5, -10.1, -100.5, INF, -INF, NAN],
    "i0": [0.0, -0.0, 0.5, -1.0, 2.0, 7.9, 8.0, 8.1, -12.0, 30.0, 80.0, 100.0, -700.0, INF, -INF,
           NAN],
}
ALIAS = {"arcsinh": "asinh", "arccosh": "acosh", "arctanh": "atanh"}
KIND = {"atanh": "unit", "erfinv": "unit", "arctanh": "unit"}


def unary():
    f32 = "float32"
    for op in UNARY:
        base = ALIAS.get(op, op)
        kind = KIND.get(op, "default")
        for dt in ALL:
            case(op, [T(dt, [2, 3], kind=kind if dt in FLOATS else "default")])
        vals = VALUES[base]
        case(op, [T(f32, [len(vals)], vals)])
        case(op, [T("float64", [len(vals)], vals)])
        bvals = [v for v in vals if abs(v) < 1e30 or v != v]
        case(op, [T("bfloat16", [len(bvals)], bvals)])
        case(op, [T(f32, [], kind=kind)])
        case(op, [T(f32, [0, 2])])
        case(op, [T(f32, [3, 2], view="T", kind=kind)])
        case(op, [T("float64", [3], view="slice_step2", kind=kind)])
        case(op, [T("float64", [2, 3], view="expand", kind=kind, base_shape=[1, 3])])
        inp = op + "_"
        case(inp, [T(f32, [2, 3], kind=kind)])
        case(inp, [T("float64", [3], kind=kind)])
        case(inp, [T("bfloat16", [3], kind=kind)])
        case(inp, [T("int64", [3])])
        case(inp, [T("bool", [3])])
        case(inp, [T(f32, [3, 2], view="T", kind=kind)])
    # large float32 lgamma arguments (computed in double and rounded once)
    case("lgamma", [T(f32, [6], [3e3, 4.5e4, 1.2e6, 7.7e7, 3.3e9, 2e36])])
    # float32 near digamma's root and poles
    case("digamma", [T(f32, [6], [1.46163, 1.46164, -0.999, -1.001, 1e-3, -3.5])])


def special():
    f32 = "float32"
    kinds = {"erfinv": "unit", "logit": "unit"}
    for f in SPECIAL:
        op = "special_" + f
        kind = kinds.get(f, "default")
        for dt in ["float32", "float64", "bfloat16", "float16", "int64", "bool"]:
            case(op, [T(dt, [2, 3], kind=kind if dt in FLOATS else "default")])
        case(op, [T(f32, [])])
        case(op, [T(f32, [3, 2], view="T", kind=kind)])
    case("special_logit", [T(f32, [2, 3], kind="unit")])
    case("special_logit", [T("float64", [4], [0.0, 0.3, 1.0, 1.2])])
    case("special_logit", [T(f32, [5], [0.0, 0.05, 0.5, 0.97, 1.0]), F(0.1)])
    case("special_logit", [T("int64", [3])])
    a = [0.0, 0.0, 1.0, -2.0, 3.5, float("nan"), 2.0]
    b = [0.0, float("nan"), 2.0, 3.0, -1.0, 1.0, float("inf")]
    case("special_xlogy", [T(f32, [7], a), T(f32, [7], b)])
    case("special_xlogy", [T("float64", [2, 3]), T("float64", [3], kind="pos")])
    case("special_xlogy", [T("int64", [3]), T(f32, [3], kind="pos")])
    case("special_xlogy", [T(f32, [3]), F(2.5)])
    case("special_xlogy", [T(f32, [3]), I(3)])
    case("special_xlogy", [F(2.0), T(f32, [3], kind="pos")])
    case("special_xlogy", [I(3), T("int64", [3], kind="pos")])
    case("special_xlogy", [T(f32, [3]), T(f32, [2])])


def main():
    torch.set_num_threads(1)
    unary()
    special()
    cases = R.CASES
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(cases):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(cases) else "\n")
        f.write("]\n")
    n_err = sum(1 for c in cases if "error" in c["expect"])
    n_emu = sum(1 for c in cases if "emulated" in c)
    print("ops_enum.json: %d cases (%d errors, %d emulated), %d skipped"
          % (len(cases), n_err, n_emu, len(R.SKIPPED)))
    for s in R.SKIPPED:
        print("skipped", s)


if __name__ == "__main__":
    main()
