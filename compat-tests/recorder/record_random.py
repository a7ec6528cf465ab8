#!/usr/bin/python3
"""Records PyTorch 1.13 CPU random-number fixtures for dev.torchnd.GeneratorTest.

Run:  /usr/bin/python3 compat-tests/recorder/record_random.py
Out:  api/src/test/resources/fixtures/random.json

Deterministic: every case seeds the generator itself (or restores a recorded state), so the
file is the same on every run on the same machine. What PyTorch draws does not depend on the
thread count (all CPU sampling kernels are serial), but the float32 normal path with >= 16
elements does depend on the CPU capability PyTorch dispatches to (AVX2 here; AVX512 machines
use the same AVX2 normal kernel; only pre-AVX2 CPUs differ), and float64 normals / exponentials
call glibc's log and sincos. The header records both so a diff can be explained.

File format
===========
{"torch": "1.13.0a0", "cpu_capability": "AVX2", "glibc": "2.36",
 "cases": [CASE, ...], "libm": {...}}

CASE = {"name": str, "seed": int (uint64, may exceed 2^63) | "state": hex, "ops": [OP, ...]}
  Java replays a case by seeding a fresh Generator (manual_seed) or restoring "state"
  (set_state), then running the ops in order on that generator.

OP = {"op": NAME, <params>, "out": VALUES | "error": "exact PyTorch message",
      "state": hex (optional; get_rng_state() after the op)}
NAME and params (dtype names as in torch, e.g. "float32"; n = numel of a 1-D output):
  "seed_state"   -- no draw; "state" is get_rng_state() right after seeding; "initial_seed"
  "uniform"      n, dtype, from, to        torch.empty(n, dtype).uniform_(from, to)
  "normal"       n, dtype, mean, std       torch.empty(n, dtype).normal_(mean, std)
  "normal_tt"    dtype, mean[], std[]      torch.normal(mean_t, std_t)
  "exponential"  n, dtype, lambd           torch.empty(n, dtype).exponential_(lambd)
  "randint"      n, dtype, low, high       torch.randint(low, high, (n,), dtype=dtype)
  "random"       n, dtype                  torch.empty(n, dtype).random_()
  "randperm"     n                         torch.randperm(n)
  "bernoulli_t"  dtype, p[]                torch.bernoulli(p_t)   (p_t has dtype)
  "bernoulli_s"  n, dtype, p               torch.empty(n, dtype).bernoulli_(p)
  "multinomial"  dtype, probs[], rows, cats, k, replacement
                 torch.multinomial(probs_t (1-D if rows == 1 else [rows, cats]), k, replacement)
  "mdist"        probs[], total, samples   Multinomial(total, probs_t).sample(shape) where
                 shape = () if samples == 0 else (samples,); out is row-major counts
VALUES = {"values": [...]} or, for long outputs, {"n": N, "head": first 64, "tail": last 64,
         "hash": H} (mdist: "head" is the first 50 rows and "colsum" the column sums), where
         H = fold(h = h * 1000003 + bits(v)) mod 2^64 as a signed int64, bits(v) being the
         IEEE-754 bit pattern of the value as a double for floating dtypes and the value itself
         for integer dtypes. Floats are written with Python's repr (exact round trip).

"libm": glibc results for the inputs the samplers feed to log / sincos / sin (float64) and
logf / sincosf (float16 / bfloat16), so a
mismatch in the Java ports is reported apart from the sampler logic:
  {"log": [[x, log(x)], ...], "sincos": [[x, sin, cos], ...], "sin": [[x, sin(x)], ...],
   "logf": [[x, logf(x)], ...], "sincosf": [[x, sinf, cosf], ...]}   (float args and results)
"""
import ctypes
import ctypes.util
import json
import math
import os
import platform
import struct

import torch
from torch.distributions.multinomial import Multinomial

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'api', 'src', 'test', 'resources', 'fixtures', 'random.json')

SEEDS = [0, 42, 2**40 + 7]
SIZES = [1, 3, 15, 16, 17, 31, 100, 1000]
FLOATS = ['float32', 'float64', 'float16', 'bfloat16']
INTS = ['int64', 'int32', 'int16', 'int8', 'uint8']
BIG = 200          # outputs longer than this are summarised
MASK64 = (1 << 64) - 1


def dt(name):
    return getattr(torch, name)


def state_hex(gen=None):
    s = torch.get_rng_state() if gen is None else gen.get_state()
    return bytes(s.numpy()).hex()


def bits(v):
    if isinstance(v, float):
        return struct.unpack('<q', struct.pack('<d', v))[0]
    return int(v)


def vhash(vals):
    h = 0
    for v in vals:
        h = (h * 1000003 + (bits(v) & MASK64)) & MASK64
    return h - (1 << 64) if h >= (1 << 63) else h


def pyvals(t):
    t = t.reshape(-1)
    if t.dtype == torch.bool:
        return [int(x) for x in t.tolist()]
    if t.is_floating_point():
        return [float(x) for x in t.double().tolist()]
    return [int(x) for x in t.tolist()]


def pack(vals):
    if len(vals) <= BIG:
        return {'values': vals}
    return {'n': len(vals), 'head': vals[:64], 'tail': vals[-64:], 'hash': vhash(vals)}


class Recorder:
    """Runs ops on the default generator and records their outputs."""

    def __init__(self):
        self.cases = []

    def case(self, name, seed=None, state=None):
        c = {'name': name, 'ops': []}
        if state is not None:
            c['state'] = state
            torch.set_rng_state(torch.tensor(list(bytes.fromhex(state)), dtype=torch.uint8))
        else:
            c['seed'] = seed
            torch.manual_seed(seed)
        self.cases.append(c)
        return c

    def run(self, c, spec, fn, with_state=False):
        op = dict(spec)
        try:
            out = fn()
            op['out'] = out if isinstance(out, dict) else pack(pyvals(out))
        except RuntimeError as e:
            op['error'] = str(e).split('\n')[0]
        if with_state:
            op['state'] = state_hex()
        c['ops'].append(op)
        return op

    # one method per sampler, mirroring the Java Sampling API
    def uniform(self, c, n, dtype, lo=0.0, hi=1.0, **kw):
        return self.run(c, {'op': 'uniform', 'n': n, 'dtype': dtype, 'from': lo, 'to': hi},
                        lambda: torch.empty(n, dtype=dt(dtype)).uniform_(lo, hi), **kw)

    def normal(self, c, n, dtype, mean=0.0, std=1.0, **kw):
        return self.run(c, {'op': 'normal', 'n': n, 'dtype': dtype, 'mean': mean, 'std': std},
                        lambda: torch.empty(n, dtype=dt(dtype)).normal_(mean, std), **kw)

    def normal_tt(self, c, dtype, mean, std, **kw):
        mt = torch.tensor(mean, dtype=dt(dtype))
        st = torch.tensor(std, dtype=dt(dtype))
        return self.run(c, {'op': 'normal_tt', 'dtype': dtype, 'mean': pyvals(mt),
                            'std': pyvals(st)}, lambda: torch.normal(mt, st), **kw)

    def exponential(self, c, n, dtype, lambd=1.0, **kw):
        return self.run(c, {'op': 'exponential', 'n': n, 'dtype': dtype, 'lambd': lambd},
                        lambda: torch.empty(n, dtype=dt(dtype)).exponential_(lambd), **kw)

    def randint(self, c, n, dtype, low, high, **kw):
        return self.run(c, {'op': 'randint', 'n': n, 'dtype': dtype, 'low': low, 'high': high},
                        lambda: torch.randint(low, high, (n,), dtype=dt(dtype)), **kw)

    def random(self, c, n, dtype, **kw):
        return self.run(c, {'op': 'random', 'n': n, 'dtype': dtype},
                        lambda: torch.empty(n, dtype=dt(dtype)).random_(), **kw)

    def randperm(self, c, n, **kw):
        return self.run(c, {'op': 'randperm', 'n': n}, lambda: torch.randperm(n), **kw)

    def bernoulli_t(self, c, dtype, p, **kw):
        pt = torch.tensor(p, dtype=dt(dtype))
        return self.run(c, {'op': 'bernoulli_t', 'dtype': dtype, 'p': pyvals(pt)},
                        lambda: torch.bernoulli(pt), **kw)

    def bernoulli_s(self, c, n, dtype, p, **kw):
        return self.run(c, {'op': 'bernoulli_s', 'n': n, 'dtype': dtype, 'p': p},
                        lambda: torch.empty(n, dtype=dt(dtype)).bernoulli_(p), **kw)

    def multinomial(self, c, dtype, probs, rows, cats, k, replacement, **kw):
        pt = torch.tensor(probs, dtype=dt(dtype))
        if rows > 1:
            pt = pt.reshape(rows, cats)
        return self.run(c, {'op': 'multinomial', 'dtype': dtype, 'probs': pyvals(pt),
                            'rows': rows, 'cats': cats, 'k': k, 'replacement': replacement},
                        lambda: torch.multinomial(pt, k, replacement), **kw)

    def mdist(self, c, probs, total, samples, **kw):
        pt = torch.tensor(probs, dtype=torch.float32)

        def draw():
            m = Multinomial(total, pt)
            out = m.sample() if samples == 0 else m.sample((samples,))
            vals = pyvals(out)
            if samples <= 100:
                return {'values': vals}
            cats = len(probs)
            return {'n': len(vals), 'head': vals[:50 * cats], 'hash': vhash(vals),
                    'colsum': [float(x) for x in out.sum(0).double().tolist()]}

        return self.run(c, {'op': 'mdist', 'probs': pyvals(pt), 'total': total,
                            'samples': samples}, draw, **kw)


def probs_from(seed, n, zeros=()):
    g = torch.Generator().manual_seed(seed)
    p = torch.rand(n, generator=g) + 0.01
    for z in zeros:
        p[z] = 0.0
    return [float(x) for x in p.tolist()]


def record_all():
    r = Recorder()

    # --- plain samplers, every dtype and size, three seeds --------------------------------------
    for seed in SEEDS:
        for dtype in FLOATS:
            c = r.case(f'uniform/{dtype}/seed={seed}', seed=seed)
            for n in SIZES:
                r.uniform(c, n, dtype)
            for n in [3, 17, 1000]:
                r.uniform(c, n, dtype, -3.7, 5.1)
            r.uniform(c, 5, dtype, 2.0, 2.0)
            r.uniform(c, 5, dtype, 1e-3, 3e4)
        for dtype in FLOATS:
            c = r.case(f'normal/{dtype}/seed={seed}', seed=seed)
            for n in SIZES:
                r.normal(c, n, dtype)
            for n in [3, 17, 100]:
                r.normal(c, n, dtype, 0.5, 2.25)
            r.normal(c, 20, dtype, -1.25, 0.0)
        for dtype in FLOATS:
            c = r.case(f'exponential/{dtype}/seed={seed}', seed=seed)
            for n in [1, 3, 17, 100, 1000]:
                r.exponential(c, n, dtype)
            r.exponential(c, 17, dtype, 2.5)
            r.exponential(c, 17, dtype, 0.03125)
        for dtype in INTS:
            c = r.case(f'randint/{dtype}/seed={seed}', seed=seed)
            for n in [1, 3, 17, 100, 1000]:
                r.randint(c, n, dtype, 0, 10)
            r.randint(c, 17, dtype, *((5, 200) if dtype == 'uint8' else (-5, 5)))
            if dtype == 'int64':
                r.randint(c, 100, dtype, 0, 2**40)
                r.randint(c, 17, dtype, -2**62, 2**62)
                r.randint(c, 17, dtype, -2**63, 2**63 - 1)
                r.randint(c, 17, dtype, 0, 2**32)
                r.randint(c, 17, dtype, 0, 2**32 - 1)
        c = r.case(f'randint/float/seed={seed}', seed=seed)
        for dtype in FLOATS:
            r.randint(c, 17, dtype, 0, 10)
            r.randint(c, 17, dtype, -2**40, 2**40)
            r.randint(c, 17, dtype, 0, 2**32 + 5)
        r.randint(c, 17, 'float16', 0, 65504)
        r.randint(c, 17, 'bool', 0, 2)
        c = r.case(f'random/seed={seed}', seed=seed)
        for dtype in FLOATS + INTS + ['bool']:
            r.random(c, 17, dtype)
        c = r.case(f'randperm/seed={seed}', seed=seed)
        for n in SIZES + [0, 2, 100000]:
            r.randperm(c, n)
        c = r.case(f'bernoulli/seed={seed}', seed=seed)
        for dtype in ['float32', 'float64', 'bfloat16', 'int64', 'bool', 'uint8']:
            for n in [3, 17, 100]:
                r.bernoulli_s(c, n, dtype, 0.3)
        r.bernoulli_s(c, 5, 'float32', 0.0)
        r.bernoulli_s(c, 5, 'float32', 1.0)
        for dtype in ['float32', 'float64', 'bfloat16']:
            for n in [3, 17, 100]:
                g = torch.Generator().manual_seed(seed + n)
                r.bernoulli_t(c, dtype, [float(x) for x in torch.rand(n, generator=g).tolist()])
        r.bernoulli_t(c, 'float32', [0.0, 1.0, 0.5, 1.0, 0.0])

    # --- tensor mean/std normal -----------------------------------------------------------------
    for seed in SEEDS:
        for dtype in FLOATS:
            c = r.case(f'normal_tt/{dtype}/seed={seed}', seed=seed)
            for n in [1, 3, 16, 17, 40]:
                mean = [0.5 * i - 3.0 for i in range(n)]
                std = [0.125 + 0.375 * i for i in range(n)]
                r.normal_tt(c, dtype, mean, std)

    # --- multinomial ----------------------------------------------------------------------------
    for seed in SEEDS:
        c = r.case(f'multinomial/seed={seed}', seed=seed)
        for dtype in ['float32', 'float64']:
            p5 = probs_from(seed, 5)
            r.multinomial(c, dtype, p5, 1, 5, 1, True)
            r.multinomial(c, dtype, p5, 1, 5, 1, False)
            r.multinomial(c, dtype, p5, 1, 5, 3, False)
            r.multinomial(c, dtype, p5, 1, 5, 5, False)
            r.multinomial(c, dtype, p5, 1, 5, 7, True)
            r.multinomial(c, dtype, p5, 1, 5, 1000, True)
            p12 = probs_from(seed + 1, 12)
            r.multinomial(c, dtype, p12, 3, 4, 2, False)
            r.multinomial(c, dtype, p12, 3, 4, 6, True)
            r.multinomial(c, dtype, p12, 3, 4, 1, False)
            p200 = probs_from(seed + 2, 200)
            r.multinomial(c, dtype, p200, 1, 200, 3, False)     # partial_sort path (k*64 <= n)
            r.multinomial(c, dtype, p200, 1, 200, 20, False)    # nth_element + sort path
            r.multinomial(c, dtype, p200, 1, 200, 200, False)
            # zero probabilities: ties among the zeros decide the tail of the top-k
            pz = probs_from(seed + 3, 40, zeros=range(0, 40, 3))
            r.multinomial(c, dtype, pz, 1, 40, 40, False)
            r.multinomial(c, dtype, pz, 1, 40, 30, False)
            pz2 = probs_from(seed + 4, 300, zeros=range(1, 300, 2))
            r.multinomial(c, dtype, pz2, 1, 300, 4, False)
            r.multinomial(c, dtype, pz2, 1, 300, 160, False)
            r.multinomial(c, dtype, [0.0, 0.0, 3.0, 0.0, 1.0], 1, 5, 4, False)
            r.multinomial(c, dtype, [0.0, 2.0, 0.0], 1, 3, 50, True)
        r.multinomial(c, 'bfloat16', probs_from(seed, 6), 1, 6, 10, True)
        r.multinomial(c, 'bfloat16', probs_from(seed, 6), 1, 6, 3, False)

    # --- torch.distributions.Multinomial --------------------------------------------------------
    for seed in SEEDS:
        c = r.case(f'mdist/seed={seed}', seed=seed)
        r.mdist(c, [0.5, 0.5], 100, 0)
        r.mdist(c, [1 / 6] * 6, 10, 0)
        r.mdist(c, [0.1, 0.2, 0.3, 0.4], 7, 5)
        r.mdist(c, probs_from(seed, 9), 13, 4)
        r.mdist(c, [0.25, 0.0, 0.75], 1, 0)
        r.mdist(c, probs_from(seed, 20), 3, 3)
    # The D2L "probability" cells (en 2.6 and zh 2.6), each right after torch.manual_seed(0).
    c = r.case('d2l/en', seed=0)
    r.mdist(c, [0.5, 0.5], 100, 0)
    r.mdist(c, [0.5, 0.5], 1, 10000)
    c = r.case('d2l/zh', seed=0)
    fair6 = [float(x) for x in (torch.ones([6]) / 6).tolist()]
    r.mdist(c, fair6, 1, 0)
    r.mdist(c, fair6, 10, 0)
    r.mdist(c, fair6, 1000, 0)
    r.mdist(c, fair6, 10, 500)

    # --- interleaving, cached normals, states ---------------------------------------------------
    for seed in SEEDS:
        c = r.case(f'interleaved/seed={seed}', seed=seed)
        r.run(c, {'op': 'seed_state', 'initial_seed': torch.initial_seed()}, lambda: {}, True)
        r.uniform(c, 3, 'float32', with_state=True)
        r.normal(c, 3, 'float32', with_state=True)       # scalar path caches a double normal
        r.uniform(c, 2, 'float32')                       # the cache survives other samplers
        r.normal(c, 1, 'float64', with_state=True)       # consumes the cache
        r.normal(c, 1, 'float64', with_state=True)       # caches again
        r.normal(c, 17, 'float32', with_state=True)      # vectorised path ignores the cache
        r.normal(c, 2, 'float32', 3.0, 0.5)              # cache first, then a fresh pair
        r.exponential(c, 3, 'float64')
        r.randint(c, 5, 'int64', 0, 100)
        r.normal(c, 16, 'float64', with_state=True)
        r.randperm(c, 10)
        r.normal_tt(c, 'float32', [1.0, 2.0, 3.0], [0.5, 0.25, 2.0], with_state=True)
        r.bernoulli_s(c, 4, 'float32', 0.5)
        r.multinomial(c, 'float32', [0.2, 0.3, 0.5], 1, 3, 4, True)
        r.multinomial(c, 'float32', [0.2, 0.3, 0.5], 1, 3, 2, False, with_state=True)
        r.uniform(c, 1000, 'float64', with_state=True)   # crosses MT19937 twists
        r.normal(c, 5, 'float16', with_state=True)
        r.normal(c, 33, 'bfloat16', with_state=True)

    # Restoring Python-saved states: mid-stream (MT index away from 0) with a cached normal.
    torch.manual_seed(1234)
    torch.rand(700)
    torch.randn(1, dtype=torch.float64)
    mid = state_hex()
    c = r.case('restore/mid-stream-cached-normal', state=mid)
    r.normal(c, 1, 'float64')
    r.normal(c, 1, 'float64', with_state=True)
    r.uniform(c, 1000, 'float32', with_state=True)
    # A 5048-byte legacy state: the cached normal is rebuilt as normal_rho * sin(2 pi normal_x).
    st = bytearray(bytes.fromhex(mid))
    struct.pack_into('<dddi', st, 24 + 624 * 8, 0.3, 99.0, 1.75, 1)
    c = r.case('restore/legacy-size', state=bytes(st[:5048]).hex())
    r.normal(c, 1, 'float64', with_state=True)
    r.normal(c, 3, 'float64')
    # A current-size state with a cached float normal (no CPU kernel reads it; it round-trips).
    st = bytearray(bytes.fromhex(mid))
    struct.pack_into('<f?', st, 5048, 3.25, True)
    c = r.case('restore/float-cache', state=bytes(st).hex())
    r.normal(c, 2, 'float32', with_state=True)
    # A fresh torch.Generator() (seed 67280421310721).
    g = torch.Generator()
    c = {'name': 'fresh-generator', 'fresh': True, 'ops': [
        {'op': 'seed_state', 'initial_seed': g.initial_seed(), 'state': state_hex(g)},
        {'op': 'uniform', 'n': 5, 'dtype': 'float32', 'from': 0.0, 'to': 1.0,
         'out': pack(pyvals(torch.rand(5, generator=g)))}]}
    r.cases.append(c)
    # Seeds that are negative in Python / wider than 32 bits.
    for seed in [-1, 2**64 - 1, 2**63, 2**32 + 1]:
        c = r.case(f'seed/{seed}', seed=seed)
        r.run(c, {'op': 'seed_state', 'initial_seed': torch.initial_seed()}, lambda: {}, True)
        r.uniform(c, 3, 'float64')

    # --- errors: PyTorch's exact message ---------------------------------------------------------
    c = r.case('errors', seed=7)
    r.randint(c, 3, 'int64', 5, 5)
    r.randint(c, 3, 'int64', 3, 2)
    r.randint(c, 3, 'uint8', -5, 5)
    r.randint(c, 3, 'uint8', 0, 300)
    r.randint(c, 3, 'int8', 0, 200)
    r.randint(c, 3, 'int16', 0, 2**40)
    r.randint(c, 3, 'int32', 0, 2**40)
    r.randint(c, 3, 'bool', 0, 3)
    r.randint(c, 3, 'float16', 0, 2**40)
    r.uniform(c, 3, 'float32', 5.0, 4.0)
    r.uniform(c, 3, 'float32', -1e39, 1.0)
    r.uniform(c, 3, 'float16', -60000.0, 60000.0)
    r.uniform(c, 3, 'int64', 0.0, 1.0)
    r.normal(c, 3, 'float32', 0.0, -1.0)
    r.normal(c, 3, 'float64', 0.0, -0.5)
    r.exponential(c, 3, 'float32', -1.5e-7)
    r.exponential(c, 3, 'int64', 1.0)
    r.bernoulli_s(c, 3, 'float32', 1.5)
    r.bernoulli_s(c, 3, 'float32', -0.25)
    r.bernoulli_s(c, 3, 'float16', 0.5)
    r.bernoulli_t(c, 'float16', [0.5, 0.5])
    r.bernoulli_t(c, 'float32', [0.5, 1.5])
    r.multinomial(c, 'float32', [0.0, 0.0], 1, 2, 1, False)
    r.multinomial(c, 'float32', [0.0, 0.0], 1, 2, 2, True)
    r.multinomial(c, 'float32', [1.0, 0.0], 1, 2, 3, False)
    r.multinomial(c, 'float32', [1.0, -1.0], 1, 2, 1, True)
    r.multinomial(c, 'float32', [1.0, -1.0], 1, 2, 1, False)
    r.multinomial(c, 'float32', [1.0, float('inf')], 1, 2, 2, True)
    r.multinomial(c, 'float32', [1.0, 1.0], 1, 2, 0, True)
    r.multinomial(c, 'float16', [1.0, 1.0], 1, 2, 2, True)
    r.uniform(c, 3, 'float32', with_state=True)   # errors drew nothing
    return r.cases


def record_libm():
    """glibc's own answers for the transcendental calls the float64 samplers make."""
    libm = ctypes.CDLL(ctypes.util.find_library('m'))
    libm.log.restype = ctypes.c_double
    libm.log.argtypes = [ctypes.c_double]
    libm.sin.restype = ctypes.c_double
    libm.sin.argtypes = [ctypes.c_double]
    libm.sincos.restype = None
    libm.sincos.argtypes = [ctypes.c_double, ctypes.POINTER(ctypes.c_double),
                            ctypes.POINTER(ctypes.c_double)]
    g = torch.Generator().manual_seed(99)
    us = [float(x) for x in torch.rand(1200, dtype=torch.float64, generator=g).tolist()]
    # edge inputs: tiny, near 1, range-reduction boundaries
    extra = [5e-324, 1e-300, 2.0**-1022, 1e-9, 2.0**-27, 0.06, 0.125, 0.126, 0.5,
             0.855468, 0.85547, 1.0 - 2.0**-53, 1.0, 1.0 + 2.0**-52, 1.0625, 2.426265,
             2.4263, 3.14159, 4.0, 6.283185307179586, 100.0, 1e5]
    logs, scs, sins = [], [], []
    for x in [1.0 - u for u in us] + us + extra:
        if x > 0:
            logs.append([x, libm.log(x)])
    for x in [2.0 * math.pi * u for u in us] + extra:
        s, co = ctypes.c_double(), ctypes.c_double()
        libm.sincos(x, ctypes.byref(s), ctypes.byref(co))
        scs.append([x, s.value, co.value])
        sins.append([x, libm.sin(x)])
    # float versions, used by the float16 / bfloat16 normal kernels
    libm.logf.restype = ctypes.c_float
    libm.logf.argtypes = [ctypes.c_float]
    libm.sincosf.restype = None
    libm.sincosf.argtypes = [ctypes.c_float, ctypes.POINTER(ctypes.c_float),
                             ctypes.POINTER(ctypes.c_float)]
    fs = [float(x) for x in torch.rand(1200, generator=g).tolist()]
    halves = [k / 2048.0 for k in range(1, 2049)]
    logfs, scfs = [], []
    for x in fs + halves + [1e-30, 2.0**-126, 3.0, 1.0]:
        logfs.append([x, float(libm.logf(x))])
    for x in [float(torch.tensor(2.0 * math.pi * u).float()) for u in fs] + \
            [float(torch.tensor(2.0 * math.pi * h, dtype=torch.float16).float()) for h in halves] + \
            [1e-5, 2.0**-13, 0.7853, 0.7854, 3.0, 100.0]:
        s, co = ctypes.c_float(), ctypes.c_float()
        libm.sincosf(x, ctypes.byref(s), ctypes.byref(co))
        scfs.append([x, float(s.value), float(co.value)])
    return {'log': logs, 'sincos': scs, 'sin': sins, 'logf': logfs, 'sincosf': scfs}


def cpu_capability():
    info = torch.__config__.show()
    for line in info.splitlines():
        if 'CPU capability usage' in line:
            return line.split(':')[-1].strip()
    return 'unknown'


def main():
    doc = {'torch': torch.__version__, 'cpu_capability': cpu_capability(),
           'glibc': platform.libc_ver()[1], 'cases': record_all(), 'libm': record_libm()}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        json.dump(doc, f, separators=(',', ':'))
        f.write('\n')
    print(f'wrote {os.path.normpath(OUT)}: {len(doc["cases"])} cases, '
          f'{sum(len(c["ops"]) for c in doc["cases"])} ops, {os.path.getsize(OUT)} bytes')


if __name__ == '__main__':
    main()
