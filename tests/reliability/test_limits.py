"""
Every reader has a size limit and a depth limit, reads no more than them, and is linear.

Linearity is proved by counting work, not by timing it: the number of Python calls a
reader makes (`sys.setprofile` counts each one) on an input and on one sixteen times as
large must grow about sixteen times; a quadratic loop would make it grow 256 times.
Work done inside one C call (a `str.find`, a string copied by ``+=``) is not counted;
the `slow` tests compare CPU times of the same two sizes for that, with a bound (48x)
far below what quadratic work costs (256x).
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

import orjson
import pytest

import newsmodel
from newsmodel import Article, Quote, Span
from newsmodel.errors import InputTypeError, SerializationError
from newsmodel.html import render_article, script_tag
from newsmodel.jsonld import from_jsonld, to_jsonld
from newsmodel.validate import validate

_SMALL = 200
_LARGE = 16 * _SMALL
_BOUND = 24  # calls may grow at most this much for sixteen times the input


def _calls(function: Callable[[], object]) -> int:
    """How many Python and C calls *function* makes, however long each takes."""
    count = 0

    def profile(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal count
        if event in {"call", "c_call"}:
            count += 1

    sys.setprofile(profile)
    try:
        function()
    except SerializationError:
        pass
    finally:
        sys.setprofile(None)
    return count


def _grows_linearly(make: Callable[[int], Callable[[], object]]) -> float:
    small, large = _calls(make(_SMALL)), _calls(make(_LARGE))
    return large / small


def _deep_list(depth: int) -> list[Any]:
    root: list[Any] = []
    current = root
    for _ in range(depth):
        inner: list[Any] = []
        current.append(inner)
        current = inner
    return root


def _self_containing() -> list[Any]:
    loop: list[Any] = []
    loop.append(loop)
    return loop


# --- documents of many items, for the linearity checks ----------------------------------


def _quotations(n: int) -> bytes:
    body = " ".join(f"Word{i} said yes." for i in range(n))
    nodes = [{"@type": "Quotation", "text": f"Word{i} said"} for i in range(n)]
    nodes += [{"@type": "Quotation", "text": f"missing {i}"} for i in range(n)]
    return orjson.dumps({"@type": "NewsArticle", "articleBody": body, "@graph": nodes})


def _people(n: int) -> bytes:
    people = [{"@type": "Person", "name": "Ana Lou"} for _ in range(n)]
    return orjson.dumps([{"@type": "NewsArticle", "articleBody": "x"}, *people])


def _figures(n: int) -> bytes:
    nodes = [{"@type": "Observation", "value": i, "name": f"{i} units"} for i in range(n)]
    return orjson.dumps({"@type": "NewsArticle", "articleBody": "Figures.", "mentions": nodes})


def _one_node_described_often(n: int) -> bytes:
    same = [{"@id": "#p", "@type": f"T{i}", "name": f"N{i}"} for i in range(n)]
    return orjson.dumps([{"@type": "NewsArticle", "articleBody": "x"}, *same])


def _article(n: int) -> Article:
    text = " ".join(["Yes."] * n)
    quotes = [Quote(text="Yes", span=Span(start=5 * i, end=5 * i + 3)) for i in range(n)]
    return Article(text=text, quotes=quotes)


# --- from_jsonld --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [_quotations, _people, _figures, _one_node_described_often],
    ids=lambda f: f.__name__,
)
def test_from_jsonld_is_linear_in_its_nodes(document: Callable[[int], bytes]) -> None:
    """Sixteen times the quotations, people, figures or descriptions cost sixteen times the calls."""
    assert _grows_linearly(lambda n: lambda: from_jsonld(document(n))) < _BOUND


@pytest.mark.slow
@pytest.mark.parametrize("document", [_quotations, _figures], ids=lambda f: f.__name__)
def test_from_jsonld_searches_the_body_in_linear_time(document: Callable[[int], bytes]) -> None:
    """Placing items in the body costs CPU time in proportion to the document, not its square."""
    small, large = document(1_000), document(16_000)

    def cpu(data: bytes) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            from_jsonld(data)
            best = min(best, time.process_time() - start)
        return best

    assert cpu(large) < 48 * cpu(small) + 0.05


def test_from_jsonld_places_items_found_in_order_and_appends_the_rest() -> None:
    """Quotes in the body point at their words; one missing from it is appended once."""
    article = from_jsonld(_quotations(3))
    placed = [article.slice(q.span) for q in article.quotes]
    assert placed == [q.text for q in article.quotes]
    assert article.text.count("missing 1") == 1
    assert article.quotes[1].span.start == article.text.index("Word1 said")


def test_from_jsonld_refuses_text_over_its_size_limit_before_reading_it() -> None:
    """JSON text longer than max_bytes is refused by its length alone, even if not JSON."""
    with pytest.raises(SerializationError) as caught:
        from_jsonld(b"x" * 101, max_bytes=100)
    assert caught.value.reason == "too-large"
    assert str(caught.value) == (
        "$: expected at most 100 bytes of JSON, got 101; "
        "raise the limit with from_jsonld(..., max_bytes=...)"
    )
    text = '{"@type": "NewsArticle", "articleBody": "Hi."}'
    assert from_jsonld(text, max_bytes=len(text)).text == "Hi."


def test_from_jsonld_refuses_data_over_its_value_limit() -> None:
    """Python data holding more JSON values than max_values is refused as it is read."""
    doc = {"@type": "NewsArticle", "articleBody": "x", "keywords": ["k"] * 50}
    with pytest.raises(SerializationError, match="at most 20 JSON values") as caught:
        from_jsonld(doc, max_values=20)
    assert caught.value.reason == "too-large"
    assert from_jsonld(doc, max_values=60).keywords == ("k",) * 50


@pytest.mark.parametrize(
    "doc",
    [
        {"@type": "NewsArticle", "articleBody": "x", "about": _deep_list(100_000)},
        {"@type": "NewsArticle", "articleBody": "x", "mentions": _self_containing()},
        {"@type": "NewsArticle", "articleBody": "x", "about": {"@value": _self_containing()}},
    ],
    ids=["deep", "list-in-itself", "value-in-itself"],
)
def test_from_jsonld_refuses_data_too_deep_or_containing_itself(doc: Any) -> None:
    """Deep data, or a list inside itself, is a SerializationError, never a RecursionError."""
    with pytest.raises(SerializationError) as caught:
        from_jsonld(doc)
    assert caught.value.reason == "too-deep"
    assert "nested at most 512 levels deep" in str(caught.value)


def test_from_jsonld_reads_the_depth_it_allows() -> None:
    """A document exactly at the depth limit reads."""
    doc = {"@type": "NewsArticle", "articleBody": "x", "about": _deep_list(20)}
    assert from_jsonld(doc, max_depth=22).text == "x"
    with pytest.raises(SerializationError, match="at most 21 levels"):
        from_jsonld(doc, max_depth=21)


def test_from_jsonld_leaves_out_a_figure_that_is_not_a_finite_number() -> None:
    """NaN or infinity, which JSON cannot spell but Python data can hold, is left out."""
    nodes = [
        {"@type": "Observation", "value": float("nan"), "name": "many"},
        {"@type": "Observation", "value": "inf", "name": "more"},
        {"@type": "Observation", "value": 3, "name": "three"},
    ]
    article = from_jsonld({"@type": "NewsArticle", "articleBody": "x", "mentions": nodes})
    assert [f.value for f in article.figures] == [3]


def test_from_jsonld_reads_a_value_object_inside_another() -> None:
    """``{"@value": {"@value": "B"}}`` is the string "B", not an empty body."""
    doc = {"@type": "NewsArticle", "articleBody": {"@value": {"@value": "Body."}}}
    assert from_jsonld(doc).text == "Body."


@pytest.mark.parametrize("name", ["max_bytes", "max_depth", "max_values"])
@pytest.mark.parametrize("value", [0, -1, True, "10", 2.5])
def test_from_jsonld_refuses_a_limit_that_is_not_a_positive_int(name: str, value: object) -> None:
    """A wrong limit is the caller's mistake, said with the limit's name."""
    with pytest.raises(SerializationError, match=f"expected {name} to be a positive int") as caught:
        from_jsonld({"@type": "NewsArticle"}, **{name: value})  # type: ignore[arg-type]
    assert caught.value.reason == "argument"


# --- loads and from_dict ------------------------------------------------------------------


def test_loads_refuses_text_over_its_size_limit_before_reading_it() -> None:
    """More than max_bytes is refused by its length alone; at the limit it reads."""
    data = newsmodel.dumps(Article(text="Hi."))
    assert newsmodel.loads(data, max_bytes=len(data)).text == "Hi."
    with pytest.raises(SerializationError) as caught:
        newsmodel.loads(data + b" ", max_bytes=len(data))
    assert caught.value.reason == "too-large"
    assert str(caught.value) == (
        f"$: expected at most {len(data)} bytes of JSON, got {len(data) + 1}; "
        "raise the limit with loads(..., max_bytes=...)"
    )
    with pytest.raises(SerializationError, match="characters of JSON, got 33"):
        newsmodel.loads("x" * 33, max_bytes=32)


def test_loads_refuses_json_text_deeper_than_orjson_reads() -> None:
    """JSON text nested past 1,024 levels is a SerializationError naming the depth."""
    with pytest.raises(SerializationError, match="depth"):
        newsmodel.loads(b"[" * 100_000)


def test_loads_is_linear_in_the_document() -> None:
    """Sixteen times the quotes cost sixteen times the calls to read back."""
    assert _grows_linearly(lambda n: lambda: newsmodel.loads(newsmodel.dumps(_article(n)))) < _BOUND


@pytest.mark.parametrize(
    "value", [_deep_list(100_000), _self_containing()], ids=["deep", "list-in-itself"]
)
def test_from_dict_refuses_data_too_deep_or_containing_itself(value: Any) -> None:
    """Deep data in any field, or a list inside itself, is a SerializationError with a reason."""
    with pytest.raises(SerializationError) as caught:
        newsmodel.from_dict({"schema_version": 1, "text": "x", "keywords": value})
    assert caught.value.reason == "too-deep"
    assert str(caught.value) == (
        "$: expected a document nested at most 64 levels deep, got deeper "
        "(or a list or object that contains itself)"
    )


def test_from_dict_reports_shallow_mistakes_as_before() -> None:
    """Data within the depth limit gets the converter's own report, with its path."""
    with pytest.raises(SerializationError, match=r"\$\.keywords\[0\]") as caught:
        newsmodel.from_dict({"schema_version": 1, "text": "x", "keywords": [[[1]]]}, max_depth=8)
    assert caught.value.reason is None


def test_from_dict_is_linear_in_the_document() -> None:
    """Sixteen times the quotes cost sixteen times the calls to build."""
    assert (
        _grows_linearly(lambda n: lambda: newsmodel.from_dict(newsmodel.to_dict(_article(n))))
        < _BOUND
    )


# --- validate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "doc",
    ["[" * 100_000, '{"a":' * 100_000, _deep_list(100_000), _self_containing()],
    ids=["brackets", "objects", "python-data", "list-in-itself"],
)
def test_validate_reports_a_document_too_deep(doc: Any) -> None:
    """A document deeper than 128 levels is one too-deep error, never a RecursionError."""
    report = validate(doc)
    assert [issue.rule for issue in report.errors] == ["too-deep"]


def test_validate_checks_a_document_at_its_depth_limit() -> None:
    """A document nested exactly max_depth levels deep is checked, one level more is not."""
    nested = '{"@context": "https://schema.org", "@type": "NewsArticle", "about": '
    text = nested + '{"@type": "Thing", "about": ' * 8 + '"x"' + "}" * 9
    assert "too-deep" not in [i.rule for i in validate(text, max_depth=9).errors]
    assert [i.rule for i in validate(text, max_depth=8).errors] == ["too-deep"]


def test_validate_counts_no_bracket_inside_a_string() -> None:
    """Brackets inside JSON strings (escaped quotes included) are not nesting."""
    text = '{"@context": "https://schema.org", "@type": "Thing", "name": "[[[[\\"{{{{"}'
    assert "too-deep" not in [i.rule for i in validate(text, max_depth=2).errors]


def test_validate_reports_a_text_over_its_size_limit_without_reading_it() -> None:
    """A text longer than max_bytes is one too-large error."""
    report = validate(b"{" * 101, max_bytes=100)
    expected = (
        "$: expected at most 100 bytes, got 101; raise the limit with "
        "max_bytes (--max-bytes on the command line) [too-large]"
    )
    assert [str(issue) for issue in report.errors] == [expected]


def test_validate_is_linear_in_the_document() -> None:
    """Sixteen times the quotes cost sixteen times the calls to check."""
    assert _grows_linearly(lambda n: lambda: validate(to_jsonld(_article(n)))) < _BOUND


def test_validate_is_linear_in_its_issues() -> None:
    """Sixteen times the wrong values cost sixteen times the calls (issues were kept in a list)."""

    def document(n: int) -> Callable[[], object]:
        doc: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
        doc["wordCount"] = [f"many {i}" for i in range(n)]  # one issue each, at its own path
        return lambda: validate(doc)

    assert _grows_linearly(document) < _BOUND


def test_validate_looks_for_close_names_a_hundred_times_at_most() -> None:
    """Each unknown name costs a search of the vocabulary, so only the first hundred get a hint."""
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headlin": "x"}
    doc.update({f"madeUp{i}": i for i in range(150)})
    doc["aticleBody"] = "y"
    messages = [issue.message for issue in validate(doc).errors]
    assert "did you mean 'headline'?" in messages[0]
    assert messages[-1] == "'aticleBody' is not a schema.org property"


# --- the writers --------------------------------------------------------------------------


@pytest.mark.parametrize("writer", [render_article, to_jsonld, script_tag])
@pytest.mark.parametrize(
    ("value", "hint"),
    [("Some text.", "parse the text first"), ({"text": "x"}, "from_dict"), (5, "got int")],
)
def test_a_writer_given_no_article_says_so(
    writer: Callable[[Any], object], value: object, hint: str
) -> None:
    """A writer given text, a dict or a number raises InputTypeError, with the fix."""
    if writer is script_tag and isinstance(value, dict):
        return  # script_tag embeds a dict as the JSON-LD it is
    with pytest.raises(InputTypeError, match=hint) as caught:
        writer(value)
    assert caught.value.found is type(value)
    assert f"{writer.__name__}() expected an Article" in str(caught.value)


# --- batch lines --------------------------------------------------------------------------


def test_a_batch_line_over_the_limit_is_skipped_not_kept() -> None:
    """A line longer than the limit yields its size, and the next line is read whole."""
    from newsmodel.batch._run import _lines  # noqa: PLC0415 - the reader under test

    data = io.BytesIO(b"x" * 5_000_000 + b"\n" + b'{"text": "Hi."}\n')
    assert list(_lines(data, 1_000)) == [(1, 5_000_001), (2, b'{"text": "Hi."}\n')]


def test_batch_lines_are_read_in_linear_time() -> None:
    """Sixteen times the lines cost sixteen times the calls to read."""
    from newsmodel.batch._run import _lines  # noqa: PLC0415 - the reader under test

    def reading(n: int) -> Callable[[], object]:
        data = b'{"text": "Hi."}\n' * n + b"y" * (100 * n) + b"\n"
        return lambda: list(_lines(io.BytesIO(data), 50))

    assert _grows_linearly(reading) < _BOUND


def test_the_command_line_and_the_parser_share_one_text_limit() -> None:
    """The default --max-chars is parse()'s default max_chars, so the two never disagree."""
    import inspect  # noqa: PLC0415

    from newsmodel._limits import MAX_CHARS  # noqa: PLC0415
    from newsmodel.parser import parse  # noqa: PLC0415

    assert inspect.signature(parse).parameters["max_chars"].default == MAX_CHARS
