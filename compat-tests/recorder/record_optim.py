#!/usr/bin/python3
"""Records torch.optim fixtures from real PyTorch 1.13.

Run:  /usr/bin/python3 compat-tests/recorder/record_optim.py
Out:  compat-tests/src/test/resources/fixtures/optim.json, one object:

  "model":   the small MLP every optimizer case trains, written with plain tensor ops (the Java
             test builds the same one): {"X", "Y", "W1", "b1", "W2", "b2"} as tensors
             ({"shape", "dtype", "values"}); loss = ((relu(X @ W1 + b1) @ W2 + b2 - Y) ** 2).mean()
  "cases":   one per optimizer and option set:
      {"name", "optimizer": "SGD" | "Adam" | ..., "kwargs": {...},
       "groups": null (all four parameters in one list) or [{"params": ["W1", "W2"], ...opts}],
       "train":  {"losses": [20 floats], "params": {name: tensor}}   # 20 steps on the MLP
       "replay": {"grads": [20 x {name: tensor}],                     # given gradients, no model:
                  "params": {name: tensor},                           # the parameters after 20
                  "state": {index: {key: tensor | number | null}},    # steps, the state_dict's
                  "param_groups": [...], "repr": str,                 # state, groups and repr
                  "grads_after": {name: tensor | null}}}             # and .grad after step 20
  "schedulers": [{"name", "scheduler", "args": {...}, "lrs": [[...] per epoch],
                  "groups": [lr, ...], "state_dict": {...}}]
  "pointwise":  [{"op": "add" | "sub" | "addcmul" | "addcdiv", "scalar", "inputs": [tensor...],
                  "out": tensor}]  # torch.add(a, b, alpha=s), torch.addcmul(a, b, c, value=s), ...
  "errors":     [{"name", "type", "message"}]: the scenario <name> (see ERRORS; the Java test
                  has the same names) raised <type>: <message>.
  "nn_cases":   [{"name", "loss": "mse" | "cross_entropy", "losses": [20 floats],
                  "state_dict": {key: tensor}, "param_groups": [...], "repr": str}]: torch.manual_seed(0),
                  nn.Sequential(nn.Linear(5, 6), nn.ReLU(), nn.Linear(6, 3)) trained 20 steps on the
                  model's X (Y, or class labels argmax(Y)) with the optimizer of NN_CASES.
  "checkpoints": [{"name", "file", "optimizer", "kwargs", "grads": [6 x {name: tensor}],
                  "params": {name: tensor}}]: <file> (fixtures/optim/, torch.save) holds
                  {"params": {name: tensor}, "optimizer": state_dict()} after the first 3
                  steps; "params" are the parameters after all 6 (steps 4-6 after a reload).
"""

import json
import math
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "optim.json")

STEPS = 20
NAMES = ["W1", "b1", "W2", "b2"]


def tens(t):
    t = t.detach()
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": [float(v) if t.is_floating_point() else int(v) for v in t.reshape(-1).tolist()]}


def jsonable(v):
    if isinstance(v, torch.Tensor):
        return tens(v)
    if isinstance(v, tuple):
        return list(jsonable(x) for x in v)
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    return v


def model():
    g = torch.Generator().manual_seed(7)
    X = torch.randn(8, 5, generator=g)
    Y = torch.randn(8, 3, generator=g)
    W1 = torch.randn(5, 6, generator=g) * 0.5
    b1 = torch.randn(6, generator=g) * 0.1
    W2 = torch.randn(6, 3, generator=g) * 0.5
    b2 = torch.randn(3, generator=g) * 0.1
    return X, Y, {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def loss_fn(X, Y, p):
    return ((torch.relu(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"] - Y) ** 2).mean()


CASES = [
    ("sgd", "SGD", {"lr": 0.1}, None),
    ("sgd_momentum", "SGD", {"lr": 0.1, "momentum": 0.9}, None),
    ("sgd_dampening", "SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.1}, None),
    ("sgd_nesterov", "SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True}, None),
    ("sgd_weight_decay", "SGD", {"lr": 0.1, "weight_decay": 0.01}, None),
    ("sgd_maximize", "SGD", {"lr": 0.01, "momentum": 0.5, "maximize": True}, None),
    ("sgd_groups", "SGD", {"lr": 0.1},
     [{"params": ["W1", "W2"], "weight_decay": 0.05}, {"params": ["b1", "b2"]}]),
    ("sgd_groups_lr", "SGD", {"lr": 0.1, "momentum": 0.9},
     [{"params": ["W1", "b1"]}, {"params": ["W2", "b2"], "lr": 0.01, "momentum": 0}]),
    ("adam", "Adam", {"lr": 0.01}, None),
    ("adam_default", "Adam", {}, None),
    ("adam_amsgrad", "Adam", {"lr": 0.01, "amsgrad": True}, None),
    ("adam_weight_decay", "Adam", {"lr": 0.01, "weight_decay": 0.1, "betas": (0.8, 0.99)}, None),
    ("adam_maximize", "Adam", {"lr": 0.01, "maximize": True}, None),
    ("adamw", "AdamW", {"lr": 0.01}, None),
    ("adamw_amsgrad", "AdamW", {"lr": 0.01, "amsgrad": True, "weight_decay": 0.1}, None),
    ("adagrad", "Adagrad", {"lr": 0.1}, None),
    ("adagrad_options", "Adagrad",
     {"lr": 0.1, "lr_decay": 0.01, "weight_decay": 0.1, "initial_accumulator_value": 0.1}, None),
    ("adagrad_maximize", "Adagrad", {"lr": 0.05, "maximize": True}, None),
    ("rmsprop", "RMSprop", {"lr": 0.01}, None),
    ("rmsprop_centered", "RMSprop", {"lr": 0.01, "centered": True}, None),
    ("rmsprop_momentum", "RMSprop", {"lr": 0.01, "momentum": 0.9}, None),
    ("rmsprop_all", "RMSprop",
     {"lr": 0.01, "alpha": 0.9, "centered": True, "momentum": 0.5, "weight_decay": 0.1}, None),
    # foreach=True (PyTorch's multi-tensor path) rounds like the single-tensor one on the CPU.
    ("sgd_foreach", "SGD", {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.01, "foreach": True},
     None),
    ("adam_foreach", "Adam", {"lr": 0.01, "amsgrad": True, "foreach": True}, None),
    ("adamw_foreach", "AdamW", {"lr": 0.01, "foreach": True}, None),
    ("adagrad_foreach", "Adagrad", {"lr": 0.1, "lr_decay": 0.01, "foreach": True}, None),
    # ... and its in-place weight decay writes into p.grad (compared after the last step).
    ("sgd_nesterov_foreach", "SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True,
                                     "foreach": True}, None),
    ("adam_weight_decay_foreach", "Adam", {"lr": 0.01, "weight_decay": 0.1, "foreach": True},
     None),
    ("adagrad_weight_decay_foreach", "Adagrad", {"lr": 0.1, "weight_decay": 0.1, "foreach": True},
     None),
    ("rmsprop_weight_decay_foreach", "RMSprop", {"lr": 0.01, "weight_decay": 0.1, "foreach": True},
     None),
    ("rmsprop_foreach", "RMSprop", {"lr": 0.01, "centered": True, "momentum": 0.5,
                                    "foreach": True}, None),
]


def build(cls, kwargs, groups, p):
    if groups is None:
        params = [p[n] for n in NAMES]
    else:
        params = []
        for g in groups:
            d = dict(g)
            d["params"] = [p[n] for n in g["params"]]
            params.append(d)
    return getattr(torch.optim, cls)(params, **kwargs)


def train(cls, kwargs, groups):
    X, Y, p0 = model()
    p = {k: v.clone().requires_grad_() for k, v in p0.items()}
    opt = build(cls, kwargs, groups, p)
    losses = []
    for _ in range(STEPS):
        opt.zero_grad()
        loss = loss_fn(X, Y, p)
        loss.backward()
        opt.step()
        losses.append(float(loss))
    return {"losses": losses, "params": {k: tens(v) for k, v in p.items()}}


def replay(cls, kwargs, groups):
    _, _, p0 = model()
    p = {k: v.clone().requires_grad_() for k, v in p0.items()}
    opt = build(cls, kwargs, groups, p)
    g = torch.Generator().manual_seed(11)
    grads = []
    for step in range(STEPS):
        gs = {k: torch.randn(v.shape, generator=g) for k, v in p.items()}
        if step == 5:
            gs["b2"] = None  # a parameter without a gradient is skipped
        grads.append({k: (tens(v) if v is not None else None) for k, v in gs.items()})
        for k, v in p.items():
            v.grad = gs[k]
        opt.step()
    sd = opt.state_dict()
    return {"grads": grads, "params": {k: tens(v) for k, v in p.items()},
            "grads_after": {k: (tens(v.grad) if v.grad is not None else None) for k, v in p.items()},
            "state": jsonable(sd["state"]), "param_groups": jsonable(sd["param_groups"]),
            "repr": repr(opt)}


# LambdaLR's functions by name (the Java test has the same ones).
LAMBDAS = {"inverse": lambda epoch: 1 / (epoch + 1), "step3": lambda epoch: 0.5 if epoch >= 3 else 1.0}


def schedulers():
    S = torch.optim.lr_scheduler
    specs = [
        ("step", "StepLR", {"step_size": 3, "gamma": 0.5}, [0.1]),
        ("step_default_gamma", "StepLR", {"step_size": 4}, [0.1]),
        ("multistep", "MultiStepLR", {"milestones": [3, 7, 7, 12], "gamma": 0.5}, [0.1]),
        ("exponential", "ExponentialLR", {"gamma": 0.9}, [0.1]),
        ("cosine", "CosineAnnealingLR", {"T_max": 10}, [0.1]),
        ("cosine_eta_min", "CosineAnnealingLR", {"T_max": 7, "eta_min": 0.001}, [0.05]),
        ("cosine_two_groups", "CosineAnnealingLR", {"T_max": 5}, [0.1, 0.03]),
        ("step_two_groups", "StepLR", {"step_size": 2, "gamma": 0.7}, [0.1, 0.01]),
        ("cosine_resume", "CosineAnnealingLR", {"T_max": 10, "last_epoch": 4}, [0.1]),
        ("exponential_resume", "ExponentialLR", {"gamma": 0.5, "last_epoch": 2}, [0.1]),
        ("lambda", "LambdaLR", {"lr_lambda": "inverse"}, [0.1]),
        ("lambda_per_group", "LambdaLR", {"lr_lambda": ["inverse", "step3"]}, [0.1, 0.02]),
    ]
    out = []
    for name, cls, args, lrs in specs:
        ws = [torch.zeros(2, requires_grad=True) for _ in lrs]
        groups = [{"params": [w], "lr": lr} for w, lr in zip(ws, lrs)]
        if args.get("last_epoch", -1) != -1:
            for g in groups:
                g["initial_lr"] = g["lr"]
        opt = torch.optim.SGD(groups, lr=0.5)
        kw = dict(args)
        if "lr_lambda" in kw:
            kw["lr_lambda"] = ([LAMBDAS[n] for n in kw["lr_lambda"]] if isinstance(kw["lr_lambda"], list)
                               else LAMBDAS[kw["lr_lambda"]])
        sched = getattr(S, cls)(opt, **kw)
        seq = [list(sched.get_last_lr())]
        for _ in range(30):
            for w in ws:
                w.grad = torch.ones(2)
            opt.step()
            sched.step()
            seq.append(list(sched.get_last_lr()))
        sd = sched.state_dict()
        if "milestones" in sd:
            sd["milestones"] = {str(k): v for k, v in sd["milestones"].items()}
        out.append({"name": name, "scheduler": cls, "args": args, "initial": lrs, "lrs": seq,
                    "groups": [g["lr"] for g in opt.param_groups], "state_dict": sd})
    # closed form: scheduler.step(epoch) jumps (deprecated in PyTorch, still supported)
    for name, cls, args, epochs in [
        ("step_closed_form", "StepLR", {"step_size": 3, "gamma": 0.5}, [5, 9, 2, 12]),
        ("multistep_closed_form", "MultiStepLR", {"milestones": [2, 4, 4], "gamma": 0.1},
         [1, 4, 6, 3]),
        ("exponential_closed_form", "ExponentialLR", {"gamma": 0.9}, [3, 10, 1]),
        ("cosine_closed_form", "CosineAnnealingLR", {"T_max": 8, "eta_min": 0.01}, [3, 8, 13, 1]),
    ]:
        w = torch.zeros(2, requires_grad=True)
        opt = torch.optim.SGD([w], lr=0.1)
        sched = getattr(S, cls)(opt, **args)
        seq = [list(sched.get_last_lr())]
        for e in epochs:
            w.grad = torch.ones(2)
            opt.step()
            sched.step(e)
            seq.append(list(sched.get_last_lr()))
        out.append({"name": name, "scheduler": cls, "args": args, "initial": [0.1], "lrs": seq,
                    "epochs": epochs, "groups": [g["lr"] for g in opt.param_groups]})
    return out


def pointwise():
    g = torch.Generator().manual_seed(3)
    out = []
    for shape_a, shape_b, shape_c in [((37,), (37,), (37,)), ((5,), (5,), (5,)), ((200,), (200,), (200,)),
                                      ((4, 6), (6,), (4, 1)), ((3, 17), (3, 17), (3, 17))]:
        a = torch.randn(shape_a, generator=g)
        b = torch.randn(shape_b, generator=g)
        c = torch.rand(shape_c, generator=g) + 0.1
        for s in [-0.0123, 0.37, 1.0, -2.5e-4]:
            out.append({"op": "add", "scalar": s, "inputs": [tens(a), tens(b)],
                        "out": tens(torch.add(a, b, alpha=s))})
            out.append({"op": "sub", "scalar": s, "inputs": [tens(a), tens(b)],
                        "out": tens(torch.sub(a, b, alpha=s))})
            out.append({"op": "addcmul", "scalar": s, "inputs": [tens(a), tens(b), tens(c)],
                        "out": tens(torch.addcmul(a, b, c, value=s))})
            out.append({"op": "addcdiv", "scalar": s, "inputs": [tens(a), tens(b), tens(c)],
                        "out": tens(torch.addcdiv(a, b, c, value=s))})
    a64 = torch.randn(9, dtype=torch.float64, generator=g)
    b64 = torch.randn(9, dtype=torch.float64, generator=g)
    c64 = torch.rand(9, dtype=torch.float64, generator=g) + 0.1
    out.append({"op": "addcmul", "scalar": 0.3, "inputs": [tens(a64), tens(b64), tens(c64)],
                "out": tens(torch.addcmul(a64, b64, c64, value=0.3))})
    out.append({"op": "addcdiv", "scalar": -0.7, "inputs": [tens(a64), tens(b64), tens(c64)],
                "out": tens(torch.addcdiv(a64, b64, c64, value=-0.7))})
    out.append({"op": "add", "scalar": 0.1, "inputs": [tens(a64), tens(b64)],
                "out": tens(torch.add(a64, b64, alpha=0.1))})
    ai = torch.arange(6)
    out.append({"op": "add", "scalar": 3, "inputs": [tens(ai), tens(ai)],
                "out": tens(torch.add(ai, ai, alpha=3))})
    return out


def w3():
    return torch.tensor([1.0, 2.0, 3.0], requires_grad=True)


def err_backward_after(cls, **kw):
    def f():
        w = w3()
        opt = getattr(torch.optim, cls)([w], **kw)
        loss = (w * w).sum()
        loss.backward(retain_graph=True)
        opt.step()
        loss.backward()
    return f


def err_load(kind):
    def f():
        a, b = w3(), w3()
        opt = torch.optim.SGD([a, b], lr=0.1)
        if kind == "groups":
            other = torch.optim.SGD([{"params": [a]}, {"params": [b]}], lr=0.1)
        else:
            other = torch.optim.SGD([a], lr=0.1)
        opt.load_state_dict(other.state_dict())
    return f


ERRORS = {
    "sgd_negative_lr": lambda: torch.optim.SGD([w3()], lr=-0.1),
    "sgd_negative_momentum": lambda: torch.optim.SGD([w3()], lr=0.1, momentum=-0.5),
    "sgd_negative_weight_decay": lambda: torch.optim.SGD([w3()], lr=0.1, weight_decay=-1e-4),
    "sgd_nesterov_no_momentum": lambda: torch.optim.SGD([w3()], lr=0.1, nesterov=True),
    "sgd_nesterov_dampening": lambda: torch.optim.SGD([w3()], lr=0.1, momentum=0.9, dampening=0.1,
                                                      nesterov=True),
    "sgd_missing_lr": lambda: torch.optim.SGD([w3()]),
    "sgd_empty": lambda: torch.optim.SGD([], lr=0.1),
    "sgd_duplicate_groups": lambda: (lambda w: torch.optim.SGD([{"params": [w]}, {"params": [w]}],
                                                               lr=0.1))(w3()),
    "sgd_non_leaf": lambda: torch.optim.SGD([w3() * 2], lr=0.1),
    "sgd_set": lambda: torch.optim.SGD([{"params": {w3()}}], lr=0.1),
    "sgd_unexpected_kwarg": lambda: torch.optim.SGD([w3()], lr=0.1, betas=(0.9, 0.99)),
    "adam_negative_lr": lambda: torch.optim.Adam([w3()], lr=-1e-3),
    "adam_negative_eps": lambda: torch.optim.Adam([w3()], eps=-1e-8),
    "adam_beta0": lambda: torch.optim.Adam([w3()], betas=(1.0, 0.999)),
    "adam_beta1": lambda: torch.optim.Adam([w3()], betas=(0.9, -0.1)),
    "adam_negative_weight_decay": lambda: torch.optim.Adam([w3()], weight_decay=-0.5),
    "adamw_beta0": lambda: torch.optim.AdamW([w3()], betas=(1.5, 0.999)),
    "adagrad_lr_decay": lambda: torch.optim.Adagrad([w3()], lr_decay=-0.1),
    "adagrad_initial_accumulator": lambda: torch.optim.Adagrad([w3()],
                                                               initial_accumulator_value=-1.0),
    "adagrad_eps": lambda: torch.optim.Adagrad([w3()], eps=-1.0),
    "rmsprop_alpha": lambda: torch.optim.RMSprop([w3()], alpha=-0.5),
    "rmsprop_momentum": lambda: torch.optim.RMSprop([w3()], momentum=-0.9),
    "rmsprop_eps": lambda: torch.optim.RMSprop([w3()], eps=-1.0),
    "load_group_count": err_load("groups"),
    "load_group_size": err_load("size"),
    "backward_after_sgd_step": err_backward_after("SGD", lr=0.1),
    "backward_after_sgd_momentum_step": err_backward_after("SGD", lr=0.1, momentum=0.9,
                                                           weight_decay=0.1),
    "backward_after_adam_step": err_backward_after("Adam", lr=0.1),
    "backward_after_adamw_step": err_backward_after("AdamW", lr=0.1),
    "backward_after_rmsprop_step": err_backward_after("RMSprop", lr=0.1),
    "lambda_lr_count": lambda: torch.optim.lr_scheduler.LambdaLR(
        torch.optim.SGD([w3()], lr=0.1), [LAMBDAS["inverse"], LAMBDAS["step3"]]),
    "step_lr_resume_without_initial_lr": lambda: torch.optim.lr_scheduler.StepLR(
        torch.optim.SGD([w3()], lr=0.1), 3, last_epoch=2),
    "inplace_on_param_outside_no_grad": lambda: w3().add_(torch.ones(3), alpha=0.5),
    "add_int_float_alpha": lambda: torch.add(torch.arange(3), torch.arange(3), alpha=0.5),
    "addcdiv_integer": lambda: torch.addcdiv(torch.arange(3), torch.arange(3), torch.arange(1, 4)),
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


def nn_params(name, net):
    if name == "sgd_parameters" or name == "sgd_cross_entropy":
        return net.parameters()
    if name == "sgd_book_weight_decay":
        # D2L 4.5: per-group weight decay on the weight only.
        return [{"params": net[0].weight, "weight_decay": 0.1}, {"params": net[0].bias},
                {"params": net[2].parameters()}]
    return net.parameters()


NN_CASES = [
    ("sgd_parameters", "SGD", {"lr": 0.03}, "mse"),
    ("sgd_book_weight_decay", "SGD", {"lr": 0.05}, "mse"),
    ("adam_parameters", "Adam", {"lr": 0.01}, "mse"),
    ("sgd_cross_entropy", "SGD", {"lr": 0.1, "momentum": 0.9}, "cross_entropy"),
]


def nn_cases():
    out = []
    X, Y, _ = model()
    for name, cls, kwargs, loss_name in NN_CASES:
        torch.manual_seed(0)
        net = torch.nn.Sequential(torch.nn.Linear(5, 6), torch.nn.ReLU(), torch.nn.Linear(6, 3))
        opt = getattr(torch.optim, cls)(nn_params(name, net), **kwargs)
        loss_fn = torch.nn.MSELoss() if loss_name == "mse" else torch.nn.CrossEntropyLoss()
        target = Y if loss_name == "mse" else Y.argmax(1)
        losses = []
        for _ in range(STEPS):
            l = loss_fn(net(X), target)
            opt.zero_grad()
            l.backward()
            opt.step()
            losses.append(float(l))
        out.append({"name": name, "loss": loss_name, "losses": losses,
                    "state_dict": {k: tens(v) for k, v in net.state_dict().items()},
                    "param_groups": jsonable(opt.state_dict()["param_groups"]), "repr": repr(opt)})
    return out


def checkpoints():
    out = []
    os.makedirs(os.path.join(os.path.dirname(OUT), "optim"), exist_ok=True)
    for name, cls, kwargs in [("adam_amsgrad", "Adam", {"lr": 0.01, "amsgrad": True}),
                              ("sgd_momentum", "SGD", {"lr": 0.1, "momentum": 0.9}),
                              ("rmsprop_centered", "RMSprop", {"lr": 0.01, "centered": True})]:
        _, _, p0 = model()
        p = {k: v.clone().requires_grad_() for k, v in p0.items()}
        opt = getattr(torch.optim, cls)([p[n] for n in NAMES], **kwargs)
        g = torch.Generator().manual_seed(21)
        grads = []
        for step in range(6):
            gs = {k: torch.randn(v.shape, generator=g) for k, v in p.items()}
            for k, v in p.items():
                v.grad = gs[k]
            opt.step()
            grads.append({k: tens(v) for k, v in gs.items()})
            if step == 2:
                fname = "checkpoint_%s.pt" % name
                torch.save({"params": {k: v.detach().clone() for k, v in p.items()},
                            "optimizer": opt.state_dict()},
                           os.path.join(os.path.dirname(OUT), "optim", fname))
        out.append({"name": name, "file": "optim/" + fname, "optimizer": cls,
                    "kwargs": jsonable(kwargs), "grads": grads,
                    "params": {k: tens(v) for k, v in p.items()}})
    return out


def main():
    X, Y, p = model()
    fixture = {"model": {"X": tens(X), "Y": tens(Y), **{k: tens(v) for k, v in p.items()}},
               "cases": [], "schedulers": schedulers(), "pointwise": pointwise(),
               "errors": errors(), "checkpoints": checkpoints(), "nn_cases": nn_cases()}
    for name, cls, kwargs, groups in CASES:
        fixture["cases"].append({"name": name, "optimizer": cls, "kwargs": jsonable(kwargs),
                                 "groups": groups, "train": train(cls, kwargs, groups),
                                 "replay": replay(cls, kwargs, groups)})
    with open(OUT, "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
    print("wrote", OUT, len(fixture["cases"]), "optimizer cases,", len(fixture["schedulers"]),
          "schedulers,", len(fixture["pointwise"]), "pointwise,", len(fixture["errors"]), "errors")


if __name__ == "__main__":
    main()
