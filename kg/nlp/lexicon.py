"""Word lists that carry knowledge about how English news names organisations, places and things.

These are general vocabulary (head nouns, legal forms, countries, China's provinces), never
answers copied from an article: a name is typed by how it is built, not by being listed.
"""

from __future__ import annotations

import re

from kg import places

# Head nouns that decide the type of a capitalised name ("... Research Institute"); the last
# head noun before any "of"/"for"/"on" complement wins, so "China Railway Tunnel Bureau Group"
# is a Company and "Ministry of Science and Technology" a GovernmentBody.
HEAD_TYPES: dict[str, str] = {
    # companies
    "group": "Company", "company": "Company", "corporation": "Company", "corp": "Company", "corp.": "Company",
    "co.": "Company", "co": "Company", "ltd.": "Company", "ltd": "Company", "limited": "Company",
    "inc.": "Company", "inc": "Company", "holdings": "Company", "industries": "Company", "enterprises": "Company",
    "works": "Company", "motors": "Company", "electric": "Company", "battery": "Company", "technologies": "Company",
    "factory": "Company", "automotive": "Company", "pharmaceutical": "Company", "pharmaceuticals": "Company",
    "chemical": "Company", "chemicals": "Company", "materials": "Company", "machinery": "Company", "mining": "Company",
    "foods": "Company", "textiles": "Company", "steel": "Company", "holding": "Company",
    "oilfield": "Company",  # "Zhongyuan Oilfield", "Shengli Oilfield": Chinese oilfields are enterprises
    "energy": "Company",  # "Mingyang Smart Energy" (a government body's own head comes later: "National Energy
                          # Administration")
    # research
    "institute": "ResearchInstitute", "institutes": "ResearchInstitute", "laboratory": "ResearchInstitute", "laboratories": "ResearchInstitute",
    "lab": "ResearchInstitute", "labs": "ResearchInstitute", "center": "ResearchInstitute", "centre": "ResearchInstitute",
    "observatory": "ResearchInstitute",
    # universities
    "university": "University", "college": "University", "polytechnic": "University",
    # government
    "ministry": "GovernmentBody", "bureau": "GovernmentBody", "department": "GovernmentBody",
    "commission": "GovernmentBody", "council": "GovernmentBody", "committee": "GovernmentBody",
    "government": "GovernmentBody", "administration": "GovernmentBody", "congress": "GovernmentBody",
    "office": "GovernmentBody", "agency": "GovernmentBody", "authority": "GovernmentBody", "court": "GovernmentBody", "procuratorate": "GovernmentBody",
    "customs": "GovernmentBody",  # "Zhengzhou Customs"
    # other organisations
    "association": "Organization", "federation": "Organization", "confederation": "Organization", "society": "Organization", "alliance": "Organization",
    "chamber": "Organization", "union": "Organization", "bank": "Organization", "exchange": "Organization",
    "nasdaq": "Organization", "nyse": "Organization",  # stock exchanges known by name alone
    "daily": "Organization", "news": "Organization", "times": "Organization", "post": "Organization",
    "agency.": "Organization", "television": "Organization", "network": "Organization", "branch": "Organization",
    "school": "Organization", "schools": "Organization", "hospital": "Organization",  # not a company
    "foundation": "Organization", "fund": "Organization", "consortium": "Organization", "party": "Organization",
    # projects, plans, regulations
    "project": "Project", "projects": "Project", "programme": "Project", "program": "Project", "plan": "Project",
    "initiative": "Project", "regulations": "Project", "regulation": "Project", "law": "Project", "policy": "Project",
    # policy documents: "Several Policies of X County on Supporting ...", "Several Measures on ...", "Opinions on ..."
    "policies": "Project", "measures": "Project", "opinions": "Project", "provisions": "Project",
    "guidelines": "Project",
    "strategy": "Project", "report": "Project", "scheme": "Project", "mission": "Project",
    # a named platform a city or province builds: "the Zhengzhou Garment Industry Internet Platform"
    "platform": "Project",
    # named construction works ("Chunfeng Tunnel", "Paris Metro Line 16")
    "tunnel": "Project", "bridge": "Project", "expressway": "Project", "highway": "Project", "line": "Project",
    "dam": "Project", "canal": "Project", "pipeline": "Project", "intercity": "Project",  # "Zhengzhou-Kaifeng Intercity Railway"
    "speed": "Project",  # "the Jakarta-Bandung High-speed Railway" (the words come unhyphenated; not "China Railway")
    # awards and designations
    "award": "Award", "awards": "Award", "prize": "Award", "medal": "Award", "honor": "Award", "honour": "Award",
    "list": "Award",
    # a certification held as a title ("China Green Product Certification", "Class II New Veterinary Drug Certificate")
    "certification": "Award", "certificate": "Award",
    # places
    "province": "Place", "city": "Place", "county": "Place", "district": "Place", "town": "Place",
    "township": "Place", "village": "Place", "zone": "Place", "park": "Place", "prefecture": "Place",
    "region": "Place", "republic": "Place", "area": "Place", "port": "Place", "island": "Place", "delta": "Place",
}
# Head words that are whole names by themselves ("listed on Nasdaq"), unlike "Group" or "Town" alone.
SELF_NAMING_HEADS = frozenset({"nasdaq", "nyse"})
# An academy is a research body unless it is an honorary one (academy of engineering).
ACADEMY_OF_SCIENCE = ("sciences", "science", "agricultural sciences", "medical sciences", "social sciences")
# Financial and insurance firms are organisations, not companies, in this domain's annotation scheme.
FINANCE_WORDS = frozenset({"bank", "insurance", "insurer", "exchange", "securities"})

# A legal form that closes a full name ("... Co., Ltd.", "... GmbH"), as against "Corporation of China".
FINAL_LEGAL_FORM_RE = r"(?:Ltd|Limited|Inc|LLC|GmbH)\.?$"
LEGAL_FORMS_RE = (
    r"(?:Co\.?|Company|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|PLC|GmbH|S\.A\.|AG|JSC|PJSC|OJSC|N\.V\.|B\.V\.|S\.p\.A\.|Pty\.?|Bhd\.?|Sdn\.?|A/S|LLP|Pte\.?|d\.o\.o\.|s\.r\.o\."
    # (Polish, Italian, Brazilian, Spanish, French, Hungarian and Russian forms: "Leyou Baby Europe Sp. z o.o.")
    r"|Sp\. z o\.o\.|S\.r\.l\.|SRL|Ltda\.?|S\.L\.|SARL|S\.A\.S\.|Kft\.|OOO)(?![\w])"
)
LEGAL_SUFFIX_RE = r"(?:\s*,?\s*" + LEGAL_FORMS_RE + ")+"


class _EndAnchored:
    """A pattern that can match only at the end of a text (``LEGAL_SUFFIX_RE + "$"``): its last legal form must end
    the text, so that form is looked for in the last characters first (Python's ``re`` tries the full pattern from
    every position, thousands of times per article), and the full pattern runs only when it can match. (The longest
    form, "Corporation", has 11 characters: a match of the full pattern always passes the test.)"""

    def __init__(self, full: str) -> None:
        self.full = re.compile(full + r"$")
        self.last = re.compile(LEGAL_FORMS_RE + r"$")

    def _can(self, s: str) -> bool:
        return self.last.search(s, max(0, len(s) - 13)) is not None

    def search(self, s: str) -> re.Match[str] | None:
        return self.full.search(s) if self._can(s) else None

    def match(self, s: str) -> re.Match[str] | None:
        return self.full.match(s) if self._can(s) else None

    def sub(self, repl: str, s: str) -> str:
        return self.full.sub(repl, s) if self._can(s) else s


# the legal forms that end a name ("... Co., Ltd.", "... Sdn. Bhd.")
LEGAL_TAIL = _EndAnchored(LEGAL_SUFFIX_RE)

# Nouns that, after an entity, say what kind of thing it is ("Loongson, a chipmaker", "glassmaker Pilkington").
COMPANY_DESCRIPTORS = frozenset({
    "company", "companies", "firm", "maker", "manufacturer", "producer", "supplier", "automaker", "carmaker",
    "chipmaker", "glassmaker", "steelmaker", "enterprise", "operator", "contractor", "exporter", "brand",
    "developer", "conglomerate", "giant", "group", "venture", "retailer", "startup", "subsidiary", "unit",
    "arm", "vendor", "shipbuilder", "builder", "miner", "trader", "refiner", "smelter", "airline",
    "distributor", "processor",
})
# Definite noun phrases that point back to an organisation ("the company", "the automaker").
# ("its arm", "a unit" name another organisation, so they are not anaphors)
# ("the foundry", "the brewery": works that name firms, "X Foundry Group Co., Ltd.")
ORG_ANAPHORS = (COMPANY_DESCRIPTORS - {"subsidiary", "unit", "arm", "brand"}) | {"plant", "factory", "megafactory", "mill", "institute", "academy", "university", "lab", "laboratory", "center", "centre",
                                       "bureau", "ministry", "commission", "association", "bank", "foundry",
                                       "brewery", "distillery", "refinery", "winery"}
PROJECT_ANAPHORS = frozenset({"project", "programme", "program", "line", "plan"})

# Heads of descriptive (lower-case) project names: "the Laos transmission and substation project".
PROJECT_HEADS = frozenset({"project", "projects", "programme", "program", "plan", "trial", "trials", "initiative",
                           "line", "station", "platform", "scheme"})
# What ends a dateline: "LUOYANG, Sept. 18 (Xinhua) --", "ZHENGZHOU —"
DATELINE_DASHES = frozenset({"--", "\u2014"})
# Words of a process before "line" that make it a production line (a works: a Project), not a product line ("its
# peanut butter line"): "its Jingdiao intelligent machining line", "the automatic packaging line".
LINE_PROCESS_WORDS = frozenset({"production", "assembly", "machining", "processing", "packaging", "manufacturing",
                                "casting", "forging", "welding", "rolling", "spraying", "coating", "filling",
                                "bottling", "stamping", "extrusion", "painting"})
# What a firm passes to hold a title: 'passed the re-certification as a "National High-tech Enterprise"'.
CERTIFICATION_NOUNS = frozenset({"certification", "recertification", "accreditation", "review", "assessment",
                                 "evaluation", "recognition", "identification"})
# Heads of designations conferred on organisations: "was awarded the national enterprise technology center".
AWARD_HEADS = frozenset({"award", "prize", "medal", "honor", "honour", "title", "center", "centre", "enterprise",
                         "institution", "institutions", "benchmark", "model", "pioneer",
                         "enterprises", "champion", "champions", "list", "batch", "base", "laboratory", "lab",
                         "demonstration", "pilot", "brand", "firm", "firms", "company", "companies", "zone", "unit",
                         "factory", "factories"})
# Heads of named things that are products: "ultra-thick glass forming technology".
PRODUCT_HEADS = frozenset({
    "technology", "technologies", "process", "equipment", "machine", "machines", "switchgear", "device", "devices",
    "vehicle", "vehicles", "aircraft", "spacecraft", "satellite", "chip", "chips", "engine", "engines",
    "turbine", "turbines", "robot", "robots", "train", "locomotive", "glass", "diamond", "diamonds", "rough",
    "series", "model", "phone", "phones", "tractor", "tractors", "bearing", "bearings", "drug", "vaccine", "software",
    "battery", "batteries", "reactor", "pump", "pumps", "valve", "valves", "cable", "cables", "processor",
    "processors", "server", "servers", "computer", "computers", "sausage", "sausages", "smartphone", "smartphones",
    "laptop", "laptops", "tablet", "tablets", "motorcycle", "motorcycles", "generator", "generators", "transformer",
    "transformers", "compressor", "compressors", "sensor", "sensors", "minibus", "coach", "coaches", "drone", "drones",
    "tyre", "tyres", "tire", "tires", "harvester", "harvesters", "loader", "loaders", "forklift", "forklifts", "crane", "excavator", "bus", "buses", "truck", "trucks", "car", "cars",
    "foil", "press", "support", "supports", "mill", "kiln", "platform", "system", "shield", "borer",
    # common manufactured goods (singular only: after a brand, a plural noun is goods of the brand, "ClearVessel
    # bottles", and the brand alone names the product)
    "plug", "tile", "bottle", "tube", "pipe", "rope", "analyzer", "lift", "boiler", "furnace", "motor", "inverter",
    "charger", "module", "heater", "radiator", "knife", "helmet", "glove", "capsule", "kite", "algorithm", "controller",
    "laminate", "membrane",
})
# Acronyms of China's central government bodies that news uses without spelling them out ("made MIIT's list of
# national green factories"): they name a government body, whatever the NER says.
GOVERNMENT_ACRONYMS = frozenset({"MIIT", "NDRC", "SASAC", "MOFCOM", "NMPA", "SAMR", "MARA", "NHC", "PBOC", "CSRC",
                                 "GACC", "CNIPA", "MEE", "MOHURD"})
# News outlets that report on Henan under a short name of their own ("spoke to CGTN", "told Xinhua"): media are
# organisations (the dev corpus's convention); the outlet of a dateline's tag ("(ECNS) --") counts too.
MEDIA_OUTLETS = frozenset({"CGTN", "ECNS", "CCTV", "Xinhua", "CNS", "CRI"})
# Acronyms of common business terms: a contract form, a ratio, a job title, a technology; never a name.
GENERIC_ACRONYMS = frozenset({"EPC", "EPCM", "BOT", "BOO", "PPP", "IPO", "GDP", "CPI", "PMI", "FDI", "CEO", "CFO",
                              "CTO", "COO", "OEM", "ODM", "SME", "SMEs", "ESG", "ERP", "MES", "PLC", "CNC", "AGV",
                              "AGVs", "LED", "LEDs", "LNG", "SUV", "SUVs", "MPV", "NEV", "NEVs", "EV", "EVs", "AI",
                              "IoT", "R&D", "B2B", "OTA", "VAT", "YoY", "QoQ", "KPI", "ROI", "PCB", "PCBs", "LCD",
                              "OLED", "FPC", "BMS"})
# Modifiers that make a descriptive name too generic to be an entity on their own.
GENERIC_MODIFIERS = frozenset({"new", "related", "other", "such", "several", "many", "some", "more", "most",
                               "major", "key", "main", "big", "large", "small", "same", "its", "their", "this",
                               "that", "these", "those", "various", "own", "local", "further", "final"})

# ("rat" is what the small model's lemmatizer makes of "rated")
RECEIVE_VERBS = frozenset({"win", "receive", "earn", "gain", "obtain", "secure", "clinch", "award", "appear", "name", "rate", "rat", "recognize", "recognise", "approve", "select", "rank",
                           "include", "list", "honor", "honour", "grant", "confer", "crown", "designate", "give", "upgrade",
                           "place", "put", "bring", "identify", "certify", "accredit", "add"})
# What a winning verb that is no receiving verb ("took", "got", "bagged") is said of when it wins something
PRIZE_WORDS = frozenset({"award", "prize", "medal", "title", "honor", "honour", "trophy"})
# Verbs whose subject is the winner ("won a prize"); for the other receive verbs the subject is the
# winner only in the passive ("was named", "was awarded").
WIN_VERBS = frozenset({"win", "receive", "earn", "gain", "obtain", "secure", "clinch", "bag", "get", "take", "appear", "rank", "share"})
# Words for what a designation confers: "the title of X", "the honours of X and Y", "X status"
TITLE_NOUNS = frozenset({"title", "titles", "status", "honor", "honour", "honors", "honours"})
# Words for the standing a designation gives besides a title or status: "has held the national high-tech enterprise
# qualification since 2012"
STANDING_WORDS = frozenset({"qualification", "certification", "accreditation"})
DEVELOP_VERBS = frozenset({"develop", "produce", "make", "manufacture", "assemble", "patent", "design", "invent",
                           "create", "roll", "launch", "unveil", "release", "introduce", "turn", "breed", "debut"})
PARTICIPATE_VERBS = frozenset({"complete", "undertake", "participate", "take", "build", "construct", "sign", "supply",
                               "finance", "insure", "fund", "host", "lead", "carry", "implement", "launch", "join",
                               "win", "deliver", "operate", "start", "contract", "invest", "commission", "begin",
                               "provide", "ship", "involve", "grant", "lend", "loan", "put", "pour", "channel",
                               "inject", "run", "manage", "finish", "spend"})
EXPORT_VERBS = frozenset({"export", "sell", "supply", "ship", "extend", "deliver", "provide"})
# Nouns for what a firm sells, as the subject of "have gone to <country>".
GOODS_NOUNS = frozenset({"product", "goods", "machine", "equipment", "export", "shipment", "vehicle", "unit",
                         "order", "model", "device", "system"})
COLLAB_WORDS = frozenset({"jointly", "together", "joint", "co-develop", "co-build", "cooperate", "collaborate",
                          "partner", "team"})
SUBSIDIARY_NOUNS = frozenset({"subsidiary", "subsidiaries", "unit", "units", "arm", "branch", "affiliate", "venture",
                              "division", "member"})
PARENT_NOUNS = frozenset({"shareholder", "parent", "owner"})
FACILITY_NOUNS = frozenset({"plant", "factory", "factories", "megafactory", "operations", "branch", "base", "bases", "campus", "campuses",
                            "headquarters", "facility", "facilities", "site", "sites", "workshop", "complex", "office", "offices",
                            "plants", "mill", "mills", "line", "hub", "hubs", "center", "centre", "centers", "centres", "farm", "farms", "mine",
                            "mines", "smelter", "smelters", "refinery", "refineries", "warehouse", "warehouses", "shop",
                            "kiln", "kilns", "workshops", "foundry", "foundries", "lines", "yard", "yards",
                            "storage", "depot", "depots"})

CONTINENTS = frozenset({"europe", "asia", "africa", "north america", "south america", "latin america", "oceania",
                        "antarctica", "the middle east", "middle east", "southeast asia", "central asia",
                        "asia-pacific", "the asia-pacific", "pacific", "atlantic", "gulf", "the gulf", "east", "west",
                        "north", "south", "arctic", "mediterranean", "balkans", "caribbean", "scandinavia", "the european union", "european union", "eu",
                        "the americas", "americas", "eurasia", "west africa", "east africa", "east asia"})

COUNTRIES = frozenset("""afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
bangladesh belarus belgium benin bolivia bosnia botswana brazil britain brunei bulgaria burkina cambodia cameroon
canada chad chile china colombia congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia
ethiopia fiji finland france gabon georgia germany ghana greece guatemala guinea hungary iceland india indonesia iran
iraq ireland israel italy jamaica japan jordan kazakhstan kenya kuwait kyrgyzstan laos latvia lebanon liberia libya
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova mongolia
montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan panama
paraguay peru philippines poland portugal qatar romania russia rwanda senegal serbia singapore slovakia slovenia
somalia spain sudan sweden switzerland syria tajikistan tanzania thailand togo tunisia turkey türkiye turkmenistan
uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe""".split()) | frozenset({
    "south africa", "north macedonia", "united states", "the united states", "united kingdom", "the united kingdom",
    "united arab emirates", "soviet union", "the united arab emirates", "saudi arabia", "south korea", "north korea", "new zealand",
    "sri lanka", "costa rica", "czech republic", "the czech republic", "dominican republic", "el salvador",
    "ivory coast", "cote d'ivoire", "papua new guinea", "sierra leone", "south sudan", "the netherlands",
    "the philippines", "u.s.", "the u.s.", "us", "usa", "uk", "the uk", "uae", "the uae", "korea",
    "people's republic of china", "the people's republic of china", "bosnia and herzegovina", "timor-leste",
    "hong kong", "macao", "macau", "democratic republic of the congo", "the democratic republic of the congo",
    "drc", "the drc", "dr congo", "republic of the congo", "the republic of the congo",
    # official long forms news also writes
    "republic of korea", "the republic of korea", "russian federation", "the russian federation",
    "kingdom of saudi arabia", "the kingdom of saudi arabia", "viet nam", "lao pdr", "turkiye",
    "republic of kazakhstan", "the republic of kazakhstan", "kingdom of thailand", "the kingdom of thailand",
})

# Cities outside China: the annotation scheme leaves foreign cities out ("Warsaw", "Geneva"). A
# foreign city not listed here is still recognised by the country after it ("Miskolc, Hungary").
WORLD_CITIES = frozenset(c.strip() for c in """
aachen, abidjan, abu dhabi, abuja, accra, addis ababa, adelaide, ahmedabad, algiers, almaty, amman, amsterdam,
ankara, antwerp, astana, athens, atlanta, auckland, baghdad, baku, bamako, bangalore, bangkok, barcelona,
basel, beirut, belgrade, bengaluru, berlin, birmingham, bogota, bologna, bonn, boston, bratislava, brazzaville,
bremen, brisbane, bristol, brussels, bucharest, budapest, buenos aires, busan, cairo, calgary, cape town,
caracas, casablanca, cebu, chennai, chicago, chittagong, cologne, colombo, conakry, copenhagen, dakar, dallas,
damascus, dar es salaam, delhi, denver, detroit, dhaka, doha, dortmund, douala, dresden, dubai, dublin,
duisburg, durban, dusseldorf, düsseldorf, edinburgh, eindhoven, essen, frankfurt, gaborone, gdansk, geneva,
genoa, glasgow, gothenburg, grenoble, guadalajara, hamburg, hannover, hanoi, hanover, harare, havana, helsinki,
hiroshima, ho chi minh city, houston, hyderabad, incheon, ingolstadt, islamabad, istanbul, izmir, jakarta,
jeddah, johannesburg, kabul, kampala, karachi, karaganda, karlsruhe, kathmandu, kazan, khartoum, kiev, kigali,
kinshasa, kobe, kolkata, kuala lumpur, kuwait city, kyiv, lagos, lahore, las vegas, leipzig, libreville, lille,
lima, lisbon, liverpool, ljubljana, lodz, london, los angeles, luanda, lubumbashi, lusaka, lyon, madrid,
manchester, mandalay, manila, mannheim, maputo, marseille, mecca, melbourne, mexico city, miami, milan, minsk,
mombasa, montevideo, montreal, moscow, mumbai, munich, nagoya, nairobi, naples, new delhi, new york,
new york city, nice, novosibirsk, nuremberg, osaka, oslo, osnabruck, ottawa, palermo, paris, penang, perth,
philadelphia, phnom penh, porto, prague, pretoria, quito, rabat, riga, rio de janeiro, riyadh, rome, rotterdam,
saint petersburg, san francisco, santiago, sao paulo, sapporo, seattle, seoul, seville, sofia, st. petersburg,
stockholm, stuttgart, surabaya, sydney, são paulo, tallinn, tashkent, tbilisi, tehran, tel aviv, the hague,
tokyo, toronto, toulouse, tunis, turin, ulaanbaatar, valencia, vancouver, venice, vienna, vientiane, vilnius,
vladivostok, warsaw, washington, wellington, windhoek, wolfsburg, wroclaw, yangon, yaounde, yokohama, zagreb,
zurich, zürich, łódź
""".split(",") if c.strip())
# Natural features are not places in the annotation scheme (deltas and zones are).
NATURAL_FEATURES = frozenset({"river", "mountain", "mountains", "mount", "lake", "sea", "ocean", "desert", "plateau",
                              "basin", "valley", "hills", "gorge", "gorges", "canyon", "peninsula", "strait", "plain", "plains",
                              "grassland", "grasslands", "glacier", "forest", "wetland", "wetlands"})

# Provinces and major cities of China, so that a bare "Luoyang" or "Anhui" is a place even when
# the small English pipeline calls it something else.
CHINA_PLACES = places.CHINA_PLACES

REGION_WORDS = frozenset({"central", "northern", "southern", "eastern", "western", "east", "west", "north", "south",
                          "northwest", "northeast", "southwest", "southeast", "northwestern", "northeastern",
                          "southwestern", "southeastern"})
PLACE_LEVEL = {"village": 1, "town": 2, "township": 2, "street": 1, "district": 3, "county": 3, "zone": 3,
               "park": 3, "city": 4, "prefecture": 4, "province": 5, "region": 5}
TITLES = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof.", "professor", "president",
                    "chairman", "director", "minister", "governor", "mayor", "secretary", "engineer", "premier", "emperor", "king",
                    "queen", "vice", "deputy"})

# Participles that introduce a name: "a robot named 'Iron Patrol'", "a process called cold-wall cladding".
NAMING_WORDS = frozenset({"called", "named", "dubbed", "branded", "christened", "nicknamed"})

# Lines of business that stand between a firm's own name and its head noun ("... Coal and Power Group
# Co., Ltd.", "... Glass and Ceramics Research Institute"): they never name a firm by themselves.
INDUSTRY_WORDS = frozenset("""power coal energy chemical chemicals electric electrical electronics electronic machinery
steel iron glass ceramics ceramic textile textiles food foods paper cement mining metals metal materials material
equipment technology technologies science sciences engineering design research development logistics trade trading
investment construction environmental environment water gas oil petroleum petrochemical pharmaceutical pharmaceuticals
medical health agricultural agriculture aviation automotive auto motor motors heavy industry industrial new
information communication communications software instruments instrument precision bearing bearings machine
machines tools tool refractories refractory nonferrous copper aluminum aluminium zinc lead gold silver rare earth
fertilizer fertilizers seed seeds feed dairy meat apparel garment garments furniture building tobacco
rural affairs urban housing resources commerce reform transport transportation ecology emergency
""".split())  # (the last line: fields of government bodies, "Agriculture and Rural Affairs Bureau")

# "co-developed", "co-built": the tokenizer would split these into "co", "-", "developed", which the parser reads as
# a noun "co" heading the clause. Kept whole (kg.nlp.pipeline), read by the tagger and parser as the plain verb and
# lemmatised to it; the "co-" survives in the text, where the collaboration rules look for it.
# (each verb's forms: base, third person, past, -ing)
_INFLECTIONS = {
    "develop": ("develop", "develops", "developed", "developing"),
    "design": ("design", "designs", "designed", "designing"),
    "build": ("build", "builds", "built", "building"),
    "found": ("found", "founds", "founded", "founding"),
    "invest": ("invest", "invests", "invested", "investing"),
    "produce": ("produce", "produces", "produced", "producing"),
    "construct": ("construct", "constructs", "constructed", "constructing"),
    "finance": ("finance", "finances", "financed", "financing"),
    "fund": ("fund", "funds", "funded", "funding"),
    "certify": ("certify", "certifies", "certified", "certifying"),
    "recognize": ("recognize", "recognizes", "recognized", "recognizing"),
    "rate": ("rate", "rates", "rated", "rating"),
    "select": ("select", "selects", "selected", "selecting"),
    "approve": ("approve", "approves", "approved", "approving"),
    "examine": ("examine", "examines", "examined", "examining"),
}


def _prefixed(prefix: str, verbs: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {verb: tuple(f"{prefix}-{form}" for form in _INFLECTIONS[verb]) for verb in verbs}


CO_VERB_FORMS = _prefixed("co", ("develop", "design", "build", "found", "invest", "produce", "construct", "finance",
                                 "fund"))
# "mass-produces" likewise: split, the parser reads "mass" as the subject of "produces" (not a co- verb: no
# collaboration in it); and the "re-" verbs of designations renewed ("was re-certified as a national high-tech
# enterprise": split, the parser reads "re" and "-" as verbs and loses the clause)
MASS_VERB_FORMS = _prefixed("mass", ("produce",)) | _prefixed("re", ("certify", "recognize", "rate", "select",
                                                                      "approve", "examine"))


# The commonest Chinese surnames in pinyin: "Han Zhiyong", "Wang Dechun" are people, whatever the NER says (it calls
# some of them organisations or places)
CHINESE_SURNAMES = frozenset("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng
Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lyu Lu Ding Ren
Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao
Gu Mao Hao Gong Shao Wan Qian Dai Kong Mo Niu Chang Geng Hong Ni Qi Kang Pang Bao Zuo Shang Zhai Yi Ou Ge Xing""".split())

# A Chinese vehicle type code: maker letters, four digits, then letters for the body and a number ("YS5430JXFDG54",
# "ZK6122HQB"); a model code wherever the extractor reads codes
VEHICLE_CODE = r"[A-Z]{2,4}\d{4}[A-Z]{2,6}\d{0,3}[A-Z]?"
