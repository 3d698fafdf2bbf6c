"""Who did what to whom: match event patterns on a dependency parse and find their actors.

Input: one parsed sentence and the actor mentions of its document. Output: `EventCandidate`s with
actor mentions (not yet resolved to codes: that needs the event's date), the matched pattern, the
modality and the tokens that carry the evidence. Precision before recall: a trigger with no
complete pattern, or an actor we cannot name, gives no event.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..actors.actor_countries import sector_groups
from ..actors.lexicon import CAPITAL, COUNTRY, DEMONYM, GOV_SEAT, ORG, PERSON, Entry
from ..actors.mentions import Mention, Piece, is_aside, is_attribution
from ..nlp.cache import entity_at, proper_name
from .cameo import quad_class
from .lexicon import TIME_ENTITIES, EventLexicon, Pattern, is_time_phrase
from .modality import (ASKING_FAMILIES, WH_TAGS, ModalityReading, control_family, order_taker, read_modality,
                       to_infinitive)

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECTS = ("dobj", "obj")
_JUDGEMENT_ROOTS = ("05", "11", "12")  # praise, disapprove, reject: of an act, of its doer
_NAME_LABELS = ("ORG", "PERSON", "NORP")  # entity labels of names that may be actors
_EACH = {"each", "both"}  # "each side accusing the other", "both sides claimed victory"
_PERSONAL_PRONOUNS = {"he", "she", "they", "we", "it", "him", "her", "them", "i"}
_RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
_POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
_NEAR_WORDS = {"close", "near", "next"}
_NAME_ENTITIES = ("PERSON", "ORG")  # names that are actors even when no dictionary knows them
_STATIONED_SECTORS = sector_groups()["POSTED"]  # forces posted abroad: "troops in Mali" may be anyone's
_DEFIED_PREPS = ("of", "at", "against", "to", "for", "over", "with")  # "in defiance of", "their anger at"
_NOUN_TARGET_PREPS = ("on", "against", "of")  # "the air strike on X", "the attack against X", "the shelling of X"
_STATE_SECTOR = "GOV"  # a state named by a common noun ("the country") acts through its government
_STATE_FORCES = sector_groups()["SPOKEN_FOR"]  # "the army", "the government", "the police" of the one who speaks
_AIMED_PREPS = ("at", "on", "against")  # "fired at protesters marching": whom a physical act is aimed at
_LAUNCHED_TOWARD = ("at", "into", "toward", "towards")  # where what is fired "from" somewhere goes
_LED = ("lead",)  # "X-led": X's own force or mission
_OWNER_PREPS = ("from", "at")  # "fighters from IS", "judges at the ICC"
_TOGETHER = ("along", "together")  # "along with X", "together with X": X acts too
_HOSTILE = "11"  # roots 11-20: acts one side would be accused of
_ACCUSE = "112"  # CAMEO: accuse
_RELEASE = "084"  # CAMEO: return, release (persons or property)
_RELATION_PREPS = ("with", "off", "of", "around")  # a relation noun's actor: "border with", "waters around"
_APPEAL_FAMILIES = {"02", "10"}  # appeals and demands: their actors are the speaker and the one asked
_PHYSICAL_ROOTS = {"17", "18", "19", "20"}
_PLURAL_TAGS = ("NNS", "NNPS")
_CONSULT_ROOT = "04"
_OCCASION_PREPS = ("in", "during")  # "urged Putin in a telephone call", "during a call on Friday"
_PROTEST_ROOT = "14"
_POSTURE_ROOT = "15"  # exhibit force posture: alerts, mobilisation, drills
_DISAPPROVAL = "11"  # criticism and condemnation: a protest may be held to voice it
_OBSTRUCTION = "144"  # blockades and sit-ins: where they are says nothing of whom they are against
_PEACEKEEPING = "074"  # provide military protection or peacekeeping
_VIOLENT_ROOTS = {"18", "19", "20"}
# fight and mass violence (done to places more than to persons), aid (sent to places as much as to persons) and visits
_PLACE_AIMED_CODES = ("07", "19", "20", "042")
_THREAT_ROOTS = {"16", "17", "18", "19", "20"}  # what "may"/"could" turns into a threat
_THREAT_FAMILY = "13"
# Acts only a government takes, so that an agentless passive in a government's statement is its own act.
_STATE_ACT_ROOTS = {"03", "05", "06", "07", "08", "10", "11", "12", "13", "16", "17"}
_SCENE_PREPS = {"after", "during", "before", "following", "at", "in"}  # "after talks with X": the subject took part
_ASIDE_MARKS = (",", "—", "–", "--", "-")  # what sets an aside after a clause: "..., a move Seoul denounced"
_ON_THE_MOVE = "REF"  # refugees and migrants: the sector of people who came from somewhere else
_REASON_PREP = "over"  # "struck Syria over a gas attack": why, not what
_SEQUENCE_PREPS = ("after", "before", "since", "until")  # "a week after the gas attack" (see _another_occasion)


@dataclass
class EventCandidate:
    pattern: Pattern
    trigger: Token
    source: Mention
    target: Mention | None  # None: an event that names no target (events/data/standalone_codes.tsv)
    modality: ModalityReading
    code: str
    confidence: float
    anchors: list[Token] = field(default_factory=list)  # tokens whose time/place modifiers count
    home_target: bool = False  # the target is the government at home (see the `home` pattern flag)
    place_target: bool = False  # an attack on people or things of no named actor: the place's country
    scenes: list[Token] = field(default_factory=list)  # more tokens whose place modifiers count (not their time)
    # tokens whose time counts when the event's own words carry none (see SentenceCoder._time_fallbacks)
    time_fallbacks: list[Token] = field(default_factory=list)


def _definite(noun: Token) -> bool:
    """"the army", "the Nordic country": a noun that points at one already known."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _sentences_back(token: Token, count: int) -> int:
    """The first token of the sentence `count` sentences before the token's own (or of the document's first)."""
    first = token.sent.start
    for _ in range(count):
        first = token.doc[first - 1].sent.start if first > 0 else first
    return first


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, preps: Collection[str]) -> list[Token]:
    """The objects of these prepositions on a word: ("from",) on "fighters from IS" gives IS."""
    return [o for c in token.children if c.dep_ == "prep" and c.lower_ in preps for o in _children(c, ("pobj",))]


def _of_object(word: Token, noun: Token) -> bool:
    """Is `word` what the noun is of ("the lifting of sanctions")? Its phrases count only for patterns that name it
    ("the lifting of sanctions on Niger"), not for the noun's own ("allegations of abuse against civilians")."""
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.i == noun.i


def _count(noun: Token, count_nouns: dict[str, int]) -> int:
    """How many people a noun phrase counts: "1,700 recruits", "more than 90 villagers", "hundreds of ..."."""
    if noun.lower_ in count_nouns:
        return count_nouns[noun.lower_]
    for child in noun.children:
        if child.dep_ == "nummod":
            digits = child.text.replace(",", "")
            return int(digits) if digits.isdigit() else 0
    return 0


def is_passive(token: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return True
    if token.tag_ == "VBN" and token.dep_ == "conj" and not _children(token, _SUBJECTS):
        return is_passive(token.head)  # "was tortured and killed by": killed, too
    # "sanctions imposed by the EU"
    return token.tag_ == "VBN" and token.dep_ == "acl" and not _predicate_taken_for_participle(token)


def _predicate_taken_for_participle(token: Token) -> bool:
    """"Israeli forces arrested 20 Palestinians in raids": the parser may take the verb for a participle of a
    verbless sentence, or of a subject it gives to a later verb ("..., a rights group said"); a participle with
    a direct object of its own, right after its head, is the predicate of its head; so is one with an infinitive
    of its own on a verbless sentence's subject ("Anwar Ibrahim, who chairs ASEAN, offered to mediate")."""
    own = bool(_children(token, ("dobj",))) or (token.head.dep_ == "ROOT" and any(
        c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in token.children))
    return token.dep_ == "acl" and own and (
        token.head.dep_ == "ROOT" or (token.i == token.head.i + 1 and token.head.pos_ in ("NOUN", "PROPN")))


def _name_after_participle(verb: Token) -> tuple[Token, Token] | None:
    """("to" or None, the name) where the parser took the participle of a title for a verb: "moved ousted
    President Omar al-Bashir to Kober prison", "refused to release deposed President Bazoum", "granted asylum to
    ousted Syrian President Bashar al-Assad" (the name its "object", "to" its infinitive marker)."""
    doc = verb.doc
    for start in (verb.i + 1, *(o.right_edge.i + 1 for o in _children(verb, ("dobj",)))):
        to = doc[start] if start < len(doc) and doc[start].lower_ == "to" else None
        at = start + 1 if to is not None else start
        participle = doc[at] if at < len(doc) else None
        if participle is None or participle.tag_ != "VBN" or participle.head.i not in (verb.i, verb.head.i) or any(
                c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in participle.children):
            continue
        name = next((o for o in _children(participle, ("dobj",)) if o.pos_ == "PROPN"), None)
        if name is not None:
            return to, name
    return None


def _objects(token: Token) -> list[Token]:
    """A verb's object (a second one is a misparse), or the one it shares with the verb conjoined to it:
    "beat and arrested hundreds of protesters"."""
    # "made Ukraine's withdrawal a condition": the parser makes the object the subject of a small clause
    own = [next(iter(_children(o, ("nsubj",))), o) for o in _children(token, _OBJECTS)[:1]]
    if not own and token.dep_ == "relcl" and token.pos_ == "VERB" and not is_passive(token) and (
            _children(token, ("nsubj",))) and not any(c.lower_ in _RELATIVE_PRONOUNS for c in token.children) and (
            token.head.ent_type_ not in TIME_ENTITIES):
        own = [token.head]  # "a verdict the EU condemned", "the weapons Iran sent": what the clause is on
    if not own and token.pos_ == "VERB":
        # "allowed inspectors to visit", "allowed inspectors back into", "beat farmers harvesting olives": the parser
        # makes the object the subject of the infinitive, the particle or the participle
        own = [s for c in _children(token, ("ccomp",)) if c.pos_ in ("ADV", "ADP")
               or (c.tag_ == "VBG" and not _children(c, ("mark", "aux")))  # (not "charged that X was preparing")
               or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for s in _children(c, ("nsubj",))][:1]
    if not own and token.pos_ == "VERB" and (found := _name_after_participle(token)) is not None and found[0] is None:
        own = [found[1]]  # "moved ousted President Omar al-Bashir to Kober prison"
    if not own and token.dep_ == "xcomp" and _children(token, ("dative",)):
        # "promised to send Ukraine 14 tanks": the parser hangs the second object on the governing verb
        own = [o for o in _children(token.head, ("dobj",)) if o.i > token.i][:1]
    if own or token.pos_ != "VERB" or token.i + 2 >= len(token.doc) or token.doc[token.i + 1].dep_ != "cc":
        return own
    shared = token.doc[token.i + 2]  # "beat and arrested" (not "refused to deploy ... and urged its citizens")
    return _children(shared, _OBJECTS)[:1] if shared.dep_ == "conj" and shared.head.i == token.i else []


def _clause_subjects(noun: Token) -> list[Token]:
    """The subject of a noun's that- or for-clause: "reports that Israeli troops had taken ..." -> troops, "its
    call for Israel to protect civilians", "demands for the prime minister to resign" -> Israel, the minister."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "advcl")
               and any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children)]
    clauses += [c for p in _children(noun, ("prep",)) if p.lower_ == "for" for c in _children(p, ("pcomp",))]
    return [s for c in clauses for s in _children(c, ("nsubj", "nsubjpass"))]


def _deal_verb(deal: Token) -> Token | None:
    """The verb that makes or holds a deal: "signed" in "signed an agreement in Beijing, a deal brokered by China"."""
    while deal.dep_ in ("appos", "conj") and deal.head.i != deal.i:
        deal = deal.head
    verb = deal.head if deal.dep_ in _OBJECTS + ("npadvmod",) else deal.head.head if deal.dep_ == "pobj" else None
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _complements_pattern_word(noun: Token, pattern: Pattern) -> bool:
    """"prospect of a settlement": a noun in a prepositional phrase on one of the words the pattern asks for."""
    word = noun.head.head.lemma_.lower() if noun.dep_ == "pobj" else ""
    return any(word in group for group in pattern.required)


def _kind_of_act(code: str) -> str:
    """Violence (18-20) or protest (14): a participle of one kind after a verb of that kind tells what the verb's act
    did; "" for other roots, whose participles are acts of their own ("recalled its envoy, suspending talks")."""
    return "violence" if code[:2] in _VIOLENT_ROOTS else "protest" if code[:2] == _PROTEST_ROOT else ""


def _names_person(mention: Mention) -> bool:
    """A mention of someone a "his" or "her" may stand for: a named person or a role ("RSF commander")."""
    return any(p.entry.kind in ("person", "agent") for p in mention.pieces)


def _governing_prep(word: Token) -> str | None:
    """The preposition a noun phrase hangs on, through conjuncts and modifiers: "with" for "Pakistani" in "with his
    Indian and Pakistani counterparts"."""
    while word.dep_ in ("conj", "amod", "compound", "appos") and word.head.i != word.i:
        word = word.head
    return word.head.lower_ if word.dep_ == "pobj" else None


def _another_occasion(prep: Token) -> bool:
    """Does a preposition place its object a while before or after the event ("a week after the gas attack",
    "days before the vote")? Then its object is another occasion, with its own actors."""
    return prep.lower_ in _SEQUENCE_PREPS and bool(_children(prep, ("npadvmod",)))


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("a tanker that was seized": the tanker); any other word itself."""
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and (
            token.head.head.ent_type_ not in TIME_ENTITIES):  # (", which" after a date stands for the clause)
        return token.head.head
    return token


def _scope(token: Token, carriers: Collection[str] = ()) -> list[Token]:
    """Words a pattern may ask for: the trigger's dependents and those of its object, and what the object carries
    (`carriers`: "sent two planes carrying food and tents to southern Turkey")."""
    scope = list(token.children) + [o for o in _objects(token) if o.head.i != token.i]
    for child in list(scope):
        if child.dep_ in _OBJECTS + ("nsubjpass", "attr", "prt"):
            scope.extend(child.children)
    own_objects = _children(token, _OBJECTS)
    # "waged a campaign of mass violence against the Yazidis": the phrase hangs on what the object is made of
    scope.extend(p for o in own_objects for g in _prep_objects(o, ("of",)) for p in _children(g, ("prep",)))
    # "pledged an extra 500 million pounds in military aid to Ukraine": on what an amount is counted in
    scope.extend(p for o in own_objects if _children(o, ("nummod",))
                 for g in _prep_objects(o, ("in",)) for p in _children(g, ("prep",)))
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass"):
        # "fighting broke out between Armenian and Azerbaijani forces": the parser hangs the sides on the verb
        scope.extend(p for p in _children(token.head, ("prep",)) if p.lower_ == "between")
    if token.pos_ == "NOUN":  # "the lifting of sanctions on Niger": the phrase hangs on what the act is of
        scope.extend(p for g in _prep_objects(token, ("of",)) for p in _children(g, ("prep",)) if p.lower_ != "of")
        # "the Kremlin's rejection on Thursday of the proposal": the parser hangs the object on the day
        dated = [p for t in _children(token, ("prep",)) if is_time_phrase(t)
                 for g in _children(t, ("pobj",)) for p in _children(g, ("prep",)) if p.lower_ == "of"]
        scope.extend(dated + [p for g in dated for o in _children(g, ("pobj",)) for p in _children(o, ("prep",))])
    # "spoke by telephone with Zelensky": the parser hangs the phrase on the means
    # (and as an agent, as if the verb were passive: "spoke by telephone with Iranian President Hassan Rouhani")
    scope.extend(p for b in _children(token, ("prep", "agent")) if b.lower_ == "by" and (
                     b.dep_ == "prep" or not is_passive(token))
                 for g in _children(b, ("pobj",)) if not g.ent_type_ and not _children(g, ("poss",))
                 for p in _children(g, ("prep",)))  # (not "by the country's forces on women": an agent's phrase)
    # "filed a case at the International Court of Justice against Israel": the parser hangs the aim on the venue
    scope.extend(p for g in _prep_objects(token, ("at", "before", "in")) for p in _children(g, ("prep",))
                 if p.lower_ == "against")
    # "fired rockets from positions in southern Lebanon at Israeli towns": the parser hangs the aim on the origin
    scope.extend(p for g in _prep_objects(token, ("from",)) for p in _children(g, ("prep",))
                 if p.lower_ in _LAUNCHED_TOWARD)
    # "killed ten officers and their driver with a roadside bomb": the parser hangs the phrase on the last object
    scope.extend(p for o in own_objects for c in o.children if c.dep_ == "conj" for p in _children(c, ("prep",)))
    carried = [g for o in own_objects for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in carriers
               for g in _children(c, ("dobj", "prep"))]
    # "fired rockets filled with chlorine at Iraqi troops": a phrase the parser hangs on what is carried
    scope.extend(carried + [p for g in carried for o in [g, *_children(g, ("pobj",))] for p in _children(o, ("prep",))])
    if token.dep_ == "acl" or (token.dep_ == "relcl" and any(
            c.dep_ == "nsubjpass" and c.lower_ in _RELATIVE_PRONOUNS for c in token.children)):
        scope.append(token.head)  # "a tanker seized by Iran", "a tanker that was seized by Iran"
    for child in list(scope):
        if child.dep_ in ("advmod", "amod", "acomp") and child.lemma_.lower() in _NEAR_WORDS:
            scope.extend(c for c in child.children if c.dep_ == "prep")  # "close to the border": near it
        elif child.dep_ == "prep" and not _children(child, ("pobj", "pcomp")) and child.tag_ not in ("VBG", "VBN"):
            # (but "according to Save the Children" is no target)
            scope.extend(c for c in child.children if c.dep_ == "prep")  # "out of Somalia", "away from"
    return scope


def _pattern_words(scope: list[Token], partitives: frozenset[str], answers: Collection[str] = ()) -> list[Token]:
    """The words a pattern's required words may be: the scope, prepositional and agent objects, compounds of
    subjects and objects ("a roadside bomb"), and the members a partitive counts ("dozens of diplomats")."""
    # (not a participle used as a preposition: "According to the observers, Israeli jets struck ..." strikes no accord)
    # (nor a second verb: "Portugal held firm and struck in extra time" holds no strike)
    # (nor a time phrase's preposition: "agreed on Friday to restore relations, in a deal" agreed on no deal)
    words = [t for t in scope if not (t.dep_ == "prep" and t.tag_ in ("VBG", "VBN"))
             and not (t.dep_ == "conj" and t.pos_ == "VERB" and t.head.pos_ in ("VERB", "AUX"))
             and not (t.dep_ == "prep" and is_time_phrase(t))]
    # (nor what came a while before or after: "fired missiles ... a week after the gas attack" fired no gas; nor what
    # an act answers: "suspend bilateral trade in protest at New Delhi's decision" suspends no protest)
    # (nor what a verb's act is over: "launched air strikes on Syria over a suspected gas attack" used no gas)
    words += [g for t in scope if t.dep_ in ("prep", "agent") and not _another_occasion(t)
              and not (t.lower_ == _REASON_PREP and t.head.pos_ == "VERB")
              for g in t.children if g.dep_ == "pobj" and not (t.lower_ == "in" and g.lemma_.lower() in answers)]
    # (not a named subject's title: "Prime Minister Tanaev received observers" received no minister)
    words += [c for t in words if t.dep_ == "pobj" or (t.dep_ in _SUBJECTS and t.pos_ != "PROPN")
              for c in t.children if c.dep_ == "compound"]
    words += [g for t in words if t.lemma_.lower() in partitives  # "the expulsion of dozens of diplomats"
              for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in _children(p, ("pobj",))]
    return words


def _rivalry_verb_objects(noun: Token) -> list[Token]:
    """Whom a rivalry noun's own verb names it with: "as tensions flared with Kosovo" (the noun as its subject, or the
    verb parsed as a participle on it)."""
    verbs = _children(noun, ("acl",)) + ([noun.head] if noun.dep_ == "nsubj" else [])
    return [o for verb in verbs for o in _prep_objects(verb, ("with",))]


def _label_words(verb: Token) -> list[Token]:
    """The words of what a verb calls its object, for patterns that ask what it is called: "called Israel a terror
    state", "described Pakistan as the epicentre of terrorism", "called the trial of Bolsonaro a witch hunt"."""
    if verb.pos_ != "VERB":
        return []
    labels = _children(verb, ("oprd", "acomp")) + _prep_objects(verb, ("as",)) + [
        a for o in _children(verb, _OBJECTS) for g in [o, *_prep_objects(o, ("of",))] for a in _children(g, ("appos",))]
    words = [w for label in labels for w in [label, *_children(label, ("compound", "amod", "advmod")),
                                             *_prep_objects(label, ("of",))]]
    # ("a puppet of Exxon and a terror state": the second label hangs on the first one's phrase)
    return words + [w for c in {c for w in words for c in w.conjuncts} for w in [c, *_children(c, ("compound", "amod"))]]


def match_pattern(pattern: Pattern, token: Token, scope: list[Token],
                  words: list[Token]) -> tuple[list[Token], set[int]] | None:
    """Candidate role arguments (best first; empty when the pattern has no role) and the tokens used.
    `scope` and `words` are the trigger's (`_scope`, `_pattern_words`), the same for every pattern tried."""
    used: set[int] = set()
    for group in pattern.required:
        hit = next((t for t in words if t.i not in used and (t.lemma_.lower() in group or t.lower_ in group or (
            t.pos_ == "PROPN" and t.lower_[:-1] in group))), None)  # "the Abraham Accords": names are not lemmatised
        if hit is None:
            return None
        used.add(hit.i)
    arguments: list[Token] = []
    if pattern.preps:
        for prep in scope:
            word = "near" if prep.lower_ == "to" and prep.head.lemma_.lower() in _NEAR_WORDS else prep.lower_
            if prep.dep_ in ("prep", "agent", "dative") and word in pattern.preps and prep.i not in used and (
                    pattern.required or prep.head.i == token.i or prep.head.dep_ not in _OBJECTS) and (
                    prep.head.i in used or not _of_object(prep.head, token)):
                # "the demand on Monday for a ceasefire": a date is no target
                arguments += [a for a in _children(prep, ("pobj", "pcomp")) if a.ent_type_ not in TIME_ENTITIES]
        found = _name_after_participle(token) if "to" in pattern.preps else None
        if found is not None and found[0] is not None:
            arguments.append(found[1])  # "granted asylum to ousted Syrian President Bashar al-Assad"
    elif pattern.role:
        if pattern.noun:
            return None
        if is_passive(token):
            # "was tortured and killed": the subject of the first passive is the second's
            # ("arrived in Moscow and was welcomed by Putin": the active first verb's subject is the second's too,
            # when an "and" joins them; without one the parser has made a conjunct of the main verb)
            joined = token.dep_ == "conj" and any(c.dep_ == "cc" for c in token.head.children)
            shared = ("nsubjpass", "nsubj") if joined else ("nsubjpass",)
            subjects = _children(token, ("nsubjpass",)) or (
                _children(token.head, shared) if token.dep_ == "conj" else [])
            # the subject may be the required word itself: "two diplomats were expelled" (+diplomat TARGET)
            arguments = [t for t in subjects if t.i not in used] + subjects
            if not arguments and token.dep_ == "acl" and (token.head.i not in used or "parties" in pattern.flags):
                arguments = [token.head]  # (what the parties hold may be the required word: "talks hosted by Erdogan")
        else:
            objects = _objects(token)
            # the object itself may be the required word: "expel +diplomat TARGET"
            arguments = _children(token, ("dative",)) + [t for t in objects if t.i not in used] + objects
    if (pattern.preps or pattern.role) and not arguments:
        return None
    if "parties" in pattern.flags and pattern.required and not used & {a.i for a in arguments}:
        return None  # "hosted Putin at a summit" hosts Putin; "talks hosted by Erdogan" are what is hosted
    return arguments, used


def _act_at(event: "EventCandidate", verb: Token) -> tuple:
    """What an event does, between whom, as if told by `verb`: the same kind of act between the same sides."""
    return verb.i, event.source.anchor, event.target.anchor if event.target else None, event.code[:2]


def _split_between(words: list[str], first: frozenset[str], second: frozenset[str]) -> bool:
    """Do two patterns' required words name different items of one list of objects ("its ambassador and its
    troops": ambassador for one, troops for the other)?"""
    ones = {w for w in words if w in first and w not in second}
    others = {w for w in words if w in second and w not in first}
    return bool(ones and others)


def best_match(patterns: list[Pattern], token: Token, partitives: frozenset[str] = frozenset(),
               carriers: Collection[str] = (), answers: Collection[str] = (),
               commands: Collection[str] = (), denials: Collection[str] = ()) -> list[tuple[Pattern, list[Token]]]:
    """Matching patterns, most specific first; a matching discard pattern blocks the trigger. `commands`: verbs
    whose patterns may ask for what they make the other side do it to ("ordered China to close its consulate");
    `denials`: verbs whose patterns may ask for the phrases of what they deny ("denied that it was behind the
    hacking of Sony Pictures")."""
    matches = []
    scope = _scope(token, carriers)
    if token.lemma_.lower() in denials:  # "denied that Moscow had interfered in the US election"
        scope += [p for said in _children(token, ("ccomp",)) for p in _children(said, ("prep",))]
    words = _pattern_words(scope, partitives, answers) + _label_words(token)
    if token.lemma_.lower() in commands:
        words += [o for done in _children(token, ("xcomp",)) for o in _children(done, ("dobj",))]
    transitive = any(c.dep_ == "dobj" for c in token.children)
    for pattern in patterns:
        if (transitive and "intransitive" in pattern.flags) or (
                "subject" in pattern.flags and token.dep_ not in ("nsubj", "nsubjpass")):
            continue
        found = match_pattern(pattern, token, scope, words)
        if found is not None:
            matches.append((pattern.specificity, "discard" in pattern.flags, pattern, found[0]))
    matches.sort(key=lambda m: (m[0], m[1]), reverse=True)
    if matches and matches[0][1]:
        return []
    return [(pattern, arguments) for _, discard, pattern, arguments in matches if not discard]


def _through_owner(piece: Piece) -> bool:
    """A word that is an actor only through its owner ("Syria's Idlib province", "its border with Belarus")."""
    return all(e.kind == "agent" and not e.sector and not e.country for e in piece.entries)


def _countries(mention: Mention) -> set[str]:
    """The countries and organisations a mention names, its owner's included ("its forces")."""
    return {p.entry.country for p in mention.pieces if p.entry.country} | {
        p.entry.org for p in mention.pieces if p.entry.org}.union(*map(_countries, mention.inherited))


def _toward_each_other(sides: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Each side toward each other one: "X and Y met", "X and Y each handed over prisoners"."""
    return [(a, b) for a in sides for b in sides if a.anchor != b.anchor]


def _state_of(mention: Mention) -> Mention:
    """The state of the people a mention names ("US basketball star Brittney Griner": the United States); an
    organisation or a mention of many countries as it is."""
    countries = _countries(mention)
    if len(countries) != 1 or any(p.entry.org for p in mention.pieces):
        return mention
    country = next(iter(countries))
    state = Entry(COUNTRY, country, country=country)
    return Mention(mention.anchor, [Piece(mention.anchor, mention.anchor + 1, [state])])


def _only_places(mentions: list[Mention]) -> bool:
    """Do these mentions name only places (countries, capitals, cities)?"""
    return all(p.entry.kind in (COUNTRY, CAPITAL) for m in mentions for p in m.pieces)


def _places_of(mentions: list[Mention], countries: set[str]) -> bool:
    """Are these mentions only places of these countries?"""
    return _only_places(mentions) and set().union(*map(_countries, mentions)) <= countries


def _same_side(speaker: Mention, sources: list[Mention]) -> bool:
    """Does the speaker share a country with any of the sources?"""
    return bool(_countries(speaker) & set().union(*map(_countries, sources)))


def _military(mention: Mention) -> bool:
    """Does the mention name armed forces or their weapons ("Israeli tank", "Russian jets")?"""
    return any(p.entry.sector == "MIL" for p in mention.pieces)


def _state_piece(piece: Piece) -> bool:
    """A piece naming a state or its government: "Japan", "the Kremlin", "government"."""
    return piece.entry.kind in (COUNTRY, GOV_SEAT) or piece.entry.sector == _STATE_SECTOR


def _is_bloc(mention: Mention) -> bool:
    """An organisation of states, no one state's: "ECOWAS", "NATO", "the International Criminal Court"."""
    return bool(mention.pieces) and all(p.entry.kind == ORG and not p.entry.country for p in mention.pieces)


def _governs(mention: Mention) -> bool:
    """Does the mention name a state or those who govern it ("Sri Lanka", "President Rajapaksa", "the Kremlin")?"""
    return any(_state_piece(p) or p.entry.kind == PERSON for p in mention.pieces)


def _is_state(mention: Mention) -> bool:
    """A state itself or its government by name: "Japan", "the Kremlin", "the Japanese government"."""
    return bool(mention.pieces) and all(map(_state_piece, mention.pieces))


def _own_place(mention: Mention, sources: list[Mention]) -> bool:
    """A country or city of the actors' own side, named as where they act: "raised the threat level in Brussels"."""
    return _same_side(mention, sources) and all(p.entry.kind in (CAPITAL, COUNTRY) for p in mention.pieces)


class SentenceCoder:
    """Codes the sentences of one document; keeps the document's mentions for lookups."""

    def __init__(self, lexicon: EventLexicon, mentions: dict[int, Mention], pieces: list[Piece],
                 reporting_verbs: set[str], gazetteer=None, as_said=None) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.as_said = as_said  # (Location, sentence) -> the namesake the sentence places in another country
        self.partitives = frozenset(lexicon.partitives)
        self.mentions = mentions
        self.piece_at = {i: p for p in pieces for i in range(p.start, p.end)}
        # the anchor of the mention each actor word belongs to ("Londono" in "FARC leader Rodrigo Londono": "leader")
        self.anchor_at = {i: m.anchor for m in mentions.values() for p in m.pieces for i in range(p.start, p.end)}
        self.reporting_verbs = reporting_verbs
        self.told: list[EventCandidate] = []  # the events of the sentences coded so far, for "condemned the move"
        self.pair_occasions: dict[frozenset, list[Token]] = {}  # "the two leaders": the act whose two sides they are
        self.coding: list[EventCandidate] = []  # the events of the sentence being coded, so far

    # -- actors ---------------------------------------------------------------------------------
    def mention_for(self, token: Token | None) -> Mention | None:
        if token is None:
            return None
        if token.i in self.mentions and not all(map(_through_owner, self.mentions[token.i].pieces)):
            mention = self._as_named_before(self.mentions[token.i], token)
            unowned = not mention.inherited and not _countries(mention)
            # "a crowd of Iranian students": the students; "thousands of Rohingya refugees", a count of people, are
            # the refugees though the count takes their country too
            if token.lemma_.lower() in self.partitives and (
                    unowned or all(p.entry.sector == "CVL" for p in mention.pieces)):
                members = self.mention_for(next(iter(_prep_objects(token, ("of",))), None))
                if members is not None:
                    return members
            if (unowned or token.lemma_.lower() in self.lexicon.group_words) and (
                    group := self._group_named_before(token)) is not None:
                return group  # "M23 rebels seized Goma. A day later, the rebels threatened ..."
            if unowned:
                # "fighters from the Islamic State", "judges at the ICC", "Myanmar's military": the role is
                # the group's, the court's, the country's
                owners = _prep_objects(token, _OWNER_PREPS) + _children(token, ("poss",))
                if all(p.entry.sector == _ON_THE_MOVE for p in mention.pieces):
                    # "migrants trying to cross from Turkey": people on the move are of where they come from
                    owners += [o for clause in _children(token, ("acl", "relcl")) for t in clause.subtree
                               if t.dep_ == "prep" and t.lower_ == "from" for o in _children(t, ("pobj",))]
                # "the Saudi-led military coalition" is Saudi Arabia's (only "led": "backed" names a supporter)
                owners += [o for led in _children(token, ("amod",)) if led.lemma_.lower() in _LED
                           for o in _children(led, ("npadvmod", "compound", "nmod"))]
                for owner in filter(None, map(self.mention_for, owners)):
                    if _countries(owner):
                        return Mention(mention.anchor, mention.pieces, [owner])
                # "officials in Kyiv", "the government in Kabul": a civil role seated in a country is its
                # (troops "in Mali" may be anyone's)
                if not any(p.entry.sector in _STATIONED_SECTORS for p in mention.pieces):
                    for seat in map(self.mention_for, _prep_objects(token, ("in",))):
                        if seat is not None and all(p.entry.kind in (COUNTRY, CAPITAL) for p in seat.pieces) and (
                                _countries(seat)):
                            return Mention(mention.anchor, mention.pieces, [seat])
                # "Netanyahu said the army would launch an offensive": a state's own forces or government, in what
                # a speaker of that state says
                if any(p.entry.sector in _STATE_FORCES for p in mention.pieces) and _definite(token):
                    speaker = self._reported_speaker(token, 4)
                    if speaker is not None and speaker.anchor != token.i and any(
                            p.entry.country for m in [speaker, *speaker.inherited] for p in m.pieces):
                        return Mention(mention.anchor, mention.pieces, [speaker])
            return mention
        if token.lower_ in _POSSESSIVE_PRONOUNS and token.dep_ == "poss":
            return self._possessor(token)
        clause = self._clause_summed_up(_antecedent(token))
        if clause is not None and not any(e.trigger in clause.ancestors and e.code[:2] in _JUDGEMENT_ROOTS
                                          for e in self.coding):
            # "a move Seoul denounced", "in what Arce denounced as a coup": the mover's (but what an accusation
            # accuses is judged by it: "accused US forces of kidnapping him in what he called a coup")
            doers = self._doers_of(clause)
            return self._act_noun_of(token, doers) if doers else None
        if _antecedent(token) is not token:
            act = self._act_around_place(_antecedent(token)) if token.dep_ == "nsubj" else None
            if act is not None:  # "Israel's strike on the embassy compound in Damascus, which killed ...": Israel's
                return next(iter(self._noun_sources(act)), None)
            return self.mention_for(_antecedent(token))
        if token.lemma_.lower() in self.lexicon.relations:
            # "along the border with Colombia", "the waters off Taiwan": the neighbour named
            objects = _prep_objects(token, _RELATION_PREPS)
            if not objects and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
                # "reinforced its troops along the border with Georgia": the parser hangs "with" on the verb
                objects = [o for o in _prep_objects(token.head.head, ("with",)) if o.i > token.i]
            found = next(filter(None, map(self.mention_for, objects)), None)
            if found is not None:
                return found
        for relation in _prep_objects(token, ("in",)):
            if relation.lemma_.lower() in self.lexicon.relations:  # "an improvement in relations with Washington"
                return self.mention_for(relation)
        named_before = self._country_named_before(token) if token.lemma_.lower() in (
            self.lexicon.state_nouns | self.lexicon.neighbours) else self._group_named_before(token)
        if named_before is not None:
            return named_before
        piece = self.piece_at.get(token.i)
        if piece is not None and not _through_owner(piece):  # a name inside a larger phrase: "Russian air strikes"
            return Mention(anchor=token.i, pieces=[piece])
        if piece is not None:  # "inspectors from the IAEA": the agency's
            owner = next((m for m in map(self.mention_for, _prep_objects(token, _OWNER_PREPS)) if m and _countries(m)),
                         None)
            if owner is None and token.dep_ in _SUBJECTS:  # "the military said its aircraft struck": the military's
                owner = next((m for c in _children(token, ("poss",)) if c.lower_ in _POSSESSIVE_PRONOUNS
                              for m in [self._possessor(c)] if m and _countries(m)), None)
            if owner is not None:
                return Mention(anchor=token.i, pieces=[piece], inherited=[owner])
        place = self._place_actor(token) or self._place_named_by(token)
        if place is not None:
            return place
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.nouns and (
                token.dep_ in _SUBJECTS or any(c.dep_ == "relcl" for c in token.children)):
            actors = self._noun_sources(token)  # "a Russian missile strike killed 12": Russia did
            if actors:
                return actors[0]
        if token.pos_ == "VERB" and token.dep_ in _SUBJECTS + _OBJECTS and token.lemma_.lower() in self.lexicon.owned:
            # "Union demands ... were rejected": a noun the tagger took for a verb, owned by its "subject"
            return self.mention_for(next(iter(_children(token, ("nsubj",))), None))
        if token.pos_ in ("VERB", "AUX") and any(c.lower_ in ("whether", "if") for c in token.children):
            # "an investigation into whether Chinese carmakers benefit": the carmakers
            return self.mention_for(next(iter(_children(token, _SUBJECTS)), None))
        if token.tag_ == "VBG" and token.dep_ == "pcomp":
            # "fired tear gas at protesters marching on the palace": the marchers (not "talks, with the minister
            # shuttling between them"); "optimistic about mending relations with Seoul": what is mended; "for
            # granting Ukraine candidate status": to whom
            doers = _children(token, ("nsubj",)) if token.head.lower_ in _AIMED_PREPS else []
            return self.mention_for(next(iter(doers + _children(token, ("dative",) + _OBJECTS)), None))
        for child in token.children:
            # "hundreds of Iraqi protesters" are the protesters
            if child.dep_ == "prep" and child.lower_ == "of" and (
                    token.lemma_.lower() in self.lexicon.partitives or token.pos_ == "NUM"):
                return self.mention_for(next(iter(_children(child, ("pobj",))), None))
            # "against Macron's pension plan" is against Macron; "the country's power grid" is the country's
            if child.dep_ == "poss" and token.pos_ in ("NOUN", "PROPN"):
                owner = self._group_named_before(child) or self.mentions.get(child.i) or (
                    self.mention_for(child) if child.lemma_.lower() in self.lexicon.state_nouns else None)
                if owner is not None:
                    return owner
            # "an inquiry into alleged violations by Russian forces" is into Russian forces; "a roadside bomb
            # planted by Taliban insurgents" is the Taliban's
            # (not people of a nation, on whom the parser hangs the act's by-phrase: "the detention of three American
            # hikers by Iranian border guards")
            if token.pos_ == "NOUN" and ((child.dep_ == "prep" and child.lower_ == "by") or (
                    child.dep_ == "acl" and child.tag_ == "VBN")) and not any(
                    self._names_nation(c) for c in _children(token, ("amod",))):
                agent = child if child.dep_ == "prep" else next(iter(_children(child, ("agent",))), None)
                by = self.mention_for(next(iter(_children(agent, ("pobj",))), None)) if agent is not None else None
                if by is not None:
                    return by
        # "rejected opposition demands", "turned down a Dutch-led request": the opposition's, the Netherlands'
        owner = self._modifier_owner(token) if token.lemma_.lower() in self.lexicon.owned else None
        if owner is not None:
            return owner
        if token.pos_ == "PROPN" and token.ent_type_ in _NAME_ENTITIES:
            # "Wang Yi held talks ... Biden received Wang": the person named in full before; else kept by name,
            # with no code, or with its owner's country: "China's Ministry of State Security"
            name = entity_at(token) or token.doc[token.i:token.i + 1]
            owners = [m for t in name for m in map(self.mention_for, (c for c in _children(t, ("poss",))
                                                                      if not name.start <= c.i < name.end))
                      if m and _countries(m)]  # (an owner inside the name itself would lead back to the name)
            return self._named_before(token) or Mention(anchor=token.i, inherited=owners[:1])
        return None

    def _act_around_place(self, place: Token) -> Token | None:
        """The event noun whose phrase a place closes ("the strike on the embassy compound in Damascus"): what a
        relative clause after the place is about when the place can do nothing itself; so is a clause after what an
        attack is on ("an attack on a UN peacekeeping camp that killed four Chadian peacekeepers")."""
        if place.ent_type_ not in ("GPE", "LOC", "FAC") and not (place.dep_ == "pobj" and place.head.lower_ in (
                "on", "against")):
            return None
        word = place
        while word.dep_ == "pobj" and word.head.dep_ == "prep":
            word = word.head.head
            if word.pos_ == "NOUN" and word.lemma_.lower() in self.lexicon.nouns:
                return word
        return None

    def _names_nation(self, word: Token) -> bool:
        """Is the word a country's name or nationality ("Russian", "America's")?"""
        piece = self.piece_at.get(word.i)
        return piece is not None and piece.entry.kind in (COUNTRY, DEMONYM)

    def _modifier_owner(self, noun: Token, nations_only: bool = False) -> Mention | None:
        """Whose a noun is, by its modifier: "a Greek request", "opposition demands", "a Dutch-led request";
        with `nations_only`, only a country or nationality names the owner ("500 Russian targets")."""
        if noun.pos_ != "NOUN":
            return None
        for child in noun.children:
            if child.dep_ == "amod" and child.lemma_.lower() in self.lexicon.leading:
                child = next(iter(_children(child, ("npadvmod", "compound", "nmod", "amod"))), child)
            elif child.dep_ not in ("compound", "amod"):
                continue
            if nations_only and not self._names_nation(child):
                continue
            owner = self.mention_for(child)
            if owner is not None:
                return owner
        return None

    def _measured(self, noun: Token) -> list[Token]:
        """A noun and what it measures: "$200 billion worth of Chinese goods" is goods."""
        return [noun, *(_prep_objects(noun, ("of",)) if noun.lemma_.lower() in self.lexicon.measures else [])]

    def _made_in(self, noun: Token) -> list[Mention]:
        """The countries goods come from: "vehicles imported from China", "steel made in Turkey", "imports from
        China", "goods from Mexico and Canada"."""
        places = [o for verb in _children(noun, ("acl",)) if verb.tag_ == "VBN"
                  and verb.lemma_.lower() in self.lexicon.made for o in _prep_objects(verb, ("from", "in"))]
        if noun.lemma_.lower() in self.lexicon.goods:
            places += _prep_objects(noun, ("from",))
        return [m for place in places for one in [place, *place.conjuncts] for m in [self.mention_for(one)]
                if m is not None and _countries(m)]

    def _country_named_before(self, noun: Token) -> Mention | None:
        """The state "the Nordic country" or "the island nation" stands for: that of the last country named before
        it, by its name (not "Turkish"), as its government acts ("Sri Lanka's opposition demanded that the country
        hold elections"). A noun with an owner of its own ("the country of origin") stands for none, but for "its
        neighbour" the owner is the one country it is not."""
        pronoun = next((c for c in _children(noun, ("poss",)) if c.lower_ in _POSSESSIVE_PRONOUNS), None) if (
            noun.lemma_.lower() in self.lexicon.neighbours) else None
        owner = self._possessor(pronoun) if pronoun is not None else None
        if not (_definite(noun) or owner is not None) or any(
                (c.dep_ == "prep" and pronoun is None) or (c.dep_ == "poss" and c != pronoun) for c in noun.children):
            return None
        # not the country of the clause's own subject: "Turkey's president denounced the Nordic country"
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = {t.i for s in (_children(verb, _SUBJECTS) if verb is not None else []) if noun not in s.subtree
                   for t in s.subtree}
        own = _countries(owner) if owner is not None else set()
        named = [m for i, m in self.mentions.items() if i < noun.i and i not in subject and m.pieces
                 and all(p.entry.kind == COUNTRY for p in m.pieces) and not _countries(m) & own]
        if not named:
            return None
        state = Piece(noun.i, noun.i + 1, [Entry("agent", noun.lemma_.lower(), sector=_STATE_SECTOR)])
        return Mention(anchor=noun.i, pieces=[state], inherited=[max(named, key=lambda m: m.anchor)])

    def _group_named_before(self, noun: Token) -> Mention | None:
        """The organisation "the group", "the rebels" or "the alliance" stands for: the last one named in its sentence
        or the two before, an armed group for the words of armed groups, an international body for "the bloc" or
        "the agency" ("NATO leaders met in Vilnius. The alliance invited Sweden to join"), any other for "the group"
        (not the UN of "a UN spokesman said")."""
        kind = self.lexicon.group_words.get(noun.lemma_.lower())
        kinds = {c.i: self.piece_at[c.i].entry for c in _children(noun, ("amod",)) if c.i in self.piece_at}
        nations = {e.country for e in kinds.values() if e.kind in (COUNTRY, DEMONYM)}  # "the Palestinian group"
        if kind is None or not _definite(noun) or any(e.kind not in ("agent", COUNTRY, DEMONYM) for e in kinds.values(
                )) or _children(noun, ("poss", "compound", "nmod")) or any(
                o.i in self.mentions or o.i in self.piece_at for o in _prep_objects(noun, ("of", "from"))):
            return None  # ("the group of protesters" says whose)
        first = _sentences_back(noun, 2)

        def fits(mention: Mention) -> bool:
            entries = [p.entry for p in mention.pieces if p.entry.kind == ORG]  # "Hamas fighters": Hamas
            if not entries or (nations and not any(e.country in nations for e in entries)):
                return False
            armed = any(e.sector == "REB" for e in entries)
            body = not (armed or any(e.country for e in entries))  # the UN, the EU, NATO: no "group"
            return armed if kind == "armed" else body if kind == "body" else not body

        named = [m for i, m in self.mentions.items() if first <= i < noun.i and fits(m)]
        if not named:
            return None
        orgs = [p.entry for p in max(named, key=lambda m: m.anchor).pieces if p.entry.kind == ORG]
        return Mention(noun.i, [Piece(noun.i, noun.i + 1, orgs)])  # (here, so its text is the evidence's)

    def _as_named_before(self, mention: Mention, token: Token) -> Mention:
        """A surname alone is the person named in full before it ("President Raul Castro ... Castro demanded": Raul,
        not Fidel nor Xiomara Castro of Honduras)."""
        piece = mention.pieces[0] if len(mention.pieces) == 1 else None
        if piece is None or piece.end - piece.start != 1 or sum(e.kind == PERSON for e in piece.entries) < 2:
            return mention  # (a name only one person bears needs no looking back)
        earlier = self._named_before(token)
        people = [e for p in (earlier.pieces if earlier is not None else ()) for e in p.entries if e.kind == PERSON]
        if not people or {e.person for e in people} == {e.person for e in piece.entries if e.kind == PERSON}:
            return mention
        return Mention(mention.anchor, [Piece(piece.start, piece.end, people)], mention.inherited, mention.coordinated)

    def _doer_told_before(self, noun: Token) -> Mention | None:
        """Whose "the move", "the decision" or "the trip" is: the doer of the last event of its kind told before it in
        its sentence, outside the clause that names it ("Israeli jets struck a school, and the UN condemned the
        attack"), else of the first the story told in an earlier sentence, its lede's for a noun of no kind ("Israeli
        warplanes pounded Gaza. Hamas fired rockets. Mubarak condemned the raids": Israel's)."""
        if noun.lemma_.lower() not in self.lexicon.act_nouns or not _definite(noun) or any(
                c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("of", "by")) or (
                    c.dep_ == "amod" and c.i in self.piece_at) for c in noun.children):
            return None  # ("the German decision", "the decision by Berlin" say whose)
        kinds = {p.code[:2] for p in self.lexicon.nouns.get(noun.lemma_.lower(), ())}
        clause = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), noun)
        here = [e for e in self.coding if e.trigger.i < noun.i and e.trigger not in clause.subtree
                and (not kinds or e.code[:2] in kinds)]
        if not here:  # "Abe visited the Yasukuni shrine, and China condemned the visit": the visitor, though the
            # shrine made the visit no event between two sides
            verbs = [t for t in noun.sent if t.i < noun.i and t.pos_ == "VERB" and t not in clause.subtree
                     and t.lemma_.lower() == noun.lemma_.lower()]
            doers = self._doers_of(verbs[-1]) if verbs else []
            if doers:
                return self._act_noun_of(noun, doers)
        earlier = here[-1:] + [e for e in self.told if e.trigger.sent.start < noun.sent.start
                               and (not kinds or e.code[:2] in kinds)]
        if not earlier:
            return None
        return self._act_noun_of(noun, [earlier[0].source])

    @staticmethod
    def _act_noun_of(noun: Token, doers: list[Mention]) -> Mention:
        """An act noun standing for its doers, its own word the evidence."""
        piece = Piece(noun.i, noun.i + 1, [Entry("agent", noun.lemma_.lower())])
        return Mention(noun.i, [piece], doers[:1], coordinated=doers[1:])

    def _clause_summed_up(self, word: Token) -> Token | None:
        """The verb of the clause a word sums up: an act noun set after it ("imposed curbs on Seoul on Friday, a move
        Seoul denounced", "cut ties with Qatar — a blockade Doha denounced") or holding it ("voted to open an inquiry,
        in a resolution that Tehran denounced"), "what" after "in" ("stormed the palace in what Arce denounced as a
        coup"), "which" after a date ("on Friday, which Beijing denounced")."""
        head = word.head
        if word.lemma_.lower() in self.lexicon.act_nouns and head.i < word.i:
            verb = head
            if word.dep_ == "pobj" and head.lower_ == "in" and _children(word, ("relcl",)):
                verb = head.head
            elif word.dep_ == "appos":  # (on the verb's object: "ties with Qatar — a blockade")
                while verb.dep_ in _OBJECTS + ("pobj", "prep", "conj") and verb.pos_ not in ("VERB", "AUX"):
                    verb = verb.head
            elif not (word.dep_ == "npadvmod" or (word.dep_ in _OBJECTS and any(
                    o.i < word.i for o in _children(head, _OBJECTS)))):
                return None  # (a second object is the parser's reading of the same aside)
            before = word.doc[word.left_edge.i - 1] if word.left_edge.i else word
            if verb.pos_ in ("VERB", "AUX") and (before.text in _ASIDE_MARKS or word.dep_ == "pobj"):
                return verb
            return None
        if word.lower_ == "it" and word.dep_ in _OBJECTS and head.dep_ == "advcl" and head.tag_ == "VBG" and (
                _label_words(head)) and head.head.pos_ in ("VERB", "AUX"):
            return head.head  # "shot down a balloon, calling it an overreaction": the shooting
        if word.lower_ == "what" and head.dep_ == "pcomp" and head.head.lower_ == "in" and (
                head.head.head.pos_ in ("VERB", "AUX")):
            return head.head.head
        date = head.head
        if word.lower_ == "which" and head.dep_ == "relcl" and date.ent_type_ in TIME_ENTITIES and (
                date.dep_ == "pobj" and date.head.head.pos_ in ("VERB", "AUX")):
            return date.head.head
        return None

    def _doers_of(self, verb: Token) -> list[Mention]:
        """Who did what a clause tells: the sources of the events coded at its verb, else its subject (the agent of
        a passive)."""
        coded = list({e.source.anchor: e.source for e in self.coding if e.trigger.i == verb.i}.values())
        if coded:
            return coded
        if is_passive(verb):
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            return self.expand(next(iter(_children(agent, ("pobj",))), None)) if agent is not None else []
        subject, _ = self.subject(verb)
        return self.expand(subject)

    def _named_before(self, token: Token) -> Mention | None:
        """An earlier mention of a known person one of whose names this single word is."""
        name = entity_at(token)
        if name is None or len(name) != 1:
            return None
        earlier = [m for i, m in self.mentions.items() if i < token.i and any(
            p.entry.kind == "person" and token.text in p.entry.name.split() for p in m.pieces)]
        return max(earlier, key=lambda m: m.anchor, default=None)

    def _possessor(self, pronoun: Token) -> Mention | None:
        """"Blinken will press China ... during his visit": his -> the clause's subject actor."""
        owner = self._possessor_token(pronoun)
        return self.mentions[owner.i] if owner is not None else None

    def _possessor_token(self, pronoun: Token) -> Token | None:
        """The clause's subject, unless it cannot be what the pronoun stands for: "his" is a person's ("sanctions on
        RSF commander Dagalo, accusing his forces": Dagalo's, not the United States'), "their" is more than one
        side's ("Iran condemned the United States and Britain for their strikes")."""
        clause = pronoun.head
        while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
        subject = None
        for _ in range(4):
            subject = next(iter(_children(clause, ("nsubj", "nsubjpass"))), None)
            if subject is not None and subject.i < pronoun.i and subject.i in self.mentions:
                break
            subject = None
            if clause.head.i == clause.i:
                break
            clause = clause.head
        if subject is None:
            return None
        earlier = [self.mentions[i] for i in range(subject.i + 1, pronoun.i) if i in self.mentions]
        if pronoun.lower_ in ("his", "her") and not _names_person(self.mentions[subject.i]):
            return next((pronoun.doc[m.anchor] for m in reversed(earlier) if _names_person(m)), subject)
        if pronoun.lower_ == "their" and subject.tag_ not in _PLURAL_TAGS and not subject.conjuncts:
            group = next((pronoun.doc[m.anchor] for m in reversed(earlier) if pronoun.doc[m.anchor].conjuncts), None)
            sides = [t for t in (group.conjuncts + (group,) if group is not None else ()) if t.i in self.mentions]
            return min(sides, key=lambda t: t.i) if sides else subject
        return subject

    def _previous_person(self, pronoun: Token) -> Mention | None:
        """"he"/"she": the last named person before it, in this sentence or the one before; a pronoun subject with
        no person before it in its own sentence stands for the last sentence's subject ("Putin met Xi in Beijing on
        Monday. He also met ...": Putin)."""
        def person(mention: Mention) -> bool:  # known, or a name the lexicon lacks ("opposition leader Kem Sokha")
            return any(p.entry.kind == PERSON for p in mention.pieces) or (
                pronoun.doc[mention.anchor].ent_type_ == "PERSON")

        first = _sentences_back(pronoun, 1)
        # "Hun Sen accused him": not the clause's own subject
        own = {t.i for s in _children(pronoun.head, _SUBJECTS) for t in s.subtree} if (
            pronoun.dep_ in _OBJECTS) else set()
        people = [m for i, m in self.mentions.items() if first <= i < pronoun.i and i not in own and person(m)]
        if pronoun.dep_ in _SUBJECTS and first < pronoun.sent.start and all(
                m.anchor < pronoun.sent.start for m in people):
            previous = pronoun.doc[pronoun.sent.start - 1].sent.root
            subject = next(iter(_children(previous, _SUBJECTS)), None)
            named = self.mentions.get(self.anchor_at.get(subject.i, subject.i)) if subject is not None else None
            if named is not None and person(named):
                return named
        return max(people, key=lambda m: m.anchor, default=None)

    def _reporting_verb(self, token: Token, steps: int) -> Token | None:
        """The reporting verb whose clausal complement holds `token` ("officials said Russia attacked")."""
        clause = token
        for _ in range(steps):
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.reporting_verbs:
                return clause.head
            if clause.head.i == clause.i:
                return None
            clause = clause.head
        return None

    def _reported_speaker(self, token: Token, steps: int) -> Mention | None:
        """The actor who says what `token` is part of ("officials said Russia attacked" -> officials)."""
        verb = self._reporting_verb(token, steps)
        return self.mention_for(next(iter(_children(verb, ("nsubj",))), None)) if verb is not None else None

    def _says_it_of_itself(self, token: Token, sources: list[Mention]) -> bool:
        """Is the event's source (by country) the one who reports it?"""
        speaker = self._reported_speaker(token, 5)
        return speaker is not None and _same_side(speaker, sources)

    def _other_speaker(self, token: Token, sources: list[Mention]) -> list[Mention]:
        """The reported speaker, when it is not (by country) the event's source."""
        speaker = self._reported_speaker(token, 5)
        return [] if speaker is None or _same_side(speaker, sources) else [speaker]

    def _speaker_side(self, token: Token) -> list[Mention]:
        """The speaker of a reported agentless passive, when the speaker speaks for a state."""
        mention = self._reported_speaker(token, 4)
        governs = mention is not None and any(
            p.entry.kind in ("person", "gov_seat", "institution") or p.entry.sector == "GOV" for p in mention.pieces)
        return [mention] if governs else []

    def _main_clause_object(self, pronoun: Token) -> Token | None:
        """"cut ties with Qatar, accusing it of ...": the object pronoun of a participle (or the subject pronoun of a
        clause under a second verb of the same subject) stands for the first actor
        its main clause acts on (an object, or the object of a preposition, of the main verb or of its complement:
        "threatened to cut off aid to the Palestinians, accusing them of ..."; else the subject of what it says)."""
        verb = pronoun.head
        if pronoun.lower_ in ("it", "they") and pronoun.dep_ == "nsubj" and verb.dep_ == "ccomp" and (
                verb.head.dep_ == "conj"):
            # "accused Iran of building a plant and demanded that it admit inspectors": the one accused
            return next(iter(_children(verb.head.head, _OBJECTS)), None)
        counted = verb.head if pronoun.dep_ == "pobj" and verb.lower_ == "of" else pronoun  # "some of them"
        if pronoun.lower_ == "them" and counted.dep_ in _OBJECTS and (counted is pronoun or (
                counted.lemma_.lower() in self.partitives)) and counted.head.dep_ == "conj" and not (
                _children(counted.head, _SUBJECTS)) and counted.head.head.pos_ == "VERB":
            # "detained thousands of Syrians and deported some of them": whom the first verb acted on
            first = counted.head.head
            return next((o for obj in _children(first, _OBJECTS)
                         for o in [*_prep_objects(obj, ("of",)), obj] if self.mention_for(o) is not None), None)
        if pronoun.lower_ not in ("it", "them") or pronoun.dep_ not in _OBJECTS or not (
                verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB"):
            return None
        # ("threatened to expel the UN mission, accusing it of ...", where the parser makes the infinitive an advcl)
        clause = [verb.head, *_children(verb.head, ("xcomp",)),
                  *[c for c in _children(verb.head, ("advcl",)) if c.i < verb.i and to_infinitive(c)]]
        # ("ordered the deportation of nine activists, accusing them of ...": whom the act named is done to)
        candidates = [o for v in clause for o in [
            a for obj in _children(v, _OBJECTS)
            for a in (obj, *self._owner_or_aim(obj), *_prep_objects(obj, ("of",)))] + [
            g for p in _children(v, ("prep",)) if p.i < verb.i and p.lower_ in self.lexicon.target_preps
            for g in _children(p, ("pobj",))]]
        # "demanded that the UN mission leave the country, accusing it of ...": whom the demand is of
        candidates += [s for c in _children(verb.head, ("ccomp",)) if c.i < verb.i for s in _children(c, ("nsubj",))]
        return next((c for c in candidates if self.mention_for(c) is not None), None)

    def _armed_by(self, weapon: Token | None) -> list[Mention]:
        """"A Russian missile struck Kyiv's main hospital": a weapon that acts is its country's."""
        if weapon is None or weapon.lemma_.lower() not in self.lexicon.synsets["weapon"]:
            return []
        owners = [self.piece_at[c.i] for c in weapon.children if c.dep_ in ("amod", "compound", "poss")
                  and self._names_nation(c)]
        return [Mention(weapon.i, owners[:1])] if owners else []

    def _one_person(self, token: Token) -> bool:
        """A single person our dictionaries name (no "they"): "Trump", not "Putin and Xi", nor "the Houthis"."""
        mention = self.mention_for(token)
        return not token.conjuncts and token.tag_ not in _PLURAL_TAGS and mention is not None and any(
            p.entry.kind == PERSON for p in mention.pieces)

    def _speaker(self, pronoun: Token) -> Token | None:
        """In reported speech a pronoun subject is the speaker: "Putin said he wants ..." -> Putin."""
        verb = self._reporting_verb(pronoun.head, 4)
        if verb is not None and any(a.dep_ == "relcl" for a in pronoun.ancestors if a.i != verb.i and (
                verb in a.ancestors)):
            return None  # "Putin will visit Vietnam, during which he will hold talks, the ministry said": Putin
        speaker = next(iter(_children(verb, ("nsubj",))), None) if verb is not None else None
        if speaker is not None and pronoun.lower_ == "it" and speaker.tag_ in _PLURAL_TAGS:
            # "EU leaders warned Russia ... should it attack Ukraine": "it" is not the leaders but the one warned
            speaker = next((c for c in _children(verb, ("dobj", "dative")) if c.tag_ not in _PLURAL_TAGS), None)
        if speaker is not None and pronoun.lower_ in ("they", "them") and self._one_person(speaker):
            return None  # "Trump said he had called off strikes after being told they could kill 150 people"
        return speaker if speaker is not None and speaker.i != pronoun.i else None

    def _garrison_of(self, place: Token) -> Token | None:
        """The forces a place is said to host ("a base hosting U.S. troops", "the base in western Iraq, which hosts
        U.S. troops"); None for a named actor ("Macron to host Putin")."""
        if place.i in self.piece_at and self.piece_at[place.i].entry.kind != "agent":
            return None
        clauses = [c for p in [place, *_prep_objects(place, ("in",))] for c in _children(p, ("acl", "relcl"))
                   if c.lemma_.lower() in self.lexicon.hosting]
        # (the parser may hang the participle on the verb: "fired missiles at two bases in Iraq housing US troops")
        clauses += [c for c in _children(place.head.head, ("advcl",)) if place.dep_ == "pobj"
                    and c.lemma_.lower() in self.lexicon.hosting and c.i == place.right_edge.i + 1]
        return next((o for c in clauses for o in _children(c, ("dobj",)) if self.mention_for(o) is not None), None)

    def _pair_told_before(self, noun: Token) -> list[Mention] | None:
        """"The two leaders", "both sides": the two sides of the last meeting, visit or call told before it ("Putin
        hosted Kim Jong Un ... The two leaders held talks"), or the two its host met together."""
        own = self.mentions.get(noun.i)
        if (own is not None and _countries(own)) or noun.lemma_.lower() not in self.lexicon.pairs or not any(
                (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
                for c in noun.children):
            return None
        met = [e for e in [*self.told, *self.coding] if e.trigger.i < noun.i and e.code[:2] == _CONSULT_ROOT
               and e.target is not None and _countries(e.source) and _countries(e.target)]
        if not met:
            return None
        last = met[-1]
        # "Trump hosted Aliyev and Pashinyan, where the two leaders signed": those one side met together
        guests = [e.target for e in met if e.trigger.i == last.trigger.i and e.source.anchor == last.source.anchor]
        pair = guests[:2] if len(guests) > 1 else [last.source, last.target]
        # (the occasion's day: of the act, or of another meeting told in its sentence, "held talks in Paris on Monday,
        # at a summit hosted by Macron")
        self.pair_occasions[frozenset(m.anchor for m in pair)] = [last.trigger] + [
            e.trigger for e in met if e.trigger.sent.start == last.trigger.sent.start and e.trigger.i != last.trigger.i]
        return pair  # (as a pronoun stands for the mention it looks back to)

    def _holder_of(self, place: Token) -> Token | None:
        """Whose a place is said to be by a participle on it ("sites linked to Syria's chemical weapons programme",
        "positions held by the rebels"): the named actor in its to- or by-phrase, or that phrase's owner."""
        if place.i in self.mentions or place.pos_ != "NOUN":
            return None
        # (a past participle, or "belonging": a railway "linking Mombasa to Nairobi" is no one's)
        participles = [c for c in _children(place, ("acl",)) if c.lemma_.lower() in self.lexicon.holding
                       and (c.tag_ in ("VBN", "VBD") or c.lemma_.lower() == "belong")]
        holders = [o for c in participles for o in _prep_objects(c, ("to", "by"))
                   + [g for a in _children(c, ("agent",)) for g in _children(a, ("pobj",))]]
        holders = [h for o in holders for h in [o, *_children(o, ("poss",))]]
        return next((h for h in holders if self.mention_for(h) is not None), None)

    def expand(self, token: Token | None) -> list[Mention]:
        """The actor for a token and for each of its conjuncts ("Saudi Arabia, Egypt and the UAE")."""
        if token is None:
            return []
        if token.lower_ in _POSSESSIVE_PRONOUNS and token.dep_ == "poss":
            owner = self._possessor_token(token)
            return self.expand(owner) if owner is not None else []
        if token.lower_ in _PERSONAL_PRONOUNS and token.i not in self.mentions and (
                self._clause_summed_up(token) is None):  # ("shot down a balloon, calling it ...": the shooting's)
            antecedent = self._main_clause_object(token)
            if antecedent is not None:
                return self.expand(antecedent)
            speaker = self._speaker(token)  # "Putin said he wants ..." -> Putin
            if speaker is not None:
                return self.expand(speaker)
            person = self._previous_person(token) if token.lower_ in ("he", "she", "him", "her") else None
            return [person] if person is not None else []
        counted = next((o for o in _prep_objects(token, ("of",)) if o.lower_ in _PERSONAL_PRONOUNS), None) if (
            token.lemma_.lower() in self.partitives and token.i not in self.mentions) else None
        if counted is not None:  # "deported some of them": as "deported them"
            return self.expand(counted)
        counted_among = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "among" else None
        if counted_among is not None and counted_among.lemma_ == "be" and _children(counted_among, ("nsubj",)):
            # "Three British aid workers were among seven people killed in an Israeli air strike": the workers
            return self.expand(_children(counted_among, ("nsubj",))[0])
        pair = self._pair_told_before(token)
        if pair is not None:  # "The two leaders held talks": the two sides of the last act between two told before
            return pair
        garrison = self._garrison_of(token)
        if garrison is not None:  # "fired missiles at two Iraqi bases hosting U.S. troops": at the US
            return self.expand(garrison)
        holder = self._holder_of(token)
        if holder is not None:  # "launched air strikes on three sites linked to Syria's weapons programme": Syria
            return self.expand(holder)
        author = self._object_author(token)
        if author is not None:  # "rejected a proposal by Britain, France and Germany": theirs
            return self.expand(author)
        found = []
        tokens = [token, *token.conjuncts]
        if token.dep_ == "pobj":  # "imports from the United States, the European Union, Canada ...": the parser
            tokens += [c for c in token.head.head.conjuncts  # hangs the rest of the list on "imports"
                       if c.i > token.i and c.i in self.mentions and c.ent_type_ in ("GPE", "ORG", "NORP")]
        if token.lemma_.lower() in self.partitives or token.pos_ == "NUM":  # "dozens of journalists and academics"
            tokens += [c for p in _prep_objects(token, ("of",)) for c in p.conjuncts]
        for item in [a for t in tokens for a in t.children if a.dep_ == "appos" and a.i in self.mentions
                     and not is_attribution(a) and not is_aside(a)
                     and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
                     and not (t.tag_ == "NN" and not a.conjuncts)]:
            # a list misparsed as appositions: "Saudi Arabia, Egypt and ..." (not "Pakistan, a key US ally", nor
            # the name of one role: "Kandahar's police chief, General Abdul Raziq")
            tokens += [item, *item.conjuncts]
        # "US envoy Zalmay Khalilzad and Taliban leaders": the parser hangs the second actor on the first's name
        tokens += [c for t in list(tokens) for a in t.children if a.dep_ == "appos" and self.anchor_at.get(a.i) == t.i
                   for c in a.conjuncts if c not in tokens]
        if token.dep_ in _SUBJECTS and not token.conjuncts and any(c.dep_ == "cc" for c in token.children):
            # "The Venezuelan government and the opposition held talks": the parser makes the second a subject too
            tokens += [s for s in token.head.children if s.dep_ == token.dep_ and s.i > token.i]
        if token.head.lower_ == "between" and not token.conjuncts:
            # "between Putin and Trump's adviser": the parser hangs Putin on the possessive
            tokens += [c for c in token.children if c.dep_ == "poss" and c.conjuncts]
        for t in tokens:
            if self.anchor_at.get(t.i, t.i) != t.i and any(a.i == self.anchor_at[t.i] for a in tokens):
                continue  # a title's holder the parser made a conjunct of its own: one actor with the title
            mention = self.mention_for(t)
            for one in ([mention, *mention.coordinated, *self._owned_alike(mention, t.doc)] if mention is not None else []):
                if all(m.anchor != one.anchor for m in found):
                    found.append(one)
        return found

    def _object_author(self, token: Token) -> Token | None:
        """The by-phrase the parser hangs on an active verb when it names who made the verb's object ("rejected a
        proposal by Britain"): only an actor of some country, not a means ("seized the town by force")."""
        if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.i in self.mentions or not _children(
                token.head, ("nsubj",)):
            return None
        return next((p for p in _prep_objects(token.head, ("by",)) for m in [self.mention_for(p)]
                     if m is not None and _countries(m)), None)

    def _owned_alike(self, mention: Mention, doc) -> list[Mention]:
        """"The foreign ministers of Armenia and Azerbaijan": the role is each owner's, not only the first's."""
        if len(mention.inherited) != 1:
            return []
        owners = [self.mentions.get(t.i) for t in doc[mention.inherited[0].anchor].conjuncts]
        return [Mention(owner.anchor, mention.pieces, [owner]) for owner in owners if owner is not None]

    def subject(self, token: Token) -> tuple[Token | None, bool]:
        """The grammatical subject of an event word, climbing through control verbs and conjuncts."""
        current = token
        for _ in range(6):
            # (a subject the parser hung on the auxiliary: "Egypt and Qatar are mediating")
            subjects = _children(current, _SUBJECTS) or [s for aux in _children(current, ("aux", "auxpass"))
                                                         for s in _children(aux, _SUBJECTS)]
            mark = next(iter(_children(current, ("mark",))), None) if current is token and len(subjects) > 1 else None
            if mark is not None and subjects[0].i < mark.i < subjects[-1].i:
                # "Modi's bear hug with Putin — hours after a Russian missile struck Kyiv's hospital — drew ...":
                # the parser gives the clause the main clause's subject too; its own comes after its "after"
                subjects = [s for s in subjects if s.i > mark.i]
            if subjects:
                return subjects[0], subjects[0].dep_ == "nsubjpass"
            if current.dep_ in ("relcl",) and current.head.i != current.i:
                return current.head, False
            controller = next((o for o in _children(current.head, ("dobj",)) if o.i < current.i), None) if (
                current.dep_ == "xcomp" and current.head.tag_ == "VBG") else None
            named = self.mention_for(controller) if controller is not None else None
            if named is not None and _countries(named):
                # "..., prompting Israel to recall its ambassador": Israel recalls (but "using military force to take
                # control of Greenland": the user takes it)
                return controller, False
            if current.dep_ == "pcomp" and current.head.lower_ == "by" and current.head.dep_ == "prep" and (
                    current.head.head.pos_ == "VERB" and not is_passive(current.head.head)):
                # "Turkey retaliated by shelling Syrian positions": Turkey shelled them (but "accusing Kigali of a
                # declaration of war by sending troops" tells what the accused did)
                if any(self.mention_for(o) is not None for o in _children(current.head.head, ("dobj",))):
                    return None, False
                current = current.head.head
                continue
            if current.dep_ == "pcomp" and current.head.lower_ in ("of", "for") and current.head.head.pos_ == "VERB":
                accused = next(iter(_children(current.head.head, _OBJECTS)), None)
                if accused is not None:  # "accused Azerbaijan of massing troops": Azerbaijan massed them
                    return accused, False
            if current.dep_ == "advcl" and current.tag_ == "VBG" and current.head.dep_ == "relcl" and (
                    current.doc[current.i - 1].text == ",") and current.head.head.dep_ in _OBJECTS:
                # "vetoed a resolution that would have set up a tribunal, drawing sharp criticism": the parser hangs
                # the closing participle on the relative clause; it tells of the main one
                current = current.head.head.head
                continue
            if current.dep_ == "advcl" and current.tag_ == "VBG" and current.head.dep_ == "ccomp" and (
                    _label_words(current) or current.lemma_.lower() in self.lexicon.reactions):
                # "demanded that Russia release Gershkovich, calling the charges ridiculous": who calls something so is
                # the one who speaks, not the subject of what is reported; so is the one whose saying drew a reaction
                while current.head.dep_ == "ccomp" and current.head.head.pos_ in ("VERB", "AUX"):
                    current = current.head
                current = current.head
                continue
            if current.dep_ == "advcl" and current.tag_ == "VBG" and self._describes_object(current):
                return None, False  # "announced new sanctions on Friday targeting Russian lawmakers": the sanctions'
            if current.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and current.head.i != current.i:
                agent = next((g for a in _children(current.head, ("agent",)) for g in _children(a, ("pobj",))), None)
                if current.dep_ == "advcl" and current.tag_ == "VBG" and self._stops_a_text(current.head):
                    return None, False  # "vetoed a resolution on Friday demanding a ceasefire": what it would have said
                if current.dep_ == "advcl" and current.tag_ == "VBG" and agent is not None:
                    return agent, False  # "was shelled by Russian artillery, killing two civilians": the artillery
                if current.dep_ == "acl" and current.tag_ == "VBN":
                    return (current.head if _predicate_taken_for_participle(current) else None), False
                if current.dep_ == "acl" and current.head.pos_ == "NOUN":
                    # "its willingness to accept", "Russia's decision to expel": the possessor acts
                    owner = next(iter(_children(current.head, ("poss",))), None)
                    if owner is not None:
                        return owner, False
                    if current.tag_ == "VBG":  # "a resolution censuring Tehran": the resolution's
                        if current.head.lemma_.lower() in self.lexicon.documents and current.head.dep_ == "dobj" and (
                                self.mention_for(current.head) is None):
                            if self._stops_a_text(current.head.head):
                                return None, False  # "vetoed a resolution demanding a ceasefire": no one's
                            # "the Security Council adopted a resolution demanding a ceasefire": its adopter's
                            return self.subject(current.head.head)
                        return current.head, False
                current = current.head
                continue
            break
        return None, False

    def _stops_a_text(self, verb: Token) -> bool:
        """Does the verb keep a text it takes as object from being adopted ("vetoed a resolution")? What such a text
        would have said, no one does."""
        return ("stopper", verb.lemma_.lower()) in self.lexicon.cues and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.documents for c in verb.children)

    def is_reported(self, token: Token) -> bool:
        return self._reporting_verb(token, 6) is not None

    # -- events -------------------------------------------------------------------------------
    def code(self, sentence: Span) -> list[EventCandidate]:
        """Events of one sentence. A question reports no event ("Will Trump meet Putin?")."""
        if sentence.text.rstrip().endswith("?"):
            return []
        events: list[EventCandidate] = []
        self.coding = events  # (grows as the triggers are coded: "struck a school, and the UN condemned the attack")
        matched: set[int] = set()
        for token in sentence:
            if token.tag_ == "VBG" and token.dep_ in _SUBJECTS and _prep_objects(token, ("of",)) and (
                    token.lower_ in self.lexicon.nouns):
                # "Russian artillery shelling of residential areas of Kherson killed seven": the tagger's verb is a noun
                patterns = self.lexicon.nouns[token.lower_]
            elif token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT") or (
                    token.pos_ == "ADJ" and token.dep_ == "acomp"):  # "was optimistic about the talks"
                patterns = self.lexicon.verbs.get(token.lemma_.lower())
            elif token.pos_ in ("NOUN", "PROPN"):
                patterns = self.lexicon.nouns.get(token.lemma_.lower())
            else:
                patterns = None
            matches = best_match(patterns, token, self.partitives, self.lexicon.carriers,
                                 self.lexicon.answers, self.lexicon.commands,
                                 self.lexicon.denials) if patterns else []
            events.extend(self._code_trigger(token, matches))
            if any(p.required or p.role for p, _ in matches):
                matched.add(token.i)  # its own pattern decides, even without actors: "declined to comment"
        # A noun event that is the object of a coded verb is that verb's event ("launched an operation"),
        # and so is one that sets its scene ("was assassinated by Israel in an attack on his residence").
        verb_triggers = {e.trigger.i for e in events if not e.pattern.noun}
        violent_verbs = {e.trigger.i for e in events if not e.pattern.noun and e.code[:2] in _PHYSICAL_ROOTS}
        # "hosted talks between US and Russian delegations": the two sides did talk, and the host hosted them
        hosts = {e.trigger.i for e in events if not e.pattern.noun and e.code[:2] == _CONSULT_ROOT}
        events = [e for e in events if not (e.pattern.noun and not (
            "between" in e.pattern.preps and e.trigger.head.i in hosts) and (
            (e.trigger.dep_ in _OBJECTS + ("nsubjpass",) and e.trigger.head.i in verb_triggers)
            # "oversee a ceasefire between Ethiopia and Eritrea": two sides' act that is someone else's topic
            or ("between" in e.pattern.preps and e.trigger.dep_ in _OBJECTS and e.trigger.head.pos_ == "VERB"
                and e.trigger.head.lemma_.lower() not in self.lexicon.light_verbs)
            or (e.trigger.dep_ == "pobj" and e.trigger.head.lower_ == "in" and e.code[:2] in _PHYSICAL_ROOTS
                and e.trigger.head.head.i in violent_verbs)))]
        # "fired missiles at an air base in western Iraq, targeting US troops": the participle names whom an act
        # that named only a place was aimed at (and is that act)
        aimed = {(e.trigger.head.i, e.source.anchor): e for e in events if e.trigger.tag_ == "VBG"
                 and e.trigger.dep_ == "advcl" and not e.place_target and e.code[:2] in _PHYSICAL_ROOTS}
        for event in events:
            if event.place_target and (participle := aimed.get((event.trigger.i, event.source.anchor))):
                event.target, event.place_target = participle.target, False
        # "attacked the mall, killing 39 people": the killing is what the attack did, not a second event
        # (and "..., killing 39 people and wounding 150"); "rallied outside the embassy, chanting slogans": the
        # chanting is the rally
        acts = {(e.trigger.i, e.source.anchor, "violence" if e.trigger.i in violent_verbs else _kind_of_act(e.code))
                for e in events if not e.pattern.noun}
        events = [e for e in events if not (_kind_of_act(e.code) and any(
            t.tag_ == "VBG" and t.dep_ == "advcl" and (t.head.i, e.source.anchor, _kind_of_act(e.code)) in acts
            for t in (e.trigger, e.trigger.head if e.trigger.dep_ == "conj" else e.trigger)))]
        # "will expel 23 British diplomats, retaliating against London": hitting back is why the act was done, not
        # a second act
        coded_verbs = {e.trigger.i for e in events if not e.pattern.noun}
        events = [e for e in events if not (e.trigger.tag_ == "VBG" and e.trigger.dep_ == "advcl" and (
            e.trigger.lemma_.lower() in self.lexicon.retaliation and e.trigger.head.i in coded_verbs))]
        # "signed an agreement to restore ties": the purpose of an act of the same kind is that act's content
        kinds = {_act_at(e, e.trigger) for e in events if not e.pattern.noun}
        events = [e for e in events if not (e.trigger.dep_ == "advcl" and to_infinitive(e.trigger)
                                            and _act_at(e, e.trigger.head) in kinds and not self._summoned(e.trigger))]
        # (a participle of its own, ", accusing it of ...", decides nothing of the verb it hangs on)
        decided = {e.trigger.head.i for e in events if not (e.trigger.dep_ == "advcl" and e.trigger.tag_ == "VBG")} | {
            e.trigger.i for e in events} | matched | {
            e.trigger.head.head.i for e in events if e.pattern.noun and e.trigger.dep_ == "pobj"} | {  # "ready for talks"
            e.modality.recoded_by for e in events} | {  # "promised to continue military aid": 0332, not also 030
            e.trigger.doc[e.modality.recoded_by].head.i for e in events if e.modality.kept_open}  # "refused to rule out"
        for token in sentence:
            if token.pos_ not in ("VERB", "ADJ") or token.i in decided:
                continue
            effect, family = self.lexicon.control_of(token)
            if effect == "recode" and (family or self.lexicon.control_for_others.get(self.lexicon.control_key(token))):
                asked = read_modality(token, self.lexicon)
                if asked.family in ASKING_FAMILIES and asked.recoded_by not in (None, token.i):
                    continue  # a refusal asked of someone is the asking: "demanded that Germany refuse to recognise"
                events.extend(self._code_wrapper(token, family))
            elif order_taker(token, next((c for c in token.children if c.dep_ == "xcomp"), None),
                             self.lexicon) == "other":
                events.extend(self._code_wrapper(token, ""))  # "the ICJ ordered Russia to suspend ...": a demand
        for event in events:
            self._sharpened(event)
        # "marched through Minsk demanding that Lukashenko step down": the demand is what the protest is for
        # and whom it asks is whom it is against ("demonstrated in Kirkuk calling for independence from Iraq");
        # so is a protest it is held for ("started a hunger strike to protest Assad's failure") and a judgement it is
        # held to voice ("rallied in Karachi to denounce Israel's offensive and express solidarity with ...": one
        # protest against Israel)
        protests = {(e.trigger.i, e.source.anchor): e for e in events if e.code.startswith("14")}
        demands = [e for e in events if (e.code[:2] in _APPEAL_FAMILIES or e.code[:2] == _DISAPPROVAL or (
                       e.code.startswith("14") and to_infinitive(e.trigger)))
                   and e.trigger.dep_ in ("advcl", "xcomp") and (e.trigger.head.i, e.source.anchor) in protests]
        for demand in demands:
            protest = protests[demand.trigger.head.i, demand.source.anchor]
            if protest.home_target or (demand.target is not None and protest.pattern.code[:3] == _OBSTRUCTION):
                # (what a blockade of "border crossings with Ukraine" demands of the EU is against the EU)
                protest.target, protest.home_target = demand.target, demand.home_target
        voiced = {(e.trigger.i, e.source.anchor) for e in demands if e.code[:2] == _DISAPPROVAL}
        demands += [e for e in events if e.trigger.dep_ == "conj" and (e.trigger.head.i, e.source.anchor) in voiced]
        folded = set(map(id, demands))
        events = [e for e in events if id(e) not in folded]
        accusations = self._accusations(events)
        accused = {id(e) for e, _ in accusations}
        events = [e for e in events if id(e) not in accused] + [a for _, found in accusations for a in found]
        # "summoned Japan's ambassador to demand the captain's release": the demand is what the summons was
        summoned = {(e.trigger.head.i, e.source.anchor) for e in events if self._summoned(e.trigger)}
        events = [e for e in events if (e.trigger.i, e.source.anchor) not in summoned]
        events += self._occasions(events)
        events += self._returned_in_exchange(events)
        events += self._done_likewise(events, sentence)
        blocked = self._discarded_roots(sentence)
        events = [e for e in events if e.code[:2] not in blocked]
        self.told.extend(events)
        return events

    def _done_likewise(self, events: list[EventCandidate], sentence: Span) -> list[EventCandidate]:
        """"Russia vetoed the draft, and so did China", "South Korea lodged a protest with Japan, and China did the
        same", "Canada, as did Britain, imposed sanctions": the other side did the act too, toward the same side."""
        found: list[EventCandidate] = []
        for do in (t for t in sentence if t.lemma_.lower() == "do" and t.pos_ == "VERB"):
            said = {c.dep_: c.lemma_.lower() for c in do.children}
            likewise = (do.dep_ == "conj" and (said.get("advmod") == "so" or said.get("dobj") == "same")) or (
                do.dep_ == "advcl" and said.get("mark") == "as")
            if to_infinitive(do) or not likewise:  # ("the first minister to do so" is the doer himself)
                continue
            act = do.head
            # ("and so did Portugal": the parser may take the inverted subject for an object)
            doer = next(iter(_children(do, ("nsubj",)) or [c for c in do.rights if c.dep_ in ("dobj", "attr")
                                                           and c.lemma_.lower() != "same"]), None)
            if doer is None and do.i + 1 < len(do.doc) and do.doc[do.i + 1].dep_ == "nsubj" and (
                    do.doc[do.i + 1].head.i == act.i):
                doer = do.doc[do.i + 1]  # (the parser gives the subject of "as did Britain" to the main verb)
            for event in [e for e in events if e.trigger.i == act.i or (e.pattern.noun and e.trigger.head.i == act.i)]:
                for other in self.expand(doer):
                    if other.anchor != event.source.anchor and not any(
                            e.trigger.i == event.trigger.i and e.source.anchor == other.anchor for e in events + found):
                        found.append(replace(event, source=other))
        return found

    def _returned_in_exchange(self, events: list[EventCandidate]) -> list[EventCandidate]:
        """"Russia released Brittney Griner in exchange for Viktor Bout": a release in exchange is a swap, so the
        freed side's state frees the other prisoners in turn (or whoever is said to hold them: "will free 95
        Palestinian prisoners in exchange for three hostages held by Hamas")."""
        found: list[EventCandidate] = []
        for event in events:
            if not event.code.startswith(_RELEASE) or event.target is None or not _countries(event.target):
                continue
            returned = [o for p in _prep_objects(event.trigger, ("in",)) if p.lemma_.lower() in self.lexicon.exchanges
                        for o in _prep_objects(p, ("for",))]
            if not returned:
                continue
            holders = [m for o in returned for held in _children(o, ("acl",)) if held.lemma_.lower() == "hold"
                       for by in held.children if by.dep_ in ("agent", "prep") and by.lower_ == "by"
                       for m in self.expand(next(iter(_children(by, ("pobj",))), None))]
            # (those freed in turn are of their own state, else of the side that freed the first: "Afghan tribal
            # leader Bashir Noorzai")
            target = next((_state_of(m) for o in returned for m in self.expand(o) if _countries(m)), event.source)
            for source in holders or [_state_of(event.target)]:
                if not any(e.code.startswith(_RELEASE) and e.target is not None and _same_side(e.source, [source])
                           and _same_side(e.target, [target]) for e in events + found):
                    found.append(replace(event, source=source, target=target))
        return found

    def _discarded_roots(self, sentence: Span) -> set[str]:
        """Roots a sentence's non-political words block: a word by its lemma, a phrase ("world cup", "extra
        time", "semi-final", which the tokenizer splits) or a shape of words ("crushed Brazil 7-1") by its text."""
        lemmas = {t.lemma_.lower() for t in sentence if t.i not in self.piece_at}  # (not "Awami League")
        return set().union(*[self.lexicon.discard_contexts[t] for t in lemmas if t in self.lexicon.discard_contexts],
                           *[roots for phrase, roots in self.lexicon.discard_phrases if phrase.search(sentence.text)])

    def _occasions(self, events: list[EventCandidate]) -> list[EventCandidate]:
        """"Erdogan urged Putin in a telephone call": the call an act between two sides happened in is an event
        between them too, as CAMEO coders code it (a call "with" someone is coded by its own pattern). Not talks or
        meetings: those have other parties ("pledged aid to Jordan at a meeting in Mecca")."""
        found: list[EventCandidate] = []
        for event in events:
            if event.target is None or event.pattern.noun or event.code[:2] == _CONSULT_ROOT or any(
                    e.code[:2] == _CONSULT_ROOT and e.source.anchor == event.source.anchor
                    and e.target is not None and e.target.anchor == event.target.anchor for e in events):
                continue
            for noun in _prep_objects(event.trigger, _OCCASION_PREPS):
                lemma = noun.lemma_.lower()
                pattern = next((p for p in self.lexicon.nouns.get(lemma, ()) if "with" in p.preps and not p.required),
                               None) if lemma in self.lexicon.occasions else None
                if pattern is None or _prep_objects(noun, ("with", "between")) or any(
                        e.trigger.i == noun.i for e in events):
                    continue
                found.append(EventCandidate(pattern, noun, event.source, event.target, event.modality, pattern.code,
                                            event.confidence, event.anchors, scenes=event.scenes,
                                            time_fallbacks=event.time_fallbacks))
                break
        return found

    def _accusations(self, events: list[EventCandidate]) -> list[tuple[EventCandidate, list[EventCandidate]]]:
        """"The US claimed that ISIL had attacked Iraq": whether or not the attack happened, the claim
        accuses ISIL, and the accusation is the event (as CAMEO codes it), not the attack. Only a hostile act
        claimed of another side is an accusation, and so is one a speaker judges ("said Myanmar's military
        operation was a textbook example of ethnic cleansing"). Pairs each accused act with the accusations it
        gives."""
        found: list[tuple[EventCandidate, list[EventCandidate]]] = []
        for event in events:
            verb = self._reporting_verb(event.trigger, 6)
            if verb is None or event.code[:2] < _HOSTILE or not (
                    verb.lemma_.lower() in self.lexicon.accusing_verbs or self._judged(event.trigger)):
                continue
            pattern = Pattern(_ACCUSE, f"{verb.lemma_.lower()} that ...", verb.lemma_.lower(), False, role="target")
            accusations = self._accused_by_speaker(verb, pattern, [event.source])
            if accusations:
                # "claimed that ISIL attacked Iraq and took Mosul": one accusation
                known = {(a.trigger.i, a.target.anchor) for _, given in found for a in given}
                found.append((event, [a for a in accusations if (a.trigger.i, a.target.anchor) not in known]))
        return found

    def _judged(self, noun: Token) -> bool:
        """Is this act noun the subject of a pejorative verdict: "the operation was a textbook example of ethnic
        cleansing", "the blockade amounted to a crime"?"""
        verdict = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or verdict.lemma_.lower() not in self.lexicon.verdicts:
            return False
        said = [t for c in verdict.children if c.i != noun.i and c.dep_ in ("attr", "acomp", "prep", "xcomp")
                for t in c.subtree]
        return any(t.lemma_.lower() in self.lexicon.synsets["pejorative"] for t in said)

    def _adversaries(self, token: Token, sources: list[Mention], against_only: bool = False,
                     causes_only: bool = False) -> list[Mention]:
        """The other side a show of force answers or strains relations with: "a show of force against North
        Korea", "raising tension with NATO", "since Saturday's attack by Hamas", "after Israel promised a
        response", "in response to Russia's assertiveness"."""
        def others(tokens) -> list[Mention]:
            return [m for t in tokens for m in self.expand(t) if _countries(m) and not _same_side(m, sources)]
        clause = list(token.subtree)
        groups = [
            [o for p in clause if p.dep_ == "prep" and p.lower_ == "against" for o in _children(p, ("pobj",))],
            [o for n in token.sent if n.lemma_.lower() in self.lexicon.rivalry
             for o in _prep_objects(n, ("with", "between")) + _rivalry_verb_objects(n)],
            [o for p in clause if p.dep_ == "prep" and (p.lower_ in self.lexicon.cause_preps or (
                p.lower_ in ("to", "for") and p.head.lemma_.lower() in self.lexicon.answers))
             # "after detecting dozens of Chinese warships": what the gerund saw
             for o in _children(p, ("pobj",)) + [g for c in _children(p, ("pcomp",)) for o in _objects(c)
                                                  for g in [o, *_prep_objects(o, ("of",))]]],
            [subject for verb in clause if verb.dep_ == "advcl" and (verb.head.i == token.i or (
                verb.head.dep_ == "xcomp" and verb.head.head.i == token.i)) and any(
                m.dep_ == "mark" and m.lower_ in self.lexicon.cause_preps for m in verb.children)
             for subject in _children(verb, ("nsubj",))],
            # "calling up 300,000 reservists to fight in Ukraine", "sent troops to deter Russia": whom the force is
            # raised to fight or deter
            [o for verb in clause if verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb)
             and (verb.lemma_.lower() in self.lexicon.deterrents or any(
                 p.code[:2] in _VIOLENT_ROOTS for p in self.lexicon.verbs.get(verb.lemma_.lower(), ())))
             for o in _objects(verb) + _prep_objects(verb, ("in", "against"))],
        ]
        causes = groups[2:4]  # what the act answers: "since Saturday's attack by Hamas", "after Israel promised ..."
        aims = [groups[0], groups[4]]  # "a show of force against North Korea", "sent troops to deter Russia"
        return next(filter(None, map(others, aims if against_only else causes if causes_only else groups)), [])

    def _accusation_of(self, token: Token, pattern: Pattern, doers: list[Mention]) -> list[EventCandidate]:
        """A wrongdoing told by a speaker of another side is that speaker's accusation: "Kuleba said that
        Russian troops had committed war crimes" (1124), "Khan alleged that opposition leaders had laundered
        billions" (1121). The statement is the event: its time and place are the speaking's."""
        verb = self._reporting_verb(token, 5)
        return self._accused_by_speaker(verb, pattern, doers) if verb is not None else []

    def _accused_by_speaker(self, verb: Token, pattern: Pattern, accused: list[Mention]) -> list[EventCandidate]:
        """The reporting verb's subject accusing `accused`, unless it speaks of its own side."""
        accusers = self.expand(next(iter(_children(verb, ("nsubj",))), None))
        if not accusers or not accused or _same_side(accusers[0], accused):
            return []
        reading = read_modality(verb, self.lexicon, reported=self.is_reported(verb))
        anchors = self._anchors(verb)
        return [EventCandidate(pattern, verb, accuser, one, reading, pattern.code, 0.7, anchors,
                               time_fallbacks=self._time_fallbacks(anchors))
                for accuser in accusers for one in accused]

    def _code_trigger(self, token: Token, matches: list[tuple[Pattern, list[Token]]]) -> list[EventCandidate]:
        """Try the matching patterns, most specific first. Once a pattern that asks for particular words
        has matched ("meet +demand"), a vaguer one ("meet") may not code what it left uncoded."""
        for n, (pattern, arguments) in enumerate(matches):
            found = self._code_match(token, pattern, arguments)
            if found and pattern.required:
                found += self._other_objects(token, pattern, matches[n + 1:])
            if found or pattern.required:
                return found
        return []

    def _other_objects(self, token: Token, coded: Pattern,
                       rest: list[tuple[Pattern, list[Token]]]) -> list[EventCandidate]:
        """"will withdraw its ambassador and its 1,500 troops from Niger": an object listed with the one a pattern
        coded, which another pattern names, is an event of its own when of another quad class (not "fired tear gas
        and live rounds at protesters")."""
        lists = [[c.lemma_.lower() for c in (o, *o.conjuncts)] for o in _objects(token) if o.conjuncts]
        if not lists:
            return []
        found: list[EventCandidate] = []
        kinds = {quad_class(coded.code[:2])}
        for other, arguments in rest:
            if other.required and quad_class(other.code[:2]) not in kinds and any(
                    _split_between(words, coded.required[0], other.required[0]) for words in lists):
                found += self._code_match(token, other, arguments)
                kinds.add(quad_class(other.code[:2]))
        return found

    def _code_match(self, token: Token, pattern: Pattern, arguments: list[Token],
                    code: str | None = None) -> list[EventCandidate]:
        arguments = [_antecedent(a) for a in arguments]  # "a tanker that was seized by Iran": the tanker
        reading = read_modality(token, self.lexicon, reported=self.is_reported(token))
        if reading.background:
            return []  # "their first contact since Russia invaded Ukraine": a date, not news
        confidence = 0.9
        if pattern.noun:
            # (a verb's noun has no scene: "revenge for the killing of its commander" is not its own killing)
            sources = self._noun_sources(token, scene="nominalised" not in pattern.flags)
            confidence -= 0.1
        else:
            subject, _ = self.subject(token)
            if is_passive(token):
                # "was tortured and killed by four security agents": the conjoined passive's agent is its own too
                agent = next((c for t in (token, *token.conjuncts) if t.tag_ == "VBN" for c in t.children
                              if c.dep_ == "agent"), None) or self._stray_agent(token)
                agent_object = next(iter(_children(agent, ("pobj",))), None) if agent is not None else None
                sources = self.expand(agent_object)
                if agent is None and not sources and pattern.code[:2] in _VIOLENT_ROOTS:
                    # "were killed in a Russian air strike": whoever did the event that killed them, or the forces
                    # named as its means ("killed in Israeli tank shelling", which the parser reads as "in ... tank")
                    sources = [m for noun in _prep_objects(token, ("in", "during")) for m in (
                        self._noun_sources(noun) if noun.lemma_.lower() in self.lexicon.nouns else
                        [f for f in [self.mention_for(noun)] if f is not None and _military(f)])]
                if agent is None and not sources and pattern.required:
                    # "were hit with US sanctions", "was slapped with Chinese tariffs": whose the means are
                    sources = next(filter(None, (self._noun_sources(n) for n in _prep_objects(token, ("with",))
                                                 if any(n.lemma_.lower() in group for group in pattern.required))), [])
                if agent is None and not sources and pattern.code[:2] in _STATE_ACT_ROOTS and token.dep_ != "acl":
                    # "Russian diplomats will be expelled, May told parliament": the speaker's side acts
                    # ("the mayor, jailed a year ago, ..., officials said": background, no one's act)
                    sources = self._speaker_side(token)
                elif agent is None and not sources and reading.conditional and pattern.code[:2] in _THREAT_ROOTS:
                    # "US bases would be targeted if the US attacked Iran, a Guards commander said": a threat
                    # by the speaker's side
                    sources = [m for m in [self._reported_speaker(token, 4)] if m is not None and _countries(m)]
                confidence -= 0.05
            else:
                armed = self._armed_by(subject)
                sources = self.expand(subject) + self._companions(token, subject) or armed or self._each_side(subject)
                if armed and subject.conjuncts:
                    # "Russian missiles and drones struck ...": the nation before the first weapon owns the list
                    sources = [m for m in sources if _countries(m)] or armed
            if subject is not None and subject.lower_ in _PERSONAL_PRONOUNS:
                confidence -= 0.1
        if "accusation" in pattern.flags:
            return self._accusation_of(token, pattern, sources)
        if "state" in pattern.flags and not (sources and all(map(_is_state, sources))):
            return []
        # "summoned a US diplomat to lodge a protest over a drone strike in Waziristan": to the envoy's side
        # (a state's protest at a summons is the summons, no demonstration)
        summoned = [] if pattern.code[:2] == _PROTEST_ROOT else self._summoned(token)
        if summoned:
            arguments = summoned
        elif not pattern.role and "sym" not in pattern.flags:
            # "declared a truce in Ukraine", "declined to comment on X"; a protest at home is against home
            arguments = self._loose_targets(token, places="home" not in pattern.flags)
            if pattern.code[:2] == "13" and self._vows_retaliation(token, pattern) and not any(
                    map(self.expand, arguments)):
                arguments = self._retaliated_against(token, sources)
        elif not pattern.role and len(sources) < 2 and code is None:
            # a joint act done by one side with another: "accepted a truce with Israel", "Israel's proposal"
            arguments = [a for a in self._loose_targets(token, places=False) if a.head.lower_ == "with" or (
                a.dep_ in _OBJECTS and a.lemma_.lower() in self.lexicon.owned)]
        if pattern.code[:2] in _PHYSICAL_ROOTS and arguments and all(
                a.lemma_.lower() in self.lexicon.open_water for a in arguments):
            # "firing ballistic missiles into surrounding waters", "into waters off the island": a show of force that
            # strikes no one
            return []
        parties = "parties" in pattern.flags  # "an exchange mediated by the UAE": toward each side of the exchange
        found_per_argument = [found for found in (self._parties(a, token) if parties else self.expand(a)
                                                  for a in arguments) if found]
        if parties and not found_per_argument:
            return []
        if not found_per_argument and pattern.role == "target":
            # "denied any involvement in the attacks on Saudi Arabia": an act named as the target is aimed at its own
            # (or what the pattern's own noun is of: "saw little prospect of a settlement with the RSF")
            arguments = arguments + [p for a in arguments if a.lemma_.lower() in self.lexicon.nouns
                                     or _clause_subjects(a) or _complements_pattern_word(a, pattern)
                                     for p in self._owner_or_aim(a)]
            found_per_argument = [found for found in map(self.expand, arguments) if found]
        if not found_per_argument and pattern.role == "target" and not pattern.noun and (
                pattern.code[:2] not in _PHYSICAL_ROOTS):
            # "condemned the coup in Niger", "the military takeover in Gabon was condemned": what happens in a
            # country is that country's
            scenes = [p for a in arguments if a.lemma_.lower() in self.lexicon.nouns or a.lemma_.lower()
                      in self.lexicon.situations for p in _prep_objects(a, ("in",))]
            found_per_argument = [[m] for m in (self.mention_for(p) or self._place_actor(p) for p in scenes)
                                  if m is not None and _countries(m)][:1]
        if pattern.code.startswith(_PLACE_AIMED_CODES):
            # "shelled Kharkiv", "captured Kherson", "sent aid to Derna", "visited Lampedusa": what war is waged on,
            # aid sent to or a visit made to is a place, though the tagger may call a city it does not know a person
            found_per_argument = [[self._place_actor(token.doc[m.anchor], any_label=True) or m if m.name_only else m
                                   for m in found] for found in found_per_argument]
        # an argument that names a known actor itself (not a city: "in Nairobi" is more likely a place) comes
        # before one that only leads to one ("voiced disappointment over a cut agreed by OPEC+ with Saudi Arabia")
        named = {a.i for a in arguments} | {  # (and a pronoun names whom it stands for: "demanded that it admit ...")
            m.anchor for a in arguments if a.lower_ in _PERSONAL_PRONOUNS for m in self.expand(a)}
        # (a capital the verb itself takes as its object is no place: "asked New Delhi to extradite her")
        addressed = {a.i for a in _children(token, ("dobj", "dative"))}
        found_per_argument.sort(key=lambda found: not any(m.anchor in named and _countries(m) and (
            m.anchor in addressed or any(p.entry.kind != CAPITAL for p in m.pieces)) for m in found))
        if not found_per_argument and pattern.code[:2] in _JUDGEMENT_ROOTS:
            # "Netanyahu's office condemned the decision", "Russia dismissed the trip as a provocation": an act told
            # before, whose doer is judged
            found_per_argument = [[m] for m in map(self._doer_told_before, arguments) if m is not None][:1]
        if not found_per_argument and pattern.role != "source":
            # an object named by its nationality alone: "imposed sanctions on 500 Russian targets" (Russia),
            # "searched the Saudi consulate" (Saudi Arabia)
            # "tariffs on $200 billion worth of Chinese goods", "electric vehicles imported from China"
            found_per_argument = [found for found in (
                [m for m in [self._modifier_owner(n, nations_only=True)] if m] or self._made_in(n)
                for a in arguments for n in self._measured(a)) if found][:1]
        # a known actor before a name we have no entry for ("hosted Abe at Mar-a-Lago"); with no target named in the
        # pattern, not a place in the source's own country where another is found ("the PKK claimed a bombing in
        # Ankara, which wounded two police officers": the police)
        ours = set().union(*map(_countries, sources)) if not pattern.role else set()
        known = [found for found in found_per_argument if not all(m.name_only for m in found)]
        targets = next((found for found in known if not (ours and _places_of(found, ours))), None)
        targets = targets or next(iter(known), found_per_argument[0] if found_per_argument else [])
        if "bloc" in pattern.flags and not (targets and all(map(_is_bloc, targets))):
            return []  # "withdrew from ECOWAS" leaves a bloc; "withdrew from Kherson" is a retreat
        if "person" in pattern.flags and not (targets and all(map(_names_person, targets)) and any(
                a.i in self.mentions or a.i in self.anchor_at for a in arguments)):
            # "welcomed Hu Jintao to the White House" hosts him; "welcomed the decision" and "welcomed President
            # Reagan's statement" praise
            return []
        if "place" in pattern.flags and not (targets and all(a.pos_ == "PROPN" for a in arguments)
                                              and _only_places(targets)):
            return []  # "rebels seized Goma" occupy it; "seized a packed theatre" or "parts of Iraq" is not that
        if pattern.role == "source":
            subject, _ = self.subject(token)
            sources, targets = targets, self.expand(subject)
        if pattern.code[:2] == _PROTEST_ROOT and not targets:
            targets = self._defied(token) or self._jailers(token, sources)
        if pattern.code[:2] == _POSTURE_ROOT and sources:
            # "put its nuclear forces on alert, raising tension with NATO": the forces shown are the actor's own;
            # the show is aimed at the other side the sentence names. A show of force "against" a side is aimed at
            # it whatever else it names ("flew over South Korea in a show of force against North Korea"), and so is
            # one made to deter a side ("will send troops to Poland and Germany to deter Russia").
            own = all(_same_side(t, sources) or not _countries(t) for t in targets)
            targets = self._adversaries(token, sources, against_only=not own) or targets
        if pattern.code[:2] == _THREAT_FAMILY and sources and not targets:
            # "vowed to retaliate after Washington ended their exemptions": a threat answers the one it names
            targets = self._adversaries(token, sources, causes_only=True)
        # "Rajapaksa should resign and leave the country": a state named by a common noun is no target of its own
        # government (but "the opposition demanded that the country hold elections" is)
        targets = [t for t in targets if not (token.doc[t.anchor].lemma_.lower() in self.lexicon.state_nouns
                                              and any(_same_side(t, [s]) and _governs(s) for s in sources))]
        if len(targets) > 1 and "sym" not in pattern.flags and (
                {t.anchor for t in targets} == {s.anchor for s in sources}):
            targets = []  # "a ruling opposed by the Russian and Chinese judges": the ruling is theirs, not each other
        pairs = [(s, t) for s in sources for t in targets if s.anchor != t.anchor]
        if reading.family in _APPEAL_FAMILIES and code is None:
            return []  # "urged Russia to withdraw": the appeal is the event, coded by its control verb
        # "X and Y met", "the meeting between X and Y": each side meets the other; "X met Y" is X's act toward
        # Y, one event, as CAMEO coders code it, and "Sisi's talks with Abdullah and Abbas" his with each. An offer
        # or a refusal to meet is one side's ("ready to meet Zelensky"), and so is a promise to meet on terms
        # ("would meet Cordovez if he gave them a veto").
        mutual = not (sources and targets)
        if "sym" in pattern.flags and mutual and ((reading.family is None and not reading.conditional) or not targets):
            # "calls with his Indian and Pakistani counterparts": partners of one unnamed side, not each other's
            group = sources if not targets else [t for t in targets if _governing_prep(token.doc[t.anchor]) != "with"]
            pairs = _toward_each_other(group)
        each = self._each_to_the_other(token) if len(sources) > 1 and not any(map(_countries, targets)) else ""
        if each == "each other" or (each and targets):
            # "Russia and Ukraine each handed over 75 prisoners", "... freed prisoners to each other": to each other
            # (not "Sweden, Denmark and Germany are each investigating the explosions": each on its own)
            pairs = _toward_each_other(sources)
        partners = [t for t in targets if token.doc[t.anchor].head.lower_ == "with"]
        if not partners and len(sources) > 1 and not pattern.role and any(
                t.lemma_.lower() in self.lexicon.joint for t in [token, *_objects(token)]):
            # "Israel and Hamas declared a ceasefire": a joint act of two sides with no one else named as their
            # partner is toward each other (not toward the host of "their summit, hosted by Mubarak")
            pairs = _toward_each_other(sources)
        told = self._told_of_own_act(token, pattern, reading, sources, targets)
        if told:  # "told Hamas that Israel would seize more territory": a threat to Hamas
            pairs = [(s, t) for s in sources for t in told]
            reading.family, reading.modality = "13", "asserted"
        home = not pairs and not targets and "home" in pattern.flags
        # "gunmen attacked a mall in Nairobi": the victims are of the place (needs a place, see pipeline)
        place = not pairs and not targets and bool(arguments) and pattern.code[:2] in _PHYSICAL_ROOTS and not (
            # a threat to strike a place is against the place's state, unless the sentence names another side too
            reading.family == _THREAT_FAMILY and len(self._other_sides(token, sources, groups=True)) > 1)
        if home or place:
            # a state does not protest against itself: "Japan summoned the Chinese ambassador to protest the
            # incursion" is the summons, not a demonstration
            pairs = [(s, s) for s in sources if not (pattern.code[:2] == _PROTEST_ROOT and _is_state(s))]
        if reading.obligation and reading.family in (None, "03") and reading.modality == "hypothetical" and sources:
            demanders = self._other_speaker(token, sources)
            if demanders:  # "the US must be ready to mediate, Mubarak said": Egypt demands it of the US
                pairs = [(d, s) for d in demanders for s in sources]
                reading.family, reading.modality, code = "10", "asserted", None
        standalone = not pattern.noun and reading.family is None and not pattern.flags & {"sym", "home"} and (
            pattern.code.startswith(self.lexicon.standalone))
        posture = pattern.code[:2] == _POSTURE_ROOT
        if standalone and sources and all(_own_place(t, [s]) or (posture and _same_side(t, [s]))
                                          for s in sources for t in targets) and not self._others_named(token, sources):
            # "France raised its terrorism alert", "Belgian authorities raised the threat level in Brussels", "Russia
            # put its nuclear forces on high alert" (a show of its own forces): no one else is meant
            pairs = [(s, None) for s in sources]
        if not pairs:
            return []
        if (reading.modal and reading.modality == "hypothetical" and reading.family is None
                and pattern.code[:2] in _THREAT_ROOTS and self._says_it_of_itself(token, sources)):
            # "Ankara may suspend relations with the UAE, Erdogan said": a threat, made
            reading.family, reading.modality = "13", "asserted"
        if reading.kept_open:
            # "refused to rule out using military force": a threat; "did not rule out talks": an intent
            reading.family = _THREAT_FAMILY if pattern.code[:2] in _THREAT_ROOTS else "03"
        if reading.conditional and reading.family is None:
            # "will pull out its troops if ...", "could be banned unless ...": a conditional act is a threat
            # (or, when cooperative, a promise), and the statement itself happened
            # "unless" sets terms: an ultimatum is a threat whatever it promises to do
            reading.family = "13" if pattern.code[:2] >= "11" or reading.conditional == "unless" else "03"
            reading.modality = "asserted"
        code = code or (self.lexicon.recode_for(reading.family, pattern.code) if reading.family else pattern.code)
        if reading.attempt and token.lemma_.lower() in self.lexicon.synsets["killing"]:
            code = reading.attempt  # "tried to kill the president": an attempted assassination
        code = self._by_means(token, self._escalated(token, code), sources)
        if code[:2] == _POSTURE_ROOT and self._helps_host(token):
            code = _PEACEKEEPING
        anchors = self._anchors(token)
        # "the air strike on a market in Idlib killed 31 civilians": the killing happened where the strike did
        scenes = [n for n in _children(token, ("nsubj",)) if n.pos_ == "NOUN" and n.lemma_.lower() in self.lexicon.nouns]
        # "signed a deal in Istanbul, brokered by Turkey": the broker's part happened where the deal was made
        scenes += [v for v in map(_deal_verb, arguments) if v is not None] if parties else []
        # "Putin hosted Kim on Wednesday. ... The two leaders held talks": on that occasion's day, unless told otherwise
        return [EventCandidate(pattern, token, s, t, reading, code, round(confidence, 2), anchors, home,
                               place and not home, scenes, self._time_fallbacks(anchors) + (
                                   t and self.pair_occasions.get(frozenset((s.anchor, t.anchor))) or []))
                for s, t in pairs]

    def _defied(self, protest: Token) -> list[Mention]:
        """Whom a protest that names no one defies: "blocked streets in defiance of Chinese authorities",
        "continued a hunger strike in protest of Moscow's refusal", "blocked a road to show their disapproval of
        US policy"."""
        nouns = [n for head in [protest, *_children(protest, ("dobj",))] for n in _prep_objects(head, ("in",))]
        nouns += [o for clause in _children(protest, ("advcl", "xcomp")) for o in _children(clause, ("dobj",))]
        return [m for noun in nouns if noun.lemma_.lower() in self.lexicon.defiance
                for o in _prep_objects(noun, _DEFIED_PREPS) for m in self.expand(o)]

    def _jailers(self, protest: Token, protesters: list[Mention]) -> list[Mention]:
        """Prisoners protest against those who hold them: "Palestinian prisoners in Israeli jails began a hunger
        strike" is against Israel."""
        jails = [o for p in protesters for o in _prep_objects(protest.doc[p.anchor], ("in",))
                 if o.lemma_.lower() in self.lexicon.custody]
        return [m for jail in jails for m in [self._modifier_owner(jail, nations_only=True)]
                if m is not None and not _same_side(m, protesters)]

    def _others_named(self, token: Token, sources: list[Mention]) -> bool:
        """Does the sentence name an actor of another side? Then an event with no target found has most likely
        lost it ("opened an investigation into whether Chinese carmakers benefit")."""
        # a name no dictionary knows may be the target we could not resolve ("into Microsoft's takeover")
        unknown = any(t.pos_ == "PROPN" and t.i not in self.piece_at and t.ent_type_ in _NAME_LABELS + ("",)
                      for t in token.sent)
        return unknown or bool(self._other_sides(token, sources))

    def _other_sides(self, token: Token, sources: list[Mention], groups: bool = False) -> set[str]:
        """The countries the sentence names besides the sources' (and organisations of no country); with
        `groups`, an armed group or organisation counts apart from its country (Hamas is not Gaza)."""
        own = set().union(*map(_countries, sources))
        named = {(e.org if groups else None) or e.country or e.org
                 for t in token.sent if t.i in self.piece_at for e in self.piece_at[t.i].entries}
        return named - own - {None}

    def _told_of_own_act(self, token: Token, pattern: Pattern, reading, sources: list[Mention],
                         targets: list[Mention]) -> list[Mention]:
        """Whom a speaker tells that its own side will do something hostile: "Katz told Hamas that Israel would
        seize more territory" threatens Hamas (while "said the army would launch an offensive" plans one); a
        warning of it threatens its targets ("China warned that the army would crush any attempt by Taiwan")."""
        if reading.family is not None or reading.modality not in ("planned", "hypothetical") or (
                pattern.code[:2] not in _THREAT_ROOTS):
            return []
        verb = self._reporting_verb(token, 3)
        speaker = self.mention_for(next(iter(_children(verb, ("nsubj",))), None)) if verb is not None else None
        if speaker is None or not _same_side(speaker, sources):
            return []
        told = [m for c in _children(verb, ("dative", "dobj")) for m in self.expand(c)]
        if not told and verb.lemma_.lower() in self.lexicon.warnings:
            told = targets
        return [m for m in told if _countries(m) and not _same_side(m, sources)]  # not "told reporters"

    @staticmethod
    def _stray_agent(verb: Token) -> Token | None:
        """A passive's by-phrase that the parser hung on a noun of the clause: "was threatened with a cut-off
        of aid by Trump", "was killed in an attack by the Taliban", "was promised support for its bid to join the
        EU by Macron"."""
        nouns = [n for prep in _children(verb, ("prep",)) for n in _children(prep, ("pobj",))]
        for noun in nouns + _children(verb, ("dobj",)):
            by = next((t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "by"), None)
            if by is not None:
                return by
        return None

    def _each_side(self, subject: Token | None) -> list[Mention]:
        """"fighting broke out between Armenian and Azerbaijani forces, with each side accusing the other": "each"
        (or "both sides") is each of the two sides the sentence has already set against each other."""
        if subject is None or not (subject.lower_ in _EACH or any(d.lower_ in _EACH for d in subject.children)):
            return []
        pairs = {(e.source.anchor, e.target.anchor): e for e in self.coding
                 if e.trigger.i < subject.i and e.target is not None}
        sides = {m.anchor: m for (a, b), e in pairs.items() if (b, a) in pairs for m in (e.source, e.target)}
        return list(sides.values()) if len(sides) == 2 else []

    def _each_to_the_other(self, verb: Token) -> str:
        """How conjoined sides may do the act each to the other: "each other" ("handed over prisoners to each
        other"), "each" ("X and Y each handed over ..."), or "" (neither)."""
        if any(t.lower_ == "other" and t.i and t.doc[t.i - 1].lower_ == "each" for p in _children(verb, ("prep",))
               for t in p.subtree):
            return "each other"
        subject, _ = self.subject(verb)
        placed = [*(subject.children if subject is not None else ()), *verb.children]  # (however the parser hangs it)
        return "each" if any(c.lower_ == "each" and c.dep_ != "det" and c.i < verb.i for c in placed) else ""

    def _companions(self, verb: Token, subject: Token | None) -> list[Mention]:
        """Who acts with the subject: "Obama, along with the leaders of Britain and France, called for ..."."""
        found = []
        for head in (verb, subject):
            for prep in (c for c in (head.children if head is not None else ()) if c.dep_ == "prep"):
                if prep.lower_ in _TOGETHER:  # "along with X" as one phrase
                    prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
                elif not (prep.lower_ == "alongside" or (prep.lower_ == "with" and any(
                        c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in prep.children))):
                    continue  # "met with X": X is no companion
                found += [m for pobj in _children(prep, ("pobj",)) for m in self.expand(pobj)]
        return found

    def _escalated(self, token: Token, code: str) -> str:
        """"executed 1,700 recruits" is a mass killing (escalations.tsv)."""
        for lemmas, codes, least, escalated, kinds in self.lexicon.escalations:
            if token.lemma_.lower() in lemmas and (code in codes or code[:2] in codes):
                victims = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
                victims = [g for v in victims for g in [v, *_prep_objects(v, ("of",))]]  # "hundreds of civilians"
                if any(_count(v, self.lexicon.count_nouns) >= least for v in victims) and (
                        not kinds or any(v.lemma_.lower() in kinds for v in victims)):
                    return escalated
        return code

    def _by_means(self, token: Token, code: str, sources: list[Mention]) -> str:
        """"Suicide bombers struck crowds", "attacked a base with a suicide car bomb": a bare attack told by its
        attacker or weapon is coded by the means (means.tsv)."""
        nouns = [token.doc[s.anchor] for s in sources] + _prep_objects(token, ("with",))
        for lemmas, modifiers, codes, refined in self.lexicon.means:
            if code in codes and any(n.lemma_.lower() in lemmas and any(
                    c.lower_ in modifiers for c in n.children) for n in nouns):
                return refined
        return code

    def _place_actor(self, token: Token, any_label: bool = False) -> Mention | None:
        """A city or region as an event's argument stands for its country: "arrived in Tel Aviv",
        "shelled Aleppo". `any_label`: a city or region whatever the tagger calls the name."""
        if self.gazetteer is None or (token.ent_type_ not in ("GPE", "LOC", "FAC") and not any_label):
            return None
        span = entity_at(token) or (proper_name(token) if any_label and token.pos_ == "PROPN" else None)
        location = self.gazetteer.lookup_qualified(span) if span is not None else None
        if location is not None and self.as_said is not None:
            location = self.as_said(location, token.sent)  # "Tripoli, Lebanon's second city"
        if location is None or not location.country or (any_label and location.feature in ("country", None)):
            return None
        entry = Entry(CAPITAL, location.name, country=location.country)
        return Mention(anchor=token.i, pieces=[Piece(span.start, span.end, [entry])])

    def _place_named_by(self, noun: Token) -> Mention | None:
        """"visited the city of Aleppo", "the Black Sea resort of Sochi": the place its of-phrase names, whatever
        the tagger calls the name."""
        if self.gazetteer is None or self.gazetteer.place_nouns.get(noun.lemma_.lower()) != "named":
            return None
        return next(filter(None, (self._place_actor(name, any_label=True) for name in _prep_objects(noun, ("of",)))),
                    None)

    def _parties(self, deal: Token, broker: Token) -> list[Mention]:
        """Who is party to a deal, a truce, an exchange or talks: those it is "between", else who signs, holds or
        makes it ("Russia and Ukraine signed a deal in Istanbul, in an agreement brokered by Turkey"), else, for
        "the truce" a broker's own clause names, the sides of the last such act told in an earlier sentence ("A
        ceasefire between Israel and Hamas took effect. Egypt brokered the truce")."""
        between = [m for o in _prep_objects(deal, ("between",)) for m in self.expand(o)]
        verb = _deal_verb(deal) if deal.lemma_.lower() in self.lexicon.synsets["deal"] else None
        if verb is not None and verb.i == broker.i:
            verb = None
            if not between and _definite(deal) and not _children(deal, ("poss", "compound")):
                return self._sides_told_before(deal)
        if between or verb is None:
            return between
        subject, _ = self.subject(verb)
        return self.expand(subject) + self._companions(verb, subject)

    def _sides_told_before(self, deal: Token) -> list[Mention]:
        """Both sides of the last act of a deal noun's kind, or of any act done each way ("signed a deal ... Mbeki,
        who mediated the talks"), told in an earlier sentence."""
        kinds = {p.code[:2] for p in self.lexicon.nouns.get(deal.lemma_.lower(), ())}
        told = [e for e in self.told if e.trigger.sent.start < deal.sent.start and e.target is not None]
        each_way = {(e.trigger.i, e.source.anchor, e.target.anchor) for e in told}
        earlier = [e for e in told
                   if e.code[:2] in kinds or (e.trigger.i, e.target.anchor, e.source.anchor) in each_way]
        return [earlier[-1].source, earlier[-1].target] if earlier else []

    def _describes_object(self, participle: Token) -> bool:
        """Does a participle the parser hung on a verb say what the verb's event object does ("announced new sanctions
        on Friday targeting Russian lawmakers")?"""
        return participle.lemma_.lower() in self.lexicon.describing and any(
            o.i < participle.i and o.lemma_.lower() in self.lexicon.nouns
            and o.lemma_.lower() not in self.lexicon.documents  # (a law "banning UNRWA" is its passer's act)
            for o in _children(participle.head, ("dobj",)))

    def _vows_retaliation(self, token: Token, pattern: Pattern) -> bool:
        """Is the threat a vow to hit back ("vowed retaliation", "vowed to retaliate")?"""
        words = self.lexicon.retaliation
        return token.lemma_.lower() in words or any(words & set(group) for group in pattern.required)

    def _retaliated_against(self, token: Token, sources: list[Mention]) -> list[Token]:
        """Whom a vow of revenge that names no one is aimed at: the side its makers blame in the same sentence
        ("the group blamed Israel and vowed retaliation"), else the doer of an attack told before it on their side
        ("Pakistani air strikes killed 46 people, a Taliban spokesman said, vowing to retaliate")."""
        ours = set().union(*map(_countries, sources))
        earlier = [e for e in self.coding if e.trigger.i < token.i and e.target is not None]
        blamed = [e.target for e in earlier if e.code[:3] == "112" and _countries(e.source) & ours]
        attackers = [e.source for e in earlier if e.code[:2] in _VIOLENT_ROOTS
                     and _countries(e.target) & ours and not _countries(e.source) & ours]
        found = (blamed or attackers)[-1:]
        return [token.doc[m.anchor] for m in found]

    def _owner_or_aim(self, noun: Token) -> list[Token]:
        """Whom what a noun names concerns: its owner ("a protest over Biden's visit to Taiwan" is against
        Biden, "defended the American raid on Libya" is about America; not a pronoun's, nor a day's: "Saturday's
        attacks"), else whom its that-clause is about ("declined to comment on reports that Israeli troops had taken
        the crossing"), else what it is aimed at ("sanctions on Russia", "involvement in the attacks on Saudi
        Arabia")."""
        owners = [o for o in _children(noun, ("poss",)) if o.pos_ != "PRON" and o.ent_type_ not in TIME_ENTITIES]
        owners += [o for o in _children(noun, ("amod", "compound", "nmod")) if self._names_nation(o)]
        return owners or _clause_subjects(noun) or _prep_objects(noun, self.lexicon.target_preps)

    def _helps_host(self, token: Token) -> bool:
        """Are forces sent to help where they go: "sent police officers to Haiti to lead a multinational force",
        "sent troops to Honiara at the request of its prime minister" (help, not a threat)?"""
        asked = _prep_objects(token, ("at",))
        if any(n.lemma_.lower() in self.lexicon.bidding for n in asked):
            return True
        # (the parser may hang the purpose on a phrase of the verb: "at the request of its prime minister to help")
        purposes = [*token.children,
                    *(v for n in asked + _prep_objects(token, ("on",)) for v in _children(n, ("acl",)))]
        return any(v.dep_ in ("xcomp", "advcl", "acl") and to_infinitive(v)
                   and v.lemma_.lower() in self.lexicon.assisting for v in purposes)

    def _summoned(self, token: Token) -> list[Token]:
        """Whom a summons calls in, when `token` says what for: "summoned Japan's ambassador to demand the release
        of the captain" demands it of Japan."""
        if token.dep_ == "advcl" and to_infinitive(token) and token.head.lemma_.lower() in self.lexicon.summoning:
            return _objects(token.head)
        return []

    def _loose_targets(self, token: Token, places: bool = True) -> list[Token]:
        """Targets for a pattern that names none: objects of target prepositions, then a country the
        event happens in."""
        scope = _scope(token)
        found = _children(token, ("dative",) + _OBJECTS)  # "dissolved the opposition party" (+party)
        # what the object hits, by a participle the parser hung on the verb
        found += [o for c in _children(token, ("advcl",)) if c.tag_ == "VBG" and self._describes_object(c)
                  for o in _objects(c)]
        # what a partitive object groups: "agreed a package of sanctions targeting Russian banks"
        found += [g for t in found if t.lemma_.lower() in self.partitives for g in _prep_objects(t, ("of",))]
        if is_passive(token):  # "the US embassy was stormed by protesters"
            found = _children(token, ("nsubjpass",)) + found
        found += [p for t in scope if t.dep_ == "prep" and t.lower_ in self.lexicon.target_preps
                  for p in _children(t, ("pobj",))]
        # one level down: "called for joint exercises with Japan", "called for sanctions on Russia"; what is
        # someone's is theirs: "lodged a protest over Pelosi's visit to Taiwan" is against Pelosi
        found += [p for t in list(found) for p in self._owner_or_aim(t)]
        # where an attack it names was done: "claimed responsibility for an attack on a hotel in Nairobi", "for a
        # suicide bombing at a mosque in the northern Afghan city of Kunduz that killed dozens" (not in what it did,
        # whose victims may have no country of their own)
        attacks = [t for t in found if places and any(
            n.code[:2] in _PHYSICAL_ROOTS for n in self.lexicon.nouns.get(t.lemma_.lower(), ()))]
        found += [g for t in attacks for p in t.children if p.dep_ == "prep" for g in p.subtree if g.ent_type_ == "GPE"
                  and not any(a.dep_ in ("relcl", "acl") for a in g.ancestors if t.is_ancestor(a))]
        # what an act it names was done to: "claimed responsibility for a roadside bomb that hit a NATO convoy"
        found += [o for t in list(found) if t.lemma_.lower() in self.lexicon.nouns
                  for verb in t.children if verb.dep_ in ("relcl", "acl") for o in _objects(verb)]
        # "investigate war crimes by Russian forces" (and "has not investigated war crimes by its troops", where the
        # parser hangs the by-phrase on an active verb with an object)
        found += [p for t in scope if t.dep_ == "prep" and t.lower_ == "by" and (
            t.head.i != token.i or (not is_passive(token) and _objects(token))) for p in _children(t, ("pobj",))]
        found += [p for t in scope if places and t.dep_ == "prep" and t.lower_ == "in"
                  for p in _children(t, ("pobj",)) if p.ent_type_ == "GPE"]
        return found

    def _code_wrapper(self, verb: Token, family: str) -> list[EventCandidate]:
        """A control verb whose complement names no coded event is an event of its own family:
        "vowed to deepen cooperation with Japan" 030, "urged Iran to show restraint" 020."""
        complement = next((c for c in verb.children if c.pos_ in ("VERB", "AUX") and (
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(
                (m.dep_ == "mark" and m.lower_ == "for") or m.tag_ == "TO" for m in c.children)))), None)
        if any(c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ == "ADJ") for c in verb.children):
            return []  # "calling him untrustworthy" names him; it asks nothing of him
        if complement is not None and complement.dep_ == "ccomp" and any(
                c.tag_ in WH_TAGS or (c.dep_ == "mark" and c.lower_ in ("whether", "if")) for c in complement.children):
            return []  # "a study asks what would happen if China imposed a blockade": a question, no appeal
        # "Iran was asked by the IAEA to grant access": Iran is asked; "$100 million in aid for Sudan was
        # pledged by ...": to Sudan
        asked = _children(verb, ("nsubjpass",)) if is_passive(verb) else []
        arguments = asked + _children(verb, ("dobj", "dative")) + [t for a in asked for t in a.subtree if t.dep_ == "pobj"]
        family = control_family(verb, complement, self.lexicon) or family  # "wants Putin to attack": 02
        if not family:
            return []  # "told reporters that ...": "tell" asks something only of someone told to do it
        if family == "03" and complement is not None and any(c.dep_ == "neg" for c in complement.children):
            return []  # "vowed not to return the Golan Heights": a refusal or a reassurance, no intent to do it
        if complement is not None:  # "called for Russia to free ...": Russia is the one appealed to
            if family == _THREAT_FAMILY:  # "threatened to impose sanctions unless Damascus halted ...": Damascus
                arguments += [s for c in complement.subtree if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and self.lexicon.cues.get(("mark", m.lower_)) == "hypothetical"
                    for m in c.children) for s in _children(c, ("nsubj",))]  # (a condition's marks: modality_cues.tsv)
            arguments += _children(complement, ("nsubj",))
            if complement.lemma_.lower() in self.lexicon.assisting:  # "pledged $10 million to help Laos clear bombs"
                arguments += [s for c in _children(complement, ("ccomp", "xcomp")) for s in _children(c, ("nsubj",))]
            arguments += [t for t in complement.subtree if t.dep_ in ("dobj", "pobj", "dative") and t.i != verb.i]
            if any(s.conjuncts for s in _children(verb, ("nsubj",))):
                # "Iran and Saudi Arabia agreed to reopen their embassies": their own, so toward each other
                arguments = [t for t in arguments if not any(
                    c.dep_ == "poss" and c.lower_ == "their" for c in t.children)]
        else:  # "called for joint military exercises with Japan", "called for the release of X"
            preps = _children(verb, ("prep",))
            if family == "02" and not asked and not any(p.lower_ in ("for", "on", "to") for p in preps):
                return []  # "calling Joe Biden's plan theft": an appeal says what it asks, or of whom
            arguments += [t for p in preps if p.lower_ == "for"
                          for t in p.subtree if t.dep_ in ("dobj", "pobj") and t.head.i != p.i]
        pattern = Pattern(self._complement_code(complement, family), f"{verb.lemma_.lower()} to ...",
                          verb.lemma_.lower(), False, role="target")
        found = self._code_match(verb, pattern, arguments, code=pattern.code)
        if not found and family == "03" and not asked:  # "Seoul and Tokyo vowed to deepen cooperation": to each other
            joint = Pattern(pattern.code, pattern.text, pattern.trigger, False, flags=frozenset({"sym"}))
            found = self._code_match(verb, joint, [], code=pattern.code)
        for event in found:
            event.confidence = round(event.confidence - 0.1, 2)
        return found

    def _complement_code(self, complement: Token | None, family: str) -> str:
        """The code of a control verb's family for what its complement asks or promises: the complement's own
        pattern gives the sub-code even when it has no actors of its own ("urged Israel and Hamas to agree to a
        ceasefire" 0256, "called for Assad to step down" 0241)."""
        inner = family + "0"
        if complement is not None and complement.lemma_.lower() in self.lexicon.verbs:
            matches = best_match(self.lexicon.verbs[complement.lemma_.lower()], complement, self.partitives)
            inner = matches[0][0].code if matches else inner
        return self.lexicon.recode_for(family, inner)

    def _sharpened(self, event: EventCandidate) -> None:
        """"urged Russia to halt its offensive": a control verb whose own pattern names only its family (020)
        takes the sub-code of what it asks (0256)."""
        verb = event.trigger
        effect, family = self.lexicon.control_of(verb)
        # (a light verb's infinitive may hang as a purpose: "made an appeal to Hamas to release the hostages")
        kinds = ("xcomp", "advcl") if verb.lemma_.lower() in self.lexicon.light_verbs else ("xcomp",)
        complement = next((c for c in verb.children if c.dep_ in kinds and to_infinitive(c)), None)
        if event.pattern.noun or effect != "recode" or complement is None:
            return
        family = control_family(verb, complement, self.lexicon) or family
        if family and event.code == self.lexicon.recode_for(family, "*"):
            event.code = self._complement_code(complement, family)

    def _noun_sources(self, noun: Token, scene: bool = True) -> list[Mention]:
        """Who acts in a noun event: "Putin's visit", "Russian air strikes", "strikes by Russia",
        or the subject of a light verb ("Russia carried out strikes"); with `scene`, also the subject of the verb
        whose scene the event sets ("Iran agreed after talks with the IAEA")."""
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.i in self.piece_at
                                        and self.piece_at[child.i].entry.kind != "agent"):
                mentions = self.expand(child)
                if mentions:
                    return mentions
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                mentions = self.expand(next(iter(_children(child, ("pobj",))), None))
                if mentions:
                    return mentions
            if child.dep_ == "compound" and (armed := self._armed_by(child)):
                return armed  # "Russian artillery shelling of Kherson": the weapon's side
        # "the air strike on a market in Idlib by Russian jets": a by-phrase the parser hung on the target
        # (or on the last of its targets: "the detention of Pashinyan and two other lawmakers by police")
        mentions = [m for target in _prep_objects(noun, _NOUN_TARGET_PREPS) for one in [target, *target.conjuncts]
                    for by in _prep_objects(one, ("by",)) for m in self.expand(by)]
        if mentions:
            return mentions
        position = noun  # "announced a package of sanctions", "published a list of demands": the package's
        while position.dep_ == "pobj" and position.head.lower_ == "of" and (
                position.head.head.lemma_.lower() in self.partitives):
            position = position.head.head
        verb = position.head
        stance = self.lexicon.stance_adjective(position)
        if stance is not None:
            subject, _ = self.subject(stance)  # "was open to a summit with Trump", "ready for talks"
            return self.expand(subject)
        if position.dep_ in _OBJECTS + ("nsubjpass",) and verb.lemma_.lower() in self.lexicon.light_verbs:
            if is_passive(verb):  # "joint patrols were conducted by Turkish and Russian troops"
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                return self.expand(next(iter(_children(agent, ("pobj",))), None)) if agent is not None else []
            subject, _ = self.subject(verb)
            return self.expand(subject)
        if not scene or _prep_objects(noun, ("between",)):
            return []  # ("said after talks between the Turkish and Swedish leaders": the speaker was not one)
        if position.dep_ == "pobj" and verb.lower_ in _SCENE_PREPS and verb.head.pos_ in ("VERB", "AUX") and not (
                _another_occasion(verb)):  # "a week after the gas attack": the subject was not there
            if is_passive(verb.head):  # "was assassinated by Israel in an attack": Israel attacked
                agent = next((c for c in verb.head.children if c.dep_ == "agent"), None)
                return self.expand(next(iter(_children(agent, ("pobj",))), None)) if agent is not None else []
            host = verb.head
            while host.dep_ == "acl" and to_infinitive(host) and host.head.dep_ in _OBJECTS:
                host = host.head.head  # "pledged to support Moldova's efforts to join the EU during talks with Sandu"
            subject, _ = self.subject(host)  # "Iran agreed ... after talks with the IAEA": Iran talked
            return self.expand(subject)
        # "in separate phone calls with his Indian and Pakistani counterparts": the owner of "his" called them
        owners = [self._possessor(p) for partner in _prep_objects(noun, ("with",))
                  for p in _children(partner, ("poss",)) if p.pos_ == "PRON"]
        return [m for m in owners if m is not None][:1]

    def _time_fallbacks(self, anchors: list[Token]) -> list[Token]:
        """Where an event's time is written when its own words carry none: on a verb conjoined after it with
        the same subject ("downgraded relations and suspended trade on Wednesday"), else on the reporting verb
        ("Egypt has offered troops, Somalia's ambassador said on Wednesday")."""
        joined = [c for a in anchors for c in a.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and not _children(c, _SUBJECTS)]
        # "jailed Navalny on Tuesday, a verdict the EU condemned": a judgement in an aside is of the act's day
        words = [anchors[0].head] if anchors[0].dep_ == "relcl" else []
        aside = [v for w in words + [c for c in anchors[0].children if c.lower_ in ("what", "which")]
                 for v in [self._clause_summed_up(w)] if v is not None][:1]
        reporter = self._reporting_verb(anchors[-1], 6)
        return joined + aside + ([reporter] if reporter is not None else [])

    @staticmethod
    def _anchors(token: Token) -> list[Token]:
        """The event word and the verbs that govern it within the same event ("vowed in Tokyo on Thursday
        to deepen ...": the vow's time and place are the deepening's)."""
        anchors = [token]
        current = token
        for _ in range(4):
            # "vowed ... to deepen"; "pushed into eastern Mosul on Friday, battling IS fighters": one act
            to_clause = current.dep_ == "advcl" and (
                current.tag_ == "VBG" or to_infinitive(current))
            # "a truce ... will take effect on Sunday": a noun event's own verb
            of_noun = current is token and token.pos_ == "NOUN" and current.dep_ == "nsubj"
            # "said on Friday he was ready to meet": the copula of a stance adjective carries its time
            copula = current.dep_ == "acomp" and current.pos_ == "ADJ"
            if (current.dep_ in ("xcomp", "conj", "dobj", "nsubjpass") or to_clause or of_noun or copula) and (
                    current.head.i != current.i):
                current = current.head
                anchors.append(current)
            else:
                break
        return anchors
