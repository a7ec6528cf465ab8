#!/usr/bin/python3
"""Records op-by-op conformance fixtures from real PyTorch (1.13) for TorchND.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops.py
Out:  compat-tests/src/test/resources/fixtures/ops.json

Deterministic: values come from a seeded ``random.Random``; torch runs single-threaded; no op
that draws random numbers is recorded.

File format
===========
The file is a JSON list of cases (NaN / Infinity / -Infinity tokens may occur; read leniently)::

    {"id": "add/float32[2x3]+int64[2x3]", "op": "add", "args": [ARG, ...],
     "expect": EXPECT,
     "inplace_same": true,            # only for in-place ops: the result `is` the first argument
     "emulated": "...",               # only where PyTorch's CPU build lacks a kernel (see below)
     "cpu_error": {"type": ..., "message": ...}}   # with "emulated": what the CPU build raised

ARG (one key each):
  {"t": {"dtype": "int64", "shape": [3, 1], "values": [...flat row-major...], "view": V,
         "base": {"shape": [...], "values": [...]}}}
      A tensor. ``values``/``shape`` always describe the logical tensor the op sees. ``view`` is
      null for a fresh contiguous tensor. Otherwise the tensor is a non-contiguous view of a
      contiguous tensor ``base`` (built from base.shape/base.values) made as follows:
        "T"           -> base.T                  (base is 2-D; shape = reversed base shape)
        "slice_step2" -> base[..., ::2]          (base's last dim is twice the view's; the odd
                                                  positions hold a filler value)
        "expand"      -> base.expand(shape)      (base has size 1 where the view broadcasts)
  {"int": 2}, {"float": 2.5}, {"bool": true}     Python scalars
  {"ints": [0, 1]}                               a dim list / shape (Python list)
  {"dtype": "float64"}                           a torch dtype
  {"none": true}                                 Python None
  {"str": "1:3, :"}                              an index expression in NumPy syntax (for
                                                 "index"/"setitem"), or a norm order like "fro"
  {"tensors": [ARG, ...]}                        a tuple of tensors (cat / stack)
  {"list": nested}                               nested Python data for torch.tensor(...); JSON
                                                 ints are Python ints, JSON reals are Python
                                                 floats (always written with a '.' or exponent),
                                                 true/false are Python bools

EXPECT:
  {"dtype": "float32", "shape": [3, 2], "values": [...flat row-major...], "repr": "tensor(...)"}
      a tensor; ``repr`` (exact ``repr(result)``) is present when numel <= 50; ``values`` is
      null for torch.empty (contents unspecified)
  {"tuple": [EXPECT, ...]}                       e.g. max(dim) -> (values, indices)
  {"scalar": 3, "kind": "int" | "float" | "bool"} a Python scalar (item, numel, dim, len, ...)
  {"size": [3, 4]}                               a torch.Size
  {"list": nested}                               Tensor.tolist()
  {"error": {"type": "RuntimeError", "message": "exact str(e)"}}

"emulated": PyTorch 1.13's CPU build has no float16 kernel for several ops (exp, log, sqrt, sin,
cos, tanh, sigmoid, relu, prod, cumsum, dot, mm, ...) and no bfloat16 kernel for a few (prod),
failing with '"exp_vml_cpu" not implemented for 'Half''. That is a gap of one build, not
PyTorch semantics (CUDA has these kernels), so such cases are recorded as: compute the op on the
float16/bfloat16 inputs upcast to float32, then cast float32 results back to the low dtype
(which is how CUDA's half kernels compute). Cases that mix float dtypes (mm(float16, float32))
are not emulated; they keep the CPU build's error. They carry "emulated": "<reason>" and
"cpu_error": {"type", "message"}, the error the CPU build raised; a replay may accept either the
emulated result or exactly that error (an implementation that mirrors the CPU build's kernels).

Op semantics (the Java OpRegistry must implement exactly these; "t" = tensor ARG)
--------------------------------------------------------------------------------
creation   tensor(list|scalar[, dtype]); zeros/ones/empty(ints[, dtype]); full(ints, scalar[, dtype]);
           zeros_like/ones_like(t[, dtype]); full_like(t, scalar[, dtype]);
           arange(end | start, end | start, end, step [, dtype]); linspace(start, end, steps[, dtype]);
           eye(n[, m][, dtype])
shape      reshape/view/expand/permute(t, ints); flatten(t[, start[, end]]); squeeze(t[, dim]);
           unsqueeze(t, dim); transpose(t, d0, d1); t(t); T(t) (the .T property); contiguous(t);
           clone(t); cat/stack(tensors[, dim]); is_contiguous/numel/dim/len(t) -> scalar;
           size(t) -> size; size(t, dim) -> scalar int
indexing   index(t, str|t): t[expr] / t[index tensor]; setitem(t, str|t, scalar|t): t[...] = v,
           expect = the mutated first argument
unary      neg abs exp log sqrt sin cos tanh sigmoid relu floor logical_not (t)
binary     add sub mul div pow floor_divide remainder (t, t|scalar): a + b, a - b, a * b, a / b,
           a ** b, a // b, a % b; maximum minimum logical_and logical_or (t, t);
           eq ne lt le gt ge (t, t|scalar): a == b, ...;
           radd rsub rmul rdiv rpow rfloor_divide rremainder (scalar, t): s + t, s - t, ...
           clamp(t, min, max) with min/max scalar|t|none; where(cond, a, b) with a/b t|scalar
in-place   add_ sub_ mul_ div_ pow_ floor_divide_ remainder_ (t, t|scalar); clamp_(t, min, max);
           neg_ abs_ exp_ sqrt_ zero_ (t); fill_(t, scalar)
reduce     sum mean prod max min argmax argmin all any: (t) | (t, dim) | (t, dim, keepdim) where
           dim is int or ints (ints only for sum/mean); max/min with a dim return a tuple
           (values, indices); cumsum(t, dim)
linalg     dot mv mm matmul (t, t); norm(t[, p[, dim[, keepdim]]]) with p float|int|str|none and
           dim int|ints; linalg_norm(t, ord, dim, keepdim) with ord float|int|str|none and dim
           int|ints|none (torch.linalg.norm)
convert    item/tolist(t); int/float/bool(t): Python int(t)/float(t)/bool(t); to(t, dtype)
"""

import json
import math
import os
import random
import re
import sys
from itertools import product as iproduct

import torch

torch.set_num_threads(1)
torch.manual_seed(0)
RNG = random.Random(20240601)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops.json")

DTYPES = ["float32", "float64", "float16", "bfloat16",
          "int64", "int32", "int16", "int8", "uint8", "bool"]
FLOATS = ["float32", "float64", "float16", "bfloat16"]
INTS = ["int64", "int32", "int16", "int8", "uint8"]
TD = {n: getattr(torch, n) for n in DTYPES}
TD_NAME = {v: k for k, v in TD.items()}
SHORT = {"float32": "f32", "float64": "f64", "float16": "f16", "bfloat16": "bf16",
         "int64": "i64", "int32": "i32", "int16": "i16", "int8": "i8", "uint8": "u8",
         "bool": "b"}

CASES = []
IDS = set()
SKIPPED = []


# ----------------------------------------------------------------------------------------------
# value generation

def numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def gen(dtype, n, kind="default"):
    """Deterministic small values, exactly representable in ``dtype``."""
    out = []
    for _ in range(n):
        if dtype == "bool":
            out.append(RNG.random() < 0.5)
        elif dtype in INTS:
            if kind in ("pos", "exp"):
                lo, hi = (0, 3) if kind == "exp" else (1, 4)
            elif kind == "nonzero":
                lo, hi = (1, 9) if dtype == "uint8" else (-5, 5)
            elif kind == "unique":
                lo, hi = 0, 0  # replaced below
            else:
                lo, hi = (0, 9) if dtype == "uint8" else (-5, 5)
            v = RNG.randint(lo, hi)
            if kind == "nonzero" and v == 0:
                v = 3
            out.append(v)
        else:
            if kind == "pos":
                v = round(RNG.uniform(0.1, 3.0), 3)
            elif kind == "exp":
                v = round(RNG.uniform(-2.0, 2.0), 2)
            elif kind == "nonzero":
                v = round(RNG.uniform(0.5, 3.0), 3) * RNG.choice([-1, 1])
            elif kind == "unit":
                v = round(RNG.uniform(-0.99, 0.99), 3)
            else:
                v = round(RNG.uniform(-3.0, 3.0), 3)
            out.append(v)
    if kind == "unique" and dtype != "bool":
        # distinct values (for argmax/argmin/max/min without ambiguity beyond PyTorch's rule)
        lo = 0 if dtype == "uint8" else -(n // 2)
        vals = list(range(lo, lo + n))
        RNG.shuffle(vals)
        if dtype in FLOATS:
            vals = [v * 0.5 for v in vals]
        out = vals
    return exact(dtype, out)


def exact(dtype, values):
    """Round-trips flat values through the dtype so JSON holds what the tensor holds."""
    if not values:
        return []
    if dtype == "bool":
        return [bool(v) for v in values]
    if dtype in INTS:
        return torch.tensor([int(v) for v in values], dtype=torch.int64).to(TD[dtype]).tolist()
    return torch.tensor([float(v) for v in values], dtype=torch.float64).to(TD[dtype]).tolist()


def filler(dtype):
    return True if dtype == "bool" else (99 if dtype in INTS else 99.0)


def _build_contig(dtype, shape, values):
    return torch.tensor(values, dtype=TD[dtype]).reshape(shape)


def apply_view(base, view, shape):
    if view == "T":
        return base.T
    if view == "slice_step2":
        return base[..., ::2]
    if view == "expand":
        return base.expand(*shape)
    raise ValueError(view)


def T(dtype, shape, values=None, view=None, kind="default", base_shape=None):
    """A tensor ARG. ``values`` (optional) are the logical values (only for view None/"T")."""
    shape = list(shape)
    if view is None:
        vals = gen(dtype, numel(shape), kind) if values is None else exact(dtype, values)
        assert len(vals) == numel(shape), (shape, vals)
        return {"t": {"dtype": dtype, "shape": shape, "values": vals, "view": None}}
    if view == "T":
        assert len(shape) == 2
        bshape = [shape[1], shape[0]]
        if values is None:
            bvals = gen(dtype, numel(shape), kind)
        else:
            logical = _build_contig(dtype, shape, exact(dtype, values))
            bvals = logical.T.contiguous().flatten().tolist()
    elif view == "slice_step2":
        assert values is None
        bshape = shape[:-1] + [2 * shape[-1]]
        inner = gen(dtype, numel(shape), kind)
        bvals = []
        for i, v in enumerate(inner):
            bvals.append(v)
            bvals.append(filler(dtype))
    elif view == "expand":
        assert values is None and base_shape is not None
        bshape = list(base_shape)
        bvals = gen(dtype, numel(bshape), kind)
    else:
        raise ValueError(view)
    base = _build_contig(dtype, bshape, bvals)
    v = apply_view(base, view, shape)
    assert list(v.shape) == shape, (view, v.shape, shape)
    return {"t": {"dtype": dtype, "shape": shape, "values": v.flatten().tolist(), "view": view,
                  "base": {"shape": bshape, "values": bvals}}}


def I(v):
    return {"int": int(v)}


def F(v):
    return {"float": float(v)}


def B(v):
    return {"bool": bool(v)}


def INTS_(v):
    return {"ints": list(v)}


def DT(name):
    return {"dtype": name}


NONE = {"none": True}


def S(s):
    return {"str": s}


def TS(*ts):
    return {"tensors": list(ts)}


def L(data):
    return {"list": data}


def scalar_arg(kind, v):
    return {"int": I, "float": F, "bool": B}[kind](v)


# ----------------------------------------------------------------------------------------------
# decoding (single source of truth for how an ARG becomes a Python object)

def decode(arg):
    (k, v), = arg.items()
    if k == "t":
        if v["view"] is None:
            return _build_contig(v["dtype"], v["shape"], v["values"])
        base = _build_contig(v["dtype"], v["base"]["shape"], v["base"]["values"])
        return apply_view(base, v["view"], v["shape"])
    if k in ("int", "float", "bool", "str", "list"):
        return v
    if k == "ints":
        return list(v)
    if k == "dtype":
        return TD[v]
    if k == "none":
        return None
    if k == "tensors":
        return [decode(a) for a in v]
    raise ValueError(arg)


# ----------------------------------------------------------------------------------------------
# Python-side op table: the definition of every op name used in the fixtures

def _split_dtype(args):
    if args and isinstance(args[-1], torch.dtype):
        return list(args[:-1]), args[-1]
    return list(args), None


def _creation(fn):
    def f(*args):
        a, dt = _split_dtype(args)
        return fn(*a, dtype=dt)
    return f


def _setitem(t, idx, val):
    if isinstance(idx, str):
        exec("t[" + idx + "] = val", {"t": t, "val": val})
    else:
        t[idx] = val
    return t


def _index(t, idx):
    if isinstance(idx, str):
        return eval("t[" + idx + "]", {"t": t})
    return t[idx]


def _reduce(name):
    def f(t, *rest):
        fn = getattr(t, name)
        if not rest:
            return fn()
        if len(rest) == 1:
            return fn(rest[0])
        return fn(rest[0], rest[1])
    return f


def _norm(t, *rest):
    if not rest:
        return torch.norm(t)
    p = rest[0]
    if len(rest) == 1:
        return torch.norm(t, p=p)
    if len(rest) == 2:
        return torch.norm(t, p=p, dim=rest[1])
    return torch.norm(t, p=p, dim=rest[1], keepdim=rest[2])


def _linalg_norm(t, ord_, dim, keepdim):
    return torch.linalg.norm(t, ord=ord_, dim=dim, keepdim=keepdim)


def _eye(*args):
    a, dt = _split_dtype(args)
    return torch.eye(*a, dtype=dt)


def _flatten(t, *rest):
    return t.flatten(*rest)


PY = {
    # creation
    "tensor": lambda data, *rest: torch.tensor(data, dtype=(rest[0] if rest else None)),
    "zeros": _creation(lambda shape, dtype: torch.zeros(shape, dtype=dtype)),
    "ones": _creation(lambda shape, dtype: torch.ones(shape, dtype=dtype)),
    "empty": _creation(lambda shape, dtype: torch.empty(shape, dtype=dtype)),
    "full": _creation(lambda shape, v, dtype: torch.full(shape, v, dtype=dtype)),
    "zeros_like": _creation(lambda t, dtype: torch.zeros_like(t, dtype=dtype)),
    "ones_like": _creation(lambda t, dtype: torch.ones_like(t, dtype=dtype)),
    "full_like": _creation(lambda t, v, dtype: torch.full_like(t, v, dtype=dtype)),
    "arange": _creation(lambda *a, dtype: torch.arange(*a, dtype=dtype)),
    "linspace": _creation(lambda s, e, n, dtype: torch.linspace(s, e, n, dtype=dtype)),
    "eye": _eye,
    # shape / view
    "reshape": lambda t, s: t.reshape(s),
    "view": lambda t, s: t.view(s),
    "expand": lambda t, s: t.expand(s),
    "permute": lambda t, s: t.permute(s),
    "flatten": _flatten,
    "squeeze": lambda t, *d: t.squeeze(*d),
    "unsqueeze": lambda t, d: t.unsqueeze(d),
    "transpose": lambda t, a, b: t.transpose(a, b),
    "t": lambda t: t.t(),
    "T": lambda t: t.T,
    "contiguous": lambda t: t.contiguous(),
    "clone": lambda t: t.clone(),
    "cat": lambda ts, *d: torch.cat(ts, *d),
    "stack": lambda ts, *d: torch.stack(ts, *d),
    "is_contiguous": lambda t: t.is_contiguous(),
    "numel": lambda t: t.numel(),
    "dim": lambda t: t.dim(),
    "len": lambda t: len(t),
    "size": lambda t, *d: t.size(*d),
    # indexing
    "index": _index,
    "setitem": _setitem,
    # unary
    "neg": lambda t: torch.neg(t),
    "abs": lambda t: torch.abs(t),
    "exp": lambda t: torch.exp(t),
    "log": lambda t: torch.log(t),
    "sqrt": lambda t: torch.sqrt(t),
    "sin": lambda t: torch.sin(t),
    "cos": lambda t: torch.cos(t),
    "tanh": lambda t: torch.tanh(t),
    "sigmoid": lambda t: torch.sigmoid(t),
    "relu": lambda t: torch.relu(t),
    "floor": lambda t: torch.floor(t),
    "logical_not": lambda t: torch.logical_not(t),
    # binary
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "pow": lambda a, b: a ** b,
    "floor_divide": lambda a, b: a // b,
    "remainder": lambda a, b: a % b,
    "maximum": lambda a, b: torch.maximum(a, b),
    "minimum": lambda a, b: torch.minimum(a, b),
    "logical_and": lambda a, b: torch.logical_and(a, b),
    "logical_or": lambda a, b: torch.logical_or(a, b),
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "radd": lambda s, t: s + t,
    "rsub": lambda s, t: s - t,
    "rmul": lambda s, t: s * t,
    "rdiv": lambda s, t: s / t,
    "rpow": lambda s, t: s ** t,
    "rfloor_divide": lambda s, t: s // t,
    "rremainder": lambda s, t: s % t,
    "clamp": lambda t, lo, hi: torch.clamp(t, lo, hi),
    "where": lambda c, a, b: torch.where(c, a, b),
    # in-place
    "add_": lambda a, b: a.add_(b),
    "sub_": lambda a, b: a.sub_(b),
    "mul_": lambda a, b: a.mul_(b),
    "div_": lambda a, b: a.div_(b),
    "pow_": lambda a, b: a.pow_(b),
    "floor_divide_": lambda a, b: a.floor_divide_(b),
    "remainder_": lambda a, b: a.remainder_(b),
    "clamp_": lambda t, lo, hi: t.clamp_(lo, hi),
    "neg_": lambda t: t.neg_(),
    "abs_": lambda t: t.abs_(),
    "exp_": lambda t: t.exp_(),
    "sqrt_": lambda t: t.sqrt_(),
    "zero_": lambda t: t.zero_(),
    "fill_": lambda t, v: t.fill_(v),
    # reductions
    "sum": _reduce("sum"),
    "mean": _reduce("mean"),
    "prod": _reduce("prod"),
    "max": _reduce("max"),
    "min": _reduce("min"),
    "argmax": _reduce("argmax"),
    "argmin": _reduce("argmin"),
    "all": _reduce("all"),
    "any": _reduce("any"),
    "cumsum": lambda t, d: torch.cumsum(t, d),
    # linear algebra
    "dot": lambda a, b: torch.dot(a, b),
    "mv": lambda a, b: torch.mv(a, b),
    "mm": lambda a, b: torch.mm(a, b),
    "matmul": lambda a, b: a @ b,
    "norm": _norm,
    "linalg_norm": _linalg_norm,
    # conversions
    "item": lambda t: t.item(),
    "set_num_threads": lambda n: _set_num_threads(n),
    "tolist": lambda t: t.tolist(),
    "int": lambda t: int(t),
    "float": lambda t: float(t),
    "bool": lambda t: bool(t),
    "to": lambda t, d: t.to(d),
}
INPLACE = {k for k in PY if k.endswith("_")}


# ----------------------------------------------------------------------------------------------
# encoding results

def _set_num_threads(n):
    """torch.set_num_threads(n), then the count read back; the previous count is restored."""
    prev = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        return torch.get_num_threads()
    finally:
        torch.set_num_threads(prev)


def enc(r):
    if isinstance(r, torch.Tensor):
        d = {"dtype": TD_NAME[r.dtype], "shape": list(r.shape),
             "values": r.detach().flatten().tolist()}
        if r.numel() <= 50:
            d["repr"] = repr(r)
        return d
    if isinstance(r, torch.Size):
        return {"size": list(r)}
    if isinstance(r, tuple):  # includes torch.return_types.max
        return {"tuple": [enc(x) for x in r]}
    if isinstance(r, bool):
        return {"scalar": r, "kind": "bool"}
    if isinstance(r, int):
        return {"scalar": r, "kind": "int"}
    if isinstance(r, float):
        return {"scalar": r, "kind": "float"}
    if isinstance(r, list):
        return {"list": r}
    raise TypeError(type(r))


GAP = re.compile(r"not implemented for '(Half|BFloat16)'")


def _emulate(op, args):
    """Recompute with float16/bfloat16 tensors upcast to float32 and cast the result back."""
    lows = set()

    def up(x):
        if isinstance(x, torch.Tensor) and x.dtype in (torch.float16, torch.bfloat16):
            lows.add(x.dtype)
            return x.float()
        if isinstance(x, list):
            return [up(y) for y in x]
        return x

    floats = set()

    def scan(a):
        (k, v), = a.items()
        if k == "t" and v["dtype"] in FLOATS:
            floats.add(v["dtype"])
        elif k == "tensors":
            for x in v:
                scan(x)
    for a in args:
        scan(a)
    if len(floats) > 1:
        # mixed float dtypes (e.g. mm(float16, float32)): other builds would reject the mix for
        # their own reasons, so there is nothing sound to emulate; keep the CPU error
        raise RuntimeError("mixed float dtypes %s" % sorted(floats))
    a2 = []
    for a in args:
        if "dtype" in a and a["dtype"] in ("float16", "bfloat16"):
            lows.add(TD[a["dtype"]])
            a2.append(torch.float32)
        else:
            a2.append(up(decode(a)))
    if len(lows) != 1:
        raise RuntimeError("cannot emulate: %s" % lows)
    low = lows.pop()
    r = PY[op](*a2)

    def down(x):
        if isinstance(x, torch.Tensor) and x.dtype == torch.float32:
            return x.to(low)
        if isinstance(x, tuple):
            return tuple(down(y) for y in x)
        return x
    return down(r), TD_NAME[low]


def _desc(arg):
    (k, v), = arg.items()
    if k == "t":
        s = SHORT[v["dtype"]] + "[" + "x".join(str(d) for d in v["shape"]) + "]"
        return s + (("." + v["view"]) if v["view"] else "")
    if k == "tensors":
        return "(" + ",".join(_desc(a) for a in v) + ")"
    if k == "ints":
        return "[" + ",".join(str(x) for x in v) + "]"
    if k == "none":
        return "None"
    if k == "list":
        return "list" + json.dumps(v, separators=(",", ":"))[:40]
    if k == "str":
        return repr(v)
    return "%s%s" % (k, json.dumps(v))


def case(op, args, tag=None, id_=None):
    """Records one case: runs PY[op] on decoded args and stores the outcome."""
    assert op in PY, op
    base_id = id_ or (op + "/" + "+".join(_desc(a) for a in args) + (("/" + tag) if tag else ""))
    cid = base_id
    n = 2
    while cid in IDS:
        cid = "%s#%d" % (base_id, n)
        n += 1
    c = {"id": cid, "op": op, "args": args}
    pyargs = [decode(a) for a in args]
    try:
        r = PY[op](*pyargs)
        c["expect"] = enc(r)
        if op in ("empty", "empty_like", "new_empty"):  # contents unspecified
            c["expect"]["values"] = None
            c["expect"].pop("repr", None)
        if op in INPLACE:
            c["inplace_same"] = r is pyargs[0]
    except Exception as e:  # noqa: BLE001 - we record every failure
        msg = str(e)
        if GAP.search(msg):
            try:
                r, low = _emulate(op, args)
            except Exception:  # noqa: BLE001 - not emulatable: keep what PyTorch CPU raised
                r = None
            if r is None:
                c["expect"] = {"error": {"type": type(e).__name__, "message": msg}}
                IDS.add(cid)
                CASES.append(c)
                return
            c["expect"] = enc(r)
            c["emulated"] = ("PyTorch 1.13 CPU has no %s kernel (%s); expected = op on float32 "
                             "upcast, cast back to %s" % (low, msg, low))
            c["cpu_error"] = {"type": type(e).__name__, "message": msg}
        elif isinstance(e, TypeError) and ("invalid combination" in msg or "must be" in msg
                                           or "received an invalid" in msg):
            # Python argument-parser errors: no static-typed Java equivalent
            SKIPPED.append((cid, "python arg parser: " + msg.splitlines()[0]))
            return
        elif "Triggered internally" in msg or "0x" in msg:
            SKIPPED.append((cid, "unstable message: " + msg[:80]))
            return
        else:
            c["expect"] = {"error": {"type": type(e).__name__, "message": msg}}
    IDS.add(cid)
    CASES.append(c)


# ----------------------------------------------------------------------------------------------
# the case families

def creation():
    lists = [
        [1, 2, 3], [1.0, 2, 4, 8], [True, False, True], [[1, 2], [3, 4]], [[1.5, 2], [3, 4]],
        [True, 2], [True, 2.5], [[[1, 2]], [[3, 4]]], [], [[], []], [-0.0, 1e-5, 123456.0],
        [0.1, 0.2, 0.3], [1e10, 1.0], [[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]],
        [[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]], [3.5],
        # errors
        [[1, 2], [3]], [[1, 2, 3], [4, 5]], [[[1, 2]], [[3]]], [[1, 2], 3],
    ]
    for data in lists:
        case("tensor", [L(data)])
    for s in [F(3.5), I(7), B(True), F(-0.0), I(-3)]:
        case("tensor", [s])
    for dt in DTYPES:
        case("tensor", [L([1, 2, 0]), DT(dt)])
        case("tensor", [L([1.7, -1.7, 0.5]), DT(dt)])
        case("tensor", [L([True, False]), DT(dt)])
    case("tensor", [L([300]), DT("uint8")])
    case("tensor", [L([-1]), DT("uint8")])
    case("tensor", [L([128]), DT("int8")])
    case("tensor", [F(2.5), DT("int32")])

    shapes = [[], [0], [3], [2, 3], [2, 3, 4], [2, 0, 3], [1, 1]]
    for op in ["zeros", "ones"]:
        for s in shapes:
            case(op, [INTS_(s)])
        for dt in DTYPES:
            case(op, [INTS_([2, 3]), DT(dt)])
        case(op, [INTS_([2, -1])])
        case(op, [INTS_([-1])])
    for s in [[2, 3], [0], [], [4, 1, 2]]:
        case("empty", [INTS_(s)])
    for dt in DTYPES:
        case("empty", [INTS_([2, 2]), DT(dt)])
    for fill in [I(7), F(2.5), B(True), F(float("nan")), I(-2)]:
        case("full", [INTS_([2, 3]), fill])
        for dt in DTYPES:
            case("full", [INTS_([2]), fill, DT(dt)])
    case("full", [INTS_([2]), I(300), DT("uint8")])
    case("full", [INTS_([]), F(1.5)])
    for dt in DTYPES:
        src = T(dt, [2, 3])
        case("zeros_like", [src])
        case("ones_like", [src])
        case("full_like", [src, I(3)])
        case("full_like", [src, F(2.5)])
        case("zeros_like", [src, DT("float64")])
        case("ones_like", [T(dt, [3]), DT("bool")])
    case("zeros_like", [T("float32", [3, 2], view="T")])
    case("full_like", [T("int64", [2]), F(float("inf"))])

    ar = [
        [I(5)], [F(5.0)], [I(2), I(9)], [I(1), I(10), I(3)], [I(0), F(3), F(0.1)],
        [I(10), I(0), I(-2)], [I(5), I(-5), F(-1.5)], [I(0), I(1), F(0.25)], [I(0), I(0)],
        [F(4.0)], [I(-3)], [I(1), I(0)], [I(0), I(5), I(0)], [F(0.5), F(2.75)],
        [F(-1.0), F(1.0), F(0.3)], [I(0), I(10), F(2.5)], [F(1.5)], [I(0), I(1), F(0.1)],
        [F(1.0), F(2.0), F(0.1)],
    ]
    for a in ar:
        case("arange", a)
    for dt in DTYPES:
        case("arange", [I(5), DT(dt)])
        case("arange", [I(0), I(3), F(0.5), DT(dt)])
    case("arange", [F(2.5), DT("int64")])
    case("arange", [I(0), I(300), I(100), DT("uint8")])

    for a in [[I(0), I(1), I(5)], [I(-5), I(5), I(11)], [I(0), I(1), I(1)], [I(0), I(1), I(0)],
              [I(3), I(-3), I(7)], [F(0.5), F(2.5), I(4)], [I(0), I(1), I(-1)],
              [I(0), I(1), I(3)], [F(-5.0), F(5.0), I(100)]]:
        case("linspace", a)
    for dt in DTYPES:
        case("linspace", [I(0), I(10), I(5), DT(dt)])
    case("linspace", [F(-1.5), F(1.5), I(4), DT("int64")])

    for a in [[I(3)], [I(2), I(4)], [I(4), I(2)], [I(0)], [I(1)], [I(-1)], [I(2), I(-1)]]:
        case("eye", a)
    for dt in DTYPES:
        case("eye", [I(2), DT(dt)])


def shape_ops():
    for dt in ["float32", "int64", "bool"]:
        x = T(dt, [12], kind="unique" if dt != "bool" else "default")
        for s in [[3, 4], [-1, 4], [3, -1], [2, 2, 3], [12], [-1], [2, -1, 2], [1, 12, 1],
                  [5, 3], [-1, 5], [-1, -1], [0], [13], [3, 0]]:
            case("reshape", [x, INTS_(s)])
            case("view", [x, INTS_(s)])
    z = T("float32", [0])
    case("reshape", [z, INTS_([0, 3])])
    case("reshape", [z, INTS_([-1, 3])])
    case("reshape", [T("float32", [2, 0]), INTS_([-1])])
    case("reshape", [T("float32", []), INTS_([1])])
    case("reshape", [T("float32", []), INTS_([])])
    case("reshape", [T("int64", [1, 1]), INTS_([])])
    case("reshape", [T("float32", [4]), INTS_([])])
    for v, s in [("T", [3, 2]), ("slice_step2", [2, 3]), ("expand", [2, 3])]:
        xv = T("float32", s, view=v, base_shape=[1, 3] if v == "expand" else None)
        case("reshape", [xv, INTS_([-1])])
        case("view", [xv, INTS_([-1])])
        case("view", [xv, INTS_(s)])
        case("reshape", [xv, INTS_([s[1], s[0]])])
    case("view", [T("float32", [2, 3], view="T"), INTS_([3, 1, 2])])

    x3 = T("float32", [2, 3, 4])
    for a in [[], [I(1)], [I(0), I(1)], [I(1), I(2)], [I(-2), I(-1)], [I(0), I(-1)], [I(1), I(0)],
              [I(3)], [I(0), I(3)]]:
        case("flatten", [x3] + a)
    case("flatten", [T("int64", [])])
    case("flatten", [T("int64", [3, 2], view="T")])
    case("flatten", [T("int64", [0, 3])])

    s = T("float32", [1, 3, 1])
    for a in [[], [I(0)], [I(1)], [I(2)], [I(-1)], [I(3)], [I(-4)]]:
        case("squeeze", [s] + a)
    case("squeeze", [T("int64", [])])
    case("squeeze", [T("int64", [1])])
    case("squeeze", [T("bool", [1, 1])])
    case("squeeze", [T("float32", [2, 0, 1])])
    for d in [0, 1, 2, -1, -3, 3, -4]:
        case("unsqueeze", [T("float32", [2, 3]), I(d)])
    case("unsqueeze", [T("int64", []), I(0)])
    case("unsqueeze", [T("int64", []), I(-1)])
    case("unsqueeze", [T("int64", []), I(1)])

    for d0, d1 in [(0, 1), (1, 0), (-1, 0), (0, 0), (0, 2)]:
        case("transpose", [T("int64", [2, 3]), I(d0), I(d1)])
    for d0, d1 in [(0, 2), (1, -1), (-3, 1), (0, 3)]:
        case("transpose", [T("float32", [2, 3, 4]), I(d0), I(d1)])
    case("transpose", [T("float32", []), I(0), I(-1)])
    for sh in [[2, 3], [3], [], [1, 1], [2, 3, 4], [0, 2]]:
        case("t", [T("int64", sh)])
        case("T", [T("int64", sh)])
    case("t", [T("float32", [2, 3], view="T")])
    case("T", [T("float32", [2, 3], view="T")])
    for p in [[2, 0, 1], [0, 1, 2], [-1, 0, 1], [1, 0], [0, 0, 1], [0, 1, 3]]:
        case("permute", [T("float32", [2, 3, 4]), INTS_(p)])
    case("permute", [T("int64", [2, 3]), INTS_([1, 0])])
    case("permute", [T("int64", []), INTS_([])])

    for dt in ["float32", "int64", "bool"]:
        for v, sh, bs in [(None, [2, 3], None), ("T", [3, 2], None), ("slice_step2", [2, 2], None),
                          ("expand", [3, 4], [3, 1])]:
            x = T(dt, sh, view=v, base_shape=bs)
            case("contiguous", [x])
            case("clone", [x])
            case("is_contiguous", [x])
    for sh in [[], [0], [1, 1], [3]]:
        case("is_contiguous", [T("float32", sh)])
    case("is_contiguous", [T("float32", [1, 3], view="T")])
    case("is_contiguous", [T("float32", [3, 1], view="T")])

    for sh, tgt in [([3, 1], [3, 4]), ([3, 1], [-1, 4]), ([1], [2, 3]), ([3], [2, 3]),
                    ([1, 3], [2, 1, 3]), ([], [2, 2]), ([2, 3], [2, 3]), ([2, 3], [2, 4]),
                    ([3], [3, -1]), ([2, 1], [1]), ([1, 2], [0, 2]), ([3, 1], [-1, -1]),
                    ([2], [-1, 2]), ([3, 1], [3, -1])]:
        case("expand", [T("int64", sh), INTS_(tgt)])
    case("expand", [T("bool", [1, 2]), INTS_([3, 2])])

    a, b = T("float32", [3, 4]), T("float32", [3, 4])
    for d in [0, 1, -1, -2, 2, -3]:
        case("cat", [TS(a, b), I(d)])
    case("cat", [TS(a, b)])
    case("cat", [TS(a)])
    case("cat", [TS(T("float32", [2, 3]), T("float32", [1, 3]), T("float32", [0, 3])), I(0)])
    case("cat", [TS(T("float32", [2, 3]), T("float32", [0])), I(0)])
    case("cat", [TS(T("float32", [2, 3]), T("float32", [0])), I(1)])
    case("cat", [TS(T("float32", [3, 4]), T("float32", [3, 5])), I(0)])
    case("cat", [TS(T("float32", [3, 4]), T("float32", [3, 5])), I(1)])
    case("cat", [TS(T("float32", [3, 4]), T("float32", [4])), I(0)])
    case("cat", [TS(T("float32", []), T("float32", [])), I(0)])
    case("cat", [TS(T("float32", [2, 2], view="T"), T("float32", [2, 2])), I(1)])
    for d1, d2 in [("int64", "float32"), ("int32", "int64"), ("bool", "int8"), ("uint8", "int8"),
                   ("float16", "bfloat16"), ("bool", "bool"), ("float16", "float64"),
                   ("int64", "float16")]:
        case("cat", [TS(T(d1, [2]), T(d2, [3])), I(0)])
        case("stack", [TS(T(d1, [2]), T(d2, [2])), I(0)])
    x1, x2, x3_ = T("int64", [2, 3]), T("int64", [2, 3]), T("int64", [2, 3])
    for d in [0, 1, 2, -1, -3, 3, -4]:
        case("stack", [TS(x1, x2, x3_), I(d)])
    case("stack", [TS(x1, x2)])
    case("stack", [TS(T("float32", [3]), T("float32", [4]))])
    case("stack", [TS(T("float32", [2, 3]), T("float32", [3, 2])), I(0)])
    case("stack", [TS(T("float32", []), T("float32", [])), I(0)])
    case("stack", [TS(T("float32", [2, 2], view="T"), T("float32", [2, 2])), I(2)])

    for sh in [[], [0], [3], [2, 3], [2, 3, 4], [2, 0, 5]]:
        x = T("float32", sh)
        case("numel", [x])
        case("dim", [x])
        case("size", [x])
        case("len", [x])
    x = T("float32", [2, 3, 4])
    for d in [0, 1, 2, -1, -3, 3, -4]:
        case("size", [x, I(d)])
    case("size", [T("float32", []), I(0)])
    case("size", [T("float32", [3, 2], view="T")])


INDEX_EXPRS = ["0", "-1", "1:3", "1:3, :", "::2", "..., 0", "None", ":, 1", "1, 2", "-1, -1",
               "0, 1:3", ":, ::2", "1:", ":-1", "5:10", "-2:", ":, -1", "...", ":", "None, :, None",
               "..., None", "1, None", ":0", "2:1", "-10:10", "0:3:2, 1::2", ":, None, 1",
               # errors
               "3", "0, 4", ":, 5", "-4", "0, 1, 2", "::-1", "..., ...", ":, :, :", "::0"]
INDEX_EXPRS_3D = ["1, ..., 2", "..., 1:3", "0", ":, 1", ":, :, -1", "1, 2, 3", "-1, -1, -1",
                  "None, 1", ":, None, :, 1", "0:1, 1:2, 2:3", "..., None, 0", "2"]
INDEX_EXPRS_1D = ["0", "-1", "4", "5", "-6", "1:3", "::2", "None", "...", "..., None", ":",
                  "0, 0", "3:"]
INDEX_EXPRS_0D = ["...", "None", "0", ":", "..., None", "None, None"]


def indexing():
    for dt in ["float32", "int64", "bool", "uint8", "float16"]:
        x = T(dt, [3, 4], kind="unique" if dt != "bool" else "default")
        for e in INDEX_EXPRS:
            case("index", [x, S(e)])
    x3 = T("int64", [2, 3, 4], kind="unique")
    for e in INDEX_EXPRS_3D:
        case("index", [x3, S(e)])
    x1 = T("float32", [5])
    for e in INDEX_EXPRS_1D:
        case("index", [x1, S(e)])
    x0 = T("float32", [])
    for e in INDEX_EXPRS_0D:
        case("index", [x0, S(e)])
    xt = T("int64", [3, 4], view="T", kind="unique")
    for e in ["0", ":, 1", "1:3, ::2", "-1, -1", "..., 0"]:
        case("index", [xt, S(e)])
    xs = T("int64", [2, 3], view="slice_step2")
    for e in ["0", ":, 1", "..., 1:"]:
        case("index", [xs, S(e)])
    case("index", [T("int64", [0, 3]), S("0")])
    case("index", [T("int64", [0, 3]), S(":, 0")])

    # advanced: integer index tensors and boolean masks
    X = T("float32", [3, 4], kind="unique")
    for idx in [T("int64", [2], [0, 2]), T("int64", [2], [-1, 0]), T("int64", [2, 2], [0, 1, 2, 0]),
                T("int64", [0], []), T("int64", [3], [2, 2, 2]), T("int64", [], [1]),
                T("int64", [2], [3, 0]), T("int64", [1], [-4]),
                T("int32", [2], [0, 1]), T("float32", [2], [0, 1]), T("int16", [1], [0])]:
        case("index", [X, idx])
    xv = T("int64", [5], kind="unique")
    for idx in [T("int64", [3], [4, 0, 4]), T("bool", [5], [True, False, True, False, True]),
                T("bool", [5], [False] * 5), T("bool", [4], [True] * 4),
                T("uint8", [5], [1, 0, 0, 1, 1])]:
        case("index", [xv, idx])
    masks = [T("bool", [3, 4]), T("bool", [3], [True, False, True]), T("bool", [2], [True, False]),
             T("bool", [4], [False, True, True, False]), T("bool", [3, 4], [False] * 12),
             T("bool", [], [True]), T("bool", [], [False])]
    for m in masks:
        case("index", [X, m])
    case("index", [T("int64", [2, 3, 4], kind="unique"), T("bool", [2, 3])])
    case("index", [T("int64", [3, 2], view="T", kind="unique"), T("bool", [3, 2])])
    case("index", [T("float32", []), T("bool", [], [True])])

    # setitem
    for dt in ["float32", "int64", "bool", "uint8", "float16", "int8"]:
        base = T(dt, [3, 4])
        for e, v in [("1, 2", I(17)), (":2, :", I(12)), ("0:2, :", F(12.5)), (":, 1", F(0.5)),
                     ("1", F(-7.9)), ("...", I(0)), (":", B(True)), ("-1, -1", I(-1)),
                     ("::2, 1::2", I(5)), ("5:, :", I(1)), ("3", I(1)), ("0, 4", I(1)),
                     ("0", F(float("nan"))), ("0", F(float("inf")))]:
            case("setitem", [base, S(e), v])
    X = T("float32", [3, 4])
    for e, v in [(":", T("float32", [3, 4])), (":", T("float32", [4])), ("1", T("int64", [4])),
                 (":, 0", T("float64", [3])), ("0:2", T("float32", [1, 4])),
                 (":", T("float32", [3, 5])), (":", T("float32", [4, 4])), ("1", T("float32", [3])),
                 (":", T("float32", [])), ("0, 0", T("float32", [1])), ("0, 0", T("float32", [2])),
                 (":", T("bool", [3, 4])), (":, 1:3", T("float32", [2, 3], view="T")),
                 ("...", T("float32", [1, 1, 4])), ("...", T("float32", [2, 1, 4])),
                 ("None", T("float32", [3, 4]))]:
        case("setitem", [X, S(e), v])
    Xi = T("int64", [3, 4])
    for e, v in [(":", T("float32", [3, 4])), ("0", T("bool", [4])), ("1", F(7.9)), ("1", F(-7.9)),
                 ("2", T("float64", [], [2.75]))]:
        case("setitem", [Xi, S(e), v])
    case("setitem", [T("uint8", [3]), S("0"), I(-1)])
    case("setitem", [T("uint8", [3]), S("0"), I(256)])
    case("setitem", [T("int8", [3]), S("0"), I(200)])
    case("setitem", [T("bool", [3]), S(":"), I(2)])
    case("setitem", [T("bool", [3]), S(":"), F(0.0)])
    case("setitem", [T("float32", []), S("..."), I(5)])
    case("setitem", [T("float32", []), S("0"), I(5)])
    case("setitem", [T("float32", [3, 4], view="T"), S("0"), I(-1)])
    case("setitem", [T("float32", [3, 4], view="T"), S(":, 0"), T("float32", [3])])
    case("setitem", [T("float32", [2, 3], view="slice_step2"), S("1"), F(0.25)])
    case("setitem", [T("float32", [3, 4], view="expand", base_shape=[1, 4]), S("0, 0"), I(1)])
    # advanced setitem
    X = T("float32", [3, 4], kind="unique")
    case("setitem", [X, T("int64", [2], [0, 2]), I(-1)])
    case("setitem", [X, T("int64", [2], [0, 2]), T("float32", [4])])
    case("setitem", [X, T("int64", [2], [0, 2]), T("float32", [2, 4])])
    case("setitem", [X, T("int64", [2], [0, 2]), T("float32", [3, 4])])
    case("setitem", [X, T("int64", [1], [3]), I(0)])
    case("setitem", [X, T("bool", [3, 4]), I(0)])
    case("setitem", [X, T("bool", [3], [True, False, True]), F(2.5)])
    case("setitem", [X, T("bool", [3], [True, False, True]), T("float32", [4])])
    case("setitem", [X, T("bool", [3, 4], [True] * 3 + [False] * 9), T("float32", [3])])
    case("setitem", [X, T("bool", [3, 4], [True] * 3 + [False] * 9), T("float32", [2])])
    case("setitem", [X, T("bool", [2], [True, False]), I(0)])
    case("setitem", [T("int64", [5]), T("bool", [5]), F(9.9)])


UNARY = ["neg", "abs", "exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "floor",
         "logical_not"]
BIN_ARITH = ["add", "sub", "mul", "div", "pow", "floor_divide", "remainder"]
BIN_CMP = ["eq", "ne", "lt", "le", "gt", "ge"]
BIN_TT = ["maximum", "minimum", "logical_and", "logical_or"]
BINARY = BIN_ARITH + BIN_CMP + BIN_TT
RBIN = {"radd": "add", "rsub": "sub", "rmul": "mul", "rdiv": "div", "rpow": "pow",
        "rfloor_divide": "floor_divide", "rremainder": "remainder"}

SPECIAL = [float("nan"), float("inf"), float("-inf"), 0.0, -0.0, 1e-3, 100.0, -2.5]


def _kinds(op):
    """(kind of a, kind of b) for generated values."""
    if op == "pow":
        return "pos", "exp"
    if op in ("div", "floor_divide", "remainder"):
        return "default", "nonzero"
    return "default", "default"


def elementwise():
    for op in UNARY:
        for dt in DTYPES:
            case(op, [T(dt, [2, 3])])
            case(op, [T(dt, [])])
        for dt in FLOATS:
            case(op, [T(dt, [len(SPECIAL)], SPECIAL)], tag="special")
        case(op, [T("float32", [0])])
        case(op, [T("float32", [3, 2], view="T")])
        case(op, [T("int64", [2, 2], view="slice_step2")])
        case(op, [T("float32", [2, 3], view="expand", base_shape=[1, 3])])
    case("exp", [T("float32", [3], [88.0, 89.0, -104.0])], tag="overflow")
    case("exp", [T("float16", [3], [11.0, 12.0, -18.0])], tag="overflow")
    case("abs", [T("int8", [2], [-128, 127])], tag="overflow")
    case("neg", [T("uint8", [3], [0, 1, 255])], tag="wrap")
    case("sigmoid", [T("float32", [3], [-100.0, 0.0, 100.0])], tag="saturate")
    case("log", [T("int64", [3], [0, 1, -1])])

    # dtype-pair grid
    for op in BINARY:
        ka, kb = _kinds(op)
        for da, db in iproduct(DTYPES, DTYPES):
            case(op, [T(da, [2, 3], kind=ka), T(db, [2, 3], kind=kb)])
    # Python scalars on either side
    scalars = {"int": [2, -3, 0], "float": [2.5, -0.5], "bool": [True, False]}
    for op in BIN_ARITH + BIN_CMP:
        ka, kb = _kinds(op)
        for dt in DTYPES:
            for sk, vals in scalars.items():
                v = vals[0]
                if op == "pow" and sk == "int":
                    v = 2
                case(op, [T(dt, [2, 3], kind=ka), scalar_arg(sk, v)])
    for rop, op in RBIN.items():
        for dt in DTYPES:
            kb = "exp" if op == "pow" else ("nonzero" if op in ("div", "floor_divide",
                                                                "remainder") else "default")
            for sk, vals in scalars.items():
                case(rop, [scalar_arg(sk, vals[0]), T(dt, [2, 3], kind=kb)])
    for dt in DTYPES:
        case("add", [T(dt, [3]), I(0)])
        case("add", [T(dt, [3]), F(-0.5)])
        case("mul", [T(dt, [3]), F(1e-3)])
        case("sub", [T(dt, [3]), B(False)])
        case("eq", [T(dt, [3]), F(float("nan"))])
        case("lt", [T(dt, [3]), I(1)])
    # pow specials
    for dt in INTS:
        case("pow", [T(dt, [3], kind="pos"), I(-1)])
        case("pow", [T(dt, [3], kind="pos"), I(0)])
        case("pow", [T(dt, [3], kind="pos"), F(-1.0)])
        case("pow", [T(dt, [3], kind="pos"), F(0.5)])
        case("pow", [T(dt, [3], [2, 3, 1]), T(dt, [3], [-1, 0, -2] if dt != "uint8" else [0, 1, 2])])
        case("rpow", [I(2), T(dt, [3], kind="exp")])
        case("rpow", [F(0.5), T(dt, [3], kind="exp")])
    for dt in FLOATS:
        case("pow", [T(dt, [4], [-2.0, -0.5, 0.0, 4.0]), F(0.5)])
        case("pow", [T(dt, [3], [0.0, 2.0, -2.0]), I(-1)])
        case("pow", [T(dt, [3], [0.0, 2.0, -2.0]), T(dt, [3], [0.0, float("nan"), 3.0])])
        case("rpow", [I(-2), T(dt, [3], [0.5, 2.0, 3.0])])
    case("pow", [T("int64", [3], [2, 3, 4]), I(62)], tag="overflow")
    case("pow", [T("bool", [2]), I(2)])

    # integer division / remainder by zero and float division by zero
    for dt in INTS:
        case("floor_divide", [T(dt, [3], [1, 0, 5]), T(dt, [3], [0, 0, 2])])
        case("floor_divide", [T(dt, [3], [1, 0, 5]), I(0)])
        case("remainder", [T(dt, [3], [1, 0, 5]), T(dt, [3], [2, 0, 2])])
        case("remainder", [T(dt, [3], [1, 0, 5]), I(0)])
        case("div", [T(dt, [3], [1, 0, 5]), T(dt, [3], [0, 0, 2])])
        case("div", [T(dt, [3], [1, 0, 5]), I(0)])
        case("rfloor_divide", [I(3), T(dt, [3], [1, 0, 2])])
        case("rremainder", [I(3), T(dt, [3], [1, 0, 2])])
        case("floor_divide_", [T(dt, [3], [1, 0, 5]), I(0)])
        case("remainder_", [T(dt, [3], [1, 0, 5]), T(dt, [3], [0, 1, 1])])
    for dt in FLOATS:
        case("div", [T(dt, [4], [1.0, -1.0, 0.0, 2.0]), T(dt, [4], [0.0, 0.0, 0.0, -0.0])])
        case("floor_divide", [T(dt, [4], [1.0, -1.0, 0.0, 7.5]), T(dt, [4], [0.0, 0.0, 0.0, 2.0])])
        case("remainder", [T(dt, [4], [1.0, -1.0, 7.5, -7.5]), T(dt, [4], [0.0, 2.0, -2.0, 2.0])])
        case("div", [T(dt, [2], [1.0, -1.0]), I(0)])
    # sign conventions of floor_divide / remainder with negatives
    for dt in ["int64", "int32", "int8", "float32", "float64"]:
        a = T(dt, [6], [7, -7, 7, -7, 0, 6])
        b = T(dt, [6], [2, 2, -2, -2, 3, -4])
        case("floor_divide", [a, b], tag="signs")
        case("remainder", [a, b], tag="signs")
        case("div", [a, b], tag="signs")

    # 0-d vs dimensioned (type promotion categories) and 0-d vs 0-d
    for da, db in iproduct(DTYPES, DTYPES):
        case("add", [T(da, [3]), T(db, [])], tag="dim-vs-0d")
        case("add", [T(da, []), T(db, [])], tag="0d-vs-0d")
    for da, db in [("int64", "float64"), ("float32", "float64"), ("uint8", "int8"),
                   ("int8", "float16"), ("bool", "int32"), ("float16", "float32")]:
        for op in ["mul", "div", "lt", "maximum", "sub", "where"]:
            if op == "where":
                case("where", [T("bool", [3]), T(da, [3]), T(db, [])], tag="dim-vs-0d")
            elif op == "sub" and "bool" in (da, db):
                continue
            else:
                case(op, [T(db, []), T(da, [3])], tag="0d-vs-dim")

    # broadcasting
    pairs = [([3, 1], [1, 2]), ([2, 3], [3]), ([2, 1, 4], [3, 1]), ([1], [2, 3]), ([], [2, 3]),
             ([0, 3], [3]), ([0], [1]), ([2, 3, 1], [1, 1, 4]), ([3, 2, 1], [2, 1]),
             ([1, 0], [5, 1]),
             # incompatible
             ([2, 3], [3, 2]), ([3], [4]), ([2, 3], [2]), ([2, 0], [3]), ([2, 3, 4], [3, 1, 4])]
    for sa, sb in pairs:
        for op in ["add", "sub", "mul", "div", "pow", "eq", "lt", "maximum", "logical_and",
                   "remainder"]:
            ka, kb = _kinds(op)
            for dt in ["float32", "int64"]:
                case(op, [T(dt, sa, kind=ka), T(dt, sb, kind=kb)], tag="bcast")
        case("add", [T("int32", sb), T("float64", sa)], tag="bcast")
        case("where", [T("bool", sa), T("float32", sb), T("float32", [1])], tag="bcast")
    # non-contiguous operands
    for op in ["add", "mul", "sub", "div", "eq", "maximum", "pow"]:
        ka, kb = _kinds(op)
        case(op, [T("float32", [3, 2], view="T", kind=ka), T("float32", [3, 2], kind=kb)])
        case(op, [T("float32", [2, 3], kind=ka), T("float32", [2, 3], view="slice_step2", kind=kb)])
        case(op, [T("int64", [2, 3], view="expand", base_shape=[1, 3], kind=ka),
                  T("int64", [2, 3], view="T", kind=kb)])
        case(op, [T("float64", [3, 2], view="T", kind=ka), T("float64", [], [2.0])])
    # empty
    for op in ["add", "mul", "eq", "div"]:
        case(op, [T("float32", [0]), T("float32", [0])])
        case(op, [T("int64", [2, 0]), T("float32", [0])])
        case(op, [T("int64", [0, 3]), I(1)])

    # clamp
    bounds = [(I(-1), I(2)), (F(-0.5), F(0.5)), (I(0), NONE), (NONE, I(1)), (NONE, F(1.5)),
              (F(2.0), F(-2.0)), (NONE, NONE), (B(False), B(True)), (I(3), I(3))]
    for dt in DTYPES:
        for lo, hi in bounds:
            case("clamp", [T(dt, [2, 3]), lo, hi])
    case("clamp", [T("float32", [len(SPECIAL)], SPECIAL), I(-1), I(1)], tag="special")
    case("clamp", [T("float32", [3]), F(float("nan")), NONE])
    case("clamp", [T("float32", [2, 3]), T("float32", [3]), T("float32", [2, 1])])
    case("clamp", [T("int64", [2, 3]), T("float32", [3]), NONE])
    case("clamp", [T("float32", [2, 3]), T("float32", [2]), NONE])
    case("clamp", [T("int64", [3], view="slice_step2"), I(0), I(2)])

    # where
    cond = T("bool", [2, 3])
    for da, db in iproduct(DTYPES, DTYPES):
        case("where", [cond, T(da, [2, 3]), T(db, [2, 3])])
    for dt in DTYPES:
        case("where", [cond, T(dt, [2, 3]), I(0)])
        case("where", [cond, T(dt, [2, 3]), F(0.5)])
        case("where", [cond, F(1.5), T(dt, [2, 3])])
    case("where", [cond, F(1.0), F(0.0)])
    case("where", [cond, I(1), I(0)])
    case("where", [cond, I(1), F(0.0)])
    case("where", [T("uint8", [2, 3], kind="exp"), T("float32", [2, 3]), T("float32", [2, 3])])
    case("where", [T("int64", [2, 3]), T("float32", [2, 3]), T("float32", [2, 3])])
    case("where", [T("bool", [2, 3], view="T"), T("int64", [2, 3]), T("int64", [3])])


INPLACE_BIN = ["add_", "sub_", "mul_", "div_", "pow_", "floor_divide_", "remainder_"]


def inplace():
    for op in ["add_", "sub_", "mul_", "div_"]:
        ka, kb = _kinds(op[:-1])
        for da, db in iproduct(DTYPES, DTYPES):
            case(op, [T(da, [2, 3], kind=ka), T(db, [2, 3], kind=kb)])
    for op in ["pow_", "floor_divide_", "remainder_"]:
        ka, kb = _kinds(op[:-1])
        for da in DTYPES:
            for db in [da, "int64", "float32", "float64"]:
                case(op, [T(da, [2, 3], kind=ka), T(db, [2, 3], kind=kb)])
    for op in INPLACE_BIN:
        ka, kb = _kinds(op[:-1])
        for dt in DTYPES:
            for s in [I(2), F(0.5), B(True)]:
                case(op, [T(dt, [2, 3], kind=ka), s])
    # D2L's cast failures and broadcasting into the destination
    case("div_", [T("int64", [3], [0, 1, 2]), I(2)], tag="d2l")
    case("add_", [T("int64", [3], [0, 1, 2]), F(0.5)], tag="d2l")
    case("mul_", [T("int64", [3], [0, 1, 2]), F(1.5)], tag="d2l")
    case("add_", [T("int64", [3], [0, 1, 2]), T("float32", [3])], tag="d2l")
    for op in ["add_", "mul_", "sub_"]:
        case(op, [T("float32", [3, 1]), T("float32", [3, 2])], tag="bcast")
        case(op, [T("float32", [3, 4]), T("float32", [4])], tag="bcast")
        case(op, [T("float32", [3, 4]), T("float32", [3, 1])], tag="bcast")
        case(op, [T("float32", [3, 4]), T("float32", [])], tag="bcast")
        case(op, [T("float32", []), T("float32", [3])], tag="bcast")
        case(op, [T("float32", [3]), T("float32", [4])], tag="bcast")
        case(op, [T("float32", [3, 2], view="T"), T("float32", [2])], tag="view")
        case(op, [T("float32", [2, 3], view="slice_step2"), I(1)], tag="view")
        case(op, [T("float32", [2, 3], view="expand", base_shape=[1, 3]), I(1)], tag="view")
    for dt in DTYPES:
        for lo, hi in [(I(-1), I(2)), (F(-0.5), F(0.5)), (NONE, I(0)), (NONE, NONE)]:
            case("clamp_", [T(dt, [2, 3]), lo, hi])
        for op in ["neg_", "abs_", "exp_", "sqrt_", "zero_"]:
            case(op, [T(dt, [2, 3], kind="pos" if op == "sqrt_" else "default")])
        for v in [I(3), F(2.5), B(True), F(float("nan"))]:
            case("fill_", [T(dt, [2, 2]), v])
    case("fill_", [T("float32", [3, 2], view="T"), I(7)])
    case("fill_", [T("float32", [2, 3], view="expand", base_shape=[1, 3]), I(7)])
    case("zero_", [T("int64", [3, 2], view="T")])
    case("fill_", [T("uint8", [2]), I(-1)])


REDUCE = ["sum", "mean", "prod", "max", "min", "argmax", "argmin", "all", "any"]


def reductions():
    for op in REDUCE:
        for dt in DTYPES:
            kind = "unique" if op in ("max", "min", "argmax", "argmin") else (
                "unit" if op == "prod" and dt in FLOATS else "default")
            x2 = T(dt, [2, 3], kind=kind)
            x3 = T(dt, [2, 3, 4], kind=kind if op != "prod" else ("unit" if dt in FLOATS else "exp"))
            case(op, [x2])
            case(op, [T(dt, [], kind=kind)])
            case(op, [x2, I(0)])
            case(op, [x2, I(1)])
            case(op, [x2, I(-1), B(True)])
            case(op, [x3, I(1)])
            case(op, [x3, I(0), B(True)])
            case(op, [x2, I(2)])
            if op in ("sum", "mean"):
                case(op, [x3, INTS_([0, 2]), B(False)])
                case(op, [x3, INTS_([-1, 0]), B(True)])
                case(op, [x2, INTS_([0, 1]), B(False)])
                case(op, [x3, INTS_([0, 0]), B(False)])
                case(op, [x2, INTS_([]), B(False)])
        # empty
        case(op, [T("float32", [0])])
        case(op, [T("float32", [0, 3]), I(0)])
        case(op, [T("float32", [0, 3]), I(1)])
        case(op, [T("int64", [0])])
        # special values and views
        case(op, [T("float32", [len(SPECIAL)], SPECIAL)], tag="special")
        case(op, [T("float32", [3], [1.0, float("nan"), 2.0]), I(0)], tag="nan")
        case(op, [T("float32", [3, 2], view="T", kind="unique"), I(0)])
        case(op, [T("int64", [2, 3], view="slice_step2", kind="unique"), I(1)])
        case(op, [T("float32", [2, 3], view="expand", base_shape=[1, 3], kind="unique")])
        case(op, [T("float32", [0])], tag="0d-dim")
        case(op, [T("float32", []), I(0)])
        case(op, [T("float32", []), I(-1), B(True)])
        case(op, [T("float32", []), I(1)])
    # ties: PyTorch documents the first occurrence for argmax/argmin/max(dim)/min(dim)
    for op in ["max", "min", "argmax", "argmin"]:
        case(op, [T("int64", [2, 3], [1, 3, 3, 2, 2, 0]), I(1)], tag="ties")
        case(op, [T("float32", [4], [1.0, 5.0, 5.0, 1.0])], tag="ties")
        case(op, [T("bool", [2, 3], [False, True, True, True, False, True]), I(1)], tag="ties")
    case("sum", [T("float16", [4], [60000.0, 60000.0, -60000.0, -60000.0])], tag="accum")
    case("sum", [T("int8", [3], [100, 100, 100])], tag="accum")
    case("sum", [T("uint8", [3], [200, 200, 200]), I(0)], tag="accum")
    case("prod", [T("int8", [3], [100, 100, 2])], tag="accum")
    case("mean", [T("float16", [4], [60000.0, 60000.0, 60000.0, 60000.0])], tag="accum")
    case("mean", [T("bfloat16", [3], [1.0, 2.0, 4.0])])

    for dt in DTYPES:
        x = T(dt, [2, 3], kind="exp" if dt in INTS else "default")
        for d in [0, 1, -1, 2, -3]:
            case("cumsum", [x, I(d)])
        case("cumsum", [T(dt, []), I(0)])
    case("cumsum", [T("float32", [0]), I(0)])
    case("cumsum", [T("float32", [3, 2], view="T"), I(0)])
    case("cumsum", [T("float32", [4], [1.0, float("nan"), 2.0, float("inf")]), I(0)])
    case("cumsum", [T("uint8", [3], [200, 100, 1]), I(0)])


def linalg():
    for dt in DTYPES:
        a1, b1 = T(dt, [3], kind="exp"), T(dt, [3], kind="exp")
        m23, m34 = T(dt, [2, 3], kind="exp"), T(dt, [3, 4], kind="exp")
        case("dot", [a1, b1])
        case("mv", [m23, a1])
        case("mm", [m23, m34])
        case("matmul", [a1, b1])
        case("matmul", [m23, a1])
        case("matmul", [T(dt, [2], kind="exp"), m23])
        case("matmul", [m23, m34])
        case("matmul", [T(dt, [2, 2, 3], kind="exp"), m34])
    for da, db in [("int64", "float32"), ("float32", "float64"), ("float32", "int64"),
                   ("int32", "int64"), ("float16", "float32"), ("bool", "int64")]:
        case("dot", [T(da, [3]), T(db, [3])])
        case("mv", [T(da, [2, 3]), T(db, [3])])
        case("mm", [T(da, [2, 3]), T(db, [3, 2])])
        case("matmul", [T(da, [2, 3]), T(db, [3, 2])])
        case("matmul", [T(da, [3]), T(db, [3])])
    f = "float32"
    shapes = [
        ("dot", [3], [4]), ("dot", [2, 2], [2, 2]), ("dot", [], []), ("dot", [0], [0]),
        ("mv", [2, 3], [2]), ("mv", [2, 3], [3, 1]), ("mv", [3], [3]), ("mv", [0, 3], [3]),
        ("mv", [2, 0], [0]),
        ("mm", [2, 3], [2, 3]), ("mm", [2, 3], [3]), ("mm", [3], [3, 2]), ("mm", [2, 0], [0, 3]),
        ("mm", [2, 2, 3], [3, 2]),
        ("matmul", [2, 3], [2, 3]), ("matmul", [2, 3], [2]), ("matmul", [3], [2]),
        ("matmul", [], [2]), ("matmul", [3], []),
        ("matmul", [2, 2, 3], [2, 3, 4]), ("matmul", [2, 1, 2, 3], [3, 3, 2]),
        ("matmul", [3], [2, 3, 4]), ("matmul", [2, 3, 4], [4]), ("matmul", [2, 2, 3], [3, 2, 4]),
        ("matmul", [1, 2, 3], [5, 3, 1]), ("matmul", [0, 2, 3], [3, 2]), ("matmul", [2, 0], [0, 2]),
        ("matmul", [2, 3, 4], [2, 4]),
    ]
    for op, sa, sb in shapes:
        case(op, [T(f, sa), T(f, sb)])
    case("mm", [T(f, [3, 2], view="T"), T(f, [2, 3], view="T")])
    case("mv", [T(f, [3, 2], view="T"), T(f, [2], view="slice_step2")])
    case("matmul", [T(f, [2, 3], view="expand", base_shape=[1, 3]), T(f, [3, 2], view="T")])
    case("dot", [T(f, [3], view="slice_step2"), T(f, [3])])

    # norm
    ps = [None, F(1), F(2), I(1), I(2), I(3), F(0.5), F(float("inf")), F(float("-inf")), F(0),
          S("fro"), S("nuc")]
    for dt in DTYPES:
        x = T(dt, [2, 3])
        case("norm", [x])
        if dt in FLOATS:
            for p in ps[1:]:
                case("norm", [x, p])
            case("norm", [x, F(2), I(0)])
            case("norm", [x, F(2), I(1), B(True)])
            case("norm", [x, I(1), INTS_([0, 1])])
            case("norm", [x, S("fro"), INTS_([0, 1]), B(True)])
            case("norm", [x, F(float("inf")), I(-1)])
            case("norm", [T(dt, [2, 3, 4]), F(2), INTS_([1, 2])])
    case("norm", [T("float32", [2], [3.0, -4.0])], tag="d2l")
    case("norm", [T("float32", [4, 9], [1.0] * 36)], tag="d2l")
    case("norm", [T("float32", [0])])
    case("norm", [T("float32", [])])
    case("norm", [T("float32", [3], [float("nan"), 1.0, 2.0])])
    case("norm", [T("float32", [2], [float("inf"), 1.0])])
    case("norm", [T("float32", [2], [1e30, 1e30])], tag="overflow")
    case("norm", [T("float32", [2, 3]), F(2), I(2)])
    case("norm", [T("float32", [3, 2], view="T"), F(2), I(0)])

    for dt in DTYPES:
        x = T(dt, [2, 3])
        case("linalg_norm", [x, NONE, NONE, B(False)])
    x3 = T("float32", [2, 3, 4])
    x2 = T("float32", [2, 3])
    x1 = T("float32", [4])
    for x in (x1, x2, x3):
        for o in [NONE, F(2), I(1), F(float("inf")), F(float("-inf")), I(0), S("fro"), S("nuc"),
                  I(-1), I(3)]:
            case("linalg_norm", [x, o, NONE, B(False)])
    for o in [NONE, I(2), I(1), F(float("inf")), F(0.5)]:
        case("linalg_norm", [x3, o, I(2), B(False)])
        case("linalg_norm", [x3, o, I(0), B(True)])
    for o in [NONE, S("fro"), S("nuc"), I(2), I(1), I(-1), F(float("inf")), I(3)]:
        case("linalg_norm", [x3, o, INTS_([1, 2]), B(False)])
        case("linalg_norm", [x2, o, INTS_([0, 1]), B(True)])
    case("linalg_norm", [x3, NONE, INTS_([0, 1, 2]), B(False)])
    case("linalg_norm", [x3, S("fro"), I(1), B(False)])
    case("linalg_norm", [x2, NONE, I(3), B(False)])
    case("linalg_norm", [T("float64", [2, 3, 4]), NONE, NONE, B(False)])
    case("linalg_norm", [T("float32", [2, 3, 4], kind="unique"), NONE, INTS_([1, 2]), B(False)],
         tag="d2l")


def conversions():
    for dt in DTYPES:
        for sh in [[], [1], [1, 1], [2]]:
            case("item", [T(dt, sh)])
        case("item", [T(dt, [0])])
        for sh in [[], [3], [2, 3], [0], [2, 0]]:
            case("tolist", [T(dt, sh)])
        case("tolist", [T(dt, [3, 2], view="T")])
        for op in ["int", "float", "bool"]:
            case(op, [T(dt, [])])
            case(op, [T(dt, [1])])
            case(op, [T(dt, [2])])
    for op in ["int", "float", "bool", "item"]:
        case(op, [T("float32", [], [-3.5])])
        case(op, [T("float32", [], [3.99])])
        case(op, [T("float32", [], [float("nan")])])
        case(op, [T("float32", [], [float("inf")])])
        case(op, [T("float32", [1], [-0.0])])
    case("bool", [T("float32", [0])])
    case("item", [T("float32", [], [0.1])], tag="f32-to-double")
    case("item", [T("float16", [], [0.1])], tag="f16-to-double")
    case("item", [T("bfloat16", [], [0.1])], tag="bf16-to-double")
    case("tolist", [T("float32", [2], [0.1, 1.0 / 3.0])])

    float_vals = [-2.7, -0.5, 0.0, 0.5, 1.5, 2.7, 100.25, 127.9]
    int_vals = [-3, -1, 0, 1, 2, 7, 100, 127]
    bool_vals = [True, False, True, True, False, False, True, False]
    for src in DTYPES:
        if src in FLOATS:
            vals = float_vals
        elif src == "bool":
            vals = bool_vals
        elif src == "uint8":
            vals = [0, 1, 2, 7, 100, 127, 200, 255]
        else:
            vals = int_vals
        x = T(src, [2, 4], vals)
        for dst in DTYPES:
            if src in FLOATS and dst == "uint8":
                # negative float -> uint8: PyTorch (x86) goes through int64 and wraps
                case("to", [x, DT(dst)], tag="neg-float-to-uint8")
            else:
                case("to", [x, DT(dst)])
    # wrap-around and rounding in narrowing conversions (only defined behaviours)
    case("to", [T("int64", [4], [300, -129, 65535, 2 ** 40 + 5]), DT("int8")], tag="wrap")
    case("to", [T("int64", [4], [300, -1, 256, 511]), DT("uint8")], tag="wrap")
    case("to", [T("int32", [3], [70000, -70000, 32768]), DT("int16")], tag="wrap")
    case("to", [T("int64", [3], [70000, 65504, 65520]), DT("float16")], tag="overflow")
    case("to", [T("float32", [3], [1e5, -1e5, 65519.0]), DT("float16")], tag="overflow")
    case("to", [T("float64", [3], [1e39, 0.1, 1e-46]), DT("float32")], tag="rounding")
    case("to", [T("float32", [4], [0.1, 1.0 / 3.0, 3e38, 1e-40]), DT("bfloat16")], tag="rounding")
    case("to", [T("int64", [3], [2 ** 53 + 1, 2 ** 24 + 1, -(2 ** 31)]), DT("float32")],
         tag="rounding")
    case("to", [T("float32", [3], [float("nan"), float("inf"), -0.0]), DT("bool")])
    case("to", [T("float32", [3], [float("nan"), float("inf"), float("-inf")]), DT("float16")])
    case("to", [T("float32", [3, 2], view="T"), DT("int64")])
    case("to", [T("float32", [2, 3]), DT("float32")])


def threads():
    for n in (1, 3, 0, -2):
        case("set_num_threads", [I(n)])


def d2l_errors():
    """Section 10 messages not already produced by the families above, as their exact calls."""
    ones = lambda *s: T("float32", list(s), [1.0] * numel(s))  # noqa: E731
    ar = lambda n: T("int64", [n], list(range(n)))  # noqa: E731
    case("add", [ones(2, 3), ones(3, 2)], tag="d2l")
    case("add", [ones(3), ones(4)], tag="d2l")
    case("eq", [ones(3), ones(4)], tag="d2l")
    A = T("float32", [2, 3], [0, 1, 2, 3, 4, 5])
    case("div", [A, T("float32", [2], [3, 12])], tag="d2l-A/A.sum(axis=1)")
    A5 = T("float32", [5, 4], list(range(20)))
    case("div", [A5, T("float32", [5], [6, 22, 38, 54, 70])], tag="d2l-A/A.sum(axis=1)")
    case("add_", [T("float32", [3, 1], [0.0] * 3), ones(3, 2)], tag="d2l")
    case("add_", [T("float32", [3, 4], [0.0] * 12), ones(4)], tag="d2l")
    case("setitem", [T("float32", [3, 4], [0.0] * 12), S(":"), ones(3, 5)], tag="d2l")
    case("pow", [ar(3), I(-1)], tag="d2l")
    case("matmul", [ones(2, 3), ones(2, 3)], tag="d2l")
    case("mm", [ones(2, 3), ones(2, 3)], tag="d2l")
    case("matmul", [ones(2, 3), ones(2)], tag="d2l")
    case("mv", [ones(2, 3), ones(2)], tag="d2l")
    case("mv", [ones(2, 3), ones(3, 1)], tag="d2l")
    case("mm", [ones(2, 3), ones(3)], tag="d2l")
    case("dot", [ones(3), ones(4)], tag="d2l")
    case("matmul", [ones(3), ones(2)], tag="d2l")
    case("dot", [ones(2, 2), ones(2, 2)], tag="d2l")
    case("dot", [ar(3), ones(3)], tag="d2l")
    case("mv", [T("int64", [2, 3], list(range(6))), ones(3)], tag="d2l")
    case("mm", [T("int64", [2, 3], list(range(6))), ones(3, 2)], tag="d2l")
    case("matmul", [T("int64", [2, 3], list(range(6))), ones(3)], tag="d2l")
    case("reshape", [ar(12), INTS_([5, 3])], tag="d2l")
    case("reshape", [ar(12), INTS_([-1, 5])], tag="d2l")
    case("reshape", [ar(12), INTS_([-1, -1])], tag="d2l")
    case("view", [T("int64", [2, 3], list(range(6)), view="T"), INTS_([6])], tag="d2l")
    case("zeros", [INTS_([2, -1])], tag="d2l")
    X = T("float32", [3, 4], list(range(12)))
    for e in ["3", "0, 4", ":, 5", "-4", "0, 1, 2", "5:10"]:
        case("index", [X, S(e)], tag="d2l")
    case("index", [ar(3), S("3")], tag="d2l")
    case("index", [T("float32", [], [3.0]), S("0")], tag="d2l")
    case("sum", [ones(2, 3), I(2)], tag="d2l")
    case("cat", [TS(ones(2, 3), ones(2, 3)), I(2)], tag="d2l")
    case("sum", [T("float32", [2, 3, 4], [0.0] * 24), INTS_([0, 0]), B(False)], tag="d2l")
    case("cat", [TS(ones(3, 4), ones(3, 5)), I(0)], tag="d2l")
    case("cat", [TS(ones(3, 4), ones(4)), I(0)], tag="d2l")
    case("cat", [TS(ar(3), ones(3)), I(0)], tag="d2l")
    case("stack", [TS(ones(3), ones(4))], tag="d2l")
    case("tensor", [L([[1, 2], [3]])], tag="d2l")
    case("tensor", [L([[1, 2, 3], [4, 5]])], tag="d2l")
    case("tensor", [L([[[1, 2]], [[3]]])], tag="d2l")
    case("tensor", [L([[1, 2], 3])], tag="d2l")
    case("mean", [ar(6)], tag="d2l")
    case("mean", [ar(6), I(0)], tag="d2l")
    case("norm", [ar(6)], tag="d2l")
    case("linalg_norm", [ar(6), NONE, NONE, B(False)], tag="d2l")
    T3 = T("float32", [2, 3, 4], list(range(24)))
    for o in [S("fro"), I(2), I(1)]:
        case("linalg_norm", [T3, o, NONE, B(False)], tag="d2l")
    case("item", [T("float32", [2], [1.0, 2.0])], tag="d2l")
    case("float", [T("float32", [2], [1.0, 2.0])], tag="d2l")
    case("int", [T("float32", [2], [1.0, 2.0])], tag="d2l")
    case("item", [T("float32", [0])], tag="d2l")
    case("bool", [T("float32", [2], [1.0, 2.0])], tag="d2l")
    case("len", [T("float32", [], [3.0])], tag="d2l")
    case("int", [T("float32", [1], [3.5])], tag="d2l")
    case("int", [T("float32", [], [-3.5])], tag="d2l")
    case("eq", [T("float32", [4], [0, 1, 2, 3]), T("float32", [], [3.0])], tag="d2l")


def main():
    creation()
    shape_ops()
    indexing()
    elementwise()
    inplace()
    reductions()
    linalg()
    conversions()
    d2l_errors()
    threads()
    for c in CASES:
        assert c["op"] in PY
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(CASES):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(CASES) else "\n")
        f.write("]\n")
    n_err = sum(1 for c in CASES if "error" in c["expect"])
    n_emu = sum(1 for c in CASES if "emulated" in c)
    per_op = {}
    for c in CASES:
        per_op[c["op"]] = per_op.get(c["op"], 0) + 1
    print("torch %s: %d cases (%d errors, %d emulated), %d skipped -> %s (%d bytes)"
          % (torch.__version__, len(CASES), n_err, n_emu, len(SKIPPED), os.path.normpath(OUT),
             os.path.getsize(OUT)))
    print("per op: " + ", ".join("%s=%d" % kv for kv in sorted(per_op.items())))
    for cid, why in SKIPPED:
        print("skipped %s: %s" % (cid, why), file=sys.stderr)


if __name__ == "__main__":
    main()
