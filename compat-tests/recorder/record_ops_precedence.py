#!/usr/bin/python3
"""Records the check-order and empty-result rules that issue 11 item 5 matched against the fuzz
corpus (fixtures/fuzz.json), as readable named cases: which error PyTorch 1.13 raises first when
several conditions fail, and where it computes a value without running a check at all.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_precedence.py
Out:  compat-tests/src/test/resources/fixtures/ops_precedence.json

Same case format, helpers and op table as record_ops.py (imported), replayed by
OpConformanceTest through OpRegistry like ops.json. No new op names: every case uses an op of
record_ops.py's PY table (index, setitem, matmul, pow, pow_, clamp, clamp_, argmax, argmin, cat,
full, expand, add_).
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as R  # noqa: E402
from record_ops import B, DT, F, I, INTS_, NONE, S, T, TS, case  # noqa: E402

OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops_precedence.json")

FLOATS = ["float32", "float64", "bfloat16", "float16"]
INTS = ["int64", "int32", "int16", "int8", "uint8"]


def pow_roots():
    """pow_tensor_scalar runs sqrt/rsqrt for exponents 0.5/-0.5 (float, double, bfloat16), so
    -0. and -inf keep sqrt's signs; float16 goes through std::pow."""
    vals = [-0.0, 0.0, 4.0, -1.0, float("inf"), float("-inf"), float("nan"), 2.25]
    for dt in FLOATS:
        x = T(dt, [8], vals)
        for e in [0.5, -0.5, -1.0, 2.0, 0.0, 1.0]:
            case("pow", [x, F(e)])
        case("pow_", [T(dt, [8], vals), F(0.5)])
    # the exponent is converted (checked) to float16/bfloat16, after the iterator's checks
    case("pow", [T("float16", [2], [1.0, 2.0]), F(1e10)])
    case("pow", [T("float16", [2], [1.0, 2.0]), I(-9223372036854775808)])
    case("pow", [T("bfloat16", [2], [1.0, 2.0]), F(1e300)])
    case("pow", [T("bfloat16", [2], [1.0, 2.0]), F(1e10)])
    case("pow", [T("float16", [0], []), F(1e10)])
    case("pow", [T("int8", [0], []), I(1000)])
    case("pow", [T("float16", [2], [1.0, 2.0]), F(1.0)])
    case("pow_", [T("int8", [2, 2], view="expand", base_shape=[1, 1]), I(1000)])
    case("pow_", [T("float16", [2, 2], view="expand", base_shape=[1, 1]), F(1e10)])
    case("pow_", [T("int8", [2, 2], view="expand", base_shape=[1, 1]), F(2.5)])
    case("pow_", [T("int8", [2, 2], view="expand", base_shape=[1, 1]), I(-1)])


def zero_d_indices():
    """A 0-d integer tensor of any width indexes like a Python int (applySelect); 0-d bool/uint8
    tensors add a dim, and 1-D+ int32/int16 tensors are refused."""
    x = T("float32", [3, 4])
    for dt in ["int64", "int32", "int16", "int8"]:
        case("index", [x, T(dt, [], [1])])
        case("index", [x, T(dt, [], [-3])])
        case("index", [x, T(dt, [], [3])])
        case("setitem", [T("float32", [3, 4]), T(dt, [], [2]), F(7.5)])
        case("setitem", [T("int16", [2, 3]), T(dt, [], [0]), T("int32", [3], [1, 2, 3])])
        case("setitem", [T("float32", [2, 3]), T(dt, [], [1]), T("int64", [5])])
    case("index", [x, T("uint8", [], [1])])
    case("index", [x, T("bool", [], [False])])
    case("index", [x, T("int32", [2], [0, 1])])
    case("index", [T("uint8", [0, 3, 5]), T("int64", [], [0])])
    case("index", [T("uint8", [0, 3, 5]), T("int64", [1], [0])])
    # a select writes through a view: a copy_ of a tensor value checks internal overlap, the
    # fill of a 0-d value does not
    case("setitem", [T("bool", [2, 4], view="expand", base_shape=[2, 1]), T("int64", [], [0]),
                     T("bool", [4])])
    case("setitem", [T("bool", [2, 4], view="expand", base_shape=[2, 1]), T("int64", [], [0]),
                     T("bool", [], [True])])


def advanced_order():
    """index / index_put_: index dtypes, mask shapes, broadcast, size-0 dims, value shape, value
    dtype, then the kernel's bounds check (element by element, naming the index's position among
    the indices); an empty result reads no index value."""
    x = T("float32", [2, 3, 4])
    for expr in ["[0, 5]", ":, [0, 5]", ":, :, [0, 5]", "[0, 1], :, [0, 5]", "[0, 7], :, [0, 5]",
                 "None, [0, 7]", ":, [0, 1], [0, 9]", ":, [[0], [1]], [0, 9]", ":0, [0, 9]",
                 ":, [0, 9], :0", "[1, 5], [9, 0]", "..., [0, 9]", "1:4, ..., [-2, 2, 0]"]:
        case("index", [x, S(expr)])
    y = T("float32", [2, 0, 4])
    for expr in [":, [0, 9]", ":, []", "[0, 5], [0]", "[5], [0]"]:
        case("index", [y, S(expr)])
    for v in [T("int32", [5]), T("int32", [4]), T("float32", [4]), T("int32", []),
              T("int32", [1]), F(1.5)]:
        case("setitem", [T("float32", [2, 3, 4]), S(":, [0, 9]"), v])
        case("setitem", [T("float32", [2, 3, 4]), S(":, [0, 1]"), v])
    for v in [T("int64", [2, 0]), T("int8", [2])]:
        case("setitem", [T("float32", [1, 2, 1]), T("int64", [2], [0, 0]), v])
    case("setitem", [T("bfloat16", [1, 3, 1]), S("[1, -1, 1], :3"), T("float16", [1])])
    case("setitem", [T("int16", [3]), S("[0]"), T("bfloat16", [1])])
    case("setitem", [T("bool", [1, 4]), S("[-1], [-1]"), T("int8", [1])])
    # a lone mask with a one-element value runs masked_fill_ (a checked conversion, no dtype error)
    mask = T("bool", [2, 3], [True, False, True, False, False, True])
    for v in [T("int32", [], [1]), T("int32", [1], [7]), T("float64", [], [7.5]),
              T("int64", [], [1000]), T("int32", [2], [1, 2])]:
        case("setitem", [T("uint8", [2, 3]), mask, v])
    case("setitem", [T("uint8", [2, 3]), T("bool", [], [True]), T("int64", [], [7])])
    case("setitem", [T("uint8", [2, 3]), T("bool", [3], [True, False, True]), F(2.0)])
    # empty results: no bounds check
    case("index", [T("int16", [0, 1, 5]), S("-1:1, [-1, 0, 0], [3, 5, 0]")])
    case("index", [T("float64", [3, 5, 0, 2]), S("[1, 3, 3]")])
    case("setitem", [T("int8", [1, 1, 3, 2]), S("[0, 1], None, 2:4:2, -1, -1:1"), F(-1.5)])
    case("setitem", [T("bool", [1, 1, 0]), T("int64", [2, 3], [0, 1, 2, -2, 5, 9]), F(1.0)])
    # the scalar is converted before any index is looked at
    case("setitem", [T("uint8", [1]), S("1:-2, :-4"), I(-9223372036854775808)])
    case("setitem", [T("uint8", [3, 2]), S(":"), I(-9223372036854775808)])
    case("setitem", [T("uint8", [3, 2]), S(":"), I(-255)])
    case("setitem", [T("uint8", [3, 2]), S(":"), I(-256)])


def matmul_folding():
    """_matmul_impl folds an N-D operand times a 1-D/2-D one into one mm/mv; 1-D/2-D @ N-D
    multiplies the transposes, so errors name those operands (and a permuted 3-D @ 2-D runs bmm)."""
    z = "float32"
    for a, b in [([3, 4], [1, 2, 3]), ([2, 3], [4, 3, 2]), ([5, 5], [2, 3, 4]), ([4], [2, 3, 3]),
                 ([3], [2, 3, 4]), ([2, 3], [2, 3, 2]), ([3, 2], [2, 2, 4]), ([2], [3, 2, 4]),
                 ([0, 2], [3, 2, 4]), ([3, 0], [2, 0, 4]), ([2, 3], [1, 0, 3, 2]),
                 ([5, 5], [2, 3, 4, 1]), ([2, 3, 4], [5, 5]), ([2, 3, 4], [4, 2])]:
        case("matmul", [T(z, a), T(z, b)])
    for da, db in [("uint8", "bool"), ("float64", "float16"), ("float32", "int8"),
                   ("bfloat16", "int32"), ("int32", "int64")]:
        case("matmul", [T(da, [2, 2]), T(db, [2, 2, 2])])
        case("matmul", [T(da, [2]), T(db, [3, 2, 2])])
    case("matmul", [T("float16", [4, 2], view="T"), T("float16", [1, 4, 1])])


def reductions_and_clamp():
    """argmax/argmin fill 0 for a size-1 reduced dim and skip the kernel (its Bool dtype error)
    for an empty result; clamp's kernels: clamp_min_cpu / clamp_max_scalar_cpu / clamp_scalar_cpu
    for scalar bounds, maximum/minimum for one tensor bound (Bool works), clamp_cpu for two."""
    for op in ["argmax", "argmin"]:
        case(op, [T("bool", [2, 1, 1]), I(2), B(True)])
        case(op, [T("bool", [2, 1]), I(1)])
        case(op, [T("bool", [0, 3]), I(1)])
        case(op, [T("bool", [0, 3]), I(1), B(True)])
        case(op, [T("bool", [2, 3]), I(1)])
        case(op, [T("bool", [1])])
        case(op, [T("bool", [], [True]), I(0)])
        case(op, [T("float16", [2, 1]), I(1), B(True)])
    b = T("bool", [2], [True, False])
    # (Python-bool bounds pick clamp.Scalar; Java has no boolean bound overload, so none here)
    for lo, hi in [(T("bool", [], [True]), NONE), (NONE, T("bool", [], [True])),
                   (T("bool", [], [True]), T("bool", [], [True])), (I(1), I(2))]:
        case("clamp", [b, lo, hi])
    for lo, hi in [(F(1e300), F(float("nan"))), (F(float("nan")), F(1e300)), (F(1e300), F(2.0)),
                   (I(-9223372036854775808), NONE), (I(-255), NONE), (I(300), NONE)]:
        case("clamp", [T("int16", [2, 1, 1]), lo, hi])
        case("clamp", [T("uint8", [2]), lo, hi])
    case("clamp", [T("bfloat16", [2]), F(1e100), NONE])
    case("clamp", [T("float16", [2]), T("float16", [], [1.0]), NONE])
    e = dict(view="expand", base_shape=[1, 1])
    for dt, lo, hi in [("float32", I(1), NONE), ("uint8", I(1), I(-129)), ("int8", F(1.5), NONE),
                       ("float32", I(1), F(float("nan"))), ("int8", I(1), F(float("nan"))),
                       ("float32", T("float32", [], [1.0]), NONE),
                       ("int8", T("float32", [], [1.5]), NONE)]:
        case("clamp_", [T(dt, [2, 2], **e), lo, hi])
    case("clamp_", [T("int8", [3]), F(1.5), NONE])
    case("clamp_", [T("int8", [3]), T("float32", [], [1.5]), NONE])
    case("clamp_", [T("float32", [2, 0], view="expand", base_shape=[1, 0]), I(1), NONE])


def misc():
    """cat checks every input for 0-d first; full allocates (size checks) before converting its
    value; empty in-place writes never overlap; error texts name Bool/BFloat16 tensors the C++
    way (CPUBoolType), the legacy types the Python way (torch.FloatTensor)."""
    z = lambda *s: T("float32", list(s))  # noqa: E731
    case("cat", [TS(z(2, 2), z(3), T("float32", [], [1.0]))])
    case("cat", [TS(z(2, 2), z(3, 3), T("float32", [], [1.0]))])
    case("cat", [TS(z(2, 2), T("float32", [], [1.0])), I(5)])
    case("cat", [TS(z(0), T("float32", [], [1.0])), I(5)])
    case("cat", [TS(z(0), z(0)), I(5)])
    case("cat", [TS(T("bool", [0]), T("bool", [], [True])), I(-1)])
    for dt in ["uint8", "int8"]:
        case("full", [INTS_([4611686018427387904, 4611686018427387904]), I(-300), DT(dt)])
        case("full", [INTS_([-1, 2]), I(-300), DT(dt)])
    for dt in ["bool", "bfloat16", "float16", "int16", "float32"]:
        case("expand", [T(dt, [2, 2, 2]), INTS_([2, 2])])
    e0 = dict(view="expand")
    case("add_", [T("float64", [0, 2, 3], base_shape=[0, 1, 3], **e0), F(2.0)])
    case("add_", [T("uint8", [2, 3, 0], base_shape=[2, 1, 0], **e0), T("uint8", [2, 3, 0])])
    case("add_", [T("float32", [2, 2], base_shape=[1, 2], **e0), F(2.0)])


def main():
    pow_roots()
    zero_d_indices()
    advanced_order()
    matmul_folding()
    reductions_and_clamp()
    misc()
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
