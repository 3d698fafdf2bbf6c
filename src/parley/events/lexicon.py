"""Event knowledge read from `data/`: verb/noun patterns, control verbs, recoding and modality cues.

The pattern grammar is documented in `data/README.md`; this module only parses it into objects.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from .cameo import by_prefix, cameo_table

ROLE_MARKERS = {"TARGET", "SOURCE"}


@dataclass(frozen=True)
class Pattern:
    code: str
    text: str
    trigger: str
    noun: bool
    required: tuple[frozenset[str], ...] = ()
    preps: frozenset[str] = frozenset()  # prepositions introducing the role argument
    role: str | None = None  # "target" | "source" | None
    flags: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        return 2 * len(self.required) + bool(self.preps) + bool(self.role)


_FLAGS = {"sym", "mil", "discard", "home", "unarmed", "accusation", "state", "bloc", "person",
          "parties", "intransitive", "place", "subject"}  # see data/README.md


TIME_ENTITIES = ("DATE", "TIME")


def is_time_phrase(prep) -> bool:
    """A preposition that only says when ("on Friday", "in March"): no word of an event's pattern."""
    return any(o.dep_ == "pobj" and o.ent_type_ in TIME_ENTITIES for o in prep.children)


def to_infinitive(verb) -> bool:
    """"to fight", "to deter": a verb with its infinitive marker."""
    return any(c.tag_ == "TO" for c in verb.children)


def parse_pattern(code: str, text: str, note: str = "", origin: str = "",
                  synsets: dict[str, frozenset[str]] | None = None) -> list[Pattern]:
    """One row of patterns.tsv; a trigger written `a|b` gives one Pattern per alternative, and
    `+&name` stands for every lemma of the synset `name` (synsets.tsv)."""
    synsets = synsets or {}
    words = text.split()
    if not words:
        raise ValueError(f"{origin}: empty pattern")
    trigger = words[0]
    noun = trigger.startswith("n:")
    trigger = trigger[2:] if noun else trigger
    required: list[frozenset[str]] = []
    preps: frozenset[str] = frozenset()
    role = None
    pending: list[str] = []  # plain words: particles, or the preposition before TARGET
    for word in words[1:]:
        if word in ROLE_MARKERS:
            if pending:
                preps = frozenset(pending.pop().lower().split("|"))
            role = word.lower()
        elif word.startswith("+"):
            group: set[str] = set()
            for w in word[1:].split("|"):
                if w.startswith("&"):
                    if w[1:] not in synsets:
                        raise ValueError(f"{origin}: unknown synset {w!r}")
                    group |= synsets[w[1:]]
                elif w:
                    group.add(w.lower())
            required.append(frozenset(group))
        else:
            pending.append(word)
    required.extend(frozenset(w.lower().split("|")) for w in pending)
    flags = frozenset(f.strip() for f in note.split(",")[:5] if f.strip() in _FLAGS)
    if "discard" not in flags and code not in cameo_table():
        raise ValueError(f"{origin}: unknown CAMEO code {code!r}")
    return [Pattern(code, text, t.lower(), noun, tuple(required), preps, role, flags)
            for t in trigger.split("|") if t]


def _data_lines(name: str) -> list[str]:
    text = resources.files("parley.events").joinpath(f"data/{name}").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass
class EventLexicon:
    verbs: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    control: dict[str, tuple[str, str]] = field(default_factory=dict)  # lemma -> (effect, code)
    control_for_others: dict[str, str] = field(default_factory=dict)  # lemma -> family when others act
    recode: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    cues: dict[tuple[str, str], str] = field(default_factory=dict)  # (where, word) -> modality
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)
    light_verbs: set[str] = field(default_factory=set)
    reporting_verbs: set[str] = field(default_factory=set)
    speech_verbs: set[str] = field(default_factory=set)
    partitives: set[str] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)  # "the border with Colombia" stands for Colombia
    owned: set[str] = field(default_factory=set)  # "opposition demands" stand for the opposition
    leading: set[str] = field(default_factory=set)  # "a Dutch-led request" is the Netherlands'
    joint: set[str] = field(default_factory=set)  # "Israel and Hamas declared a ceasefire": with each other
    rivalry: set[str] = field(default_factory=set)  # "raising tension with NATO": whom a show of force is aimed at
    cause_preps: set[str] = field(default_factory=set)  # "since Saturday's attack by Hamas": what a posture answers
    answers: set[str] = field(default_factory=set)  # "in response to Russia's assertiveness": likewise
    accusing_verbs: set[str] = field(default_factory=set)  # "claimed that X attacked" accuses X
    deterrents: set[str] = field(default_factory=set)  # "sent troops to deter Russia": aimed at Russia
    situations: set[str] = field(default_factory=set)  # "condemned the violence in Sudan": Sudan's
    documents: set[str] = field(default_factory=set)  # "adopted a resolution demanding ...": the adopter demands
    measures: set[str] = field(default_factory=set)  # "$200 billion worth of Chinese goods": the goods
    made: set[str] = field(default_factory=set)  # "vehicles imported from China": Chinese goods
    goods: set[str] = field(default_factory=set)  # "tariffs on imports from China": China's goods
    warnings: set[str] = field(default_factory=set)  # "warned that the army would crush ...": a threat
    assisting: set[str] = field(default_factory=set)  # "sent troops to Haiti to lead a force": to help it (074)
    state_nouns: set[str] = field(default_factory=set)  # "the Nordic country", "the island nation": one named before
    occasions: set[str] = field(default_factory=set)  # "urged Putin in a phone call": a consultation too
    neighbours: set[str] = field(default_factory=set)  # "its neighbour": the other country named before
    defiance: set[str] = field(default_factory=set)  # "in defiance of Chinese authorities": whom a protest defies
    carriers: set[str] = field(default_factory=set)  # "planes carrying food": the cargo counts as the object's
    open_water: set[str] = field(default_factory=set)  # "fired missiles into the sea": at no one
    subordinates: set[str] = field(default_factory=set)  # those who carry out their own side's orders
    act_nouns: set[str] = field(default_factory=set)  # "condemned the move": an act told before
    state_owned: set[str] = field(default_factory=set)  # "State-run Indian Oil": the state's company
    hosting: set[str] = field(default_factory=set)  # "a base hosting U.S. troops": whose forces are there
    pairs: set[str] = field(default_factory=set)  # "the two leaders", "both sides": the two sides told before
    describing: set[str] = field(default_factory=set)  # "sanctions ... targeting Russian lawmakers": whom they hit
    reactions: set[str] = field(default_factory=set)  # "..., drawing condemnation from Britain": what a saying drew
    verdicts: set[str] = field(default_factory=set)  # "said the operation was ethnic cleansing": a judgement
    commands: set[str] = field(default_factory=set)  # "ordered China to close its consulate": what it is made to do
    exchanges: set[str] = field(default_factory=set)  # "freed Griner in exchange for Bout": a swap
    denials: set[str] = field(default_factory=set)  # "denied that it was behind the hacking": what is denied
    bidding: set[str] = field(default_factory=set)  # "sent troops at the request of ...": help asked for
    summoning: set[str] = field(default_factory=set)  # "summoned the ambassador to demand ...": a demand to the envoy
    retaliation: set[str] = field(default_factory=set)  # "vowed retaliation": a threat aimed at the side blamed
    holding: set[str] = field(default_factory=set)  # "sites linked to Syria's weapons programme": whose a place is
    group_words: dict[str, str] = field(default_factory=dict)  # "the rebels" -> armed: the armed group named before
    courts: set[str] = field(default_factory=set)  # benches whose orders are demands
    custody: set[str] = field(default_factory=set)  # "prisoners in Israeli jails": held by Israel
    target_preps: set[str] = field(default_factory=set)
    discard_contexts: dict[str, set[str]] = field(default_factory=dict)  # word -> roots it blocks
    discard_phrases: list[tuple[re.Pattern, set[str]]] = field(default_factory=list)  # "extra time" -> roots
    escalations: list[tuple[frozenset[str], frozenset[str], int, str, frozenset[str]]] = field(default_factory=list)
    # "suicide bombers struck": nouns, their modifiers, the codes refined and the means' code (means.tsv)
    means: list[tuple[frozenset[str], frozenset[str], frozenset[str], str]] = field(default_factory=list)
    count_nouns: dict[str, int] = field(default_factory=dict)  # "hundreds" -> 200
    standalone: tuple[str, ...] = ()  # code prefixes of events that may have no target (standalone_codes.tsv)

    def add_patterns(self, lines: Iterable[str], origin: str) -> None:
        for number, line in enumerate(lines, 1):
            cells = line.split("\t")
            if len(cells) < 2 or cells[0] == "code":
                continue
            note = cells[2] if len(cells) > 2 else ""
            for pattern in parse_pattern(cells[0].strip(), cells[1].strip(), note, f"{origin}:{number}",
                                         self.synsets):
                (self.nouns if pattern.noun else self.verbs)[pattern.trigger].append(pattern)

    def add_nominalisations(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Give each event noun its verb's patterns ("the expulsion of two diplomats" as "expelled two diplomats"),
        beside the rows written for the noun itself."""
        for noun, verb in pairs:
            written = {(p.code, p.required, p.preps, p.role) for p in self.nouns[noun]}
            for pattern in self.verbs.get(verb, []):
                preps = pattern.preps or (frozenset({"of"}) if pattern.role else frozenset())
                key = (pattern.code, pattern.required, preps, pattern.role)
                if key in written:
                    continue
                written.add(key)
                self.nouns[noun].append(Pattern(pattern.code, f"n:{noun} as {pattern.text}", noun, True,
                                                pattern.required, preps, pattern.role,
                                                pattern.flags - {"intransitive"} | {"nominalised"}))

    def control_key(self, verb) -> str:
        """The control-verb entry for a verb token: an adjective's own entry ("open (adj)"), a phrasal verb
        by its particle or preposition ("ruled out sending" is `rule out`, "called on Iran to" `call on`, but not
        "called Putin on Wednesday to congratulate him"), else its lemma."""
        lemma = verb.lemma_.lower()
        if lemma in self.light_verbs and any(c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in verb.children):
            # "made an appeal to Hamas to release the hostages": the noun's entry governs the infinitive
            noun = next((o.lemma_.lower() for o in verb.children if o.dep_ == "dobj"), None)
            if noun in self.control:
                return noun
        if verb.pos_ == "ADJ" and f"{lemma} (adj)" in self.control:
            return f"{lemma} (adj)"  # "open to a summit", not "opened fire"
        # (the parser makes the "for" of "called for Russia to withdraw" the infinitive's mark)
        words = [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and not is_time_phrase(c))] + [
            m for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
        return next((f"{lemma} {w.lower_}" for w in words if f"{lemma} {w.lower_}" in self.control), lemma)

    def control_of(self, verb) -> tuple[str, str]:
        """(effect, code) of a control verb token; ("", "") when it is none."""
        return self.control.get(self.control_key(verb), ("", ""))

    def stance_adjective(self, noun):
        """The adjective of intent whose prepositional object a noun event is: "open to a summit", "ready for
        talks"; None when there is none."""
        adjective = noun.head.head if noun.dep_ == "pobj" else None
        if adjective is not None and adjective.pos_ == "ADJ" and self.control_of(adjective)[0] == "recode":
            return adjective
        return None

    def recode_for(self, family: str, inner: str) -> str:
        table = self.recode.get(family, {})
        return by_prefix(table, inner, table.get("*", inner))


_GROUP_WORD_CLASSES = ("armed_group_word", "body_word", "group_word")


@lru_cache(maxsize=4)
def load_event_lexicon(extra_patterns: tuple[str, ...] = ()) -> EventLexicon:
    lexicon = EventLexicon()
    for row in csv.DictReader(_data_lines("synsets.tsv"), delimiter="\t"):
        lexicon.synsets[row["name"]] = frozenset(row["lemmas"].lower().split("|"))
    data = resources.files("parley.events").joinpath("data")
    for name in sorted(f.name for f in data.iterdir() if f.name.startswith("patterns") and f.name.endswith(".tsv")):
        lexicon.add_patterns(_data_lines(name), name)  # patterns.tsv, then patterns_*.tsv
    for path in extra_patterns:
        lexicon.add_patterns(Path(path).read_text("utf-8").splitlines(), path)
    rows = csv.DictReader(_data_lines("nominalisations.tsv"), delimiter="\t")
    lexicon.add_nominalisations((row["noun"], row["verb"]) for row in rows)
    for line in _data_lines("control_verbs.tsv"):
        lemma, effect, code, others = [c.strip() for c in (line.split("\t") + ["", "", ""])[:4]]
        if lemma != "lemma":
            lexicon.control[lemma.lower()] = (effect, code)
            if others:
                lexicon.control_for_others[lemma.lower()] = others
    for row in csv.DictReader(_data_lines("recode.tsv"), delimiter="\t"):
        lexicon.recode[row["family"]][row["inner"]] = row["code"]
    classes = {"light": lexicon.light_verbs, "report": lexicon.reporting_verbs, "partitive": lexicon.partitives,
               "relation": lexicon.relations, "owned": lexicon.owned,
               "leading": lexicon.leading, "joint": lexicon.joint,
               "rivalry": lexicon.rivalry, "cause_prep": lexicon.cause_preps,
               "answer": lexicon.answers,
               "accuse": lexicon.accusing_verbs, "carrier": lexicon.carriers, "defiance": lexicon.defiance,
               "state_noun": lexicon.state_nouns, "neighbour": lexicon.neighbours, "occasion": lexicon.occasions,
               "deter": lexicon.deterrents, "assist": lexicon.assisting,
               "warn": lexicon.warnings, "made": lexicon.made, "goods": lexicon.goods, "measure": lexicon.measures,
               "document": lexicon.documents,
               "situation": lexicon.situations, "open_water": lexicon.open_water,
               "custody": lexicon.custody, "subordinate": lexicon.subordinates, "court": lexicon.courts,
               "act_noun": lexicon.act_nouns, "state_owned": lexicon.state_owned, "hosting": lexicon.hosting,
               "holding": lexicon.holding, "retaliation": lexicon.retaliation, "describing": lexicon.describing,
               "reaction": lexicon.reactions, "verdict": lexicon.verdicts, "command": lexicon.commands,
               "exchange": lexicon.exchanges, "denial": lexicon.denials, "summon": lexicon.summoning,
               "bidding": lexicon.bidding, "pair": lexicon.pairs,
               "target_prep": lexicon.target_preps, "speech": lexicon.speech_verbs}
    for row in csv.DictReader(_data_lines("word_classes.tsv"), delimiter="\t"):
        if row["class"] in _GROUP_WORD_CLASSES:
            lexicon.group_words[row["lemma"]] = row["class"].split("_")[0]  # armed | body | group
        else:
            classes[row["class"]].add(row["lemma"])
    for row in csv.DictReader(_data_lines("discard_contexts.tsv"), delimiter="\t"):
        roots = set(row["roots"].split("|"))
        if row["word"].startswith("re:"):  # a shape of words: a side's name and a score ("Brazil 7-1")
            lexicon.discard_phrases.append((re.compile(row["word"][3:]), roots))
        elif row["word"].isalpha():
            lexicon.discard_contexts[row["word"]] = roots
        else:  # a phrase the tokenizer splits ("world cup", "semi-final"): matched in the text
            lexicon.discard_phrases.append((re.compile(rf"\b{re.escape(row['word'])}\b", re.IGNORECASE), roots))
    for row in csv.DictReader(_data_lines("escalations.tsv"), delimiter="\t"):
        victims = lexicon.synsets[row["victims"]] if row["victims"] else frozenset()
        lexicon.escalations.append((frozenset(row["lemmas"].split("|")), frozenset(row["codes"].split("|")),
                                    int(row["min_victims"]), row["code"], victims))
    for row in csv.DictReader(_data_lines("means.tsv"), delimiter="\t"):
        lexicon.means.append((*(frozenset(row[k].split("|")) for k in ("nouns", "modifiers", "codes")), row["code"]))
    rows = csv.DictReader(_data_lines("standalone_codes.tsv"), delimiter="\t")
    lexicon.standalone = tuple(row["code"] for row in rows)
    for row in csv.DictReader(_data_lines("count_nouns.tsv"), delimiter="\t"):
        lexicon.count_nouns[row["word"]] = int(row["count"])
    for row in csv.DictReader(_data_lines("modality_cues.tsv"), delimiter="\t"):
        lexicon.cues[(row["where"], row["word"])] = row["modality"]
    return lexicon
