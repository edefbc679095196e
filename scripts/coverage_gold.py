#!/usr/bin/env python3
"""How often the coverage findings contradict the hand-made alignment gold.

For each event of ../shared/data/gold-align, runs `parallax analyze` on the event (built the way
the evaluation tool builds it) and checks every coverage finding against the gold links:
- "Only X reports that S": wrong when the gold links S to a sentence of another article (the
  other article reports it, in other words);
- "X leaves out a claim that … report": wrong when the gold links one of the finding's sentences
  to a sentence of X.
Prints per event and in total: findings, wrong, and the share wrong.

Usage: python3 scripts/coverage_gold.py [--cli target/release/parallax]
"""

import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "tools"))
import eval as shared_eval  # noqa: E402  (the evaluation tool's own loaders and mapping)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "target", "release", "parallax"))
    ap.add_argument("--show", action="store_true", help="print each wrong finding with the gold partner sentences")
    a = ap.parse_args()
    events = {e["event_id"][:8]: e for e in shared_eval.load_basil(os.path.join(SHARED, "data", "basil-dev.json"))}
    totals = {"exclusive": [0, 0], "omitted-claim": [0, 0]}
    for gpath in sorted(glob.glob(os.path.join(SHARED, "data", "gold-align", "align-*.json"))):
        gold = json.load(open(gpath, encoding="utf-8"))
        ev = events.get(gold["event_id"][:8])
        if ev is None:
            continue
        bundle, ranges = shared_eval.event_bundle(ev)
        ids = [x["id"] for x in bundle["articles"]]
        rep = shared_eval.run_analyze([a.cli], bundle)
        smap = shared_eval.sentence_map(rep, ranges, bundle)
        # Gold partners of each (article index, gold sentence).
        partners = {}
        for ka, sa, kb, sb, *_ in gold["links"]:
            partners.setdefault((ka, sa), set()).add((kb, sb))
            partners.setdefault((kb, sb), set()).add((ka, sa))
        name_of = {}
        for art in bundle["articles"]:
            name_of[art.get("outlet") or art["id"]] = ids.index(art["id"])
        line = []
        for f in rep["findings"]:
            if f["signal"] != "coverage":
                continue
            ev_units = [
                (ids.index(e["article"]), smap.get((e["article"], e["sentence"])))
                for e in f["evidence"]
                if e.get("sentence") is not None
            ]
            ev_units = [x for x in ev_units if x[1] is not None]
            if f["text"].startswith("Only ") and ev_units:
                k, s = ev_units[0]
                wrong = any(o != k for o, _ in partners.get((k, s), ()))
                kind = "exclusive"
            elif " leaves out a claim that " in f["text"]:
                who = f["text"].split(" leaves out a claim that ")[0]
                missing = name_of.get(who)
                if missing is None:
                    continue
                wrong = any(o == missing for x in ev_units for o, _ in partners.get(x, ()))
                kind = "omitted-claim"
            else:
                continue
            if wrong and a.show:
                print(f"  ✗ {f['text']}")
                for x in ev_units[:1] if kind == "exclusive" else ev_units:
                    for o, so in sorted(partners.get(x, ())):
                        print(f"      gold partner ({ids[o]} {so}): {ev['articles'][o]['sentences'][so][:160]}")
            totals[kind][0] += 1
            totals[kind][1] += int(wrong)
            line.append(f"{kind[:4]}{'✗' if wrong else '✓'}")
        print(f"{gold['event_id'][:8]}  {' '.join(line)}")
    for kind, (n, w) in totals.items():
        print(f"{kind}: findings={n} wrong={w} share wrong={w / n if n else 0:.2f}")


if __name__ == "__main__":
    main()
