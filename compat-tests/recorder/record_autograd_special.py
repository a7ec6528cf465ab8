#!/usr/bin/python3
"""Records vector-Jacobian fixtures for the ops of record_ops_special.py (branch ops-special).

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_special.py
Out:  compat-tests/src/test/resources/fixtures/autograd_special.json

Same format as autograd.json (see record_autograd.py; only "cases"); AutogradConformanceTest and
GradCheckTest read it through Fixtures.merged("autograd"). Every op name here has a Java
spelling in SpecialGradCases.java. Domain "p" is [0.5, 2].
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
    "polygamma": ([(S, "p")], lambda a: torch.polygamma(2, a)),
    "polygamma_0": ([(S, "p")], lambda a: torch.polygamma(0, a)),
    "polygamma_1": ([(S, "p")], lambda a: torch.polygamma(1, a)),
    "polygamma_3_neg": ([(S, "p")], lambda a: torch.polygamma(3, -a - 0.25)),
    "polygamma_4_large": ([(S, "p")], lambda a: torch.polygamma(4, a * 6.0)),
    "polygamma_": ([(S, "p")], lambda a: (a * 1).polygamma_(2)),
    "special_polygamma": ([(S, "p")], lambda a: SP.polygamma(3, a)),
    "mvlgamma": ([(S, "p")], lambda a: torch.mvlgamma(a + 1.0, 3)),
    "mvlgamma_1": ([(S, "p")], lambda a: torch.mvlgamma(a, 1)),
    "mvlgamma_": ([(S, "p")], lambda a: (a + 1.0).mvlgamma_(2)),
    "special_multigammaln": ([(S, "p")], lambda a: SP.multigammaln(a + 2.0, 4)),
}


def main():
    torch.set_num_threads(1)
    RA.OPS = OPS
    data = {"cases": RA.record_cases()}
    with open(os.path.join(RA.FIX, "autograd_special.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_special.json: %d cases" % len(data["cases"]))
    for c in data["cases"]:
        if c["dtype"] == "float64":
            print(c["op"], c["output"]["grad_fn"])


if __name__ == "__main__":
    main()
