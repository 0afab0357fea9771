#!/usr/bin/env python3
"""scikit-learn's MLPClassifier on a data set the workbench exported (--export-dataset, see docs/dataset-export.md):
the identical rows, labels and hold-out split, to set beside `bench train --method MLP`.

Usage: /usr/bin/python3 scripts/mlp_peer.py rows.csv [--layers 128,64] [--seed 0]
(Debian's python3-sklearn; the `python3` first on some PATHs lacks it.)

As the workbench does for its MLP, the features are standardised on the training rows (missing values filled
with the training mean first), 10 % of the training rows stop the training early, and for a multi-label export
the labels are cut as PCut1 does (one threshold, so that the test rows get the training rows' mean number of
labels); a single-label export takes the most probable class. Prints one JSON line: train_s and f1_micro
(multi-label, also at the plain 0.5 cut) or accuracy (single-label), with the epochs run."""
import argparse, csv, json, sys, time
import numpy as np
from sklearn.neural_network import MLPClassifier
from sklearn.metrics import f1_score, accuracy_score

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument('rows')
ap.add_argument('--layers', default='128,64')
ap.add_argument('--seed', type=int, default=0)
args = ap.parse_args()

# csv and numpy only: Debian's python3-sklearn does not bring pandas
with open(args.rows, newline='') as f:
    header, *body = list(csv.reader(f))
if 'fold' not in header or not {r[header.index('fold')] for r in body} <= {'train', 'test'}:
    sys.exit(f"{args.rows}: needs a hold-out export (a 'fold' column of train/test), as bench train writes")
labels = [c for c in header if c.startswith('label:')]
single = 'class' in header
feats = [c for c in header if c not in labels and c not in ('class', 'fold')]
fold = header.index('fold')
tr, te = [r for r in body if r[fold] == 'train'], [r for r in body if r[fold] == 'test']


def column(rows, names, kind):
    idx = [header.index(n) for n in names]
    return np.array([[kind(r[i]) for i in idx] for r in rows])


X, Xt = (column(rows, feats, lambda v: float(v) if v != '' else np.nan) for rows in (tr, te))
mean = np.nanmean(X, axis=0)
X, Xt = np.where(np.isnan(X), mean, X), np.where(np.isnan(Xt), mean, Xt)
centre, sd = X.mean(axis=0), X.std(axis=0)
sd[sd == 0] = 1
X, Xt = (X - centre) / sd, (Xt - centre) / sd
y = column(tr, ['class'], str).ravel() if single else column(tr, labels, int)
yt = column(te, ['class'], str).ravel() if single else column(te, labels, int)

layers = tuple(int(n) for n in args.layers.split(','))
model = MLPClassifier(hidden_layer_sizes=layers, early_stopping=True, validation_fraction=0.1,
                      n_iter_no_change=10, max_iter=200, random_state=args.seed)
t0 = time.perf_counter()
model.fit(X, y)
out = {'rows': len(body), 'train_rows': len(tr), 'features': len(feats), 'layers': args.layers,
       'train_s': round(time.perf_counter() - t0, 3), 'epochs': int(model.n_iter_)}
if single:
    out['accuracy'] = round(accuracy_score(yt, model.predict(Xt)), 4)
else:
    p = model.predict_proba(Xt)
    share = y.sum() / y.size  # PCut1: the training label cardinality per label slot
    cut = np.sort(p.ravel())[::-1][max(0, int(round(share * p.size)) - 1)]
    out['f1_micro'] = round(f1_score(yt, (p >= cut).astype(int), average='micro'), 4)
    out['f1_micro_at_0.5'] = round(f1_score(yt, (p >= 0.5).astype(int), average='micro'), 4)
print(json.dumps(out))
