"""Independent numpy reference for @capstone/forecasting's features, on real KRX bars.

Reads the shared CSVs itself and prints JSON: the bars and KOSPI closes it used (so the
TypeScript side feeds the library exactly the same numbers) and, per stock, every feature on
every day (null where the window is not full). Written from the definitions in
src/features/definitions.ts with numpy windows, not by porting the TypeScript loops.

    python3 features_reference.py <shared/data/krx dir> <symbol> [<symbol> ...]
"""
import json
import sys

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view as windows

YEAR = 252


def read_stock(path):
    rows = [line.strip().split(",") for line in open(path) if line.strip()]
    rows = [r for r in rows if float(r[1]) != 0]
    return [r[0] for r in rows], np.array([float(r[4]) for r in rows]), np.array([float(r[5]) for r in rows])


def read_kospi(path, last):
    rows = [line.strip().split(",") for line in open(path).readlines()[1:] if line.strip()]
    rows = [(r[0], float(r[1])) for r in rows if r[1] != "" and r[0] <= last]
    rows.reverse()
    return [r[0] for r in rows], np.array([r[1] for r in rows])


def trailing(values, n, fn):
    """fn over each full window of n values ending at t, NaN before."""
    out = np.full(len(values), np.nan)
    if len(values) >= n:
        out[n - 1 :] = fn(windows(values, n))
    return out


def log_returns(closes):
    return np.concatenate([[np.nan], np.log(closes[1:] / closes[:-1])])


def realised_vol(returns, n):
    out = trailing(returns, n, lambda w: np.sqrt(YEAR * np.mean(w**2, axis=1)))
    out[:n] = np.nan  # r[0] does not exist: the first full window ends at bar n
    return out


def ma_gap(closes, n):
    return closes / trailing(closes, n, lambda w: np.mean(w, axis=1)) - 1


def rsi(closes, period=14, window=100):
    out = np.full(len(closes), np.nan)
    changes = np.diff(closes)
    for t in range(window, len(closes)):
        x = changes[t - window : t]
        gains, losses = np.maximum(x, 0), np.maximum(-x, 0)
        g, l = gains[:period].mean(), losses[:period].mean()
        for k in range(period, window):
            g = (g * (period - 1) + gains[k]) / period
            l = (l * (period - 1) + losses[k]) / period
        out[t] = 100 * g / (g + l) if g + l > 0 else 50.0
    return out


def features(dates, closes, volumes, index_dates, index_closes):
    n = len(closes)
    r = log_returns(closes)
    out = {}
    for days in (5, 20, 60):
        ret = np.full(n, np.nan)
        ret[days:] = np.log(closes[days:] / closes[:-days])
        out[f"return_{days}d"] = ret
    for days in (5, 20, 60):
        out[f"volatility_{days}d"] = realised_vol(r, days)
    out["drawdown_252d"] = closes / trailing(closes, 252, lambda w: w.max(axis=1)) - 1

    v = np.log1p(volumes)
    z = np.full(n, np.nan)
    for t in range(60, n):
        past = v[t - 60 : t]
        if past.std() > 0:
            z[t] = (v[t] - past.mean()) / past.std()
    out["volume_z_60d"] = z

    on_date = dict(zip(index_dates, index_closes))
    aligned = np.array([on_date.get(d, np.nan) for d in dates])
    m = np.concatenate([[np.nan], np.log(aligned[1:] / aligned[:-1])])
    beta = np.full(n, np.nan)
    for t in range(120, n):
        rs, ms = r[t - 119 : t + 1], m[t - 119 : t + 1]
        ok = ~np.isnan(ms)
        if ok.sum() >= 100:
            rs, ms = rs[ok], ms[ok]
            beta[t] = np.sum((rs - rs.mean()) * (ms - ms.mean())) / np.sum((ms - ms.mean()) ** 2)
    out["beta_120d"] = beta
    out["rsi_14"] = rsi(closes)
    out["ma_gap_20d"] = ma_gap(closes, 20)
    out["ma_gap_60d"] = ma_gap(closes, 60)

    index_vol = realised_vol(log_returns(index_closes), 20)
    index_gap = ma_gap(index_closes, 60)
    kv, kg = np.full(n, np.nan), np.full(n, np.nan)
    positions = np.searchsorted(np.array(index_dates), np.array(dates), side="right") - 1
    for t, u in enumerate(positions):
        if u < 0:
            continue
        if index_dates[u] == dates[t] or (t > 0 and index_dates[u] >= dates[t - 1]):
            kv[t], kg[t] = index_vol[u], index_gap[u]
    out["kospi_volatility_20d"] = kv
    out["kospi_ma_gap_60d"] = kg
    return out


def main():
    root, symbols = sys.argv[1], sys.argv[2:]
    stocks = {s: read_stock(f"{root}/arclien_stock/{s}.csv") for s in symbols}
    last = max(dates[-1] for dates, _, _ in stocks.values())
    index_dates, index_closes = read_kospi(f"{root}/index/kospi_close_credit_2010-2025_walnutbrown.csv", last)
    result = {
        "index": [{"date": d, "close": c} for d, c in zip(index_dates, index_closes.tolist())],
        "instruments": [],
        "features": {},
    }
    for symbol, (dates, closes, volumes) in stocks.items():
        result["instruments"].append(
            {
                "symbol": symbol,
                "bars": [
                    {"date": d, "close": c, "volume": v}
                    for d, c, v in zip(dates, closes.tolist(), volumes.tolist())
                ],
            }
        )
        values = features(dates, closes, volumes, index_dates, index_closes)
        result["features"][symbol] = {
            name: [None if np.isnan(x) else float(x) for x in column] for name, column in values.items()
        }
    json.dump(result, sys.stdout)


main()
