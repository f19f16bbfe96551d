"""Hierarchical risk parity as in López de Prado (2016), with scipy's single linkage, no pandas.

stdin: {"cases": [{"covariance": [n*n row-major], "linkage": "distance-of-distances" |
        "correlation-distance"}]}
stdout: {"cases": [{"weights": [...], "order": [...]}]}
"""
import json
import sys
import warnings

import numpy as np
import scipy.cluster.hierarchy as sch
from scipy.spatial.distance import squareform

from krx import square


def inverse_variance(cov):
    iv = 1 / np.diag(cov)
    return iv / iv.sum()


def cluster_variance(cov, items):
    sub = cov[np.ix_(items, items)]
    w = inverse_variance(sub)
    return w @ sub @ w


def quasi_diagonal(link):
    """The paper's getQuasiDiag: replace each cluster by its two children until only leaves remain."""
    link = link.astype(int)
    count = link[-1, 3]
    order = [link[-1, 0], link[-1, 1]]
    while max(order) >= count:
        expanded = []
        for item in order:
            if item >= count:
                expanded += [link[item - count, 0], link[item - count, 1]]
            else:
                expanded.append(item)
        order = expanded
    return order


def recursive_bisection(cov, order):
    """The paper's getRecBipart."""
    weights = np.ones(len(order))
    clusters = [order]
    while clusters:
        clusters = [c[a:b] for c in clusters
                    for a, b in ((0, len(c) // 2), (len(c) // 2, len(c))) if len(c) > 1]
        for i in range(0, len(clusters), 2):
            left, right = clusters[i], clusters[i + 1]
            v_left, v_right = cluster_variance(cov, left), cluster_variance(cov, right)
            alpha = 1 - v_left / (v_left + v_right)
            weights[left] *= alpha
            weights[right] *= 1 - alpha
    return weights


def hrp(cov, linkage_input):
    std = np.sqrt(np.diag(cov))
    corr = cov / np.outer(std, std)
    dist = np.sqrt(np.clip((1 - corr) / 2, 0, None))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if linkage_input == "distance-of-distances":
            # As in the paper's code: linkage treats the rows of the distance matrix as points.
            link = sch.linkage(dist, "single")
        else:
            link = sch.linkage(squareform(dist, checks=False), "single")
    order = quasi_diagonal(link)
    return recursive_bisection(cov, order), order


def main():
    request = json.load(sys.stdin)
    answers = []
    for case in request["cases"]:
        weights, order = hrp(square(case["covariance"]), case["linkage"])
        answers.append({"weights": weights.tolist(), "order": [int(i) for i in order]})
    json.dump({"cases": answers}, sys.stdout)


if __name__ == "__main__":
    main()
