#!/usr/bin/python3
"""Records torch.nn fixtures from real PyTorch (1.13) for TorchND.

Run:  /usr/bin/python3 compat-tests/recorder/record_nn.py
Out:  compat-tests/src/test/resources/fixtures/ops_nn.json       (op-case format of ops.json)
      compat-tests/src/test/resources/fixtures/autograd_nn.json  (autograd.json format)
      compat-tests/src/test/resources/fixtures/nn.json           (modules; format below)

ops_nn.json adds these op names to record_ops.py's table (Java: OpRegistry's nn block):
  softmax/log_softmax(t, dim[, dtype]); logsumexp(t, dim|ints[, keepdim])
  uniform_(seed, t, from, to); normal_(seed, t, mean, std); bernoulli_(seed, t, p|t);
  exponential_(seed, t, lambd); random_(seed, t[, [from,] to]): torch.manual_seed(seed) and then
  the in-place sampler (the result is the receiver)
  F.<name>(...): torch.nn.functional.<name> with the positional arguments listed in PY below;
  F.dropout(seed, t, p, training) seeds first.

autograd_nn.json: {"cases": [...]} in record_autograd.py's format; the op names are NN_OPS below
(Java: NnGradCases).

nn.json is one object:
  "init":    [{"id", "seed", "params": {name: {"shape", "values"}}}]: torch.manual_seed(seed),
             then BUILD[id]() (a module, or a module and an explicit nn.init call); the values of
             every named parameter afterwards
  "modules": [{"id", "seed", "input", "output": {"shape","dtype","values","grad_fn"},
               "cotangent", "input_grad", "param_grads": {name: values}}]: seed, build, draw the
               input with torch.randn (or torch.rand for "rand" ids), run forward, backward the
               cotangent
  "reprs":   [{"id", "repr"}]: repr(BUILD[id]())
  "structure": [{"id", "state_dict", "named_parameters", "named_modules", "named_children",
                 "named_buffers"}]: the key lists
  "d2l":     [{"id", "seed", "output": {...}}]: the book's custom modules (5.1, 5.2, 5.4) run on
             torch.rand(2, 20) drawn after the module is built
  "errors":  [{"id", "type", "message"}]: ERRORS[id]() raised type(message)
  "texts":   [{"id", "text"}]: torch.manual_seed(0), then the string TEXTS[id]() returns (reprs of
             Module API results)
"""

import json
import math
import os
import sys
from collections import OrderedDict

import torch
from torch import nn
import torch.nn.functional as Fn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_ops as ro  # noqa: E402  (reuses its ARG encoders and case runner)

FIX = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")
torch.set_num_threads(1)

T, I, F, B, S, DT, NONE, INTS_ = ro.T, ro.I, ro.F, ro.B, ro.S, ro.DT, ro.NONE, ro.INTS_


# ----------------------------------------------------------------------------------------------
# ops_nn.json

def _seeded(fn):
    def f(seed, *rest):
        torch.manual_seed(seed)
        return fn(*rest)
    return f


def _random_(t, *rest):
    return t.random_(*rest)


NN_PY = {
    "softmax": lambda t, d, *rest: torch.softmax(t, d, dtype=(rest[0] if rest else None)),
    "log_softmax": lambda t, d, *rest: torch.log_softmax(t, d, dtype=(rest[0] if rest else None)),
    "logsumexp": lambda t, d, *rest: torch.logsumexp(t, d, *rest),
    "uniform_": _seeded(lambda t, a, b: t.uniform_(a, b)),
    "normal_": _seeded(lambda t, m, s: t.normal_(m, s)),
    "bernoulli_": _seeded(lambda t, p: t.bernoulli_(p)),
    "exponential_": _seeded(lambda t, l: t.exponential_(l)),
    "random_": _seeded(_random_),
    "F.relu": lambda t: Fn.relu(t),
    "F.leaky_relu": lambda t, s: Fn.leaky_relu(t, s),
    "F.gelu": lambda t, *rest: Fn.gelu(t, approximate=(rest[0] if rest else "none")),
    "F.sigmoid": lambda t: torch.sigmoid(t),
    "F.tanh": lambda t: torch.tanh(t),
    "F.linear": lambda x, w, *rest: Fn.linear(x, w, rest[0] if rest else None),
    "F.one_hot": lambda t, *rest: Fn.one_hot(t, *rest),
    "F.pad": lambda t, p, *rest: Fn.pad(t, p, "constant", rest[0] if rest else 0.0),
    "F.dropout": _seeded(lambda t, p, tr: Fn.dropout(t, p, tr)),
    "F.mse_loss": lambda x, y, r: Fn.mse_loss(x, y, reduction=r),
    "F.l1_loss": lambda x, y, r: Fn.l1_loss(x, y, reduction=r),
    "F.smooth_l1_loss": lambda x, y, r, b: Fn.smooth_l1_loss(x, y, reduction=r, beta=b),
    "F.huber_loss": lambda x, y, r, d: Fn.huber_loss(x, y, reduction=r, delta=d),
    "F.cross_entropy": lambda x, y, w, ii, r, ls: Fn.cross_entropy(
        x, y, weight=w, ignore_index=ii, reduction=r, label_smoothing=ls),
    "F.nll_loss": lambda x, y, w, ii, r: Fn.nll_loss(x, y, weight=w, ignore_index=ii, reduction=r),
    "F.binary_cross_entropy": lambda x, y, w, r: Fn.binary_cross_entropy(x, y, weight=w, reduction=r),
    "F.binary_cross_entropy_with_logits": lambda x, y, w, r, pw: Fn.binary_cross_entropy_with_logits(
        x, y, weight=w, reduction=r, pos_weight=pw),
}
ro.PY.update(NN_PY)


def probs(rows, cols, seed):
    g = torch.Generator().manual_seed(seed)
    return torch.softmax(torch.randn(rows, cols, dtype=torch.float64, generator=g), 1).flatten().tolist()


def unit(n, seed, lo=0.05, hi=0.95):
    g = torch.Generator().manual_seed(seed)
    return (torch.rand(n, dtype=torch.float64, generator=g) * (hi - lo) + lo).tolist()


def record_ops_nn():
    ro.CASES.clear()
    ro.IDS.clear()
    c = ro.case
    # softmax family: dims, dtypes, views, large values, infinities, dtype=, errors
    for dt in ("float32", "float64", "bfloat16"):
        for shape, dims in (((5,), (0, -1)), ((3, 4), (0, 1, -1)), ((2, 3, 4), (0, 1, 2))):
            for d in dims:
                c("softmax", [T(dt, shape), I(d)])
                c("log_softmax", [T(dt, shape), I(d)])
                c("logsumexp", [T(dt, shape), I(d)])
        c("logsumexp", [T(dt, (2, 3, 4)), INTS_([0, 2]), B(True)])
        c("logsumexp", [T(dt, (3, 4)), I(1), B(True)])
    for op in ("softmax", "log_softmax"):
        c(op, [T("float32", (3, 4), view="T"), I(1)])
        c(op, [T("float32", (3, 4), view="T"), I(0)])
        c(op, [T("float32", (2, 3), [1000.0, 1001.0, 1002.0, -1000.0, 0.0, 1000.0]), I(1)])
        c(op, [T("float32", (2, 2), [float("-inf"), 1.0, float("inf"), 1.0]), I(1)])
        c(op, [T("float32", ()), I(0)])
        c(op, [T("float32", (0, 3)), I(1)])
        c(op, [T("int64", (3,)), I(0)])
        c(op, [T("int64", (3,)), I(0), DT("float64")])
        c(op, [T("float32", (3,)), I(0), DT("float64")])
        c(op, [T("float32", (2, 3)), I(2)])
        c(op, [T("float16", (2, 3)), I(0)])
    c("logsumexp", [T("float32", (2, 3), [1000.0, 1001.0, 1002.0, -1000.0, 0.0, 1000.0]), I(1)])
    c("logsumexp", [T("float32", (2,), [float("inf"), 1.0]), I(0)])
    c("logsumexp", [T("float32", (2,), [float("-inf"), float("-inf")]), I(0)])
    c("logsumexp", [T("int64", (3,)), I(0)])
    c("logsumexp", [T("float32", (0, 3)), I(1)])
    c("logsumexp", [T("float32", (0, 3)), I(0)])
    c("logsumexp", [T("float32", ()), I(0)])
    c("logsumexp", [T("float32", (2, 3)), I(3)])
    # in-place samplers: dtypes, sizes around the vectorised-path threshold (16), views
    for seed in (0, 7):
        for dt in ("float32", "float64", "bfloat16"):
            for shape in ((5,), (3, 7), (64,)):
                c("uniform_", [I(seed), T(dt, shape), F(-2.0), F(3.0)])
                c("normal_", [I(seed), T(dt, shape), F(1.5), F(0.5)])
                c("exponential_", [I(seed), T(dt, shape), F(2.0)])
                c("bernoulli_", [I(seed), T(dt, shape), F(0.3)])
        c("uniform_", [I(seed), T("float32", (4, 5), view="T"), F(0.0), F(1.0)])
        c("normal_", [I(seed), T("float32", (4, 5), view="T"), F(0.0), F(1.0)])
        c("normal_", [I(seed), T("float32", (6, 4), view="T"), F(0.0), F(1.0)])
        c("bernoulli_", [I(seed), T("float32", (4, 5), view="T"), F(0.5)])
        c("bernoulli_", [I(seed), T("float32", (3, 4)), T("float32", (3, 4), unit(12, seed))])
        c("bernoulli_", [I(seed), T("float32", (3, 4)), T("float64", (4,), unit(4, seed))])
        c("bernoulli_", [I(seed), T("int64", (3, 4)), T("float32", (3, 4), unit(12, seed + 1))])
        for dt in ("int64", "int32", "uint8", "float32", "float64", "bool"):
            c("random_", [I(seed), T(dt, (10,))])
            c("random_", [I(seed), T(dt, (10,)), I(2)])
        for dt in ("int64", "int16", "float32", "float64"):
            c("random_", [I(seed), T(dt, (10,)), I(-3), I(5)])
        c("random_", [I(seed), T("int64", (10,)), I(0), I(1 << 40)])
    c("uniform_", [I(0), T("float32", (3,)), F(2.0), F(1.0)])
    c("normal_", [I(0), T("float32", (3,)), F(0.0), F(-1.0)])
    c("bernoulli_", [I(0), T("float32", (3,)), F(1.5)])
    c("exponential_", [I(0), T("float32", (3,)), F(-1.0)])
    c("random_", [I(0), T("int64", (3,)), I(5), I(2)])
    c("random_", [I(0), T("uint8", (3,)), I(0), I(300)])
    c("uniform_", [I(0), T("int64", (3,)), F(0.0), F(1.0)])
    # functional activations and layers
    for dt in ("float32", "float64"):
        c("F.relu", [T(dt, (3, 4))])
        c("F.leaky_relu", [T(dt, (3, 4)), F(0.2)])
        c("F.gelu", [T(dt, (3, 4))])
        c("F.gelu", [T(dt, (3, 4)), S("tanh")])
        c("F.sigmoid", [T(dt, (3, 4))])
        c("F.tanh", [T(dt, (3, 4))])
        c("F.linear", [T(dt, (2, 3)), T(dt, (4, 3)), T(dt, (4,))])
        c("F.linear", [T(dt, (2, 3)), T(dt, (4, 3))])
        c("F.linear", [T(dt, (3,)), T(dt, (4, 3)), T(dt, (4,))])
        c("F.linear", [T(dt, (2, 5, 3)), T(dt, (4, 3)), T(dt, (4,))])
        c("F.linear", [T(dt, (2, 2, 5, 3)), T(dt, (4, 3)), T(dt, (4,))])
    c("F.gelu", [T("float32", (3,)), S("bogus")])
    c("F.leaky_relu", [T("int64", (3,)), F(0.2)])
    c("F.linear", [T("float32", (2, 3)), T("float32", (5, 4))])
    c("F.linear", [T("float32", (2, 3)), T("float32", (5, 4)), T("float32", (5,))])
    c("F.linear", [T("float32", (3,)), T("float32", (5, 4))])
    c("F.linear", [T("float32", (2, 3)), T("float32", (5, 3)), T("float32", (4,))])
    c("F.linear", [T("float64", (2, 3)), T("float32", (5, 3)), T("float32", (5,))])
    c("F.linear", [T("float32", (2, 3)), T("float64", (5, 3)), T("float32", (5,))])
    c("F.linear", [T("float32", (2, 3)), T("float64", (5, 3))])
    c("F.one_hot", [T("int64", (4,), [1, 0, 3, 1])])
    c("F.one_hot", [T("int64", (2, 2), [1, 0, 3, 1]), I(5)])
    c("F.one_hot", [T("int64", (0,)), I(3)])
    c("F.one_hot", [T("int64", (2,), [1, 4]), I(3)])
    c("F.one_hot", [T("int64", (2,), [1, -1])])
    c("F.one_hot", [T("int64", (0,))])
    c("F.one_hot", [T("float32", (2,), [1.0, 0.0])])
    for dt in ("float32", "int64"):
        c("F.pad", [T(dt, (2, 3)), INTS_([1, 2])])
        c("F.pad", [T(dt, (2, 3)), INTS_([1, 0, 0, 2])])
    c("F.pad", [T("float32", (2, 3)), INTS_([1, 1]), F(-1.5)])
    c("F.pad", [T("float32", (2, 3, 4)), INTS_([-1, 1, 0, -1])])
    c("F.pad", [T("float32", (2, 3)), INTS_([1])])
    c("F.pad", [T("float32", (2, 3)), INTS_([1, 1, 1, 1, 1, 1])])
    c("F.pad", [T("float32", (2, 3)), INTS_([-2, -2])])
    for seed in (0, 3):
        c("F.dropout", [I(seed), T("float32", (4, 5)), F(0.5), B(True)])
        c("F.dropout", [I(seed), T("float64", (40,)), F(0.2), B(True)])
    c("F.dropout", [I(0), T("float32", (4, 5), view="T"), F(0.5), B(True)])
    c("F.dropout", [I(0), T("float32", (4, 5)), F(0.5), B(False)])
    c("F.dropout", [I(0), T("float32", (4, 5)), F(1.0), B(True)])
    c("F.dropout", [I(0), T("float32", (4, 5)), F(0.0), B(True)])
    c("F.dropout", [I(0), T("float32", (4, 5)), F(1.5), B(True)])
    # losses
    for dt in ("float32", "float64"):
        for r in ("none", "mean", "sum"):
            c("F.mse_loss", [T(dt, (3, 4)), T(dt, (3, 4)), S(r)])
            c("F.l1_loss", [T(dt, (3, 4)), T(dt, (3, 4)), S(r)])
            c("F.smooth_l1_loss", [T(dt, (3, 4)), T(dt, (3, 4)), S(r), F(1.0)])
            c("F.smooth_l1_loss", [T(dt, (3, 4)), T(dt, (3, 4)), S(r), F(0.5)])
            c("F.huber_loss", [T(dt, (3, 4)), T(dt, (3, 4)), S(r), F(1.0)])
            c("F.huber_loss", [T(dt, (3, 4)), T(dt, (3, 4)), S(r), F(2.0)])
            tgt = T("int64", (4,), [1, 0, 4, 2])
            ign = T("int64", (4,), [1, -100, 4, 2])
            w = T(dt, (5,), [0.5, 1.0, 2.0, 1.5, 0.25])
            for ls in (0.0, 0.1):
                c("F.cross_entropy", [T(dt, (4, 5)), tgt, NONE, I(-100), S(r), F(ls)])
                c("F.cross_entropy", [T(dt, (4, 5)), ign, NONE, I(-100), S(r), F(ls)])
                c("F.cross_entropy", [T(dt, (4, 5)), tgt, w, I(-100), S(r), F(ls)])
                c("F.cross_entropy", [T(dt, (4, 5)), ign, w, I(-100), S(r), F(ls)])
                c("F.cross_entropy", [T(dt, (4, 5)), T(dt, (4, 5), probs(4, 5, 1)), NONE, I(-100), S(r), F(ls)])
                c("F.cross_entropy", [T(dt, (4, 5)), T(dt, (4, 5), probs(4, 5, 2)), w, I(-100), S(r), F(ls)])
            c("F.cross_entropy", [T(dt, (4, 5)), tgt, NONE, I(2), S(r), F(0.0)])
            c("F.cross_entropy", [T(dt, (5,)), T("int64", (), [3]), NONE, I(-100), S(r), F(0.0)])
            c("F.cross_entropy", [T(dt, (2, 3, 4)), T("int64", (2, 4), [0, 1, 2, 1, 2, 0, 0, 1]), NONE, I(-100), S(r), F(0.0)])
            c("F.cross_entropy", [T(dt, (2, 3, 2, 2)), T("int64", (2, 2, 2), [0, 1, 2, 1, 2, 0, 0, 1]), NONE, I(-100), S(r), F(0.0)])
            c("F.nll_loss", [T(dt, (4, 5)), tgt, NONE, I(-100), S(r)])
            c("F.nll_loss", [T(dt, (4, 5)), ign, w, I(-100), S(r)])
            c("F.nll_loss", [T(dt, (4, 5)), tgt, w, I(4), S(r)])
            c("F.binary_cross_entropy", [T(dt, (3, 4), unit(12, 3)), T(dt, (3, 4), unit(12, 4, 0, 1)), NONE, S(r)])
            c("F.binary_cross_entropy", [T(dt, (3, 4), unit(12, 5)), T(dt, (3, 4), unit(12, 6, 0, 1)), T(dt, (4,), unit(4, 7)), S(r)])
            c("F.binary_cross_entropy", [T(dt, (2,), [0.0, 1.0]), T(dt, (2,), [1.0, 0.0]), NONE, S(r)])
            c("F.binary_cross_entropy_with_logits", [T(dt, (3, 4)), T(dt, (3, 4), unit(12, 8, 0, 1)), NONE, S(r), NONE])
            c("F.binary_cross_entropy_with_logits", [T(dt, (3, 4)), T(dt, (3, 4), unit(12, 9, 0, 1)), T(dt, (4,), unit(4, 10)), S(r), T(dt, (4,), unit(4, 11, 0.5, 3))])
    c("F.binary_cross_entropy_with_logits", [T("float32", (2,), [100.0, -100.0]), T("float32", (2,), [0.0, 1.0]), NONE, S("none"), NONE])
    # loss errors
    c("F.mse_loss", [T("float32", (3, 4)), T("float32", (3, 4)), S("average")])
    c("F.mse_loss", [T("float32", (3, 4)), T("float32", (2, 4)), S("mean")])
    c("F.cross_entropy", [T("float32", (2, 5)), T("int64", (2,), [10, 0]), NONE, I(-100), S("mean"), F(0.0)])
    c("F.cross_entropy", [T("float32", (2, 5)), T("int64", (2,), [1, -1]), NONE, I(-100), S("mean"), F(0.0)])
    c("F.cross_entropy", [T("float32", (2, 5)), T("int64", (2, 5)), NONE, I(-100), S("mean"), F(0.0)])
    c("F.cross_entropy", [T("float32", (2, 5)), T("float32", (2, 5)), NONE, I(1), S("mean"), F(0.0)])
    c("F.cross_entropy", [T("float32", (3, 5)), T("int64", (2,), [1, 0]), NONE, I(-100), S("mean"), F(0.0)])
    c("F.cross_entropy", [T("float32", (2, 5)), T("int64", (2,), [1, 0]), NONE, I(-100), S("mean"), F(1.5)])
    c("F.cross_entropy", [T("float32", (2, 5)), T("int64", (2,), [1, 0]), T("float32", (3,)), I(-100), S("mean"), F(0.0)])
    c("F.cross_entropy", [T("float32", (2, 5)), T("float32", (2,), [1.0, 0.0]), NONE, I(-100), S("mean"), F(0.0)])
    c("F.nll_loss", [T("float32", (2, 5)), T("int64", (2, 1), [1, 0]), NONE, I(-100), S("mean")])
    c("F.nll_loss", [T("float32", ()), T("int64", (), [0]), NONE, I(-100), S("mean")])
    c("F.binary_cross_entropy", [T("float32", (2,), [0.5, 1.5]), T("float32", (2,), [1.0, 0.0]), NONE, S("mean")])
    c("F.binary_cross_entropy", [T("float32", (2,), [0.5, 0.5]), T("float32", (3,), [1.0, 0.0, 1.0]), NONE, S("mean")])
    c("F.binary_cross_entropy_with_logits", [T("float32", (2,)), T("float32", (3,)), NONE, S("mean"), NONE])
    c("F.smooth_l1_loss", [T("float32", (3,)), T("float32", (3,)), S("mean"), F(-1.0)])
    c("F.smooth_l1_loss", [T("float32", (3,)), T("float32", (3,)), S("mean"), F(0.0)])
    c("F.huber_loss", [T("float32", (3,)), T("float32", (3,)), S("mean"), F(0.0)])
    # dtype rules and errors
    for r in ("none", "mean", "sum"):
        c("F.mse_loss", [T("int64", (2, 3)), T("int64", (2, 3)), S(r)])
        c("F.l1_loss", [T("int64", (2, 3)), T("int64", (2, 3)), S(r)])
        c("F.smooth_l1_loss", [T("int64", (2, 3)), T("int64", (2, 3)), S(r), F(1.0)])
        c("F.huber_loss", [T("int64", (2, 3)), T("int64", (2, 3)), S(r), F(1.0)])
    c("F.mse_loss", [T("float32", (2, 3)), T("int64", (2, 3)), S("mean")])
    c("F.mse_loss", [T("float32", (2, 3)), T("float64", (2, 3)), S("mean")])
    c("F.mse_loss", [T("float16", (2, 3)), T("float16", (2, 3)), S("mean")])
    c("F.l1_loss", [T("float32", (2, 3)), T("float64", (2, 3)), S("sum")])
    c("F.cross_entropy", [T("int64", (2, 3)), T("int64", (2,), [0, 1]), NONE, I(-100), S("mean"), F(0.0)])
    c("F.cross_entropy", [T("float32", (2, 3)), T("float64", (2, 3), probs(2, 3, 5)), NONE, I(-100), S("mean"), F(0.0)])
    c("F.nll_loss", [T("float32", (2, 3)), T("float32", (2,), [0.0, 1.0]), NONE, I(-100), S("mean")])
    c("F.nll_loss", [T("float32", (2, 3)), T("int32", (2,), [0, 1]), NONE, I(-100), S("mean")])
    c("F.binary_cross_entropy", [T("float32", (2,), [0.5, 0.2]), T("int64", (2,), [1, 0]), NONE, S("mean")])
    c("F.binary_cross_entropy", [T("float32", (2,), [0.5, 0.2]), T("float64", (2,), [1.0, 0.0]), NONE, S("mean")])
    c("F.binary_cross_entropy_with_logits", [T("float32", (2,)), T("int64", (2,), [1, 0]), NONE, S("mean"), NONE])
    c("F.linear", [T("int64", (2, 3)), T("int64", (2, 3))])
    c("F.relu", [T("bool", (3,))])
    c("F.dropout", [I(0), T("int64", (4,)), F(0.5), B(True)])
    return list(ro.CASES)


# ----------------------------------------------------------------------------------------------
# autograd_nn.json (cases in record_autograd.py's format; names are NnGradCases')

TGT4 = torch.tensor([1, 0, 4, 2])
TGT4_IGN = torch.tensor([1, -100, 4, 2])
W5 = torch.tensor([0.5, 1.0, 2.0, 1.5, 0.25])


def _ce(x, **kw):
    return Fn.cross_entropy(x, TGT4, **kw)


NN_OPS = {
    "softmax_1": ([(3, 4)], lambda x: torch.softmax(x, 1)),
    "softmax_0": ([(3, 4)], lambda x: torch.softmax(x, 0)),
    "log_softmax_1": ([(3, 4)], lambda x: torch.log_softmax(x, 1)),
    "log_softmax_0": ([(3, 4)], lambda x: torch.log_softmax(x, 0)),
    "logsumexp_1": ([(3, 4)], lambda x: torch.logsumexp(x, 1)),
    "logsumexp_0_keep": ([(3, 4)], lambda x: torch.logsumexp(x, 0, True)),
    "logsumexp_02": ([(2, 3, 4)], lambda x: torch.logsumexp(x, (0, 2))),
    "leaky_relu": ([((3, 4), "k")], lambda x: Fn.leaky_relu(x, 0.2)),
    "gelu": ([(3, 4)], lambda x: Fn.gelu(x)),
    "gelu_tanh": ([(3, 4)], lambda x: Fn.gelu(x, approximate="tanh")),
    "linear": ([(2, 3), (4, 3), (4,)], lambda x, w, b: Fn.linear(x, w, b)),
    "linear_nobias": ([(2, 3), (4, 3)], lambda x, w: Fn.linear(x, w)),
    "linear_1d": ([(3,), (4, 3), (4,)], lambda x, w, b: Fn.linear(x, w, b)),
    "linear_3d": ([(2, 5, 3), (4, 3), (4,)], lambda x, w, b: Fn.linear(x, w, b)),
    "pad": ([(2, 3)], lambda x: Fn.pad(x, (1, 2, -1, 1), "constant", 0.5)),
    "mse_loss": ([(3, 4), (3, 4)], lambda x, y: Fn.mse_loss(x, y)),
    "mse_loss_sum": ([(3, 4), (3, 4)], lambda x, y: Fn.mse_loss(x, y, reduction="sum")),
    "mse_loss_none": ([(3, 4), (3, 4)], lambda x, y: Fn.mse_loss(x, y, reduction="none")),
    "mse_loss_bcast": ([(3, 4), (4,)], lambda x, y: Fn.mse_loss(x, y)),
    "l1_loss": ([((3, 4), "k"), (3, 4)], lambda x, y: Fn.l1_loss(x, y)),
    "smooth_l1_loss": ([(3, 4), (3, 4)], lambda x, y: Fn.smooth_l1_loss(x, y, beta=0.7)),
    "smooth_l1_loss_sum": ([(3, 4), (3, 4)], lambda x, y: Fn.smooth_l1_loss(x, y, reduction="sum")),
    "huber_loss": ([(3, 4), (3, 4)], lambda x, y: Fn.huber_loss(x, y, delta=0.8)),
    "huber_loss_none": ([(3, 4), (3, 4)], lambda x, y: Fn.huber_loss(x, y, reduction="none")),
    "cross_entropy": ([(4, 5)], lambda x: _ce(x)),
    "cross_entropy_sum": ([(4, 5)], lambda x: _ce(x, reduction="sum")),
    "cross_entropy_none": ([(4, 5)], lambda x: _ce(x, reduction="none")),
    "cross_entropy_weight": ([(4, 5)], lambda x: _ce(x, weight=W5.to(x.dtype))),
    "cross_entropy_ignore": ([(4, 5)], lambda x: Fn.cross_entropy(x, TGT4_IGN)),
    "cross_entropy_smooth": ([(4, 5)], lambda x: _ce(x, label_smoothing=0.2)),
    "cross_entropy_smooth_weight": ([(4, 5)], lambda x: _ce(x, weight=W5.to(x.dtype), label_smoothing=0.2)),
    "cross_entropy_probs": ([(4, 5), ((4, 5), "p")], lambda x, p: Fn.cross_entropy(x, p / p.sum(1, keepdim=True))),
    "nll_loss": ([(4, 5)], lambda x: Fn.nll_loss(x, TGT4)),
    "nll_loss_none_weight": ([(4, 5)], lambda x: Fn.nll_loss(x, TGT4, weight=W5.to(x.dtype), reduction="none")),
    "bce": ([((3, 4), "p01"), ((3, 4), "p01", False)], lambda x, y: Fn.binary_cross_entropy(x, y)),
    "bce_weight_sum": ([((3, 4), "p01"), ((3, 4), "p01", False)],
                       lambda x, y: Fn.binary_cross_entropy(x, y, weight=torch.tensor([1.0, 2.0, 0.5, 1.5], dtype=x.dtype), reduction="sum")),
    "bce_logits": ([(3, 4), ((3, 4), "p01")], lambda x, y: Fn.binary_cross_entropy_with_logits(x, y)),
    "bce_logits_pos_weight": ([(3, 4), ((3, 4), "p01")],
                              lambda x, y: Fn.binary_cross_entropy_with_logits(x, y, pos_weight=torch.tensor([1.0, 2.0, 0.5, 3.0], dtype=x.dtype))),
}


def _draw(shape, domain, gen):
    x = torch.randn(shape, dtype=torch.float64, generator=gen)
    if domain == "p":
        x = torch.rand(shape, dtype=torch.float64, generator=gen) * 1.5 + 0.5
    elif domain == "p01":
        x = torch.rand(shape, dtype=torch.float64, generator=gen) * 0.9 + 0.05
    elif domain == "k":
        x = torch.where(x.abs() < 0.1, x + 0.25, x)
    return x


def _flat(t):
    return t.detach().reshape(-1).tolist()


def record_autograd_nn():
    gen = torch.Generator().manual_seed(4321)
    cases = []
    for name, (specs, fn) in NN_OPS.items():
        for dtype in (torch.float64, torch.float32):
            inputs = []
            for spec in specs:
                if not (isinstance(spec, tuple) and len(spec) in (2, 3) and isinstance(spec[1], str)):
                    spec = (spec, "n")
                rg = spec[2] if len(spec) == 3 else True
                inputs.append(_draw(spec[0], spec[1], gen).to(dtype).requires_grad_(rg))
            out = fn(*inputs)
            cot = torch.randn(out.shape, dtype=torch.float64, generator=gen).to(out.dtype)
            out.backward(cot)
            cases.append({
                "op": name, "dtype": str(dtype).replace("torch.", ""),
                "inputs": [{"shape": list(x.shape), "values": _flat(x), "requires_grad": x.requires_grad}
                           for x in inputs],
                "output": {"shape": list(out.shape), "dtype": str(out.dtype).replace("torch.", ""),
                           "values": _flat(out), "grad_fn": type(out.grad_fn).__name__},
                "cotangent": _flat(cot),
                "grads": [None if x.grad is None else _flat(x.grad) for x in inputs],
            })
    return {"cases": cases}


# ----------------------------------------------------------------------------------------------
# nn.json: the book's custom modules (D2L 5.1, 5.2, 5.4)

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.out = nn.Linear(256, 10)

    def forward(self, X):
        return self.out(Fn.relu(self.hidden(X)))


class MySequential(nn.Module):
    def __init__(self, *args):
        super().__init__()
        for idx, module in enumerate(args):
            self._modules[str(idx)] = module

    def forward(self, X):
        for block in self._modules.values():
            X = block(X)
        return X


class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.rand_weight = torch.rand((20, 20), requires_grad=False)
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        X = self.linear(X)
        X = Fn.relu(torch.mm(X, self.rand_weight) + 1)
        X = self.linear(X)
        while X.abs().sum() > 1:
            X /= 2
        return X.sum()


class NestMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU())
        self.linear = nn.Linear(32, 16)

    def forward(self, X):
        return self.linear(self.net(X))


class CenteredLayer(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, X):
        return X - X.mean()


class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units,))

    def forward(self, X):
        linear = torch.matmul(X, self.weight.data) + self.bias.data
        return Fn.relu(linear)


def _init_normal(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, mean=0, std=0.01)
        nn.init.zeros_(m.bias)


def _init_constant(m):
    if type(m) == nn.Linear:
        nn.init.constant_(m.weight, 1)
        nn.init.zeros_(m.bias)


def _init_xavier(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)


def _init_42(m):
    if type(m) == nn.Linear:
        nn.init.constant_(m.weight, 42)


def _my_init(m):
    if type(m) == nn.Linear:
        nn.init.uniform_(m.weight, -10, 10)
        m.weight.data *= m.weight.data.abs() >= 5


def _mlp_seq():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))


def _apply(net, fn):
    net.apply(fn)
    return net


def _lazy():
    net = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(1))
    net(torch.rand(2, 20))
    return net


def _with_init(mod, fn):
    fn(mod)
    return mod


# The id is the Java test's key for the same construction.
BUILD = OrderedDict([
    ("Linear(3,2)", lambda: nn.Linear(3, 2)),
    ("Linear(20,256)", lambda: nn.Linear(20, 256)),
    ("Linear(4,3,bias=False)", lambda: nn.Linear(4, 3, bias=False)),
    ("Linear(3,2,float64)", lambda: nn.Linear(3, 2, dtype=torch.float64)),
    ("Linear(0,3)", lambda: nn.Linear(0, 3)),
    ("mlp_seq", _mlp_seq),
    ("MLP", MLP),
    ("lazy_after_forward", _lazy),
    ("apply(init_normal)", lambda: _apply(_mlp_seq(), _init_normal)),
    ("apply(init_constant)", lambda: _apply(_mlp_seq(), _init_constant)),
    ("xavier_then_42", lambda: nn.Sequential(_apply(nn.Linear(4, 8), _init_xavier), nn.ReLU(), _apply(nn.Linear(8, 1), _init_42))),
    ("apply(my_init)", lambda: _apply(_mlp_seq(), _my_init)),
    ("xavier_normal_", lambda: _with_init(nn.Linear(5, 7), lambda m: nn.init.xavier_normal_(m.weight, gain=2.0))),
    ("kaiming_uniform_", lambda: _with_init(nn.Linear(5, 7), lambda m: nn.init.kaiming_uniform_(m.weight))),
    ("kaiming_normal_fan_out_relu", lambda: _with_init(nn.Linear(5, 7), lambda m: nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu"))),
    ("normal_(w,1,2)", lambda: _with_init(nn.Linear(20, 30), lambda m: nn.init.normal_(m.weight, 1.0, 2.0))),
    ("uniform_(b)", lambda: _with_init(nn.Linear(5, 40), lambda m: nn.init.uniform_(m.bias))),
    ("ones_", lambda: _with_init(nn.Linear(2, 2), lambda m: nn.init.ones_(m.weight))),
    ("MyLinear(5,3)", lambda: MyLinear(5, 3)),
])

MODULES = OrderedDict([
    ("Linear(3,2)", (lambda: nn.Linear(3, 2), (4, 3))),
    ("Linear(4,3,bias=False)", (lambda: nn.Linear(4, 3, bias=False), (2, 4))),
    ("Linear(3,2)@3d", (lambda: nn.Linear(3, 2), (2, 5, 3))),
    ("Flatten", (lambda: nn.Flatten(), (2, 3, 4))),
    ("Flatten(0,1)", (lambda: nn.Flatten(0, 1), (2, 3, 4))),
    ("Unflatten(1,(3,4))", (lambda: nn.Unflatten(1, (3, 4)), (2, 12))),
    ("Identity", (lambda: nn.Identity(), (2, 3))),
    ("ReLU", (lambda: nn.ReLU(), (3, 4))),
    ("LeakyReLU(0.1)", (lambda: nn.LeakyReLU(0.1), (3, 4))),
    ("Sigmoid", (lambda: nn.Sigmoid(), (3, 4))),
    ("Tanh", (lambda: nn.Tanh(), (3, 4))),
    ("GELU", (lambda: nn.GELU(), (3, 4))),
    ("GELU(tanh)", (lambda: nn.GELU("tanh"), (3, 4))),
    ("Softmax(1)", (lambda: nn.Softmax(1), (3, 4))),
    ("Softmax()", (lambda: nn.Softmax(), (3, 4))),
    ("LogSoftmax(1)", (lambda: nn.LogSoftmax(1), (3, 4))),
    ("Dropout(0.5)", (lambda: nn.Dropout(0.5), (4, 6))),
    ("Dropout(0.5).eval", (lambda: nn.Dropout(0.5).eval(), (4, 6))),
    ("mlp_seq", (_mlp_seq, (5, 4))),
    ("mlp_dropout", (lambda: nn.Sequential(nn.Flatten(), nn.Linear(12, 16), nn.ReLU(), nn.Dropout(0.3), nn.Linear(16, 3)), (4, 3, 4))),
    ("MLP", (MLP, (2, 20))),
    ("NestMLP", (NestMLP, (2, 20))),
    ("CenteredLayer", (CenteredLayer, (2, 5))),
    ("MyLinear(5,3)", (lambda: MyLinear(5, 3), (2, 5))),
    ("LazyLinear(4)", (lambda: nn.LazyLinear(4), (3, 6))),
])

REPRS = OrderedDict([
    ("Linear(3,2)", lambda: nn.Linear(3, 2)),
    ("Linear(4,3,bias=False)", lambda: nn.Linear(4, 3, bias=False)),
    ("LazyLinear(8)", lambda: nn.LazyLinear(8)),
    ("lazy_after_forward", _lazy),
    ("Flatten", lambda: nn.Flatten()),
    ("Unflatten(1,(2,5))", lambda: nn.Unflatten(1, (2, 5))),
    ("Unflatten(0,(6,))", lambda: nn.Unflatten(0, (6,))),
    ("Identity", lambda: nn.Identity()),
    ("ReLU", lambda: nn.ReLU()),
    ("ReLU(inplace)", lambda: nn.ReLU(True)),
    ("LeakyReLU", lambda: nn.LeakyReLU()),
    ("LeakyReLU(0.2,inplace)", lambda: nn.LeakyReLU(0.2, True)),
    ("Sigmoid", lambda: nn.Sigmoid()),
    ("Tanh", lambda: nn.Tanh()),
    ("GELU", lambda: nn.GELU()),
    ("GELU(tanh)", lambda: nn.GELU("tanh")),
    ("Softmax(1)", lambda: nn.Softmax(1)),
    ("Softmax()", lambda: nn.Softmax()),
    ("LogSoftmax(-1)", lambda: nn.LogSoftmax(-1)),
    ("Dropout", lambda: nn.Dropout()),
    ("Dropout(0.25,inplace)", lambda: nn.Dropout(0.25, True)),
    ("Dropout(1e-05)", lambda: nn.Dropout(1e-05)),
    ("MSELoss", lambda: nn.MSELoss()),
    ("L1Loss", lambda: nn.L1Loss()),
    ("SmoothL1Loss", lambda: nn.SmoothL1Loss()),
    ("HuberLoss", lambda: nn.HuberLoss()),
    ("CrossEntropyLoss", lambda: nn.CrossEntropyLoss()),
    ("CrossEntropyLoss(none)", lambda: nn.CrossEntropyLoss(reduction="none")),
    ("NLLLoss", lambda: nn.NLLLoss()),
    ("BCELoss", lambda: nn.BCELoss()),
    ("BCEWithLogitsLoss", lambda: nn.BCEWithLogitsLoss()),
    ("mlp_seq", _mlp_seq),
    ("Sequential()", lambda: nn.Sequential()),
    ("Sequential(OrderedDict)", lambda: nn.Sequential(OrderedDict([("hidden", nn.Linear(2, 3)), ("act", nn.ReLU())]))),
    ("MLP", MLP),
    ("MySequential", lambda: MySequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))),
    ("FixedHiddenMLP", FixedHiddenMLP),
    ("NestMLP", NestMLP),
    ("chimera", lambda: nn.Sequential(NestMLP(), nn.Linear(16, 20), FixedHiddenMLP())),
    ("CenteredLayer", CenteredLayer),
    ("MyLinear(5,3)", lambda: MyLinear(5, 3)),
    ("ModuleList", lambda: nn.ModuleList([nn.Linear(2, 2), nn.ReLU()])),
    ("ModuleDict", lambda: nn.ModuleDict({"lin": nn.Linear(2, 2), "act": nn.Tanh()})),
    ("nested_seq", lambda: nn.Sequential(nn.Sequential(nn.Linear(4, 8), nn.ReLU()), nn.Sequential(nn.Linear(8, 4), nn.ReLU()))),
    ("mlp_seq[1:]", lambda: _mlp_seq()[1:]),
    ("mlp_seq[::2]", lambda: _mlp_seq()[::2]),
    ("mlp_seq.append", lambda: _mlp_seq().append(nn.Sigmoid())),
    ("mlp_seq.insert(1)", lambda: _mlp_seq().insert(1, nn.Tanh())),
    ("mlp_seq.del(1)", lambda: _del(_mlp_seq(), 1)),
    ("shared", lambda: _shared()),
    ("CrossEntropyLoss(weight)", lambda: nn.CrossEntropyLoss(weight=torch.ones(3))),
])


def _del(seq, i):
    del seq[i]
    return seq


def _shared():
    shared = nn.Linear(8, 8)
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), shared, nn.ReLU(), shared, nn.ReLU(), nn.Linear(8, 1))


STRUCTURE = ["mlp_seq", "MLP", "nested_seq", "shared", "chimera", "Linear(4,3,bias=False)",
             "CrossEntropyLoss(weight)", "ModuleDict", "Sequential(OrderedDict)", "FixedHiddenMLP"]

D2L = OrderedDict([
    ("MLP", MLP),
    ("MySequential", lambda: MySequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))),
    ("FixedHiddenMLP", FixedHiddenMLP),
    ("NestMLP", NestMLP),
    ("chimera", lambda: nn.Sequential(NestMLP(), nn.Linear(16, 20), FixedHiddenMLP())),
    ("net_with_centered", lambda: nn.Sequential(nn.Linear(8, 128), CenteredLayer())),
    ("MyLinear_net", lambda: nn.Sequential(MyLinear(64, 8), MyLinear(8, 1))),
])


def _tensor_enc(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": _flat(t), "grad_fn": None if t.grad_fn is None else type(t.grad_fn).__name__}


def record_nn():
    out = {"init": [], "modules": [], "reprs": [], "structure": [], "d2l": [], "errors": []}
    for seed in (0, 42):
        for bid, build in BUILD.items():
            torch.manual_seed(seed)
            m = build()
            out["init"].append({"id": bid, "seed": seed, "params": {
                k: {"shape": list(v.shape), "dtype": str(v.dtype).replace("torch.", ""), "values": _flat(v)}
                for k, v in m.named_parameters()}})
    for mid, (build, shape) in MODULES.items():
        torch.manual_seed(3)
        m = build()
        x = torch.randn(shape).requires_grad_()
        y = m(x)
        cot = torch.randn(y.shape)
        y.backward(cot)
        out["modules"].append({
            "id": mid, "seed": 3, "input": {"shape": list(x.shape), "values": _flat(x)},
            "output": _tensor_enc(y), "cotangent": _flat(cot),
            "input_grad": None if x.grad is None else _flat(x.grad),
            "param_grads": {k: (None if v.grad is None else _flat(v.grad)) for k, v in m.named_parameters()},
        })
    for rid, build in REPRS.items():
        torch.manual_seed(0)
        out["reprs"].append({"id": rid, "repr": repr(build())})
    for sid in STRUCTURE:
        torch.manual_seed(0)
        m = REPRS[sid]()
        out["structure"].append({
            "id": sid,
            "state_dict": list(m.state_dict().keys()),
            "named_parameters": [k for k, _ in m.named_parameters()],
            "named_modules": [k for k, _ in m.named_modules()],
            "named_children": [k for k, _ in m.named_children()],
            "named_buffers": [k for k, _ in m.named_buffers()],
        })
    for did, build in D2L.items():
        torch.manual_seed(1)
        net = build()
        X = torch.rand(2, 20) if did != "net_with_centered" else torch.rand(4, 8)
        if did == "MyLinear_net":
            X = torch.rand(2, 64)
        y = net(X)
        out["d2l"].append({"id": did, "seed": 1, "output": _tensor_enc(y), "repr": repr(y)})
    out["tutorial_build_nn"] = tutorial_build_nn()
    out["tutorial_optimization"] = tutorial_optimization()
    out["texts"] = []
    for tid, fn in TEXTS.items():
        torch.manual_seed(0)
        out["texts"].append({"id": tid, "text": fn()})
    for eid, fn in ERRORS.items():
        try:
            fn()
            raise AssertionError("no error: " + eid)
        except AssertionError:
            raise
        except Exception as e:  # noqa: BLE001
            out["errors"].append({"id": eid, "type": type(e).__name__, "message": e.args[0] if isinstance(e, KeyError) else str(e)})
    return out


def _load(net, sd, strict=True):
    return net.load_state_dict(sd, strict)


def _register(kind):
    m = nn.Module()
    if kind == "param_dot":
        m.register_parameter("a.b", nn.Parameter(torch.ones(1)))
    elif kind == "param_empty":
        m.register_parameter("", nn.Parameter(torch.ones(1)))
    elif kind == "module_dot":
        m.add_module("a.b", nn.ReLU())
    elif kind == "module_empty":
        m.add_module("", nn.ReLU())
    elif kind == "module_over_param":
        m.register_parameter("w", nn.Parameter(torch.ones(1)))
        m.add_module("w", nn.ReLU())
    elif kind == "param_over_module":
        m.add_module("w", nn.ReLU())
        m.register_parameter("w", nn.Parameter(torch.ones(1)))
    elif kind == "buffer_dot":
        m.register_buffer("a.b", torch.ones(1))


ERRORS = OrderedDict([
    ("linear_shape", lambda: nn.Linear(4, 5)(torch.randn(2, 3))),
    ("linear_shape_1d", lambda: nn.Linear(4, 5)(torch.randn(3))),
    ("ce_target_oob", lambda: nn.CrossEntropyLoss()(torch.randn(2, 5), torch.tensor([10, 0]))),
    ("ce_probs_long", lambda: nn.CrossEntropyLoss()(torch.randn(2, 5), torch.zeros(2, 5, dtype=torch.long))),
    ("nll_batch", lambda: nn.NLLLoss()(torch.randn(3, 5), torch.tensor([1, 0]))),
    ("load_missing", lambda: _load(_mlp_seq(), {"0.weight": torch.zeros(8, 4)})),
    ("load_unexpected", lambda: _load(nn.Linear(2, 1), {"weight": torch.zeros(1, 2), "bias": torch.zeros(1), "extra": torch.zeros(1)})),
    ("load_missing_unexpected", lambda: _load(_mlp_seq(), {"0.weight": torch.zeros(8, 4), "0.bias": torch.zeros(8), "1.weight": torch.zeros(1), "3.bias": torch.zeros(1), "2.weight": torch.zeros(1, 8)})),
    ("load_size_mismatch", lambda: _load(nn.Linear(2, 1), {"weight": torch.zeros(2, 1), "bias": torch.zeros(1)})),
    ("load_child_unexpected", lambda: _load(_mlp_seq(), dict(list(_mlp_seq().state_dict().items()) + [("0.extra", torch.zeros(1))]))),
    ("dropout_p", lambda: nn.Dropout(1.5)),
    ("reduction", lambda: nn.MSELoss(reduction="avg")(torch.ones(2), torch.ones(2))),
    ("module_forward_missing", lambda: nn.Module()(torch.ones(1))),
    ("register_param_dot", lambda: _register("param_dot")),
    ("register_param_empty", lambda: _register("param_empty")),
    ("register_module_dot", lambda: _register("module_dot")),
    ("register_module_empty", lambda: _register("module_empty")),
    ("register_module_over_param", lambda: _register("module_over_param")),
    ("register_param_over_module", lambda: _register("param_over_module")),
    ("register_buffer_dot", lambda: _register("buffer_dot")),
    ("seq_index", lambda: _mlp_seq()[3]),
    ("seq_index_neg", lambda: _mlp_seq()[-4]),
    ("module_to_int", lambda: _mlp_seq().to(torch.int64)),
    ("parameter_int", lambda: nn.Parameter(torch.arange(3))),
    ("calculate_gain", lambda: nn.init.calculate_gain("swish")),
    ("fan_1d", lambda: nn.init.xavier_uniform_(torch.empty(3))),
    ("kaiming_mode", lambda: nn.init.kaiming_uniform_(torch.empty(3, 4), mode="fan_avg")),
    ("leaf_inplace_uniform", lambda: torch.ones(3, requires_grad=True).uniform_()),
])


def _t_load_nonstrict():
    net = _mlp_seq()
    sd = net.state_dict()
    del sd["2.bias"]
    sd["x"] = torch.ones(1)
    return repr(net.load_state_dict(sd, strict=False))


def _t_load_copies():
    a, b = _mlp_seq(), _mlp_seq()
    b.load_state_dict(a.state_dict())
    return repr(b[0].weight) + "\n" + repr(b[2].bias)


def _t_double():
    l = nn.Linear(2, 2)
    w = l.weight
    l(torch.ones(1, 2)).sum().backward()
    l.double()
    return "%s %s\n%s\n%s" % (w is l.weight, l.weight.dtype, repr(l.weight), repr(l.weight.grad))


def _t_zero_grad():
    net = _mlp_seq()
    net(torch.ones(3, 4)).sum().backward()
    g = net[0].weight.grad
    net.zero_grad()
    return "%s\n%s" % (g is net[0].weight.grad, repr(net[2].weight.grad))


def _t_train_eval():
    net = nn.Sequential(nn.Linear(2, 3), nn.Dropout(), nn.Sequential(nn.ReLU()))
    out = [net.training, net[1].training, net[2][0].training]
    net.eval()
    out += [net.training, net[1].training, net[2][0].training]
    net.train()
    out += [net[2][0].training]
    return " ".join(str(x) for x in out)


def _t_requires_grad():
    net = _mlp_seq()
    net.requires_grad_(False)
    return repr(net(torch.ones(1, 4))) + " " + str([p.requires_grad for p in net.parameters()])


def _t_modules():
    net = REPRS["chimera"]()
    return " ".join(type(m).__name__ for m in net.modules()) + "|" + " ".join(
        type(m).__name__ for m in net.children()) + "|" + str(len(list(_shared().parameters())))


def _t_dropout():
    return repr(nn.Dropout(0.5)(torch.ones(2, 5)))


def _t_apply_order():
    seen = []
    REPRS["nested_seq"]().apply(lambda m: seen.append(type(m).__name__))
    return " ".join(seen)


def _t_get_param():
    net = REPRS["chimera"]()
    return repr(net.get_submodule("0.net.2")) + "|" + str(list(net.get_parameter("1.bias").shape))


def _t_sampler_grad_fn():
    x = torch.ones(3, requires_grad=True)
    out = []
    for f in [lambda y: y.uniform_(), lambda y: y.normal_(), lambda y: y.bernoulli_(0.5),
              lambda y: y.bernoulli_(torch.full((3,), 0.5)), lambda y: y.exponential_(),
              lambda y: y.random_(0, 5), lambda y: y.random_(5), lambda y: y.random_()]:
        y = x * 2
        f(y)
        y.sum().backward()
        out.append("%s %s" % (type(y.grad_fn).__name__, x.grad.tolist()))
        x.grad = None
    return " | ".join(out)


def _t_hooks():
    net = _mlp_seq()
    seen = []
    hs = [m.register_forward_hook(
        lambda m, i, o: seen.append("%s %s -> %s" % (type(m).__name__, tuple(i[0].shape), tuple(o.shape))))
        for m in net]
    pre = net[0].register_forward_pre_hook(lambda m, i: (i[0] * 2,))
    y1 = net(torch.ones(2, 4))
    for h in hs:
        h.remove()
    pre.remove()
    y2 = net(torch.ones(2, 4))
    net[2].register_forward_hook(lambda m, i, o: o + 1)
    y3 = net(torch.ones(2, 4))
    return " | ".join(seen) + "\n" + repr(y1) + "\n" + repr(y2) + "\n" + repr(y3)


def _t_lazy_load():
    a = nn.Sequential(nn.LazyLinear(3))
    a(torch.ones(2, 5))
    b = nn.Sequential(nn.LazyLinear(3))
    out = [str(nn.Sequential(nn.LazyLinear(2)).state_dict()), repr(b.load_state_dict(a.state_dict())),
           repr(b), str(list(b[0].weight.shape))]
    b(torch.ones(2, 5))
    out.append(repr(b))
    return "\n".join(out)


def _t_pop_type():
    seq = _mlp_seq()
    m = seq.pop(1)
    ml = nn.ModuleList([nn.ReLU(), nn.Tanh(), nn.Sigmoid()])
    m2 = ml.pop(-1)
    l = nn.Linear(2, 2).bfloat16()
    c = nn.CrossEntropyLoss(weight=torch.ones(2)).type(torch.float64)
    return "\n".join([repr(m), repr(seq), repr(m2), repr(ml), repr(l.weight), repr(c.weight)])


TEXTS = OrderedDict([
    ("pop_type", _t_pop_type),
    ("lazy_load", _t_lazy_load),
    ("hooks", _t_hooks),
    ("sampler_grad_fn", _t_sampler_grad_fn),
    ("load_ok", lambda: repr(_mlp_seq().load_state_dict(_mlp_seq().state_dict()))),
    ("load_nonstrict", _t_load_nonstrict),
    ("load_copies", _t_load_copies),
    ("lazy_weight", lambda: repr(nn.LazyLinear(3).weight)),
    ("param_f64", lambda: repr(nn.Parameter(torch.ones(2, 2, dtype=torch.float64)))),
    ("param_nograd", lambda: repr(nn.Parameter(torch.ones(2), requires_grad=False))),
    ("state_dict_value", lambda: repr(_mlp_seq().state_dict()["0.bias"])),
    ("double", _t_double),
    ("zero_grad", _t_zero_grad),
    ("train_eval", _t_train_eval),
    ("requires_grad_", _t_requires_grad),
    ("modules", _t_modules),
    ("dropout_train", _t_dropout),
    ("apply_order", _t_apply_order),
    ("get_submodule", _t_get_param),
    ("print_state_dict", lambda: str(_mlp_seq()[2].state_dict())),
    ("state_dict_metadata", lambda: str(REPRS["chimera"]().state_dict()._metadata)),
])


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28 * 28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)
        return logits


def tutorial_build_nn():
    """PyTorch's "Learn the Basics: Build the Neural Network" page, seeded, device cpu."""
    import io
    import contextlib
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        torch.manual_seed(0)
        device = "cpu"
        model = NeuralNetwork().to(device)
        print(model)
        X = torch.rand(1, 28, 28, device=device)
        logits = model(X)
        pred_probab = nn.Softmax(dim=1)(logits)
        y_pred = pred_probab.argmax(1)
        print(f"Predicted class: {y_pred}")
        input_image = torch.rand(3, 28, 28)
        print(input_image.size())
        flatten = nn.Flatten()
        flat_image = flatten(input_image)
        print(flat_image.size())
        layer1 = nn.Linear(in_features=28 * 28, out_features=20)
        hidden1 = layer1(flat_image)
        print(hidden1.size())
        print(f"Before ReLU: {hidden1}\n\n")
        hidden1 = nn.ReLU()(hidden1)
        print(f"After ReLU: {hidden1}")
        seq_modules = nn.Sequential(flatten, layer1, nn.ReLU(), nn.Linear(20, 10))
        input_image = torch.rand(3, 28, 28)
        logits = seq_modules(input_image)
        softmax = nn.Softmax(dim=1)
        pred_probab = softmax(logits)
        print(pred_probab)
        print(f"Model structure: {model}\n\n")
        for name, param in model.named_parameters():
            print(f"Layer: {name} | Size: {param.size()} | Values : {param[:2]} \n")
    return buf.getvalue()


def tutorial_optimization():
    """"Learn the Basics: Optimizing Model Parameters" on a seeded synthetic Fashion-MNIST-shaped
    data set (600 train / 200 test images of 1x28x28); a loss line every 2 batches instead of 100."""
    import io
    import contextlib
    from torch.utils.data import DataLoader, TensorDataset
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        torch.manual_seed(0)
        training_data = TensorDataset(torch.rand(600, 1, 28, 28), torch.randint(0, 10, (600,)))
        test_data = TensorDataset(torch.rand(200, 1, 28, 28), torch.randint(0, 10, (200,)))
        learning_rate = 1e-1
        batch_size = 64
        epochs = 3
        train_dataloader = DataLoader(training_data, batch_size=batch_size, shuffle=True)
        test_dataloader = DataLoader(test_data, batch_size=batch_size)
        model = NeuralNetwork()
        loss_fn = nn.CrossEntropyLoss()
        optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)

        def train_loop(dataloader, model, loss_fn, optimizer):
            size = len(dataloader.dataset)
            for batch, (X, y) in enumerate(dataloader):
                pred = model(X)
                loss = loss_fn(pred, y)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                if batch % 2 == 0:
                    loss, current = loss.item(), batch * len(X)
                    print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")

        def test_loop(dataloader, model, loss_fn):
            size = len(dataloader.dataset)
            num_batches = len(dataloader)
            test_loss, correct = 0, 0
            with torch.no_grad():
                for X, y in dataloader:
                    pred = model(X)
                    test_loss += loss_fn(pred, y).item()
                    correct += (pred.argmax(1) == y).type(torch.float).sum().item()
            test_loss /= num_batches
            correct /= size
            print(f"Test Error: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")

        for t in range(epochs):
            print(f"Epoch {t+1}\n-------------------------------")
            train_loop(train_dataloader, model, loss_fn, optimizer)
            test_loop(test_dataloader, model, loss_fn)
        print("Done!")
    return buf.getvalue()


def main():
    os.makedirs(FIX, exist_ok=True)
    ops = record_ops_nn()
    path = os.path.join(FIX, "ops_nn.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(ops):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(ops) else "\n")
        f.write("]\n")
    print("ops_nn.json: %d cases (%d errors), %d skipped" % (
        len(ops), sum(1 for c in ops if "error" in c["expect"]), len(ro.SKIPPED)))
    for cid, why in ro.SKIPPED:
        print("skipped %s: %s" % (cid, why), file=sys.stderr)
    ag = record_autograd_nn()
    with open(os.path.join(FIX, "autograd_nn.json"), "w", encoding="utf-8") as f:
        json.dump(ag, f, allow_nan=True)
    print("autograd_nn.json: %d cases" % len(ag["cases"]))
    nnj = record_nn()
    with open(os.path.join(FIX, "nn.json"), "w", encoding="utf-8") as f:
        json.dump(nnj, f, allow_nan=True, indent=None)
    print("nn.json: " + ", ".join("%s=%d" % (k, len(v)) for k, v in nnj.items()))


if __name__ == "__main__":
    main()
