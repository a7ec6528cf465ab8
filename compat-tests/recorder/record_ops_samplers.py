#!/usr/bin/python3
"""Records forward fixtures for the samplers of branch api-samplers: torch.multinomial,
torch.bernoulli (tensor and scalar p), torch.poisson, the tensor forms of torch.normal,
torch.randint_like and the in-place cauchy_, log_normal_, geometric_.

Run:  /usr/bin/python3 compat-tests/recorder/record_ops_samplers.py
Out:  compat-tests/src/test/resources/fixtures/ops_samplers.json

Same case format, helpers and op table as record_ops.py (imported; its PY table gains the ops
below), replayed by OpConformanceTest through SamplerOps.java. Every op's first argument is a
seed: the op runs right after torch.manual_seed(seed) on the default generator, or, for the
"*_gen" names, with generator=torch.Generator().manual_seed(seed). PyTorch's CPU samplers are
serial, so the values do not depend on the thread count.

Op semantics ("t" = tensor ARG; s = int seed)
---------------------------------------------
multinomial(s, t, int k[, bool replacement])     torch.multinomial(t, k, replacement=False)
multinomial_gen(s, t, int k, bool replacement)   ... generator=torch.Generator().manual_seed(s)
bernoulli(s, t[, float p])                        torch.bernoulli(t) | torch.bernoulli(t, p)
bernoulli_gen(s, t[, float p])                    ... with generator
poisson(s, t) / poisson_gen(s, t)                 torch.poisson(t[, generator])
binomial(s, t count, t prob) / binomial_gen       torch.binomial(count, prob[, generator])
normal(s, t|float mean, t|float std[, ints size]) torch.normal(mean, std[, size])
normal_gen(s, t|float mean, t|float std[, ints size])   ... with generator
randint_like(s, t, int high) | (s, t, int low, int high[, dtype])
                                                  torch.randint_like(t, [low,] high[, dtype=])
cauchy_(s, t[, float median, float sigma])        t.cauchy_(median, sigma)
log_normal_(s, t[, float mean, float std])        t.log_normal_(mean, std)
geometric_(s, t, float p)                         t.geometric_(p)
Categorical.sample(s, t probs[, ints shape])      Categorical(probs).sample([shape])
cauchy_gen_/log_normal_gen_/geometric_gen_        the same with generator=
"""

import json
import os
import sys
import warnings

import torch
from torch.distributions import Categorical

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as R  # noqa: E402
from record_ops import B, DT, F, I, INTS_, T, case  # noqa: E402

warnings.filterwarnings("ignore")
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "ops_samplers.json")


def _seeded(fn):
    def f(seed, *rest):
        torch.manual_seed(seed)
        return fn(*rest)
    return f


def _gen(fn):
    def f(seed, *rest):
        return fn(torch.Generator().manual_seed(seed), *rest)
    return f


def _normal(mean, std, *size, generator=None):
    if size:
        return torch.normal(mean, std, size[0], generator=generator)
    return torch.normal(mean, std, generator=generator)


def _randint_like(t, *rest):
    if rest and isinstance(rest[-1], torch.dtype):
        return torch.randint_like(t, *rest[:-1], dtype=rest[-1])
    return torch.randint_like(t, *rest)


PY = {
    "multinomial": _seeded(lambda t, k, *r: torch.multinomial(t, k, *r)),
    "multinomial_gen": _gen(lambda g, t, k, r: torch.multinomial(t, k, r, generator=g)),
    "bernoulli": _seeded(lambda t, *p: torch.bernoulli(t, *p)),
    "bernoulli_gen": _gen(lambda g, t, *p: torch.bernoulli(t, *p, generator=g)),
    "poisson": _seeded(lambda t: torch.poisson(t)),
    "poisson_gen": _gen(lambda g, t: torch.poisson(t, generator=g)),
    "binomial": _seeded(lambda n, p: torch.binomial(n, p)),
    "binomial_gen": _gen(lambda g, n, p: torch.binomial(n, p, generator=g)),
    "Categorical.sample": _seeded(lambda p, *shape: Categorical(p).sample(*shape)),
    "normal": _seeded(lambda m, s, *size: _normal(m, s, *size)),
    "normal_gen": _gen(lambda g, m, s, *size: _normal(m, s, *size, generator=g)),
    "randint_like": _seeded(_randint_like),
    "cauchy_": _seeded(lambda t, *a: t.cauchy_(*a)),
    "log_normal_": _seeded(lambda t, *a: t.log_normal_(*a)),
    "geometric_": _seeded(lambda t, p: t.geometric_(p)),
    "cauchy_gen_": _gen(lambda g, t, m, s: t.cauchy_(m, s, generator=g)),
    "log_normal_gen_": _gen(lambda g, t, m, s: t.log_normal_(m, s, generator=g)),
    "geometric_gen_": _gen(lambda g, t, p: t.geometric_(p, generator=g)),
}
for k in PY:
    assert k not in R.PY, k
R.PY.update(PY)
# in-place: the result is the receiver (argument 1, after the seed), checked in SamplerOps

FLOATS = ["float32", "float64", "bfloat16", "float16"]
SEEDS = [0, 7, 2**40 + 3]


def probs(n, seed, zeros=(), lo=0.01):
    g = torch.Generator().manual_seed(1000 + seed)
    p = (torch.rand(n, dtype=torch.float64, generator=g) + lo).tolist()
    for z in zeros:
        p[z] = 0.0
    return p


def unit(n, seed):
    g = torch.Generator().manual_seed(2000 + seed)
    return torch.rand(n, dtype=torch.float64, generator=g).tolist()


def multinomial():
    c = case
    for seed in SEEDS:
        for dt in ["float32", "float64", "bfloat16"]:
            p5 = probs(5, seed)
            c("multinomial", [I(seed), T(dt, [5], p5), I(1)])
            c("multinomial", [I(seed), T(dt, [5], p5), I(3)])
            c("multinomial", [I(seed), T(dt, [5], p5), I(5), B(False)])
            c("multinomial", [I(seed), T(dt, [5], p5), I(7), B(True)])
            c("multinomial", [I(seed), T(dt, [5], p5), I(1000), B(True)])
            pz = probs(40, seed + 1, zeros=range(0, 40, 3))
            c("multinomial", [I(seed), T(dt, [40], pz), I(40)])
            c("multinomial", [I(seed), T(dt, [40], pz), I(20)])
            c("multinomial", [I(seed), T(dt, [40], pz), I(30), B(True)])
            p300 = probs(300, seed + 2)
            c("multinomial", [I(seed), T(dt, [300], p300), I(3)])
            c("multinomial", [I(seed), T(dt, [300], p300), I(50)])
            c("multinomial", [I(seed), T(dt, [300], p300), I(200), B(True)])
            p12 = probs(12, seed + 3)
            c("multinomial", [I(seed), T(dt, [3, 4], p12), I(1)])
            c("multinomial", [I(seed), T(dt, [3, 4], p12), I(2)])
            c("multinomial", [I(seed), T(dt, [3, 4], p12), I(6), B(True)])
            c("multinomial", [I(seed), T(dt, [4, 3], p12, view="T"), I(2)])
            c("multinomial", [I(seed), T(dt, [4, 3], p12, view="T"), I(1)])
            c("multinomial", [I(seed), T(dt, [4, 3], p12, view="T"), I(5), B(True)])
            if seed == SEEDS[0]:  # large inputs: one seed keeps the file small
                p2k = probs(2000, seed + 4, zeros=range(5, 2000, 7))
                c("multinomial", [I(seed), T(dt, [20, 100], p2k), I(1)])
                c("multinomial", [I(seed), T(dt, [20, 100], p2k), I(10)])
                c("multinomial", [I(seed), T(dt, [20, 100], p2k), I(50), B(True)])
    big = probs(5000, 5)
    c("multinomial", [I(0), T("float32", [5000], big), I(100)])
    c("multinomial", [I(1), T("float64", [2, 2500], big), I(1)])
    c("multinomial", [I(0), T("float32", [5000], big), I(3000), B(True)])
    for seed in SEEDS:
        c("multinomial_gen", [I(seed), T("float32", [6], probs(6, seed)), I(4), B(False)])
        c("multinomial_gen", [I(seed), T("float64", [2, 6], probs(12, seed)), I(9), B(True)])
    c("multinomial", [I(0), T("float32", [5], [0.0, 0.0, 3.0, 0.0, 1.0]), I(4)])
    c("multinomial", [I(0), T("float32", [3], [0.0, 2.0, 0.0]), I(50), B(True)])
    c("multinomial", [I(0), T("float32", [0, 5]), I(2)])
    c("multinomial", [I(0), T("float32", [0, 5]), I(2), B(True)])
    c("multinomial", [I(0), T("float32", [5], [1e-30] * 5), I(3)])
    c("multinomial", [I(0), T("float64", [4], [1e300, 1e300, 1e300, 1e300]), I(2)])
    # errors, in PyTorch's order of checks
    c("multinomial", [I(0), T("float32", [], [1.0]), I(1)])
    c("multinomial", [I(0), T("float32", [2, 2, 2], [1.0] * 8), I(1)])
    c("multinomial", [I(0), T("int64", [3], [1, 2, 3]), I(1)])
    c("multinomial", [I(0), T("bool", [3], [True, True, False]), I(1)])
    c("multinomial", [I(0), T("float32", [3], [1.0, 2.0, 3.0]), I(0)])
    c("multinomial", [I(0), T("float32", [3], [1.0, 2.0, 3.0]), I(-2), B(True)])
    c("multinomial", [I(0), T("float32", [3], [1.0, 2.0, 3.0]), I(4)])
    c("multinomial", [I(0), T("float32", [0, 2**24 + 1]), I(1)])
    c("multinomial", [I(0), T("float16", [3], [1.0, 2.0, 3.0]), I(2)])
    c("multinomial", [I(0), T("float16", [3], [1.0, 2.0, 3.0]), I(2), B(True)])
    for repl in (False, True):
        c("multinomial", [I(0), T("float32", [3], [1.0, -1.0, 3.0]), I(2), B(repl)])
        c("multinomial", [I(0), T("float32", [3], [1.0, float("inf"), 3.0]), I(2), B(repl)])
        c("multinomial", [I(0), T("float32", [3], [1.0, float("nan"), 3.0]), I(2), B(repl)])
        c("multinomial", [I(0), T("float32", [2, 2], [1.0, 2.0, 0.0, 0.0]), I(1), B(repl)])
        c("multinomial", [I(0), T("float32", [2], [0.0, 0.0]), I(1), B(repl)])
        c("multinomial", [I(0), T("float32", [0]), I(1), B(repl)])


def bernoulli():
    c = case
    for seed in SEEDS:
        for dt in ["float32", "float64", "bfloat16"]:
            for shape in ([3], [17], [4, 5]) + (([2000],) if seed == SEEDS[0] else ()):
                n = 1
                for d in shape:
                    n *= d
                c("bernoulli", [I(seed), T(dt, shape, unit(n, seed))])
            c("bernoulli", [I(seed), T(dt, [5, 4], unit(20, seed), view="T")])
            c("bernoulli_gen", [I(seed), T(dt, [17], unit(17, seed))])
        for dt in ["float32", "float64", "bfloat16", "int64", "int32", "uint8", "bool"]:
            for shape in ([3], [17], [3, 7]) + (([1000],) if seed == SEEDS[0] else ()):
                c("bernoulli", [I(seed), T(dt, shape), F(0.3)])
        c("bernoulli", [I(seed), T("float32", [4, 5], view="T"), F(0.5)])
        c("bernoulli_gen", [I(seed), T("float64", [17]), F(0.7)])
    c("bernoulli", [I(0), T("float32", [5], [0.0, 1.0, 0.5, 1.0, 0.0])])
    c("bernoulli", [I(0), T("float32", [5]), F(0.0)])
    c("bernoulli", [I(0), T("float32", [5]), F(1.0)])
    c("bernoulli", [I(0), T("float32", [0])])
    c("bernoulli", [I(0), T("float32", [])])
    # errors
    c("bernoulli", [I(0), T("float16", [3], [0.5, 0.5, 0.5])])
    c("bernoulli", [I(0), T("int64", [3], [0, 1, 1])])
    c("bernoulli", [I(0), T("bool", [3], [True, False, True])])
    c("bernoulli", [I(0), T("float32", [3], [0.5, 1.5, 0.5])])
    c("bernoulli", [I(0), T("float32", [3], [0.5, -0.5, 0.5])])
    c("bernoulli", [I(0), T("float32", [3], [0.5, float("nan"), 0.5])])
    c("bernoulli", [I(0), T("float32", [3]), F(1.5)])
    c("bernoulli", [I(0), T("float32", [3]), F(-0.25)])
    c("bernoulli", [I(0), T("float16", [3]), F(0.5)])


def poisson():
    c = case
    rates = [0.0, 0.5, 1.0, 3.0, 9.99, 10.0, 12.5, 25.0, 100.0, 1234.5, 1e5, 0.01]
    for seed in SEEDS:
        for dt in ["float32", "float64", "bfloat16"]:
            c("poisson", [I(seed), T(dt, [len(rates)], rates)])
            g = torch.Generator().manual_seed(3000 + seed)
            lam = (torch.rand(500, dtype=torch.float64, generator=g) * 40).tolist()
            c("poisson", [I(seed), T(dt, [500], lam)])
            c("poisson", [I(seed), T(dt, [20, 25], lam, view="T")])
            c("poisson_gen", [I(seed), T(dt, [6], rates[:6])])
    c("poisson", [I(0), T("float32", [0])])
    c("poisson", [I(0), T("float64", [], [4.5])])
    c("poisson", [I(0), T("float32", [3], [1.0, -1.0, 2.0])])
    c("poisson", [I(0), T("float32", [3], [1.0, float("nan"), 2.0])])
    c("poisson", [I(0), T("bfloat16", [3], [1.0, 2.0, 3.0])])
    c("poisson", [I(0), T("float16", [3], [1.0, 2.0, 3.0])])
    c("poisson", [I(0), T("int64", [3], [1, 2, 3])])


def categorical():
    c = case
    for seed in SEEDS:
        for dt in ["float32", "float64"]:
            c("Categorical.sample", [I(seed), T(dt, [4], [0.1, 0.2, 0.3, 0.4])])
            c("Categorical.sample", [I(seed), T(dt, [6], probs(6, seed)), INTS_([10])])
            c("Categorical.sample", [I(seed), T(dt, [3, 5], probs(15, seed)), INTS_([2, 4])])
            c("Categorical.sample", [I(seed), T(dt, [2, 5], probs(10, seed))])
    c("Categorical.sample", [I(0), T("float32", [3], [0.5, -0.1, 0.6])])


def binomial():
    c = case
    counts = [0.0, 1.0, 5.0, 10.0, 20.0, 50.0, 100.0, 1000.0, 7.0, 40.0, 3.0, 1e4]
    ps = [0.5, 0.3, 0.9, 0.5, 0.2, 0.8, 0.05, 0.5, 0.0, 1.0, 0.99, 0.001]
    for seed in SEEDS:
        for dt in ["float32", "float64"]:
            c("binomial", [I(seed), T(dt, [12], counts), T(dt, [12], ps)])
            g = torch.Generator().manual_seed(4000 + seed)
            n = torch.randint(0, 200, (300,), generator=g).double().tolist()
            p = torch.rand(300, dtype=torch.float64, generator=g).tolist()
            c("binomial", [I(seed), T(dt, [300], n), T(dt, [300], p)])
            c("binomial", [I(seed), T(dt, [10, 30], n, view="T"), T(dt, [10, 30], p)])
        c("binomial", [I(seed), T("float32", [2, 3], [10.0, 20.0, 30.0, 40.0, 50.0, 60.0]),
                       T("float32", [3], [0.25, 0.5, 0.75])])
        c("binomial_gen", [I(seed), T("float64", [4], [10.0, 30.0, 5.0, 80.0]),
                           T("float64", [4], [0.5, 0.6, 0.1, 0.7])])
    c("binomial", [I(0), T("float32", [0]), T("float32", [0])])
    c("binomial", [I(0), T("bfloat16", [3], [5.0, 5.0, 5.0]), T("bfloat16", [3], [0.5, 0.5, 0.5])])
    c("binomial", [I(0), T("float32", [3], [5.0, -1.0, 5.0]), T("float32", [3], [0.5, 0.5, 1.5])])
    c("binomial", [I(0), T("float32", [3], [5.0, 5.0, 5.0]), T("float64", [3], [0.5, 0.5, 0.5])])
    c("binomial", [I(0), T("int64", [3], [5, 5, 5]), T("int64", [3], [1, 0, 1])])
    c("binomial", [I(0), T("float16", [3], [5.0, 5.0, 5.0]), T("float16", [3], [0.5, 0.5, 0.5])])
    c("binomial", [I(0), T("float32", [3], [5.0, 5.0, 5.0]), T("float32", [2], [0.5, 0.5])])


def normal():
    c = case
    for seed in SEEDS:
        for dt in FLOATS:
            for n in (3, 16, 17, 40):
                mean = [0.5 * i - 3.0 for i in range(n)]
                std = [0.125 + 0.375 * i for i in range(n)]
                c("normal", [I(seed), T(dt, [n], mean), T(dt, [n], std)])
                c("normal", [I(seed), T(dt, [n], mean), F(0.5)])
                c("normal", [I(seed), F(1.5), T(dt, [n], std)])
            c("normal", [I(seed), T(dt, [3, 1], [1.0, 2.0, 3.0]), T(dt, [6], [0.5] * 6)])
            c("normal", [I(seed), T(dt, [4, 5], [0.25] * 20, view="T"), F(2.0)])
        c("normal", [I(seed), T("float32", [4]), T("float64", [4], [1.0, 2.0, 3.0, 4.0])])
        c("normal", [I(seed), T("float64", [4]), T("float32", [4], [1.0, 2.0, 3.0, 4.0])])
        c("normal", [I(seed), F(0.5), F(2.0), INTS_([3, 7])])
        c("normal", [I(seed), F(-1.0), F(0.25), INTS_([100])])
        c("normal_gen", [I(seed), T("float32", [17]), T("float32", [17], [1.0] * 17)])
        c("normal_gen", [I(seed), T("float64", [5]), F(3.0)])
        c("normal_gen", [I(seed), F(2.0), T("float32", [5], [0.5] * 5)])
        c("normal_gen", [I(seed), F(0.5), F(2.0), INTS_([20])])
    c("normal", [I(0), T("float32", [3]), T("float32", [3], [1.0, -1.0, 1.0])])
    c("normal", [I(0), F(0.0), T("float32", [3], [1.0, float("nan"), 1.0])])
    c("normal", [I(0), T("float32", [3]), F(-1.0)])
    c("normal", [I(0), T("float32", [3]), T("float32", [2], [1.0, 1.0])])
    c("normal", [I(0), T("int64", [3], [1, 2, 3]), T("float32", [3], [1.0, 1.0, 1.0])])
    c("normal", [I(0), T("int64", [3], [1, 2, 3]), F(1.0)])
    c("normal", [I(0), F(0.0), T("int64", [3], [1, 2, 3])])
    c("normal", [I(0), F(0.0), F(-2.0), INTS_([3])])


def randint_like():
    c = case
    for seed in SEEDS:
        for dt in ["float32", "float64", "int64", "int32", "int16", "uint8", "bfloat16"]:
            c("randint_like", [I(seed), T(dt, [17]), I(10)])
            c("randint_like", [I(seed), T(dt, [3, 4]), I(-5), I(5)] if dt != "uint8"
              else [I(seed), T(dt, [3, 4]), I(3), I(200)])
        c("randint_like", [I(seed), T("float32", [4, 5], view="T"), I(100)])
        c("randint_like", [I(seed), T("int64", [1000]), I(0), I(2**40)])
        c("randint_like", [I(seed), T("float32", [5]), I(0), I(7), DT("int64")])
        c("randint_like", [I(seed), T("int64", [5]), I(2), I(9), DT("float64")])
    c("randint_like", [I(0), T("int64", [3]), I(5), I(5)])
    c("randint_like", [I(0), T("uint8", [3]), I(0), I(300)])
    c("randint_like", [I(0), T("float32", [3]), I(0), I(3), DT("bool")])
    c("randint_like", [I(0), T("bool", [3]), I(2)])


def inplace():
    c = case
    for seed in SEEDS:
        for dt in FLOATS:
            for shape in ([5], [17], [3, 7], [200]):
                c("cauchy_", [I(seed), T(dt, shape)])
                c("cauchy_", [I(seed), T(dt, shape), F(1.5), F(0.25)])
                c("log_normal_", [I(seed), T(dt, shape)])
                c("log_normal_", [I(seed), T(dt, shape), F(-0.5), F(0.75)])
                c("geometric_", [I(seed), T(dt, shape), F(0.3)])
        for dt in ["int64", "int32", "int16", "int8", "uint8"]:
            for shape in ([5], [17], [200]):
                c("geometric_", [I(seed), T(dt, shape), F(0.3)])
            c("geometric_", [I(seed), T(dt, [17]), F(0.9)])
        c("geometric_", [I(seed), T("float64", [50]), F(0.01)])
        c("geometric_", [I(seed), T("float32", [50]), F(1e-6)])
        c("cauchy_", [I(seed), T("float32", [4, 5], view="T"), F(0.0), F(1.0)])
        c("log_normal_", [I(seed), T("float64", [4, 5], view="T"), F(0.0), F(1.0)])
        c("geometric_", [I(seed), T("int64", [4, 5], view="T"), F(0.5)])
        c("cauchy_", [I(seed), T("float64", [5]), F(0.0), F(-2.0)])
        c("cauchy_gen_", [I(seed), T("float32", [17]), F(0.0), F(1.0)])
        c("log_normal_gen_", [I(seed), T("float64", [17]), F(1.0), F(0.5)])
        c("geometric_gen_", [I(seed), T("int64", [17]), F(0.25)])
    # errors
    for dt in ["int64", "uint8", "bool"]:
        c("cauchy_", [I(0), T(dt, [3])])
        c("log_normal_", [I(0), T(dt, [3])])
    c("geometric_", [I(0), T("bool", [3]), F(0.5)])
    for p in (0.0, 1.0, 1.5, -0.5, float("nan")):
        c("geometric_", [I(0), T("float32", [3]), F(p)])
    for s in (0.0, -1.0, float("nan")):
        c("log_normal_", [I(0), T("float32", [3]), F(0.0), F(s)])
    c("log_normal_", [I(0), T("int64", [3]), F(0.0), F(-1.0)])
    c("geometric_", [I(0), T("bool", [3]), F(1.5)])


def main():
    torch.set_num_threads(1)
    multinomial()
    bernoulli()
    poisson()
    binomial()
    categorical()
    normal()
    randint_like()
    inplace()
    cases = R.CASES
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, cs in enumerate(cases):
            f.write(json.dumps(cs, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(cases) else "\n")
        f.write("]\n")
    n_err = sum(1 for cs in cases if "error" in cs["expect"])
    print("ops_samplers.json: %d cases (%d errors), %d skipped, %d bytes"
          % (len(cases), n_err, len(R.SKIPPED), os.path.getsize(OUT)))
    for s in R.SKIPPED:
        print("skipped", s)


if __name__ == "__main__":
    main()
