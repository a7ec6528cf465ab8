#!/usr/bin/env python3
"""Joins JMH (TorchND, raw ND4J) and bench_torch.py (PyTorch) results into docs/benchmarks.md.

Usage: report.py --jmh jmh.json --torch torch.json --startup startup.jsonl --threads N
                 --jmh-args "..." --out docs/benchmarks.md
"""

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess

# (bench, op) -> display name. The order here is the order of the table.
OPS = [
    ("TinyBench", "add", "add (tiny)"),
    ("TinyBench", "mul", "mul (tiny)"),
    ("TinyBench", "exp", "exp (tiny)"),
    ("TinyBench", "sum", "sum() (tiny)"),
    ("ElementwiseBench", "add", "add"),
    ("ElementwiseBench", "mul", "mul"),
    ("ElementwiseBench", "exp", "exp"),
    ("ElementwiseBench", "gt", "gt"),
    ("BroadcastBench", "add_bcast", "add, broadcasting"),
    ("ReduceBench", "sum", "sum()"),
    ("ReduceBench", "sum_dim0", "sum(0)"),
    ("ReduceBench", "sum_dim1", "sum(1)"),
    ("ReduceBench", "mean", "mean()"),
    ("ReduceBench", "mean_dim1", "mean(1)"),
    ("ReduceBench", "max", "max()"),
    ("ReduceBench", "max_dim1", "max(1) (values+indices)"),
    ("ReduceBench", "cumsum_dim1", "cumsum(1)"),
    ("LinalgBench", "dot", "dot"),
    ("LinalgBench", "mv", "mv"),
    ("MatmulBench", "matmul", "matmul"),
    ("IndexingBench", "slice_contiguous", '`get("1:-1, ::2").contiguous()`'),
    ("IndexingBench", "slice_set", '`set("1:-1, ::2", 1.0)`'),
    ("IndexingBench", "cat", "cat([x, y]), dim 0"),
    ("CreationBench", "zeros", "zeros"),
    ("CreationBench", "rand", "rand"),
    ("CreationBench", "randn", "randn"),
    ("AutogradBench", "backward_small", "(x*x).sum().backward()"),
    ("AutogradBench", "backward_chain50", "50-op chain fwd+bwd"),
    ("TrainingBench", "mlp_step", "MLP training step (SGD)"),
    ("TrainingBench", "dataloader_epoch", "DataLoader epoch, shuffle"),
    ("SerializationBench", "save", "torch.save(state_dict)"),
    ("SerializationBench", "load", "torch.load"),
]


def human_n(n):
    for div, suffix in ((1_000_000, "M"), (1000, "K")):
        if n >= div and n % div == 0:
            return f"{n // div}{suffix}"
    return str(n)


def work(bench, op, params):
    """(size label, amount, unit) where amount / seconds gives the throughput in unit."""
    n = int(params["n"]) if "n" in params else None
    if bench == "TinyBench":
        return "3", None, None
    if bench == "ElementwiseBench":
        per = {"add": 12, "mul": 12, "exp": 8, "gt": 9}[op]
        return human_n(n), per * n, "GB/s"
    if bench == "BroadcastBench":
        return "1024×1 + 1×1024", 4 * 1024 * 1024 + 8 * 1024, "GB/s"
    if bench == "ReduceBench":
        return f"{n}²", (8 if op.startswith("cumsum") else 4) * n * n, "GB/s"
    if bench == "LinalgBench":
        if op == "dot":
            return "1M", 2 * 1_000_000, "GFLOP/s"
        return "1024² · 1024", 2 * 1024 * 1024, "GFLOP/s"
    if bench == "MatmulBench":
        size, dtype = params["shape"].split("-")
        k = int(size)
        return f"{k}³ {'fp64' if dtype == 'float64' else 'fp32'}", 2 * k ** 3, "GFLOP/s"
    if bench == "IndexingBench":
        if op == "slice_contiguous":
            return "1024² → 1022×512", 2 * 4 * 1022 * 512, "GB/s"
        if op == "slice_set":
            return "1024², 1022×512 written", 4 * 1022 * 512, "GB/s"
        return "2 × 1024²", 16 * 1024 * 1024, "GB/s"
    if bench == "CreationBench":
        return "1M", 4_000_000, "GB/s"
    if bench == "TrainingBench":
        if op == "mlp_step":
            return "784-256-10, batch 256", None, None
        return "60000×784, batch 256", None, None
    if bench == "SerializationBench":
        return "100.7 MB state_dict", 100_700_000, "GB/s"
    if bench == "AutogradBench":
        return ("3", None, None) if op == "backward_small" else ("1K", None, None)
    return "?", None, None


def key(bench, op, params):
    return (bench, op, tuple(sorted(params.items())))


def load_jmh(paths):
    """{(impl, bench, op, params): [ns per call, one per measured iteration]}; impl is torchnd
    (results left to the JVM), torchnd_close (close() on every result) or nd4j."""
    to_ns = {"ns/op": 1.0, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}
    out = {}
    for path in paths:
        for r in json.load(open(path)):
            cls, method = r["benchmark"].split(".")[-2:]
            # Methods named <op>_torchnd / <op>_nd4j; a bare <op> is a TorchND-only row.
            impl = "nd4j" if method.endswith("_nd4j") else "torchnd"
            op = method[: -len("_" + impl)] if method.endswith("_" + impl) else method
            params = dict(r.get("params", {}))
            if params.pop("close", "false") == "true":
                impl = "torchnd_close"
            pm = r["primaryMetric"]
            raw = [v * to_ns[pm["scoreUnit"]] for fork in pm["rawData"] for v in fork]
            out[(impl,) + key(cls, op, params)] = raw
    return out


def load_torch(paths):
    doc, out = None, {}
    for path in paths:
        d = json.load(open(path))
        doc = doc or d
        for r in d["results"]:
            cls, op = r["bench"].split(".")
            out[key(cls, op, r["params"])] = r.get("samples_ns") or [r["median_ns"]]
    return doc, out


def med(samples):
    return None if not samples else statistics.median(samples)


def fmt_spread(samples):
    if not samples or len(samples) < 2:
        return "—"
    return f"{fmt_t(min(samples))} – {fmt_t(max(samples))}"


def fmt_t(ns):
    if ns is None:
        return "—"
    for div, unit in ((1e9, "s"), (1e6, "ms"), (1e3, "µs")):
        if ns >= div:
            v = ns / div
            return f"{v:.3g} {unit}" if v < 100 else f"{v:.0f} {unit}"
    return f"{ns:.3g} ns" if ns < 100 else f"{ns:.0f} ns"


def fmt_ratio(a, b):
    if a is None or b is None:
        return "—"
    r = a / b
    return f"**{r:.1f}×**" if r >= 10 else f"{r:.2f}×"


def fmt_tp(amount, ns):
    if amount is None or ns is None:
        return "—"
    return f"{amount / ns:.3g}"  # bytes/ns == GB/s, flops/ns == GFLOP/s


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def machine(threads, torch_doc, java, load_before):
    lscpu = sh("lscpu")
    field = lambda name: next((l.split(":", 1)[1].strip() for l in lscpu.splitlines()
                               if l.startswith(name + ":")), "?")
    mem = sh("awk '/MemTotal/ {printf \"%.1f GiB\", $2/1048576}' /proc/meminfo")
    os_name = sh(". /etc/os-release && echo \"$PRETTY_NAME\"") or platform.platform()
    jdk = sh(f"{java} -version 2>&1 | head -2 | tail -1") or "?"
    pom = open(os.path.join(os.path.dirname(__file__), "..", "pom.xml")).read()
    nd4j = re.search(r"<nd4j.version>([^<]+)<", pom).group(1)
    jmh = re.search(r"<jmh.version>([^<]+)<", pom).group(1)
    return [
        ("CPU", f"{field('Model name')} (family {field('CPU family')}, model {field('Model')})"
                + (f", {field('Hypervisor vendor')} guest"
                   if field("Hypervisor vendor") != "?" else "")),
        ("Cores", f"{field('CPU(s)')} logical ({field('Core(s) per socket')} cores/socket,"
                  f" {field('Thread(s) per core')} thread/core); flags incl."
                  f" {' '.join(f for f in ('avx2', 'avx512f', 'fma') if f in field('Flags').split())}"),
        ("Memory", mem),
        ("OS", f"{os_name}, kernel {platform.release()}"),
        ("JDK", jdk),
        ("ND4J", f"{nd4j} (nd4j-native, OpenBLAS), JMH {jmh}"),
        ("PyTorch", f"{torch_doc['torch']} on Python {torch_doc['python']}"),
        ("Load average", f"{load_before} at the start, "
                         f"{' '.join(open('/proc/loadavg').read().split()[:3])} at the end"
                         " (1/5/15 min; other processes share these cores)"),
        ("Intra-op threads", f"{threads} (torch.set_num_threads; OMP_NUM_THREADS and "
                             f"OPENBLAS_NUM_THREADS for ND4J); 1 benchmark thread"),
    ]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jmh", required=True, nargs="+", help="JMH JSON result files")
    p.add_argument("--torch", required=True, nargs="+", help="bench_torch.py result files")
    p.add_argument("--startup", required=True)
    p.add_argument("--threads", required=True)
    p.add_argument("--jmh-args", required=True)
    p.add_argument("--java", default="java")
    p.add_argument("--load-before", default="?", help="/proc/loadavg 1/5/15 at the start")
    p.add_argument("--memory", default=None,
                   help="output of compat-tests' MemorySoak (RSS with no close() calls)")
    p.add_argument("--jmh-simd", nargs="*", default=[],
                   help="JMH JSON files of TorchND run with --add-modules jdk.incubator.vector")
    p.add_argument("--jmh-base", nargs="*", default=[],
                   help="JMH JSON files of TorchND's rows at a baseline revision")
    p.add_argument("--baseline", default=None, help="the baseline revision's name")
    p.add_argument("--warmup", default=None, help="output of WarmupMain, scalar and Vector API")
    p.add_argument("--analysis", default=os.path.join(os.path.dirname(__file__), "analysis.md"))
    p.add_argument("--out", required=True)
    a = p.parse_args()

    jmh = load_jmh(a.jmh)
    simd = {("torchnd_simd",) + k[1:]: v for k, v in load_jmh(a.jmh_simd).items()
            if k[0] == "torchnd"}
    jmh.update(simd)
    jmh.update({("torchnd_base",) + k[1:]: v for k, v in load_jmh(a.jmh_base).items()
                if k[0] == "torchnd"})
    torch_doc, pt = load_torch(a.torch)
    startup = {}
    for line in open(a.startup):
        if line.strip():
            r = json.loads(line)
            startup[r["name"]] = r

    keys = []
    for bench, op, _ in OPS:
        ks = sorted({k[1:] for k in jmh if k[1:3] == (bench, op)} |
                    {k for k in pt if k[:2] == (bench, op)},
                    key=lambda k: [int(v) if v.isdigit() else v
                                   for _, p in k[2] for v in re.split(r"(\d+)", p) if v])
        keys += ks
    names = {(b, o): d for b, o, d in OPS}

    rows = []
    for k in keys:
        bench, op, params = k[0], k[1], dict(k[2])
        size, amount, unit = work(bench, op, params)
        rows.append({
            "name": names[(bench, op)], "size": size, "amount": amount, "unit": unit,
            "t": jmh.get(("torchnd",) + k), "tc": jmh.get(("torchnd_close",) + k),
            "n": jmh.get(("nd4j",) + k), "p": pt.get(k),
            "ts": jmh.get(("torchnd_simd",) + k), "tb": jmh.get(("torchnd_base",) + k)})

    L = []
    L.append("# Benchmarks: TorchND vs raw ND4J vs PyTorch\n")
    L.append(f"Generated by `benchmarks/run.sh` on {datetime.date.today().isoformat()}; do not edit"
             " by hand (the *Analysis* section comes from `benchmarks/analysis.md`).\n")
    L.append("The headline is **TorchND as users write it: every result left to the JVM, never"
             " `close()`d** (column *TorchND*, ratio *T/P*). Each time cell is the median per-call"
             " time; *spread* is the fastest – slowest measured sample (a JMH iteration, a PyTorch"
             " sample), where garbage-collection pauses show. *T/P worst* is TorchND's slowest"
             " sample over PyTorch's median. *TorchND, close()* is the same benchmark calling"
             " `close()` on each result right after the `Blackhole` consumed it (not PyTorch"
             " code; kept for comparison). Ratios are TorchND time over the other (above 1× means"
             " TorchND is slower; 10× and worse in bold). Throughput is TorchND / ND4J / PyTorch"
             " in GB/s of memory touched (inputs read + result written) or GFLOP/s for BLAS."
             " Raw ND4J results are closed.\n")
    L.append("## Machine\n")
    L.append("| | |\n|---|---|")
    for kk, vv in machine(a.threads, torch_doc, a.java, a.load_before):
        L.append(f"| {kk} | {vv} |")
    L.append("")
    L.append("## Method\n")
    L.append(f"- Java: JMH, `{a.jmh_args} -t 1`, average time mode, fork JVM `-Xmx2g`; the"
             " median of the measured iterations is reported. Benchmark classes run one at a time,"
             " each JMH class followed at once by the same rows in PyTorch, so both sides see"
             " the same load.")
    L.append(f"- PyTorch: `bench_torch.py`, {torch_doc['warmup']} warm-up samples, inner loop"
             f" calibrated to {torch_doc['sample_time_s']} s per sample, median of"
             f" {torch_doc['samples']} samples.")
    L.append("- All data float32 and contiguous unless the row says otherwise; random uniform"
             " inputs made once per fork, outside the timed loop.\n")
    L.append("## Results\n")
    L.append("| operation | size | TorchND | spread | PyTorch | spread | T/P | T/P worst |"
             " TorchND, close() | T close()/P | raw ND4J | T/ND4J | throughput T / N / P |")
    L.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|")
    for r in rows:
        t, tc, n, q = med(r["t"]), med(r["tc"]), med(r["n"]), med(r["p"])
        worst = max(r["t"]) if r["t"] else None
        tp = "—" if r["amount"] is None else (
            f"{fmt_tp(r['amount'], t)} / {fmt_tp(r['amount'], n)} / {fmt_tp(r['amount'], q)}"
            f" {r['unit']}")
        L.append(f"| {r['name']} | {r['size']} | {fmt_t(t)} | {fmt_spread(r['t'])} |"
                 f" {fmt_t(q)} | {fmt_spread(r['p'])} | {fmt_ratio(t, q)} |"
                 f" {fmt_ratio(worst, q)} | {fmt_t(tc)} | {fmt_ratio(tc, q)} | {fmt_t(n)} |"
                 f" {fmt_ratio(t, n)} | {tp} |")
    L.append("")
    above = [r for r in rows if r["t"] and r["p"] and med(r["t"]) > med(r["p"])]
    L.append(f"{len(above)} of {sum(1 for r in rows if r['t'] and r['p'])} rows have TorchND's"
             " median above PyTorch's.\n")
    base_rows = [r for r in rows if r["tb"]]
    if base_rows:
        rev = a.baseline or "baseline"
        L.append(f"## Before and after: TorchND at `{rev}` against this tree\n")
        L.append(f"Both without `close()`, same harness and run (the baseline's library under this"
                 f" tree's benchmark classes, right after this tree's rows of the class).\n")
        L.append(f"| operation | size | before | spread | after | spread | after/before |"
                 f" before/P | after/P |")
        L.append("|---|---|--:|--:|--:|--:|--:|--:|--:|")
        for r in base_rows:
            tb, t, q = med(r["tb"]), med(r["t"]), med(r["p"])
            L.append(f"| {r['name']} | {r['size']} | {fmt_t(tb)} | {fmt_spread(r['tb'])} |"
                     f" {fmt_t(t)} | {fmt_spread(r['t'])} | {fmt_ratio(t, tb)} |"
                     f" {fmt_ratio(tb, q)} | {fmt_ratio(t, q)} |")
        L.append("")
    simd_rows = [r for r in rows if r["ts"]]
    if simd_rows:
        L.append("## Opt-in Vector API path (`--add-modules jdk.incubator.vector`)\n")
        L.append("The same JMH rows, results not closed, in a JVM started with JDK 17's incubating"
                 " Vector API; TorchND then takes `SimdF32` for float32 sums, max/min,"
                 " dot/mv and exp (scalar loops otherwise). Measured after JMH's warm-up; see the"
                 " warm-up section below for the first calls.\n")
        L.append("| operation | size | TorchND scalar | TorchND SIMD | spread | PyTorch |"
                 " scalar/P | SIMD/P | SIMD worst/P |")
        L.append("|---|---|--:|--:|--:|--:|--:|--:|--:|")
        for r in simd_rows:
            t, ts, q = med(r["t"]), med(r["ts"]), med(r["p"])
            L.append(f"| {r['name']} | {r['size']} | {fmt_t(t)} | {fmt_t(ts)} |"
                     f" {fmt_spread(r['ts'])} | {fmt_t(q)} | {fmt_ratio(t, q)} |"
                     f" {fmt_ratio(ts, q)} | {fmt_ratio(max(r['ts']), q)} |")
        L.append("")
    if a.warmup and os.path.exists(a.warmup):
        L.append("## Warm-up: the first calls in a fresh JVM\n")
        L.append("`WarmupMain`: `x.sum()` plus `x.sum(1)` on 1024² float32, each call timed from"
                 " the first, JVM defaults (tiered compilation) but `-Xmx2g`; scalar default"
                 " against the Vector API path.\n")
        L.append("```")
        L.extend(line.rstrip() for line in open(a.warmup) if line.strip())
        L.append("```\n")
    L.append("## Start-up: process start to first result\n")
    L.append("Whole-process wall time (hyperfine-like: 2 warm-up runs, median of the timed runs)"
             " of `StartupMain` (`ones(3).add(1)`, JVM defaults, full benchmark class path)"
             " against `python3 -c \"import torch; torch.ones(3)+1\"`.\n")
    L.append("| process | median | min | max | runs |\n|---|--:|--:|--:|--:|")
    for nm, label in (("torchnd", "TorchND: `java ... StartupMain`"),
                      ("pytorch", "PyTorch: `python3 -c \"import torch; ...\"`")):
        r = startup.get(nm)
        if r:
            L.append(f"| {label} | {r['median_s']:.2f} s | {r['min_s']:.2f} s |"
                     f" {r['max_s']:.2f} s | {r['runs']} |")
    if "torchnd" in startup and "pytorch" in startup:
        L.append(f"\nTorchND/PyTorch: {startup['torchnd']['median_s'] / startup['pytorch']['median_s']:.2f}×\n")

    if a.memory and os.path.exists(a.memory):
        L.append("## Memory: RSS with no `close()` calls\n")
        L.append("`MemorySoak` (compat-tests): small ops (`a.add(1.0).mul(a)` on 4×4, two results"
                 " each, never closed), then fresh 4 MB results (`m.mul(2.0)` on 1024×1024"
                 " float32, never closed), then fresh 64 MB results (`h.mul(2.0)` on 16M float32),"
                 " counts as printed; process RSS (`VmRSS`) at intervals and the collections taken,"
                 " default JVM options but `-Xmx2g`.\n")
        L.append("```")
        L.extend(line.rstrip() for line in open(a.memory) if line.strip())
        L.append("```\n")

    ranked = sorted((r for r in rows if r["t"] and r["p"]),
                    key=lambda r: med(r["t"]) / med(r["p"]), reverse=True)
    L.append("## Worst TorchND/PyTorch rows (no close())\n")
    L.append("| operation | size | T/P | T/P worst | T close()/P | T/ND4J |\n|---|---|--:|--:|--:|--:|")
    for r in ranked[:8]:
        t, q = med(r["t"]), med(r["p"])
        L.append(f"| {r['name']} | {r['size']} | {fmt_ratio(t, q)} | {fmt_ratio(max(r['t']), q)} |"
                 f" {fmt_ratio(med(r['tc']), q)} | {fmt_ratio(t, med(r['n']))} |")
    L.append("")
    if os.path.exists(a.analysis):
        L.append(open(a.analysis).read().rstrip() + "\n")
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
