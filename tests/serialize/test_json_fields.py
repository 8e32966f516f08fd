"""
Every field of every model class reaches the JSON form and back, with no edit but its
declaration: the writers, readers and strategies are derived from the fields, and they
agree with a plain cattrs converter configured for the same JSON form.
"""

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any, get_args

import attrs
import cattrs
import orjson
import pytest
from attrs import field, frozen
from cattrs.preconf.orjson import make_converter
from cattrs.strategies import configure_tagged_union
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import (
    Actor,
    Article,
    ModelError,
    SerializationError,
    Span,
    strategies,
)
from newsmodel.model import _checks
from newsmodel.model._derive import model

#: Every class of the model, as `newsmodel.model` exports them.
MODEL_CLASSES = tuple(
    c for c in vars(newsmodel.model).values() if isinstance(c, type) and attrs.has(c)
)


def _reference() -> Any:
    """A plain cattrs converter for the JSON form, as the docs describe it."""
    conv = make_converter(omit_if_default=True, forbid_extra_keys=True)

    def exact(kind: type) -> Any:
        def structure(value: object, _: type) -> Any:
            if type(value) is not kind:
                raise TypeError(kind)
            return value

        return structure

    def number(value: object, _: type) -> Any:
        if isinstance(value, bool):
            raise TypeError(value)
        if type(value) is str:
            return Decimal(value)
        return value

    def array(value: object, t: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise TypeError(value)
        (item, _) = get_args(t)
        return tuple(conv.structure(v, item) for v in value)

    for kind in (str, int, bool):
        conv.register_structure_hook(kind, exact(kind))
    conv.register_structure_hook(Span, lambda v, _: Span(start=v[0], end=v[1]))
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    is_number = lambda t: Decimal in get_args(t)  # noqa: E731
    conv.register_structure_hook_func(is_number, lambda v, _: None if v is None else number(v, _))
    conv.register_unstructure_hook_func(
        is_number, lambda v: str(v) if isinstance(v, Decimal) else v
    )
    conv.register_structure_hook_func(lambda t: getattr(t, "__origin__", None) is tuple, array)
    configure_tagged_union(
        Actor, conv, tag_generator=lambda cls: cls.__name__.lower(), tag_name="type"
    )
    return conv


_REFERENCE = _reference()


def reference_dict(obj: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"schema_version": newsmodel.SCHEMA_VERSION}
    if type(obj) is Span:  # inside a document a span is [start, end]; alone, an object
        return data | {"start": obj.start, "end": obj.end}
    unstructure_as = Actor if type(obj) in get_args(Actor) else type(obj)
    data.update(_REFERENCE.unstructure(obj, unstructure_as=unstructure_as))
    return data


def reference_outcome(doc: dict[str, Any]) -> object:
    """The object the reference converter reads from *doc*, or None where it refuses it."""
    body = {k: v for k, v in doc.items() if k != "schema_version"}
    try:
        return _REFERENCE.structure(body, Article)
    except (cattrs.BaseValidationError, ModelError, TypeError, ValueError, KeyError,
            AttributeError, IndexError, InvalidOperation):  # fmt: skip
        return None


def outcome(doc: dict[str, Any]) -> object:
    try:
        return newsmodel.from_dict(doc)
    except SerializationError:
        return None


def objects(obj: Any) -> Iterator[Any]:
    """*obj* and every model object inside it."""
    yield obj
    for a in attrs.fields(type(obj)):
        value = getattr(obj, a.name)
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)):
                yield from objects(item)


def non_default(obj: Any) -> Iterator[tuple[str, str]]:
    for a in attrs.fields(type(obj)):
        if a.default is attrs.NOTHING or getattr(obj, a.name) != a.default:
            yield type(obj).__name__, a.name


def test_every_field_is_drawn_and_round_trips() -> None:
    """For every model class, every field set to a non-default value round-trips."""
    seen: set[tuple[str, str]] = set()

    @settings(max_examples=150, derandomize=True, database=None, deadline=None)
    @given(strategies.articles(hostile=True))
    def collect(article: Article) -> None:
        for obj in objects(article):
            assert newsmodel.loads(newsmodel.dumps(obj), type(obj)) == obj
            assert newsmodel.from_dict(newsmodel.to_dict(obj), type(obj)) == obj
            seen.update(non_default(obj))

    collect()
    every = {(cls.__name__, a.name) for cls in MODEL_CLASSES for a in attrs.fields(cls)}
    assert every - seen == set()


@given(strategies.articles(hostile=True))
def test_the_json_form_is_the_reference_converters(article: Article) -> None:
    """Same keys, same values, read back to the same article."""
    for obj in objects(article):
        assert newsmodel.to_dict(obj) == reference_dict(obj)
    assert reference_outcome(newsmodel.to_dict(article)) == article


#: Values of every JSON kind, and some of no JSON kind, for any field of any class.
_WILD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.decimals(),
    st.text(max_size=8),
    st.sampled_from(("person/x", "place/x", "https://x.example", "en", "IR", "direct", "day")),
    st.datetimes(timezones=st.none() | st.just(dt.UTC)),
    st.dates(),
    st.lists(st.text(max_size=3), max_size=2).map(tuple),
    st.builds(Span, start=st.integers(0, 3), end=st.integers(3, 6)),
    st.lists(st.builds(Span, start=st.just(0), end=st.integers(0, 3)), max_size=2).map(tuple),
)


#: Valid values of the fields a class requires, which the test then replaces at will.
_BASE = {"text": "a", "span": Span(start=0, end=1), "name": "X", "start": 0, "end": 1}


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.sampled_from([c for c in MODEL_CLASSES if c is not Article]), st.data())
def test_whatever_constructs_round_trips(cls: type, data: st.DataObject) -> None:
    """
    Any values the model accepts, not only those the strategies draw, are written as
    the reference converter writes them and read back to an equal object.
    """
    every = attrs.fields(cls)
    base = _BASE | {"id": f"{cls.__name__.lower()}/x"}
    fields = {a.name: base[a.name] for a in every if a.default is attrs.NOTHING}
    for name in data.draw(st.lists(st.sampled_from([a.name for a in every]), max_size=3)):
        fields[name] = data.draw(_WILD, label=name)
    try:
        obj = cls(**fields)
    except ModelError:
        return
    event("constructed")
    assert newsmodel.to_dict(obj) == reference_dict(obj)
    assert newsmodel.loads(newsmodel.dumps(obj), cls) == obj


_ODD_VALUES = st.sampled_from(
    [None, True, 0, -1, 7, 1.5, "", " ", "x", "NaN", "2.5", "ab", "2020-01-01", [], [1, 2],
     [2, 1], ["a"], {}, {"a": 1, "b": 2}]
)  # fmt: skip


@given(strategies.articles(), st.data())
def test_loads_accepts_what_the_model_accepts(article: Article, data: st.DataObject) -> None:
    """Replace one value anywhere in a valid document: read it iff the reference does."""
    doc = orjson.loads(newsmodel.dumps(article))
    places: list[tuple[Any, Any]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            places.extend((node, key) for key in node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            places.extend((node, i) for i in range(len(node)))
            for value in node:
                walk(value)

    walk(doc)
    places = [(node, key) for node, key in places if key != "schema_version"]
    if places:
        node, key = data.draw(st.sampled_from(places))
        node[key] = data.draw(_ODD_VALUES)
    assert outcome(doc) == reference_outcome(doc)


@model()
@frozen(kw_only=True, weakref_slot=False)
class Correction:
    """A new model class, declared and nothing more."""

    text: str = field(validator=_checks.name)
    published: dt.datetime | None = field(default=None, validator=_checks.aware)


@model()
@frozen(kw_only=True, weakref_slot=False)
class LongerArticle(Article):
    """An article with more fields, declared in the class body and nowhere else."""

    subtitle: str | None = field(default=None, validator=_checks.name)
    corrections: tuple[Correction, ...] = field(default=(), converter=_checks.to_tuple)


def test_a_new_field_needs_only_its_declaration(monkeypatch: pytest.MonkeyPatch) -> None:
    """Declared in the class body, a field is checked, written, read and drawn."""
    article = LongerArticle(text="Hi.", subtitle="Sub")
    assert newsmodel.dumps(article) == b'{"schema_version":1,"text":"Hi.","subtitle":"Sub"}'
    assert newsmodel.loads(newsmodel.dumps(article), LongerArticle) == article
    assert newsmodel.from_dict(newsmodel.to_dict(article), LongerArticle) == article
    with pytest.raises(ModelError, match=r"^subtitle: expected str or None, got int$"):
        LongerArticle(text="Hi.", subtitle=5)  # type: ignore[arg-type]
    with pytest.raises(SerializationError) as info:
        newsmodel.from_dict({"schema_version": 1, "text": "Hi.", "subtitle": " "}, LongerArticle)
    assert info.value.problems == ("$.subtitle: expected a non-empty name, got ' '",)

    monkeypatch.setattr(
        strategies._article, "Article", LongerArticle
    )  # the class articles() builds
    drawn: list[LongerArticle] = []

    @settings(max_examples=30, derandomize=True, database=None)
    @given(strategies.articles())
    def draw(article: LongerArticle) -> None:
        assert newsmodel.loads(newsmodel.dumps(article), LongerArticle) == article
        drawn.append(article)

    draw()
    assert any(article.subtitle is not None for article in drawn)
    corrections = [c for article in drawn for c in article.corrections]
    assert any(c.published is not None for c in corrections)


def test_a_span_of_wrong_shape_names_its_path() -> None:
    doc = {"schema_version": 1, "text": "Gen. Hatami", "boilerplate": [[0, 4], [True, 2]]}
    with pytest.raises(SerializationError) as info:
        newsmodel.from_dict(doc)
    assert info.value.problems == (
        "$.boilerplate[1]: expected a span as [start, end], got list [True, 2]",
    )


@frozen(kw_only=True)
class _Plain:
    """An attrs class made without the model's decorator."""

    label: str
    count: int = 0


def test_an_attrs_class_without_the_models_constructors_round_trips() -> None:
    plain = _Plain(label="x", count=3)
    assert newsmodel.to_dict(plain) == {"schema_version": 1, "label": "x", "count": 3}
    assert newsmodel.from_dict(newsmodel.to_dict(plain), _Plain) == plain


def test_an_attrs_class_without_the_models_checks_words_its_own_error() -> None:
    """Its fields' types and validators are reported with their paths, not raised."""
    with pytest.raises(SerializationError) as info:
        newsmodel.from_dict({"schema_version": 1, "label": 3, "count": -1}, _Strict)
    assert info.value.problems[0] == "$.label: expected str, got int"
    assert info.value.problems[1].startswith("$.count: ")


@frozen(kw_only=True)
class _Strict:
    """An attrs class made without the model's decorator, with its own validator."""

    label: str
    count: int = field(default=0, validator=attrs.validators.ge(0))
