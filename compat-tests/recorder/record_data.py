#!/usr/bin/python3
"""Records torch.utils.data fixtures from real PyTorch 1.13.

Run:  /usr/bin/python3 compat-tests/recorder/record_data.py
Out:  compat-tests/src/test/resources/fixtures/data.json, one object:

  "loaders": [{"name", "n", "kwargs": {batch_size, shuffle, drop_last, num_workers},
               "seed": manual_seed before the loader, "generator": seed of a torch.Generator
               passed as generator= (or null), "sampler": null | {"replacement", "num_samples"} (RandomSampler) | {"subset"}
               (SubsetRandomSampler),
               "len": len(loader),
               "epochs": [[batch, ...] per epoch]: each batch the list of sample indices (the
                         loader iterates TensorDataset(arange(n), arange(n) * 10) and the Java
                         test checks both columns),
               "take": k or null: a third pass stopped after k batches,
               "after": torch.rand(3) from the default generator after all passes (so the
                        generator's state matches), "after_gen": torch.rand(3, generator=g)}]
  "collate": [{"name", "n", "batch_size", "batches": [encoded batch ...], "reprs": [repr(batch)]}]: DataLoader over a
             list of samples built by <name> (see SAMPLES; the Java test has the same builders).
             Encoding: {"t": "tensor", shape, dtype, values} | {"t": "list", "items"} |
             {"t": "dict", "items": {k: v}} | {"t": "str", "v"}
  "splits":  [{"name", "n", "lengths", "seed" (generator) | null, "manual_seed" | null,
               "subsets": [[indices] ...], "after": torch.rand(2) of the generator used}]
  "errors":  [{"name", "type", "message"}]: scenario <name> (see ERRORS; same names in Java).
  "concat":  ConcatDataset of TensorDataset(arange(3)), (arange(10, 15)), (arange(20, 22)):
             {"cumulative_sizes", "items": {index: value} for -10..9, "shuffled": batches of a
             shuffled DataLoader(batch_size=4) after manual_seed(17)}
"""

import json
import os

import torch
from torch.utils import data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "data.json")


def tens(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": [float(v) if t.is_floating_point() else (bool(v) if t.dtype == torch.bool else int(v))
                       for v in t.reshape(-1).tolist()]}


def encode(b):
    if isinstance(b, torch.Tensor):
        return {"t": "tensor", **tens(b)}
    if isinstance(b, dict):
        return {"t": "dict", "items": {k: encode(v) for k, v in b.items()}}
    if isinstance(b, (list, tuple)):
        return {"t": "list", "items": [encode(v) for v in b]}
    if isinstance(b, str):
        return {"t": "str", "v": b}
    raise TypeError(type(b))


LOADERS = [
    ("sequential", 10, {"batch_size": 3}, 0, None, None),
    ("shuffle", 10, {"batch_size": 3, "shuffle": True}, 0, None, None),
    ("shuffle_seed_42", 10, {"batch_size": 3, "shuffle": True}, 42, None, None),
    ("shuffle_drop_last", 10, {"batch_size": 3, "shuffle": True, "drop_last": True}, 1, None, None),
    ("shuffle_exact_drop_last", 12, {"batch_size": 4, "shuffle": True, "drop_last": True}, 2, None,
     None),
    ("batch_larger_than_data", 7, {"batch_size": 10, "shuffle": True}, 3, None, None),
    ("shuffle_100_16", 100, {"batch_size": 16, "shuffle": True}, 4, None, None),
    ("batch_size_1", 5, {"shuffle": True}, 5, None, None),
    ("generator", 10, {"batch_size": 3, "shuffle": True}, 6, 42, None),
    ("generator_drop_last", 9, {"batch_size": 3, "shuffle": True, "drop_last": True}, 7, 123, None),
    ("sequential_drop_last", 10, {"batch_size": 4, "drop_last": True}, 8, None, None),
    ("replacement", 10, {"batch_size": 4}, 9, None, {"replacement": True, "num_samples": 45}),
    ("num_samples_more", 10, {"batch_size": 5}, 10, None, {"replacement": False, "num_samples": 25}),
    ("num_samples_fewer", 10, {"batch_size": 3}, 11, None, {"replacement": False, "num_samples": 7}),
    ("workers", 50, {"batch_size": 7, "shuffle": True, "num_workers": 2}, 12, None, None),
    ("workers_drop_last", 50, {"batch_size": 7, "shuffle": True, "num_workers": 3,
                               "drop_last": True}, 13, None, None),
    ("no_batching", 6, {"batch_size": None, "shuffle": True}, 14, None, None),
    ("subset_random", 12, {"batch_size": 2}, 15, None, {"subset": [1, 3, 5, 7, 9, 11, 0]}),
    ("subset_random_generator", 12, {"batch_size": 3}, 16, 99, {"subset": [2, 4, 6, 8, 10]}),
]


def loaders():
    out = []
    for name, n, kwargs, seed, gseed, sampler in LOADERS:
        torch.manual_seed(seed)
        ds = data.TensorDataset(torch.arange(n), torch.arange(n) * 10)
        g = torch.Generator().manual_seed(gseed) if gseed is not None else None
        kw = dict(kwargs)
        if g is not None:
            kw["generator"] = g
        if sampler is not None and "subset" in sampler:
            kw["sampler"] = data.SubsetRandomSampler(sampler["subset"], generator=g)
        elif sampler is not None:
            kw["sampler"] = data.RandomSampler(ds, replacement=sampler["replacement"],
                                               num_samples=sampler["num_samples"], generator=g)
        loader = data.DataLoader(ds, **kw)
        epochs = []
        for _ in range(2):
            batches = []
            for x, y in loader:
                assert torch.equal(y, x * 10)
                batches.append(x.reshape(-1).tolist() if x.dim() else [int(x)])
            epochs.append(batches)
        take = 2 if len(loader) > 2 else None
        if take is not None:
            it = iter(loader)
            for _ in range(take):
                next(it)
            del it
        rec = {"name": name, "n": n, "kwargs": kwargs, "seed": seed, "generator": gseed,
               "sampler": sampler, "len": len(loader), "epochs": epochs, "take": take,
               "after": torch.rand(3).tolist()}
        if g is not None:
            rec["after_gen"] = torch.rand(3, generator=g).tolist()
        out.append(rec)
    return out


SAMPLES = {
    "tensor": lambda i: torch.tensor([i, i + 0.5]),
    "tuple_tensor_int": lambda i: (torch.tensor([i * 1.0, -i]), i),
    "dict": lambda i: {"x": torch.tensor([i]), "y": i / 2, "name": "n%d" % i},
    "nested": lambda i: ([i, i + 1], {"a": i % 2 == 0, "b": torch.full((2, 2), float(i))}),
    "int": lambda i: i,
    "float": lambda i: i * 0.25,
    "bool": lambda i: i % 3 == 0,
    "tensor_2d_int": lambda i: torch.full((2, 3), i),
    "str": lambda i: "s%d" % i,
}


class ListDataset(data.Dataset):
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


def collate():
    out = []
    for name, fn in SAMPLES.items():
        ds = ListDataset([fn(i) for i in range(7)])
        loaded = list(data.DataLoader(ds, batch_size=3))
        out.append({"name": name, "n": 7, "batch_size": 3, "batches": [encode(b) for b in loaded],
                    "reprs": [repr(b) for b in loaded]})
    return out


def splits():
    specs = [
        ("ints_generator", 10, [3, 7], 42, None),
        ("ints_three", 20, [5, 5, 10], 0, None),
        ("fractions", 10, [0.3, 0.7], 42, None),
        ("fractions_remainder", 11, [0.5, 0.5], 1, None),
        ("fractions_three_remainder", 10, [0.33, 0.33, 0.34], 2, None),
        ("fractions_zero_split", 3, [0.1, 0.9], 3, None),
        ("default_generator", 10, [4, 6], None, 5),
        ("default_generator_fractions", 9, [0.8, 0.2], None, 6),
    ]
    out = []
    for name, n, lengths, seed, mseed in specs:
        ds = data.TensorDataset(torch.arange(n))
        if seed is not None:
            g = torch.Generator().manual_seed(seed)
            parts = data.random_split(ds, lengths, generator=g)
        else:
            torch.manual_seed(mseed)
            g = None
            parts = data.random_split(ds, lengths)
        subsets = [list(p.indices) for p in parts]
        after = torch.rand(2, generator=g).tolist() if g is not None else torch.rand(2).tolist()
        out.append({"name": name, "n": n, "lengths": lengths, "seed": seed, "manual_seed": mseed,
                    "subsets": subsets, "after": after})
    return out


def ds10():
    return data.TensorDataset(torch.arange(10))


ERRORS = {
    "negative_workers": lambda: data.DataLoader(ds10(), num_workers=-1),
    "negative_timeout": lambda: data.DataLoader(ds10(), timeout=-1),
    "prefetch_without_workers": lambda: data.DataLoader(ds10(), prefetch_factor=4),
    "persistent_without_workers": lambda: data.DataLoader(ds10(), persistent_workers=True),
    "sampler_and_shuffle": lambda: data.DataLoader(ds10(), sampler=data.SequentialSampler(ds10()),
                                                   shuffle=True),
    "batch_sampler_and_batch_size": lambda: data.DataLoader(
        ds10(), batch_size=4, batch_sampler=data.BatchSampler(data.SequentialSampler(ds10()), 2, False)),
    "no_batching_drop_last": lambda: data.DataLoader(ds10(), batch_size=None, drop_last=True),
    "batch_sampler_zero": lambda: data.BatchSampler(data.SequentialSampler(ds10()), 0, False),
    "random_sampler_zero": lambda: data.RandomSampler(ds10(), num_samples=0),
    "split_bad_sum": lambda: data.random_split(ds10(), [3, 8]),
    "split_bad_fraction": lambda: data.random_split(ds10(), [1.5, -0.5]),
    "tensor_dataset_mismatch": lambda: data.TensorDataset(torch.zeros(3), torch.zeros(4)),
    "collate_unequal_lists": lambda: data.default_collate([[1, 2], [3]]),
    "collate_bad_type": lambda: data.default_collate([None, None]),
    "unexpected_kwarg": lambda: data.DataLoader(ds10(), batchsize=3),
    "collate_unequal_tensors": lambda: data.default_collate([torch.zeros(2), torch.zeros(3)]),
    "multiprocessing_context_without_workers": lambda: data.DataLoader(
        ds10(), multiprocessing_context="fork"),
    "concat_negative_index": lambda: data.ConcatDataset([ds10(), ds10()])[-21],
    "concat_empty": lambda: data.ConcatDataset([]),
}


def errors():
    out = []
    for name, fn in ERRORS.items():
        try:
            fn()
        except Exception as e:  # noqa: BLE001
            out.append({"name": name, "type": type(e).__name__, "message": str(e)})
        else:
            raise SystemExit("no error for " + name)
    return out


def concat():
    parts = [data.TensorDataset(torch.arange(3)), data.TensorDataset(torch.arange(10, 15)),
             data.TensorDataset(torch.arange(20, 22))]
    cd = data.ConcatDataset(parts)
    torch.manual_seed(17)
    order = [x.tolist() for (x,) in data.DataLoader(cd, batch_size=4, shuffle=True)]
    return {"sizes": [3, 5, 2], "cumulative_sizes": cd.cumulative_sizes,
            "items": {str(i): int(cd[i][0]) for i in range(-10, 10)}, "shuffled": order}


def main():
    fixture = {"loaders": loaders(), "collate": collate(), "splits": splits(), "errors": errors(),
               "concat": concat()}
    with open(OUT, "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
    print("wrote", OUT, len(fixture["loaders"]), "loaders,", len(fixture["collate"]), "collate,",
          len(fixture["splits"]), "splits,", len(fixture["errors"]), "errors")


if __name__ == "__main__":
    main()
