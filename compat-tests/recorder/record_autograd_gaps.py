#!/usr/bin/python3
"""Records vector-Jacobian fixtures for the differentiable ops of record_ops_gaps.py (branch
api-gaps).

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_gaps.py
Out:  compat-tests/src/test/resources/fixtures/autograd_gaps.json

Same format as autograd.json (see record_autograd.py; only "cases"); AutogradConformanceTest and
GradCheckTest read it through Fixtures.merged("autograd"). Every op name here has a Java
spelling in GapsGradCases.java. Domains: "n" normal, "p" in [0.5, 2], "u" in (-0.9, 0.9).
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

OPS = {
    "arccos": ([((2, 3), "u")], lambda a: torch.arccos(a)),
    "arccos_method": ([((2, 3), "u")], lambda a: a.arccos()),
    "arccos_": ([((2, 3), "u")], lambda a: (a * 1).arccos_()),
    "arcsin": ([((2, 3), "u")], lambda a: torch.arcsin(a)),
    "arcsin_method": ([((3,), "u")], lambda a: a.arcsin()),
    "arcsin_": ([((2, 3), "u")], lambda a: (a * 1).arcsin_()),
    "arctan": ([(2, 3)], lambda a: torch.arctan(a)),
    "arctan_method": ([(3,)], lambda a: a.arctan()),
    "arctan_": ([(2, 3)], lambda a: (a * 1).arctan_()),
    "arctan2": ([(2, 3), (3,)], lambda a, b: torch.arctan2(a, b)),
    "arctan2_method": ([(3,), (2, 1)], lambda a, b: a.arctan2(b)),
    "arctan2_": ([(2, 3), (3,)], lambda a, b: (a * 1).arctan2_(b)),
    "fix": ([(2, 3)], lambda a: torch.fix(a)),
    "fix_": ([(2, 3)], lambda a: (a * 1).fix_()),
    "swapdims": ([(2, 3, 4)], lambda a: torch.swapdims(a, 0, 2)),
    "swapdims_method": ([(2, 3)], lambda a: a.swapdims(-1, 0)),
    "positive": ([(2, 3)], lambda a: torch.positive(a)),
    "positive_nonleaf": ([(2, 3)], lambda a: torch.positive(a * 2)),
    "rsub_fn": ([(2, 3), (3,)], lambda a, b: torch.rsub(a, b)),
    "rsub_fn_alpha": ([(2, 3), (3,)], lambda a, b: torch.rsub(a, b, alpha=0.5)),
    "rsub_fn_scalar": ([(2, 3)], lambda a: torch.rsub(a, 2.5)),
    "rsub_fn_scalar_alpha": ([(2, 3)], lambda a: torch.rsub(a, 2.5, alpha=-2.0)),
    "bfloat16": ([(2, 3)], lambda a: a.bfloat16()),
    "unfold": ([(2, 6)], lambda a: a.unfold(1, 2, 2)),
    "unfold_overlap": ([(7, 2)], lambda a: a.unfold(0, 3, 2)),
    "unfold_scalar": ([()], lambda a: a.unfold(0, 1, 1)),
    "unfold_view": ([(3, 4)], lambda a: (a * 1).T.unfold(0, 2, 1)),
    "split_with_sizes": ([(2, 6)], lambda a: torch.split_with_sizes(a, [2, 4], 1)[1]),
    "split_with_sizes_method": ([(5,)], lambda a: a.split_with_sizes([3, 2])[0]),
    "diagflat": ([(2, 2)], lambda a: torch.diagflat(a)),
    "diagflat_offset": ([(3,)], lambda a: torch.diagflat(a, -1)),
    "logaddexp2": ([(2, 3), (3,)], lambda a, b: torch.logaddexp2(a, b)),
    "logaddexp2_method": ([(3,), (3,)], lambda a, b: a.logaddexp2(b)),
    "ldexp": ([(2, 3), (3,)], lambda a, b: torch.ldexp(a, b)),
    "ldexp_method": ([(2, 3), ((3,), "n", False)], lambda a, b: a.ldexp(b.round())),
    "frexp": ([(2, 3)], lambda a: torch.frexp(a * 10)[0]),
    "frexp_method": ([(4,)], lambda a: a.frexp()[0]),
    "fill_diagonal_": ([(3, 3)], lambda a: (a * 1).fill_diagonal_(0.5)),
    "fill_diagonal_wrap": ([(7, 3)], lambda a: (a * 1).fill_diagonal_(2, True)),
    "broadcast_tensors": ([(2, 1), (3,)], lambda a, b: torch.broadcast_tensors(a, b)[0] * torch.broadcast_tensors(a, b)[1]),
    "trapezoid": ([(3, 4)], lambda y: torch.trapezoid(y)),
    "trapezoid_x": ([(3, 4), (4,)], lambda y, x: torch.trapezoid(y, x)),
    "trapezoid_dx": ([(3, 4)], lambda y: torch.trapezoid(y, dx=0.5, dim=0)),
    "trapz": ([(3, 4)], lambda y: torch.trapz(y)),
    "trapz_x": ([(3, 4), (3, 1)], lambda y, x: torch.trapz(y, x, dim=0)),
    "cumulative_trapezoid": ([(3, 4)], lambda y: torch.cumulative_trapezoid(y)),
    "cumulative_trapezoid_x": ([(3, 4), (3, 4)], lambda y, x: torch.cumulative_trapezoid(y, x, dim=0)),
    "cumulative_trapezoid_dx": ([(5,)], lambda y: torch.cumulative_trapezoid(y, dx=2.0, dim=0)),
}


def main():
    torch.set_num_threads(1)
    RA.OPS = OPS
    data = {"cases": RA.record_cases()}
    with open(os.path.join(RA.FIX, "autograd_gaps.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_gaps.json: %d cases" % len(data["cases"]))
    for c in data["cases"]:
        if c["dtype"] == "float64":
            print(c["op"], c["output"]["grad_fn"])


if __name__ == "__main__":
    main()
