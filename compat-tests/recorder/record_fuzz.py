#!/usr/bin/python3
"""Records a random fuzz corpus from real PyTorch (1.13) for TorchND.

Run:  /usr/bin/python3 compat-tests/recorder/record_fuzz.py [--cases N] [--seed S] [--out PATH]
Out:  compat-tests/src/test/resources/fixtures/fuzz.json (default: 24000 cases, seed 7)

The committed corpus is the default invocation; ``--cases 200000 --seed 99 --out /tmp/f.json``
draws a bigger one on demand (replay it with -Dfuzz.file=/tmp/f.json, see FuzzConformanceTest).

Every case uses an op name, argument encoding and expectation format of ``record_ops.py`` (this
module imports it and records through its ``case``), so the Java ``OpRegistry`` replays them
unchanged. Draws cover: unary/binary elementwise ops and comparisons (tensor or Python scalar
operands, broadcast-compatible and incompatible shapes, mixed dtypes), reverse scalar ops,
clamp/where, in-place forms, reductions with dims in and out of range and keepdim, cumsum,
dot/mv/mm/matmul (a few large enough for the BLAS path), reshape/view/expand/permute/transpose/
squeeze/unsqueeze/flatten/t/T/contiguous/clone, cat/stack, basic and advanced indexing reads and
writes, dtype casts and scalar conversions, and creation with negative or overflowing sizes.
Operands are 0-d to 4-d (zero-size dims included), of every dtype, optionally non-contiguous
views (``T``, ``slice_step2``, ``expand``), with values drawn to include 0, -0.0, negatives,
NaN, +-inf, large magnitudes and each integer dtype's extremes.

Two additions to the ops.json format:
  * float -> integer conversions whose value is NaN, infinite or out of the target's range are
    undefined behaviour in C++ (PyTorch's result depends on vectorisation); such cases record
    ``"values": null`` (like ``empty``): only shape and dtype are compared, and the replay must
    not crash.
  * ids are ``<n>:<op>/<operand summary>``, n the draw number, so a case is stable per seed.
Integer ``x // -1`` and ``x % -1`` with x the int32/int64 minimum are never drawn: PyTorch's CPU
kernel dies with SIGFPE on them (C++ UB), so there is no PyTorch behaviour to record.
"""

import argparse
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as ro  # noqa: E402  (sets torch to one thread, deterministic)
import torch  # noqa: E402

DTYPES = ro.DTYPES
FLOATS = ro.FLOATS
INTS = ro.INTS
IRANGE = {"int64": (-2 ** 63, 2 ** 63 - 1), "int32": (-2 ** 31, 2 ** 31 - 1),
          "int16": (-2 ** 15, 2 ** 15 - 1), "int8": (-128, 127), "uint8": (0, 255),
          "bool": (0, 1)}
DEFAULT_OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "fuzz.json")

R = random.Random(7)
NO_MIN = [False]  # while drawing operands of a division-like op: avoid INT_MIN // -1 (SIGFPE)


# ----------------------------------------------------------------------------------------------
# values, shapes, tensors

def pick_dtype(bias=None):
    if bias and R.random() < 0.5:
        return R.choice(bias)
    return R.choice(DTYPES)


def value(dt):
    r = R.random()
    if dt == "bool":
        return R.random() < 0.5
    if dt in INTS:
        lo, hi = IRANGE[dt]
        if r < 0.12:
            v = R.choice([lo, hi, lo + 1, hi - 1, 0])
        elif r < 0.2:
            v = R.choice([0, 1, -1])
        else:
            v = R.randint(-5, 9) if dt != "uint8" else R.randint(0, 12)
        v = max(lo, min(hi, v))
        if NO_MIN[0] and dt in ("int32", "int64") and v == lo:
            v = lo + 1
        return v
    if r < 0.05:
        return float("nan")
    if r < 0.08:
        return R.choice([float("inf"), float("-inf")])
    if r < 0.13:
        return R.choice([0.0, -0.0])
    if r < 0.17:
        return R.choice([1e4, -1e4, 65504.0, 70000.0, 1e38, -3e38, 1e-30, 300.0, -129.0, 255.5])
    if r < 0.3:
        return float(R.randint(-4, 4))
    if r < 0.33:
        return R.choice([0.1, -0.7, 1.3, 2.9])  # not dyadic: rounds differently per dtype
    # dyadic values: exact in every float dtype and short in JSON
    return R.randint(-24, 24) / 8.0


def values(dt, n):
    return ro.exact(dt, [value(dt) for _ in range(n)])


def rand_shape(ndim=None, max_numel=None):
    if max_numel is None:
        max_numel = 8 if R.random() < 0.85 else 16
    if ndim is None:
        ndim = R.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
    while True:
        s = [R.choice([0, 1, 1, 2, 2, 3, 3, 4, 5]) if R.random() < 0.97 else 0
             for _ in range(ndim)]
        if R.random() < 0.9:
            s = [d if d != 0 or R.random() < 0.25 else R.randint(1, 4) for d in s]
        if ro.numel(s) <= max_numel:
            return s


def tensor(dt, shape, view="auto"):
    """A tensor ARG of dtype ``dt`` and logical shape ``shape``, sometimes a non-contiguous view."""
    shape = list(shape)
    if view == "auto":
        view = None
        r = R.random()
        if r < 0.06 and len(shape) == 2:
            view = "T"
        elif r < 0.12 and len(shape) >= 1:
            view = "slice_step2"
        elif r < 0.18 and any(d > 1 for d in shape):
            view = "expand"
    if view is None:
        return {"t": {"dtype": dt, "shape": shape, "values": values(dt, ro.numel(shape)),
                      "view": None}}
    if view == "T":
        bshape = [shape[1], shape[0]]
        bvals = values(dt, ro.numel(shape))
    elif view == "slice_step2":
        bshape = shape[:-1] + [2 * shape[-1]]
        bvals = []
        for v in values(dt, ro.numel(shape)):
            bvals += [v, ro.filler(dt)]
    else:
        bshape = [1 if (d > 1 and R.random() < 0.6) else d for d in shape]
        if bshape == shape:
            bshape = [1 if d > 1 else d for d in shape]
        bvals = values(dt, ro.numel(bshape))
    base = ro._build_contig(dt, bshape, bvals)
    v = ro.apply_view(base, view, shape)
    assert list(v.shape) == shape
    return {"t": {"dtype": dt, "shape": shape, "values": v.flatten().tolist(), "view": view,
                  "base": {"shape": bshape, "values": bvals}}}


def rt(dt=None, shape=None, ndim=None, bias=None):
    return tensor(dt or pick_dtype(bias), shape if shape is not None else rand_shape(ndim))


def broadcast_partner(shape):
    """A shape that broadcasts with ``shape`` (often), or one that does not (sometimes)."""
    r = R.random()
    if r < 0.1:
        return rand_shape()  # anything: mostly incompatible
    s = list(shape)
    k = R.randint(0, len(s))
    s = s[k:] if R.random() < 0.4 else s
    s = [1 if R.random() < 0.3 else d for d in s]
    if R.random() < 0.15 and len(s) < 4:
        s = [R.choice([1, 2])] + s
    if r < 0.2 and s:
        i = R.randrange(len(s))
        s[i] = s[i] + R.choice([1, 2])  # incompatible (unless it was 1 -> maybe not)
    if ro.numel(s) > 24:
        s = [1] * len(s)
    return s


def scalar_arg(kind=None):
    kind = kind or R.choice(["int", "int", "float", "float", "bool"])
    if kind == "int":
        return ro.I(R.choice([0, 1, -1, 2, 3, -7, 100, 127, 255, 256, -129, 2 ** 31, 2 ** 40,
                              2 ** 63 - 1, -2 ** 63 + (1 if NO_MIN[0] else 0)]))
    if kind == "float":
        return ro.F(R.choice([0.0, -0.0, 0.5, -1.5, 2.0, 3.25, float("nan"), float("inf"),
                              float("-inf"), 1e10, -1e-3, 1e300]))
    return ro.B(R.random() < 0.5)


def dim_arg(ndim, oob=0.1):
    n = max(ndim, 1)
    if R.random() < oob:
        # (the Java API takes int dims: dims beyond int32 are not expressible there)
        return R.choice([n, -n - 1, n + 1, 100, -100])
    return R.randint(-n, n - 1)


# ----------------------------------------------------------------------------------------------
# case families

UNARY = ["neg", "abs", "exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "floor",
         "logical_not"]
BINARY = ["add", "sub", "mul", "div", "pow", "floor_divide", "remainder", "maximum", "minimum",
          "logical_and", "logical_or", "eq", "ne", "lt", "le", "gt", "ge"]
TENSOR_ONLY = {"maximum", "minimum", "logical_and", "logical_or"}
DIVLIKE = {"floor_divide", "remainder", "floor_divide_", "remainder_", "rfloor_divide",
           "rremainder"}
RBIN = ["radd", "rsub", "rmul", "rdiv", "rpow", "rfloor_divide", "rremainder"]
INPLACE_BIN = ["add_", "sub_", "mul_", "div_", "pow_", "floor_divide_", "remainder_"]
INPLACE_UN = ["neg_", "abs_", "exp_", "sqrt_", "zero_"]
REDUCE = ["sum", "mean", "prod", "max", "min", "argmax", "argmin", "all", "any"]


def f_unary():
    return R.choice(UNARY), [rt()]


def f_binary():
    op = R.choice(BINARY)
    a = rt()
    sa = a["t"]["shape"]
    if op not in TENSOR_ONLY and R.random() < 0.3:
        # OpRegistry passes a bool scalar as a 0-d tensor, exact only against a dimensioned one
        return op, [a, scalar_arg(None if sa else R.choice(["int", "float"]))]
    same = R.random() < 0.6
    b = rt(a["t"]["dtype"] if same else None, broadcast_partner(sa))
    return op, ([a, b] if R.random() < 0.8 else [b, a])


def f_rbin():
    op = R.choice(RBIN)
    # floor_divide/remainder(<scalar>, Tensor) replay through a 0-d tensor: dimensioned only
    t = rt(ndim=R.choice([1, 2, 3])) if op in ("rfloor_divide", "rremainder") else rt()
    return op, [scalar_arg(R.choice(["int", "float"])), t]


def f_inplace():
    if R.random() < 0.3:
        return R.choice(INPLACE_UN), [rt()]
    if R.random() < 0.1:
        return "fill_", [rt(), scalar_arg()]
    op = R.choice(INPLACE_BIN)
    a = rt()
    if R.random() < 0.3:
        return op, [a, scalar_arg(None if a["t"]["shape"] else R.choice(["int", "float"]))]
    b = rt(a["t"]["dtype"] if R.random() < 0.6 else None, broadcast_partner(a["t"]["shape"]))
    return op, [a, b]


def f_clamp():
    op = R.choice(["clamp", "clamp", "clamp_"])
    a = rt()

    def bound():
        r = R.random()
        if r < 0.25:
            return ro.NONE
        if r < 0.45 and op == "clamp":
            return rt(a["t"]["dtype"] if R.random() < 0.5 else None,
                      broadcast_partner(a["t"]["shape"]))
        return scalar_arg(R.choice(["int", "float"]))
    lo, hi = bound(), bound()
    if ("t" in lo) != ("t" in hi) and "none" not in lo and "none" not in hi:
        hi = ro.NONE  # clamp(Tensor, Tensor, <scalar>) has no Java overload
    if op == "clamp_" and ("t" in lo or "t" in hi):
        op = "clamp"
    return op, [a, lo, hi]


def f_where():
    shape = rand_shape()
    if not shape:
        shape = [2]  # where(c, 0-d tensor, <int>) replays through a 0-d tensor: not exact
    c = rt("bool" if R.random() < 0.85 else None, broadcast_partner(shape))
    a = rt(None, shape)
    if R.random() < 0.3:
        b = scalar_arg(R.choice(["int", "float"]))
        if R.random() < 0.3:
            return "where", [c, scalar_arg(R.choice(["int", "float"])), b]
        return "where", [c, a, b]
    b = rt(a["t"]["dtype"] if R.random() < 0.5 else None, broadcast_partner(shape))
    return "where", [c, a, b]


def f_reduce():
    op = R.choice(REDUCE + ["cumsum"])
    a = rt()
    nd = len(a["t"]["shape"])
    if op == "cumsum":
        return op, [a, ro.I(dim_arg(nd))]
    r = R.random()
    if r < 0.3:
        return op, [a]
    if op in ("sum", "mean") and r < 0.5:
        n = max(nd, 1)
        dims = [dim_arg(nd, 0.05) for _ in range(R.randint(0, min(n, 3)))]
        return op, [a, ro.INTS_(dims), ro.B(R.random() < 0.5)]
    d = ro.I(dim_arg(nd))
    if R.random() < 0.5:
        return op, [a, d]
    return op, [a, d, ro.B(R.random() < 0.5)]


def f_linalg():
    op = R.choice(["dot", "mv", "mm", "matmul", "matmul", "matmul"])
    dt = pick_dtype(["float32", "float64", "int64"])
    dt2 = dt if R.random() < 0.85 else pick_dtype()
    if R.random() < 0.004 and dt in ("float32", "float64"):
        # big enough for ND4J's BLAS path (n*k*m >= 32^3), sometimes with expanded / transposed
        n, k, m = 32, 32, R.choice([32, 33])
        batch = [] if R.random() < 0.7 else [2]
        a = tensor(dt, batch + [n, k], view=R.choice([None, "expand", "T" if not batch else None]))
        b = tensor(dt, [k, m], view=R.choice([None, "T", "expand", "slice_step2"]))
        return "matmul" if batch else R.choice(["mm", "matmul"]), [a, b]
    n, k, m = R.choice([0, 1, 2, 3]), R.choice([0, 1, 2, 3, 4]), R.choice([0, 1, 2, 3])
    k2 = k if R.random() < 0.85 else R.choice([0, 1, 2, 5])
    if op == "dot":
        sa, sb = [k], [k2]
    elif op == "mv":
        sa, sb = [n, k], [k2]
    elif op == "mm":
        sa, sb = [n, k], [k2, m]
    else:
        kinds = R.choice(["11", "12", "21", "22", "32", "23", "33", "43", "34", "01", "10"])
        batch = [R.choice([1, 2, 0 if R.random() < 0.1 else 2])]
        def mk(c, first):
            if c == "0":
                return []
            if c == "1":
                return [k] if first else [k2]
            mat = [n, k] if first else [k2, m]
            if c == "2":
                return mat
            extra = list(batch) if c == "3" else [R.choice([1, 2])] + batch
            if R.random() < 0.2:
                extra[-1] = R.choice([1, 3])
            return extra + mat
        sa, sb = mk(kinds[0], True), mk(kinds[1], False)
    if R.random() < 0.1:  # wrong rank
        sa = rand_shape(R.choice([0, 1, 2, 3]), 12)
    return op, [tensor(dt, sa), tensor(dt2, sb)]


def rand_target_shape(numel):
    """A shape for reshape/view with ``numel`` elements, sometimes with -1 or wrong."""
    r = R.random()
    if r < 0.1:
        return [R.choice([-1, -2, 0, 5, 7, 2 ** 31, 2 ** 62]) for _ in range(R.randint(1, 3))]
    factors = []
    rest = numel
    for _ in range(R.randint(0, 3)):
        opts = [d for d in (1, 2, 3, 4, 5) if rest % d == 0] if rest else [0, 1, 2]
        d = R.choice(opts)
        factors.append(d)
        rest = rest // d if d else rest
    if rest != 1 or not factors or R.random() < 0.3:
        factors.append(rest)
    R.shuffle(factors)
    if factors and R.random() < 0.4:
        factors[R.randrange(len(factors))] = -1
    if R.random() < 0.08:
        factors.append(-1)
    if R.random() < 0.05 and factors:
        factors[0] += 1
    return factors


def f_shape():
    op = R.choice(["reshape", "view", "expand", "permute", "transpose", "squeeze", "unsqueeze",
                   "flatten", "t", "T", "contiguous", "clone"])
    a = rt()
    s = a["t"]["shape"]
    nd = len(s)
    if op in ("reshape", "view"):
        return op, [a, ro.INTS_(rand_target_shape(ro.numel(s)))]
    if op == "expand":
        tgt = [d if d != 1 or R.random() < 0.4 else R.choice([1, 2, 3]) for d in s]
        tgt = [-1 if R.random() < 0.2 else d for d in tgt]
        if R.random() < 0.3:
            tgt = [R.choice([1, 2])] + tgt
        if R.random() < 0.1:
            tgt = rand_shape(R.randint(0, 3))
        if ro.numel([abs(d) for d in tgt]) > 48:
            tgt = s
        return op, [a, ro.INTS_(tgt)]
    if op == "permute":
        p = list(range(nd))
        R.shuffle(p)
        p = [x - nd if R.random() < 0.3 else x for x in p]
        if R.random() < 0.15:
            p = [dim_arg(nd, 0.3) for _ in range(R.choice([nd, nd + 1, max(nd - 1, 0)]))]
        return op, [a, ro.INTS_(p)]
    if op == "transpose":
        return op, [a, ro.I(dim_arg(nd)), ro.I(dim_arg(nd))]
    if op == "squeeze":
        return op, ([a] if R.random() < 0.4 else [a, ro.I(dim_arg(nd))])
    if op == "unsqueeze":
        n = nd + 1
        d = R.randint(-n, n - 1) if R.random() < 0.9 else R.choice([n, -n - 1])
        return op, [a, ro.I(d)]
    if op == "flatten":
        r = R.random()
        if r < 0.3:
            return op, [a]
        if r < 0.6:
            return op, [a, ro.I(dim_arg(nd))]
        return op, [a, ro.I(dim_arg(nd)), ro.I(dim_arg(nd))]
    return op, [a]


def f_catstack():
    op = R.choice(["cat", "stack"])
    nd = R.choice([0, 1, 1, 2, 2, 3])
    base = rand_shape(nd, 12)
    dt = pick_dtype()
    d = dim_arg(nd + (1 if op == "stack" else 0), 0.1)
    ts = []
    for _ in range(R.choice([1, 2, 2, 3])):
        s = list(base)
        if op == "cat" and s and R.random() < 0.6:
            dd = d if -len(s) <= d < len(s) else 0
            s[dd] = R.choice([0, 1, 2, 3])
        if R.random() < 0.08:
            s = R.choice([[0], rand_shape(R.randint(0, 3), 12)])
        ts.append(tensor(dt if R.random() < 0.8 else pick_dtype(), s))
    if R.random() < 0.2:
        return op, [ro.TS(*ts)]
    return op, [ro.TS(*ts), ro.I(d)]


def index_expr(shape):
    nd = len(shape)
    items = []
    n = R.randint(0, nd + 1) if R.random() < 0.9 else R.randint(1, 4)
    used_ellipsis = False
    for i in range(n):
        size = shape[i] if i < nd else 3
        r = R.random()
        if r < 0.3:
            v = R.randint(-size - 1, size) if R.random() < 0.9 else R.choice([2 ** 31, -2 ** 40])
            items.append(str(v))
        elif r < 0.7:
            def b():
                return "" if R.random() < 0.4 else str(R.randint(-size - 2, size + 2))
            step = "" if R.random() < 0.6 else R.choice(["1", "2", "3", "-1", "0"])
            items.append(b() + ":" + b() + ((":" + step) if step else ""))
        elif r < 0.8:
            items.append("None")
        elif r < 0.88 and not used_ellipsis:
            items.append("...")
            used_ellipsis = R.random() < 0.9
        else:
            k = R.randint(0, 3)
            items.append("[" + ", ".join(str(R.randint(-size, size)) for _ in range(k)) + "]")
    if not items:
        items = [R.choice([":", "...", "None"])]
    return ", ".join(items)


def index_tensor(shape):
    r = R.random()
    if r < 0.4 and shape:
        k = R.choice([1, 1, 2])
        mshape = shape[:k] if R.random() < 0.85 else [d + 1 for d in shape[:k]]
        return tensor("bool", mshape, view=None)
    dt = R.choice(["int64", "int64", "int32", "int16", "uint8", "float32"]) if r < 0.9 else "bool"
    ishape = rand_shape(R.choice([0, 1, 1, 2]), 6)
    size = shape[0] if shape else 1
    vals = [R.randint(-size, max(size - 1, 0)) if R.random() < 0.9 else R.choice([size, -size - 1])
            for _ in range(ro.numel(ishape))]
    if dt == "uint8":
        vals = [abs(v) for v in vals]
    if dt == "bool":
        vals = [v != 0 for v in vals]
    return {"t": {"dtype": dt, "shape": ishape, "values": ro.exact(dt, vals), "view": None}}


def f_index():
    a = rt()
    s = a["t"]["shape"]
    idx = ro.S(index_expr(s)) if R.random() < 0.7 else index_tensor(s)
    if R.random() < 0.5:
        return "index", [a, idx]
    # setitem: a scalar or a tensor value
    if R.random() < 0.5:
        v = scalar_arg()
    else:
        try:
            got = ro.PY["index"](ro.decode(a), ro.decode(idx))
            vs = list(got.shape)
        except Exception:  # noqa: BLE001 - the error case is recorded by case()
            vs = rand_shape(R.randint(0, 2), 6)
        if vs and R.random() < 0.3:
            vs = vs[R.randint(0, len(vs)):]
        if R.random() < 0.1:
            vs = rand_shape(R.randint(0, 2), 6)
        if ro.numel(vs) > 48:
            vs = []
        v = tensor(pick_dtype([a["t"]["dtype"]]), vs)
    return "setitem", [a, idx, v]


def f_cast():
    r = R.random()
    if r < 0.75:
        return "to", [rt(), ro.DT(pick_dtype())]
    op = R.choice(["item", "int", "float", "bool", "tolist"])
    shape = R.choice([[], [], [1], [2], [1, 1], [0]]) if op != "tolist" else rand_shape()
    return op, [rt(None, shape)]


def f_creation():
    op = R.choice(["zeros", "ones", "empty", "full"])
    r = R.random()
    if r < 0.5:
        shape = rand_shape()
    elif r < 0.8:
        shape = rand_shape() + [R.choice([-1, -2, -2 ** 31])]
        R.shuffle(shape)
    else:
        # element count >= 2**64: PyTorch reports the overflow without trying to allocate
        shape = [R.choice([2 ** 32, 2 ** 40, 2 ** 62]) for _ in range(2)]
        if R.random() < 0.5:
            shape.insert(R.randint(0, 2), R.choice([0, 3]))
    args = [ro.INTS_(shape)]
    if op == "full":
        args.append(scalar_arg())
    if R.random() < 0.5:
        args.append(ro.DT(pick_dtype()))
    return op, args


FAMILIES = [(f_unary, 10), (f_binary, 22), (f_rbin, 4), (f_inplace, 9), (f_clamp, 4),
            (f_where, 4), (f_reduce, 14), (f_linalg, 8), (f_shape, 10), (f_catstack, 5),
            (f_index, 12), (f_cast, 7), (f_creation, 2)]


# ----------------------------------------------------------------------------------------------
# undefined float -> int conversions

def _float_vals(arg):
    (k, v), = arg.items()
    if k == "t" and v["dtype"] in FLOATS:
        return v["values"]
    if k == "float":
        return [v]
    if k == "tensors":
        out = []
        for a in v:
            out += _float_vals(a)
        return out
    return []


def ub_cast(op, args, dst):
    """Whether the op converts some float input to integral dtype ``dst`` out of its range."""
    if dst not in INTS:
        return False
    if op not in ("to", "fill_", "setitem", "full", "clamp_", "where", "cat", "stack"):
        return False
    lo, hi = IRANGE[dst]
    for a in args:
        for x in _float_vals(a):
            if isinstance(x, bool):
                continue
            if math.isnan(x) or math.isinf(x) or not (lo <= math.trunc(x) <= hi):
                return True
    return False


REPR_MAX = 8


def _trim_repr(e):
    """Keeps the corpus compact: reprs only for results of at most REPR_MAX elements."""
    if "tuple" in e:
        for x in e["tuple"]:
            _trim_repr(x)
    elif "repr" in e and len(e.get("values") or []) > REPR_MAX:
        del e["repr"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=24000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=DEFAULT_OUT)
    opts = ap.parse_args()
    R.seed(opts.seed)
    ro.RNG.seed(opts.seed + 1)
    weights = [w for _, w in FAMILIES]
    draw = 0
    n_ub = 0
    while len(ro.CASES) < opts.cases:
        fam = R.choices(FAMILIES, weights)[0][0]
        NO_MIN[0] = False
        op, _ = None, None
        # a family decides the op first; division-like ops redraw with INT_MIN excluded
        state = R.getstate()
        op, args = fam()
        if op in DIVLIKE:
            R.setstate(state)
            NO_MIN[0] = True
            op, args = fam()
            NO_MIN[0] = False
        draw += 1
        cid = "%d:%s/%s" % (draw, op, "+".join(ro._desc(a) for a in args))
        before = len(ro.CASES)
        ro.case(op, args, id_=cid)
        if len(ro.CASES) > before:
            c = ro.CASES[-1]
            e = c["expect"]
            if "dtype" in e and e.get("values") is not None and ub_cast(op, args, e["dtype"]):
                e["values"] = None
                e.pop("repr", None)
                c["ub"] = "float -> %s conversion of NaN/inf/out-of-range value" % e["dtype"]
                n_ub += 1
            _trim_repr(e)
    with open(opts.out, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(ro.CASES):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(ro.CASES) else "\n")
        f.write("]\n")
    n_err = sum(1 for c in ro.CASES if "error" in c["expect"])
    per_op = {}
    for c in ro.CASES:
        per_op[c["op"]] = per_op.get(c["op"], 0) + 1
    print("torch %s seed %d: %d cases from %d draws (%d errors, %d ub casts, %d skipped) -> %s "
          "(%d bytes)" % (torch.__version__, opts.seed, len(ro.CASES), draw, n_err, n_ub,
                          len(ro.SKIPPED), os.path.normpath(opts.out), os.path.getsize(opts.out)))
    print("per op: " + ", ".join("%s=%d" % kv for kv in sorted(per_op.items())))


if __name__ == "__main__":
    main()
