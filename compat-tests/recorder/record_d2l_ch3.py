#!/usr/bin/python3
"""Records Jupyter-style transcripts of D2L chapters 3-5 (Chinese edition 2.0, PyTorch tab).

Run:  /usr/bin/python3 compat-tests/recorder/record_d2l_ch3.py
Out:  compat-tests/src/test/resources/fixtures/d2l/ch3_*_zh.txt, ch4_*_zh.txt (+ <name>.cells.py
      with the code of every cell), and d2l_data.json (SHA-1 of the stand-in files, and cases for the data loading: random_,
      randperm, DataLoader order, ToTensor, Resize on PIL images)

Same transcript format as record_d2l.py. The book cells are verbatim from d2l-zh master e6b18cce
(``#@tab pytorch``/``#@tab all`` blocks of the section's .md file), followed by cells for the
section's code exercises (written here; the book gives prose). ``from d2l import torch as d2l``
imports ``d2l_torch_zh.py`` beside this file: the book's d2l/torch.py, verbatim (the pip package is
not installed). Deliberate differences from a notebook:
  * ``%matplotlib inline`` lines are dropped; IPython's ``display`` and matplotlib_inline are
    stand-ins; figures are closed after each cell (a transcript shows nothing for them);
  * ``torch.manual_seed(0)`` and ``random.seed(0)`` run before EVERY cell, so each cell's draws
    do not depend on how many numbers earlier cells drew;
  * ``display.display(fig)`` inside an ``Animator.add`` prints one progress line,
    ``<xlabel> <x>: <legend 1> <y1:.3f>, <legend 2> <y2:.3f>, ...`` (the figure itself is what
    Jupyter shows; Java prints the same line and saves the figure);
  * Fashion-MNIST is a deterministic stand-in in the IDX format (no network here): 6000 training
    and 1000 test images of class-dependent rectangles with noise, written to
    ``../data/FashionMNIST/raw`` before the cells run; Java writes the same bytes (same
    generator; d2l_data.json holds the SHA-1 of each file, checked by the Java tests);
  * wall-clock timings (``0.53 sec``) are written as ``<time> sec``.
"""

import ast
import contextlib
import hashlib
import io
import json
import os
import random
import re
import struct
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
# the Fashion-MNIST stand-in (the same generator is FashionMNIST.writeStandIn in Java)

N_TRAIN, N_TEST = 6000, 1000
M64 = (1 << 64) - 1


def standin_images(n, seed):
    """n 28x28 uint8 images and labels from a 64-bit LCG (Knuth's MMIX constants)."""
    state = seed
    images = bytearray(n * 784)
    labels = bytearray(n)

    def nxt():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        return state >> 33

    for i in range(n):
        k = nxt() % 10
        dy = nxt() % 7 - 3
        dx = nxt() % 7 - 3
        w = 4 + (k * 3) % 9
        h = 4 + (k * 5) % 9
        base = 70 + 15 * k
        labels[i] = k
        off = i * 784
        for r in range(28):
            for c in range(28):
                v = nxt() % 80
                if abs(r - 14 - dy) <= h and abs(c - 14 - dx) <= w:
                    v += base + ((r * (k + 1) + c) % 4) * 10
                images[off + r * 28 + c] = min(v, 255)
    return bytes(images), bytes(labels)


def write_standin(raw):
    os.makedirs(raw, exist_ok=True)
    sums = {}
    for prefix, n, seed in (("train", N_TRAIN, 1), ("t10k", N_TEST, 2)):
        images, labels = standin_images(n, seed)
        files = {
            prefix + "-images-idx3-ubyte": struct.pack(">iiii", 2051, n, 28, 28) + images,
            prefix + "-labels-idx1-ubyte": struct.pack(">ii", 2049, n) + labels,
        }
        for name, data in files.items():
            with open(os.path.join(raw, name), "wb") as f:
                f.write(data)
            sums[name] = hashlib.sha1(data).hexdigest()
    return sums


# ----------------------------------------------------------------------------------------------
# the book's cells, verbatim

CH3_1 = [
    '''\
%matplotlib inline
from d2l import torch as d2l
import math
import torch
import numpy as np
import time
''',
    '''\
n = 10000
a = d2l.ones([n])
b = d2l.ones([n])
''',
    '''\
class Timer:  #@save
    """记录多次运行时间"""
    def __init__(self):
        self.times = []
        self.start()

    def start(self):
        """启动计时器"""
        self.tik = time.time()

    def stop(self):
        """停止计时器并将时间记录在列表中"""
        self.times.append(time.time() - self.tik)
        return self.times[-1]

    def avg(self):
        """返回平均时间"""
        return sum(self.times) / len(self.times)

    def sum(self):
        """返回时间总和"""
        return sum(self.times)

    def cumsum(self):
        """返回累计时间"""
        return np.array(self.times).cumsum().tolist()
''',
    '''\
c = d2l.zeros(n)
timer = Timer()
for i in range(n):
    c[i] = a[i] + b[i]
f'{timer.stop():.5f} sec'
''',
    '''\
timer.start()
d = a + b
f'{timer.stop():.5f} sec'
''',
    '''\
def normal(x, mu, sigma):
    p = 1 / math.sqrt(2 * math.pi * sigma**2)
    return p * np.exp(-0.5 / sigma**2 * (x - mu)**2)
''',
    '''\
# 再次使用numpy进行可视化
x = np.arange(-7, 7, 0.01)

# 均值和标准差对
params = [(0, 1), (0, 2), (3, 1)]
d2l.plot(x, [normal(x, mu, sigma) for mu, sigma in params], xlabel='x',
         ylabel='p(x)', figsize=(4.5, 2.5),
         legend=[f'mean {mu}, std {sigma}' for mu, sigma in params])
''',
]

CH3_2 = [
    '''\
%matplotlib inline
from d2l import torch as d2l
import torch
import random
''',
    '''\
def synthetic_data(w, b, num_examples):  #@save
    """生成y=Xw+b+噪声"""
    X = d2l.normal(0, 1, (num_examples, len(w)))
    y = d2l.matmul(X, w) + b
    y += d2l.normal(0, 0.01, y.shape)
    return X, d2l.reshape(y, (-1, 1))
''',
    '''\
true_w = d2l.tensor([2, -3.4])
true_b = 4.2
features, labels = synthetic_data(true_w, true_b, 1000)
''',
    '''\
print('features:', features[0],'\\nlabel:', labels[0])
''',
    '''\
d2l.set_figsize()
d2l.plt.scatter(d2l.numpy(features[:, 1]), d2l.numpy(labels), 1);
''',
    '''\
def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = list(range(num_examples))
    # 这些样本是随机读取的，没有特定的顺序
    random.shuffle(indices)
    for i in range(0, num_examples, batch_size):
        batch_indices = d2l.tensor(
            indices[i: min(i + batch_size, num_examples)])
        yield features[batch_indices], labels[batch_indices]
''',
    '''\
batch_size = 10

for X, y in data_iter(batch_size, features, labels):
    print(X, '\\n', y)
    break
''',
    '''\
w = torch.normal(0, 0.01, size=(2,1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
''',
    '''\
def linreg(X, w, b):  #@save
    """线性回归模型"""
    return d2l.matmul(X, w) + b
''',
    '''\
def squared_loss(y_hat, y):  #@save
    """均方损失"""
    return (y_hat - d2l.reshape(y, y_hat.shape)) ** 2 / 2
''',
    '''\
def sgd(params, lr, batch_size):  #@save
    """小批量随机梯度下降"""
    with torch.no_grad():
        for param in params:
            param -= lr * param.grad / batch_size
            param.grad.zero_()
''',
    '''\
lr = 0.03
num_epochs = 3
net = linreg
loss = squared_loss
''',
    '''\
for epoch in range(num_epochs):
    for X, y in data_iter(batch_size, features, labels):
        l = loss(net(X, w, b), y)  # X和y的小批量损失
        # 因为l形状是(batch_size,1)，而不是一个标量。l中的所有元素被加到一起，
        # 并以此计算关于[w,b]的梯度
        l.sum().backward()
        sgd([w, b], lr, batch_size)  # 使用参数的梯度更新参数
    with torch.no_grad():
        train_l = loss(net(features, w, b), labels)
        print(f'epoch {epoch + 1}, loss {float(train_l.mean()):f}')
''',
    '''\
print(f'w的估计误差: {true_w - d2l.reshape(w, true_w.shape)}')
print(f'b的估计误差: {true_b - b}')
''',
]

CH3_5 = [
    '''\
%matplotlib inline
from d2l import torch as d2l
import torch
import torchvision
from torchvision import transforms
from torch.utils import data

d2l.use_svg_display()
''',
    '''\
# 通过ToTensor实例将图像数据从PIL类型变换成32位浮点数格式，
# 并除以255使得所有像素的数值均在0～1之间
trans = transforms.ToTensor()
mnist_train = torchvision.datasets.FashionMNIST(
    root="../data", train=True, transform=trans, download=True)
mnist_test = torchvision.datasets.FashionMNIST(
    root="../data", train=False, transform=trans, download=True)
''',
    '''\
len(mnist_train), len(mnist_test)
''',
    '''\
mnist_train[0][0].shape
''',
    '''\
def get_fashion_mnist_labels(labels):  #@save
    """返回Fashion-MNIST数据集的文本标签"""
    text_labels = ['t-shirt', 'trouser', 'pullover', 'dress', 'coat',
                   'sandal', 'shirt', 'sneaker', 'bag', 'ankle boot']
    return [text_labels[int(i)] for i in labels]
''',
    '''\
def show_images(imgs, num_rows, num_cols, titles=None, scale=1.5):  #@save
    """绘制图像列表"""
    figsize = (num_cols * scale, num_rows * scale)
    _, axes = d2l.plt.subplots(num_rows, num_cols, figsize=figsize)
    axes = axes.flatten()
    for i, (ax, img) in enumerate(zip(axes, imgs)):
        if torch.is_tensor(img):
            # 图片张量
            ax.imshow(img.numpy())
        else:
            # PIL图片
            ax.imshow(img)
        ax.axes.get_xaxis().set_visible(False)
        ax.axes.get_yaxis().set_visible(False)
        if titles:
            ax.set_title(titles[i])
    return axes
''',
    '''\
X, y = next(iter(data.DataLoader(mnist_train, batch_size=18)))
show_images(X.reshape(18, 28, 28), 2, 9, titles=get_fashion_mnist_labels(y));
''',
    '''\
batch_size = 256

def get_dataloader_workers():  #@save
    """使用4个进程来读取数据"""
    return 4

train_iter = data.DataLoader(mnist_train, batch_size, shuffle=True,
                             num_workers=get_dataloader_workers())
''',
    '''\
timer = d2l.Timer()
for X, y in train_iter:
    continue
f'{timer.stop():.2f} sec'
''',
    '''\
def load_data_fashion_mnist(batch_size, resize=None):  #@save
    """下载Fashion-MNIST数据集，然后将其加载到内存中"""
    trans = [transforms.ToTensor()]
    if resize:
        trans.insert(0, transforms.Resize(resize))
    trans = transforms.Compose(trans)
    mnist_train = torchvision.datasets.FashionMNIST(
        root="../data", train=True, transform=trans, download=True)
    mnist_test = torchvision.datasets.FashionMNIST(
        root="../data", train=False, transform=trans, download=True)
    return (data.DataLoader(mnist_train, batch_size, shuffle=True,
                            num_workers=get_dataloader_workers()),
            data.DataLoader(mnist_test, batch_size, shuffle=False,
                            num_workers=get_dataloader_workers()))
''',
    '''\
train_iter, test_iter = load_data_fashion_mnist(32, resize=64)
for X, y in train_iter:
    print(X.shape, X.dtype, y.shape, y.dtype)
    break
''',
]

CH3_6 = [
    '''\
from d2l import torch as d2l
import torch
from IPython import display
''',
    '''\
batch_size = 256
train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
''',
    '''\
num_inputs = 784
num_outputs = 10

W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)
''',
    '''\
X = d2l.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
d2l.reduce_sum(X, 0, keepdim=True), d2l.reduce_sum(X, 1, keepdim=True)
''',
    '''\
def softmax(X):
    X_exp = d2l.exp(X)
    partition = d2l.reduce_sum(X_exp, 1, keepdim=True)
    return X_exp / partition  # 这里应用了广播机制
''',
    '''\
X = d2l.normal(0, 1, (2, 5))
X_prob = softmax(X)
X_prob, d2l.reduce_sum(X_prob, 1)
''',
    '''\
def net(X):
    return softmax(d2l.matmul(d2l.reshape(X, (-1, W.shape[0])), W) + b)
''',
    '''\
y = d2l.tensor([0, 2])
y_hat = d2l.tensor([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
y_hat[[0, 1], y]
''',
    '''\
def cross_entropy(y_hat, y):
    return - d2l.log(y_hat[range(len(y_hat)), y])

cross_entropy(y_hat, y)
''',
    '''\
def accuracy(y_hat, y):  #@save
    """计算预测正确的数量"""
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = d2l.argmax(y_hat, axis=1)
    cmp = d2l.astype(y_hat, y.dtype) == y
    return float(d2l.reduce_sum(d2l.astype(cmp, y.dtype)))
''',
    '''\
accuracy(y_hat, y) / len(y)
''',
    '''\
def evaluate_accuracy(net, data_iter):  #@save
    """计算在指定数据集上模型的精度"""
    if isinstance(net, torch.nn.Module):
        net.eval()  # 将模型设置为评估模式
    metric = Accumulator(2)  # 正确预测数、预测总数
    with torch.no_grad():
        for X, y in data_iter:
            metric.add(accuracy(net(X), y), d2l.size(y))
    return metric[0] / metric[1]
''',
    '''\
class Accumulator:  #@save
    """在n个变量上累加"""
    def __init__(self, n):
        self.data = [0.0] * n

    def add(self, *args):
        self.data = [a + float(b) for a, b in zip(self.data, args)]

    def reset(self):
        self.data = [0.0] * len(self.data)

    def __getitem__(self, idx):
        return self.data[idx]
''',
    '''\
evaluate_accuracy(net, test_iter)
''',
    '''\
def train_epoch_ch3(net, train_iter, loss, updater):  #@save
    """训练模型一个迭代周期（定义见第3章）"""
    # 将模型设置为训练模式
    if isinstance(net, torch.nn.Module):
        net.train()
    # 训练损失总和、训练准确度总和、样本数
    metric = Accumulator(3)
    for X, y in train_iter:
        # 计算梯度并更新参数
        y_hat = net(X)
        l = loss(y_hat, y)
        if isinstance(updater, torch.optim.Optimizer):
            # 使用PyTorch内置的优化器和损失函数
            updater.zero_grad()
            l.mean().backward()
            updater.step()
        else:
            # 使用定制的优化器和损失函数
            l.sum().backward()
            updater(X.shape[0])
        metric.add(float(l.sum()), accuracy(y_hat, y), y.numel())
    # 返回训练损失和训练精度
    return metric[0] / metric[2], metric[1] / metric[2]
''',
    '''\
class Animator:  #@save
    """在动画中绘制数据"""
    def __init__(self, xlabel=None, ylabel=None, legend=None, xlim=None,
                 ylim=None, xscale='linear', yscale='linear',
                 fmts=('-', 'm--', 'g-.', 'r:'), nrows=1, ncols=1,
                 figsize=(3.5, 2.5)):
        # 增量地绘制多条线
        if legend is None:
            legend = []
        d2l.use_svg_display()
        self.fig, self.axes = d2l.plt.subplots(nrows, ncols, figsize=figsize)
        if nrows * ncols == 1:
            self.axes = [self.axes, ]
        # 使用lambda函数捕获参数
        self.config_axes = lambda: d2l.set_axes(
            self.axes[0], xlabel, ylabel, xlim, ylim, xscale, yscale, legend)
        self.X, self.Y, self.fmts = None, None, fmts

    def add(self, x, y):
        # 向图表中添加多个数据点
        if not hasattr(y, "__len__"):
            y = [y]
        n = len(y)
        if not hasattr(x, "__len__"):
            x = [x] * n
        if not self.X:
            self.X = [[] for _ in range(n)]
        if not self.Y:
            self.Y = [[] for _ in range(n)]
        for i, (a, b) in enumerate(zip(x, y)):
            if a is not None and b is not None:
                self.X[i].append(a)
                self.Y[i].append(b)
        self.axes[0].cla()
        for x, y, fmt in zip(self.X, self.Y, self.fmts):
            self.axes[0].plot(x, y, fmt)
        self.config_axes()
        display.display(self.fig)
        display.clear_output(wait=True)
''',
    '''\
def train_ch3(net, train_iter, test_iter, loss, num_epochs, updater):  #@save
    """训练模型（定义见第3章）"""
    animator = Animator(xlabel='epoch', xlim=[1, num_epochs], ylim=[0.3, 0.9],
                        legend=['train loss', 'train acc', 'test acc'])
    for epoch in range(num_epochs):
        train_metrics = train_epoch_ch3(net, train_iter, loss, updater)
        test_acc = evaluate_accuracy(net, test_iter)
        animator.add(epoch + 1, train_metrics + (test_acc,))
    train_loss, train_acc = train_metrics
    assert train_loss < 0.5, train_loss
    assert train_acc <= 1 and train_acc > 0.7, train_acc
    assert test_acc <= 1 and test_acc > 0.7, test_acc
''',
    '''\
lr = 0.1

def updater(batch_size):
    return d2l.sgd([W, b], lr, batch_size)
''',
    '''\
num_epochs = 10
train_ch3(net, train_iter, test_iter, cross_entropy, num_epochs, updater)
''',
    '''\
def predict_ch3(net, test_iter, n=6):  #@save
    """预测标签（定义见第3章）"""
    for X, y in test_iter:
        break
    trues = d2l.get_fashion_mnist_labels(y)
    preds = d2l.get_fashion_mnist_labels(d2l.argmax(net(X), axis=1))
    titles = [true +'\\n' + pred for true, pred in zip(trues, preds)]
    d2l.show_images(
        d2l.reshape(X[0:n], (n, 28, 28)), 1, n, titles=titles[0:n])

predict_ch3(net, test_iter)
''',
]

CH4_1 = [
    '''\
%matplotlib inline
from d2l import torch as d2l
import torch
''',
    '''\
x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)
y = torch.relu(x)
d2l.plot(x.detach(), y.detach(), 'x', 'relu(x)', figsize=(5, 2.5))
''',
    '''\
y.backward(torch.ones_like(x), retain_graph=True)
d2l.plot(x.detach(), x.grad, 'x', 'grad of relu', figsize=(5, 2.5))
''',
    '''\
y = torch.sigmoid(x)
d2l.plot(x.detach(), y.detach(), 'x', 'sigmoid(x)', figsize=(5, 2.5))
''',
    '''\
# 清除以前的梯度
x.grad.data.zero_()
y.backward(torch.ones_like(x),retain_graph=True)
d2l.plot(x.detach(), x.grad, 'x', 'grad of sigmoid', figsize=(5, 2.5))
''',
    '''\
y = torch.tanh(x)
d2l.plot(x.detach(), y.detach(), 'x', 'tanh(x)', figsize=(5, 2.5))
''',
    '''\
# 清除以前的梯度
x.grad.data.zero_()
y.backward(torch.ones_like(x),retain_graph=True)
d2l.plot(x.detach(), x.grad, 'x', 'grad of tanh', figsize=(5, 2.5))
''',
]

CH4_8 = [
    '''\
%matplotlib inline
from d2l import torch as d2l
import torch

x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))

d2l.plot(x.detach().numpy(), [y.detach().numpy(), x.grad.numpy()],
         legend=['sigmoid', 'gradient'], figsize=(4.5, 2.5))
''',
    '''\
M = torch.normal(0, 1, size=(4,4))
print('一个矩阵 \\n',M)
for i in range(100):
    M = torch.mm(M,torch.normal(0, 1, size=(4, 4)))

print('乘以100个矩阵后\\n', M)
''',
]

# ----------------------------------------------------------------------------------------------
# code exercises (the book's exercises are prose; these cells do what they ask)

EX_3_2 = [
    # 1. initialise the weights to zero: does the algorithm still work?
    '''\
w = torch.zeros(size=(2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for epoch in range(num_epochs):
    for X, y in data_iter(batch_size, features, labels):
        l = loss(net(X, w, b), y)
        l.sum().backward()
        sgd([w, b], lr, batch_size)
    with torch.no_grad():
        train_l = loss(net(features, w, b), labels)
        print(f'epoch {epoch + 1}, loss {float(train_l.mean()):f}')
''',
    # 7. other learning rates: how fast does the loss fall?
    '''\
for lr in [0.001, 0.3]:
    w = torch.normal(0, 0.01, size=(2,1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for epoch in range(num_epochs):
        for X, y in data_iter(batch_size, features, labels):
            l = loss(net(X, w, b), y)
            l.sum().backward()
            sgd([w, b], lr, batch_size)
    with torch.no_grad():
        print(f'lr {lr}, loss {float(loss(net(features, w, b), labels).mean()):f}')
''',
]

EX_3_5 = [
    # 1. does batch_size = 1 change the reading speed?
    '''\
timer = d2l.Timer()
for X, y in data.DataLoader(mnist_train, batch_size=1):
    continue
f'{timer.stop():.2f} sec'
''',
]

EX_3_6 = [
    # 1. softmax as defined overflows for large inputs
    '''\
softmax(torch.tensor([[100.0, 1000.0]]))
''',
    # 2. cross_entropy of a zero probability
    '''\
cross_entropy(torch.tensor([[0.0, 1.0]]), torch.tensor([0]))
''',
]

EX_4_1 = [
    # 1. the derivative of pReLU (alpha = 0.25)
    '''\
alpha = 0.25
x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)
y = torch.where(x > 0, x, alpha * x)
y.backward(torch.ones_like(x))
d2l.plot(x.detach(), x.grad, 'x', 'grad of prelu', figsize=(5, 2.5))
''',
    # 3. tanh(x) + 1 = 2 sigmoid(2x)
    '''\
x = torch.arange(-8.0, 8.0, 0.1)
torch.allclose(torch.tanh(x) + 1, 2 * torch.sigmoid(2 * x)), torch.allclose(
    torch.tanh(x) + 1, 2 * torch.sigmoid(2 * x), atol=1e-6)
''',
]

NOTEBOOKS = {
    "ch3_1_zh": CH3_1,
    "ch3_2_zh": CH3_2 + EX_3_2,
    "ch3_5_zh": CH3_5 + EX_3_5,
    "ch3_6_zh": CH3_6 + EX_3_6,
    "ch4_1_zh": CH4_1 + EX_4_1,
    "ch4_8_zh": CH4_8,
}

TIMING = re.compile(r"\d+(\.\d+)?( sec| examples/sec)")


def data_cases(raw):
    """Fixtures for the Java data-loading pieces (checked by D2lDataTest)."""
    import torchvision
    from PIL import Image
    from torch.utils import data
    from torchvision import transforms

    cases = {}
    torch.manual_seed(0)
    cases["random_int64"] = [torch.empty((), dtype=torch.int64).random_().item() for _ in range(3)]
    torch.manual_seed(0)
    cases["random_float32"] = torch.empty(4).random_().tolist()
    torch.manual_seed(0)
    cases["random_int32"] = torch.empty(4, dtype=torch.int32).random_().tolist()
    torch.manual_seed(0)
    cases["random_uint8"] = torch.empty(4, dtype=torch.uint8).random_().tolist()
    g = torch.Generator()
    g.manual_seed(5)
    cases["randperm_gen5_10"] = torch.randperm(10, generator=g).tolist()
    # DataLoader(shuffle=True) over a TensorDataset: two epochs, then an unshuffled one
    torch.manual_seed(0)
    ds = data.TensorDataset(torch.arange(10), torch.arange(10) * 10)
    loader = data.DataLoader(ds, 4, shuffle=True)
    epochs = [[b[0].tolist() for b in loader] for _ in range(2)]
    plain = [b[1].tolist() for b in data.DataLoader(ds, 4)]
    after = torch.rand(2).tolist()
    cases["loader_shuffle_epochs"] = epochs
    cases["loader_plain"] = plain
    cases["loader_rand_after"] = after
    # Fashion-MNIST stand-in through torchvision: image 0, ToTensor, Resize
    root = os.path.dirname(os.path.dirname(raw))
    ds = torchvision.datasets.FashionMNIST(root=root, train=True, transform=None, download=False)
    img, label = ds[0]
    cases["standin_train0_label"] = label
    cases["standin_train0_pixels_sum"] = int(sum(img.getdata()))
    t = transforms.ToTensor()(img)
    cases["totensor_sum"] = float(t.double().sum())
    cases["totensor_0_14_5"] = [float(v) for v in t[0, 14, :5]]
    for size in (64, 20, 7):
        r = transforms.Resize(size)(img)
        cases["resize_%d" % size] = list(r.getdata())
    cases["resize_33x17"] = list(transforms.Resize((17, 33))(img).getdata())
    trans = transforms.Compose([transforms.Resize(64), transforms.ToTensor()])
    cases["repr_test"] = repr(torchvision.datasets.FashionMNIST(
        root=root, train=False, transform=trans, download=False)).replace(root, "../data")
    return cases


def install_stand_ins():
    """IPython.display (its display() prints an Animator's progress line), matplotlib_inline,
    and ``d2l.torch`` from d2l_torch_zh.py."""
    ipy = types.ModuleType("IPython")
    disp = types.ModuleType("IPython.display")

    def display(obj):
        frame = sys._getframe(1)
        anim = frame.f_locals.get("self")
        if anim is None or not hasattr(anim, "axes") or not anim.X:
            return
        ax = anim.axes[0]
        names = [t.get_text() for t in ax.get_legend().get_texts()] if ax.get_legend() else []
        parts = []
        for i, ys in enumerate(anim.Y):
            name = names[i] if i < len(names) else "y%d" % (i + 1)
            parts.append("%s %.3f" % (name, ys[-1]))
        print("%s %s: %s" % (ax.get_xlabel(), anim.X[0][-1], ", ".join(parts)))

    disp.display = display
    disp.clear_output = lambda wait=False: None
    ipy.display = disp
    ipy.get_ipython = lambda: None
    sys.modules["IPython"] = ipy
    sys.modules["IPython.display"] = disp
    mi = types.ModuleType("matplotlib_inline")
    bi = types.ModuleType("matplotlib_inline.backend_inline")
    bi.set_matplotlib_formats = lambda *a, **k: None
    mi.backend_inline = bi
    sys.modules["matplotlib_inline"] = mi
    sys.modules["matplotlib_inline.backend_inline"] = bi
    d2l_pkg = types.ModuleType("d2l")
    d2l_pkg.__path__ = []
    sys.modules["d2l"] = d2l_pkg
    d2l_torch = types.ModuleType("d2l.torch")
    d2l_torch.__file__ = os.path.join(HERE, "d2l_torch_zh.py")
    sys.modules["d2l.torch"] = d2l_torch
    with open(d2l_torch.__file__, encoding="utf-8") as f:
        exec(compile(f.read(), d2l_torch.__file__, "exec"), d2l_torch.__dict__)
    d2l_pkg.torch = d2l_torch
    return d2l_torch


def run_cell(code, ns):
    """Returns what Jupyter would show for ``code`` run in namespace ``ns``."""
    torch.manual_seed(0)
    random.seed(0)
    code = "".join(l for l in code.splitlines(True) if not l.startswith("%"))
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
    plt.close("all")
    return TIMING.sub(r"<time>\2", buf.getvalue())


def main():
    torch.set_num_threads(1)
    install_stand_ins()
    os.makedirs(OUT_DIR, exist_ok=True)
    cwd = os.getcwd()
    only = set(sys.argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        sums = write_standin(os.path.join(tmp, "data", "FashionMNIST", "raw"))
        cases = data_cases(os.path.join(tmp, "data", "FashionMNIST", "raw"))
        with open(os.path.join(OUT_DIR, "d2l_data.json"), "w", encoding="utf-8") as f:
            json.dump({"fashion_mnist_raw_sha1": sums, "n_train": N_TRAIN, "n_test": N_TEST,
                       "cases": cases}, f, sort_keys=True)
            f.write("\n")
        os.makedirs(os.path.join(tmp, "nb"))
        for name, cells in NOTEBOOKS.items():
            if only and name not in only:
                continue
            os.chdir(os.path.join(tmp, "nb"))
            try:
                ns = {"__name__": "__main__"}
                out, src = [], []
                for n, code in enumerate(cells, 1):
                    out.append("### cell %d\n" % n)
                    out.append(run_cell(code, ns))
                    src.append("# ### cell %d\n%s" % (n, code))
            finally:
                os.chdir(cwd)
            with open(os.path.join(OUT_DIR, name + ".txt"), "w", encoding="utf-8") as f:
                f.write("".join(out))
            with open(os.path.join(OUT_DIR, name + ".cells.py"), "w", encoding="utf-8") as f:
                f.write("# Code of the cells transcribed in %s.txt (generated by record_d2l_ch3.py).\n"
                        "# torch.manual_seed(0) and random.seed(0) run before every cell.\n" % name)
                f.write("".join(src))
            print("%s: %d cells" % (name, len(cells)))


if __name__ == "__main__":
    main()
