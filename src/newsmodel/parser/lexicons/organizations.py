"""
Organizations: the words that head their names, well-known names, and news agencies.

A capitalised run of words that ends in a head word ("Agency", "Ministry", "Forces") names
an organization, and the head word gives its kind.
"""

from __future__ import annotations

#: Head words of organization names, with the kind each one implies.
#: From English news usage and the schema.org Organization subtypes.
HEAD_WORDS: dict[str, str] = {
    "Agency": "government", "Ministry": "government", "Department": "government",
    "Office": "government", "Bureau": "government", "Administration": "government",
    "Commission": "government", "Council": "government", "Committee": "government",
    "Parliament": "government", "Assembly": "government", "Congress": "government",
    "Senate": "government", "Cabinet": "government", "Court": "government",
    "Police": "government", "Service": "government", "Authority": "government",
    "Reserve": "government", "Treasury": "government", "Secretariat": "government",
    "Forces": "military", "Force": "military", "Army": "military", "Navy": "military",
    "Guard": "military", "Guards": "military", "Corps": "military", "Command": "military",
    "Marines": "military", "Brigade": "armed_group", "Brigades": "armed_group",
    "Militia": "armed_group", "Front": "armed_group", "Movement": "armed_group",
    "Party": "political_party", "Bank": "company", "Corporation": "company",
    "Corp": "company", "Inc": "company", "Company": "company", "Co": "company",
    "Ltd": "company", "Group": "company", "Holdings": "company", "Airlines": "company",
    "Airways": "company", "Motors": "company", "Industries": "company",
    "Technologies": "company", "Systems": "company", "System": "other", "Entertainment": "company",
    "Studios": "company", "Records": "company", "Pictures": "company", "Fund": "other",
    "Association": "other", "Foundation": "other", "Institute": "educational",
    "University": "educational", "College": "educational", "School": "educational",
    "Union": "international", "Organization": "other", "Organisation": "other",
    "Federation": "other", "League": "other", "Club": "sports_team", "FC": "sports_team",
    "News": "media", "Times": "media", "Post": "media", "Journal": "media",
    "Herald": "media", "Tribune": "media", "Telegraph": "media", "Guardian": "media",
    "Gazette": "media", "Network": "media", "Television": "media", "Radio": "media",
    "Broadcasting": "media", "Magazine": "media", "Press": "media", "Forum": "other", "Board": "government",
    "Summit": "other", "Conference": "other", "Institution": "other", "Trust": "other",
    "Society": "other", "Alliance": "other", "Coalition": "other", "Caucus": "political_party",
    "Campaign": "other", "Project": "other", "Center": "other", "Centre": "other",
    "Team": "sports_team", "Rovers": "sports_team", "Athletic": "sports_team",
    "Rangers": "sports_team", "Wanderers": "sports_team", "Albion": "sports_team",
    "Hotspur": "sports_team", "Orchestra": "other", "Philharmonic": "other",
    "Symphony": "other", "Opera": "other", "Ballet": "other", "Choir": "other",
    "Theatre": "other", "Theater": "other", "Conservatory": "educational",
    "Academy": "educational", "Museum": "other", "Gallery": "other", "Church": "other",
    "Cathedral": "other", "Hospital": "other", "Clinic": "other",
    "Stadium": "other", "Library": "other", "Prison": "other",
    "Stockbrokers": "company", "Brokers": "company", "Securities": "company",
    "Partners": "company", "Bancorp": "company", "Plc": "company", "PLC": "company",
    "LLC": "company", "LLP": "company", "AG": "company", "SA": "company", "GmbH": "company",
    "Investments": "company", "Insurance": "company", "Pharmaceuticals": "company",
    "Telecom": "company", "Communications": "company", "Electronics": "company",
    "Consortium": "other", "Confederation": "other", "Chamber": "other",
    "Charity": "other", "Unit": "other", "Tribunal": "government", "Inquiry": "government",
    "Regiment": "military", "Squadron": "military", "Fleet": "military",
    "Government": "government", "Media": "media", "Comics": "company",
    "Publishing": "company", "Publishers": "company", "Software": "company",
    "Foods": "company", "Consulting": "company", "Solutions": "company",
    "Petroleum": "company", "Ventures": "company", "Labs": "other", "Lab": "other",
    "Laboratory": "other", "Laboratories": "other", "Brotherhood": "other",
    "Collaboration": "other", "Co-Op": "company", "Co-op": "company", "Bros": "company",
}  # fmt: skip

#: Lower-case nouns for a kind of organization, written right before its name:
#: "software company Kelvara", "retailer Tesco", "the charity Oxfam".
#: From English news usage; the kind each one implies.
ORGANIZATION_NOUNS: dict[str, str] = {
    "company": "company", "firm": "company", "group": "company", "retailer": "company",
    "supermarket": "company", "chain": "company", "carmaker": "company",
    "automaker": "company", "manufacturer": "company", "maker": "company",
    "airline": "company", "carrier": "company", "bank": "company", "lender": "company",
    "insurer": "company", "broker": "company", "stockbroker": "company",
    "stockbrokers": "company", "brokerage": "company", "operator": "company",
    "provider": "company", "giant": "company", "conglomerate": "company",
    "startup": "company", "start-up": "company", "publisher": "company",
    "developer": "company", "supplier": "company", "utility": "company",
    "broadcaster": "media", "newspaper": "media", "tabloid": "media", "magazine": "media",
    "channel": "media", "network": "media", "press": "media", "agency": "government",
    "regulator": "government", "watchdog": "government", "ministry": "government",
    "department": "government", "council": "government", "authority": "government",
    "charity": "other", "organisation": "other", "organization": "other",
    "association": "other", "union": "other", "foundation": "other",
    "think-tank": "other", "thinktank": "other", "consultancy": "company",
    "club": "sports_team", "side": "sports_team", "party": "political_party",
}  # fmt: skip

#: Names of organizations that carry no head word, with their kind.
#: Well-known names in English news.
KNOWN: dict[str, str] = {
    "Pentagon": "government", "White House": "government", "Kremlin": "government",
    "State Department": "government", "Justice Department": "government",
    "Congress": "government", "Senate": "government", "House of Representatives": "government",
    "Supreme Court": "government", "Downing Street": "government", "Whitehall": "government",
    "Elysee": "government", "Knesset": "government", "Majlis": "government",
    "NATO": "international", "United Nations": "international", "UN": "international",
    "U.N.": "international", "European Union": "international", "EU": "international",
    "Security Council": "international", "World Bank": "international",
    "IMF": "international", "WHO": "international", "OPEC": "international",
    "Red Cross": "international", "Amnesty International": "other",
    "FBI": "government", "CIA": "government", "NSA": "government", "IRS": "government",
    "EPA": "government", "ICE": "government", "DHS": "government", "FDA": "government",
    "NASA": "government", "GOP": "political_party", "DNC": "political_party",
    "RNC": "political_party", "Labour": "political_party", "Tories": "political_party",
    "Conservatives": "political_party", "Lib Dems": "political_party",
    "Liberal Democrats": "political_party", "Hezbollah": "armed_group",
    "Hamas": "armed_group", "Taliban": "armed_group", "al-Qaeda": "armed_group",
    "Al-Qaeda": "armed_group", "al Qaeda": "armed_group", "Islamic State": "armed_group",
    "ISIS": "armed_group", "ISIL": "armed_group", "Daesh": "armed_group",
    "Houthis": "armed_group", "Revolutionary Guards": "military", "IRGC": "military",
    "Reuters": "news_agency", "AP": "news_agency", "Associated Press": "news_agency",
    "AFP": "news_agency", "Agence France-Presse": "news_agency", "Xinhua": "news_agency",
    "Tasnim": "news_agency", "IRNA": "news_agency", "Bloomberg": "media", "BBC": "media",
    "CNN": "media", "MSNBC": "media", "NPR": "media", "PBS": "media", "ABC": "media",
    "CBS": "media", "NBC": "media", "Fox News": "media", "Al Jazeera": "media",
    "Breitbart": "media", "Politico": "media", "HuffPost": "media", "Twitter": "company",
    "Facebook": "company", "Google": "company", "Apple": "company", "Microsoft": "company",
    "Amazon": "company", "Netflix": "company", "Instagram": "company", "YouTube": "company",
    "Yahoo": "company", "eBay": "company", "Sony": "company", "Nintendo": "company",
    "Samsung": "company", "Intel": "company", "IBM": "company", "Shell": "company",
    "BP": "company", "Boeing": "company", "Airbus": "company", "Toyota": "company",
    "Ford": "company", "Walmart": "company", "Goldman Sachs": "company", "Ofcom": "government",
    "Tesla": "company", "Uber": "company", "Vodafone": "company", "Microsoft Corp": "company",
    # intergovernmental bodies: the United Nations' agencies and the regional organizations
    "UNESCO": "international", "UNICEF": "international", "UNHCR": "international",
    "UNRWA": "international", "UNDP": "international", "UNEP": "international",
    "FAO": "international", "ILO": "international", "WTO": "international",
    "WFP": "international", "IAEA": "international", "OECD": "international",
    "OSCE": "international", "ASEAN": "international", "Interpol": "international",
    "Europol": "international", "ECB": "international", "G7": "international",
    "G20": "international",
    # sport's governing bodies and the main professional leagues
    "FIFA": "other", "UEFA": "other", "IOC": "other", "WADA": "other", "NBA": "other",
    "NFL": "other", "NHL": "other", "MLB": "other", "NCAA": "other", "WTA": "other",
    "ATP": "other", "IAAF": "other",
    # international charities and campaigns
    "Greenpeace": "other", "Oxfam": "other", "WWF": "other", "MSF": "other",
    "Human Rights Watch": "other", "Medecins Sans Frontieres": "other",
    "Médecins Sans Frontières": "other",
    # the largest media and technology companies by revenue, not named for a person
    "HBO": "media", "MTV": "media", "ESPN": "media", "Spotify": "company",
    "Wikipedia": "media", "LinkedIn": "company", "TikTok": "company", "Snapchat": "company",
    "Reddit": "company", "WhatsApp": "company", "Airbnb": "company", "PayPal": "company",
    "Alibaba": "company", "Tencent": "company", "Baidu": "company", "Huawei": "company",
    "Lenovo": "company", "Nvidia": "company", "Qualcomm": "company", "Cisco": "company",
    "Nokia": "company", "Ericsson": "company", "Siemens": "company", "Verizon": "company",
    "AT&T": "company", "Comcast": "company", "Volkswagen": "company", "BMW": "company",
    "Nissan": "company", "Honda": "company", "Hyundai": "company", "Nike": "company",
    "Adidas": "company", "Coca-Cola": "company", "PepsiCo": "company", "Starbucks": "company",
    "Nestle": "company", "Nestlé": "company", "Unilever": "company", "Pfizer": "company",
    "AstraZeneca": "company", "Novartis": "company", "HSBC": "company", "Barclays": "company",
    "JPMorgan": "company", "Citigroup": "company", "Gazprom": "company", "Rosneft": "company",
    "Aramco": "company", "ExxonMobil": "company", "Chevron": "company", "Tesco": "company",
}  # fmt: skip

#: Words that make an organization with a "News"/"Press" head a news agency.
NEWS_AGENCY_WORDS: frozenset[str] = frozenset({"Agency", "Service", "Wire"})

#: Lower-case words that may join the parts of an organization's name:
#: "Ministry of Defense", "Bank of England", "Department for Education".
NAME_JOINERS: frozenset[str] = frozenset(
    {"of", "for", "to", "on", "the", "de", "du", "des", "and", "&"}
)

#: Every kind an organization's head word or name gives.
ORG_KINDS: frozenset[str] = frozenset(HEAD_WORDS.values()) | frozenset(KNOWN.values())
