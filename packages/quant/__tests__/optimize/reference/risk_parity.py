"""Risk budgeting by scipy: L-BFGS-B on ½xᵀΣx − Σ b_i ln x_i over x > 0 to land near the positive
root, then scipy.optimize.root polishes x_i (Σx)_i = b_i; w = x / Σx. Also numpy's view of a given
weight vector's risk contributions.

stdin: {"cases": [{"covariance": [n*n], "budgets": [n], "weights": ours}]}
stdout: {"cases": [{"weights": scipy's, "contributions": of ours (fractions of variance),
         "residual": scipy's relative residual, "positive": bool}]}
"""
import json
import sys

import numpy as np
from scipy.optimize import minimize, root

from krx import square


def main():
    request = json.load(sys.stdin)
    answers = []
    for case in request["cases"]:
        cov = square(case["covariance"])
        n = len(cov)
        b = np.array(case["budgets"])
        start = minimize(lambda x: 0.5 * x @ cov @ x - b @ np.log(x), b / np.sqrt(np.diag(cov)),
                         jac=lambda x: cov @ x - b / x, method="L-BFGS-B",
                         bounds=[(1e-12, None)] * n, options={"gtol": 1e-12, "ftol": 1e-15})
        solution = root(lambda x: x * (cov @ x) - b, start.x,
                        jac=lambda x: np.diag(cov @ x) + x[:, None] * cov,
                        method="hybr", options={"xtol": 1e-14})
        x = solution.x
        ours = np.array(case["weights"])
        rc = ours * (cov @ ours)
        answers.append({
            "weights": (x / x.sum()).tolist(),
            "contributions": (rc / rc.sum()).tolist(),
            # hybr may stop short of its xtol yet sit on the root; judge by the residual.
            "residual": float(np.max(np.abs(x * (cov @ x) - b)) / np.max(b)),
            "positive": bool(np.all(x > 0)),
        })
    json.dump({"cases": answers}, sys.stdout)


if __name__ == "__main__":
    main()
