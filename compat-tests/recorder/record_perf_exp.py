"""Records PyTorch's float32 exp bit for bit: fixtures/perf_exp.json.

PyTorch 1.13's CPU exp of float32 (UnaryOpsKernel.cpp -> vml::vexp -> Vectorized<float>::exp) is
SLEEF's Sleef_expf8_u10 on an AVX2 machine, for every element (vec::map loads the partial last
vector too), so the bits do not depend on length, position, strides or threads; the cases check
that as well as the values:

* ``hex``: given inputs (NaN, +-inf, +-0, subnormals, the overflow and underflow edges near 88.72
  and -103.97, SLEEF's clamps at 100 and -104) at lengths 1..40 so that both full vectors and the
  partial tail hold them; outputs as float32 bit patterns.
* ``gen``: ``gen(n, seed)`` below (rebuilt exactly by the test) as a contiguous tensor or a view
  (stride 2, transposed, expanded); outputs in hex when short, else their SHA-256.
* ``sweep``: bit patterns start + k * step (mod 2^32), every float class, or every float of an
  interval (step 1); outputs' SHA-256 over little-endian int32 bits with every NaN written as
  0x7fc00000 (NaN-ness is PyTorch's contract, the payload the hardware's).

Run: /usr/bin/python3 compat-tests/recorder/record_perf_exp.py
Out: compat-tests/src/test/resources/fixtures/perf_exp.json
"""
import hashlib
import json
import os
import struct

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                   "fixtures", "perf_exp.json")


def gen(n, seed):
    """Exact float32 values in (-128, 128): ((k / 2^24) * 2 - 1) * 2^e, e in -7..6."""
    i = torch.arange(n, dtype=torch.int64) + seed
    k = (i * 2654435761) % (1 << 24)
    v = (k.to(torch.float32) / 16777216) * 2 - 1
    e = (i * 7919) % 14 - 7
    return v * torch.pow(2.0, e.to(torch.float32))


def from_bits(b):
    b = b & 0xffffffff
    b = torch.where(b >= (1 << 31), b - (1 << 32), b)
    return b.to(torch.int32).view(torch.float32)


def hexbits(t):
    return ["%08x" % (v & 0xffffffff) for v in t.contiguous().view(torch.int32).reshape(-1).tolist()]


def digest(t):
    b = t.contiguous().reshape(-1).view(torch.int32).clone()
    b[torch.isnan(t.contiguous().reshape(-1))] = 0x7fc00000
    return hashlib.sha256(b.numpy().astype("<i4").tobytes()).hexdigest()


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def specials():
    vals = [float("nan"), -float("nan"), float("inf"), -float("inf"), 0.0, -0.0, 1e-45, -1e-45,
            1.17549435e-38, -1.17549435e-38, 1.0, -1.0, 0.5, -0.5, 1e-8, -1e-8, 88.0, 88.72283,
            88.72284, 88.7229, 89.0, 99.99, 100.0, 100.00001, 100.5, 126.0, 3e38, -3e38, -86.0,
            -87.33654, -87.3366, -100.0, -103.0, -103.27893, -103.9, -103.972, -103.97208,
            -103.98, -104.0, -104.00001, -104.5, -126.0, 20.5, -20.5, 0.6931472, -0.6931472,
            2.0794415, 45.0, -45.0, 60.123, -60.123]
    b = torch.tensor(vals, dtype=torch.float32)
    # A signalling NaN and a NaN with a payload.
    extra = from_bits(torch.tensor([0x7f800001, 0xffa00000, 0x7fc12345], dtype=torch.int64))
    return torch.cat([b, extra])


def main():
    torch.set_num_threads(1)
    cases = []
    sp = specials()
    n_sp = sp.numel()
    # Lengths 1..40 over a rotation of the specials: each value lands in vector bodies and tails.
    for n in range(1, 41):
        idx = (torch.arange(n) * 7 + n) % n_sp
        x = sp[idx]
        cases.append({"name": "specials n=%d" % n, "kind": "hex", "in": hexbits(x),
                      "out": hexbits(torch.exp(x))})
    x = sp.clone()
    cases.append({"name": "specials all", "kind": "hex", "in": hexbits(x),
                  "out": hexbits(torch.exp(x))})
    # Every 97th float of the edge intervals, with hex outputs.
    for lo, hi in ((88.0, 100.5), (-104.5, -86.0)):
        a = torch.tensor([lo], dtype=torch.float32).view(torch.int32).item()
        b = torch.tensor([hi], dtype=torch.float32).view(torch.int32).item()
        a, b = min(a, b), max(a, b)
        bits = torch.arange(a, b + 1, 97, dtype=torch.int64)
        x = from_bits(bits)
        cases.append({"name": "edge every 97th in [%g, %g]" % (lo, hi), "kind": "hex",
                      "in": hexbits(x), "out": hexbits(torch.exp(x))})
    # gen(n, seed), contiguous.
    seed = 11
    for n in list(range(1, 34)) + [63, 64, 65, 127, 128, 129, 511, 512, 513, 1000, 1023, 1024,
                                   1025, 2047, 2049, 4097, 65537]:
        seed = (seed * 31 + 7) % 100000
        x = gen(n, seed)
        c = {"name": "gen n=%d" % n, "kind": "gen", "n": n, "seed": seed, "view": "contiguous",
             "threads": 1}
        y = torch.exp(x)
        if n <= 1025:
            c["out"] = hexbits(y)
        else:
            c["sha256"] = digest(y)
        cases.append(c)
    # Big ones on 1 and 2 threads (PyTorch splits at 2048-element grains; the bits do not care).
    for threads, n in ((1, 1000000), (2, 1000000), (2, 1048583)):
        torch.set_num_threads(threads)
        seed = (seed * 31 + 7) % 100000
        x = gen(n, seed)
        cases.append({"name": "gen n=%d threads=%d" % (n, threads), "kind": "gen", "n": n,
                      "seed": seed, "view": "contiguous", "threads": threads,
                      "sha256": digest(torch.exp(x))})
    torch.set_num_threads(1)
    # Views: every second element, a transposed matrix, an expanded row.
    for view, n, shape in (("stride2", 2 * 1000, [1000, 2]), ("stride2", 2 * 37, [37, 2]),
                           ("t", 33 * 31, [33, 31]), ("t", 300 * 200, [300, 200]),
                           ("expand", 45, [1, 45]), ("expand", 1000, [1, 1000])):
        seed = (seed * 31 + 7) % 100000
        x = gen(n, seed).reshape(shape)
        if view == "stride2":
            v = x.select(1, 0)
        elif view == "t":
            v = x.t()
        else:
            v = x.expand(7, shape[1])
        y = torch.exp(v)
        c = {"name": "gen %s %s" % (view, shape), "kind": "gen", "n": n, "seed": seed,
             "view": view, "shape": shape, "threads": 1}
        if y.numel() <= 2000:
            c["out"] = hexbits(y)
        else:
            c["sha256"] = digest(y)
        cases.append(c)
    # Sweeps over bit patterns.
    for start, step, count in ((0, 4099, (1 << 32) // 4099 + 1), (123, 65521, 65552)):
        bits = (torch.arange(count, dtype=torch.int64) * step + start) & 0xffffffff
        x = from_bits(bits)
        cases.append({"name": "sweep start=%d step=%d" % (start, step), "kind": "sweep",
                      "start": start, "step": step, "count": count,
                      "sha256": digest(torch.exp(x))})
    # Every float of an interval: the overflow edge, SLEEF's clamp at 100, the underflow edge,
    # the start of subnormal results, and one binade each side of 0 ([1, 2), (-2, -1]).
    for lo, hi in ((88.0, 89.0), (99.5, 100.5), (-104.5, -103.0), (-88.0, -86.0), (1.0, 2.0),
                   (-2.0, -1.0)):
        a = torch.tensor([lo], dtype=torch.float32).view(torch.int32).item() & 0xffffffff
        b = torch.tensor([hi], dtype=torch.float32).view(torch.int32).item() & 0xffffffff
        s, e = min(a, b), max(a, b)
        count = e - s
        x = from_bits(torch.arange(count, dtype=torch.int64) + s)
        cases.append({"name": "sweep every float in [%g, %g)" % (lo, hi), "kind": "sweep",
                      "start": s, "step": 1, "count": count, "sha256": digest(torch.exp(x))})
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "cases": cases}, f, indent=0)
        f.write("\n")
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
