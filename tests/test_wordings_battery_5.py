"""A fifth battery of wordings written without looking at the extractor: awards, exports, projects.

Same contract as tests/test_wordings_battery.py to tests/test_wordings_battery_4.py. Each case is a
short news paragraph (two to four sentences, 40-100 words) in the style of a Chinese English-language
outlet, most with a dateline ("LUOYANG -- ..."). Firm, institute, project and product names are
invented (real universities, ministries, banks and a few well-known national firms appear only as
partners, owners, customers or list publishers). Five families, chosen where extractors are weakest:

- AWARDS (received): designations, lists, batches and rankings stated many ways -- "was named a
  national-level "specialized and sophisticated" enterprise", "has made the list of ...", "was among
  the 2024 batch of ...", "ranked 37th on the China Top 500 ... list", "its technology center was
  recognized as ...", "won the gold award at ...", "the list released by the ministry included X and
  Y", "has been approved as one of the fifth batch of ...", an award given to "it" / "the company"
  in a later sentence, and lists with several recipients. A product that wins gives the award to its
  maker; a person can receive an award, which does not pass to the employer (or back).
- EXPORTS (exportsTo): "shipped to", "are sold in", "found buyers in", "its overseas markets
  include", "exports to more than 30 countries, including X and Y", "has entered the Brazilian
  market, shipping ... to Brazil's ...", "won orders from", "delivered to a customer in", "has
  reached buyers in", with the exporter named or only "the company" / "its" / "the firm". Negatives:
  imports from a country, a supplier in a country, a rival's home country, a customer's plant in
  China, a sales office in a foreign city.
- PROJECTS (participatesIn): builder, designer, supplier, bid winner, investor, owner, operator,
  lender, EPC contractor, participant of a pilot project, a member of an alliance taking part in
  its project, a company that undertook a project under a national programme; often through "the
  project", "it", "its".
- PRODUCTS (developed): a product named after a description ("a greenhouse robot, named ..."), in
  quotes, by model code, "its self-developed", "rolled out", "unveiled", "put into mass production",
  and a product named in one sentence whose maker is "the company" in the next ("The company
  developed the bus ...", "The company makes it ...").
- OWNERSHIP AND PARTNERS (subsidiaryOf, collaboratesWith): "a unit of", "wholly owned by", "is
  itself under", "a joint venture of X and Y", "signed a strategic cooperation agreement with",
  "teamed up with", "jointly set up", a centre that "sits at the group's smelter".

Expectations are checked as subsets: every expected entity (name, type) and relation
(subject, predicate, object) must be found; anything else the extractor finds is not penalised,
except the items listed as forbidden.

- A name may be a tuple of acceptable spellings (for spans where the "fullest form" is
  genuinely open, e.g. an award with or without "list" / "batch of", a product with or without its
  goods noun or quotes). An expected entity with type None accepts any type (used where the type is
  genuinely open, e.g. a "Survey and Design Institute Co., Ltd.").
- collaboratesWith is accepted in either direction.
- In forbidden items, a 2-tuple is an entity (type None = any type) and a 3-tuple a relation
  (None = any subject / predicate / object).

Conventions taken from the dev README and gold (01, 03, 06) and batteries 3 and 4:
- A relation is expected only where one sentence states it; the subject or object may be a clear
  anaphor for a named entity of the paragraph. A product named only in a sentence that does not link
  it to its maker gets no expected developed relation (left open, not forbidden).
- received: won, was named, was awarded, was approved as, is on / made / was among / was included
  in a list or batch, ranked on a list. The body that publishes the list (ministry, commission,
  federation) gets no relation; nor do fellow recipients collaborate.
- exportsTo: sold, supplied, shipped, delivered or won orders abroad, to a country; customers in a
  country count, a foreign city or state does not. Importing from a country, a supplier in it, a
  rival from it, a sales office in a foreign city and customers in other Chinese provinces do not.
- participatesIn: builds, designed, supplies equipment to, won the bid for, invests in, owns,
  operates, runs, lends for, signed the EPC contract for, is one of the participants of, undertook,
  takes part in. A project abroad is put in its country, not its contractor; a client and its
  contractor do not collaborate; two suppliers of one project do not collaborate; a parent of a
  participant takes no part; the government that announces an investment takes no part.
- subsidiaryOf: unit, subsidiary, wholly owned by, "under", the holder of 60 percent of a joint
  venture; never transitive. A joint venture of two firms makes its two founders collaborate; the
  venture does not collaborate with its own parents. Membership of an alliance is no subsidiaryOf.
- headquarteredIn only for "based in" / "X-based"; a plant, factory, research center or "the
  Wolong District company" is locatedIn. The dateline city is no location of the company, and a
  name nested in a longer name is no separate mention.

Written by a helper that read only the dev corpus README, dev article 03 and the award, product
and project entries of the dev gold, tests/wordings.py and batteries 3 and 4, never the extractor.

Written by a helper that never read the extractor: 27 of its 45 paragraphs failed at first
(awards 8 of 12, exports 4 of 10, projects 7 of 10, products 5 of 8, ownership 3 of 5);
what still fails is in KNOWN_MISSES (strict xfail), with the items it misses.
"""

from __future__ import annotations

import pytest
from wordings import AW, MIIT, ORG, PE, PJ, PL, PR, RI, A, C, G, U, check, check_battery, no_rel, params

# --------------------------------------------------------------------------------------------
# Awards: designations, lists, batches and rankings
# --------------------------------------------------------------------------------------------
LANKE = "Zhengzhou Lanke Fluid Control Co., Ltd."
ZHUANJING = A('national-level "specialized and sophisticated" enterprise',
              "national-level specialized and sophisticated enterprise",
              '"specialized and sophisticated" enterprise',
              "specialized and sophisticated enterprise")
XUANHE = "Luoyang Xuanhe Bearing Co., Ltd."
CHAMPIONS = A("list of national manufacturing single champion enterprises",
              "national manufacturing single champion enterprises")
HAOYU = "Xinxiang Haoyu Filtration Equipment Co., Ltd."
GREEN_SC = A("2024 batch of national green supply chain management enterprises",
             "batch of national green supply chain management enterprises",
             "national green supply chain management enterprises")
HN_QUALITY = "Henan Provincial Government Quality Award"
TIEXIN = "Anyang Tiexin Special Alloy Group Co., Ltd."
TOP500 = A("China Top 500 Private Manufacturing Enterprises list",
           "China Top 500 Private Manufacturing Enterprises")
ACFIC = "All-China Federation of Industry and Commerce"
RUISHENG = "Jiaozuo Ruisheng Friction Materials Co., Ltd."
NDRC = "National Development and Reform Commission"
JIHENG = "Xuchang Jiheng Electric Co., Ltd."
GOLD_DESIGN = A("gold award at the 2024 China Industrial Design Excellence Awards",
                "gold award of the 2024 China Industrial Design Excellence Awards",
                "2024 China Industrial Design Excellence Awards",
                "China Industrial Design Excellence Awards", "gold award")
BODA = "Zhengzhou Boda Automotive Parts Co., Ltd."
KEXUAN = "Nanyang Kexuan Explosion-proof Motor Co., Ltd."
SMART_FACTORIES = A("list of 2024 national smart manufacturing demonstration factories",
                    "2024 national smart manufacturing demonstration factories",
                    "national smart manufacturing demonstration factories")
YINHE = "Shangqiu Yinhe Cold Chain Equipment Co., Ltd."
HN_CHAMPION = A("Henan provincial manufacturing single champion enterprise",
                "Henan provincial manufacturing single champion")
SQ_MAYOR = "Shangqiu Mayor's Quality Award"
WEIJIA = "Henan Weijia Food Co., Ltd."
TIANYI = "Luohe Tianyi Dairy Co., Ltd."
XIANGYUN = "Luohe Xiangyun Seasoning Co., Ltd."
SERVICE_MFG = A("fourth batch of national service-oriented manufacturing demonstration enterprises",
                "national service-oriented manufacturing demonstration enterprises")
QIYAO = "Henan Qiyao Photoelectric Co., Ltd."
SHUNFA = "Anyang Shunfa Steel Pipe Co., Ltd."
TOP100 = A("Henan Top 100 Manufacturing Enterprises list", "Henan Top 100 Manufacturing Enterprises")
SEPARATOR_CENTER = "Henan Battery Separator Engineering Technology Research Center"
SHENGKE = "Xinxiang Shengke Membrane Materials Co., Ltd."
RD_BATCH = A("fifth batch of Henan provincial new R&D institutions",
             "Henan provincial new R&D institutions")
SK12 = A("SK-12 ceramic-coated separator", "SK-12")

AWARDS = [
    (
        # "it" as the subject of a second clause is the product the first clause is about, not its makers.
        "PUYANG -- Henan Fengyuan Valve Co., Ltd. makes valves. The FY-900 gate valve was jointly developed by "
        "Fengyuan and Zhongyuan University of Technology, and it won a gold award of the 2024 China Valve Innovation "
        "Contest. The FY-300 check valve was designed by Fengyuan engineers, it was awarded the title of Henan Famous "
        "Brand Product in 2025.",
        {("Henan Fengyuan Valve Co., Ltd.", C), ("FY-900 gate valve", PR), ("FY-300 check valve", PR),
         ("gold award of the 2024 China Valve Innovation Contest", AW), ("Henan Famous Brand Product", AW)},
        {("FY-900 gate valve", "received", "gold award of the 2024 China Valve Innovation Contest"),
         ("FY-300 check valve", "received", "Henan Famous Brand Product")},
        {("Henan Fengyuan Valve Co., Ltd.", "received", None), ("Zhongyuan University of Technology", "received", None)},
    ),
    (
        # "took"/"bagged" a prize win it; a designation joined to a description after "is" is held.
        "ZHENGZHOU -- Zhengzhou Kaiyue Instruments Co., Ltd. makes flowmeters. Founded in 2009, Kaiyue is a unit of "
        "Henan Huaxia Instrument Group Co., Ltd. and a national high-tech enterprise. Its KY-7 flowmeter took a gold award of the 2024 China Instrument "
        "Innovation Contest, and its KY-9 analyzer bagged the first prize of the 2023 Henan Science and "
        "Technology Progress Award.",
        {("Zhengzhou Kaiyue Instruments Co., Ltd.", C), ("national high-tech enterprise", AW),
         ("gold award of the 2024 China Instrument Innovation Contest", AW),
         ("first prize of the 2023 Henan Science and Technology Progress Award", AW)},
        {("Zhengzhou Kaiyue Instruments Co., Ltd.", "received", "national high-tech enterprise"),
         ("Zhengzhou Kaiyue Instruments Co., Ltd.", "subsidiaryOf", "Henan Huaxia Instrument Group Co., Ltd.")},
        {("Henan Huaxia Instrument Group Co., Ltd.", "received", None), ("national high-tech enterprise", PR)},
    ),
    (
        # A dated list of key projects is a designation; "the phase", "the solar station" and "it" after them point
        # back to the project named for them.
        "XUCHANG -- Henan Ruiguang Glass Co., Ltd. started Phase III of the Ruiguang Photovoltaic Glass Industrial "
        "Park in Xiangcheng County in May. The phase was listed among the 2026 Henan provincial key projects. "
        "The company also runs the Ruiguang Rooftop Solar Station in Xuchang. The solar station was selected into "
        "the second batch of Henan solar energy demonstration projects. It is also one of the 2025 Xuchang "
        "municipal key projects.",
        {("Henan Ruiguang Glass Co., Ltd.", C), ("Phase III of the Ruiguang Photovoltaic Glass Industrial Park", PJ),
         ("2026 Henan provincial key projects", AW), ("Ruiguang Rooftop Solar Station", PJ),
         ("2025 Xuchang municipal key projects", AW)},
        {("Phase III of the Ruiguang Photovoltaic Glass Industrial Park", "received",
          "2026 Henan provincial key projects"),
         ("Ruiguang Rooftop Solar Station", "received", "2025 Xuchang municipal key projects")},
        {("Henan Ruiguang Glass Co., Ltd.", "received", "2026 Henan provincial key projects"),
         ("Henan Ruiguang Glass Co., Ltd.", "received", "2025 Xuchang municipal key projects")},
    ),
    (
        'ZHENGZHOU -- Zhengzhou Lanke Fluid Control Co., Ltd. was named a national-level '
        '"specialized and sophisticated" enterprise on Thursday, one of 23 Henan firms on this '
        "year's list. The maker of high-pressure ball valves for oil pipelines spends 7 percent of "
        "its revenue on research. Its valves are sold to Kazakhstan and Iraq.",
        {(LANKE, C), (ZHUANJING, AW), ("Kazakhstan", PL), ("Iraq", PL)},
        {(LANKE, "received", ZHUANJING),
         (LANKE, "exportsTo", "Kazakhstan"),
         (LANKE, "exportsTo", "Iraq")},
        {("Lanke", None), ("high-pressure ball valves", None), (LANKE, None, "Zhengzhou")},
    ),
    (
        "LUOYANG -- Luoyang Xuanhe Bearing Co., Ltd. has made the list of national manufacturing "
        "single champion enterprises for its wind turbine pitch bearings, the Ministry of Industry "
        "and Information Technology announced on Monday. The company, based in the Luoyang High-tech "
        "Zone, holds 31 percent of the domestic market for the part.",
        {(XUANHE, C), (CHAMPIONS, AW), (MIIT, G), ("Luoyang High-tech Zone", PL)},
        {(XUANHE, "received", CHAMPIONS),
         (XUANHE, "headquarteredIn", "Luoyang High-tech Zone")},
        # The ministry that publishes the list gets no relation.
        no_rel(MIIT) | {
            ("Xuanhe", None), ("wind turbine pitch bearings", None),
            (XUANHE, "locatedIn", "Luoyang High-tech Zone"), (XUANHE, None, "Luoyang")},
    ),
    (
        "XINXIANG -- Xinxiang Haoyu Filtration Equipment Co., Ltd. was among the 2024 batch of "
        "national green supply chain management enterprises, the company said on Wednesday. It was "
        "one of four Henan firms on the list. The company also won the Henan Provincial Government "
        "Quality Award in 2022.",
        {(HAOYU, C), (GREEN_SC, AW), (HN_QUALITY, AW)},
        {(HAOYU, "received", GREEN_SC),
         (HAOYU, "received", HN_QUALITY)},
        {("Haoyu", None), (HAOYU, None, "Xinxiang")},
    ),
    (
        "ANYANG -- Anyang Tiexin Special Alloy Group Co., Ltd. ranked 37th on the China Top 500 "
        "Private Manufacturing Enterprises list released by the All-China Federation of Industry "
        "and Commerce on Tuesday, up 12 places from a year earlier. The group's revenue rose to 96 "
        "billion yuan in 2023, helped by exports of ferrosilicon to Japan and India.",
        {(TIEXIN, C), (TOP500, AW), (ACFIC, ORG), ("Japan", PL), ("India", PL)},
        {(TIEXIN, "received", TOP500),
         (TIEXIN, "exportsTo", "Japan"),
         (TIEXIN, "exportsTo", "India")},
        # The federation that publishes the ranking gets no relation; "China" is nested in the name.
        no_rel(ACFIC) | {("Tiexin", None), ("ferrosilicon", None), ("China", None),
                         (TIEXIN, None, "Anyang")},
    ),
    (
        "JIAOZUO -- Jiaozuo Ruisheng Friction Materials Co., Ltd. makes brake linings for heavy "
        "trucks and high-speed trains. Its technology center was recognized as a national "
        "enterprise technology center on Monday, one of 87 across the country this year, the "
        "National Development and Reform Commission said. The company spends about 6 percent of its "
        "sales on research.",
        # The centre has no name of its own: the designation goes to the company ("Its").
        {(RUISHENG, C), ("national enterprise technology center", AW), (NDRC, G)},
        {(RUISHENG, "received", "national enterprise technology center")},
        no_rel(NDRC) | {("Ruisheng", None), ("brake linings", None), (RUISHENG, None, "Jiaozuo")},
    ),
    (
        "XUCHANG -- A smart circuit breaker made by Xuchang Jiheng Electric Co., Ltd. won the gold "
        "award at the 2024 China Industrial Design Excellence Awards in Beijing on Saturday. The "
        "breaker, called JH-Guard 630, can report faults to a phone app within a second. The "
        "company sells it to utilities in Pakistan and Egypt.",
        # A product that wins gives the award to its maker (battery 1); the breaker's maker is
        # stated only before it is named, so developed is left open.
        {(JIHENG, C), (GOLD_DESIGN, AW), ("Beijing", PL), ("JH-Guard 630", PR), ("Pakistan", PL),
         ("Egypt", PL)},
        {(JIHENG, "received", GOLD_DESIGN),
         (JIHENG, "exportsTo", "Pakistan"),
         (JIHENG, "exportsTo", "Egypt")},
        {("Jiheng", None), ("smart circuit breaker", PR), ("JH-Guard 630", "received", None),
         (JIHENG, None, "Beijing"), (JIHENG, None, "Xuchang")},
    ),
    (
        "ZHENGZHOU -- The list of 2024 national smart manufacturing demonstration factories, "
        "released by the Ministry of Industry and Information Technology on Friday, included two "
        "Henan companies: Zhengzhou Boda Automotive Parts Co., Ltd. and Nanyang Kexuan "
        "Explosion-proof Motor Co., Ltd. Boda's factory in Zhongmu County makes 4 million brake "
        "calipers a year. Kexuan supplies motors to coal mines in Shanxi and Shaanxi.",
        {(SMART_FACTORIES, AW), (MIIT, G), (BODA, C), (KEXUAN, C), ("Zhongmu County", PL),
         ("Shanxi", PL), ("Shaanxi", PL)},
        {(BODA, "received", SMART_FACTORIES),
         (KEXUAN, "received", SMART_FACTORIES),
         (BODA, "locatedIn", "Zhongmu County")},
        # Fellow recipients do not collaborate; customers in other provinces are no markets.
        no_rel(MIIT) | {
            ("Boda", None), ("Kexuan", None), ("brake calipers", None),
            (BODA, "collaboratesWith", KEXUAN), (KEXUAN, None, "Shanxi"), (KEXUAN, None, "Shaanxi"),
            (BODA, "headquarteredIn", None), (BODA, None, "Zhengzhou")},
    ),
    (
        "SHANGQIU -- Shangqiu Yinhe Cold Chain Equipment Co., Ltd. makes refrigerated truck bodies at "
        "a plant in Ningling County. On Tuesday it was named a Henan provincial manufacturing single "
        "champion enterprise, the first in the city's logistics equipment sector. It also received "
        "the Shangqiu Mayor's Quality Award last year.",
        {(YINHE, C), ("Ningling County", PL), (HN_CHAMPION, AW), (SQ_MAYOR, AW)},
        {(YINHE, "locatedIn", "Ningling County"),
         (YINHE, "received", HN_CHAMPION),
         (YINHE, "received", SQ_MAYOR)},
        {("Yinhe", None), ("refrigerated truck bodies", None), (YINHE, "headquarteredIn", None),
         (YINHE, None, "Shangqiu")},
    ),
    (
        "LUOHE -- Three Luohe food makers were among the fourth batch of national service-oriented "
        "manufacturing demonstration enterprises announced on Wednesday: Henan Weijia Food Co., "
        "Ltd., Luohe Tianyi Dairy Co., Ltd. and Luohe Xiangyun Seasoning Co., Ltd. Weijia, the "
        "largest of the three, exports frozen dumplings to Canada and Australia.",
        {(SERVICE_MFG, AW), (WEIJIA, C), (TIANYI, C), (XIANGYUN, C), ("Canada", PL),
         ("Australia", PL)},
        {(WEIJIA, "received", SERVICE_MFG),
         (TIANYI, "received", SERVICE_MFG),
         (XIANGYUN, "received", SERVICE_MFG),
         (WEIJIA, "exportsTo", "Canada"),
         (WEIJIA, "exportsTo", "Australia")},
        {("Weijia", None), ("frozen dumplings", None), (WEIJIA, "collaboratesWith", None),
         (TIANYI, "collaboratesWith", XIANGYUN), (TIANYI, "exportsTo", None),
         (XIANGYUN, "exportsTo", None)},
    ),
    (
        "ZHENGZHOU -- Henan Qiyao Photoelectric Co., Ltd. was awarded the China Patent Gold Award on "
        "Monday for its method of growing large sapphire crystals. The Zhengzhou-based firm, founded "
        "in 2012 by researchers from Zhengzhou University, supplies sapphire substrates to LED "
        "makers in South Korea and Malaysia.",
        {(QIYAO, C), ("China Patent Gold Award", AW), ("Zhengzhou", PL), ("Zhengzhou University", U),
         ("South Korea", PL), ("Malaysia", PL)},
        {(QIYAO, "received", "China Patent Gold Award"),
         (QIYAO, "headquarteredIn", "Zhengzhou"),
         (QIYAO, "exportsTo", "South Korea"),
         (QIYAO, "exportsTo", "Malaysia")},
        # Founders who came from a university do not make it a partner or a parent.
        {("Qiyao", None), ("sapphire substrates", None), (QIYAO, "locatedIn", "Zhengzhou"),
         (QIYAO, "collaboratesWith", "Zhengzhou University"),
         (QIYAO, "subsidiaryOf", "Zhengzhou University")},
    ),
    (
        "ANYANG -- Anyang Shunfa Steel Pipe Co., Ltd. has made seamless pipes in Long'an District "
        "since 1998. Last week the company was included in the Henan Top 100 Manufacturing "
        "Enterprises list for the sixth year running, at No. 58. Its general manager, Qiao Wenbin, "
        "was named a Henan Outstanding Entrepreneur in the same month.",
        # A person can receive an award; it does not pass to the employer, nor the employer's to him.
        {(SHUNFA, C), ("Long'an District", PL), (TOP100, AW), ("Qiao Wenbin", PE),
         ("Henan Outstanding Entrepreneur", AW)},
        {(SHUNFA, "locatedIn", "Long'an District"),
         (SHUNFA, "received", TOP100),
         ("Qiao Wenbin", "received", "Henan Outstanding Entrepreneur")},
        {("Qiao", None), ("Shunfa", None), ("seamless pipes", None),
         (SHUNFA, "received", "Henan Outstanding Entrepreneur"), ("Qiao Wenbin", "received", TOP100),
         ("Qiao Wenbin", None, SHUNFA), (SHUNFA, None, "Qiao Wenbin"),
         (SHUNFA, "headquarteredIn", None), (SHUNFA, None, "Anyang")},
    ),
    (
        "XINXIANG -- The Henan Battery Separator Engineering Technology Research Center, set up by "
        "Xinxiang Shengke Membrane Materials Co., Ltd. in 2019, has been approved as one of the "
        "fifth batch of Henan provincial new R&D institutions. The center developed the SK-12 "
        "ceramic-coated separator, which is now used in power batteries made by CATL.",
        # The centre, not its founder, is on the list; the battery maker only uses the separator.
        {(SEPARATOR_CENTER, RI), (SHENGKE, C), (RD_BATCH, AW), (SK12, PR), ("CATL", C)},
        {(SEPARATOR_CENTER, "received", RD_BATCH),
         (SEPARATOR_CENTER, "developed", SK12)},
        no_rel("CATL") | {("Shengke", None), ("power batteries", None), (SHENGKE, "received", None),
                          (SHENGKE, None, "Xinxiang")},
    ),
]

# --------------------------------------------------------------------------------------------
# Exports: markets stated many ways, and what is no market
# --------------------------------------------------------------------------------------------
FENGCHI = "Zhumadian Fengchi Special Vehicle Co., Ltd."
ZMD_ZONE = "Zhumadian Economic Development Zone"
QIHUANG = "Nanyang Qihuang Moxa Products Co., Ltd."
KAIWEI = "Luoyang Kaiwei Refractory Materials Co., Ltd."
YUQI = "Hebi Yuqi Magnesium Alloy Co., Ltd."
JIAHE = "Hebi Jiahe Holdings Co., Ltd."
DONGYU = "Henan Dongyu Agricultural Equipment Co., Ltd."
LIANFA = "Puyang Lianfa Petroleum Machinery Co., Ltd."
HUANYU = "Puyang Huanyu Energy Holdings Co., Ltd."
HAOKE = "Zhengzhou Haoke Die Casting Machinery Co., Ltd."
FENGRUN = "Jiaozuo Fengrun Tire Cord Co., Ltd."
BOYUAN = "Sanmenxia Boyuan Fruit Juice Co., Ltd."
YUNWU = "Xinyang Yunwu Tea Co., Ltd."

EXPORTS = [
    (
        "ZHUMADIAN -- Zhumadian Fengchi Special Vehicle Co., Ltd. shipped 120 sludge suction trucks "
        "to Uzbekistan on Monday, its biggest single order abroad so far. The trucks were built at "
        "the company's plant in the Zhumadian Economic Development Zone. Fengchi buys its hydraulic "
        "pumps from a supplier in Germany.",
        {(FENGCHI, C), ("Uzbekistan", PL), (ZMD_ZONE, PL), ("Germany", PL)},
        {(FENGCHI, "exportsTo", "Uzbekistan"),
         (FENGCHI, "locatedIn", ZMD_ZONE)},
        # A supplier's country is no market.
        {("Fengchi", None), ("sludge suction trucks", None), ("hydraulic pumps", None),
         (FENGCHI, None, "Germany"), (FENGCHI, "locatedIn", "Uzbekistan"),
         (FENGCHI, "headquarteredIn", None)},
    ),
    (
        "NANYANG -- Moxa sticks made by Nanyang Qihuang Moxa Products Co., Ltd. are now sold in South "
        "Korea, Japan and Singapore. The Wolong District company, which grows mugwort on 3,000 "
        "hectares of hillside, found buyers in Malaysia this year through a cross-border e-commerce "
        "platform.",
        {(QIHUANG, C), ("South Korea", PL), ("Japan", PL), ("Singapore", PL),
         ("Wolong District", PL), ("Malaysia", PL)},
        {(QIHUANG, "exportsTo", "South Korea"),
         (QIHUANG, "exportsTo", "Japan"),
         (QIHUANG, "exportsTo", "Singapore"),
         (QIHUANG, "exportsTo", "Malaysia"),
         (QIHUANG, "locatedIn", "Wolong District")},
        {("Qihuang", None), ("Moxa sticks", None), ("mugwort", None), (QIHUANG, None, "Nanyang")},
    ),
    (
        "LUOYANG -- Luoyang Kaiwei Refractory Materials Co., Ltd. makes magnesia-carbon bricks for "
        "steel converters at two plants in Yanshi District. Its overseas markets include India, "
        "Vietnam and Indonesia, which together took 40 percent of its sales last year. The company "
        "imports most of its flake graphite from Mozambique.",
        {(KAIWEI, C), ("Yanshi District", PL), ("India", PL), ("Vietnam", PL), ("Indonesia", PL),
         ("Mozambique", PL)},
        {(KAIWEI, "locatedIn", "Yanshi District"),
         (KAIWEI, "exportsTo", "India"),
         (KAIWEI, "exportsTo", "Vietnam"),
         (KAIWEI, "exportsTo", "Indonesia")},
        # A country it imports from is no market.
        {("Kaiwei", None), ("magnesia-carbon bricks", None), ("flake graphite", None),
         (KAIWEI, None, "Mozambique"), (KAIWEI, "headquarteredIn", None), (KAIWEI, None, "Luoyang")},
    ),
    (
        "HEBI -- Hebi Yuqi Magnesium Alloy Co., Ltd. exports to more than 30 countries, including "
        "Germany and Mexico, the company said at its annual meeting on Friday. Its alloy ingots go "
        "mainly into car steering wheels and laptop casings. The firm, a unit of Hebi Jiahe Holdings "
        "Co., Ltd., opened a sales office in Tokyo in May.",
        {(YUQI, C), ("Germany", PL), ("Mexico", PL), (JIAHE, C)},
        {(YUQI, "exportsTo", "Germany"),
         (YUQI, "exportsTo", "Mexico"),
         (YUQI, "subsidiaryOf", JIAHE)},
        # A foreign city is not annotated; the parent exports nothing here.
        {("Yuqi", None), ("Tokyo", None), ("alloy ingots", None), (JIAHE, "exportsTo", None),
         (JIAHE, "subsidiaryOf", None), (YUQI, None, "Hebi")},
    ),
    (
        "XUCHANG -- Henan Dongyu Agricultural Equipment Co., Ltd. has entered the Brazilian market, "
        "shipping its first 200 round balers to dealers in Brazil's Mato Grosso state this month. "
        "The Xuchang-based company already sells balers and seed drills in Argentina and Uruguay.",
        {(DONGYU, C), ("Brazil", PL), ("Xuchang", PL), ("Argentina", PL), ("Uruguay", PL)},
        {(DONGYU, "exportsTo", "Brazil"),
         (DONGYU, "headquarteredIn", "Xuchang"),
         (DONGYU, "exportsTo", "Argentina"),
         (DONGYU, "exportsTo", "Uruguay")},
        # A foreign state is not annotated; a market is no location.
        {("Dongyu", None), (A("Mato Grosso", "Mato Grosso state"), None), ("round balers", None),
         ("seed drills", None), (DONGYU, "locatedIn", "Brazil"), (DONGYU, "locatedIn", "Xuchang")},
    ),
    (
        "PUYANG -- Puyang Lianfa Petroleum Machinery Co., Ltd. has won orders from Saudi Arabia and "
        "Oman worth 260 million yuan for its sucker rod pumps, the company said on Wednesday. It will "
        "ship the first batch in September. The firm is wholly owned by Puyang Huanyu Energy "
        "Holdings Co., Ltd.",
        {(LIANFA, C), ("Saudi Arabia", PL), ("Oman", PL), (HUANYU, C)},
        {(LIANFA, "exportsTo", "Saudi Arabia"),
         (LIANFA, "exportsTo", "Oman"),
         (LIANFA, "subsidiaryOf", HUANYU)},
        {("Lianfa", None), ("sucker rod pumps", None), (HUANYU, "exportsTo", None),
         (HUANYU, "subsidiaryOf", LIANFA), (LIANFA, None, "Puyang")},
    ),
    (
        "ZHENGZHOU -- Zhengzhou Haoke Die Casting Machinery Co., Ltd. delivered a 6,800-tonne "
        "die-casting machine to a customer in Vietnam on Thursday. The machine, called HK-6800, will "
        "cast one-piece rear underbodies for electric cars. Haoke's factory in the Zhengzhou Airport "
        "Economy Zone can build 40 such machines a year.",
        {(HAOKE, C), ("Vietnam", PL), ("HK-6800", PR), ("Zhengzhou Airport Economy Zone", PL)},
        {(HAOKE, "exportsTo", "Vietnam"),
         (HAOKE, "locatedIn", "Zhengzhou Airport Economy Zone")},
        {("Haoke", None), ("rear underbodies", None), ("die-casting machine", PR),
         (HAOKE, "locatedIn", "Vietnam"), (HAOKE, "headquarteredIn", None)},
    ),
    (
        "JIAOZUO -- Jiaozuo Fengrun Tire Cord Co., Ltd. sells polyester tire cord fabric to tire "
        "makers in Thailand and Turkey, the company said on Tuesday. It imports its high-tenacity "
        "yarn from South Korea, and its twisting machines come from a supplier in Italy. A Japanese "
        "tire maker's plant in Tianjin is its largest domestic customer.",
        {(FENGRUN, C), ("Thailand", PL), ("Turkey", PL), ("South Korea", PL), ("Italy", PL),
         ("Tianjin", PL)},
        {(FENGRUN, "exportsTo", "Thailand"),
         (FENGRUN, "exportsTo", "Turkey")},
        # Imports, a supplier's country and a foreign-owned customer at home are no markets.
        {("Fengrun", None), ("polyester tire cord fabric", None), ("high-tenacity yarn", None),
         (FENGRUN, None, "South Korea"), (FENGRUN, None, "Italy"), (FENGRUN, None, "Tianjin"),
         (FENGRUN, None, "Jiaozuo")},
    ),
    (
        "SANMENXIA -- Sanmenxia Boyuan Fruit Juice Co., Ltd. makes 80,000 tonnes of concentrated "
        "apple juice a year at its plant in Lingbao. The company's juice is shipped to the United "
        "States, Russia and South Africa. Its new pectin line was built with equipment from Denmark.",
        {(BOYUAN, C), ("Lingbao", PL), ("United States", PL), ("Russia", PL), ("South Africa", PL),
         ("Denmark", PL)},
        {(BOYUAN, "locatedIn", "Lingbao"),
         (BOYUAN, "exportsTo", "United States"),
         (BOYUAN, "exportsTo", "Russia"),
         (BOYUAN, "exportsTo", "South Africa")},
        {("Boyuan", None), ("concentrated apple juice", None), (BOYUAN, None, "Denmark"),
         (BOYUAN, "headquarteredIn", None), (BOYUAN, None, "Sanmenxia")},
    ),
    (
        "XINYANG -- Green tea from Xinyang Yunwu Tea Co., Ltd. has reached buyers in Morocco and "
        "Uzbekistan, where it is sold through local distributors. The company, based in Shihe "
        "District, exported 1,200 tonnes of tea last year. Its main rival in Morocco is a tea "
        "exporter from Kenya.",
        {(YUNWU, C), ("Morocco", PL), ("Uzbekistan", PL), ("Shihe District", PL), ("Kenya", PL)},
        {(YUNWU, "exportsTo", "Morocco"),
         (YUNWU, "exportsTo", "Uzbekistan"),
         (YUNWU, "headquarteredIn", "Shihe District")},
        # A rival's home country is no market.
        {("Yunwu", None), ("Green tea", None), (YUNWU, None, "Kenya"),
         (YUNWU, "locatedIn", "Shihe District"), (YUNWU, None, "Xinyang")},
    ),
]

# --------------------------------------------------------------------------------------------
# Projects: builders, designers, bidders, investors, operators, participants
# --------------------------------------------------------------------------------------------
DINGTAI = "Henan Dingtai Road and Bridge Construction Co., Ltd."
KF_BRIDGE = "Kaifeng Yellow River Highway Bridge project"
HONGTU = "Henan Hongtu Highway Survey and Design Institute Co., Ltd."
LIANHANG = "Jiangsu Lianhang Cable Co., Ltd."
YUNDING = "Luoyang Yunding Steel Structure Engineering Co., Ltd."
LONGMEN_STATION = "Luoyang Longmen Railway Station Expansion Project"
CRZZ = "China Railway Zhengzhou Group Co., Ltd."
ZJ_HENGCAN = "Zhejiang Hengcan New Materials Co., Ltd."
LFP = "Xinxiang 50,000-tonne Lithium Iron Phosphate Project"
XX_GOV = "Xinxiang Municipal People's Government"
XX_ZONE = "Xinxiang Economic and Technological Development Zone"
XX_HENGCAN = "Xinxiang Hengcan Lithium Energy Co., Ltd."
HAOLONG = "Jiaozuo Haolong Mining Machinery Co., Ltd."
NKRDP = "National Key Research and Development Program"
THIN_SEAMS = "Intelligent Fully Mechanized Mining Equipment for Thin Coal Seams"
HPU = "Henan Polytechnic University"
CUMT = "China University of Mining and Technology"
RUIGUANG = "Pingdingshan Ruiguang Electrical Insulator Co., Ltd."
UHV = "Longdong-Henan 800 kV UHV DC Transmission Project"
CONVERTER = "Zhumadian 800 kV Converter Station project"
TENGYI = "Zhengzhou Tengyi UAV Co., Ltd."
LOW_ALT = "Central Plains Low-altitude Logistics Pilot Project"
YUNFEI = "Henan Yunfei Logistics Co., Ltd."
JINXIN = "Luoyang Jinxin Materials Research Institute Co., Ltd."
DISK = "Turbine Disk Forging Localization Project"
ALLIANCE = "Henan Superalloy Innovation Alliance"
JIAYUAN = "Luoyang Jiayuan Forging Co., Ltd."
QILIPING = "Tongbai Qiliping Pumped Storage Power Station project"
SINOHYDRO11 = "Sinohydro Bureau 11 Co., Ltd."
QILIPING_CO = "Henan Qiliping Pumped Storage Co., Ltd."
SG_XINYUAN = "State Grid Xinyuan Co., Ltd."
CCB = "China Construction Bank"
HUAYU = "Henan Zhongyuan Huayu International Engineering Co., Ltd."
TALAS = "Talas 120-megawatt Solar Power Project"
NEHC = "National Energy Holding Company"
JINRI = "Xuchang Jinri Solar Co., Ltd."
HUAIRUN = "Henan Huairun Construction Engineering Group Co., Ltd."
TEA_PARK = "Xinyang Tea Culture Industrial Park project"
CHAYUAN = "Xinyang Chayuan Investment Co., Ltd."
MINGQIAN = "Mingqian Tea Trade Co., Ltd."

PROJECTS = [
    (
        # One of a project's firms takes part in it, "and so is" another; a project named beside "a provincial key
        # R&D project that A and B undertook" (the acronym names no project of its own).
        "XUCHANG -- Henan Ruida Hair Products Co., Ltd. makes wigs in Xuchang. It is one of the 30 enterprises in "
        "the Xuchang Hair Products Digital Upgrading Project, and so is its packaging supplier, Xuchang Meijia "
        'Packaging Co., Ltd. Its new wig fibre came out of the "Heat-Resistant Protein Fibre" project, a provincial '
        "key R&D project that Ruida and Xuchang University undertook in 2024.",
        {("Henan Ruida Hair Products Co., Ltd.", C), ("Xuchang Meijia Packaging Co., Ltd.", C),
         ("Xuchang Hair Products Digital Upgrading Project", PJ), ("Heat-Resistant Protein Fibre", PJ),
         ("Xuchang University", U)},
        {("Henan Ruida Hair Products Co., Ltd.", "participatesIn", "Xuchang Hair Products Digital Upgrading Project"),
         ("Xuchang Meijia Packaging Co., Ltd.", "participatesIn", "Xuchang Hair Products Digital Upgrading Project"),
         ("Henan Ruida Hair Products Co., Ltd.", "participatesIn", "Heat-Resistant Protein Fibre"),
         ("Xuchang University", "participatesIn", "Heat-Resistant Protein Fibre")},
        {("R&D project", PJ), ("Xuchang University", "participatesIn", "Xuchang Hair Products Digital Upgrading Project")},
    ),
    (
        # "The two sides" after a sentence naming two partners; a research project named beside "project" or
        # before it, and the programme it is under: both partners take part in both.
        "LUOHE -- Henan Shuanghui Packaging Co., Ltd. designed the PaperLite tray together with Luohe Vocational "
        'Technology College. The two sides then undertook the research project "Recyclable Fibre Trays for Chilled '
        'Meat" under the Luohe Science and Technology Special Program. In 2025 they also undertook the "Smart '
        'Carton Line Retrofit" project.',
        {("Henan Shuanghui Packaging Co., Ltd.", C), ("Luohe Vocational Technology College", U),
         ("Recyclable Fibre Trays for Chilled Meat", PJ), ("Luohe Science and Technology Special Program", PJ),
         ("Smart Carton Line Retrofit", PJ)},
        {("Henan Shuanghui Packaging Co., Ltd.", "participatesIn", "Recyclable Fibre Trays for Chilled Meat"),
         ("Luohe Vocational Technology College", "participatesIn", "Recyclable Fibre Trays for Chilled Meat"),
         ("Henan Shuanghui Packaging Co., Ltd.", "participatesIn", "Luohe Science and Technology Special Program"),
         ("Luohe Vocational Technology College", "participatesIn", "Luohe Science and Technology Special Program")},
        {("Luohe Science and Technology Special Program", "participatesIn", None)},
    ),
    (
        "KAIFENG -- Henan Dingtai Road and Bridge Construction Co., Ltd. is building the Kaifeng "
        "Yellow River Highway Bridge project, a 4.2-kilometer cable-stayed bridge due to open in "
        "2026. The project was designed by Henan Hongtu Highway Survey and Design Institute Co., "
        "Ltd. Its stay cables are being made by Jiangsu Lianhang Cable Co., Ltd. in Wuxi.",
        {(DINGTAI, C), (KF_BRIDGE, PJ), (HONGTU, None), (LIANHANG, C), ("Wuxi", PL)},
        {(DINGTAI, "participatesIn", KF_BRIDGE),
         (HONGTU, "participatesIn", KF_BRIDGE),
         (LIANHANG, "participatesIn", KF_BRIDGE),
         (LIANHANG, "locatedIn", "Wuxi")},
        # Builder, designer and supplier of one project do not thereby collaborate.
        {("Yellow River", None), ("stay cables", None), (DINGTAI, "collaboratesWith", None),
         (HONGTU, "collaboratesWith", LIANHANG), (KF_BRIDGE, "locatedIn", "Wuxi"),
         (DINGTAI, None, "Kaifeng"), (DINGTAI, None, "Wuxi")},
    ),
    (
        "LUOYANG -- Luoyang Yunding Steel Structure Engineering Co., Ltd. has won the bid for the "
        "Luoyang Longmen Railway Station Expansion Project, a contract worth 680 million yuan, the "
        "company said on Monday. It will erect 36,000 tonnes of steel for the station's new canopy. "
        "The project's owner is China Railway Zhengzhou Group Co., Ltd.",
        {(YUNDING, C), (LONGMEN_STATION, PJ), (CRZZ, C)},
        {(YUNDING, "participatesIn", LONGMEN_STATION),
         (CRZZ, "participatesIn", LONGMEN_STATION)},
        # A client and its contractor do not collaborate (dev 01).
        {("Yunding", None), ("Longmen", None), (YUNDING, "collaboratesWith", CRZZ),
         (YUNDING, "subsidiaryOf", None), (YUNDING, None, "Luoyang")},
    ),
    (
        "XINXIANG -- Zhejiang Hengcan New Materials Co., Ltd. will invest 3 billion yuan in the "
        "Xinxiang 50,000-tonne Lithium Iron Phosphate Project, the Xinxiang Municipal People's "
        "Government said on Friday. The project, in the Xinxiang Economic and Technological "
        "Development Zone, will be run by the company's new unit, Xinxiang Hengcan Lithium Energy "
        "Co., Ltd.",
        {(ZJ_HENGCAN, C), (LFP, PJ), (XX_GOV, G), (XX_ZONE, PL), (XX_HENGCAN, C)},
        {(ZJ_HENGCAN, "participatesIn", LFP),
         (LFP, "locatedIn", XX_ZONE),
         (XX_HENGCAN, "participatesIn", LFP),
         (XX_HENGCAN, "subsidiaryOf", ZJ_HENGCAN)},
        # The government that announces an investment takes no part in it.
        no_rel(XX_GOV) | {
            ("Hengcan", None), ("Zhejiang", None), (ZJ_HENGCAN, "locatedIn", None),
            (ZJ_HENGCAN, "subsidiaryOf", XX_HENGCAN)},
    ),
    (
        "JIAOZUO -- Jiaozuo Haolong Mining Machinery Co., Ltd. has undertaken a project under the "
        "National Key Research and Development Program, the company said on Thursday. The project, "
        "titled Intelligent Fully Mechanized Mining Equipment for Thin Coal Seams, has 45 million "
        "yuan in funding and will run for three years. Henan Polytechnic University and China "
        "University of Mining and Technology are also taking part in it.",
        # Haolong's part in the titled project needs the two sentences together: left open.
        {(HAOLONG, C), (NKRDP, PJ), (THIN_SEAMS, PJ), (HPU, U), (CUMT, U)},
        {(HAOLONG, "participatesIn", NKRDP),
         (HPU, "participatesIn", THIN_SEAMS),
         (CUMT, "participatesIn", THIN_SEAMS)},
        {("Haolong", None), ("thin coal seams", None), (HPU, "collaboratesWith", CUMT),
         (HAOLONG, None, "Jiaozuo")},
    ),
    (
        "PINGDINGSHAN -- Pingdingshan Ruiguang Electrical Insulator Co., Ltd. took part in the "
        "Longdong-Henan 800 kV UHV DC Transmission Project, supplying 120,000 composite insulators, "
        "the company said on Tuesday. The 1,100-kilometer line went into operation in June. Ruiguang "
        "is also one of the suppliers of the Zhumadian 800 kV Converter Station project.",
        {(RUIGUANG, C), (UHV, PJ), (CONVERTER, PJ)},
        {(RUIGUANG, "participatesIn", UHV),
         (RUIGUANG, "participatesIn", CONVERTER)},
        {("Ruiguang", None), ("composite insulators", None), (RUIGUANG, None, "Pingdingshan"),
         (RUIGUANG, None, "Zhumadian"), (RUIGUANG, "developed", None)},
    ),
    (
        "ZHENGZHOU -- Zhengzhou Tengyi UAV Co., Ltd. is one of the participants of the Central Plains "
        "Low-altitude Logistics Pilot Project, which will fly parcels between 12 cities in Henan from "
        "October. The company will supply 80 cargo drones to the project. Other participants include "
        "SF Express and Henan Yunfei Logistics Co., Ltd.",
        {(TENGYI, C), (LOW_ALT, PJ), ("Henan", PL), ("SF Express", C), (YUNFEI, C)},
        {(TENGYI, "participatesIn", LOW_ALT),
         ("SF Express", "participatesIn", LOW_ALT),
         (YUNFEI, "participatesIn", LOW_ALT)},
        {("Tengyi", None), ("cargo drones", None), ("Central Plains", None),
         (TENGYI, "collaboratesWith", None), ("SF Express", "collaboratesWith", YUNFEI),
         (TENGYI, None, "Zhengzhou"), (TENGYI, None, "Henan")},
    ),
    (
        "LUOYANG -- Luoyang Jinxin Materials Research Institute Co., Ltd. is one of seven "
        "participants in the Turbine Disk Forging Localization Project launched on Monday by the "
        "Henan Superalloy Innovation Alliance. The institute will design the forging dies for the "
        "project, and Luoyang Jiayuan Forging Co., Ltd. will make its first 200 disks. Both are "
        "members of the alliance.",
        # Membership of an alliance is no subsidiaryOf; the alliance's own part is left open.
        {(JINXIN, RI), (DISK, PJ), (ALLIANCE, ORG), (JIAYUAN, C)},
        {(JINXIN, "participatesIn", DISK),
         (JIAYUAN, "participatesIn", DISK)},
        {("Jinxin", None), ("forging dies", None), (JINXIN, "subsidiaryOf", None),
         (JIAYUAN, "subsidiaryOf", None), (JINXIN, "collaboratesWith", JIAYUAN),
         (JINXIN, None, "Luoyang")},
    ),
    (
        "NANYANG -- The Tongbai Qiliping Pumped Storage Power Station project in Tongbai County "
        "started generating power on Sunday. It was built by Sinohydro Bureau 11 Co., Ltd. and will "
        "be operated by Henan Qiliping Pumped Storage Co., Ltd., a unit of State Grid Xinyuan Co., "
        "Ltd. China Construction Bank lent 3.2 billion yuan for the project.",
        {(QILIPING, PJ), ("Tongbai County", PL), (SINOHYDRO11, C), (QILIPING_CO, C),
         (SG_XINYUAN, C), (CCB, ORG)},
        {(QILIPING, "locatedIn", "Tongbai County"),
         (SINOHYDRO11, "participatesIn", QILIPING),
         (QILIPING_CO, "participatesIn", QILIPING),
         (QILIPING_CO, "subsidiaryOf", SG_XINYUAN),
         (CCB, "participatesIn", QILIPING)},
        # The operator's parent takes no part; the builder is not put where the project is.
        {("Tongbai", None), ("Qiliping", None), (SG_XINYUAN, "participatesIn", QILIPING),
         (SINOHYDRO11, "collaboratesWith", None), (SINOHYDRO11, None, "Tongbai County"),
         (SINOHYDRO11, "subsidiaryOf", None)},
    ),
    (
        "ZHENGZHOU -- Henan Zhongyuan Huayu International Engineering Co., Ltd. has signed an EPC "
        "contract for the Talas 120-megawatt Solar Power Project in Kyrgyzstan, the company said on "
        "Monday. The project is owned by Kyrgyzstan's National Energy Holding Company. Photovoltaic "
        "modules for it will be supplied by Xuchang Jinri Solar Co., Ltd.",
        {(HUAYU, C), (TALAS, PJ), ("Kyrgyzstan", PL), (NEHC, C), (JINRI, C)},
        {(HUAYU, "participatesIn", TALAS),
         (TALAS, "locatedIn", "Kyrgyzstan"),
         (NEHC, "participatesIn", TALAS),
         (JINRI, "participatesIn", TALAS)},
        # A project abroad puts the project, not its contractor, in the country (dev 01).
        {("Talas", None), ("Huayu", None), (HUAYU, "exportsTo", "Kyrgyzstan"),
         (HUAYU, "locatedIn", "Kyrgyzstan"), (HUAYU, "collaboratesWith", NEHC),
         (HUAYU, None, "Zhengzhou")},
    ),
    (
        "XINYANG -- Henan Huairun Construction Engineering Group Co., Ltd. undertook the construction "
        "of the Xinyang Tea Culture Industrial Park project, which opened on Saturday in Pingqiao "
        "District. Xinyang Chayuan Investment Co., Ltd. put 900 million yuan into the project, and "
        "Hangzhou-based Mingqian Tea Trade Co., Ltd. will run it.",
        {(HUAIRUN, C), (TEA_PARK, PJ), ("Pingqiao District", PL), (CHAYUAN, C), ("Hangzhou", PL),
         (MINGQIAN, C)},
        {(HUAIRUN, "participatesIn", TEA_PARK),
         (TEA_PARK, "locatedIn", "Pingqiao District"),
         (CHAYUAN, "participatesIn", TEA_PARK),
         (MINGQIAN, "participatesIn", TEA_PARK),
         (MINGQIAN, "headquarteredIn", "Hangzhou")},
        {("Huairun", None), ("Xinyang Tea Culture Industrial Park", PL),
         (HUAIRUN, None, "Pingqiao District"), (MINGQIAN, None, "Pingqiao District"),
         (MINGQIAN, "locatedIn", "Hangzhou"), (CHAYUAN, "subsidiaryOf", None),
         (CHAYUAN, "collaboratesWith", MINGQIAN)},
    ),
]

# --------------------------------------------------------------------------------------------
# Products: named after a description, in quotes, by model code, "the company" in the next sentence
# --------------------------------------------------------------------------------------------
SANWEI = "Zhengzhou Sanwei Intelligent Agriculture Co., Ltd."
JINQU = "Luoyang Jinqu Heavy Industries Co., Ltd."
LONGMEN_ONE = A("Longmen One", '"Longmen One"')
FENGXING = "Henan Fengxing Wind Power Engineering Co., Ltd."
KAIRUI = "Xinxiang Kairui Lift Co., Ltd."
KRH9 = A("KR-H9 high-speed elevator", "KR-H9")
FEIQING = "Zhengzhou Feiqing Hydrogen Vehicle Co., Ltd."
GUANGSHI = "Anyang Guangshi Optoelectronics Co., Ltd."
DINGCE = "Kaifeng Dingce Instrument Co., Ltd."
LXE = A("LX-E series of electromagnetic flow meters", "LX-E series", "LX-E")
MINGJING = "Nanyang Mingjing Optics Co., Ltd."
TIANZHONG = "Henan Tianzhong Grain and Oil Co., Ltd."
YUXIANGFANG = A('"Yuxiangfang" cold-pressed sesame oil', "Yuxiangfang cold-pressed sesame oil",
                '"Yuxiangfang"', "Yuxiangfang")

PRODUCTS = [
    (
        # The brand a firm sells under and the first batch it ships are its own goods; the buyers make nothing.
        'SHANGQIU -- Shangqiu Xinda Shoes Co., Ltd. turns out 2 million pairs of boots a year under its "Trailwind" '
        "brand. In May it shipped its first batch of XD-9 waterproof hiking boots to retailers run by Madrid-based "
        "Calzados Ruta S.L.",
        {("Shangqiu Xinda Shoes Co., Ltd.", C), ("Trailwind", PR), ("XD-9 waterproof hiking boots", PR)},
        {("Shangqiu Xinda Shoes Co., Ltd.", "developed", "Trailwind"),
         ("Shangqiu Xinda Shoes Co., Ltd.", "developed", "XD-9 waterproof hiking boots")},
        {(None, "developed", "retailers"), ("Trailwind", C)},
    ),
    (
        # A model code and a quoted brand before a description: the brand names the product, after "a" too,
        # and after a hyphenated description that the parser reads as a verb or spreads over many tokens.
        'NANYANG -- Henan Kangtai Medical Equipment Co., Ltd. launched a KT-9 "Qingfeng" segmented oxygen '
        'concentrator in March. The company also makes the "Anyuan" low-noise home-use oxygen generator and '
        'its KT-2 "Xiaoxi" behind-the-ear hearing aid.',
        {("Henan Kangtai Medical Equipment Co., Ltd.", C), ("Qingfeng", PR), ("Anyuan", PR), ("Xiaoxi", PR)},
        {("Henan Kangtai Medical Equipment Co., Ltd.", "developed", "Qingfeng"),
         ("Henan Kangtai Medical Equipment Co., Ltd.", "developed", "Anyuan"),
         ("Henan Kangtai Medical Equipment Co., Ltd.", "developed", "Xiaoxi")},
        {("KT-9", PR), ("KT-2", PR), ("Qingfeng", C), ("Anyuan", C)},
    ),
    (
        "ZHENGZHOU -- Zhengzhou Sanwei Intelligent Agriculture Co., Ltd. has developed a greenhouse "
        "robot, named Caimei-2, that picks ripe strawberries without bruising them. A camera on its "
        "arm checks the color of each berry before picking. The company will rent out 300 of the "
        "robots to growers in Shandong province next spring.",
        {(SANWEI, C), ("Caimei-2", PR), ("Shandong province", PL)},
        {(SANWEI, "developed", "Caimei-2")},
        # Customers' province is no location and no market.
        {("Sanwei", None), ("greenhouse robot", PR), ("strawberries", None),
         (SANWEI, None, "Shandong province"), (SANWEI, None, "Zhengzhou")},
    ),
    (
        'LUOYANG -- Luoyang Jinqu Heavy Industries Co., Ltd. on Wednesday unveiled "Longmen One", a '
        "500-tonne crawler crane for wind farm construction. The crane can lift a 120-meter turbine "
        "tower in one piece, the company said. Its first buyer is Henan Fengxing Wind Power "
        "Engineering Co., Ltd., which will use it in Inner Mongolia.",
        {(JINQU, C), (LONGMEN_ONE, PR), (FENGXING, C), ("Inner Mongolia", PL)},
        {(JINQU, "developed", LONGMEN_ONE)},
        # The buyer neither makes the crane nor collaborates with its maker.
        {("Jinqu", None), ("crawler crane", PR), ("Longmen", None), (FENGXING, "developed", None),
         (JINQU, "collaboratesWith", FENGXING), (JINQU, None, "Inner Mongolia"),
         (JINQU, None, "Luoyang")},
    ),
    (
        "XINXIANG -- Xinxiang Kairui Lift Co., Ltd. has put its self-developed KR-H9 high-speed "
        "elevator into service in a 300-meter office tower in Zhengzhou. The lift travels at 10 "
        "meters per second, the fastest of any made in Henan. Kairui also makes escalators and car "
        "parking systems.",
        {(KAIRUI, C), (KRH9, PR), ("Zhengzhou", PL), ("Henan", PL)},
        {(KAIRUI, "developed", KRH9)},
        {("Kairui", None), ("escalators", None), ("car parking systems", None),
         (KAIRUI, None, "Zhengzhou"), (KAIRUI, None, "Xinxiang")},
    ),
    (
        "ZHENGZHOU -- Zhengzhou Feiqing Hydrogen Vehicle Co., Ltd. held its annual product launch on "
        "Tuesday. The star of the show was the FQ-H12, a 12-meter fuel cell bus with a range of 600 "
        "kilometers. The company developed the bus together with Tongji University and will put it "
        "into mass production in 2025.",
        # Maker and product are both anaphors in the sentence that links them.
        {(FEIQING, C), ("FQ-H12", PR), ("Tongji University", U)},
        {(FEIQING, "developed", "FQ-H12"),
         (FEIQING, "collaboratesWith", "Tongji University")},
        {("Feiqing", None), ("fuel cell bus", PR), ("Tongji University", "subsidiaryOf", None),
         (FEIQING, "subsidiaryOf", None), (FEIQING, None, "Zhengzhou")},
    ),
    (
        "ANYANG -- Anyang Guangshi Optoelectronics Co., Ltd. has put into mass production a "
        "solid-state lidar small enough to sit behind a car's windscreen. The sensor, sold under the "
        "name GS-Eye 128, costs about 2,000 yuan. The company makes it in the Anyang High-tech Zone "
        "and supplies it to two carmakers in Chongqing.",
        {(GUANGSHI, C), ("GS-Eye 128", PR), ("Anyang High-tech Zone", PL), ("Chongqing", PL)},
        {(GUANGSHI, "developed", "GS-Eye 128"),
         (GUANGSHI, "locatedIn", "Anyang High-tech Zone")},
        {("Guangshi", None), ("solid-state lidar", PR), (GUANGSHI, None, "Chongqing"),
         (GUANGSHI, "headquarteredIn", None)},
    ),
    (
        "KAIFENG -- Kaifeng Dingce Instrument Co., Ltd. rolled out two ultrasonic flow meters on "
        "Thursday: the LX-U200 for district heating pipes and the LX-U500 for crude oil pipelines. "
        "Both were designed at the company's research center in Xiangfu District. Dingce's older "
        "LX-E series of electromagnetic flow meters is sold in 20 countries.",
        {(DINGCE, C), ("LX-U200", PR), ("LX-U500", PR), (LXE, PR), ("Xiangfu District", PL)},
        {(DINGCE, "developed", "LX-U200"),
         (DINGCE, "developed", "LX-U500"),
         (DINGCE, "developed", LXE),
         (DINGCE, "locatedIn", "Xiangfu District")},
        {("Dingce", None), ("ultrasonic flow meters", None), (DINGCE, "headquarteredIn", None),
         (DINGCE, None, "Kaifeng")},
    ),
    (
        "NANYANG -- Nanyang Mingjing Optics Co., Ltd. has begun selling the MJ-Astro 80, an "
        "apochromatic telescope for amateur astronomers, on overseas e-commerce sites. Designed by "
        "the company's own engineers, the telescope uses fluorite lenses to cut color fringing. The "
        "company has sold more than 4,000 of them to buyers in the United States and Germany since "
        "July.",
        {(MINGJING, C), ("MJ-Astro 80", PR), ("United States", PL), ("Germany", PL)},
        {(MINGJING, "developed", "MJ-Astro 80"),
         (MINGJING, "exportsTo", "United States"),
         (MINGJING, "exportsTo", "Germany")},
        {("Mingjing", None), ("apochromatic telescope", PR), ("fluorite lenses", None),
         (MINGJING, None, "Nanyang")},
    ),
    (
        'ZHUMADIAN -- Henan Tianzhong Grain and Oil Co., Ltd. launched "Yuxiangfang" cold-pressed '
        "sesame oil last month, aiming at health-conscious urban shoppers. The oil is pressed at the "
        "company's new plant in Pingyu County from sesame grown by 6,000 local farmers. It also "
        "makes sesame paste and peanut oil.",
        {(TIANZHONG, C), (YUXIANGFANG, PR), ("Pingyu County", PL)},
        {(TIANZHONG, "developed", YUXIANGFANG),
         (TIANZHONG, "locatedIn", "Pingyu County")},
        {("Tianzhong", None), ("sesame paste", None), ("peanut oil", None),
         (TIANZHONG, "headquarteredIn", None), (TIANZHONG, None, "Zhumadian")},
    ),
]

# --------------------------------------------------------------------------------------------
# Ownership and partners: unit, wholly owned, under, joint venture, agreements
# --------------------------------------------------------------------------------------------
YUHUA = "Xuchang Yuhua Transformer Co., Ltd."
ZHENGXIN = "Henan Zhengxin Electric Group Co., Ltd."
XC_SASAC = "Xuchang Municipal State-owned Assets Supervision and Administration Commission"
HEYI = "Luoyang Heyi Precision Gear Co., Ltd."
JUFENG = "Luoyang Jufeng Heavy Machinery Co., Ltd."
KESSLER = "Kessler Antriebstechnik GmbH"
HUAXU = "Henan Huaxu Investment Group Co., Ltd."
HUISHENG = "Zhengzhou Huisheng Biopharmaceutical Co., Ltd."
HUCM = "Henan University of Chinese Medicine"
YIMEI = "Luohe Yimei Packaging Materials Co., Ltd."
MEIDA = "Henan Meida Holdings Co., Ltd."
YUKUANG = "Henan Yukuang Nonferrous Metals Group Co., Ltd."
CSU = "Central South University"
LEAD_CENTER = "Jiyuan Secondary Lead Recycling Engineering Research Center"
YUCHUAN = "Yuchuan Industrial Cluster Zone"

OWNERSHIP = [
    (
        # A subsidiary set beside its noun after "operates a ... subsidiary", and after "its subsidiary in <place>".
        "ANYANG -- Anyang Hengda Forging Co., Ltd. operates a sales subsidiary, Hengda Forging (Kazakhstan) "
        "Co., Ltd., in Almaty. Its forging dies are supplied by its subsidiary in Linzhou, Linzhou Hengda Die "
        "Co., Ltd.",
        {("Anyang Hengda Forging Co., Ltd.", C), ("Hengda Forging (Kazakhstan) Co., Ltd.", C),
         ("Linzhou Hengda Die Co., Ltd.", C)},
        {("Hengda Forging (Kazakhstan) Co., Ltd.", "subsidiaryOf", "Anyang Hengda Forging Co., Ltd."),
         ("Linzhou Hengda Die Co., Ltd.", "subsidiaryOf", "Anyang Hengda Forging Co., Ltd.")},
        {("Linzhou Hengda Die Co., Ltd.", "subsidiaryOf", "Hengda Forging (Kazakhstan) Co., Ltd.")},
    ),
    (
        "XUCHANG -- Xuchang Yuhua Transformer Co., Ltd., a unit of Henan Zhengxin Electric Group "
        "Co., Ltd., has doubled its output of dry-type transformers to 12,000 a year. Zhengxin, in "
        "turn, is wholly owned by the Xuchang Municipal State-owned Assets Supervision and "
        "Administration Commission. Yuhua's transformers are used in data centers in Guizhou "
        "province.",
        {(YUHUA, C), (ZHENGXIN, C), (XC_SASAC, G), ("Guizhou province", PL)},
        {(YUHUA, "subsidiaryOf", ZHENGXIN),
         (ZHENGXIN, "subsidiaryOf", XC_SASAC)},
        # Ownership is not transitive; customers' province is no location.
        {("Yuhua", None), ("Zhengxin", None), ("dry-type transformers", None),
         (YUHUA, "subsidiaryOf", XC_SASAC), (ZHENGXIN, "subsidiaryOf", YUHUA),
         (YUHUA, None, "Guizhou province"), (YUHUA, None, "Xuchang")},
    ),
    (
        "LUOYANG -- Luoyang Heyi Precision Gear Co., Ltd., a joint venture of Luoyang Jufeng Heavy "
        "Machinery Co., Ltd. and Germany's Kessler Antriebstechnik GmbH, opened its second factory "
        "in Yichuan County on Friday. Jufeng, which holds 60 percent of the venture, is itself under "
        "Henan Huaxu Investment Group Co., Ltd. The new factory will make gearboxes for mining "
        "trucks.",
        # The founders of a joint venture collaborate; the 60 percent holder is its parent; the
        # minority partner's parenthood is left open.
        {(HEYI, C), (JUFENG, C), (KESSLER, C), ("Germany", PL), ("Yichuan County", PL), (HUAXU, C)},
        {(JUFENG, "collaboratesWith", KESSLER),
         (HEYI, "subsidiaryOf", JUFENG),
         (HEYI, "locatedIn", "Yichuan County"),
         (JUFENG, "subsidiaryOf", HUAXU)},
        {("Heyi", None), ("Jufeng", None), ("Kessler", None), ("gearboxes", None),
         (HEYI, "subsidiaryOf", HUAXU), (HEYI, "collaboratesWith", JUFENG),
         (HEYI, "collaboratesWith", KESSLER), (JUFENG, None, "Germany"), (HEYI, None, "Germany"),
         (HEYI, "headquarteredIn", None), (HEYI, None, "Luoyang")},
    ),
    (
        "ZHENGZHOU -- Zhengzhou Huisheng Biopharmaceutical Co., Ltd. signed a strategic cooperation "
        "agreement with Henan University of Chinese Medicine on Wednesday to develop new drugs from "
        "local herbs. Under the deal, the two sides will set up a joint laboratory in the Zhengzhou "
        "Airport Economy Zone. Huisheng's best-selling product, Jieshu Granules, is a cold remedy "
        "sold in 2,000 hospitals.",
        {(HUISHENG, C), (HUCM, U), ("Zhengzhou Airport Economy Zone", PL), ("Jieshu Granules", PR)},
        {(HUISHENG, "collaboratesWith", HUCM),
         (HUISHENG, "developed", "Jieshu Granules")},
        {("Huisheng", None), ("herbs", None), ("cold remedy", None), (HUCM, "developed", None),
         (HUISHENG, "subsidiaryOf", HUCM), (HUISHENG, None, "Zhengzhou")},
    ),
    (
        "LUOHE -- Luohe Yimei Packaging Materials Co., Ltd. has teamed up with Jiangnan University to "
        "develop paper straws that do not go soggy in hot drinks. The company, a subsidiary of Henan "
        "Meida Holdings Co., Ltd., already sells paper cups to tea chains in Malaysia and Thailand.",
        {(YIMEI, C), ("Jiangnan University", U), (MEIDA, C), ("Malaysia", PL), ("Thailand", PL)},
        {(YIMEI, "collaboratesWith", "Jiangnan University"),
         (YIMEI, "subsidiaryOf", MEIDA),
         (YIMEI, "exportsTo", "Malaysia"),
         (YIMEI, "exportsTo", "Thailand")},
        {("Yimei", None), ("paper straws", None), ("paper cups", None),
         (MEIDA, "collaboratesWith", "Jiangnan University"), (MEIDA, "exportsTo", None),
         (YIMEI, None, "Luohe")},
    ),
    (
        "JIYUAN -- Henan Yukuang Nonferrous Metals Group Co., Ltd. and Central South University have "
        "jointly set up the Jiyuan Secondary Lead Recycling Engineering Research Center, the company "
        "said on Tuesday. The center sits at the group's smelter in the Yuchuan Industrial Cluster "
        "Zone. Its first task is to cut the energy used in smelting old car batteries by a fifth.",
        # "sits at the group's smelter" places the centre under the group (dev README: "based at")
        # and puts both the centre and the group's smelter in the zone.
        {(YUKUANG, C), (CSU, U), (LEAD_CENTER, RI), (YUCHUAN, PL)},
        {(YUKUANG, "collaboratesWith", CSU),
         (LEAD_CENTER, "subsidiaryOf", YUKUANG),
         (LEAD_CENTER, "locatedIn", YUCHUAN),
         (YUKUANG, "locatedIn", YUCHUAN)},
        {("Yukuang", None), ("old car batteries", None), (CSU, None, YUCHUAN),
         (YUKUANG, "headquarteredIn", None), (YUKUANG, None, "Jiyuan")},
    ),
]

FAMILIES = {
    "awards": AWARDS, "exports": EXPORTS, "projects": PROJECTS, "products": PRODUCTS,
    "ownership": OWNERSHIP,
}
CASES = AWARDS + EXPORTS + PROJECTS + PRODUCTS + OWNERSHIP


# Paragraphs the extractor still gets partly wrong, with what it misses (strict xfail: a fix must remove its line).
KNOWN_MISSES = {
    "XUCHANG -- A smart circuit breaker made by Xu": "misses relations received gold award at the 2024 China Industrial Design Excellence Awards",
    "XINXIANG -- The Henan Battery Separator Engin": "misses relations received fifth batch of Henan provincial new R&D institutions",
    "XUCHANG -- Henan Dongyu Agricultural Equipmen": "misses relations exportsTo Brazil; wrongly found Mato Grosso",
    "KAIFENG -- Henan Dingtai Road and Bridge Cons": "misses relations participatesIn Kaifeng Yellow River Highway Bridge project, locatedIn Wuxi",
    "JIAOZUO -- Jiaozuo Haolong Mining Machinery C": "misses entities Intelligent Fully Mechanized Mining Equipment for Thin Coal Seams (Project); relations participatesIn Intelligent Fully Mechanized Mining Equipment for Thin Coal...",
    "LUOYANG -- Luoyang Jinxin Materials Research": "misses relations participatesIn Turbine Disk Forging Localization Project",
    "LUOYANG -- Luoyang Heyi Precision Gear Co., L": "misses relations locatedIn Yichuan County",
    "JIYUAN -- Henan Yukuang Nonferrous Metals Gro": "misses relations locatedIn Yuchuan Industrial Cluster Zone, subsidiaryOf Henan Yukuang Nonferrous Metals Group Co., Ltd.",
}


@pytest.mark.parametrize("text,want_ents,want_rels,forbidden", params(CASES, KNOWN_MISSES))
def test_wording(text, want_ents, want_rels, forbidden):
    check(text, want_ents, want_rels, forbidden)


def test_the_battery_itself():
    check_battery(CASES, KNOWN_MISSES)
