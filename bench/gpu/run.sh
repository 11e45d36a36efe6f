#!/usr/bin/env bash
# Reproduces the GPU figures of bench/results/train.md on a Linux machine with an NVIDIA GPU:
# the bundled `mlgate train` on the webgpu backend over a 1M-row table, then the same MLP timed
# side by side — mlgate's loop on webgpu, stock tfjs fit() on webgpu, PyTorch on CUDA — and the
# wasm backend on the same machine for scale.
#
# Needs: Node ≥ 20 with the repository's node_modules installed; libvulkan1 and the NVIDIA
# driver's Vulkan ICD (VK_DRIVER_FILES is found below if unset); python3 with a CUDA build of torch
# (PYTHON=... to pick the interpreter). Run from the repository root:
#   bash bench/gpu/run.sh [work dir]
set -euo pipefail

work="${1:-${TMPDIR:-/tmp}/mlgate-gpu-bench}"
python="${PYTHON:-python3}"
rows="${ROWS:-1000000}"
hidden="${HIDDEN:-512,512}"
batch="${BATCH:-4096}"
epochs="${EPOCHS:-5}"

nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
if [ -z "${VK_DRIVER_FILES:-}" ]; then
  for icd in /usr/share/vulkan/icd.d/nvidia_icd.json /etc/vulkan/icd.d/nvidia_icd.json; do
    if [ -f "$icd" ]; then export VK_DRIVER_FILES="$icd"; break; fi
  done
fi
echo "VK_DRIVER_FILES=${VK_DRIVER_FILES:-<unset>}"
"$python" -c 'import torch; assert torch.cuda.is_available(), "torch has no CUDA"; print("torch", torch.__version__, torch.cuda.get_device_name(0))'

npm run build
npx tsx bench/gpu/make-data.ts "$work" --rows "$rows" --hidden "$hidden" --batch "$batch" --epochs "$epochs"

echo "== bundled mlgate train, backend webgpu, $rows rows"
node bin/mlgate.js --config "$work/mlgate.yml" train --backend webgpu --out "$work/out"
node -e 'const r=require(process.argv[1]); console.log(`train.json: ${r.samples_per_second} samples/s on ${r.backend} (${r.device})`)' "$work/out/train.json"

echo "== side by side: webgpu custom loop, webgpu fit(), PyTorch CUDA"
PYTHON="$python" npx tsx bench/train.ts --backend webgpu --rows "$rows" --hidden "$hidden" --batch "$batch" --epochs "$epochs" --torch-device cuda

echo "== wasm on this machine's CPU, same MLP (fewer rows: it is slow)"
PYTHON="$python" npx tsx bench/train.ts --backend wasm --rows 50000 --hidden "$hidden" --batch "$batch" --epochs 1 --torch-device cpu --no-fit
