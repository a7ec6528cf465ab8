#!/usr/bin/python3
"""Records Python's repr() of scalars and containers for dev.torchnd.PyRepr (the one Python-repr
helper nn, optim, utils.data and serialization print with).

Run:  /usr/bin/python3 compat-tests/recorder/record_pyrepr.py
Out:  compat-tests/src/test/resources/fixtures/pyrepr.json

{"floats": [[bits, repr], ...]}: a double as its IEEE-754 bit pattern (hex), and repr(float);
tricky values first, then 3000 random bit patterns (seeded) and 1000 random short decimals.
{"values": [[VALUE, repr], ...]}: VALUE is {"none": true} | {"bool": b} | {"int": "digits"} |
{"float": bits} | {"str": s} | {"bytes": hex} | {"list": [VALUE...]} | {"tuple": [VALUE...]} |
{"dict": [[VALUE, VALUE]...]} | {"odict": [[VALUE, VALUE]...]} | {"empty_set": true} |
{"self_list": [VALUE...]} (a list that also holds itself, last) | {"self_dict": key} ({key: itself}).
Replayed by PyReprTest.
"""

import collections
import json
import os
import random
import struct

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                   "fixtures", "pyrepr.json")


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


TRICKY = [0.1, 0.2, 0.3, 1e-05, 1e-4, 0.0001234, 1e16, 1e15, 123456789012345678.0, 1.5e-7,
          123456789.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0,
          float("nan"), float("inf"), float("-inf"), 1 / 3, 2 / 3, float(2 ** 53 + 2),
          float(2 ** 53), float(2 ** 63), 9007199254740993.0, 0.5, 1.0, 100.0, 1e22, 1e23,
          2 ** -1074 * 3, 4.35, 0.1 + 0.2, 1e300 * 1e10, 3.141592653589793, 2.718281828459045,
          1e-06, 9.999999999999999e-05, 0.001, 1234567.0, 1e-320, 8.41e21, 5e-310, 0.9, 0.999,
          1e-08, 2.5e-05, 65504.0, 3.4028234663852886e38, 1.1754943508222875e-38, 0.01, 1e100,
          float(2 ** 1023), 2.0 ** -1022, 2.0 ** -1021, 2.0 ** 60, 2.0 ** -60, 7.0e-10, 1e-4 * 3]


def floats():
    out = [[bits(x), repr(x)] for x in TRICKY]
    out += [[bits(-x), repr(-x)] for x in TRICKY if x == x and x != 0]
    rnd = random.Random(20261202)
    n = 0
    while n < 3000:
        b = rnd.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", b))[0]
        if x != x:
            continue
        out.append(["%016x" % b, repr(x)])
        n += 1
    for _ in range(1000):  # short decimals: where Java's Double.toString and repr part ways
        digits = rnd.randint(1, 17)
        x = float("%de%d" % (rnd.randint(1, 10 ** digits), rnd.randint(-330, 300)))
        out.append([bits(x), repr(x)])
    return out


def enc(v):
    if v is None:
        return {"none": True}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": bits(v)}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    if isinstance(v, collections.OrderedDict):
        return {"odict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, set) and not v:
        return {"empty_set": True}
    raise TypeError(v)


VALUES = [None, True, False, 0, -7, 2 ** 63, -(2 ** 64) - 5, 0.5, 1e-05, "", "a", "it's",
          'say "hi"', "both ' and \"", "back\\slash", "tab\there\nnew\rret", "\x00\x1f\x7f",
          "\x85\xa0\xad", "caf\u00e9 \u4e2d\u6587", "\u2028\u200b\ufeff", "\U0001f600",
          "\U000e0001", b"", b"abc", b"it's", b"\x00\xff\n\t'\"\\", [], [1, 2.5, "x", None, True],
          (), (1,), (1, 2), ([1], (2,)), {}, {"a": 1, "b": [0.1, (0.9, 0.999)]}, {1: "x", 2: None},
          collections.OrderedDict(), collections.OrderedDict([("w", 1.0), ("b", [1, 2])]),
          set(), [[[]]], {"lr": 0.001, "betas": (0.9, 0.999), "eps": 1e-08, "amsgrad": False}]


def main():
    values = [[enc(v), repr(v)] for v in VALUES]
    a = [1, "x"]
    a.append(a)
    values.append([{"self_list": [enc(1), enc("x")]}, repr(a)])
    d = {}
    d["k"] = d
    values.append([{"self_dict": enc("k")}, repr(d)])
    data = {"floats": floats(), "values": values}
    for h, r in data["floats"]:
        assert repr(from_bits(h)) == r
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")
    print("pyrepr.json: %d floats, %d values" % (len(data["floats"]), len(values)))


if __name__ == "__main__":
    main()
