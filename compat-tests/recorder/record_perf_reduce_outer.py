"""Records PyTorch's float32 sums and means over leading dims (sum(0) of a matrix), bit for bit.

PyTorch's CPU sum (aten/src/ATen/native/cpu/SumKernel.cpp, cascade_sum) reduces contiguous
columns in vectorized_outer_sum / scalar_outer_sum; above the grain size each thread gets a
column range rounded to 32 columns, which decides which columns take multi_row_sum's order and
which row_sum's, so the thread count matters. Inputs are record_perf_reduce.gen(n, seed),
rebuilt by the test.

Run: /usr/bin/python3 compat-tests/recorder/record_perf_reduce_outer.py
Out: compat-tests/src/test/resources/fixtures/perf_reduce_outer.json
"""
import json
import os
import random
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from record_perf_reduce import bits, gen  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                   "fixtures", "perf_reduce_outer.json")


def main():
    rnd = random.Random(17)
    cases = []
    shapes = []
    for c in (1, 2, 3, 4, 5, 7, 8, 9, 12, 16, 31, 32, 33, 40, 63, 64, 65, 100, 127, 128, 129,
              255, 256, 500, 512, 513, 1000, 1024, 1025, 2049, 4096):
        for r in (1, 2, 3, 5, 15, 16, 17, 100, 257, 1000, 4100):
            if r * c <= 1_200_000 and (c < 1000 or r in (1, 17, 257, 1000)):
                shapes.append(([r, c], [0]))
    shapes += [([1024, 1024], [0]), ([300, 4096], [0]), ([70000, 3], [0]), ([5000, 33], [0]),
               ([4, 6, 50], [0]), ([4, 6, 50], [0, 1]), ([64, 32, 40], [0, 1]),
               ([9, 700, 13], [0]), ([3, 5, 7, 11], [0, 1, 2])]
    for threads in (1, 2, 3):
        torch.set_num_threads(threads)
        for shape, dims in shapes:
            n = 1
            for s in shape:
                n *= s
            # Every shape on 2 threads; on 1 and 3 threads those big enough to split.
            if threads != 2 and n < 32768:
                continue
            seed = rnd.randrange(1 << 20)
            x = gen(n, seed).reshape(shape)
            cases.append({"op": "sum", "shape": shape, "dims": dims, "seed": seed,
                          "threads": threads, "out": bits(x.sum(dims))})
            if rnd.random() < 0.3:
                cases.append({"op": "mean", "shape": shape, "dims": dims, "seed": seed,
                              "threads": threads, "out": bits(x.mean(dims))})
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print("perf_reduce_outer.json: %d cases" % len(cases))


if __name__ == "__main__":
    main()
