#!/usr/bin/python3
"""Records recurrent layers, 1-d/transposed convolutions, pooling, padding modes and autograd
graph inspection (grad_fn.next_functions) from real PyTorch (1.13) for TorchND.

Run:  /usr/bin/python3 compat-tests/recorder/record_nn_conv_rnn.py
Out:  compat-tests/src/test/resources/fixtures/nn_conv_rnn.json, one object:
  {"programs": [{"id", "results": [[name, value], ...]}]}
Each program runs after torch.manual_seed(0) and returns named results in order; a value is a
tensor {"shape", "dtype", "values", "grad_fn"} (grad_fn: type(t.grad_fn).__name__ or None), a
string (reprs, key lists, graph walks) or an error {"error": type, "message"}. Names starting
with "init." are parameters right after construction (compared bit for bit); "grad." names are
gradients after backward of sum(output * randn(output.shape)) over every output in order.
NnConvRnnTest (compat-tests) spells each program in Java.
"""

import json
import math
import os
import sys

# PyTorch's Conv error texts print Python sets ({'valid', 'same'}), whose order follows string
# hashing: fix the hash seed so the recorded order is reproducible.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import torch
from torch import nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "nn_conv_rnn.json")
torch.set_num_threads(1)

PROGRAMS = {}


def program(fn):
    PROGRAMS[fn.__name__] = fn
    return fn


def enc(v):
    if isinstance(v, torch.Tensor):
        vals = [float(x) for x in v.detach().reshape(-1).double().tolist()]
        return {"shape": list(v.shape), "dtype": str(v.dtype).replace("torch.", ""),
                "values": vals,
                "grad_fn": type(v.grad_fn).__name__ if v.grad_fn is not None else None}
    if isinstance(v, str):
        return v
    raise TypeError(type(v))


def err(fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001
        return {"error": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")


def module_run(m, inputs, call):
    """init.* params, outputs, then grads of sum(out * randn_like(out)) for inputs and params."""
    res = [("init." + k, p.detach().clone()) for k, p in m.named_parameters()]
    outs = call(*inputs)
    loss = 0
    for i, o in enumerate(outs):
        res.append(("out%d" % i, o))
    for o in outs:
        loss = loss + (o * torch.randn(o.shape, dtype=o.dtype)).sum()  # contiguous draws
    loss.backward()
    for i, x in enumerate(inputs):
        if x is not None and x.requires_grad:
            res.append(("grad.in%d" % i, x.grad))
    for k, p in m.named_parameters():
        res.append(("grad." + k, p.grad))
    return res


def rnn_call(m):
    def call(x, *hx):
        if not hx:
            out, h = m(x)
        elif isinstance(m, nn.LSTM):
            out, h = m(x, (hx[0], hx[1]))
        else:
            out, h = m(x, hx[0])
        return [out] + (list(h) if isinstance(h, tuple) else [h])
    return call


def randn(*shape):
    return torch.randn(*shape).requires_grad_()


# ------------------------------------------------------------------ recurrent layers

RNN_CASES = {
    "rnn_basic": (lambda: nn.RNN(3, 4), (5, 2, 3), None),
    "rnn_relu_2l_nobias": (lambda: nn.RNN(3, 4, 2, nonlinearity='relu', bias=False), (5, 2, 3), None),
    "rnn_bidir_batch_first_h0": (lambda: nn.RNN(3, 4, 2, batch_first=True, bidirectional=True),
                                 (2, 5, 3), [(4, 2, 4)]),
    "rnn_unbatched_h0": (lambda: nn.RNN(3, 4), (5, 3), [(1, 4)]),
    "gru_basic": (lambda: nn.GRU(3, 4), (5, 2, 3), None),
    "gru_2l_bidir_h0": (lambda: nn.GRU(3, 4, 2, bidirectional=True), (4, 2, 3), [(4, 2, 4)]),
    "gru_batch_first": (lambda: nn.GRU(3, 5, batch_first=True), (2, 4, 3), None),
    "gru_unbatched": (lambda: nn.GRU(3, 4, 2), (5, 3), None),
    "lstm_basic": (lambda: nn.LSTM(3, 4), (5, 2, 3), None),
    "lstm_2l_bidir_h0c0": (lambda: nn.LSTM(3, 4, 2, bidirectional=True), (4, 2, 3),
                           [(4, 2, 4), (4, 2, 4)]),
    "lstm_batch_first_nobias": (lambda: nn.LSTM(3, 4, 1, False, True), (2, 4, 3), None),
    "lstm_proj_2l_bidir": (lambda: nn.LSTM(3, 5, 2, bidirectional=True, proj_size=2), (4, 2, 3),
                           None),
    "lstm_unbatched_h0c0": (lambda: nn.LSTM(3, 4), (5, 3), [(1, 4), (1, 4)]),
    "gru_dropout_train": (lambda: nn.GRU(3, 4, 3, dropout=0.5), (5, 2, 3), None),
    "lstm_dropout_eval": (lambda: nn.LSTM(3, 4, 2, dropout=0.3).eval(), (5, 2, 3), None),
    "rnn_float64": (lambda: nn.RNN(3, 4, 2, dtype=torch.float64), None, None),
}


def _rnn_program(build, xshape, hshapes):
    def f():
        m = build()
        if xshape is None:
            x = torch.randn(5, 2, 3, dtype=torch.float64).requires_grad_()
            hs = []
        else:
            x = randn(*xshape)
            hs = [randn(*s) for s in (hshapes or [])]
        return module_run(m, [x] + hs, rnn_call(m))
    return f


for _id, (_b, _x, _h) in RNN_CASES.items():
    PROGRAMS[_id] = _rnn_program(_b, _x, _h)


def _cell_call(m):
    def call(x, *hx):
        if isinstance(m, nn.LSTMCell):
            r = m(x, (hx[0], hx[1])) if hx else m(x)
            return list(r)
        return [m(x, hx[0]) if hx else m(x)]
    return call


CELL_CASES = {
    "rnncell_h0": (lambda: nn.RNNCell(3, 4), (2, 3), [(2, 4)]),
    "rnncell_relu_nobias_unbatched": (lambda: nn.RNNCell(3, 4, False, 'relu'), (3,), None),
    "grucell_h0": (lambda: nn.GRUCell(3, 4), (2, 3), [(2, 4)]),
    "grucell_unbatched_h0": (lambda: nn.GRUCell(3, 4), (3,), [(4,)]),
    "lstmcell": (lambda: nn.LSTMCell(3, 4), (2, 3), None),
    "lstmcell_hc_nobias": (lambda: nn.LSTMCell(3, 4, False), (2, 3), [(2, 4), (2, 4)]),
}


def _cell_program(build, xshape, hshapes):
    def f():
        m = build()
        x = randn(*xshape)
        hs = [randn(*s) for s in (hshapes or [])]
        return module_run(m, [x] + hs, _cell_call(m))
    return f


for _id, (_b, _x, _h) in CELL_CASES.items():
    PROGRAMS[_id] = _cell_program(_b, _x, _h)


@program
def rnn_reprs():
    mods = [nn.RNN(3, 4), nn.RNN(3, 4, 2, nonlinearity='relu', bias=False, batch_first=True, dropout=0.5, bidirectional=True), nn.GRU(10, 20, 2),
            nn.GRU(3, 4, dropout=0.25, bidirectional=True), nn.LSTM(3, 4, proj_size=2),
            nn.LSTM(3, 4, 2, batch_first=True), nn.RNNCell(3, 4),
            nn.RNNCell(3, 4, False, 'relu'), nn.GRUCell(3, 4, bias=False), nn.LSTMCell(3, 4)]
    res = [("repr%d" % i, repr(m)) for i, m in enumerate(mods)]
    res.append(("keys_lstm", " ".join(nn.LSTM(3, 4, 2, bidirectional=True, proj_size=2)
                                      .state_dict().keys())))
    res.append(("keys_gru", " ".join(nn.GRU(3, 4, bias=False).state_dict().keys())))
    res.append(("keys_cell", " ".join(nn.LSTMCell(3, 4, bias=False).state_dict().keys())))
    res.append(("seq", repr(nn.Sequential(nn.LSTM(3, 4), nn.Linear(4, 2)))))
    return res


@program
def rnn_errors():
    rnn = nn.RNN(3, 4)
    lstm = nn.LSTM(3, 4)
    cell = nn.RNNCell(3, 4)
    lcell = nn.LSTMCell(3, 4)
    return [
        ("input_size", err(lambda: rnn(torch.randn(5, 2, 6)))),
        ("hidden_size", err(lambda: rnn(torch.randn(5, 2, 3), torch.randn(1, 3, 4)))),
        ("hidden_dim_batched", err(lambda: rnn(torch.randn(5, 2, 3), torch.randn(2, 4)))),
        ("hidden_dim_unbatched", err(lambda: rnn(torch.randn(5, 3), torch.randn(1, 2, 4)))),
        ("dtype", err(lambda: rnn(torch.randn(5, 2, 3, dtype=torch.float64)))),
        ("dims4", err(lambda: rnn(torch.randn(5, 2, 3, 1)))),
        ("lstm_h0", err(lambda: lstm(torch.randn(5, 2, 3),
                                     (torch.randn(1, 2, 5), torch.randn(1, 2, 4))))),
        ("lstm_c0", err(lambda: lstm(torch.randn(5, 2, 3),
                                     (torch.randn(1, 2, 4), torch.randn(2, 2, 4))))),
        ("lstm_dims", err(lambda: lstm(torch.randn(5, 2, 3),
                                       (torch.randn(2, 4), torch.randn(1, 2, 4))))),
        ("lstm_dims_unbatched", err(lambda: lstm(torch.randn(5, 3),
                                                 (torch.randn(1, 1, 4), torch.randn(1, 4))))),
        ("dropout_range", err(lambda: nn.GRU(3, 4, dropout=1.5))),
        ("proj_big", err(lambda: nn.LSTM(3, 4, proj_size=4))),
        ("proj_neg", err(lambda: nn.LSTM(3, 4, proj_size=-1))),
        ("nonlinearity", err(lambda: nn.RNN(3, 4, nonlinearity='sigmoid'))),
        ("cell_input", err(lambda: cell(torch.randn(2, 5)))),
        ("cell_batch", err(lambda: cell(torch.randn(2, 3), torch.randn(3, 4)))),
        ("cell_hidden", err(lambda: cell(torch.randn(2, 3), torch.randn(2, 5)))),
        ("cell_dims", err(lambda: cell(torch.randn(2, 2, 3)))),
        ("lcell_hidden1", err(lambda: lcell(torch.randn(2, 3),
                                            (torch.randn(2, 4), torch.randn(2, 6))))),
        ("gcell_dims", err(lambda: nn.GRUCell(3, 4)(torch.randn(1, 2, 3)))),
        ("lcell_dims", err(lambda: lcell(torch.randn(1, 2, 3)))),
    ]


# ------------------------------------------------------------------ convolutions, pooling, padding

def _one(m):
    return lambda x: [m(x)]


CONV_CASES = {
    "conv1d_basic": (lambda: nn.Conv1d(2, 3, 3), (2, 2, 7)),
    "conv1d_s2p1d2g2_nobias": (lambda: nn.Conv1d(4, 6, 3, 2, 1, 2, 2, False), (2, 4, 9)),
    "conv1d_same_even": (lambda: nn.Conv1d(2, 3, 4, padding='same'), (1, 2, 7)),
    "conv1d_unbatched": (lambda: nn.Conv1d(2, 3, 3, stride=2), (2, 8)),
    "conv1d_circular": (lambda: nn.Conv1d(2, 3, 3, padding=1, padding_mode='circular'), (2, 2, 6)),
    "conv1d_reflect": (lambda: nn.Conv1d(2, 3, 3, padding=2, padding_mode='reflect'), (2, 2, 6)),
    "conv1d_replicate_same": (lambda: nn.Conv1d(2, 3, 4, padding='same', padding_mode='replicate'),
                              (1, 2, 6)),
    "conv2d_reflect": (lambda: nn.Conv2d(2, 3, 3, padding=(1, 2), padding_mode='reflect'),
                       (1, 2, 5, 6)),
    "conv2d_circular": (lambda: nn.Conv2d(2, 2, 3, stride=2, padding=1, padding_mode='circular'),
                        (2, 2, 5, 5)),
    "conv2d_replicate": (lambda: nn.Conv2d(1, 2, 2, padding=1, padding_mode='replicate'),
                         (1, 1, 3, 4)),
    "convT2d_s2p1op1": (lambda: nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1, output_padding=1),
                        (2, 3, 4, 4)),
    "convT2d_groups_dil_nobias": (lambda: nn.ConvTranspose2d(4, 6, (3, 2), stride=(2, 1),
                                                             padding=(0, 1), groups=2,
                                                             dilation=(1, 2), bias=False),
                                  (1, 4, 3, 5)),
    "convT2d_fcn": (lambda: nn.ConvTranspose2d(3, 3, 4, 2, 1), (1, 3, 5, 5)),
    "convT2d_unbatched": (lambda: nn.ConvTranspose2d(2, 3, 2), (2, 3, 3)),
    "convT1d_groups_nobias": (lambda: nn.ConvTranspose1d(2, 4, 3, groups=2, bias=False),
                              (2, 2, 5)),
    "convT1d_s3p1op2": (lambda: nn.ConvTranspose1d(3, 2, 4, stride=3, padding=1,
                                                   output_padding=2), (1, 3, 4)),
    "maxpool1d": (lambda: nn.MaxPool1d(3), (2, 3, 8)),
    "maxpool1d_s2p1d1_ceil": (lambda: nn.MaxPool1d(3, 2, 1, 1, ceil_mode=True), (2, 3, 8)),
    "avgpool1d_ceil_nopad": (lambda: nn.AvgPool1d(3, 2, 1, True, False), (2, 3, 8)),
    "adaptiveavgpool1d": (lambda: nn.AdaptiveAvgPool1d(3), (2, 3, 8)),
    "adaptivemaxpool2d": (lambda: nn.AdaptiveMaxPool2d((2, 3)), (2, 3, 5, 7)),
    "adaptivemaxpool2d_unbatched": (lambda: nn.AdaptiveMaxPool2d(3), (2, 4, 4)),
    "dropout2d_train": (lambda: nn.Dropout2d(0.5), (2, 4, 3, 3)),
    "dropout2d_eval": (lambda: nn.Dropout2d(0.5).eval(), (2, 4, 3, 3)),
}


def _conv_program(build, xshape):
    def f():
        m = build()
        return module_run(m, [randn(*xshape)], _one(m))
    return f


for _id, (_b, _x) in CONV_CASES.items():
    PROGRAMS[_id] = _conv_program(_b, _x)


PAD_CASES = {
    "pad_reflect_1d": ((2, 3, 5), (2, 1), "reflect"),
    "pad_reflect_2d": ((1, 2, 3, 4), (1, 2, 2, 0), "reflect"),
    "pad_reflect_3d": ((1, 2, 3, 3, 4), (1, 1, 2, 0, 0, 2), "reflect"),
    "pad_reflect_neg": ((1, 2, 3, 4), (-1, 2, 1, -1), "reflect"),
    "pad_replicate_1d_unbatched": ((3, 5), (3, 1), "replicate"),
    "pad_replicate_2d": ((2, 1, 3, 4), (2, 2, 0, 3), "replicate"),
    "pad_circular_1d": ((2, 3, 5), (2, 4), "circular"),
    "pad_circular_2d": ((1, 2, 3, 4), (1, 2, 3, 0), "circular"),
    "pad_circular_neg": ((1, 2, 3, 4), (-1, 2, 0, 1), "circular"),
}


def _pad_program(xshape, pad, mode):
    def f():
        return module_run(nn.Module(), [randn(*xshape)], lambda x: [F.pad(x, pad, mode)])
    return f


for _id, (_x, _p, _m) in PAD_CASES.items():
    PROGRAMS[_id] = _pad_program(_x, _p, _m)


@program
def adaptive_max_indices():
    x = torch.tensor([[[[1., 3., 3., 0.], [2., 7., 7., 1.], [0., 7., 2., 9.]]]])
    v, i = nn.AdaptiveMaxPool2d((2, 3), return_indices=True)(x)
    x1 = torch.randn(2, 3, 9)
    v1, i1 = nn.MaxPool1d(3, 2, 1, ceil_mode=True, return_indices=True)(x1)
    x2 = torch.randn(1, 2, 5, 5)
    v2, i2 = nn.MaxPool2d(2, return_indices=True, ceil_mode=True)(x2)
    return [("v", v), ("i", i), ("repr", repr(nn.AdaptiveMaxPool2d((2, 3)))),
            ("v1", v1), ("i1", i1), ("v2", v2), ("i2", i2)]


@program
def conv_reprs():
    mods = [nn.Conv1d(2, 3, 3), nn.Conv1d(2, 3, 3, padding=1, padding_mode='circular'),
            nn.Conv1d(2, 3, 3, padding='same'), nn.Conv1d(4, 6, 3, 2, 1, 2, 2, False),
            nn.Conv2d(2, 3, 3, padding=(1, 2), padding_mode='reflect'),
            nn.ConvTranspose2d(2, 3, 3, stride=2, output_padding=1, dilation=2),
            nn.ConvTranspose2d(3, 3, 4, 2, 1), nn.ConvTranspose1d(2, 4, 3, groups=2, bias=False),
            nn.MaxPool1d(3), nn.MaxPool1d(3, 2, 1, 1, ceil_mode=True), nn.AvgPool1d(3),
            nn.AvgPool1d(3, 2, 1, True, False), nn.AdaptiveAvgPool1d(4), nn.Dropout2d(0.3),
            nn.Dropout2d()]
    res = [("repr%d" % i, repr(m)) for i, m in enumerate(mods)]
    res.append(("keys_convT", " ".join(nn.ConvTranspose2d(2, 3, 3).state_dict().keys())))
    res.append(("shape_convT", str(list(nn.ConvTranspose2d(4, 6, 3, groups=2).weight.shape))))
    return res


@program
def conv_errors():
    x = torch.randn(1, 2, 3, 4)
    w = torch.randn(4, 2, 3, 3)
    return [
        ("pad_dims", err(lambda: F.pad(x, (1, 2), 'reflect'))),
        ("pad_mode", err(lambda: F.pad(x, (1, 1), 'foo'))),
        ("pad_value", err(lambda: F.pad(x, (1, 0, 0, 0), 'reflect', 1.0))),
        ("reflect_big_w", err(lambda: F.pad(x, (4, 0, 0, 0), 'reflect'))),
        ("reflect_big_h", err(lambda: F.pad(x, (0, 0, 3, 0), 'reflect'))),
        ("reflect_big_1d", err(lambda: F.pad(x[0], (4, 1), 'reflect'))),
        ("reflect_long", err(lambda: F.pad(torch.arange(6).view(1, 2, 3), (1, 1), 'reflect'))),
        ("replicate_empty", err(lambda: F.pad(torch.zeros(1, 0, 3), (1, 1), 'replicate'))),
        ("circular_wrap", err(lambda: F.pad(x, (5, 0, 0, 0), 'circular'))),
        ("circular_size", err(lambda: F.pad(x, (1, 1, 1, 1, 1, 1), 'circular'))),
        ("circular_2d", err(lambda: F.pad(x[0, 0], (1, 1), 'circular'))),
        ("conv1d_channels", err(lambda: F.conv1d(torch.randn(2, 5, 10), torch.randn(4, 3, 3)))),
        ("conv1d_small", err(lambda: F.conv1d(torch.randn(2, 3, 2), torch.randn(4, 3, 3)))),
        ("conv1d_dims", err(lambda: F.conv1d(torch.randn(2, 3, 4, 5), torch.randn(4, 3, 3)))),
        ("conv1d_dims1", err(lambda: F.conv1d(torch.randn(3), torch.randn(4, 3, 3)))),
        ("conv1d_wdims", err(lambda: F.conv1d(torch.randn(2, 3, 5), torch.randn(4, 3, 3, 3)))),
        ("conv1d_padstr", err(lambda: F.conv1d(torch.randn(1, 2, 5), torch.randn(3, 2, 3),
                                               padding='foo'))),
        ("conv1d_same_stride", err(lambda: F.conv1d(torch.randn(1, 2, 5), torch.randn(3, 2, 3),
                                                    stride=2, padding='same'))),
        ("convT_channels", err(lambda: F.conv_transpose2d(torch.randn(1, 3, 5, 5), w))),
        ("convT_outpad", err(lambda: F.conv_transpose2d(torch.randn(1, 4, 5, 5), w,
                                                        output_padding=1))),
        ("convT_outpad2", err(lambda: F.conv_transpose2d(torch.randn(1, 4, 5, 5), w, stride=2,
                                                         output_padding=2))),
        ("convT_small", err(lambda: F.conv_transpose2d(torch.randn(1, 4, 1, 1), w, padding=3))),
        ("mod_padding_mode", err(lambda: nn.Conv2d(2, 3, 3, padding_mode='foo'))),
        ("mod_convT_mode", err(lambda: nn.ConvTranspose2d(2, 3, 3, padding_mode='reflect'))),
        ("mod_same_stride", err(lambda: nn.Conv1d(2, 3, 3, padding='same', stride=2))),
        ("mod_padstr", err(lambda: nn.Conv1d(2, 3, 3, padding='foo'))),
        ("dropout2d_p", err(lambda: nn.Dropout2d(1.5))),
    ]


# ------------------------------------------------------------------ grad_fn graph

def walk(t, depth=6):
    """Each node's type name and its next_functions' (type name or None, index), breadth first."""
    lines = []
    seen = []  # the nodes themselves: Python wrappers of freed nodes could reuse an id()
    todo = [t.grad_fn]
    while todo and len(lines) < 40:
        n = todo.pop(0)
        if n is None or any(n is s for s in seen):
            continue
        seen.append(n)
        nxt = n.next_functions
        lines.append("%s(%s) -> %s" % (type(n).__name__, n.name(), ", ".join(
            "(%s, %d)" % (type(a).__name__ if a is not None else "None", i) for a, i in nxt)))
        for a, _ in nxt:
            if a is not None:
                todo.append(a)
    return "\n".join(lines)


@program
def graph_blitz():
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 6, 5)
            self.fc1 = nn.Linear(6 * 4 * 4, 10)

        def forward(self, x):
            x = F.max_pool2d(F.relu(self.conv1(x)), 2)
            x = torch.flatten(x, 1)
            return self.fc1(x)
    net = Net()
    x = torch.randn(1, 1, 12, 12)
    loss = nn.MSELoss()(net(x), torch.randn(1, 10))
    g = loss.grad_fn
    acc = g.next_functions[0][0].next_functions[0][0]
    return [("walk", walk(loss)),
            ("acc_is_bias", str(acc.variable is net.fc1.bias)),
            ("names", " ".join([g.name(), g.next_functions[0][0].name(), acc.name()])),
            ("same_acc", str(acc is g.next_functions[0][0].next_functions[0][0]))]


@program
def graph_ops():
    a = torch.randn(3, requires_grad=True)
    b = torch.randn(3)
    c = (a * b + a.exp()).sum()
    w = torch.randn(2, 3, requires_grad=True)
    y = F.linear(torch.randn(4, 3), w).relu().mean()
    z = torch.cat([a, b]).sigmoid().sum()
    return [("mul_add", walk(c)), ("linear_nobias", walk(y)), ("cat", walk(z)),
            ("leaf", str(a.grad_fn))]


@program
def graph_lstm():
    m = nn.LSTM(2, 3)
    out, (h, c) = m(torch.randn(2, 1, 2))
    return [("out", type(out.grad_fn).__name__), ("h", type(h.grad_fn).__name__),
            ("h_next", ", ".join(type(a).__name__ for a, _ in h.grad_fn.next_functions))]


class SortFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        v, i = x.sort()
        ctx.mark_non_differentiable(i)
        ctx.save_for_backward(i)
        return v, i

    @staticmethod
    def backward(ctx, gv, gi):
        i, = ctx.saved_tensors
        return torch.zeros_like(gv).scatter(0, i, gv)


class MulAdd(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        ctx.flags = str(ctx.needs_input_grad)
        return a * b, a + b

    @staticmethod
    def backward(ctx, g1, g2):
        a, b = ctx.saved_tensors
        ctx.seen = "%s %s" % (g1.tolist(), g2.tolist())
        return g1 * b + g2, g1 * a + g2


@program
def multi_output_function():
    x = randn(5)
    v, i = SortFn.apply(x)
    res = [("v", v), ("i", i), ("i_requires_grad", str(i.requires_grad)),
           ("v_type", type(v.grad_fn).__name__)]
    (v * torch.arange(5.)).sum().backward()
    res.append(("grad.x", x.grad))
    a, b = randn(3), torch.randn(3)
    y1, y2 = MulAdd.apply(a, b)
    loss = (y1 * 2 + y2).sum()
    res += [("y1", y1), ("y2", y2), ("walk", walk(loss)),
            ("same_node", str(y1.grad_fn is y2.grad_fn)),
            ("edges", str([(type(n).__name__, k) for n, k in loss.grad_fn.next_functions[0][0]
                           .next_functions]))]
    loss.backward()
    res.append(("grad.a", a.grad))
    a2 = randn(3)
    p, q = MulAdd.apply(a2, b)
    p.sum().backward()  # q unused: backward gets zeros for it
    res += [("grad.a2", a2.grad), ("needs", p.grad_fn.flags if hasattr(p.grad_fn, "flags")
                                   else "")]
    return res


def main():
    progs = []
    for name, fn in PROGRAMS.items():
        torch.manual_seed(0)
        res = fn()
        progs.append({"id": name, "results": [[k, enc(v) if not isinstance(v, dict) else v]
                                              for k, v in res]})
    with open(OUT, "w") as f:
        json.dump({"programs": progs}, f, allow_nan=True)
    print("nn_conv_rnn.json: %d programs, %d results" % (
        len(progs), sum(len(p["results"]) for p in progs)))


if __name__ == "__main__":
    main()
