"""Articles -> spaCy Docs -> :class:`~ingest.records.Extraction` records."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from .actors.gazetteer import Gazetteer, load_gazetteer, unknown_actor
from .components import ACTOR_SPANS, DATE_KEY, TITLE_KEY, actor_of_span
from .dates import resolve_date
from .events import EventSpan
from .events.arguments import actor_index, appositive_phrase
from .events.standing import TITLE_WORDS
from .guards import chunks, looks_english
from .lexicon import CameoCode, load_lexicon
from .places import GeoPlace, load_place_resolver
from .records import Actor, Article, Extraction, Mention, Relation

__all__ = ["doc_to_extraction", "extract"]

log = logging.getLogger(__name__)


def _sentence_span(sent: Span) -> Span:
    """The sentence without leading or trailing whitespace tokens."""
    start, end = sent.start, sent.end
    while start < end - 1 and sent.doc[start].is_space:
        start += 1
    while end > start + 1 and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end]


def _mention(span: Span, gazetteer: Gazetteer, *, phrase: Span | None = None, party: bool = False) -> Mention:
    """The actor ``span`` links to; the text and offsets are ``phrase``'s when given (the whole argument).
    A ``party`` to an event that names a place stands for the state the place lies in (:func:`_state_of_place`)."""
    actor = actor_of_span(span, gazetteer)
    if party:
        actor = _state_of_place(span, gazetteer) or actor
    at = span if phrase is None else phrase
    return Mention(at.text, at.start_char, at.end_char, actor, span.label_ if span.label_ != actor.type else None)


# named-entity labels of places; a GPE the gazetteer does not know may still be a city GeoNames knows
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _state_of_place(span: Span, gazetteer: Gazetteer) -> Actor | None:
    """The state a place named as a party to an event stands for, as CAMEO codes a city by its country
    ("shelled Kharkiv": Ukraine is the target, Kharkiv where it happened); None when ``span`` is no place.
    Places stay places: a city or region is never an actor of its own."""
    actor = actor_of_span(span, gazetteer)
    if actor.kind == "Location":
        return gazetteer.actors.get(actor.country) if actor.country else None
    if actor.kind is not None or actor.key in gazetteer.actors:
        return None
    text = span.text[4:] if span.text.lower().startswith("the ") else span.text
    if span.label_ not in PLACE_LABELS and not _city_as_person(span, actor):
        return None
    resolver = load_place_resolver()
    found = resolver.resolve(text)
    if found is None or found.lat is None:  # not a city GeoNames knows, or a country or region
        return None
    if span.label_ not in PLACE_LABELS and (found.population or 0) < CITY_AS_PERSON_POPULATION:
        return None
    return gazetteer.actors.get(resolver.country_key(found.country) or "")


# a one-word "person" the tagger found, known to nobody, that GeoNames knows as a city of this size is the
# city ("struck Kremenchuk"): people enter the news by their full names, and surnames link back to them
CITY_AS_PERSON_POPULATION = 100_000


def _city_as_person(span: Span, actor: Actor) -> bool:
    return span.label_ in ("PER", "PERSON") and len(span) == 1 and actor.label == span.text


def _where(span: Span, gazetteer: Gazetteer) -> GeoPlace | None:
    """The GeoNames place a place mention stands for: a capital or a city named for its state ("in Kyiv",
    linked to Ukraine) is the city; a state named as a place is the country, with no point."""
    actor = actor_of_span(span, gazetteer)
    resolver = load_place_resolver()
    text = span.text[4:] if span.text.lower().startswith("the ") else span.text
    if actor.kind == "Country":
        city = resolver.resolve(text, country=actor.key) if text in gazetteer.metonyms else None
        return city or resolver.resolve(actor.label, country=actor.key, is_country=True)  # "the White House"
    return resolver.resolve(actor.label, country=actor.country) or resolver.resolve(text, country=actor.country)


# where a material act or a visit is done to a place, that place is where it happened ("struck Kharkiv",
# "visited Kyiv"); words addressed to a capital ("warned Kyiv") are addressed to its state, not said there
PLACE_OBJECT_ROOTS = frozenset({"18", "19", "20"})
VISIT_CODES = ("042", "043")
# a dateline opens the text: "KYIV —", "KHARTOUM, Sudan (Agency) -"
_DATELINE = re.compile(r"\A\s*([A-Z][A-Z'’. -]{1,40}?[A-Z])(?:,[^\n—–]{0,40}?)?\s*(?:\([^)\n]{0,40}\))?\s*[—–-]{1,2}\s")


def _is_place(span: Span, gazetteer: Gazetteer) -> bool:
    actor = actor_of_span(span, gazetteer)
    if actor.kind == "Country":
        return span.text in gazetteer.metonyms
    return actor.kind == "Location" or span.label_ in ("LOC", "FAC")


def dateline(text: str, gazetteer: Gazetteer) -> Mention | None:
    """The place a dateline names ("KYIV —"), as a mention of the actor its name links to."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    name = m.group(1).title()
    if load_place_resolver().resolve(name) is None:
        return None  # not a place GeoNames knows ("BREAKING -")
    actor = gazetteer.lookup(name) or unknown_actor(name, "GPE")
    return Mention(m.group(1), m.start(1), m.end(1), actor)


def _where_filed(filed: Mention | None) -> GeoPlace | None:
    return load_place_resolver().resolve(filed.text.title()) if filed is not None else None


def _full_code(doc: Doc, ev: EventSpan, parsed: bool) -> CameoCode | None:
    """The event's full CAMEO code: its trigger's own when it has the event's root, else the root's generic."""
    if ev.root is None:
        return None
    trigger = doc[ev.trigger] if parsed else None
    return load_lexicon().full_code(ev.predicate, trigger, ev.root)


def doc_to_extraction(doc: Doc, article: Article, *, gazetteer: Gazetteer | None = None) -> Extraction:
    """Records for one processed Doc; offsets index ``article.text`` exactly."""
    gaz = gazetteer or load_gazetteer()
    mentions = [_mention(span, gaz) for span in doc.spans.get(ACTOR_SPANS, [])]
    relations: list[Relation] = []
    seen: set[tuple] = set()
    parsed = doc.has_annotation("DEP")  # once: without a parse it reads every token
    index = actor_index(doc) if parsed else {}
    # the dateline, in the Doc that holds the article's opening (a long article's first chunk)
    filed = dateline(doc.text, gaz) if article.text.startswith(doc.text[:200]) else None
    for ev in doc._.geokg_events or []:
        sent = _sentence_span(doc[ev.trigger].sent)
        subject = appositive_phrase(ev.subject, index, titles=TITLE_WORDS)
        obj = appositive_phrase(ev.object, index, titles=TITLE_WORDS)
        key = (subject.start, obj.start, ev.trigger, ev.predicate)
        if key in seen:
            continue
        seen.add(key)
        at = ev.place
        code = ev.root.code if ev.root else ""
        if at is None and (code in PLACE_OBJECT_ROOTS or str(ev.predicate) in ("visit",)) and _is_place(ev.object, gaz):
            at = ev.object  # "struck Kharkiv", "visited Kyiv": there
        party = ev.root is not None  # a CAMEO event, not a standing relation ("the mayor of Kharkiv")
        if at is None and party:  # a place named as a party is where the event happened
            at = next((s for s in (ev.object, ev.subject) if _state_of_place(s, gaz) is not None), None)
        relations.append(
            Relation(
                subject=_mention(ev.subject, gaz, phrase=subject, party=party),
                predicate=str(ev.predicate),
                object=_mention(ev.object, gaz, phrase=obj, party=party),
                sentence=sent.text,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                cameo=ev.root.code if ev.root else None,
                quad_class=ev.root.quad_class if ev.root else None,
                goldstein=full.goldstein if (full := _full_code(doc, ev, parsed)) else None,
                code=full.code if full else None,
                theme=ev.theme.text if ev.theme is not None else None,
                negated=ev.negated,
                modality=str(ev.modality),
                place=_mention(at, gaz) if at is not None else filed,
                speaker=_mention(ev.speaker, gaz) if ev.speaker is not None else None,
                where=_where(at, gaz) if at is not None else _where_filed(filed),
                date=resolve_date(sent.text, article.published),
            )
        )
    return Extraction(article=article, mentions=mentions, relations=relations)


def _shift_mention(m: Mention, offset: int) -> Mention:
    return dataclasses.replace(m, start=m.start + offset, end=m.end + offset)


def _shift(extraction: Extraction, offset: int) -> Extraction:
    """Move a chunk's offsets into the whole article's text."""
    if offset == 0:
        return extraction
    extraction.mentions = [_shift_mention(m, offset) for m in extraction.mentions]
    extraction.relations = [
        dataclasses.replace(
            r,
            subject=_shift_mention(r.subject, offset),
            object=_shift_mention(r.object, offset),
            place=_shift_mention(r.place, offset) if r.place is not None else None,
            speaker=_shift_mention(r.speaker, offset) if r.speaker is not None else None,
            sentence_start=r.sentence_start + offset,
            sentence_end=r.sentence_end + offset,
        )
        for r in extraction.relations
    ]
    return extraction


def _precheck(article: Article) -> str | None:
    if not article.text.strip():
        return "empty text: nothing to extract"
    if not any(ch.isalpha() for ch in article.text):
        return "no words in the text (only punctuation, digits or markup): nothing to extract"
    if not looks_english(article.text):
        return "text does not look like English: skipped (geokg's pipeline is English-only)"
    return None


Piece = tuple[Doc | str, tuple[Article, int, bool]]


def _groups(
    pieces: Iterable[tuple[int, Doc | str, tuple[Article, int, bool]]], size: int, chars: int
) -> Iterator[list[Piece]]:
    """Pieces in groups of at most ``size``, and of at most ``chars`` characters unless one piece is longer."""
    group: list[Piece] = []
    total = 0
    for n, doc, context in pieces:
        if group and (len(group) >= size or total + n > chars):
            yield group
            group, total = [], 0
        group.append((doc, context))
        total += n
    if group:
        yield group


def extract(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 8,
    max_chars: int = 100_000,
    batch_chars: int = 100_000,
) -> Iterator[Extraction]:
    """Run the pipeline over articles, in order, yielding one Extraction each.

    Long articles are processed in paragraph-aligned chunks of at most ``max_chars``
    characters; offsets always index the whole article's text. The pipeline sees at most ``batch_size``
    texts and ``batch_chars`` characters at a time (one longer chunk alone): its working memory grows with
    the batch, so a long article's chunks go through one by one.
    """

    def pieces() -> Iterator[tuple[int, Doc | str, tuple[Article, int, bool]]]:
        for article in articles:
            note = _precheck(article)
            if note is not None:
                yield 0, "", (article, -1, True)
                continue
            parts = chunks(article.text, max_chars)
            for n, (offset, text) in enumerate(parts):
                doc = nlp.make_doc(text)
                if article.title:  # read by the components (the author of an unsigned statement)
                    doc.user_data[TITLE_KEY] = article.title
                if article.published:  # "the Russian president" is whoever held the office that day
                    doc.user_data[DATE_KEY] = article.published
                yield len(text), doc, (article, offset, n == len(parts) - 1)

    def processed() -> Iterator[tuple[Doc, tuple[Article, int, bool]]]:
        for group in _groups(pieces(), batch_size, batch_chars):
            yield from nlp.pipe(group, as_tuples=True, batch_size=len(group))

    current: Extraction | None = None
    for doc, (article, offset, last) in processed():
        if offset < 0:
            note = _precheck(article)
            log.info("article %s: %s", article.id, note)
            yield Extraction(article=article, note=note)
            continue
        part = _shift(doc_to_extraction(doc, article), offset)
        if current is None:
            current = part
        else:
            current.mentions.extend(part.mentions)
            current.relations.extend(part.relations)
        if last:
            yield current
            current = None
