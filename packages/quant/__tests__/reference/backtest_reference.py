"""A plain re-implementation of the backtest rules, for the vitest spec to compare to the won.

Rules (as documented in src/backtest): orders fill at the close snapped to the tick grid
(floor(close / tick + 0.5) * tick); at each rebalance the target is floor(w * V / price) whole
shares with V = cash + sum(shares * close); sells first; then buys, all scaled by cash / need
(floored) when the cash after sells cannot pay for them and their commissions, then trimmed a
share at a time while a buy and its commission exceed the cash. Dividends are credited before
trading on their date for the shares held. Commission floor(amount * 0.00015) both sides; sell
tax floor(amount * rate) with rate 0.30 % before 2019-05-30, 0.25 % to 2020-12-31, 0.23 % after.
Monthly rebalancing on the first trading day of each month.
"""

import json
import math
import sys

import numpy as np

from krx_reference import aligned_closes


def tick(price):
    for bound, size in ((2000, 1), (5000, 5), (20000, 10), (50000, 50), (200000, 100), (500000, 500)):
        if price < bound:
            return size
    return 1000


def commission(amount):
    return math.floor(amount * 0.00015)


def sell_tax(amount, date):
    rate = 0.003 if date < '2019-05-30' else 0.0025 if date < '2021-01-01' else 0.0023
    return math.floor(amount * rate)


def main():
    job = json.loads(sys.argv[1])
    dates, closes = aligned_closes(job['dataDir'], job['symbols'], job['from'], job['to'])
    n = closes.shape[1]
    weights = job['weights']
    dividends = {(d['symbol'], d['date']): d['perShare'] for d in job['dividends']}
    cash = float(job['initialCash'])
    shares = [0.0] * n
    trades = []
    equity = []
    paid = []

    def value(t):
        held = 0.0
        for i in range(n):
            held += shares[i] * closes[t, i]
        return cash + held

    for t, date in enumerate(dates):
        for i, symbol in enumerate(job['symbols']):
            per_share = dividends.get((symbol, date))
            if per_share is not None and shares[i] > 0:
                cash += shares[i] * per_share
                paid.append([date, symbol, shares[i] * per_share])
        if t == 0 or date[:7] != dates[t - 1][:7]:
            prices = [math.floor(closes[t, i] / tick(closes[t, i]) + 0.5) * tick(closes[t, i]) for i in range(n)]
            total = value(t)
            target = [math.floor(weights[i] * total / prices[i]) for i in range(n)]
            for i in range(n):
                if shares[i] > target[i]:
                    q = shares[i] - target[i]
                    amount = q * prices[i]
                    c, x = commission(amount), sell_tax(amount, date)
                    cash += amount - c - x
                    shares[i] -= q
                    trades.append([date, job['symbols'][i], 'SELL', q, prices[i], c, x])
            buys = [max(0, target[i] - shares[i]) for i in range(n)]
            need = 0.0
            for i in range(n):
                if buys[i] > 0:
                    need += buys[i] * prices[i] + commission(buys[i] * prices[i])
            if need > cash:
                scale = max(0.0, cash) / need
                buys = [math.floor(q * scale) for q in buys]
            for i in range(n):
                q = buys[i]
                while q > 0 and q * prices[i] + commission(q * prices[i]) > cash:
                    q -= 1
                if q > 0:
                    c = commission(q * prices[i])
                    cash -= q * prices[i] + c
                    shares[i] += q
                    trades.append([date, job['symbols'][i], 'BUY', q, prices[i], c, 0])
        equity.append(value(t))
    json.dump({'dates': dates, 'trades': trades, 'equity': equity, 'cash': cash, 'dividends': paid}, sys.stdout)


if __name__ == '__main__':
    main()
