"""The CAMEO table is complete and the pattern lexicon reaches every root."""
from __future__ import annotations

import csv

from conftest import EVAL, need_shared
from parley.events import cameo_table, load_event_lexicon, lookup


def test_table_has_every_code_of_the_shared_codebook():
    need_shared()
    with (EVAL / "cameo_codes.tsv").open(encoding="utf-8") as handle:
        codes = [row["code"] for row in csv.DictReader(handle, delimiter="\t")]
    table = cameo_table()
    assert set(codes) <= set(table)
    assert all(table[c].goldstein is not None for c in codes)


def test_quad_class_goldstein_and_plover():
    assert (lookup("042").quad_class, lookup("042").goldstein, lookup("042").plover) == (1, 1.9, "CONSULT")
    assert (lookup("073").quad_class, lookup("073").plover) == (2, "AID")
    assert (lookup("112").quad_class, lookup("112").plover) == (3, "ACCUSE")
    assert (lookup("161").quad_class, lookup("161").goldstein, lookup("161").plover) == (4, -4.0, "SANCTION")
    assert lookup("195").goldstein == -10.0 and lookup("195").plover == "ASSAULT"
    assert lookup("1824").goldstein == lookup("182").goldstein  # no weight of its own: the parent's


def test_patterns_reach_all_twenty_roots_with_valid_codes():
    lexicon = load_event_lexicon()
    patterns = [p for group in (*lexicon.verbs.values(), *lexicon.nouns.values()) for p in group]
    roots = {p.code[:2] for p in patterns if "discard" not in p.flags}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    table = cameo_table()
    assert all(p.code in table for p in patterns if "discard" not in p.flags)
    assert len(patterns) > 500
