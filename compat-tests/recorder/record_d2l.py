#!/usr/bin/python3
"""Records Jupyter-style transcripts of D2L chapter 2 §2.1 and §2.3 (PyTorch tab) from real PyTorch.

Run:  /usr/bin/python3 compat-tests/recorder/record_d2l.py
Out:  compat-tests/src/test/resources/fixtures/d2l/{ch2_1_en,ch2_1_zh,ch2_3_en,ch2_3_zh}.txt
      plus, for people writing the Java walkthrough, the code of every cell in the same
      numbering: <name>.cells.py

The book cells are verbatim (D2L EN v1.0 = d2l-en master 23d7a5ae, ZH = d2l-zh master e6b18cce;
see the inventory's appendices A.1, A.3, B.1, B.4). They run in one namespace per notebook, in
order, followed by cells for the section's exercises (written here; the book gives only prose).

Transcript format (UTF-8, '\n' line ends), for each cell n = 1, 2, ...:

    ### cell <n>
    <what Jupyter shows: everything the cell prints, then repr() of the value of a trailing
     expression statement unless it is None; nothing for a cell that shows nothing>

Deviations from a real notebook, all deliberate:
  * ``torch.manual_seed(0)`` runs (silently) before every cell that draws random numbers;
  * any number printed after ``id(<name>): `` is replaced by the literal ``<id>``
    (e.g. ``id(Z): <id>``), because ids differ per run;
  * a cell that raises shows one line ``<ExceptionType>: <str(e)>`` (the last line of
    Jupyter's traceback) after whatever it printed before the exception;
  * warnings are not shown.
"""

import ast
import contextlib
import io
import os
import re
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "d2l")

# ----------------------------------------------------------------------------------------------
# the book's cells, verbatim

CH2_1_EN = [
    '''\
import torch
''',
    '''\
x = torch.arange(12, dtype=torch.float32)
x
''',
    '''\
x.numel()
''',
    '''\
x.shape
''',
    '''\
X = x.reshape(3, 4)
X
''',
    '''\
torch.zeros((2, 3, 4))
''',
    '''\
torch.ones((2, 3, 4))
''',
    '''\
torch.randn(3, 4)
''',
    '''\
torch.tensor([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
''',
    '''\
X[-1], X[1:3]
''',
    '''\
X[1, 2] = 17
X
''',
    '''\
X[:2, :] = 12
X
''',
    '''\
torch.exp(x)
''',
    '''\
x = torch.tensor([1.0, 2, 4, 8])
y = torch.tensor([2, 2, 2, 2])
x + y, x - y, x * y, x / y, x ** y
''',
    '''\
X = torch.arange(12, dtype=torch.float32).reshape((3,4))
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
torch.cat((X, Y), dim=0), torch.cat((X, Y), dim=1)
''',
    '''\
X == Y
''',
    '''\
X.sum()
''',
    '''\
a = torch.arange(3).reshape((3, 1))
b = torch.arange(2).reshape((1, 2))
a, b
''',
    '''\
a + b
''',
    '''\
before = id(Y)
Y = Y + X
id(Y) == before
''',
    '''\
Z = torch.zeros_like(Y)
print('id(Z):', id(Z))
Z[:] = X + Y
print('id(Z):', id(Z))
''',
    '''\
before = id(X)
X += Y
id(X) == before
''',
    '''\
A = X.numpy()
B = torch.from_numpy(A)
type(A), type(B)
''',
    '''\
a = torch.tensor([3.5])
a, a.item(), float(a), int(a)
''',
]

CH2_1_ZH = [
    '''\
import torch
''',
    '''\
x = torch.arange(12)
x
''',
    '''\
x.shape
''',
    '''\
x.numel()
''',
    '''\
X = x.reshape(3, 4)
X
''',
    '''\
torch.zeros((2, 3, 4))
''',
    '''\
torch.ones((2, 3, 4))
''',
    '''\
torch.randn(3, 4)
''',
    '''\
torch.tensor([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
''',
    '''\
x = torch.tensor([1.0, 2, 4, 8])
y = torch.tensor([2, 2, 2, 2])
x + y, x - y, x * y, x / y, x ** y  # **运算符是求幂运算
''',
    '''\
torch.exp(x)
''',
    '''\
X = torch.arange(12, dtype=torch.float32).reshape((3,4))
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
torch.cat((X, Y), dim=0), torch.cat((X, Y), dim=1)
''',
    '''\
X == Y
''',
    '''\
X.sum()
''',
    '''\
a = torch.arange(3).reshape((3, 1))
b = torch.arange(2).reshape((1, 2))
a, b
''',
    '''\
a + b
''',
    '''\
X[-1], X[1:3]
''',
    '''\
X[1, 2] = 9
X
''',
    '''\
X[0:2, :] = 12
X
''',
    '''\
before = id(Y)
Y = Y + X
id(Y) == before
''',
    '''\
Z = torch.zeros_like(Y)
print('id(Z):', id(Z))
Z[:] = X + Y
print('id(Z):', id(Z))
''',
    '''\
before = id(X)
X += Y
id(X) == before
''',
    '''\
A = X.numpy()
B = torch.tensor(A)
type(A), type(B)
''',
    '''\
a = torch.tensor([3.5])
a, a.item(), float(a), int(a)
''',
]

CH2_3_EN = [
    '''\
import torch
''',
    '''\
x = torch.tensor(3.0)
y = torch.tensor(2.0)

x + y, x * y, x / y, x**y
''',
    '''\
x = torch.arange(3)
x
''',
    '''\
x[2]
''',
    '''\
len(x)
''',
    '''\
x.shape
''',
    '''\
A = torch.arange(6).reshape(3, 2)
A
''',
    '''\
A.T
''',
    '''\
A = torch.tensor([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
A == A.T
''',
    '''\
torch.arange(24).reshape(2, 3, 4)
''',
    '''\
A = torch.arange(6, dtype=torch.float32).reshape(2, 3)
B = A.clone()  # Assign a copy of A to B by allocating new memory
A, A + B
''',
    '''\
A * B
''',
    '''\
a = 2
X = torch.arange(24).reshape(2, 3, 4)
a + X, (a * X).shape
''',
    '''\
x = torch.arange(3, dtype=torch.float32)
x, x.sum()
''',
    '''\
A.shape, A.sum()
''',
    '''\
A.shape, A.sum(axis=0).shape
''',
    '''\
A.shape, A.sum(axis=1).shape
''',
    '''\
A.sum(axis=[0, 1]) == A.sum()  # Same as A.sum()
''',
    '''\
A.mean(), A.sum() / A.numel()
''',
    '''\
A.mean(axis=0), A.sum(axis=0) / A.shape[0]
''',
    '''\
sum_A = A.sum(axis=1, keepdims=True)
sum_A, sum_A.shape
''',
    '''\
A / sum_A
''',
    '''\
A.cumsum(axis=0)
''',
    '''\
y = torch.ones(3, dtype = torch.float32)
x, y, torch.dot(x, y)
''',
    '''\
torch.sum(x * y)
''',
    '''\
A.shape, x.shape, torch.mv(A, x), A@x
''',
    '''\
B = torch.ones(3, 4)
torch.mm(A, B), A@B
''',
    '''\
u = torch.tensor([3.0, -4.0])
torch.norm(u)
''',
    '''\
torch.abs(u).sum()
''',
    '''\
torch.norm(torch.ones((4, 9)))
''',
]

CH2_3_ZH = [
    '''\
import torch

x = torch.tensor(3.0)
y = torch.tensor(2.0)

x + y, x * y, x / y, x**y
''',
    '''\
x = torch.arange(4)
x
''',
    '''\
x[3]
''',
    '''\
len(x)
''',
    '''\
x.shape
''',
    '''\
A = torch.arange(20).reshape(5, 4)
A
''',
    '''\
A.T
''',
    '''\
B = torch.tensor([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
B
''',
    '''\
B == B.T
''',
    '''\
X = torch.arange(24).reshape(2, 3, 4)
X
''',
    '''\
A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
B = A.clone()  # 通过分配新内存，将A的一个副本分配给B
A, A + B
''',
    '''\
A * B
''',
    '''\
a = 2
X = torch.arange(24).reshape(2, 3, 4)
a + X, (a * X).shape
''',
    '''\
x = torch.arange(4, dtype=torch.float32)
x, x.sum()
''',
    '''\
A.shape, A.sum()
''',
    '''\
A_sum_axis0 = A.sum(axis=0)
A_sum_axis0, A_sum_axis0.shape
''',
    '''\
A_sum_axis1 = A.sum(axis=1)
A_sum_axis1, A_sum_axis1.shape
''',
    '''\
A.sum(axis=[0, 1])  # 结果和A.sum()相同
''',
    '''\
A.mean(), A.sum() / A.numel()
''',
    '''\
A.mean(axis=0), A.sum(axis=0) / A.shape[0]
''',
    '''\
sum_A = A.sum(axis=1, keepdims=True)
sum_A
''',
    '''\
A / sum_A
''',
    '''\
A.cumsum(axis=0)
''',
    '''\
y = torch.ones(4, dtype = torch.float32)
x, y, torch.dot(x, y)
''',
    '''\
torch.sum(x * y)
''',
    '''\
A.shape, x.shape, torch.mv(A, x)
''',
    '''\
B = torch.ones(4, 3)
torch.mm(A, B)
''',
    '''\
u = torch.tensor([3.0, -4.0])
torch.norm(u)
''',
    '''\
torch.abs(u).sum()
''',
    '''\
torch.norm(torch.ones((4, 9)))
''',
]

# ----------------------------------------------------------------------------------------------
# exercises (not in the book's code; state is re-created so that each block stands alone)

EX_2_1 = [
    # 1. Change X == Y to X < Y or X > Y
    '''\
X = torch.arange(12, dtype=torch.float32).reshape((3,4))
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
X < Y, X > Y
''',
    # 2. Broadcasting with other shapes, e.g. 3-D tensors
    '''\
a = torch.arange(6).reshape((2, 3, 1))
b = torch.arange(4).reshape((1, 1, 4))
a + b
''',
    '''\
(a + b).shape, (torch.arange(6).reshape(3, 2, 1) * torch.arange(2).reshape(2, 1)).shape
''',
    '''\
torch.arange(6).reshape(3, 2, 1) * torch.arange(2).reshape(2, 1)
''',
]


def ex_2_3(lang):
    if lang == "en":
        make_a = "A = torch.arange(6, dtype=torch.float32).reshape(2, 3)\n"
        make_b = "B = torch.ones(2, 3)\n"
    else:
        make_a = "A = torch.arange(20, dtype=torch.float32).reshape(5, 4)\n"
        make_b = "B = torch.ones(5, 4)\n"
    cells = [
        # 1. (A^T)^T = A
        make_a + "A.T.T == A\n",
        # 2. A^T + B^T = (A + B)^T
        make_b + "A.T + B.T == (A + B).T\n",
        # 3. A + A^T is symmetric
        "C = torch.arange(9, dtype=torch.float32).reshape(3, 3)\n"
        "C + C.T == (C + C.T).T\n",
        # 4. len(X) for X of shape (2, 3, 4)
        "X = torch.arange(24).reshape(2, 3, 4)\nlen(X)\n",
        # 5. len(X) is the length of axis 0
        "len(torch.ones(5, 4)), len(torch.ones(4, 5)), X.shape[0]\n",
        # 6. A / A.sum(axis=1)
        make_a + "A / A.sum(axis=1)\n",
        # 7. Manhattan distance
        "u = torch.tensor([1.0, 2.0])\nv = torch.tensor([4.0, -2.0])\ntorch.abs(u - v).sum()\n",
        # 8. shapes of sums over axes 0, 1, 2
        "X = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)\n"
        "X.sum(axis=0).shape, X.sum(axis=1).shape, X.sum(axis=2).shape\n",
        "X.sum(axis=0), X.sum(axis=1), X.sum(axis=2)\n",
        # 9. linalg.norm of a 3-axis tensor
        "torch.linalg.norm(X), torch.norm(X)\n",
        "torch.linalg.norm(X, dim=(1, 2))\n",
        "torch.linalg.norm(X, ord=2)\n",
    ]
    if lang == "en":
        cells += [
            # 10. (AB)C vs A(BC): same result and shape (timing omitted; sizes scaled down)
            "A = torch.randn(2**4, 2**8)\nB = torch.randn(2**8, 2**3)\nC = torch.randn(2**3, 2**6)\n"
            "((A @ B) @ C).shape, (A @ (B @ C)).shape, torch.allclose((A @ B) @ C, A @ (B @ C), atol=1e-4)\n",
            # 11. AB vs AC^T with C = B.T (a non-contiguous view, no clone)
            "C = B.T\nC.is_contiguous(), C.shape, torch.equal(A @ B, A @ C.T)\n",
            # 12. stack three matrices along a third axis, slice out B
            "A, B, C = torch.ones(100, 200), 2 * torch.ones(100, 200), 3 * torch.ones(100, 200)\n"
            "S = torch.stack([A, B, C], dim=2)\nS.shape\n",
            "torch.equal(S[:, :, 1], B), torch.stack([A, B, C]).shape\n",
        ]
    return cells


NOTEBOOKS = {
    "ch2_1_en": CH2_1_EN + EX_2_1,
    "ch2_1_zh": CH2_1_ZH + EX_2_1,
    "ch2_3_en": CH2_3_EN + ex_2_3("en"),
    "ch2_3_zh": CH2_3_ZH + ex_2_3("zh"),
}

RANDOM = re.compile(r"\btorch\.(randn|rand|randint|normal|multinomial)\b")
ID_LINE = re.compile(r"(id\(\w+\): )\d+")


def run_cell(code, ns):
    """Returns what Jupyter would show for ``code`` run in namespace ``ns``."""
    if RANDOM.search(code):
        torch.manual_seed(0)
    tree = ast.parse(code)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(tree, "<cell>", "exec"), ns)
            if last is not None:
                value = eval(compile(last, "<cell>", "eval"), ns)
                if value is not None:
                    print(repr(value))
        except Exception as e:  # noqa: BLE001 - shown like Jupyter's last traceback line
            print("%s: %s" % (type(e).__name__, e))
    return ID_LINE.sub(r"\1<id>", buf.getvalue())


def main():
    torch.set_num_threads(1)
    os.makedirs(OUT_DIR, exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        ns = {"__name__": "__main__"}
        out, src = [], []
        for n, code in enumerate(cells, 1):
            out.append("### cell %d\n" % n)
            out.append(run_cell(code, ns))
            src.append("# ### cell %d\n%s" % (n, code))
        with open(os.path.join(OUT_DIR, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(out))
        with open(os.path.join(OUT_DIR, name + ".cells.py"), "w", encoding="utf-8") as f:
            f.write("# Code of the cells transcribed in %s.txt (generated by record_d2l.py).\n"
                    "# torch.manual_seed(0) runs before cells that draw random numbers.\n"
                    % name)
            f.write("".join(src))
        print("%s: %d cells" % (name, len(cells)))


if __name__ == "__main__":
    main()
