#!/usr/bin/env bash
# Side-by-side benchmarks: TorchND vs raw ND4J (JMH) vs PyTorch (bench_torch.py), plus process
# start-up, written to docs/benchmarks.md. One command, about 20 minutes on 2 cores:
#
#   benchmarks/run.sh
#
# Environment knobs:
#   THREADS       intra-op threads for PyTorch and ND4J/OpenBLAS (default: nproc)
#   JMH_ARGS      JMH settings (default: "-wi 3 -w 300ms -i 5 -r 400ms -f 1")
#   BENCH         regex selecting benchmarks within each class, e.g. BENCH=ElementwiseBench or
#                 BENCH='ElementwiseBench.add' (default: all)
#   PY_ARGS       extra bench_torch.py arguments (default: "--warmup 2 --samples 10 --sample-time 0.15")
#   STARTUP_RUNS  timed runs per start-up command (default: 10)
#   SIMD_BENCH    classes also run with --add-modules jdk.incubator.vector (the opt-in Vector API
#                 path; default: "ElementwiseBench ReduceBench LinalgBench"; "" skips)
#   SIMD_FILTER   regex on their method names (default: the ops with a Vector API body,
#                 "exp|sum|mean|max|dot|mv")
#   ND4J          "skip" leaves out the raw ND4J rows (default: run them)
#   BASELINE      a git revision: its api/backend are built in a temporary tree and its TorchND
#                 rows (no close()) run beside this tree's, as a "before" column (default: none)
#   SOAK          MemorySoak arguments "smallOps bigResults" (default: "10000000 10000"; "skip" skips)
#   OUT           report path (default: docs/benchmarks.md)
# Needs JDK 17, Maven, and Debian's python3-torch at /usr/bin/python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
py=/usr/bin/python3
THREADS="${THREADS:-$(nproc)}"
JMH_ARGS="${JMH_ARGS:--wi 3 -w 300ms -i 5 -r 400ms -f 1}"
BENCH="${BENCH:-.}"
PY_ARGS="${PY_ARGS:---warmup 2 --samples 10 --sample-time 0.15}"
STARTUP_RUNS="${STARTUP_RUNS:-10}"
SOAK="${SOAK:-10000000 10000}"
SIMD_BENCH="${SIMD_BENCH-ElementwiseBench ReduceBench LinalgBench}"
SIMD_FLAG="--add-modules jdk.incubator.vector"
SIMD_FILTER="${SIMD_FILTER:-exp|sum|mean|max|dot|mv}"
BASELINE="${BASELINE:-}"
ND4J="${ND4J:-run}"
only_torchnd=""
[[ "$ND4J" == skip ]] && only_torchnd="(?!.*_nd4j$)"
OUT="${OUT:-$root/docs/benchmarks.md}"
work="$here/target/bench"

echo "== build"
(cd "$root" && mvn -q -B -ntp -pl benchmarks,compat-tests -am package -DskipTests)

# Snapshot this tree's jars so a concurrent rebuild elsewhere cannot change them mid-run; the
# ~/.m2 jars stay where they are.
rm -rf "$work" && mkdir -p "$work/lib"
cp -r "$here/target/classes" "$work/classes"
cp_entries=("$work/classes")
IFS=: read -r -a deps < "$here/target/classpath.txt" || true  # no final newline
for d in "${deps[@]}"; do
  if [[ "$d" == "$root"/* ]]; then
    dest="$work/lib/$(basename "$(dirname "$(dirname "$d")")")-$(basename "$d")"
    cp -r "$d" "$dest"
    cp_entries+=("$dest")
  else
    cp_entries+=("$d")
  fi
done
cp="$(IFS=:; echo "${cp_entries[*]}")"
# MemorySoak is a main in compat-tests' test classes; it needs only the API and the backend.
cp -r "$root/compat-tests/target/test-classes" "$work/soak-classes"

base_cp=""
if [[ -n "$BASELINE" ]]; then
  echo "== baseline $BASELINE: build its api and backend"
  base_tree="$work/baseline"
  mkdir -p "$base_tree"
  git -C "$root" archive "$BASELINE" | tar -x -C "$base_tree"
  (cd "$base_tree" && mvn -q -B -ntp -o -pl backend-nd4j -am package -DskipTests)
  # This tree's benchmark classes over the baseline's library: same harness, old kernels.
  base_cp="$work/classes:$base_tree/api/target/classes:$base_tree/backend-nd4j/target/classes"
  for d in "${deps[@]}"; do
    [[ "$d" == "$root"/* ]] || base_cp+=":$d"
  done
fi

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
export OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"

# One benchmark class at a time, its PyTorch rows right after it, so that both sides of a ratio
# (JMH ignores its /tmp lock: other users of this machine may hold it)
# run under the same load on a shared machine. A new *Bench class is picked up by its name.
classes=()
for c in "$work"/classes/dev/torchnd/benchmarks/*Bench.class; do
  classes+=("$(basename "$c" .class)")
done
jmh_files=() torch_files=() simd_files=() base_files=()
for cls in "${classes[@]}"; do
  echo "== $cls: JMH, TorchND and raw ND4J ($THREADS intra-op threads, $JMH_ARGS)"
  # shellcheck disable=SC2086
  java -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main "^(?=.*\\.$cls\\.)$only_torchnd.*(?:$BENCH)" $JMH_ARGS -t 1 -jvmArgs "-Xmx2g" \
    -rf json -rff "$work/jmh-$cls.json" \
    | grep --line-buffered -E '^(# Benchmark:|# Parameters|Benchmark |[A-Z][A-Za-z]+Bench\.)' || true
  [[ -s "$work/jmh-$cls.json" ]] && jmh_files+=("$work/jmh-$cls.json")
  if [[ " $SIMD_BENCH " == *" $cls "* ]]; then
    echo "== $cls: JMH, TorchND with $SIMD_FLAG"
    # shellcheck disable=SC2086
    java -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main "^(?=.*\\.$cls\\.(?:$SIMD_FILTER))(?=.*(?:$BENCH)).*_torchnd$" -p close=false \
      $JMH_ARGS -t 1 -jvmArgs "-Xmx2g $SIMD_FLAG" -rf json -rff "$work/jmh-simd-$cls.json" \
      | grep --line-buffered -E '^(# Benchmark:|# Parameters|Benchmark |[A-Z][A-Za-z]+Bench\.)' || true
    [[ -s "$work/jmh-simd-$cls.json" ]] && simd_files+=("$work/jmh-simd-$cls.json")
  fi
  if [[ -n "$base_cp" ]]; then
    echo "== $cls: JMH, TorchND at $BASELINE"
    # shellcheck disable=SC2086
    java -Djmh.ignoreLock=true -cp "$base_cp" org.openjdk.jmh.Main "^(?=.*\\.$cls\\.)(?=.*(?:$BENCH)).*_torchnd$" -p close=false $JMH_ARGS \
      -t 1 -jvmArgs "-Xmx2g" -rf json -rff "$work/jmh-base-$cls.json" \
      | grep --line-buffered -E '^(# Benchmark:|# Parameters|Benchmark |[A-Z][A-Za-z]+Bench\.)' || true
    [[ -s "$work/jmh-base-$cls.json" ]] && base_files+=("$work/jmh-base-$cls.json")
  fi
  echo "== $cls: PyTorch"
  # shellcheck disable=SC2086
  "$py" "$here/bench_torch.py" --threads "$THREADS" --filter "^(?=$cls\\.).*(?:$BENCH)" $PY_ARGS \
    --out "$work/torch-$cls.json"
  torch_files+=("$work/torch-$cls.json")
done

echo "== start-up"
"$py" "$here/time_process.py" --name torchnd --runs "$STARTUP_RUNS" -- \
  java -cp "$cp" dev.torchnd.benchmarks.StartupMain > "$work/startup.jsonl"
"$py" "$here/time_process.py" --name pytorch --runs "$STARTUP_RUNS" -- \
  "$py" -c "import torch; torch.ones(3)+1" >> "$work/startup.jsonl"

echo "== Vector API warm-up (first calls in a fresh JVM)"
{
  echo "### scalar (default)"
  java -Xmx2g -cp "$cp" dev.torchnd.benchmarks.WarmupMain 3 2>&1 | grep -v '^WARNING'
  echo "### $SIMD_FLAG"
  java -Xmx2g $SIMD_FLAG -cp "$cp" dev.torchnd.benchmarks.WarmupMain 3 2>&1 | grep -v '^WARNING'
} | tee "$work/warmup.txt"

mem_args=()
if [[ "$SOAK" != skip ]]; then
  echo "== memory soak (RSS with no close() calls)"
  # shellcheck disable=SC2086
  java -Xmx2g -cp "$cp:$work/soak-classes" dev.torchnd.compat.MemorySoak $SOAK | tee "$work/memory.txt"
  mem_args=(--memory "$work/memory.txt")
fi

echo "== serialization memory (peak RSS growth of torch.save / torch.load, 100 MB state_dict)"
ser_file="$work/serialization-memory.pt"
{
  java -Xmx2g -cp "$cp" dev.torchnd.benchmarks.SerializationMemory save "$ser_file"
  java -Xmx2g -cp "$cp" dev.torchnd.benchmarks.SerializationMemory load "$ser_file" | head -1
  "$py" "$here/serialization_memory.py" save "$ser_file"
  "$py" "$here/serialization_memory.py" load "$ser_file"
} | tee "$work/serialization-memory.txt"
rm -f "$ser_file"
if [[ -n "${mem_args[*]:-}" ]]; then
  cat "$work/serialization-memory.txt" >> "$work/memory.txt"
else
  mem_args=(--memory "$work/serialization-memory.txt")
fi

echo "== report"
"$py" "$here/report.py" --jmh "${jmh_files[@]}" --torch "${torch_files[@]}" \
  --startup "$work/startup.jsonl" --threads "$THREADS" --jmh-args "$JMH_ARGS" \
  --load-before "$load_before" "${mem_args[@]}" --warmup "$work/warmup.txt" \
  ${simd_files[@]+--jmh-simd "${simd_files[@]}"} \
  ${base_files[@]+--jmh-base "${base_files[@]}" --baseline "$BASELINE"} --out "$OUT"
echo "wrote $OUT"
