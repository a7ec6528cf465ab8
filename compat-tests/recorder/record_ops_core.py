#!/usr/bin/python3
"""Records the forward fixtures of the public ops that ops.json does not cover (issue 11: every
public op of Tensor/Torch has a recorded case; OpCoverageTest checks it).

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_core.py
Out:  compat-tests/src/test/resources/fixtures/ops_core.json

Same file format, ARG/EXPECT encoding and replay (OpRegistry) as record_ops.py, whose helpers
this script reuses; the op names below extend its PY table (each lambda is the meaning of the
name). One more EXPECT kind: {"scalar": "float32", "kind": "dtype"} for ops returning a dtype.
Ops recorded here with a Torch function form are replayed through it (OpRegistry, "ops-core"
block), so the Java literal rules of the torch.* forms are checked too.
"""

import json
import os
import sys
from itertools import product as iproduct

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import record_ops as R  # noqa: E402
from record_ops import T, I, F, B, INTS_, DT, NONE, case, DTYPES, FLOATS, INTS, SPECIAL  # noqa: E402

OUT = os.path.join(R.HERE, "..", "src", "test", "resources", "fixtures", "ops_core.json")

_enc = R.enc


def enc(r):
    if isinstance(r, torch.dtype):
        return {"scalar": R.TD_NAME[r], "kind": "dtype"}
    return _enc(r)


R.enc = enc

UNARY = ["expm1", "log2", "log10", "log1p", "rsqrt", "tan", "asin", "acos", "atan", "sinh",
         "cosh", "ceil", "round", "trunc", "sign", "reciprocal", "bitwise_not", "isnan", "square",
         "negative", "absolute"]
UNARY_INPLACE = ["expm1_", "log_", "log2_", "log10_", "log1p_", "rsqrt_", "sin_", "cos_", "tan_",
                 "asin_", "acos_", "atan_", "sinh_", "cosh_", "tanh_", "sigmoid_", "relu_",
                 "floor_", "ceil_", "round_", "trunc_", "sign_", "reciprocal_"]
BINARY = ["fmod", "atan2", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor"]
# PyTorch aliases (the same ATen op under a second name)
ALIASES = {"multiply": "mul", "divide": "div", "subtract": "sub", "true_divide": "div",
           "greater": "gt", "less": "lt", "greater_equal": "ge", "less_equal": "le",
           "not_equal": "ne"}
BINARY_INPLACE = ["fmod_", "atan2_", "bitwise_and_", "bitwise_or_", "bitwise_xor_", "eq_", "ne_",
                  "lt_", "le_", "gt_", "ge_"]

for n in UNARY:
    R.PY[n] = (lambda n: lambda t: getattr(torch, n)(t))(n)
for n in UNARY_INPLACE:
    R.PY[n] = (lambda n: lambda t: getattr(t, n)())(n)
for n in BINARY + list(ALIASES):
    R.PY[n] = (lambda n: lambda a, b: getattr(torch, n)(a, b))(n)
for n in BINARY_INPLACE:
    R.PY[n] = (lambda n: lambda a, b: getattr(a, n)(b))(n)
for n in ["bitwise_and", "bitwise_or", "bitwise_xor"]:
    R.PY["r" + n] = (lambda n: lambda s, t: getattr(torch, n)(s, t))(n)
# torch.f(tensor, scalar) through the Java function forms (Torch.add(t, 1) must stay int64)
FN = ["add", "sub", "mul", "div", "pow", "floor_divide", "remainder", "eq", "ne", "lt", "le",
      "gt", "ge"]
for n in FN:
    R.PY["fn_" + n] = (lambda n: lambda a, b: getattr(torch, n)(a, b))(n)
R.PY.update({
    "add_alpha": lambda a, b, alpha: torch.add(a, b, alpha=alpha),
    "sub_alpha": lambda a, b, alpha: torch.sub(a, b, alpha=alpha),
    "clamp_min": lambda t, v: torch.clamp_min(t, v),
    "clamp_max": lambda t, v: torch.clamp_max(t, v),
    "clip": lambda t, lo, hi: torch.clip(t, lo, hi),
    "cumprod": lambda t, d: torch.cumprod(t, d),
    "narrow": lambda t, d, s, n: torch.narrow(t, d, s, n),
    "select": lambda t, d, i: torch.select(t, d, i),
    "ravel": lambda t: torch.ravel(t),
    "swapaxes": lambda t, a, b: torch.swapaxes(t, a, b),
    "mT": lambda t: t.mT,
    "expand_as": lambda t, o: t.expand_as(o),
    "reshape_as": lambda t, o: t.reshape_as(o),
    "view_as": lambda t, o: t.view_as(o),
    "type_as": lambda t, o: t.type_as(o),
    "std": lambda t: torch.std(t),
    "var": lambda t: torch.var(t),
    "bmm": lambda a, b: torch.bmm(a, b),
    "equal": lambda a, b: torch.equal(a, b),
    "allclose": lambda a, b, *tol: torch.allclose(a, b, *tol),
    "isclose": lambda a, b, rtol, atol: torch.isclose(a, b, rtol, atol),
    "nonzero": lambda t: torch.nonzero(t),
    "empty_like": lambda t: torch.empty_like(t),
    "float_": lambda t: t.float(),
    "double_": lambda t: t.double(),
    "long_": lambda t: t.long(),
    "int_": lambda t: t.int(),
    "bool_": lambda t: t.bool(),
    "half": lambda t: t.half(),
    "copy_": lambda a, b: a.copy_(b),
    "detach": lambda t: torch.detach(t),
    "is_floating_point": lambda t: torch.is_floating_point(t),
    "ndim": lambda t: t.ndim,
    "new_empty": lambda t, s: t.new_empty(s),
    "nan_to_num_": lambda t, *v: t.nan_to_num_(*v),
    "promote_types": lambda a, b: torch.promote_types(a, b),
    "result_type": lambda a, b: torch.result_type(a, b),
    "can_cast": lambda a, b: torch.can_cast(a, b),
})
R.INPLACE.update(n for n in R.PY if n.endswith("_") and n not in ("float_", "double_", "long_",
                                                                   "int_", "bool_"))
R.INPLACE.discard("float_")


def kind_for(op):
    if op in ("log2", "log10", "log1p", "rsqrt", "log2_", "log10_", "log1p_", "rsqrt_", "log_"):
        return "pos"
    if op in ("asin", "acos", "asin_", "acos_"):
        return "unit"
    if op in ("fmod", "fmod_"):
        return "nonzero"
    return "default"


def unary():
    for op in UNARY:
        k = kind_for(op)
        for dt in DTYPES:
            case(op, [T(dt, [2, 3], kind=k)])
            case(op, [T(dt, [], kind=k)])
        for dt in ["float32", "float64"]:
            case(op, [T(dt, [len(SPECIAL)], SPECIAL)], tag="special")
        case(op, [T("float32", [0])])
        case(op, [T("float32", [3, 2], view="T", kind=k)])
        case(op, [T("int64", [2, 2], view="slice_step2", kind=k)])
        case(op, [T("float32", [2, 3], view="expand", base_shape=[1, 3], kind=k)])
    case("round", [T("float32", [6], [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999])], tag="half-even")
    case("sign", [T("int8", [3], [-128, 0, 127])])
    case("bitwise_not", [T("uint8", [3], [0, 1, 255])])
    for op in UNARY_INPLACE:
        k = kind_for(op)
        for dt in ["float32", "float64", "int64", "bool"]:
            case(op, [T(dt, [2, 3], kind=k)])
        case(op, [T("float32", [3, 2], view="T", kind=k)])
        case(op, [T("float32", [2, 3], view="expand", base_shape=[1, 3], kind=k)])


def binary():
    scalars = [I(2), I(-3), F(2.5), B(True)]
    for op in BINARY:
        kb = "nonzero" if op == "fmod" else "default"
        for da, db in iproduct(DTYPES, DTYPES):
            case(op, [T(da, [2, 3]), T(db, [2, 3], kind=kb)])
        for dt in DTYPES:
            for s in scalars:
                case(op, [T(dt, [2, 3]), s])
        for sa, sb in [([3, 1], [1, 2]), ([2, 3], [3]), ([0, 3], [3]), ([2, 3], [3, 2])]:
            case(op, [T("float32", sa), T("float32", sb, kind=kb)], tag="bcast")
            case(op, [T("int64", sa), T("int64", sb, kind=kb)], tag="bcast")
        case(op, [T("float32", [3, 2], view="T"), T("float32", [3, 2], kind=kb)])
        case(op, [T("int64", [2, 3], view="expand", base_shape=[1, 3]),
                  T("int64", [2, 3], view="slice_step2", kind=kb)])
    for dt in ["float32", "int64", "int8"]:
        case("fmod", [T(dt, [6], [7, -7, 7, -7, 0, 6]), T(dt, [6], [2, 2, -2, -2, 3, -4])],
             tag="signs")
    for dt in INTS:
        case("fmod", [T(dt, [3], [1, 0, 5]), T(dt, [3], [0, 0, 2])], tag="zero")
        case("fmod", [T(dt, [3], [1, 0, 5]), I(0)], tag="zero")
    case("fmod", [T("float32", [3], [1.0, -1.0, 0.0]), F(0.0)], tag="zero")
    for op in ["rbitwise_and", "rbitwise_or", "rbitwise_xor"]:
        for dt in ["int64", "int32", "uint8", "bool", "float32"]:
            for s in [I(6), B(True)]:
                case(op, [s, T(dt, [2, 3])])
    for op, base in ALIASES.items():
        kb = "nonzero" if base == "div" else "default"
        for da, db in [("float32", "float32"), ("int64", "int64"), ("int64", "float32"),
                       ("bool", "bool"), ("int32", "float64")]:
            case(op, [T(da, [2, 3]), T(db, [2, 3], kind=kb)])
        for s in [I(2), F(0.5), B(True)]:
            case(op, [T("int64", [2, 3], kind=kb), s])
            case(op, [T("float32", [2, 3], kind=kb), s])
        case(op, [T("float32", [2, 3]), T("float32", [3, 2])], tag="bcast")
    for op in BINARY_INPLACE:
        kb = "nonzero" if op == "fmod_" else "default"
        for da in ["float32", "float64", "int64", "int32", "bool"]:
            for db in [da, "int64", "float32"]:
                case(op, [T(da, [2, 3]), T(db, [2, 3], kind=kb)])
            for s in [I(2), F(0.5), B(True)]:
                case(op, [T(da, [2, 3]), s])
        case(op, [T("float32", [3, 1]), T("float32", [3, 2], kind=kb)], tag="bcast")
        case(op, [T("float32", [2, 3], view="expand", base_shape=[1, 3]), I(1)], tag="view")
    # alpha (Java: add(Tensor, Tensor, long|double alpha))
    for op in ["add_alpha", "sub_alpha"]:
        for da, db in [("float32", "float32"), ("int64", "int64"), ("int64", "float32"),
                       ("bool", "bool"), ("int8", "int8")]:
            for alpha in [I(2), F(2.5), I(0), I(1)]:
                if op == "sub_alpha" and da == "bool":
                    continue
                case(op, [T(da, [2, 3]), T(db, [2, 3]), alpha])
        case(op, [T("float32", [2, 3]), T("float32", [3]), I(-1)], tag="bcast")


def function_forms():
    for n in FN:
        for dt in DTYPES:
            for s in [I(2), F(2.5), B(True)]:
                if n == "sub" and dt == "bool":
                    continue
                case("fn_" + n, [T(dt, [2, 3], kind="pos" if n == "pow" else "nonzero"), s])
        case("fn_" + n, [T("int64", [], kind="nonzero"), I(3)])


def others():
    for dt in DTYPES:
        x = T(dt, [2, 3])
        # (bool bounds as tensors: PyTorch's clamp_min.Tensor accepts Bool, clamp(Tensor) does not;
        # TorchND routes both through clamp, so that pair is not recorded)
        for lo in [I(0), F(0.5)] + ([T(dt, [3])] if dt != "bool" else []):
            case("clamp_min", [x, lo])
            case("clamp_max", [x, lo])
        case("clip", [x, I(-1), I(1)])
        case("clip", [x, F(-0.5), NONE])
        case("cumprod", [T(dt, [2, 3], kind="exp"), I(1)])
        case("cumprod", [T(dt, [2, 3], kind="exp"), I(0)])
        case("nonzero", [x])
        case("empty_like", [x])
        for conv in ["float_", "double_", "long_", "int_", "bool_", "half"]:
            case(conv, [x])
        case("is_floating_point", [x])
        case("detach", [x])
        case("type_as", [x, T("int32", [1])])
        case("type_as", [T("int64", [2]), T(dt, [3])])
        case("copy_", [T("float32", [2, 3]), x])
        case("copy_", [T(dt, [2, 3]), T("float64", [3])])
        for o in DTYPES:
            case("promote_types", [DT(dt), DT(o)])
            case("can_cast", [DT(dt), DT(o)])
        case("result_type", [x, T("float32", [])])
        case("result_type", [x, I(1)])
        case("result_type", [x, F(1.0)])
        case("result_type", [T("int64", [2]), x])
        case("std", [T(dt, [2, 3])])
        case("var", [T(dt, [2, 3])])
        case("isclose", [T(dt, [2, 3]), T(dt, [2, 3]), F(1e-5), F(1e-8)])
        case("equal", [T(dt, [2, 3]), T(dt, [2, 3])])
        case("allclose", [T(dt, [3]), T(dt, [3])])
    for dt in ["float32", "float64"]:
        case("std", [T(dt, [1])])
        case("var", [T(dt, [0])])
        case("std", [T(dt, [2, 3], view="T")])
        case("isclose", [T(dt, [3], [1.0, float("nan"), float("inf")]),
                         T(dt, [3], [1.0 + 1e-9, float("nan"), float("inf")]), F(1e-5), F(1e-8)])
        case("isclose", [T(dt, [2, 3]), T(dt, [3]), F(0.1), F(0.1)], tag="bcast")
        case("allclose", [T(dt, [3], [1.0, 2.0, 3.0]), T(dt, [3], [1.0, 2.0, 3.0001]), F(1e-3),
                          F(0.0)])
        case("allclose", [T(dt, [3], [1.0, 2.0, 3.0]), T(dt, [3], [1.0, 2.0, 3.0001])])
        case("equal", [T(dt, [3], [1.0, 2.0, 3.0]), T(dt, [2], [1.0, 2.0])])
    case("equal", [T("float32", [2]), T("int64", [2])])
    case("isclose", [T("int64", [3], [1, 2, 3]), T("float32", [3], [1.0, 2.0, 3.5]), F(0.1), F(0.0)])
    case("nonzero", [T("float32", [])])
    case("nonzero", [T("float32", [0, 3])])
    case("nonzero", [T("int64", [2, 3], view="T")])
    case("nonzero", [T("float32", [4], [0.0, float("nan"), -0.0, 1.0])])
    for shape, d, s, n in [([4, 3], 0, 1, 2), ([4, 3], 1, -2, 2), ([4, 3], -1, 0, 0),
                           ([4, 3], 0, 3, 2), ([4, 3], 2, 0, 1), ([4, 3], 0, 5, 1), ([], 0, 0, 1)]:
        case("narrow", [T("float32", shape), I(d), I(s), I(n)])
    for shape, d, i in [([4, 3], 0, 1), ([4, 3], 1, -1), ([4, 3], 0, 4), ([4, 3], 2, 0),
                        ([2, 3, 4], 1, 2), ([], 0, 0)]:
        case("select", [T("int64", shape), I(d), I(i)])
    for shape in [[2, 3], [], [0], [2, 1, 3]]:
        case("ravel", [T("float32", shape)])
    case("ravel", [T("float32", [3, 2], view="T")])
    for shape, a, b in [([2, 3], 0, 1), ([2, 3, 4], -1, 0), ([2, 3], 0, 2), ([], 0, 0)]:
        case("swapaxes", [T("int64", shape), I(a), I(b)])
    for shape in [[2, 3], [2, 3, 4], [3], []]:
        case("mT", [T("float32", shape)])
    for a, b in [([3, 1], [3, 4]), ([1], [2, 2]), ([3], [2, 3]), ([2], [3])]:
        case("expand_as", [T("float32", a), T("int64", b)])
    for a, b in [([2, 3], [3, 2]), ([6], [2, 3]), ([2, 3], [4])]:
        case("reshape_as", [T("float32", a), T("int64", b)])
        case("view_as", [T("float32", a), T("int64", b)])
    case("view_as", [T("float32", [3, 2], view="T"), T("float32", [6])])
    case("reshape_as", [T("float32", [3, 2], view="T"), T("float32", [6])])
    for dt in ["float32", "float64", "int64"]:
        case("bmm", [T(dt, [2, 2, 3]), T(dt, [2, 3, 4])])
    case("bmm", [T("float32", [2, 2, 3]), T("float32", [3, 3, 4])])
    case("bmm", [T("float32", [2, 2, 3]), T("float32", [2, 2, 4])])
    case("bmm", [T("float32", [2, 3]), T("float32", [2, 3, 4])])
    case("bmm", [T("float32", [2, 2, 3]), T("float64", [2, 3, 4])])
    case("bmm", [T("float32", [0, 2, 3]), T("float32", [0, 3, 4])])
    for shape in [[2, 3], [], [0], [1, 2, 3]]:
        case("ndim", [T("float32", shape)])
    for dt in ["float32", "int64", "bool", "float16"]:
        case("new_empty", [T(dt, [2]), INTS_([2, 3])])
        case("new_empty", [T(dt, [2]), INTS_([0])])
    for dt in ["float32", "float64", "float16", "int64"]:
        sp = [float("nan"), float("inf"), float("-inf"), 1.5] if dt != "int64" else [1, 2, 3, 4]
        case("nan_to_num_", [T(dt, [4], sp)])
        case("nan_to_num_", [T(dt, [4], sp), F(0.5), F(100.0), F(-100.0)])
    case("nan_to_num_", [T("float32", [2, 3], view="expand", base_shape=[1, 3])])
    case("copy_", [T("float32", [2, 3]), T("float32", [4])])
    case("copy_", [T("float32", [3, 2], view="T"), T("float32", [2])])


def main():
    unary()
    binary()
    function_forms()
    others()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(R.CASES):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(R.CASES) else "\n")
        f.write("]\n")
    n_err = sum(1 for c in R.CASES if "error" in c["expect"])
    per_op = {}
    for c in R.CASES:
        per_op[c["op"]] = per_op.get(c["op"], 0) + 1
    print("torch %s: %d cases (%d errors), %d ops, %d skipped -> %s"
          % (torch.__version__, len(R.CASES), n_err, len(per_op), len(R.SKIPPED),
             os.path.normpath(OUT)))
    for cid, why in R.SKIPPED:
        print("skipped %s: %s" % (cid, why), file=sys.stderr)


if __name__ == "__main__":
    main()
