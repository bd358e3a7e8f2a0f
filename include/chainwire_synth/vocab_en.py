"""Invented English text material for the English-language Korean outlet layouts.

Templates with slots (``{item}``, ``{company}`` …) about supply-chain policy, filled per
page by :mod:`chainwire_synth.layouts`. Person names are assembled from romanised
syllables; nothing here is meant to denote a real person or to quote a real article.
"""

from __future__ import annotations

TOPICS_EN: dict[str, dict] = {
    "semiconductor": dict(
        field="chip",
        items=["high-bandwidth memory", "advanced packaging", "chipmaking equipment", "AI accelerators",
               "NAND flash", "foundry capacity"],
        companies=["Samsung Electronics", "SK hynix", "DB HiTek", "Hanmi Semiconductor"],
        measures=["tax credits", "investment subsidies", "low-interest loans"],
        countries=["the United States", "Japan", "the Netherlands", "Taiwan"],
        sections=[("Business", "Industry"), ("Business", "Technology")],
    ),
    "battery": dict(
        field="battery",
        items=["cathode materials", "anode materials", "electrolytes", "LFP batteries", "battery precursors"],
        companies=["LG Energy Solution", "Samsung SDI", "SK On", "POSCO Future M"],
        measures=["production tax credits", "policy loans", "investment subsidies"],
        countries=["the United States", "Germany", "Hungary", "Canada"],
        sections=[("Business", "Industry"), ("Business", "Economy")],
    ),
    "minerals": dict(
        field="critical mineral",
        items=["lithium", "nickel", "graphite", "cobalt", "manganese"],
        companies=["Korea Zinc", "POSCO International", "LX International"],
        measures=["stockpiling programs", "overseas project financing", "import diversification grants"],
        countries=["Australia", "Indonesia", "Chile", "Canada"],
        sections=[("Business", "Economy"), ("National", "Policy")],
    ),
    "rare_earth": dict(
        field="rare earth",
        items=["rare earth magnets", "neodymium", "dysprosium", "rare earth oxides"],
        companies=["Hyundai Mobis", "LS Cable", "Star Group Industrial"],
        measures=["stockpiling programs", "recycling subsidies", "supply-chain audits"],
        countries=["Australia", "Vietnam", "Japan"],
        sections=[("Business", "Industry"), ("National", "Policy")],
    ),
    "shipping": dict(
        field="shipping",
        items=["container freight capacity", "port logistics", "LNG carriers", "Arctic route shipping"],
        companies=["HMM", "Pan Ocean", "HD Hyundai Heavy Industries", "Hanwha Ocean"],
        measures=["freight support funds", "port investment plans", "fuel subsidies"],
        countries=["the Netherlands", "Singapore", "Norway"],
        sections=[("Business", "Industry"), ("Business", "Economy")],
    ),
    "trade": dict(
        field="trade",
        items=["steel exports", "auto parts exports", "export controls", "tariff exemptions"],
        companies=["Hyundai Motor", "POSCO Holdings", "Hyundai Steel", "Kia"],
        measures=["export insurance", "trade finance", "tariff consultations"],
        countries=["the United States", "the European Union", "Mexico", "India"],
        sections=[("Business", "Economy"), ("National", "Diplomacy")],
    ),
}

OFFICES_EN = [
    # (agency, agency short, minister title)
    ("the Ministry of Trade, Industry and Energy", "the industry ministry", "Industry Minister"),
    ("the Ministry of Economy and Finance", "the finance ministry", "Finance Minister"),
    ("the Ministry of Oceans and Fisheries", "the oceans ministry", "Oceans Minister"),
    ("the Korea Customs Service", "the customs agency", "Customs Commissioner"),
    ("the Ministry of Science and ICT", "the science ministry", "Science Minister"),
]
ANALYST_FIRMS = ["a Seoul-based brokerage", "a state-run think tank", "the Korea Institute for Industrial Research",
                 "a trade research institute", "a local university"]

TITLES = [
    "S. Korea to expand {measure} for {item} production",
    "Seoul unveils {amount} package to shore up {field} supply chains",
    "{company} to add {item} capacity as supply chain push gathers pace",
    "S. Korea, {country_short} agree to share early warnings on {item} supply",
    "{minister_title} calls for faster localization of {item}",
    "Gov't eyes {measure} as {country_short} tightens rules on {item}",
    "{field_cap} firms brace for new rules on {item}",
    "S. Korea to stockpile more {item} amid supply jitters",
    "{company} signs long-term deal to secure {item}",
    "Korea sets {year} target for {item} self-sufficiency",
]
SUBTITLES = [
    "Plan includes {amount} in policy loans through {year}",
    "Measures target bottlenecks in {item}",
    "{company} among {n} firms joining pilot program",
    "Officials to review progress every quarter",
    "Move comes as partners tighten export rules",
]
LEADS = [
    "South Korea will expand {measure} for companies producing {item}, {agency_short} said {weekday}, as it seeks "
    "to reduce reliance on a handful of foreign suppliers.",
    "{agency_cap} on {weekday} unveiled a {amount} package to shore up {field} supply chains, citing growing "
    "uncertainty over trade policy in {country}.",
    "{company} said {weekday} it will invest {amount} to expand {item} production at home, joining a "
    "government-led push to secure key supplies.",
    "South Korea and {country} agreed {weekday} to share early warnings on disruptions in {item} supply, "
    "{agency_short} said, in a move to head off shortages before they spread.",
    "{minister} on {weekday} called for faster localization of {item}, saying the country can no longer "
    "afford to depend on a single source for materials vital to its export industries.",
]
DETAILS = [
    "Under the plan, companies that invest in {item} facilities will be eligible for tax credits of up to {pct} percent.",
    "The ministry said it will also set up a task force with {company} and other major firms to monitor supply conditions.",
    "Imports of {item} rose {pct} percent on-year in the first nine months, according to customs data.",
    "Officials said the measures are designed to help smaller suppliers that lack the resources to diversify their sourcing.",
    "The government plans to submit related bills to the National Assembly by the end of the year.",
    "Industry watchers said the support still falls short of what rival economies offer their own manufacturers.",
    "{company} currently sources about {pct} percent of its {item} needs from overseas suppliers.",
    "The country aims to raise its self-sufficiency rate for {item} to {pct2} percent by {year}.",
    "A follow-up meeting with industry officials is planned for next month to review implementation.",
    "Analysts expect demand for {item} to keep rising on the back of investment in AI data centers.",
    "The ministry will also expand a public stockpile that can cover about {n} weeks of domestic demand.",
    "Exporters have asked the government to speed up consultations with {country} on pending rule changes.",
]
QUOTES = [
    "Supply chain stability is no longer just an economic issue but a matter of economic security",
    "We will make sure companies can carry out their investment plans without disruption",
    "Reducing our dependence on a single country is the most urgent task",
    "We will work closely with like-minded partners to keep supply chains open",
    "The support needs to reach smaller firms quickly",
    "Uncertainty over trade rules is weighing on investment decisions",
    "We are preparing for several scenarios, including a prolonged disruption",
    "Early warning only works if partners share data in real time",
]
QUOTE_PARAS = [
    '"{q1}," {minister} said.',
    '{minister} told reporters, "{q1}."',
    '"{q1}," {minister} said. "{q2}."',
    '"{q1}," {minister} said in a statement.',
]
ANALYST_PARAS = [
    '"{q1}," said {analyst}, an analyst at {firm}.',
    '{analyst}, a researcher at {firm}, said, "{q1}."',
]
CAPTIONS = [
    ("{minister} speaks during a meeting on {field} supply chains in Seoul.", "gov"),
    ("An aerial view of a {item} plant operated by {company}.", "company"),
    ("Workers inspect products on a {item} production line.", "company"),
    ("Containers are stacked at a port in Busan.", "wire"),
    ("This file photo shows a storage facility for industrial materials.", "wire"),
]
COUNTRY_SHORT = {
    "the United States": "US", "Japan": "Japan", "the Netherlands": "Netherlands", "Taiwan": "Taiwan",
    "Germany": "Germany", "Hungary": "Hungary", "Canada": "Canada", "Australia": "Australia",
    "Indonesia": "Indonesia", "Chile": "Chile", "Vietnam": "Vietnam", "Singapore": "Singapore",
    "Norway": "Norway", "the European Union": "EU", "Mexico": "Mexico", "India": "India",
}
# Dateline of the wire lead, as printed, by desk.
WIRE_DATELINES = {"서울": "SEOUL", "세종": "SEJONG", "부산": "BUSAN", "워싱턴": "WASHINGTON", "베이징": "BEIJING",
                  "도쿄": "TOKYO", "브뤼셀": "BRUSSELS"}
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
DECOY_HEADLINES = [
    "Markets close mixed ahead of central bank meeting",
    "Weather agency warns of early cold snap",
    "Trade data to be released next week",
    "Ruling, opposition parties clash over budget",
]
