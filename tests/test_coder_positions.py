"""Stances and positions (patterns_positions.tsv): statements 01, material cooperation 06, yielding 08,
demands 10, disapproval 11 and rejection 12. One family of expressions per group of rows, on sentences written for
these tests, plus non-political senses that must give no event."""
from __future__ import annotations

from datetime import date

import pytest

from coding import Case, check

DAY = date(2023, 7, 10)

CASES = [
    # declining to comment on an actor
    Case("The Indian foreign ministry refused to comment on Beijing's new border map.", ("IND", "011", "CHN")),
    Case("A Kremlin spokesman would not comment on Washington's latest proposal.", ("RUS", "011", "USA")),
    # doubts and fears are pessimistic comments
    Case("Poland has grave doubts about Moscow's promises of restraint.", ("POL", "012", "RUS")),
    Case("Seoul cast doubt on Pyongyang's offer of a new hotline.", ("KOR", "012", "PRK")),
    Case("Canada voiced misgivings about India's investigation.", ("CAN", "012", "IND")),
    # hope and optimism about an actor
    Case("Greece voiced optimism over Turkey's offer of a maritime dialogue.", ("GRC", "013", "TUR")),
    Case("Chile expressed hope about Argentina's new border proposal.", ("CHL", "013", "ARG")),
    # considering an act is a policy option; the sending itself has not happened
    Case("Norway is considering sending more air defence systems to Ukraine.", ("NOR", "014", "UKR"),
         forbidden_roots="07"),
    Case("Australia is weighing Fiji's request for patrol boats.", ("AUS", "014", "FJI")),
    # condolences in the passive; denials as lies
    Case("Nepal was sent condolences by India after the avalanche.", ("IND", "018", "NPL")),
    Case("Beijing called the Philippine accusations a fabrication.", ("CHN", "016", "PHL")),
    # joint police work (each way) and intelligence sharing
    Case("Italian and Albanian police jointly arrested six people smugglers.",
         (("ITA", "063", "ALB"), ("ALB", "063", "ITA"))),
    Case("Britain has resumed intelligence sharing with Pakistan.", ("GBR", "064", "PAK")),
    Case("Jordan provided Iraq with intelligence on the smugglers.", ("JOR", "064", "IRQ")),
    # conjoined parties launching drills (each way); renewing swaps
    Case("Indian and French warships began naval drills in the Arabian Sea.",
         (("IND", "062", "FRA"), ("FRA", "062", "IND"))),
    Case("China renewed its currency swap line with Argentina.", ("CHN", "061", "ARG")),
    # completing a withdrawal, or a prisoner swap (each way)
    Case("France completed the withdrawal of its troops from Niger.", ("FRA", "0874", "NER")),
    Case("Armenia and Azerbaijan completed a prisoner swap on Wednesday.",
         (("ARM", "0841", "AZE"), ("AZE", "0841", "ARM"))),
    # demanding a truce between two sides is a demand of each; a demand to release
    Case("The African Union demanded a ceasefire between Ethiopia and Eritrea.",
         (("AU", "107", "ETH"), ("AU", "107", "ERI"))),
    Case("Kyiv demanded that Moscow release the detained sailors.", ("UKR", "1053", "RUS")),
    # the tagger may read the bare verb of a demanded act as a present tense ("on Sunday that Hamas free")
    Case("Netanyahu demanded on Sunday that Hamas free all the hostages.", ("ISRGOV", "1053", "HAMAS"),
         ("HAMAS", "08", "")),
    Case("Israel insisted on Sunday that it had not struck the hospital.", None, ("ISR", "10", "")),
    # a demand or call renewed, repeated or issued as a noun: whom its clause names is asked; what it asks for
    # has not happened
    Case("The European Union renewed its demand that Belarus free all political prisoners.", ("EU", "10", "BLR"),
         ("BLR", "08", "")),
    Case("Iran issued a demand that Britain release the tanker.", ("IRN", "10", "GBR"), ("GBR", "08", "")),
    Case("Washington repeated its call for Israel to protect civilians in Gaza.", ("USA", "02", "ISR")),
    # an order to another side, or from a court, demands what it orders (and a ruling opposed by two judges is
    # opposed by neither to the other); a leader's order to his own army is carried out, below
    Case("The International Court of Justice ordered Russia on Wednesday to suspend its military operations in "
         "Ukraine, in a ruling opposed by the court's Russian and Chinese judges.", ("ICJ", "1056", "RUS"),
         (("ICJ", "08", ""), ("RUS", "11", "CHN"), ("CHN", "11", "RUS"))),
    Case("A Brazilian judge ordered former president Fernando Collor to hand over his passport.",
         ("BRAJUD", "10", "BRA")),
    # what a judgement is for is its reason, however deep in its phrase
    Case("Ukraine condemned Russia for carrying out strikes on Kyiv.", ("UKR", "111", "RUS"), ("RUS", "19", "UKR")),
    # an aid package announced is aid given; troops sent at a leader's request to help restore order help
    Case("The Biden administration announced $345 million in military aid for Taiwan on Friday.",
         ("USA", "07", "TWN"), forbidden_roots="03"),
    Case("Australia sent police and troops to the Solomon Islands on Thursday at the request of Prime Minister "
         "Manasseh Sogavare to help restore order.", ("AUS", "074", "SLB"), forbidden_roots="15"),
    # what a meeting is to discuss has not been done
    Case("Kim Jong Un will meet Vladimir Putin later this month to discuss supplying weapons to Russia.",
         ("PRK", "04", "RUS"), forbidden_roots="07"),
    # a verb the parser takes for a participle of its subject's name, after a relative clause
    Case("Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, offered on Thursday to mediate between "
         "Thailand and Cambodia.", (("MYS", "039", "THA"), ("MYS", "039", "KHM"))),
    # the victims of a state's forces, and the parliament its leader accuses, are its own
    Case("Myanmar troops massacred at least 30 villagers earlier this month.", ("MMRMIL", "20", "MMR")),
    Case("South Korean President Yoon Suk Yeol accused the opposition-controlled parliament of anti-state activities.",
         ("KORGOV", "112", "KORLEG")),
    # talking to reporters is no meeting
    Case("Trump spoke to reporters on Tuesday.", no_event=True),
    # what an appeal asks for names its sub-code ("urge" alone is 020)
    Case("France urged Russia to halt its offensive.", ("FRA", "0256", "RUS")),
    # a stance on what happens in a country is toward the country
    Case("The military takeover in Gabon was condemned on Wednesday by the African Union.", ("AU", "11", "GAB")),
    Case("France condemned the violence in Sudan.", ("FRA", "11", "SDN")),
    # disapproval nouns, calling it illegal, blaming each other
    Case("Egypt voiced frustration with Ethiopia over the dam.", ("EGY", "110", "ETH")),
    Case("Malaysia lambasted Israel over the raid.", ("MYS", "111", "ISR")),
    Case("Vietnam called China's survey illegal.", ("VNM", "111", "CHN")),
    # a label: what the object is called, however deep the label's words sit
    Case("Venezuela's foreign minister called Guyana a puppet of Exxon and a terror state.", ("VEN", "111", "GUY")),
    Case("Pakistan's envoy described India as the mother of terrorism in South Asia.", ("PAK", "111", "IND")),
    Case("Beijing called Manila's seizure of the fishing boat an act of piracy.", ("CHN", "111", "PHL")),
    Case("Lula called the summit in Brasilia a great success.", no_event=True),
    # a judgement of an act in an aside after it, or told earlier in the same sentence, judges its doer
    Case("Denmark expelled three Iranian diplomats on Tuesday, a move Tehran denounced as hostile.",
         ("IRN", "111", "DNK")),
    Case("A court in Tbilisi jailed the opposition leader for five years, a verdict the EU condemned as politically "
         "motivated.", ("EU", "111", "GEO")),
    Case("Nigerien soldiers seized the state broadcaster in Niamey on Wednesday in what the African Union condemned as "
         "a coup attempt.", ("AU", "111", "NER")),
    Case("Serbia closed its border with Kosovo on Friday, which Pristina condemned as provocative.",
         ("XKX", "111", "SRB")),
    Case("Azerbaijani forces shelled a village near Goris on Sunday, and France condemned the attack.",
         ("FRA", "111", "AZE")),
    Case("Estonia closed a Russian consulate on Monday, a decision that drew sharp criticism from Moscow.",
         ("RUS", "111", "EST")),
    Case("Moscow expelled a Latvian diplomat, calling the move a necessary response.", None, ("RUS", "111", "RUS")),
    # an attack with a label is made in words ("attacked" alone had been a 190)
    Case("US President Donald Trump attacked London mayor Sadiq Khan as a 'stone cold loser' on Monday.",
         ("USAGOV", "111", "GBR"), forbidden_roots="19"),
    # what someone calls so in an aside to a reported demand is the demander's word (charges called absurd: denied)
    Case("Japan demanded that China release the detained businessman, calling Beijing's spying charges absurd.",
         ("JPN", "016", "CHN"), ("CHN", "01", "")),
    Case("India and Pakistan blamed each other for the clashes.", (("IND", "112", "PAK"), ("PAK", "112", "IND"))),
    # protest notes and lawsuits
    Case("Seoul sent a letter of protest to Tokyo.", ("KOR", "114", "JPN")),
    # a protest over someone's act is against them, not against the place the act went to
    Case("China lodged a strong protest over Biden's visit to Taiwan.", ("CHN", "114", "USA"), ("CHN", "114", "TWN")),
    Case("China summoned the US ambassador to lodge a strong protest over Pelosi's visit to Taiwan.", None,
         ("CHN", "11", "TWN")),
    # no prospect of an outcome with someone is pessimism about them
    Case("Ukraine's foreign minister said he saw no prospect of a diplomatic breakthrough with Moscow.",
         ("UKR", "012", "RUS")),
    # declining to comment on reports is toward those the reports are about
    Case("Egypt's foreign ministry declined to comment on reports that Israeli troops had taken control of the "
         "Rafah crossing.", ("EGY", "011", "ISR")),
    # a denial of a part in an act is toward those it was aimed at (not the day that owns it)
    Case("Iran denied any involvement in Saturday's drone attacks on Saudi oil facilities.", ("IRN", "016", "SAU")),
    Case("Ukraine's genocide case against Russia opened in The Hague.", ("UKR", "115", "RUS")),
    # dismissing and shunning demands and talks (Kosovo by either code)
    Case("Serbia dismissed Kosovo's demand for recognition.", ("SRB", "12", "XKX")),
    Case("Venezuela shunned talks with the United States.", ("VEN", "125", "USA")),
    Case("Eritrea dismissed Ethiopia's offer of talks.", ("ERI", "125", "ETH")),
    # non-political senses give no event
    Case("Analysts expressed optimism about the stock market.", no_event=True),
    Case("Investors have serious doubts about the housing market.", no_event=True),
    Case("The airline paid compensation to passengers after the delay.", no_event=True),
    Case("The museum returned the painting to its owner.", no_event=True),
    Case("Fans criticised each other on social media.", no_event=True),
    Case("Investors weighed the central bank's remarks on Tuesday.", no_event=True),
    Case("The coach called the referee's decision outrageous.", no_event=True),
    Case("Real Madrid dismissed Chelsea's offer for the striker.", no_event=True),
    # a stative "opposed" is no passive: France must not become the one who opposes Israel
    Case("Israel is opposed to mediation by France.", unwanted=("FRA", "", "ISR")),
    Case("Turkey considers the group an extension of the PKK.", no_event=True),
    # a predicative adjective is a stance ...
    Case("The Philippine president is optimistic about restoring ties with Beijing.", ("PHL", "013", "CHN")),
    Case("Lithuania remains deeply sceptical about Minsk's promises.", ("LTU", "012", "BLR")),
    # ... but about no actor, a mood is no event
    Case("Investors were optimistic about the quarterly earnings.", no_event=True),
]


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_positions(pipeline, case):
    check(pipeline, DAY, case)
