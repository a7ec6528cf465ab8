#!/usr/bin/python3
"""Records torch.save / torch.load and NumPy .npy/.npz files for TorchND's serialization tests.

Run:  /usr/bin/python3 compat-tests/recorder/record_serialization.py
Out:  compat-tests/src/test/resources/fixtures/serialization/*.pt|*.npy|*.npz|*.bin
      compat-tests/src/test/resources/fixtures/serialization.json

serialization.json has three lists:
  "files":   {"file", "expected"}: a file PyTorch 1.13 (or NumPy 1.24) wrote, and the value
             ``torch.load(file, weights_only=True)`` (``np.load`` for .npy/.npz) gives, encoded by
             ``enc()`` below: tensors as dtype/shape/stride/offset/requires_grad/parameter,
             row-major values, and "storage", the index of the storage among the file's distinct
             storages (so sharing is checked); containers keep their Python type and order.
  "hostile": {"file", "error"}: a crafted or broken file and a substring of the error TorchND
             must raise (its own wording; PyTorch's error for the same file is in "torch_error").
  "java":    written by --check-java: each file TorchND wrote (SerializationJavaWriter, into
             compat-tests/target/serialization-java/) loaded here with weights_only=True (or
             np.load) and compared with what the Java side says it wrote; "ok" true or the error.

Re-record the Java direction with compat-tests/recorder/roundtrip_serialization.sh (one command:
runs the Java writer, then this script with --check-java).
"""

import collections
import io
import json
import math
import os
import pickle
import struct
import sys
import zipfile

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")
OUT = os.path.join(ROOT, "serialization")
JSON = os.path.join(ROOT, "serialization.json")
JAVA_DIR = os.path.join(HERE, "..", "target", "serialization-java")


def fnum(v):
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
    return v


def enc(v, storages):
    if isinstance(v, torch.Tensor):
        key = v.storage()._cdata  # the StorageImpl: shared exactly when the storage is
        if key not in storages:
            storages.append(key)
        flat = v.detach().contiguous().reshape(-1)
        if v.dtype in (torch.bfloat16, torch.float16):
            flat = flat.double()
        return {
            "type": "parameter" if isinstance(v, torch.nn.Parameter) else "tensor",
            "dtype": str(v.dtype).replace("torch.", ""),
            "shape": list(v.shape),
            "stride": list(v.stride()),
            "offset": v.storage_offset(),
            "storage_numel": v.storage().size(),
            "requires_grad": v.requires_grad,
            "storage": storages.index(key),
            "values": [fnum(x) for x in flat.tolist()],
        }
    if isinstance(v, np.ndarray):
        return {
            "type": "ndarray",
            "dtype": {"f": "float", "i": "int", "u": "uint", "b": "bool"}[v.dtype.kind]
            + ("" if v.dtype.kind == "b" else str(8 * v.dtype.itemsize)),
            "shape": list(v.shape),
            "stride": [s // v.dtype.itemsize for s in v.strides],
            "values": [fnum(x) for x in v.ravel(order="C").tolist()],
        }
    if isinstance(v, bool):
        return {"type": "bool", "value": v}
    if isinstance(v, int):
        return {"type": "int", "value": str(v)}
    if isinstance(v, float):
        return {"type": "float", "value": fnum(v)}
    if isinstance(v, str):
        return {"type": "str", "value": v}
    if isinstance(v, bytes):
        return {"type": "bytes", "value": v.hex()}
    if v is None:
        return {"type": "none"}
    if isinstance(v, torch.Size):
        return {"type": "size", "value": list(v)}
    if isinstance(v, torch.dtype):
        return {"type": "dtype", "value": str(v)}
    if isinstance(v, tuple):
        return {"type": "tuple", "items": [enc(x, storages) for x in v]}
    if isinstance(v, list):
        return {"type": "list", "items": [enc(x, storages) for x in v]}
    if isinstance(v, collections.OrderedDict):
        e = {"type": "ordereddict", "items": [[enc(k, storages), enc(x, storages)] for k, x in v.items()]}
        md = getattr(v, "_metadata", None)
        if md is not None:
            e["metadata"] = enc(md, storages)
        return e
    if isinstance(v, dict):
        return {"type": "dict", "items": [[enc(k, storages), enc(x, storages)] for k, x in v.items()]}
    raise TypeError(type(v))


def expected(v):
    return enc(v, [])


class MLP(torch.nn.Module):
    """D2L 5.5's MLP, smaller: hidden Linear(4, 8), ReLU, output Linear(8, 3)."""

    def __init__(self):
        super().__init__()
        self.hidden = torch.nn.Linear(4, 8)
        self.output = torch.nn.Linear(8, 3)

    def forward(self, x):
        return self.output(torch.relu(self.hidden(x)))


def all_dtypes():
    torch.manual_seed(0)
    f = torch.tensor([0.0, -1.5, 3.25, float("inf"), float("-inf"), float("nan"), 1e-3, 65504.0])
    return collections.OrderedDict([
        ("float32", f.clone()),
        ("float64", torch.tensor([0.1, -2.0, 1e300, float("nan")], dtype=torch.float64)),
        ("float16", f.half()),
        ("bfloat16", f.bfloat16()),
        ("int64", torch.tensor([0, -1, 2**62, -(2**63)], dtype=torch.int64)),
        ("int32", torch.tensor([7, -(2**31), 2**31 - 1], dtype=torch.int32)),
        ("int16", torch.tensor([-32768, 32767, 5], dtype=torch.int16)),
        ("int8", torch.tensor([-128, 127, 0], dtype=torch.int8)),
        ("uint8", torch.tensor([0, 255, 17], dtype=torch.uint8)),
        ("bool", torch.tensor([True, False, True])),
        ("matrix", torch.arange(12, dtype=torch.float32).reshape(3, 4)),
    ])


def views():
    x = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    return {
        "base": x,
        "row": x[1],
        "t": x.t(),
        "cols": x[:, 1:4],
        "step": x[::2, ::3],
        "same": x,
        "elem": x[2, 3],
        "other": torch.arange(5),
        "other_tail": torch.arange(5)[2:],
    }


def scalars_empty():
    w = torch.tensor([1.0, 2.0], requires_grad=True)
    return [
        torch.tensor(3.5),
        torch.tensor(7),
        torch.tensor(True),
        torch.zeros(0),
        torch.zeros(2, 0, 3, dtype=torch.int32),
        w,
        torch.ones(2, 2, dtype=torch.float64).requires_grad_(),
    ]


def containers():
    return {
        "list": [1, -2, 300, 70000, -(2**31), 2**40, -(2**63), 2**70],
        "tuple": (True, False, None, "text", ("nested", (1,)), ()),
        "dict": {"b": 2, "a": 1, 3: "three", -1: "minus"},
        "od": collections.OrderedDict([("z", 1), ("y", [torch.ones(2)])]),
        "unicode": "héllo wörld ✓ \U0001F600",
        "empty": [[], {}, (), ""],
        "size": torch.Size([2, 3]),
        "dtype": torch.float32,
        "deep": [[[[[[[["bottom"]]]]]]]],
    }


def floats():
    return [1.5, -0.0, 1e-7, float("inf"), 2.0**60]


def write_cases():
    cases = []

    def save(name, obj, **kw):
        path = os.path.join(OUT, name)
        torch.save(obj, path, **kw)
        loaded = torch.load(path, weights_only=True) if not kw.get("_floats") else torch.load(path)
        cases.append({"file": name, "expected": expected(loaded)})

    save("dtypes.pt", all_dtypes())
    save("views.pt", views())
    save("scalars_empty.pt", scalars_empty())
    save("containers.pt", containers())
    # PyTorch 1.13's weights-only unpickler has no BINFLOAT; torch.load without it reads floats.
    path = os.path.join(OUT, "floats.pt")
    torch.save(floats(), path)
    cases.append({"file": "floats.pt", "expected": expected(torch.load(path))})
    save("parameter.pt", {"p": torch.nn.Parameter(torch.tensor([[1.0, -1.0]])),
                          "frozen": torch.nn.Parameter(torch.arange(3.0), requires_grad=False)})
    torch.manual_seed(42)
    net = MLP()
    X = torch.randn(2, 4)
    save("mlp.params", net.state_dict())
    save("mlp_io.pt", {"X": X, "Y": net(X).detach()})
    save("legacy.pt", {"a": torch.arange(6.0).reshape(2, 3), "b": [torch.tensor([1, 2], dtype=torch.int16)],
                       "t": torch.arange(6.0).reshape(2, 3).t()},
         _use_new_zipfile_serialization=False)
    x = torch.arange(4)
    save("x-file", x)
    save("x-files", [x, torch.zeros(4)])
    save("mydict", {"x": x, "y": torch.zeros(4)})
    # A file from a stream (the archive is then named 'archive'), and a large storage record.
    buf = io.BytesIO()
    torch.save({"big": torch.arange(3000, dtype=torch.int16)}, buf)
    with open(os.path.join(OUT, "stream.pt"), "wb") as f:
        f.write(buf.getvalue())
    cases.append({"file": "stream.pt", "expected": expected(torch.load(io.BytesIO(buf.getvalue()), weights_only=True))})
    # Higher pickle protocols (FRAME, SHORT_BINUNICODE, MEMOIZE, ...): 1.13's weights-only
    # loader refuses them, plain torch.load reads them; TorchND reads them restricted.
    for proto in (4, 5):
        name = f"protocol{proto}.pt"
        path = os.path.join(OUT, name)
        torch.save({"t": torch.arange(3), "s": "x", "l": [1, (2, 3)], "b": b"raw"}, path,
                   pickle_protocol=proto)
        cases.append({"file": name, "expected": expected(torch.load(path))})
    # A big-endian archive as PyTorch >= 2.0 writes on such machines: a "byteorder" record of
    # "big" and byte-swapped storages (1.13 cannot write one; the same values are expected).
    src = os.path.join(OUT, "dtypes.pt")
    dst = os.path.join(OUT, "bigendian.pt")
    sizes = {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        pkl = zin.read("dtypes/data.pkl")
        # storage key -> itemsize, from the pickle's persistent ids
        item = {"FloatStorage": 4, "DoubleStorage": 8, "HalfStorage": 2, "BFloat16Storage": 2,
                "LongStorage": 8, "IntStorage": 4, "ShortStorage": 2, "CharStorage": 1,
                "ByteStorage": 1, "BoolStorage": 1}

        class Keys(pickle.Unpickler):
            def find_class(self, module, name):
                if name == "OrderedDict":
                    return collections.OrderedDict
                return name if name.endswith("Storage") else (lambda *a, **k: None)

            def persistent_load(self, pid):
                sizes[pid[2]] = item[pid[1]]

        Keys(io.BytesIO(pkl)).load()
        put(zout, "archive/data.pkl", pkl)
        put(zout, "archive/byteorder", b"big")
        for name in zin.namelist():
            if "/data/" in name:
                key = name.rsplit("/", 1)[1]
                raw = zin.read(name)
                n = sizes[key]
                swapped = b"".join(raw[i:i + n][::-1] for i in range(0, len(raw), n))
                put(zout, "archive/data/" + key, swapped)
        put(zout, "archive/version", b"3\n")
    cases.append({"file": "bigendian.pt", "expected": expected(all_dtypes())})
    return cases


# ----------------------------------------------------------------------------- hostile files

def put(z, name, data, compress=zipfile.ZIP_STORED):
    """writestr with a fixed timestamp, so re-recording gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = compress
    z.writestr(info, data)


def zip_with_pickle(name, pkl, records=None, prefix="archive", version=b"3\n"):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        put(z, prefix + "/data.pkl", pkl)
        for k, v in (records or {}).items():
            put(z, prefix + "/" + k, v)
        if version is not None:
            put(z, prefix + "/version", version)
    return path


def tensor_pickle(numel, key="0", size=None, stride=None, offset=0, storage="FloatStorage"):
    size = (numel,) if size is None else size
    stride = (1,) if stride is None else stride

    class P(pickle.Pickler):
        def persistent_id(self, obj):
            if obj == "STORAGE":
                return ("storage", Storage(storage), key, "cpu", numel)
            return None

    class Storage:
        def __init__(self, name):
            self.name = name

        def __reduce__(self):
            return (Global("torch", self.name), ())

    buf = io.BytesIO()
    p = P(buf, protocol=2)
    p.dump(Rebuild("STORAGE", offset, size, stride))
    return buf.getvalue()


class Global:
    """Pickles as GLOBAL module name, whatever the name refers to."""

    def __init__(self, module, name):
        self.module, self.name = module, name


class Rebuild:
    def __init__(self, *args):
        self.args = args


def raw_tensor_pickle(numel, key="0", size=None, stride=None, offset=0, storage="FloatStorage",
                      numel_bytes=None):
    """Hand-assembled protocol-2 pickle of _rebuild_tensor_v2(...) (no Python objects needed)."""
    size = (numel,) if size is None else size
    stride = (1,) if stride is None else stride
    out = bytearray(b"\x80\x02")
    out += b"ctorch._utils\n_rebuild_tensor_v2\n("
    out += b"(" + ustr("storage") + b"ctorch\n" + storage.encode() + b"\n" + ustr(key) + ustr("cpu")
    out += pint(numel) + b"tQ"
    out += pint(offset) + ptuple(size) + ptuple(stride) + b"\x89"
    out += b"ccollections\nOrderedDict\n)R"
    out += b"tR."
    return bytes(out)


def ustr(s):
    b = s.encode()
    return b"X" + struct.pack("<I", len(b)) + b


def pint(v):
    if 0 <= v < 256:
        return b"K" + bytes([v])
    if -(2**31) <= v < 2**31:
        return b"J" + struct.pack("<i", v)
    n = (v.bit_length() + 8) // 8
    return b"\x8a" + bytes([n]) + v.to_bytes(n, "little", signed=True)


def ptuple(t):
    return b"(" + b"".join(pint(x) for x in t) + b"t"


def torch_error(path):
    try:
        torch.load(path, weights_only=True)
        return None
    except Exception as e:  # noqa: BLE001 - recorded for reference
        return type(e).__name__ + ": " + str(e)[:300]


def write_hostile():
    cases = []

    def case(name, error, path=None):
        path = path or os.path.join(OUT, name)
        cases.append({"file": name, "error": error, "torch_error": torch_error(path)})

    # GLOBAL os.system with REDUCE: the classic payload (never executed here or in Java).
    zip_with_pickle("os_system.pt", b"\x80\x02cposix\nsystem\nX\x0b\x00\x00\x00echo pwned!\x85R.")
    case("os_system.pt", "Unsupported class posix.system")
    zip_with_pickle("builtins_eval.pt", b"\x80\x02cbuiltins\neval\nX\x04\x00\x00\x001+1\x85R.")
    case("builtins_eval.pt", "Unsupported class builtins.eval")
    # Protocol 4 STACK_GLOBAL naming os.system.
    zip_with_pickle("stack_global.pt", b"\x80\x04\x8c\x02os\x8c\x06system\x93\x8c\x02id\x85R.")
    case("stack_global.pt", "Unsupported class os.system")
    # REDUCE on an allowed global that is not a function PyTorch calls on load.
    zip_with_pickle("reduce_storage_class.pt", b"\x80\x02ctorch\nFloatStorage\n)R.")
    case("reduce_storage_class.pt", "does not call torch.FloatStorage")
    # BUILD on a list (PyTorch: only Tensor, Parameter, OrderedDict).
    zip_with_pickle("build_list.pt", b"\x80\x02]}b.")
    case("build_list.pt", "Can only build Tensor, parameter or dict objects, but got list")
    # NEWOBJ of OrderedDict (only nn.Parameter may be instantiated).
    zip_with_pickle("newobj.pt", b"\x80\x02ccollections\nOrderedDict\n)\x81.")
    case("newobj.pt", "Trying to instantiate unsupported class collections.OrderedDict")
    # INST / OBJ opcodes instantiate classes by name: refused as unsupported operands.
    zip_with_pickle("inst.pt", b"(iposix\nsystem\n.")
    case("inst.pt", "Unsupported operand 105")
    zip_with_pickle("memo_out_of_range.pt", b"\x80\x02]q\x00h\x05.")
    case("memo_out_of_range.pt", "Memo value not found at index 5")
    zip_with_pickle("long_memo_out_of_range.pt", b"\x80\x02]q\x00j\xff\xff\xff\x7f.")
    case("long_memo_out_of_range.pt", "Memo value not found at index 2147483647")
    zip_with_pickle("stack_underflow.pt", b"\x80\x02a.")
    case("stack_underflow.pt", "unpickling stack underflow")
    zip_with_pickle("no_mark.pt", b"\x80\x02]e.")
    case("no_mark.pt", "could not find MARK")
    # 100000 nested lists built without MARK (EMPTY_LIST then APPEND inward).
    deep = b"\x80\x02" + b"]" * 5000 + b"a" * 4999 + b"."
    zip_with_pickle("deep_lists.pt", deep)
    case("deep_lists.pt", "deeper than 1000 levels")
    deep_marks = b"\x80\x02" + b"(" * 5000 + b"."
    zip_with_pickle("deep_marks.pt", deep_marks)
    case("deep_marks.pt", "deeper than 1000 levels")
    deep_tuples = b"\x80\x02N" + b"\x85" * 5000 + b"."
    zip_with_pickle("deep_tuples.pt", deep_tuples)
    case("deep_tuples.pt", "deeper than 1000 levels")
    # A list that contains itself.
    zip_with_pickle("self_list.pt", b"\x80\x02]q\x00h\x00a.")
    case("self_list.pt", "holds itself")
    zip_with_pickle("truncated_pickle.pt", b"\x80\x02X\xff\x00\x00\x00abc")
    case("truncated_pickle.pt", "truncated")
    zip_with_pickle("string_too_long.pt", b"\x80\x02X\xff\xff\xff\x7fabc.")
    case("string_too_long.pt", "truncated")
    zip_with_pickle("persid_module.pt", b"\x80\x02(X\x06\x00\x00\x00moduleNNNtQ.")
    case("persid_module.pt", "Only persistent_load of storage is allowed")
    # Storage record shorter than the pickle declares (10 floats, 12 bytes present).
    zip_with_pickle("short_record.pt", raw_tensor_pickle(10), {"data/0": b"\x00" * 12})
    case("short_record.pt", "holds 12 bytes, but the pickle declares 10 elements")
    # A declared size far beyond the file: 2^40 floats (must be refused before allocating).
    zip_with_pickle("huge_numel.pt", raw_tensor_pickle(2**40), {"data/0": b"\x00" * 16})
    case("huge_numel.pt", "declares 1099511627776 elements")
    # A view outside its storage (4 floats, view of 3x3).
    zip_with_pickle("view_out_of_bounds.pt", raw_tensor_pickle(4, size=(3, 3), stride=(3, 1)),
                    {"data/0": b"\x00" * 16})
    case("view_out_of_bounds.pt", "out of bounds for storage of size 16")
    zip_with_pickle("negative_stride.pt", raw_tensor_pickle(4, size=(2,), stride=(-1,), offset=3),
                    {"data/0": b"\x00" * 16})
    case("negative_stride.pt", "Negative strides are not supported")
    zip_with_pickle("missing_record.pt", raw_tensor_pickle(4), {})
    case("missing_record.pt", "failed locating file data/0")
    zip_with_pickle("complex_storage.pt", raw_tensor_pickle(1, storage="ComplexFloatStorage"),
                    {"data/0": b"\x00" * 8})
    case("complex_storage.pt", "no dtype for torch.ComplexFloatStorage")
    zip_with_pickle("no_version.pt", b"\x80\x02N.", version=None)
    case("no_version.pt", "failed locating file version")
    zip_with_pickle("future_version.pt", b"\x80\x02N.", version=b"99\n")
    case("future_version.pt", "version 99")
    # A zip entry named with '..': refused by name, and reading never extracts anything.
    path = os.path.join(OUT, "dotdot_entry.pt")
    with zipfile.ZipFile(path, "w") as z:
        put(z, "archive/data.pkl", b"\x80\x02N.")
        put(z, "archive/version", b"3\n")
        put(z, "archive/../../evil.sh", b"echo pwned")
    case("dotdot_entry.pt", "unsafe entry name 'archive/../../evil.sh'")
    # Valid file, then broken: truncated in the middle, bit-flipped storage data, garbage.
    good = io.BytesIO()
    torch.save({"w": torch.arange(64, dtype=torch.float32)}, good)
    data = good.getvalue()
    with open(os.path.join(OUT, "truncated.pt"), "wb") as f:
        f.write(data[: len(data) // 2])
    case("truncated.pt", "failed finding central directory")
    flipped = bytearray(data)
    idx = data.index(struct.pack("<f", 10.0))
    flipped[idx] ^= 0x04
    with open(os.path.join(OUT, "bitflip.pt"), "wb") as f:
        f.write(bytes(flipped))
    case("bitflip.pt", "CRC-32 mismatch")
    with open(os.path.join(OUT, "garbage.bin"), "wb") as f:
        f.write(b"this is not a checkpoint\n")
    case("garbage.bin", "invalid load key, 't'.")
    with open(os.path.join(OUT, "empty.bin"), "wb") as f:
        pass
    case("empty.bin", "Ran out of input")
    # Legacy format with a storage declared far larger than the file.
    buf = io.BytesIO()
    for v in (0x1950a86a20f9469cfc6c, 1001, {"protocol_version": 1001, "little_endian": True}):
        pickle.dump(v, buf, protocol=2)
    buf.write(raw_tensor_pickle(2**33, key="1")[:-1].replace(b"\x89ccollections", b"\x89ccollections")
              .replace(b"tQ", b"NtQ", 1) + b".")
    with open(os.path.join(OUT, "legacy_huge.pt"), "wb") as f:
        f.write(buf.getvalue())
    case("legacy_huge.pt", "more than the")
    return cases


# ----------------------------------------------------------------------------- numpy

def write_numpy():
    cases = []

    def npsave(name, arr, version=None):
        path = os.path.join(OUT, name)
        with open(path, "wb") as f:
            np.lib.format.write_array(f, arr, version=version)
        cases.append({"file": name, "expected": expected(np.load(path))})

    npsave("f4.npy", np.arange(6, dtype="<f4").reshape(2, 3))
    npsave("f8_v2.npy", np.array([1.5, -np.inf, np.nan], dtype="<f8"), version=(2, 0))
    npsave("f2_v3.npy", np.array([0.5, 65504.0], dtype="<f2"), version=(3, 0))
    npsave("i8.npy", np.array([-(2**63), 2**62], dtype="<i8"))
    npsave("i4_big_endian.npy", np.array([1, -2, 300], dtype=">i4"))
    npsave("i2.npy", np.array([[1, -2], [3, 4]], dtype="<i2"))
    npsave("i1.npy", np.array([-128, 127], dtype="i1"))
    npsave("u1.npy", np.array([0, 255], dtype="u1"))
    npsave("b1.npy", np.array([True, False, True]))
    npsave("fortran.npy", np.asfortranarray(np.arange(12, dtype="<f8").reshape(3, 4)))
    npsave("scalar.npy", np.array(2.5, dtype="<f4"))
    npsave("empty.npy", np.zeros((0, 3), dtype="<i4"))
    np.savez(os.path.join(OUT, "arrays.npz"), a=np.arange(3), b=np.eye(2, dtype=np.float32))
    d = np.load(os.path.join(OUT, "arrays.npz"))
    cases.append({"file": "arrays.npz", "expected": {"type": "dict", "items": [[expected(k), expected(d[k])] for k in d.files]}})
    np.savez_compressed(os.path.join(OUT, "compressed.npz"), x=np.linspace(0, 1, 50))
    d = np.load(os.path.join(OUT, "compressed.npz"))
    cases.append({"file": "compressed.npz", "expected": {"type": "dict", "items": [[expected(k), expected(d[k])] for k in d.files]}})
    np.save(os.path.join(OUT, "object.npy"), np.array([{"a": 1}, None], dtype=object), allow_pickle=True)
    hostile = [{"file": "object.npy", "error": "Object arrays cannot be loaded when allow_pickle=False"}]
    with open(os.path.join(OUT, "u2.npy"), "wb") as f:
        np.lib.format.write_array(f, np.array([1, 2], dtype="<u2"))
    hostile.append({"file": "u2.npy", "error": "can't convert np.ndarray of type numpy.uint16"})
    with open(os.path.join(OUT, "f4.npy"), "rb") as f:
        full = f.read()
    with open(os.path.join(OUT, "short_data.npy"), "wb") as f:
        f.write(full[:-5])
    hostile.append({"file": "short_data.npy", "error": "EOF: reading array data, expected 24 bytes got 19"})
    with open(os.path.join(OUT, "bad_magic.npy"), "wb") as f:
        f.write(b"\x93NUMPX\x01\x00" + full[8:])
    hostile.append({"file": "bad_magic.npy", "error": "the magic string is not correct"})
    with open(os.path.join(OUT, "bad_version.npy"), "wb") as f:
        f.write(b"\x93NUMPY\x04\x00" + full[8:])
    hostile.append({"file": "bad_version.npy", "error": "we only support format version (1,0), (2,0), and (3,0), not (4, 0)"})
    hdr = b"{'descr': '<f4', 'fortran_order': False, 'shape': (1000000000000, 1000000000000), }"
    hdr = hdr + b" " * (64 - (10 + len(hdr) + 1) % 64) + b"\n"
    with open(os.path.join(OUT, "huge_shape.npy"), "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(hdr)) + hdr + b"\x00" * 16)
    hostile.append({"file": "huge_shape.npy", "error": "EOF: reading array data"})
    hdr = b"{'descr': __import__('os').system('id'), 'fortran_order': False, 'shape': (1,), }"
    hdr = hdr + b" " * (64 - (10 + len(hdr) + 1) % 64) + b"\n"
    with open(os.path.join(OUT, "code_header.npy"), "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(hdr)) + hdr + b"\x00" * 4)
    hostile.append({"file": "code_header.npy", "error": "Cannot parse header"})
    return cases, hostile


# ----------------------------------------------------------------------------- Java direction

def restricted_load(path):
    """torch.load(weights_only=True); for files with Python floats (no BINFLOAT in 1.13's
    weights-only unpickler) the same restriction applied through pickle's find_class."""
    try:
        return torch.load(path, weights_only=True), "weights_only"
    except pickle.UnpicklingError as e:
        # 71 BINFLOAT, 66/67 BINBYTES/SHORT_BINBYTES: data opcodes 1.13's loader lacks.
        if not any(f"Unsupported operand {op}" in str(e) for op in (66, 67, 71)):
            raise
    from torch import _weights_only_unpickler as wou
    allowed = wou._get_allowed_globals()

    class Restricted(pickle.Unpickler):
        def find_class(self, module, name):
            full = module + "." + name
            if full in allowed:
                return allowed[full]
            raise pickle.UnpicklingError("Unsupported class " + full)

    class RestrictedModule:
        Unpickler = Restricted
        load = staticmethod(lambda f, **kw: Restricted(f, **kw).load())

    return torch.load(path, pickle_module=RestrictedModule), "restricted find_class (floats or bytes)"


def check_java():
    manifest_path = os.path.join(JAVA_DIR, "manifest.json")
    with open(manifest_path) as f:
        manifest = json.load(f)
    results = []
    for entry in manifest:
        path = os.path.join(JAVA_DIR, entry["file"])
        try:
            if entry["file"].endswith(".npy"):
                got, how = np.load(path), "np.load"
            elif entry["file"].endswith(".npz"):
                d = np.load(path)
                got, how = {k: d[k] for k in d.files}, "np.load"
                got = {"type": "dict", "items": [[expected(k), expected(v)] for k, v in got.items()]}
            else:
                got, how = restricted_load(path)
            enc_got = got if isinstance(got, dict) and got.get("type") == "dict" and entry["file"].endswith(".npz") else expected(got)
            ok = enc_got == entry["expected"]
            r = {"file": entry["file"], "loaded_with": how, "ok": ok}
            if not ok:
                r["got"] = enc_got
            if ok and "mlp_input" in entry:
                # A Java MLP's state_dict: PyTorch's MLP of the same shape, loaded with it, must
                # give the outputs Java computed on the same input.
                io_ = torch.load(os.path.join(JAVA_DIR, entry["mlp_input"]), weights_only=True)
                net = MLP()
                r["load_state_dict"] = str(net.load_state_dict(got))
                y = net(io_["X"]).detach()
                diff = (y - io_["Y"]).abs().max().item()
                r["max_abs_diff"] = diff
                r["ok"] = ok = bool(torch.allclose(y, io_["Y"], rtol=1e-5, atol=1e-6))
            results.append(r)
        except Exception as e:  # noqa: BLE001
            results.append({"file": entry["file"], "ok": False, "error": type(e).__name__ + ": " + str(e)})
    return results


def d2l_5_5():
    """The printed cells of D2L 5.5 (File I/O), run as the book writes them."""
    import tempfile

    class BookMLP(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.hidden = torch.nn.Linear(20, 256)
            self.output = torch.nn.Linear(256, 10)

        def forward(self, x):
            return self.output(torch.nn.functional.relu(self.hidden(x)))

    d = tempfile.mkdtemp()
    out = {}
    x = torch.arange(4)
    torch.save(x, os.path.join(d, "x-file"))
    x2 = torch.load(os.path.join(d, "x-file"))
    out["x2"] = repr(x2)
    y = torch.zeros(4)
    torch.save([x, y], os.path.join(d, "x-files"))
    x2, y2 = torch.load(os.path.join(d, "x-files"))
    out["x2_y2"] = repr((x2, y2))
    mydict = {"x": x, "y": y}
    torch.save(mydict, os.path.join(d, "mydict"))
    out["mydict2"] = repr(torch.load(os.path.join(d, "mydict")))
    net = BookMLP()
    X = torch.randn(size=(2, 20))
    Y = net(X)
    torch.save(net.state_dict(), os.path.join(d, "mlp.params"))
    clone = BookMLP()
    clone.load_state_dict(torch.load(os.path.join(d, "mlp.params")))
    out["clone_eval"] = repr(clone.eval()).replace("BookMLP", "MLP")
    out["Y_clone_eq_Y"] = repr(clone(X) == Y)
    out["state_dict_keys"] = list(net.state_dict().keys())
    out["metadata"] = repr(net.state_dict()._metadata)
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    data = {}
    if os.path.exists(JSON):
        with open(JSON) as f:
            data = json.load(f)
    if "--check-java" in sys.argv:
        data["java"] = check_java()
        bad = [r for r in data["java"] if not r["ok"]]
        print(f"java direction: {len(data['java']) - len(bad)}/{len(data['java'])} files equal in PyTorch")
        for r in bad:
            print("  FAIL", r)
    else:
        for name in os.listdir(OUT):
            os.remove(os.path.join(OUT, name))
        files = write_cases()
        npy, npy_hostile = write_numpy()
        data["files"] = files + npy
        data["hostile"] = write_hostile() + npy_hostile
        data["d2l_5_5"] = d2l_5_5()
        data.setdefault("java", [])
        print(f"{len(data['files'])} files, {len(data['hostile'])} hostile files")
    with open(JSON, "w") as f:
        json.dump(data, f, indent=1, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()
