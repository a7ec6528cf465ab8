#!/usr/bin/python3
"""Records vector-Jacobian fixtures for the ops of record_ops_stats.py: var/std/var_mean/std_mean
over dims with unbiased and correction, cummax, cummin, logcumsumexp, kthvalue, mode, nanmedian,
nansum, nanmean, msort, quantile, nanquantile, cov, corrcoef (aminmax has no derivative in PyTorch 1.13).

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_stats.py
Out:  compat-tests/src/test/resources/fixtures/autograd_stats.json

Same format as autograd.json (see record_autograd.py; only "cases"); AutogradConformanceTest and
GradCheckTest read it through Fixtures.merged("autograd"). Every op name here has a Java
spelling in StatsGradCases.java; "errors" holds aminmax's NotImplemented backward
(AutogradConformanceTest.ERRORS).
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_autograd as RA  # noqa: E402

OPS = {
    "var_dim": ([(3, 4)], lambda a: a.var(1)),
    "var_dims_keepdim": ([(2, 3, 4)], lambda a: a.var([0, 2], False, True)),
    "var_correction": ([(3, 4)], lambda a: torch.var(a, 0, correction=0)),
    "var_correction2_all": ([(3, 4)], lambda a: torch.var(a, None, correction=2, keepdim=True)),
    "std_dim": ([(3, 4)], lambda a: a.std(0)),
    "std_dims_correction": ([(2, 3, 4)], lambda a: torch.std(a, [1, 2], correction=3, keepdim=False)),
    "std_unbiased_false": ([(5,)], lambda a: a.std(False)),
    "var_mean_correction_var": ([(3, 4)], lambda a: torch.var_mean(a, 1, correction=0)[0]),
    "var_mean_correction_mean": ([(3, 4)], lambda a: torch.var_mean(a, 1, correction=0, keepdim=True)[1]),
    "std_mean_dims_std": ([(2, 3, 4)], lambda a: torch.std_mean(a, [0, 2], True, True)[0]),
    "std_mean_dims_mean": ([(2, 3, 4)], lambda a: torch.std_mean(a, [0, 1])[1]),
    "cummax": ([(3, 5)], lambda a: torch.cummax(a, 1)[0]),
    "cummax_dim0": ([(4, 3)], lambda a: a.cummax(0).values),
    "cummin": ([(3, 5)], lambda a: torch.cummin(a, 1)[0]),
    "cummin_dim0": ([(2, 3, 2)], lambda a: a.cummin(-3).values),
    "logcumsumexp": ([(3, 5)], lambda a: torch.logcumsumexp(a, 1)),
    "logcumsumexp_dim0": ([(4, 3)], lambda a: a.logcumsumexp(0)),
    "kthvalue": ([(3, 5)], lambda a: torch.kthvalue(a, 2)[0]),
    "kthvalue_dim0_keepdim": ([(5, 3)], lambda a: a.kthvalue(3, 0, True).values),
    "mode": ([(3, 5)], lambda a: torch.mode(a)[0]),
    "mode_dim0": ([(4, 3)], lambda a: a.mode(0, True).values),
    "nanmedian": ([(3, 5)], lambda a: torch.nanmedian(a)),
    "nanmedian_dim": ([(3, 5)], lambda a: a.nanmedian(1)[0]),
    "nanmedian_dim0_keepdim": ([(4, 3)], lambda a: torch.nanmedian(a, 0, True).values),
    "nansum": ([(3, 4)], lambda a: torch.nansum(a)),
    "nansum_dim": ([(3, 4)], lambda a: a.nansum(1, True)),
    "nanmean": ([(3, 4)], lambda a: torch.nanmean(a)),
    "nanmean_dims": ([(2, 3, 4)], lambda a: a.nanmean([0, 2])),
    "msort": ([(4, 3)], lambda a: torch.msort(a)),
    "msort_method": ([(5,)], lambda a: a.msort()),
    "quantile": ([(3, 5)], lambda a: torch.quantile(a, 0.3)),
    "quantile_dim_tensor_q": ([(3, 5)], lambda a: a.quantile(torch.tensor([0.2, 0.75], dtype=a.dtype), 1, True)),
    "quantile_midpoint": ([(4, 3)], lambda a: torch.quantile(a, 0.5, 0, False, interpolation="midpoint")),
    "quantile_lower": ([(4, 3)], lambda a: a.quantile(0.4, None, True, interpolation="lower")),
    "nanquantile": ([(3, 5)], lambda a: torch.nanquantile(a, 0.6, 1)),
    "nanquantile_nearest": ([(6,)], lambda a: a.nanquantile(0.3, 0, False, interpolation="nearest")),
    "mean_dims_batchnorm": ([(2, 3, 2, 2)], lambda a: ((a - a.mean(dim=(0, 2, 3), keepdim=True)) ** 2)
                            .mean(dim=(0, 2, 3), keepdim=True)),
    "cov": ([(3, 5)], lambda a: torch.cov(a)),
    "cov_weights": ([(2, 4)], lambda a: a.cov(correction=0, fweights=torch.tensor([1, 2, 1, 3]),
                                             aweights=torch.tensor([0.5, 1.0, 2.0, 0.25], dtype=a.dtype))),
    "cov_1d": ([(5,)], lambda a: a.cov()),
    "corrcoef": ([(3, 5)], lambda a: torch.corrcoef(a)),
    "corrcoef_method": ([(2, 6)], lambda a: a.corrcoef()),
}


def _err_aminmax_backward():
    x = torch.arange(4.0, requires_grad=True)
    torch.aminmax(x)[0].backward()


def _err_aminmax_dim_backward():
    x = torch.arange(4.0, requires_grad=True)
    x.reshape(2, 2).aminmax(dim=1, keepdim=True)[1].sum().backward()


ERRORS = {"aminmax_backward": _err_aminmax_backward,
          "aminmax_dim_backward": _err_aminmax_dim_backward}


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
    with open(os.path.join(RA.FIX, "autograd_stats.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_stats.json: %d cases" % len(data["cases"]))
    for c in data["cases"]:
        if c["dtype"] == "float64":
            print(c["op"], c["output"]["grad_fn"])


if __name__ == "__main__":
    main()
