"""Real KRX daily bars from ../shared/data/krx, the same return formula as krx-data.ts."""
import os

import numpy as np

KRX_DIR = os.path.join(os.path.dirname(__file__), *[".."] * 6, "shared", "data", "krx", "arclien_stock")
TRADING_DAYS_PER_YEAR = 252


def closes(code, start, end):
    by_date = {}
    with open(os.path.join(KRX_DIR, f"{code}.csv"), encoding="utf8") as f:
        for line in f:
            parts = line.strip().split(",")
            if len(parts) < 5:
                continue
            date, open_, close = parts[0], float(parts[1]), float(parts[4])
            if date < start or date > end or open_ == 0:
                continue
            by_date[date] = close
    return by_date


def daily_returns(codes, start, end):
    """Simple returns between consecutive dates on which every stock traded; T x n."""
    series = [closes(code, start, end) for code in codes]
    dates = sorted(d for d in series[0] if all(d in s for s in series))
    prices = np.array([[s[d] for s in series] for d in dates])
    return prices[1:] / prices[:-1] - 1


def annualised_moments(codes, start, end):
    r = daily_returns(codes, start, end)
    return r.mean(axis=0) * TRADING_DAYS_PER_YEAR, np.cov(r, rowvar=False, ddof=1) * TRADING_DAYS_PER_YEAR


def square(flat):
    """A row-major n*n list as an n x n array."""
    values = np.array(flat, dtype=float)
    n = int(round(np.sqrt(len(values))))
    return values.reshape(n, n)
