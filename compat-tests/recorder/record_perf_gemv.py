"""Records PyTorch 1.13's float32 mv and dot at the sizes TorchND's blocked kernels take.

PyTorch calls BLAS here (sgemv, sdot), whose summation order is BLAS's own, so TorchND's results
agree to float accuracy, not bit for bit; PerfGemvConformanceTest compares them within
OpConformanceTest's float32 tolerance. Inputs are not stored: each is ``gen(n, seed)`` below
(an integer hash to float32 in [-1, 1)), which the test rebuilds exactly. The exact (float64)
products of the same inputs are recorded too, so the test can also check that TorchND is no
further from them than a float accumulation is expected to be.

Run: /usr/bin/python3 compat-tests/recorder/record_perf_gemv.py
Out: compat-tests/src/test/resources/fixtures/perf_gemv.json
"""
import json
import os
import random
import struct

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                   "fixtures", "perf_gemv.json")


def gen(n, seed):
    i = torch.arange(n, dtype=torch.int64) + seed
    k = (i * 2654435761) % (1 << 24)
    return k.to(torch.float32) / 8388608 - 1


def bits(t):
    return ["%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in t.reshape(-1).tolist()]


def main():
    rnd = random.Random(1624)
    cases = []
    for threads in (1, 2):
        torch.set_num_threads(threads)
        for rows, k in ((1024, 1024), (37, 4100), (5, 2047), (64, 1025), (3, 1280), (200, 3000),
                        (9, 1792), (2, 1023), (1, 8192)):
            sa, sx = rnd.randrange(1 << 20), rnd.randrange(1 << 20)
            a = gen(rows * k, sa).reshape(rows, k)
            x = gen(k, sx)
            cases.append({"op": "mv", "shape": [rows, k], "seed_a": sa, "seed_x": sx,
                          "threads": threads, "out": bits(torch.mv(a, x)),
                          "exact": torch.mv(a.double(), x.double()).tolist()})
        for n in (1000000, 100003, 65537, 4096, 2049):
            sa, sx = rnd.randrange(1 << 20), rnd.randrange(1 << 20)
            a, x = gen(n, sa), gen(n, sx)
            cases.append({"op": "dot", "shape": [n], "seed_a": sa, "seed_x": sx,
                          "threads": threads, "out": bits(torch.dot(a, x)),
                          "exact": [torch.dot(a.double(), x.double()).item()]})
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "cases": cases}, f)
        f.write("\n")


if __name__ == "__main__":
    main()
