#!/usr/bin/python3
"""Records the VJP fixtures of the differentiable public ops autograd.json does not cover
(issue 11: OpCoverageTest wants one for every differentiable op): rounding ops, fmod/remainder,
casts, aliases, views and every in-place form (applied to a non-leaf copy, as Python code must).

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_core.py
Out:  compat-tests/src/test/resources/fixtures/autograd_core.json

Same format as autograd.json (see record_autograd.py, whose sampler this reuses); the names are
GradCases' names. "errors" holds the scenarios below (AutogradConformanceTest.ERRORS).
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_autograd as RA  # noqa: E402

S34 = (3, 4)
P = (S34, "p")
K = (S34, "k")
U = (S34, "u")


def ip(method, *args):
    """An in-place method on a non-leaf copy (a leaf that requires grad refuses in-place ops)."""
    return lambda a, *rest: getattr(a * 1, method)(*(list(rest) + list(args)))


OPS = {
    "ceil": ([S34], torch.ceil),
    "floor": ([S34], torch.floor),
    "round": ([S34], torch.round),
    "trunc": ([S34], torch.trunc),
    "sign": ([S34], torch.sign),
    "fmod": ([S34, P], torch.fmod),
    "fmod_scalar": ([S34], lambda a: torch.fmod(a, 0.7)),
    "remainder": ([S34, P], torch.remainder),
    "remainder_scalar": ([S34], lambda a: torch.remainder(a, 0.7)),
    "to": ([S34], lambda a: a.to(torch.float64)),
    "to_float32": ([S34], lambda a: a.to(torch.float32)),
    "float_": ([S34], lambda a: a.float()),
    "double_": ([S34], lambda a: a.double()),
    "half": ([S34], lambda a: a.half() * 1),
    "type_as": ([S34, (S34, "n", False)], lambda a, b: a.type_as(b)),
    "clip": ([K], lambda a: a.clip(-0.5, 0.5)),
    "clone": ([S34], lambda a: a.clone()),
    "contiguous": ([S34], lambda a: a.t().contiguous()),
    "copy_": ([S34, S34], lambda a, b: (a * 1).copy_(b)),
    "copy__bcast": ([S34, (4,)], lambda a, b: (a * 1).copy_(b)),
    "expand_as": ([(3, 1), (S34, "n", False)], lambda a, b: a.expand_as(b)),
    "reshape_as": ([S34, ((2, 6), "n", False)], lambda a, b: a.reshape_as(b)),
    "view_as": ([S34, ((12,), "n", False)], lambda a, b: a.view_as(b)),
    "ravel": ([S34], lambda a: a.t().ravel()),
    "select": ([S34], lambda a: a.select(1, 2)),
    "swapaxes": ([(2, 3, 4)], lambda a: a.swapaxes(0, 2)),
    "absolute": ([K], torch.absolute),
    "negative": ([S34], torch.negative),
    "divide": ([S34, P], torch.divide),
    "multiply": ([S34, S34], torch.multiply),
    "subtract": ([S34, S34], torch.subtract),
    "true_divide": ([S34, P], torch.true_divide),
    # in-place unary
    "abs_": ([K], ip("abs_")),
    "acos_": ([U], ip("acos_")),
    "asin_": ([U], ip("asin_")),
    "atan_": ([S34], ip("atan_")),
    "ceil_": ([S34], ip("ceil_")),
    "cos_": ([S34], ip("cos_")),
    "cosh_": ([S34], ip("cosh_")),
    "exp_": ([S34], ip("exp_")),
    "expm1_": ([S34], ip("expm1_")),
    "floor_": ([S34], ip("floor_")),
    "log_": ([P], ip("log_")),
    "log10_": ([P], ip("log10_")),
    "log1p_": ([P], ip("log1p_")),
    "log2_": ([P], ip("log2_")),
    "neg_": ([S34], ip("neg_")),
    "reciprocal_": ([P], ip("reciprocal_")),
    "relu_": ([K], ip("relu_")),
    "round_": ([S34], ip("round_")),
    "rsqrt_": ([P], ip("rsqrt_")),
    "sigmoid_": ([S34], ip("sigmoid_")),
    "sign_": ([S34], ip("sign_")),
    "sin_": ([S34], ip("sin_")),
    "sinh_": ([S34], ip("sinh_")),
    "sqrt_": ([P], ip("sqrt_")),
    "tan_": ([U], ip("tan_")),
    "tanh_": ([S34], ip("tanh_")),
    "trunc_": ([S34], ip("trunc_")),
    "clamp_": ([K], ip("clamp_", -0.5, 0.5)),
    # in-place binary (the second operand requires grad too)
    "add_": ([S34, S34], ip("add_")),
    "add__bcast": ([S34, (4,)], ip("add_")),
    "sub_": ([S34, S34], ip("sub_")),
    "mul_": ([S34, S34], ip("mul_")),
    "mul__scalar": ([S34], ip("mul_", 2.5)),
    "div_": ([S34, P], ip("div_")),
    "pow_": ([P, S34], ip("pow_")),
    "pow__scalar": ([P], ip("pow_", 3)),
    "fmod_": ([S34, P], ip("fmod_")),
    "remainder_": ([S34, P], ip("remainder_")),
    "atan2_": ([S34, S34], ip("atan2_")),
    "tril_": ([S34], ip("tril_", 1)),
    "triu_": ([S34], ip("triu_", -1)),
    "nan_to_num_": ([S34], ip("nan_to_num_")),
    "scatter_": ([S34, ((2, 4), "n")],
                 lambda a, s: (a * 1).scatter_(0, torch.tensor([[0, 1, 2, 0], [2, 0, 1, 1]]), s)),
}


def _err_floor_divide_backward():
    x = torch.arange(4.0, requires_grad=True)
    torch.floor_divide(x, 2).sum().backward()


ERRORS = {"floor_divide_backward": _err_floor_divide_backward}


def record_errors():
    out = []
    for name, fn in ERRORS.items():
        try:
            fn()
        except Exception as e:  # noqa: BLE001
            out.append({"name": name, "type": type(e).__name__, "message": str(e)})
            continue
        raise AssertionError(name + " did not raise")
    return out


def main():
    torch.set_num_threads(1)
    RA.OPS.clear()
    RA.OPS.update(OPS)
    data = {"cases": RA.record_cases(), "second_order": [], "errors": record_errors()}
    with open(os.path.join(RA.FIX, "autograd_core.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_core.json: %d cases, %d errors" % (len(data["cases"]), len(data["errors"])))


if __name__ == "__main__":
    main()
