#!/usr/bin/env python3
"""Train the learned deal backstop (three L2 logistic regressions, numpy only) from `newswatch features` rows.

    python3 tools/backstop/train.py ROWS.jsonl... [--out WEIGHTS.tsv] [--folds 5] [--threshold P]

Prints the 5-fold cross-validated curve (folds by page) of the deals the backstop would add at each threshold of
the amount model: added, right (the labelled deal: target, amount, and investor when the label gives one), wrong
(a false positive as `newswatch eval` counts it: $100M or more paid to a company with no labelled deal, or any deal
on a page with none), and large unmatched (a $100M+ added deal that is not a labelled one). Then trains on all rows
and writes the weights with the chosen threshold (the one with most right minus wrong among those where right
exceeds wrong, the higher on a tie; 1, no deal added, when there is none; or --threshold). See tools/backstop/README.md.
"""
import argparse
import collections
import json
import math
import sys
import zlib

import numpy as np

MIN_PAGES = 5          # a feature must occur on this many training pages to get a weight
L2 = {"amount": 3.0, "target": 3.0, "investor": 3.0}
ITERATIONS = 400
LARGE = 1e8
INVESTOR_THRESHOLD = 0.5
TRAIN_ON = "all"       # "all": every amount, the ones the rules read too; "uncarried": only the ones they leave


def read_rows(paths):
    rows = []
    for path in paths:
        tag = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    r["page"] = tag + "/" + r["page"]
                    rows.append(r)
    return rows


def vocabulary(items, pages):
    """Features seen on at least MIN_PAGES distinct pages; items are (page, features)."""
    seen = collections.defaultdict(set)
    for page, features in items:
        for feature in set(features):
            seen[feature].add(page)
    return sorted(f for f, p in seen.items() if len(p) >= MIN_PAGES or f in ("bias", "c:bias"))


def matrix(feature_lists, index):
    rows, cols = [], []
    for i, features in enumerate(feature_lists):
        for feature in features:
            j = index.get(feature)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), len(feature_lists)


def fit(feature_lists, labels, pages, l2):
    """L2 logistic regression by full-batch Adam; returns {feature: weight}."""
    names = vocabulary(zip(pages, feature_lists), pages)
    index = {f: j for j, f in enumerate(names)}
    r, c, n = matrix(feature_lists, index)
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    bias = index.get("bias", index.get("c:bias"))
    reg = np.full(len(names), l2)
    if bias is not None:
        reg[bias] = 0.0
    for t in range(1, ITERATIONS + 1):
        z = np.bincount(r, weights=w[c], minlength=n)
        p = 1 / (1 + np.exp(-z))
        g = np.bincount(c, weights=(p - y)[r], minlength=len(names)) + reg * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {f: float(w[j]) for j, f in enumerate(names) if abs(w[j]) > 1e-4}


def fit_choice(groups, l2):
    """Conditional logit: which candidate of each group (row) is the one, or none of them (an option of score 0, the
    one when no candidate is labelled); groups are (page, [(features, label)])."""
    groups = [(page, cands + [([], 0 if any(label for _, label in cands) else 1)]) for page, cands in groups]
    names = vocabulary([(page, f) for page, cands in groups for f, _ in cands], None)
    index = {f: j for j, f in enumerate(names)}
    flat = [f for _, cands in groups for f, _ in cands]
    y = np.array([float(label) for _, cands in groups for _, label in cands])
    group = np.array([g for g, (_, cands) in enumerate(groups) for _ in cands], dtype=np.int64)
    totals = np.bincount(group, weights=y, minlength=len(groups))
    y = y / np.maximum(totals[group], 1)
    r, c, n = matrix(flat, index)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, ITERATIONS + 1):
        z = np.bincount(r, weights=w[c], minlength=n)
        zmax = np.full(len(groups), -np.inf)
        np.maximum.at(zmax, group, z)
        e = np.exp(z - zmax[group])
        p = e / np.bincount(group, weights=e, minlength=len(groups))[group]
        has = (totals[group] > 0).astype(float)
        g = np.bincount(c, weights=((p - y) * has)[r], minlength=len(names)) + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {f: float(w[j]) for j, f in enumerate(names) if abs(w[j]) > 1e-4}


def choice(weights, candidates):
    """The softmax probability of each candidate, against each other and against none of them (score 0)."""
    z = [sum(weights.get(f, 0.0) for f in c["features"]) for c in candidates]
    top = max(z + [0.0])
    e = [math.exp(x - top) for x in z]
    total = sum(e) + math.exp(-top)
    return [x / total for x in e]


def prob(weights, features):
    z = sum(weights.get(f, 0.0) for f in features)
    return 1 / (1 + math.exp(-max(min(z, 40), -40)))


def addable(r):
    """A labelled deal whose target is among the candidates: the rows the backstop can add right."""
    return int(bool(r["deal"]) and any(c["target"] for c in r["candidates"]))


def train(rows):
    if TRAIN_ON == "uncarried":
        rows = [r for r in rows if not r.get("carried")]
    amount = fit([r["features"] for r in rows], [addable(r) for r in rows], [r["page"] for r in rows],
                 L2["amount"])
    positives = [r for r in rows if r["deal"] and r["candidates"]]
    cands = [(r["page"], c) for r in positives for c in r["candidates"]]
    target = fit_choice([(r["page"], [(c["features"], c["target"]) for c in r["candidates"]])
                         for r in positives], L2["target"])
    investor = fit([c["features"] for _, c in cands], [c["investor"] for _, c in cands], [p for p, _ in cands],
                   L2["investor"])
    return {"amount": amount, "target": target, "investor": investor}


def decide(models, rows):
    """What the backstop would add on these rows: one (row, probability, target, investor) per page and amount."""
    best = {}
    for r in rows:
        if r.get("carried") or not r["candidates"]:
            continue
        p = prob(models["amount"], r["features"])
        key = (r["page"], round(float(r["usd"]), 2))
        if key not in best or p > best[key][1]:
            best[key] = (r, p)
    out = []
    for r, p in best.values():
        shares = choice(models["target"], r["candidates"])
        t = max(range(len(shares)), key=lambda i: shares[i])
        p = p * shares[t]
        investor = None
        top = INVESTOR_THRESHOLD
        for i, c in enumerate(r["candidates"]):
            q = prob(models["investor"], c["features"])
            if i != t and q >= top:
                investor, top = i, q
        out.append((r, p, t, investor))
    return out


def judge(r, t, investor):
    """(right, wrong, large unmatched) of one added deal, as `newswatch eval` counts them."""
    target = r["candidates"][t]
    inv_ok = (not r["labelInvestor"]) or (investor is not None and r["candidates"][investor]["investor"])
    right = r["deal"] and target["target"] and inv_ok
    large = float(r["usd"]) >= LARGE
    if r.get("lenient"):
        wrong = False
    elif r["pageDeals"] == 0:
        wrong = True
    else:
        wrong = large and not target["anyTarget"]
    same = r["deal"] and target["target"] and (investor is None or r["candidates"][investor]["investor"]
                                               or not r["labelInvestor"])
    return bool(right), bool(wrong), bool(large and not same)


def fold_of(page, folds):
    return zlib.crc32(page.encode("utf-8")) % folds


def cross_validate(rows, folds):
    decisions = []
    for k in range(folds):
        train_rows = [r for r in rows if fold_of(r["page"], folds) != k]
        test_rows = [r for r in rows if fold_of(r["page"], folds) == k]
        decisions.extend(decide(train(train_rows), test_rows))
    return decisions


def curve(decisions, thresholds):
    table = []
    for th in thresholds:
        added = right = wrong = large_unmatched = 0
        for r, p, t, investor in decisions:
            if p < th:
                continue
            added += 1
            a, b, c = judge(r, t, investor)
            right += a
            wrong += b
            large_unmatched += c
        table.append((th, added, right, wrong, large_unmatched))
    return table


def write(models, threshold, path, header):
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write("# " + line + "\n")
        f.write("threshold\tamount\t%.3f\n" % threshold)
        f.write("threshold\tinvestor\t%.3f\n" % INVESTOR_THRESHOLD)
        for name in ("amount", "target", "investor"):
            for feature, weight in sorted(models[name].items()):
                if "\t" in feature or "\n" in feature:
                    continue
                f.write("%s\t%s\t%.4f\n" % (name, feature, weight))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rows", nargs="+")
    parser.add_argument("--out")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--threshold", type=float)
    args = parser.parse_args()
    rows = read_rows(args.rows)
    pages = len({r["page"] for r in rows})
    print("%d amounts of $1M+ (%d of them a labelled deal's) on %d pages" %
          (len(rows), sum(r["deal"] for r in rows), pages))
    thresholds = [round(0.05 * i, 2) for i in range(2, 20)] + [0.97, 0.99]
    table = curve(cross_validate(rows, args.folds), thresholds)
    print("threshold  added  right  wrong  large-unmatched   (cross-validated, %d folds by page)" % args.folds)
    for th, added, right, wrong, lu in table:
        print("%9.2f  %5d  %5d  %5d  %5d" % (th, added, right, wrong, lu))
    chosen = args.threshold
    if chosen is None:
        ok = [row for row in table if row[2] > row[3] and row[1] > 0]
        chosen = max(ok, key=lambda row: (row[2] - row[3], row[0]))[0] if ok else 1.0
    print("chosen threshold %.2f" % chosen)
    if args.out:
        models = train(rows)
        chosen_row = next((row for row in table if abs(row[0] - chosen) < 1e-9), None)
        header = ["Learned deal backstop: weights of tools/backstop/train.py (see tools/backstop/README.md).",
                  "Trained on %d rows from %d pages; threshold %.2f chosen by %d-fold cross-validation by page"
                  % (len(rows), pages, chosen, args.folds)]
        if chosen_row:
            header.append("cross-validated at that threshold: added %d, right %d, wrong %d, large unmatched %d"
                          % chosen_row[1:])
        write(models, chosen, args.out, header)
        print("weights written to %s (%s)" % (args.out, ", ".join(
            "%s %d" % (k, len(v)) for k, v in models.items())))


if __name__ == "__main__":
    sys.exit(main())
