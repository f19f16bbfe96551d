"""numpy peer of bench/quant/backtest.ts: the same rules, vectorised per rebalance.

Monthly rebalancing on the first date of each month to the weights: fill at the close snapped to
the tick grid; targets floor(w V / p); sells first; buys scaled by cash / need when short, then
trimmed a share at a time while a buy and its commission exceed the cash. Commission
floor(0.015 %), sell tax floor(rate) by date. Equity between rebalances: cash + closes @ shares.
Metrics: returns, drawdown series, CAGR, volatility, Sharpe, Sortino, max drawdown, historical
VaR/CVaR 95/99 %.
"""

import json
import math
import sys
import time
from datetime import date

import numpy as np

BOUNDS = np.array([2000, 5000, 20000, 50000, 200000, 500000])
SIZES = np.array([1, 5, 10, 50, 100, 500, 1000])


def tax_rate(day):
    return 0.003 if day < '2019-05-30' else 0.0025 if day < '2021-01-01' else 0.0023


def backtest(dates, closes, weights, initial_cash):
    days, n = closes.shape
    months = np.array([d[:7] for d in dates])
    starts = np.concatenate([[0], np.nonzero(months[1:] != months[:-1])[0] + 1, [days]])
    cash = float(initial_cash)
    shares = np.zeros(n)
    equity = np.empty(days)
    trades = 0
    for k in range(len(starts) - 1):
        t, end = starts[k], starts[k + 1]
        day = dates[t]
        ticks = SIZES[np.searchsorted(BOUNDS, closes[t], side='right')]
        prices = np.floor(closes[t] / ticks + 0.5) * ticks
        total = cash + float(np.dot(shares, closes[t]))
        target = np.floor(weights * total / prices)
        sell = np.maximum(shares - target, 0)
        amounts = sell * prices
        cash += float(np.sum(amounts - np.floor(amounts * 0.00015) - np.floor(amounts * tax_rate(day))))
        shares -= sell
        buy = np.maximum(target - shares, 0)
        cost = buy * prices
        need = float(np.sum(cost + np.floor(cost * 0.00015)))
        if need > cash:
            buy = np.floor(buy * (max(0.0, cash) / need))
        for i in np.nonzero(buy)[0]:
            q = buy[i]
            while q > 0 and q * prices[i] + math.floor(q * prices[i] * 0.00015) > cash:
                q -= 1
            if q > 0:
                cash -= q * prices[i] + math.floor(q * prices[i] * 0.00015)
                shares[i] += q
                trades += 1
        trades += int(np.count_nonzero(sell))
        equity[t:end] = cash + closes[t:end] @ shares
    r = equity[1:] / equity[:-1] - 1
    peak = np.maximum.accumulate(equity)
    drawdown = equity / peak - 1
    years = (date.fromisoformat(dates[-1]) - date.fromisoformat(dates[0])).days / 365
    metrics = {
        'cagr': (equity[-1] / equity[0]) ** (1 / years) - 1,
        'volatility': r.std(ddof=1) * math.sqrt(252),
        'sharpe': r.mean() / r.std(ddof=1) * math.sqrt(252),
        'sortino': r.mean() / math.sqrt((np.minimum(r, 0) ** 2).mean()) * math.sqrt(252),
        'maxDrawdown': drawdown.min(),
        'var': {c: -np.quantile(r, 1 - c) for c in (0.95, 0.99)},
        'cvar': {c: -r[r <= np.quantile(r, 1 - c)].mean() for c in (0.95, 0.99)},
    }
    return equity, trades, metrics


def main():
    with open(sys.argv[1]) as f:
        job = json.load(f)
    rounds = int(sys.argv[2])
    closes = np.array(job['closes'], dtype=float).T
    weights = np.array(job['weights'])
    best = float('inf')
    cpu_start = time.process_time()
    for _ in range(rounds):
        start = time.perf_counter()
        equity, trades, _ = backtest(job['dates'], closes, weights, job['initialCash'])
        best = min(best, time.perf_counter() - start)
    cpu = (time.process_time() - cpu_start) / rounds
    json.dump({'ms': best * 1000, 'cpuMs': cpu * 1000, 'finalValue': float(equity[-1]), 'trades': trades}, sys.stdout)


if __name__ == '__main__':
    main()
