#!/usr/bin/python3
"""Records vector-Jacobian fixtures for the ops of record_ops_enum.py (branch ops-enum).

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_enum.py
Out:  compat-tests/src/test/resources/fixtures/autograd_enum.json

Same format as autograd.json (see record_autograd.py; only "cases"); AutogradConformanceTest and
GradCheckTest read it through Fixtures.merged("autograd"). Every op name here has a Java
spelling in EnumGradCases.java. Domains: "n" normal, "p" in [0.5, 2], "u" in (-0.9, 0.9).
"""

import json
import os
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_autograd as RA  # noqa: E402

warnings.filterwarnings("ignore")

S = (3, 4)
SP = torch.special

OPS = {
    "asinh": ([S], torch.asinh),
    "acosh": ([(S, "p")], lambda a: torch.acosh(a + 1.5)),
    "atanh": ([(S, "u")], torch.atanh),
    "erfc": ([S], torch.erfc),
    "erfinv": ([(S, "u")], torch.erfinv),
    "lgamma": ([(S, "p")], torch.lgamma),
    "lgamma_neg": ([(S, "p")], lambda a: torch.lgamma(-a - 0.25)),
    "digamma": ([(S, "p")], torch.digamma),
    "digamma_neg": ([(S, "p")], lambda a: torch.digamma(-a - 0.25)),
    "digamma_small": ([(S, "p")], lambda a: torch.digamma(a * 0.1)),
    "i0": ([S], torch.i0),
    "i0_large": ([(S, "p")], lambda a: torch.i0(a * 8.0)),
    "arcsinh": ([S], torch.arcsinh),
    "arccosh": ([(S, "p")], lambda a: torch.arccosh(a + 1.5)),
    "arctanh": ([(S, "u")], torch.arctanh),
    "erfc_": ([S], lambda a: (a * 1).erfc_()),
    "erfinv_": ([(S, "u")], lambda a: (a * 1).erfinv_()),
    "lgamma_": ([(S, "p")], lambda a: (a * 1).lgamma_()),
    "digamma_": ([(S, "p")], lambda a: (a * 1).digamma_()),
    "i0_": ([S], lambda a: (a * 1).i0_()),
    "special_erf": ([S], SP.erf),
    "special_erfc": ([S], SP.erfc),
    "special_erfinv": ([(S, "u")], SP.erfinv),
    "special_expit": ([S], SP.expit),
    "special_logit": ([S], lambda a: SP.logit(torch.sigmoid(a))),
    "special_logit_eps": ([S], lambda a: SP.logit(torch.sigmoid(a * 3), 0.2)),
    "special_xlogy": ([S, (S, "p")], SP.xlogy),
    "special_xlogy_scalar": ([S], lambda a: SP.xlogy(a, 2.5)),
    "special_xlogy_rscalar": ([(S, "p")], lambda a: SP.xlogy(3, a)),
    "special_exp2": ([S], SP.exp2),
    "special_expm1": ([S], SP.expm1),
    "special_log1p": ([(S, "p")], SP.log1p),
    "special_sinc": ([S], SP.sinc),
    "special_gammaln": ([(S, "p")], SP.gammaln),
    "special_digamma": ([(S, "p")], SP.digamma),
    "special_psi": ([(S, "p")], SP.psi),
    "special_round": ([S], SP.round),
    "special_i0": ([S], SP.i0),
}


def _inplace_backward(op):
    def f():
        x = torch.tensor([1.5, 2.0], dtype=torch.float64, requires_grad=True)
        getattr(x * 1 + (0.5 if "cosh" in op else 0.0), op + "_")().sum().backward()
    return f


# PyTorch 1.13 has no in-place derivative for asinh/acosh/atanh: the node (AsinhBackward1, ...)
# raises NotImplementedError on backward
ERRORS = {op + "_inplace_backward": _inplace_backward(op)
          for op in ["asinh", "acosh", "atanh", "arcsinh", "arccosh", "arctanh"]}


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
    RA.OPS = OPS
    data = {"cases": RA.record_cases(), "errors": record_errors()}
    with open(os.path.join(RA.FIX, "autograd_enum.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_enum.json: %d cases" % len(data["cases"]))
    for c in data["cases"]:
        if c["dtype"] == "float64":
            print(c["op"], c["output"]["grad_fn"])


if __name__ == "__main__":
    main()
