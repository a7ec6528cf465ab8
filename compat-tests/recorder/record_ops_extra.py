#!/usr/bin/python3
"""Records forward fixtures for the rest of the tensor API of issue 11 (branch ops-more): the
matrix family (addmv, addr, baddbmm, addbmm, tensordot, inner, vdot, matrix_power,
chain_matmul, linalg.multi_dot, cdist, linalg.vector_norm/matrix_norm/solve), the shape family
(hstack ... logspace), elementwise extras (exp2 ... renorm) and indexing extras.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_extra.py
Out:  compat-tests/src/test/resources/fixtures/ops_extra.json

Same case format, helpers and op table as record_ops.py (imported; its PY table gains the ops
below), replayed by OpConformanceTest through ExtraOpsTable.java.

Op semantics ("t" = tensor ARG; [x] optional; "_" suffix = the in-place method)
--------------------------------------------------------------------------------
addmv/addr/baddbmm/addbmm(t, t, t[, beta, alpha]) and their "_" forms (method on arg 0);
tensordot(t, t[, int dims | ints dimsA, ints dimsB]); inner/vdot(t, t) (torch.*),
inner_method/vdot_method(t, t); matrix_power(t, int); linalg_matrix_power(t, int);
chain_matmul(tensors); linalg_multi_dot(tensors); cdist(t, t[, float p]);
linalg_vector_norm(t[, float ord[, int|ints dim, bool keepdim]]);
linalg_matrix_norm(t[, float|str ord[, ints dim, bool keepdim]]); linalg_solve(t, t).
"""

import json
import os
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as R  # noqa: E402
from record_ops import B, DT, F, I, INTS_, NONE, S, T, TS, case  # noqa: E402

warnings.filterwarnings("ignore")
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops_extra.json")


def _ba(fn):
    def f(i, a, b, *r):
        return fn(i, a, b, beta=r[0], alpha=r[1]) if r else fn(i, a, b)
    return f


def _tensordot(a, b, *r):
    if not r:
        return torch.tensordot(a, b)
    if len(r) == 1:
        return torch.tensordot(a, b, r[0])
    return torch.tensordot(a, b, (r[0], r[1]))


def _vnorm(t, *r):
    if not r:
        return torch.linalg.vector_norm(t)
    if len(r) == 1:
        return torch.linalg.vector_norm(t, r[0])
    return torch.linalg.vector_norm(t, r[0], r[1], r[2])


def _mnorm(t, *r):
    if not r:
        return torch.linalg.matrix_norm(t)
    if len(r) == 1:
        return torch.linalg.matrix_norm(t, r[0])
    return torch.linalg.matrix_norm(t, r[0], r[1], r[2])


EXTRA = {
    "addmv": _ba(torch.addmv),
    "addr": _ba(torch.addr),
    "baddbmm": _ba(torch.baddbmm),
    "addbmm": _ba(torch.addbmm),
    "addmv_": _ba(lambda i, a, b, **k: i.addmv_(a, b, **k)),
    "addr_": _ba(lambda i, a, b, **k: i.addr_(a, b, **k)),
    "baddbmm_": _ba(lambda i, a, b, **k: i.baddbmm_(a, b, **k)),
    "addbmm_": _ba(lambda i, a, b, **k: i.addbmm_(a, b, **k)),
    "tensordot": _tensordot,
    "inner": lambda a, b: torch.inner(a, b),
    "inner_method": lambda a, b: a.inner(b),
    "vdot": lambda a, b: torch.vdot(a, b),
    "vdot_method": lambda a, b: a.vdot(b),
    "matrix_power": lambda a, n: torch.matrix_power(a, n),
    "linalg_matrix_power": lambda a, n: torch.linalg.matrix_power(a, n),
    "chain_matmul": lambda ts: torch.chain_matmul(*ts),
    "linalg_multi_dot": lambda ts: torch.linalg.multi_dot(ts),
    "cdist": lambda a, b, *p: torch.cdist(a, b, *p),
    "linalg_vector_norm": _vnorm,
    "linalg_matrix_norm": _mnorm,
    "linalg_solve": lambda a, b: torch.linalg.solve(a, b),
}

FLOATS = ["float32", "float64", "bfloat16", "float16"]
ALL = FLOATS + ["int64", "int32", "int8", "uint8", "bool"]


def reg(table):
    for k in table:
        assert k not in R.PY, k
    R.PY.update(table)


reg(EXTRA)


def matrix():
    f32 = "float32"
    for op, shapes in [("addmv", ([3], [3, 4], [4])), ("addr", ([3, 4], [3], [4])),
                       ("baddbmm", ([2, 3, 4], [2, 3, 5], [2, 5, 4])),
                       ("addbmm", ([3, 4], [2, 3, 5], [2, 5, 4]))]:
        for dt in ALL:
            case(op, [T(dt, s) for s in shapes])
        for beta, alpha in [(F(0.5), F(2.0)), (F(0.0), F(1.0)), (I(2), I(3)), (I(0), I(-1))]:
            case(op, [T(f32, shapes[0]), T(f32, shapes[1]), T(f32, shapes[2]), beta, alpha])
            case(op, [T("int64", shapes[0]), T("int64", shapes[1]), T("int64", shapes[2]), beta, alpha])
        case(op, [T(f32, [1]), T(f32, shapes[1]), T(f32, shapes[2])])  # broadcast self
        case(op, [T(f32, []), T(f32, shapes[1]), T(f32, shapes[2])])  # 0-d self
        case(op, [T(f32, shapes[0], [float("nan")] * R.numel(shapes[0])), T(f32, shapes[1]),
                  T(f32, shapes[2]), F(0.0), F(1.0)])
        case(op, [T(f32, shapes[0]), T(f32, shapes[1]), T(f32, shapes[2]), F(1.7), I(2)])
        case(op, [T("int64", shapes[0]), T("int64", shapes[1]), T("int64", shapes[2]), F(1.7), F(2.9)])
        case(op, [T("float64", shapes[0]), T(f32, shapes[1]), T(f32, shapes[2])])
        case(op, [T(f32, shapes[0]), T("float64", shapes[1]), T("float64", shapes[2])])
        case(op + "_", [T(f32, shapes[0]), T(f32, shapes[1]), T(f32, shapes[2])])
        case(op + "_", [T(f32, shapes[0]), T(f32, shapes[1]), T(f32, shapes[2]), F(0.5), F(-1.0)])
    # empties and views
    case("addmv", [T(f32, [3]), T(f32, [3, 0]), T(f32, [0])])
    case("addmv", [T(f32, [3]), T(f32, [3, 0]), T(f32, [0]), F(0.0), F(1.0)])
    case("addmv", [T(f32, [0]), T(f32, [0, 2]), T(f32, [2])])
    case("addmv", [T(f32, [3]), T(f32, [3, 2], view="T"), T(f32, [2])])
    case("addmv", [T(f32, [3]), T(f32, [3, 4]), T(f32, [4], view="slice_step2")])
    case("addr", [T(f32, [0, 3]), T(f32, [0]), T(f32, [3])])
    case("addr", [T(f32, [3, 2], view="T"), T(f32, [3]), T(f32, [2])])
    case("addr", [T(f32, [3, 1]), T("int64", [3]), T("float64", [2])])
    case("addr", [T("bool", [2, 2]), T("bool", [2]), T("bool", [2]), B(False), B(True)])
    case("addr", [T("bool", [2, 2]), T("bool", [2]), T("bool", [2]), I(1), I(0)])
    case("baddbmm", [T(f32, [0, 3, 4]), T(f32, [0, 3, 2]), T(f32, [0, 2, 4])])
    case("baddbmm", [T(f32, [2, 3, 4]), T(f32, [2, 3, 0]), T(f32, [2, 0, 4])])
    case("addbmm", [T(f32, [3, 4]), T(f32, [0, 3, 2]), T(f32, [0, 2, 4])])
    case("addbmm", [T(f32, [3, 4]), T(f32, [0, 3, 2]), T(f32, [0, 2, 4]), F(0.5), F(1.0)])
    case("addbmm", [T(f32, [4]), T(f32, [2, 3, 0]), T(f32, [2, 0, 4])])
    # errors
    case("addmv", [T(f32, [3]), T(f32, [2, 4]), T(f32, [4])])
    case("addmv", [T(f32, [2]), T(f32, [2, 4]), T(f32, [3])])
    case("addmv", [T(f32, [2, 2]), T(f32, [2, 4]), T(f32, [4])])
    case("addmv", [T(f32, [2]), T(f32, [2, 4]), T("float64", [4])])
    case("addmv", [T(f32, [2]), T(f32, [4]), T(f32, [4])])
    case("addr", [T(f32, [3]), T(f32, [2, 1]), T(f32, [3])])
    case("addr", [T(f32, [3]), T(f32, [2]), T(f32, [3, 1])])
    case("addr", [T(f32, [4]), T(f32, [2]), T(f32, [3])])
    case("addr", [T("int64", [2, 3]), T("int64", [2]), T("int64", [3]), F(2.5), I(1)])
    # (int beta, float alpha) has no Java overload: (long, double) resolves to (double, double)
    case("addr", [T("bool", [2, 3]), T("bool", [2]), T("bool", [3]), F(1.0), I(1)])
    case("baddbmm", [T(f32, [3]), T(f32, [2, 4]), T(f32, [2, 4, 3])])
    case("baddbmm", [T(f32, [3]), T(f32, [2, 2, 4]), T(f32, [4, 3])])
    case("baddbmm", [T(f32, [3]), T(f32, [2, 2, 4]), T(f32, [3, 4, 3])])
    case("baddbmm", [T(f32, [3]), T(f32, [2, 2, 4]), T(f32, [2, 5, 3])])
    case("baddbmm", [T(f32, [4]), T(f32, [2, 2, 4]), T(f32, [2, 4, 3])])
    case("addbmm", [T(f32, [3]), T(f32, [2, 4]), T(f32, [2, 4, 3])])
    case("addbmm", [T(f32, [3]), T(f32, [2, 2, 4]), T(f32, [2, 4])])
    case("addbmm", [T(f32, [3]), T(f32, [2, 2, 4]), T(f32, [3, 4, 3])])
    case("addbmm", [T(f32, [3]), T(f32, [2, 2, 4]), T(f32, [2, 5, 3])])
    case("addbmm", [T(f32, [4]), T(f32, [2, 2, 4]), T(f32, [2, 4, 3])])
    case("addmv_", [T(f32, [1]), T(f32, [3, 4]), T(f32, [4])])
    case("addr_", [T(f32, [3]), T(f32, [2]), T(f32, [3])])
    case("addr_", [T("int64", [2, 3]), T(f32, [2]), T(f32, [3])])

    # tensordot / inner / vdot
    # bfloat16 left out: mm's bfloat16 kernel rounds after every k step (TorchND's mm rounds once)
    for dt in ["float32", "float64", "int64"]:
        case("tensordot", [T(dt, [2, 3]), T(dt, [3, 4]), I(1)])
    case("tensordot", [T(f32, [2, 3, 4]), T(f32, [3, 4, 5])])
    case("tensordot", [T(f32, [2, 3]), T(f32, [3, 4]), I(0)])
    case("tensordot", [T(f32, [2, 3]), T(f32, [2, 3]), I(2)])
    case("tensordot", [T(f32, [3, 2]), T(f32, [3, 4]), INTS_([0]), INTS_([0])])
    case("tensordot", [T(f32, [2, 3, 4]), T(f32, [4, 2, 5]), INTS_([0, 2]), INTS_([1, 0])])
    case("tensordot", [T(f32, [2, 3]), T(f32, [1, 4]), INTS_([1]), INTS_([0])])
    case("tensordot", [T(f32, [2, 1]), T(f32, [3, 4]), INTS_([1]), INTS_([0])])
    case("tensordot", [T(f32, [3, 2], view="T"), T(f32, [3, 0]), I(1)])
    case("tensordot", [T(f32, []), T(f32, [2]), I(0)])
    case("tensordot", [T(f32, [2, 3]), T(f32, [4, 4]), I(1)])
    case("tensordot", [T(f32, [2, 3]), T(f32, [3, 4]), I(-1)])
    case("tensordot", [T(f32, [2, 3]), T(f32, [3, 4]), I(3)])
    case("tensordot", [T(f32, [2, 3]), T(f32, [3, 4]), INTS_([1, 0]), INTS_([0])])
    case("tensordot", [T(f32, [2, 3]), T("float64", [3, 4]), I(1)])
    case("tensordot", [T(f32, [2, 3]), T(f32, [3, 4]), INTS_([1]), INTS_([5])])
    case("tensordot", [T(f32, [2, 2]), T(f32, [2, 2]), INTS_([0, 0]), INTS_([0, 1])])
    for op in ["inner", "inner_method"]:
        for dt in ["float32", "float64", "int64", "int32"]:
            case(op, [T(dt, [3]), T(dt, [3])])
        case(op, [T(f32, [2, 3]), T(f32, [4, 3])])
        case(op, [T(f32, [2, 1, 3]), T(f32, [3])])
        case(op, [T(f32, []), T(f32, [2, 3])])
        case(op, [T("int64", []), T(f32, [2])])
        case(op, [T(f32, [3, 2], view="T"), T(f32, [0, 2])])
        case(op, [T(f32, [3]), T(f32, [4])])
        case(op, [T("int64", [3]), T(f32, [3])])
    for op in ["vdot", "vdot_method"]:
        for dt in ALL:
            case(op, [T(dt, [4]), T(dt, [4])])
        case(op, [T(f32, [0]), T(f32, [0])])
        case(op, [T(f32, [3], view="slice_step2"), T(f32, [3])])
        case(op, [T(f32, [3]), T(f32, [4])])
        case(op, [T(f32, [3, 1]), T(f32, [3])])
        case(op, [T(f32, [3]), T("float64", [3])])

    # matrix_power
    for op in ["matrix_power", "linalg_matrix_power"]:
        for n in [0, 1, 2, 3, 5, 6, -1, -2]:
            case(op, [T("float64", [3, 3], kind="unit"), I(n)])
        # bfloat16 only up to n=1: see tensordot (mm's bfloat16 rounding per k step)
        for dt in ["float32", "int64", "int32", "bool", "float16", "bfloat16", "uint8"]:
            for n in ([0, 1] if dt == "bfloat16" else [0, 1, 2, 3]):
                case(op, [T(dt, [2, 2], kind="exp"), I(n)])
        case(op, [T(f32, [2, 2, 2], kind="unit"), I(4)])
        case(op, [T(f32, [2, 2], kind="unit", view="T"), I(3)])
        case(op, [T(f32, [0, 0]), I(2)])
        case(op, [T(f32, [2, 0, 0]), I(-1)])
        case(op, [T(f32, [2, 3]), I(2)])
        case(op, [T(f32, [3]), I(2)])
        case(op, [T("int64", [3, 3]), I(-1)])
        case(op, [T(f32, [2, 2], [1.0, 2.0, 2.0, 4.0]), I(-1)])

    # multi_dot / chain_matmul
    for dt in ["float32", "float64", "int64"]:
        case("linalg_multi_dot", [TS(T(dt, [3]), T(dt, [3]))])
        case("linalg_multi_dot", [TS(T(dt, [2, 3]), T(dt, [3, 4]), T(dt, [4, 1]))])
        case("chain_matmul", [TS(T(dt, [2, 3]), T(dt, [3, 4]), T(dt, [4, 2]))])
    case("linalg_multi_dot", [TS(T(f32, [3]), T(f32, [3, 2]), T(f32, [2]))])
    case("linalg_multi_dot", [TS(T(f32, [3]), T(f32, [3, 2]), T(f32, [2, 4]))])
    case("linalg_multi_dot", [TS(T(f32, [2, 3]), T(f32, [3, 2]), T(f32, [2]))])
    case("linalg_multi_dot", [TS(T(f32, [2, 0]), T(f32, [0, 3]), T(f32, [3, 1]))])
    case("linalg_multi_dot", [TS(T(f32, [3, 2], view="T"), T(f32, [3, 2]))])
    case("linalg_multi_dot", [TS(T(f32, [3]))])
    case("linalg_multi_dot", [TS()])
    case("linalg_multi_dot", [TS(T(f32, [3]), T(f32, [3, 2, 2]))])
    case("linalg_multi_dot", [TS(T(f32, [2, 2, 3]), T(f32, [3]))])
    case("linalg_multi_dot", [TS(T(f32, [3]), T(f32, [2, 2]), T(f32, [2]))])
    case("linalg_multi_dot", [TS(T(f32, [3]), T(f32, [3, 2]), T("float64", [2]))])
    case("linalg_multi_dot", [TS(T(f32, [3, 3]), T(f32, [3, 2, 2]), T(f32, [2]))])
    case("linalg_multi_dot", [TS(T(f32, [3, 3]), T("float64", [2, 2]), T(f32, [2]))])
    case("chain_matmul", [TS(T(f32, [3, 3]))])
    case("chain_matmul", [TS(T(f32, [3]))])
    case("chain_matmul", [TS()])
    case("chain_matmul", [TS(T(f32, [3, 3]), T(f32, [2, 2]))])

    # cdist
    for dt in ["float32", "float64", "float16", "bfloat16", "int64"]:
        case("cdist", [T(dt, [3, 2]), T(dt, [4, 2])])
    for p in [0.0, 1.0, 2.0, 3.0, 0.5, float("inf")]:
        case("cdist", [T("float64", [3, 4]), T("float64", [2, 4]), F(p)])
    case("cdist", [T(f32, [2, 3, 2]), T(f32, [1, 4, 2])])
    case("cdist", [T(f32, [2, 3, 2]), T(f32, [4, 2])])
    case("cdist", [T(f32, [0, 3]), T(f32, [2, 3])])
    case("cdist", [T(f32, [2, 0]), T(f32, [3, 0])])
    case("cdist", [T(f32, [3, 2], view="T"), T(f32, [2, 3])])
    case("cdist", [T(f32, [2, 2], [1.0, 2.0, 1.0, 2.0]), T(f32, [1, 2], [1.0, 2.0])])
    case("cdist", [T(f32, [3]), T(f32, [3])])
    case("cdist", [T(f32, [2, 3]), T(f32, [3])])
    case("cdist", [T(f32, [2, 3]), T(f32, [2, 4])])
    case("cdist", [T("int64", [2, 3]), T("int64", [2, 3])])
    case("cdist", [T(f32, [2, 3]), T("int64", [2, 3])])
    case("cdist", [T(f32, [2, 3]), T(f32, [2, 3]), F(-1.0)])
    case("cdist", [T(f32, [2, 3]), T("float64", [2, 3])])
    case("cdist", [T(f32, [2, 2, 3]), T(f32, [3, 2, 3])])

    # norms
    for dt in FLOATS:
        case("linalg_vector_norm", [T(dt, [2, 3])])
    for o in [2.0, 1.0, 0.0, 3.0, 0.5, -1.0, float("inf"), float("-inf")]:
        case("linalg_vector_norm", [T("float64", [2, 3]), F(o)])
        case("linalg_vector_norm", [T(f32, [2, 3, 2]), F(o), I(1), B(False)])
        case("linalg_vector_norm", [T(f32, [2, 3, 2]), F(o), INTS_([0, 2]), B(True)])
    case("linalg_vector_norm", [T(f32, [])])
    case("linalg_vector_norm", [T(f32, [0])])
    case("linalg_vector_norm", [T(f32, [2, 3], view="T"), F(2.0), I(0), B(True)])
    case("linalg_vector_norm", [T(f32, [0, 3]), F(float("inf")), I(1), B(False)])
    case("linalg_vector_norm", [T(f32, [0, 3]), F(float("inf"))])
    case("linalg_vector_norm", [T(f32, [0, 3]), F(-1.0), I(0), B(False)])
    case("linalg_vector_norm", [T("int64", [3])])
    case("linalg_vector_norm", [T("bool", [3])])
    case("linalg_vector_norm", [T(f32, [2, 3]), F(2.0), I(2), B(False)])
    for dt in FLOATS:
        case("linalg_matrix_norm", [T(dt, [2, 3])])
    for o in [F(1.0), F(-1.0), F(float("inf")), F(float("-inf")), S("fro")]:
        case("linalg_matrix_norm", [T("float64", [3, 4]), o])
        case("linalg_matrix_norm", [T(f32, [2, 3, 4]), o])
        case("linalg_matrix_norm", [T(f32, [2, 3, 4]), o, INTS_([0, 2]), B(True)])
        case("linalg_matrix_norm", [T(f32, [2, 3, 4]), o, INTS_([-1, 0]), B(False)])
    case("linalg_matrix_norm", [T(f32, [3, 2], view="T"), F(1.0)])
    case("linalg_matrix_norm", [T(f32, [0, 3]), F(1.0)])
    case("linalg_matrix_norm", [T(f32, [0, 3]), S("fro")])
    case("linalg_matrix_norm", [T(f32, [3, 0]), F(float("inf"))])
    case("linalg_matrix_norm", [T(f32, [3])])
    case("linalg_matrix_norm", [T(f32, [3, 3]), F(3.0)])
    case("linalg_matrix_norm", [T(f32, [3, 3]), F(0.5)])
    case("linalg_matrix_norm", [T(f32, [3, 3]), S("abc")])
    case("linalg_matrix_norm", [T("int64", [3, 3])])
    case("linalg_matrix_norm", [T(f32, [3, 3]), S("fro"), INTS_([0, 0]), B(False)])
    case("linalg_matrix_norm", [T(f32, [3, 3]), S("fro"), INTS_([0]), B(False)])
    case("linalg_matrix_norm", [T(f32, [3, 3]), F(1.0), INTS_([0, 1, 2]), B(False)])
    case("linalg_matrix_norm", [T(f32, [3, 3]), F(1.0), INTS_([0, 3]), B(False)])

    # solve
    a3 = [4.0, 1.0, -1.0, 2.0, 5.0, 1.0, 0.5, -1.0, 3.0]
    for dt in ["float32", "float64"]:
        case("linalg_solve", [T(dt, [3, 3], a3), T(dt, [3])])
        case("linalg_solve", [T(dt, [3, 3], a3), T(dt, [3, 2])])
    case("linalg_solve", [T(f32, [2, 3, 3], a3 + [2.0, 0.0, 0.0, 0.0, 3.0, 0.0, 1.0, 1.0, 1.0]), T(f32, [2, 3])])
    case("linalg_solve", [T(f32, [2, 3, 3], a3 + [2.0, 0.0, 0.0, 0.0, 3.0, 0.0, 1.0, 1.0, 1.0]), T(f32, [2, 3, 1])])
    case("linalg_solve", [T(f32, [3, 3], a3, view="T"), T(f32, [3])])
    case("linalg_solve", [T(f32, [3, 3], [1.0] * 9), T(f32, [3])])
    case("linalg_solve", [T(f32, [3, 3], a3), T("float64", [3])])
    case("linalg_solve", [T(f32, [3, 3], a3), T(f32, [4])])
    case("linalg_solve", [T(f32, [2, 3]), T(f32, [2])])
    case("linalg_solve", [T("int64", [3, 3]), T("int64", [3])])
    case("linalg_solve", [T(f32, [3]), T(f32, [3])])
    case("linalg_solve", [T("float16", [2, 2], [2.0, 0.0, 0.0, 2.0]), T("float16", [2])])


def main():
    matrix()
    cases = R.CASES
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(cases):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(cases) else "\n")
        f.write("]\n")
    n_err = sum(1 for c in cases if "error" in c["expect"])
    print("ops_extra.json: %d cases (%d errors), %d skipped" % (len(cases), n_err, len(R.SKIPPED)))
    for s in R.SKIPPED:
        print("skipped", s)


if __name__ == "__main__":
    main()
