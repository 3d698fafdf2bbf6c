"""Pattern families for roots 01-12 added for recall: renewed appeals, loans rolled over, aid resumed or restored,
payment in national currencies, sanctions waived. Each row is a sentence written for this table, an event it must
give (or None) and, where it matters, one it must not give (empty codes match any actor)."""
from __future__ import annotations

from datetime import date

import pytest

from coding import Case, check

DAY = date(2021, 3, 9)

CASES = [
    # two sides who sit down together, or speak on the sidelines of a meeting, meet each other
    ("Trump and Putin did sit down together in Helsinki on Monday.", (("USA", "04", "RUSGOV"), ("RUSGOV", "04", "USA")),
     None),
    ("Blinken and Lavrov spoke briefly on the sidelines of the G20 meeting in New Delhi on Thursday.",
     (("USAGOV", "04", "RUSGOV"), ("RUSGOV", "04", "USAGOV")), None),
    # 041 a call with someone the parser hangs on the means ("by telephone with")
    ("Chinese President Xi Jinping spoke by telephone with Ukrainian President Volodymyr Zelensky on Wednesday.",
     ("CHNGOV", "041", "UKRGOV"), None),
    # 0862 inspectors permitted in
    ("Iran permitted IAEA inspectors into the Fordow site on Monday.", ("IRN", "0862", "IAEA"), None),
    # 07 aid sent to a city the tagger takes for a person is sent to its country
    ("Turkey sent aid to Derna on Tuesday.", ("TUR", "07", "LBY"), None),
    # rescuers are aid; so is food dropped over a place
    ("China sent a team of rescuers to Myanmar on Saturday after the earthquake.", ("CHN", "073", "MMR"), None),
    ("Jordanian air force planes dropped food and medical supplies over northern Gaza on Monday.", ("JOR", "073", "PSE"),
     None),
    # 071 a grant approved
    ("The World Bank approved a $500 million grant for Ethiopia on Tuesday.", ("WORLDBANK", "071", "ETH"), None),
    # ... and agreeing to let them back in, which the parser reads as "inspectors [are] back"
    ("Iran agreed to allow IAEA inspectors back into its nuclear sites.", ("IRN", "0355", "IAEA"), None),
    # 163 imports of a country's goods suspended; 160 participation frozen
    ("China suspended imports of Taiwanese fruit on Monday, citing pests.", ("CHN", "163", "TWN"), None),
    ("Armenia froze its participation in the CSTO on Friday.", ("ARM", "160", "CSTO"), None),
    # 1621 lending suspended
    ("The World Bank suspended new lending to Uganda on Tuesday.", ("WORLDBANK", "1621", "UGA"), None),
    # 114 a complaint is against the one complained of, not the one complained to; a state's protest is a complaint,
    # people's a demonstration
    ("Armenia complained to the OSCE on Friday over Azerbaijan's shelling of its villages.", ("ARM", "114", "AZE"),
     ("ARM", "11", "OSCE")),
    ("Pakistan protested on Thursday over Indian air strikes in Kashmir.", ("PAK", "114", "IND"), ("PAK", "14", "IND")),
    ("Thousands of Pakistanis protested in Lahore over Indian air strikes.", ("PAK", "14", "IND"), ("PAK", "11", "IND")),
    # 04 a summit two sides held; 057 an accord signed under its proper name (not lemmatised: "Accords")
    ("South Korea and Japan held their first summit in 12 years on Thursday.", (("KOR", "040", "JPN"),
                                                                                ("JPN", "040", "KOR")), None),
    ("Israel and the United Arab Emirates signed the Abraham Accords at the White House on Tuesday.",
     ("ISR", "057", "ARE"), None),
    # 02 appeals renewed or repeated: the noun "call"/"appeal" with "on"/"to"
    ("British Foreign Secretary David Lammy repeated his call on Israel on Monday to allow more aid into Gaza.",
     ("GBR", "02", "ISR"), None),
    ("Germany renewed its appeal to Iran on Wednesday to free the detained aid workers.", ("DEU", "02", "IRN"), None),
    # 071 loans and deposits rolled over
    ("Saudi Arabia on Tuesday rolled over a $3 billion deposit to Pakistan, the central bank said.",
     ("SAU", "071", "PAK"), None),
    ("Qatar's $2 billion deposit rollover for Egypt was approved by the cabinet on Sunday.", ("QAT", "071", "EGY"), None),
    # 07 aid resumed or restored: economic -> 071, unqualified -> 070
    ("Japan will resume economic aid to Myanmar, the foreign ministry said on Thursday.", ("JPN", "071", "MMR"), None),
    ("The World Bank resumed loans to Argentina on Thursday.", ("WORLDBANK", "071", "ARG"), None),
    ("The United States restored assistance to Ethiopia on Friday after a two-year pause.", ("USA", "070", "ETH"),
     None),
    # 061 payment in national currencies
    ("Bangladesh has paid Russia in yuan for work on its first nuclear power plant, officials said on Monday.",
     ("BGD", "061", "RUS"), None),
    # 085 sanctions waived
    ("The United States on Tuesday waived sanctions on Iraq for another 120 days.", ("USA", "085", "IRQ"), None),
    # not political: order restored, credit lines and tickets, support for patients
    Case("Riot police restored order to the streets of the capital on Monday.", forbidden_roots="07"),
    Case("The football club rolled over its credit line for another year.", forbidden_roots="07"),
    Case("Tourists paid the hotel in rupees during the festival.", forbidden_roots="06"),
    Case("Volunteers resumed support for flood victims on Saturday.", forbidden_roots="07"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_families_low(pipeline, case):
    check(pipeline, DAY, case)
