"""Records PyTorch 1.13's Tensor.__repr__ for TensorFormatterTest.

Run with the interpreter that has PyTorch 1.13:
    /usr/bin/python3 compat-tests/recorder/record_printing.py
Writes api/src/test/resources/fixtures/printing.json: a list of
{"name", "dtype", "shape", "values" | "arange", "grad_fn", "requires_grad", "options", "repr"}.
"arange": [start, step] stands for values start + i * step (exact in double), to keep big
summarized tensors small on disk. "options" is null, one set_printoptions kwargs object, or a
list of them applied in order (sci_mode is reset by every call, as in PyTorch).
"""

import json
import math
import os

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "api", "src", "test", "resources", "fixtures", "printing.json")

FLOATS = [torch.float32, torch.float64, torch.float16, torch.bfloat16]
INTS = [torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8]
ALL = FLOATS + INTS + [torch.bool]

cases = []


def dtype_name(dt):
    return str(dt).replace("torch.", "")


def grad_fn_name(t):
    if t.grad_fn is None:
        return None
    name = type(t.grad_fn).__name__
    if name == "CppFunction":
        name = t.grad_fn.name().rsplit("::", 1)[-1]
    return name


def flat_values(t):
    d = t.detach().reshape(-1)
    if d.dtype.is_floating_point:
        # float16/bfloat16/float32 widen exactly to double.
        return d.double().tolist()
    return d.tolist()


def apply_options(options):
    if options is None:
        return
    for call in options if isinstance(options, list) else [options]:
        torch.set_printoptions(**call)


def add(name, t, options=None, arange=None):
    apply_options(options)
    try:
        text = repr(t)
    finally:
        # profile="default" also resets sci_mode to None.
        torch.set_printoptions(profile="default")
    case = {
        "name": name,
        "dtype": dtype_name(t.dtype),
        "shape": list(t.shape),
    }
    if arange is not None:
        start, step = arange
        expect = [start + i * step for i in range(t.numel())]
        got = flat_values(t)
        assert got == expect, name + ": arange does not reproduce the values"
        case["arange"] = [start, step]
    else:
        case["values"] = flat_values(t)
    case["grad_fn"] = grad_fn_name(t)
    case["requires_grad"] = bool(t.requires_grad)
    case["options"] = options
    case["repr"] = text
    cases.append(case)


def rand_of(dtype, shape, gen, scale=1.0):
    if dtype.is_floating_point:
        return (torch.randn(shape, generator=gen, dtype=torch.float64) * scale).to(dtype)
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, generator=gen) == 1
    info = torch.iinfo(dtype)
    lo, hi = max(info.min, -1000), min(info.max, 1000)
    return torch.randint(lo, hi + 1, shape, generator=gen, dtype=torch.int64).to(dtype)


def main():
    gen = torch.Generator().manual_seed(20240613)

    # Every dtype over a spread of ranks, including empty shapes.
    shapes = [(), (1,), (5,), (2, 3), (2, 3, 4), (2, 2, 2, 2), (1, 1, 1), (3, 1), (1, 7)]
    empties = [(0,), (0, 3), (2, 0), (2, 0, 3), (0, 0), (1, 0, 1, 2)]
    for dt in ALL:
        for shp in shapes:
            add("rand %s %s" % (dtype_name(dt), shp), rand_of(dt, shp, gen))
        for shp in empties:
            add("empty %s %s" % (dtype_name(dt), shp), torch.empty(shp, dtype=dt))
        add("zeros %s" % dtype_name(dt), torch.zeros(2, 3, dtype=dt))
        add("ones %s" % dtype_name(dt), torch.ones(4, dtype=dt))
        add("arange12 %s" % dtype_name(dt), torch.arange(12).reshape(3, 4).to(dt))

    # Float values per float dtype: int mode, fixed, sci, non-finite, signed zeros.
    float_lists = [
        ("int mode", [0.0, 1.0, 2.0, 12.0]),
        ("int mode neg", [-3.0, 7.0, 100.0]),
        ("int mode wide", [1.0, 999.0]),
        ("int mode ratio>1000 sci", [1.0, 1001.0]),
        ("int mode ratio=1000", [1.0, 1000.0]),
        ("int mode big sci", [2.0e8, 3.0e8]),
        ("int mode 1e8", [1.0e8]),
        ("fixed", [0.5, 2.25, -1.125]),
        ("fixed neg", [-0.5, 2.25]),
        ("fixed rounding", [1.23456789, 2.00005, 0.33333333]),
        ("fixed ties", [1.03125, 1.09375, 0.15625, 2.5]),
        ("fixed min 1e-4", [1.0e-4, 0.1]),
        ("sci small", [1.0e-5, 1.0]),
        ("sci big", [1.0e10, 1.5]),
        ("sci ratio", [0.001, 1.5, 2.0]),
        ("exp", [math.exp(i) for i in range(4)]),
        ("nan inf", [float("nan"), 1.0, float("inf")]),
        ("nan only", [float("nan")]),
        ("infs", [float("inf"), float("-inf")]),
        ("nan fixed", [float("nan"), 1.5, -2.25]),
        ("inf sci", [float("-inf"), 1.0e-5, 3.0]),
        ("inf int", [float("inf"), -12.0, 3.0]),
        ("neg zero", [-0.0, 1.5]),
        ("neg zero int", [-0.0, 0.0, 3.0]),
        ("neg zero sci", [-0.0, 1.0e-5]),
        ("zeros signed", [-0.0, 0.0]),
        ("mixed signs", [-1.5, 2.0, -3.25, 4.0, 0.0]),
        ("all nonfinite", [float("nan"), float("inf"), float("-inf")]),
        ("large ints", [123456.0, -7654321.0, 1.0e7]),
        ("pi", [math.pi, -math.e, 1.0 / 3.0]),
    ]
    for dt in FLOATS:
        for label, vals in float_lists:
            add("%s %s" % (label, dtype_name(dt)), torch.tensor(vals, dtype=dt))

    # Scalars.
    for v in [66.0, 2.5, -0.0, 0.0, float("nan"), float("inf"), 1.0e-5, 1.0e10, 1.5410, -7.0]:
        add("scalar float %r" % v, torch.tensor(v))
        add("scalar double %r" % v, torch.tensor(v, dtype=torch.float64))
    for v in [0, -5, 2**62, -(2**63)]:
        add("scalar long %d" % v, torch.tensor(v))
    add("scalar int8", torch.tensor(-128, dtype=torch.int8))
    add("scalar uint8", torch.tensor(255, dtype=torch.uint8))
    add("scalar true", torch.tensor(True))
    add("scalar false", torch.tensor(False))

    # float64 extremes and formatting corners.
    f64 = [
        ("f64 tiny", [1.0e-300, 1.0]),
        ("f64 subnormal", [5e-324, 1.0]),
        ("f64 huge", [1.0e300, -1.0e-300]),
        ("f64 max", [1.7976931348623157e308]),
        ("f64 exp3", [1.0e100, 1.0e-100]),
        ("f64 near tie sci", [1.23455e-5, 9.99995e10]),
        ("f64 round up to 10", [9.99996, 0.5]),
        ("f64 round up sci", [9.99996e-5, 1.0]),
        ("f64 rounds to zero fixed", [0.00004, 1.0]),
        ("f64 long digits", [123456789.123, 1.0]),
        ("f64 fixed wide", [12345.6789, -0.25]),
    ]
    for label, vals in f64:
        add(label, torch.tensor(vals, dtype=torch.float64))
    add("f32 max", torch.tensor([torch.finfo(torch.float32).max, 1.0]))
    add("f32 tiny", torch.tensor([torch.finfo(torch.float32).tiny, 1.0]))
    add("f16 max", torch.tensor([65504.0, 1.0], dtype=torch.float16))
    add("f16 eps", torch.tensor([0.0009765625, 1.0, 0.1], dtype=torch.float16))
    add("bf16 big", torch.tensor([3.0e38, 1.0, 0.1], dtype=torch.bfloat16))
    add("bf16 fractions", torch.tensor([1.1, 2.2, 3.3, 100.7], dtype=torch.bfloat16))

    # Integer extremes.
    for dt in INTS:
        info = torch.iinfo(dt)
        add("extremes %s" % dtype_name(dt), torch.tensor([info.min, 0, info.max], dtype=dt))
    add("int64 extremes wrap", torch.tensor([2**63 - 1, -(2**63)] * 6, dtype=torch.int64))
    add("int wrap", torch.arange(-50, 50, 3).reshape(2, 17))
    add("bool mixed", torch.tensor([[True, False, True], [False, False, True]]))
    add("bool all true", torch.ones(3, dtype=torch.bool))
    add("bool wrap", torch.arange(30).reshape(30) % 3 == 0)

    # Wrapping at 80 columns for various widths and depths.
    add("arange 100 float", torch.arange(100.0), arange=[0.0, 1.0])
    add("arange 40 over 3", torch.arange(40, dtype=torch.float64) / 3)
    add("wrap randn*1000", torch.randn(30, generator=gen) * 1000)
    add("wrap 2d", torch.randn(3, 25, generator=gen))
    add("wrap 3d", torch.randn(2, 2, 15, generator=gen, dtype=torch.float64))
    add("wrap sci", torch.randn(20, generator=gen) * 1e6)
    add("exp 12", torch.exp(torch.arange(12.0)))
    add("wide ints", torch.arange(0, 10**12, 10**10, dtype=torch.int64), arange=[0, 10**10])
    for n in [10, 11, 12, 13, 14]:
        add("int row %d" % n, torch.arange(n * 100000, dtype=torch.int32)[:n] * 100001)
    add("one per line", torch.tensor([1.0e300, -1.0e-300, 2.0], dtype=torch.float64),
        options={"linewidth": 10})

    # Summarization above the threshold.
    add("arange 2000", torch.arange(2000.0), arange=[0.0, 1.0])
    add("arange 1001 long", torch.arange(1001), arange=[0, 1])
    add("arange 1000 long not summarized", torch.arange(1000), arange=[0, 1])
    add("summ 2d", torch.arange(2000).reshape(40, 50), arange=[0, 1])
    add("summ 2d float", torch.arange(2000.0).reshape(40, 50) * 0.5, arange=[0.0, 0.5])
    add("summ 2d short rows", torch.arange(2002.0).reshape(1001, 2), arange=[0.0, 1.0])
    add("summ 2d two rows", torch.arange(1200).reshape(2, 600), arange=[0, 1])
    add("summ 3d", torch.arange(2000).reshape(20, 10, 10), arange=[0, 1])
    add("summ 3d small outer", torch.arange(1200.0).reshape(2, 3, 200) - 600,
        arange=[-600.0, 1.0])
    add("summ 4d", torch.arange(3024).reshape(6, 7, 8, 9), arange=[0, 1])
    add("summ 4d float64", torch.arange(3024, dtype=torch.float64).reshape(7, 6, 8, 9) * 0.25,
        arange=[0.0, 0.25])
    add("summ bool", torch.arange(1500).reshape(30, 50) % 2 == 0)
    add("summ float16", torch.arange(1200, dtype=torch.float16), arange=[0.0, 1.0])
    add("summ int8", (torch.arange(1100) % 100).to(torch.int8))
    add("summ randn", torch.randn(1001, generator=gen))
    add("summ randn 2d", torch.randn(40, 30, generator=gen, dtype=torch.float64))
    big = torch.arange(1200.0)
    big[600] = 1.0e-7  # hidden by summarization: must not switch to sci
    big[1] = 0.5
    add("summ hidden value", big)
    big2 = torch.arange(1200.0)
    big2[-1] = 1.0e9
    add("summ visible big", big2)
    add("summ requires grad", torch.arange(1100.0).requires_grad_(), arange=[0.0, 1.0])

    # Autograd suffixes.
    x = torch.arange(4.0, requires_grad=True)
    add("leaf requires_grad", x, arange=[0.0, 1.0])
    add("mul grad_fn", x * 2, arange=[0.0, 2.0])
    add("sum grad_fn", (x * x).sum())
    add("add grad_fn", x + 1, arange=[1.0, 1.0])
    add("exp grad_fn", x.exp())
    add("dot grad_fn", torch.dot(x, x))
    add("scalar requires_grad", torch.tensor(1.5410, requires_grad=True))
    xd = torch.randn(3, generator=gen, dtype=torch.float64).requires_grad_()
    add("double requires_grad", xd)
    add("double grad_fn", xd * 3)
    add("empty requires_grad", torch.empty(0, requires_grad=True))
    add("empty 2d double requires_grad", torch.empty(0, 2, dtype=torch.float64,
                                                     requires_grad=True))
    add("half requires_grad", torch.ones(2, 2, dtype=torch.float16, requires_grad=True))
    add("2d grad_fn", torch.arange(6.0, requires_grad=True).reshape(2, 3), arange=[0.0, 1.0])
    add("view grad_fn", x[1:], arange=[1.0, 1.0])

    # Suffix line wrapping: last line length near 80.
    for n in range(1, 13):
        t = (torch.arange(n, dtype=torch.float64) * 1.1 + 1000).requires_grad_()
        add("suffix wrap %d" % n, t)
    for n in [5, 6, 7, 8, 9]:
        add("suffix wrap int32 %d" % n, torch.arange(n, dtype=torch.int32) * 1000000000 // n)
        add("suffix wrap 2d float16 %d" % n, (torch.arange(2 * n * 2) * 17.5)
            .reshape(2, 2 * n).to(torch.float16))

    # set_printoptions variants.
    t = torch.tensor([1.12345, -2.5, 3.0, 1000.98765])
    add("precision 2", t, options={"precision": 2})
    add("precision 6", t, options={"precision": 6})
    add("precision 0", torch.tensor([0.5, 1.5, 2.5, -0.4]), options={"precision": 0})
    add("precision 10 double", torch.tensor([1.0 / 3, 2.0 / 3], dtype=torch.float64),
        options={"precision": 10})
    add("precision 0 sci", torch.tensor([1.0e-5, 2.5]), options={"precision": 0})
    add("threshold 5", torch.arange(10), options={"threshold": 5})
    add("threshold 5 2d", torch.arange(64).reshape(8, 8), options={"threshold": 5})
    add("threshold 0 scalar", torch.tensor(3.5), options={"threshold": 0})
    add("edgeitems 1", torch.arange(2000.0).reshape(20, 100), options={"edgeitems": 1},
        arange=[0.0, 1.0])
    add("edgeitems 2 3d", torch.arange(2000).reshape(10, 10, 20), options={"edgeitems": 2},
        arange=[0, 1])
    add("edgeitems 0 1d", torch.arange(20), options={"threshold": 5, "edgeitems": 0})
    add("edgeitems 5", torch.arange(1100), options={"edgeitems": 5}, arange=[0, 1])
    add("linewidth 40", torch.arange(30.0) / 7, options={"linewidth": 40})
    add("linewidth 120", torch.randn(4, 20, generator=gen), options={"linewidth": 120})
    add("linewidth 20 suffix", torch.arange(5.0, dtype=torch.float64, requires_grad=True),
        options={"linewidth": 20}, arange=[0.0, 1.0])
    add("linewidth 5", torch.arange(6).reshape(2, 3), options={"linewidth": 5})
    add("sci_mode True", torch.tensor([1.5, 2.25, 300.0]), options={"sci_mode": True})
    add("sci_mode True int mode", torch.tensor([1.0, 2.0, 300.0]), options={"sci_mode": True})
    add("sci_mode True zeros", torch.zeros(3), options={"sci_mode": True})
    add("sci_mode True ints", torch.arange(5), options={"sci_mode": True})
    add("sci_mode False small", torch.tensor([1.0e-5, 1.0]), options={"sci_mode": False})
    add("sci_mode False big", torch.tensor([1.0e10, 1.5], dtype=torch.float64),
        options={"sci_mode": False})
    add("sci_mode False int big", torch.tensor([1.0, 2.0e9], dtype=torch.float64),
        options={"sci_mode": False})
    add("sci_mode False neg tiny", torch.tensor([-1.0e-5, 1.0]), options={"sci_mode": False})
    add("sci_mode True nan", torch.tensor([float("nan"), 1.5]), options={"sci_mode": True})
    add("profile short", torch.tensor([1.12345, 2.5]), options={"profile": "short"})
    add("profile short summ", torch.arange(2000.0).reshape(40, 50),
        options={"profile": "short"}, arange=[0.0, 1.0])
    add("profile full", torch.arange(1001), options={"profile": "full"}, arange=[0, 1])
    add("profile full plus precision", torch.tensor([1.0 / 3]),
        options={"profile": "full", "precision": 2})
    # Every set_printoptions call assigns sci_mode, so a later call without it turns it off.
    add("sci_mode reset by later call", torch.tensor([1.5, 2.25]),
        options=[{"sci_mode": True}, {"precision": 3}])
    add("sci_mode kept in same call", torch.tensor([1.5, 2.25]),
        options=[{"precision": 3, "sci_mode": True}])
    add("profile then precision", torch.tensor([1.0 / 3, 2.0]),
        options=[{"precision": 7}, {"profile": "short"}, {"precision": 3}])

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        # One case per line keeps re-recordings reviewable as diffs.
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("wrote %d cases to %s (%d bytes)" % (len(cases), OUT, os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
