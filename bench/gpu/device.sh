#!/usr/bin/env bash
# The GPU figures of bench/results/train.md in one short run on a bare Linux x86-64 machine with an
# NVIDIA GPU, from the folder that bench/gpu/pack.sh makes (Node, the bundles, the Vulkan and GLVND
# libraries, the PyTorch script): nothing is installed and nothing is fetched.
#
#   bash .gpu-pack/device.sh          # from the directory holding .gpu-pack; OUT=... for the results
#
# Steps, each under its own time limit and all under one budget (BUDGET, default 330 s, so the
# whole run ends inside 6 minutes); a step that fails or is skipped is written down with its reason
# and the others still run:
#   env        machine, GPU and driver (nvidia-smi)
#   unpack     Node and the webgpu binary (xz), the .deb libraries (dpkg -x, into a local folder on
#              LD_LIBRARY_PATH); the NVIDIA Vulkan ICD for VK_DRIVER_FILES
#   probe      torch (and whether it sees CUDA), and the webgpu backend (a GPU adapter). When the
#              adapter is missing and this runs as root, the libraries are unpacked into / and the
#              probe repeated (some images find the driver only through the system linker cache)
#   smoke      the bundled CLI on wasm over a 20 000-row table (proves the bundle before GPU time)
#   side       the same MLP side by side: mlgate's loop on webgpu, stock tfjs fit() on webgpu,
#              PyTorch on CUDA (32 features → 512 → 512 → 4, ROWS=1 000 000, batch 4096,
#              EPOCHS=3, best of 2)
#   profile    kernels and GPU dispatches per batch, host reads and GPU→host downloads per epoch,
#              custom loop vs fit(), at batch 1024 and 4096
#   sweep      custom loop vs PyTorch CUDA at batch 1024, 4096, 16384 (262 144 rows, 2 epochs)
#   data, cli  the 1M-row benchmark table (bench/gen-data.ts), then the bundled
#              `mlgate train --backend webgpu` on it end to end (MLP 512,512, batch 4096, 3 epochs)
#   wasm       the same MLP on wasm and PyTorch on the CPU, for scale (WASM_ROWS=8192, 1 epoch after
#              a warm-up epoch: about 30 s on a busy 2-core machine, single-threaded wasm)
# Without a usable GPU the webgpu and CUDA steps are skipped with the reason; smoke and wasm run.
# The sizes aim at 2–3 minutes on a 16-core GPU host (an estimate, not yet measured on one); the
# budget cuts only what a slower machine would not finish. Without a GPU: 85 s on 2 busy cores.
#
# Writes under $OUT (default ./out-gpu): figures.jsonl (one JSON object per figure and per step),
# summary.md, run.log (this output) and logs.tar.gz (each step's raw log, train.json, MANIFEST).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${OUT:-$PWD/out-gpu}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
work="${WORK:-${TMPDIR:-/tmp}/mlgate-gpu-run}"
budget="${BUDGET:-330}"
rows="${ROWS:-1000000}"
epochs="${EPOCHS:-3}"
cli_rows="${CLI_ROWS:-1000000}"
wasm_rows="${WASM_ROWS:-8192}"
sweep_rows="${SWEEP_ROWS:-262144}"
hidden="${HIDDEN:-512,512}"
# GPU_BACKEND=wasm rehearses the GPU steps on a machine without one (with small ROWS, CLI_ROWS and
# HIDDEN), so that every command of the GPU branch has run before GPU time is spent on it.
gpu_backend="${GPU_BACKEND:-webgpu}"
started="$(date +%s)"
deadline=$((started + budget))

rm -rf "$work"
mkdir -p "$work/logs"
logs="$work/logs"
figures="$OUT/figures.jsonl"
summary="$OUT/summary.md"
: >"$figures"
exec > >(tee "$OUT/run.log") 2>&1
tee_pid=$!
export here work

# JSON string of $1: backslashes, quotes and control characters escaped.
jstr() {
  local s="${1//\\/\\\\}"
  s="${s//\"/\\\"}"
  s="${s//$'\t'/ }"
  s="${s//$'\r'/ }"
  s="${s//$'\n'/ | }"
  printf '"%s"' "$s"
}
record() { # step status seconds reason
  printf '{"step":%s,"status":%s,"seconds":%s,"reason":%s}\n' "$(jstr "$1")" "$(jstr "$2")" "$3" "$(jstr "$4")" >>"$figures"
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "${4//|/\\|}" >>"$work/steps.md"
  echo "-- $1: $2 (${3}s)${4:+ — $4}"
}
skip() { record "$1" skipped 0 "$2"; }
last_line() { grep -v '^\s*$' "$1" 2>/dev/null | grep -v '^    at ' | tail -1 | cut -c1-300; }

# step NAME LIMIT_S COMMAND...: runs COMMAND under min(LIMIT_S, time left), its output in
# $logs/NAME.log; the reason for a failure is its last line (or the time-out).
step() {
  local name="$1" limit="$2"
  shift 2
  local left=$((deadline - $(date +%s)))
  if [ "$left" -lt 10 ]; then
    skip "$name" "no time left in the ${budget}s budget"
    return 1
  fi
  [ "$limit" -gt "$left" ] && limit="$left"
  echo "== $name (limit ${limit}s)"
  local t0 t1 rc secs
  t0="$(date +%s.%N)"
  # Through bash, so that COMMAND may be one of the functions below (exported); timeout signals
  # the whole process group, node and python children included.
  timeout -k 5 "$limit" bash -c '"$@"' "$name" "$@" >"$logs/$name.log" 2>&1
  rc=$?
  t1="$(date +%s.%N)"
  secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
  grep -v '^Warning: vkCreateInstance\|CheckVkSuccessImpl\|VK_ERROR_INCOMPATIBLE_DRIVER' "$logs/$name.log" | tail -40
  if [ "$rc" -eq 0 ]; then
    record "$name" ok "$secs" ""
  elif [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    record "$name" failed "$secs" "timed out after ${limit}s"
  else
    record "$name" failed "$secs" "exit $rc: $(last_line "$logs/$name.log")"
  fi
  return "$rc"
}

: >"$work/steps.md"
echo "mlgate packed GPU run, $(date -u +%Y-%m-%dT%H:%M:%SZ); budget ${budget}s; results in $OUT"

# --- env ------------------------------------------------------------------------------------------
{
  uname -a
  echo "cpus: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  grep -m1 MemTotal /proc/meminfo || true
  cat "$here/MANIFEST" 2>/dev/null
} >"$logs/env.log" 2>&1
gpu="none"
if command -v nvidia-smi >/dev/null 2>&1 && gpu_line="$(timeout 20 nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>>"$logs/env.log" | head -1)" && [ -n "$gpu_line" ]; then
  gpu="$gpu_line"
  timeout 20 nvidia-smi >>"$logs/env.log" 2>&1 || true
  echo "GPU: $gpu"
  printf '{"step":"env","gpu":%s,"cpus":%s}\n' "$(jstr "$gpu")" "$(nproc)" >>"$figures"
else
  echo "GPU: none (nvidia-smi absent or found no GPU)"
  printf '{"step":"env","gpu":null,"cpus":%s}\n' "$(nproc)" >>"$figures"
fi

# --- unpack ---------------------------------------------------------------------------------------
unxz_to() { # src dst: xz, else Python's lzma
  if command -v xz >/dev/null 2>&1; then
    xz -dc "$1" >"$2"
  else
    python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2], "wb"))' "$1" "$2"
  fi
}
unpack() {
  set -e
  mkdir -p "$work/node/bin" "$work/sysroot"
  unxz_to "$here/node.xz" "$work/node/bin/node"
  chmod +x "$work/node/bin/node"
  "$work/node/bin/node" --version
  cp -r "$here/bin" "$here/dist" "$work/"
  unxz_to "$here/dist/node_modules/webgpu/dist/linux-x64/dawn.node.xz" "$work/dist/node_modules/webgpu/dist/linux-x64/dawn.node"
  rm -f "$work/dist/node_modules/webgpu/dist/linux-x64/dawn.node.xz"
  for f in "$here"/debs/*.deb; do dpkg -x "$f" "$work/sysroot"; done
  ls "$work/sysroot/usr/lib/x86_64-linux-gnu"
}
export -f unxz_to unpack
step unpack 60 unpack || true
node="$work/node/bin/node"
export node
export PATH="$work/node/bin:$PATH"
lib="$work/sysroot/usr/lib/x86_64-linux-gnu"
for d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib; do [ -d "$d" ] && lib="$lib:$d"; done
export LD_LIBRARY_PATH="$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
if [ -z "${VK_DRIVER_FILES:-}" ]; then
  for icd in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.json \
    /etc/vulkan/icd.d/nvidia_icd.json \
    $(find /usr/local/nvidia /usr/share/vulkan /etc/vulkan -name 'nvidia_icd*.json' 2>/dev/null); do
    if [ -f "$icd" ]; then export VK_DRIVER_FILES="$icd"; break; fi
  done
fi
if [ -z "${__EGL_VENDOR_LIBRARY_FILENAMES:-}" ]; then
  for egl in /usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json /usr/share/glvnd/egl_vendor.d/10_nvidia.json; do
    if [ -f "$egl" ]; then export __EGL_VENDOR_LIBRARY_FILENAMES="$egl"; break; fi
  done
fi
echo "VK_DRIVER_FILES=${VK_DRIVER_FILES:-<none found>}"
printf '{"step":"vulkan-icd","file":%s}\n' "$(jstr "${VK_DRIVER_FILES:-}")" >>"$figures"

bench="$work/dist/bench/train.js"
mlp=(--features 32 --classes 4 --hidden "$hidden")

# --- probes -------------------------------------------------------------------------------------
python=""
for p in ${PYTHON:-} python3 /opt/torch/.venv/bin/python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import torch' >/dev/null 2>&1; then python="$(command -v "$p")"; break; fi
done
cuda="no"
if [ -n "$python" ]; then
  export PYTHON="$python" python
  probe_torch() { "$python" -c 'import torch; print("torch", torch.__version__, "cuda:", torch.cuda.is_available() and torch.cuda.get_device_name(0))'; }
  export -f probe_torch
  step probe-torch 60 probe_torch || true
  grep -q 'cuda: False' "$logs/probe-torch.log" || { grep -q 'cuda: ' "$logs/probe-torch.log" && cuda="yes"; }
else
  skip probe-torch "no python3 with torch found (set PYTHON)"
fi
webgpu="no"
webgpu_reason=""
export bench
export gpu_backend
probe_webgpu() { "$node" "$bench" --backend "$gpu_backend" --probe; }
export -f probe_webgpu
if [ -x "$node" ]; then
  if step probe-webgpu 60 probe_webgpu; then
    webgpu="yes"
  elif [ "$(id -u)" = 0 ] && [ "$gpu" != none ]; then
    # Some images find the driver's libraries only through the system linker cache: unpack into /
    # (these GLVND and Vulkan packages only add files) and refresh it.
    echo "webgpu: no adapter with the local libraries; unpacking them into / and trying again"
    for f in "$here"/debs/*.deb; do dpkg -x "$f" /; done
    ldconfig || true
    if step probe-webgpu-root 60 probe_webgpu; then webgpu="yes"; fi
  fi
  if [ "$webgpu" = no ]; then
    why="$(sed -n 's/.*(webgpu: \(.*\))$/\1/p' "$logs"/probe-webgpu*.log | tail -1)"
    webgpu_reason="webgpu/GPU absent: ${why:-$(last_line "$logs/probe-webgpu.log")}"
  fi
else
  webgpu_reason="node did not unpack"
fi
echo "webgpu: $webgpu${webgpu_reason:+ ($webgpu_reason)}; torch: ${python:-none}, CUDA: $cuda"

# --- smoke: the bundled CLI on wasm ---------------------------------------------------------------
smoke() {
  set -e
  "$node" "$work/dist/bench/make-data.js" "$work/smoke" --rows 20000 --hidden 64,32 --batch 512 --epochs 1
  "$node" "$work/bin/mlgate.js" --config "$work/smoke/mlgate.yml" train --backend wasm --out "$work/smoke/out"
}
export -f smoke
if [ -x "$node" ]; then step smoke 60 smoke || true; else skip smoke "node did not unpack"; fi

# --- side by side, profile, sweep: the GPU steps --------------------------------------------------
json=(--json "$figures")
# PyTorch beside the GPU backend: CUDA where torch sees it (TORCH_DEVICE=cpu for a rehearsal).
torch_dev="${TORCH_DEVICE:-none}"
[ -z "${TORCH_DEVICE:-}" ] && [ "$cuda" = yes ] && torch_dev=cuda
if [ "$webgpu" = yes ]; then
  step side 120 "$node" "$bench" --backend "$gpu_backend" "${mlp[@]}" --rows "$rows" --batch 4096 --epochs "$epochs" \
    --repeat 2 --torch-device "$torch_dev" "${json[@]}" --tag side || true
  step profile 45 "$node" "$bench" --backend "$gpu_backend" "${mlp[@]}" --profile --sweep 1024,4096 "${json[@]}" --tag profile || true
  step sweep 75 "$node" "$bench" --backend "$gpu_backend" "${mlp[@]}" --rows "$sweep_rows" --sweep 1024,4096,16384 --epochs 2 \
    --repeat 1 --no-fit --torch-device "$torch_dev" "${json[@]}" --tag sweep || true
elif [ "$cuda" = yes ]; then
  skip side "$webgpu_reason; PyTorch CUDA timed alone"
  step side-torch 60 "$node" "$bench" --backend none "${mlp[@]}" --rows "$rows" --batch 4096 --epochs "$epochs" \
    --repeat 2 --torch-device cuda "${json[@]}" --tag side-torch || true
  skip profile "$webgpu_reason"
  skip sweep "$webgpu_reason"
else
  skip side "$webgpu_reason; torch CUDA: $cuda"
  skip profile "$webgpu_reason"
  skip sweep "$webgpu_reason"
fi

# --- the bundled CLI end to end on webgpu ---------------------------------------------------------
# Its wall time runs from the start to the report line (train.json written). A process that is
# still alive 5 s after that (native GPU handles keeping Node's event loop alive) is ended and
# written down, rather than let it eat the budget: a CI job would hang the same way.
cli_train() {
  local out="$work/data/out" t0 pid wall=""
  elapsed() { awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
  t0="$(date +%s.%N)"
  "$node" "$work/bin/mlgate.js" --config "$work/data/mlgate.yml" train --backend "$gpu_backend" --out "$out" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if [ -f "$out/train.json" ]; then
      wall="$(elapsed)"
      echo "wall_seconds=$wall"
      for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      if kill -0 "$pid" 2>/dev/null; then
        echo "exited=no: mlgate train wrote train.json but had not exited 5 s later; ended"
        kill "$pid"
        wait "$pid"
        return 0
      fi
      break
    fi
    sleep 0.2
  done
  wait "$pid" || return
  [ -n "$wall" ] || echo "wall_seconds=$(elapsed)"
  echo "exited=yes"
}
export -f cli_train
export gpu_backend
if [ "$webgpu" = yes ]; then
  if step data 60 "$node" "$work/dist/bench/make-data.js" "$work/data" --rows "$cli_rows" --hidden "$hidden" \
    --batch 4096 --epochs "$epochs"; then
    if step cli 120 cli_train; then
      cp "$work/data/out/train.json" "$logs/train.json" 2>/dev/null || true
      "$node" -e '
        const [file, out, wall, exited] = process.argv.slice(1);
        const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
        const f = { step: "cli", trainer: "mlgate train (bundled CLI)", backend: r.backend, device: r.device,
          rows: r.train_rows, epochs: r.epochs.length, samples_per_second: r.samples_per_second,
          duration_seconds: r.duration_seconds, wall_seconds: Number(wall), exited_by_itself: exited === "yes" };
        require("fs").appendFileSync(out, JSON.stringify(f) + "\n");
        console.log(`cli: ${r.samples_per_second} samples/s on ${r.backend} (${r.device}); ${wall} s end to end` +
          (exited === "yes" ? "" : "; the process did not exit by itself"));
      ' "$work/data/out/train.json" "$figures" "$(sed -n 's/^wall_seconds=//p' "$logs/cli.log")" \
        "$(grep -q '^exited=yes' "$logs/cli.log" && echo yes || echo no)" || true
    fi
  else
    skip cli "the table was not made"
  fi
else
  skip data "$webgpu_reason"
  skip cli "$webgpu_reason"
fi

# --- wasm and PyTorch CPU, for scale --------------------------------------------------------------
if [ -x "$node" ]; then
  torch_cpu=none
  [ -n "$python" ] && torch_cpu=cpu
  step wasm 120 "$node" "$bench" --backend wasm "${mlp[@]}" --rows "$wasm_rows" --batch 4096 --epochs 1 --repeat 1 \
    --no-fit --torch-device "$torch_cpu" "${json[@]}" --tag wasm || true
else
  skip wasm "node did not unpack"
fi

# --- summary --------------------------------------------------------------------------------------
total=$(($(date +%s) - started))
{
  echo "# mlgate packed GPU run"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ); GPU: $gpu; VK_DRIVER_FILES: ${VK_DRIVER_FILES:-none}; torch: ${python:-none} (CUDA: $cuda); ${total} s in all (budget ${budget} s)"
  echo
  sed 's/^/    /' "$here/MANIFEST" 2>/dev/null
  echo
  echo "| step | status | seconds | reason |"
  echo "| --- | --- | ---: | --- |"
  cat "$work/steps.md"
  for s in side side-torch profile sweep wasm; do
    [ -f "$logs/$s.log" ] || continue
    echo
    echo "## $s"
    echo
    grep '^|\|^MLP\|skipped' "$logs/$s.log"
  done
  if [ -x "$node" ]; then
    echo
    "$node" -e '
      const [file, gpu, torchName] = process.argv.slice(1);
      const rows = require("fs").readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
      const timed = rows.filter((r) => r.samples_per_second && (r.step === "side" || r.step === "sweep"));
      const find = (step, batch, test) => timed.find((r) => r.step === step && r.batch === batch && test(r))?.samples_per_second;
      for (const r of timed.filter((r) => r.backend === gpu && r.trainer.startsWith("mlgate"))) {
        const t = find(r.step, r.batch, (o) => o.backend === `torch-${torchName}`);
        const f = find(r.step, r.batch, (o) => o.backend === gpu && o.trainer.startsWith("tfjs"));
        if (!t) continue;
        console.log(`- ${r.step}, batch ${r.batch}: ${gpu} custom loop / PyTorch ${torchName} = ${(r.samples_per_second / t).toFixed(3)}×` +
          (f ? `; fit() / PyTorch ${torchName} = ${(f / t).toFixed(3)}×` : "") + (gpu === "webgpu" && torchName === "cuda" ? " (goal ≥ 0.5×)" : ""));
      }
    ' "$figures" "$gpu_backend" "$torch_dev" || true
  fi
} >"$summary"
cp "$here/MANIFEST" "$logs/" 2>/dev/null || true
tar -czf "$OUT/logs.tar.gz" -C "$work" logs steps.md 2>/dev/null || true
echo
cat "$summary"
echo
echo "done in ${total} s; figures in $OUT"
exec >&- 2>&-
wait "$tee_pid" 2>/dev/null || true
