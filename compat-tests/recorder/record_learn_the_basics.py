#!/usr/bin/python3
"""Records PyTorch's "Learn the Basics" optimization loop (pytorch.org/tutorials/beginner/basics/
optimization_tutorial.html) on a synthetic Fashion-MNIST-shaped data set, for the Java port in
examples/.../LearnTheBasics.java.

Run:  /usr/bin/python3 compat-tests/recorder/record_learn_the_basics.py
Out:  compat-tests/src/test/resources/fixtures/learn_the_basics.txt (what the script prints)

The tutorial's code is unchanged except the data: instead of torchvision's FashionMNIST, seeded
uniform images (N x 1 x 28 x 28) with seeded labels in TensorDatasets (1280 training, 320 test
samples) and 3 epochs, so the run takes seconds and needs no download.
"""

import contextlib
import io
import os

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "learn_the_basics.txt")


def main():
    torch.manual_seed(0)
    training_data = TensorDataset(torch.rand(1280, 1, 28, 28), torch.randint(0, 10, (1280,)))
    test_data = TensorDataset(torch.rand(320, 1, 28, 28), torch.randint(0, 10, (320,)))

    train_dataloader = DataLoader(training_data, batch_size=64)
    test_dataloader = DataLoader(test_data, batch_size=64)

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

    model = NeuralNetwork()

    learning_rate = 1e-3
    batch_size = 64
    epochs = 3

    def train_loop(dataloader, model, loss_fn, optimizer):
        size = len(dataloader.dataset)
        for batch, (X, y) in enumerate(dataloader):
            # Compute prediction and loss
            pred = model(X)
            loss = loss_fn(pred, y)

            # Backpropagation
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()

            if batch % 100 == 0:
                loss, current = loss.item(), batch * len(X)
                print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")

    def test_loop(dataloader, model, loss_fn):
        size = len(dataloader.dataset)
        num_batches = len(dataloader)
        test_loss, correct = 0, 0

        with torch.no_grad():
            for X, y in dataloader:
                pred = model(X)
                test_loss += loss_fn(pred, y).item()
                correct += (pred.argmax(1) == y).type(torch.float).sum().item()

        test_loss /= num_batches
        correct /= size
        print(f"Test Error: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")

    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)

    print(model)
    for t in range(epochs):
        print(f"Epoch {t+1}\n-------------------------------")
        train_loop(train_dataloader, model, loss_fn, optimizer)
        test_loop(test_dataloader, model, loss_fn)
    print(optimizer)
    print("Done!")


if __name__ == "__main__":
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main()
    with open(OUT, "w") as f:
        f.write(buf.getvalue())
    print(buf.getvalue(), end="")
