#!/usr/bin/env python3
"""Times the TorchND benchmark list with real PyTorch, the way JMH times the Java side.

Each row: warm-up iterations, then an inner loop calibrated so one sample lasts about
--sample-time seconds, then --samples samples; the reported time is the median per-call time.
Intra-op threads are pinned with torch.set_num_threads(--threads), as OMP_NUM_THREADS pins
ND4J's. Keys ("bench" = JMH class + "." + method prefix, "params" = JMH @Param values) match
the JMH result names so report.py can join the two.

Usage: /usr/bin/python3 bench_torch.py --threads 2 --out torch.json [--filter REGEX]
"""

import argparse
import json
import re
import statistics
import sys
import time

import torch


def rows():
    """Yields (bench, params, make) where make() builds operands and returns the callable."""
    def tiny(op):
        def make():
            a = torch.tensor([1.0, 2.0, 3.0])
            b = torch.tensor([4.0, 5.0, 6.0])
            return {"add": lambda: a + b, "mul": lambda: a * b,
                    "exp": lambda: a.exp(), "sum": lambda: a.sum()}[op]
        return make

    for op in ("add", "mul", "exp", "sum"):
        yield "TinyBench." + op, {}, tiny(op)

    def elementwise(op, n):
        def make():
            a, b = torch.rand(n), torch.rand(n)
            return {"add": lambda: a + b, "mul": lambda: a * b,
                    "exp": lambda: a.exp(), "gt": lambda: a > b}[op]
        return make

    for op in ("add", "mul", "exp", "gt"):
        for n in (1000, 1000000, 16000000):
            yield "ElementwiseBench." + op, {"n": str(n)}, elementwise(op, n)

    def bcast():
        col, row = torch.rand(1024, 1), torch.rand(1, 1024)
        return lambda: col + row

    yield "BroadcastBench.add_bcast", {}, bcast

    def reduce(op, n):
        def make():
            x = torch.rand(n, n)
            return {
                "sum": lambda: x.sum(), "sum_dim0": lambda: x.sum(0),
                "sum_dim1": lambda: x.sum(1), "mean": lambda: x.mean(),
                "mean_dim1": lambda: x.mean(1), "max": lambda: x.max(),
                "max_dim1": lambda: x.max(1), "cumsum_dim1": lambda: x.cumsum(1),
            }[op]
        return make

    for op in ("sum", "sum_dim0", "sum_dim1", "mean", "mean_dim1", "max", "max_dim1",
               "cumsum_dim1"):
        for n in (1024, 4096):
            yield "ReduceBench." + op, {"n": str(n)}, reduce(op, n)

    def dot():
        u, v = torch.rand(1000000), torch.rand(1000000)
        return lambda: torch.dot(u, v)

    def mv():
        a, w = torch.rand(1024, 1024), torch.rand(1024)
        return lambda: torch.mv(a, w)

    yield "LinalgBench.dot", {}, dot
    yield "LinalgBench.mv", {}, mv

    def matmul(shape):
        def make():
            n, dt = shape.split("-")
            dtype = torch.float64 if dt == "float64" else torch.float32
            a = torch.rand(int(n), int(n), dtype=dtype)
            b = torch.rand(int(n), int(n), dtype=dtype)
            return lambda: torch.matmul(a, b)
        return make

    for shape in ("64-float32", "256-float32", "1024-float32", "2048-float32", "1024-float64"):
        yield "MatmulBench.matmul", {"shape": shape}, matmul(shape)

    def indexing(op):
        def make():
            x, y = torch.rand(1024, 1024), torch.rand(1024, 1024)

            def set_():
                x[1:-1, ::2] = 1.0
                return x

            return {"slice_contiguous": lambda: x[1:-1, ::2].contiguous(),
                    "slice_set": set_, "cat": lambda: torch.cat([x, y])}[op]
        return make

    for op in ("slice_contiguous", "slice_set", "cat"):
        yield "IndexingBench." + op, {}, indexing(op)

    def creation(op):
        def make():
            n = 1000000
            return {"zeros": lambda: torch.zeros(n), "rand": lambda: torch.rand(n),
                    "randn": lambda: torch.randn(n)}[op]
        return make

    for op in ("zeros", "rand", "randn"):
        yield "CreationBench." + op, {}, creation(op)

    def backward_small():
        x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

        def step():
            (x * x).sum().backward()
            g = x.grad
            x.grad = None
            return g
        return step

    def backward_chain50():
        x = torch.rand(1000, requires_grad=True)

        def step():
            y = x
            for i in range(50):
                k = i % 5
                if k == 0:
                    y = y * x
                elif k == 1:
                    y = y + x
                elif k == 2:
                    y = y.tanh()
                elif k == 3:
                    y = y * 0.5
                else:
                    y = y - x
            y.sum().backward()
            g = x.grad
            x.grad = None
            return g
        return step

    yield "AutogradBench.backward_small", {}, backward_small
    yield "AutogradBench.backward_chain50", {}, backward_chain50

    def serialization(op):
        def make():
            import collections
            import os
            import tempfile
            sd = collections.OrderedDict()
            for i in range(4):
                sd[f"layers.{i}.weight"] = torch.rand(1024, 6144)
                sd[f"layers.{i}.bias"] = torch.rand(1024)
            d = tempfile.mkdtemp(prefix="torch-bench")
            saved, scratch = os.path.join(d, "saved.pt"), os.path.join(d, "scratch.pt")
            torch.save(sd, saved)
            return {"save": lambda: torch.save(sd, scratch),
                    "load": lambda: torch.load(saved, weights_only=True)}[op]
        return make

    for op in ("save", "load"):
        yield "SerializationBench." + op, {}, serialization(op)

    def mlp_step():
        net = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(),
                                  torch.nn.Linear(256, 10))
        loss_fn = torch.nn.CrossEntropyLoss()
        trainer = torch.optim.SGD(net.parameters(), lr=0.1)
        X = torch.randn(256, 784)
        y = torch.randint(0, 10, (256,))

        def step():
            loss = loss_fn(net(X), y)
            trainer.zero_grad()
            loss.backward()
            trainer.step()
            return loss
        return step

    def dataloader_epoch():
        from torch.utils import data
        ds = data.TensorDataset(torch.randn(60000, 784), torch.randint(0, 10, (60000,)))
        loader = data.DataLoader(ds, batch_size=256, shuffle=True)

        def epoch():
            last = None
            for batch in loader:
                last = batch
            return last
        return epoch

    yield "TrainingBench.mlp_step", {}, mlp_step
    yield "TrainingBench.dataloader_epoch", {}, dataloader_epoch


def run_loop(fn, inner):
    t0 = time.perf_counter()
    for _ in range(inner):
        fn()
    return time.perf_counter() - t0


def measure(fn, warmup, sample_time, samples):
    """Median seconds per call: warm-up, calibrate the inner loop, then time the samples."""
    fn()
    inner = 1
    while True:  # Calibrate: grow the inner loop until one run lasts a tenth of a sample.
        if run_loop(fn, inner) >= sample_time / 10 or inner >= 1 << 24:
            break
        inner *= 2
    per_call = run_loop(fn, inner) / inner
    inner = max(1, int(sample_time / max(per_call, 1e-9)))
    for _ in range(warmup):
        run_loop(fn, inner)
    times = [run_loop(fn, inner) / inner for _ in range(samples)]
    return statistics.median(times), inner, times


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--warmup", type=int, default=3, help="warm-up samples")
    p.add_argument("--samples", type=int, default=10, help="measured samples")
    p.add_argument("--sample-time", type=float, default=0.2, help="seconds per sample")
    p.add_argument("--filter", default="", help="regex on bench name")
    p.add_argument("--out", default="-")
    args = p.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    results = []
    for bench, params, make in rows():
        if args.filter and not re.search(args.filter, bench):
            continue
        fn = make()
        median, inner, times = measure(fn, args.warmup, args.sample_time, args.samples)
        results.append({"bench": bench, "params": params, "median_ns": median * 1e9,
                        "inner": inner, "samples_ns": [t * 1e9 for t in times]})
        print(f"{bench:34s} {json.dumps(params):26s} {median * 1e6:12.3f} us", file=sys.stderr)
        del fn
    doc = {"torch": torch.__version__, "python": sys.version.split()[0],
           "threads": torch.get_num_threads(), "warmup": args.warmup,
           "samples": args.samples, "sample_time_s": args.sample_time, "results": results}
    text = json.dumps(doc, indent=1)
    if args.out == "-":
        print(text)
    else:
        with open(args.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
