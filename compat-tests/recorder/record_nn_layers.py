#!/usr/bin/python3
"""Records the fixtures of the nn layers beyond Linear (activations, normalisation, embedding,
parameter containers, more losses) from real PyTorch (1.13) for TorchND.

Run:  /usr/bin/python3 compat-tests/recorder/record_nn_layers.py
Out:  compat-tests/src/test/resources/fixtures/ops_nn_layers.json       (op cases, ops.json format)
      compat-tests/src/test/resources/fixtures/autograd_nn_layers.json  (autograd.json format)
      compat-tests/src/test/resources/fixtures/nn_layers.json           (modules, nn.json format)

ops_nn_layers.json: the F.<name> op names of PY below (Java: NnLayersOps), positional arguments
as listed there. autograd_nn_layers.json: the names of GRAD below (Java: NnLayersGradCases).
nn_layers.json has nn.json's sections ("init", "modules", "reprs", "structure", "errors",
"texts"); a "modules" case also lists "buffers": every named buffer after the backward pass.
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
import record_ops as ro  # noqa: E402

FIX = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")
torch.set_num_threads(1)

T, I, F, B, S, DT, NONE, INTS_ = ro.T, ro.I, ro.F, ro.B, ro.S, ro.DT, ro.NONE, ro.INTS_


def _bn(x, rm, rv, w, b, training, momentum, eps):
    return Fn.batch_norm(x, rm, rv, w, b, training, momentum, eps)


PY = {
    "F.elu": lambda t, a: Fn.elu(t, a),
    "F.selu": lambda t: Fn.selu(t),
    "F.celu": lambda t, a: Fn.celu(t, a),
    "F.silu": lambda t: Fn.silu(t),
    "F.mish": lambda t: Fn.mish(t),
    "F.softplus": lambda t, b, th: Fn.softplus(t, b, th),
    "F.softsign": lambda t: Fn.softsign(t),
    "F.hardtanh": lambda t, lo, hi: Fn.hardtanh(t, lo, hi),
    "F.relu6": lambda t: Fn.relu6(t),
    "F.hardsigmoid": lambda t: Fn.hardsigmoid(t),
    "F.hardswish": lambda t: Fn.hardswish(t),
    "F.logsigmoid": lambda t: Fn.logsigmoid(t),
    "F.prelu": lambda t, w: Fn.prelu(t, w),
    "F.threshold": lambda t, th, v: Fn.threshold(t, th, v),
    "F.glu": lambda t, d: Fn.glu(t, d),
    "F.softmin": lambda t, d: Fn.softmin(t, d),
    "F.tanhshrink": lambda t: Fn.tanhshrink(t),
    "F.softshrink": lambda t, l: Fn.softshrink(t, l),
    "F.hardshrink": lambda t, l: Fn.hardshrink(t, l),
    "F.normalize": lambda t, p, d, eps: Fn.normalize(t, p, d, eps),
    "F.cosine_similarity": lambda a, b, d, eps: Fn.cosine_similarity(a, b, d, eps),
    "F.pairwise_distance": lambda a, b, p, eps, k: Fn.pairwise_distance(a, b, p, eps, k),
    "F.batch_norm": _bn,
    "F.layer_norm": lambda x, s, w, b, eps: Fn.layer_norm(x, s, w, b, eps),
    "F.group_norm": lambda x, g, w, b, eps: Fn.group_norm(x, g, w, b, eps),
    "F.instance_norm": lambda x, w, b, eps: Fn.instance_norm(x, None, None, w, b, True, 0.1, eps),
    "F.embedding": lambda i, w, p: Fn.embedding(i, w, p),
    "F.embedding_bag": lambda i, w, off, mode, psw, ilo, pad: Fn.embedding_bag(
        i, w, off, mode=mode, per_sample_weights=psw, include_last_offset=ilo, padding_idx=pad),
    "F.kl_div": lambda x, y, r, lt: Fn.kl_div(x, y, reduction=r, log_target=lt),
    "F.margin_ranking_loss": lambda a, b, y, m, r: Fn.margin_ranking_loss(a, b, y, m, reduction=r),
    "F.hinge_embedding_loss": lambda x, y, m, r: Fn.hinge_embedding_loss(x, y, m, reduction=r),
    "F.soft_margin_loss": lambda x, y, r: Fn.soft_margin_loss(x, y, reduction=r),
    "F.cosine_embedding_loss": lambda a, b, y, m, r: Fn.cosine_embedding_loss(a, b, y, m, reduction=r),
    "F.poisson_nll_loss": lambda x, y, li, full, eps, r: Fn.poisson_nll_loss(
        x, y, li, full, eps=eps, reduction=r),
    "F.gaussian_nll_loss": lambda x, y, v, full, eps, r: Fn.gaussian_nll_loss(
        x, y, v, full, eps, r),
    "F.triplet_margin_loss": lambda a, p_, n, m, p, eps, sw, r: Fn.triplet_margin_loss(
        a, p_, n, m, p, eps, sw, reduction=r),
    "F.multilabel_soft_margin_loss": lambda x, y, w, r: Fn.multilabel_soft_margin_loss(
        x, y, w, reduction=r),
}
ro.PY.update(PY)


def unit(n, seed, lo=0.05, hi=0.95):
    g = torch.Generator().manual_seed(seed)
    return (torch.rand(n, dtype=torch.float64, generator=g) * (hi - lo) + lo).tolist()


def signs(n, seed):
    g = torch.Generator().manual_seed(seed)
    return (torch.randint(0, 2, (n,), generator=g) * 2 - 1).double().tolist()


def record_ops():
    ro.CASES.clear()
    ro.IDS.clear()
    c = ro.case
    SPECIAL = [float("nan"), float("inf"), float("-inf"), 0.0, -0.0, 25.0, -30.0, 2.5]
    for dt in ("float32", "float64"):
        x = T(dt, (3, 4))
        c("F.elu", [x, F(1.0)])
        c("F.elu", [T(dt, (3, 4)), F(0.5)])
        c("F.selu", [T(dt, (3, 4))])
        c("F.celu", [T(dt, (3, 4)), F(1.0)])
        c("F.celu", [T(dt, (3, 4)), F(2.0)])
        c("F.silu", [T(dt, (3, 4))])
        c("F.mish", [T(dt, (3, 4))])
        c("F.softplus", [T(dt, (3, 4)), F(1.0), F(20.0)])
        c("F.softplus", [T(dt, (3, 4)), F(2.0), F(2.0)])
        c("F.softsign", [T(dt, (3, 4))])
        c("F.hardtanh", [T(dt, (3, 4)), F(-1.0), F(1.0)])
        c("F.hardtanh", [T(dt, (3, 4)), F(-0.5), F(2.0)])
        c("F.relu6", [T(dt, (3, 4), [-7, -1, 0, 1, 5.9, 6, 6.5, 100, 3, -3, 0.5, 2])])
        c("F.hardsigmoid", [T(dt, (3, 4), [-4, -3, -2.5, 0, 1, 2.9, 3, 4, 0.25, -1, 1.5, 2])])
        c("F.hardswish", [T(dt, (3, 4), [-4, -3, -2.5, 0, 1, 2.9, 3, 4, 0.25, -1, 1.5, 2])])
        c("F.logsigmoid", [T(dt, (3, 4))])
        c("F.prelu", [T(dt, (3, 4)), T(dt, (1,), [0.25])])
        c("F.prelu", [T(dt, (2, 3, 4)), T(dt, (3,), [0.1, 0.2, 0.3])])
        c("F.prelu", [T(dt, (4,)), T(dt, (1,), [0.5])])
        c("F.threshold", [T(dt, (3, 4)), F(0.1), F(20.0)])
        c("F.glu", [T(dt, (3, 4)), I(-1)])
        c("F.glu", [T(dt, (4, 3)), I(0)])
        c("F.softmin", [T(dt, (3, 4)), I(1)])
        c("F.softmin", [T(dt, (3, 4)), I(0)])
        c("F.tanhshrink", [T(dt, (3, 4))])
        c("F.softshrink", [T(dt, (3, 4)), F(0.5)])
        c("F.hardshrink", [T(dt, (3, 4)), F(0.5)])
        c("F.hardshrink", [T(dt, (3, 4)), F(1.0)])
        for op in ("F.elu", "F.celu"):
            c(op, [T(dt, (8,), SPECIAL), F(1.0)])
        for op in ("F.selu", "F.silu", "F.mish", "F.softsign", "F.logsigmoid", "F.tanhshrink",
                   "F.hardsigmoid", "F.hardswish", "F.relu6"):
            c(op, [T(dt, (8,), SPECIAL)])
        c("F.softplus", [T(dt, (8,), SPECIAL), F(1.0), F(20.0)])
        c("F.normalize", [T(dt, (3, 4)), F(2.0), I(1), F(1e-12)])
        c("F.normalize", [T(dt, (3, 4)), F(1.0), I(0), F(1e-12)])
        c("F.normalize", [T(dt, (2, 4), [0, 0, 0, 0, 1, 2, 3, 4]), F(2.0), I(1), F(1e-12)])
        c("F.cosine_similarity", [T(dt, (3, 4)), T(dt, (3, 4)), I(1), F(1e-8)])
        c("F.cosine_similarity", [T(dt, (3, 4)), T(dt, (4,)), I(-1), F(1e-8)])
        c("F.cosine_similarity", [T(dt, (3, 4)), T(dt, (3, 4)), I(0), F(1e-8)])
        c("F.cosine_similarity", [T(dt, (2, 3), [0, 0, 0, 1, 2, 3]), T(dt, (2, 3)), I(1), F(1e-8)])
        c("F.pairwise_distance", [T(dt, (3, 4)), T(dt, (3, 4)), F(2.0), F(1e-6), B(False)])
        c("F.pairwise_distance", [T(dt, (3, 4)), T(dt, (3, 4)), F(1.0), F(1e-6), B(True)])
        c("F.pairwise_distance", [T(dt, (3, 4)), T(dt, (4,)), F(3.0), F(0.0), B(False)])
        # normalisation
        c("F.batch_norm", [T(dt, (4, 3)), NONE, NONE, NONE, NONE, B(True), F(0.1), F(1e-5)])
        c("F.batch_norm", [T(dt, (4, 3)), NONE, NONE, T(dt, (3,)), T(dt, (3,)), B(True), F(0.1), F(1e-5)])
        c("F.batch_norm", [T(dt, (2, 3, 5)), T(dt, (3,)), T(dt, (3,), kind="pos"), T(dt, (3,)), NONE,
                           B(True), F(0.1), F(1e-3)])
        c("F.batch_norm", [T(dt, (2, 3, 2, 2)), T(dt, (3,)), T(dt, (3,), kind="pos"), T(dt, (3,)), T(dt, (3,)),
                           B(False), F(0.1), F(1e-5)])
        c("F.layer_norm", [T(dt, (3, 4)), INTS_([4]), NONE, NONE, F(1e-5)])
        c("F.layer_norm", [T(dt, (2, 3, 4)), INTS_([3, 4]), T(dt, (3, 4)), T(dt, (3, 4)), F(1e-5)])
        c("F.layer_norm", [T(dt, (2, 3, 4)), INTS_([4]), T(dt, (4,)), NONE, F(0.1)])
        c("F.group_norm", [T(dt, (2, 4, 3)), I(2), T(dt, (4,)), T(dt, (4,)), F(1e-5)])
        c("F.group_norm", [T(dt, (2, 6)), I(3), NONE, NONE, F(1e-5)])
        c("F.group_norm", [T(dt, (2, 4, 2, 2)), I(1), NONE, NONE, F(1e-5)])
        c("F.instance_norm", [T(dt, (2, 3, 2, 2)), NONE, NONE, F(1e-5)])
        c("F.instance_norm", [T(dt, (2, 3, 4)), T(dt, (3,)), T(dt, (3,)), F(1e-5)])
        c("F.embedding", [T("int64", (2, 3), [0, 4, 2, 2, 1, 0]), T(dt, (5, 3)), NONE])
        c("F.embedding", [T("int64", (4,), [0, 4, 2, 2]), T(dt, (5, 3)), I(2)])
        c("F.embedding", [T("int32", (), [3]), T(dt, (5, 3)), NONE])
        bag = T("int64", (6,), [0, 2, 1, 4, 4, 3])
        for mode in ("sum", "mean", "max"):
            c("F.embedding_bag", [bag, T(dt, (5, 3)), T("int64", (4,), [0, 2, 2, 5]), S(mode), NONE, B(False), NONE])
            c("F.embedding_bag", [T("int64", (2, 3), [0, 2, 1, 4, 4, 3]), T(dt, (5, 3)), NONE, S(mode), NONE, B(False), NONE])
            # no include_last_offset=True case: PyTorch 1.13's CPU kernel corrupts the heap with it
            c("F.embedding_bag", [bag, T(dt, (5, 3)), T("int64", (3,), [0, 1, 3]), S(mode), NONE, B(False), I(4)])
        c("F.embedding_bag", [bag, T(dt, (5, 3)), T("int64", (2,), [0, 3]), S("sum"), T(dt, (6,)), B(False), NONE])
        # losses
        for r in ("none", "mean", "sum"):
            lp = T(dt, (3, 4))
            c("F.kl_div", [lp, T(dt, (3, 4), unit(12, 1, 0, 1)), S(r), B(False)])
            c("F.kl_div", [T(dt, (3, 4)), T(dt, (3, 4)), S(r), B(True)])
            c("F.margin_ranking_loss", [T(dt, (6,)), T(dt, (6,)), T(dt, (6,), signs(6, 2)), F(0.0), S(r)])
            c("F.margin_ranking_loss", [T(dt, (6,)), T(dt, (6,)), T(dt, (6,), signs(6, 3)), F(0.5), S(r)])
            c("F.hinge_embedding_loss", [T(dt, (3, 4)), T(dt, (3, 4), signs(12, 4)), F(1.0), S(r)])
            c("F.hinge_embedding_loss", [T(dt, (3, 4)), T(dt, (3, 4), signs(12, 5)), F(2.0), S(r)])
            c("F.soft_margin_loss", [T(dt, (3, 4)), T(dt, (3, 4), signs(12, 6)), S(r)])
            c("F.cosine_embedding_loss", [T(dt, (3, 4)), T(dt, (3, 4)), T(dt, (3,), [1, -1, 1]), F(0.0), S(r)])
            c("F.cosine_embedding_loss", [T(dt, (3, 4)), T(dt, (3, 4)), T("int64", (3,), [-1, -1, 1]), F(0.3), S(r)])
            c("F.cosine_embedding_loss", [T(dt, (4,)), T(dt, (4,)), T(dt, (), [-1]), F(-0.5), S(r)])
            c("F.poisson_nll_loss", [T(dt, (3, 4)), T(dt, (3, 4), unit(12, 7, 0, 4)), B(True), B(False), F(1e-8), S(r)])
            c("F.poisson_nll_loss", [T(dt, (3, 4), unit(12, 8, 0.1, 3)), T(dt, (3, 4), unit(12, 9, 0, 4)), B(False), B(True), F(1e-8), S(r)])
            c("F.poisson_nll_loss", [T(dt, (3, 4)), T(dt, (3, 4), unit(12, 10, 0, 4)), B(True), B(True), F(1e-8), S(r)])
            c("F.gaussian_nll_loss", [T(dt, (3, 4)), T(dt, (3, 4)), T(dt, (3, 4), unit(12, 11, 0, 2)), B(False), F(1e-6), S(r)])
            c("F.gaussian_nll_loss", [T(dt, (3, 4)), T(dt, (3, 4)), T(dt, (3,), unit(3, 12, 0.1, 2)), B(True), F(1e-6), S(r)])
            c("F.gaussian_nll_loss", [T(dt, (3, 4)), T(dt, (3, 4)), T(dt, (3, 1), [0.0, 0.5, 1.0]), B(False), F(0.1), S(r)])
            c("F.triplet_margin_loss", [T(dt, (3, 4)), T(dt, (3, 4)), T(dt, (3, 4)), F(1.0), F(2.0), F(1e-6), B(False), S(r)])
            c("F.triplet_margin_loss", [T(dt, (3, 4)), T(dt, (3, 4)), T(dt, (3, 4)), F(0.5), F(1.0), F(1e-6), B(True), S(r)])
            c("F.multilabel_soft_margin_loss", [T(dt, (3, 4)), T(dt, (3, 4), unit(12, 13, 0, 1)), NONE, S(r)])
            c("F.multilabel_soft_margin_loss", [T(dt, (3, 4)), T(dt, (3, 4), [1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1]),
                                                T(dt, (4,), unit(4, 14, 0.5, 2)), S(r)])
        c("F.kl_div", [T(dt, (3, 4)), T(dt, (3, 4), unit(12, 15, 0, 1)), S("batchmean"), B(False)])
        c("F.kl_div", [T(dt, (3, 4)), T(dt, (3, 4), [0, 0.5, 0, 1, 0.25, 0, 0, 0, 1, 1, 0.5, 0.5]), S("sum"), B(False)])
    # dtype rules and errors
    ints = T("int64", (4,), [-2, -1, 0, 3])
    for op in ("F.selu", "F.silu", "F.mish", "F.hardsigmoid", "F.hardswish", "F.logsigmoid",
               "F.softsign", "F.tanhshrink", "F.relu6"):
        c(op, [ints])
    c("F.elu", [ints, F(1.0)])
    c("F.celu", [ints, F(1.0)])
    c("F.softplus", [ints, F(1.0), F(20.0)])
    c("F.hardtanh", [ints, F(-1.0), F(1.0)])
    c("F.threshold", [ints, F(0.5), F(10.0)])
    c("F.softshrink", [ints, F(0.5)])
    c("F.hardshrink", [ints, F(0.5)])
    c("F.glu", [T("int64", (4,), [1, 2, 3, 4]), I(0)])
    c("F.prelu", [ints, T("int64", (1,), [1])])
    c("F.celu", [T("float32", (3,)), F(0.0)])
    c("F.softshrink", [T("float32", (3,)), F(-1.0)])
    c("F.glu", [T("float32", (3, 3)), I(1)])
    c("F.glu", [T("float32", ()), I(0)])
    c("F.glu", [T("float32", (3, 4)), I(2)])
    c("F.prelu", [T("float32", (2, 3)), T("float32", (2,))])
    c("F.prelu", [T("float32", (2, 3)), T("float32", (3,))])
    c("F.batch_norm", [T("float32", (1, 3)), NONE, NONE, NONE, NONE, B(True), F(0.1), F(1e-5)])
    c("F.batch_norm", [T("float32", (4, 3)), T("float32", (4,)), T("float32", (3,)), NONE, NONE, B(False), F(0.1), F(1e-5)])
    c("F.layer_norm", [T("float32", (3, 4)), INTS_([3]), NONE, NONE, F(1e-5)])
    c("F.layer_norm", [T("float32", (3, 4)), INTS_([4]), T("float32", (3,)), NONE, F(1e-5)])
    c("F.group_norm", [T("float32", (2, 3)), I(2), NONE, NONE, F(1e-5)])
    c("F.group_norm", [T("float32", (3,)), I(1), NONE, NONE, F(1e-5)])
    c("F.embedding", [T("float32", (2,), [0.0, 1.0]), T("float32", (5, 3)), NONE])
    c("F.embedding", [T("int64", (2,), [0, 5]), T("float32", (5, 3)), NONE])
    c("F.embedding", [T("int64", (2,), [0, 4]), T("float32", (5, 3)), I(5)])
    c("F.embedding", [T("int64", (2,), [0, 4]), T("float32", (5, 3)), I(-1)])
    w53 = T("float32", (5, 3))
    c("F.embedding_bag", [T("int64", (2, 2), [0, 1, 2, 3]), w53, T("int64", (1,), [0]), S("mean"), NONE, B(False), NONE])
    c("F.embedding_bag", [T("int64", (2,), [0, 1]), w53, NONE, S("mean"), NONE, B(False), NONE])
    c("F.embedding_bag", [T("int64", (2,), [0, 1]), w53, T("int64", (1,), [0]), S("foo"), NONE, B(False), NONE])
    c("F.embedding_bag", [T("int64", (2,), [0, 1]), w53, T("int64", (1,), [0]), S("mean"), T("float32", (2,)), B(False), NONE])
    c("F.embedding_bag", [T("int64", (2,), [0, 7]), w53, T("int64", (1,), [0]), S("mean"), NONE, B(False), NONE])
    c("F.embedding_bag", [T("int64", (2,), [0, 1]), w53, T("int64", (1,), [1]), S("mean"), NONE, B(False), NONE])
    c("F.embedding_bag", [T("int64", (2,), [0, 1]), w53, T("int64", (2,), [0, 3]), S("mean"), NONE, B(False), NONE])
    c("F.embedding_bag", [T("float32", (2,), [0, 1]), w53, T("int64", (1,), [0]), S("mean"), NONE, B(False), NONE])
    c("F.embedding_bag", [T("int64", (2,), [0, 1]), w53, T("int64", (1,), [0]), S("sum"), T("float32", (3,)), B(False), NONE])
    c("F.margin_ranking_loss", [T("float32", (3,)), T("float32", (3,)), T("float32", (3, 1)), F(0.0), S("mean")])
    c("F.cosine_embedding_loss", [T("float32", (3, 4)), T("float32", (3, 4)), T("float32", (3, 1)), F(0.0), S("mean")])
    c("F.cosine_embedding_loss", [T("float32", (3,)), T("float32", (3,)), T("float32", (3,)), F(0.0), S("mean")])
    c("F.gaussian_nll_loss", [T("float32", (3, 4)), T("float32", (3, 4)), T("float32", (2,)), B(False), F(1e-6), S("mean")])
    c("F.gaussian_nll_loss", [T("float32", (3,)), T("float32", (3,)), T("float32", (3,), [1, -1, 1]), B(False), F(1e-6), S("mean")])
    c("F.gaussian_nll_loss", [T("float32", (3,)), T("float32", (3,)), T("float32", (3,), [1, 1, 1]), B(False), F(1e-6), S("avg")])
    c("F.triplet_margin_loss", [T("float32", (3, 4)), T("float32", (3, 4)), T("float32", (4,)), F(1.0), F(2.0), F(1e-6), B(False), S("mean")])
    c("F.multilabel_soft_margin_loss", [T("float32", (3, 4)), T("float32", (3, 4)), NONE, S("avg")])
    c("F.normalize", [T("int64", (2, 2), [1, 2, 3, 4]), F(2.0), I(1), F(1e-12)])
    c("F.cosine_similarity", [T("int64", (2, 2), [1, 2, 3, 4]), T("int64", (2, 2), [1, 2, 3, 4]), I(1), F(1e-8)])
    c("F.cosine_similarity", [T("float32", (2, 3)), T("float32", (2, 4)), I(1), F(1e-8)])
    return list(ro.CASES)


# ----------------------------------------------------------------------------------------------
# autograd_nn_layers.json

def _sgn(n, seed):
    return torch.tensor(signs(n, seed))


BAG = torch.tensor([0, 2, 1, 4, 4, 3])
BAG_OFF = torch.tensor([0, 2, 2, 5])

GRAD = {
    "elu": ([((3, 4), "k")], lambda x: Fn.elu(x, 0.7)),
    "selu": ([((3, 4), "k")], lambda x: Fn.selu(x)),
    "celu": ([((3, 4), "k")], lambda x: Fn.celu(x, 1.5)),
    "silu": ([(3, 4)], lambda x: Fn.silu(x)),
    "mish": ([(3, 4)], lambda x: Fn.mish(x)),
    "softplus": ([(3, 4)], lambda x: Fn.softplus(x)),
    "softplus_beta": ([(3, 4)], lambda x: Fn.softplus(x, 2.0, 1.0)),
    "softsign": ([((3, 4), "k")], lambda x: Fn.softsign(x)),
    "hardtanh": ([((3, 4), "k")], lambda x: Fn.hardtanh(x, -0.8, 1.2)),
    "relu6": ([((3, 4), "w")], lambda x: Fn.relu6(x)),
    "hardsigmoid": ([((3, 4), "w")], lambda x: Fn.hardsigmoid(x)),
    "hardswish": ([((3, 4), "w")], lambda x: Fn.hardswish(x)),
    "logsigmoid": ([(3, 4)], lambda x: Fn.logsigmoid(x)),
    "prelu": ([((2, 3, 4), "k"), (3,)], lambda x, w: Fn.prelu(x, w)),
    "prelu_1": ([((3, 4), "k"), (1,)], lambda x, w: Fn.prelu(x, w)),
    "threshold": ([((3, 4), "k")], lambda x: Fn.threshold(x, 0.0, -2.0)),
    "glu": ([(3, 4)], lambda x: Fn.glu(x)),
    "glu_0": ([(4, 3)], lambda x: Fn.glu(x, 0)),
    "softmin": ([(3, 4)], lambda x: Fn.softmin(x, 1)),
    "tanhshrink": ([(3, 4)], lambda x: Fn.tanhshrink(x)),
    "softshrink": ([((3, 4), "s")], lambda x: Fn.softshrink(x, 0.5)),
    "hardshrink": ([((3, 4), "s")], lambda x: Fn.hardshrink(x, 0.5)),
    "normalize": ([(3, 4)], lambda x: Fn.normalize(x)),
    "normalize_p1_dim0": ([((3, 4), "k")], lambda x: Fn.normalize(x, 1.0, 0)),
    "cosine_similarity": ([(3, 4), (3, 4)], lambda a, b: Fn.cosine_similarity(a, b)),
    "pairwise_distance": ([(3, 4), (3, 4)], lambda a, b: Fn.pairwise_distance(a, b)),
    "pairwise_distance_p1": ([((3, 4), "k"), (3, 4)], lambda a, b: Fn.pairwise_distance(a, b, 1.0, 1e-6, True)),
    "batch_norm": ([(4, 3), (3,), (3,)], lambda x, w, b: Fn.batch_norm(x, None, None, w, b, True)),
    "batch_norm_3d": ([(2, 3, 5)], lambda x: Fn.batch_norm(x, None, None, training=True)),
    "batch_norm_eval": ([(2, 3, 2, 2), (3,), (3,)], lambda x, w, b: Fn.batch_norm(
        x, torch.tensor([0.1, -0.2, 0.3], dtype=x.dtype), torch.tensor([0.5, 1.5, 2.0], dtype=x.dtype), w, b, False)),
    "layer_norm": ([(3, 4), (4,), (4,)], lambda x, w, b: Fn.layer_norm(x, (4,), w, b)),
    "layer_norm_2d": ([(2, 3, 4)], lambda x: Fn.layer_norm(x, (3, 4))),
    "group_norm": ([(2, 4, 3), (4,), (4,)], lambda x, w, b: Fn.group_norm(x, 2, w, b)),
    "group_norm_noaffine": ([(2, 6, 2)], lambda x: Fn.group_norm(x, 3)),
    "instance_norm": ([(2, 3, 4)], lambda x: Fn.instance_norm(x)),
    "embedding": ([(5, 3)], lambda w: Fn.embedding(torch.tensor([[0, 4, 2], [2, 1, 0]]), w)),
    "embedding_padding": ([(5, 3)], lambda w: Fn.embedding(torch.tensor([0, 4, 2, 2]), w, 2)),
    "embedding_bag_sum": ([(5, 3)], lambda w: Fn.embedding_bag(BAG, w, BAG_OFF, mode="sum")),
    "embedding_bag_mean": ([(5, 3)], lambda w: Fn.embedding_bag(BAG, w, BAG_OFF)),
    "embedding_bag_max": ([(5, 3)], lambda w: Fn.embedding_bag(BAG, w, BAG_OFF, mode="max")),
    "embedding_bag_psw": ([(5, 3), (6,)], lambda w, p: Fn.embedding_bag(BAG, w, BAG_OFF, mode="sum", per_sample_weights=p)),
    "embedding_bag_freq": ([(5, 3)], lambda w: Fn.embedding_bag(BAG, w, BAG_OFF, scale_grad_by_freq=True)),
    "kl_div": ([(3, 4), ((3, 4), "p01", False)], lambda x, y: Fn.kl_div(x, y, reduction="batchmean")),
    "kl_div_log_target": ([(3, 4), (3, 4)], lambda x, y: Fn.kl_div(x, y, reduction="sum", log_target=True)),
    "margin_ranking_loss": ([((6,), "k"), (6,)], lambda a, b: Fn.margin_ranking_loss(a, b, _sgn(6, 2).to(a.dtype), 0.1)),
    "hinge_embedding_loss": ([((3, 4), "k")], lambda x: Fn.hinge_embedding_loss(x, _sgn(12, 4).view(3, 4).to(x.dtype), 0.5)),
    "soft_margin_loss": ([(3, 4)], lambda x: Fn.soft_margin_loss(x, _sgn(12, 6).view(3, 4).to(x.dtype))),
    "soft_margin_loss_sum": ([(3, 4)], lambda x: Fn.soft_margin_loss(x, _sgn(12, 7).view(3, 4).to(x.dtype), reduction="sum")),
    "cosine_embedding_loss": ([(3, 4), (3, 4)], lambda a, b: Fn.cosine_embedding_loss(
        a, b, torch.tensor([1.0, -1.0, 1.0], dtype=a.dtype), -0.9)),
    "poisson_nll_loss": ([(3, 4)], lambda x: Fn.poisson_nll_loss(x, torch.arange(12.0, dtype=x.dtype).view(3, 4) / 4)),
    "poisson_nll_loss_full": ([((3, 4), "p")], lambda x: Fn.poisson_nll_loss(
        x, torch.arange(12.0, dtype=x.dtype).view(3, 4) / 3, False, True, reduction="sum")),
    "gaussian_nll_loss": ([(3, 4), (3, 4), ((3, 4), "p")], lambda x, y, v: Fn.gaussian_nll_loss(x, y, v)),
    "gaussian_nll_loss_full": ([(3, 4), (3, 4), ((3,), "p")], lambda x, y, v: Fn.gaussian_nll_loss(x, y, v, True, reduction="none")),
    "triplet_margin_loss": ([(3, 4), (3, 4), (3, 4)], lambda a, p, n: Fn.triplet_margin_loss(a, p, n, 2.0)),
    "triplet_margin_loss_swap": ([(3, 4), (3, 4), (3, 4)], lambda a, p, n: Fn.triplet_margin_loss(a, p, n, 3.0, 1.5, swap=True)),
    "multilabel_soft_margin_loss": ([(3, 4), ((3, 4), "p01", False)], lambda x, y: Fn.multilabel_soft_margin_loss(x, y)),
    "multilabel_soft_margin_loss_weight": ([(3, 4)], lambda x: Fn.multilabel_soft_margin_loss(
        x, torch.tensor([[1.0, 0, 0, 1], [0, 1, 1, 1], [0, 0, 0, 1]], dtype=x.dtype),
        torch.tensor([0.5, 1.0, 2.0, 1.5], dtype=x.dtype), reduction="none")),
}


NO_GRADCHECK = {"embedding_padding", "embedding_bag_freq"}


def _draw(shape, domain, gen):
    x = torch.randn(shape, dtype=torch.float64, generator=gen)
    if domain == "p":
        x = torch.rand(shape, dtype=torch.float64, generator=gen) * 1.5 + 0.5
    elif domain == "p01":
        x = torch.rand(shape, dtype=torch.float64, generator=gen) * 0.9 + 0.05
    elif domain == "k":  # away from the kink at 0
        x = torch.where(x.abs() < 0.1, x + 0.25, x)
    elif domain == "w":  # wide, away from the kinks at -3, 0, 3, 6
        x = torch.rand(shape, dtype=torch.float64, generator=gen) * 12 - 4.5
        for k in (-3.0, 0.0, 3.0, 6.0):
            x = torch.where((x - k).abs() < 0.05, x + 0.1, x)
    elif domain == "s":  # away from the kinks at -0.5, 0.5
        x = x * 1.5
        for k in (-0.5, 0.5):
            x = torch.where((x - k).abs() < 0.05, x + 0.1, x)
    return x


def _flat(t):
    return t.detach().reshape(-1).tolist()


def record_autograd():
    gen = torch.Generator().manual_seed(8765)
    cases = []
    for name, (specs, fn) in GRAD.items():
        # padding_idx's row gets no gradient although the output depends on it (and scale_grad_by_freq
        # rescales it on purpose), so a numerical
        # gradcheck (which runs on the float64 cases) cannot agree; record it in float32 only.
        dtypes = (torch.float32,) if name in NO_GRADCHECK else (torch.float64, torch.float32)
        for dtype in dtypes:
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
# nn_layers.json

def _enc(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": _flat(t.double() if t.dtype != torch.bool else t.long()),
            "grad_fn": None if t.grad_fn is None else type(t.grad_fn).__name__}


def _with(m, fn):
    fn(m)
    return m


def _bn_trained():
    m = nn.BatchNorm1d(3)
    m(torch.randn(5, 3))
    m(torch.randn(5, 3))
    return m.eval()


# id -> (builder, input shape); inputs are torch.randn after the build ("rand": torch.rand)
MODULES = OrderedDict([
    ("ELU", (lambda: nn.ELU(), (3, 4))),
    ("ELU(0.5)", (lambda: nn.ELU(0.5), (3, 4))),
    ("SELU", (lambda: nn.SELU(), (3, 4))),
    ("CELU(2.0)", (lambda: nn.CELU(2.0), (3, 4))),
    ("SiLU", (lambda: nn.SiLU(), (3, 4))),
    ("Mish", (lambda: nn.Mish(), (3, 4))),
    ("Softplus", (lambda: nn.Softplus(), (3, 4))),
    ("Softplus(2,1)", (lambda: nn.Softplus(2, 1), (3, 4))),
    ("Softsign", (lambda: nn.Softsign(), (3, 4))),
    ("Hardtanh", (lambda: nn.Hardtanh(), (3, 4))),
    ("Hardtanh(-2,2)", (lambda: nn.Hardtanh(-2, 2), (3, 4))),
    ("ReLU6", (lambda: nn.ReLU6(), (3, 4))),
    ("Hardsigmoid", (lambda: nn.Hardsigmoid(), (3, 4))),
    ("Hardswish", (lambda: nn.Hardswish(), (3, 4))),
    ("LogSigmoid", (lambda: nn.LogSigmoid(), (3, 4))),
    ("PReLU", (lambda: nn.PReLU(), (3, 4))),
    ("PReLU(3)", (lambda: nn.PReLU(3), (2, 3, 4))),
    ("Threshold(0.1,20)", (lambda: nn.Threshold(0.1, 20), (3, 4))),
    ("GLU", (lambda: nn.GLU(), (3, 4))),
    ("GLU(0)", (lambda: nn.GLU(0), (4, 3))),
    ("Softmin(1)", (lambda: nn.Softmin(1), (3, 4))),
    ("Tanhshrink", (lambda: nn.Tanhshrink(), (3, 4))),
    ("Softshrink", (lambda: nn.Softshrink(), (3, 4))),
    ("Hardshrink(0.3)", (lambda: nn.Hardshrink(0.3), (3, 4))),
    ("BatchNorm1d(3)", (lambda: nn.BatchNorm1d(3), (5, 3))),
    ("BatchNorm1d(3)@3d", (lambda: nn.BatchNorm1d(3), (4, 3, 2))),
    ("BatchNorm1d(3).eval", (lambda: nn.BatchNorm1d(3).eval(), (5, 3))),
    ("BatchNorm1d_trained.eval", (_bn_trained, (5, 3))),
    ("BatchNorm1d(3,affine=False,momentum=None)", (lambda: nn.BatchNorm1d(3, affine=False, momentum=None), (6, 3))),
    ("BatchNorm1d(3,track=False).eval", (lambda: nn.BatchNorm1d(3, track_running_stats=False).eval(), (6, 3))),
    ("BatchNorm2d(2)", (lambda: nn.BatchNorm2d(2), (3, 2, 2, 3))),
    ("BatchNorm2d(2,eps,momentum)", (lambda: nn.BatchNorm2d(2, eps=1e-3, momentum=0.3), (3, 2, 2, 3))),
    ("BatchNorm2d(2).eval", (lambda: nn.BatchNorm2d(2).eval(), (3, 2, 2, 3))),
    ("LayerNorm(4)", (lambda: nn.LayerNorm(4), (3, 4))),
    ("LayerNorm((2,4))", (lambda: nn.LayerNorm((2, 4)), (3, 2, 4))),
    ("LayerNorm(4,affine=False)", (lambda: nn.LayerNorm(4, elementwise_affine=False), (2, 3, 4))),
    ("GroupNorm(2,4)", (lambda: nn.GroupNorm(2, 4), (3, 4, 5))),
    ("GroupNorm(3,6,affine=False)", (lambda: nn.GroupNorm(3, 6, affine=False), (2, 6, 2, 2))),
    ("InstanceNorm2d(3)", (lambda: nn.InstanceNorm2d(3), (2, 3, 2, 3))),
    ("InstanceNorm2d(3,affine)", (lambda: nn.InstanceNorm2d(3, affine=True), (2, 3, 2, 3))),
    ("InstanceNorm2d(3,track)", (lambda: nn.InstanceNorm2d(3, track_running_stats=True), (2, 3, 2, 3))),
    ("InstanceNorm2d(3)@3d", (lambda: nn.InstanceNorm2d(3), (3, 2, 3))),
    ("CosineSimilarity", (lambda: _Pair(nn.CosineSimilarity()), (2, 3, 4))),
    ("PairwiseDistance", (lambda: _Pair(nn.PairwiseDistance()), (2, 3, 4))),
    ("Bilinear(3,3,2)", (lambda: _Pair(nn.Bilinear(3, 3, 2)), (2, 4, 3))),
    ("bn_mlp", (lambda: nn.Sequential(nn.Linear(4, 6), nn.BatchNorm1d(6), nn.ReLU(), nn.Linear(6, 2)), (5, 4))),
    ("bn_cnn", (lambda: nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.Sigmoid(), nn.Flatten(),
                                      nn.Linear(8, 3)), (2, 1, 4, 4))),
])


class _Pair(nn.Module):
    """Runs a two-input module on x[0], x[1] (the Java side builds the same wrapper)."""

    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, x):
        return self.m(x[0], x[1])


class _Emb(nn.Module):
    pass


EMB_IDX = [[0, 3, 9, 3], [1, 1, 0, 7]]


def _emb_case(build):
    torch.manual_seed(0)
    m = build()
    idx = torch.tensor(EMB_IDX)
    y = m(idx)
    cot = torch.randn(y.shape)
    if y.requires_grad:
        y.backward(cot)
    return {"output": _enc(y), "cotangent": _flat(cot),
            "weight": _flat(m.weight),
            "weight_grad": None if m.weight.grad is None else _flat(m.weight.grad)}


EMBEDDINGS = OrderedDict([
    ("Embedding(10,3)", lambda: nn.Embedding(10, 3)),
    ("Embedding(10,3,padding_idx=3)", lambda: nn.Embedding(10, 3, padding_idx=3)),
    ("Embedding(10,3,padding_idx=-1)", lambda: nn.Embedding(10, 3, padding_idx=-1)),
    ("Embedding(10,3,max_norm=1)", lambda: nn.Embedding(10, 3, max_norm=1.0)),
    ("Embedding(10,3,max_norm=0.5,norm_type=1)", lambda: nn.Embedding(10, 3, max_norm=0.5, norm_type=1.0)),
    ("Embedding.from_pretrained", lambda: nn.Embedding.from_pretrained(torch.arange(30.0).view(10, 3) / 10)),
    ("Embedding.from_pretrained(freeze=False,padding_idx=0)",
     lambda: nn.Embedding.from_pretrained(torch.arange(30.0).view(10, 3) / 10, freeze=False, padding_idx=0)),
])


INIT = OrderedDict([
    ("Embedding(10,3)", lambda: nn.Embedding(10, 3)),
    ("Embedding(6,4,padding_idx=2)", lambda: nn.Embedding(6, 4, padding_idx=2)),
    ("PReLU(3,0.1)", lambda: nn.PReLU(3, 0.1)),
    ("BatchNorm1d(3)", lambda: nn.BatchNorm1d(3)),
    ("LayerNorm((2,3))", lambda: nn.LayerNorm((2, 3))),
    ("GroupNorm(2,4)", lambda: nn.GroupNorm(2, 4)),
    ("Bilinear(3,4,2)", lambda: nn.Bilinear(3, 4, 2)),
    ("Bilinear(2,2,3,bias=False)", lambda: nn.Bilinear(2, 2, 3, bias=False)),
    ("Linear_Embedding_Linear", lambda: nn.Sequential(nn.Linear(3, 2), nn.Embedding(4, 2), nn.Linear(2, 2))),
    ("EmbeddingBag(6,2,mode=sum)", lambda: nn.EmbeddingBag(6, 2, mode="sum")),
    ("ParameterList(randn)", lambda: nn.ParameterList([nn.Parameter(torch.randn(2, 3)), nn.Parameter(torch.randn(3))])),
])


def _plist():
    return nn.ParameterList([nn.Parameter(torch.ones(2, 3)), nn.Parameter(torch.zeros(4, dtype=torch.float64))])


def _pdict():
    return nn.ParameterDict(OrderedDict([("a", nn.Parameter(torch.ones(2))), ("b", nn.Parameter(torch.ones(1, 2)))]))


class _WithParams(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)
        self.plist = _plist()
        self.pdict = _pdict()


REPRS = OrderedDict([
    ("ELU", lambda: nn.ELU()),
    ("ELU(0.5,inplace)", lambda: nn.ELU(0.5, True)),
    ("SELU", lambda: nn.SELU()),
    ("SELU(inplace)", lambda: nn.SELU(True)),
    ("CELU", lambda: nn.CELU()),
    ("CELU(2.0)", lambda: nn.CELU(2.0)),
    ("SiLU", lambda: nn.SiLU()),
    ("SiLU(inplace)", lambda: nn.SiLU(True)),
    ("Mish", lambda: nn.Mish()),
    ("Softplus", lambda: nn.Softplus()),
    ("Softplus(2,10)", lambda: nn.Softplus(2, 10)),
    ("Softplus(0.5,15.0)", lambda: nn.Softplus(0.5, 15.0)),
    ("Softsign", lambda: nn.Softsign()),
    ("Hardtanh", lambda: nn.Hardtanh()),
    ("Hardtanh(-2,2,inplace)", lambda: nn.Hardtanh(-2, 2, True)),
    ("ReLU6", lambda: nn.ReLU6()),
    ("ReLU6(inplace)", lambda: nn.ReLU6(True)),
    ("Hardsigmoid", lambda: nn.Hardsigmoid()),
    ("Hardswish", lambda: nn.Hardswish()),
    ("LogSigmoid", lambda: nn.LogSigmoid()),
    ("PReLU", lambda: nn.PReLU()),
    ("PReLU(3,0.1)", lambda: nn.PReLU(3, 0.1)),
    ("Threshold(0.1,20)", lambda: nn.Threshold(0.1, 20)),
    ("Threshold(0.1,20.0,inplace)", lambda: nn.Threshold(0.1, 20.0, True)),
    ("GLU", lambda: nn.GLU()),
    ("GLU(1)", lambda: nn.GLU(1)),
    ("Softmin(1)", lambda: nn.Softmin(1)),
    ("Softmin()", lambda: nn.Softmin()),
    ("Tanhshrink", lambda: nn.Tanhshrink()),
    ("Softshrink", lambda: nn.Softshrink()),
    ("Softshrink(1)", lambda: nn.Softshrink(1)),
    ("Hardshrink(0.3)", lambda: nn.Hardshrink(0.3)),
    ("CosineSimilarity", lambda: nn.CosineSimilarity()),
    ("PairwiseDistance", lambda: nn.PairwiseDistance()),
    ("BatchNorm1d(3)", lambda: nn.BatchNorm1d(3)),
    ("BatchNorm2d(16,momentum=None,affine=False,track=False)",
     lambda: nn.BatchNorm2d(16, momentum=None, affine=False, track_running_stats=False)),
    ("BatchNorm2d(4,eps=0.001,momentum=0.3)", lambda: nn.BatchNorm2d(4, eps=0.001, momentum=0.3)),
    ("LayerNorm(4)", lambda: nn.LayerNorm(4)),
    ("LayerNorm((3,4),eps=1e-6,affine=False)", lambda: nn.LayerNorm((3, 4), eps=1e-6, elementwise_affine=False)),
    ("GroupNorm(2,4)", lambda: nn.GroupNorm(2, 4)),
    ("GroupNorm(1,3,eps=0.01,affine=False)", lambda: nn.GroupNorm(1, 3, eps=0.01, affine=False)),
    ("InstanceNorm2d(3)", lambda: nn.InstanceNorm2d(3)),
    ("InstanceNorm2d(3,affine,track)", lambda: nn.InstanceNorm2d(3, affine=True, track_running_stats=True)),
    ("Embedding(10,3)", lambda: nn.Embedding(10, 3)),
    ("Embedding(10,3,padding_idx=-1,max_norm=1.0)", lambda: nn.Embedding(10, 3, padding_idx=-1, max_norm=1.0)),
    ("Embedding(5,2,max_norm=2.0,norm_type=1.0)", lambda: nn.Embedding(5, 2, max_norm=2.0, norm_type=1.0)),
    ("Embedding.from_pretrained", lambda: nn.Embedding.from_pretrained(torch.ones(2, 3))),
    ("EmbeddingBag(10,3)", lambda: nn.EmbeddingBag(10, 3)),
    ("EmbeddingBag(10,3,max_norm=1.0,mode=max,padding_idx=-1)",
     lambda: nn.EmbeddingBag(10, 3, max_norm=1.0, mode="max", padding_idx=-1)),
    ("ParameterList", _plist),
    ("ParameterList()", lambda: nn.ParameterList()),
    ("ParameterDict", _pdict),
    ("WithParams", _WithParams),
    ("Bilinear(2,3,4)", lambda: nn.Bilinear(2, 3, 4)),
    ("Bilinear(2,3,4,bias=False)", lambda: nn.Bilinear(2, 3, 4, bias=False)),
    ("KLDivLoss", lambda: nn.KLDivLoss()),
    ("MarginRankingLoss", lambda: nn.MarginRankingLoss()),
    ("HingeEmbeddingLoss", lambda: nn.HingeEmbeddingLoss()),
    ("SoftMarginLoss", lambda: nn.SoftMarginLoss()),
    ("CosineEmbeddingLoss", lambda: nn.CosineEmbeddingLoss()),
    ("PoissonNLLLoss", lambda: nn.PoissonNLLLoss()),
    ("GaussianNLLLoss", lambda: nn.GaussianNLLLoss()),
    ("TripletMarginLoss", lambda: nn.TripletMarginLoss()),
    ("MultiLabelSoftMarginLoss", lambda: nn.MultiLabelSoftMarginLoss()),
    ("MultiLabelSoftMarginLoss(weight)", lambda: nn.MultiLabelSoftMarginLoss(torch.ones(3))),
    ("bn_mlp", lambda: nn.Sequential(nn.Linear(4, 6), nn.BatchNorm1d(6), nn.ReLU(), nn.Linear(6, 2))),
])

STRUCTURE = ["BatchNorm1d(3)", "BatchNorm2d(16,momentum=None,affine=False,track=False)",
             "LayerNorm(4)", "LayerNorm((3,4),eps=1e-6,affine=False)", "GroupNorm(2,4)",
             "InstanceNorm2d(3)", "InstanceNorm2d(3,affine,track)", "Embedding(10,3)", "PReLU(3,0.1)",
             "ParameterList", "ParameterDict", "WithParams", "Bilinear(2,3,4,bias=False)",
             "MultiLabelSoftMarginLoss(weight)", "bn_mlp"]


def _bn_momentum_none():
    m = nn.BatchNorm1d(2, momentum=None)
    out = []
    for _ in range(3):
        m(torch.randn(4, 2))
        out.append("%s %s %s" % (m.running_mean, m.running_var, m.num_batches_tracked))
    return "\n".join(out)


def _bn_train_eval():
    m = nn.BatchNorm2d(2)
    x = torch.randn(2, 2, 2, 2)
    y1 = m(x)
    m.eval()
    y2 = m(x)
    m.train()
    y3 = m(x)
    return "\n".join(repr(t) for t in (y1, y2, y3, m.running_mean, m.running_var, m.num_batches_tracked))


def _bn_double():
    m = nn.BatchNorm1d(2).double()
    m(torch.randn(3, 2, dtype=torch.float64))
    return "\n".join("%s: %s" % (k, repr(v)) for k, v in m.state_dict().items())


def _bn_load():
    a = nn.BatchNorm1d(2)
    a(torch.randn(4, 2))
    b = nn.BatchNorm1d(2)
    r = b.load_state_dict(a.state_dict())
    return repr(r) + "\n" + repr(b.running_mean) + "\n" + repr(b.num_batches_tracked)


def _emb_from_pretrained():
    w = torch.tensor([[1.0, 2.3, 3.0], [4.0, 5.1, 6.3]])
    e = nn.Embedding.from_pretrained(w)
    e2 = nn.Embedding.from_pretrained(w, freeze=False)
    return "%s %s %s\n%s" % (e.weight.requires_grad, e2.weight.requires_grad, e.weight.data_ptr() == w.data_ptr(),
                             repr(e(torch.tensor([1]))))


def _plist_ops():
    pl = nn.ParameterList([nn.Parameter(torch.ones(2))])
    pl.append(nn.Parameter(torch.zeros(3)))
    pl.extend([nn.Parameter(torch.ones(1, 1)), nn.Parameter(torch.ones(2, 2))])
    s = sum(p.sum() for p in pl)
    return "%d %s %s\n%s\n%s" % (len(pl), [k for k, _ in pl.named_parameters()], repr(s), repr(pl), repr(pl[1]))


def _pdict_ops():
    pd = nn.ParameterDict()
    pd["w"] = nn.Parameter(torch.ones(2, 2))
    pd.update({"b": nn.Parameter(torch.zeros(2))})
    return "%d %s %s %s\n%s" % (len(pd), list(pd.keys()), "w" in pd, [k for k, _ in pd.named_parameters()], repr(pd))


def _emb_max_norm():
    e = nn.Embedding(4, 3, max_norm=1.0)
    e(torch.tensor([0, 2]))
    return repr(e.weight)


def _prelu_train():
    m = nn.PReLU()
    opt = torch.optim.SGD(m.parameters(), lr=0.5)
    x = torch.randn(4, 3)
    loss = m(x).sum()
    loss.backward()
    opt.step()
    return repr(m.weight)


def _inplace():
    out = []
    for f in (lambda y: Fn.elu(y, 0.5, True), lambda y: Fn.relu6(y, True), lambda y: Fn.hardswish(y, True),
              lambda y: Fn.silu(y, True), lambda y: Fn.threshold(y, 0.5, -1.0, True),
              lambda y: nn.Hardtanh(-0.5, 0.5, True)(y), lambda y: nn.SELU(True)(y)):
        x = torch.randn(6, requires_grad=True)
        y = x * 2
        r = f(y)
        (y * torch.arange(1.0, 7.0)).sum().backward()
        out.append("%s %s %s" % (r is y, repr(y.detach()), repr(x.grad)))
    x = torch.randn(3)
    Fn.mish(x, True)
    out.append(repr(x))
    return "\n".join(out)


class TextClassificationModel(nn.Module):
    """PyTorch's "Text classification with the torchtext library" model."""

    def __init__(self, vocab_size, embed_dim, num_class):
        super(TextClassificationModel, self).__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, sparse=False)
        self.fc = nn.Linear(embed_dim, num_class)
        self.init_weights()

    def init_weights(self):
        initrange = 0.5
        self.embedding.weight.data.uniform_(-initrange, initrange)
        self.fc.weight.data.uniform_(-initrange, initrange)
        self.fc.bias.data.zero_()

    def forward(self, text, offsets):
        embedded = self.embedding(text, offsets)
        return self.fc(embedded)


def _text_classification():
    model = TextClassificationModel(20, 8, 4)
    opt = torch.optim.SGD(model.parameters(), lr=5)
    crit = nn.CrossEntropyLoss()
    text = torch.randint(0, 20, (15,))
    offsets = torch.tensor([0, 4, 9, 9, 12])
    label = torch.tensor([0, 3, 1, 2, 1])
    out = [repr(model)]
    for _ in range(3):
        opt.zero_grad()
        pred = model(text, offsets)
        loss = crit(pred, label)
        loss.backward()
        opt.step()
        out.append(repr(loss))
    out.append(repr(model(text, offsets)))
    return "\n".join(out)


TEXTS = OrderedDict([
    ("text_classification", _text_classification),
    ("inplace", _inplace),
    ("bn_momentum_none", _bn_momentum_none),
    ("bn_train_eval", _bn_train_eval),
    ("bn_double", _bn_double),
    ("bn_load", _bn_load),
    ("emb_from_pretrained", _emb_from_pretrained),
    ("plist_ops", _plist_ops),
    ("pdict_ops", _pdict_ops),
    ("emb_max_norm", _emb_max_norm),
    ("prelu_train", _prelu_train),
])

ERRORS = OrderedDict([
    ("bn1d_dim", lambda: nn.BatchNorm1d(3)(torch.randn(2, 3, 4, 5))),
    ("bn2d_dim", lambda: nn.BatchNorm2d(3)(torch.randn(2, 3))),
    ("bn_batch1", lambda: nn.BatchNorm1d(3)(torch.randn(1, 3))),
    ("bn_channels", lambda: nn.BatchNorm1d(3)(torch.randn(4, 5))),
    ("layer_norm_shape", lambda: nn.LayerNorm(4)(torch.randn(3, 5))),
    ("group_norm_divisible", lambda: nn.GroupNorm(4, 6)),
    ("group_norm_channels", lambda: nn.GroupNorm(2, 4)(torch.randn(2, 6, 3))),
    ("instance_norm_dim", lambda: nn.InstanceNorm2d(3)(torch.randn(2, 3))),
    ("emb_padding_idx", lambda: nn.Embedding(5, 2, padding_idx=5)),
    ("emb_padding_idx_neg", lambda: nn.Embedding(5, 2, padding_idx=-6)),
    ("emb_oob", lambda: nn.Embedding(5, 2)(torch.tensor([5]))),
    ("emb_float_idx", lambda: nn.Embedding(5, 2)(torch.tensor([1.0]))),
    ("emb_pretrained_1d", lambda: nn.Embedding.from_pretrained(torch.ones(3))),
    ("prelu_channels", lambda: nn.PReLU(3)(torch.randn(2, 4))),
    ("glu_odd", lambda: nn.GLU()(torch.randn(2, 3))),
    ("celu_alpha0", lambda: nn.CELU(0.0)(torch.randn(2))),
    ("softshrink_neg", lambda: nn.Softshrink(-1.0)(torch.randn(2))),
    ("triplet_dims", lambda: nn.TripletMarginLoss()(torch.randn(3, 4), torch.randn(3, 4), torch.randn(4))),
    ("margin_ranking_dims", lambda: nn.MarginRankingLoss()(torch.randn(3), torch.randn(3), torch.randn(3, 1))),
    ("cosine_embedding_dims", lambda: nn.CosineEmbeddingLoss()(torch.randn(3, 4), torch.randn(3, 4), torch.ones(3, 1))),
    ("gaussian_var_size", lambda: nn.GaussianNLLLoss()(torch.randn(3, 4), torch.randn(3, 4), torch.ones(2))),
    ("gaussian_var_neg", lambda: nn.GaussianNLLLoss()(torch.randn(3), torch.randn(3), -torch.ones(3))),
    ("bilinear_shape", lambda: nn.Bilinear(2, 3, 4)(torch.randn(5, 2), torch.randn(5, 4))),
    ("embedding_bag_2d_offsets", lambda: nn.EmbeddingBag(5, 2)(torch.tensor([[0, 1]]), torch.tensor([0]))),
    ("embedding_bag_mode", lambda: nn.EmbeddingBag(5, 2, mode="median")(torch.tensor([[0, 1]]))),
    ("plist_index", lambda: nn.ParameterList([nn.Parameter(torch.ones(1))])[1]),
    ("pdict_key", lambda: nn.ParameterDict()["x"]),
])


def record_modules():
    out = OrderedDict([("init", []), ("modules", []), ("embeddings", []), ("reprs", []),
                       ("structure", []), ("errors", []), ("texts", [])])
    for iid, build in INIT.items():
        for seed in (0, 3):
            torch.manual_seed(seed)
            m = build()
            out["init"].append({"id": iid, "seed": seed, "params": {
                k: {"shape": list(v.shape), "dtype": str(v.dtype).replace("torch.", ""), "values": _flat(v)}
                for k, v in m.named_parameters()}})
    for mid, (build, shape) in MODULES.items():
        torch.manual_seed(0)
        m = build()
        x = torch.randn(shape).requires_grad_()
        y = m(x)
        cot = torch.randn(y.shape)
        y.backward(cot)
        out["modules"].append({
            "id": mid, "seed": 0, "input": {"shape": list(shape), "values": _flat(x)},
            "output": _enc(y), "cotangent": _flat(cot),
            "input_grad": None if x.grad is None else _flat(x.grad),
            "param_grads": {k: (None if v.grad is None else _flat(v.grad)) for k, v in m.named_parameters()},
            "buffers": {k: _flat(v.double()) for k, v in m.named_buffers()},
        })
    for eid, build in EMBEDDINGS.items():
        c = _emb_case(build)
        c["id"] = eid
        out["embeddings"].append(c)
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
    for tid, fn in TEXTS.items():
        torch.manual_seed(0)
        out["texts"].append({"id": tid, "text": fn()})
    for eid, fn in ERRORS.items():
        torch.manual_seed(0)
        try:
            fn()
            raise AssertionError("no error: " + eid)
        except AssertionError as e:
            if str(e).startswith("no error"):
                raise
            out["errors"].append({"id": eid, "type": type(e).__name__, "message": str(e)})
        except Exception as e:  # noqa: BLE001
            out["errors"].append({"id": eid, "type": type(e).__name__,
                                  "message": e.args[0] if isinstance(e, KeyError) else str(e)})
    return out


def main():
    os.makedirs(FIX, exist_ok=True)
    ops = record_ops()
    with open(os.path.join(FIX, "ops_nn_layers.json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(ops):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(ops) else "\n")
        f.write("]\n")
    print("ops_nn_layers.json: %d cases (%d errors), %d skipped" % (
        len(ops), sum(1 for c in ops if "error" in c["expect"]), len(ro.SKIPPED)))
    for cid, why in ro.SKIPPED:
        print("skipped %s: %s" % (cid, why), file=sys.stderr)
    ag = record_autograd()
    with open(os.path.join(FIX, "autograd_nn_layers.json"), "w", encoding="utf-8") as f:
        json.dump(ag, f, allow_nan=True)
    print("autograd_nn_layers.json: %d cases" % len(ag["cases"]))
    mods = record_modules()
    with open(os.path.join(FIX, "nn_layers.json"), "w", encoding="utf-8") as f:
        json.dump(mods, f, allow_nan=True)
    print("nn_layers.json: " + ", ".join("%s=%d" % (k, len(v)) for k, v in mods.items()))


if __name__ == "__main__":
    main()
