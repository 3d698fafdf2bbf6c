"""Property tests (hypothesis): reading and coding never crash on any text, and every offset a coded
document carries points into its text at the words it claims.

Texts come in two kinds: anything at all (every Unicode category, control characters, lone surrogates,
huge words, quotes and brackets, mixed scripts), and news-like sentences assembled from the actor
files, event verbs, dates and places, so that the coder's paths run and not only its early exits.
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from conftest import ROOT
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from parley.ingest import IngestError
from parley.ingest.readers import document_from_record, make_document, read_file
from parley.model import Document
from parley.store import Store

ACTOR_DATA = ROOT / "src" / "parley" / "actors" / "data"
# Modest by default so that the suite stays fast; PARLEY_FUZZ_EXAMPLES=1000 for a long hunt.
EXAMPLES = int(os.environ.get("PARLEY_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
CODING = settings(FUZZ, max_examples=max(1, EXAMPLES * 3 // 4))


def _column(name: str, index: int, limit: int) -> list[str]:
    values = []
    for line in (ACTOR_DATA / name).read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) > index and fields[index] and fields[index] not in ("name", "key"):
            values.append(fields[index])
    return values[:: max(1, len(values) // limit)]


COUNTRIES = _column("countries.tsv", 1, 80)
PEOPLE = _column("people.tsv", 0, 80)
ORGANISATIONS = [n.split("|")[0] for n in _column("organisations.tsv", 4, 40)]
ROLES = ["the foreign ministry of", "troops from", "the government of", "rebels in", "police in", "the president of"]
VERBS = ["expelled diplomats from", "accused", "met", "met with", "signed an agreement with", "threatened",
         "condemned", "visited", "imposed sanctions on", "shelled", "attacked", "praised", "urged",
         "offered aid to", "will meet", "plans to visit", "denied that it attacked", "may sanction",
         "called on", "arrested protesters in", "agreed to talks with", "warned"]
WHEN = ["on Monday", "on March 4, 2019", "last week", "next month", "on Nov. 11", "two days later", "in 2014",
        "yesterday", "on Tuesday evening", "", "in early May", "on 2020-02-30"]
PLACES = ["in Paris", "in Geneva", "near Kharkiv", "in the French capital", "at a summit in Minsk", "", "in Gaza",
          "in the Syrian city of Aleppo", "in Kyiv"]
NOISE = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=6)  # includes surrogates


@st.composite
def actor(draw) -> str:
    kind = draw(st.sampled_from(["country", "person", "org", "role"]))
    if kind == "country":
        return draw(st.sampled_from(COUNTRIES))
    if kind == "person":
        return draw(st.sampled_from(PEOPLE))
    if kind == "org":
        return draw(st.sampled_from(ORGANISATIONS))
    return f"{draw(st.sampled_from(ROLES))} {draw(st.sampled_from(COUNTRIES))}"


@st.composite
def news_sentence(draw) -> str:
    sentence = " ".join(p for p in (draw(actor()), draw(st.sampled_from(VERBS)), draw(actor()),
                                    draw(st.sampled_from(PLACES)), draw(st.sampled_from(WHEN))) if p) + "."
    style = draw(st.sampled_from(["plain", "quoted", "said", "noisy", "plain"]))
    if style == "quoted":
        return f'"{sentence[:-1]}," {draw(actor())} said {draw(st.sampled_from(WHEN))}.'
    if style == "said":
        return f"{draw(actor())} said that {sentence[0].lower()}{sentence[1:]}"
    if style == "noisy":
        words = sentence.split(" ")
        at = draw(st.integers(0, len(words)))
        return " ".join(words[:at] + [draw(NOISE)] + words[at:])
    return sentence


news_text = st.lists(news_sentence(), min_size=1, max_size=6).map(
    lambda sentences: "\n\n".join(" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)))

HOSTILE_PIECES = st.sampled_from([
    "\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\u202e", "\u200b", "\ufeff", "\ud800", "\udfff", "\uffff",
    "<script>alert(1)</script>", "<b>", "]]>", "«", "»", "“", "”", "„", "'", '"', "((((", "]]]]", "{", "}",
    "\r\n", "\r", "\t", "\u2028", "\u2029", "\n\n", "Ω", "Київ", "北京", "القاهرة", "नई दिल्ली", "👍🏽", "e\u0301",
    "x" * 3000, "A" * 70, ". . . .", "...", "—", "U.S.", "Jan. 1,", "said", "\"\"\"", "''", "(", ")",
])
any_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200),
    st.lists(st.one_of(HOSTILE_PIECES, st.text(max_size=20), news_sentence()), max_size=12).map("".join),
)


def check_offsets(text: str, coded) -> None:
    """Every span a coded document carries lies inside its text and covers the words it stores."""
    n = len(text)

    def inside(start, end, what, snippet=None):
        assert 0 <= start <= end <= n, (what, start, end, n)
        if snippet is not None:
            assert text[start:end] == snippet, (what, text[start:end], snippet)

    for event in coded.events:
        inside(*event.evidence_span, "evidence", event.evidence)
        inside(*event.trigger_span, "trigger", event.trigger)
        assert event.evidence_span[0] <= event.trigger_span[0] < event.evidence_span[1], "trigger outside evidence"
        for side in (event.source, event.target):
            inside(side.start, side.end, "actor")
            if side.end > side.start:
                assert text[side.start:side.end].casefold().strip() != "", ("blank actor span", side)
        assert event.code and event.root == event.code[:2] and 1 <= event.quad_class <= 4
    for quote in coded.quotes:
        inside(*quote.span, "quote", quote.text)
        assert set(quote.event_ids) <= {e.event_id for e in coded.events}
        if quote.speaker is not None and quote.speaker.end > quote.speaker.start:
            inside(quote.speaker.start, quote.speaker.end, "speaker", quote.speaker.text)


def ingest(text: str, **fields):
    return make_document("prop", "<prop>", text=text, doc_date=date(2019, 3, 4), **fields)


# --- ingestion -----------------------------------------------------------------------------------------------

@FUZZ
@given(text=any_text, html=st.booleans())
def test_make_document_never_raises_and_gives_clean_text(text, html):
    item = make_document("x", "<x>", html=text) if html else make_document("x", "<x>", text=text)
    assert isinstance(item, (Document, IngestError))
    if isinstance(item, IngestError):
        assert item.origin == "<x>" and item.message
        return
    assert item.text.strip() and len(item.text) <= 2_000_000
    item.text.encode("utf-8")  # storable: no lone surrogates get through
    assert item.id == "x" and isinstance(item.content_hash, str)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | any_text,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=6)
RECORDS = st.fixed_dictionaries({}, optional={key: JSON_VALUES | any_text for key in
                                              ("id", "text", "html", "date", "title", "url", "source", "doc_type")})


@FUZZ
@given(record=st.one_of(RECORDS, JSON_VALUES))
def test_document_from_record_never_raises(record):
    item = document_from_record(record, "feed.jsonl:7", default_id="feed.jsonl:7")
    assert isinstance(item, (Document, IngestError))
    if isinstance(item, IngestError):
        assert item.origin == "feed.jsonl:7"
    else:
        item.text.encode("utf-8")
        assert isinstance(item.id, str) and item.id


@FUZZ
@given(data=st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.lists(st.one_of(RECORDS.map(lambda r: json.dumps(r, default=str)), st.text(max_size=40)),
                               max_size=5).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))),
       suffix=st.sampled_from([".txt", ".html", ".jsonl", ".md"]))
def test_read_file_never_raises_on_any_bytes(tmp_path_factory, data, suffix):
    path = Path(tmp_path_factory.mktemp("bytes")) / f"input{suffix}"
    path.write_bytes(data)
    for item in read_file(path, doc_id=path.name):
        assert isinstance(item, (Document, IngestError))
        if isinstance(item, IngestError):
            assert item.origin.startswith(str(path)) and item.message
        else:
            item.text.encode("utf-8")


# --- coding --------------------------------------------------------------------------------------------------

@CODING
@given(text=any_text)
def test_coding_any_text_keeps_offsets_inside_it(pipeline, text):
    document = ingest(text)
    assume(isinstance(document, Document))
    coded = pipeline.code_document(document)
    check_offsets(document.text, coded)


@CODING
@given(text=news_text, dated=st.booleans())
def test_coding_news_like_text_keeps_offsets_and_stores(pipeline, text, dated):
    document = make_document("news", "<news>", text=text, doc_date=date(2019, 3, 4) if dated else None)
    assume(isinstance(document, Document))
    coded = pipeline.code_document(document)
    check_offsets(document.text, coded)
    for event in coded.events:
        json.dumps(event.to_json())
    with Store(":memory:") as store:
        assert store.save([coded]).stored == 1
        counts = store.counts()
        assert counts["events"] == len(coded.events) and counts["quotes"] == len(coded.quotes)


def test_news_strategy_reaches_the_coder(pipeline):
    """The news-like texts do code events (else the property above would test little)."""
    found = 0

    @settings(max_examples=15, deadline=None, database=None)
    @given(text=news_text)
    def count(text):
        nonlocal found
        document = ingest(text)
        if isinstance(document, Document):
            found += len(pipeline.code_document(document).events)

    count()
    assert found >= 5
