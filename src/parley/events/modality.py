"""Modality of an event word: asserted, planned, hypothetical, negated or alleged.

Read off the dependency path from the event word up through its control verbs ("plan to meet",
"refused to meet") and conjuncts, using the cue words in `data/modality_cues.tsv` and the control
verbs in `data/control_verbs.tsv`. A control verb may also recode the event ("threatened to attack"
is a threat, 138, not an attack).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import EventLexicon, to_infinitive

# When two cues disagree, the stronger one wins.
_STRENGTH = {"asserted": 0, "planned": 1, "alleged": 2, "hypothetical": 3, "negated": 4}
_NEGATIONS = {"not", "n't", "never", "no"}


@dataclass
class ModalityReading:
    modality: str = "asserted"
    family: str | None = None  # recode family from a control verb: 03, 02, 10, 12, 13
    reported: bool = False  # inside "X said ..."
    conditional: str = ""  # the subordinator when this is the main clause of "if/unless ...": a threat or a promise
    modal: bool = False  # hypothetical through could/may/might: a threat when the actor says it of itself
    obligation: bool = False  # hypothetical through must/should: a demand when someone else says it
    recoded_by: int | None = None  # the control verb that gave `family`: its own event is this one
    kept_open: bool = False  # a refusal refused: "did not rule out", "refused to rule out" military action
    background: bool = False  # not news: only says since when ("since Russia invaded Ukraine"), or what would have been
    attempt: str = ""  # made in the past: the code a killing attempted takes ("tried to kill the president": 185)

    def add(self, modality: str) -> None:
        if modality == "background":
            self.background = True
        elif modality in _STRENGTH and _STRENGTH[modality] > _STRENGTH[self.modality]:
            self.modality = modality


# "condemned X for / over its strikes", "an inquiry into the crackdown": what a judgement is about
_REASON_PREPS = ("for", "over", "into")
# what a control verb does to a noun event it takes as object or passive subject (not "claimed the attack")
_NOUN_CONTROL = {"modality:planned", "modality:hypothetical", "modality:negated"}
_REFUSAL_FAMILY = "12"  # control verbs that refuse what they govern (control_verbs.tsv)
_INTENT_FAMILY = "03"  # control verbs that promise what they govern
ASKING_FAMILIES = ("02", "10")  # control verbs that appeal for or demand what they govern
_OPENING_REFUSALS = {"rule out"}  # refused or negated, it keeps an act open


def _own_cues(token: Token, lexicon: EventLexicon, reading: ModalityReading) -> None:
    for child in token.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and word in _NEGATIONS):
            reading.add("negated")
        elif child.dep_ == "aux" and child.tag_ == "TO" and token.dep_ in ("ROOT", "ccomp") and any(
                c.dep_ == "nsubj" for c in token.children):
            reading.add("planned")  # headline style: "Putin and Trump to meet in Paris, officials say"
        elif child.dep_ == "aux" and ("perfect", word) in lexicon.cues and token.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
            reading.add(lexicon.cues[("perfect", word)])  # "a resolution that would have extended sanctions"
        elif child.dep_ in ("aux", "auxpass") and child.tag_ != "NNP":  # (not "Theresa May raised the level")
            cue = lexicon.cues.get(("aux", word)) or lexicon.cues.get(("aux", child.lemma_.lower()))
            if cue == "hypothetical" and word in ("would", "'d") and reading.reported:
                cue = "planned"  # "said it would free prisoners"
            if cue == "obligation" and any(c.dep_ == "nsubj" and c.i > child.i for c in token.children):
                cue = "hypothetical"  # "should it attack Ukraine": an inverted condition, no demand
            elif cue == "obligation":
                reading.obligation, cue = True, "hypothetical"
            if cue:
                reading.add(cue)
                reading.modal = reading.modal or cue == "hypothetical"
        elif child.dep_ == "advmod" and word == "ago" and (span := next(
                (g.lower_ for g in child.children if ("ago", g.lower_) in lexicon.cues), None)):
            reading.add(lexicon.cues[("ago", span)])  # "Forty years ago on Monday, militants stormed the embassy"
        elif child.dep_ == "advmod" and ("adv", word) in lexicon.cues:
            reading.add(lexicon.cues[("adv", word)])
        elif child.dep_ == "amod" and ("amod", word) in lexicon.cues:
            reading.add(lexicon.cues[("amod", word)])
        elif child.dep_ == "det" and ("det", word) in lexicon.cues:
            reading.add(lexicon.cues[("det", word)])  # "any attempt by Taiwan"
        elif child.dep_ == "mark" and ("mark", word) in lexicon.cues:
            reading.add(lexicon.cues[("mark", word)])
        elif child.dep_ == "mark" and ("background", word) in lexicon.cues and token.dep_ != "ROOT":
            reading.add(lexicon.cues[("background", word)])  # not a main clause the parser gave a stray "after"
        elif child.dep_ == "mark" and ("mark_present", word) in lexicon.cues and _present(token):
            reading.add(lexicon.cues[("mark_present", word)])  # "until political prisoners are released"
        elif child.dep_ == "acomp" and ("predicate", word) in lexicon.cues and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" for c in token.children):
            reading.add(lexicon.cues[("predicate", word)])  # "an invasion remains unlikely"


def _dates_another(phrase: Token, lexicon: EventLexicon) -> bool:
    """Does an adverbial clause or a preposition's object only date the event it hangs on ("since ...", "days
    after ...", "a week after the gas attack")?"""
    if phrase.dep_ == "pobj":
        word = phrase.head.lower_
        # ("a week after the attack", or an act noun that "came after" another)
        return ("dating", word) in lexicon.cues or (("interval", word) in lexicon.cues and (
            any(c.dep_ == "npadvmod" for c in phrase.head.children)
            or ("sequel", phrase.head.head.lemma_.lower()) in lexicon.cues))
    if phrase.dep_ != "advcl":
        return False
    reading = ModalityReading()
    _own_cues(phrase, lexicon, reading)
    return reading.background


def _sum_in(head: Token) -> Token | None:
    """The sum an "in" phrase says what it is of: "40 million yuan in assistance", where the parser may hang the
    phrase on the verb ("pledged 40 million yuan in assistance to Turkey")."""
    def is_sum(word: Token) -> bool:
        return word.like_num or any(c.dep_ == "nummod" for c in word.children)
    if head.pos_ == "VERB":
        return next((o for o in head.children if o.dep_ == "dobj" and is_sum(o)), None)
    return head if is_sum(head) else None


def _swallowed_dating(verb: Token, lexicon: EventLexicon) -> bool:
    """"..., a day after Tegucigalpa severed its ties with Taipei": the parser makes the clause's subject the object
    of "after" and hangs "a day after" on the verb, so the verb looks like news of its own; it only dates another."""
    return any(c.dep_ == "npadvmod" and c.i < verb.i and any(
        p.dep_ == "prep" and ("interval", p.lower_) in lexicon.cues and any(
            o.dep_ == "pobj" and o.i < verb.i for o in p.children) for p in c.children) for c in verb.children)


_FUTURE_AUX = {"will", "wo", "would", "shall", "'ll"}
WH_TAGS = ("WDT", "WP", "WRB")  # what, who, how: a question's words
_PRESENT_TAGS = ("VBP", "VBZ")


def _present(verb: Token) -> bool:
    """"are released", "ends": a clause in the present tense (not "were released")."""
    return verb.tag_ in _PRESENT_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT_TAGS for c in verb.children)


def _is_future(token: Token) -> bool:
    """Negated with will/would: a refusal rather than an event that did not happen."""
    current = token
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in current.children):
            return True
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return False
        current = current.head
    return False


def control_family(head: Token, complement: Token | None, lexicon: EventLexicon) -> str:
    """The recode family of a control verb: "wants to attack" intends (03), "wants Putin to attack"
    asks it of Putin (02)."""
    effect, code = lexicon.control_of(head)
    others = lexicon.control_for_others.get(lexicon.control_key(head))
    if others and complement is not None and to_infinitive(complement) and (
            any(c.dep_ == "nsubj" for c in complement.children) or any(c.dep_ == "dobj" for c in head.children)):
        return others  # "wants Putin to attack", "told Johnson to resign"
    return code if effect == "recode" else ""


def order_taker(head: Token, complement: Token | None, lexicon: EventLexicon) -> str:
    """Who is told to act by a planning verb with an "others" family ("ordered Russia to suspend"): "own" for the
    teller's own side ("ordered the army to launch operations", "ordered his military"), whose act is done, not
    planned; "other" for anyone else, or anyone a court orders, of whom it is demanded; "" when no one is told."""
    if complement is None or not to_infinitive(complement) or not lexicon.control_for_others.get(
            lexicon.control_key(head)):
        return ""
    told = next((c for c in head.children if c.dep_ == "dobj"), None) or next(
        (c for c in complement.children if c.dep_ == "nsubj"), None)
    if told is None:
        return ""
    teller = next((c for c in head.children if c.dep_ == "nsubj"), None)
    own = told.lemma_.lower() in lexicon.subordinates or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in told.children)
    return "own" if own and not (teller is not None and teller.lemma_.lower() in lexicon.courts) else "other"


def _apply_control(head: Token, lexicon: EventLexicon, reading: ModalityReading,
                   complement: Token | None = None) -> None:
    effect, code = lexicon.control_of(head)
    if effect.startswith("modality:") and (taker := order_taker(head, complement, lexicon)):
        if taker == "other" and reading.family is None:
            reading.family, reading.recoded_by = control_family(head, complement, lexicon), head.i
        return  # (an order to one's own army is carried out: "ordered the army to launch operations")
    if effect == "recode":
        code = control_family(head, complement, lexicon)
    if effect == "attempt":  # "tried to storm the parliament" was done; "is trying to" is not yet
        if head.tag_ == "VBD" or (head.tag_ == "VBN" and any(c.lemma_ == "have" for c in head.children)):
            reading.attempt = code
        else:
            reading.add("planned")
    elif effect.startswith("raising:"):  # only as a passive: "is said to have", "is believed to"
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
            reading.add(effect.split(":", 1)[1])
    elif effect.startswith("modality:"):
        reading.add(effect.split(":", 1)[1])
    elif effect == "recode" and code and (reading.family is None or (
            code in ASKING_FAMILIES and reading.family not in ASKING_FAMILIES)):
        # (what is asked of someone is asked, whatever it is: "demanded that Germany refuse to recognise Macedonia")
        reading.family, reading.recoded_by = code, head.i
        if code == _INTENT_FAMILY and reading.modality == "negated" and complement is not None and any(
                c.dep_ == "neg" for c in complement.children):
            reading.background = True  # "pledged not to use force against Guyana": a vow not to act is no intent


def _object_cue(noun: Token, lexicon: EventLexicon) -> str:
    """The modality a verb gives what its object or passive subject names: a stopping verb kept it from
    happening ("blocked an aid package"), a citing one names it as a reason ("citing Russia's seizure of ships");
    "" when the noun is no such object."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return ""
    verb = noun.head.lemma_.lower()
    return lexicon.cues.get(("stopper", verb)) or lexicon.cues.get(("reason", verb)) or lexicon.cues.get(
        ("fiction", verb), "")


def _subjunctive(verb: Token) -> bool:
    """The verb of a demanded act: "demanded that Hamas free the hostages" (the tagger may call a bare "free"
    or "withdraw" a present tense), not a reported one ("insisted that it had not attacked")."""
    # (a base form the tagger calls a past tense, "demanded that the Council condemn Israel", is one too)
    base = verb.tag_ in _PRESENT_TAGS or (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower())
    return verb.tag_ == "VB" or (base and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def read_modality(token: Token, lexicon: EventLexicon, reported: bool = False) -> ModalityReading:
    """Walk up from the event word while the path still belongs to the same event."""
    reading = ModalityReading(reported=reported)
    current = noun = token  # noun: the event noun, or the noun it is "of" ("a round of talks")
    for _ in range(8):
        _own_cues(current, lexicon, reading)
        marks = [m.lower_ for c in current.children if c.dep_ == "advcl" for m in c.children
                 if m.dep_ == "mark" and lexicon.cues.get(("mark", m.lower_)) == "hypothetical"]
        if marks:
            reading.conditional = marks[0]
        head = current.head
        if head.i == current.i:
            break
        dep = current.dep_
        key = lexicon.control_key(head)
        if dep == "advcl" and key in lexicon.control and (
                to_infinitive(current) or (current.tag_ == "VBG" and " " in key)):
            # "offered on Monday to mediate", "ruled out sending jets": the parser takes the complement for an
            # adverbial clause
            dep = "xcomp"
        effect, family = lexicon.control.get(key, ("", ""))
        if dep == "ccomp" and family in ("02", "10") and not _subjunctive(current):
            break  # "insisted that it had not attacked" reports; "insisted that Berlin send" demands
        if dep == "xcomp" or (dep == "ccomp" and effect and effect != "report"):
            _apply_control(head, lexicon, reading, current)
            current = head
        elif dep == "conj" or (dep == "acomp" and current.pos_ == "ADJ"):
            current = head  # "must be ready to mediate", "is not ready to talk": the copula's cues are the adjective's
        elif current.pos_ == "VERB" and head.pos_ == "NOUN" and family in ("02", "10") and (
                (dep == "acl" and _subjunctive(current)) or (dep == "advcl" and to_infinitive(current))):
            _apply_control(head, lexicon, reading)  # "its demand that Belarus free ...", "its call for Israel to ..."
            break
        elif dep == "acl" and head.pos_ == "NOUN" and key in lexicon.control and to_infinitive(current):
            _apply_control(head, lexicon, reading, current)  # "his willingness to hold talks", "its threat to impose"
            current = noun = head  # (what holds the noun holds the act: "condemned attempts to target civilians")
        elif dep == "pcomp" and head.dep_ == "prep":
            _apply_control(head.head, lexicon, reading)  # "accused Russia of deploying"
            break
        elif current is token and token.pos_ == "NOUN" and (stance := lexicon.stance_adjective(token)) is not None:
            _apply_control(stance, lexicon, reading)  # "open to a summit", "ready for talks": intended
            break
        elif dep == "pobj" and current is token and head.lower_ in _REASON_PREPS and (
                ("judge", head.head.lemma_.lower()) in lexicon.cues):
            reading.add(lexicon.cues[("judge", head.head.lemma_.lower())])  # "condemned the US for its strikes"
            break
        elif dep == "pobj" and current is token and head.lower_ in ("for", "to") and (
                head.head.lemma_.lower() in lexicon.answers):
            reading.add("background")  # "seen as retaliation for EU tariffs", "in response to Warsaw's expulsion"
            break
        elif dep == "pobj" and current is token and _dates_another(current, lexicon):
            # "a week after the gas attack in Douma", "their first meeting since Russia's invasion of Ukraine"
            reading.add(lexicon.cues.get(("interval", head.lower_)) or lexicon.cues[("dating", head.lower_)])
            break
        elif dep == "pobj" and current is token and ("reason_prep", head.lower_) in lexicon.cues:
            reading.add(lexicon.cues[("reason_prep", head.lower_)])  # "despite an ICC warrant for his arrest"
            break
        elif dep == "pobj" and current is token and head.lower_ == "for" and head.head.i != head.i and (
                lexicon.control_key(head.head) in lexicon.control):
            _apply_control(head.head, lexicon, reading)  # "called for a ceasefire", "a demand for a truce": asked for
            break
        elif dep in ("dobj", "nsubj", "nsubjpass", "pobj") and current is noun and (
                token.pos_ in ("NOUN", "PROPN") or noun is not token):
            reading.add(_object_cue(current, lexicon))  # "Hungary blocked an EU aid package"
            if dep in ("dobj", "nsubjpass"):  # "voted to condemn the US embargo on Cuba": the judgement's topic
                reading.add(lexicon.cues.get(("judge", head.lemma_.lower()), ""))
            if dep == "dobj" and head.dep_ == "pcomp":  # "amid intensifying Russian missile attacks": the parser
                reading.add(lexicon.cues.get(("reason_prep", head.head.lower_), ""))  # makes the noun an object
            if dep in ("dobj", "nsubjpass") and effect in _NOUN_CONTROL:
                reading.add(effect.split(":", 1)[1])  # "talks are planned for next week", "expect an offensive"
            if dep == "dobj" and family == _INTENT_FAMILY and effect == "recode" and noun is not token:
                _apply_control(head, lexicon, reading)  # "pledged 40 million yuan in assistance": promised
            current = head  # a noun event inside a light verb: "will hold talks"
        elif dep == "prep" and current.lower_ == "of" and head.pos_ == "NOUN" and noun is token:
            current = noun = head  # "could host a new round of talks": the talks are as real as the round
        elif dep == "prep" and current.lower_ == "in" and noun is token and token.pos_ == "NOUN" and (
                amount := _sum_in(head)) is not None:
            current = noun = amount  # "pledged 40 million yuan in assistance": the aid is what the sum is
        elif dep == "advcl":
            condition = any(c.dep_ == "mark" and lexicon.cues.get(("mark", c.lower_)) == "hypothetical"
                            for c in current.children)
            if condition and head.dep_ == "ccomp" and any(c.tag_ in WH_TAGS for c in head.children):
                reading.add("background")  # "asks what would happen if China imposed a blockade": a question's case
            elif not condition and to_infinitive(current) and not any(c.dep_ == "mark" for c in current.children):
                # "is willing to send material to help defend Saudi Arabia": the purpose of a promised, refused or
                # asked-for act is part of that act's event; of a planned or hypothetical one, as unreal as it is
                outer = read_modality(head, lexicon, reported)
                if outer.family is not None or outer.background:  # (or of an accused one: its content too)
                    reading.add("background")
                reading.add(outer.modality)
            break  # marks of the clause itself were read above
        elif dep == "relcl" and to_infinitive(current) and head.dep_ == "dobj":
            # "refused to allow a UN envoy to meet Suu Kyi": the envoy's errand is as real as the allowing
            outer = read_modality(head.head, lexicon, reported)
            reading.add("negated" if outer.family == _REFUSAL_FAMILY else outer.modality)
            break
        else:
            break
    if any(a.dep_ == "prep" and lexicon.cues.get(("mark", a.lower_)) == "hypothetical" for a in token.ancestors):
        reading.add("hypothetical")  # "..., provided the militants keep their promise to cut ties": a condition
    reason = next((a for a in token.ancestors if a.dep_ == "prep" and a.lower_ in _REASON_PREPS), None)
    if reason is not None and reason.i < token.i:
        # "apologised to Brazil for one of its gunboats intercepting a Brazilian ship": what a judgement is for, told
        # deeper in its phrase (the phrase's own object is read above)
        reading.add(lexicon.cues.get(("judge", reason.head.lemma_.lower()), ""))
    backdrop = next((a for a in token.ancestors if a.dep_ == "prep" and ("reason_prep", a.lower_) in lexicon.cues
                     and a.head.pos_ in ("VERB", "AUX", "NOUN")), None)
    if backdrop is not None:
        # "imposed sanctions over the supply of drones that Russia used in strikes on Ukraine": all a reason or
        # backdrop phrase tells, however deep, is told to set the event, not reported as its own
        reading.add(lexicon.cues[("reason_prep", backdrop.lower_)])
    if any(_dates_another(a, lexicon) for a in token.ancestors):
        # all a clause that only dates the event tells is that other occasion's: "hours after Arafat signed a letter
        # recognising Israel", "a week after the gas attack that killed 40 people"
        reading.add("background")
    clause = next((t for t in [current, *current.ancestors][:4] if t.pos_ in ("VERB", "AUX")), current)
    if _swallowed_dating(next((t for t in [token, *token.ancestors][:4] if t.pos_ == "VERB"), token), lexicon):
        reading.add("background")
    if clause.dep_ == "relcl":
        # "any US warship that took part in strikes": what is said of any such thing says no one did it
        reading.add(next((lexicon.cues[("det", c.lower_)] for c in clause.head.children
                          if c.dep_ == "det" and ("det", c.lower_) in lexicon.cues), ""))
    for relative in (t for t in [clause, *clause.ancestors] if t.dep_ == "relcl"):
        person = relative.head.head if relative.head.dep_ == "appos" else relative.head  # "Gorbachev, the last
        if person.dep_ in ("nsubj", "nsubjpass"):  # Soviet leader, who negotiated ..., died": the leader is he
            # "Fujimori, who crushed the Shining Path insurgency, died on Wednesday": an obituary tells a life, and so
            # does a clause within that clause ("Chavez, whose rule in which he clashed with Washington ended, ...")
            reading.add(lexicon.cues.get(("obituary", person.head.lemma_.lower()), ""))
    if token.dep_ in ("acl", "relcl"):
        # "prevented the demonstration staged by students", "vetoed a resolution that backed the Arab League's plan"
        reading.add(_object_cue(token.head, lexicon))
        # "a film in which Soviet paratroopers invade a Colorado town": a story told
        reading.add(lexicon.cues.get(("fiction", token.head.lemma_.lower()), ""))
        if token.dep_ == "acl" and token.head.lemma_.lower() in lexicon.documents and token.head.dep_ == "pobj":
            reading.add("background")  # "protested against Trump's executive order barring refugees": what it says
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "nsubj" and (
                token.head.head.lemma_.lower() in lexicon.reporting_verbs):
            reading.add("background")  # "Kuwaiti refugees arriving in Saudi Arabia said ...": who speaks
        if token.head.dep_ == "dobj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) and (
                lexicon.control_of(token.head.head)[1] in ASKING_FAMILIES):
            reading.add("background")  # "demanded an admission that Soviet forces murdered ...": what is asked for
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "of":
        reading.add(lexicon.cues.get(("head", token.head.head.lemma_.lower()), ""))  # "fears of a Russian attack"
    elif token.dep_ in ("acl", "relcl") and token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
        # "the anniversary of the Japanese attack that killed 2,400 Americans": as real as the noun it tells of
        reading.add(lexicon.cues.get(("head", token.head.head.head.lemma_.lower()), ""))
    elif token.dep_ == "acl" and to_infinitive(token) and reading.recoded_by != token.head.i:
        reading.add(lexicon.cues.get(("head", token.head.lemma_.lower()), ""))  # "Turkey's ability to talk to Kyiv"
        if token.head.dep_ == "pobj":  # "over its decision to normalise ties with Israel": the reason's content
            reading.add(lexicon.cues.get(("reason_prep", token.head.head.lower_), ""))
    if reading.family == _REFUSAL_FAMILY and reading.recoded_by is not None:
        refusal = token.doc[reading.recoded_by]
        if lexicon.control_key(refusal) in _OPENING_REFUSALS and (
                any(c.dep_ == "neg" for c in refusal.children) or (refusal.dep_ == "xcomp" and (
                    control_family(refusal.head, refusal, lexicon) == _REFUSAL_FAMILY))):
            # "did not rule out", "refused to rule out using force": the act is kept open, a threat or an intent
            reading.family, reading.kept_open = None, True
            reading.modality = "asserted" if reading.modality == "negated" else reading.modality
    if reading.modality == "negated" and reading.family is None and _is_future(token):
        reading.modality, reading.family = "asserted", "12"  # "will not yield" is a refusal (12x)
    if token.sent.text.rstrip().endswith("?"):
        reading.add("hypothetical")
    return reading
