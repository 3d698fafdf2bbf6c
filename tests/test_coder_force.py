"""Event coding of force: threats (13), military and police posture (15), assault (18) and unconventional
mass violence (20), one family of expressions per group of rows (patterns_force.tsv), and the non-political senses
of the same words that must give no event."""
from __future__ import annotations

from datetime import date

import pytest

from coding import Case, check

DAY = date(2024, 3, 12)

CASES = [
    # attacks vowed are a threat; a suicide or car bombing that kills is that bombing (1831, 1832)
    Case("Hamas vowed to unleash a wave of revenge attacks against Israel.", ("HAMAS", "138", "ISR"),
         forbidden_roots="03"),
    Case("A suicide bombing by the Taliban killed 30 soldiers in Kabul.", ("TALIBAN", "1831", "AFG")),
    Case("A car bombing claimed by the Taliban killed a US soldier in Kabul.", ("TALIBAN", "1832", "USA")),
    # an attacker or a weapon that names the means makes the attack that bombing, whatever verb tells it; a guard:
    # fighters who attack make a plain attack
    Case("Islamic State suicide bombers attacked Iraqi soldiers near Mosul on Monday.", ("IS", "1831", "IRQMIL")),
    Case("Al Shabaab fighters stormed a Kenyan army base with a suicide car bomb on Tuesday.",
         ("ALSHABAB", "1831", "KENMIL")),
    Case("Islamic State fighters attacked Iraqi soldiers near Mosul on Monday.", ("IS", "190", "IRQMIL"),
         forbidden_roots="18"),
    # hitting back told as a participle is why an act was done, not a second act
    Case("Moscow expelled two Estonian diplomats on Friday, retaliating against Tallinn for an earlier expulsion.",
         ("RUS", "161", "EST"), forbidden_roots="19"),
    # a port a seized ship is taken to is not taken; a guard: a town taken is
    Case("Iranian commandos seized a British-flagged tanker and took it to the port of Bandar Abbas on Friday.",
         ("IRN", "171", "GBR"), forbidden_roots="192"),
    Case("Russian forces took the town of Avdiivka on Saturday.", ("RUS", "192", "UKR")),
    # attacks vowed to be kept up are a threat
    Case("The Houthis vowed to keep up attacks on Israeli ships.", ("HOUTHIS", "138", "ISR"), forbidden_roots="03"),
    # driving tens of thousands out is a mass expulsion; fishing boats sunk are property destroyed
    Case("Myanmar's army has driven more than 400,000 Rohingya out of Rakhine state in three weeks.",
         ("MMRMIL", "201", "MMR")),
    Case("Indonesia sank 13 Vietnamese fishing boats off West Kalimantan on Saturday.", ("IDN", "1712", "VNM"),
         forbidden_roots="19"),
    # revenge vowed is a threat, not a promise
    Case("Iran vowed to take revenge on Israel for the strike on its consulate.", ("IRN", "130", "ISR"),
         forbidden_roots="03"),
    # a vow to hit back is a threat against the one whose act it answers
    Case("China vowed on Friday to retaliate after Washington added dozens of Chinese firms to its export blacklist.",
         ("CHN", "130", "USA"), forbidden_roots="03"),
    Case("Pyongyang vowed to retaliate after South Korea and the United States began joint drills.",
         (("PRK", "13", "KOR"), ("PRK", "13", "USA")), forbidden_roots="03"),
    # a threat to strike a place is one threat of force, not also a threatened labour strike
    Case("Israel's defence minister threatened on Sunday to strike Beirut if rocket fire from Lebanon continued.",
         ("ISR", "138", "LBN"), forbidden_roots="133"),
    # a warning that one's side could use a weapon is that threat, told once
    Case("Medvedev warned Ukraine on Thursday that Moscow could use nuclear weapons.", ("RUS", "138", "UKR"),
         forbidden_roots="130"),
    # troops that clash with rocks and clubs clash with each other; the dead they leave are no retreat
    Case("Indian and Chinese troops clashed with rocks and clubs in Ladakh on Monday, leaving 20 Indian soldiers dead.",
         (("IND", "19", "CHN"), ("CHN", "19", "IND")), forbidden_roots="08"),
    # soldiers firing on a party's supporters repress them, as they would protesters
    Case("Zimbabwean soldiers opened fire on opposition supporters in Harare on Wednesday.", ("ZWE", "175", "ZWE")),
    # protesters who attack an embassy riot; they wage no war
    Case("Protesters attacked the French embassy in Kinshasa on Tuesday.", ("COD", "145", "FRA"),
         forbidden_roots="19"),
    # a posture taken after seeing another side's forces is aimed at them
    Case("The Philippines put its navy on alert on Tuesday after spotting dozens of Chinese warships near Second "
         "Thomas Shoal.", ("PHL", "15", "CHN")),
    # a threat of punitive action
    Case("Turkey threatened further action against Greece over the islands.", ("TUR", "13", "GRC")),
    # days given to comply are an ultimatum
    Case("Egypt gave Sudan five days to hand over the suspects.", ("EGY", "139", "SDN")),
    Case("The African Union gave Niger's military junta 15 days to return power to the elected government.",
         ("AU", "139", "NER")),
    # ... but an envoy given hours to leave is expelled, not threatened
    Case("Mali's junta gave the French ambassador 72 hours to leave the country.", ("MLI", "16", "FRA"),
         forbidden_roots="13"),
    # force that one refuses to rule out, or does not rule out, is kept open: a threat, not a refusal
    Case("Trump refused on Tuesday to rule out using military force to take control of Greenland.",
         ("USA", "13", "GRL"), forbidden_roots="12"),
    Case("Trump did not rule out using military force to take control of the Panama Canal.", ("USA", "13", "PAN"),
         forbidden_roots="12"),
    # a weapon that strikes is its country's, and armed
    Case("A Russian missile struck a children's hospital in Kyiv on Monday.", ("RUS", "190", "UKR")),
    # a cessation of hostilities is a truce
    Case("Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of hostilities.",
         ("ETHGOV", "0871", "ETH"), forbidden_roots="03"),
    # an offensive "into" a country is against it, as a verb's object or a noun's
    Case("Ukraine launched a surprise offensive into Russia's Kursk region on Tuesday.", ("UKR", "190", "RUS")),
    Case("Israel's ground offensive into Lebanon entered its second week.", ("ISR", "190", "LBN")),
    # a state that fires at sites in a country strikes that country; a gas attack a week before is not its act,
    # nor its weapon
    Case("Britain and France fired cruise missiles at suspected chemical-weapons depots near Homs on Saturday, a week "
         "after the alleged gas attack in Douma.", (("GBR", "19", "SYR"), ("FRA", "19", "SYR")), forbidden_roots="20"),
    # a participle that names whom an act aimed at a place was aimed at is that act's target
    Case("Iran fired ballistic missiles at an air base in western Iraq on Wednesday, targeting US troops.",
         ("IRN", "19", "USA"), unwanted=("IRN", "19", "IRQ")),
    # what a passive's agent did, it did with the participle too
    Case("The town of Kupiansk in Ukraine's Kharkiv region was shelled by Russian artillery on Tuesday, killing two "
         "civilians.",
         ("RUS", "19", "UKR"), unwanted=("UKR", "19", "UKR")),
    # many people killed, or captives executed, are a mass killing; fighters killed in battle are not, however many
    Case("Myanmar soldiers killed more than 90 villagers in central Myanmar on Monday.", ("MMR", "202", "MMR")),
    Case("Islamic State militants executed 1,700 Iraqi air force recruits near Tikrit.", ("IS", "202", "IRQ")),
    Case("About 60 militiamen were killed by UN peacekeepers in a gun battle in Congo's Ituri province on Tuesday.",
         ("UN", "19", "COD"), forbidden_roots="20"),
    # a patrol that hits a roadside bomb attacks no one: the bomb's planters did
    Case("Three Afghan soldiers were killed when their patrol hit a roadside bomb planted by Taliban fighters in "
         "Helmand on Monday.", ("TALIBAN", "18", "AFG"), unwanted=("AFG", "19", "TALIBAN")),
    # missiles fired into the sea strike no one
    Case("China began its biggest military drills around Taiwan on Monday, firing ballistic missiles into surrounding "
         "waters.", ("CHN", "15", "TWN"), forbidden_roots="19"),
    # ... or into waters off a coast, even when the waters are named by the coast's country
    Case("China fired ballistic missiles into waters off Taiwan's eastern coast on Thursday during large-scale drills.",
         forbidden_roots="19"),
    # control taken of companies' assets is a seizure of property, not of territory
    Case("Russia took temporary control of the local assets of German utility Uniper on Tuesday.",
         ("RUS", "171", "DEU"), forbidden_roots="19"),
    # drills off a coast; troops moved to a border
    Case("China held naval drills off Taiwan on Tuesday.", ("CHN", "15", "TWN")),
    Case("Turkey moved tanks to its border with Syria on Sunday.", ("TUR", "15", "SYR")),
    # a prominent person shot or killed: an assassination, attempted or done (not fighting); gunmen of no named side
    # are kept with a null code, the place does not say whose they are
    Case("A gunman shot and seriously wounded Slovak Prime Minister Robert Fico on Wednesday.", (None, "185", "SVKGOV"),
         forbidden_roots="19"),
    Case("Gunmen killed a provincial governor in Helmand on Monday.", (None, "186", "AFGGOV"), forbidden_roots="19"),
    # two sides that fought fought each other; "leaving soldiers dead" withdraws no one
    Case("Armenian and Azerbaijani forces fought along their shared border on Tuesday, leaving dozens of soldiers dead.",
         (("ARM", "19", "AZE"), ("AZE", "19", "ARM")), forbidden_roots="08"),
    # the battles two sides fought are no target, nor is the city they fought them in
    Case("Hamas gunmen and Fatah-led security forces fought street battles in Gaza City on Wednesday.",
         (("HAMAS", "19", "FATAHCOP"), ("FATAHCOP", "19", "HAMAS"))),
    Case("Ethiopian troops fought fierce battles with Eritrean forces near Badme on Tuesday.", ("ETHMIL", "19", "ERIMIL")),
    # the nation before the first of a list of weapons owns the list ("Russian missiles and drones" had given no
    # event); who made a weapon is not who fires it
    Case("Russian missiles and drones struck grain terminals in Odesa early on Wednesday.", ("RUS", "19", "UKR")),
    Case("Russian missiles and Iranian-made drones struck Kyiv on Wednesday.", ("RUS", "19", "UKR"),
         ("IRN", "19", "UKR")),
    # military action threatened is a threat of force (it had been the vaguer 130)
    Case("Kim Yo Jong threatened on Saturday to take military action against South Korea.", ("PRKGOV", "138", "KOR")),
    # what is taken back is taken from someone
    Case("Iraqi Kurdish peshmerga fighters retook the town of Sinjar from Islamic State on Friday.", ("IRQ", "192", "IS")),
    Case("Syrian troops wrested control of Palmyra from Islamic State on Sunday.", ("SYRMIL", "192", "IS")),
    # strikes carried out "inside" a country are on it
    Case("Pakistan carried out air strikes inside Iran on Thursday.", ("PAK", "195", "IRN")),
    # drones strike for the side that flies them; an oil refinery struck is no oil struck
    Case("Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight.", ("UKRMIL", "19", "RUS")),
    Case("Chevron struck oil off the coast of Angola in 1966.", no_event=True),
    # gunmen storming is unconventional violence, not conventional force
    Case("Gunmen attacked the Indian embassy in Kabul on Monday.", (None, "18", "IND"), forbidden_roots="19"),
    # suicide and car bombs with a place preposition
    Case("A Hamas suicide bomber blew himself up outside an Israeli checkpoint near Jerusalem.",
         ("HAMAS", "1831", "ISR")),
    Case("Houthi rebels detonated a car bomb outside the Saudi embassy in Sanaa.", ("HOUTHIS", "1832", "SAU")),
    # abduction and human shields
    Case("Al-Shabaab fighters snatched two Kenyan teachers from a school.", ("ALSHABAB", "181", "KEN")),
    Case("Islamic State fighters held Iraqi civilians as human shields in Mosul.", ("IS", "184", "IRQ")),
    # an envoy shot dead is an assassination
    Case("Russia's envoy to Kenya was shot dead by a Kenyan policeman in Nairobi.", ("KEN", "186", "RUS")),
    # soldiers coming to blows: an assault each way
    Case("Armenian and Azerbaijani soldiers came to blows on the border.",
         (("ARM", "182", "AZE"), ("AZE", "182", "ARM"))),
    # mass expulsion by count ...
    Case("Turkey will expel tens of thousands of Syrian refugees this year.", ("TUR", "201", "SYR")),
    Case("Sudan's army drove thousands of Chadian refugees out of Darfur.", ("SDN", "201", "TCD")),
    # ... but a few deportees are an ordinary deportation (17), not a mass expulsion
    Case("Mexico deported 150 Guatemalan migrants on Tuesday.", ("MEX", "17", "GTM"), forbidden_roots="20"),
    # chemical agents and weapons: mass violence, not conventional force
    Case("Iraq used the nerve agent tabun against Iranian troops in 1984.", ("IRQ", "2041", "IRN")),
    Case("The Syrian army launched a chemical weapons attack on Turkish troops in Idlib.", ("SYR", "20", "TUR"),
         forbidden_roots="19"),
    # ethnic cleansing of a people
    Case("Serbia carried out ethnic cleansing of Albanians in Kosovo.", ("SRB", "203", "XKX")),
    # sport and business senses give no threat, posture, assault or mass violence
    Case("France took revenge on England in the rugby World Cup final.", no_event=True),
    Case("Brazil stormed back to beat Argentina in Buenos Aires.", no_event=True),
    # a side's name and a score say it is a game, with no sports word ("crushed Ivory Coast" had been a 190)
    Case("Equatorial Guinea crushed hosts Ivory Coast 4-0 in Abidjan on Monday.", no_event=True),
    Case("Slovakia stunned Finland 4-3 in overtime in Tampere on Sunday, a late counter-attack deciding it.",
         no_event=True),
    # guards: a date range and a vote are no score
    Case("Russia fired missiles at Kyiv on March 3-4, Ukrainian officials said.", ("RUS", "19", "UKR")),
    Case("Spanish and Italian players came to blows during the match in Madrid.", no_event=True),
    Case("Germany moved billions of euros to Greece in bailout loans.", no_event=True),
    Case("The blockbuster bombed at the box office in China.", no_event=True),
    Case("Norway's Magnus Carlsen repelled a fierce attack by India's Gukesh at the chess olympiad on Friday.",
         no_event=True),
    # tear gas is repression, not a chemical weapon
    Case("Turkish police used tear gas against Kurdish protesters in Istanbul.", ("TURCOP", "17", "TUR"),
         forbidden_roots="20"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_force(pipeline, case):
    check(pipeline, DAY, case)
