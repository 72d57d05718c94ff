"""Synthetic news corpora about Henan manufacturing, for benchmarks: deterministic, varied, as large as asked.

Each article is written in our corpus format (headline; ``Source: X | YYYY-MM-DD | Author: Y``;
paragraphs) from sentence templates that use the structures the extractor handles: full company
names with "Co., Ltd." or "Group", acronyms in parentheses, "X-based", "a subsidiary of",
"jointly developed", "won the ... award", "exported to <country>", "the ... project",
"<City>, capital of central China's Henan province", "located in <county>, <city>". Names are
drawn from large generated pools (pinyin-like roots x industry words x legal forms: thousands of
companies, institutes, projects, awards, products, people; real Henan cities and counties; real
countries) with a Zipf-like skew, so a few companies appear in hundreds of articles and most in
a handful, as in real news.

Every sentence remembers what it names and states (:class:`Sentence`), so
``bench/synth_graph.py`` can turn the same articles into the graph a perfect extractor would
build, without spaCy. The same ``seed`` and index always give the same article; articles differ
(their ids are content hashes; :func:`generate` checks).

    python bench/synth_corpus.py /tmp/corpus-1k --articles 1000
    python bench/synth_corpus.py /tmp/corpora --sizes 100,1000,10000   # one folder per size
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.model import Article

# -- word stock -----------------------------------------------------------------------------

_SYLLABLES = (
    "An", "Bai", "Bao", "Bo", "Chang", "Chen", "Cheng", "Chuang", "Da", "De", "Ding", "Dong", "Fa",
    "Feng", "Fu", "Gao", "Guang", "Guo", "Hai", "Hao", "He", "Heng", "Hong", "Hua", "Hui", "Jia",
    "Jian", "Jin", "Jing", "Kai", "Kang", "Ke", "Lan", "Li", "Lian", "Ling", "Long", "Lu", "Mei",
    "Ming", "Nan", "Neng", "Ping", "Qi", "Qian", "Rong", "Rui", "Run", "Sen", "Shan", "Sheng",
    "Shun", "Tai", "Teng", "Tian", "Tong", "Wan", "Wei", "Xiang", "Xin", "Xing", "Xu", "Ya",
    "Yang", "Yi", "Yong", "Yu", "Yuan", "Ze", "Zhi", "Zhong", "Zhou",
)
_INDUSTRIES = (
    "Heavy Industry", "Heavy Machinery", "Mining Machinery", "Electric", "Power Equipment",
    "Bearing", "New Energy", "Bus", "Automobile", "Tractor", "Agricultural Machinery", "Aluminum",
    "Glass", "Robotics", "Semiconductor", "Cable", "Valve", "Pharmaceutical", "Steel Structure",
    "Crane", "Gear", "Battery", "Textile", "Refractory Materials", "Superhard Materials",
    "Intelligent Equipment", "Rail Transit Equipment", "Precision Instruments", "Chemical",
    "Food", "Optoelectronics", "Hydraulic", "Machine Tool", "Hydrogen Energy", "Photovoltaic",
    "Medical Devices", "Environmental Technology", "Logistics Equipment", "Special Vehicle",
    "Transformer",
)
_LEGAL = ("Co., Ltd.", "Co., Ltd.", "Group Co., Ltd.", "Group", "Technology Co., Ltd.",
          "Holdings Co., Ltd.", "Corporation")
_FIELDS = (
    "Intelligent Manufacturing", "Power Equipment", "New Materials", "Bearing Technology",
    "Agricultural Machinery", "Hydrogen Energy", "Superhard Materials", "Rail Transit",
    "Mining Equipment", "Advanced Ceramics", "Industrial Software", "Energy Storage",
    "Precision Machining", "Welding Technology", "Green Chemistry", "Smart Grid", "Robotics",
    "Electric Vehicles", "Nonferrous Metals", "Tunnel Engineering", "Crop Science",
    "Optoelectronic Materials", "Biomedicine", "Cold Chain Logistics", "Aerospace Materials",
)
_PRODUCT_NOUNS = (
    ("tunnel boring machine", "tunnel boring machines"), ("hydraulic support", "hydraulic supports"),
    ("electric bus", "electric buses"), ("driverless tractor", "driverless tractors"),
    ("wind turbine bearing", "wind turbine bearings"), ("switchgear cabinet", "switchgear cabinets"),
    ("coal shearer", "coal shearers"), ("bridge crane", "bridge cranes"),
    ("lithium battery pack", "lithium battery packs"), ("glass substrate", "glass substrates"),
    ("industrial robot", "industrial robots"), ("gas sensor", "gas sensors"),
    ("synthetic diamond", "synthetic diamonds"), ("aluminum plate", "aluminum plates"),
    ("hydrogen fuel cell", "hydrogen fuel cells"), ("power transformer", "power transformers"),
    ("high-speed train bogie", "high-speed train bogies"), ("combine harvester", "combine harvesters"),
    ("CNC machine tool", "CNC machine tools"), ("mining truck", "mining trucks"),
    ("vaccine cold-storage unit", "vaccine cold-storage units"), ("ultra-high-voltage bushing", "ultra-high-voltage bushings"),
    ("photovoltaic module", "photovoltaic modules"), ("refractory brick", "refractory bricks"),
)
_PROJECT_KINDS = (
    "intelligent mining demonstration", "smart factory", "ultra-high-voltage transmission",
    "hydrogen energy industrial park", "new energy vehicle", "rail transit equipment base",
    "industrial internet platform", "green aluminum", "bearing industry cluster",
    "energy storage power station", "digital workshop", "logistics hub", "water diversion",
    "photovoltaic power", "superhard materials industrial park", "high-end equipment",
)
_AWARD_PREFIXES = ("National", "China", "Henan Provincial", "Central Plains", "China Machinery Industry",
                   "Henan", "China Industry", "National Quality")
_AWARD_KINDS = ("Science and Technology Progress Award", "Technological Invention Award", "Quality Award",
                "Innovation Award", "Patent Gold Award", "Industry Award", "Design Award",
                "Green Manufacturing Award", "Outstanding Enterprise Award")
_GOV_KINDS = ("Municipal Bureau of Industry and Information Technology", "Development and Reform Commission",
              "Municipal Science and Technology Bureau", "Municipal Commerce Bureau",
              "Municipal Bureau of Ecology and Environment", "Municipal People's Government",
              "Investment Promotion Bureau")
_PROVINCIAL_BODIES = ("Henan Provincial Department of Industry and Information Technology",
                      "Henan Provincial Development and Reform Commission",
                      "Henan Provincial Department of Science and Technology",
                      "Henan Provincial Department of Commerce",
                      "Henan Provincial Bureau of Statistics",
                      "Henan Provincial People's Government")
# Henan's prefecture-level cities, and counties or county-level cities under them.
_CITIES = {
    "Zhengzhou": ("Gongyi", "Xingyang", "Xinmi", "Xinzheng", "Dengfeng", "Zhongmu"),
    "Luoyang": ("Yanshi", "Mengjin", "Xin'an", "Luanchuan", "Song County", "Ruyang", "Yichuan", "Luoning"),
    "Kaifeng": ("Qi County", "Tongxu", "Weishi", "Lankao"),
    "Pingdingshan": ("Wugang", "Ruzhou", "Baofeng", "Ye County", "Lushan", "Jia County"),
    "Anyang": ("Linzhou", "Tangyin", "Hua County", "Neihuang"),
    "Hebi": ("Xun County", "Qi County of Hebi"),
    "Xinxiang": ("Weihui", "Huixian", "Changyuan", "Huojia", "Yuanyang", "Fengqiu"),
    "Jiaozuo": ("Qinyang", "Mengzhou", "Xiuwu", "Bo'ai", "Wuzhi", "Wen County"),
    "Puyang": ("Qingfeng", "Nanle", "Fan County", "Taiqian"),
    "Xuchang": ("Yuzhou", "Changge", "Yanling", "Xiangcheng"),
    "Luohe": ("Wuyang", "Linying"),
    "Sanmenxia": ("Yima", "Lingbao", "Mianchi", "Lushi"),
    "Nanyang": ("Dengzhou", "Nanzhao", "Fangcheng", "Xixia", "Zhenping", "Neixiang", "Xichuan", "Tongbai"),
    "Shangqiu": ("Yongcheng", "Minquan", "Suixian", "Ningling", "Zhecheng", "Yucheng", "Xiayi"),
    "Xinyang": ("Luoshan", "Guangshan", "Xinxian", "Shangcheng", "Gushi", "Huangchuan", "Huaibin", "Xixian"),
    "Zhoukou": ("Xiangcheng", "Fugou", "Xihua", "Shangshui", "Shenqiu", "Dancheng", "Huaiyang", "Taikang", "Luyi"),
    "Zhumadian": ("Xiping", "Shangcai", "Pingyu", "Zhengyang", "Queshan", "Biyang", "Runan", "Suiping", "Xincai"),
    "Jiyuan": ("Jiyuan Industrial Zone",),
}
_COUNTRIES = (
    "Poland", "Türkiye", "Chile", "Brazil", "Kazakhstan", "Pakistan", "Vietnam", "Egypt", "Saudi Arabia",
    "Russia", "Indonesia", "Malaysia", "Germany", "Mexico", "Uzbekistan", "Nigeria", "Thailand", "Peru",
    "Serbia", "Ethiopia", "Argentina", "Australia", "Bangladesh", "Belarus", "Cambodia", "Colombia",
    "Ecuador", "France", "Ghana", "Hungary", "India", "Iran", "Iraq", "Italy", "Japan", "Kenya",
    "Kyrgyzstan", "Laos", "Mongolia", "Morocco", "Myanmar", "Nepal", "New Zealand", "Oman", "Philippines",
    "Qatar", "Romania", "Singapore", "South Africa", "South Korea", "Spain", "Sri Lanka", "Tajikistan",
    "Tanzania", "United Arab Emirates", "United Kingdom", "United States", "Turkmenistan",
    "Ukraine", "Venezuela", "Zambia", "Algeria", "Angola", "Bolivia", "Greece", "Jordan", "Kuwait",
)
_THE_COUNTRIES = {"United Arab Emirates", "United Kingdom", "United States"}
_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
             "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang",
             "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai")
_GIVEN = ("Wei", "Fang", "Min", "Jing", "Lei", "Qiang", "Yan", "Jun", "Hui", "Tao", "Ping", "Hong", "Gang",
          "Xia", "Bin", "Lin", "Hua", "Yong", "Jie", "Ling", "Chao", "Mei", "Ning", "Bo", "Kai", "Rui",
          "Xin", "Yu", "Zhen", "Feng", "Peng", "Dan", "Shan", "Yi")
_TITLES = ("general manager", "chairman", "chief engineer", "deputy general manager", "head of research",
           "technical director", "party secretary", "president")
_SOURCES = ("Henan Daily", "China Daily", "Xinhua", "Science and Technology Daily", "Dahe Daily",
            "Zhengzhou Evening News", "People's Daily Online", "China News Service", "Global Times",
            "Economic Daily", "Luoyang Daily", "Henan Business Daily", "CGTN", "China Industry News")


# -- entities -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ent:
    """One entity of the pools: its canonical name, class, and the other names articles use."""

    label: str
    type: str
    short: str | None = None  # a shorter name articles use after the first mention
    acronym: str | None = None
    plural: str | None = None  # products: "tunnel boring machines"
    city: str | None = None  # where a company, institute or project is


class Pool:
    """Entities of one kind, drawn with a Zipf-like skew: a few appear in many articles."""

    def __init__(self, items: list[Ent], skew: float) -> None:
        self.items = items
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) ** skew for rank in range(len(items))))

    def draw(self, rng: random.Random) -> Ent:
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]

    def __len__(self) -> int:
        return len(self.items)


def _unique(make, count: int, rng: random.Random) -> list[Ent]:
    seen: dict[str, Ent] = {}
    taken: set[str] = set()  # short names and acronyms stay unique too, so coreference is unambiguous
    tries = 0
    while len(seen) < count and tries < count * 30:
        tries += 1
        ent = make(rng)
        names = {n for n in (ent.label, ent.short, ent.acronym) if n}
        if ent.label in seen or names & taken:
            continue
        seen[ent.label] = ent
        taken |= names
    return list(seen.values())


class Names:
    """The pools of one corpus, made from ``seed``; sizes scale with ``scale`` (1 = the defaults)."""

    def __init__(self, seed: int = 1, scale: float = 1.0) -> None:
        rng = random.Random(f"names-{seed}")
        n = lambda base: max(20, int(base * scale))  # noqa: E731 - a local shorthand
        cities = list(_CITIES)
        self.henan = Ent("Henan province", "Place", short="Henan")
        self.cities = {c: Ent(c, "Place") for c in cities}
        self.counties = {k: Ent(k, "Place", city=c) for c, ks in _CITIES.items() for k in ks}
        self.countries = Pool([Ent(c, "Place") for c in _COUNTRIES], 0.7)
        self.city_pool = Pool([self.cities[c] for c in cities], 0.9)

        def root(r: random.Random) -> tuple[str, str]:
            a, b = r.sample(_SYLLABLES, 2)
            return a + b.lower(), a[0] + b[0]

        def company(r: random.Random) -> Ent:
            name, initials = root(r)
            trade = r.choice(_INDUSTRIES)
            legal = r.choice(_LEGAL)
            city = self.city_pool.draw(r).label
            prefix = city + " " if r.random() < 0.35 else ""
            full = f"{prefix}{name} {trade} {legal}"
            acronym = initials + "".join(w[0] for w in trade.split()).upper()
            if legal.startswith("Group") or legal == "Group":
                acronym += "G"
            short = f"{name} {trade}" if r.random() < 0.6 else name
            return Ent(full, "Company", short=short, acronym=acronym, city=city)

        def institute(r: random.Random) -> Ent:
            field_ = r.choice(_FIELDS)
            city = r.choice(cities)
            form = r.randrange(4)
            if form == 0:
                label = f"{city} Research Institute of {field_}"
            elif form == 1:
                label = f"{root(r)[0]} {field_} Research Institute"
            elif form == 2:
                label = f"Henan Academy of {field_}"
            else:
                label = f"{city} Institute of {field_} Technology"
            acronym = "".join(w[0] for w in label.split() if w[0].isupper())
            return Ent(label, "ResearchInstitute", acronym=acronym if r.random() < 0.4 else None, city=city)

        def university(r: random.Random) -> Ent:
            city = r.choice(cities)
            form = r.randrange(3)
            if form == 0:
                label = f"{city} University of {r.choice(_FIELDS)}"
            elif form == 1:
                label = f"Henan University of {r.choice(_FIELDS)}"
            else:
                label = f"{city} {r.choice(('Polytechnic', 'Normal', 'Technical', 'Vocational'))} University"
            return Ent(label, "University", city=city)

        def government(r: random.Random) -> Ent:
            if r.random() < 0.15:
                return Ent(r.choice(_PROVINCIAL_BODIES), "GovernmentBody")
            city = r.choice(cities)
            return Ent(f"{city} {r.choice(_GOV_KINDS)}", "GovernmentBody", city=city)

        def product(r: random.Random) -> Ent:
            noun, plural = r.choice(_PRODUCT_NOUNS)
            letters = "".join(r.choice("ABCDEFGHJKLMNPRSTXYZ") for _ in range(r.choice((2, 3))))
            model = f"{letters}-{r.randrange(100, 9999)}"
            return Ent(f"{model} {noun}", "Product", short=model, plural=plural)

        def project(r: random.Random) -> Ent:
            city = r.choice(cities)
            place = r.choice((city, r.choice(_CITIES[city]), f"{root(r)[0]}"))
            kind = r.choice(_PROJECT_KINDS)
            phase = r.choice(("", "", " phase II", " phase III"))
            return Ent(f"{place} {kind}{phase} project", "Project", city=city)

        def award(r: random.Random) -> Ent:
            prefix = r.choice(_AWARD_PREFIXES)
            kind = r.choice(_AWARD_KINDS)
            field_ = r.choice(("",) * 3 + _FIELDS)
            return Ent(f"{prefix} {field_ + ' ' if field_ else ''}{kind}", "Award")

        def person(r: random.Random) -> Ent:
            given = r.choice(_GIVEN) + (r.choice(_GIVEN).lower() if r.random() < 0.7 else "")
            return Ent(f"{r.choice(_SURNAMES)} {given}", "Person")

        self.companies = Pool(_unique(company, n(6000), rng), 0.65)
        self.institutes = Pool(_unique(institute, n(1200), rng), 0.8)
        self.universities = Pool(_unique(university, n(300), rng), 0.8)
        self.governments = Pool(_unique(government, n(400), rng), 0.8)
        self.products = Pool(_unique(product, n(8000), rng), 0.4)
        self.projects = Pool(_unique(project, n(4000), rng), 0.5)
        self.awards = Pool(_unique(award, n(800), rng), 0.8)
        self.people = Pool(_unique(person, n(3000), rng), 0.5)

    def sizes(self) -> dict[str, int]:
        return {k: len(getattr(self, k)) for k in ("companies", "institutes", "universities", "governments",
                                                  "products", "projects", "awards", "people")}


# -- sentences and articles -------------------------------------------------------------------


@dataclass
class Sentence:
    """One sentence: its text, the entities it names (with where), the facts it states."""

    text: str = ""
    mentions: list[tuple[Ent, int, int]] = field(default_factory=list)  # entity, start, end in text
    facts: list[tuple[Ent, str, Ent]] = field(default_factory=list)

    def t(self, text: str) -> Sentence:
        self.text += text
        return self

    def e(self, ent: Ent, surface: str | None = None) -> Sentence:
        surface = surface or ent.label
        self.mentions.append((ent, len(self.text), len(self.text) + len(surface)))
        self.text += surface
        return self

    def f(self, subject: Ent, predicate: str, obj: Ent) -> Sentence:
        self.facts.append((subject, predicate, obj))
        return self


@dataclass
class SynthArticle:
    index: int
    headline: str
    source: str
    date: str
    author: str
    paragraphs: list[list[Sentence]]
    article: Article | None = None  # the file parsed by kg.article, set by generate()

    @property
    def file_name(self) -> str:
        return f"synth_{self.index:06d}.txt"

    @cached_property
    def file_text(self) -> str:
        body = "\n\n".join(" ".join(s.text for s in p) for p in self.paragraphs)
        return f"{self.headline}\n\nSource: {self.source} | {self.date} | Author: {self.author}\n\n{body}\n"

    def words(self) -> int:
        return sum(len(s.text.split()) for p in self.paragraphs for s in p) + len(self.headline.split())


def _list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class _Writer:
    """Writes one article about a focus company, naming it in the forms news uses."""

    def __init__(self, names: Names, rng: random.Random) -> None:
        self.n = names
        self.r = rng
        self.company = names.companies.draw(rng)
        self.city = names.cities[self.company.city or "Zhengzhou"]
        self.introduced = False
        self.acronym = False  # an acronym is used only after "Full Name (ACR)"

    # The focus company after its first mention: its short name, acronym or full name.
    def c(self, s: Sentence) -> Sentence:
        c = self.company
        if not self.introduced:
            self.introduced = True
            s.e(c)
            if c.acronym and self.r.random() < 0.5:
                s.t(" (").e(c, c.acronym).t(")")
                self.acronym = True
            return s
        form = self.r.random()
        if form < 0.35 and self.acronym:
            return s.e(c, c.acronym)
        if form < 0.85 and c.short:
            return s.e(c, c.short)
        return s.e(c)

    def other_company(self) -> Ent:
        while True:
            o = self.n.companies.draw(self.r)
            if o != self.company:
                return o

    def place_of(self, s: Sentence, city: Ent) -> Sentence:
        """ "<City>, capital of central China's Henan province" or a city and its province."""
        if city.label == "Zhengzhou" and self.r.random() < 0.7:
            return (s.e(city).t(", capital of central China's ").e(self.n.henan, "Henan province")
                    .f(city, "locatedIn", self.n.henan))
        form = self.r.random()
        if form < 0.4:
            return s.e(city).t(", central China's ").e(self.n.henan, "Henan province").f(city, "locatedIn", self.n.henan)
        if form < 0.7:
            return s.e(city).t(" in ").e(self.n.henan, "Henan province").f(city, "locatedIn", self.n.henan)
        return s.e(city)

    # -- sentence templates: each returns one sentence, or None when it does not fit ----------

    def intro(self) -> Sentence:
        r, c = self.r, self.company
        product = self.n.products.draw(r)
        s = Sentence()
        form = r.randrange(4)
        if form == 0:
            self.c(s).t(", a ").e(self.city).t("-based maker of ").t(product.plural or "equipment")
            s.t(f", {r.choice(('has unveiled', 'rolled out', 'delivered', 'put into operation'))} ")
            s.t(f"its {r.choice(('latest', 'largest', 'first', 'new-generation'))} ").e(product).t(".")
            s.f(c, "headquarteredIn", self.city).f(c, "developed", product)
        elif form == 1:
            self.c(s).t(f" {r.choice(('has', 'recently', 'this month'))} delivered the ").e(product)
            s.t(", the company said in ").e(self.city).t(f" on {r.choice(('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'))}.")
            s.f(c, "developed", product)
        elif form == 2:
            s.t("In ")
            self.place_of(s, self.city).t(", ")
            self.c(s).t(f" is {r.choice(('speeding up', 'expanding', 'upgrading', 'automating'))} production of ")
            s.t(f"{product.plural or 'equipment'} for {r.choice(('domestic', 'overseas', 'global'))} customers.")
            s.f(c, "locatedIn", self.city)
        else:
            s.t("Headquartered in ")
            self.place_of(s, self.city).t(", ")
            self.c(s).t(f" makes {product.plural or 'equipment'} and {r.choice(_PRODUCT_NOUNS)[1]}.")
            s.f(c, "headquarteredIn", self.city)
        return s

    def based(self) -> Sentence:
        s = Sentence()
        self.c(s).t(" is headquartered in ")
        self.place_of(s, self.city).t(f", and employs about {self.r.randrange(300, 30000):,} people.")
        return s.f(self.company, "headquarteredIn", self.city)

    def county(self) -> Sentence | None:
        counties = [k for k in self.n.counties.values() if k.city == self.city.label]
        if not counties:
            return None
        county = self.r.choice(counties)
        s = Sentence().t(f"Its {self.r.choice(('new', 'second', 'largest', 'smart'))} plant is located in ")
        s.e(county).t(", ").e(self.city).t(".")
        return s.f(self.company, "locatedIn", county).f(county, "locatedIn", self.city)

    def subsidiary(self) -> Sentence:
        parent = self.other_company()
        s = Sentence()
        if self.r.random() < 0.5:
            self.c(s).t(" is a subsidiary of ").e(parent).t(".")
        else:
            self.c(s).t(", a subsidiary of ").e(parent)
            s.t(f", {self.r.choice(('was founded in', 'was set up in', 'went public in'))} {self.r.randrange(1952, 2021)}.")
        return s.f(self.company, "subsidiaryOf", parent)

    def joint(self) -> Sentence:
        r = self.r
        partner = r.choice((self.n.institutes, self.n.universities, self.n.companies)).draw(r)
        if partner == self.company:
            partner = self.n.institutes.draw(r)
        product = self.n.products.draw(r)
        s = Sentence()
        if r.random() < 0.5:
            self.c(s).t(" and ").e(partner).t(" jointly developed the ").e(product)
            s.t(f", which {r.choice(('cuts energy use by', 'raises efficiency by', 'reduces costs by'))} "
                f"{r.randrange(5, 45)} percent.")
        else:
            s.t("The ").e(product).t(" was jointly developed by ")
            self.c(s).t(" and ").e(partner).t(".")
        return s.f(self.company, "developed", product).f(partner, "developed", product).f(
            self.company, "collaboratesWith", partner)

    def award(self) -> Sentence:
        r = self.r
        award = self.n.awards.draw(r)
        s = Sentence()
        if r.random() < 0.6:
            self.c(s).t(f" won the {r.choice(('', 'first prize of the ', 'second prize of the '))}").e(award)
            s.t(f" in {r.randrange(2012, 2026)} for its {r.choice(_PRODUCT_NOUNS)[1]}.")
        else:
            s.t(f"In {r.randrange(2012, 2026)}, ")
            self.c(s).t(" was awarded the ").e(award).t(".")
        return s.f(self.company, "received", award)

    def exports(self) -> Sentence:
        r = self.r
        countries: list[Ent] = []
        while len(countries) < r.randint(1, 4):
            c = self.n.countries.draw(r)
            if c not in countries:
                countries.append(c)
        s = Sentence()
        if r.random() < 0.5:
            s.t("Its products have been exported to ")
        else:
            self.c(s).t(f" {r.choice(('has exported', 'exports', 'has shipped'))} {r.choice(_PRODUCT_NOUNS)[1]} to ")
        for i, c in enumerate(countries):
            if i:
                s.t(" and " if i == len(countries) - 1 else ", ")
            s.e(c, "the " + c.label if c.label in _THE_COUNTRIES else c.label)
            s.f(self.company, "exportsTo", c)
        return s.t(".")

    def project(self) -> Sentence:
        r = self.r
        project = self.n.projects.draw(r)
        s = Sentence()
        form = r.randrange(3)
        if form == 0:
            self.c(s).t(f" is {r.choice(('taking part in', 'building', 'supplying equipment for'))} the ").e(project).t(".")
            s.f(self.company, "participatesIn", project)
        elif form == 1:
            partner = self.other_company()
            self.c(s).t(" signed a contract with ").e(partner).t(" for the ").e(project)
            s.t(f", worth {r.randrange(2, 900)} million yuan.")
            s.f(self.company, "participatesIn", project).f(partner, "participatesIn", project)
            s.f(self.company, "collaboratesWith", partner)
        else:
            gov = self.n.governments.draw(r)
            s.t("The ").e(gov).t(f" {r.choice(('launched', 'approved', 'is funding'))} the ").e(project)
            s.t(f", which will be completed by {r.randrange(2025, 2031)}.")
            s.f(gov, "participatesIn", project)
        return s

    def lab(self) -> Sentence:
        r = self.r
        partner = r.choice((self.n.universities, self.n.institutes)).draw(r)
        s = Sentence()
        if r.random() < 0.5:
            s.e(partner).t(" and ")
            self.c(s).t(f" set up a joint laboratory for {r.choice(_FIELDS).lower()} in {r.randrange(2010, 2026)}.")
        else:
            self.c(s).t(" has worked with ").e(partner).t(f" on {r.choice(_FIELDS).lower()} since {r.randrange(2005, 2024)}.")
        return s.f(self.company, "collaboratesWith", partner)

    def supplier(self) -> Sentence:
        other = self.other_company()
        s = Sentence().e(other).t(", based in ")
        city = self.n.cities[other.city or "Zhengzhou"]
        s.e(city).t(f", supplies {self.r.choice(_PRODUCT_NOUNS)[1]} to ")
        self.c(s).t(".")
        return s.f(other, "headquarteredIn", city).f(other, "collaboratesWith", self.company)

    def person(self) -> Sentence:
        r = self.r
        p = self.n.people.draw(r)
        s = Sentence().t('"').t(r.choice((
            "We will keep investing in research and development",
            "Overseas orders are up sharply this year",
            "Digital transformation has changed the way we work",
            "Our goal is to become a world-class manufacturer",
            "Quality is the lifeline of the enterprise",
        ))).t(',"').t(" said ").e(p).t(f", {r.choice(_TITLES)} of ")
        self.c(s).t(".")
        return s

    def filler(self) -> Sentence:
        r = self.r
        return Sentence().t(r.choice((
            f"Its output value reached {r.randrange(2, 400)}.{r.randrange(10)} billion yuan last year, "
            f"up {r.randrange(2, 40)} percent year-on-year.",
            f"The production line can turn out one unit every {r.randrange(3, 90)} minutes.",
            f"More than {r.randrange(20, 95)} percent of the key components are now made in China.",
            f"The company holds {r.randrange(30, 2000)} patents, {r.randrange(5, 300)} of them for inventions.",
            f"Research and development spending rose to {r.randrange(2, 9)}.{r.randrange(10)} percent of revenue.",
            "Orders for the first half of the year are already full.",
            f"The new workshop covers {r.randrange(10, 300):,} square meters.",
            "Industrial robots now handle welding, painting and assembly in the workshop.",
            f"Energy consumption per unit of output fell by {r.randrange(5, 35)} percent.",
        )))

    def headline(self) -> str:
        r, c = self.r, self.company
        name = c.short or c.label
        product = self.n.products.draw(r)
        return r.choice((
            f"{name} bets on {r.choice(_FIELDS).lower()}",
            f"{name} ships {product.plural or 'equipment'} to {self.n.countries.draw(r).label}",
            f"{self.city.label} manufacturers push into {r.choice(_FIELDS).lower()}",
            f"New {product.label} rolls off the line in {self.city.label}",
            f"{name} wins big with smart manufacturing",
            f"How {name} turned {r.choice(_PRODUCT_NOUNS)[1]} into a global business",
            f"{self.city.label} plant goes digital",
            f"{name} expands overseas as orders climb {r.randrange(5, 90)} percent",
        ))


_TEMPLATES = ("based", "county", "subsidiary", "joint", "joint", "award", "exports", "project", "project",
              "lab", "supplier", "person")


def synth_article(index: int, names: Names, *, seed: int = 1) -> SynthArticle:
    """Article ``index`` of the corpus of ``seed``: 3-5 paragraphs, ~150-350 words."""
    rng = random.Random(f"article-{seed}-{index}")
    w = _Writer(names, rng)
    headline = w.headline()
    sentences = [w.intro()]
    for name in rng.sample(_TEMPLATES, rng.randint(5, 9)):
        s = getattr(w, name)()
        if s is not None:
            sentences.append(s)
        if rng.random() < 0.45:
            sentences.append(w.filler())
    paragraphs: list[list[Sentence]] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(2, 4)
        paragraphs.append(sentences[i:i + size])
        i += size
    year = rng.randrange(2016, 2026)
    date = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    author = f"{rng.choice(_SURNAMES)} {rng.choice(_GIVEN)}{rng.choice(_GIVEN).lower()}"
    return SynthArticle(index, headline, rng.choice(_SOURCES), date, author, paragraphs)


def generate(n: int, *, seed: int = 1, start: int = 0, names: Names | None = None) -> Iterator[SynthArticle]:
    """Articles ``start`` .. ``start + n - 1`` of the corpus of ``seed``, each with a distinct article id."""
    from kg.article import parse_article

    names = names or Names(seed)
    seen: set[str] = set()
    index = start
    made = 0
    while made < n:
        a = synth_article(index, names, seed=seed)
        index += 1
        a.article = parse_article(a.file_text, source_file=a.file_name)
        if a.article.id in seen:  # never seen in practice; ids are content hashes, so make sure
            continue
        seen.add(a.article.id)
        made += 1
        yield a


def write_corpus(folder: str | Path, n: int, *, seed: int = 1, start: int = 0, names: Names | None = None) -> int:
    """Write ``n`` articles into ``folder`` (created); returns the number of words written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for a in generate(n, seed=seed, start=start, names=names):
        (folder / a.file_name).write_text(a.file_text, encoding="utf-8")
        words += a.words()
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (with --sizes: a parent folder)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sizes", help="comma-separated sizes, one subfolder each (e.g. 100,1000,10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0, help="print the first N articles instead of writing")
    args = parser.parse_args(argv)
    names = Names(args.seed)
    if args.show:
        for a in generate(args.show, seed=args.seed, names=names):
            print(f"--- {a.file_name}\n{a.file_text}")
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [args.articles]
    print("name pools: " + ", ".join(f"{k} {v:,}" for k, v in names.sizes().items()))
    for size in sizes:
        folder = args.out / f"articles-{size}" if args.sizes else args.out
        started = time.perf_counter()
        words = write_corpus(folder, size, seed=args.seed, names=names)
        print(f"{folder}: {size:,} articles, {words:,} words in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
