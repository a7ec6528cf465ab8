#!/usr/bin/python3
"""Records PyTorch 1.13's device model for TorchND's device conformance test.

Run:  /usr/bin/python3 compat-tests/recorder/record_device.py
Out:  compat-tests/src/test/resources/fixtures/device.json

A CPU-only PyTorch build: device strings parse the same as on a CUDA build, and asking for a
CUDA tensor raises "Torch not compiled with CUDA enabled" (TorchND's text where no ND4J device
backend is available). Printing of CUDA tensors cannot be recorded here; TorchND's rule comes from
torch/_tensor_str.py (see DeviceConformanceTest).

{"parse": [{"spec": "cuda:0", "str": ..., "repr": ..., "type": ..., "index": int|null}
           | {"spec": ..., "error": {"type", "message"}}],
 "parse2": [{"type": "cuda", "index": 0, ...same...}],
 "no_cuda": [{"call": "zeros"|"cuda"|"to"|"current_device"|"tensor", "error": {...}}],
 "cpu_tensor": {"repr_device": ..., "is_cuda": false, "get_device": -1},
 "cuda": {"is_available": false, "device_count": 0}}
"""
import json
import os

import torch


def err(e):
    return {"type": type(e).__name__, "message": str(e)}


def describe(d):
    return {"str": str(d), "repr": repr(d), "type": d.type, "index": d.index}


SPECS = ["cpu", "cuda", "cuda:0", "cuda:1", "cuda:12", "cpu:0", "cpu:1", "mps", "meta", "xla",
         "gpu", "CUDA", "Cuda:0", "cuda:", "cuda:x", "cuda:-1", "cuda:01", " cuda", "cuda ",
         "cuda:0:1", "cuda:1a", "", ":0", "cuda_0", "tpu"]
PAIRS = [("cuda", 0), ("cuda", 1), ("cpu", 0), ("cuda", -1), ("cuda:0", 1), ("cpu:0", 0),
         ("gpu", 0)]


def main():
    out = {"parse": [], "parse2": [], "no_cuda": []}
    for s in SPECS:
        c = {"spec": s}
        try:
            c.update(describe(torch.device(s)))
        except Exception as e:
            c["error"] = err(e)
        out["parse"].append(c)
    for t, i in PAIRS:
        c = {"type": t, "index": i}
        try:
            c.update({"result": describe(torch.device(t, i))})
        except Exception as e:
            c["error"] = err(e)
        out["parse2"].append(c)
    calls = {
        "zeros": lambda: torch.zeros(2, device="cuda"),
        "tensor": lambda: torch.tensor([1.0], device="cuda:0"),
        "cuda": lambda: torch.ones(2).cuda(),
        "to": lambda: torch.ones(2).to("cuda"),
        "current_device": lambda: torch.cuda.current_device(),
    }
    for name, f in calls.items():
        try:
            f()
            raise SystemExit("expected a CPU-only PyTorch build")
        except AssertionError as e:
            out["no_cuda"].append({"call": name, "error": err(e)})
    t = torch.ones(2)
    out["cpu_tensor"] = {"repr_device": repr(t.device), "is_cuda": t.is_cuda,
                         "get_device": t.get_device(), "cpu_is_self": t.cpu() is t,
                         "to_cpu_is_self": t.to("cpu") is t}
    out["cuda"] = {"is_available": torch.cuda.is_available(),
                   "device_count": torch.cuda.device_count()}
    out["equal"] = {"cuda==cuda:0": torch.device("cuda") == torch.device("cuda:0"),
                    "cpu==cpu:0": torch.device("cpu") == torch.device("cpu:0")}
    path = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "fixtures",
                        "device.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("torch %s: %d parse cases -> %s" % (torch.__version__, len(out["parse"]), path))


if __name__ == "__main__":
    main()
