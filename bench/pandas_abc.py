"""ABC analysis with pandas, the yardstick for `kam analyze` in bench/e2e.sh.

usage: /usr/bin/python3 bench/pandas_abc.py IN.csv OUT.csv

Same steps as kam: read the CSV (customer,revenue), sum per customer (names matched ignoring
case and surrounding spaces), rank by revenue (largest first), share and cumulative share,
classes A/B/C at 80/95 % where the customer that crosses a threshold and any customer with the
same revenue still belong to the better class, write one row per customer. kam also writes a
reason per customer and orders ties by name; this script does neither.
"""

import sys

import numpy as np
import pandas as pd


def main(src: str, dst: str) -> None:
    rows = pd.read_csv(src, dtype={"customer": str, "revenue": float})
    # kam matches names case-insensitively with collapsed spaces; do the same here.
    key = rows["customer"].str.strip().str.lower()
    sums = rows.groupby(key, sort=False).agg(
        customer=("customer", "first"), value=("revenue", "sum")
    )
    sums = sums[sums["value"] >= 0]
    ranked = sums.sort_values(["value"], ascending=False, kind="stable")
    total = ranked["value"].sum()
    share = ranked["value"] / total
    cumulative = share.cumsum()
    before = cumulative - share
    # A while the cumulative share before the customer is below 80 %, B below 95 %.
    cls = np.where(before < 0.8, "A", np.where(before < 0.95, "B", "C"))
    # Equal revenue is never split at a limit: a tie takes the class of its first member.
    values = ranked["value"].to_numpy()
    starts = np.r_[True, values[1:] != values[:-1]]
    first = np.maximum.accumulate(np.where(starts, np.arange(len(values)), 0))
    cls = cls[first]
    out = pd.DataFrame(
        {
            "rank": np.arange(1, len(ranked) + 1),
            "customer": ranked["customer"].to_numpy(),
            "value": ranked["value"].to_numpy(),
            "share": share.to_numpy(),
            "cumulative_share": cumulative.to_numpy(),
            "class": cls,
        }
    )
    out.to_csv(dst, index=False)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
