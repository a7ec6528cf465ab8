#!/usr/bin/python3
"""Records vector-Jacobian fixtures for the ops of record_ops_index.py (branch ops-index): the
indexing writes and the SVD family.

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_index.py
Out:  compat-tests/src/test/resources/fixtures/autograd_index.json

Same format as autograd.json (see record_autograd.py; only "cases"); AutogradConformanceTest and
GradCheckTest read it through Fixtures.merged("autograd"). Every op name here has a Java
spelling in IndexGradCases.java. Domains: "n" normal, "p" in [0.5, 2], "u" in (-0.9, 0.9).
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


def L(*v):
    return torch.tensor(v, dtype=torch.long)


def _recon(U, S, Vh):
    k = S.shape[-1]
    return (U[..., :k] * S.unsqueeze(-2)) @ Vh[..., :k, :]


def _svd_recon(U, S, V):
    return (U * S.unsqueeze(-2)) @ V.mT


M23 = torch.tensor([[True, False, True], [False, True, False]])
M3 = torch.tensor([True, False, True])

OPS = {
    "index_put": ([(2, 3), (3,)], lambda a, v: a.index_put((L(1, 0),), v)),
    "index_put_accumulate": ([(4,), (3,)], lambda a, v: a.index_put((L(0, 0, 3),), v, True)),
    "index_put_two": ([(2, 3), (2,)], lambda a, v: torch.index_put(a, (L(0, 1), L(2, -1)), v)),
    "index_put_two_accumulate": ([(2, 3), (3,)], lambda a, v: a.index_put((L(0, 1, 1), L(0, 2, 2)), v, True)),
    "index_put_bcast": ([(3, 4, 2), (1, 2)], lambda a, v: a.index_put((L(0, 2), L(1, 3)), v)),
    "index_put_mask": ([(2, 3), ()], lambda a, v: a.index_put((M23,), v)),
    "index_put_mask_values": ([(2, 3), (3,)], lambda a, v: a.index_put((M23,), v, True)),
    "index_put_": ([(2, 3), (2, 3)], lambda a, v: (a * 1).index_put_((L(1, 0),), v)),
    "index_put__accumulate": ([(4,), ()], lambda a, v: (a * 1).index_put_((L(0, 0, 3),), v, True)),
    "index_copy": ([(2, 3), (2, 2)], lambda a, s: a.index_copy(1, L(2, 0), s)),
    "index_copy_dim0": ([(3, 2), (1, 2)], lambda a, s: torch.index_copy(a, 0, L(1), s)),
    "index_copy_scalar": ([(2, 3), (2, 1)], lambda a, s: a.index_copy(1, torch.tensor(1), s)),
    "index_copy_": ([(2, 3), (2, 2)], lambda a, s: (a * 1).index_copy_(-1, L(0, 2), s)),
    "masked_scatter": ([(2, 3), (5,)], lambda a, s: a.masked_scatter(M23, s)),
    "masked_scatter_bcast": ([(2, 3), (2, 3)], lambda a, s: torch.masked_scatter(a, M3, s)),
    "masked_scatter_expand": ([(3,), (7,)], lambda a, s: a.masked_scatter(M23, s)),
    "masked_scatter_": ([(2, 3), (4,)], lambda a, s: (a * 1).masked_scatter_(M3, s)),
    "put": ([(2, 3), (3,)], lambda a, s: a.put(L(0, 5, -2), s)),
    "put_accumulate": ([(2, 3), (4,)], lambda a, s: torch.put(a, L(0, 5, 5, -1), s, True)),
    "put_shape": ([(2, 3), (2, 1)], lambda a, s: a.put(L(1, 4).reshape(1, 2), s)),
    "put_": ([(2, 3), (2,)], lambda a, s: (a * 1).put_(L(3, 1), s)),
    "put__accumulate": ([(2, 3), (3,)], lambda a, s: (a * 1).put_(L(3, 1, 3), s, True)),
    "index_fill_value": ([(2, 3), ()], lambda a, v: a.index_fill(1, L(0, 0, 2), v)),
    "index_fill_value_": ([(3, 2), ()], lambda a, v: (a * 1).index_fill_(0, L(2), v)),
    "renorm": ([(3, 4)], lambda a: a.renorm(2, 0, 1.5)),
    "renorm_p1": ([(3, 4)], lambda a: torch.renorm(a, 1, 1, 1.0)),
    "renorm_p3": ([(2, 3, 4)], lambda a: a.renorm(3, -1, 1.0)),
    "renorm_inf": ([(3, 4)], lambda a: a.renorm(float("inf"), 0, 1.0)),
    "renorm_": ([(3, 4)], lambda a: (a * 1).renorm_(2, 1, 1.0)),
    # the SVD family, through sign-invariant functions of the factors
    "linalg_svd_recon": ([(3, 2)], lambda a: _recon(*torch.linalg.svd(a, False))),
    "linalg_svd_recon_wide": ([(2, 3)], lambda a: _recon(*torch.linalg.svd(a, False))),
    "linalg_svd_recon_full": ([(2, 4, 3)], lambda a: _recon(*torch.linalg.svd(a))),
    "linalg_svd_s": ([(3, 4)], lambda a: torch.linalg.svd(a)[1]),
    "linalg_svd_u2": ([(4, 2)], lambda a: torch.linalg.svd(a, False)[0] ** 2),
    "linalg_svd_u2_wide": ([(2, 4)], lambda a: torch.linalg.svd(a, False)[0] ** 2),
    "linalg_svd_vh2": ([(2, 4)], lambda a: torch.linalg.svd(a, False)[2] ** 2),
    "linalg_svd_vh2_tall": ([(4, 2)], lambda a: torch.linalg.svd(a, False)[2] ** 2),
    "linalg_svd_full_u2": ([(4, 2)], lambda a: torch.linalg.svd(a)[0][..., :2] ** 2),
    "linalg_svd_full_vh2": ([(2, 3, 4)], lambda a: torch.linalg.svd(a)[2][..., :3, :] ** 2),
    "svd": ([(3, 2)], lambda a: _svd_recon(*torch.svd(a))),
    "svd_v2": ([(2, 3)], lambda a: torch.svd(a)[2] ** 2),
    "svd_full": ([(4, 3)], lambda a: torch.svd(a, some=False)[1]),
    "svd_method": ([(2, 2, 3)], lambda a: _svd_recon(*a.svd())),
    "linalg_svdvals": ([(3, 2)], lambda a: torch.linalg.svdvals(a)),
    "linalg_svdvals_wide": ([(2, 5)], lambda a: torch.linalg.svdvals(a)),
    "linalg_svdvals_batch": ([(2, 3, 3)], lambda a: torch.linalg.svdvals(a)),
    "linalg_matrix_norm_nuc": ([(3, 4)], lambda a: torch.linalg.matrix_norm(a, "nuc")),
    "linalg_matrix_norm_2": ([(2, 3, 4)], lambda a: torch.linalg.matrix_norm(a, 2)),
    "linalg_matrix_norm_m2": ([(4, 3)], lambda a: torch.linalg.matrix_norm(a, -2, (1, 0), True)),
    "linalg_cond": ([(3, 3)], lambda a: torch.linalg.cond(a)),
    "linalg_cond_m2": ([(2, 4, 3)], lambda a: torch.linalg.cond(a, -2)),
    "linalg_pinv": ([(3, 2)], lambda a: torch.linalg.pinv(a)),
    "linalg_pinv_wide": ([(2, 4)], lambda a: torch.linalg.pinv(a)),
    "linalg_pinv_batch": ([(2, 3, 3)], lambda a: torch.linalg.pinv(a)),
    "pinverse": ([(4, 3)], lambda a: torch.pinverse(a)),
    "pinverse_method": ([(3, 4)], lambda a: a.pinverse()),
    "linalg_lstsq": ([(4, 2), (4, 3)], lambda a, b: torch.linalg.lstsq(a, b).solution),
    "linalg_lstsq_batch": ([(2, 4, 3), (2, 4, 2)], lambda a, b: torch.linalg.lstsq(a, b)[0]),
}


def _flat(t):
    t = t.detach()
    if getattr(t, "_is_zerotensor", lambda: False)():
        return [0.0] * t.numel()
    return t.reshape(-1).tolist()


def main():
    torch.set_num_threads(1)
    RA._flat = _flat
    RA.OPS = OPS
    data = {"cases": RA.record_cases()}
    with open(os.path.join(RA.FIX, "autograd_index.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_index.json: %d cases" % len(data["cases"]))
    for c in data["cases"]:
        if c["dtype"] == "float64":
            print(c["op"], c["output"]["grad_fn"])


if __name__ == "__main__":
    main()
