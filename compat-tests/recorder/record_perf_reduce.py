"""Records PyTorch's float32 sums and means of contiguous data, bit for bit, and max/min(dim).

PyTorch's CPU sum of float32 (aten/src/ATen/native/cpu/SumKernel.cpp) is a cascade over 8-lane
vectors; a full sum above the grain size is split over threads. Inputs are not stored: each is
``gen(n, seed)`` below, which the test rebuilds exactly (integer hash, exact float32 steps, a
power-of-two scale per element so that magnitudes span 2^-20..2^19 and the order matters).

Run: /usr/bin/python3 compat-tests/recorder/record_perf_reduce.py
Out: compat-tests/src/test/resources/fixtures/perf_reduce.json
"""
import json
import os
import random
import struct

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                   "fixtures", "perf_reduce.json")


def gen(n, seed):
    i = torch.arange(n, dtype=torch.int64) + seed
    k = (i * 2654435761) % (1 << 24)
    v = k.to(torch.float32) / 8388608 - 1
    e = ((i * 7919) % 40 - 20).tolist()
    s = torch.tensor([2.0 ** x for x in e], dtype=torch.float32)
    return v * s


def bits(t):
    return ["%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in t.reshape(-1).tolist()]


def main():
    rnd = random.Random(16)
    cases = []
    full = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256,
            511, 512, 513, 1000, 1023, 1024, 1025, 2047, 2048, 4095, 4096, 4097, 8191, 16384,
            32767, 32768, 32769, 65535, 65536, 65537, 100003, 262144, 262147, 524289, 1048576,
            1048583, 2097155]
    full += sorted(rnd.randrange(2, 300000) for _ in range(20))
    for threads in (1, 2, 3):
        torch.set_num_threads(threads)
        for n in full:
            seed = rnd.randrange(1 << 20)
            x = gen(n, seed)
            cases.append({"op": "sum", "shape": [n], "seed": seed, "threads": threads,
                          "out": bits(x.sum())})
        for shape in ([1024, 1024], [3, 5, 7], [2, 65536], [1, 100000]):
            seed = rnd.randrange(1 << 20)
            x = gen(int(torch.tensor(shape).prod()), seed).reshape(shape)
            cases.append({"op": "sum", "shape": shape, "seed": seed, "threads": threads,
                          "out": bits(x.sum())})
            cases.append({"op": "mean", "shape": shape, "seed": seed, "threads": threads,
                          "out": bits(x.mean())})
    torch.set_num_threads(2)
    cols = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 500,
            511, 512, 513, 1000, 1023, 1024, 1025, 2049, 4096, 5000, 16385, 40000]
    for c in cols:
        rows = max(1, min(64, 200000 // c))
        seed = rnd.randrange(1 << 20)
        x = gen(rows * c, seed).reshape(rows, c)
        cases.append({"op": "sum", "shape": [rows, c], "dims": [1], "seed": seed, "threads": 2,
                      "out": bits(x.sum(1))})
        cases.append({"op": "mean", "shape": [rows, c], "dims": [-1], "seed": seed, "threads": 2,
                      "out": bits(x.mean(-1))})
    for shape, dims in (([4, 6, 50], [1, 2]), ([3, 2, 1000], [2]), ([1, 70000], [1]),
                        ([2, 3, 40000], [1, 2]), ([1024, 1024], [1])):
        for threads in (1, 2):
            torch.set_num_threads(threads)
            seed = rnd.randrange(1 << 20)
            x = gen(int(torch.tensor(shape).prod()), seed).reshape(shape)
            cases.append({"op": "sum", "shape": shape, "dims": dims, "seed": seed,
                          "threads": threads, "out": bits(x.sum(dims))})
    # max/min(dim): values and indices. PyTorch returns the element at the index it picks (the
    # first extreme, the first NaN), so signed zeros come back as found.
    nan = float("nan")
    special = [[-0.0, 0.0], [0.0, -0.0], [1.0, nan], [nan, 2.0], [3.0, 3.0], [-0.0, -0.0],
               [float("inf"), nan], [-1.0, float("-inf")]]
    small = torch.tensor(special, dtype=torch.float32)
    for op in ("max", "min"):
        for d in (0, 1):
            r = getattr(small, op)(d)
            cases.append({"op": op, "shape": list(small.shape), "dims": [d], "data": bits(small),
                          "threads": 2, "out": bits(r.values), "indices": r.indices.tolist()})
    for shape, d in (([64, 1000], 1), ([1024, 40], 1), ([300, 7], 0), ([5, 3, 33], 2)):
        seed = rnd.randrange(1 << 20)
        x = gen(int(torch.tensor(shape).prod()), seed).reshape(shape)
        # Ties and signed zeros ("zero7"): every 7th element times 0, keeping its sign.
        x = torch.where(torch.arange(x.numel()).reshape(shape) % 7 == 0, x * 0, x)
        for op in ("max", "min"):
            r = getattr(x, op)(d)
            cases.append({"op": op, "shape": shape, "dims": [d], "seed": seed, "zero7": True,
                          "threads": 2,
                          "out": bits(r.values), "indices": r.indices.reshape(-1).tolist()})
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print("perf_reduce.json: %d cases" % len(cases))


if __name__ == "__main__":
    main()
