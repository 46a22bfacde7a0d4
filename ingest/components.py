"""spaCy components: link actor mentions, then find events between them.

Both are thin wrappers registered with ``@Language.factory``: they compute
their results with plain functions (:func:`find_actor_spans`,
:func:`find_events`) and then set annotations (``doc.spans["geokg_actors"]``
and ``doc._.geokg_events``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .actors.agents import COALITION_MILITARY, SECTORS, coalition_forces, find_group_spans, group_actor, state_body
from .actors.coref import link_surnames, resolve_references
from .actors.gazetteer import Gazetteer, load_gazetteer, unknown_actor
from .actors.organisations import BODY_HEADS, organisation_spans, parented
from .actors.persons import PERSONAL_TITLES, find_person_spans, surname_spans, title_author
from .errors import ModelError
from .events import ACTOR_SPANS, OFFICES_KEY, REF_SPANS, EventSpan, HeldOffice, KnownOffices, find_events
from .events.frames import find_predicates
from .events.learned import load_event_filter
from .events.standing import LEADER_TITLES, MEMBER_TITLES, TENURE, TITLE_WORDS
from .guards import long_sentence_starts
from .lexicon import load_lexicon
from .records import Actor
from .temporal import is_temporal

__all__ = [
    "ACTOR_SPANS",
    "DATE_KEY",
    "TITLE_KEY",
    "EventSpan",
    "actor_of_span",
    "find_actor_spans",
    "find_events",
    "paragraph_starts",
]

TITLE_KEY = "geokg_title"  # doc.user_data: the article's title, set by ingest.extract
DATE_KEY = "geokg_published"  # doc.user_data: the article's date (ISO), set by ingest.extract

NER_TYPES = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
}
# the last word of a name that makes it an institution, whatever the tagger says ("Al Assad University
# Hospital" is no person)
INSTITUTION_WORDS = frozenset(
    {
        "hospital", "university", "society", "ministry", "council", "army", "brigade", "brigades", "battalion",
        "party", "front", "movement", "agency", "committee", "commission", "association", "institute",
        "college", "foundation", "company", "corporation", "bank", "command", "group",
    }
)  # fmt: skip
if not Doc.has_extension("geokg_events"):
    Doc.set_extension("geokg_events", default=None)
if not Doc.has_extension("geokg_registry"):
    Doc.set_extension("geokg_registry", default=None)
if not Doc.has_extension(OFFICES_KEY):  # person key -> offices held on the article's date (the gazetteer's)
    Doc.set_extension(OFFICES_KEY, default=None)
if not Doc.has_extension("geokg_predicates"):  # the predicate-argument layer, computed when asked for
    Doc.set_extension("geokg_predicates", getter=lambda doc: find_predicates(doc, load_lexicon()))


def held_offices(spans: list[Span], gazetteer: Gazetteer, on: str | None) -> KnownOffices:
    """The offices the gazetteer knows each mentioned person held on the ISO date ``on`` (any date if None), and
    the mentions naming a state or organisation as itself ("Chile", "Chilean"; not "Santiago", "the Kremlin")."""
    held: dict[str, tuple[HeldOffice, ...]] = {}
    owners: set[int] = set()
    for span in spans:
        if span.label_ == "PERSON" and span.kb_id_ not in held:
            held[span.kb_id_] = tuple(
                HeldOffice(t.owner, t.office, t.role) for t in gazetteer.offices_of(span.kb_id_, on)
            )
        elif span.label_ in ("GPE", "NORP", "ORG"):
            text = span.text[4:] if span.text.lower().startswith("the ") else span.text
            if text not in gazetteer.metonyms and span.text not in gazetteer.metonyms:
                owners.add(span.start)
    return KnownOffices(held, frozenset(owners))


def actor_of_span(span: Span, gazetteer: Gazetteer) -> Actor:
    """The actor a linked span names (``kb_id_`` holds the key; unknown actors sit in the Doc's registry)."""
    registry = span.doc._.geokg_registry or {}
    return gazetteer.actors.get(span.kb_id_) or registry.get(span.kb_id_) or unknown_actor(span.text, span.label_)


# the last word of an office held by a person ("President", "Minister", "Secretary", "Chancellor" ...)
PERSON_TITLES = frozenset(t.split()[-1] for t in LEADER_TITLES | MEMBER_TITLES) - {
    # words that also begin an organisation's own name ("Defence Ministry", "General Assembly")
    *("of", "state", "affairs", "defence", "defense", "foreign", "finance", "interior", "justice", "general"),
    *("vice", "deputy", "member", "fighter", "soldier", "militant", "analyst", "expert", "researcher"),
    *("economist", "fellow", "associate", "head", "chief", "official", "officer"),
}
# lower-case words inside a name between capitalised parts ("ul", "bin", "van", "de la")
NAME_PARTICLES = frozenset({"ul", "al", "bin", "ibn", "van", "von", "de", "da", "del", "der", "la", "di", "dos", "das"})
# words after a group's name that say what kind of group it is
GROUP_TAILS = frozenset({"militia", "militias", "group", "movement", "organisation", "organization", "faction"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "mister"})


def _without_title(span: Span, gazetteer: Gazetteer) -> Span | None:
    """A tagger's PERSON or ORG span that starts with a nationality, an office or an honorific, cut to the
    name after them ("Kenyan President William Ruto" -> "William Ruto", "US Secretary of State Antony
    Blinken" -> "Antony Blinken"); None when nothing but those is left ("Kenyan President"); the span itself
    when it holds no office word (an organisation's own name: "Foreign Ministry" stays)."""
    i, saw_office = 0, False
    while i < len(span):
        token = span[i]
        low = token.lower_
        if (low in TITLE_WORDS and token.is_title) or low in HONORIFICS:
            saw_office = saw_office or low in TITLE_WORDS
            i += 1
        elif low in TENURE and i + 1 < len(span) and span[i + 1].lower_ in TITLE_WORDS:
            i += 1  # "Outgoing President", "Acting Prime Minister": how the office is held
        elif low in ("of", "the", "-") and saw_office:
            i += 1
        elif not saw_office and (
            token.text in gazetteer.demonyms or ((g := gazetteer.lookup(token.text)) and g.type in ("GPE", "ORG"))
        ):  # "Kenyan President X", "UN Secretary General X": the owner of the office before it
            i += 1
        elif not saw_office and (owner := _owner_at(span, i, gazetteer)):
            i = owner  # "United Nations Secretary General X", "Republic of Turkey President X"
        elif not saw_office and token.is_title and _office_follows(span, i):
            i += 1  # "US Treasury Secretary X", "European Council President X": what the office is over
        else:
            break
    if not saw_office and not (0 < i and span[i - 1].lower_ in HONORIFICS):
        return span
    rest = span[i:]
    if not len(rest) or not all(t.pos_ == "PROPN" or t.is_title for t in rest) or rest[-1].lower_ in TITLE_WORDS:
        return None if not len(rest) else span
    return rest


def _joined_names(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Two person names with nothing between them, one of them unknown, are one name tagged in two parts
    ("Mahamat Idriss | Deby Itno")."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == span.label_ == "PERSON"
            and last.end == span.start
            and (last.kb_id_ not in gazetteer.actors or span.kb_id_ not in gazetteer.actors)
        ):
            joined = span.doc[last.start : span.end]
            actor = gazetteer.lookup(joined.text) or unknown_actor(joined.text, "PERSON")
            out[-1] = Span(span.doc, last.start, span.end, label=actor.type, kb_id=actor.key)
        else:
            out.append(span)
    return out


def _owner_at(span: Span, i: int, gazetteer: Gazetteer) -> int:
    """The end of a country or organisation of several words named from ``i`` on, or 0."""
    for j in range(min(len(span), i + 5), i + 1, -1):
        found = gazetteer.lookup(span[i:j].text)
        if found is not None and found.type in ("GPE", "ORG"):
            return j
    return 0


def _office_follows(span: Span, i: int) -> bool:
    """Whether an office word comes within the next two words of a span (a capitalised modifier before it)."""
    return any(span[k].is_title and span[k].lower_ in TITLE_WORDS for k in range(i + 1, min(len(span), i + 3)))


def _given_names(doc: Doc, start: int, gazetteer: Gazetteer) -> int:
    """Where a person's name begins: capitalised proper nouns right before the tagged part belong to it,
    up to an office, a nationality, a country or the start of the sentence; a lower-case particle between two
    of them ("Anwar ul Haq", "Mohammed bin Salman") too."""
    while start > 0:
        if doc[start].is_sent_start:
            break
        token = doc[start - 1]
        if token.lower_ in NAME_PARTICLES and start > 1 and doc[start].is_title:
            if _given_name(doc, start - 1, gazetteer):
                start -= 2
                continue
            break
        if not _given_name(doc, start, gazetteer):
            break
        start -= 1
    return start


def _given_name(doc: Doc, start: int, gazetteer: Gazetteer) -> bool:
    """Whether the word before `start` is a part of the name that begins at `start`."""
    token = doc[start - 1]
    if doc[start].is_sent_start or not token.is_title or token.lower_ in TITLE_WORDS:
        return False
    # a rare given name the tagger took for a verb or noun still follows an office ("President Andres ...")
    after_office = start > 1 and doc[start - 2].lower_.strip(".") in TITLE_WORDS and not token.is_stop
    # a word the tagger put in a name of its own, right before the person's, is a given name the tagger cut
    # off ("Bassirou | Diomaye Faye", tagged a place and a person); known names (countries ...) are kept apart
    tagged = token.ent_iob_ != "O" and NER_TYPES.get(token.ent_type_) is not None
    if token.pos_ != "PROPN" and not after_office and not tagged:
        return False
    return not (
        token.text in gazetteer.demonyms or gazetteer.lookup(token.text) is not None or token.lower_ in HONORIFICS
    )


def _after_office(doc: Doc, start: int) -> bool:
    """Whether a span follows an office title, maybe with given names between ("President Sauli | Niinisto",
    "President Mahamat Idriss | Deby Itno")."""
    for back in (1, 2, 3, 4):
        if start - back < 0 or doc[start - back + 1].is_sent_start:
            return False
        token = doc[start - back]
        if token.is_title and token.lower_ in TITLE_WORDS:
            return True
        if token.is_lower and token.lower_ in PERSONAL_TITLES:
            return True  # "the UN rights chief Ana Ruiz": a lower-case office word names a person's post
        if not (token.is_title and token.pos_ == "PROPN"):
            return False
    return False


def _family_names(doc: Doc, end: int, gazetteer: Gazetteer) -> int:
    """Where a person's name ends: capitalised proper nouns right after the tagged part belong to it (at most three),
    up to an office, a nationality, a country or another sentence."""
    limit = min(len(doc), end + 3)
    while end < limit:
        token = doc[end]
        capital = token.is_title or (token.text[:1].isupper() and "-" in token.text)  # "Ki-moon", "Suk-yeol"
        if token.is_sent_start or not capital or not _name_word(token) or token.lower_ in TITLE_WORDS:
            break
        if token.text in gazetteer.demonyms or gazetteer.lookup(token.text) is not None or token.lower_ in HONORIFICS:
            break
        if doc[end - 1].whitespace_ == "" and doc[end - 1].text not in ("-",):
            break  # "López's" and the like: not a next word
        end += 1
    return end


# only "for": "A of the B" is as often a person and the party or body they belong to ("Peter Obi of the
# Labour Party"), which the party-of construction reads
NAME_JOINTS = frozenset({"for"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
UNKNOWN = Actor(key="", label="", type="")


def _organisation_start(doc: Doc, start: int, gazetteer: Gazetteer) -> int:
    """Where an organisation's name begins when the tagger took only its tail: capitalised words joined by "for
    (the)" belong to it ("Front for the Liberation of Mozambique", "Popular Front for the Liberation of
    Palestine"); not offices, people nor known names."""
    k = start - 1
    if k >= 1 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in NAME_JOINTS:
        return start
    j = k
    while j >= 1 and k - j < 4:
        token = doc[j - 1]
        if (
            not token.is_title
            or token.lower_ in DETERMINERS
            or token.lower_ in TITLE_WORDS
            or gazetteer.lookup(token.text)
        ):
            break
        if NER_TYPES.get(token.ent_type_) == "PERSON" or (gazetteer.lookup(token.text) or UNKNOWN).type == "PERSON":
            return start  # "Peter Obi of the Labour Party": a person and the party (the party-of construction)
        j -= 1
        if token.is_sent_start:
            break
    return j if j < k else start


def _name_word(token: Token) -> bool:
    """A capitalised word inside a sentence that may end a name: a proper noun, a word the tagger put in a
    person's name, or a rare name the tagger took for a common word ("Phyo Zeya Thaw"), but no function word
    and no day or month ("met Putin Monday")."""
    if is_temporal(token):
        return False
    if token.pos_ == "PROPN" or NER_TYPES.get(token.ent_type_) == "PERSON":
        return True
    return token.pos_ in ("NOUN", "VERB", "ADJ", "X") and not token.is_stop


def find_actor_spans(doc: Doc, matcher: PhraseMatcher, gazetteer: Gazetteer) -> list[Span]:
    """Gazetteer matches plus the pipeline's named entities, longest first."""
    found: list[Span] = []
    bodies: list[Span] = []
    for span in matcher(doc, as_spans=True):
        actor = gazetteer.actors[span.label_]
        type_ = "NORP" if span.text in gazetteer.demonyms else actor.type
        found.append(Span(doc, span.start, span.end, label=type_, kb_id=actor.key))
    for ent in doc.ents:
        type_ = NER_TYPES.get(ent.label_)
        if type_ is None:
            continue
        start = ent.start + (1 if ent[0].lower_ in ("the", "a", "an") and len(ent) > 1 else 0)
        end = ent.end - (1 if ent[-1].text in ("'s", "’s") and len(ent) > 1 else 0)
        while end - start > 1 and is_temporal(doc[end - 1]) and doc[end - 1].is_title:
            end -= 1  # "met Vladimir Putin Monday" tagged as one name: a day or month ends no name
        inner = next((t.i for t in ent[1:-1] if t.text in ("'s", "’s") and t.nbor(1).lower_ in TITLE_WORDS), None)
        if inner is not None:
            end = inner  # "Congo's President" tagged as one place: the owner is Congo, the office comes after
        if end - start > 1 and doc[end - 1].lower_ in GROUP_TAILS and gazetteer.lookup(doc[start : end - 1].text):
            end -= 1  # "the Kataib Hezbollah militia": the group's own name, without what kind of group it is
        while end - start > 1 and type_ != "PERSON" and doc[end - 1].is_lower and doc[end - 1].pos_ == "NOUN":
            end -= 1  # "a UN Security Council resolution", "the IAEA report": a name ends at its last capital
        led = next((t.i for t in doc[start + 1 : end - 1] if t.lower_ == "of" and t.nbor(-1).text in BODY_HEADS), None)
        tail = gazetteer.lookup(doc[led + 1 : end].text) if led is not None else None
        if type_ == "ORG" and led is not None and (tail is None or tail.type == "PERSON"):  # not "... of China"
            # "the Freedom Party of Ana Ruiz" tagged as one name: the party, and the person who leads it
            leader = doc[led + 1 : _family_names(doc, end, gazetteer)]
            if leader[0].is_title:
                person = gazetteer.lookup(leader.text) or unknown_actor(leader.text, "PERSON")
                found.append(Span(doc, leader.start, leader.end, label=person.type, kb_id=person.key))
            end = led
        span = doc[start:end]
        if state_body(span):
            bodies.append(span)  # "French Embassy": France's government, when a nationality or country owns it
            continue
        if type_ in ("LOC", "GPE", "ORG") and _after_office(doc, start) and gazetteer.lookup(span.text) is None:
            type_ = "PERSON"  # "Minister Itamar Ben-Gvir", "President Sauli Niinisto" tagged as a place: a person
        if type_ in ("ORG", "GPE", "LOC") and gazetteer.lookup(span.text) is None:
            first = _organisation_start(doc, start, gazetteer)
            if first < start:  # "Popular Front for | the Liberation of Palestine"
                start, span = first, doc[first:end]
                known = gazetteer.lookup(span.text)
                type_ = known.type if known is not None else "ORG"
        if type_ in ("PERSON", "ORG"):
            named = _without_title(span, gazetteer)
            if named is None:
                continue  # "Kenyan President": a nationality and a title, no one named (the gazetteer has Kenya)
            if named.start != span.start:
                start, span, type_ = named.start, named, "PERSON"
        if type_ == "ORG" and start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in PERSON_TITLES:
            type_ = "PERSON"  # "Tanzanian President Samia Suluhu Hassan": who holds an office is a person
        if type_ == "PERSON" and span[-1].lower_ in INSTITUTION_WORDS:
            type_ = "ORG"
        if type_ == "PERSON":
            start = _given_names(doc, start, gazetteer)  # "Gabriel Boric" when only "Boric" was tagged
            end = _family_names(doc, end, gazetteer)  # "Andrés Manuel López Obrador" when "Obrador" was left out
            span = doc[start:end]
        actor = gazetteer.lookup(span.text) or (type_ == "ORG" and parented(span, gazetteer)) or None
        actor = actor or unknown_actor(span.text, type_)
        found.append(Span(doc, start, end, label=actor.type, kb_id=actor.key))
    groups, _ = find_group_spans(doc, filter_spans(found), gazetteer)
    covered = {t.i for g in groups for t in g}
    for span in bodies:  # a state body no country owns stays the organisation the tagger saw
        if not any(t.i in covered for t in span):
            actor = gazetteer.lookup(span.text) or unknown_actor(span.text, "ORG")
            found.append(Span(doc, span.start, span.end, label=actor.type, kb_id=actor.key))
    # group spans ("Russian forces") cover their demonym; gazetteer matches win ties
    spans = filter_spans([*groups, *found])
    taken = {t.i for span in spans for t in span}
    for span in find_person_spans(doc, taken):
        actor = gazetteer.lookup(span.text) or unknown_actor(span.text, "PERSON")
        spans.append(Span(doc, span.start, span.end, label=actor.type, kb_id=actor.key))
    taken |= {t.i for span in spans for t in span}
    for span in organisation_spans(doc, taken):  # "the Freedom Party" the tagger left out
        actor = gazetteer.lookup(span.text) or unknown_actor(span.text, "ORG")
        spans.append(Span(doc, span.start, span.end, label=actor.type, kb_id=actor.key))
    spans = _joined_names(sorted(filter_spans(spans), key=lambda s: s.start), gazetteer)
    taken = {t.i for span in spans for t in span}
    spans += surname_spans(doc, [s for s in spans if s.label_ == "PERSON"], taken)
    return link_surnames(sorted(filter_spans(spans), key=lambda s: s.start))


def _registry(spans: list[Span], gazetteer: Gazetteer) -> dict[str, Actor]:
    """Actors the gazetteer lacks, by key: group actors, then unknown names (from their first mention)."""
    registry: dict[str, Actor] = {}
    for span in spans:
        key = span.kb_id_
        if key in gazetteer.actors or key in registry:
            continue
        # the sector noun ends the span ("Russian forces") or comes before its owner ("the forces of Mali")
        sectors = {SECTORS.get(t.lower_) for t in span} - {None} if span.label_ == "NORP" else set()
        sector = next((x for x in sorted(sectors) if key == f"group-{x}" or key.endswith(f"-{x}")), None)
        if key == COALITION_MILITARY:
            registry[key] = coalition_forces()
        elif sector is not None and (key == f"group-{sector}" or key.endswith(f"-{sector}")):
            country = None if key.startswith("group-") else key[: -len(sector) - 1]
            registry[key] = group_actor(gazetteer, sector, country, span.text)
        else:
            registry[key] = unknown_actor(span.text, span.label_)
    return registry


class ActorLinker:
    """Mark actor mentions in ``doc.spans["geokg_actors"]`` (label: type, kb_id: actor key)."""

    def __init__(self, nlp: Language, name: str, *, gazetteer_path: str | None = None) -> None:
        self.name = name
        self.gazetteer = load_gazetteer(gazetteer_path)
        self.tokenizer = nlp.tokenizer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form, key in self.gazetteer.forms.items():
            self.matcher.add(key, [nlp.make_doc(form)])

    def _author(self, title: object) -> Actor | None:
        """The person whose statement the article is, by its title (``doc.user_data[TITLE_KEY]``)."""
        if not isinstance(title, str) or not title.strip():
            return None
        name = title_author(self.tokenizer(title[:300]))
        if name is None:
            return None
        return self.gazetteer.lookup(name.text) or unknown_actor(name.text, "PERSON")

    def __call__(self, doc: Doc) -> Doc:
        spans = find_actor_spans(doc, self.matcher, self.gazetteer)
        registry = _registry(spans, self.gazetteer)
        author = self._author(doc.user_data.get(TITLE_KEY))
        if author is not None and author.key not in self.gazetteer.actors:
            registry.setdefault(author.key, author)
        published = doc.user_data.get(DATE_KEY)
        on = published[:10] if isinstance(published, str) and len(published) >= 10 else None
        refs = resolve_references(doc, spans, self.gazetteer, author=author, on=on)
        doc.spans[ACTOR_SPANS] = spans
        doc.spans[REF_SPANS] = refs
        doc._.geokg_registry = registry
        doc._.set(OFFICES_KEY, held_offices(spans, self.gazetteer, on))
        return doc


@Language.factory("geokg_actors", default_config={"gazetteer_path": None})
def make_actor_linker(nlp: Language, name: str, gazetteer_path: str | None) -> ActorLinker:
    return ActorLinker(nlp, name, gazetteer_path=gazetteer_path)


class EventFinder:
    """Set ``doc._.geokg_events`` to the events between linked actors."""

    def __init__(
        self, nlp: Language, name: str, *, lexicon_path: str | None = None, learned_filter: bool = False
    ) -> None:
        self.name = name
        self.lexicon = load_lexicon(lexicon_path)
        self.event_filter = load_event_filter() if learned_filter else None
        if learned_filter and self.event_filter is None:
            raise ModelError(
                "the learned event filter is not installed (ingest/data/event_filter.json); train it "
                "with python -m ingest.training.event_filter"
            )

    def __call__(self, doc: Doc) -> Doc:
        events = find_events(doc, self.lexicon, event_filter=self.event_filter)
        doc._.geokg_events = events
        return doc


@Language.factory("geokg_events", default_config={"lexicon_path": None, "learned_filter": False})
def make_event_finder(nlp: Language, name: str, lexicon_path: str | None, learned_filter: bool) -> EventFinder:
    return EventFinder(nlp, name, lexicon_path=lexicon_path, learned_filter=learned_filter)


def paragraph_starts(doc: Doc) -> list[int]:
    """Tokens that must start a sentence: a line break's whitespace token and the token after it.

    The parser otherwise reads "...Kobane.\n\nThe UK, ..." as one sentence whose root is the
    line break, and every argument of the next sentence hangs off it.
    """
    starts: list[int] = []
    for token in doc[1:]:
        if token.is_space and "\n" in token.text:
            starts.append(token.i)
            if token.i + 1 < len(doc):
                starts.append(token.i + 1)
    return starts


SENTENCE_END = frozenset({".", "!", "?"})


def sentence_starts(doc: Doc) -> list[int]:
    """Tokens that start a sentence after a full stop, exclamation or question mark standing alone: the next
    word, when capitalised. Abbreviations ("U.S.", "Mr.", "Jan.") keep their stop inside their own token, so a
    lone stop ends a sentence. The parser otherwise runs "... on Iran. Israeli jets ..." together."""
    starts: list[int] = []
    for token in doc[:-1]:
        if token.text not in SENTENCE_END or token.i == 0 or doc[token.i - 1].is_space:
            continue
        nxt = doc[token.i + 1]
        if nxt.text in ('"', "'", "”", "’", ")") and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]  # a closing quote or bracket after the stop belongs to the sentence
        if not nxt.is_space and (nxt.is_title or nxt.is_upper) and nxt.is_alpha:
            starts.append(nxt.i)
    return starts


def inside_sentence(doc: Doc) -> list[int]:
    """Tokens that cannot start a sentence: those right after a word, a number or a comma on the same line.
    The parser otherwise breaks inside a name ("Prime Minister Viktor | Orban won"); edited text ends a
    sentence with a stop, a question or exclamation mark, a colon or a line break."""
    return [
        token.i
        for token in doc[1:]
        if not token.is_space
        and (doc[token.i - 1].is_alpha or doc[token.i - 1].is_digit or doc[token.i - 1].text == ",")
    ]


class ParagraphBreaker:
    """Fix sentence starts at line breaks and after a lone full stop before the parser runs (the parser keeps
    preset starts), and cut text without sentence ends into sentences of a bounded length."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # through one array: each Token.is_sent_start assignment checks the whole Doc for a parse (quadratic)
        marks = doc.to_array([SENT_START]).astype("int64").reshape(len(doc), 1)
        marks[numpy.asarray(inside_sentence(doc), dtype=int), 0] = -1
        marks[numpy.asarray(paragraph_starts(doc) + sentence_starts(doc), dtype=int), 0] = 1
        doc.from_array([SENT_START], marks.astype(numpy.uint64))
        longer = long_sentence_starts(doc)
        if longer:
            marks[numpy.asarray(longer, dtype=int), 0] = 1
            doc.from_array([SENT_START], marks.astype(numpy.uint64))
        return doc


class LongSentenceBreaker:
    """After a rule-based sentencizer: cut sentences without sentence ends to a bounded length."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for i in long_sentence_starts(doc):
            doc[i].is_sent_start = True
        return doc


@Language.factory("geokg_paragraphs")
def make_paragraph_breaker(nlp: Language, name: str) -> ParagraphBreaker:
    return ParagraphBreaker(name)


@Language.factory("geokg_long_sentences")
def make_long_sentence_breaker(nlp: Language, name: str) -> LongSentenceBreaker:
    return LongSentenceBreaker(name)
