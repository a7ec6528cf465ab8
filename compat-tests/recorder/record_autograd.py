#!/usr/bin/python3
"""Records autograd fixtures (D2L §2.5) from real PyTorch.

Run:  /usr/bin/python3 compat-tests/recorder/record_autograd.py
Out:  compat-tests/src/test/resources/fixtures/autograd.json
      compat-tests/src/test/resources/fixtures/d2l/{ch2_5_en,ch2_5_zh}.txt (+ .cells.py)

autograd.json is one object:

  "cases": list of gradient samples, one per (op, dtype):
      {"op": <name in OPS below; GradCases.java has the same names>,
       "dtype": "float64" | "float32",
       "inputs": [{"shape": [...], "values": [... row-major ...], "requires_grad": bool}],
       "output": {"shape", "dtype", "values", "grad_fn"},   # grad_fn: name without <>, or null
       "cotangent": [... row-major, output's shape ...],
       "grads": [<row-major values of input i's .grad after output.backward(cotangent)> | null]}
  "second_order": [{"name", "x": {"shape", "values"}, "grad": [...], "grad_grad_fn": name,
                    "grad2": [...]}]
      grad  = torch.autograd.grad(f(x), x, create_graph=True)[0]
      grad2 = torch.autograd.grad(grad.sum(), x)[0]
  "errors": [{"name", "type", "message"}]: the scenario named <name> (see ERRORS) raised
      <type>: <message>.

Inputs are float64 draws (seeded), cast to the case's dtype; each op names a domain that keeps
samples away from points where the op is not differentiable (kinks, ties, poles).
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import record_d2l  # noqa: E402  (reuses its Jupyter-style cell runner)

FIX = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")

# ----------------------------------------------------------------------------------------------
# ops: name -> (input specs, function). A spec is (shape, domain) or (shape, domain, False) for
# an input that does not require grad. Domains: "n" normal, "p" positive in [0.5, 2],
# "u" in (-0.9, 0.9), "k" normal but at least 0.1 away from 0 and from +-0.5 (clamp bounds).

S34 = (3, 4)


def _mask(x):
    return x.detach() > 0


OPS = {
    # --- binary arithmetic, same shape and broadcasting
    "add": ([S34, S34], lambda a, b: a + b),
    "add_bcast": ([(3, 1), (1, 4)], lambda a, b: a + b),
    "add_alpha": ([S34, (4,)], lambda a, b: torch.add(a, b, alpha=2.5)),
    "sub": ([S34, S34], lambda a, b: a - b),
    "sub_bcast": ([(2, 3, 4), (3, 1)], lambda a, b: a - b),
    "sub_alpha": ([S34, S34], lambda a, b: torch.sub(a, b, alpha=0.5)),
    "mul": ([S34, S34], lambda a, b: a * b),
    "mul_bcast": ([(2, 3, 4), (4,)], lambda a, b: a * b),
    "mul_0d": ([S34, ()], lambda a, b: a * b),
    "mul_self": ([S34], lambda a: a * a),
    "mul_const": ([(S34, "n"), (S34, "n", False)], lambda a, b: a * b),
    "div": ([S34, (S34, "p")], lambda a, b: a / b),
    "div_bcast": ([S34, ((3, 1), "p")], lambda a, b: a / b),
    "pow": ([(S34, "p"), S34], lambda a, b: a ** b),
    "pow_bcast": ([(S34, "p"), (4,)], lambda a, b: torch.pow(a, b)),
    "maximum": ([S34, S34], lambda a, b: torch.maximum(a, b)),
    "minimum": ([S34, S34], lambda a, b: torch.minimum(a, b)),
    "atan2": ([S34, S34], lambda a, b: torch.atan2(a, b)),
    # --- scalar forms
    "add_scalar": ([S34], lambda a: a + 2.5),
    "radd_scalar": ([S34], lambda a: 2.5 + a),
    "sub_scalar": ([S34], lambda a: a - 2.5),
    "rsub_scalar": ([S34], lambda a: 2.5 - a),
    "mul_scalar": ([S34], lambda a: a * 2.5),
    "rmul_scalar": ([S34], lambda a: 2 * a),
    "div_scalar": ([S34], lambda a: a / 2.5),
    "rdiv_scalar": ([(S34, "p")], lambda a: 2.5 / a),
    "pow_scalar": ([S34], lambda a: a ** 3),
    "pow_scalar_2": ([S34], lambda a: a ** 2),
    "pow_scalar_neg": ([(S34, "p")], lambda a: a ** -1),
    "pow_scalar_half": ([(S34, "p")], lambda a: a ** 0.5),
    "rpow_scalar": ([S34], lambda a: 2.0 ** a),
    "neg": ([S34], lambda a: -a),
    # --- unary math
    "abs": ([(S34, "k")], torch.abs),
    "exp": ([S34], torch.exp),
    "expm1": ([S34], torch.expm1),
    "log": ([(S34, "p")], torch.log),
    "log2": ([(S34, "p")], torch.log2),
    "log10": ([(S34, "p")], torch.log10),
    "log1p": ([(S34, "p")], torch.log1p),
    "sqrt": ([(S34, "p")], torch.sqrt),
    "rsqrt": ([(S34, "p")], torch.rsqrt),
    "reciprocal": ([(S34, "p")], torch.reciprocal),
    "square": ([S34], torch.square),
    "sin": ([S34], torch.sin),
    "cos": ([S34], torch.cos),
    "tan": ([(S34, "u")], torch.tan),
    "asin": ([(S34, "u")], torch.asin),
    "acos": ([(S34, "u")], torch.acos),
    "atan": ([S34], torch.atan),
    "sinh": ([S34], torch.sinh),
    "cosh": ([S34], torch.cosh),
    "tanh": ([S34], torch.tanh),
    "sigmoid": ([S34], torch.sigmoid),
    "relu": ([(S34, "k")], torch.relu),
    "clamp": ([(S34, "k")], lambda a: torch.clamp(a, -0.5, 0.5)),
    "clamp_min": ([(S34, "k")], lambda a: a.clamp(min=-0.5)),
    "clamp_max": ([(S34, "k")], lambda a: a.clamp(max=0.5)),
    "where": ([S34, S34], lambda a, b: torch.where(_mask(a), a, b)),
    "where_bcast": ([S34, (4,)], lambda a, b: torch.where(_mask(a), a, b)),
    "where_scalar": ([S34], lambda a: torch.where(_mask(a), a, 0.0)),
    # --- reductions
    "sum": ([S34], lambda a: a.sum()),
    "sum_dim0": ([S34], lambda a: a.sum(0)),
    "sum_dim1_keepdim": ([S34], lambda a: a.sum(1, keepdim=True)),
    "sum_dims": ([(2, 3, 4)], lambda a: a.sum((0, 2))),
    "mean": ([S34], lambda a: a.mean()),
    "mean_dim1": ([S34], lambda a: a.mean(1)),
    "mean_dim0_keepdim": ([S34], lambda a: a.mean(0, keepdim=True)),
    "mean_dims": ([(2, 3, 4)], lambda a: a.mean((1, 2))),
    "prod": ([S34], lambda a: a.prod()),
    "prod_dim1": ([S34], lambda a: a.prod(1)),
    "prod_dim0_keepdim": ([S34], lambda a: a.prod(0, keepdim=True)),
    "cumsum0": ([S34], lambda a: a.cumsum(0)),
    "cumsum1": ([S34], lambda a: a.cumsum(1)),
    "cumprod1": ([S34], lambda a: a.cumprod(1)),
    "max": ([S34], lambda a: a.max()),
    "min": ([S34], lambda a: a.min()),
    "max_dim1": ([S34], lambda a: a.max(1).values),
    "max_dim0_keepdim": ([S34], lambda a: a.max(0, keepdim=True).values),
    "min_dim1": ([S34], lambda a: a.min(1).values),
    "var": ([S34], lambda a: a.var()),
    "std": ([S34], lambda a: a.std()),
    # --- linear algebra
    "dot": ([(4,), (4,)], torch.dot),
    "mv": ([S34, (4,)], torch.mv),
    "mm": ([S34, (4, 5)], torch.mm),
    "matmul_1d1d": ([(4,), (4,)], torch.matmul),
    "matmul_2d1d": ([S34, (4,)], torch.matmul),
    "matmul_1d2d": ([(3,), S34], torch.matmul),
    "matmul_2d2d": ([S34, (4, 5)], lambda a, b: a @ b),
    "matmul_batched": ([(2, 3, 4), (2, 4, 5)], lambda a, b: a @ b),
    "matmul_bcast": ([(2, 3, 4), (4, 5)], lambda a, b: a @ b),
    "matmul_3d1d": ([(2, 3, 4), (4,)], lambda a, b: a @ b),
    "bmm": ([(2, 3, 4), (2, 4, 5)], torch.bmm),
    "norm": ([S34], lambda a: a.norm()),
    "norm_3d": ([(2, 3, 4)], torch.norm),
    "norm_p1": ([(S34, "k")], lambda a: a.norm(1)),
    "norm_dim1": ([S34], lambda a: a.norm(2, 1)),
    "norm_dim0_keepdim": ([S34], lambda a: a.norm(2, 0, True)),
    "linalg_norm": ([S34], lambda a: torch.linalg.norm(a)),
    "linalg_norm_3d": ([(2, 3, 4)], lambda a: torch.linalg.norm(a)),
    "linalg_norm_dims": ([(2, 3, 4)], lambda a: torch.linalg.norm(a, dim=(1, 2))),
    # --- views and shape ops
    "reshape": ([S34], lambda a: a.reshape(2, 6)),
    "reshape_noncontig": ([S34], lambda a: a.T.reshape(12)),
    "view": ([S34], lambda a: a.view(4, 3)),
    "flatten": ([(2, 3, 4)], lambda a: a.flatten()),
    "transpose": ([(2, 3, 4)], lambda a: a.transpose(0, 2)),
    "t": ([S34], lambda a: a.t()),
    "T": ([S34], lambda a: a.T),
    "mT": ([(2, 3, 4)], lambda a: a.mT),
    "permute": ([(2, 3, 4)], lambda a: a.permute(2, 0, 1)),
    "expand": ([(3, 1)], lambda a: a.expand(3, 4)),
    "expand_new_dim": ([(4,)], lambda a: a.expand(2, 3, 4)),
    "squeeze": ([(3, 1, 4)], lambda a: a.squeeze()),
    "squeeze_dim": ([(3, 1, 4)], lambda a: a.squeeze(1)),
    "unsqueeze": ([S34], lambda a: a.unsqueeze(1)),
    "narrow": ([S34], lambda a: a.narrow(1, 1, 2)),
    "cat0": ([S34, (2, 4)], lambda a, b: torch.cat([a, b], 0)),
    "cat1": ([S34, (3, 2)], lambda a, b: torch.cat([a, b], 1)),
    "stack0": ([S34, S34], lambda a, b: torch.stack([a, b])),
    "stack2": ([S34, S34, S34], lambda a, b, c: torch.stack([a, b, c], 2)),
    # --- indexing reads
    "index_int": ([S34], lambda a: a[1]),
    "index_neg": ([S34], lambda a: a[-1]),
    "index_col": ([S34], lambda a: a[:, 1]),
    "index_slice": ([S34], lambda a: a[1:3]),
    "index_slice_step": ([(6, 4)], lambda a: a[::2, 1:]),
    "index_ellipsis": ([(2, 3, 4)], lambda a: a[..., 0]),
    "index_elem": ([S34], lambda a: a[1, 2]),
    "index_list": ([S34], lambda a: a[[0, 2]]),
    "index_list_repeat": ([S34], lambda a: a[[0, 2, 0]]),
    "index_mask": ([S34], lambda a: a[_mask(a)]),
    "index_tensor": ([S34], lambda a: a[torch.tensor([2, 0])]),
    "index_two_lists": ([S34], lambda a: a[[0, 2], [1, 3]]),
    # --- setitem (x[idx] = v written into a non-leaf copy)
    "setitem_slice": ([S34, (2, 4)], None),
    "setitem_scalar": ([S34], None),
    "setitem_col_bcast": ([S34, (3,)], None),
    "setitem_list": ([S34, (2, 4)], None),
    "setitem_mask": ([S34], None),
    # --- compositions
    "d2l_f": ([(S34, "p")], lambda x: torch.log(x ** 2) * torch.sin(x) + x ** -1),
    "chain": ([S34, (4, 5)], lambda a, b: torch.tanh(a @ b).sum(1) * 2),
    "reuse": ([S34], lambda a: (a * a.exp()).sum(0) + a.mean(0)),
}


def _setitem(name, *xs):
    y = xs[0] * 1
    if name == "setitem_slice":
        y[1:3] = xs[1]
    elif name == "setitem_scalar":
        y[0, 1] = 5.0
    elif name == "setitem_col_bcast":
        y[:, 2] = xs[1]
    elif name == "setitem_list":
        y[[0, 2]] = xs[1]
    elif name == "setitem_mask":
        y[_mask(xs[0])] = 0.0
    return y


def _draw(shape, domain, gen):
    x = torch.randn(shape, dtype=torch.float64, generator=gen)
    if domain == "p":
        x = torch.rand(shape, dtype=torch.float64, generator=gen) * 1.5 + 0.5
    elif domain == "u":
        x = torch.rand(shape, dtype=torch.float64, generator=gen) * 1.8 - 0.9
    elif domain == "k":
        for b in (0.0, -0.5, 0.5):
            x = torch.where((x - b).abs() < 0.1, x + 0.25, x)
    return x


def _flat(t):
    return t.detach().reshape(-1).tolist()


def _dtype_name(dt):
    return str(dt).replace("torch.", "")


def record_cases():
    gen = torch.Generator().manual_seed(1234)
    cases = []
    for name, (specs, fn) in OPS.items():
        for dtype in (torch.float64, torch.float32):
            inputs = []
            for spec in specs:
                if not (isinstance(spec, tuple) and len(spec) in (2, 3) and isinstance(spec[1], str)):
                    spec = (spec, "n")
                shape, domain = spec[0], spec[1]
                rg = spec[2] if len(spec) == 3 else True
                x = _draw(shape, domain, gen).to(dtype).requires_grad_(rg)
                inputs.append(x)
            out = fn(*inputs) if fn is not None else _setitem(name, *inputs)
            cot = torch.randn(out.shape, dtype=torch.float64, generator=gen).to(out.dtype)
            out.backward(cot)
            cases.append({
                "op": name,
                "dtype": _dtype_name(dtype),
                "inputs": [{"shape": list(x.shape), "values": _flat(x),
                            "requires_grad": x.requires_grad} for x in inputs],
                "output": {"shape": list(out.shape), "dtype": _dtype_name(out.dtype),
                           "values": _flat(out),
                           "grad_fn": None if out.grad_fn is None else type(out.grad_fn).__name__},
                "cotangent": _flat(cot),
                "grads": [None if x.grad is None else _flat(x.grad) for x in inputs],
            })
    return cases


SECOND_ORDER = {
    "cube": ((), lambda x: x ** 3),
    "cube_vec": ((4,), lambda x: (x ** 3).sum()),
    "sin": ((4,), lambda x: torch.sin(x).sum()),
    "exp_mul": ((4,), lambda x: (torch.exp(x) * x).sum()),
    "matmul": ((3, 3), lambda x: (x @ x).sum()),
    "tanh_matmul": ((3, 3), lambda x: torch.tanh(x @ x).sum()),
}


def record_second_order():
    out = []
    gen = torch.Generator().manual_seed(99)
    for name, (shape, fn) in SECOND_ORDER.items():
        x = (torch.tensor(2.0, dtype=torch.float64) if name == "cube"
             else torch.randn(shape, dtype=torch.float64, generator=gen)).requires_grad_()
        (g,) = torch.autograd.grad(fn(x), x, create_graph=True)
        (g2,) = torch.autograd.grad(g.sum(), x)
        out.append({"name": name, "x": {"shape": list(x.shape), "values": _flat(x)},
                    "grad": _flat(g), "grad_grad_fn": type(g.grad_fn).__name__,
                    "grad2": _flat(g2)})
    return out


# ----------------------------------------------------------------------------------------------
# error scenarios (§10 "Autograd"); AutogradConformanceTest reproduces each by name

def _x():
    return torch.arange(4.0, requires_grad=True)


def _err_backward_twice():
    x = _x()
    y = 2 * torch.dot(x, x)
    y.backward()
    y.backward()


def _err_inplace_add():
    x = _x()
    x += 1


def _err_version():
    x = _x()
    y = x.exp()
    y += 1
    y.sum().backward()


def _err_version_mul():
    x = _x()
    y = x * 2
    z = y * y
    y.mul_(3)
    z.sum().backward()


def _err_setitem_leaf():
    x = _x()
    x[0] = 5


ERRORS = {
    "nonscalar_backward": lambda: (_x() * _x()).backward(),
    "nonscalar_autograd_grad": lambda: (lambda x: torch.autograd.grad(x * x, x))(_x()),
    "grad_shape_3": lambda: (_x() * 2).backward(torch.ones(3)),
    "grad_shape_1x4": lambda: (_x() * 2).backward(torch.ones(1, 4)),
    "grad_shape_2x2": lambda: (_x() * 2).backward(torch.ones(2, 2)),
    "backward_twice": _err_backward_twice,
    "no_grad_fn": lambda: (lambda x: (x * x).sum().backward())(torch.arange(4.0)),
    "no_grad_fn_detached": lambda: (lambda x: (x * x).sum().backward())(_x().detach()),
    "leaf_inplace_add": _err_inplace_add,
    "leaf_inplace_mul": lambda: _x().mul_(2),
    "leaf_setitem": _err_setitem_leaf,
    "version_counter": _err_version,
    "version_counter_mul": _err_version_mul,
    "int_requires_grad_method": lambda: torch.arange(4).requires_grad_(True),
    "int_requires_grad_factory": lambda: torch.tensor([1, 2], requires_grad=True),
    "int_requires_grad_arange": lambda: torch.arange(4, requires_grad=True),
    "nonleaf_requires_grad_false": lambda: (_x() * 2).requires_grad_(False),
    "autograd_grad_unused": lambda: (lambda x, y: torch.autograd.grad((x * 2).sum(), [x, y]))(
        _x(), _x()),
    "autograd_grad_input_no_grad": lambda: (lambda x: torch.autograd.grad(
        (x * 2).sum(), [torch.ones(4)]))(_x()),
}


def record_errors():
    out = []
    for name, fn in ERRORS.items():
        try:
            fn()
        except Exception as e:  # noqa: BLE001
            out.append({"name": name, "type": type(e).__name__, "message": str(e)})
        else:
            raise AssertionError("no error from " + name)
    return out


# ----------------------------------------------------------------------------------------------
# D2L §2.5 transcripts (inventory A.5 / B.6, verbatim) + exercises

CH2_5_COMMON_TAIL = [
    '''\
x.grad.zero_()
y = x * x
u = y.detach()
z = u * x

z.sum().backward()
x.grad == u
''',
    '''\
x.grad.zero_()
y.sum().backward()
x.grad == 2 * x
''',
    '''\
def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c
''',
    '''\
a = torch.randn(size=(), requires_grad=True)
d = f(a)
d.backward()
''',
    '''\
a.grad == d / a
''',
]

CH2_5_EN = [
    '''\
import torch
''',
    '''\
x = torch.arange(4.0)
x
''',
    '''\
# Can also create x = torch.arange(4.0, requires_grad=True)
x.requires_grad_(True)
x.grad  # The gradient is None by default
''',
    '''\
y = 2 * torch.dot(x, x)
y
''',
    '''\
y.backward()
x.grad
''',
    '''\
x.grad == 4 * x
''',
    '''\
x.grad.zero_()  # Reset the gradient
y = x.sum()
y.backward()
x.grad
''',
    '''\
x.grad.zero_()
y = x * x
y.backward(gradient=torch.ones(len(y)))  # Faster: y.sum().backward()
x.grad
''',
] + CH2_5_COMMON_TAIL

CH2_5_ZH = [
    '''\
import torch

x = torch.arange(4.0)
x
''',
    '''\
x.requires_grad_(True)  # 等价于x=torch.arange(4.0,requires_grad=True)
x.grad  # 默认值是None
''',
    '''\
y = 2 * torch.dot(x, x)
y
''',
    '''\
y.backward()
x.grad
''',
    '''\
x.grad == 4 * x
''',
    '''\
# 在默认情况下，PyTorch会累积梯度，我们需要清除之前的值
x.grad.zero_()
y = x.sum()
y.backward()
x.grad
''',
    '''\
# 对非标量调用backward需要传入一个gradient参数，该参数指定微分函数关于self的梯度。
# 本例只想求偏导数的和，所以传递一个1的梯度是合适的
x.grad.zero_()
y = x * x
# 等价于y.backward(torch.ones(len(x)))
y.sum().backward()
x.grad
''',
] + CH2_5_COMMON_TAIL

EX_2_5 = [
    # 1. second derivative of x^3 at 2 via create_graph
    "x = torch.tensor(2.0, requires_grad=True)\ny = x ** 3\n"
    "g = torch.autograd.grad(y, x, create_graph=True)[0]\n"
    "g, torch.autograd.grad(g, x)[0]\n",
    # 2. backward twice: error, then retain_graph
    "x = torch.arange(4.0, requires_grad=True)\ny = 2 * torch.dot(x, x)\ny.backward()\ny.backward()\n",
    "x = torch.arange(4.0, requires_grad=True)\ny = 2 * torch.dot(x, x)\n"
    "y.backward(retain_graph=True)\ny.backward()\nx.grad\n",
    # 3. a vector a in f(a)
    "a = torch.randn(size=(3,), requires_grad=True)\nd = f(a)\nd.backward()\n",
    "d.backward(torch.ones_like(d))\na.grad == d / a\n",
    "a.grad\n",
    # 4/5. sin and its derivative via autograd
    "x = torch.arange(-5.0, 5.0, 0.1, requires_grad=True)\ny = torch.sin(x)\n"
    "y.sum().backward()\ntorch.allclose(x.grad, torch.cos(x).detach())\n",
    "x = torch.linspace(-5, 5, 100, requires_grad=True)\ny = torch.sin(x)\n"
    "y.backward(torch.ones_like(x))\ntorch.allclose(x.grad, torch.cos(x.detach()))\n",
    # EN 5-8: f(x) = log(x^2) sin x + 1/x at x = 2
    "x = torch.tensor(2.0, requires_grad=True)\nfx = torch.log(x ** 2) * torch.sin(x) + x ** -1\nfx\n",
    "fx.backward()\nx.grad\n",
]


def record_transcripts():
    d2l_dir = os.path.join(FIX, "d2l")
    os.makedirs(d2l_dir, exist_ok=True)
    for name, cells in (("ch2_5_en", CH2_5_EN + EX_2_5), ("ch2_5_zh", CH2_5_ZH + EX_2_5)):
        ns = {"__name__": "__main__"}
        out, src = [], []
        for n, code in enumerate(cells, 1):
            out.append("### cell %d\n" % n)
            out.append(record_d2l.run_cell(code, ns))
            src.append("# ### cell %d\n%s" % (n, code))
        with open(os.path.join(d2l_dir, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(out))
        with open(os.path.join(d2l_dir, name + ".cells.py"), "w", encoding="utf-8") as f:
            f.write("# Code of the cells transcribed in %s.txt (generated by record_autograd.py).\n"
                    "# torch.manual_seed(0) runs before cells that draw random numbers.\n" % name)
            f.write("".join(src))
        print("%s: %d cells" % (name, len(cells)))


def main():
    torch.set_num_threads(1)
    data = {"cases": record_cases(), "second_order": record_second_order(),
            "errors": record_errors()}
    with open(os.path.join(FIX, "autograd.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("autograd.json: %d cases, %d second-order, %d errors"
          % (len(data["cases"]), len(data["second_order"]), len(data["errors"])))
    record_transcripts()


if __name__ == "__main__":
    main()
