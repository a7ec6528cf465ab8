#!/usr/bin/python3
"""Records vector-Jacobian fixtures for the ops of record_ops_common.py (addmm, lerp, hypot,
logaddexp, kron, dist, var_mean/std_mean) and for matmul's folded 1-D/2-D @ N-D forms.

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_common.py
Out:  compat-tests/src/test/resources/fixtures/autograd_common.json

Same format as autograd.json (see record_autograd.py; only "cases"); AutogradConformanceTest and
GradCheckTest read it through Fixtures.merged("autograd"). Every op name here has a Java
spelling in CommonGradCases.java. Domains: "p" positive (hypot away from 0, dist away from 0).
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_autograd as RA  # noqa: E402

OPS = {
    "addmm": ([(3,), (2, 4), (4, 3)], lambda i, a, b: torch.addmm(i, a, b)),
    "addmm_beta_alpha": ([(2, 3), (2, 4), (4, 3)], lambda i, a, b: torch.addmm(i, a, b, beta=0.5, alpha=-2.0)),
    "addmm_method": ([(2, 1), (2, 4), (4, 3)], lambda i, a, b: i.addmm(a, b)),
    "lerp_scalar": ([(2, 3), (2, 3)], lambda a, b: torch.lerp(a, b, 0.3)),
    "lerp_scalar_high": ([(2, 3), (3,)], lambda a, b: a.lerp(b, 0.8)),
    "lerp_tensor": ([(2, 3), (2, 3), (2, 3)], lambda a, b, w: torch.lerp(a, b, w)),
    "lerp_tensor_bcast": ([(2, 3), (3,), (2, 1)], lambda a, b, w: a.lerp(b, w)),
    "hypot": ([((2, 3), "p"), (2, 3)], lambda a, b: torch.hypot(a, b)),
    "hypot_bcast": ([((2, 3), "p"), (3,)], lambda a, b: a.hypot(b)),
    "logaddexp": ([(2, 3), (2, 3)], lambda a, b: torch.logaddexp(a, b)),
    "logaddexp_bcast": ([(2, 3), (3,)], lambda a, b: a.logaddexp(b)),
    "kron": ([(2, 2), (2, 3)], lambda a, b: torch.kron(a, b)),
    "kron_method": ([(3,), (2, 2)], lambda a, b: a.kron(b)),
    "dist": ([(2, 3), (2, 3)], lambda a, b: torch.dist(a, b)),
    "dist_p3": ([(2, 3), (3,)], lambda a, b: a.dist(b, 3)),
    "var_mean_var": ([(3, 4)], lambda a: torch.var_mean(a)[0]),
    "var_mean_mean": ([(3, 4)], lambda a: torch.var_mean(a, 1)[1]),
    "var_mean_dims": ([(2, 3, 4)], lambda a: torch.var_mean(a, [0, 2], unbiased=False, keepdim=True)[0]),
    "std_mean_std": ([(3, 4)], lambda a: torch.std_mean(a, 0)[0]),
    "std_mean_mean": ([(3, 4)], lambda a: torch.std_mean(a)[1]),
    "matmul_2d3d": ([(3, 4), (2, 4, 5)], lambda a, b: a @ b),
    "matmul_1d3d": ([(4,), (2, 4, 5)], lambda a, b: a @ b),
    "matmul_3d2d_bmm": ([(2, 4, 3), (4, 5)], lambda a, b: a.permute(0, 2, 1) @ b),
}


def main():
    torch.set_num_threads(1)
    RA.OPS = OPS
    data = {"cases": RA.record_cases()}
    with open(os.path.join(RA.FIX, "autograd_common.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_common.json: %d cases" % len(data["cases"]))
    for c in data["cases"]:
        if c["dtype"] == "float64":
            print(c["op"], c["output"]["grad_fn"])


if __name__ == "__main__":
    main()
