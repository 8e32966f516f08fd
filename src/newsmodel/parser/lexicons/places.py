"""
Places: countries with their ISO 3166-1 codes, demonyms, capitals and other names.

`COUNTRIES` is kept as readable text, one country per line, and read once at import into
the lookup tables below it.
"""

from __future__ import annotations

#: One country a line: ``CODE name | demonyms | capital | other names``, lists split by
#: ";". Codes and short names from ISO 3166-1; demonyms and capitals from the CIA World
#: Factbook; other names as English news writes them.
COUNTRIES = """
AF Afghanistan | Afghan | Kabul |
AL Albania | Albanian | Tirana |
DZ Algeria | Algerian | Algiers |
AD Andorra | Andorran | |
AO Angola | Angolan | Luanda |
AR Argentina | Argentine;Argentinian | Buenos Aires |
AM Armenia | Armenian | Yerevan |
AU Australia | Australian | Canberra |
AT Austria | Austrian | Vienna |
AZ Azerbaijan | Azerbaijani | Baku |
BS Bahamas | Bahamian | Nassau |
BH Bahrain | Bahraini | Manama |
BD Bangladesh | Bangladeshi | Dhaka |
BB Barbados | Barbadian | |
BY Belarus | Belarusian | Minsk |
BE Belgium | Belgian | Brussels |
BZ Belize | Belizean | |
BJ Benin | Beninese | |
BT Bhutan | Bhutanese | |
BO Bolivia | Bolivian | La Paz |
BA Bosnia and Herzegovina | Bosnian | Sarajevo | Bosnia
BW Botswana | | Gaborone |
BR Brazil | Brazilian | Brasilia;Rio de Janeiro;Sao Paulo |
BN Brunei | | |
BG Bulgaria | Bulgarian | Sofia |
BF Burkina Faso | Burkinabe | Ouagadougou |
BI Burundi | Burundian | |
KH Cambodia | Cambodian | Phnom Penh |
CM Cameroon | Cameroonian | Yaounde |
CA Canada | Canadian | Ottawa;Toronto;Montreal;Vancouver |
CV Cape Verde | | |
CF Central African Republic | | Bangui |
TD Chad | Chadian | |
CL Chile | Chilean | Santiago |
CN China | Chinese | Beijing;Shanghai;Hong Kong | People's Republic of China
CO Colombia | Colombian | Bogota |
KM Comoros | | |
CG Congo | Congolese | Brazzaville |
CD Democratic Republic of the Congo | | Kinshasa | DR Congo;DRC
CR Costa Rica | Costa Rican | |
CI Côte d'Ivoire | Ivorian | Abidjan | Ivory Coast
HR Croatia | Croatian | Zagreb |
CU Cuba | Cuban | Havana |
CY Cyprus | Cypriot | Nicosia |
CZ Czech Republic | Czech | Prague | Czechia
DK Denmark | Danish | Copenhagen |
DJ Djibouti | | |
DM Dominica | | |
DO Dominican Republic | Dominican | Santo Domingo |
EC Ecuador | Ecuadorian | Quito |
EG Egypt | Egyptian | Cairo |
SV El Salvador | Salvadoran | San Salvador |
GQ Equatorial Guinea | | |
ER Eritrea | Eritrean | Asmara |
EE Estonia | Estonian | Tallinn |
SZ Eswatini | | | Swaziland
ET Ethiopia | Ethiopian | Addis Ababa |
FJ Fiji | Fijian | |
FI Finland | Finnish | Helsinki |
FR France | French | Paris |
GA Gabon | Gabonese | |
GM Gambia | Gambian | |
GE Georgia | Georgian | Tbilisi |
DE Germany | German | Berlin | West Germany;East Germany
GH Ghana | Ghanaian | Accra |
GR Greece | Greek | Athens |
GD Grenada | | |
GT Guatemala | Guatemalan | |
GN Guinea | Guinean | Conakry |
GW Guinea-Bissau | | |
GY Guyana | Guyanese | |
HT Haiti | Haitian | Port-au-Prince |
HN Honduras | Honduran | Tegucigalpa |
HU Hungary | Hungarian | Budapest |
IS Iceland | Icelandic | Reykjavik |
IN India | Indian | New Delhi;Mumbai;Delhi |
ID Indonesia | Indonesian | Jakarta |
IR Iran | Iranian | Tehran | Islamic Republic of Iran;Islamic Republic;Persia
IQ Iraq | Iraqi | Baghdad;Mosul;Basra;Erbil |
IE Ireland | Irish | Dublin | Republic of Ireland
IL Israel | Israeli | Jerusalem;Tel Aviv |
IT Italy | Italian | Rome;Milan |
JM Jamaica | Jamaican | Kingston |
JP Japan | Japanese | Tokyo |
JO Jordan | Jordanian | Amman |
KZ Kazakhstan | Kazakh | Astana |
KE Kenya | Kenyan | Nairobi |
KI Kiribati | | |
KP North Korea | North Korean | Pyongyang | Democratic People's Republic of Korea
KR South Korea | South Korean | Seoul | Republic of Korea
KW Kuwait | Kuwaiti | |
KG Kyrgyzstan | Kyrgyz | Bishkek |
LA Laos | Lao;Laotian | Vientiane |
LV Latvia | Latvian | Riga |
LB Lebanon | Lebanese | Beirut |
LS Lesotho | | |
LR Liberia | Liberian | Monrovia |
LY Libya | Libyan | Tripoli;Benghazi |
LI Liechtenstein | | |
LT Lithuania | Lithuanian | Vilnius |
LU Luxembourg | | |
MG Madagascar | Malagasy | |
MW Malawi | Malawian | |
MY Malaysia | Malaysian | Kuala Lumpur |
MV Maldives | Maldivian | |
ML Mali | Malian | Bamako |
MT Malta | Maltese | |
MR Mauritania | Mauritanian | |
MU Mauritius | | |
MX Mexico | Mexican | Mexico City |
MD Moldova | Moldovan | Chisinau |
MC Monaco | | |
MN Mongolia | Mongolian | Ulaanbaatar |
ME Montenegro | | |
MA Morocco | Moroccan | Rabat |
MZ Mozambique | Mozambican | Maputo |
MM Myanmar | Burmese | Yangon;Naypyidaw | Burma
NA Namibia | Namibian | |
NP Nepal | Nepalese;Nepali | Kathmandu |
NL Netherlands | Dutch | Amsterdam;The Hague | Holland
NZ New Zealand | | Wellington;Auckland |
NI Nicaragua | Nicaraguan | Managua |
NE Niger | Nigerien | Niamey |
NG Nigeria | Nigerian | Abuja;Lagos |
MK North Macedonia | Macedonian | Skopje | Macedonia
NO Norway | Norwegian | Oslo |
OM Oman | Omani | Muscat |
PK Pakistan | Pakistani | Islamabad;Karachi;Lahore |
PS Palestine | Palestinian | Ramallah;Gaza | Palestinian territories;West Bank;Gaza Strip
PA Panama | Panamanian | |
PG Papua New Guinea | | |
PY Paraguay | Paraguayan | |
PE Peru | Peruvian | Lima |
PH Philippines | Filipino | Manila |
PL Poland | Polish | Warsaw |
PT Portugal | Portuguese | Lisbon |
QA Qatar | Qatari | Doha |
RO Romania | Romanian | Bucharest |
RU Russia | Russian | Moscow | Russian Federation
RW Rwanda | Rwandan | Kigali |
SA Saudi Arabia | Saudi | Riyadh;Jeddah;Mecca | Kingdom of Saudi Arabia
SN Senegal | Senegalese | Dakar |
RS Serbia | Serbian;Serb | Belgrade |
SL Sierra Leone | | Freetown |
SG Singapore | Singaporean | |
SK Slovakia | Slovak | Bratislava |
SI Slovenia | Slovenian | Ljubljana |
SO Somalia | Somali | Mogadishu |
ZA South Africa | South African | Pretoria;Johannesburg;Cape Town |
SS South Sudan | South Sudanese | Juba |
ES Spain | Spanish | Madrid;Barcelona |
LK Sri Lanka | Sri Lankan | Colombo |
SD Sudan | Sudanese | Khartoum |
SR Suriname | | |
SE Sweden | Swedish | Stockholm |
CH Switzerland | Swiss | Bern;Geneva;Zurich |
SY Syria | Syrian | Damascus;Aleppo |
TW Taiwan | Taiwanese | Taipei |
TJ Tajikistan | Tajik | Dushanbe |
TZ Tanzania | Tanzanian | Dodoma;Dar es Salaam |
TH Thailand | Thai | Bangkok |
TL Timor-Leste | | | East Timor
TG Togo | Togolese | |
TT Trinidad and Tobago | | |
TN Tunisia | Tunisian | Tunis |
TR Turkey | Turkish | Ankara;Istanbul | Türkiye
TM Turkmenistan | Turkmen | Ashgabat |
UG Uganda | Ugandan | Kampala |
UA Ukraine | Ukrainian | Kyiv;Kiev |
AE United Arab Emirates | Emirati | Abu Dhabi;Dubai | UAE;U.A.E.
GB United Kingdom | British | London;Edinburgh;Cardiff;Belfast | UK;U.K.;Britain;Great Britain
US United States | American | Washington;New York;Los Angeles;Chicago | U.S.;US;USA;U.S.A.;America;United States of America
UY Uruguay | Uruguayan | Montevideo |
UZ Uzbekistan | Uzbek | Tashkent |
VA Vatican City | | | Vatican;Holy See
VE Venezuela | Venezuelan | Caracas |
VN Vietnam | Vietnamese | Hanoi;Ho Chi Minh City |
YE Yemen | Yemeni | Sanaa;Aden |
ZM Zambia | Zambian | Lusaka |
ZW Zimbabwe | Zimbabwean | Harare |
"""

#: The nations of the United Kingdom: places of their own, not other names of the country.
NATIONS: tuple[str, ...] = ("England", "Scotland", "Wales", "Northern Ireland")

#: Regions of the world and of countries that news names as places, with their kind.
#: From common English news usage; US states from the US Census Bureau list.
REGIONS: tuple[str, ...] = (
    "Middle East", "Near East", "Far East", "Europe", "Asia", "Africa", "North America",
    "South America", "Latin America", "Central America", "Caribbean", "Gulf",
    "Persian Gulf", "Arctic", "Antarctica", "Balkans", "Scandinavia", "Sahel", "Kurdistan",
    "Crimea", "Donbas", "Kashmir", "Tibet", "Xinjiang", "Chechnya", "Darfur", "Sinai",
    "Golan Heights", "Horn of Africa", "Southeast Asia", "East Asia", "South Asia",
    "Central Asia", "West Africa", "East Africa", "North Africa", "Western Europe",
    "Eastern Europe", "Mediterranean", "Pacific", "Atlantic", "Indian Ocean", "Red Sea",
    "Black Sea", "Baltic", "Midwest", "Silicon Valley", "Wall Street", "Capitol Hill",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
    "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia",
    "Wisconsin", "Wyoming", "Puerto Rico", *NATIONS,
)  # fmt: skip

#: Cities that are not capitals in `COUNTRIES` but come up often in news.
#: From common English news usage.
CITIES: tuple[str, ...] = (
    "Boston", "San Francisco", "Seattle", "Miami", "Atlanta", "Houston", "Dallas",
    "Philadelphia", "Detroit", "Denver", "Phoenix", "Las Vegas", "Baltimore", "Cleveland",
    "Pittsburgh", "Orlando", "New Orleans", "Milwaukee", "Manchester", "Liverpool",
    "Birmingham", "Glasgow", "Leeds", "Munich", "Frankfurt", "Hamburg", "Lyon", "Marseille",
    "Naples", "Venice", "Florence", "Osaka", "Sydney", "Melbourne", "Karbala", "Najaf",
    "Fallujah", "Ramadi", "Kirkuk", "Raqqa", "Idlib", "Homs", "Kandahar", "Herat", "Gaza City",
    "Hebron", "Haifa", "Isfahan", "Mashhad", "Qom", "Tabriz", "Shiraz", "St Petersburg",
)  # fmt: skip

#: Large cities by the numbers, as English writes them: the fifty largest cities of the
#: United States (2020 census) and the boroughs of New York City; cities of over two
#: million people elsewhere (UN World Urbanization Prospects 2018). Names that are also
#: given names or surnames ("Charlotte", "Columbus", "Medina") are left out: a run of two
#: such words is a person. So are the English cities whose names news uses as much for
#: their football clubs ("Newcastle", "Leicester").
LARGE_CITIES: tuple[str, ...] = (
    "New York City", "San Antonio", "San Diego", "San Jose", "Austin", "Jacksonville",
    "Fort Worth", "Indianapolis", "Oklahoma City", "Nashville", "El Paso", "Portland",
    "Memphis", "Louisville", "Albuquerque", "Tucson", "Fresno", "Sacramento", "Kansas City",
    "Mesa", "Omaha", "Colorado Springs", "Raleigh", "Long Beach", "Virginia Beach",
    "Oakland", "Minneapolis", "Tulsa", "Tampa", "Manhattan", "Brooklyn", "Staten Island",
    "Guangzhou", "Shenzhen", "Chongqing", "Tianjin", "Chengdu", "Wuhan", "Nanjing",
    "Hangzhou", "Xi'an", "Shenyang", "Harbin", "Dalian", "Qingdao", "Suzhou", "Zhengzhou",
    "Changsha", "Kunming", "Jinan", "Dongguan", "Foshan", "Kolkata", "Calcutta", "Chennai",
    "Madras", "Bangalore", "Bengaluru", "Hyderabad", "Ahmedabad", "Pune", "Surat", "Jaipur",
    "Lucknow", "Kanpur", "Bombay", "Faisalabad", "Rawalpindi", "Chittagong", "Yokohama",
    "Nagoya", "Busan", "Surabaya", "Bandung", "Quezon City", "Alexandria", "Ibadan",
    "Durban", "Casablanca", "Izmir", "Brisbane", "Perth", "São Paulo",
    "Belo Horizonte", "Brasília", "Fortaleza", "Recife", "Porto Alegre", "Curitiba",
    "Guadalajara", "Monterrey", "Medellín", "Medellin", "Calgary", "Edmonton",
    "Saint Petersburg", "St. Petersburg", "Novosibirsk", "Yekaterinburg", "Kharkiv",
)  # fmt: skip

#: Other names of places that news writes often: the capital of the United States by its
#: district, and the planet.
OTHER_PLACE_NAMES: dict[str, tuple[str, str, str]] = {
    "D.C.": ("Washington, D.C.", "city", ""),
    "Earth": ("Earth", "region", ""),
}

#: Capitalised words about places that name no place: religions and peoples.
#: Listed so that "Shiite" or "Sunni" is never taken for an actor.
NON_PLACES: frozenset[str] = frozenset(
    {
        "Shiite", "Shia", "Shiites", "Sunni", "Sunnis", "Muslim", "Muslims", "Islamic",
        "Christian", "Christians", "Jewish", "Jews", "Catholic", "Protestant", "Arab",
        "Arabs", "Kurdish", "Kurds", "Western", "Eastern", "Northern", "Southern", "Hindu",
        "Buddhist", "European", "Asian", "African", "Latino", "Hispanic", "Black", "White",
        "Democrat", "Democrats", "Republican", "Republicans", "Democratic", "GOP",
    }
)  # fmt: skip


def _read_countries() -> tuple[
    dict[str, tuple[str, str]], dict[str, str], dict[str, tuple[str, str]]
]:
    names: dict[str, tuple[str, str]] = {}  # any name -> (canonical name, ISO code)
    demonyms: dict[str, str] = {}  # demonym -> canonical country name
    capitals: dict[str, tuple[str, str]] = {}  # city -> (city, country name)
    for line in COUNTRIES.strip().splitlines():
        code, rest = line.split(" ", 1)
        name, demonym_field, capital_field, other_field = (p.strip() for p in rest.split("|"))
        names[name] = (name, code)
        for other in filter(None, other_field.split(";")):
            names[other] = (name, code)
        for demonym in filter(None, demonym_field.split(";")):
            demonyms[demonym] = name
        for capital in filter(None, capital_field.split(";")):
            capitals[capital] = (capital, name)
    return names, demonyms, capitals


#: `COUNTRIES` read into lookups: any country name to its canonical name and ISO code,
#: a demonym to its country, a capital or large city to itself and its country.
COUNTRY_NAMES, DEMONYMS, CAPITALS = _read_countries()

#: Every place name the lexicon knows, mapped to (canonical name, kind, ISO code or "").
PLACE_NAMES: dict[str, tuple[str, str, str]] = {
    **{city: (city, "city", "") for city in LARGE_CITIES},
    **{city: (city, "city", "") for city in CITIES},
    **OTHER_PLACE_NAMES,
    **{city: (city, "city", "") for city in CAPITALS},
    **{region: (region, "region", "") for region in REGIONS},
    **{name: (canonical, "country", code) for name, (canonical, code) in COUNTRY_NAMES.items()},
}

#: Last words that make a capitalised run the name of a place: a street, a building, a
#: feature of the land or the sea ("Main Street", "Auckland Castle", "Bohai Sea"), with
#: the kind of place each names. From English place names and the schema.org Place
#: subtypes (CivicStructure, Landform, BodyOfWater, LodgingBusiness).
PLACE_HEAD_WORDS: dict[str, str] = {
    "Street": "other", "St.": "other", "St": "other", "Avenue": "other", "Ave.": "other",
    "Ave": "other", "Road": "other",
    "Rd.": "other", "Boulevard": "other", "Blvd.": "other", "Lane": "other", "Drive": "other",
    "Square": "other", "Plaza": "other", "Bridge": "other", "Tunnel": "other",
    "Turnpike": "other", "Highway": "other", "Freeway": "other", "Parkway": "other",
    "Trail": "other", "Park": "other", "Gardens": "other", "Castle": "other",
    "Palace": "other", "Mosque": "other", "Temple": "other", "Abbey": "other",
    "Hotel": "other", "Lodge": "other", "Tower": "other", "Airport": "other",
    "Station": "other", "Harbour": "other", "Harbor": "other", "River": "other",
    "Lake": "other", "Sea": "other", "Ocean": "other", "Bay": "other", "Strait": "other",
    "Straits": "other", "Island": "other", "Islands": "other", "Peninsula": "other",
    "Archipelago": "other", "Mountain": "other", "Mountains": "other", "Hill": "other",
    "Hills": "other", "Valley": "other", "Canyon": "other", "Desert": "other",
    "Forest": "other", "Falls": "other", "Creek": "other", "Beach": "other",
    "Coast": "other", "Glacier": "other", "Shelf": "other", "County": "region",
    "Province": "region", "Region": "region", "District": "region", "Village": "city",
}  # fmt: skip

#: Words of `PLACE_HEAD_WORDS` that are also common surnames: after a given name, or as
#: the second of two words the place lexicon does not open, they end a person's name
#: ("Tom Hill", "Ulla Lake"), not a place's. From English surnames.
SURNAME_HEADS: frozenset[str] = frozenset(
    {"Hill", "Lane", "Park", "Lake", "Forest", "Beach", "Hills", "Falls"}
)

#: First words that make a capitalised run the name of a place: "Mount Everest", "Lake
#: Geneva", "Fort Lee", "County Durham". From English place names.
PLACE_FIRST_WORDS: dict[str, str] = {
    "Mount": "other", "Mt.": "other", "Lake": "other", "Cape": "other", "Fort": "city",
    "County": "region", "Isle": "other",
}  # fmt: skip

#: Words that make a country's name the name of a region or an era, not of a body named
#: for the country: "New England", "South Wales", "Nazi Germany", "Little Britain".
#: From English place names.
REGION_MODIFIERS: frozenset[str] = frozenset(
    {
        "New", "Old", "Little", "Great", "Greater", "North", "South", "East", "West",
        "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Inner",
        "Outer", "Mainland", "Rural", "Modern", "Ancient", "Nazi", "Soviet", "Imperial",
        "Medieval", "Roman", "Mid", "Middle", "Far", "Near", "Coastal",
    }
)  # fmt: skip
