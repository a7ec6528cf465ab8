#!/usr/bin/python3
"""Records PyTorch's own tutorials (pytorch/tutorials, beginner_source) under PyTorch 1.13, for the
Java ports in compat-tests/src/test/java/dev/torchnd/compat/tutorials/.

Run:  /usr/bin/python3 compat-tests/recorder/record_tutorials.py
Out:  compat-tests/src/test/resources/fixtures/tutorials/<name>.txt   (what each program prints)
      compat-tests/src/test/resources/fixtures/tutorials/mnist_standin.npz  (nn_tutorial's data)
      compat-tests/src/test/resources/fixtures/ops_tutorials.json  (op cases, ops.json's format)
      compat-tests/src/test/resources/fixtures/autograd_tutorials.json  (VJP cases, autograd.json's)

ops_tutorials.json adds these op names (Java: TutorialOps):
  F.conv2d(x, w, b|None, stride, padding, dilation, groups); F.conv2d_str(x, w, b, padding_str,
  dilation); F.avg_pool2d(x, k, stride|None, padding, ceil_mode, count_include_pad,
  divisor|None); F.max_pool2d(x, k, stride|None, padding, dilation, ceil_mode) and
  F.max_pool2d_with_indices (same arguments, return_indices=True); F.adaptive_avg_pool2d(x,
  size); matmul_out / mul_out / add_out(a, b, out): torch.f(a, b, out=out) (the result is out);
  rand_like_dtype(seed, t, dtype); nn.Conv2d/MaxPool2d/AvgPool2d/AdaptiveAvgPool2d reprs are in
  the transcripts.
autograd_tutorials.json: {"cases": [...]} in record_autograd.py's format (Java: TutorialGradCases).

Each program is the tutorial's code, cell by cell, with these changes only:
  * torch.manual_seed(0) (and random.seed(0) where Python's random is used) first, so the
    random draws are reproducible;
  * no network: data sets a tutorial downloads are replaced by deterministic stand-ins (seeded
    uniform images for Fashion-MNIST, mnist_standin.npz for MNIST, written here with NumPy's
    seeded generator and committed);
  * plotting (matplotlib), the NumPy bridge cells of tensorqs (t.numpy() shares memory with a
    NumPy array; Java has no NumPy) and torchvision's pretrained vgg16 / ONNX export of
    saveloadrun are left out;
  * object addresses are not reproducible: "<AddBackward0 object at 0x7f...>" is written as
    "AddBackward0" (and "<torch.autograd.function.ExpBackward object at 0x...>" as
    "ExpBackward"), as the Java side's Transcript writes TorchND's grad_fn() prints.
"""

import contextlib
import io
import math
import os
import random
import re
import sys
import tempfile

import numpy as np
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "tutorials")
torch.set_num_threads(1)

PROGRAMS = {}


def program(fn):
    PROGRAMS[fn.__name__] = fn
    return fn


# ----------------------------------------------------------------------------------------------
# basics/tensorqs_tutorial.py

@program
def tensorqs():
    torch.manual_seed(0)
    data = [[1, 2], [3, 4]]
    x_data = torch.tensor(data)

    x_ones = torch.ones_like(x_data)  # retains the properties of x_data
    print(f"Ones Tensor: \n {x_ones} \n")

    x_rand = torch.rand_like(x_data, dtype=torch.float)  # overrides the datatype of x_data
    print(f"Random Tensor: \n {x_rand} \n")

    shape = (2, 3,)
    rand_tensor = torch.rand(shape)
    ones_tensor = torch.ones(shape)
    zeros_tensor = torch.zeros(shape)

    print(f"Random Tensor: \n {rand_tensor} \n")
    print(f"Ones Tensor: \n {ones_tensor} \n")
    print(f"Zeros Tensor: \n {zeros_tensor}")

    tensor = torch.rand(3, 4)

    print(f"Shape of tensor: {tensor.shape}")
    print(f"Datatype of tensor: {tensor.dtype}")
    print(f"Device tensor is stored on: {tensor.device}")

    if torch.cuda.is_available():
        tensor = tensor.to('cuda')

    tensor = torch.ones(4, 4)
    print('First row: ', tensor[0])
    print('First column: ', tensor[:, 0])
    print('Last column:', tensor[..., -1])
    tensor[:, 1] = 0
    print(tensor)

    t1 = torch.cat([tensor, tensor, tensor], dim=1)
    print(t1)

    y1 = tensor @ tensor.T
    y2 = tensor.matmul(tensor.T)

    y3 = torch.rand_like(tensor)
    torch.matmul(tensor, tensor.T, out=y3)

    z1 = tensor * tensor
    z2 = tensor.mul(tensor)

    z3 = torch.rand_like(tensor)
    torch.mul(tensor, tensor, out=z3)
    # (not in the tutorial) the three results it says "will have the same value"
    print(y1, y2, y3, sep="\n")
    print(z1, z2, z3, sep="\n")

    agg = tensor.sum()
    agg_item = agg.item()
    print(agg_item, type(agg_item))

    print(tensor, "\n")
    tensor.add_(5)
    print(tensor)


# ----------------------------------------------------------------------------------------------
# basics/autogradqs_tutorial.py

@program
def autogradqs():
    torch.manual_seed(0)
    x = torch.ones(5)  # input tensor
    y = torch.zeros(3)  # expected output
    w = torch.randn(5, 3, requires_grad=True)
    b = torch.randn(3, requires_grad=True)
    z = torch.matmul(x, w) + b
    loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)

    print(f"Gradient function for z = {z.grad_fn}")
    print(f"Gradient function for loss = {loss.grad_fn}")

    loss.backward()
    print(w.grad)
    print(b.grad)

    z = torch.matmul(x, w) + b
    print(z.requires_grad)

    with torch.no_grad():
        z = torch.matmul(x, w) + b
    print(z.requires_grad)

    z = torch.matmul(x, w) + b
    z_det = z.detach()
    print(z_det.requires_grad)

    inp = torch.eye(4, 5, requires_grad=True)
    out = (inp + 1).pow(2).t()
    out.backward(torch.ones_like(out), retain_graph=True)
    print(f"First call\n{inp.grad}")
    out.backward(torch.ones_like(out), retain_graph=True)
    print(f"\nSecond call\n{inp.grad}")
    inp.grad.zero_()
    out.backward(torch.ones_like(out), retain_graph=True)
    print(f"\nCall after zeroing gradients\n{inp.grad}")


# ----------------------------------------------------------------------------------------------
# basics/buildmodel_tutorial.py

@program
def buildmodel():
    torch.manual_seed(0)
    device = 'cuda' if torch.cuda.is_available() else 'cpu'
    print('Using {} device'.format(device))

    class NeuralNetwork(nn.Module):
        def __init__(self):
            super(NeuralNetwork, self).__init__()
            self.flatten = nn.Flatten()
            self.linear_relu_stack = nn.Sequential(
                nn.Linear(28*28, 512),
                nn.ReLU(),
                nn.Linear(512, 512),
                nn.ReLU(),
                nn.Linear(512, 10),
            )

        def forward(self, x):
            x = self.flatten(x)
            logits = self.linear_relu_stack(x)
            return logits

    model = NeuralNetwork().to(device)
    print(model)

    X = torch.rand(1, 28, 28, device=device)
    logits = model(X)
    pred_probab = nn.Softmax(dim=1)(logits)
    y_pred = pred_probab.argmax(1)
    print(f"Predicted class: {y_pred}")

    input_image = torch.rand(3, 28, 28)
    print(input_image.size())

    flatten = nn.Flatten()
    flat_image = flatten(input_image)
    print(flat_image.size())

    layer1 = nn.Linear(in_features=28*28, out_features=20)
    hidden1 = layer1(flat_image)
    print(hidden1.size())

    print(f"Before ReLU: {hidden1}\n\n")
    hidden1 = nn.ReLU()(hidden1)
    print(f"After ReLU: {hidden1}")

    seq_modules = nn.Sequential(
        flatten,
        layer1,
        nn.ReLU(),
        nn.Linear(20, 10)
    )
    input_image = torch.rand(3, 28, 28)
    logits = seq_modules(input_image)

    softmax = nn.Softmax(dim=1)
    pred_probab = softmax(logits)
    # (not in the tutorial) what the cell computed
    print(pred_probab)

    print("Model structure: ", model, "\n\n")

    for name, param in model.named_parameters():
        print(f"Layer: {name} | Size: {param.size()} | Values : {param[:2]} \n")


# ----------------------------------------------------------------------------------------------
# basics/data_tutorial.py + transforms_tutorial.py, on a stand-in for FashionMNIST

class FakeFashionMNIST(torch.utils.data.Dataset):
    """Stand-in for datasets.FashionMNIST(root, train, transform=ToTensor(), target_transform):
    seeded 28x28 uint8 images (as the IDX files hold) and labels; ToTensor() is /255 as float."""

    def __init__(self, n, seed, transform=None, target_transform=None):
        g = torch.Generator().manual_seed(seed)
        self.images = torch.randint(0, 256, (n, 28, 28), dtype=torch.uint8, generator=g)
        self.targets = torch.randint(0, 10, (n,), generator=g)
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self):
        return len(self.targets)

    def __getitem__(self, idx):
        image = self.images[idx]
        label = int(self.targets[idx])
        if self.transform:
            image = self.transform(image)
        if self.target_transform:
            label = self.target_transform(label)
        return image, label


def to_tensor(img):
    return img.unsqueeze(0).to(torch.float32).div(255)


@program
def data():
    torch.manual_seed(0)
    training_data = FakeFashionMNIST(600, 1, transform=to_tensor)
    test_data = FakeFashionMNIST(100, 2, transform=to_tensor)

    labels_map = {
        0: "T-Shirt",
        1: "Trouser",
        2: "Pullover",
        3: "Dress",
        4: "Coat",
        5: "Sandal",
        6: "Shirt",
        7: "Sneaker",
        8: "Bag",
        9: "Ankle Boot",
    }
    cols, rows = 3, 3
    for i in range(1, cols * rows + 1):
        sample_idx = torch.randint(len(training_data), size=(1,)).item()
        img, label = training_data[sample_idx]
        # (plt.title(labels_map[label]); plt.imshow(img.squeeze(), cmap="gray") printed instead)
        print(sample_idx, labels_map[label], img.squeeze().shape)

    class CustomImageDataset(torch.utils.data.Dataset):
        """The tutorial's CustomImageDataset, with the CSV of labels and the image files held in
        memory (a list of (file name, label) rows and a dict of uint8 tensors)."""

        def __init__(self, annotations, images, transform=None, target_transform=None):
            self.img_labels = annotations
            self.images = images
            self.transform = transform
            self.target_transform = target_transform

        def __len__(self):
            return len(self.img_labels)

        def __getitem__(self, idx):
            img_path = self.img_labels[idx][0]
            image = self.images[img_path]
            label = self.img_labels[idx][1]
            if self.transform:
                image = self.transform(image)
            if self.target_transform:
                label = self.target_transform(label)
            return image, label

    names = ["tshirt1.jpg", "tshirt2.jpg", "trouser1.jpg", "ankleboot999.jpg"]
    annotations = [(n, l) for n, l in zip(names, [0, 0, 1, 9])]
    images = {n: torch.randint(0, 256, (1, 28, 28), dtype=torch.uint8) for n in names}
    from torch.utils.data import DataLoader
    custom = CustomImageDataset(annotations, images, transform=lambda t: t.float() / 255)
    print(len(custom))
    img, label = custom[3]
    print(img.shape, img.dtype, label, img.mean())

    train_dataloader = DataLoader(training_data, batch_size=64, shuffle=True)
    test_dataloader = DataLoader(test_data, batch_size=64, shuffle=True)

    train_features, train_labels = next(iter(train_dataloader))
    print(f"Feature batch shape: {train_features.size()}")
    print(f"Labels batch shape: {train_labels.size()}")
    img = train_features[0].squeeze()
    label = train_labels[0]
    print(f"Label: {label}")
    print(len(train_dataloader), len(test_dataloader))

    # transforms_tutorial.py
    from torchvision.transforms import Lambda
    ds = FakeFashionMNIST(
        600, 1,
        transform=to_tensor,
        target_transform=Lambda(lambda y: torch.zeros(10, dtype=torch.float).scatter_(0, torch.tensor(y), value=1))
    )
    target_transform = Lambda(lambda y: torch.zeros(
        10, dtype=torch.float).scatter_(dim=0, index=torch.tensor(y), value=1))
    img, target = ds[0]
    print(img.shape, target)
    print(target_transform(3))
    batch = next(iter(DataLoader(ds, batch_size=4)))
    print(batch[1])


# ----------------------------------------------------------------------------------------------
# basics/saveloadrun_tutorial.py, on the "Build Model" network instead of vgg16

@program
def saveloadrun():
    torch.manual_seed(0)

    class NeuralNetwork(nn.Module):
        def __init__(self):
            super().__init__()
            self.flatten = nn.Flatten()
            self.linear_relu_stack = nn.Sequential(
                nn.Linear(28*28, 64),
                nn.ReLU(),
                nn.Dropout(0.5),
                nn.Linear(64, 10),
            )

        def forward(self, x):
            return self.linear_relu_stack(self.flatten(x))

    path = os.path.join(tempfile.mkdtemp(), 'model_weights.pth')
    model = NeuralNetwork()
    torch.save(model.state_dict(), path)

    model = NeuralNetwork()  # fresh weights
    print(model.load_state_dict(torch.load(path)))
    print(model.eval())
    X = torch.rand(2, 28, 28)
    print(model(X))
    sd = torch.load(path)
    print(list(sd.keys()))
    print(sd['linear_relu_stack.3.bias'])


# ----------------------------------------------------------------------------------------------
# pytorch_with_examples: the y = sin(x) polynomial, seven ways

@program
def polynomial_tensor():
    torch.manual_seed(0)
    dtype = torch.float
    device = torch.device("cpu")

    x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)
    y = torch.sin(x)

    a = torch.randn((), device=device, dtype=dtype)
    b = torch.randn((), device=device, dtype=dtype)
    c = torch.randn((), device=device, dtype=dtype)
    d = torch.randn((), device=device, dtype=dtype)

    learning_rate = 1e-6
    for t in range(2000):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3

        loss = (y_pred - y).pow(2).sum().item()
        if t % 100 == 99:
            print(t, loss)

        grad_y_pred = 2.0 * (y_pred - y)
        grad_a = grad_y_pred.sum()
        grad_b = (grad_y_pred * x).sum()
        grad_c = (grad_y_pred * x ** 2).sum()
        grad_d = (grad_y_pred * x ** 3).sum()

        a -= learning_rate * grad_a
        b -= learning_rate * grad_b
        c -= learning_rate * grad_c
        d -= learning_rate * grad_d

    print(f'Result: y = {a.item()} + {b.item()} x + {c.item()} x^2 + {d.item()} x^3')


@program
def polynomial_autograd():
    torch.manual_seed(0)
    dtype = torch.float
    device = torch.device("cpu")

    x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)
    y = torch.sin(x)

    a = torch.randn((), device=device, dtype=dtype, requires_grad=True)
    b = torch.randn((), device=device, dtype=dtype, requires_grad=True)
    c = torch.randn((), device=device, dtype=dtype, requires_grad=True)
    d = torch.randn((), device=device, dtype=dtype, requires_grad=True)

    learning_rate = 1e-6
    for t in range(2000):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3

        loss = (y_pred - y).pow(2).sum()
        if t % 100 == 99:
            print(t, loss.item())

        loss.backward()

        with torch.no_grad():
            a -= learning_rate * a.grad
            b -= learning_rate * b.grad
            c -= learning_rate * c.grad
            d -= learning_rate * d.grad

            a.grad = None
            b.grad = None
            c.grad = None
            d.grad = None

    print(f'Result: y = {a.item()} + {b.item()} x + {c.item()} x^2 + {d.item()} x^3')


class LegendrePolynomial3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return 0.5 * (5 * input ** 3 - 3 * input)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * input ** 2 - 1)


@program
def polynomial_custom_function():
    torch.manual_seed(0)
    dtype = torch.float
    device = torch.device("cpu")

    x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)
    y = torch.sin(x)

    a = torch.full((), 0.0, device=device, dtype=dtype, requires_grad=True)
    b = torch.full((), -1.0, device=device, dtype=dtype, requires_grad=True)
    c = torch.full((), 0.0, device=device, dtype=dtype, requires_grad=True)
    d = torch.full((), 0.3, device=device, dtype=dtype, requires_grad=True)

    learning_rate = 5e-6
    for t in range(2000):
        P3 = LegendrePolynomial3.apply

        y_pred = a + b * P3(c + d * x)
        if t == 0:
            # (not in the tutorial) the custom node as PyTorch names it
            print(type(P3(c + d * x).grad_fn).__name__, y_pred.grad_fn)

        loss = (y_pred - y).pow(2).sum()
        if t % 100 == 99:
            print(t, loss.item())

        loss.backward()

        with torch.no_grad():
            a -= learning_rate * a.grad
            b -= learning_rate * b.grad
            c -= learning_rate * c.grad
            d -= learning_rate * d.grad

            a.grad = None
            b.grad = None
            c.grad = None
            d.grad = None

    print(f'Result: y = {a.item()} + {b.item()} * P3({c.item()} + {d.item()} x)')


@program
def polynomial_nn():
    torch.manual_seed(0)
    x = torch.linspace(-math.pi, math.pi, 2000)
    y = torch.sin(x)

    p = torch.tensor([1, 2, 3])
    xx = x.unsqueeze(-1).pow(p)

    model = torch.nn.Sequential(
        torch.nn.Linear(3, 1),
        torch.nn.Flatten(0, 1)
    )
    print(model)

    loss_fn = torch.nn.MSELoss(reduction='sum')

    learning_rate = 1e-6
    for t in range(2000):
        y_pred = model(xx)

        loss = loss_fn(y_pred, y)
        if t % 100 == 99:
            print(t, loss.item())

        model.zero_grad()

        loss.backward()

        with torch.no_grad():
            for param in model.parameters():
                param -= learning_rate * param.grad

    linear_layer = model[0]

    print(f'Result: y = {linear_layer.bias.item()} + {linear_layer.weight[:, 0].item()} x + {linear_layer.weight[:, 1].item()} x^2 + {linear_layer.weight[:, 2].item()} x^3')


@program
def polynomial_optim():
    torch.manual_seed(0)
    x = torch.linspace(-math.pi, math.pi, 2000)
    y = torch.sin(x)

    p = torch.tensor([1, 2, 3])
    xx = x.unsqueeze(-1).pow(p)

    model = torch.nn.Sequential(
        torch.nn.Linear(3, 1),
        torch.nn.Flatten(0, 1)
    )
    loss_fn = torch.nn.MSELoss(reduction='sum')

    learning_rate = 1e-3
    optimizer = torch.optim.RMSprop(model.parameters(), lr=learning_rate)
    for t in range(2000):
        y_pred = model(xx)

        loss = loss_fn(y_pred, y)
        if t % 100 == 99:
            print(t, loss.item())

        optimizer.zero_grad()

        loss.backward()

        optimizer.step()

    linear_layer = model[0]
    print(f'Result: y = {linear_layer.bias.item()} + {linear_layer.weight[:, 0].item()} x + {linear_layer.weight[:, 1].item()} x^2 + {linear_layer.weight[:, 2].item()} x^3')


@program
def polynomial_module():
    torch.manual_seed(0)

    class Polynomial3(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.a = torch.nn.Parameter(torch.randn(()))
            self.b = torch.nn.Parameter(torch.randn(()))
            self.c = torch.nn.Parameter(torch.randn(()))
            self.d = torch.nn.Parameter(torch.randn(()))

        def forward(self, x):
            return self.a + self.b * x + self.c * x ** 2 + self.d * x ** 3

        def string(self):
            return f'y = {self.a.item()} + {self.b.item()} x + {self.c.item()} x^2 + {self.d.item()} x^3'

    x = torch.linspace(-math.pi, math.pi, 2000)
    y = torch.sin(x)

    model = Polynomial3()

    criterion = torch.nn.MSELoss(reduction='sum')
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-6)
    for t in range(2000):
        y_pred = model(x)

        loss = criterion(y_pred, y)
        if t % 100 == 99:
            print(t, loss.item())

        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

    print(f'Result: {model.string()}')


@program
def dynamic_net():
    torch.manual_seed(0)
    random.seed(0)

    class DynamicNet(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.a = torch.nn.Parameter(torch.randn(()))
            self.b = torch.nn.Parameter(torch.randn(()))
            self.c = torch.nn.Parameter(torch.randn(()))
            self.d = torch.nn.Parameter(torch.randn(()))
            self.e = torch.nn.Parameter(torch.randn(()))

        def forward(self, x):
            y = self.a + self.b * x + self.c * x ** 2 + self.d * x ** 3
            for exp in range(4, random.randint(4, 6)):
                y = y + self.e * x ** exp
            return y

        def string(self):
            return f'y = {self.a.item()} + {self.b.item()} x + {self.c.item()} x^2 + {self.d.item()} x^3 + {self.e.item()} x^4 ? + {self.e.item()} x^5 ?'

    x = torch.linspace(-math.pi, math.pi, 2000)
    y = torch.sin(x)

    model = DynamicNet()

    criterion = torch.nn.MSELoss(reduction='sum')
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-8, momentum=0.9)
    # 30000 steps in the tutorial; 3000 here (printing every 200th) keep the test short
    for t in range(3000):
        y_pred = model(x)

        loss = criterion(y_pred, y)
        if t % 200 == 199:
            print(t, loss.item())

        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

    print(f'Result: {model.string()}')


# ----------------------------------------------------------------------------------------------
# (not a tutorial) the conv/pool modules as D2L chapters 6-7 and the tutorials build them: reprs,
# seeded default weights, outputs

@program
def conv_modules():
    torch.manual_seed(0)
    mods = [
        nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False),
        nn.Conv2d(1, 1, kernel_size=3, padding=1),
        nn.Conv2d(1, 1, kernel_size=(5, 3), padding=(2, 1)),
        nn.Conv2d(1, 1, kernel_size=(3, 5), padding=(0, 1), stride=(3, 4)),
        nn.Conv2d(4, 6, 3, dilation=2, groups=2),
        nn.Conv2d(3, 5, 3, padding='same'),
        nn.MaxPool2d(3),
        nn.MaxPool2d(3, padding=1, stride=2),
        nn.MaxPool2d((2, 3), stride=(2, 3), padding=(0, 1)),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.AvgPool2d((2, 2), stride=1, padding=1),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.AdaptiveAvgPool2d((5, 7)),
    ]
    for m in mods:
        print(m)
    net = nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
        nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10))
    X = torch.rand(size=(1, 1, 28, 28), dtype=torch.float32)
    for layer in net:
        X = layer(X)
        print(layer.__class__.__name__, 'output shape: \t', X.shape)
    print(net[0].weight[0], net[0].bias)
    print(X)
    X = torch.arange(16, dtype=torch.float32).reshape((1, 1, 4, 4))
    print(mods[7](X), mods[8](X), mods[10](X), mods[12](X))
    X = torch.cat((X, X + 1), 1)
    print(nn.MaxPool2d(3, padding=1, stride=2)(X))


# ----------------------------------------------------------------------------------------------
# (not a tutorial) torch.autograd.Function and out= beyond the tutorials: errors, identity
# outputs, needs_input_grad, no_grad, double backward; messages only (Java checks the types)

class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        result = i.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        return grad_output * result


class TwoGrads(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g, g


class BadShape(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return torch.ones(3)


class Ident(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 3


class Broadcast(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.sum()

    @staticmethod
    def backward(ctx, g):
        return g.expand(2, 3).clone()


@program
def autograd_function():
    torch.manual_seed(0)

    def err(f):
        try:
            f()
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(str(e))

    x = torch.randn(3, requires_grad=True)
    y = Exp.apply(x)
    print(y, y.grad_fn)
    y.sum().backward()
    print(x.grad, torch.equal(x.grad, x.exp()))
    z = Exp.apply(x)
    g, = torch.autograd.grad(z.sum(), x, create_graph=True)
    print(g.grad_fn)
    gg, = torch.autograd.grad(g.sum(), x)
    print(torch.equal(gg, x.exp()))
    err(lambda: TwoGrads.apply(x).sum().backward())
    x2 = torch.randn(2, requires_grad=True)
    err(lambda: BadShape.apply(x2).sum().backward())
    i = Ident.apply(x2)
    print(i is x2, i.grad_fn, i.requires_grad)
    i.sum().backward()
    print(x2.grad)
    b = torch.randn(3, requires_grad=True)
    e = Exp.apply(b * 1)
    with torch.no_grad():
        e.mul_(2)
    err(lambda: e.sum().backward())
    with torch.no_grad():
        print(Exp.apply(x).requires_grad)
    print(Exp.apply(torch.ones(2)).grad_fn)
    s = Broadcast.apply(torch.ones(2, 3, requires_grad=True))
    print(s.grad_fn)
    o = LegendrePolynomial3.apply(x)
    o.sum().backward()
    err(lambda: o.sum().backward())
    w = torch.ones(2, 3, requires_grad=True)
    err(lambda: torch.mul(w, torch.ones(2, 3), out=torch.empty(2, 3)))
    err(lambda: torch.matmul(w, torch.ones(3, 2), out=torch.empty(2, 2)))
    err(lambda: torch.matmul(torch.ones(2, 3), torch.ones(3), out=torch.empty(2, dtype=torch.float64)))
    with torch.no_grad():
        out = torch.empty(2, 3)
        print(torch.mul(w, 2 * torch.ones(2, 3), out=out) is out, out)


# ----------------------------------------------------------------------------------------------
# blitz/neural_networks_tutorial.py (LeNet)

@program
def neural_networks():
    torch.manual_seed(0)
    import torch.nn.functional as F

    class Net(nn.Module):

        def __init__(self):
            super(Net, self).__init__()
            self.conv1 = nn.Conv2d(1, 6, 5)
            self.conv2 = nn.Conv2d(6, 16, 5)
            self.fc1 = nn.Linear(16 * 5 * 5, 120)
            self.fc2 = nn.Linear(120, 84)
            self.fc3 = nn.Linear(84, 10)

        def forward(self, x):
            x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
            x = F.max_pool2d(F.relu(self.conv2(x)), 2)
            x = x.view(-1, self.num_flat_features(x))
            x = F.relu(self.fc1(x))
            x = F.relu(self.fc2(x))
            x = self.fc3(x)
            return x

        def num_flat_features(self, x):
            size = x.size()[1:]
            num_features = 1
            for s in size:
                num_features *= s
            return num_features

    net = Net()
    print(net)

    params = list(net.parameters())
    print(len(params))
    print(params[0].size())

    input = torch.randn(1, 1, 32, 32)
    out = net(input)
    print(out)

    net.zero_grad()
    out.backward(torch.randn(1, 10))

    output = net(input)
    target = torch.randn(10)
    target = target.view(1, -1)
    criterion = nn.MSELoss()

    loss = criterion(output, target)
    print(loss)

    print(loss.grad_fn)  # MSELoss
    print(loss.grad_fn.next_functions[0][0])  # Linear
    print(loss.grad_fn.next_functions[0][0].next_functions[0][0])  # ReLU

    net.zero_grad()

    print('conv1.bias.grad before backward')
    print(net.conv1.bias.grad)

    loss.backward()

    print('conv1.bias.grad after backward')
    print(net.conv1.bias.grad)

    import torch.optim as optim

    optimizer = optim.SGD(net.parameters(), lr=0.01)

    optimizer.zero_grad()
    output = net(input)
    loss = criterion(output, target)
    loss.backward()
    optimizer.step()
    # (not in the tutorial) the loss after the step and a weight it changed
    print(criterion(net(input), target), net.fc3.bias)


# ----------------------------------------------------------------------------------------------
# nn_tutorial.py ("What is torch.nn really?") on a stand-in for MNIST

MNIST = os.path.join(OUT, "mnist_standin.npz")


def write_mnist_standin():
    """384 training and 128 validation 28x28 "digits": per class a fixed stroke pattern (two
    bars whose place depends on the class), shifted by up to 2 pixels, with noisy intensities
    quantised to k/256 like MNIST's pickle; float32 rows of 784 and int64 labels."""
    rs = np.random.RandomState(0)

    def make(n):
        x = np.zeros((n, 28, 28), dtype=np.float32)
        y = rs.randint(0, 10, size=n).astype(np.int64)
        for i in range(n):
            k = y[i]
            dr, dc = rs.randint(-2, 3, size=2)
            r0 = 4 + 2 * (k % 5) + dr
            c0 = 6 + 6 * (k // 5) + dc
            img = np.zeros((28, 28), dtype=np.float32)
            img[r0:r0 + 12, c0:c0 + 3] = 1.0
            img[r0 + 2 * (k % 3):r0 + 2 * (k % 3) + 3, c0:c0 + 10] = 1.0
            noise = rs.randint(160, 256, size=(28, 28)) / 256.0
            x[i] = (img * noise).astype(np.float32)
        return x.reshape(n, 784), y

    x_train, y_train = make(384)
    x_valid, y_valid = make(128)
    np.savez_compressed(MNIST, x_train=x_train, y_train=y_train, x_valid=x_valid, y_valid=y_valid)


@program
def nn_tutorial():
    torch.manual_seed(0)
    with np.load(MNIST) as f:
        ((x_train, y_train), (x_valid, y_valid)) = (
            (f["x_train"], f["y_train"]), (f["x_valid"], f["y_valid"]))
    print(x_train.shape)

    x_train, y_train, x_valid, y_valid = map(
        torch.tensor, (x_train, y_train, x_valid, y_valid)
    )
    n, c = x_train.shape
    print(x_train, y_train)
    print(x_train.shape)
    print(y_train.min(), y_train.max())

    weights = torch.randn(784, 10) / math.sqrt(784)
    weights.requires_grad_()
    bias = torch.zeros(10, requires_grad=True)

    def log_softmax(x):
        return x - x.exp().sum(-1).log().unsqueeze(-1)

    def model(xb):
        return log_softmax(xb @ weights + bias)

    bs = 64  # batch size

    xb = x_train[0:bs]  # a mini-batch from x
    preds = model(xb)  # predictions
    print(preds[0], preds.shape)

    def nll(input, target):
        return -input[range(target.shape[0]), target].mean()

    loss_func = nll

    yb = y_train[0:bs]
    print(loss_func(preds, yb))

    def accuracy(out, yb):
        preds = torch.argmax(out, dim=1)
        return (preds == yb).float().mean()

    print(accuracy(preds, yb))

    lr = 0.5  # learning rate
    epochs = 2  # how many epochs to train for

    for epoch in range(epochs):
        for i in range((n - 1) // bs + 1):
            start_i = i * bs
            end_i = start_i + bs
            xb = x_train[start_i:end_i]
            yb = y_train[start_i:end_i]
            pred = model(xb)
            loss = loss_func(pred, yb)

            loss.backward()
            with torch.no_grad():
                weights -= weights.grad * lr
                bias -= bias.grad * lr
                weights.grad.zero_()
                bias.grad.zero_()

    print(loss_func(model(xb), yb), accuracy(model(xb), yb))

    import torch.nn.functional as F

    loss_func = F.cross_entropy

    def model(xb):
        return xb @ weights + bias

    print(loss_func(model(xb), yb), accuracy(model(xb), yb))

    class Mnist_Logistic(nn.Module):
        def __init__(self):
            super().__init__()
            self.weights = nn.Parameter(torch.randn(784, 10) / math.sqrt(784))
            self.bias = nn.Parameter(torch.zeros(10))

        def forward(self, xb):
            return xb @ self.weights + self.bias

    model = Mnist_Logistic()
    print(loss_func(model(xb), yb))

    def fit():
        for epoch in range(epochs):
            for i in range((n - 1) // bs + 1):
                start_i = i * bs
                end_i = start_i + bs
                xb = x_train[start_i:end_i]
                yb = y_train[start_i:end_i]
                pred = model(xb)
                loss = loss_func(pred, yb)

                loss.backward()
                with torch.no_grad():
                    for p in model.parameters():
                        p -= p.grad * lr
                    model.zero_grad()

    fit()
    print(loss_func(model(xb), yb))

    class Mnist_Logistic(nn.Module):
        def __init__(self):
            super().__init__()
            self.lin = nn.Linear(784, 10)

        def forward(self, xb):
            return self.lin(xb)

    model = Mnist_Logistic()
    print(loss_func(model(xb), yb))
    fit()
    print(loss_func(model(xb), yb))

    from torch import optim

    def get_model():
        model = Mnist_Logistic()
        return model, optim.SGD(model.parameters(), lr=lr)

    model, opt = get_model()
    print(loss_func(model(xb), yb))

    for epoch in range(epochs):
        for i in range((n - 1) // bs + 1):
            start_i = i * bs
            end_i = start_i + bs
            xb = x_train[start_i:end_i]
            yb = y_train[start_i:end_i]
            pred = model(xb)
            loss = loss_func(pred, yb)

            loss.backward()
            opt.step()
            opt.zero_grad()

    print(loss_func(model(xb), yb))

    from torch.utils.data import TensorDataset
    train_ds = TensorDataset(x_train, y_train)

    model, opt = get_model()

    for epoch in range(epochs):
        for i in range((n - 1) // bs + 1):
            xb, yb = train_ds[i * bs: i * bs + bs]
            pred = model(xb)
            loss = loss_func(pred, yb)

            loss.backward()
            opt.step()
            opt.zero_grad()

    print(loss_func(model(xb), yb))

    from torch.utils.data import DataLoader

    train_ds = TensorDataset(x_train, y_train)
    train_dl = DataLoader(train_ds, batch_size=bs)

    model, opt = get_model()

    for epoch in range(epochs):
        for xb, yb in train_dl:
            pred = model(xb)
            loss = loss_func(pred, yb)

            loss.backward()
            opt.step()
            opt.zero_grad()

    print(loss_func(model(xb), yb))

    train_ds = TensorDataset(x_train, y_train)
    train_dl = DataLoader(train_ds, batch_size=bs, shuffle=True)

    valid_ds = TensorDataset(x_valid, y_valid)
    valid_dl = DataLoader(valid_ds, batch_size=bs * 2)

    model, opt = get_model()

    for epoch in range(epochs):
        model.train()
        for xb, yb in train_dl:
            pred = model(xb)
            loss = loss_func(pred, yb)

            loss.backward()
            opt.step()
            opt.zero_grad()

        model.eval()
        with torch.no_grad():
            valid_loss = sum(loss_func(model(xb), yb) for xb, yb in valid_dl)

        print(epoch, valid_loss / len(valid_dl))

    def loss_batch(model, loss_func, xb, yb, opt=None):
        loss = loss_func(model(xb), yb)

        if opt is not None:
            loss.backward()
            opt.step()
            opt.zero_grad()

        return loss.item(), len(xb)

    def fit(epochs, model, loss_func, opt, train_dl, valid_dl):
        for epoch in range(epochs):
            model.train()
            for xb, yb in train_dl:
                loss_batch(model, loss_func, xb, yb, opt)

            model.eval()
            with torch.no_grad():
                losses, nums = zip(
                    *[loss_batch(model, loss_func, xb, yb) for xb, yb in valid_dl]
                )
            val_loss = np.sum(np.multiply(losses, nums)) / np.sum(nums)

            print(epoch, val_loss)

    def get_data(train_ds, valid_ds, bs):
        return (
            DataLoader(train_ds, batch_size=bs, shuffle=True),
            DataLoader(valid_ds, batch_size=bs * 2),
        )

    train_dl, valid_dl = get_data(train_ds, valid_ds, bs)
    model, opt = get_model()
    fit(epochs, model, loss_func, opt, train_dl, valid_dl)

    class Mnist_CNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 16, kernel_size=3, stride=2, padding=1)
            self.conv2 = nn.Conv2d(16, 16, kernel_size=3, stride=2, padding=1)
            self.conv3 = nn.Conv2d(16, 10, kernel_size=3, stride=2, padding=1)

        def forward(self, xb):
            xb = xb.view(-1, 1, 28, 28)
            xb = F.relu(self.conv1(xb))
            xb = F.relu(self.conv2(xb))
            xb = F.relu(self.conv3(xb))
            xb = F.avg_pool2d(xb, 4)
            return xb.view(-1, xb.size(1))

    lr = 0.1

    model = Mnist_CNN()
    print(model)
    opt = optim.SGD(model.parameters(), lr=lr, momentum=0.9)

    fit(epochs, model, loss_func, opt, train_dl, valid_dl)

    class Lambda(nn.Module):
        def __init__(self, func):
            super().__init__()
            self.func = func

        def forward(self, x):
            return self.func(x)

    def preprocess(x):
        return x.view(-1, 1, 28, 28)

    model = nn.Sequential(
        Lambda(preprocess),
        nn.Conv2d(1, 16, kernel_size=3, stride=2, padding=1),
        nn.ReLU(),
        nn.Conv2d(16, 16, kernel_size=3, stride=2, padding=1),
        nn.ReLU(),
        nn.Conv2d(16, 10, kernel_size=3, stride=2, padding=1),
        nn.ReLU(),
        nn.AvgPool2d(4),
        Lambda(lambda x: x.view(x.size(0), -1)),
    )
    print(model)

    opt = optim.SGD(model.parameters(), lr=lr, momentum=0.9)

    fit(epochs, model, loss_func, opt, train_dl, valid_dl)

    def preprocess(x, y):
        return x.view(-1, 1, 28, 28), y

    class WrappedDataLoader:
        def __init__(self, dl, func):
            self.dl = dl
            self.func = func

        def __len__(self):
            return len(self.dl)

        def __iter__(self):
            batches = iter(self.dl)
            for b in batches:
                yield (self.func(*b))

    train_dl, valid_dl = get_data(train_ds, valid_ds, bs)
    train_dl = WrappedDataLoader(train_dl, preprocess)
    valid_dl = WrappedDataLoader(valid_dl, preprocess)

    model = nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, stride=2, padding=1),
        nn.ReLU(),
        nn.Conv2d(16, 16, kernel_size=3, stride=2, padding=1),
        nn.ReLU(),
        nn.Conv2d(16, 10, kernel_size=3, stride=2, padding=1),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d(1),
        Lambda(lambda x: x.view(x.size(0), -1)),
    )
    print(model)

    opt = optim.SGD(model.parameters(), lr=lr, momentum=0.9)

    fit(epochs, model, loss_func, opt, train_dl, valid_dl)

    print(torch.cuda.is_available())

    dev = torch.device(
        "cuda") if torch.cuda.is_available() else torch.device("cpu")

    def preprocess(x, y):
        return x.view(-1, 1, 28, 28).to(dev), y.to(dev)

    train_dl, valid_dl = get_data(train_ds, valid_ds, bs)
    train_dl = WrappedDataLoader(train_dl, preprocess)
    valid_dl = WrappedDataLoader(valid_dl, preprocess)

    model.to(dev)
    opt = optim.SGD(model.parameters(), lr=lr, momentum=0.9)

    fit(epochs, model, loss_func, opt, train_dl, valid_dl)


ADDRESS = re.compile(r"<(?:\w+\.)*(\w+) object at 0x[0-9a-f]+>")


def record_transcripts(names):
    os.makedirs(OUT, exist_ok=True)
    if not os.path.exists(MNIST):
        write_mnist_standin()
    for name in names:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            PROGRAMS[name]()
        text = ADDRESS.sub(r"\1", buf.getvalue())
        with open(os.path.join(OUT, name + ".txt"), "w") as f:
            f.write(text)
        print(f"{name}: {text.count(chr(10))} lines")


# ----------------------------------------------------------------------------------------------
# ops_tutorials.json and autograd_tutorials.json

FIX = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")


def record_ops_tutorials():
    sys.path.insert(0, HERE)
    import record_ops as ro
    import torch.nn.functional as Fn
    T, I, F, B, S, DT, NONE, INTS_ = ro.T, ro.I, ro.F, ro.B, ro.S, ro.DT, ro.NONE, ro.INTS_

    def _out(fn):
        def f(a, b, out):
            r = fn(a, b, out=out)
            assert r is out
            return r
        return f

    def _rand_like(seed, t, dt):
        torch.manual_seed(seed)
        return torch.rand_like(t, dtype=dt)

    ro.PY.update({
        "F.conv2d": lambda x, w, b, s, p, d, g: Fn.conv2d(x, w, b, s, p, d, g),
        "F.conv2d_str": lambda x, w, b, p, d: Fn.conv2d(x, w, b, 1, p, d),
        "F.avg_pool2d": lambda x, k, s, p, c, cip, dv: Fn.avg_pool2d(x, k, s, p, c, cip, dv),
        "F.max_pool2d": lambda x, k, s, p, d, c: Fn.max_pool2d(x, k, s, p, d, c),
        "F.max_pool2d_with_indices": lambda x, k, s, p, d, c: Fn.max_pool2d(x, k, s, p, d, c, True),
        "F.adaptive_avg_pool2d": lambda x, o: Fn.adaptive_avg_pool2d(x, o),
        "matmul_out": _out(torch.matmul),
        "mul_out": _out(torch.mul),
        "add_out": _out(torch.add),
        "rand_like_dtype": _rand_like,
    })
    ro.CASES.clear()
    ro.IDS.clear()
    c = ro.case
    f32 = "float32"
    one, zero = INTS_([1]), INTS_([0])
    # conv2d: the nn_tutorial layer, kernels, strides, padding, dilation, groups, no bias,
    # unbatched, float64, 1x1 kernels, then the errors
    conv = [
        ((2, 1, 8, 8), (4, 1, 3, 3), True, [2], [1], [1], 1),
        ((2, 3, 6, 7), (4, 3, 3, 3), True, [1], [0], [1], 1),
        ((1, 2, 7, 9), (3, 2, 2, 3), True, [1, 2], [1, 0], [1], 1),
        ((1, 2, 9, 9), (2, 2, 3, 3), True, [1], [2], [2], 1),
        ((2, 4, 5, 5), (6, 2, 3, 3), True, [1], [1], [1], 2),
        ((1, 4, 5, 6), (4, 1, 3, 3), False, [2], [1], [1, 2], 4),
        ((1, 3, 4, 4), (5, 3, 1, 1), True, [1], [0], [1], 1),
        ((3, 5, 5), (2, 3, 3, 3), True, [1], [1], [1], 1),
        ((2, 2, 5, 5), (2, 2, 5, 5), True, [1], [0], [1], 1),
        ((0, 2, 5, 5), (2, 2, 3, 3), True, [1], [0], [1], 1),
    ]
    for dt in (f32, "float64"):
        for xs, ws, bias, st, pd, dl, g in conv:
            c("F.conv2d", [T(dt, xs), T(dt, ws), T(dt, (ws[0],)) if bias else NONE,
                           INTS_(st), INTS_(pd), INTS_(dl), I(g)])
    c("F.conv2d", [T(f32, (2, 3, 5, 5)), T(f32, (4, 2, 3, 3)), NONE, one, zero, one, I(1)])
    c("F.conv2d", [T(f32, (2, 3, 5, 5)), T(f32, (4, 3, 3, 3)), T(f32, (3,)), one, zero, one, I(1)])
    c("F.conv2d", [T(f32, (2, 3, 2, 2)), T(f32, (4, 3, 3, 3)), NONE, one, zero, one, I(1)])
    c("F.conv2d", [T(f32, (3, 5)), T(f32, (4, 3, 3, 3)), NONE, one, zero, one, I(1)])
    c("F.conv2d", [T(f32, (2, 4, 5, 5)), T(f32, (3, 2, 3, 3)), NONE, one, zero, one, I(2)])
    c("F.conv2d", [T("int64", (1, 1, 3, 3)), T("int64", (1, 1, 2, 2)), NONE, one, zero, one, I(1)])
    c("F.conv2d", [T(f32, (1, 1, 3, 3)), T("float64", (1, 1, 2, 2)), NONE, one, zero, one, I(1)])
    c("F.conv2d", [T("bool", (1, 1, 3, 3)), T("bool", (1, 1, 2, 2)), NONE, one, zero, one, I(1)])
    for xs, ws, p, d in (((1, 2, 6, 6), (3, 2, 3, 3), "same", [1]), ((1, 2, 6, 7), (3, 2, 4, 2), "same", [1]),
                         ((1, 2, 7, 7), (2, 2, 3, 2), "same", [2]), ((1, 2, 6, 6), (3, 2, 3, 3), "valid", [1])):
        c("F.conv2d_str", [T(f32, xs), T(f32, ws), T(f32, (ws[0],)), S(p), INTS_(d)])
    c("F.conv2d_str", [T(f32, (1, 2, 6, 6)), T(f32, (3, 2, 3, 3)), NONE, S("full"), one])
    # pooling
    x44 = T(f32, (1, 1, 4, 4), [float(i) for i in range(16)])
    ties = T(f32, (1, 2, 4, 5), [float(v % 3) for v in range(40)])
    for dt in (f32, "float64"):
        for xs, k, s, p, ceil, cip, dv in (
                ((2, 3, 8, 8), [4], None, [0], False, True, None),
                ((1, 2, 7, 7), [3], [2], [1], False, True, None),
                ((1, 2, 7, 7), [3], [2], [1], False, False, None),
                ((1, 2, 7, 6), [3, 2], [2, 1], [1, 0], True, True, None),
                ((1, 2, 7, 7), [3], [2], [1], True, False, None),
                ((1, 1, 6, 6), [2], [2], [1], True, True, None),
                ((1, 2, 5, 5), [2], [2], [0], False, True, 3),
                ((2, 5, 5), [2], None, [0], False, True, None)):
            c("F.avg_pool2d", [T(dt, xs), INTS_(k), NONE if s is None else INTS_(s), INTS_(p),
                               B(ceil), B(cip), NONE if dv is None else I(dv)])
        for xs, k, s, p, d, ceil in (
                ((2, 3, 8, 8), [2], None, [0], [1], False),
                ((1, 2, 7, 7), [3], [2], [1], [1], False),
                ((1, 2, 9, 8), [3, 2], [2, 1], [1, 0], [2, 1], False),
                ((1, 2, 7, 7), [2], [2], [0], [1], True),
                ((1, 1, 6, 6), [3], [2], [1], [1], True),
                ((3, 6, 6), [2], None, [0], [1], False)):
            for op in ("F.max_pool2d", "F.max_pool2d_with_indices"):
                c(op, [T(dt, xs), INTS_(k), NONE if s is None else INTS_(s), INTS_(p), INTS_(d), B(ceil)])
    c("F.avg_pool2d", [x44, INTS_([2]), NONE, zero, B(False), B(True), NONE])
    c("F.max_pool2d_with_indices", [x44, INTS_([2]), NONE, zero, one, B(False)])
    c("F.max_pool2d_with_indices", [ties, INTS_([2]), INTS_([1]), zero, one, B(False)])
    c("F.max_pool2d_with_indices", [ties, INTS_([3]), INTS_([2]), INTS_([1]), one, B(True)])
    c("F.avg_pool2d", [T(f32, (1, 1, 4, 4)), INTS_([2]), NONE, INTS_([2]), B(False), B(True), NONE])
    c("F.avg_pool2d", [T("int64", (1, 1, 4, 4)), INTS_([2]), NONE, zero, B(False), B(True), NONE])
    c("F.avg_pool2d", [T(f32, (1, 1, 2, 2)), INTS_([3]), NONE, zero, B(False), B(True), NONE])
    c("F.avg_pool2d", [T(f32, (4, 4)), INTS_([2]), NONE, zero, B(False), B(True), NONE])
    c("F.max_pool2d", [T(f32, (1, 1, 4, 4)), INTS_([2]), NONE, INTS_([2]), one, B(False)])
    c("F.max_pool2d", [T(f32, (1, 1, 2, 2)), INTS_([3]), NONE, zero, one, B(False)])
    c("F.max_pool2d", [T("int64", (1, 1, 4, 4)), INTS_([2]), NONE, zero, one, B(False)])
    for dt in (f32, "float64"):
        for xs, o in (((2, 3, 8, 8), [1]), ((1, 2, 4, 4), [2]), ((1, 2, 7, 7), [3]),
                      ((1, 2, 5, 7), [2, 3]), ((1, 1, 3, 3), [4]), ((3, 6, 6), [2, 1])):
            c("F.adaptive_avg_pool2d", [T(dt, xs), I(o[0]) if len(o) == 1 else INTS_(o)])
    c("F.adaptive_avg_pool2d", [x44, I(1)])
    c("F.adaptive_avg_pool2d", [T(f32, (4, 4)), I(1)])
    c("F.adaptive_avg_pool2d", [T(f32, (1, 2, 0, 4)), I(1)])
    c("F.adaptive_avg_pool2d", [T("int64", (1, 1, 4, 4)), I(2)])
    c("F.max_pool2d", [T(f32, (4, 4)), INTS_([2]), NONE, zero, one, B(False)])
    c("F.avg_pool2d", [T("int64", (1, 1, 4, 4), [-3, 2, 1, 5, -4, -9, 2, 7, 1, 1, 1, 1, 0, 0, -1, -2]),
                       INTS_([2]), NONE, zero, B(False), B(True), NONE])
    # out= forms (tensorqs): same shape, resize, cast, the dtype errors
    a, b = T(f32, (4, 4)), T(f32, (4, 4))
    c("matmul_out", [a, b, T(f32, (4, 4))])
    c("matmul_out", [T(f32, (2, 3)), T(f32, (3, 2)), T(f32, (3,))])
    c("matmul_out", [T(f32, (3,)), T(f32, (3,)), T(f32, (2, 2))])
    c("matmul_out", [T(f32, (2, 3)), T(f32, (3,)), T(f32, (2,))])
    c("matmul_out", [T(f32, (2, 3, 4)), T(f32, (4, 2)), T(f32, (2, 3, 2))])
    c("matmul_out", [T(f32, (2, 3)), T(f32, (3, 2)), T("float64", (2, 2))])
    c("matmul_out", [T(f32, (2, 3)), T(f32, (3, 2)), T("int64", (2, 2))])
    c("mul_out", [a, b, T(f32, (4, 4))])
    c("mul_out", [T(f32, (2, 3)), T(f32, (3,)), T(f32, (5,))])
    c("mul_out", [T("int64", (2, 3)), T("int64", (2, 3)), T("float64", (2, 3))])
    c("mul_out", [T(f32, (2, 3)), T(f32, (2, 3)), T("float64", (2, 3))])
    c("mul_out", [T(f32, (2, 3)), T(f32, (2, 3)), T("int64", (2, 3))])
    c("mul_out", [T("int64", (2, 3)), T("float64", (2, 3)), T(f32, (2, 3))])
    c("add_out", [T(f32, (2, 3)), T(f32, (2, 3)), T(f32, (2, 3))])
    c("add_out", [T("bool", (2, 3)), T("bool", (2, 3)), T("int64", (2, 3))])
    c("add_out", [T(f32, (2, 3)), T(f32, (2, 3)), T("bool", (2, 3))])
    for dt in ("float32", "float64", "int64"):
        c("rand_like_dtype", [I(3), T("int64", (2, 3)), DT(dt)])
    return list(ro.CASES), ro.SKIPPED


class MulAdd(torch.autograd.Function):
    """x * y + 2 y with saved inputs and needs_input_grad (two inputs)."""

    @staticmethod
    def forward(ctx, x, y):
        ctx.save_for_backward(x, y)
        return x * y + 2 * y

    @staticmethod
    def backward(ctx, g):
        x, y = ctx.saved_tensors
        gx = g * y if ctx.needs_input_grad[0] else None
        gy = g * (x + 2) if ctx.needs_input_grad[1] else None
        return gx, gy


def _fn():
    import torch.nn.functional as Fn
    return {
        "conv2d": ([(1, 2, 4, 4), (2, 2, 3, 3), (2,)], lambda x, w, b: Fn.conv2d(x, w, b)),
        "conv2d_stride_pad": ([(1, 1, 5, 5), (2, 1, 3, 3), (2,)], lambda x, w, b: Fn.conv2d(x, w, b, 2, 1)),
        "conv2d_dil_groups": ([(1, 2, 5, 6), (2, 1, 2, 3), (2,)],
                              lambda x, w, b: Fn.conv2d(x, w, b, (1, 2), (1, 0), (2, 1), 2)),
        "conv2d_nobias": ([(1, 2, 4, 4), (1, 2, 3, 3)], lambda x, w: Fn.conv2d(x, w)),
        "conv2d_unbatched": ([(2, 4, 4), (2, 2, 3, 3), (2,)], lambda x, w, b: Fn.conv2d(x, w, b, 1, 1)),
        "conv2d_same": ([(1, 1, 5, 6), (1, 1, 4, 3), (1,)], lambda x, w, b: Fn.conv2d(x, w, b, 1, "same")),
        "avg_pool2d": ([(1, 2, 4, 4)], lambda x: Fn.avg_pool2d(x, 2)),
        "avg_pool2d_pad_ceil": ([(1, 1, 6, 5)], lambda x: Fn.avg_pool2d(x, 3, 2, 1, True, False)),
        "avg_pool2d_divisor": ([(1, 1, 5, 5)], lambda x: Fn.avg_pool2d(x, 2, 1, 1, divisor_override=3)),
        "max_pool2d": ([(1, 2, 4, 4)], lambda x: Fn.max_pool2d(x, 2)),
        "max_pool2d_pad_dil_ceil": ([(1, 1, 7, 6)], lambda x: Fn.max_pool2d(x, 3, 2, 1, (1, 2), True)),
        "max_pool2d_overlap": ([(1, 1, 5, 5)], lambda x: Fn.max_pool2d(x, 3, 1)),
        "adaptive_avg_pool2d_1": ([(1, 2, 4, 4)], lambda x: Fn.adaptive_avg_pool2d(x, 1)),
        "adaptive_avg_pool2d_overlap": ([(1, 1, 7, 5)], lambda x: Fn.adaptive_avg_pool2d(x, (3, 2))),
        "legendre_p3": ([(7,)], lambda x: LegendrePolynomial3.apply(x)),
        "function_muladd": ([(2, 3), (3,)], lambda x, y: MulAdd.apply(x, y)),
    }


def record_autograd_tutorials():
    gen = torch.Generator().manual_seed(2024)
    cases = []
    for name, (shapes, fn) in _fn().items():
        for dtype in (torch.float64, torch.float32):
            inputs = [torch.randn(s, dtype=torch.float64, generator=gen).to(dtype).requires_grad_()
                      for s in shapes]
            out = fn(*inputs)
            cot = torch.randn(out.shape, dtype=torch.float64, generator=gen).to(out.dtype)
            out.backward(cot)
            cases.append({
                "op": name, "dtype": str(dtype).replace("torch.", ""),
                "inputs": [{"shape": list(x.shape), "values": x.detach().reshape(-1).tolist(),
                            "requires_grad": True} for x in inputs],
                "output": {"shape": list(out.shape), "dtype": str(out.dtype).replace("torch.", ""),
                           "values": out.detach().reshape(-1).tolist(),
                           "grad_fn": type(out.grad_fn).__name__},
                "cotangent": cot.reshape(-1).tolist(),
                "grads": [x.grad.reshape(-1).tolist() for x in inputs],
            })
    return {"cases": cases}


def record_fixtures():
    import json
    ops, skipped = record_ops_tutorials()
    with open(os.path.join(FIX, "ops_tutorials.json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, c in enumerate(ops):
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":"), allow_nan=True))
            f.write(",\n" if i + 1 < len(ops) else "\n")
        f.write("]\n")
    print("ops_tutorials.json: %d cases (%d errors), %d skipped" % (
        len(ops), sum(1 for c in ops if "error" in c["expect"]), len(skipped)))
    for cid, why in skipped:
        print("skipped %s: %s" % (cid, why), file=sys.stderr)
    ag = record_autograd_tutorials()
    with open(os.path.join(FIX, "autograd_tutorials.json"), "w", encoding="utf-8") as f:
        json.dump(ag, f, allow_nan=True)
    print("autograd_tutorials.json: %d cases" % len(ag["cases"]))


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or "fixtures" in args:
        record_fixtures()
    names = [a for a in args if a != "fixtures"]
    if names or not args:
        record_transcripts(names or list(PROGRAMS))
