#!/usr/bin/python3
"""Records vector-Jacobian fixtures for the ops of record_ops_extra.py (branch ops-more).

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_extra.py
Out:  compat-tests/src/test/resources/fixtures/autograd_extra.json

Same format as autograd.json (see record_autograd.py; only "cases"); AutogradConformanceTest and
GradCheckTest read it through Fixtures.merged("autograd"). Every op name here has a Java
spelling in ExtraGradCases.java. Domains: "n" normal, "p" in [0.5, 2], "u" in (-0.9, 0.9).
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

A3 = [[4.0, 1.0, -1.0], [2.0, 5.0, 1.0], [0.5, -1.0, 3.0]]


def _wellcond(a):
    # a + 4 I keeps the matrix far from singular for solve / negative matrix_power
    return a + 4 * torch.eye(a.shape[-1], dtype=a.dtype)


OPS = {
    "addmv": ([(3,), (3, 4), (4,)], lambda i, a, b: torch.addmv(i, a, b)),
    "addmv_beta_alpha": ([(1,), (3, 4), (4,)], lambda i, a, b: torch.addmv(i, a, b, beta=0.5, alpha=-2.0)),
    "addmv_method": ([(3,), (3, 4), (4,)], lambda i, a, b: i.addmv(a, b)),
    "addr": ([(3, 4), (3,), (4,)], lambda i, a, b: torch.addr(i, a, b)),
    "addr_beta_alpha": ([(4,), (3,), (4,)], lambda i, a, b: torch.addr(i, a, b, beta=2.0, alpha=0.5)),
    "addr_method": ([(3, 1), (3,), (4,)], lambda i, a, b: i.addr(a, b)),
    "baddbmm": ([(2, 3, 4), (2, 3, 5), (2, 5, 4)], lambda i, a, b: torch.baddbmm(i, a, b)),
    "baddbmm_beta_alpha": ([(4,), (2, 3, 5), (2, 5, 4)], lambda i, a, b: torch.baddbmm(i, a, b, beta=-1.0, alpha=3.0)),
    "baddbmm_method": ([(3, 1), (2, 3, 5), (2, 5, 4)], lambda i, a, b: i.baddbmm(a, b)),
    "addbmm": ([(3, 4), (2, 3, 5), (2, 5, 4)], lambda i, a, b: torch.addbmm(i, a, b)),
    "addbmm_beta_alpha": ([(4,), (2, 3, 5), (2, 5, 4)], lambda i, a, b: torch.addbmm(i, a, b, beta=0.5, alpha=2.0)),
    "addbmm_method": ([(3, 4), (2, 3, 5), (2, 5, 4)], lambda i, a, b: i.addbmm(a, b)),
    "addmv_": ([(3,), (3, 4), (4,)], lambda i, a, b: (i * 1).addmv_(a, b)),
    "addr_": ([(3, 4), (3,), (4,)], lambda i, a, b: (i * 1).addr_(a, b, beta=0.5, alpha=2.0)),
    "baddbmm_": ([(2, 3, 4), (2, 3, 5), (2, 5, 4)], lambda i, a, b: (i * 1).baddbmm_(a, b)),
    "addbmm_": ([(3, 4), (2, 3, 5), (2, 5, 4)], lambda i, a, b: (i * 1).addbmm_(a, b)),
    "tensordot": ([(2, 3, 4), (3, 4, 5)], lambda a, b: torch.tensordot(a, b)),
    "tensordot_dims": ([(2, 3, 4), (4, 2, 5)], lambda a, b: torch.tensordot(a, b, ([0, 2], [1, 0]))),
    "tensordot_bcast": ([(2, 1), (3, 4)], lambda a, b: torch.tensordot(a, b, ([1], [0]))),
    "inner": ([(2, 3), (4, 3)], lambda a, b: torch.inner(a, b)),
    "inner_vec": ([(3,), (3,)], lambda a, b: a.inner(b)),
    "inner_scalar": ([(), (2, 3)], lambda a, b: torch.inner(a, b)),
    "vdot": ([(4,), (4,)], lambda a, b: torch.vdot(a, b)),
    "vdot_method": ([(4,), (4,)], lambda a, b: a.vdot(b)),
    "matrix_power_2": ([(3, 3)], lambda a: torch.matrix_power(a, 2)),
    "matrix_power_5": ([(2, 3, 3)], lambda a: torch.matrix_power(a, 5) if a.dtype == torch.float64 else torch.matrix_power(a, 5)),
    "matrix_power_1": ([(3, 3)], lambda a: a.matrix_power(1)),
    "matrix_power_neg": ([(3, 3)], lambda a: torch.matrix_power(_wellcond(a), -2)),
    "linalg_matrix_power": ([(3, 3)], lambda a: torch.linalg.matrix_power(a, 3)),
    "chain_matmul": ([(2, 3), (3, 4), (4, 2)], lambda a, b, c: torch.chain_matmul(a, b, c)),
    "linalg_multi_dot": ([(2, 3), (3, 4), (4, 2)], lambda a, b, c: torch.linalg.multi_dot([a, b, c])),
    "linalg_multi_dot_vec": ([(3,), (3, 4), (4,)], lambda a, b, c: torch.linalg.multi_dot([a, b, c])),
    "cdist": ([(3, 4), (2, 4)], lambda a, b: torch.cdist(a, b)),
    "cdist_p1": ([(3, 4), (2, 4)], lambda a, b: torch.cdist(a, b, 1.0)),
    "cdist_p3": ([(2, 3, 4), (2, 2, 4)], lambda a, b: torch.cdist(a, b, 3.0)),
    "cdist_pinf": ([(3, 4), (2, 4)], lambda a, b: torch.cdist(a, b, float("inf"))),
    "cdist_p05": ([(3, 4), (2, 4)], lambda a, b: torch.cdist(a, b, 0.5)),
    "linalg_vector_norm": ([(3, 4)], lambda a: torch.linalg.vector_norm(a)),
    "linalg_vector_norm_p3": ([(3, 4)], lambda a: torch.linalg.vector_norm(a, 3.0, 1, True)),
    "linalg_vector_norm_inf": ([(3, 4)], lambda a: torch.linalg.vector_norm(a, float("inf"), (0,), False)),
    "linalg_matrix_norm": ([(2, 3, 4)], lambda a: torch.linalg.matrix_norm(a)),
    "linalg_matrix_norm_1": ([(3, 4)], lambda a: torch.linalg.matrix_norm(a, 1.0)),
    "linalg_matrix_norm_inf": ([(2, 3, 4)], lambda a: torch.linalg.matrix_norm(a, float("-inf"), (0, 2), True)),
    "linalg_solve": ([(3, 3), (3,)], lambda a, b: torch.linalg.solve(_wellcond(a), b)),
    "linalg_solve_matrix": ([(2, 3, 3), (2, 3, 2)], lambda a, b: torch.linalg.solve(_wellcond(a), b)),
    "hstack": ([(2, 3), (2, 1)], lambda a, b: torch.hstack([a, b])),
    "hstack_vec": ([(3,), ()], lambda a, b: torch.hstack([a, b])),
    "vstack": ([(3,), (2, 3)], lambda a, b: torch.vstack([a, b])),
    "row_stack": ([(3,), (2, 3)], lambda a, b: torch.row_stack([a, b])),
    "dstack": ([(2, 3), (2, 3, 2)], lambda a, b: torch.dstack([a, b])),
    "column_stack": ([(3,), (3, 2)], lambda a, b: torch.column_stack([a, b])),
    "concat": ([(2, 3), (1, 3)], lambda a, b: torch.concat([a, b])),
    "concatenate": ([(2, 3), (2, 1)], lambda a, b: torch.concatenate([a, b], 1)),
    "movedim": ([(2, 3, 4)], lambda a: torch.movedim(a, 0, -1)),
    "movedim_multi": ([(2, 3, 4)], lambda a: a.movedim([0, 1], [2, 0])),
    "moveaxis": ([(2, 3, 4)], lambda a: torch.moveaxis(a, 2, 0)),
    "rot90": ([(2, 3)], lambda a: torch.rot90(a)),
    "rot90_k2": ([(2, 3, 2)], lambda a: a.rot90(2, [0, 2])),
    "rot90_k3": ([(2, 3)], lambda a: torch.rot90(a, -1)),
    "rot90_k0": ([(2, 3)], lambda a: torch.rot90(a, 4)),
    "tensor_split": ([(7, 2)], lambda a: torch.tensor_split(a, 3)[1]),
    "tensor_split_indices": ([(2, 5)], lambda a: a.tensor_split([1, 3], 1)[2]),
    "hsplit": ([(2, 4)], lambda a: torch.hsplit(a, 2)[1]),
    "vsplit": ([(4, 2)], lambda a: torch.vsplit(a, [1])[1]),
    "dsplit": ([(2, 2, 4)], lambda a: a.dsplit(2)[0]),
    "atleast_1d": ([()], lambda a: torch.atleast_1d(a)),
    "atleast_2d": ([(3,)], lambda a: torch.atleast_2d(a)),
    "atleast_3d": ([(2, 3)], lambda a: torch.atleast_3d(a)),
    "atleast_3d_scalar": ([()], lambda a: torch.atleast_3d(a)),
    "unflatten": ([(2, 6)], lambda a: a.unflatten(1, (2, 3))),
    "unflatten_fn": ([(6, 2)], lambda a: torch.unflatten(a, 0, (3, -1))),
    "cartesian_prod": ([(2,), (3,)], lambda a, b: torch.cartesian_prod(a, b)),
    "block_diag": ([(2, 2), (3,), ()], lambda a, b, c: torch.block_diag(a, b, c)),
    "exp2": ([(2, 3)], lambda a: torch.exp2(a)),
    "frac": ([(2, 3)], lambda a: torch.frac(a)),
    "deg2rad": ([(2, 3)], lambda a: torch.deg2rad(a)),
    "rad2deg": ([(2, 3)], lambda a: a.rad2deg()),
    "sgn": ([(2, 3)], lambda a: torch.sgn(a)),
    "sinc": ([(2, 3)], lambda a: torch.sinc(a)),
    "logit": ([(2, 3)], lambda a: torch.logit(torch.sigmoid(a))),
    "logit_eps": ([(2, 3)], lambda a: torch.sigmoid(a * 3).logit(0.2)),
    "xlogy": ([(2, 3), ((2, 3), "p")], lambda a, b: torch.xlogy(a, b)),
    "xlogy_bcast": ([(2, 3), ((3,), "p")], lambda a, b: a.xlogy(b)),
    "xlogy_scalar": ([(2, 3)], lambda a: torch.xlogy(a, 2.5)),
    "xlogy_rscalar": ([((2, 3), "p")], lambda a: torch.xlogy(3, a)),
    "copysign": ([(2, 3), (2, 3)], lambda a, b: torch.copysign(a, b)),
    "copysign_scalar": ([(2, 3)], lambda a: a.copysign(-1.0)),
    "float_power": ([((2, 3), "p"), (2, 3)], lambda a, b: torch.float_power(a, b)),
    "float_power_scalar": ([(2, 3)], lambda a: a.float_power(2)),
    "float_power_rscalar": ([(2, 3)], lambda a: torch.float_power(2.5, a)),
    "fmax": ([(2, 3), (2, 3)], lambda a, b: torch.fmax(a, b)),
    "fmax_bcast": ([(2, 3), (3,)], lambda a, b: a.fmax(b)),
    "fmin": ([(2, 3), (2, 3)], lambda a, b: torch.fmin(a, b)),
    "fmin_bcast": ([(2, 1), (3,)], lambda a, b: a.fmin(b)),
    "exp2_": ([(2, 3)], lambda a: (a * 1).exp2_()),
    "frac_": ([(2, 3)], lambda a: (a * 1).frac_()),
    "deg2rad_": ([(2, 3)], lambda a: (a * 1).deg2rad_()),
    "rad2deg_": ([(2, 3)], lambda a: (a * 1).rad2deg_()),
    "sgn_": ([(2, 3)], lambda a: (a * 1).sgn_()),
    "sinc_": ([(2, 3)], lambda a: (a * 1).sinc_()),
    "logit_": ([(2, 3)], lambda a: (torch.sigmoid(a) * 1).logit_()),
    "square_": ([(2, 3)], lambda a: (a * 1).square_()),
    "xlogy_": ([(2, 3), ((2, 3), "p")], lambda a, b: (a * 1).xlogy_(b)),
    "copysign_": ([(2, 3), (3,)], lambda a, b: (a * 1).copysign_(b)),
    "float_power_": ([((2, 3), "p"), (3,)], lambda a, b: (a.double() * 1).float_power_(b)),
}


def _flat(t):
    # sgn's gradient is an efficient zero tensor (no storage): its values are zeros
    t = t.detach()
    if getattr(t, "_is_zerotensor", lambda: False)():
        return [0.0] * t.numel()
    return t.reshape(-1).tolist()


def main():
    torch.set_num_threads(1)
    RA._flat = _flat
    RA.OPS = OPS
    data = {"cases": RA.record_cases()}
    with open(os.path.join(RA.FIX, "autograd_extra.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_extra.json: %d cases" % len(data["cases"]))
    for c in data["cases"]:
        if c["dtype"] == "float64":
            print(c["op"], c["output"]["grad_fn"])


if __name__ == "__main__":
    main()
