#!/usr/bin/env python3
"""Bring-your-own training with PyTorch, run by `mlgate train` through `train.command`.

mlgate fits the preprocessing (imputation, scaling, one-hot) on the training split, keeps it in the
model bundle, and hands this script the encoded matrices, so the model trained here sees exactly
what predict, evaluate and serve will feed it:

  MLGATE_TRAIN_FEATURES  CSV: header, then one row per labelled training row; every column but the
                         last is an encoded feature, the last is the target (class index for
                         classification, the value for regression)
  MLGATE_TEST_FEATURES   the same for the test file (when there is one)
  MLGATE_CLASSES         JSON list of class labels, in the order of the class indices
  MLGATE_TASK            classification | regression
  MLGATE_SEED            seed to use
  MLGATE_OUTPUT          directory to write model.onnx into
  (MLGATE_TRAIN, MLGATE_TEST and MLGATE_LABEL name the raw files and label, for scripts that want them.)

The ONNX graph takes one float32 input [rows x features] and returns class probabilities
[rows x classes] (a softmax ends the exported graph) or values [rows x 1].
"""
import json
import os
import sys

import numpy as np
import torch
from torch import nn


def load(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float32, ndmin=2)
    return data[:, :-1], data[:, -1]


def build(width, outputs, hidden=(64, 32)):
    layers, last = [], width
    for units in hidden:
        layers += [nn.Linear(last, units), nn.ReLU()]
        last = units
    layers.append(nn.Linear(last, outputs))
    return nn.Sequential(*layers)


def train(x, y, task, classes, seed, epochs=60, batch_size=64, lr=0.01):
    torch.manual_seed(seed)
    outputs = len(classes) if task == "classification" else 1
    model = build(x.shape[1], outputs)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    xt = torch.from_numpy(x)
    yt = torch.from_numpy(y).long() if task == "classification" else torch.from_numpy(y).unsqueeze(1)
    loss_fn = nn.CrossEntropyLoss() if task == "classification" else nn.MSELoss()
    gen = torch.Generator().manual_seed(seed)
    for epoch in range(epochs):
        perm = torch.randperm(len(xt), generator=gen)
        total = 0.0
        for start in range(0, len(xt), batch_size):
            idx = perm[start : start + batch_size]
            opt.zero_grad()
            loss = loss_fn(model(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        print(f"epoch {epoch + 1}/{epochs} loss {total / len(xt):.4f}", flush=True)
    return model


def exportable(model, task):
    """The graph that is exported: probabilities for classification, values for regression."""
    return nn.Sequential(model, nn.Softmax(dim=1)) if task == "classification" else model


def export(model, task, width, path):
    graph = exportable(model, task).eval()
    torch.onnx.export(
        graph,
        torch.zeros(1, width),
        path,
        input_names=["features"],
        output_names=["output"],
        dynamic_axes={"features": {0: "rows"}, "output": {0: "rows"}},
        opset_version=13,
    )


def main():
    task = os.environ["MLGATE_TASK"]
    classes = json.loads(os.environ.get("MLGATE_CLASSES", "[]"))
    seed = int(os.environ.get("MLGATE_SEED", "0"))
    x, y = load(os.environ["MLGATE_TRAIN_FEATURES"])
    model = train(x, y, task, classes, seed)
    test_path = os.environ.get("MLGATE_TEST_FEATURES")
    if test_path and task == "classification":
        xt, yt = load(test_path)
        with torch.no_grad():
            pred = model(torch.from_numpy(xt)).argmax(dim=1).numpy()
        print(f"test accuracy {float((pred == yt).mean()):.4f}", flush=True)
    export(model, task, x.shape[1], os.path.join(os.environ["MLGATE_OUTPUT"], "model.onnx"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
