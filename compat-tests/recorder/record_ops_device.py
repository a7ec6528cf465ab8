#!/usr/bin/python3
"""Records op cases that exercise the `cuda` path's own formulations (issue 15): integer
cumsum/cumprod past 2^53 and past int64's range (exact, wrapping), integer remainder/fmod/
floor_divide and pow past 2^24 and int64 broadcasting past 2^53, and sorts whose rows take the
other branches of PyTorch's CUDA sort (rows longer than 32, so stable there; int64 keys past
2^53; float64 rows with -0.0, NaN and ties; topk with k above 32). Recorded on the CPU build:
int64 scans are exact on both builds, and the device pass checks sort orders against
CudaSortModel, the values against these recordings.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_device.py
Out:  compat-tests/src/test/resources/fixtures/ops_device.json

Same case format and op table as record_ops.py (record_ops_more.py is imported for sort,
argsort and topk; cumprod and fmod as record_ops_core.py
registers them), replayed by OpConformanceTest in every pass.
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as R  # noqa: E402
import record_ops_more  # noqa: E402,F401 - registers sort/argsort/topk
from record_ops import B, I, T, case  # noqa: E402

# record_ops_core.py registers cumprod too, but cannot be imported next to record_ops_more.py.
R.PY.setdefault("cumprod", lambda t, d: torch.cumprod(t, d))
R.PY.setdefault("fmod", lambda a, b: torch.fmod(a, b))

OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops_device.json")

P53 = 1 << 53
P62 = 1 << 62


def scans():
    case("cumsum", [T("int64", [4], [P53, 1, 1, 1 << 60]), I(0)])
    case("cumsum", [T("int64", [2, 3], [P53 - 1, 1, 1, -P53, -1, -(1 << 58)]), I(1)])
    case("cumsum", [T("int64", [2, 3], [P53 - 1, 1, 1, 2, P53, 3]), I(0)])
    # Past int64's range: wraps modulo 2^64 as C++'s int64 arithmetic does.
    case("cumsum", [T("int64", [3], [P62, P62, P62]), I(0)])
    case("cumsum", [T("int32", [3], [2 ** 31 - 1, 2 ** 31 - 1, 5]), I(0)])
    case("cumsum", [T("int64", [37], [P53 + i * 7 for i in range(37)]), I(0)])
    case("cumprod", [T("int64", [5], [1 << 20, 1 << 20, 1 << 14, 3, -1]), I(0)])
    case("cumprod", [T("int64", [2, 3], [1 << 30, 1 << 30, 3, 5, 1 << 40, 1 << 20]), I(1)])
    case("cumprod", [T("int64", [3], [1 << 32, 1 << 32, 3]), I(0)])
    case("cumprod", [T("int16", [4], [300, 300, 300, 7]), I(0)])


def integer_division():
    # libnd4j's integer floormod/fmod compute through float; its broadcasting copies int64
    # through double: both wrong past 2^24 / 2^53.
    big = [2 ** 31 - 1, -(2 ** 31) + 3, (1 << 24) + 1, 12884901871]
    for op in ("remainder", "floor_divide"):
        case(op, [T("int64", [4], big), T("int64", [4], [10, 10, -2, 6])])
        case(op, [T("int64", [2, 2], [P53 + 1, -P53 - 3, (1 << 60) + 7, 5]),
                  T("int64", [1, 2], [10, -4])])
        case(op, [T("int32", [3], [2 ** 31 - 1, -(2 ** 31) + 3, (1 << 24) + 1]),
                  T("int32", [3], [10, 7, 2])])
    case("fmod", [T("int64", [4], big), T("int64", [4], [10, 10, -2, 6])])
    case("fmod", [T("int32", [3], [2 ** 31 - 1, -(2 ** 31) + 3, (1 << 24) + 1]),
                  T("int32", [3], [-10, 7, 2])])
    case("add", [T("int64", [2, 2], [P53 + 1, -P53 - 3, (1 << 60) + 7, 5]),
                 T("int64", [1, 2], [1, -1])])
    # Integer pow squares by the exponent's bits; its parity must be exact past 2^24 (libnd4j's
    # floormod rounds 16777217 to an even float).
    case("pow", [T("int64", [4], [-1, -1, 3, -2]),
                 T("int64", [4], [(1 << 24) + 1, (1 << 40) + 3, 5, -((1 << 24) + 1)])])
    case("pow", [T("int32", [3], [-1, 1, 2]), T("int32", [3], [(1 << 24) + 1, -7, 30])])


def sorts():
    big = [P53 + (i % 5) for i in range(40)]
    case("sort", [T("int64", [40], big), I(0)])
    case("argsort", [T("int64", [2, 20], [-P62 + (i % 3) for i in range(40)]), I(1), B(True)])
    special = [0.0, -0.0, float("nan"), 1.5, -1.5, float("inf"), float("-inf"), 1.5]
    vals = [special[(i * 5) % 8] for i in range(48)]
    case("sort", [T("float64", [48], vals), I(0)])
    case("sort", [T("float64", [48], vals), I(0), B(True)])
    case("argsort", [T("float32", [3, 40], [float((i * 7) % 4) for i in range(120)]), I(1)])
    ties = [float((i * 3) % 6) for i in range(100)]
    case("topk", [T("float32", [100], ties), I(40)])
    case("topk", [T("float32", [100], ties), I(40), I(0), B(False)])
    case("topk", [T("int64", [2, 50], [(i * 11) % 7 for i in range(100)]), I(35), I(1), B(True),
                  B(False)])
    case("topk", [T("float64", [48], vals), I(12), I(0), B(True)])
    case("topk", [T("float64", [48], vals), I(12), I(0), B(False)])


def main():
    scans()
    integer_division()
    sorts()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(R.CASES):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(R.CASES) else "\n")
        f.write("]\n")
    print("torch %s: %d cases -> %s" % (torch.__version__, len(R.CASES), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
