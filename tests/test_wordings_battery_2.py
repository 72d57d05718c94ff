"""A second battery of wordings written without looking at the extractor.

Same contract as tests/test_wordings_battery.py, on different ground: places and headquarters,
ownership and group structure, collaboration, names / aliases / coreference / organisation types,
and exports. Each case is one to three sentences in the style of a Chinese English-language outlet,
with the entities and relations a careful annotator following /work/shared/dev-corpus/README.md
would expect. Company, lab, project and award names are invented (real universities, ministries and
a few well-known national firms appear only as partners or parents).

Expectations are checked as subsets: every expected entity (name, type) and relation
(subject, predicate, object) must be found; anything else the extractor finds is not penalised,
except the items listed as forbidden.

- A name may be a tuple of acceptable spellings (for spans where the "fullest form" is
  genuinely open).
- collaboratesWith is accepted in either direction.
- In forbidden items, a 2-tuple is an entity (type None = any type) and a 3-tuple a relation
  (None = any subject / predicate / object).

Written (session 3) by a helper that never read the extractor: 41 of its 93 cases failed at first;
what still fails is in KNOWN_MISSES (strict xfail).

Conventions taken from the dev README and gold, and used throughout:
- headquarteredIn only for "headquartered in", "based in", "X-based", "with its headquarters in",
  "moved its headquarters to"; every other wording that puts an organisation in a place
  ("registered in", "founded in", "in X", a plant / factory / base in X) is locatedIn, and the
  two are never given for the same pair.
- An organisation is put in the nearest place the sentence names ("based in Tangyin County,
  Anyang" gives Tangyin County, not Anyang: dev 04 "in Yindu District, Anyang").
- A plant abroad gives locatedIn the country (dev 05 "two factories in Nigeria and Ghana");
  foreign cities, continents, world regions, events and natural features are not annotated.
- Place-in-place only where the sentence says it by apposition ("X, a county-level city under Y",
  "X District, Y", "X in Y", "Y's X District"), never from distance or general knowledge.
- A name nested inside a longer name is not a separate mention (no "Luoyang" from
  "Luoyang Bearing Industry Association" alone); aliases, acronyms, former names and surnames
  are merged into their entity, never separate entities.
- People get no relation to their employer (no predicate for it).

The helper read only the dev corpus README and gold and the first battery.
"""

from __future__ import annotations

import pytest
from wordings import ORG, PE, PJ, PL, PR, RI, A, C, G, U, check, check_battery, no_rel, params

# --------------------------------------------------------------------------------------------
# Places and headquarters
# --------------------------------------------------------------------------------------------
PLACES = [
    (
        "Luoyang Hongyu Bearing Technology Co., Ltd., headquartered in the Luoyang High-tech "
        "Industrial Development Zone, makes slewing bearings for tunnel boring machines.",
        {("Luoyang Hongyu Bearing Technology Co., Ltd.", C),
         ("Luoyang High-tech Industrial Development Zone", PL)},
        {("Luoyang Hongyu Bearing Technology Co., Ltd.", "headquarteredIn",
          "Luoyang High-tech Industrial Development Zone")},
        {("Luoyang Hongyu Bearing Technology Co., Ltd.", "locatedIn",
          "Luoyang High-tech Industrial Development Zone"),
         ("Luoyang", None), ("slewing bearings", None), ("tunnel boring machines", None)},
    ),
    (
        "Anyang Jinlu Special Vehicle Co., Ltd. is based in Tangyin County, Anyang, and builds "
        "fire engines for airports.",
        {("Anyang Jinlu Special Vehicle Co., Ltd.", C), ("Tangyin County", PL), ("Anyang", PL)},
        {("Anyang Jinlu Special Vehicle Co., Ltd.", "headquarteredIn", "Tangyin County"),
         ("Tangyin County", "locatedIn", "Anyang")},
        {("Anyang Jinlu Special Vehicle Co., Ltd.", "locatedIn", "Tangyin County"),
         ("Anyang Jinlu Special Vehicle Co., Ltd.", None, "Anyang"),
         ("fire engines", None)},
    ),
    (
        "Shangqiu-based Henan Tianrun Cold Chain Equipment Co., Ltd. opened a second factory in "
        "Yucheng County last year.",
        {("Henan Tianrun Cold Chain Equipment Co., Ltd.", C), ("Shangqiu", PL),
         ("Yucheng County", PL)},
        {("Henan Tianrun Cold Chain Equipment Co., Ltd.", "headquarteredIn", "Shangqiu"),
         ("Henan Tianrun Cold Chain Equipment Co., Ltd.", "locatedIn", "Yucheng County")},
        {("Henan Tianrun Cold Chain Equipment Co., Ltd.", "locatedIn", "Shangqiu"),
         ("Henan Tianrun Cold Chain Equipment Co., Ltd.", "headquarteredIn", "Yucheng County"),
         # True in the world, but the sentence does not say it.
         ("Yucheng County", "locatedIn", "Shangqiu")},
    ),
    (
        "Henan Zhongyu Crane Group Co., Ltd., with its headquarters in Changyuan, a county-level "
        "city in Xinxiang, produces about 20,000 bridge cranes a year.",
        {("Henan Zhongyu Crane Group Co., Ltd.", C), ("Changyuan", PL), ("Xinxiang", PL)},
        {("Henan Zhongyu Crane Group Co., Ltd.", "headquarteredIn", "Changyuan"),
         ("Changyuan", "locatedIn", "Xinxiang")},
        {("Henan Zhongyu Crane Group Co., Ltd.", "locatedIn", "Changyuan"),
         ("Henan Zhongyu Crane Group Co., Ltd.", None, "Xinxiang"),
         ("bridge cranes", None)},
    ),
    (
        "Puyang Shengtai Biotech Co., Ltd. moved its headquarters to the Puyang Economic and "
        "Technological Development Zone in 2020 after 15 years in Qingfeng County.",
        {("Puyang Shengtai Biotech Co., Ltd.", C),
         ("Puyang Economic and Technological Development Zone", PL), ("Qingfeng County", PL)},
        {("Puyang Shengtai Biotech Co., Ltd.", "headquarteredIn",
          "Puyang Economic and Technological Development Zone")},
        {("Puyang Shengtai Biotech Co., Ltd.", "locatedIn",
          "Puyang Economic and Technological Development Zone"),
         ("Puyang Shengtai Biotech Co., Ltd.", "headquarteredIn", "Qingfeng County")},
    ),
    (
        # "registered in" is not in the README's headquarteredIn list, so it is locatedIn.
        "Zhoukou Yinfeng Textile Co., Ltd. is registered in Shangshui County, Zhoukou, and runs "
        "300,000 spindles.",
        {("Zhoukou Yinfeng Textile Co., Ltd.", C), ("Shangshui County", PL), ("Zhoukou", PL)},
        {("Zhoukou Yinfeng Textile Co., Ltd.", "locatedIn", "Shangshui County"),
         ("Shangshui County", "locatedIn", "Zhoukou")},
        {("Zhoukou Yinfeng Textile Co., Ltd.", "headquarteredIn", "Shangshui County"),
         ("Zhoukou Yinfeng Textile Co., Ltd.", None, "Zhoukou")},
    ),
    (
        "Xuchang, a prefecture-level city in central Henan, is home to more than 4,000 wig makers, "
        "including Xuchang Meifa Hair Products Co., Ltd.",
        {("Xuchang", PL), ("Henan", PL), ("Xuchang Meifa Hair Products Co., Ltd.", C)},
        {("Xuchang", "locatedIn", "Henan"),
         ("Xuchang Meifa Hair Products Co., Ltd.", "locatedIn", "Xuchang")},
        {("Xuchang Meifa Hair Products Co., Ltd.", "headquarteredIn", "Xuchang"),
         ("wig makers", None)},
    ),
    (
        "Changge, a county-level city under Xuchang, hosts Henan Hengli Steel Structure Co., Ltd. "
        "and some 200 other steel structure firms.",
        {("Changge", PL), ("Xuchang", PL), ("Henan Hengli Steel Structure Co., Ltd.", C)},
        {("Changge", "locatedIn", "Xuchang"),
         ("Henan Hengli Steel Structure Co., Ltd.", "locatedIn", "Changge")},
        {("Changge", "subsidiaryOf", "Xuchang"),
         ("Henan Hengli Steel Structure Co., Ltd.", None, "Xuchang")},
    ),
    (
        "Jiaozuo Zhongxing Magnesium Co., Ltd. has a plant in the Jiaozuo Demonstration Zone in "
        "Jiaozuo, where it turns out 50,000 tonnes of magnesium alloy a year.",
        {("Jiaozuo Zhongxing Magnesium Co., Ltd.", C), ("Jiaozuo Demonstration Zone", PL),
         ("Jiaozuo", PL)},
        {("Jiaozuo Zhongxing Magnesium Co., Ltd.", "locatedIn", "Jiaozuo Demonstration Zone"),
         ("Jiaozuo Demonstration Zone", "locatedIn", "Jiaozuo")},
        {("Jiaozuo Zhongxing Magnesium Co., Ltd.", "headquarteredIn", None),
         ("Jiaozuo Zhongxing Magnesium Co., Ltd.", None, "Jiaozuo"),
         ("magnesium alloy", None)},
    ),
    (
        "Luohe Huifeng Food Co., Ltd. operates three production bases in Linying County, Wuyang "
        "County and the Luohe Economic and Technological Development Zone.",
        {("Luohe Huifeng Food Co., Ltd.", C), ("Linying County", PL), ("Wuyang County", PL),
         ("Luohe Economic and Technological Development Zone", PL)},
        {("Luohe Huifeng Food Co., Ltd.", "locatedIn", "Linying County"),
         ("Luohe Huifeng Food Co., Ltd.", "locatedIn", "Wuyang County"),
         ("Luohe Huifeng Food Co., Ltd.", "locatedIn",
          "Luohe Economic and Technological Development Zone")},
        {("Luohe Huifeng Food Co., Ltd.", "headquarteredIn", None)},
    ),
    (
        "Xinxiang Kaida Auto Parts Co., Ltd.'s factory in Pecs, Hungary, started supplying brake "
        "calipers to carmakers across Europe in March.",
        {("Xinxiang Kaida Auto Parts Co., Ltd.", C), ("Hungary", PL)},
        {("Xinxiang Kaida Auto Parts Co., Ltd.", "locatedIn", "Hungary")},
        {("Pecs", None), ("Europe", None), ("brake calipers", None),
         ("Xinxiang Kaida Auto Parts Co., Ltd.", "exportsTo", "Hungary"),
         ("Xinxiang Kaida Auto Parts Co., Ltd.", "headquarteredIn", "Hungary")},
    ),
    (
        "Anyang Fuxing Steel Pipe Co., Ltd. opened its first overseas plant in Uzbekistan in May, "
        "near the capital Tashkent.",
        {("Anyang Fuxing Steel Pipe Co., Ltd.", C), ("Uzbekistan", PL)},
        {("Anyang Fuxing Steel Pipe Co., Ltd.", "locatedIn", "Uzbekistan")},
        {("Tashkent", None),
         ("Anyang Fuxing Steel Pipe Co., Ltd.", "exportsTo", "Uzbekistan"),
         ("Anyang Fuxing Steel Pipe Co., Ltd.", "headquarteredIn", "Uzbekistan")},
    ),
    (
        "The Zhoukou Port Industrial Park, located in Zhoukou's Chuanhui District, has attracted "
        "60 logistics and grain processing companies.",
        {("Zhoukou Port Industrial Park", PL), ("Chuanhui District", PL), ("Zhoukou", PL)},
        {("Zhoukou Port Industrial Park", "locatedIn", "Chuanhui District"),
         ("Chuanhui District", "locatedIn", "Zhoukou")},
        {("Zhoukou Port Industrial Park", "headquarteredIn", None)},
    ),
    (
        "Sanmenxia Yuanhe Gold Smelting Co., Ltd. sits at the foot of the Xiaoqin Mountains in "
        "Lingbao, a county-level city of Sanmenxia.",
        {("Sanmenxia Yuanhe Gold Smelting Co., Ltd.", C), ("Lingbao", PL), ("Sanmenxia", PL)},
        {("Sanmenxia Yuanhe Gold Smelting Co., Ltd.", "locatedIn", "Lingbao"),
         ("Lingbao", "locatedIn", "Sanmenxia")},
        {("Xiaoqin Mountains", None),
         ("Sanmenxia Yuanhe Gold Smelting Co., Ltd.", None, "Sanmenxia")},
    ),
    (
        "Luoyang Tianyuan Robotics Co., Ltd. is one of the 1,200 companies in the Luoyang Yibin "
        "Industrial Park, which lies south of the Luo River.",
        {("Luoyang Tianyuan Robotics Co., Ltd.", C), ("Luoyang Yibin Industrial Park", PL)},
        {("Luoyang Tianyuan Robotics Co., Ltd.", "locatedIn", "Luoyang Yibin Industrial Park")},
        {("Luo River", None), ("Luoyang", None),
         ("Luoyang Tianyuan Robotics Co., Ltd.", "headquarteredIn", None)},
    ),
    (
        "Puyang, a city in northern Henan province on the north bank of the Yellow River, has drawn "
        "more than 30 new materials firms, among them Puyang Hongda Polymer Co., Ltd.",
        {("Puyang", PL), ("Henan province", PL), ("Puyang Hongda Polymer Co., Ltd.", C)},
        {("Puyang", "locatedIn", "Henan province"),
         ("Puyang Hongda Polymer Co., Ltd.", "locatedIn", "Puyang")},
        {("Yellow River", None), ("Puyang", "locatedIn", "Yellow River")},
    ),
    (
        "ANYANG -- Anyang Zhongtian Aviation Technology Co., Ltd., a drone maker in Anyang's "
        "Wenfeng District, delivered 500 crop-spraying drones to farmers in Xinjiang this spring.",
        {("Anyang Zhongtian Aviation Technology Co., Ltd.", C), ("Wenfeng District", PL),
         ("Anyang", PL), ("Xinjiang", PL)},
        {("Anyang Zhongtian Aviation Technology Co., Ltd.", "locatedIn", "Wenfeng District"),
         ("Wenfeng District", "locatedIn", "Anyang")},
        {("Anyang Zhongtian Aviation Technology Co., Ltd.", "headquarteredIn", "Wenfeng District"),
         ("Anyang Zhongtian Aviation Technology Co., Ltd.", None, "Xinjiang"),
         ("crop-spraying drones", None)},
    ),
    (
        "Zhengzhou Yuntu Information Technology Co., Ltd., which set up shop in the Zhengzhou "
        "Zhengdong New Area in 2016, now employs 800 software engineers.",
        {("Zhengzhou Yuntu Information Technology Co., Ltd.", C),
         ("Zhengzhou Zhengdong New Area", PL)},
        {("Zhengzhou Yuntu Information Technology Co., Ltd.", "locatedIn",
          "Zhengzhou Zhengdong New Area")},
        {("Zhengzhou Yuntu Information Technology Co., Ltd.", "headquarteredIn", None)},
    ),
    (
        "Xinxiang Huilong Battery Co., Ltd. has production sites in Xinxiang and in Jiangxi "
        "province, and its research center is in Shenzhen.",
        {("Xinxiang Huilong Battery Co., Ltd.", C), ("Xinxiang", PL), ("Jiangxi province", PL),
         ("Shenzhen", PL)},
        {("Xinxiang Huilong Battery Co., Ltd.", "locatedIn", "Xinxiang"),
         ("Xinxiang Huilong Battery Co., Ltd.", "locatedIn", "Jiangxi province"),
         ("Xinxiang Huilong Battery Co., Ltd.", "locatedIn", "Shenzhen")},
        {("Xinxiang Huilong Battery Co., Ltd.", "headquarteredIn", None),
         ("research center", None)},
    ),
    (
        "Shangqiu Dingsheng Pharmaceutical Co., Ltd. relocated from downtown Shangqiu to the "
        "Shangqiu Biomedical Industrial Park in Liangyuan District in 2019.",
        {("Shangqiu Dingsheng Pharmaceutical Co., Ltd.", C),
         ("Shangqiu Biomedical Industrial Park", PL), ("Liangyuan District", PL),
         ("Shangqiu", PL)},
        {("Shangqiu Dingsheng Pharmaceutical Co., Ltd.", "locatedIn",
          "Shangqiu Biomedical Industrial Park"),
         ("Shangqiu Biomedical Industrial Park", "locatedIn", "Liangyuan District")},
        {("Shangqiu Dingsheng Pharmaceutical Co., Ltd.", "headquarteredIn", None)},
    ),
    (
        "Henan Xinfeng Aluminum Co., Ltd. is located in Mianchi County, about 70 kilometers east "
        "of Sanmenxia.",
        {("Henan Xinfeng Aluminum Co., Ltd.", C), ("Mianchi County", PL), ("Sanmenxia", PL)},
        {("Henan Xinfeng Aluminum Co., Ltd.", "locatedIn", "Mianchi County")},
        {("Mianchi County", "locatedIn", "Sanmenxia"),
         ("Henan Xinfeng Aluminum Co., Ltd.", None, "Sanmenxia"),
         ("Henan Xinfeng Aluminum Co., Ltd.", "headquarteredIn", "Mianchi County")},
    ),
    (
        "Taiwan-based Hongji Precision Co., Ltd. has set up a smartphone casing plant in Xinzheng, "
        "a county-level city under Zhengzhou.",
        {("Hongji Precision Co., Ltd.", C), ("Taiwan", PL), ("Xinzheng", PL), ("Zhengzhou", PL)},
        {("Hongji Precision Co., Ltd.", "headquarteredIn", "Taiwan"),
         ("Hongji Precision Co., Ltd.", "locatedIn", "Xinzheng"),
         ("Xinzheng", "locatedIn", "Zhengzhou")},
        {("Hongji Precision Co., Ltd.", "locatedIn", "Taiwan"),
         ("Hongji Precision Co., Ltd.", "headquarteredIn", "Xinzheng"),
         ("Hongji Precision Co., Ltd.", None, "Zhengzhou"),
         ("Xinzheng", "subsidiaryOf", "Zhengzhou")},
    ),
    (
        "Henan Yuanhang Cable Group Co., Ltd. is headquartered in Zhengzhou and has plants in "
        "Luoyang and Xuchang.",
        {("Henan Yuanhang Cable Group Co., Ltd.", C), ("Zhengzhou", PL), ("Luoyang", PL),
         ("Xuchang", PL)},
        {("Henan Yuanhang Cable Group Co., Ltd.", "headquarteredIn", "Zhengzhou"),
         ("Henan Yuanhang Cable Group Co., Ltd.", "locatedIn", "Luoyang"),
         ("Henan Yuanhang Cable Group Co., Ltd.", "locatedIn", "Xuchang")},
        {("Henan Yuanhang Cable Group Co., Ltd.", "locatedIn", "Zhengzhou"),
         ("Henan Yuanhang Cable Group Co., Ltd.", "headquarteredIn", "Luoyang"),
         ("Henan Yuanhang Cable Group Co., Ltd.", "headquarteredIn", "Xuchang")},
    ),
]

# --------------------------------------------------------------------------------------------
# Ownership and group structure
# --------------------------------------------------------------------------------------------
OWNERSHIP = [
    (
        "Luoyang Zhenhua Refractory Materials Co., Ltd. became a wholly owned subsidiary of China "
        "Jiancai Minerals Group Co., Ltd. in 2019.",
        {("Luoyang Zhenhua Refractory Materials Co., Ltd.", C),
         ("China Jiancai Minerals Group Co., Ltd.", C)},
        {("Luoyang Zhenhua Refractory Materials Co., Ltd.", "subsidiaryOf",
          "China Jiancai Minerals Group Co., Ltd.")},
        {("China Jiancai Minerals Group Co., Ltd.", "subsidiaryOf",
          "Luoyang Zhenhua Refractory Materials Co., Ltd.")},
    ),
    (
        "Xuchang Dexin Transformer Co., Ltd. is controlled by Henan Investment Group Co., Ltd., "
        "the province's largest state-owned investment firm.",
        {("Xuchang Dexin Transformer Co., Ltd.", C), ("Henan Investment Group Co., Ltd.", C)},
        {("Xuchang Dexin Transformer Co., Ltd.", "subsidiaryOf", "Henan Investment Group Co., Ltd.")},
        {("Henan Investment Group Co., Ltd.", "subsidiaryOf", "Xuchang Dexin Transformer Co., Ltd.")},
    ),
    (
        "Henan Yuneng Holdings Co., Ltd. holds a 51 percent stake in Anyang Guangyuan Coking Co., "
        "Ltd., and the rest belongs to private investors.",
        {("Henan Yuneng Holdings Co., Ltd.", C), ("Anyang Guangyuan Coking Co., Ltd.", C)},
        {("Anyang Guangyuan Coking Co., Ltd.", "subsidiaryOf", "Henan Yuneng Holdings Co., Ltd.")},
        {("Henan Yuneng Holdings Co., Ltd.", "subsidiaryOf", "Anyang Guangyuan Coking Co., Ltd.")},
    ),
    (
        "Jiaozuo Weida Brake Pads Co., Ltd.'s parent company, Jiaozuo Weida Group Co., Ltd., is "
        "listed on the Shenzhen Stock Exchange.",
        {("Jiaozuo Weida Brake Pads Co., Ltd.", C), ("Jiaozuo Weida Group Co., Ltd.", C),
         ("Shenzhen Stock Exchange", ORG)},
        {("Jiaozuo Weida Brake Pads Co., Ltd.", "subsidiaryOf", "Jiaozuo Weida Group Co., Ltd.")},
        no_rel("Shenzhen Stock Exchange") | {
            ("Shenzhen", None),
            ("Jiaozuo Weida Group Co., Ltd.", "subsidiaryOf", "Jiaozuo Weida Brake Pads Co., Ltd.")},
    ),
    (
        "Zhengzhou Lianxin Power Equipment Co., Ltd., a unit of State Grid Henan Electric Power "
        "Company, installed 300,000 smart meters in Zhengzhou last year.",
        {("Zhengzhou Lianxin Power Equipment Co., Ltd.", C),
         ("State Grid Henan Electric Power Company", C)},
        {("Zhengzhou Lianxin Power Equipment Co., Ltd.", "subsidiaryOf",
          "State Grid Henan Electric Power Company")},
        {("smart meters", None)},
    ),
    (
        "Luohe Jinhe Meat Products Co., Ltd. is part of Henan Jinhe Food Group, which also owns "
        "two feed mills in Zhoukou.",
        {("Luohe Jinhe Meat Products Co., Ltd.", C), ("Henan Jinhe Food Group", C),
         ("Zhoukou", PL)},
        {("Luohe Jinhe Meat Products Co., Ltd.", "subsidiaryOf", "Henan Jinhe Food Group"),
         ("Henan Jinhe Food Group", "locatedIn", "Zhoukou")},
        {("Luohe Jinhe Meat Products Co., Ltd.", None, "Zhoukou"), ("feed mills", None)},
    ),
    (
        "Shangqiu Yongxin Boiler Co., Ltd. was acquired by Jiangsu Hengrun Heavy Industry Co., "
        "Ltd. for 1.2 billion yuan in 2022.",
        {("Shangqiu Yongxin Boiler Co., Ltd.", C), ("Jiangsu Hengrun Heavy Industry Co., Ltd.", C)},
        {("Shangqiu Yongxin Boiler Co., Ltd.", "subsidiaryOf",
          "Jiangsu Hengrun Heavy Industry Co., Ltd.")},
        {("Jiangsu Hengrun Heavy Industry Co., Ltd.", "subsidiaryOf",
          "Shangqiu Yongxin Boiler Co., Ltd.")},
    ),
    (
        "Last year Henan Zhongyuan Pharmaceutical Group took over Zhoukou Kangning Pharmaceutical "
        "Co., Ltd., which had been losing money for five years.",
        {("Henan Zhongyuan Pharmaceutical Group", C), ("Zhoukou Kangning Pharmaceutical Co., Ltd.", C)},
        {("Zhoukou Kangning Pharmaceutical Co., Ltd.", "subsidiaryOf",
          "Henan Zhongyuan Pharmaceutical Group")},
        {("Henan Zhongyuan Pharmaceutical Group", "subsidiaryOf",
          "Zhoukou Kangning Pharmaceutical Co., Ltd.")},
    ),
    (
        "Henan Xinghai Optoelectronics Co., Ltd., formerly known as Luoyang Xinghai Glass Factory, "
        "changed its name in 2018 after a restructuring.",
        {("Henan Xinghai Optoelectronics Co., Ltd.", C)},
        set(),
        # The former name is an alias of the same entity, and Luoyang occurs only inside it.
        {("Luoyang Xinghai Glass Factory", None), ("Luoyang", None),
         ("Henan Xinghai Optoelectronics Co., Ltd.", "subsidiaryOf", None)},
    ),
    (
        # "-backed" says investor, not parent: no relation is expected either way, but the
        # hyphenated modifier must still split into two companies.
        "The Henan Investment Group-backed Zhengzhou Xinchuang Semiconductor Co., Ltd. broke ground "
        "on a 12-inch wafer plant on Monday.",
        {("Henan Investment Group", C), ("Zhengzhou Xinchuang Semiconductor Co., Ltd.", C)},
        set(),
        {("Henan Investment Group", "subsidiaryOf", "Zhengzhou Xinchuang Semiconductor Co., Ltd."),
         ("Zhengzhou Xinchuang Semiconductor Co., Ltd.", "headquarteredIn", None),
         ("Henan Investment Group-backed Zhengzhou Xinchuang Semiconductor Co., Ltd.", None)},
    ),
    (
        "Puyang Hengtong Chemical Group Co., Ltd., a provincial state-owned enterprise under the "
        "State-owned Assets Supervision and Administration Commission of the Henan Provincial "
        "Government, posted record profits last year.",
        {("Puyang Hengtong Chemical Group Co., Ltd.", C),
         ("State-owned Assets Supervision and Administration Commission of the Henan Provincial "
          "Government", G)},
        {("Puyang Hengtong Chemical Group Co., Ltd.", "subsidiaryOf",
          "State-owned Assets Supervision and Administration Commission of the Henan Provincial "
          "Government")},
        {("Henan Provincial Government", None), ("Henan", None)},
    ),
    (
        "Xinxiang Baiyun Paper Co., Ltd. is jointly owned by Xinxiang Municipal Investment Group "
        "and Finland's Nordic Pulp Oy.",
        {("Xinxiang Baiyun Paper Co., Ltd.", C), ("Xinxiang Municipal Investment Group", C),
         ("Nordic Pulp Oy", C), ("Finland", PL)},
        {("Xinxiang Baiyun Paper Co., Ltd.", "subsidiaryOf", "Xinxiang Municipal Investment Group"),
         ("Xinxiang Baiyun Paper Co., Ltd.", "subsidiaryOf", "Nordic Pulp Oy")},
        {("Xinxiang Baiyun Paper Co., Ltd.", None, "Finland")},
    ),
    (
        "Zhengzhou Ruiguang Sensor Co., Ltd. has opened a Wuhan branch, Ruiguang Sensor (Wuhan) "
        "Co., Ltd., to serve carmakers in Hubei province.",
        {("Zhengzhou Ruiguang Sensor Co., Ltd.", C), ("Ruiguang Sensor (Wuhan) Co., Ltd.", C),
         ("Wuhan", PL), ("Hubei province", PL)},
        {("Ruiguang Sensor (Wuhan) Co., Ltd.", "subsidiaryOf", "Zhengzhou Ruiguang Sensor Co., Ltd."),
         ("Ruiguang Sensor (Wuhan) Co., Ltd.", "locatedIn", "Wuhan")},
        {("Zhengzhou Ruiguang Sensor Co., Ltd.", "subsidiaryOf", "Ruiguang Sensor (Wuhan) Co., Ltd."),
         ("Zhengzhou Ruiguang Sensor Co., Ltd.", "exportsTo", None),
         ("Zhengzhou Ruiguang Sensor Co., Ltd.", "headquarteredIn", "Wuhan")},
    ),
    (
        "Sanmenxia Huaxia Aluminum Co., Ltd. and its two subsidiaries, Sanmenxia Huaxia Carbon Co., "
        "Ltd. and Sanmenxia Huaxia Logistics Co., Ltd., paid 600 million yuan in taxes last year.",
        {("Sanmenxia Huaxia Aluminum Co., Ltd.", C), ("Sanmenxia Huaxia Carbon Co., Ltd.", C),
         ("Sanmenxia Huaxia Logistics Co., Ltd.", C)},
        {("Sanmenxia Huaxia Carbon Co., Ltd.", "subsidiaryOf", "Sanmenxia Huaxia Aluminum Co., Ltd."),
         ("Sanmenxia Huaxia Logistics Co., Ltd.", "subsidiaryOf",
          "Sanmenxia Huaxia Aluminum Co., Ltd.")},
        {("Sanmenxia Huaxia Carbon Co., Ltd.", "subsidiaryOf", "Sanmenxia Huaxia Logistics Co., Ltd."),
         ("Sanmenxia Huaxia Aluminum Co., Ltd.", "subsidiaryOf", None)},
    ),
    (
        "Henan Yukuang Machinery Group Co., Ltd. owns 80 percent of Jiaozuo Yukuang Hydraulic Co., "
        "Ltd. through its Hong Kong arm, Yukuang International Ltd.",
        {("Henan Yukuang Machinery Group Co., Ltd.", C), ("Jiaozuo Yukuang Hydraulic Co., Ltd.", C),
         ("Yukuang International Ltd.", C), ("Hong Kong", PL)},
        {("Jiaozuo Yukuang Hydraulic Co., Ltd.", "subsidiaryOf",
          "Henan Yukuang Machinery Group Co., Ltd."),
         ("Yukuang International Ltd.", "subsidiaryOf", "Henan Yukuang Machinery Group Co., Ltd.")},
        {("Henan Yukuang Machinery Group Co., Ltd.", "subsidiaryOf", None)},
    ),
    (
        "The controlling shareholder of Luohe Yinhai Beverage Co., Ltd. is Guangdong Jianli "
        "Investment Co., Ltd., which bought the stake in 2020.",
        {("Luohe Yinhai Beverage Co., Ltd.", C), ("Guangdong Jianli Investment Co., Ltd.", C)},
        {("Luohe Yinhai Beverage Co., Ltd.", "subsidiaryOf", "Guangdong Jianli Investment Co., Ltd.")},
        {("Guangdong Jianli Investment Co., Ltd.", "subsidiaryOf", "Luohe Yinhai Beverage Co., Ltd."),
         ("Guangdong", None)},
    ),
    (
        "Zhoukou Xinhe Cotton Co., Ltd. was merged into Henan Cotton Industry Group in 2021 and is "
        "now a member company of the group.",
        {("Zhoukou Xinhe Cotton Co., Ltd.", C), ("Henan Cotton Industry Group", C)},
        {("Zhoukou Xinhe Cotton Co., Ltd.", "subsidiaryOf", "Henan Cotton Industry Group")},
        {("Henan Cotton Industry Group", "subsidiaryOf", "Zhoukou Xinhe Cotton Co., Ltd.")},
    ),
    (
        "Xuchang Tiangong Machinery Co., Ltd. sold its 60 percent stake in Xuchang Tiangong Casting "
        "Co., Ltd. to Zhejiang Huanyu Group in May.",
        {("Xuchang Tiangong Machinery Co., Ltd.", C), ("Xuchang Tiangong Casting Co., Ltd.", C),
         ("Zhejiang Huanyu Group", C)},
        {("Xuchang Tiangong Casting Co., Ltd.", "subsidiaryOf", "Zhejiang Huanyu Group")},
        # The seller is the former parent, no longer the current one.
        {("Xuchang Tiangong Casting Co., Ltd.", "subsidiaryOf", "Xuchang Tiangong Machinery Co., Ltd."),
         ("Xuchang Tiangong Machinery Co., Ltd.", "subsidiaryOf", None)},
    ),
    (
        "Zhengzhou Yutai Cable Co., Ltd. is a subsidiary of Henan Yutai Holdings, which in turn is "
        "controlled by the Zhengzhou Municipal State-owned Assets Supervision and Administration "
        "Commission.",
        {("Zhengzhou Yutai Cable Co., Ltd.", C), ("Henan Yutai Holdings", C),
         ("Zhengzhou Municipal State-owned Assets Supervision and Administration Commission", G)},
        {("Zhengzhou Yutai Cable Co., Ltd.", "subsidiaryOf", "Henan Yutai Holdings"),
         ("Henan Yutai Holdings", "subsidiaryOf",
          "Zhengzhou Municipal State-owned Assets Supervision and Administration Commission")},
        {("Zhengzhou Yutai Cable Co., Ltd.", "subsidiaryOf",
          "Zhengzhou Municipal State-owned Assets Supervision and Administration Commission")},
    ),
    (
        "Anyang Hengjia Fertilizer Co., Ltd. holds a 30 percent stake in Puyang Lvyuan Chemical "
        "Co., Ltd., making it the second-largest shareholder after the Puyang municipal government.",
        {("Anyang Hengjia Fertilizer Co., Ltd.", C), ("Puyang Lvyuan Chemical Co., Ltd.", C),
         ("Puyang municipal government", G)},
        set(),
        # A minority holder is no parent.
        {("Puyang Lvyuan Chemical Co., Ltd.", "subsidiaryOf", "Anyang Hengjia Fertilizer Co., Ltd."),
         ("Anyang Hengjia Fertilizer Co., Ltd.", "subsidiaryOf", None)},
    ),
    (
        "Xinxiang Hongyuan Valve Co., Ltd. was spun off from Xinxiang Hongyuan Group in 2015 and "
        "has been independent since.",
        {("Xinxiang Hongyuan Valve Co., Ltd.", C), ("Xinxiang Hongyuan Group", C)},
        set(),
        {("Xinxiang Hongyuan Valve Co., Ltd.", "subsidiaryOf", "Xinxiang Hongyuan Group"),
         ("Xinxiang Hongyuan Group", "subsidiaryOf", "Xinxiang Hongyuan Valve Co., Ltd.")},
    ),
]

# --------------------------------------------------------------------------------------------
# Collaboration
# --------------------------------------------------------------------------------------------
COLLAB = [
    (
        "A strategic cooperation agreement was signed on Tuesday between Luoyang Huafeng Composite "
        "Materials Co., Ltd. and the Luoyang Ship Material Research Institute, covering carbon "
        "fiber hulls and marine coatings.",
        {("Luoyang Huafeng Composite Materials Co., Ltd.", C),
         ("Luoyang Ship Material Research Institute", RI)},
        {("Luoyang Huafeng Composite Materials Co., Ltd.", "collaboratesWith",
          "Luoyang Ship Material Research Institute")},
        {("Luoyang", None), ("carbon fiber hulls", None), ("marine coatings", None)},
    ),
    (
        "Zhengzhou Kexun Robot Co., Ltd. and Henan University of Technology have teamed up to build "
        "a grain warehouse inspection robot.",
        {("Zhengzhou Kexun Robot Co., Ltd.", C), ("Henan University of Technology", U)},
        {("Zhengzhou Kexun Robot Co., Ltd.", "collaboratesWith", "Henan University of Technology")},
        {("Henan", None)},
    ),
    (
        "Xuchang Zhongcheng Electric Co., Ltd. joined hands with Huawei Technologies Co., Ltd. to "
        "turn its switchgear workshop into a 5G smart factory.",
        {("Xuchang Zhongcheng Electric Co., Ltd.", C), ("Huawei Technologies Co., Ltd.", C)},
        {("Xuchang Zhongcheng Electric Co., Ltd.", "collaboratesWith", "Huawei Technologies Co., Ltd.")},
        {("Huawei Technologies Co., Ltd.", "subsidiaryOf", None),
         ("Xuchang Zhongcheng Electric Co., Ltd.", "subsidiaryOf", None)},
    ),
    (
        "Anyang Weiye Steel Co., Ltd. has partnered with the University of Science and Technology "
        "Beijing on hydrogen-based ironmaking.",
        {("Anyang Weiye Steel Co., Ltd.", C), ("University of Science and Technology Beijing", U)},
        {("Anyang Weiye Steel Co., Ltd.", "collaboratesWith",
          "University of Science and Technology Beijing")},
        {("Beijing", None)},
    ),
    (
        "The Henan Provincial Key Laboratory of Aluminum Alloy Processing, a joint laboratory set "
        "up by Luoyang Yiwei Aluminum Co., Ltd. and Henan University of Science and Technology, "
        "opened on Friday.",
        {("Henan Provincial Key Laboratory of Aluminum Alloy Processing", RI),
         ("Luoyang Yiwei Aluminum Co., Ltd.", C), ("Henan University of Science and Technology", U)},
        {("Luoyang Yiwei Aluminum Co., Ltd.", "collaboratesWith",
          "Henan University of Science and Technology")},
        set(),
    ),
    (
        "Jiaozuo Minghai Titanium Co., Ltd. and the Institute of Process Engineering of the Chinese "
        "Academy of Sciences will jointly build a titanium dioxide pilot plant in Jiaozuo.",
        {("Jiaozuo Minghai Titanium Co., Ltd.", C),
         (A("Institute of Process Engineering of the Chinese Academy of Sciences",
            "Institute of Process Engineering"), RI),
         ("Jiaozuo", PL)},
        {("Jiaozuo Minghai Titanium Co., Ltd.", "collaboratesWith",
          A("Institute of Process Engineering of the Chinese Academy of Sciences",
            "Institute of Process Engineering"))},
        set(),
    ),
    (
        "Zhoukou Jiahe Feed Co., Ltd. developed a low-protein pig feed in cooperation with Henan "
        "Agricultural University.",
        {("Zhoukou Jiahe Feed Co., Ltd.", C), ("Henan Agricultural University", U)},
        {("Zhoukou Jiahe Feed Co., Ltd.", "collaboratesWith", "Henan Agricultural University")},
        set(),
    ),
    (
        "With technical support from the Zhengzhou Research Institute of Mechanical Engineering, "
        "Shangqiu Ruiheng Welding Materials Co., Ltd. has mastered the production of silver-based "
        "brazing alloys.",
        {("Zhengzhou Research Institute of Mechanical Engineering", RI),
         ("Shangqiu Ruiheng Welding Materials Co., Ltd.", C)},
        {("Shangqiu Ruiheng Welding Materials Co., Ltd.", "collaboratesWith",
          "Zhengzhou Research Institute of Mechanical Engineering")},
        {("Zhengzhou", None),
         ("Shangqiu Ruiheng Welding Materials Co., Ltd.", "subsidiaryOf", None)},
    ),
    (
        "Puyang Jiarun New Materials Co., Ltd. and Tianjin University co-founded the Puyang "
        "Bio-based Materials Joint Research Center in 2022.",
        {("Puyang Jiarun New Materials Co., Ltd.", C), ("Tianjin University", U),
         ("Puyang Bio-based Materials Joint Research Center", RI)},
        {("Puyang Jiarun New Materials Co., Ltd.", "collaboratesWith", "Tianjin University")},
        set(),
    ),
    (
        "Xinxiang Tianyu Medical Equipment Co., Ltd. is working with Xinxiang Medical University on "
        "a portable dialysis machine for rural clinics.",
        {("Xinxiang Tianyu Medical Equipment Co., Ltd.", C), ("Xinxiang Medical University", U)},
        {("Xinxiang Tianyu Medical Equipment Co., Ltd.", "collaboratesWith",
          "Xinxiang Medical University")},
        {("Xinxiang", None)},
    ),
    (
        "Luohe Weilong Food Machinery Co., Ltd., Jiangnan University and the Luohe Municipal Bureau "
        "of Industry and Information Technology signed a tripartite agreement to build a food "
        "equipment innovation center.",
        {("Luohe Weilong Food Machinery Co., Ltd.", C), ("Jiangnan University", U),
         ("Luohe Municipal Bureau of Industry and Information Technology", G)},
        {("Luohe Weilong Food Machinery Co., Ltd.", "collaboratesWith", "Jiangnan University"),
         ("Luohe Weilong Food Machinery Co., Ltd.", "collaboratesWith",
          "Luohe Municipal Bureau of Industry and Information Technology"),
         ("Jiangnan University", "collaboratesWith",
          "Luohe Municipal Bureau of Industry and Information Technology")},
        {("Luohe", None)},
    ),
    (
        "Anyang Kaixin Glass Co., Ltd. will cooperate with Germany's Schott AG on pharmaceutical "
        "glass tubing, the two companies said on Thursday.",
        {("Anyang Kaixin Glass Co., Ltd.", C), ("Schott AG", C), ("Germany", PL)},
        {("Anyang Kaixin Glass Co., Ltd.", "collaboratesWith", "Schott AG")},
        {("Anyang Kaixin Glass Co., Ltd.", None, "Germany"),
         ("pharmaceutical glass tubing", None)},
    ),
    (
        "The Xuchang Intelligent Power Distribution Engineering Research Center was jointly "
        "established by Xuchang Ruineng Electric Co., Ltd. and Xuchang Vocational Technical College.",
        {("Xuchang Intelligent Power Distribution Engineering Research Center", RI),
         ("Xuchang Ruineng Electric Co., Ltd.", C),
         # A college is a higher-education institution; University is the nearest README type.
         ("Xuchang Vocational Technical College", U)},
        {("Xuchang Ruineng Electric Co., Ltd.", "collaboratesWith",
          "Xuchang Vocational Technical College")},
        {("Xuchang", None)},
    ),
    (
        "Shangqiu Hengtai Tire Co., Ltd. competes head-on with Qingdao-based Haitong Tire Co., Ltd. "
        "for orders from truck makers.",
        {("Shangqiu Hengtai Tire Co., Ltd.", C), ("Haitong Tire Co., Ltd.", C), ("Qingdao", PL)},
        {("Haitong Tire Co., Ltd.", "headquarteredIn", "Qingdao")},
        {("Shangqiu Hengtai Tire Co., Ltd.", "collaboratesWith", "Haitong Tire Co., Ltd."),
         ("Shangqiu Hengtai Tire Co., Ltd.", None, "Qingdao")},
    ),
    (
        "Henan Yujie Semiconductor Co., Ltd. and the Zhengzhou Institute of Emerging Industrial "
        "Technology launched a joint R&D platform for silicon carbide power devices on Monday.",
        {("Henan Yujie Semiconductor Co., Ltd.", C),
         ("Zhengzhou Institute of Emerging Industrial Technology", RI)},
        {("Henan Yujie Semiconductor Co., Ltd.", "collaboratesWith",
          "Zhengzhou Institute of Emerging Industrial Technology")},
        {("Zhengzhou", None)},
    ),
]

# --------------------------------------------------------------------------------------------
# Names, aliases, coreference and organisation types
# --------------------------------------------------------------------------------------------
NAMES = [
    (
        "The Luoyang Institute of Advanced Bearing Technology (LIABT) has developed the LB-7 "
        "ceramic hybrid bearing for high-speed trains. LIABT was founded in 2019 in the Luoyang "
        "High-tech Zone.",
        {("Luoyang Institute of Advanced Bearing Technology", RI),
         ("LB-7 ceramic hybrid bearing", PR), ("Luoyang High-tech Zone", PL)},
        {("Luoyang Institute of Advanced Bearing Technology", "developed", "LB-7 ceramic hybrid bearing"),
         ("Luoyang Institute of Advanced Bearing Technology", "locatedIn", "Luoyang High-tech Zone")},
        {("LIABT", None),
         ("Luoyang Institute of Advanced Bearing Technology", "headquarteredIn", None)},
    ),
    (
        "Henan Zhongyuan Intelligent Equipment Group Co., Ltd. (hereinafter referred to as "
        "Zhongyuan Intelligent) was set up in Zhengzhou in 2017. Zhongyuan Intelligent now holds a "
        "controlling stake in Anyang Xingda Forging Co., Ltd.",
        {("Henan Zhongyuan Intelligent Equipment Group Co., Ltd.", C), ("Zhengzhou", PL),
         ("Anyang Xingda Forging Co., Ltd.", C)},
        {("Henan Zhongyuan Intelligent Equipment Group Co., Ltd.", "locatedIn", "Zhengzhou"),
         ("Anyang Xingda Forging Co., Ltd.", "subsidiaryOf",
          "Henan Zhongyuan Intelligent Equipment Group Co., Ltd.")},
        {("Zhongyuan Intelligent", None)},
    ),
    (
        "Xuchang Yuanbao Hair Products Co., Ltd. exported 1.1 billion yuan worth of wigs last year. "
        "Yuanbao's largest market is Nigeria, followed by Ghana.",
        {("Xuchang Yuanbao Hair Products Co., Ltd.", C), ("Nigeria", PL), ("Ghana", PL)},
        {("Xuchang Yuanbao Hair Products Co., Ltd.", "exportsTo", "Nigeria"),
         ("Xuchang Yuanbao Hair Products Co., Ltd.", "exportsTo", "Ghana")},
        {("Yuanbao", None), ("wigs", None)},
    ),
    (
        "Sanmenxia Lianhua Chemical Co., Ltd. was founded in 2003. In 2021 the company became a "
        "subsidiary of Henan Yuhua Energy Holdings Co., Ltd.",
        {("Sanmenxia Lianhua Chemical Co., Ltd.", C), ("Henan Yuhua Energy Holdings Co., Ltd.", C)},
        {("Sanmenxia Lianhua Chemical Co., Ltd.", "subsidiaryOf",
          "Henan Yuhua Energy Holdings Co., Ltd.")},
        {("the company", None)},
    ),
    (
        "Zhengzhou Jinhui Building Materials Group Co., Ltd. started as a brick kiln in 1985. Today "
        "the group operates 14 cement plants in Henan and Anhui.",
        {("Zhengzhou Jinhui Building Materials Group Co., Ltd.", C), ("Henan", PL), ("Anhui", PL)},
        {("Zhengzhou Jinhui Building Materials Group Co., Ltd.", "locatedIn", "Henan"),
         ("Zhengzhou Jinhui Building Materials Group Co., Ltd.", "locatedIn", "Anhui")},
        {("Zhengzhou Jinhui Building Materials Group Co., Ltd.", "headquarteredIn", None),
         ("the group", None)},
    ),
    (
        "The Henan Institute of Flexible Electronics was established in Zhengzhou in 2021 under "
        "the Henan Academy of Sciences. Last year the institute developed a stretchable pressure "
        "sensor named FlexTouch-2.",
        {("Henan Institute of Flexible Electronics", RI), ("Zhengzhou", PL),
         ("Henan Academy of Sciences", RI), ("FlexTouch-2", PR)},
        {("Henan Institute of Flexible Electronics", "locatedIn", "Zhengzhou"),
         ("Henan Institute of Flexible Electronics", "subsidiaryOf", "Henan Academy of Sciences"),
         ("Henan Institute of Flexible Electronics", "developed", "FlexTouch-2")},
        {("Henan Academy of Sciences", "developed", "FlexTouch-2"), ("Henan", None)},
    ),
    (
        "Henan Lvqing Water Treatment Co., Ltd. said on Monday its membrane bioreactors would be "
        "installed at 20 sewage plants in Ethiopia. The Zhengzhou-based firm has sold water "
        "treatment equipment to 15 countries.",
        {("Henan Lvqing Water Treatment Co., Ltd.", C), ("Ethiopia", PL), ("Zhengzhou", PL)},
        {("Henan Lvqing Water Treatment Co., Ltd.", "exportsTo", "Ethiopia"),
         ("Henan Lvqing Water Treatment Co., Ltd.", "headquarteredIn", "Zhengzhou")},
        {("Henan Lvqing Water Treatment Co., Ltd.", "locatedIn", "Ethiopia"),
         ("Henan Lvqing Water Treatment Co., Ltd.", "locatedIn", "Zhengzhou"),
         ("membrane bioreactors", None)},
    ),
    (
        "Luohe Dongfang Packaging Co., Ltd. has moved into new premises. Its new plant in the Luohe "
        "Economic and Technological Development Zone covers 120,000 square meters.",
        {("Luohe Dongfang Packaging Co., Ltd.", C),
         ("Luohe Economic and Technological Development Zone", PL)},
        {("Luohe Dongfang Packaging Co., Ltd.", "locatedIn",
          "Luohe Economic and Technological Development Zone")},
        {("Luohe Dongfang Packaging Co., Ltd.", "headquarteredIn", None), ("Luohe", None)},
    ),
    (
        "Xinxiang Ruida Motor Co., Ltd. bought 200 welding robots from Shanghai-based Fanrui "
        "Robotics Co., Ltd. last year. It is headquartered in Xinxiang's Hongqi District.",
        {("Xinxiang Ruida Motor Co., Ltd.", C), ("Fanrui Robotics Co., Ltd.", C), ("Shanghai", PL),
         ("Hongqi District", PL), ("Xinxiang", PL)},
        {("Xinxiang Ruida Motor Co., Ltd.", "headquarteredIn", "Hongqi District"),
         ("Fanrui Robotics Co., Ltd.", "headquarteredIn", "Shanghai"),
         ("Hongqi District", "locatedIn", "Xinxiang")},
        {("Fanrui Robotics Co., Ltd.", None, "Hongqi District"),
         ("Xinxiang Ruida Motor Co., Ltd.", None, "Shanghai"),
         ("Xinxiang Ruida Motor Co., Ltd.", "collaboratesWith", "Fanrui Robotics Co., Ltd.")},
    ),
    (
        "Officials from the Luoyang Municipal Bureau of Commerce, the Luoyang Bearing Industry "
        "Association and the Henan Federation of Industrial Economics visited Luoyang Huaxing "
        "Bearing Co., Ltd. on Wednesday.",
        {("Luoyang Municipal Bureau of Commerce", G), ("Luoyang Bearing Industry Association", ORG),
         ("Henan Federation of Industrial Economics", ORG), ("Luoyang Huaxing Bearing Co., Ltd.", C)},
        set(),
        no_rel("Luoyang Huaxing Bearing Co., Ltd.") | {("Luoyang", None), ("Henan", None)},
    ),
    (
        "The Xuchang Wig Chamber of Commerce, set up in 2015, has 260 member companies, including "
        "Xuchang Fangyuan Hair Products Co., Ltd.",
        {("Xuchang Wig Chamber of Commerce", ORG), ("Xuchang Fangyuan Hair Products Co., Ltd.", C)},
        set(),
        # Membership of an association is no subsidiary relation.
        {("Xuchang Fangyuan Hair Products Co., Ltd.", "subsidiaryOf", "Xuchang Wig Chamber of Commerce"),
         ("Xuchang", None)},
    ),
    (
        "The Anyang Municipal People's Government signed an investment agreement with Shenzhen "
        "Jiexun Technology Co., Ltd. to build an electronics industrial park in the city.",
        {("Anyang Municipal People's Government", G), ("Shenzhen Jiexun Technology Co., Ltd.", C)},
        {("Anyang Municipal People's Government", "collaboratesWith",
          "Shenzhen Jiexun Technology Co., Ltd.")},
        {("Shenzhen Jiexun Technology Co., Ltd.", "subsidiaryOf", None), ("Anyang", None),
         ("Shenzhen", None)},
    ),
    (
        "The Henan Provincial Development and Reform Commission has approved the Xinxiang "
        "Dongsheng Lithium Battery Separator Project, which will cost 2.6 billion yuan.",
        {("Henan Provincial Development and Reform Commission", G),
         ("Xinxiang Dongsheng Lithium Battery Separator Project", PJ)},
        set(),
        # Approving a project is not taking part in it.
        {("Henan Provincial Development and Reform Commission", "participatesIn",
          "Xinxiang Dongsheng Lithium Battery Separator Project"),
         ("Xinxiang", None), ("Henan", None)},
    ),
    (
        "The Henan Academy of Agricultural Sciences and Henan Tianmin Seed Industry Co., Ltd. "
        "jointly bred Zhengmai 1860, a drought-tolerant wheat variety now grown on 200,000 hectares.",
        {("Henan Academy of Agricultural Sciences", RI), ("Henan Tianmin Seed Industry Co., Ltd.", C),
         ("Zhengmai 1860", PR)},
        {("Henan Academy of Agricultural Sciences", "developed", "Zhengmai 1860"),
         ("Henan Tianmin Seed Industry Co., Ltd.", "developed", "Zhengmai 1860"),
         ("Henan Academy of Agricultural Sciences", "collaboratesWith",
          "Henan Tianmin Seed Industry Co., Ltd.")},
        {("Henan", None)},
    ),
    (
        "The Henan Engineering Research Center for Coal Mine Hydraulic Supports, hosted by Zhengzhou "
        "Huayu Mining Machinery Co., Ltd., passed an evaluation by the Henan Provincial Department "
        "of Science and Technology.",
        {("Henan Engineering Research Center for Coal Mine Hydraulic Supports", RI),
         ("Zhengzhou Huayu Mining Machinery Co., Ltd.", C),
         ("Henan Provincial Department of Science and Technology", G)},
        {("Henan Engineering Research Center for Coal Mine Hydraulic Supports", "subsidiaryOf",
          "Zhengzhou Huayu Mining Machinery Co., Ltd.")},
        no_rel("Henan Provincial Department of Science and Technology") | {("Henan", None)},
    ),
    (
        "Zhoukou Vocational and Technical College has opened a wig-making course with Henan Ruimei "
        "Hair Products Co., Ltd., which is based in Zhoukou's Shenqiu County.",
        {("Zhoukou Vocational and Technical College", U), ("Henan Ruimei Hair Products Co., Ltd.", C),
         ("Shenqiu County", PL), ("Zhoukou", PL)},
        {("Zhoukou Vocational and Technical College", "collaboratesWith",
          "Henan Ruimei Hair Products Co., Ltd."),
         ("Henan Ruimei Hair Products Co., Ltd.", "headquarteredIn", "Shenqiu County"),
         ("Shenqiu County", "locatedIn", "Zhoukou")},
        {("Henan Ruimei Hair Products Co., Ltd.", "locatedIn", "Shenqiu County"),
         ("Henan Ruimei Hair Products Co., Ltd.", None, "Zhoukou")},
    ),
    (
        "Zhao Liping, chairman of Xuchang Boda Electric Co., Ltd., said the company's new plant in "
        "Vietnam would start production in June. Zhao founded the firm in 2006 with 20 workers.",
        {("Zhao Liping", PE), ("Xuchang Boda Electric Co., Ltd.", C), ("Vietnam", PL)},
        {("Xuchang Boda Electric Co., Ltd.", "locatedIn", "Vietnam")},
        no_rel("Zhao Liping") | {("Zhao", None),
                                 ("Xuchang Boda Electric Co., Ltd.", "exportsTo", "Vietnam")},
    ),
    (
        '"Our orders from Brazil have doubled this year," said Guo Yanhong, general manager of '
        "Puyang Huakang Chemical Co., Ltd.",
        {("Guo Yanhong", PE), ("Puyang Huakang Chemical Co., Ltd.", C), ("Brazil", PL)},
        {("Puyang Huakang Chemical Co., Ltd.", "exportsTo", "Brazil")},
        no_rel("Guo Yanhong"),
    ),
    (
        "Henan Fuxin Electronics Co., Ltd. is the anchor tenant of the Xinxiang Electronic "
        "Information Industrial Park, which opened in 2023.",
        {("Henan Fuxin Electronics Co., Ltd.", C),
         ("Xinxiang Electronic Information Industrial Park", PL)},
        {("Henan Fuxin Electronics Co., Ltd.", "locatedIn",
          "Xinxiang Electronic Information Industrial Park")},
        {("Henan Fuxin Electronics Co., Ltd.", "subsidiaryOf", None),
         ("Xinxiang Electronic Information Industrial Park", C),
         ("Xinxiang Electronic Information Industrial Park", ORG),
         ("Xinxiang Electronic Information Industrial Park", PJ)},
    ),
    (
        "The Luoyang Administration for Market Regulation fined Luoyang Jinding Food Co., Ltd. "
        "200,000 yuan for mislabeled products.",
        {("Luoyang Administration for Market Regulation", G), ("Luoyang Jinding Food Co., Ltd.", C)},
        set(),
        no_rel("Luoyang Administration for Market Regulation") | {("Luoyang", None)},
    ),
    (
        'China Zhongyuan Heavy Machinery Corporation (ZHMC), known locally as "Zhongzhong", '
        "delivered its 1,000th coal shearer on Friday. ZHMC's main plant is in Luoyang's Jianxi "
        "District.",
        {("China Zhongyuan Heavy Machinery Corporation", C), ("Jianxi District", PL), ("Luoyang", PL)},
        {("China Zhongyuan Heavy Machinery Corporation", "locatedIn", "Jianxi District"),
         ("Jianxi District", "locatedIn", "Luoyang")},
        {("ZHMC", None), ("Zhongzhong", None),
         ("China Zhongyuan Heavy Machinery Corporation", "headquarteredIn", None),
         ("coal shearer", None)},
    ),
    (
        "Henan University of Science and Technology in Luoyang has set up a school of robotics. "
        "The university also runs a joint laboratory with Luoyang Yatai Robot Co., Ltd.",
        {("Henan University of Science and Technology", U), ("Luoyang", PL),
         ("Luoyang Yatai Robot Co., Ltd.", C)},
        {("Henan University of Science and Technology", "locatedIn", "Luoyang"),
         ("Henan University of Science and Technology", "collaboratesWith",
          "Luoyang Yatai Robot Co., Ltd.")},
        {("Luoyang Yatai Robot Co., Ltd.", "subsidiaryOf", None),
         ("Henan University of Science and Technology", "headquarteredIn", "Luoyang")},
    ),
    (
        "The Zhongyuan Laboratory of Agricultural Machinery, based in Luoyang, was set up by the "
        "Henan provincial government in 2022. The lab has signed a joint research agreement with "
        "Luoyang Heli Tractor Co., Ltd.",
        {("Zhongyuan Laboratory of Agricultural Machinery", RI), ("Luoyang", PL),
         ("Henan provincial government", G), ("Luoyang Heli Tractor Co., Ltd.", C)},
        {("Zhongyuan Laboratory of Agricultural Machinery", "headquarteredIn", "Luoyang"),
         ("Zhongyuan Laboratory of Agricultural Machinery", "collaboratesWith",
          "Luoyang Heli Tractor Co., Ltd.")},
        {("Zhongyuan Laboratory of Agricultural Machinery", "locatedIn", "Luoyang"),
         ("the lab", None)},
    ),
]

# --------------------------------------------------------------------------------------------
# Exports
# --------------------------------------------------------------------------------------------
EXPORTS = [
    (
        "Zhengzhou Tianma Abrasives Co., Ltd. has exported its diamond saw blades to more than 50 "
        "countries and regions, including India, Turkey and Brazil.",
        {("Zhengzhou Tianma Abrasives Co., Ltd.", C), ("India", PL), ("Turkey", PL), ("Brazil", PL)},
        {("Zhengzhou Tianma Abrasives Co., Ltd.", "exportsTo", "India"),
         ("Zhengzhou Tianma Abrasives Co., Ltd.", "exportsTo", "Turkey"),
         ("Zhengzhou Tianma Abrasives Co., Ltd.", "exportsTo", "Brazil")},
        {("diamond saw blades", None)},
    ),
    (
        "Luohe Xinfeng Konjac Food Co., Ltd. sells to Japan and South Korea, and is now eyeing the "
        "Middle East.",
        {("Luohe Xinfeng Konjac Food Co., Ltd.", C), ("Japan", PL), ("South Korea", PL)},
        {("Luohe Xinfeng Konjac Food Co., Ltd.", "exportsTo", "Japan"),
         ("Luohe Xinfeng Konjac Food Co., Ltd.", "exportsTo", "South Korea")},
        {("Middle East", None)},
    ),
    (
        "Each month Anyang Huayang Tractor Co., Ltd. ships about 100 small tractors to Kenya and "
        "Tanzania through the port of Qingdao.",
        {("Anyang Huayang Tractor Co., Ltd.", C), ("Kenya", PL), ("Tanzania", PL), ("Qingdao", PL)},
        {("Anyang Huayang Tractor Co., Ltd.", "exportsTo", "Kenya"),
         ("Anyang Huayang Tractor Co., Ltd.", "exportsTo", "Tanzania")},
        {("Anyang Huayang Tractor Co., Ltd.", None, "Qingdao"), ("small tractors", None)},
    ),
    (
        "The products of Xuchang Jiarui Garden Tools Co., Ltd. have entered the markets of Germany, "
        "France and Poland.",
        {("Xuchang Jiarui Garden Tools Co., Ltd.", C), ("Germany", PL), ("France", PL),
         ("Poland", PL)},
        {("Xuchang Jiarui Garden Tools Co., Ltd.", "exportsTo", "Germany"),
         ("Xuchang Jiarui Garden Tools Co., Ltd.", "exportsTo", "France"),
         ("Xuchang Jiarui Garden Tools Co., Ltd.", "exportsTo", "Poland")},
        set(),
    ),
    (
        "Overseas sales accounted for 30 percent of the revenue of Shangqiu Yida Steel Wire Co., "
        "Ltd. last year, mainly to Vietnam and Thailand.",
        {("Shangqiu Yida Steel Wire Co., Ltd.", C), ("Vietnam", PL), ("Thailand", PL)},
        {("Shangqiu Yida Steel Wire Co., Ltd.", "exportsTo", "Vietnam"),
         ("Shangqiu Yida Steel Wire Co., Ltd.", "exportsTo", "Thailand")},
        set(),
    ),
    (
        "Sanmenxia Hongda Apple Products Co., Ltd. signed an export deal with a buyer in Chile at "
        "the China Import and Export Fair in Guangzhou on Sunday.",
        {("Sanmenxia Hongda Apple Products Co., Ltd.", C), ("Chile", PL), ("Guangzhou", PL)},
        {("Sanmenxia Hongda Apple Products Co., Ltd.", "exportsTo", "Chile")},
        {("China Import and Export Fair", None),
         ("Sanmenxia Hongda Apple Products Co., Ltd.", None, "Guangzhou"),
         ("Sanmenxia Hongda Apple Products Co., Ltd.", "locatedIn", "Chile")},
    ),
    (
        "Puyang Xinyu Valve Co., Ltd. is winning orders in Indonesia that used to go to rivals from "
        "Germany and Italy.",
        {("Puyang Xinyu Valve Co., Ltd.", C), ("Indonesia", PL), ("Germany", PL), ("Italy", PL)},
        {("Puyang Xinyu Valve Co., Ltd.", "exportsTo", "Indonesia")},
        {("Puyang Xinyu Valve Co., Ltd.", None, "Germany"),
         ("Puyang Xinyu Valve Co., Ltd.", None, "Italy")},
    ),
    (
        "Zhoukou Dingxin Boiler Co., Ltd. exports industrial boilers to Southeast Asia, Africa and "
        "Latin America, with Pakistan and Peru as its top buyers.",
        {("Zhoukou Dingxin Boiler Co., Ltd.", C), ("Pakistan", PL), ("Peru", PL)},
        {("Zhoukou Dingxin Boiler Co., Ltd.", "exportsTo", "Pakistan"),
         ("Zhoukou Dingxin Boiler Co., Ltd.", "exportsTo", "Peru")},
        {("Southeast Asia", None), ("Africa", None), ("Latin America", None),
         ("industrial boilers", None)},
    ),
    (
        "Xinxiang Weilong Electric Motor Co., Ltd. has expanded its business to 20 countries along "
        "the Belt and Road, including Kyrgyzstan and Algeria.",
        {("Xinxiang Weilong Electric Motor Co., Ltd.", C), ("Kyrgyzstan", PL), ("Algeria", PL)},
        {("Xinxiang Weilong Electric Motor Co., Ltd.", "exportsTo", "Kyrgyzstan"),
         ("Xinxiang Weilong Electric Motor Co., Ltd.", "exportsTo", "Algeria")},
        {("Belt and Road", PL), ("Xinxiang Weilong Electric Motor Co., Ltd.", None, "Belt and Road")},
    ),
    (
        "Jiaozuo Ruifeng Tire Co., Ltd. was founded in 1992 in Wuzhi County. The company's tires "
        "are now sold in 80 countries, and the United States alone takes a quarter of its exports.",
        {("Jiaozuo Ruifeng Tire Co., Ltd.", C), ("Wuzhi County", PL), ("United States", PL)},
        {("Jiaozuo Ruifeng Tire Co., Ltd.", "locatedIn", "Wuzhi County"),
         ("Jiaozuo Ruifeng Tire Co., Ltd.", "exportsTo", "United States")},
        {("Jiaozuo Ruifeng Tire Co., Ltd.", "headquarteredIn", "Wuzhi County")},
    ),
    (
        "Luohe Jinsui Flour Co., Ltd. imports high-gluten wheat from Canada and Australia and sells "
        "its flour in Henan and Hubei.",
        {("Luohe Jinsui Flour Co., Ltd.", C), ("Canada", PL), ("Australia", PL), ("Henan", PL),
         ("Hubei", PL)},
        set(),
        # Imports are no exports, and provinces are no export markets.
        {("Luohe Jinsui Flour Co., Ltd.", "exportsTo", None),
         ("Luohe Jinsui Flour Co., Ltd.", None, "Canada"),
         ("Luohe Jinsui Flour Co., Ltd.", None, "Australia"),
         ("high-gluten wheat", None)},
    ),
]

FAMILIES = {
    "places": PLACES, "ownership": OWNERSHIP, "collaboration": COLLAB, "names": NAMES,
    "exports": EXPORTS,
}
CASES = PLACES + OWNERSHIP + COLLAB + NAMES + EXPORTS


# Wordings the extractor still gets wrong, with the reason; strict, so a fix shows up as a failure to remove here.
# Wordings the extractor still gets wrong, with the reason (strict xfail: a fix must remove its line).
KNOWN_MISSES = {
    "Sanmenxia Yuanhe Gold Smelting Co., Ltd. sits": "'sits at the foot of the X Mountains in Lingbao': the place "
                                                     "hangs on the mountains",
    "Puyang, a city in northern Henan province on": "'has drawn ... firms, among them X' is not read as X being there",
    "Xinxiang Baiyun Paper Co., Ltd. is jointly ow": "'owned by A and Finland's B': the parser drops A from the "
                                                     "agents",
    "Xuchang Tiangong Machinery Co., Ltd. sold its": "a stake sold to a buyer makes no subsidiary",
    "With technical support from the Zhengzhou Res": "the fronted 'With ... support from X' hangs on no verb the "
                                                     "rule reads",
    "Henan Lvqing Water Treatment Co., Ltd. said o": "goods 'installed at plants in Ethiopia' are not read as exports",
    "The Henan Academy of Agricultural Sciences an": "'bred' a crop variety is not a way of developing a product",
    "Henan Fuxin Electronics Co., Ltd. is the anch": "'anchor tenant of the park' is not read as being in it",
    "Overseas sales accounted for 30 percent of th": "'..., mainly to Vietnam and Thailand' after a clause on sales",
    "Jiaozuo Ruifeng Tire Co., Ltd. was founded in": "'the United States alone takes a quarter of its exports'",
}


@pytest.mark.parametrize("text,want_ents,want_rels,forbidden", params(CASES, KNOWN_MISSES))
def test_wording(text, want_ents, want_rels, forbidden):
    check(text, want_ents, want_rels, forbidden)


def test_the_battery_itself():
    check_battery(CASES, KNOWN_MISSES)
