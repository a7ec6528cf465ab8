#!/usr/bin/python3
"""Records vector-Jacobian fixtures for the tensor API of record_ops_more.py (gather/scatter,
masks, flip/roll, tril/diag, splits, repeat, order statistics, outer/cross/einsum/trace/det/
inverse, nan_to_num, type).

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd_more.py
Out:  compat-tests/src/test/resources/fixtures/autograd_more.json

Same format as autograd.json (see record_autograd.py; only "cases"); AutogradConformanceTest and
GradCheckTest read it through Fixtures.merged("autograd"). Every op name here has a Java
spelling in GradCasesMore.java. Index tensors are constants; scatter's indices do not repeat
within a column (PyTorch's rule gives overwritten sources a gradient too, which no finite
difference sees).
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_autograd as RA  # noqa: E402

S34 = (3, 4)


def _mask(x):
    return x.detach() > 0


def _idx(rows):
    return torch.tensor(rows)


G1 = [[0, 3], [1, 1], [2, 0]]            # gather/scatter along dim 1 of a [3, 4]
G0 = [[2, 0, 1, 2], [0, 1, 2, 0]]        # along dim 0
SC0 = [[1, 0, 2, 1], [0, 2, 1, 2]]       # scatter along dim 0: distinct per column
EYE3 = torch.eye(3, dtype=torch.float64)

OPS = {
    "gather1": ([S34], lambda a: a.gather(1, _idx(G1))),
    "gather0": ([S34], lambda a: torch.gather(a, 0, _idx(G0))),
    "scatter_src": ([S34, (2, 4)], lambda a, b: a.scatter(0, _idx(SC0), b)),
    "scatter_value": ([S34], lambda a: a.scatter(1, _idx(G1), 2.0)),
    "scatter_add": ([S34, (2, 4)], lambda a, b: a.scatter_add(0, _idx(G0), b)),
    "scatter_add_": ([S34, (2, 4)], lambda a, b: (a * 1).scatter_add_(0, _idx(G0), b)),
    "index_select0": ([S34], lambda a: a.index_select(0, torch.tensor([2, 0, 2]))),
    "index_select1": ([S34], lambda a: torch.index_select(a, 1, torch.tensor([3, 1]))),
    "masked_fill": ([S34], lambda a: a.masked_fill(_mask(a), 0.5)),
    "masked_fill_tensor": ([S34, ()], lambda a, v: a.masked_fill(_mask(a), v)),
    "masked_fill_": ([S34], lambda a: (a * 1).masked_fill_(_mask(a), -1.0)),
    "masked_select": ([S34], lambda a: a.masked_select(_mask(a))),
    "masked_select_bcast": ([(4,), S34], lambda a, b: a.masked_select(_mask(b))),
    "where_method": ([S34, S34], lambda a, b: a.where(_mask(a), b)),
    "flip": ([S34], lambda a: a.flip(0)),
    "flip_dims": ([(2, 3, 4)], lambda a: torch.flip(a, [0, 2])),
    "roll": ([S34], lambda a: a.roll(1, 1)),
    "roll_flat": ([S34], lambda a: torch.roll(a, 5)),
    "roll_dims": ([(2, 3, 4)], lambda a: a.roll((1, -1), (0, 2))),
    "tril": ([S34], lambda a: a.tril()),
    "triu_k": ([S34], lambda a: torch.triu(a, 1)),
    "tril_batch": ([(2, 3, 3)], lambda a: a.tril(-1)),
    "diag_vec": ([(3,)], lambda a: torch.diag(a)),
    "diag_vec_k": ([(3,)], lambda a: a.diag(-1)),
    "diag_mat": ([S34], lambda a: a.diag()),
    "diag_mat_k": ([S34], lambda a: a.diag(1)),
    "chunk": ([S34], lambda a: a.chunk(2)[1]),
    "split": ([S34], lambda a: a.split(3, 1)[0]),
    "split_sizes": ([S34], lambda a: a.split([1, 3], 1)[1]),
    "unbind": ([S34], lambda a: a.unbind(1)[2]),
    "tile": ([(2, 3)], lambda a: a.tile((2,))),
    "repeat": ([(2, 3)], lambda a: a.repeat(2, 1, 2)),
    "repeat_interleave": ([(2, 3)], lambda a: a.repeat_interleave(2)),
    "repeat_interleave_dim": ([(2, 3)], lambda a: a.repeat_interleave(torch.tensor([1, 0, 2]), 1)),
    "broadcast_to": ([(3, 1)], lambda a: a.broadcast_to(2, 3, 4)),
    "meshgrid": ([(3,), (4,)], lambda a, b: torch.meshgrid(a, b, indexing="ij")[0]),
    "meshgrid_xy": ([(3,), (4,)], lambda a, b: torch.meshgrid(a, b, indexing="xy")[1]),
    "amax": ([S34], lambda a: a.amax()),
    "amax_dim": ([S34], lambda a: a.amax(1)),
    "amin_dims": ([(2, 3, 4)], lambda a: a.amin((0, 2), keepdim=True)),
    "median": ([(3, 5)], lambda a: a.median()),
    "median_dim": ([(3, 5)], lambda a: a.median(1).values),
    "median_dim_keepdim": ([(4, 3)], lambda a: a.median(0, keepdim=True).values),
    "sort": ([S34], lambda a: a.sort(1).values),
    "sort_desc": ([S34], lambda a: torch.sort(a, 0, descending=True).values),
    "sort_stable": ([S34], lambda a: a.sort(stable=True, dim=1).values),
    "topk": ([S34], lambda a: a.topk(2).values),
    "topk_dim0": ([S34], lambda a: torch.topk(a, 2, 0, largest=False).values),
    "outer": ([(3,), (4,)], lambda a, b: torch.outer(a, b)),
    "cross": ([(2, 3), (2, 3)], lambda a, b: torch.cross(a, b, dim=1)),
    "einsum_matmul": ([S34, (4, 5)], lambda a, b: torch.einsum("ij,jk->ik", a, b)),
    "einsum_bmm": ([(2, 3, 4), (2, 4, 5)], lambda a, b: torch.einsum("bij,bjk->bik", a, b)),
    "einsum_transpose": ([S34], lambda a: torch.einsum("ij->ji", a)),
    "einsum_trace": ([(3, 3)], lambda a: torch.einsum("ii", a)),
    "einsum_diag": ([(3, 3)], lambda a: torch.einsum("ii->i", a)),
    "einsum_sum": ([S34], lambda a: torch.einsum("ij->j", a)),
    "einsum_outer": ([(3,), (4,)], lambda a, b: torch.einsum("i,j->ij", a, b)),
    "einsum_dot": ([(4,), (4,)], lambda a, b: torch.einsum("i,i->", a, b)),
    "einsum_ellipsis": ([(2, 3, 4), (4,)], lambda a, b: torch.einsum("...j,j->...", a, b)),
    "einsum_rowdot": ([S34, S34], lambda a, b: torch.einsum("ij,ij->i", a, b)),
    "einsum_abt": ([S34, (5, 4)], lambda a, b: torch.einsum("ij,kj->ik", a, b)),
    "einsum_attention": ([(2, 2, 3, 4), (2, 2, 5, 4)], lambda a, b: torch.einsum("bhqd,bhkd->bhqk", a, b)),
    "einsum_hadamard": ([(4,), (4,)], lambda a, b: torch.einsum("i,i->i", a, b)),
    "einsum_batch_outer": ([(2, 3), (2, 4)], lambda a, b: torch.einsum("bi,bj->bij", a, b)),
    "einsum_three": ([(2, 3), S34, (4, 5)], lambda a, b, c: torch.einsum("ij,jk,kl->il", a, b, c)),
    "einsum_sum_all": ([(2, 3, 4)], lambda a: torch.einsum("ijk->", a)),
    "einsum_perm3": ([(2, 3, 4)], lambda a: torch.einsum("ijk->kij", a)),
    "einsum_bilinear": ([(3,), (3, 4), (4,)], lambda a, b, c: torch.einsum("i,ij,j->", a, b, c)),
    "trace": ([S34], lambda a: a.trace()),
    "det": ([(3, 3)], lambda a: torch.det(a + 3 * EYE3.to(a.dtype))),
    "det_batch": ([(2, 3, 3)], lambda a: (a + 3 * EYE3.to(a.dtype)).det()),
    "inverse": ([(3, 3)], lambda a: torch.inverse(a + 3 * EYE3.to(a.dtype))),
    "erf": ([S34], torch.erf),
    "nan_to_num": ([S34], lambda a: a.nan_to_num()),
    "diagonal": ([(2, 3, 4)], lambda a: a.diagonal(1, 1, 2)),
    "index_add": ([S34, (2, 4)], lambda a, b: a.index_add(0, torch.tensor([2, 2]), b, alpha=1.5)),
    "index_fill": ([S34], lambda a: a.index_fill(1, torch.tensor([0, 2]), 0.5)),
    "take": ([S34], lambda a: a.take(torch.tensor([[0, 5], [11, 5]]))),
    "fliplr": ([S34], lambda a: a.fliplr()),
    "diff": ([S34], lambda a: torch.diff(a, 2, 1)),
    "flipud": ([S34], lambda a: a.flipud()),
    "diag_embed": ([S34], lambda a: torch.diag_embed(a, 1)),
    "take_along_dim": ([S34], lambda a: torch.take_along_dim(a, torch.tensor([[2], [0], [3]]), 1)),
    "scatter_reduce_sum": ([S34, (2, 4)], lambda a, b: a.scatter_reduce(0, _idx(G0), b, "sum")),
    "scatter_reduce_prod": ([(S34, "p"), ((2, 4), "p")],
                            lambda a, b: a.scatter_reduce(0, _idx(G0), b, "prod")),
    "scatter_reduce_mean": ([S34, (2, 4)],
                            lambda a, b: a.scatter_reduce(0, _idx(G0), b, "mean", include_self=False)),
    "scatter_reduce_amax": ([S34, (2, 4)], lambda a, b: a.scatter_reduce(0, _idx(G0), b, "amax")),
    "scatter_reduce_amin": ([S34, (2, 4)],
                            lambda a, b: a.scatter_reduce(0, _idx(G0), b, "amin", include_self=False)),
    "scatter_reduce_": ([S34, (2, 4)], lambda a, b: (a * 1).scatter_reduce_(0, _idx(G0), b, "sum",
                                                                            include_self=True)),
    "erf_": ([S34], lambda a: (a * 1).erf_()),
    "index_add_": ([S34, (2, 4)], lambda a, b: (a * 1).index_add_(0, torch.tensor([2, 0]), b)),
    "index_fill_": ([S34], lambda a: (a * 1).index_fill_(1, torch.tensor([1]), -2.0)),
    "linalg_cross": ([(2, 3), (2, 3)], lambda a, b: torch.linalg.cross(a, b)),
    "linalg_det": ([(3, 3)], lambda a: torch.linalg.det(a + 3 * EYE3.to(a.dtype))),
    "linalg_inv": ([(3, 3)], lambda a: torch.linalg.inv(a + 3 * EYE3.to(a.dtype))),
    "type": ([S34], lambda a: a.type(torch.float64)),
}


def main():
    torch.set_num_threads(1)
    RA.OPS = OPS
    data = {"cases": RA.record_cases()}
    with open(os.path.join(RA.FIX, "autograd_more.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd_more.json: %d cases" % len(data["cases"]))


if __name__ == "__main__":
    main()
