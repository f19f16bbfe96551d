"""scipy SLSQP (and linprog for the maximum return) on the mean-variance problems.

stdin: {"codes", "from", "to", "cases": [{"kind", "lower", "upper", "sectors", "sectorBounds",
        "riskFreeRate", "target", "weights"}]}   (null bounds mean unbounded)
stdout: per case {"scipy": objective, "ours": objective of our weights, "violation": how far our
        weights break the constraints, "scipyViolation", "message"}
Objectives: volatility (min-volatility, target-return), Sharpe ratio (max-sharpe), expected return
(target-risk, max-return).
"""
import json
import sys

import numpy as np
from scipy.optimize import linprog, minimize

from krx import annualised_moments, square


def bounds_of(case, n):
    lower = [(-np.inf if v is None else v) for v in case["lower"]]
    upper = [(np.inf if v is None else v) for v in case["upper"]]
    return np.array(lower, dtype=float), np.array(upper, dtype=float)


def sector_rows(case, n):
    rows = []
    sectors = case.get("sectors")
    for label, (lo, hi) in (case.get("sectorBounds") or {}).items():
        member = np.array([1.0 if s == label else 0.0 for s in sectors])
        rows.append((member, -np.inf if lo is None else lo, np.inf if hi is None else hi))
    return rows


def violation(w, case, mu, cov):
    lower, upper = bounds_of(case, len(w))
    worst = abs(w.sum() - 1)
    worst = max(worst, np.max(lower - w), np.max(w - upper))
    for member, lo, hi in sector_rows(case, len(w)):
        s = member @ w
        worst = max(worst, lo - s, s - hi)
    kind = case["kind"]
    if kind == "target-return":
        worst = max(worst, case["target"] - mu @ w)
    if kind == "target-risk":
        worst = max(worst, np.sqrt(w @ cov @ w) - case["target"])
    return float(max(worst, 0.0))


def objective(w, case, mu, cov):
    kind = case["kind"]
    if kind in ("min-volatility", "target-return"):
        return float(np.sqrt(w @ cov @ w))
    if kind == "max-sharpe":
        return float((mu @ w - case["riskFreeRate"]) / np.sqrt(w @ cov @ w))
    return float(mu @ w)


def solve_scipy(case, mu, cov):
    n = len(mu)
    lower, upper = bounds_of(case, n)
    kind = case["kind"]
    if kind == "max-return":
        a_ub, b_ub = [], []
        for member, lo, hi in sector_rows(case, n):
            if np.isfinite(hi):
                a_ub.append(member); b_ub.append(hi)
            if np.isfinite(lo):
                a_ub.append(-member); b_ub.append(-lo)
        res = linprog(-mu, A_ub=np.array(a_ub) if a_ub else None, b_ub=b_ub or None,
                      A_eq=np.ones((1, n)), b_eq=[1.0],
                      bounds=[(None if not np.isfinite(l) else l, None if not np.isfinite(u) else u)
                              for l, u in zip(lower, upper)], method="highs")
        return res.x, res.message
    constraints = [{"type": "eq", "fun": lambda w: w.sum() - 1, "jac": lambda w: np.ones(n)}]
    for member, lo, hi in sector_rows(case, n):
        if np.isfinite(lo):
            constraints.append({"type": "ineq", "fun": lambda w, m=member, lo=lo: m @ w - lo,
                                "jac": lambda w, m=member: m})
        if np.isfinite(hi):
            constraints.append({"type": "ineq", "fun": lambda w, m=member, hi=hi: hi - m @ w,
                                "jac": lambda w, m=member: -m})
    if kind == "target-return":
        t = case["target"]
        constraints.append({"type": "ineq", "fun": lambda w: mu @ w - t, "jac": lambda w: mu})
    if kind == "target-risk":
        s2 = case["target"] ** 2
        constraints.append({"type": "ineq", "fun": lambda w: s2 - w @ cov @ w,
                            "jac": lambda w: -2 * cov @ w})
    if kind in ("min-volatility", "target-return"):
        fun, jac = (lambda w: w @ cov @ w), (lambda w: 2 * cov @ w)
    elif kind == "max-sharpe":
        rf = case["riskFreeRate"]

        def fun(w):
            return -(mu @ w - rf) / np.sqrt(w @ cov @ w)

        def jac(w):
            v = w @ cov @ w
            s = np.sqrt(v)
            return -(mu * s - (mu @ w - rf) * (cov @ w) / s) / v
    else:
        fun, jac = (lambda w: -(mu @ w)), (lambda w: -mu)
    x0 = np.clip(np.full(n, 1.0 / n), lower, upper)
    res = minimize(fun, x0, jac=jac, method="SLSQP", constraints=constraints,
                   bounds=[(None if not np.isfinite(l) else l, None if not np.isfinite(u) else u)
                           for l, u in zip(lower, upper)],
                   options={"ftol": 1e-12, "maxiter": 2000})
    return res.x, res.message


def main():
    request = json.load(sys.stdin)
    if "expectedReturns" in request:
        mu = np.array(request["expectedReturns"])
        cov = square(request["covariance"])
    else:
        mu, cov = annualised_moments(request["codes"], request["from"], request["to"])
    answers = []
    for case in request["cases"]:
        x, message = solve_scipy(case, mu, cov)
        ours = np.array(case["weights"]) if case.get("weights") is not None else None
        answers.append({
            "scipy": objective(x, case, mu, cov),
            "scipyViolation": violation(x, case, mu, cov),
            "scipyWeights": x.tolist(),
            "ours": None if ours is None else objective(ours, case, mu, cov),
            "violation": None if ours is None else violation(ours, case, mu, cov),
            "message": str(message),
        })
    json.dump({"expectedReturns": mu.tolist(), "covariance": cov.ravel().tolist(), "cases": answers},
              sys.stdout)


if __name__ == "__main__":
    main()
