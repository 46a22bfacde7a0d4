"""Sentence -> expected relations, written for geokg, run on the trained pipeline.

Each row: sentence, construction, expected set of
(subject key, predicate, object key, negated, modality). An empty set means
nothing may be extracted. Keys are gazetteer keys (or group-actor keys).
"""

from __future__ import annotations

A = "asserted"
H = "hypothetical"
R = "reported"

TABLE: list[tuple[str, str, set[tuple[str, str, str, bool, str]]]] = [
    # a verb form working as a preposition is no event; the sentence's own event stays, reported by its source
    (
        "North Korea sent troops to Russia, according to South Korean intelligence.",
        "according-to",
        {("north-korea", "send", "russia", False, R)},
    ),
    (
        "Iran shipped drones to Russia, according to Ukrainian officials.",
        "according-to",
        {("iran", "ship", "russia", False, R)},
    ),
    # a nationality and an office before a name: the named person acts, and holds the office for the country
    (
        "Russian President Vladimir Putin met Chinese President Xi Jinping.",
        "title-before-name",
        {
            ("vladimir-putin", "meet", "xi-jinping", False, A),
            ("vladimir-putin", "leader_of", "russia", False, A),
            ("xi-jinping", "leader_of", "china", False, A),
        },
    ),
    (
        "French President Emmanuel Macron criticized Turkish President Recep Tayyip Erdogan.",
        "title-before-name",
        {
            ("emmanuel-macron", "criticize", "recep-tayyip-erdogan", False, A),
            ("emmanuel-macron", "leader_of", "france", False, A),
            ("recep-tayyip-erdogan", "leader_of", "turkey", False, A),
        },
    ),
    (
        "Indian Prime Minister Narendra Modi praised US President Joe Biden.",
        "title-before-name",
        {
            ("narendra-modi", "praise", "joe-biden", False, A),
            ("narendra-modi", "leader_of", "india", False, A),
            ("joe-biden", "leader_of", "united-states", False, A),
        },
    ),
    # conjoined subjects of a joint act (a symmetric code, or a theme both make): an event between them
    # the means of a response ('retaliated with strikes on X') are done by the clause's subject
    (
        "Syria and Turkey supported the campaign of Iraq.",
        "conjoined-no-joint-act",
        {("syria", "support", "iraq", False, A), ("turkey", "support", "iraq", False, A)},
    ),
    ("Syria and Turkey signed a trade deal.", "conjoined-joint-act", {("syria", "sign", "turkey", False, A)}),
    (
        "Japan and South Korea signed a security agreement.",
        "conjoined-joint-act",
        {("japan", "sign", "south-korea", False, A)},
    ),
    ("Egypt and Israel signed a gas accord in Cairo.", "conjoined-joint-act", {("egypt", "sign", "israel", False, A)}),
    ("Chile and Argentina signed a treaty.", "conjoined-joint-act", {("chile", "sign", "argentina", False, A)}),
    (
        "Armenia and Azerbaijan clashed on Tuesday.",
        "conjoined-adjective-tagged-verb",
        {("armenia", "clash", "azerbaijan", False, A)},
    ),
    ("India and Pakistan held talks in Geneva.", "conjoined-light-verb", {("india", "talk", "pakistan", False, A)}),
    (
        "Russia and Ukraine held a round of talks in Istanbul.",
        "conjoined-light-verb",
        {("russia", "talk", "ukraine", False, A)},
    ),
    ("Israel retaliated with strikes on Iran.", "means-retaliation", {("israel", "strike", "iran", False, A)}),
    (
        "China responded with sanctions against Lithuania.",
        "means-retaliation",
        {("china", "sanction", "lithuania", False, A)},
    ),
    (
        "Pakistan retaliated with airstrikes on Afghanistan.",
        "means-retaliation",
        {("pakistan", "airstrike", "afghanistan", False, A)},
    ),
    ("Iran responded with missile attacks on Israel.", "means-retaliation", {("iran", "attack", "israel", False, A)}),
    (
        "Ukraine hit back with drone strikes on Russia.",
        "means-retaliation",
        {("ukraine", "strike", "russia", False, A)},
    ),
    # a content clause takes the stance of the verb governing its noun; its actors are not that verb's target
    (
        "Moscow dismissed reports that North Korea supplied shells to Russia.",
        "content-clause-denied",
        {("north-korea", "supply", "russia", True, "denied")},
    ),
    (
        "Tehran denied claims that Iran sold drones to Russia.",
        "content-clause-denied",
        {("iran", "sell", "russia", True, "denied")},
    ),
    (
        "Damascus rejected accusations that Syria attacked Turkey.",
        "content-clause-denied",
        {("syria", "attack", "turkey", True, "denied")},
    ),
    (
        "Seoul dismissed rumours that Japan threatened China.",
        "content-clause-denied",
        {("japan", "threaten", "china", True, "denied")},
    ),
    (
        "Officials cited reports that Turkey attacked Syria.",
        "content-clause-reported",
        {("turkey", "attack", "syria", False, R)},
    ),
    (
        "Kyiv confirmed the news that Poland sent tanks to Ukraine.",
        "content-clause-reported",
        {("poland", "send", "ukraine", False, R)},
    ),
    # subject-verb-object
    ("Russia attacked Ukraine.", "svo", {("russia", "attack", "ukraine", False, A)}),
    ("Israel struck Iran on Friday.", "svo", {("israel", "strike", "iran", False, A)}),
    ("Turkey criticized Sweden.", "svo", {("turkey", "criticize", "sweden", False, A)}),
    ("China condemned Japan.", "svo", {("china", "condemn", "japan", False, A)}),
    ("Iran threatened Israel.", "svo", {("iran", "threaten", "israel", False, A)}),
    ("Macron visited China last week.", "svo", {("emmanuel-macron", "visit", "china", False, A)}),
    ("Erdogan hosted Putin in Ankara.", "svo", {("recep-tayyip-erdogan", "host", "vladimir-putin", False, A)}),
    ("The European Union sanctioned Belarus.", "svo", {("european-union", "sanction", "belarus", False, A)}),
    ("Putin praised Kim Jong Un.", "svo", {("vladimir-putin", "praise", "kim-jong-un", False, A)}),
    (
        "Ukraine welcomed the decision of the European Union.",
        "svo-object-of",
        {("ukraine", "welcome", "european-union", False, A)},
    ),
    ("Hamas released Israeli hostages.", "svo-group-object", {("hamas", "release", "israel-civilians", False, A)}),
    ("Hamas shelled Israeli towns.", "svo-demonym-object", {("hamas", "shell", "israel", False, A)}),
    (
        "Britain and France bombed the Islamic State.",
        "co-belligerents",
        {
            ("united-kingdom", "bomb", "isis", False, A),
            ("france", "bomb", "isis", False, A),
            ("united-kingdom", "cooperate", "france", False, A),
        },
    ),
    ("Britain and France supported the resolution.", "conjoined-subjects-theme", set()),
    (
        "The UK stands by Iraq to defeat the Islamic State.",
        "purpose-clause-companion",
        {
            ("united-kingdom", "defeat", "isis", False, A),
            ("iraq", "defeat", "isis", False, A),
            ("united-kingdom", "cooperate", "iraq", False, A),
            ("united-kingdom", "stand", "iraq", False, A),  # standing by a partner is support too
        },
    ),
    ("Poland expelled Russian diplomats.", "svo-group", {("poland", "expel", "russia-government", False, A)}),
    ("Syria rejected Turkey.", "svo", {("syria", "reject", "turkey", False, A)}),
    (
        "Qatar mediated between Israel and Hamas.",
        "oblique-between",
        {("qatar", "mediate", "israel", False, A), ("qatar", "mediate", "hamas", False, A)},
    ),
    ("Hezbollah fired rockets at Israel.", "oblique-fire-at", {("hezbollah", "fire", "israel", False, A)}),
    # verb + oblique
    ("Iran supplied drones to Russia.", "oblique", {("iran", "supply", "russia", False, A)}),
    ("North Korea sent troops to Russia.", "oblique", {("north-korea", "send", "russia", False, A)}),
    ("Germany delivered tanks to Ukraine.", "oblique", {("germany", "deliver", "ukraine", False, A)}),
    ("China sold oil to India.", "oblique", {("china", "sell", "india", False, A)}),
    ("Trump met with Zelenskyy in Washington.", "oblique", {("donald-trump", "meet", "volodymyr-zelenskyy", False, A)}),
    ("Japan provided aid to the Philippines.", "oblique", {("japan", "provide", "philippines", False, A)}),
    ("India negotiated with Pakistan.", "oblique", {("india", "negotiate", "pakistan", False, A)}),
    ("France protested against Algeria.", "oblique", {("france", "protest", "algeria", False, A)}),
    ("The United States shipped weapons to Israel.", "oblique", {("united-states", "ship", "israel", False, A)}),
    ("Saudi Arabia gave money to Egypt.", "oblique", {("saudi-arabia", "give", "egypt", False, A)}),
    # passives
    ("Ukraine was attacked by Russia.", "passive", {("russia", "attack", "ukraine", False, A)}),
    ("Kyiv was struck by Russian drones.", "passive-demonym", {("russia", "strike", "ukraine", False, A)}),
    ("Iran was sanctioned by the United States.", "passive", {("united-states", "sanction", "iran", False, A)}),
    (
        "Zelenskyy was welcomed by Macron in Paris.",
        "passive",
        {("emmanuel-macron", "welcome", "volodymyr-zelenskyy", False, A)},
    ),
    ("Sweden was criticized by Hungary.", "passive", {("hungary", "criticize", "sweden", False, A)}),
    ("The Houthis were bombed by the United States.", "passive", {("united-states", "bomb", "houthis", False, A)}),
    ("Israel was condemned by the United Nations.", "passive", {("united-nations", "condemn", "israel", False, A)}),
    # control and raising
    ("Russia agreed to supply oil to China.", "control", {("russia", "supply", "china", False, A)}),
    ("Turkey decided to support Sweden.", "control", {("turkey", "support", "sweden", False, A)}),
    ("Iran refused to meet the United States.", "control-negated", {("iran", "meet", "united-states", True, A)}),
    ("Finland decided not to join NATO.", "control-negated", {("finland", "member_of", "nato", True, A)}),
    ("Russia threatened to attack Finland.", "control-threat", {("russia", "attack", "finland", False, A)}),
    ("China plans to sell weapons to Iran.", "control-hypothetical", {("china", "sell", "iran", False, H)}),
    ("India seems to support Russia.", "raising", {("india", "support", "russia", False, A)}),
    ("Germany failed to deliver tanks to Ukraine.", "control-negated", {("germany", "deliver", "ukraine", True, A)}),
    ("Hungary wants to block Ukraine.", "control-hypothetical", {("hungary", "block", "ukraine", False, H)}),
    # conjunctions
    (
        "The US and the UK sanctioned Iran.",
        "conj-subject",
        {("united-states", "sanction", "iran", False, A), ("united-kingdom", "sanction", "iran", False, A)},
    ),
    (
        "France sanctioned Iran and Syria.",
        "conj-object",
        {("france", "sanction", "iran", False, A), ("france", "sanction", "syria", False, A)},
    ),
    (
        "Russia and China condemned Japan.",
        "conj-subject",
        {("russia", "condemn", "japan", False, A), ("china", "condemn", "japan", False, A)},
    ),
    ("Trump and Putin met in Alaska.", "symmetric", {("donald-trump", "meet", "vladimir-putin", False, A)}),
    ("Armenia and Azerbaijan fought in 2020.", "symmetric", {("armenia", "fight", "azerbaijan", False, A)}),
    (
        "Iran supplied drones to Russia and Belarus.",
        "conj-oblique",
        {("iran", "supply", "russia", False, A), ("iran", "supply", "belarus", False, A)},
    ),
    (
        "Russia attacked Ukraine and threatened Poland.",
        "conj-verbs",
        {("russia", "attack", "ukraine", False, A), ("russia", "threaten", "poland", False, A)},
    ),
    # nominal events
    ("Iran's supply of drones to Russia alarmed Kyiv.", "nominal", {("iran", "supply", "russia", False, A)}),
    (
        "Talks between Trump and Putin ended without a deal.",
        "nominal-between",
        {("donald-trump", "talk", "vladimir-putin", False, A)},
    ),
    (
        "The Russian attack on Ukraine killed ten people.",
        "nominal-demonym",
        {("russia", "attack", "ukraine", False, A)},
    ),
    ("Trump held a summit with Putin.", "nominal-light-verb", {("donald-trump", "summit", "vladimir-putin", False, A)}),
    (
        "The European Union imposed sanctions on Russia.",
        "nominal-light-verb",
        {("european-union", "sanction", "russia", False, A)},
    ),
    ("Israel launched an attack on Hezbollah.", "nominal-light-verb", {("israel", "attack", "hezbollah", False, A)}),
    ("The summit in Alaska lasted three hours.", "nominal-no-actors", set()),
    ("He fought in the Iran-Iraq War.", "pair-noun", {("iran", "war", "iraq", False, A)}),
    ("US-China trade talks resumed in Geneva.", "pair-noun", {("united-states", "talk", "china", False, A)}),
    ("The Russia-Ukraine border is long.", "pair-no-event-noun", set()),
    # reported speech
    (
        "Ukraine said Russia attacked Poland.",
        "reported",
        {("russia", "attack", "poland", False, R), ("ukraine", "accuse", "russia", False, A)},
    ),
    ("Officials said Iran supplied drones to Russia.", "reported", {("iran", "supply", "russia", False, R)}),
    (
        "The Kremlin claimed that Ukraine attacked Russia.",
        "reported",
        {("ukraine", "attack", "russia", False, R), ("russia", "accuse", "ukraine", False, A)},
    ),
    # negation and modality
    ("The United States did not meet Iran.", "negated", {("united-states", "meet", "iran", True, A)}),
    ("China never supplied weapons to Russia.", "negated", {("china", "supply", "russia", True, A)}),
    ("Russia could attack Estonia.", "modal", {("russia", "attack", "estonia", False, H)}),
    ("Trump might meet Kim Jong Un.", "modal", {("donald-trump", "meet", "kim-jong-un", False, H)}),
    ("Iran denied supplying drones to Russia.", "denied", {("iran", "supply", "russia", True, "denied")}),
    # standing relations
    (
        "Russia's President Vladimir Putin spoke on Friday.",
        "leader_of",
        {("vladimir-putin", "leader_of", "russia", False, A)},
    ),
    (
        "Vladimir Putin, the Russian president, spoke.",
        "leader_of",
        {("vladimir-putin", "leader_of", "russia", False, A)},
    ),
    (
        "NATO Secretary General Mark Rutte visited Kyiv.",
        "leader_of",
        {("mark-rutte", "leader_of", "nato", False, A), ("mark-rutte", "visit", "ukraine", False, A)},
    ),
    (
        "Ukrainian President Volodymyr Zelenskyy arrived.",
        "leader_of",
        {("volodymyr-zelenskyy", "leader_of", "ukraine", False, A)},
    ),
    ("Finland joined NATO in 2023.", "member_of", {("finland", "member_of", "nato", False, A)}),
    ("Sweden joined NATO.", "member_of", {("sweden", "member_of", "nato", False, A)}),
    # group actors
    ("Russian forces attacked Ukraine.", "group", {("russia-military", "attack", "ukraine", False, A)}),
    ("Syrian rebels fought the Syrian government.", "group", {("syria-rebels", "fight", "syria-government", False, A)}),
    ("Protesters condemned Iran.", "group", {("group-opposition", "condemn", "iran", False, A)}),
    ("Iraqi troops attacked the Islamic State.", "group", {("iraq-military", "attack", "isis", False, A)}),
    # pronouns
    ("Putin arrived in Alaska. He met Trump.", "pronoun", {("vladimir-putin", "meet", "donald-trump", False, A)}),
    # places are where, not whom; cooperation is not with the adversary; territorial control
    (
        "Putin and Erdogan met at Sochi on Monday.",
        "place-not-target",
        {("vladimir-putin", "meet", "recep-tayyip-erdogan", False, A)},
    ),
    (
        "Britain supported Iraq against the Islamic State.",
        "against-not-target",
        {("united-kingdom", "support", "iraq", False, A)},
    ),
    (
        "Hamas seized Gaza City in 2007.",
        "control",
        {("hamas", "seize", "palestine", False, A), ("hamas", "leader_of", "place-gaza-city", False, A)},
    ),
    ("Mosul was a city controlled by Daesh.", "control-participle", {("isis", "leader_of", "place-mosul", False, A)}),
    # session 5: titles predicated of people, quoted speakers, bound possessives, controllers, nominal arguments
    (
        "Neil Melvin is the director of international security at RUSI.",
        "title-copula",
        {("ent-0a3286b0b2", "member_of", "rusi", False, A)},
    ),
    (
        "Lavrov was appointed as the foreign minister of Russia.",
        "title-appointed-as",
        {("sergei-lavrov", "member_of", "russia", False, A)},
    ),
    ("Mark Rutte said: We support Ukraine.", "quoted-we", {("mark-rutte", "support", "ukraine", False, R)}),
    (
        "Mark Rutte spoke in Brussels. We support Ukraine, he added.",
        "quoted-we-next-sentence",
        {("mark-rutte", "support", "ukraine", False, R)},
    ),
    ("We met in Paris.", "first-person-no-speaker", set()),
    (
        "Britain remains firm in its support of Ukraine.",
        "its-bound",
        {("united-kingdom", "support", "ukraine", False, A)},
    ),
    (
        "Britain backs the Iraqi government and the Kurds in their fight against the Islamic State.",
        "their-bound",
        {("iraq-government", "fight", "isis", False, A)},
    ),
    (
        "Britain and France are committed to defeating the Islamic State.",
        "adjectival-controller",
        {
            ("united-kingdom", "defeat", "isis", False, A),
            ("france", "defeat", "isis", False, A),
            ("united-kingdom", "cooperate", "france", False, A),
        },
    ),
    ("Turkey was ordered to attack Syria.", "passive-controller", {("turkey", "attack", "syria", False, H)}),
    (
        "The UK is working with France to degrade and defeat the Islamic State.",
        "purpose-clause-coordinated",
        {
            ("united-kingdom", "degrade", "isis", False, A),
            ("united-kingdom", "defeat", "isis", False, A),
            ("france", "degrade", "isis", False, A),
            ("france", "defeat", "isis", False, A),
            ("united-kingdom", "cooperate", "france", False, A),
            ("united-kingdom", "work", "france", False, A),  # working with a partner
        },
    ),
    (
        "The invasion of Ukraine by Russia began in 2022.",
        "nominal-of-by",
        {("russia", "invasion", "ukraine", False, A)},
    ),
    ("Russia sent troops to fight Ukraine.", "purpose-of-object", {("russia", "fight", "ukraine", False, A)}),
    (
        "The Turkish army today claims total control of Afrin.",
        "control-noun-object",
        {("turkey-military", "leader_of", "place-afrin", False, A)},
    ),
    (
        "The fall of Mosul to Daesh shocked the region.",
        "control-fall-to",
        {("isis", "leader_of", "place-mosul", False, A)},
    ),
    (
        "The capture of Kherson by Russia came in March.",
        "control-capture-by",
        {("russia", "leader_of", "place-kherson", False, A), ("russia", "capture", "ukraine", False, A)},
    ),
    ("Iraq lost control of the border.", "negative-control-no-place", set()),
    (
        "Iran supplied drones to Russia to attack Ukraine.",
        "purpose-recipient-acts",
        {("iran", "supply", "russia", False, A), ("russia", "attack", "ukraine", False, A)},
    ),
    ("Russia was condemned for its war on Georgia.", "its-nominal", {("russia", "war", "georgia", False, A)}),
    # negatives: nothing to extract
    ("The weather in Moscow was cold.", "negative", set()),
    ("Russia is a large country.", "negative", set()),
    ("Iran and Iraq are neighbours.", "negative", set()),
    ("Prices rose in China and India.", "negative", set()),
    ("The talks were long.", "negative", set()),
    ("Trump likes golf.", "negative", set()),
    ("Ukraine exports grain.", "negative", set()),
    ("NATO was founded in 1949.", "negative", set()),
]
