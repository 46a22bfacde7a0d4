"""Within-article reference resolution: surnames, pronouns and definite descriptions.

Deliberately conservative ("when the evidence is clear"):

- a lone surname ("Melvin"), a first name or initials ("N. Melvin") take the actor of an earlier full name
  ("Neil Melvin");
- "he"/"she"/"him"/"her" resolve to a person only when exactly one person was
  mentioned in the current and previous sentence before the pronoun (by name, or by a
  pronoun already resolved there; a line break alone is no sentence), or, when nobody is
  named there, to the person an encyclopedic lead is about (the article opens with the name
  followed by a parenthesis or a copula: "Ziad al-Karbouly (died 2015) was ...");
- "it" as the subject of a reported clause takes the reporter ("Russia's defence ministry said it had
  struck ..."); otherwise, as a subject, the actor that is the subject of the previous sentence's main
  clause, unless that is a person ("The Syrian Computer Society is ... It was founded ...");
- "the Russian leader/president" resolves through the gazetteer's leaders, and
  "the alliance"/"the bloc"/"the organisation" to the most recent intergovernmental
  organisation when there is one;
- "I"/"we" in a quotation take the speaker: the actor subject of the reporting verb
  ("Minister Ellwood said:") of one of the two sentences before, when that is the only
  speaker there; a reporting sentence that ends with a colon opens a statement, and its
  one speaker holds for every sentence after it until another speaker is named (a title that
  names the author of a statement opens one from the start). Inside
  the reporting sentence itself the parse links them (:mod:`ingest.events`), with the
  same reporting verbs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..events.arguments import REPORTING
from ..records import Actor
from .gazetteer import UNKNOWN_PREFIX, Gazetteer, name_key

__all__ = ["PRONOUNS", "link_surnames", "one_edit_apart", "resolve_references"]

PRONOUNS = frozenset({"he", "she", "him", "her"})
LEADER_WORDS = frozenset({"leader", "president", "premier", "chancellor", "prime", "king", "ruler"})
ORG_WORDS = frozenset({"alliance", "bloc", "organisation", "organization", "union"})
FIRST_PERSON = frozenset({"i", "we"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
# the only words that can start a reference, or tell a person's gender
CUES = FIRST_PERSON | PRONOUNS | LEADER_WORDS | ORG_WORDS | {"it", "his", "himself", "herself", "hers"}


def _speakers(sent: Span, spans: list[Span]) -> set[str]:
    """Actors who speak in a sentence: actor subjects of a reporting verb."""
    starts = {t.i: s for s in spans for t in s}
    found: set[str] = set()
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_.lower() in REPORTING:
            for child in token.children:
                if child.dep_ == "nsubj" and child.i in starts:
                    found.add(starts[child.i].kb_id_)
    return found


def _opens_statement(sent: Span) -> bool:
    """A reporting sentence that ends with a colon: what follows is the speaker's statement."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def _first_person_speakers(sents: list[Span], spans: list[Span], author: str | None) -> list[str | None]:
    """Per sentence, who "I"/"we" are: the one speaker of the sentences before, or of an open statement
    (the title's ``author`` opens one at the start); None in a sentence that names its own speaker (the
    parse links that one, :mod:`ingest.events`)."""
    found = [_speakers(sent, spans) for sent in sents]
    out: list[str | None] = []
    statement: str | None = author
    for n in range(len(sents)):
        latest = next((f for f in reversed(found[max(0, n - 2) : n]) if f), set())
        out.append(None if found[n] else next(iter(latest)) if len(latest) == 1 else statement)
        if found[n]:
            statement = next(iter(found[n])) if len(found[n]) == 1 and _opens_statement(sents[n]) else None
    return out


def _previous_sentence(sents: list[Span], n: int) -> Span:
    """The sentence before sentence ``n`` that has words (a line break alone is no sentence); ``n`` itself
    when there is none."""
    for m in range(n - 1, -1, -1):
        if not all(t.is_space for t in sents[m]):
            return sents[m]
    return sents[n]


def _reporter(pronoun: Token, spans: list[Span]) -> Span | None:
    """The actor that reports a clause whose subject is the pronoun: "Russia's defence ministry said it had
    struck ...", "Iran said it would respond" (the reporting verb's subject, or the state owning it)."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return None
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    own = next((s for s in spans if s.start <= subject.i < s.end), None)
    if own is not None:
        return own
    owners = [s for s in spans if s.root.head.i == subject.i and s.root.dep_ in ("nmod:poss", "compound", "amod")]
    return owners[0] if len(owners) == 1 else None


def _subject_actor(sent: Span, spans: list[Span]) -> Span | None:
    """The actor that is the subject of a sentence's main clause ("The Syrian Computer Society is ...")."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    return next((s for s in spans if s.start <= subject.i < s.end), None)


def _main_subject(sent: Span, spans: tuple[Span, ...], before: int | None = None) -> tuple[Token, Span | None] | None:
    """The subject of a sentence's main clause (before token ``before`` when given) and the actor span it is
    in, if any."""
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or (before is not None and subject.i >= before):
        return None
    return subject, next((s for s in spans if s.start <= subject.i < s.end), None)


def _continued_subject(
    pronoun: Token, sents: list[Span], sent_of: dict[int, int], spans: tuple[Span, ...]
) -> str | None:
    """For a subject "he"/"she": the person the text goes on about, as the subject of the main clause of its
    own sentence before it ("Galois returned, although he ...") or else of the previous sentence ("L'Enfant
    was recruited by X. He arrived ..."): that person, or "" when the subject is a pronoun left unresolved or
    a name geokg does not know (then the names around are no evidence). None when neither subject is a person
    or a name (the window rule decides)."""
    if pronoun.dep_ not in SUBJECT_DEPS or not pronoun.doc.has_annotation("DEP"):
        return None
    n = sent_of.get(pronoun.i, 0)
    before = _previous_sentence(sents, n)
    found = _main_subject(sents[n], spans, before=pronoun.i) if sents[n].root.i != pronoun.head.i else None
    if found is None and before is not sents[n]:
        found = _main_subject(before, spans)
    if found is None:
        return None
    subject, own = found
    if own is not None and own.label_ == "PERSON":
        return own.kb_id_
    if subject.lower_ in PRONOUNS or (subject.pos_ == "PROPN" and own is None):
        return ""  # someone the text does not let geokg name carries on
    return None


GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
GENDER_ONLY = {"his": "m", "himself": "m", "herself": "f", "hers": "f"}


def _agrees(pronoun: str, person: str, gender: dict[str, str]) -> bool:
    """Whether a pronoun may refer to a person already referred to by pronouns of one gender."""
    return gender.get(person, GENDER[pronoun]) == GENDER[pronoun]


EXTRAPOSED_MARKS = frozenset({"to", "that", "whether", "if", "how", "why", "when"})


def _expletive(pronoun: Token) -> bool:
    """ "It" that stands for a clause after the predicate ("It is unclear whether ...", "It is a long trip to
    visit ...", "It was reported that ..."): it refers to nothing."""
    head = pronoun.head
    return any(
        c.dep_ in ("csubj", "csubj:pass", "ccomp", "xcomp", "advcl", "acl")
        and c.i > head.i
        and any(g.dep_ == "mark" and g.lower_ in EXTRAPOSED_MARKS for g in c.children)
        for c in (*head.children, *(g for c in head.children if c.dep_ == "obj" for g in c.children))
    )


def _nearer_subject(pronoun: Token, sent: Span, spans: list[Span]) -> bool:
    """Whether a noun that is no actor is a subject earlier in the pronoun's own sentence: the nearer, likelier
    antecedent of "it"."""
    taken = {t.i for s in spans for t in s}
    return any(
        t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and t.i not in taken for t in sent if t.i < pronoun.i
    )


def _topic_person(doc: Doc, spans: list[Span]) -> Span | None:
    """The person an article is about: the one whose name opens it as an encyclopedic lead does, followed by
    a parenthesis or a copula ("Ziad al-Karbouly (died 2015) was ...", "Abu Ghadiya was a ...")."""
    opening = next((t.i for t in doc if not t.is_space), None)
    topic = next((s for s in spans if s.start == opening), None)
    if topic is None or topic.label_ != "PERSON" or topic.end >= len(doc):
        return None
    after = doc[topic.end]
    return topic if after.text == "(" or after.lemma_ == "be" else None


def _words(span: Span) -> tuple[str, ...]:
    return tuple(name_key(t.text) for t in span if name_key(t.text))


def _short_form_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A shorter name that stands for a full one: its last words ("Lopez Obrador", "Obrador" for "Andrés Manuel
    López Obrador"; spelled with or without accents), its first name alone ("Kamala" for "Kamala Harris"), or
    initials before its surname ("R. T. Erdogan")."""
    if _initial_form_of(short, full):
        return True
    if not short or len(short) >= len(full):
        return False
    return full[-len(short) :] == short or (len(short) == 1 and full[0] == short[0])


def _initial_form_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Initials for the first names and the surname in full ("R. T. Erdogan", "J. Biden")."""
    if len(short) < 2 or len(short) > len(full) or short[-1] != full[-1]:
        return False
    firsts = short[:-1]
    return all(len(w) == 1 and full[i].startswith(w) for i, w in enumerate(firsts))


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped, changed or two neighbours swapped (Damerau's
    single edit): "Zelensky" and "Zelenskyy", "Stoltenberg" and "Stoltenburg", "Macorn" and "Macron"."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i + 1 :] or swapped


MIN_MISSPELT = 5  # shorter surnames are too often other names one letter away ("Khan", "Kahn")


def _misspelt_surname_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A surname alone that is one edit from the full name's surname, long enough not to be another name: the
    same person spelled another way or mistyped ("Zelensky" after "Volodymyr Zelenskyy")."""
    return len(short) == 1 and len(full) > 1 and len(short[0]) >= MIN_MISSPELT and one_edit_apart(short[0], full[-1])


def link_surnames(spans: list[Span]) -> list[Span]:
    """Give a person mention that is a short form of one earlier full name (a surname, the last words, a first
    name) that name's actor; nothing when two earlier names fit. A surname the gazetteer does not know that is
    one edit from one earlier full name's surname is that person too (another spelling or a typing error). A
    name the gazetteer does not know, tagged as an organisation or a place, that is such a short form is that
    person too."""
    full_names: dict[tuple[str, ...], str] = {}
    out: list[Span] = []
    for span in spans:
        if span.label_ == "PERSON":
            words = _words(span)
            fits = {key for name, key in full_names.items() if _short_form_of(words, name)}
            if not fits and span.kb_id_.startswith(UNKNOWN_PREFIX):
                fits = {key for name, key in full_names.items() if _misspelt_surname_of(words, name)}
            if len(fits) == 1 and span.kb_id_ not in fits:
                span = Span(span.doc, span.start, span.end, label=span.label_, kb_id=fits.pop())
            elif len(words) > 1:
                full_names.setdefault(words, span.kb_id_)
        elif span.kb_id_.startswith(UNKNOWN_PREFIX) and span.label_ in ("ORG", "LOC", "GPE"):
            # "Eslami" after "Mohammad Eslami", tagged as an organisation: the short form of that person's name
            fits = {key for name, key in full_names.items() if _short_form_of(_words(span), name)}
            if len(fits) == 1:
                span = Span(span.doc, span.start, span.end, label="PERSON", kb_id=fits.pop())
        out.append(span)
    return out


# the title word of a description and the roles of the offices it can name
TITLE_ROLES = {
    "president": frozenset({"head_of_state", "head_of_government"}),  # a president heads one or the other
    "king": frozenset({"head_of_state"}),
    "prime": frozenset({"head_of_government"}),
    "premier": frozenset({"head_of_government"}),
    "chancellor": frozenset({"head_of_government"}),
    "leader": frozenset({"head_of_state", "head_of_government"}),
    "ruler": frozenset({"head_of_state", "head_of_government"}),
}


def _leader_on(gazetteer: Gazetteer, country: str, title: str, on: str) -> str | None:
    """The one person who held ``country``'s office named by ``title`` on the ISO date ``on`` ("the Russian
    president" in May 2009: Dmitry Medvedev); None when no dated office or more than one person fits."""
    held = gazetteer.holders(country, on, roles=TITLE_ROLES.get(title))
    if title not in ("leader", "ruler"):
        held = [t for t in held if title in t.office.lower()]
    people = {t.person for t in held}
    return people.pop() if len(people) == 1 else None


def _leader_of_country(gazetteer: Gazetteer, country: str, title: str, on: str | None = None) -> str | None:
    """The one person who leads ``country`` with an office matching ``title`` ("leader" matches any): on the
    article's date when the dated offices know that office, else today's leader from the gazetteer."""
    if on is not None and gazetteer.holders(country, on, roles=TITLE_ROLES.get(title)):
        return _leader_on(gazetteer, country, title, on)
    leaders = [
        p
        for p, c in gazetteer.leader_of.items()
        if c == country and (title == "leader" or title in gazetteer.offices.get(p, "").lower())
    ]
    return leaders[0] if len(leaders) == 1 else None


def _label(gazetteer: Gazetteer, key: str, spans: list[Span]) -> str:
    actor = gazetteer.actors.get(key)
    if actor is not None:
        return actor.type
    return next((s.label_ for s in spans if s.kb_id_ == key), "PERSON")


OBJECT_DEPS = frozenset({"obj", "iobj", "obl"})


CLAUSES = frozenset({"ccomp", "parataxis", "conj", "csubj", "xcomp", "advcl"})  # clauses of their own


def _clause_mates(pronoun: Token, spans: tuple[Span, ...]) -> set[str]:
    """The people an object pronoun cannot be: the subjects of its own clause (a plain pronoun is never bound by
    its clause's subject: "Biden congratulated him" is about someone else; "Biden congratulated himself" would
    not be). Empty for a subject or a possessive pronoun, and without a parse."""
    if not pronoun.doc.has_annotation("DEP"):
        return set()
    verb = pronoun.head
    if pronoun.dep_ in SUBJECT_DEPS:
        # a subject pronoun is never a name in its own clause, a fronted one included ("Placed under the care
        # of Dr Ruiz, he recovered": not Ruiz)
        inside = {t.i for c in verb.children if c is not pronoun and c.dep_ not in CLAUSES for t in c.subtree}
        return {s.kb_id_ for s in spans if s.label_ == "PERSON" and s.root.i in inside}
    if pronoun.dep_ not in OBJECT_DEPS:
        return set()
    inside = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return {s.kb_id_ for s in spans if s.label_ == "PERSON" and s.root.i in inside}


def resolve_references(
    doc: Doc, spans: list[Span], gazetteer: Gazetteer, *, author: Actor | None = None, on: str | None = None
) -> list[Span]:
    """Spans for pronouns and definite descriptions, each carrying the actor it refers to; ``author``
    is the person whose statement the article is, by its title; ``on`` the article's date (ISO), which
    decides who "the Russian president" was."""
    taken = {t.i for s in spans for t in s}
    by_start = sorted(spans, key=lambda s: s.start)
    refs: list[Span] = []
    sents = list(doc.sents) if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [doc[:]]
    sent_of = {}
    for n, sent in enumerate(sents):
        for t in sent:
            sent_of[t.i] = n
    speakers: list[str | None] | None = None  # computed on the first "I"/"we"
    topic = _topic_person(doc, by_start)
    gender: dict[str, str] = {}  # person -> "m" / "f", from the first pronoun resolved to them
    for token in doc:
        low = token.lower_
        if low not in CUES or token.i in taken:
            continue
        if low in FIRST_PERSON and token.pos_ == "PRON" and doc.has_annotation("DEP"):
            if speakers is None:
                speakers = _first_person_speakers(sents, spans, author.key if author else None)
            n = sent_of.get(token.i, 0)
            key = speakers[n]
            if key is not None and low == "we" and _label(gazetteer, key, spans) == "PERSON":
                # "we" is the group a person speaks for, never the person alone: the one state or organisation
                # the gazetteer knows the person served that day (any day for an undated article), or nobody
                owners = {t.owner for t in gazetteer.offices_of(key, on)}
                key = owners.pop() if len(owners) == 1 else None
            if key is not None:
                label = author.type if author and key == author.key else _label(gazetteer, key, spans)
                refs.append(Span(doc, token.i, token.i + 1, label=label, kb_id=key))
        elif low in GENDER_ONLY:  # "his", "himself": no reference of their own, but who they can be is telling
            window_start = _previous_sentence(sents, sent_of.get(token.i, 0)).start
            people = {s.kb_id_ for s in (*by_start, *refs) if window_start <= s.start and s.end <= token.i}
            people &= {s.kb_id_ for s in by_start if s.label_ == "PERSON"}
            if len(people) == 1:
                gender.setdefault(people.pop(), GENDER_ONLY[low])
        elif low in PRONOUNS:
            continued = _continued_subject(token, sents, sent_of, (*by_start, *refs))
            if continued is not None:  # "He ... . He ...": the subject carries on (centering), resolved or not
                if continued and _agrees(low, continued, gender):
                    refs.append(Span(doc, token.i, token.i + 1, label="PERSON", kb_id=continued))
                    gender.setdefault(continued, GENDER[low])
                continue
            window_start = _previous_sentence(sents, sent_of.get(token.i, 0)).start
            people = {  # a pronoun resolved in the window names its person too ("... invited her. She ...")
                s.kb_id_
                for s in (*by_start, *refs)
                if window_start <= s.start and s.end <= token.i and s.label_ == "PERSON"
            }
            people -= _clause_mates(token, (*by_start, *refs))  # "Biden congratulated him": not Biden
            if not people and topic is not None and topic.end <= token.i:
                people = {topic.kb_id_}  # nobody named nearby: the person the article is about
            if len(people) == 1 and _agrees(low, next(iter(people)), gender):
                key = people.pop()
                refs.append(Span(doc, token.i, token.i + 1, label="PERSON", kb_id=key))
                gender.setdefault(key, GENDER[low])
        elif low == "it" and token.dep_ in SUBJECT_DEPS and doc.has_annotation("DEP"):
            reporter = _reporter(token, by_start)
            if reporter is not None and reporter.label_ != "PERSON":
                refs.append(Span(doc, token.i, token.i + 1, label=reporter.label_, kb_id=reporter.kb_id_))
                continue
            n = sent_of.get(token.i, 0)
            if _expletive(token) or _nearer_subject(token, sents[n], by_start):
                continue  # "The intervention remained possible, but when it came": the nearer noun
            before = _previous_sentence(sents, n)
            antecedent = _subject_actor(before, by_start) if before is not sents[n] else None
            if antecedent is not None and antecedent.label_ != "PERSON":
                refs.append(Span(doc, token.i, token.i + 1, label=antecedent.label_, kb_id=antecedent.kb_id_))
        elif low in LEADER_WORDS and token.i >= 2 and doc[token.i - 2].lower_ == "the":
            # "the Russian leader": a demonym right before the title word
            prev = doc[token.i - 1]
            key = gazetteer.forms.get(prev.text) if prev.text in gazetteer.demonyms else None
            person = _leader_of_country(gazetteer, key, low, on) if key else None
            if person:
                refs.append(Span(doc, token.i - 2, token.i + 1, label="PERSON", kb_id=person))
        elif low in ORG_WORDS and token.i >= 1 and doc[token.i - 1].lower_ == "the":
            earlier = [
                s
                for s in by_start
                if s.end <= token.i
                and gazetteer.actors.get(s.kb_id_) is not None
                and gazetteer.actors[s.kb_id_].kind == "IGO"
            ]
            if earlier:
                refs.append(Span(doc, token.i - 1, token.i + 1, label="ORG", kb_id=earlier[-1].kb_id_))
    return refs
