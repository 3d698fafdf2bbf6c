"""Events that name no target (events/data/standalone_codes.tsv): an alert raised, responsibility denied. They are
coded with an absent target only when the sentence names no one else, and they travel as a null target through
JSON, the store and scoring. Sentences are our own, written for these tests."""
from datetime import date

from parley.evaluate.scorer import gold_events, predicted_events
from parley.model import Document
from parley.store import Store

DAY = date(2021, 6, 14)


def standalone(pipeline, text):
    return [e for e in pipeline.code_text(text, date=DAY) if e.target.absent]


def test_an_alert_raised_by_a_state_has_no_target(pipeline):
    events = standalone(pipeline, "Spain raised its terrorism alert to the second-highest level on Monday.")
    assert [(e.source.code, e.root) for e in events] == [("ESP", "15")]
    assert events[0].to_json()["target"] is None


def test_a_show_of_its_own_forces_has_no_target(pipeline):
    events = pipeline.code_text("Russia put its nuclear forces on high alert on Sunday.", date=DAY)
    assert [(e.source.code, e.root, e.target.code) for e in events] == [("RUS", "15", None)], events


def test_its_own_capital_is_where_it_acts_not_a_target(pipeline):
    events = standalone(pipeline, "Danish authorities raised the terrorism threat level in Copenhagen on Sunday.")
    assert [(e.source.country, e.root) for e in events] == [("DNK", "15")]


def test_no_absent_target_when_the_sentence_names_another_side(pipeline):
    # the target was missed, not absent: a named country or an unknown name may be it
    assert not standalone(pipeline, "Estonia raised its alert level on Friday after Russia moved troops nearer.")
    assert not standalone(pipeline, "Britain's regulator opened an investigation into Microsoft's purchase of a games studio.")
    # and only the codes that may stand alone: a protest or an attack always has one
    assert not standalone(pipeline, "Gunmen attacked on Monday, police said.")


def test_the_store_keeps_a_null_target_and_scoring_matches_gold_with_none(tmp_path, pipeline):
    text = "Spain raised its terrorism alert to the second-highest level on Monday."
    coded = pipeline.code_document(Document(id="es", text=text, date=DAY, date_precision="day"))
    with Store(tmp_path / "p.duckdb") as store:
        store.save([coded])
        rows = store.con.execute("SELECT source_code, target_text, target_code, root FROM events").fetchall()
    assert ("ESP", None, None, "15") in rows
    gold = gold_events({"expected": [{"source": "ESP", "target": None, "code": "151"}]})
    assert [(g.source[0], g.target[0], g.code[:2]) for g in predicted_events(coded.events, gold)] == [
        ("ESP", None, "15")]
