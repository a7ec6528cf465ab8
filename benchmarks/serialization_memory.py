#!/usr/bin/python3
"""PyTorch's side of SerializationMemory: peak RSS growth of torch.save / torch.load of the same
100 MB state_dict, in a fresh process. Usage: serialization_memory.py save|load FILE"""

import collections
import gc
import os
import sys

import torch


def status(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    raise KeyError(key)


def main():
    what, path = sys.argv[1], sys.argv[2]
    torch.manual_seed(0)
    if what == "save":
        sd = collections.OrderedDict()
        for i in range(4):
            sd[f"layers.{i}.weight"] = torch.rand(1024, 6144)
            sd[f"layers.{i}.bias"] = torch.rand(1024)
        gc.collect()
        before = status("VmRSS")
        torch.save(sd, path)
    else:
        gc.collect()
        before = status("VmRSS")
        sd = torch.load(path, weights_only=True)
    peak = status("VmHWM")
    size = os.path.getsize(path)
    print(f"PyTorch {what}: file {size / 1e6:.1f} MB, RSS before {before / 1e6:.1f} MB, peak"
          f" {peak / 1e6:.1f} MB, peak growth {(peak - before) / 1e6:.1f} MB"
          f" ({(peak - before) / size:.2f}× the file)")


if __name__ == "__main__":
    main()
