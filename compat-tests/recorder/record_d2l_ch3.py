#!/usr/bin/python3
"""Records Jupyter-style transcripts of D2L chapters 3-5 (Chinese edition 2.0, PyTorch tab).

Run:  /usr/bin/python3 compat-tests/recorder/record_d2l_ch3.py
Out:  compat-tests/src/test/resources/fixtures/d2l/ch3_*_zh.txt, ch4_*_zh.txt (+ <name>.cells.py
      with the code of every cell), and d2l_data.json (SHA-1 of the stand-in files, and cases for the data loading: random_,
      randperm, DataLoader order, ToTensor, Resize on PIL images)

Same transcript format as record_d2l.py. The book cells are verbatim from d2l-zh master e6b18cce
(``#@tab pytorch``/``#@tab all`` blocks of the section's .md file), followed by cells for the
section's code exercises (written here; the book gives prose). §5.3 (deferred initialization) has
no PyTorch code in the Chinese edition: its cells (``ch5_3_en``) are the English edition's
(d2l-en v1.0.3, see CH5_3). ``from d2l import torch as d2l``
imports ``d2l_torch_zh.py`` beside this file: the book's d2l/torch.py, verbatim (the pip package is
not installed). Deliberate differences from a notebook:
  * ``%matplotlib inline`` lines are dropped; IPython's ``display`` and matplotlib_inline are
    stand-ins; figures are closed after each cell (a transcript shows nothing for them);
  * ``torch.manual_seed(0)``, ``random.seed(0)`` and ``np.random.seed(0)`` run before EVERY cell,
    so each cell's draws do not depend on how many numbers earlier cells drew;
  * shell escapes (``!nvidia-smi``, §5.6) are dropped: the cell shows nothing (listed in Java as
    Python-only); §5.6 is recorded on a machine without CUDA, so it shows PyTorch's CPU-only
    answers and errors;
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
import numpy as np  # noqa: E402
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

# the sections that need torch.nn (recorded; ported to Java as the nn layer lands)

CH3_3 = [
    '''\
from d2l import torch as d2l
import numpy as np
import torch
from torch.utils import data
''',
    '''\
true_w = d2l.tensor([2, -3.4])
true_b = 4.2
features, labels = d2l.synthetic_data(true_w, true_b, 1000)
''',
    '''\
def load_array(data_arrays, batch_size, is_train=True):  #@save
    """构造一个PyTorch数据迭代器"""
    dataset = data.TensorDataset(*data_arrays)
    return data.DataLoader(dataset, batch_size, shuffle=is_train)
''',
    '''\
batch_size = 10
data_iter = load_array((features, labels), batch_size)
''',
    '''\
next(iter(data_iter))
''',
    '''\
# nn是神经网络的缩写
from torch import nn
net = nn.Sequential(nn.Linear(2, 1))
''',
    '''\
net[0].weight.data.normal_(0, 0.01)
net[0].bias.data.fill_(0)
''',
    '''\
loss = nn.MSELoss()
''',
    '''\
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
''',
    '''\
num_epochs = 3
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X) ,y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f'epoch {epoch + 1}, loss {l:f}')
''',
    '''\
w = net[0].weight.data
print('w的估计误差：', true_w - d2l.reshape(w, true_w.shape))
b = net[0].bias.data
print('b的估计误差：', true_b - b)
''',
]

CH3_7 = [
    '''\
from d2l import torch as d2l
import torch
from torch import nn
''',
    '''\
batch_size = 256
train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
''',
    '''\
# PyTorch不会隐式地调整输入的形状。因此，
# 我们在线性层前定义了展平层（flatten），来调整网络输入的形状
net = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights);
''',
    '''\
loss = nn.CrossEntropyLoss(reduction='none')
''',
    '''\
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
''',
    '''\
num_epochs = 10
d2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer)
''',
]

CH4_2 = [
    '''\
from d2l import torch as d2l
import torch
from torch import nn
''',
    '''\
batch_size = 256
train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
''',
    '''\
num_inputs, num_outputs, num_hiddens = 784, 10, 256

W1 = nn.Parameter(torch.randn(
    num_inputs, num_hiddens, requires_grad=True) * 0.01)
b1 = nn.Parameter(torch.zeros(num_hiddens, requires_grad=True))
W2 = nn.Parameter(torch.randn(
    num_hiddens, num_outputs, requires_grad=True) * 0.01)
b2 = nn.Parameter(torch.zeros(num_outputs, requires_grad=True))

params = [W1, b1, W2, b2]
''',
    '''\
def relu(X):
    a = torch.zeros_like(X)
    return torch.max(X, a)
''',
    '''\
def net(X):
    X = d2l.reshape(X, (-1, num_inputs))
    H = relu(X@W1 + b1)  # 这里“@”代表矩阵乘法
    return (H@W2 + b2)
''',
    '''\
loss = nn.CrossEntropyLoss(reduction='none')
''',
    '''\
num_epochs, lr = 10, 0.1
updater = torch.optim.SGD(params, lr=lr)
d2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, updater)
''',
    '''\
d2l.predict_ch3(net, test_iter)
''',
]

CH4_3 = [
    '''\
from d2l import torch as d2l
import torch
from torch import nn
''',
    '''\
net = nn.Sequential(nn.Flatten(),
                    nn.Linear(784, 256),
                    nn.ReLU(),
                    nn.Linear(256, 10))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights);
''',
    '''\
batch_size, lr, num_epochs = 256, 0.1, 10
loss = nn.CrossEntropyLoss(reduction='none')
trainer = torch.optim.SGD(net.parameters(), lr=lr)
''',
    '''\
train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
d2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer)
''',
]

CH4_4 = [
    '''\
from d2l import torch as d2l
import torch
from torch import nn
import numpy as np
import math
''',
    '''\
max_degree = 20  # 多项式的最大阶数
n_train, n_test = 100, 100  # 训练和测试数据集大小
true_w = np.zeros(max_degree)  # 分配大量的空间
true_w[0:4] = np.array([5, 1.2, -3.4, 5.6])

features = np.random.normal(size=(n_train + n_test, 1))
np.random.shuffle(features)
poly_features = np.power(features, np.arange(max_degree).reshape(1, -1))
for i in range(max_degree):
    poly_features[:, i] /= math.gamma(i + 1)  # gamma(n)=(n-1)!
# labels的维度:(n_train+n_test,)
labels = np.dot(poly_features, true_w)
labels += np.random.normal(scale=0.1, size=labels.shape)
''',
    '''\
# NumPy ndarray转换为tensor
true_w, features, poly_features, labels = [d2l.tensor(x, dtype=
    d2l.float32) for x in [true_w, features, poly_features, labels]]
''',
    '''\
features[:2], poly_features[:2, :], labels[:2]
''',
    '''\
def evaluate_loss(net, data_iter, loss):  #@save
    """评估给定数据集上模型的损失"""
    metric = d2l.Accumulator(2)  # 损失的总和,样本数量
    for X, y in data_iter:
        out = net(X)
        y = d2l.reshape(y, out.shape)
        l = loss(out, y)
        metric.add(d2l.reduce_sum(l), d2l.size(l))
    return metric[0] / metric[1]
''',
    '''\
def train(train_features, test_features, train_labels, test_labels,
          num_epochs=400):
    loss = nn.MSELoss(reduction='none')
    input_shape = train_features.shape[-1]
    # 不设置偏置，因为我们已经在多项式中实现了它
    net = nn.Sequential(nn.Linear(input_shape, 1, bias=False))
    batch_size = min(10, train_labels.shape[0])
    train_iter = d2l.load_array((train_features, train_labels.reshape(-1,1)),
                                batch_size)
    test_iter = d2l.load_array((test_features, test_labels.reshape(-1,1)),
                               batch_size, is_train=False)
    trainer = torch.optim.SGD(net.parameters(), lr=0.01)
    animator = d2l.Animator(xlabel='epoch', ylabel='loss', yscale='log',
                            xlim=[1, num_epochs], ylim=[1e-3, 1e2],
                            legend=['train', 'test'])
    for epoch in range(num_epochs):
        d2l.train_epoch_ch3(net, train_iter, loss, trainer)
        if epoch == 0 or (epoch + 1) % 20 == 0:
            animator.add(epoch + 1, (evaluate_loss(net, train_iter, loss),
                                     evaluate_loss(net, test_iter, loss)))
    print('weight:', net[0].weight.data.numpy())
''',
    '''\
# 从多项式特征中选择前4个维度，即1,x,x^2/2!,x^3/3!
train(poly_features[:n_train, :4], poly_features[n_train:, :4],
      labels[:n_train], labels[n_train:])
''',
    '''\
# 从多项式特征中选择前2个维度，即1和x
train(poly_features[:n_train, :2], poly_features[n_train:, :2],
      labels[:n_train], labels[n_train:])
''',
    '''\
# 从多项式特征中选取所有维度
train(poly_features[:n_train, :], poly_features[n_train:, :],
      labels[:n_train], labels[n_train:], num_epochs=1500)
''',
]

CH4_5 = [
    '''\
%matplotlib inline
from d2l import torch as d2l
import torch
from torch import nn
''',
    '''\
n_train, n_test, num_inputs, batch_size = 20, 100, 200, 5
true_w, true_b = d2l.ones((num_inputs, 1)) * 0.01, 0.05
train_data = d2l.synthetic_data(true_w, true_b, n_train)
train_iter = d2l.load_array(train_data, batch_size)
test_data = d2l.synthetic_data(true_w, true_b, n_test)
test_iter = d2l.load_array(test_data, batch_size, is_train=False)
''',
    '''\
def init_params():
    w = torch.normal(0, 1, size=(num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    return [w, b]
''',
    '''\
def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2
''',
    '''\
def train(lambd):
    w, b = init_params()
    net, loss = lambda X: d2l.linreg(X, w, b), d2l.squared_loss
    num_epochs, lr = 100, 0.003
    animator = d2l.Animator(xlabel='epochs', ylabel='loss', yscale='log',
                            xlim=[5, num_epochs], legend=['train', 'test'])
    for epoch in range(num_epochs):
        for X, y in train_iter:
            # 增加了L2范数惩罚项，
            # 广播机制使l2_penalty(w)成为一个长度为batch_size的向量
            l = loss(net(X), y) + lambd * l2_penalty(w)
            l.sum().backward()
            d2l.sgd([w, b], lr, batch_size)
        if (epoch + 1) % 5 == 0:
            animator.add(epoch + 1, (d2l.evaluate_loss(net, train_iter, loss),
                                     d2l.evaluate_loss(net, test_iter, loss)))
    print('w的L2范数是：', torch.norm(w).item())
''',
    '''\
train(lambd=0)
''',
    '''\
train(lambd=3)
''',
    '''\
def train_concise(wd):
    net = nn.Sequential(nn.Linear(num_inputs, 1))
    for param in net.parameters():
        param.data.normal_()
    loss = nn.MSELoss(reduction='none')
    num_epochs, lr = 100, 0.003
    # 偏置参数没有衰减
    trainer = torch.optim.SGD([
        {"params":net[0].weight,'weight_decay': wd},
        {"params":net[0].bias}], lr=lr)
    animator = d2l.Animator(xlabel='epochs', ylabel='loss', yscale='log',
                            xlim=[5, num_epochs], legend=['train', 'test'])
    for epoch in range(num_epochs):
        for X, y in train_iter:
            trainer.zero_grad()
            l = loss(net(X), y)
            l.mean().backward()
            trainer.step()
        if (epoch + 1) % 5 == 0:
            animator.add(epoch + 1,
                         (d2l.evaluate_loss(net, train_iter, loss),
                          d2l.evaluate_loss(net, test_iter, loss)))
    print('w的L2范数：', net[0].weight.norm().item())
''',
    '''\
train_concise(0)
''',
    '''\
train_concise(3)
''',
]

CH4_6 = [
    '''\
from d2l import torch as d2l
import torch
from torch import nn

def dropout_layer(X, dropout):
    assert 0 <= dropout <= 1
    # 在本情况中，所有元素都被丢弃
    if dropout == 1:
        return torch.zeros_like(X)
    # 在本情况中，所有元素都被保留
    if dropout == 0:
        return X
    mask = (torch.rand(X.shape) > dropout).float()
    return mask * X / (1.0 - dropout)
''',
    '''\
X= torch.arange(16, dtype = torch.float32).reshape((2, 8))
print(X)
print(dropout_layer(X, 0.))
print(dropout_layer(X, 0.5))
print(dropout_layer(X, 1.))
''',
    '''\
num_inputs, num_outputs, num_hiddens1, num_hiddens2 = 784, 10, 256, 256
''',
    '''\
dropout1, dropout2 = 0.2, 0.5

class Net(nn.Module):
    def __init__(self, num_inputs, num_outputs, num_hiddens1, num_hiddens2,
                 is_training = True):
        super(Net, self).__init__()
        self.num_inputs = num_inputs
        self.training = is_training
        self.lin1 = nn.Linear(num_inputs, num_hiddens1)
        self.lin2 = nn.Linear(num_hiddens1, num_hiddens2)
        self.lin3 = nn.Linear(num_hiddens2, num_outputs)
        self.relu = nn.ReLU()

    def forward(self, X):
        H1 = self.relu(self.lin1(X.reshape((-1, self.num_inputs))))
        # 只有在训练模型时才使用dropout
        if self.training == True:
            # 在第一个全连接层之后添加一个dropout层
            H1 = dropout_layer(H1, dropout1)
        H2 = self.relu(self.lin2(H1))
        if self.training == True:
            # 在第二个全连接层之后添加一个dropout层
            H2 = dropout_layer(H2, dropout2)
        out = self.lin3(H2)
        return out


net = Net(num_inputs, num_outputs, num_hiddens1, num_hiddens2)
''',
    '''\
num_epochs, lr, batch_size = 10, 0.5, 256
loss = nn.CrossEntropyLoss(reduction='none')
train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
trainer = torch.optim.SGD(net.parameters(), lr=lr)
d2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer)
''',
    '''\
net = nn.Sequential(nn.Flatten(),
        nn.Linear(784, 256),
        nn.ReLU(),
        # 在第一个全连接层之后添加一个dropout层
        nn.Dropout(dropout1),
        nn.Linear(256, 256),
        nn.ReLU(),
        # 在第二个全连接层之后添加一个dropout层
        nn.Dropout(dropout2),
        nn.Linear(256, 10))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights);
''',
    '''\
trainer = torch.optim.SGD(net.parameters(), lr=lr)
d2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer)
''',
]

CH5_1 = [
    '''\
import torch
from torch import nn
from torch.nn import functional as F

net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))

X = torch.rand(2, 20)
net(X)
''',
    '''\
class MLP(nn.Module):
    # 用模型参数声明层。这里，我们声明两个全连接的层
    def __init__(self):
        # 调用MLP的父类Module的构造函数来执行必要的初始化。
        # 这样，在类实例化时也可以指定其他函数参数，例如模型参数params（稍后将介绍）
        super().__init__()
        self.hidden = nn.Linear(20, 256)  # 隐藏层
        self.out = nn.Linear(256, 10)  # 输出层

    # 定义模型的前向传播，即如何根据输入X返回所需的模型输出
    def forward(self, X):
        # 注意，这里我们使用ReLU的函数版本，其在nn.functional模块中定义。
        return self.out(F.relu(self.hidden(X)))
''',
    '''\
net = MLP()
net(X)
''',
    '''\
class MySequential(nn.Module):
    def __init__(self, *args):
        super().__init__()
        for idx, module in enumerate(args):
            # 这里，module是Module子类的一个实例。我们把它保存在'Module'类的成员
            # 变量_modules中。_module的类型是OrderedDict
            self._modules[str(idx)] = module

    def forward(self, X):
        # OrderedDict保证了按照成员添加的顺序遍历它们
        for block in self._modules.values():
            X = block(X)
        return X
''',
    '''\
net = MySequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
net(X)
''',
    '''\
class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        # 不计算梯度的随机权重参数。因此其在训练期间保持不变
        self.rand_weight = torch.rand((20, 20), requires_grad=False)
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        X = self.linear(X)
        # 使用创建的常量参数以及relu和mm函数
        X = F.relu(torch.mm(X, self.rand_weight) + 1)
        # 复用全连接层。这相当于两个全连接层共享参数
        X = self.linear(X)
        # 控制流
        while X.abs().sum() > 1:
            X /= 2
        return X.sum()
''',
    '''\
net = FixedHiddenMLP()
net(X)
''',
    '''\
class NestMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(),
                                 nn.Linear(64, 32), nn.ReLU())
        self.linear = nn.Linear(32, 16)

    def forward(self, X):
        return self.linear(self.net(X))

chimera = nn.Sequential(NestMLP(), nn.Linear(16, 20), FixedHiddenMLP())
chimera(X)
''',
]

CH5_2 = [
    '''\
import torch
from torch import nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.rand(size=(2, 4))
net(X)
''',
    '''\
print(net[2].state_dict())
''',
    '''\
print(type(net[2].bias))
print(net[2].bias)
print(net[2].bias.data)
''',
    '''\
net[2].weight.grad == None
''',
    '''\
print(*[(name, param.shape) for name, param in net[0].named_parameters()])
print(*[(name, param.shape) for name, param in net.named_parameters()])
''',
    '''\
net.state_dict()['2.bias'].data
''',
    '''\
def block1():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(),
                         nn.Linear(8, 4), nn.ReLU())

def block2():
    net = nn.Sequential()
    for i in range(4):
        # 在这里嵌套
        net.add_module(f'block {i}', block1())
    return net

rgnet = nn.Sequential(block2(), nn.Linear(4, 1))
rgnet(X)
''',
    '''\
print(rgnet)
''',
    '''\
rgnet[0][1][0].bias.data
''',
    '''\
def init_normal(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, mean=0, std=0.01)
        nn.init.zeros_(m.bias)
net.apply(init_normal)
net[0].weight.data[0], net[0].bias.data[0]
''',
    '''\
def init_constant(m):
    if type(m) == nn.Linear:
        nn.init.constant_(m.weight, 1)
        nn.init.zeros_(m.bias)
net.apply(init_constant)
net[0].weight.data[0], net[0].bias.data[0]
''',
    '''\
def init_xavier(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)
def init_42(m):
    if type(m) == nn.Linear:
        nn.init.constant_(m.weight, 42)

net[0].apply(init_xavier)
net[2].apply(init_42)
print(net[0].weight.data[0])
print(net[2].weight.data)
''',
    '''\
def my_init(m):
    if type(m) == nn.Linear:
        print("Init", *[(name, param.shape)
                        for name, param in m.named_parameters()][0])
        nn.init.uniform_(m.weight, -10, 10)
        m.weight.data *= m.weight.data.abs() >= 5

net.apply(my_init)
net[0].weight[:2]
''',
    '''\
net[0].weight.data[:] += 1
net[0].weight.data[0, 0] = 42
net[0].weight.data[0]
''',
    '''\
# 我们需要给共享层一个名称，以便可以引用它的参数
shared = nn.Linear(8, 8)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(),
                    shared, nn.ReLU(),
                    shared, nn.ReLU(),
                    nn.Linear(8, 1))
net(X)
# 检查参数是否相同
print(net[2].weight.data[0] == net[4].weight.data[0])
net[2].weight.data[0, 0] = 100
# 确保它们实际上是同一个对象，而不只是有相同的值
print(net[2].weight.data[0] == net[4].weight.data[0])
''',
]

CH5_4 = [
    '''\
import torch
from torch import nn
import torch.nn.functional as F

class CenteredLayer(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, X):
        return X - X.mean()
''',
    '''\
layer = CenteredLayer()
layer(torch.FloatTensor([1, 2, 3, 4, 5]))
''',
    '''\
net = nn.Sequential(nn.Linear(8, 128), CenteredLayer())
''',
    '''\
Y = net(torch.rand(4, 8))
Y.mean()
''',
    '''\
class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units,))
    def forward(self, X):
        linear = torch.matmul(X, self.weight.data) + self.bias.data
        return F.relu(linear)
''',
    '''\
linear = MyLinear(5, 3)
linear.weight
''',
    '''\
linear(torch.rand(2, 5))
''',
    '''\
net = nn.Sequential(MyLinear(64, 8), MyLinear(8, 1))
net(torch.rand(2, 64))
''',
]

CH5_5 = [
    '''\
import torch
from torch import nn
from torch.nn import functional as F

x = torch.arange(4)
torch.save(x, 'x-file')
''',
    '''\
x2 = torch.load('x-file')
x2
''',
    '''\
y = torch.zeros(4)
torch.save([x, y],'x-files')
x2, y2 = torch.load('x-files')
(x2, y2)
''',
    '''\
mydict = {'x': x, 'y': y}
torch.save(mydict, 'mydict')
mydict2 = torch.load('mydict')
mydict2
''',
    '''\
class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.output = nn.Linear(256, 10)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))

net = MLP()
X = torch.randn(size=(2, 20))
Y = net(X)
''',
    '''\
torch.save(net.state_dict(), 'mlp.params')
''',
    '''\
clone = MLP()
clone.load_state_dict(torch.load('mlp.params'))
clone.eval()
''',
    '''\
Y_clone = clone(X)
Y_clone == Y
''',
]

CH5_6 = [
    '''\
!nvidia-smi
''',
    '''\
import torch
from torch import nn

torch.device('cpu'), torch.device('cuda'), torch.device('cuda:1')
''',
    '''\
torch.cuda.device_count()
''',
    '''\
def try_gpu(i=0):  #@save
    """如果存在，则返回gpu(i)，否则返回cpu()"""
    if torch.cuda.device_count() >= i + 1:
        return torch.device(f'cuda:{i}')
    return torch.device('cpu')

def try_all_gpus():  #@save
    """返回所有可用的GPU，如果没有GPU，则返回[cpu(),]"""
    devices = [torch.device(f'cuda:{i}')
             for i in range(torch.cuda.device_count())]
    return devices if devices else [torch.device('cpu')]

try_gpu(), try_gpu(10), try_all_gpus()
''',
    '''\
x = torch.tensor([1, 2, 3])
x.device
''',
    '''\
X = torch.ones(2, 3, device=try_gpu())
X
''',
    '''\
Y = torch.rand(2, 3, device=try_gpu(1))
Y
''',
    '''\
Z = X.cuda(1)
print(X)
print(Z)
''',
    '''\
Y + Z
''',
    '''\
Z.cuda(1) is Z
''',
    '''\
net = nn.Sequential(nn.Linear(3, 1))
net = net.to(device=try_gpu())
''',
    '''\
net(X)
''',
    '''\
net[0].weight.data.device
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

EX_3_3 = [
    # 1. the mean loss replaced by the summed loss: the learning rate is divided by batch_size
    '''\
net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.normal_(0, 0.01)
net[0].bias.data.fill_(0)
loss = nn.MSELoss(reduction='sum')
trainer = torch.optim.SGD(net.parameters(), lr=0.03 / batch_size)
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X) ,y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f'epoch {epoch + 1}, loss {l / len(features):f}')
''',
    # 2. Huber loss instead of the squared loss
    '''\
net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.normal_(0, 0.01)
net[0].bias.data.fill_(0)
loss = nn.HuberLoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X) ,y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f'epoch {epoch + 1}, loss {l:f}')
''',
    # 3. the gradient of the linear layer
    '''\
net[0].weight.grad, net[0].bias.grad
''',
]

EX_5_1 = [
    # 2. a block that runs two blocks on the same input and concatenates their outputs
    '''\
class Parallel(nn.Module):
    def __init__(self, net1, net2):
        super().__init__()
        self.net1 = net1
        self.net2 = net2

    def forward(self, X):
        return torch.cat((self.net1(X), self.net2(X)), dim=1)

net = Parallel(nn.Linear(20, 3), nn.Sequential(nn.Linear(20, 4), nn.ReLU()))
net(X)
''',
    # 3. a factory for several instances of the same block
    '''\
def stack(block, n):
    return nn.Sequential(*[block() for _ in range(n)])

net = stack(lambda: nn.Sequential(nn.Linear(20, 20), nn.ReLU()), 3)
print(net)
net(X).shape
''',
]

EX_5_2 = [
    # 3. train an MLP with a shared layer and look at its parameters and gradients
    '''\
shared = nn.Linear(8, 8)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), shared, nn.ReLU(), shared, nn.ReLU(),
                    nn.Linear(8, 1))
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
X, y = torch.rand(10, 4), torch.rand(10, 1)
for i in range(3):
    l = nn.MSELoss()(net(X), y)
    trainer.zero_grad()
    l.backward()
    trainer.step()
    print(f'step {i + 1}, loss {l:f}')
print(len(list(net.parameters())), net[2].weight is net[4].weight)
net[2].weight.grad[0]
''',
]

EX_5_4 = [
    # 1. a layer computing y_k = sum_{i,j} W_ijk x_i x_j
    '''\
class TensorReduction(nn.Module):
    def __init__(self, in_units, out_units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, in_units, out_units))

    def forward(self, X):
        XX = (X[:, :, None] * X[:, None, :]).reshape(X.shape[0], -1)
        return XX @ self.weight.reshape(-1, self.weight.shape[-1])

layer = TensorReduction(3, 2)
X = torch.rand(2, 3)
layer(X), (X[:, :, None, None] * X[:, None, :, None] * layer.weight).sum(dim=(1, 2))
''',
]

EX_5_5 = [
    # 1. reuse part of a saved network: the hidden layer of the saved MLP in a new network
    '''\
params = torch.load('mlp.params')
hidden = nn.Linear(20, 256)
hidden.load_state_dict({'weight': params['hidden.weight'], 'bias': params['hidden.bias']})
new_net = nn.Sequential(hidden, nn.ReLU(), nn.Linear(256, 2))
(hidden.weight == net.hidden.weight).all(), new_net(X).shape
''',
]

# ---- d2l-more: §5.3 (the EN edition's PyTorch cells) and the code exercises of §3.7, §4.2, §4.3,
# §4.5, §4.6 ----

# §5.3 延后初始化: the ZH 2.0 page has no PyTorch code (its tabs are mxnet and tensorflow); these are
# the PyTorch cells of the EN edition's §6.4 "Lazy Initialization" (d2l-en v1.0.3,
# chapter_builders-guide/lazy-init.md), verbatim but for its last cell: `apply_init` is added there
# to the EN library's d2l.Module (@d2l.add_to_class), which the ZH d2l/torch.py does not have, so
# here it is a function of the network.
CH5_3 = [
    '''\
from d2l import torch as d2l
import torch
from torch import nn
''',
    '''\
net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
''',
    '''\
net[0].weight
''',
    '''\
X = torch.rand(2, 20)
net(X)

net[0].weight.shape
''',
    '''\
# the EN edition's apply_init (a d2l.Module method there), as a function of the network
def apply_init(net, inputs, init=None):
    net(*inputs)
    if init is not None:
        net.apply(init)

def init_xavier(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)

net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
apply_init(net, [torch.rand(2, 20)], init_xavier)
print(net)
net[2].weight[0, :4]
''',
]

EX_5_3 = [
    # 1. the first layer's input size given, the later ones not: which are initialised at once?
    '''\
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.LazyLinear(10))
net[0].weight.shape, net[2].weight
''',
    # 2. mismatching dimensions
    '''\
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(128, 10))
net(torch.rand(2, 20))
''',
    '''\
net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
net(torch.rand(2, 20))
net(torch.rand(2, 30))
''',
    # 3. inputs of varying dimensionality: one lazy input layer per width, the rest shared (tied)
    '''\
shared = nn.Sequential(nn.ReLU(), nn.Linear(256, 10))
nets = [nn.Sequential(nn.LazyLinear(256), shared) for _ in range(2)]
Y1, Y2 = nets[0](torch.rand(2, 20)), nets[1](torch.rand(3, 30))
Y1.shape, Y2.shape, nets[0][1] is nets[1][1], nets[1][0].weight.shape
''',
]

EX_3_7 = [
    # 1. other hyperparameters: batch size and learning rate (3 epochs each)
    '''\
for batch_size, lr in [(64, 0.1), (256, 0.03), (256, 0.2)]:
    train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
    net.apply(init_weights)
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(3):
        train_loss, train_acc = d2l.train_epoch_ch3(net, train_iter, loss, trainer)
    test_acc = d2l.evaluate_accuracy(net, test_iter)
    print(f'batch_size {batch_size}, lr {lr}: train loss {train_loss:.3f}, '
          f'train acc {train_acc:.3f}, test acc {test_acc:.3f}')
''',
    # 2. more epochs: does the test accuracy fall after a while?
    '''\
train_iter, test_iter = d2l.load_data_fashion_mnist(256)
net = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
net.apply(init_weights)
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
for epoch in range(20):
    train_loss, train_acc = d2l.train_epoch_ch3(net, train_iter, loss, trainer)
    if (epoch + 1) % 5 == 0:
        test_acc = d2l.evaluate_accuracy(net, test_iter)
        print(f'epoch {epoch + 1}: train loss {train_loss:.3f}, train acc {train_acc:.3f}, '
              f'test acc {test_acc:.3f}')
''',
]

EX_4_2 = [
    # 1. other values of num_hiddens, all else unchanged (5 epochs each)
    '''\
def mlp(num_hiddens):
    W1 = nn.Parameter(torch.randn(num_inputs, num_hiddens) * 0.01)
    b1 = nn.Parameter(torch.zeros(num_hiddens))
    W2 = nn.Parameter(torch.randn(num_hiddens, num_outputs) * 0.01)
    b2 = nn.Parameter(torch.zeros(num_outputs))
    net = lambda X: relu(X.reshape(-1, num_inputs) @ W1 + b1) @ W2 + b2
    return [W1, b1, W2, b2], net

def train_mlp(params, net, num_epochs=5, lr=0.1):
    updater = torch.optim.SGD(params, lr=lr)
    for epoch in range(num_epochs):
        train_loss, train_acc = d2l.train_epoch_ch3(net, train_iter, loss, updater)
    test_acc = d2l.evaluate_accuracy(net, test_iter)
    return f'train loss {train_loss:.3f}, train acc {train_acc:.3f}, test acc {test_acc:.3f}'

for num_hiddens in [32, 128, 512]:
    params, net = mlp(num_hiddens)
    print(f'num_hiddens {num_hiddens}:', train_mlp(params, net))
''',
    # 2. a second hidden layer
    '''\
W1 = nn.Parameter(torch.randn(num_inputs, 256) * 0.01)
b1 = nn.Parameter(torch.zeros(256))
W2 = nn.Parameter(torch.randn(256, 128) * 0.01)
b2 = nn.Parameter(torch.zeros(128))
W3 = nn.Parameter(torch.randn(128, num_outputs) * 0.01)
b3 = nn.Parameter(torch.zeros(num_outputs))

def net2(X):
    H1 = relu(X.reshape(-1, num_inputs) @ W1 + b1)
    H2 = relu(H1 @ W2 + b2)
    return H2 @ W3 + b3

train_mlp([W1, b1, W2, b2, W3, b3], net2)
''',
    # 3. other learning rates, the architecture and the 10 epochs unchanged
    '''\
for lr in [0.01, 0.3]:
    params, net = mlp(256)
    print(f'lr {lr}:', train_mlp(params, net, 10, lr))
''',
]

EX_4_3 = [
    # 1. more hidden layers (5 epochs each, lr 0.1)
    '''\
def train_net(net, num_epochs=5, lr=0.1):
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(num_epochs):
        train_loss, train_acc = d2l.train_epoch_ch3(net, train_iter, loss, trainer)
    test_acc = d2l.evaluate_accuracy(net, test_iter)
    return f'train loss {train_loss:.3f}, train acc {train_acc:.3f}, test acc {test_acc:.3f}'

net = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(),
                    nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
net.apply(init_weights)
train_net(net)
''',
    # 2. other activation functions
    '''\
for act in [nn.Sigmoid(), nn.Tanh(), nn.GELU()]:
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), act, nn.Linear(256, 10))
    net.apply(init_weights)
    print(act, train_net(net))
''',
    # 3. other weight initialisations
    '''\
def init_xavier(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)

def init_kaiming(m):
    if type(m) == nn.Linear:
        nn.init.kaiming_normal_(m.weight, nonlinearity='relu')
        nn.init.zeros_(m.bias)

for init in [init_xavier, init_kaiming]:
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    net.apply(init)
    print(init.__name__, train_net(net))
''',
]

EX_4_5 = [
    # 1. train and test loss as functions of lambda (100 epochs each), plotted
    '''\
def train_lambd(lambd, penalty=l2_penalty, num_epochs=100, lr=0.003):
    w, b = init_params()
    net = lambda X: d2l.linreg(X, w, b)
    for epoch in range(num_epochs):
        for X, y in train_iter:
            l = d2l.squared_loss(net(X), y) + lambd * penalty(w)
            l.sum().backward()
            d2l.sgd([w, b], lr, batch_size)
    return net, w

lambds = [0, 1, 2, 4, 8, 16]
nets = [train_lambd(lambd)[0] for lambd in lambds]
train_ls = [d2l.evaluate_loss(net, train_iter, d2l.squared_loss) for net in nets]
test_ls = [d2l.evaluate_loss(net, test_iter, d2l.squared_loss) for net in nets]
for lambd, train_l, test_l in zip(lambds, train_ls, test_ls):
    print(f'lambda {lambd}: train loss {train_l:.5f}, test loss {test_l:.5f}')
d2l.plot(lambds, [train_ls, test_ls], 'lambda', 'loss', legend=['train', 'test'],
         yscale='log')
''',
    # 2. choose lambda on a validation set; is it the best one for the test set?
    '''\
valid_iter = d2l.load_array(d2l.synthetic_data(true_w, true_b, 100), batch_size, is_train=False)
valid_ls = [d2l.evaluate_loss(net, valid_iter, d2l.squared_loss) for net in nets]
best = min(range(len(lambds)), key=lambda i: valid_ls[i])
print(f'validation: lambda {lambds[best]} (validation loss {valid_ls[best]:.5f}, '
      f'test loss {test_ls[best]:.5f})')
print('lowest test loss: lambda', lambds[min(range(len(lambds)), key=lambda i: test_ls[i])])
''',
    # 3. the L1 penalty: its gradient lambda * sign(w) drives weights to zero
    '''\
def l1_penalty(w):
    return torch.sum(torch.abs(w))

net, w = train_lambd(3, l1_penalty)
d2l.evaluate_loss(net, test_iter, d2l.squared_loss), (w.abs() < 0.01).sum().item()
''',
    # 4. the matrix analogue of ||w||^2 = w^T w: ||X||_F^2 = tr(X^T X)
    '''\
X = torch.randn(3, 4)
torch.norm(X) ** 2, torch.trace(X.T @ X), (X * X).sum()
''',
]

EX_4_6 = [
    # 1. the two layers' dropout probabilities swapped (lr 0.1, 5 epochs each)
    '''\
def train_net(net, num_epochs=5, lr=0.1, wd=0):
    trainer = torch.optim.SGD(net.parameters(), lr=lr, weight_decay=wd)
    for epoch in range(num_epochs):
        train_loss, train_acc = d2l.train_epoch_ch3(net, train_iter, loss, trainer)
    test_acc = d2l.evaluate_accuracy(net, test_iter)
    return f'train loss {train_loss:.3f}, train acc {train_acc:.3f}, test acc {test_acc:.3f}'

for dropout1, dropout2 in [(0.2, 0.5), (0.5, 0.2)]:
    net = Net(num_inputs, num_outputs, num_hiddens1, num_hiddens2)
    print(f'dropout1 {dropout1}, dropout2 {dropout2}:', train_net(net))
''',
    # 2. and 3. more epochs with and without dropout; the variance of each hidden layer's
    # activations (on one test batch, in training mode) after each epoch, plotted
    '''\
def concise_net(p1, p2):
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(),
                        nn.Dropout(p1) if p1 > 0 else nn.Identity(),
                        nn.Linear(256, 256), nn.ReLU(),
                        nn.Dropout(p2) if p2 > 0 else nn.Identity(), nn.Linear(256, 10))
    net.apply(init_weights)
    return net

X = next(iter(test_iter))[0]
variances = []
for p1, p2 in [(0.2, 0.5), (0.0, 0.0)]:
    net = concise_net(p1, p2)
    trainer = torch.optim.SGD(net.parameters(), lr=0.1)
    h1, h2 = [], []
    for epoch in range(10):
        train_loss, train_acc = d2l.train_epoch_ch3(net, train_iter, loss, trainer)
        with torch.no_grad():
            h1.append(net[:4](X).var().item())
            h2.append(net[:7](X).var().item())
        if (epoch + 1) % 5 == 0:
            print(f'dropout ({p1}, {p2}), epoch {epoch + 1}: train acc {train_acc:.3f}, '
                  f'test acc {d2l.evaluate_accuracy(net, test_iter):.3f}, '
                  f'var(H1) {h1[-1]:.4f}, var(H2) {h2[-1]:.4f}')
            net.train()
    variances += [h1, h2]
d2l.plot(list(range(1, 11)), variances, 'epoch', 'variance',
         legend=['H1 dropout', 'H2 dropout', 'H1 no dropout', 'H2 no dropout'])
''',
    # 4. why not at test time: dropout makes the predictions random
    '''\
net = concise_net(0.2, 0.5)
net.train()
print((net(X) == net(X)).all().item())
net.eval()
print((net(X) == net(X)).all().item())
''',
    # 5. dropout and weight decay, alone and together
    '''\
for p1, p2, wd in [(0.2, 0.5, 0), (0.0, 0.0, 1e-3), (0.2, 0.5, 1e-3)]:
    print(f'dropout ({p1}, {p2}), weight decay {wd}:', train_net(concise_net(p1, p2), wd=wd))
''',
    # 6. dropout applied to the weights rather than the activations (DropConnect)
    '''\
class DropConnectNet(nn.Module):
    def __init__(self, p):
        super().__init__()
        self.p = p
        self.lin1 = nn.Linear(784, 256)
        self.lin2 = nn.Linear(256, 10)

    def forward(self, X):
        W1 = dropout_layer(self.lin1.weight, self.p) if self.training else self.lin1.weight
        H = torch.relu(nn.functional.linear(X.reshape(-1, 784), W1, self.lin1.bias))
        return self.lin2(H)

train_net(DropConnectNet(0.5))
''',
    # 7. another kind of noise: Gaussian noise added to the hidden activations in training
    '''\
class GaussianNoiseNet(nn.Module):
    def __init__(self, sigma):
        super().__init__()
        self.sigma = sigma
        self.lin1 = nn.Linear(784, 256)
        self.lin2 = nn.Linear(256, 10)

    def forward(self, X):
        H = torch.relu(self.lin1(X.reshape(-1, 784)))
        if self.training:
            H = H + torch.randn(H.shape) * self.sigma
        return self.lin2(H)

train_net(GaussianNoiseNet(0.1))
''',
]

NOTEBOOKS = {
    "ch3_1_zh": CH3_1,
    "ch3_2_zh": CH3_2 + EX_3_2,
    "ch3_5_zh": CH3_5 + EX_3_5,
    "ch3_6_zh": CH3_6 + EX_3_6,
    "ch4_1_zh": CH4_1 + EX_4_1,
    "ch4_8_zh": CH4_8,
    "ch3_3_zh": CH3_3 + EX_3_3,
    "ch3_7_zh": CH3_7 + EX_3_7,
    "ch4_2_zh": CH4_2 + EX_4_2,
    "ch4_3_zh": CH4_3 + EX_4_3,
    "ch4_4_zh": CH4_4,
    "ch4_5_zh": CH4_5 + EX_4_5,
    "ch4_6_zh": CH4_6 + EX_4_6,
    "ch5_1_zh": CH5_1 + EX_5_1,
    "ch5_2_zh": CH5_2 + EX_5_2,
    "ch5_3_en": CH5_3 + EX_5_3,
    "ch5_4_zh": CH5_4 + EX_5_4,
    "ch5_5_zh": CH5_5 + EX_5_5,
    "ch5_6_zh": CH5_6,
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
    # NumPy's legacy generator and array printing (for §4.4)
    np.random.seed(0)
    cases["np_normal_seed0"] = np.random.normal(size=5).tolist()
    rows = np.arange(7.0).reshape(7, 1)
    np.random.shuffle(rows)
    cases["np_shuffle_rows"] = rows.ravel().tolist()
    cases["np_normal_after"] = np.random.normal(scale=0.1, size=3).tolist()
    g = torch.Generator()
    g.manual_seed(3)
    strs = []
    for arr in ([[4.9949126, 1.2840853, -3.3818572, 5.3850927]], [[3.4797883, 2.9723794]],
                [[1.0, 2.5, -0.000123]], [[1e-5, 3.0]], [[1.0, 2.0]],
                torch.randn(1, 20, generator=g).tolist(), (torch.randn(2, 9, generator=g) * 30).tolist()):
        a = np.array(arr, dtype=np.float32)
        strs.append([a.tolist(), "float32", str(a)])
    a = np.random.normal(size=4)
    strs.append([a.tolist(), "float64", str(a)])
    cases["np_str"] = strs
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
    np.random.seed(0)
    # IPython magics (%matplotlib) and shell escapes (!nvidia-smi) are not Python
    code = "".join(l for l in code.splitlines(True) if not l.startswith(("%", "!")))
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
                        "# torch.manual_seed(0), random.seed(0) and np.random.seed(0) run before"
                        " every cell.\n" % name)
                f.write("".join(src))
            print("%s: %d cells" % (name, len(cells)))


if __name__ == "__main__":
    main()
