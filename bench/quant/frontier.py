"""Peer for bench/quant/frontier.ts: the same efficient frontier with scipy SLSQP, timed in-process.

  python3 frontier.py prepare synthetic   # 100 assets, seeded factor model, stdout: problem JSON
  python3 frontier.py prepare krx         # all 54 KRX stocks, daily 2019-04-01 … 2022-09-19
  python3 frontier.py solve < request     # request: problem + our targets and weights

`solve` times, with time.perf_counter (wall) and time.process_time (CPU of all its threads), everything scipy needs for the frontier: the minimum-volatility
portfolio (SLSQP), the maximum return (linprog, HiGHS) and one SLSQP solve per target return, each
warm-started from the previous point, with analytic gradients. It then reports both sides'
volatility per point (numpy's arithmetic for both) and how far our weights break the constraints.
"""
import json
import os
import sys
import time

import numpy as np
from scipy.optimize import linprog, minimize

REFERENCE = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "quant", "__tests__",
                         "optimize", "reference")
sys.path.insert(0, REFERENCE)
from krx import KRX_DIR, annualised_moments  # noqa: E402

SEED = 20240601
DAYS = 1500


def synthetic(assets=100, factors=5, sectors=10):
    """Daily returns from a seeded 5-factor model, then annualised sample moments."""
    rng = np.random.default_rng(SEED)
    loadings = rng.normal(0.0, 1.0, (assets, factors)) * np.array([0.010, 0.006, 0.005, 0.004, 0.003])
    drift = rng.normal(0.0004, 0.0004, assets)
    idiosyncratic = rng.uniform(0.008, 0.025, assets)
    returns = drift + rng.normal(size=(DAYS, factors)) @ loadings.T + rng.normal(size=(DAYS, assets)) * idiosyncratic
    return {
        "name": f"synthetic {assets} assets (5-factor model, seed {SEED}, {DAYS} days)",
        "assetIds": [f"S{i:03d}" for i in range(assets)],
        "sectors": [f"sector-{i % sectors}" for i in range(assets)],
        "expectedReturns": (returns.mean(axis=0) * 252).tolist(),
        "covariance": (np.cov(returns, rowvar=False) * 252).ravel().tolist(),
    }


def krx():
    codes = sorted(name[:6] for name in os.listdir(KRX_DIR) if name.endswith(".csv") and name[:6].isdigit())
    mu, cov = annualised_moments(codes, "2019-04-01", "2022-09-19")
    return {
        "name": f"KRX {len(codes)} stocks (daily 2019-04-01 … 2022-09-19)",
        "assetIds": codes,
        "sectors": None,
        "expectedReturns": mu.tolist(),
        "covariance": cov.ravel().tolist(),
    }


def solve(request):
    mu = np.array(request["expectedReturns"])
    n = len(mu)
    cov = np.array(request["covariance"]).reshape(n, n)
    upper = request["maxWeight"]
    bounds = [(0.0, upper)] * n
    constraints = [{"type": "eq", "fun": lambda w: w.sum() - 1, "jac": lambda w: np.ones(n)}]
    sector_rows = []
    if request.get("sectors"):
        for label in sorted(set(request["sectors"])):
            member = np.array([1.0 if s == label else 0.0 for s in request["sectors"]])
            sector_rows.append(member)
            constraints.append({"type": "ineq", "fun": lambda w, m=member: request["maxSector"] - m @ w,
                                "jac": lambda w, m=member: -m})
    options = {"ftol": request["ftol"], "maxiter": 1000}

    def variance(w):
        return w @ cov @ w

    def gradient(w):
        return 2 * cov @ w

    started = time.perf_counter()
    started_cpu = time.process_time()
    start = np.full(n, 1.0 / n)
    lowest = minimize(variance, start, jac=gradient, method="SLSQP", bounds=bounds,
                      constraints=constraints, options=options)
    a_ub = np.array(sector_rows) if sector_rows else None
    b_ub = [request["maxSector"]] * len(sector_rows) if sector_rows else None
    highest = linprog(-mu, A_ub=a_ub, b_ub=b_ub, A_eq=np.ones((1, n)), b_eq=[1.0], bounds=bounds,
                      method="highs")
    points = []
    x = lowest.x
    for target in request["targets"]:
        res = minimize(variance, x, jac=gradient, method="SLSQP", bounds=bounds,
                       constraints=constraints + [{"type": "ineq", "fun": lambda w, t=target: mu @ w - t,
                                                   "jac": lambda w: mu}],
                       options=options)
        x = res.x
        points.append(res)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - started_cpu

    def violation(w, target):
        worst = max(abs(w.sum() - 1), np.max(-w), np.max(w - upper), target - mu @ w)
        for member in sector_rows:
            worst = max(worst, member @ w - request["maxSector"])
        return float(max(worst, 0.0))

    ours = [np.array(w) for w in request["weights"]]
    return {
        "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "minVolatility": float(np.sqrt(variance(lowest.x))),
        "maxReturn": float(-highest.fun),
        "scipyVolatility": [float(np.sqrt(variance(p.x))) for p in points],
        "scipyViolation": [violation(p.x, t) for p, t in zip(points, request["targets"])],
        "scipyIterations": [int(p.nit) for p in points],
        "oursVolatility": [float(np.sqrt(variance(w))) for w in ours],
        "oursViolation": [violation(w, t) for w, t in zip(ours, request["targets"])],
    }


def main():
    if sys.argv[1] == "prepare":
        json.dump(synthetic() if sys.argv[2] == "synthetic" else krx(), sys.stdout)
    else:
        json.dump(solve(json.load(sys.stdin)), sys.stdout)


if __name__ == "__main__":
    main()
