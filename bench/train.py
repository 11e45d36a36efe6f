#!/usr/bin/env python3
"""PyTorch side of bench/train.ts: the same MLP, data, batch size and optimiser, timed the same way
(samples per second over all epochs, the loss read back once per epoch).

  python3 bench/train.py --data X.f32 --labels y.i32 --rows N --features F --classes K \
      --hidden 64,32 --batch 512[,4096,...] --epochs 5 --lr 0.01 --device cpu|cuda [--repeat 1]

One process serves every batch size and repeat, after one untimed warm-up pass (CUDA context,
cuBLAS handles, allocator pools), so that start-up is outside the figures as it is on the tfjs side.
Prints one JSON line per batch size, the best of --repeat runs:
{"batch": ..., "samples_per_second": ..., "device": ..., "threads": ..., "torch": ..., "tf32": ...}.
"""
import argparse
import json
import time

import numpy as np
import torch
from torch import nn


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--labels", required=True)
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--features", type=int, required=True)
    p.add_argument("--classes", type=int, required=True)
    p.add_argument("--hidden", default="64,32")
    p.add_argument("--batch", default="512")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--lr", type=float, default=0.01)
    p.add_argument("--device", default="cpu")
    p.add_argument("--repeat", type=int, default=1)
    a = p.parse_args()

    device = torch.device(a.device)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise SystemExit(f"torch {torch.__version__} sees no CUDA device")
    x = torch.from_numpy(np.fromfile(a.data, dtype=np.float32).reshape(a.rows, a.features)).to(device)
    y = torch.from_numpy(np.fromfile(a.labels, dtype=np.int32).astype(np.int64)).to(device)
    hidden = [int(h) for h in a.hidden.split(",") if h]

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    def run(batch, rows, epochs):
        torch.manual_seed(0)
        layers, last = [], a.features
        for units in hidden:
            layers += [nn.Linear(last, units), nn.ReLU()]
            last = units
        layers.append(nn.Linear(last, a.classes))
        model = nn.Sequential(*layers).to(device)
        opt = torch.optim.Adam(model.parameters(), lr=a.lr)
        loss_fn = nn.CrossEntropyLoss()
        sync()
        t0 = time.perf_counter()
        for _ in range(epochs):
            perm = torch.randperm(rows, device=device)
            xs, ys = x[perm], y[perm]
            total = torch.zeros((), device=device)
            for start in range(0, rows, batch):
                xb, yb = xs[start : start + batch], ys[start : start + batch]
                opt.zero_grad(set_to_none=True)
                loss = loss_fn(model(xb), yb)
                loss.backward()
                opt.step()
                total += loss.detach() * len(xb)
            float(total)  # one device-to-host read per epoch, as in the tfjs loop
        sync()
        return rows * epochs / (time.perf_counter() - t0)

    batches = [int(b) for b in a.batch.split(",") if b]
    for batch in batches:
        run(batch, min(a.rows, batch * 4), 1)  # warm-up: kernels, handles and pools for this shape
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"
    tf32 = bool(device.type == "cuda" and torch.backends.cuda.matmul.allow_tf32)
    for batch in batches:
        best = max(run(batch, a.rows, a.epochs) for _ in range(max(1, a.repeat)))
        print(
            json.dumps(
                {
                    "batch": batch,
                    "samples_per_second": best,
                    "device": name,
                    "threads": torch.get_num_threads(),
                    "torch": torch.__version__,
                    "tf32": tf32,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
