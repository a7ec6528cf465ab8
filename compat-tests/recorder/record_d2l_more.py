#!/usr/bin/python3
"""Records Jupyter-style transcripts of D2L chapter 2 §2.2, §2.4, §2.6 and §2.7 (PyTorch tab).

Run:  /usr/bin/python3 compat-tests/recorder/record_d2l_more.py
Out:  compat-tests/src/test/resources/fixtures/d2l/{ch2_2_en,ch2_2_zh,ch2_4_en,ch2_4_zh,
      ch2_6_en,ch2_6_zh,ch2_7_en}.txt, plus <name>.cells.py with the code of every cell

Same format and conventions as record_d2l.py (read its docstring), with pandas 1.5.3 and
matplotlib (Agg backend). The book cells are verbatim from the inventory's appendices A.2, A.4,
A.6, A.7, B.2, B.5 and B.7, with these mechanical changes, none of which alters what a cell shows:
  * ``%matplotlib inline`` lines are dropped (IPython magic, not Python);
  * ``from d2l import torch as d2l`` gets a stand-in module ``d2l`` with ``plt`` (pyplot), and
    the helpers the book defines with ``#@save`` in §2.4 are attached to it as the book's own
    cells define them (§2.6 uses ``d2l.set_figsize``);
  * ``backend_inline.set_matplotlib_formats('svg')`` is a no-op (matplotlib_inline is absent);
  * the CSV of §2.2 is written to ``../data/house_tiny.csv`` relative to a temporary folder;
  * a trailing ``;`` on the last line suppresses the value, as in Jupyter;
  * ``torch.manual_seed(0)`` runs before every cell that samples from torch, and
    ``random.seed(0)`` before every cell that calls ``random.random``;
  * a cell that makes a figure closes it afterwards (``plt.close('all')``): a notebook shows
    the figure, a transcript shows nothing for it.
Exercise cells (the book gives only prose) follow the book's cells.
"""

import ast
import contextlib
import io
import os
import random
import re
import sys
import tempfile
import types
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import torch  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "d2l")

# ----------------------------------------------------------------------------------------------
# §2.2 Data preprocessing

CH2_2_EN = [
    '''\
import os

os.makedirs(os.path.join('..', 'data'), exist_ok=True)
data_file = os.path.join('..', 'data', 'house_tiny.csv')
with open(data_file, 'w') as f:
    f.write(\'\'\'NumRooms,RoofType,Price
NA,NA,127500
2,NA,106000
4,Slate,178100
NA,NA,140000\'\'\')
''',
    '''\
import pandas as pd

data = pd.read_csv(data_file)
print(data)
''',
    '''\
inputs, targets = data.iloc[:, 0:2], data.iloc[:, 2]
inputs = pd.get_dummies(inputs, dummy_na=True)
print(inputs)
''',
    '''\
inputs = inputs.fillna(inputs.mean())
print(inputs)
''',
    '''\
import torch

X = torch.tensor(inputs.to_numpy(dtype=float))
y = torch.tensor(targets.to_numpy(dtype=float))
X, y
''',
]

CH2_2_ZH = [
    '''\
import os

os.makedirs(os.path.join('..', 'data'), exist_ok=True)
data_file = os.path.join('..', 'data', 'house_tiny.csv')
with open(data_file, 'w') as f:
    f.write('NumRooms,Alley,Price\\n')  # 列名
    f.write('NA,Pave,127500\\n')  # 每行表示一个数据样本
    f.write('2,NA,106000\\n')
    f.write('4,NA,178100\\n')
    f.write('NA,NA,140000\\n')
''',
    '''\
# 如果没有安装pandas，只需取消对以下行的注释来安装pandas
# !pip install pandas
import pandas as pd

data = pd.read_csv(data_file)
print(data)
''',
    '''\
inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]
inputs = inputs.fillna(inputs.mean())
print(inputs)
''',
    '''\
inputs = pd.get_dummies(inputs, dummy_na=True)
print(inputs)
''',
    '''\
import torch

X = torch.tensor(inputs.to_numpy(dtype=float))
y = torch.tensor(outputs.to_numpy(dtype=float))
X, y
''',
]

EX_2_2_EN = [
    # 1. (a real data set needs a download; a look at the local one instead)
    "data.dtypes\n",
    "data.isna().mean()\n",
    # 2. selecting columns by name
    "data['NumRooms']\n",
    "data[['NumRooms', 'Price']]\n",
    "data.loc[:, 'RoofType']\n",
]

EX_2_2_ZH = [
    # 1. delete the column with the most missing values
    "data.isnull().sum()\n",
    "data.isnull().sum().idxmax()\n",
    "data_dropped = data.drop(columns=data.isnull().sum().idxmax())\nprint(data_dropped)\n",
    # 2. convert the preprocessed data set to a tensor
    "torch.tensor(data_dropped.fillna(data_dropped.mean()).to_numpy(dtype=float))\n",
    "print(data.dropna())\n",
]

# ----------------------------------------------------------------------------------------------
# §2.4 Calculus

SAVE_HELPERS_EN = [
    '''\
def use_svg_display():  #@save
    """Use the svg format to display a plot in Jupyter."""
    backend_inline.set_matplotlib_formats('svg')
''',
    '''\
def set_figsize(figsize=(3.5, 2.5)):  #@save
    """Set the figure size for matplotlib."""
    use_svg_display()
    d2l.plt.rcParams['figure.figsize'] = figsize
''',
    '''\
#@save
def set_axes(axes, xlabel, ylabel, xlim, ylim, xscale, yscale, legend):
    """Set the axes for matplotlib."""
    axes.set_xlabel(xlabel), axes.set_ylabel(ylabel)
    axes.set_xscale(xscale), axes.set_yscale(yscale)
    axes.set_xlim(xlim),     axes.set_ylim(ylim)
    if legend:
        axes.legend(legend)
    axes.grid()
''',
    '''\
#@save
def plot(X, Y=None, xlabel=None, ylabel=None, legend=[], xlim=None,
         ylim=None, xscale='linear', yscale='linear',
         fmts=('-', 'm--', 'g-.', 'r:'), figsize=(3.5, 2.5), axes=None):
    """Plot data points."""

    def has_one_axis(X):  # True if X (tensor or list) has 1 axis
        return (hasattr(X, "ndim") and X.ndim == 1 or isinstance(X, list)
                and not hasattr(X[0], "__len__"))

    if has_one_axis(X): X = [X]
    if Y is None:
        X, Y = [[]] * len(X), X
    elif has_one_axis(Y):
        Y = [Y]
    if len(X) != len(Y):
        X = X * len(Y)

    set_figsize(figsize)
    if axes is None:
        axes = d2l.plt.gca()
    axes.cla()
    for x, y, fmt in zip(X, Y, fmts):
        axes.plot(x,y,fmt) if len(x) else axes.plot(y,fmt)
    set_axes(axes, xlabel, ylabel, xlim, ylim, xscale, yscale, legend)
''',
]

CH2_4_EN = [
    '''\
from d2l import torch as d2l
from matplotlib_inline import backend_inline
import numpy as np
''',
    '''\
def f(x):
    return 3 * x ** 2 - 4 * x
''',
    '''\
for h in 10.0**np.arange(-1, -6, -1):
    print(f'h={h:.5f}, numerical limit={(f(1+h)-f(1))/h:.5f}')
''',
] + SAVE_HELPERS_EN + [
    '''\
x = np.arange(0, 3, 0.1)
plot(x, [f(x), 2 * x - 3], 'x', 'f(x)', legend=['f(x)', 'Tangent line (x=1)'])
''',
]

CH2_4_ZH = [
    '''\
from d2l import torch as d2l
from matplotlib_inline import backend_inline
import numpy as np

def f(x):
    return 3 * x ** 2 - 4 * x
''',
    '''\
def numerical_lim(f, x, h):
    return (f(x + h) - f(x)) / h

h = 0.1
for i in range(5):
    print(f'h={h:.5f}, numerical limit={numerical_lim(f, 1, h):.5f}')
    h *= 0.1
''',
    '''\
def use_svg_display():  #@save
    """使用svg格式在Jupyter中显示绘图"""
    backend_inline.set_matplotlib_formats('svg')
''',
    '''\
def set_figsize(figsize=(3.5, 2.5)):  #@save
    """设置matplotlib的图表大小"""
    use_svg_display()
    d2l.plt.rcParams['figure.figsize'] = figsize
''',
    '''\
#@save
def set_axes(axes, xlabel, ylabel, xlim, ylim, xscale, yscale, legend):
    """设置matplotlib的轴"""
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)
    axes.set_xscale(xscale)
    axes.set_yscale(yscale)
    axes.set_xlim(xlim)
    axes.set_ylim(ylim)
    if legend:
        axes.legend(legend)
    axes.grid()
''',
    '''\
#@save
def plot(X, Y=None, xlabel=None, ylabel=None, legend=None, xlim=None,
         ylim=None, xscale='linear', yscale='linear',
         fmts=('-', 'm--', 'g-.', 'r:'), figsize=(3.5, 2.5), axes=None):
    """绘制数据点"""
    if legend is None:
        legend = []

    set_figsize(figsize)
    axes = axes if axes else d2l.plt.gca()

    # 如果X有一个轴，输出True
    def has_one_axis(X):
        return (hasattr(X, "ndim") and X.ndim == 1 or isinstance(X, list)
                and not hasattr(X[0], "__len__"))

    if has_one_axis(X):
        X = [X]
    if Y is None:
        X, Y = [[]] * len(X), X
    elif has_one_axis(Y):
        Y = [Y]
    if len(X) != len(Y):
        X = X * len(Y)
    axes.cla()
    for x, y, fmt in zip(X, Y, fmts):
        if len(x):
            axes.plot(x, y, fmt)
        else:
            axes.plot(y, fmt)
    set_axes(axes, xlabel, ylabel, xlim, ylim, xscale, yscale, legend)
''',
    '''\
x = np.arange(0, 3, 0.1)
plot(x, [f(x), 2 * x - 3], 'x', 'f(x)', legend=['f(x)', 'Tangent line (x=1)'])
''',
]

EX_2_4 = [
    # EN 6 / ZH 1: plot x^3 - 1/x and its tangent at x = 1 (slope 4, through (1, 0))
    '''\
def g(x):
    return x ** 3 - 1 / x

x = np.arange(0.1, 3, 0.1)
plot(x, [g(x), 4 * x - 4], 'x', 'g(x)', legend=['g(x)', 'Tangent line (x=1)'])
''',
    # the numerical limit of g at 1 tends to g'(1) = 4
    '''\
for h in 10.0**np.arange(-1, -6, -1):
    print(f'h={h:.5f}, numerical limit={(g(1+h)-g(1))/h:.5f}')
''',
    # log scales and several curves with the default formats
    '''\
x = np.arange(1, 100, 1.0)
plot(x, [x, x ** 2, x ** 3], 'x', 'y', legend=['x', 'x^2', 'x^3'], xscale='log', yscale='log')
''',
]

# ----------------------------------------------------------------------------------------------
# §2.6 Probability

CH2_6_EN = [
    '''\
from d2l import torch as d2l
import random
import torch
from torch.distributions.multinomial import Multinomial
''',
    '''\
num_tosses = 100
heads = sum([random.random() > 0.5 for _ in range(num_tosses)])
tails = num_tosses - heads
print("heads, tails: ", [heads, tails])
''',
    '''\
fair_probs = torch.tensor([0.5, 0.5])
Multinomial(100, fair_probs).sample()
''',
    '''\
Multinomial(100, fair_probs).sample() / 100
''',
    '''\
counts = Multinomial(10000, fair_probs).sample()
counts / 10000
''',
    '''\
counts = Multinomial(1, fair_probs).sample((10000,))
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True)
estimates = estimates.numpy()

d2l.set_figsize((4.5, 3.5))
d2l.plt.plot(estimates[:, 0], label=("P(coin=heads)"))
d2l.plt.plot(estimates[:, 1], label=("P(coin=tails)"))
d2l.plt.axhline(y=0.5, color='black', linestyle='dashed')
d2l.plt.gca().set_xlabel('Samples')
d2l.plt.gca().set_ylabel('Estimated probability')
d2l.plt.legend();
''',
]

CH2_6_ZH = [
    '''\
from d2l import torch as d2l
import torch
from torch.distributions import multinomial
''',
    '''\
fair_probs = torch.ones([6]) / 6
multinomial.Multinomial(1, fair_probs).sample()
''',
    '''\
multinomial.Multinomial(10, fair_probs).sample()
''',
    '''\
# 将结果存储为32位浮点数以进行除法
counts = multinomial.Multinomial(1000, fair_probs).sample()
counts / 1000  # 相对频率作为估计值
''',
    '''\
counts = multinomial.Multinomial(10, fair_probs).sample((500,))
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True)

d2l.set_figsize((6, 4.5))
for i in range(6):
    d2l.plt.plot(estimates[:, i].numpy(),
                 label=("P(die=" + str(i + 1) + ")"))
d2l.plt.axhline(y=0.167, color='black', linestyle='dashed')
d2l.plt.gca().set_xlabel('Groups of experiments')
d2l.plt.gca().set_ylabel('Estimated probability')
d2l.plt.legend();
''',
]

EX_2_6 = [
    # ZH / EN v0.17 ex. 1: m = 500 groups of n = 10 samples (and other m, n)
    '''\
from torch.distributions.multinomial import Multinomial
counts = Multinomial(10, torch.ones([6]) / 6).sample((500,))
counts.shape, counts.sum(), counts.sum(dim=1)[:5]
''',
    '''\
counts = Multinomial(100, torch.ones([6]) / 6).sample((50,))
estimates = counts.sum(dim=0) / counts.sum()
counts.shape, estimates
''',
    '''\
counts = Multinomial(3, torch.tensor([0.2, 0.3, 0.5])).sample((2, 4))
counts.shape, counts[1]
''',
    # the distribution's parameters, normalised probabilities, mean and variance
    '''\
m = Multinomial(10, torch.tensor([1., 1., 2.]))
m.probs, m.mean, m.variance
''',
    # argument validation
    '''\
Multinomial(10, torch.tensor([0.5, -0.5]))
''',
    '''\
Multinomial(10.0, torch.tensor([0.5, 0.5]))
''',
]

# ----------------------------------------------------------------------------------------------
# §2.7 Documentation (EN and ZH run the same calls)

CH2_7_EN = [
    '''\
import torch
''',
    '''\
print(dir(torch.distributions))
''',
    '''\
help(torch.ones)
''',
    '''\
torch.ones(4)
''',
    # exercise: look up functions by name prefix
    '''\
[name for name in dir(torch) if name.startswith('ones')]
''',
    '''\
[name for name in dir(torch) if name.startswith('zeros')]
''',
]

NOTEBOOKS = {
    "ch2_2_en": CH2_2_EN + EX_2_2_EN,
    "ch2_2_zh": CH2_2_ZH + EX_2_2_ZH,
    "ch2_4_en": CH2_4_EN + EX_2_4,
    "ch2_4_zh": CH2_4_ZH + EX_2_4,
    "ch2_6_en": CH2_6_EN + EX_2_6,
    "ch2_6_zh": CH2_6_ZH + EX_2_6,
    "ch2_7_en": CH2_7_EN,
}

TORCH_RANDOM = re.compile(r"\b(sample|randn|rand|multinomial)\(")
PY_RANDOM = re.compile(r"\brandom\.random\(")
ID_LINE = re.compile(r"(id\(\w+\): )\d+")


def install_stand_ins():
    """A ``d2l`` package whose ``torch`` module has ``plt``, and a no-op matplotlib_inline."""
    d2l_pkg = types.ModuleType("d2l")
    d2l_torch = types.ModuleType("d2l.torch")
    d2l_torch.plt = plt
    d2l_pkg.torch = d2l_torch
    sys.modules["d2l"] = d2l_pkg
    sys.modules["d2l.torch"] = d2l_torch
    mi = types.ModuleType("matplotlib_inline")
    bi = types.ModuleType("matplotlib_inline.backend_inline")
    bi.set_matplotlib_formats = lambda *a, **k: None
    mi.backend_inline = bi
    sys.modules["matplotlib_inline"] = mi
    sys.modules["matplotlib_inline.backend_inline"] = bi
    return d2l_torch


def run_cell(code, ns, d2l_torch):
    """Returns what Jupyter would show for ``code`` run in namespace ``ns``."""
    if TORCH_RANDOM.search(code):
        torch.manual_seed(0)
    if PY_RANDOM.search(code):
        random.seed(0)
    tree = ast.parse(code)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr) and not code.rstrip().endswith(";"):
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
    # the book's #@save helpers become d2l.<name>
    for name in ("use_svg_display", "set_figsize", "set_axes", "plot"):
        if name in ns and "#@save" in code and ("def " + name + "(") in code:
            setattr(d2l_torch, name, ns[name])
    plt.close("all")
    return ID_LINE.sub(r"\1<id>", buf.getvalue())


def main():
    torch.set_num_threads(1)
    d2l_torch = install_stand_ins()
    os.makedirs(OUT_DIR, exist_ok=True)
    cwd = os.getcwd()
    for name, cells in NOTEBOOKS.items():
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "nb"))
            os.chdir(os.path.join(tmp, "nb"))
            try:
                for attr in ("use_svg_display", "set_figsize", "set_axes", "plot"):
                    if hasattr(d2l_torch, attr):
                        delattr(d2l_torch, attr)
                if name.startswith("ch2_6"):
                    # §2.6 runs after §2.4 in the book: d2l.set_figsize exists
                    ens = {"__name__": "__main__"}
                    for code in SAVE_HELPERS_EN:
                        run_cell("from d2l import torch as d2l\n"
                                 "from matplotlib_inline import backend_inline\n" + code,
                                 ens, d2l_torch)
                ns = {"__name__": "__main__"}
                out, src = [], []
                for n, code in enumerate(cells, 1):
                    out.append("### cell %d\n" % n)
                    out.append(run_cell(code, ns, d2l_torch))
                    src.append("# ### cell %d\n%s" % (n, code))
            finally:
                os.chdir(cwd)
        with open(os.path.join(OUT_DIR, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(out))
        with open(os.path.join(OUT_DIR, name + ".cells.py"), "w", encoding="utf-8") as f:
            f.write("# Code of the cells transcribed in %s.txt (generated by record_d2l_more.py).\n"
                    "# torch.manual_seed(0) runs before cells that sample from torch,\n"
                    "# random.seed(0) before cells that call random.random().\n" % name)
            f.write("".join(src))
        print("%s: %d cells" % (name, len(cells)))


if __name__ == "__main__":
    main()
