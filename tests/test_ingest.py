"""Ingestion: readers for each input kind, boilerplate cleaning on the seeds, and bad input."""
from __future__ import annotations

import io
import json

from parley.ingest import IngestError, read_inputs
from parley.ingest.boilerplate import clean_text
from parley.ingest.readers import read_stream
from parley.model import Document


def test_seed_2016_loses_disclaimers_and_comment_widgets(seed_2016):
    cleaned = clean_text(seed_2016)
    for junk in ("What do you think?", "Notify of", "Inline Feedbacks", "View all comments",
                 "views and opinions expressed", "does not give financial", "Pariah State", "(bold italics added)"):
        assert junk not in cleaned, junk
    assert not cleaned.startswith("in ,")
    assert cleaned.startswith("A Trump – Putin Summit Meeting Coming?")
    # The article itself is all there, up to its last sentence.
    assert "Russia is ready to and seeks a return to full-format relations" in cleaned
    assert cleaned.rstrip().endswith("Trump should make it a priority.")


def test_seed_2018_loses_image_id_teaser_and_comment_tail(seed_2018):
    cleaned = clean_text(seed_2018)
    for junk in ("gettyimages-872780694", "Read more:", "Leave a Reply", "Your email address", "Comments"):
        assert junk not in cleaned, junk
    assert cleaned.count("Vladimir Putin is scheduled to meet Donald Trump in Paris") == 1
    assert cleaned.count("In mid-November 2016 shortly after the election") == 1
    assert cleaned.rstrip().endswith("but it did create mistrust.")
    assert "Bolton was in Moscow to convey US plans" in cleaned


def test_readers_take_text_html_jsonl_and_folders(tmp_path):
    (tmp_path / "a.txt").write_text("Russia expelled two Polish diplomats on Monday.\n", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(
        "<html><head><title>Talks</title><meta name='date' content='2019-03-12'></head><body>"
        "<nav>Home | World</nav><article><p>France and Germany held talks in Berlin on Tuesday about the "
        "future of the eurozone budget, officials said after the meeting.</p></article>"
        "<div id='comments'><h3>Leave a Reply</h3></div></body></html>", "utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "x1", "text": "Iran accused Israel.", "date": "2020-01-02",
                                                  "title": "T", "url": "https://example.org/1", "source": "Wire"})
                                      + "\n", "utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(i, Document) for i in items), items
    by_id = {d.id: d for d in items}
    assert set(by_id) == {"a.txt", "sub/b.html", "x1"}
    html = by_id["sub/b.html"]
    assert html.title == "Talks" and html.date.isoformat() == "2019-03-12"
    assert "held talks in Berlin" in html.text and "Leave a Reply" not in html.text and "Home | World" not in html.text
    assert by_id["x1"].date.isoformat() == "2020-01-02" and by_id["x1"].source == "Wire"


def test_stdin_text_and_jsonl():
    text = list(read_stream(io.StringIO("Russia expelled two Polish diplomats."), "<stdin>"))
    assert isinstance(text[0], Document) and text[0].id == "stdin"
    feed = list(read_stream(io.StringIO('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n'), "<stdin>"))
    assert [d.id for d in feed] == ["a", "b"]


def test_bad_inputs_get_located_errors_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russia expelled two Polish diplomats.", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp_path / "latin1.txt").write_bytes("Le président a rencontré".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   \n\n", "utf-8")
    (tmp_path / "huge.txt").write_text("word " * 3000, "utf-8")
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "ok1", "text": "Fine."}\n{"id": "broken", "text": \n{"id": "notext"}\n[1, 2]\n'
        '{"id": "baddate", "text": "x", "date": "yesterday"}\n{"id": "ok2", "text": "Also fine."}\n', "utf-8")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")], max_chars=10_000))
    errors = {str(e) for e in items if isinstance(e, IngestError)}
    docs = {d.id for d in items if isinstance(d, Document)}
    assert docs == {"good.txt", "ok1", "ok2"}
    expected = {
        "binary.txt: binary file", "latin1.txt: not valid UTF-8", "empty.txt: empty document",
        "huge.txt: document too large", "feed.jsonl:2: invalid JSON", "feed.jsonl:3: needs a non-empty 'text'",
        "feed.jsonl:4: expected a JSON object", "feed.jsonl:5: field 'date' is not an ISO date",
        "missing.txt: no such file",
    }
    for fragment in expected:
        assert any(fragment in e for e in errors), (fragment, errors)
    assert len(errors) == len(expected)
