"""Rockafellar–Uryasev min-CVaR with scipy.optimize.linprog(method='highs'); a maximum number of
names by enumerating every allowed subset of assets (one LP each).

stdin: {"cases": [{"scenarios": [T*n row-major], "n", "confidence", "lower", "upper", "sectors",
        "sectorBounds", "targetReturn", "maxAssets", "weights": ours}]}   (null bounds: none)
stdout: {"cases": [{"cvar": linprog's optimum, "ours": CVaR of our weights, "violation": how far our
         weights break the constraints, "held": names we hold, "subsets": LPs solved}]}
"""
import itertools
import json
import sys

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix, hstack, identity, vstack


def cvar_of(weights, scenarios, beta):
    """min over α of α + E[(loss − α)⁺] / (1 − β); the minimum sits at one of the losses."""
    losses = -(scenarios @ weights)
    return float(min(a + np.maximum(losses - a, 0).mean() / (1 - beta) for a in losses))


def sector_rows(case, n):
    for label, (lo, hi) in (case.get("sectorBounds") or {}).items():
        member = np.array([1.0 if s == label else 0.0 for s in case["sectors"]])
        yield member, -np.inf if lo is None else lo, np.inf if hi is None else hi


def solve_lp(case, scenarios, allowed):
    t, n = scenarios.shape
    beta = case["confidence"]
    cost = np.concatenate([np.zeros(n), [1.0], np.full(t, 1 / ((1 - beta) * t))])
    # −r_tᵀw − α − u_t ≤ 0
    a_ub = [hstack([csr_matrix(-scenarios), csr_matrix(-np.ones((t, 1))), -identity(t)])]
    b_ub = [np.zeros(t)]
    pad = np.zeros(1 + t)
    for member, lo, hi in sector_rows(case, n):
        if np.isfinite(hi):
            a_ub.append(csr_matrix(np.concatenate([member, pad])[None, :])); b_ub.append([hi])
        if np.isfinite(lo):
            a_ub.append(csr_matrix(np.concatenate([-member, pad])[None, :])); b_ub.append([-lo])
    if case.get("targetReturn") is not None:
        a_ub.append(csr_matrix(np.concatenate([-scenarios.mean(axis=0), pad])[None, :]))
        b_ub.append([-case["targetReturn"]])
    bounds = []
    for i in range(n):
        lo, hi = case["lower"][i], case["upper"][i]
        if i not in allowed:
            lo, hi = 0.0, 0.0
        bounds.append((lo, hi))
    bounds += [(None, None)] + [(0, None)] * t
    res = linprog(cost, A_ub=vstack(a_ub).tocsr(), b_ub=np.concatenate(b_ub),
                  A_eq=csr_matrix(np.concatenate([np.ones(n), pad])[None, :]), b_eq=[1.0],
                  bounds=bounds, method="highs")
    return res.fun if res.status == 0 else None


def violation(w, case, scenarios):
    n = len(w)
    lower = np.array([-np.inf if v is None else v for v in case["lower"]])
    upper = np.array([np.inf if v is None else v for v in case["upper"]])
    worst = max(abs(w.sum() - 1), np.max(lower - w), np.max(w - upper))
    for member, lo, hi in sector_rows(case, n):
        worst = max(worst, lo - member @ w, member @ w - hi)
    if case.get("targetReturn") is not None:
        worst = max(worst, case["targetReturn"] - scenarios.mean(axis=0) @ w)
    return float(max(worst, 0.0))


def main():
    request = json.load(sys.stdin)
    answers = []
    for case in request["cases"]:
        n = case["n"]
        scenarios = np.array(case["scenarios"]).reshape(-1, n)
        limit = case.get("maxAssets")
        if limit is None:
            subsets = [set(range(n))]
        else:
            required = {i for i in range(n) if (case["lower"][i] or 0) > 0}
            subsets = [set(s) | required for s in itertools.combinations(range(n), limit)
                       if len(set(s) | required) <= limit]
        values = [v for v in (solve_lp(case, scenarios, s) for s in subsets) if v is not None]
        ours = np.array(case["weights"])
        answers.append({
            "cvar": min(values) if values else None,
            "ours": cvar_of(ours, scenarios, case["confidence"]),
            "violation": violation(ours, case, scenarios),
            "held": int(np.count_nonzero(ours)),
            "subsets": len(subsets),
        })
    json.dump({"cases": answers}, sys.stdout)


if __name__ == "__main__":
    main()
