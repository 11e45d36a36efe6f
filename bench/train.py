#!/usr/bin/env python3
"""PyTorch side of bench/train.ts: the same MLP, data, batch size and optimiser, timed the same way
(samples per second over all epochs, the loss read back once per epoch).

  python3 bench/train.py --data X.f32 --labels y.i32 --rows N --features F --classes K \
      --hidden 64,32 --batch 512 --epochs 5 --lr 0.01 --device cpu|cuda

Prints one JSON line: {"samples_per_second": ..., "device": ..., "threads": ...}.
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
    p.add_argument("--batch", type=int, default=512)
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--lr", type=float, default=0.01)
    p.add_argument("--device", default="cpu")
    a = p.parse_args()

    device = torch.device(a.device)
    torch.manual_seed(0)
    x = torch.from_numpy(np.fromfile(a.data, dtype=np.float32).reshape(a.rows, a.features)).to(device)
    y = torch.from_numpy(np.fromfile(a.labels, dtype=np.int32).astype(np.int64)).to(device)
    layers, last = [], a.features
    for units in [int(h) for h in a.hidden.split(",") if h]:
        layers += [nn.Linear(last, units), nn.ReLU()]
        last = units
    layers.append(nn.Linear(last, a.classes))
    model = nn.Sequential(*layers).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=a.lr)
    loss_fn = nn.CrossEntropyLoss()

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    sync()
    t0 = time.perf_counter()
    for _ in range(a.epochs):
        perm = torch.randperm(a.rows, device=device)
        xs, ys = x[perm], y[perm]
        total = torch.zeros((), device=device)
        for start in range(0, a.rows, a.batch):
            xb, yb = xs[start : start + a.batch], ys[start : start + a.batch]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
            total += loss.detach() * len(xb)
        float(total)  # one device-to-host read per epoch, as in the tfjs loop
    sync()
    seconds = time.perf_counter() - t0
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"
    print(json.dumps({"samples_per_second": a.rows * a.epochs / seconds, "device": name, "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
