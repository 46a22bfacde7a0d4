"""Issue 19: every construction of the predicate-argument layer, five or more sentences each.

Sentences written for geokg (none copied from any corpus or evaluation set). Each row:
sentence, construction, expected set of (subject key, CAMEO root, object key, negated, modality).
The second slot is the two-digit CAMEO root of the event ("19", "07", ...), or "member_of" /
"leader_of" for a standing relation. An empty set means nothing may be extracted. The
expectation is what the sentence says, not what the pipeline does today.

Conventions (consistent with tests/ingest/sentence_table.py):
- a controlled clause takes its modality from the matrix verb: "agree", "decide", "try",
  "help", "force" -> asserted; "refuse" -> negated; "threaten", "want", "plan", and directive
  verbs ("urge", "ask", "press", "call on") -> hypothetical;
- the controller of an object-control verb's clause is the matrix object, and the directive
  itself is an event from the matrix subject to that object;
- raising "seem"/"appear" keep the clause asserted, "be likely/expected to" make it
  hypothetical, "be said to" makes it reported;
- symmetric nominal events ("talks between A and B") run from the first actor to the second.
"""

from __future__ import annotations

from ingest.actors.gazetteer import unknown_actor


def org(name: str) -> str:
    """The key geokg gives an organisation its gazetteer does not know."""
    return unknown_actor(name, "ORG").key


def person(name: str) -> str:
    """The key geokg gives a person its gazetteer does not know."""
    return unknown_actor(name, "PERSON").key


A = "asserted"
H = "hypothetical"
R = "reported"
D = "denied"

CONSTRUCTIONS: tuple[str, ...] = (
    "passive-with-agent",
    "passive-without-agent",
    "subject-control",
    "object-control",
    "raising",
    "conj-subject",
    "conj-object",
    "conj-verb",
    "relative-clause",
    "participial-clause",
    "compound-adjective",
    "apposition",
    "nominal-possessive",
    "nominal-of-by",
    "nominal-between",
    "nominal-with-to-against-on",
    "reported-speech",
    "retaliation",
    "light-verb",
    "office-title",
    "mutual-noun",
    "accusation",
    "described-subject",
    "another-verb-target",
    "communication-noun",
    "denied-gerund",
    "owned-act",
    "counterpart",
    "comma-adjunct",
    "reported-pronoun",
    "naming",
    "conj-clause",
    "cessation",
    "summary-apposition",
    "struck-in",
    "addressed-noun",
    "receiving",
    "tenure-title",
    "possessive-office",
    "reported-accusation",
    "listed-members",
    "mediation",
    "known-office",
    "office-in-group",
    "party-of",
    "reported-blame",
    "folded-conjuncts",
    "stated-intent",
    "object-pronoun",
    "charge-frame",
    "won-office",
    "leadership-kind",
    "misread-subject",
    "force-owner",
    "leaving-organisation",
    "ended-cooperation",
    "place-as-party",
    "circumstance-adjunct",
    "conjoined-event-noun",
    "attacked-act-noun",
    "negating-adjunct",
    "unrealised-act",
    "reciprocal-object",
    "naming-judgement",
    "stated-disapproval",
    "appointed-office",
    "attended-meeting",
    "contest-not-force",
    "reacted-force-noun",
    "each-alone",
    "no-contact",
    "reported-conduct",
    "gerund-owner",
    "mandative-clause",
    "kept-from",
    "weapon-firer",
    "protest-site",
    "used-weapon",
    "titled-object",
    "coordinated-modifiers",
    "repaired-clause",
    "commissive-intent",
    "show-of-force-site",
    "modifier-of-compound",
    "exchanged-fire",
    "judged-act-patient",
    "owned-act-target",
    "given-to-the-getter",
    "joined-body",
    "requested-act",
)

TABLE: list[tuple[str, str, set[tuple[str, str, str, bool, str]]]] = [
    # passive with a by-agent: the agent acts on the passive subject
    ("Saudi Arabia was attacked by the Houthis.", "passive-with-agent", {("houthis", "19", "saudi-arabia", False, A)}),
    ("Lebanon has been bombed by Israel again.", "passive-with-agent", {("israel", "19", "lebanon", False, A)}),
    (
        "Venezuela was sanctioned by the European Union in 2017.",
        "passive-with-agent",
        {("european-union", "16", "venezuela", False, A)},
    ),
    (
        "Modi was hosted by Prabowo in Jakarta.",
        "passive-with-agent",
        {("prabowo-subianto", "04", "narendra-modi", False, A)},
    ),
    ("Taiwan is being threatened by China.", "passive-with-agent", {("china", "13", "taiwan", False, A)}),
    ("Hamas was condemned by the Arab League.", "passive-with-agent", {("arab-league", "11", "hamas", False, A)}),
    ("Armenia is supported by France.", "passive-with-agent", {("france", "05", "armenia", False, A)}),
    ("Drones were supplied to Russia by Iran.", "passive-with-agent", {("iran", "07", "russia", False, A)}),
    (
        "Iran was sanctioned by the United States and Britain.",
        "passive-with-agent",
        {("united-states", "16", "iran", False, A), ("united-kingdom", "16", "iran", False, A)},
    ),
    # passive without an agent: nobody is named as doing it
    ("Ukraine was attacked on Sunday night.", "passive-without-agent", set()),
    ("Iran has been sanctioned again.", "passive-without-agent", set()),
    ("Syria was bombed overnight.", "passive-without-agent", set()),
    ("Hezbollah was condemned at the summit.", "passive-without-agent", set()),
    ("Turkey was criticized for the operation.", "passive-without-agent", set()),
    ("Weapons were supplied to Ukraine.", "passive-without-agent", set()),
    # the oblique's own event stands; its actor is not the agent of the passive
    (
        "Iran was sanctioned over its support for Russia.",
        "passive-without-agent",
        {("iran", "05", "russia", False, A)},
    ),
    # subject control: the matrix subject does the infinitive's act
    ("Russia agreed to supply gas to Serbia.", "subject-control", {("russia", "07", "serbia", False, A)}),
    ("Hezbollah tried to attack Israel.", "subject-control", {("hezbollah", "19", "israel", False, A)}),
    ("Hungary refused to sanction Russia.", "subject-control", {("hungary", "16", "russia", True, A)}),
    (
        "North Korea threatened to attack South Korea.",
        "subject-control",
        {("north-korea", "13", "south-korea", False, A)},  # a threat (13), as CAMEO codes it
    ),
    ("Germany decided to send tanks to Ukraine.", "subject-control", {("germany", "07", "ukraine", False, A)}),
    ("Sweden wants to join NATO.", "subject-control", {("sweden", "member_of", "nato", False, H)}),
    ("China plans to buy oil from Iran.", "subject-control", {("china", "06", "iran", False, H)}),
    # object control: the matrix object does the infinitive's act; the directive is an event of its own
    (
        "The United States urged Israel to negotiate with Hamas.",
        "object-control",
        {("united-states", "02", "israel", False, A), ("israel", "04", "hamas", False, H)},
    ),
    (
        "Germany pressed Hungary to support Ukraine.",
        "object-control",
        {("germany", "02", "hungary", False, A), ("hungary", "05", "ukraine", False, H)},
    ),
    (
        "Zelenskyy asked Germany to send tanks to Ukraine.",
        "object-control",
        {("volodymyr-zelenskyy", "02", "germany", False, A), ("germany", "07", "ukraine", False, H)},
    ),
    (
        "Iran helped Hezbollah to attack Israel.",
        "object-control",
        {("iran", "07", "hezbollah", False, A), ("hezbollah", "19", "israel", False, A)},
    ),
    (
        "The United Nations called on Russia to withdraw from Ukraine.",
        "object-control",
        {("united-nations", "02", "russia", False, A), ("russia", "08", "ukraine", False, H)},
    ),
    (
        "Trump urged Zelenskyy to meet Putin.",
        "object-control",
        {
            ("donald-trump", "02", "volodymyr-zelenskyy", False, A),
            ("volodymyr-zelenskyy", "04", "vladimir-putin", False, H),
        },
    ),
    (
        "France forced Mali to expel Wagner.",
        "object-control",
        {("france", "17", "mali", False, A), ("mali", "17", "wagner", False, A)},
    ),
    # raising: the raised subject does the infinitive's act
    ("Hungary appeared to back Russia.", "raising", {("hungary", "05", "russia", False, A)}),
    ("Pakistan seems to support the Taliban.", "raising", {("pakistan", "05", "taliban", False, A)}),
    (
        "Turkey appears to have armed the Syrian National Army.",
        "raising",
        {("turkey", "07", "syrian-national-army", False, A)},
    ),
    ("China is likely to condemn Japan.", "raising", {("china", "11", "japan", False, H)}),
    ("Iran is expected to retaliate against Israel.", "raising", {("iran", "19", "israel", False, H)}),
    ("Russia is said to have attacked Moldova.", "raising", {("russia", "19", "moldova", False, R)}),
    ("Belarus seemed to threaten Lithuania.", "raising", {("belarus", "13", "lithuania", False, A)}),
    # conjoined subjects: every conjunct acts
    (
        "Egypt and Jordan condemned Israel.",
        "conj-subject",
        {("egypt", "11", "israel", False, A), ("jordan", "11", "israel", False, A)},
    ),
    (
        "France, Germany and Italy sanctioned Belarus.",
        "conj-subject",
        {
            ("france", "16", "belarus", False, A),
            ("germany", "16", "belarus", False, A),
            ("italy", "16", "belarus", False, A),
        },
    ),
    (
        "The United States and Japan criticized North Korea.",
        "conj-subject",
        {("united-states", "11", "north-korea", False, A), ("japan", "11", "north-korea", False, A)},
    ),
    (
        "Turkey and Qatar supplied aid to Syria.",
        "conj-subject",
        {("turkey", "07", "syria", False, A), ("qatar", "07", "syria", False, A)},
    ),
    (
        "Russia and Iran have praised Venezuela.",
        "conj-subject",
        {("russia", "05", "venezuela", False, A), ("iran", "05", "venezuela", False, A)},
    ),
    (
        "Lula and Modi visited South Africa.",
        "conj-subject",
        {("lula", "04", "south-africa", False, A), ("narendra-modi", "04", "south-africa", False, A)},
    ),
    (
        "Neither India nor Brazil condemned Russia.",
        "conj-subject",
        {("india", "11", "russia", True, A), ("brazil", "11", "russia", True, A)},
    ),
    (
        "Canada and Australia did not recognize Taiwan.",
        "conj-subject",
        {("canada", "05", "taiwan", True, A), ("australia", "05", "taiwan", True, A)},
    ),
    # conjoined objects: every conjunct is a target
    (
        "Iran armed Hezbollah and the Houthis.",
        "conj-object",
        {("iran", "07", "hezbollah", False, A), ("iran", "07", "houthis", False, A)},
    ),
    (
        "Israel struck Lebanon, Syria and Yemen.",
        "conj-object",
        {
            ("israel", "19", "lebanon", False, A),
            ("israel", "19", "syria", False, A),
            ("israel", "19", "yemen", False, A),
        },
    ),
    (
        "Xi met Putin and Lukashenko.",
        "conj-object",
        {("xi-jinping", "04", "vladimir-putin", False, A), ("xi-jinping", "04", "alexander-lukashenko", False, A)},
    ),
    (
        "The United States sanctioned Cuba and Venezuela.",
        "conj-object",
        {("united-states", "16", "cuba", False, A), ("united-states", "16", "venezuela", False, A)},
    ),
    (
        "Turkey threatened the PKK and the YPG.",
        "conj-object",
        {("turkey", "13", "pkk", False, A), ("turkey", "13", "ypg", False, A)},
    ),
    (
        "China criticized Japan and the Philippines.",
        "conj-object",
        {("china", "11", "japan", False, A), ("china", "11", "philippines", False, A)},
    ),
    # conjoined verbs: the shared subject does both acts
    (
        "China criticized Japan and warned the Philippines.",
        "conj-verb",
        {("china", "11", "japan", False, A), ("china", "13", "philippines", False, A)},
    ),
    (
        "Israel bombed Hamas and invaded Lebanon.",
        "conj-verb",
        {("israel", "19", "hamas", False, A), ("israel", "19", "lebanon", False, A)},
    ),
    (
        "Turkey condemned and sanctioned Israel.",
        "conj-verb",
        {("turkey", "11", "israel", False, A), ("turkey", "16", "israel", False, A)},
    ),
    (
        "Putin met Xi and later praised China.",
        "conj-verb",
        {("vladimir-putin", "04", "xi-jinping", False, A), ("vladimir-putin", "05", "china", False, A)},
    ),
    (
        "The European Union welcomed Moldova but criticized Georgia.",
        "conj-verb",
        {("european-union", "05", "moldova", False, A), ("european-union", "11", "georgia", False, A)},
    ),
    (
        "Iran supplied drones to Russia and sold missiles to Venezuela.",
        "conj-verb",
        {("iran", "07", "russia", False, A), ("iran", "06", "venezuela", False, A)},
    ),
    # relative clauses: the relative pronoun stands for its antecedent
    (
        "Iran, which armed the Houthis, condemned Saudi Arabia.",
        "relative-clause",
        {("iran", "07", "houthis", False, A), ("iran", "11", "saudi-arabia", False, A)},
    ),
    (
        "The drones that Iran sold to Russia crashed in Romania.",
        "relative-clause",
        {("iran", "06", "russia", False, A)},
    ),
    (
        "Hezbollah, which Iran funds, attacked Israel.",
        "relative-clause",
        {("iran", "07", "hezbollah", False, A), ("hezbollah", "19", "israel", False, A)},
    ),
    (
        "Sweden, which joined NATO last year, criticized Russia.",
        "relative-clause",
        {("sweden", "member_of", "nato", False, A), ("sweden", "11", "russia", False, A)},
    ),
    (
        "The United States condemned the Houthis, who attacked Israel.",
        "relative-clause",
        {("united-states", "11", "houthis", False, A), ("houthis", "19", "israel", False, A)},
    ),
    (
        "The missiles that North Korea supplied to Russia hit Kyiv.",
        "relative-clause",
        {("north-korea", "07", "russia", False, A)},
    ),
    (
        "Putin, who met Modi on Monday, criticized NATO.",
        "relative-clause",
        {("vladimir-putin", "04", "narendra-modi", False, A), ("vladimir-putin", "11", "nato", False, A)},
    ),
    # participial clauses: the by-phrase of a reduced passive acts
    (
        "Weapons supplied by Iran to the Houthis were seized in the Red Sea.",
        "participial-clause",
        {("iran", "07", "houthis", False, A)},
    ),
    (
        "Rockets fired by Hezbollah at Israel killed two soldiers.",
        "participial-clause",
        {("hezbollah", "19", "israel", False, A)},
    ),
    (
        "Troops sent by North Korea to Russia fought in Kursk.",
        "participial-clause",
        {("north-korea", "07", "russia", False, A)},
    ),
    (
        "Sanctions imposed by the European Union on Russia took effect on Friday.",
        "participial-clause",
        {("european-union", "16", "russia", False, A)},
    ),
    (
        "Drones launched by the Houthis at Saudi Arabia were shot down.",
        "participial-clause",
        {("houthis", "19", "saudi-arabia", False, A)},
    ),
    (
        "Aid pledged by Japan to Ukraine arrived in Kyiv.",
        "participial-clause",
        {("japan", "03", "ukraine", False, A)},
    ),
    (
        "Hezbollah, backed by Iran, attacked Israel.",
        "participial-clause",
        {("iran", "05", "hezbollah", False, A), ("hezbollah", "19", "israel", False, A)},
    ),
    # compound adjectives: "X-backed Y" is X supporting Y; "X-made" is no event
    (
        "The Iran-backed Houthis attacked Saudi Arabia.",
        "compound-adjective",
        {("iran", "05", "houthis", False, A), ("houthis", "19", "saudi-arabia", False, A)},
    ),
    (
        "The Iran-backed Hezbollah fired rockets at Israel.",
        "compound-adjective",
        {("iran", "05", "hezbollah", False, A), ("hezbollah", "19", "israel", False, A)},
    ),
    (
        "The US-backed SDF fought the Islamic State.",
        "compound-adjective",
        {("united-states", "05", "sdf", False, A), ("sdf", "19", "isis", False, A)},
    ),
    (
        "The Turkish-backed Syrian National Army attacked the SDF.",
        "compound-adjective",
        {("turkey", "05", "syrian-national-army", False, A), ("syrian-national-army", "19", "sdf", False, A)},
    ),
    (
        "Israel struck the Iran-funded Hamas.",
        "compound-adjective",
        {("iran", "07", "hamas", False, A), ("israel", "19", "hamas", False, A)},
    ),
    ("Iranian-made drones struck Ukraine.", "compound-adjective", set()),
    # apposition: the appositive describes its head, which stays the actor
    (
        "Vladimir Putin, Russia's president, met Xi Jinping.",
        "apposition",
        {("vladimir-putin", "04", "xi-jinping", False, A), ("vladimir-putin", "leader_of", "russia", False, A)},
    ),
    (
        "Sergei Lavrov, the Russian foreign minister, visited India.",
        "apposition",
        {("sergei-lavrov", "04", "india", False, A), ("sergei-lavrov", "member_of", "russia", False, A)},
    ),
    ("Hamas, the militant group, attacked Israel.", "apposition", {("hamas", "19", "israel", False, A)}),
    ("Israel struck Hezbollah, the Lebanese militia.", "apposition", {("israel", "19", "hezbollah", False, A)}),
    (
        "Keir Starmer, Britain's prime minister, criticized Iran.",
        "apposition",
        {("keir-starmer", "11", "iran", False, A), ("keir-starmer", "leader_of", "united-kingdom", False, A)},
    ),
    ("The Houthis, an armed group in Yemen, attacked Israel.", "apposition", {("houthis", "19", "israel", False, A)}),
    (
        "Trump met Mark Rutte, the head of NATO.",
        "apposition",
        {("donald-trump", "04", "mark-rutte", False, A), ("mark-rutte", "leader_of", "nato", False, A)},
    ),
    # nominal events with a possessive agent
    ("Iran's support for Hezbollah worried Israel.", "nominal-possessive", {("iran", "05", "hezbollah", False, A)}),
    ("Russia's invasion of Ukraine began in 2022.", "nominal-possessive", {("russia", "19", "ukraine", False, A)}),
    ("China's blockade of Taiwan lasted a week.", "nominal-possessive", {("china", "19", "taiwan", False, A)}),
    (
        "Israel's strikes on Lebanon continued on Tuesday.",
        "nominal-possessive",
        {("israel", "19", "lebanon", False, A)},
    ),
    (
        "America's sanctions against Cuba remain in place.",
        "nominal-possessive",
        {("united-states", "16", "cuba", False, A)},
    ),
    ("Turkey's criticism of Sweden delayed the vote.", "nominal-possessive", {("turkey", "11", "sweden", False, A)}),
    ("NATO's condemnation of Belarus was swift.", "nominal-possessive", {("nato", "11", "belarus", False, A)}),
    # nominal events: "the N of TARGET by AGENT"
    (
        "The bombing of Yemen by Saudi Arabia drew protests.",
        "nominal-of-by",
        {("saudi-arabia", "19", "yemen", False, A)},
    ),
    (
        "The recognition of Palestine by Spain angered Israel.",
        "nominal-of-by",
        {("spain", "05", "palestine", False, A)},
    ),
    ("The expulsion of Wagner by Mali came as a surprise.", "nominal-of-by", {("mali", "17", "wagner", False, A)}),
    (
        "The shelling of Armenia by Azerbaijan lasted for hours.",
        "nominal-of-by",
        {("azerbaijan", "19", "armenia", False, A)},
    ),
    (
        "The condemnation of Israel by the United Nations was unanimous.",
        "nominal-of-by",
        {("united-nations", "11", "israel", False, A)},
    ),
    (
        "The blockade of Qatar by Saudi Arabia ended in 2021.",
        "nominal-of-by",
        {("saudi-arabia", "19", "qatar", False, A)},
    ),
    # nominal events between two actors (symmetric; first to second)
    ("Talks between India and Pakistan resumed on Monday.", "nominal-between", {("india", "04", "pakistan", False, A)}),
    (
        "The war between Israel and Hamas entered its second year.",
        "nominal-between",
        {("israel", "19", "hamas", False, A)},
    ),
    (
        "Clashes between Armenia and Azerbaijan killed six soldiers.",
        "nominal-between",
        {("armenia", "19", "azerbaijan", False, A)},
    ),
    (
        "A meeting between Xi and Biden took place in San Francisco.",
        "nominal-between",
        {("xi-jinping", "04", "joe-biden", False, A)},
    ),
    (
        "Negotiations between Russia and Ukraine collapsed in April.",
        "nominal-between",
        {("russia", "04", "ukraine", False, A)},
    ),
    (
        "Fighting between the Taliban and Pakistan intensified.",
        "nominal-between",
        {("taliban", "19", "pakistan", False, A)},
    ),
    # nominal events with a target in with/to/against/on; the agent is the governing verb's subject
    (
        "Washington announced new sanctions on Iran.",
        "nominal-with-to-against-on",
        {("united-states", "16", "iran", False, A)},
    ),
    (
        "The European Union extended its sanctions on Belarus.",
        "nominal-with-to-against-on",
        {("european-union", "16", "belarus", False, A)},
    ),
    ("Norway increased its aid to Ukraine.", "nominal-with-to-against-on", {("norway", "07", "ukraine", False, A)}),
    (
        "Britain doubled its military aid to Kenya.",
        "nominal-with-to-against-on",
        {("united-kingdom", "07", "kenya", False, A)},
    ),
    ("Israel continued its war against Hamas.", "nominal-with-to-against-on", {("israel", "19", "hamas", False, A)}),
    ("India resumed talks with China.", "nominal-with-to-against-on", {("india", "04", "china", False, A)}),
    (
        "Vietnam began negotiations with the Philippines.",
        "nominal-with-to-against-on",
        {("vietnam", "04", "philippines", False, A)},
    ),
    # reported speech: the reported event, with modality "reported"; the speaker is no party
    (
        "Seoul said North Korea had sent troops to Russia.",
        "reported-speech",
        {("north-korea", "07", "russia", False, R)},
    ),
    (
        "The Pentagon said that Iran supplied missiles to the Houthis.",
        "reported-speech",
        {("iran", "07", "houthis", False, R)},
    ),
    ("Lavrov claimed that NATO was arming Ukraine.", "reported-speech", {("nato", "07", "ukraine", False, R)}),
    (
        "Netanyahu said Hamas attacked Israel.",
        "reported-speech",
        {("hamas", "19", "israel", False, R), ("benjamin-netanyahu", "11", "hamas", False, A)},
    ),
    ("Officials told reporters that Rwanda backs the M23.", "reported-speech", {("rwanda", "05", "m23", False, R)}),
    (
        "The United Nations said Israel struck Lebanon on Sunday.",
        "reported-speech",
        {("israel", "19", "lebanon", False, R), ("united-nations", "11", "israel", False, A)},
    ),
    # retaliation: the means of the response are done by the subject
    ("Israel retaliated with airstrikes on Hezbollah.", "retaliation", {("israel", "19", "hezbollah", False, A)}),
    ("Russia responded with sanctions on Moldova.", "retaliation", {("russia", "16", "moldova", False, A)}),
    ("India hit back with strikes against Pakistan.", "retaliation", {("india", "19", "pakistan", False, A)}),
    (
        "China retaliated with tariffs on the United States.",
        "retaliation",
        {("china", "16", "united-states", False, A)},
    ),
    ("The Houthis retaliated by attacking Israel.", "retaliation", {("houthis", "19", "israel", False, A)}),
    ("Hezbollah retaliated with a drone attack on Israel.", "retaliation", {("hezbollah", "19", "israel", False, A)}),
    (
        "Azerbaijan retaliated against Armenia with artillery fire.",
        "retaliation",
        {("azerbaijan", "19", "armenia", False, A)},
    ),
    # light verbs: the event is the noun's, the agent the verb's subject
    ("Egypt held talks with Sudan.", "light-verb", {("egypt", "04", "sudan", False, A)}),
    ("Ukraine carried out strikes against Russia.", "light-verb", {("ukraine", "19", "russia", False, A)}),
    ("Russia launched an offensive against Ukraine.", "light-verb", {("russia", "19", "ukraine", False, A)}),
    (
        "The United States imposed sanctions on Venezuela.",
        "light-verb",
        {("united-states", "16", "venezuela", False, A)},
    ),
    ("Japan pledged aid to the Philippines.", "light-verb", {("japan", "03", "philippines", False, A)}),
    ("Israel conducted raids on Hezbollah.", "light-verb", {("israel", "19", "hezbollah", False, A)}),
    ("Macron paid a visit to Algeria.", "light-verb", {("emmanuel-macron", "04", "algeria", False, A)}),
    # an office before or around a name: the person acts, and leads (or belongs to) the owner of the office; a
    # modifier between owner and office ("aid chief") heads a part of the owner: a member
    (
        "NATO chief Mark Rutte praised Finland.",
        "office-title",
        {("mark-rutte", "05", "finland", False, A), ("mark-rutte", "leader_of", "nato", False, A)},
    ),
    (
        "UN Secretary General Antonio Guterres condemned Israel.",
        "office-title",
        {("antonio-guterres", "11", "israel", False, A), ("antonio-guterres", "leader_of", "united-nations", False, A)},
    ),
    (
        "EU foreign policy chief Kaja Kallas criticized Russia.",
        "office-title",
        {("kaja-kallas", "11", "russia", False, A), ("kaja-kallas", "member_of", "european-union", False, A)},
    ),
    (
        "The prime minister of India, Narendra Modi, met Vladimir Putin.",
        "office-title",
        {("narendra-modi", "04", "vladimir-putin", False, A), ("narendra-modi", "leader_of", "india", False, A)},
    ),
    (
        "The president of Brazil, Lula, visited China.",
        "office-title",
        {("lula", "04", "china", False, A), ("lula", "leader_of", "brazil", False, A)},
    ),
    (
        "US Secretary of State Marco Rubio met Wang Yi.",
        "office-title",
        {("marco-rubio", "04", "wang-yi", False, A), ("marco-rubio", "member_of", "united-states", False, A)},
    ),
    (
        "Hezbollah leader, Naim Qassem, threatened Israel.",
        "office-title",
        {("naim-qassem", "13", "israel", False, A), ("naim-qassem", "leader_of", "hezbollah", False, A)},
    ),
    # nouns that take two sides (a ceasefire, a deal, talks) or are done jointly ("a joint patrol"): conjoined
    # subjects make them with each other, coded by the noun
    ("India and Pakistan agreed to a ceasefire.", "mutual-noun", {("india", "08", "pakistan", False, A)}),
    ("Armenia and Azerbaijan agreed to a truce.", "mutual-noun", {("armenia", "08", "azerbaijan", False, A)}),
    ("Israel agreed to a ceasefire with Hezbollah.", "mutual-noun", {("israel", "08", "hezbollah", False, A)}),
    ("China and Russia carried out a joint naval patrol.", "mutual-noun", {("china", "06", "russia", False, A)}),
    ("Sudan and South Sudan signed a ceasefire.", "mutual-noun", {("sudan", "08", "south-sudan", False, A)}),
    ("The United States held joint exercises with Japan.", "mutual-noun", {("united-states", "06", "japan", False, A)}),
    # accusations: the accused did what the gerund says, as the accuser tells it (reported)
    (
        "Israel accused Iran of arming Hezbollah.",
        "accusation",
        {("israel", "11", "iran", False, A), ("iran", "07", "hezbollah", False, R)},
    ),
    (
        "Sudan accused the United Arab Emirates of arming the RSF.",
        "accusation",
        {("sudan", "11", "united-arab-emirates", False, A), ("united-arab-emirates", "07", "rsf", False, R)},
    ),
    (
        "The United States accused China of helping Russia.",
        "accusation",
        {("united-states", "11", "china", False, A), ("china", "07", "russia", False, R)},
    ),
    (
        "Ukraine blamed Russia for attacking Poland.",
        "accusation",
        {("ukraine", "11", "russia", False, A), ("russia", "19", "poland", False, R)},
    ),
    (
        "India accused Pakistan of supporting the Taliban.",
        "accusation",
        {("india", "11", "pakistan", False, A), ("pakistan", "05", "taliban", False, R)},
    ),
    # an actor in a clause or apposition describing a subject is not that subject: who backs, arms or leads a
    # group does not do what the group does
    ("The Kurdish militia, backed by the United States, attacked Islamic State positions.", "described-subject", set()),
    ("The rebel group, armed by Iran, attacked Saudi Arabia.", "described-subject", set()),
    ("The fighters, trained by Russia, attacked Ukraine.", "described-subject", set()),
    ("The coalition, led by Saudi Arabia, bombed the Houthis.", "described-subject", set()),
    ("The brigade, which Iran funds, attacked Israel.", "described-subject", set()),
    ("The volunteers, an ally of Turkey, shelled Armenia.", "described-subject", set()),
    (
        "The Houthis, backed by Iran, attacked Saudi Arabia.",
        "described-subject",
        {("iran", "05", "houthis", False, A), ("houthis", "19", "saudi-arabia", False, A)},
    ),
    (
        "Backed by Iran, the Houthis attacked Saudi Arabia.",
        "participial-clause",
        {("iran", "05", "houthis", False, A), ("houthis", "19", "saudi-arabia", False, A)},
    ),
    (
        "Mali, supported by Russia, expelled France.",
        "participial-clause",
        {("russia", "05", "mali", False, A), ("mali", "17", "france", False, A)},
    ),
    # a target that the parse gives to another event verb is that verb's, not the trigger's
    ("The brigade, which Iran funds, fired rockets at Israel.", "another-verb-target", set()),
    (
        "The Houthis, whom Iran supports, attacked Israel.",
        "another-verb-target",
        {("iran", "05", "houthis", False, A), ("houthis", "19", "israel", False, A)},
    ),
    (
        "Turkey welcomed Finland and criticised Sweden.",
        "another-verb-target",
        {("turkey", "05", "finland", False, A), ("turkey", "11", "sweden", False, A)},
    ),
    (
        "Japan condemned the attack, calling on Iran to release the crew.",
        "another-verb-target",
        {("japan", "02", "iran", False, A)},
    ),
    (
        "France welcomed the vote, urging Russia to withdraw.",
        "another-verb-target",
        {("france", "02", "russia", False, A)},
    ),
    ("Chile condemned the coup, demanding that the junta free Mohamed Bazoum.", "another-verb-target", set()),
    # what is sent or expressed codes the act: words and envoys are diplomacy, goods are aid
    ("Putin sent a letter to Kim Jong Un.", "communication-noun", {("vladimir-putin", "04", "kim-jong-un", False, A)}),
    ("Biden sent an envoy to Israel.", "communication-noun", {("joe-biden", "04", "israel", False, A)}),
    ("Qatar sent a delegation to Egypt.", "communication-noun", {("qatar", "04", "egypt", False, A)}),
    (
        "Macron sent a condolence message to Erdogan after the earthquake.",
        "communication-noun",
        {("emmanuel-macron", "01", "recep-tayyip-erdogan", False, A)},
    ),
    ("Modi expressed solidarity with Morocco.", "communication-noun", {("narendra-modi", "05", "morocco", False, A)}),
    ("Egypt expressed support for Sudan.", "communication-noun", {("egypt", "05", "sudan", False, A)}),
    (
        "Japan expressed its backing for the Philippines.",
        "communication-noun",
        {("japan", "05", "philippines", False, A)},
    ),
    ("Iran sent drones to Russia.", "communication-noun", {("iran", "07", "russia", False, A)}),
    ("Japan sent aid to Turkey.", "communication-noun", {("japan", "07", "turkey", False, A)}),
    # a denial negates the gerund it governs, however the parser attaches it ("denied arming X": acl or xcomp)
    ("The UAE denied arming the RSF.", "denied-gerund", {("united-arab-emirates", "07", "rsf", True, D)}),
    ("Russia denied attacking Ukraine.", "denied-gerund", {("russia", "19", "ukraine", True, D)}),
    ("Rwanda denied backing the M23.", "denied-gerund", {("rwanda", "05", "m23", True, D)}),
    ("China denied helping Russia.", "denied-gerund", {("china", "07", "russia", True, D)}),
    ("Qatar denied funding Hamas.", "denied-gerund", {("qatar", "07", "hamas", True, D)}),
    # an act owned by a nationality and aimed at another actor ("American support for Ukraine"): the owner acts,
    # the target is after "for"/"to", and a promise of it is not yet the act
    (
        "Biden pledged American support for Ukraine.",
        "owned-act",
        {("joe-biden", "03", "ukraine", False, A), ("united-states", "05", "ukraine", False, H)},
    ),
    (
        "Macron promised French aid to Lebanon.",
        "owned-act",
        {("emmanuel-macron", "03", "lebanon", False, A), ("france", "07", "lebanon", False, H)},
    ),
    (
        "Japan offered Japanese assistance to Turkey.",
        "owned-act",
        {("japan", "03", "turkey", False, A), ("japan", "07", "turkey", False, H)},
    ),
    (
        "Scholz pledged German support for Moldova.",
        "owned-act",
        {("olaf-scholz", "03", "moldova", False, A), ("germany", "05", "moldova", False, H)},
    ),
    (
        "Erdogan promised Turkish help for Azerbaijan.",
        "owned-act",
        {("recep-tayyip-erdogan", "03", "azerbaijan", False, A), ("turkey", "07", "azerbaijan", False, H)},
    ),
    # "his X counterpart, NAME": the named person is the argument, and an official of X (not X itself)
    (
        "Lavrov spoke with his Chinese counterpart, Wang Yi.",
        "counterpart",
        {("sergei-lavrov", "04", "wang-yi", False, A), ("wang-yi", "member_of", "china", False, A)},
    ),
    (
        "Macron sent a message to his Turkish counterpart, Recep Tayyip Erdogan.",
        "counterpart",
        {
            ("emmanuel-macron", "04", "recep-tayyip-erdogan", False, A),
            ("recep-tayyip-erdogan", "member_of", "turkey", False, A),
        },
    ),
    (
        "Xi Jinping sent a letter of condolences to his Kenyan counterpart, William Ruto.",
        "counterpart",
        {("xi-jinping", "01", "william-ruto", False, A), ("william-ruto", "member_of", "kenya", False, A)},
    ),
    (
        "Wang Yi met his Russian counterpart, Sergei Lavrov.",
        "counterpart",
        {("wang-yi", "04", "sergei-lavrov", False, A), ("sergei-lavrov", "member_of", "russia", False, A)},
    ),
    (
        "Modi called his Japanese counterpart, Fumio Kishida.",
        "counterpart",
        {("narendra-modi", "04", "fumio-kishida", False, A), ("fumio-kishida", "member_of", "japan", False, A)},
    ),
    # an -ing clause after a comma is the whole clause's, whatever noun the parser hung it from: its subject
    # is the verb's, and the verb's own stance (a rejection, a denial) does not negate it
    ("Iran rejected the report, accusing Israel of lying.", "comma-adjunct", {("iran", "11", "israel", False, A)}),
    (
        "Egypt hosted the talks, urging Israel to accept the deal.",
        "comma-adjunct",
        {("egypt", "02", "israel", False, A)},
    ),
    (
        "Ukraine welcomed the decision, thanking Germany for its help.",
        "comma-adjunct",
        # the help thanked for is Germany's, to the one who thanks
        {("ukraine", "05", "germany", False, A), ("germany", "07", "ukraine", False, A)},
    ),
    (
        "China criticised the visit, warning the United States against provocations.",
        "comma-adjunct",
        {("china", "13", "united-states", False, A)},
    ),
    (
        "Poland closed the border, accusing Belarus of sending migrants.",
        "comma-adjunct",
        {("poland", "11", "belarus", False, A)},
    ),
    # "X said it had ...": the pronoun subject of a reported clause is the reporter (or the state that owns it)
    (
        "Russia's defence ministry said it had struck Ukraine.",
        "reported-pronoun",
        {("russia-government", "19", "ukraine", False, R)},
    ),
    # what an actor says it will do is its stated intent (stated-intent below): a threat, a pledge
    ("Iran said it would punish Israel.", "reported-pronoun", {("iran", "13", "israel", False, A)}),
    ("NATO said it would defend Estonia.", "reported-pronoun", {("nato", "03", "estonia", False, A)}),
    ("Turkey said it had shot down a Russian jet.", "reported-pronoun", {("turkey", "19", "russia", False, R)}),
    ("Hamas said it had fired rockets at Israel.", "reported-pronoun", {("hamas", "19", "israel", False, R)}),
    (
        "The European Union said it would sanction Belarus.",
        "reported-pronoun",
        {("european-union", "13", "belarus", False, A)},
    ),
    # "called X a Y" names X; only what X is called codes it (no phone call), and "on Monday" says when
    (
        "Putin called the blast a terrorist act and blamed Ukraine.",
        "naming",
        {("vladimir-putin", "11", "ukraine", False, A)},
    ),
    ("Iran called Israel a terrorist state.", "naming", {("iran", "11", "israel", False, A)}),
    ("Biden called Putin a war criminal.", "naming", {("joe-biden", "11", "vladimir-putin", False, A)}),
    ("Erdogan called Netanyahu a butcher.", "naming", {("recep-tayyip-erdogan", "11", "benjamin-netanyahu", False, A)}),
    ("Macron called Zelensky on Monday.", "naming", {("emmanuel-macron", "04", "volodymyr-zelenskyy", False, A)}),
    # conjoined clauses with subjects of their own keep their own objects ("A released X, and B freed Y")
    (
        "Russia released two Americans, and the United States freed a Russian spy.",
        "conj-clause",
        {("russia", "08", "united-states", False, A), ("united-states", "08", "russia", False, A)},
    ),
    (
        "Iran armed the Houthis, and Russia supplied Syria.",
        "conj-clause",
        {("iran", "07", "houthis", False, A), ("russia", "07", "syria", False, A)},
    ),
    (
        "Hamas released the captives, and Israel freed Palestinian prisoners.",
        "conj-clause",
        {("israel", "08", "palestine", False, A)},
    ),
    ("Turkey hosted the talks, and Qatar funded Hamas.", "conj-clause", {("qatar", "07", "hamas", False, A)}),
    ("Japan lifted the ban, and China sanctioned Lithuania.", "conj-clause", {("china", "16", "lithuania", False, A)}),
    # an act that a verb of cessation stops is not asserted as happening ("ended its struggle against X")
    ("The PKK ended its armed struggle against Turkey.", "cessation", {("pkk", "19", "turkey", True, A)}),
    ("The United States suspended aid to Ukraine.", "cessation", {("united-states", "16", "ukraine", False, A)}),
    ("Russia halted its offensive against Ukraine.", "cessation", {("russia", "19", "ukraine", True, A)}),
    ("The United States resumed aid to Ukraine.", "cessation", {("united-states", "07", "ukraine", False, A)}),
    ("Israel stopped its strikes on Lebanon.", "cessation", {("israel", "19", "lebanon", True, A)}),
    # a shell noun after a comma sums up the clause before it: the reaction it carries is aimed at that
    # clause's subject ("X did Y, a move Z condemned")
    (
        "Russia annexed four regions of Ukraine, a move the United Nations condemned.",
        "summary-apposition",
        {("russia", "19", "ukraine", False, A), ("united-nations", "11", "russia", False, A)},
    ),
    (
        "India revoked the autonomy of Kashmir, a step Pakistan has rejected.",
        "summary-apposition",
        {("pakistan", "12", "india", False, A)},
    ),
    (
        "China sent warships to the strait, a move Japan criticised on Friday.",
        "summary-apposition",
        {("japan", "11", "china", False, A)},
    ),
    (
        "Kenya deployed police officers to Haiti, a decision welcomed by the United States.",
        "summary-apposition",
        {("kenya", "15", "haiti", False, A), ("united-states", "05", "kenya", False, A)},
    ),
    (
        "Niger expelled the French ambassador, a move that Germany did not condemn.",
        "summary-apposition",
        {("niger", "17", "france", False, A), ("germany", "11", "niger", True, A)},
    ),
    # things hit by force lie in a country: the country is the target ("struck targets in Lebanon")
    ("Israel struck targets in Lebanon overnight.", "struck-in", {("israel", "19", "lebanon", False, A)}),
    ("Russia shelled residential areas in Ukraine.", "struck-in", {("russia", "19", "ukraine", False, A)}),
    ("Turkey bombed oil facilities inside Syria.", "struck-in", {("turkey", "19", "syria", False, A)}),
    (
        "The United States struck weapons depots across Iraq.",
        "struck-in",
        {("united-states", "19", "iraq", False, A)},
    ),
    (
        "Pakistan attacked hideouts in Afghanistan on Monday.",
        "struck-in",
        {("pakistan", "19", "afghanistan", False, A)},
    ),
    # a reaction to another's act is aimed at who acted, not at what the act is about
    (
        "Iran dismissed Germany's concerns about its nuclear programme.",
        "owned-act",
        {("iran", "11", "germany", False, A)},
    ),
    (
        "Hungary rejected Ukraine's request for more weapons.",
        "owned-act",
        {("hungary", "12", "ukraine", False, A), ("ukraine", "02", "hungary", False, A)},
    ),
    # a request, offer, demand, threat or aid comes "from" its maker and is addressed to whoever answers it
    (
        "Germany rejected a demand from Poland for reparations.",
        "addressed-noun",
        {("germany", "12", "poland", False, A), ("poland", "10", "germany", False, A)},
    ),
    ("Egypt responded to a demand from Sudan.", "addressed-noun", {("sudan", "10", "egypt", False, A)}),
    ("Israel ignored threats from Hezbollah.", "addressed-noun", {("hezbollah", "13", "israel", False, A)}),
    ("Somalia accepted an offer of troops from Kenya.", "addressed-noun", {("kenya", "03", "somalia", False, A)}),
    (
        "Serbia refused a request from Russia.",
        "addressed-noun",
        {("serbia", "12", "russia", False, A), ("russia", "02", "serbia", False, A)},
    ),
    (
        "Kyiv welcomed the pledge of aid from Japan.",
        "addressed-noun",
        {("japan", "03", "ukraine", False, A), ("ukraine", "05", "japan", False, A)},
    ),
    # verbs of receiving: the subject gets, "from" names the giver
    ("The Houthis received weapons from Iran.", "receiving", {("iran", "07", "houthis", False, A)}),
    ("Ukraine received aid from the United States.", "receiving", {("united-states", "07", "ukraine", False, A)}),
    ("Syria got support from Russia.", "receiving", {("russia", "05", "syria", False, A)}),
    ("Armenia received arms from Russia.", "receiving", {("russia", "07", "armenia", False, A)}),
    ("Kyiv obtained air defence systems from Germany.", "receiving", {("germany", "07", "ukraine", False, A)}),
    # how an office is held (interim, acting, caretaker, outgoing) is part of the office, not of its owner
    (
        "Acting President Han Duck-soo met Antony Blinken.",
        "tenure-title",
        {("han-duck-soo", "04", "antony-blinken", False, A)},
    ),
    (
        "Interim President Ahmed al-Sharaa visited Turkey.",
        "tenure-title",
        {("ahmed-al-sharaa", "04", "turkey", False, A)},
    ),
    (
        "Acting President Choi Sang-mok criticized North Korea.",
        "tenure-title",
        {("choi-sang-mok", "11", "north-korea", False, A)},
    ),
    (
        "Outgoing President Joe Biden praised Japan.",
        "tenure-title",
        {("joe-biden", "05", "japan", False, A)},
    ),
    (
        "Syria's interim President Ahmed al-Sharaa thanked Qatar.",
        "tenure-title",
        {("ahmed-al-sharaa", "05", "qatar", False, A), ("ahmed-al-sharaa", "leader_of", "syria", False, A)},
    ),
    # a country's office before a name ("Russia's President Vladimir Putin"): the person is the argument, the
    # country is what the person leads, not a second party to the event
    (
        "Trump met Russia's President Vladimir Putin.",
        "possessive-office",
        {("donald-trump", "04", "vladimir-putin", False, A), ("vladimir-putin", "leader_of", "russia", False, A)},
    ),
    (
        "China's President Xi Jinping criticized Japan.",
        "possessive-office",
        {("xi-jinping", "11", "japan", False, A), ("xi-jinping", "leader_of", "china", False, A)},
    ),
    (
        "Erdogan hosted Iran's Foreign Minister Abbas Araghchi.",
        "possessive-office",
        {("recep-tayyip-erdogan", "04", "abbas-araghchi", False, A), ("abbas-araghchi", "member_of", "iran", False, A)},
    ),
    (
        "Macron called Ukraine's President Volodymyr Zelensky.",
        "possessive-office",
        {
            ("emmanuel-macron", "04", "volodymyr-zelenskyy", False, A),
            ("volodymyr-zelenskyy", "leader_of", "ukraine", False, A),
        },
    ),
    (
        "Germany's Chancellor Olaf Scholz visited India.",
        "possessive-office",
        {("olaf-scholz", "04", "india", False, A), ("olaf-scholz", "leader_of", "germany", False, A)},
    ),
    # a verb conjoined to another with an object of its own keeps it; the first verb's object is not shared
    (
        "Modi visited Moscow and praised Putin.",
        "conj-verb",
        {("narendra-modi", "04", "russia", False, A), ("narendra-modi", "05", "vladimir-putin", False, A)},
    ),
    (
        "Lula traveled to Beijing and met Xi Jinping.",
        "conj-verb",
        {("lula", "04", "china", False, A), ("lula", "04", "xi-jinping", False, A)},
    ),
    # a titled name after the verb is its object however the parser attaches it (an oblique with no preposition)
    (
        "Antony Blinken met Chinese President Xi Jinping.",
        "office-title",
        {("antony-blinken", "04", "xi-jinping", False, A), ("xi-jinping", "leader_of", "china", False, A)},
    ),
    (
        "Putin met Indian Prime Minister Narendra Modi.",
        "office-title",
        {("vladimir-putin", "04", "narendra-modi", False, A), ("narendra-modi", "leader_of", "india", False, A)},
    ),
    # who reports another's hostile deed accuses it; not a plan, not a victim, not its own state's deed
    (
        "Seoul said that North Korea violated the armistice.",
        "reported-accusation",
        {("south-korea", "11", "north-korea", False, A)},
    ),
    (
        "Baghdad said that Turkey shelled Iraqi villages.",
        "reported-accusation",
        {("iraq", "11", "turkey", False, A), ("turkey", "19", "iraq", False, R)},
    ),
    (
        "Kyiv said that Russia had refused to release the prisoners.",
        "reported-accusation",
        {("ukraine", "11", "russia", False, A)},
    ),
    ("Israel said that Hezbollah would attack.", "reported-accusation", set()),
    (
        "Ukraine's President Volodymyr Zelenskyy said that Ukraine attacked a Russian airfield.",
        "reported-accusation",
        {("volodymyr-zelenskyy", "leader_of", "ukraine", False, A), ("ukraine", "19", "russia", False, R)},
    ),
    ("Egypt said that three soldiers were killed.", "reported-accusation", set()),
    # the office holders "of" several states, or a group "including" or "such as" named members: each member
    (
        "The leaders of Mali, Burkina Faso and Niger signed a defence pact.",
        "listed-members",
        {
            ("mali", "05", "burkina-faso", False, A),
            ("mali", "05", "niger", False, A),
            ("burkina-faso", "05", "niger", False, A),
        },
    ),
    (
        "The foreign ministers of Egypt and Jordan condemned Israel.",
        "listed-members",
        {("egypt", "11", "israel", False, A), ("jordan", "11", "israel", False, A)},
    ),
    (
        "Israel hosted the foreign ministers of Bahrain and Morocco.",
        "listed-members",
        {("israel", "04", "bahrain", False, A), ("israel", "04", "morocco", False, A)},
    ),
    (
        "Western countries such as France and Britain criticised Iran.",
        "listed-members",
        {("france", "11", "iran", False, A), ("united-kingdom", "11", "iran", False, A)},
    ),
    (
        "Kenya welcomed donors including Japan and Norway.",
        "listed-members",
        {("kenya", "05", "japan", False, A), ("kenya", "05", "norway", False, A)},
    ),
    # an alternative is not a list of parties: only one of them did it
    ("The strike was carried out by Israel or Egypt.", "listed-members", set()),
    # a mediator consults each party of the act it brokers; the parties' own act stays theirs
    (
        "Qatar mediated talks between Israel and Hamas.",
        "mediation",
        {("israel", "04", "hamas", False, A), ("qatar", "04", "israel", False, A), ("qatar", "04", "hamas", False, A)},
    ),
    (
        "The United States brokered a deal between Israel and Lebanon.",
        "mediation",
        {
            ("israel", "05", "lebanon", False, A),
            ("united-states", "04", "israel", False, A),
            ("united-states", "04", "lebanon", False, A),
        },
    ),
    (
        "Armenia and Azerbaijan agreed to a US-brokered ceasefire.",
        "mediation",
        {
            ("armenia", "08", "azerbaijan", False, A),
            ("united-states", "04", "armenia", False, A),
            ("united-states", "04", "azerbaijan", False, A),
        },
    ),
    (
        "The truce between Sudan and South Sudan, brokered by Ethiopia, held.",
        "mediation",
        {
            ("sudan", "08", "south-sudan", False, A),
            ("ethiopia", "04", "sudan", False, A),
            ("ethiopia", "04", "south-sudan", False, A),
        },
    ),
    (
        "A ceasefire between India and Pakistan began after mediation by Saudi Arabia and Iran.",
        "mediation",
        {
            ("india", "08", "pakistan", False, A),
            ("saudi-arabia", "04", "india", False, A),
            ("saudi-arabia", "04", "pakistan", False, A),
            ("iran", "04", "india", False, A),
            ("iran", "04", "pakistan", False, A),
        },
    ),
    (
        "Turkey offered to mediate between Russia and Ukraine.",
        "mediation",
        {("turkey", "03", "russia", False, A), ("turkey", "03", "ukraine", False, A)},  # an offer: intent (03)
    ),
    # an attack noun done by its subject in a country or territory attacks it; not one a verb reacts to
    ("Israel retaliated with air strikes in Syria.", "struck-in", {("israel", "19", "syria", False, A)}),
    ("Turkey carried out strikes in Iraq.", "struck-in", {("turkey", "19", "iraq", False, A)}),
    ("Egypt condemned the attack in Libya.", "struck-in", set()),
    ("Iran launched drones at Israel.", "struck-in", {("iran", "19", "israel", False, A)}),
    # a person presented by a state's possessive or by office words, with the state named in the sentence: the
    # office the gazetteer knows the person held decides leader or member (no article date: any office held)
    (
        "Germany's Olaf Scholz criticized Russia.",
        "known-office",
        {("olaf-scholz", "11", "russia", False, A), ("olaf-scholz", "leader_of", "germany", False, A)},
    ),
    (
        "India's Narendra Modi praised Japan.",
        "known-office",
        {("narendra-modi", "05", "japan", False, A), ("narendra-modi", "leader_of", "india", False, A)},
    ),
    (
        "Brazil's Lula visited China.",
        "known-office",
        {("lula", "04", "china", False, A), ("lula", "leader_of", "brazil", False, A)},
    ),
    (
        "Prime Minister Narendra Modi said that India would buy more oil.",
        "known-office",
        {("narendra-modi", "leader_of", "india", False, A)},
    ),
    (
        "President Recep Tayyip Erdogan said Turkey would block Sweden.",
        "known-office",
        {("recep-tayyip-erdogan", "leader_of", "turkey", False, A), ("turkey", "13", "sweden", False, A)},
    ),
    (
        "President Emmanuel Macron met Vladimir Putin in Russia.",
        "known-office",
        {("emmanuel-macron", "04", "vladimir-putin", False, A)},
    ),
    # the linker reads a body and its office as one group ("Kremlin spokesman"): the group is the owner
    (
        "Kremlin spokesman Dmitry Peskov criticized NATO.",
        "office-in-group",
        {("dmitry-peskov", "11", "nato", False, A), ("dmitry-peskov", "member_of", "russia-government", False, A)},
    ),
    (
        "Pentagon spokesman John Kirby criticized Iran.",
        "office-in-group",
        {
            (person("John Kirby"), "11", "iran", False, A),
            (person("John Kirby"), "member_of", "united-states-government", False, A),
        },
    ),
    (
        "White House spokeswoman Karine Jean-Pierre criticized Russia.",
        "office-in-group",
        {
            (person("Karine Jean-Pierre"), "11", "russia", False, A),
            (person("Karine Jean-Pierre"), "member_of", "united-states-government", False, A),
        },
    ),
    (
        "Kremlin spokesman Dmitry Peskov said that the talks had failed.",
        "office-in-group",
        {("dmitry-peskov", "member_of", "russia-government", False, A)},
    ),
    # a lower-case office word before a name the tagger took for an organisation: a person
    (
        "UN human rights chief Volker Turk criticized Israel.",
        "office-in-group",
        {
            (person("Volker Turk"), "11", "israel", False, A),
            (person("Volker Turk"), "member_of", "united-nations", False, A),
        },
    ),
    # PERSON of (the) PARTY is a member; PARTY of PERSON is the party the person leads
    (
        "Keir Starmer of the Labour Party visited France.",
        "party-of",
        {("keir-starmer", "04", "france", False, A), ("keir-starmer", "member_of", org("Labour Party"), False, A)},
    ),
    (
        "Friedrich Merz of the Christian Democratic Union met Emmanuel Macron.",
        "party-of",
        {
            ("friedrich-merz", "04", "emmanuel-macron", False, A),
            ("friedrich-merz", "member_of", org("Christian Democratic Union"), False, A),
        },
    ),
    (
        "Ana Ruiz of the ruling Freedom Party criticized Chile.",
        "party-of",
        {
            (person("Ana Ruiz"), "11", "chile", False, A),
            (person("Ana Ruiz"), "member_of", org("Freedom Party"), False, A),
        },
    ),
    (
        "Lai Ching-te of the Democratic Progressive Party criticized China.",
        "party-of",
        {
            ("lai-ching-te", "11", "china", False, A),
            ("lai-ching-te", "member_of", org("Democratic Progressive Party"), False, A),
        },
    ),
    (
        "The Labour Party of Rosa Lind lost the election.",
        "party-of",
        {(person("Rosa Lind"), "leader_of", org("Labour Party"), False, A)},
    ),
    (
        "The Pakistan Muslim League of Nawaz Sharif criticized India.",
        "party-of",
        {
            (org("Pakistan Muslim League"), "11", "india", False, A),
            ("nawaz-sharif", "leader_of", org("Pakistan Muslim League"), False, A),
        },
    ),
    # a speaker saying an actor, or its act, is guilty, unlawful or hostile accuses it (11); not when the clause
    # denies it, not for praise, and "responsible" only for a harm
    (
        "Poland said that Russia was responsible for the attack.",
        "reported-blame",
        {("poland", "11", "russia", False, A)},
    ),
    (
        "Ukraine said that Russia bore full responsibility for the disaster.",
        "reported-blame",
        {("ukraine", "11", "russia", False, A)},
    ),
    (
        "The United States said that Venezuela's move had been unconstitutional.",
        "reported-blame",
        {("united-states", "11", "venezuela", False, A)},
    ),
    ("Japan said that China's response was an overreaction.", "reported-blame", {("japan", "11", "china", False, A)}),
    ("Armenia said that Azerbaijan was the aggressor.", "reported-blame", {("armenia", "11", "azerbaijan", False, A)}),
    ("Germany said that Iran was not responsible for the blast.", "reported-blame", set()),
    ("Kenya said that Somalia was a reliable partner.", "reported-blame", set()),
    ("Nigeria said that the army was responsible for security in the north.", "reported-blame", set()),
    # two titled names joined by "and" are two subjects, even when the parser reads the first as a modifier of the
    # second; a country's possessive alone before a name presents the person, who is the argument
    (
        "China's President Xi Jinping and India's Prime Minister Narendra Modi congratulated Putin.",
        "folded-conjuncts",
        {
            ("xi-jinping", "05", "vladimir-putin", False, A),
            ("narendra-modi", "05", "vladimir-putin", False, A),
            ("xi-jinping", "leader_of", "china", False, A),
            ("narendra-modi", "leader_of", "india", False, A),
        },
    ),
    (
        "Russian President Vladimir Putin and Chinese President Xi Jinping congratulated Lula.",
        "folded-conjuncts",
        {
            ("vladimir-putin", "05", "lula", False, A),
            ("xi-jinping", "05", "lula", False, A),
            ("vladimir-putin", "leader_of", "russia", False, A),
            ("xi-jinping", "leader_of", "china", False, A),
        },
    ),
    (
        "Britain's Keir Starmer and France's Emmanuel Macron met Volodymyr Zelenskyy.",
        "folded-conjuncts",
        {
            ("keir-starmer", "04", "volodymyr-zelenskyy", False, A),
            ("emmanuel-macron", "04", "volodymyr-zelenskyy", False, A),
            ("keir-starmer", "leader_of", "united-kingdom", False, A),
            ("emmanuel-macron", "leader_of", "france", False, A),
        },
    ),
    (
        "Iran and Russia's President Vladimir Putin criticized Israel.",
        "folded-conjuncts",
        {
            ("iran", "11", "israel", False, A),
            ("vladimir-putin", "11", "israel", False, A),
            ("vladimir-putin", "leader_of", "russia", False, A),
        },
    ),
    (
        "Trump met Britain's Keir Starmer and France's Emmanuel Macron.",
        "folded-conjuncts",
        {
            ("donald-trump", "04", "keir-starmer", False, A),
            ("donald-trump", "04", "emmanuel-macron", False, A),
            ("keir-starmer", "leader_of", "united-kingdom", False, A),
            ("emmanuel-macron", "leader_of", "france", False, A),
        },
    ),
    ("Trump praised Russia's economy.", "folded-conjuncts", {("donald-trump", "05", "russia", False, A)}),
    # titled names joined by "and" as the subject of a mutual verb: the parser folds one into the other's phrase
    (
        "Chinese President Xi Jinping and Russian President Vladimir Putin met in Beijing.",
        "folded-conjuncts",
        {
            ("xi-jinping", "04", "vladimir-putin", False, A),
            ("xi-jinping", "leader_of", "china", False, A),
            ("vladimir-putin", "leader_of", "russia", False, A),
        },
    ),
    (
        "US President Joe Biden and Chinese President Xi Jinping met at an estate in California.",
        "folded-conjuncts",
        {
            ("joe-biden", "04", "xi-jinping", False, A),
            ("joe-biden", "leader_of", "united-states", False, A),
            ("xi-jinping", "leader_of", "china", False, A),
        },
    ),
    # a finite verb the tagger marked as an adjective (Penn VBD, coarse ADJ) is still a verb for the window
    (
        "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the cosmodrome.",
        "folded-conjuncts",
        {
            ("kim-jong-un", "04", "vladimir-putin", False, A),
            ("kim-jong-un", "leader_of", "north-korea", False, A),
            ("vladimir-putin", "leader_of", "russia", False, A),
        },
    ),
    # force aimed at a state, or at places inside one
    ("Russia fired dozens of missiles at cities across Ukraine.", "struck-in", {("russia", "19", "ukraine", False, A)}),
    ("Iran fired rockets towards Israel.", "struck-in", {("iran", "19", "israel", False, A)}),
    ("Russia fired missiles at Kharkiv.", "struck-in", {("russia", "19", "ukraine", False, A)}),
    ("North Korea fired a missile into the sea near Japan.", "struck-in", set()),
    # an act stated with "will" or "would" is the intent (CAMEO 03 to cooperate, 13 to threaten), asserted;
    # "could" and wishes stay hypothetical acts; a negated intent stays the negated act
    ("Germany said it would send tanks to Ukraine.", "stated-intent", {("germany", "03", "ukraine", False, A)}),
    ("Japan will host Narendra Modi next week.", "stated-intent", {("japan", "03", "narendra-modi", False, A)}),
    ("Iran said it would strike Israel.", "stated-intent", {("iran", "13", "israel", False, A)}),
    (
        "The United States said it would impose sanctions on Iran.",
        "stated-intent",
        {("united-states", "13", "iran", False, A)},
    ),
    ("The EU will hold talks with China.", "stated-intent", {("european-union", "03", "china", False, A)}),
    ("Russia could attack Moldova.", "stated-intent", {("russia", "19", "moldova", False, H)}),
    ("Turkey said it would not block Sweden.", "stated-intent", {("turkey", "17", "sweden", True, H)}),
    # "him"/"her" as an object is never its own clause's subject: the other person of the window
    (
        "Lula won the election in Brazil. US President Joe Biden congratulated him.",
        "object-pronoun",
        {("joe-biden", "05", "lula", False, A), ("joe-biden", "leader_of", "united-states", False, A)},
    ),
    (
        "Claudia Sheinbaum won the vote. Joe Biden congratulated her.",
        "object-pronoun",
        {("joe-biden", "05", "claudia-sheinbaum", False, A)},
    ),
    (
        "Keir Starmer arrived in Kyiv. Volodymyr Zelenskyy thanked him.",
        "object-pronoun",
        {("volodymyr-zelenskyy", "05", "keir-starmer", False, A)},
    ),
    ("Angela Merkel praised her party.", "object-pronoun", set()),
    # two people before a subject pronoun: the previous sentence's subject carries on ("He": Biden), and the
    # object pronoun is the other person
    (
        "Joe Biden met Emmanuel Macron. He praised him.",
        "object-pronoun",
        {("joe-biden", "04", "emmanuel-macron", False, A), ("joe-biden", "05", "emmanuel-macron", False, A)},
    ),
    # verbs that judge or answer someone for a deed: the actor right after the verb, before "of"/"for"/"over",
    # is the one charged, thanked or warned, however the tagger read the words after it
    (
        "Sudan accused the UAE of arming the rebels.",
        "charge-frame",
        {("sudan", "11", "united-arab-emirates", False, A), ("united-arab-emirates", "07", "group-rebels", False, R)},
    ),
    ("Poland blamed Belarus for the migrant crossings.", "charge-frame", {("poland", "11", "belarus", False, A)}),
    ("Japan thanked Australia for its rescue teams.", "charge-frame", {("japan", "05", "australia", False, A)}),
    ("Germany warned Iran against enriching uranium.", "charge-frame", {("germany", "13", "iran", False, A)}),
    ("Canada criticised India over the killing.", "charge-frame", {("canada", "11", "india", False, A)}),
    ("Turkey congratulated Azerbaijan on the peace deal.", "charge-frame", {("turkey", "05", "azerbaijan", False, A)}),
    # a state's presidential election won, or an office become: the winner leads the state
    (
        "Javier Milei won Argentina's presidential election.",
        "won-office",
        {("javier-milei", "leader_of", "argentina", False, A)},
    ),
    (
        "Ana Ruiz won the presidential run-off in Chile.",
        "won-office",
        {(person("Ana Ruiz"), "leader_of", "chile", False, A)},
    ),
    (
        "Karl Brenner won the presidency of Austria.",
        "won-office",
        {(person("Karl Brenner"), "leader_of", "austria", False, A)},
    ),
    (
        "Lena Holt became Norway's prime minister.",
        "won-office",
        {(person("Lena Holt"), "leader_of", "norway", False, A)},
    ),
    (
        "Annalena Baerbock became foreign minister of Germany.",
        "won-office",
        {("annalena-baerbock", "member_of", "germany", False, A)},
    ),
    ("The Labour Party won Britain's parliamentary election.", "won-office", set()),
    # the kind of leader ("political", "spiritual") is no part of the owner, and a rank after the office
    # ("chief General X") is how the holder is addressed: both still lead
    (
        "Hamas political leader Yusuf Adel was killed in Doha.",
        "leadership-kind",
        {(person("Yusuf Adel"), "leader_of", "hamas", False, A)},
    ),
    (
        "Tibet's spiritual leader Tenzin Norbu visited India.",
        "leadership-kind",
        {(person("Tenzin Norbu"), "04", "india", False, A)},
    ),
    (
        "Sudan's army chief General Omar Salih visited Egypt.",
        "leadership-kind",
        {
            (person("Omar Salih"), "04", "egypt", False, A),
            (person("Omar Salih"), "leader_of", "sudan-military", False, A),
        },
    ),
    (
        "Niger's junta leader General Ali Sani met Russian officials.",
        "leadership-kind",
        {
            (person("Ali Sani"), "04", "russia-government", False, A),
            (person("Ali Sani"), "leader_of", "niger-government", False, A),
        },
    ),
    (
        "Hezbollah's political leader Karim Nasser met Iranian officials.",
        "leadership-kind",
        {
            (person("Karim Nasser"), "04", "iran-government", False, A),
            (person("Karim Nasser"), "leader_of", "hezbollah", False, A),
        },
    ),
    (
        "UNRWA chief Paul Mercier said the agency would close schools.",
        "leadership-kind",
        {(person("Paul Mercier"), "leader_of", "unrwa", False, A)},
    ),
    # a titled name right before a finite verb with no subject in the parse (the name hung on the verb as
    # "aux" or "compound") is the verb's subject, also for a verb conjoined after it
    (
        "South Korean President Yoon Suk Yeol visited Tokyo on Monday and met Japanese Prime Minister Fumio Kishida.",
        "misread-subject",
        {
            ("yoon-suk-yeol", "04", "japan", False, A),
            ("yoon-suk-yeol", "04", "fumio-kishida", False, A),
            ("yoon-suk-yeol", "leader_of", "south-korea", False, A),
            ("fumio-kishida", "leader_of", "japan", False, A),
        },
    ),
    (
        "Colombian President Gustavo Petro criticised the United States.",
        "misread-subject",
        {("gustavo-petro", "11", "united-states", False, A), ("gustavo-petro", "leader_of", "colombia", False, A)},
    ),
    (
        "Turkish President Recep Tayyip Erdogan hosted Vladimir Putin in Ankara.",
        "misread-subject",
        {
            ("recep-tayyip-erdogan", "04", "vladimir-putin", False, A),
            ("recep-tayyip-erdogan", "leader_of", "turkey", False, A),
        },
    ),
    (
        "Indian Prime Minister Narendra Modi visited Moscow and praised Russia.",
        "misread-subject",
        {
            ("narendra-modi", "04", "russia", False, A),
            ("narendra-modi", "05", "russia", False, A),
            ("narendra-modi", "leader_of", "india", False, A),
        },
    ),
    (
        "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing.",
        "misread-subject",
        {
            ("william-ruto", "04", "xi-jinping", False, A),
            ("william-ruto", "leader_of", "kenya", False, A),
            ("xi-jinping", "leader_of", "china", False, A),
        },
    ),
    # force named by a noun does what its owner does: "Israeli strikes hit Gaza" (Israel struck); the nationality
    # before a compound ("Russian missile attack") modifies the whole noun; other acts stay events of their own
    ("Israeli strikes hit Gaza overnight.", "force-owner", {("israel", "19", "palestine", False, A)}),
    (
        "Russian missile attacks destroyed power plants in Ukraine.",
        "force-owner",
        {("russia", "19", "ukraine", False, A)},
    ),
    ("Russia's shelling killed five civilians.", "force-owner", {("russia", "20", "group-civilians", False, A)}),
    (
        "The blast happened during a large Russian missile attack on Ukraine.",
        "force-owner",
        {("russia", "19", "ukraine", False, A)},
    ),
    ("Dozens died in an Israeli air strike on Beirut.", "force-owner", {("israel", "19", "lebanon", False, A)}),
    ("Iran's supply of drones worried Kyiv.", "force-owner", set()),
    # leaving an organisation reduces relations with it (CAMEO 16), leaving a place does not; every conjunct
    # of a list leaves, also one hung on the last word of a two-word name
    (
        "Mali, Burkina Faso and Niger left ECOWAS.",
        "leaving-organisation",
        {
            ("mali", "16", "ecowas", False, A),
            ("burkina-faso", "16", "ecowas", False, A),
            ("niger", "16", "ecowas", False, A),
        },
    ),
    (
        "Burkina Faso withdrew from the International Criminal Court.",
        "leaving-organisation",
        {("burkina-faso", "16", "icc", False, A)},
    ),
    ("The United States pulled out of the WHO.", "leaving-organisation", {("united-states", "16", "who", False, A)}),
    (
        "Hungary quit the International Criminal Court.",
        "leaving-organisation",
        {("hungary", "16", "icc", False, A)},
    ),
    (
        "Nicaragua left the Organization of American States.",
        "leaving-organisation",
        {("nicaragua", "16", "oas", False, A)},
    ),
    (
        "Russian troops withdrew from Kherson.",
        "leaving-organisation",
        {("russia-military", "08", "ukraine", False, A)},
    ),
    # ending or suspending cooperation reduces relations (CAMEO 16: 161-164), asserted; ending force stays a
    # negated act of force
    (
        "Chad ended its defence cooperation agreement with France.",
        "ended-cooperation",
        {("chad", "16", "france", False, A)},
    ),
    ("Iran suspended its cooperation with the IAEA.", "ended-cooperation", {("iran", "16", "iaea", False, A)}),
    (
        "Niger ended its military agreement with the United States.",
        "ended-cooperation",
        {("niger", "16", "united-states", False, A)},
    ),
    ("Ethiopia suspended talks with Egypt.", "ended-cooperation", {("ethiopia", "16", "egypt", False, A)}),
    ("Turkey ended its offensive against the PKK.", "ended-cooperation", {("turkey", "19", "pkk", True, A)}),
    # a city or region named as a party to an event stands for its state (CAMEO codes a city by its country)
    ("Russian drones struck Odesa overnight.", "place-as-party", {("russia", "19", "ukraine", False, A)}),
    ("Israel bombed Rafah on Tuesday.", "place-as-party", {("israel", "19", "palestine", False, A)}),
    ("Ukraine attacked Belgorod with drones.", "place-as-party", {("ukraine", "19", "russia", False, A)}),
    ("Turkish jets bombed Afrin.", "place-as-party", {("turkey-military", "19", "syria", False, A)}),
    ("The Houthis fired missiles at Haifa.", "place-as-party", {("houthis", "19", "israel", False, A)}),
    ("Turkish forces shelled Afrin.", "place-as-party", {("turkey-military", "19", "syria", False, A)}),
    ("Russia shelled Kherson on Sunday.", "place-as-party", {("russia", "19", "ukraine", False, A)}),
    # adjuncts of time or circumstance ("before", "after", "amid", "despite") name no party of the act
    (
        "Emmanuel Macron met Olaf Scholz in Paris after talks with Joe Biden.",
        "circumstance-adjunct",
        {("emmanuel-macron", "04", "olaf-scholz", False, A)},
    ),
    (
        "Xi Jinping and Vladimir Putin met in Beijing before the opening of the Asian Games.",
        "circumstance-adjunct",
        {("xi-jinping", "04", "vladimir-putin", False, A)},
    ),
    (
        "India and Pakistan agreed to a ceasefire amid pressure from the United States.",
        "circumstance-adjunct",
        {("india", "08", "pakistan", False, A)},
    ),
    (
        "Japan praised South Korea despite objections from China.",
        "circumstance-adjunct",
        {("japan", "05", "south-korea", False, A)},
    ),
    (
        "Kenya criticised Somalia during a visit by Ethiopia's foreign minister.",
        "circumstance-adjunct",
        {("kenya", "11", "somalia", False, A)},
    ),
    # an event noun conjoined after the light verb's object stands where that object stands ("carried out air and
    # missile strikes": the parse makes "air" the object and "strikes" its conjunct)
    (
        "Britain carried out air and naval strikes on Houthi positions.",
        "conjoined-event-noun",
        {("united-kingdom", "19", "houthis", False, A)},
    ),
    (
        "Iran launched drone and missile attacks on Israel.",
        "conjoined-event-noun",
        {("iran", "19", "israel", False, A)},
    ),
    (
        "Russia launched artillery and rocket attacks on Ukraine.",
        "conjoined-event-noun",
        {("russia", "19", "ukraine", False, A)},
    ),
    (
        "The United States and Britain carried out air and missile strikes on Houthi targets.",
        "conjoined-event-noun",
        {("united-states", "19", "houthis", False, A), ("united-kingdom", "19", "houthis", False, A)},
    ),
    (
        "Israel launched air and ground assaults against Hamas.",
        "conjoined-event-noun",
        {("israel", "19", "hamas", False, A)},
    ),
    # an act noun that a verb of force hits is what is attacked: the attacker does not hold the meeting
    ("Israel struck a meeting of Hamas leaders.", "attacked-act-noun", {("israel", "19", "hamas", False, A)}),
    ("Ukraine struck a meeting of Russian generals.", "attacked-act-noun", {("ukraine", "19", "russia", False, A)}),
    ("Russia bombed a meeting of Ukrainian officers.", "attacked-act-noun", {("russia", "19", "ukraine", False, A)}),
    (
        "The United States targeted a meeting of Houthi leaders.",
        "attacked-act-noun",
        {("united-states", "19", "houthis", False, A)},
    ),
    (
        "Russia bombed the peace talks between Ukraine and Turkey.",
        "attacked-act-noun",
        {
            ("ukraine", "04", "turkey", False, A),
            ("russia", "19", "ukraine", False, A),
            ("russia", "19", "turkey", False, A),
        },
    ),
    # an adjunct introduced by "without" is an act not done: the matrix subject did not do it
    (
        "The Security Council called for an end to the fighting without blaming Russia.",
        "negating-adjunct",
        {("un-security-council", "11", "russia", True, A)},
    ),
    ("Turkey approved the sale without consulting Greece.", "negating-adjunct", {("turkey", "04", "greece", True, A)}),
    (
        "Italy signed the declaration without criticising China.",
        "negating-adjunct",
        {("italy", "11", "china", True, A)},
    ),
    (
        "Kenya sent troops to Haiti without consulting the United States.",
        "negating-adjunct",
        {("kenya", "07", "haiti", False, A), ("kenya", "04", "united-states", True, A)},
    ),
    (
        "Brazil joined the statement without condemning Russia.",
        "negating-adjunct",
        {("brazil", "11", "russia", True, A)},
    ),
    # an act noun whose verb says it did not take place: cancelled, postponed, called off, did not take place;
    # its own parties did not meet, and the canceller does not act on them
    (
        "Jordan cancelled a planned summit between Egypt and Qatar.",
        "unrealised-act",
        {("egypt", "04", "qatar", True, A)},
    ),
    (
        "The planned talks between Serbia and Kosovo were postponed.",
        "unrealised-act",
        {("serbia", "04", "kosovo", True, A)},
    ),
    (
        "Oman said that talks between Iran and Britain would not take place.",
        "unrealised-act",
        {("iran", "04", "united-kingdom", True, H)},
    ),
    (
        "Egypt called off the summit between Israel and Hamas.",
        "unrealised-act",
        {("israel", "04", "hamas", True, A)},
    ),
    (
        "Ghana postponed the meeting between Togo and Benin.",
        "unrealised-act",
        {("togo", "04", "benin", True, A)},
    ),
    (
        "The talks between India and Pakistan did not take place.",
        "unrealised-act",
        {("india", "04", "pakistan", True, A)},
    ),
    (
        "Talks between Armenia and Azerbaijan took place in Almaty.",
        "unrealised-act",
        {("armenia", "04", "azerbaijan", False, A)},
    ),
    # a reciprocal object: each conjoined subject acts on the other (once a pair for consult, cooperate, fight)
    (
        "Russia and Ukraine blamed each other for the shelling.",
        "reciprocal-object",
        {("russia", "11", "ukraine", False, A), ("ukraine", "11", "russia", False, A)},
    ),
    (
        "India and Pakistan accused one another of violating the ceasefire.",
        "reciprocal-object",
        {("india", "11", "pakistan", False, A), ("pakistan", "11", "india", False, A)},
    ),
    (
        "Armenia and Azerbaijan recognised each other's territorial integrity.",
        "reciprocal-object",
        {("armenia", "05", "azerbaijan", False, A), ("azerbaijan", "05", "armenia", False, A)},
    ),
    (
        "Serbia and Croatia criticised each other.",
        "reciprocal-object",
        {("serbia", "11", "croatia", False, A), ("croatia", "11", "serbia", False, A)},
    ),
    (
        "Sudan and Chad did not recognise each other.",
        "reciprocal-object",
        {("sudan", "05", "chad", True, A), ("chad", "05", "sudan", True, A)},
    ),
    # naming someone, or their act, with a word of blame criticises them; with a word of praise, praises them
    ("Beijing called Lai a dangerous troublemaker.", "naming-judgement", {("china", "11", person("Lai"), False, A)}),
    (
        "Moscow called the German decision extremely dangerous.",
        "naming-judgement",
        {("russia", "11", "germany", False, A)},
    ),
    ("Biden called Saudi Arabia a pariah.", "naming-judgement", {("joe-biden", "11", "saudi-arabia", False, A)}),
    ("Iran described Israel as a rogue state.", "naming-judgement", {("iran", "11", "israel", False, A)}),
    (
        "Kyiv called Russia's strike a violation of international law.",
        "naming-judgement",
        {("ukraine", "11", "russia", False, A)},
    ),
    ("Turkey called the Greek move a provocation.", "naming-judgement", {("turkey", "11", "greece", False, A)}),
    ("Biden called Zelenskyy a hero.", "naming-judgement", {("joe-biden", "05", "volodymyr-zelenskyy", False, A)}),
    ("He called the attack on Ukraine a tragedy.", "naming-judgement", set()),
    # a noun of disapproval aimed at an act with a maker: the speaker disapproves of the maker
    (
        "Poland voiced concern about Belarusian troop movements.",
        "stated-disapproval",
        {("poland", "11", "belarus", False, A)},
    ),
    (
        "Germany expressed outrage over the Russian strike.",
        "stated-disapproval",
        {("germany", "11", "russia", False, A)},
    ),
    (
        "Canada expressed disappointment with India's response.",
        "stated-disapproval",
        {("canada", "11", "india", False, A)},
    ),
    ("Blinken raised concerns about Taiwan.", "stated-disapproval", set()),
    ("The United Nations expressed concern over the humanitarian situation.", "stated-disapproval", set()),
    # an office given "as": the appointee holds it, of the office's owner or of who gives it
    (
        "Hamas named Yahya Sinwar as its new leader.",
        "appointed-office",
        {(person("Yahya Sinwar"), "leader_of", "hamas", False, A)},
    ),
    (
        "Lebanon's parliament elected Joseph Aoun as president.",
        "appointed-office",
        {("joseph-aoun", "leader_of", "lebanon", False, A)},
    ),
    (
        "Niger's junta named Ali Lamine Zeine as prime minister.",
        "appointed-office",
        {("ali-lamine-zeine", "leader_of", "niger", False, A)},
    ),
    (
        "Kenya's president appointed Musalia Mudavadi as foreign minister.",
        "appointed-office",
        {("musalia-mudavadi", "member_of", "kenya", False, A)},
    ),
    (
        "Iran appointed Abbas Araghchi as foreign minister.",
        "appointed-office",
        {("abbas-araghchi", "member_of", "iran", False, A)},
    ),
    (
        "The junta appointed Ali Lamine Zeine as prime minister of Niger.",
        "appointed-office",
        {("ali-lamine-zeine", "leader_of", "niger", False, A)},
    ),
    # who attends or joins a meeting another holds meets its host; joining a summit is no membership
    (
        "Bashar al-Assad attended the Arab League summit in Jeddah.",
        "attended-meeting",
        {("bashar-al-assad", "04", "arab-league", False, A)},
    ),
    (
        "Iran joined the Shanghai Cooperation Organisation summit.",
        "attended-meeting",
        {("iran", "04", "sco", False, A)},
    ),
    (
        "Narendra Modi attended the BRICS summit in Kazan.",
        "attended-meeting",
        {("narendra-modi", "04", "brics", False, A)},
    ),
    ("Turkey attended the NATO summit in Vilnius.", "attended-meeting", {("turkey", "04", "nato", False, A)}),
    ("Egypt attended the African Union summit.", "attended-meeting", {("egypt", "04", "african-union", False, A)}),
    # one person winning over another is a contest (an election), no act of force; armies defeat each other by force
    ("Joe Biden defeated Donald Trump in the election.", "contest-not-force", set()),
    ("Lula beat Jair Bolsonaro in the election.", "contest-not-force", set()),
    ("Nicusor Dan defeated George Simion.", "contest-not-force", set()),
    (
        "The Ukrainian army defeated Russian forces near Kharkiv.",
        "contest-not-force",
        {("ukraine-military", "19", "russia-military", False, A)},
    ),
    ("Ethiopia defeated the Tigrayan rebels.", "contest-not-force", {("ethiopia", "19", "group-rebels", False, A)}),
    # an act of force the subjects react to is not theirs; one they fight or wage is
    ("Egypt, Saudi Arabia and Qatar condemned the incursion.", "reacted-force-noun", set()),
    ("France and Germany condemned the attack.", "reacted-force-noun", set()),
    ("Chile and Peru criticised the invasion.", "reacted-force-noun", set()),
    (
        "Armenia and Azerbaijan fought a war over Karabakh.",
        "reacted-force-noun",
        {("armenia", "19", "azerbaijan", False, A)},
    ),
    ("India and Pakistan waged a war in 1971.", "reacted-force-noun", {("india", "19", "pakistan", False, A)}),
    # conjoined subjects act with each other only by a verb of social interaction or by making a joint act;
    # otherwise each acts alone
    ("The United States, Britain and Saudi Arabia welcomed the deal.", "each-alone", set()),
    ("Australia, Bahrain and Canada provided support.", "each-alone", set()),
    ("Japan and South Korea praised the decision.", "each-alone", set()),
    (
        "Spain and Portugal welcomed Morocco's decision.",
        "each-alone",
        {("spain", "05", "morocco", False, A), ("portugal", "05", "morocco", False, A)},
    ),
    ("Saudi Arabia and Iran restored diplomatic relations.", "each-alone", {("saudi-arabia", "05", "iran", False, A)}),
    ("India and Pakistan met in Tashkent.", "each-alone", {("india", "04", "pakistan", False, A)}),
    # leaving a place, or naming something, makes no contact (no 04 or 01); a call to someone does
    ("IAEA inspectors left Iran two days later.", "no-contact", set()),
    ("Paul-Henri Damiba left for Togo.", "no-contact", set()),
    ("India launched strikes, calling the operation Sindoor.", "no-contact", set()),
    ("Somalia considers Somaliland part of its territory.", "no-contact", set()),
    ("Macron called Putin on Friday.", "no-contact", {("emmanuel-macron", "04", "vladimir-putin", False, A)}),
    ("Japan regards China as a threat.", "no-contact", {("japan", "11", "china", False, A)}),
    # a reported clause that blames its subject, or the maker of the act its subject names: a word of blame said
    # of it, a blameworthy manner of acting, a harm it is behind; not a state it undergoes, nor a place it is in
    (
        "Poland said Belarus had behaved recklessly on the border.",
        "reported-conduct",
        {("poland", "11", "belarus", False, A)},
    ),
    ("Ukraine said Russia was lying about the dam.", "reported-conduct", {("ukraine", "11", "russia", False, A)}),
    ("Berlin said Moscow was behind the cyberattack.", "reported-conduct", {("germany", "11", "russia", False, A)}),
    ("Iran said Israel was a threat to the region.", "reported-conduct", {("iran", "11", "israel", False, A)}),
    ("Israel said the Hamas attack was a war crime.", "reported-conduct", {("israel", "11", "hamas", False, A)}),
    ("The UN said Sudan was worried about the refugees.", "reported-conduct", set()),
    ("Ukraine said Russia had suffered heavy losses.", "reported-conduct", set()),
    ("China said the Philippines was in crisis.", "reported-conduct", set()),
    ("Kyiv said Moscow was behind the talks.", "reported-conduct", set()),
    ("India said Pakistan had acted responsibly.", "reported-conduct", set()),
    # a verb of attitude whose object is a gerund: the gerund's owner is the target
    ("Estonia denounced Russia's jamming of the signals.", "gerund-owner", {("estonia", "11", "russia", False, A)}),
    (
        "The UN criticised Israel's blocking of aid convoys.",
        "gerund-owner",
        {("united-nations", "11", "israel", False, A)},
    ),
    ("France welcomed Ghana's hosting of the talks.", "gerund-owner", {("france", "05", "ghana", False, A)}),
    ("Brazil praised Chile's handling of the crisis.", "gerund-owner", {("brazil", "05", "chile", False, A)}),
    ("China condemned Japan's dumping of the water.", "gerund-owner", {("china", "11", "japan", False, A)}),
    # a mandative that-clause: the one asked is its subject; what is asked for is not done
    (
        "Armenia demanded that Azerbaijan reopen the corridor.",
        "mandative-clause",
        {("armenia", "10", "azerbaijan", False, A)},
    ),
    ("Serbia demanded that Kosovo release the officers.", "mandative-clause", {("serbia", "10", "kosovo", False, A)}),
    ("China urged that Japan halt the release.", "mandative-clause", {("china", "02", "japan", False, A)}),
    (
        "Iran demanded that the IAEA close the file.",
        "mandative-clause",
        {("iran", "10", "iaea", False, A)},
    ),
    ("Russia insisted that NATO had expanded.", "mandative-clause", set()),
    # kept from an act: prevented, it did not happen; warned against, it may not
    ("Egypt prevented Hamas from smuggling weapons.", "kept-from", {("egypt", "12", "hamas", False, A)}),
    (
        "The United States warned China against arming Russia.",
        "kept-from",
        {("united-states", "13", "china", False, A), ("china", "07", "russia", False, H)},
    ),
    (
        "France warned Serbia against attacking Kosovo.",
        "kept-from",
        {("france", "13", "serbia", False, A), ("serbia", "19", "kosovo", False, H)},
    ),
    (
        "Britain warned Iran against arming Russia.",
        "kept-from",
        {("united-kingdom", "13", "iran", False, A), ("iran", "07", "russia", False, H)},
    ),
    (
        "Germany urged Israel to resume talks with Hamas.",
        "kept-from",
        {("germany", "02", "israel", False, A), ("israel", "04", "hamas", False, H)},
    ),
    # a weapon fired by an actor: what the weapon hits, the firer hits; "from X" is where it came from
    ("Rockets fired by Hamas struck Ashkelon.", "weapon-firer", {("hamas", "19", "israel", False, A)}),
    ("A drone launched by the Houthis hit Eilat.", "weapon-firer", {("houthis", "19", "israel", False, A)}),
    ("Hezbollah fired rockets from Lebanon at Israel.", "weapon-firer", {("hezbollah", "19", "israel", False, A)}),
    ("Missiles fired from Russia hit Kharkiv.", "weapon-firer", set()),
    ("Russia launched missiles from Belarus at Kyiv.", "weapon-firer", {("russia", "19", "ukraine", False, A)}),
    # a protest at a building: aimed at whoever holds it
    (
        "Hezbollah supporters demonstrated outside the US embassy.",
        "protest-site",
        {("hezbollah", "14", "united-states-government", False, A)},
    ),
    (
        "Students protested outside the Russian embassy.",
        "protest-site",
        {("group-education", "14", "russia-government", False, A)},
    ),
    (
        "Iranian students protested in front of the British embassy.",
        "protest-site",
        {("iran-education", "14", "united-kingdom-government", False, A)},
    ),
    (
        "Serbian students marched against the Serbian government.",
        "protest-site",
        {("serbia-education", "14", "serbia-government", False, A)},
    ),
    ("Thousands protested in Paris.", "protest-site", set()),
    # using weapons against an actor: force (19), chemical agents mass violence (20)
    (
        "Syrian forces used chlorine gas against the rebels.",
        "used-weapon",
        {("syria-military", "20", "group-rebels", False, A)},
    ),
    ("Israel used drones against Hamas.", "used-weapon", {("israel", "19", "hamas", False, A)}),
    (
        "Russia used the toxic chemical CS against Ukrainian troops.",
        "used-weapon",
        {("russia", "20", "ukraine-military", False, A)},
    ),
    ("Ukraine used missiles against Russian ships.", "used-weapon", {("ukraine", "19", "russia", False, A)}),
    ("The police used tear gas against protesters.", "used-weapon", set()),
    # a title right before a named object: the person is the object, not the body in the title
    (
        "Israel killed Hamas political chief Ismail Haniyeh.",
        "titled-object",
        {("israel", "19", "ismail-haniyeh", False, A), ("ismail-haniyeh", "leader_of", "hamas", False, A)},
    ),
    (
        "Erdogan met Russian President Vladimir Putin in Sochi.",
        "titled-object",
        {
            ("recep-tayyip-erdogan", "04", "vladimir-putin", False, A),
            ("vladimir-putin", "leader_of", "russia", False, A),
        },
    ),
    (
        "Biden met Kenyan President William Ruto.",
        "titled-object",
        {("joe-biden", "04", "william-ruto", False, A), ("william-ruto", "leader_of", "kenya", False, A)},
    ),
    (
        "Putin hosted Chinese President Xi Jinping in Moscow.",
        "titled-object",
        {("vladimir-putin", "04", "xi-jinping", False, A), ("xi-jinping", "leader_of", "china", False, A)},
    ),
    # modifiers joined by "and": each an actor, and a mutual act between them
    (
        "Chinese and Indian troops clashed in the Galwan Valley.",
        "coordinated-modifiers",
        {("india-military", "19", "china", False, A)},
    ),
    (
        "Russian and Ukrainian delegations met in Istanbul.",
        "coordinated-modifiers",
        {("russia", "04", "ukraine", False, A)},
    ),
    (
        "Israeli and Egyptian officials met in Cairo.",
        "coordinated-modifiers",
        {("egypt-government", "04", "israel", False, A)},
    ),
    (
        "Armenian and Azerbaijani forces exchanged fire.",
        "coordinated-modifiers",
        {("armenia", "19", "azerbaijan-military", False, A)},
    ),
    (
        "Russian and Belarusian troops held joint drills.",
        "coordinated-modifiers",
        {("belarus-military", "06", "russia", False, A)},
    ),
    # a short clause the parser left without a verb (a noun root, the verb its modifier) is repaired
    ("Pakistani jets bombed Kandahar.", "repaired-clause", {("pakistan-military", "19", "afghanistan", False, A)}),
    (
        "Russia armed the Houthis and Hamas.",
        "repaired-clause",
        {("russia", "07", "houthis", False, A), ("russia", "07", "hamas", False, A)},
    ),
    ("Indian jets struck Pakistan.", "repaired-clause", {("india-military", "19", "pakistan", False, A)}),
    ("Russian troops shelled Kharkiv.", "repaired-clause", {("russia-military", "19", "ukraine", False, A)}),
    ("Turkish drones struck Kobani.", "repaired-clause", {("turkey", "19", "syria", False, A)}),
    (
        "US President Joe Biden met Chinese President Xi Jinping.",
        "titled-object",
        {
            ("joe-biden", "04", "xi-jinping", False, A),
            ("joe-biden", "leader_of", "united-states", False, A),
            ("xi-jinping", "leader_of", "china", False, A),
        },
    ),
    # an act a verb of commitment takes is the stated intent (03) or threat (13), asserted
    ("Kenya pledged to send police officers to Haiti.", "commissive-intent", {("kenya", "03", "haiti", False, A)}),
    ("Russia threatened to cut gas supplies to Moldova.", "commissive-intent", {("russia", "13", "moldova", False, A)}),
    ("Japan promised to provide aid to Ukraine.", "commissive-intent", {("japan", "03", "ukraine", False, A)}),
    ("Iran vowed to retaliate against Israel.", "commissive-intent", {("iran", "13", "israel", False, A)}),
    ("Russia wants to attack Poland.", "commissive-intent", {("russia", "19", "poland", False, H)}),
    # a show of force aimed at whoever it is held around or near; held with a partner it is joint (06)
    (
        "China held large-scale military drills around Taiwan.",
        "show-of-force-site",
        {("china", "15", "taiwan", False, A)},
    ),
    ("Russia staged naval drills near Japan.", "show-of-force-site", {("russia", "15", "japan", False, A)}),
    ("Israel held drills with Cyprus.", "show-of-force-site", {("israel", "06", "cyprus", False, A)}),
    ("China held drills around Taiwan.", "show-of-force-site", {("china", "15", "taiwan", False, A)}),
    ("Iran held war games near the Strait of Hormuz.", "show-of-force-site", set()),
    # the actor may modify a noun's compound: "Turkish F-16 jets", "a Russian Su-24 bomber"
    (
        "Turkish F-16 jets shot down a Russian Su-24 bomber.",
        "modifier-of-compound",
        {("turkey", "19", "russia", False, A)},
    ),
    ("Ukrainian missiles sank a Russian cruiser.", "modifier-of-compound", {("ukraine", "19", "russia", False, A)}),
    (
        "Chinese J-15 fighters harassed an Australian aircraft.",
        "modifier-of-compound",
        {("china", "14", "australia", False, A)},
    ),
    ("Indian Rafale jets struck Pakistani airbases.", "modifier-of-compound", {("india", "19", "pakistan", False, A)}),
    ("Israeli F-35 jets bombed Iranian air defences.", "modifier-of-compound", {("israel", "19", "iran", False, A)}),
    # sides exchanging fire fight each other
    ("Thailand and Cambodia exchanged artillery fire.", "exchanged-fire", {("thailand", "19", "cambodia", False, A)}),
    ("India and Pakistan traded fire across the border.", "exchanged-fire", {("india", "19", "pakistan", False, A)}),
    (
        "Armenia and Azerbaijan exchanged fire on Tuesday.",
        "exchanged-fire",
        {("armenia", "19", "azerbaijan", False, A)},
    ),
    ("India and Pakistan traded goods.", "exchanged-fire", {("india", "06", "pakistan", False, A)}),
    ("Israel and Hezbollah exchanged fire overnight.", "exchanged-fire", {("israel", "19", "hezbollah", False, A)}),
    # a verb that judges an act is aimed at the act's maker, never at whom the act was done to
    (
        "Britain condemned the Russian attack on Ukraine.",
        "judged-act-patient",
        {("united-kingdom", "11", "russia", False, A), ("russia", "19", "ukraine", False, A)},
    ),
    ("France condemned the strike on Kyiv.", "judged-act-patient", set()),
    ("Turkey criticised the sanctions on Iran.", "judged-act-patient", set()),
    (
        "India refused to criticise the Russian attack on Ukraine.",
        "judged-act-patient",
        {("india", "11", "russia", True, A), ("russia", "19", "ukraine", False, A)},
    ),
    (
        "China did not condemn Russia's invasion of Ukraine.",
        "judged-act-patient",
        {("china", "11", "russia", True, A), ("russia", "19", "ukraine", False, A)},
    ),
    # what an owned act is aimed at is no target of the verb acting on the act
    ("Hungary blocked Ukraine's accession to the EU.", "owned-act-target", {("hungary", "17", "ukraine", False, A)}),
    (
        "Erdogan threatened to block Sweden's entry into NATO.",
        "owned-act-target",
        {("recep-tayyip-erdogan", "13", "sweden", False, A)},
    ),
    ("Serbia refused to join Western sanctions on Russia.", "owned-act-target", {("serbia", "16", "russia", True, A)}),
    (
        "Greece vetoed Turkey's bid for membership of the EU.",
        "owned-act-target",
        {("greece", "12", "turkey", False, A)},
    ),
    (
        "France opposed Britain's return to the single market.",
        "owned-act-target",
        {("france", "12", "united-kingdom", False, A)},
    ),
    # what was given, as a participle on what the subject got: the giver gave it to the subject
    (
        "Ukraine received tanks supplied by the United States.",
        "given-to-the-getter",
        {("united-states", "07", "ukraine", False, A)},
    ),
    ("Syria received weapons supplied by Russia.", "given-to-the-getter", {("russia", "07", "syria", False, A)}),
    ("Ukraine received jets donated by Denmark.", "given-to-the-getter", {("denmark", "07", "ukraine", False, A)}),
    ("Taiwan bought missiles made by the United States.", "given-to-the-getter", set()),
    ("Armenia obtained drones built by India.", "given-to-the-getter", set()),
    # one becomes a member of a body named as the object, not of a place or what another owns
    ("Finland joined NATO.", "joined-body", {("finland", "member_of", "nato", False, A)}),
    ("Sweden joined the European Union in 1995.", "joined-body", {("sweden", "member_of", "european-union", False, A)}),
    ("Chinese warplanes entered Taiwan's air defence zone.", "joined-body", set()),
    ("Russian troops entered Ukraine.", "joined-body", set()),
    ("Croatia entered the eurozone.", "joined-body", set()),
    # an act noun a verb asks for is yet to happen; one it welcomes happened
    ("Qatar suggested talks between Israel and Hamas.", "requested-act", {("israel", "04", "hamas", False, H)}),
    ("France urged talks between Serbia and Kosovo.", "requested-act", {("serbia", "04", "kosovo", False, H)}),
    (
        "The EU urged talks between Armenia and Azerbaijan.",
        "requested-act",
        {("armenia", "04", "azerbaijan", False, H)},
    ),
    ("China welcomed talks between Russia and Ukraine.", "requested-act", {("russia", "04", "ukraine", False, A)}),
    ("India wanted talks between Nepal and Bhutan.", "requested-act", {("nepal", "02", "bhutan", False, H)}),
]
