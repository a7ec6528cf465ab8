"""Records PyTorch's float32 randn / normal / rand bit for bit at sizes the small random.json cases do
not reach: fixtures/perf_randn.json.

PyTorch 1.13's CPU normal_ of a contiguous float32 tensor of 16 or more elements draws all the
uniforms first and transforms 16-element blocks with normal_fill_16_AVX2 (the last block redrawn
and recomputed when n % 16 != 0); TorchND draws in the same order and, from 65536 elements on,
transforms chunks on several threads into the output buffer. Each case seeds the default
generator, calls torch.randn(shape) (or torch.normal(mean, std, shape)) and stores the SHA-256 of
the output's little-endian float32 bits (torch.rand(shape) likewise), its first 8 and last 8 values in hex, and then a second
draw's digest (so the generator state left behind is checked too).

Run: /usr/bin/python3 compat-tests/recorder/record_perf_randn.py
Out: compat-tests/src/test/resources/fixtures/perf_randn.json
"""
import hashlib
import json
import os

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                   "fixtures", "perf_randn.json")


def digest(t):
    return hashlib.sha256(t.contiguous().reshape(-1).numpy().astype("<f4").tobytes()).hexdigest()


def hexbits(t):
    return ["%08x" % (v & 0xffffffff) for v in t.contiguous().view(torch.int32).reshape(-1).tolist()]


def main():
    torch.set_num_threads(1)
    cases = []
    shapes = [[16], [1000], [65535], [65536], [65541], [1024, 1024], [1 << 20 | 7], [3, 333333]]
    for seed in [0, 42, 1099511627783]:
        for shape in shapes:
            for kind, mean, std in [("randn", None, None), ("normal", 0.5, 2.25),
                                    ("rand", None, None)]:
                torch.manual_seed(seed)
                if kind == "rand":
                    x = torch.rand(shape)
                elif mean is None:
                    x = torch.randn(shape)
                else:
                    x = torch.normal(mean, std, shape)
                y = torch.randn([40])
                flat = x.reshape(-1)
                cases.append({
                    "name": "%s/%s/seed=%d" % (kind, "x".join(map(str, shape)), seed),
                    "kind": kind, "seed": seed, "shape": shape, "mean": mean, "std": std,
                    "sha256": digest(x), "head": hexbits(flat[:8]), "tail": hexbits(flat[-8:]),
                    "next_sha256": digest(y),
                })
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
