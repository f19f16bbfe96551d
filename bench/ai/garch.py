"""GARCH(1,1) volatility forecasts, the benchmark's peer for the volatility models.

Reads JSON on stdin:
  {"trainBefore": "YYYY-MM-DD",
   "series": [{"symbol", "dates": [...], "returns": [...]}],   # daily log returns, oldest first
   "requests": [{"symbol", "date"}]}                             # forecast made at that day's close
and writes JSON on stdout: {"forecasts": [...], "parameters": {symbol: {omega, alpha, beta, ...}}}.

Per stock, a zero-mean Gaussian GARCH(1,1) is fitted by maximum likelihood (scipy SLSQP,
alpha + beta <= 0.9999) on its returns dated before `trainBefore`. With those parameters fixed,
the conditional variance is filtered through all returns, and the forecast at day t is the
annualised volatility of the next 20 days: sqrt(252/20 * sum_{h=1..20} E_t[sigma^2_{t+h}]).
"""
import json
import sys

import numpy as np
from scipy.optimize import minimize
from scipy.signal import lfilter

HORIZON = 20
YEAR = 252
SCALE = 100.0  # fit on percent returns: better conditioned


def conditional_variance(params, r2, initial):
    """sigma2[t] = omega + alpha * r2[t-1] + beta * sigma2[t-1], sigma2[0] = initial."""
    omega, alpha, beta = params
    # lfilter runs y[t] = drive[t] + beta * y[t-1] from y[-1] = 0, so drive[0] is sigma2[0].
    drive = np.concatenate([[initial], omega + alpha * r2[:-1]])
    return lfilter([1.0], [1.0, -beta], drive)


def negative_log_likelihood(params, r2, initial):
    sigma2 = conditional_variance(params, r2, initial)
    if np.any(sigma2 <= 0):
        return 1e12
    return 0.5 * np.sum(np.log(sigma2) + r2 / sigma2)


def fit(returns):
    r = returns * SCALE
    r2 = r * r
    initial = r2.mean()
    start = np.array([0.05 * initial, 0.05, 0.90])
    result = minimize(
        negative_log_likelihood,
        start,
        args=(r2, initial),
        method="SLSQP",
        bounds=[(1e-8, 10 * initial), (0.0, 0.9999), (0.0, 0.9999)],
        constraints=[{"type": "ineq", "fun": lambda p: 0.9999 - p[1] - p[2]}],
        options={"maxiter": 500, "ftol": 1e-10},
    )
    return result.x, initial, bool(result.success), int(result.nit)


def main():
    job = json.load(sys.stdin)
    series = {s["symbol"]: s for s in job["series"]}
    forecast_at = {}
    parameters = {}
    for symbol, s in series.items():
        dates = s["dates"]
        returns = np.array(s["returns"], dtype=float)
        train = np.array([d < job["trainBefore"] for d in dates])
        (omega, alpha, beta), initial, success, iterations = fit(returns[train])
        parameters[symbol] = {
            "omega": omega / SCALE**2,
            "alpha": alpha,
            "beta": beta,
            "persistence": alpha + beta,
            "converged": success,
            "iterations": iterations,
        }
        r2 = (returns * SCALE) ** 2
        sigma2 = conditional_variance((omega, alpha, beta), r2, initial)
        # Variance for day t+1 known at t's close.
        next_variance = omega + alpha * r2 + beta * sigma2
        persistence = alpha + beta
        long_run = omega / (1 - persistence)
        decay = (1 - persistence**HORIZON) / (1 - persistence)
        total = HORIZON * long_run + (next_variance - long_run) * decay
        annualised = np.sqrt(YEAR / HORIZON * total) / SCALE
        forecast_at[symbol] = dict(zip(dates, annualised.tolist()))
    forecasts = [forecast_at[r["symbol"]][r["date"]] for r in job["requests"]]
    json.dump({"forecasts": forecasts, "parameters": parameters}, sys.stdout)


main()
