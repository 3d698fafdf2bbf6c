"""Stances and positions (patterns_positions.tsv): statements 01, material cooperation 06, yielding 08,
demands 10, disapproval 11 and rejection 12. One family of expressions per test, on sentences written for
these tests, plus non-political senses that must give no event."""
from __future__ import annotations

from datetime import date

from coding import has, triples

DAY = date(2023, 7, 10)


def test_declining_to_comment_on_an_actor(pipeline):
    found = triples(pipeline, DAY, "The Indian foreign ministry refused to comment on Beijing's new border map.")
    assert has(found, "IND", "011", "CHN"), found
    found = triples(pipeline, DAY, "A Kremlin spokesman would not comment on Washington's latest proposal.")
    assert has(found, "RUS", "011", "USA"), found


def test_doubts_and_fears_are_pessimistic_comments(pipeline):
    assert has(triples(pipeline, DAY, "Poland has grave doubts about Moscow's promises of restraint."), "POL", "012", "RUS")
    assert has(triples(pipeline, DAY, "Seoul cast doubt on Pyongyang's offer of a new hotline."), "KOR", "012", "PRK")
    assert has(triples(pipeline, DAY, "Canada voiced misgivings about India's investigation."), "CAN", "012", "IND")


def test_hope_and_optimism_about_an_actor(pipeline):
    assert has(triples(pipeline, DAY, "Greece voiced optimism over Turkey's offer of a maritime dialogue."),
               "GRC", "013", "TUR")
    assert has(triples(pipeline, DAY, "Chile expressed hope about Argentina's new border proposal."), "CHL", "013", "ARG")


def test_considering_an_act_is_a_policy_option(pipeline):
    found = triples(pipeline, DAY, "Norway is considering sending more air defence systems to Ukraine.")
    assert has(found, "NOR", "014", "UKR"), found
    assert not any(c.startswith("07") for _, c, _ in found), found  # the sending itself has not happened
    assert has(triples(pipeline, DAY, "Australia is weighing Fiji's request for patrol boats."), "AUS", "014", "FJI")


def test_condolences_in_the_passive_and_denials_as_lies(pipeline):
    assert has(triples(pipeline, DAY, "Nepal was sent condolences by India after the avalanche."), "IND", "018", "NPL")
    found = triples(pipeline, DAY, "Beijing called the Philippine accusations a fabrication.")
    assert has(found, "CHN", "016", "PHL"), found


def test_joint_police_work_and_intelligence_sharing(pipeline):
    found = triples(pipeline, DAY, "Italian and Albanian police jointly arrested six people smugglers.")
    assert has(found, "ITA", "063", "ALB") and has(found, "ALB", "063", "ITA"), found
    assert has(triples(pipeline, DAY, "Britain has resumed intelligence sharing with Pakistan."), "GBR", "064", "PAK")
    assert has(triples(pipeline, DAY, "Jordan provided Iraq with intelligence on the smugglers."), "JOR", "064", "IRQ")


def test_conjoined_parties_launching_drills_and_renewing_swaps(pipeline):
    found = triples(pipeline, DAY, "Indian and French warships began naval drills in the Arabian Sea.")
    assert has(found, "IND", "062", "FRA") and has(found, "FRA", "062", "IND"), found
    found = triples(pipeline, DAY, "China renewed its currency swap line with Argentina.")
    assert has(found, "CHN", "061", "ARG"), found


def test_completing_a_withdrawal_or_a_prisoner_swap(pipeline):
    found = triples(pipeline, DAY, "France completed the withdrawal of its troops from Niger.")
    assert has(found, "FRA", "0874", "NER"), found
    found = triples(pipeline, DAY, "Armenia and Azerbaijan completed a prisoner swap on Wednesday.")
    assert has(found, "ARM", "0841", "AZE") and has(found, "AZE", "0841", "ARM"), found


def test_demanding_a_truce_between_two_sides(pipeline):
    found = triples(pipeline, DAY, "The African Union demanded a ceasefire between Ethiopia and Eritrea.")
    assert has(found, "AU", "107", "ETH") and has(found, "AU", "107", "ERI"), found
    found = triples(pipeline, DAY, "Kyiv demanded that Moscow release the detained sailors.")
    assert has(found, "UKR", "1053", "RUS"), found


def test_disapproval_nouns_and_calling_it_illegal(pipeline):
    assert has(triples(pipeline, DAY, "Egypt voiced frustration with Ethiopia over the dam."), "EGY", "110", "ETH")
    assert has(triples(pipeline, DAY, "Malaysia lambasted Israel over the raid."), "MYS", "111", "ISR")
    assert has(triples(pipeline, DAY, "Vietnam called China's survey illegal."), "VNM", "111", "CHN")
    found = triples(pipeline, DAY, "India and Pakistan blamed each other for the clashes.")
    assert has(found, "IND", "112", "PAK") and has(found, "PAK", "112", "IND"), found


def test_protest_notes_and_lawsuits(pipeline):
    assert has(triples(pipeline, DAY, "Seoul sent a letter of protest to Tokyo."), "KOR", "114", "JPN")
    assert has(triples(pipeline, DAY, "Ukraine's genocide case against Russia opened in The Hague."), "UKR", "115", "RUS")


def test_dismissing_and_shunning_demands_and_talks(pipeline):
    found = triples(pipeline, DAY, "Serbia dismissed Kosovo's demand for recognition.")
    assert has(found, "SRB", "12", "XKX") or has(found, "SRB", "12", "KOS"), found
    found = triples(pipeline, DAY, "Venezuela shunned talks with the United States.")
    assert has(found, "VEN", "125", "USA"), found
    found = triples(pipeline, DAY, "Eritrea dismissed Ethiopia's offer of talks.")
    assert has(found, "ERI", "125", "ETH"), found


def test_non_political_senses_give_no_event(pipeline):
    for text in ("Analysts expressed optimism about the stock market.",
                 "Investors have serious doubts about the housing market.",
                 "The airline paid compensation to passengers after the delay.",
                 "The museum returned the painting to its owner.",
                 "Fans criticised each other on social media.",
                 "Investors weighed the central bank's remarks on Tuesday.",
                 "The coach called the referee's decision outrageous.",
                 "Real Madrid dismissed Chelsea's offer for the striker."):
        assert triples(pipeline, DAY, text) == set(), text


def test_stative_opposed_is_not_a_passive(pipeline):
    """"Israel is opposed to mediation by France" must not make France the one who opposes Israel."""
    found = triples(pipeline, DAY, "Israel is opposed to mediation by France.")
    assert not has(found, "FRA", "11", "ISR"), found
    assert triples(pipeline, DAY, "Turkey considers the group an extension of the PKK.") == set()


def test_a_predicative_adjective_is_a_stance(pipeline):
    found = triples(pipeline, DAY, "The Philippine president is optimistic about restoring ties with Beijing.")
    assert has(found, "PHL", "013", "CHN"), found
    found = triples(pipeline, DAY, "Lithuania remains deeply sceptical about Minsk's promises.")
    assert has(found, "LTU", "012", "BLR"), found
    # about no actor, a mood is no event
    assert triples(pipeline, DAY, "Investors were optimistic about the quarterly earnings.") == set()
