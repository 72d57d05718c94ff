"""Wordings written without looking at the extractor: does it find what a careful annotator would?

Each case is one or two sentences in the style of a Chinese English-language outlet, with the
entities and relations a careful annotator following /work/shared/dev-corpus/README.md would
expect. Company, lab, project and award names are invented.

Expectations are checked as subsets: every expected entity (name, type) and relation
(subject, predicate, object) must be found; anything else the extractor finds is not penalised,
except the items listed as forbidden.

- A name may be a tuple of acceptable spellings (for spans where the "fullest form" is
  genuinely open, e.g. with or without quotes inside the name).
- collaboratesWith is accepted in either direction.
- In forbidden items, a 2-tuple is an entity (type None = any type) and a 3-tuple a relation
  (None = any subject / predicate / object).

The cases were written (session 3) by a helper that read only the dev corpus README and gold, never
the extractor. Against the extractor of that day 52 of the 96 failed; the rules they led to are
in kg/nlp, and what still fails is listed in KNOWN_MISSES (strict xfail, so a fix must remove it).
"""

from __future__ import annotations

import pytest
from wordings import AW, MIIT, ORG, PE, PJ, PL, PR, RI, A, C, G, U, check, check_battery, no_rel, params

# --------------------------------------------------------------------------------------------
# Products
# --------------------------------------------------------------------------------------------
YBX5 = A("YBX5 series explosion-proof motors", "YBX5 series explosion-proof motors for coal mines")

PRODUCTS = [
    (
        "Zhengzhou Yufeng Motor Co., Ltd. has launched its YBX5 series explosion-proof motors for "
        "coal mines, which are 3 percent more efficient than the previous generation.",
        # "for coal mines" may belong to the name: dev 03 keeps "ultra-thin glass for electronic displays".
        {("Zhengzhou Yufeng Motor Co., Ltd.", C), (YBX5, PR)},
        {("Zhengzhou Yufeng Motor Co., Ltd.", "developed", YBX5)},
        set(),
    ),
    (
        'Luohe Jinye Machinery Co., Ltd. unveiled its "Golden Leaf" tea rolling machines at a trade '
        "fair in Zhengzhou on Tuesday.",
        {("Luohe Jinye Machinery Co., Ltd.", C),
         (A('"Golden Leaf" tea rolling machines', "Golden Leaf tea rolling machines"), PR),
         ("Zhengzhou", PL)},
        {("Luohe Jinye Machinery Co., Ltd.", "developed",
          A('"Golden Leaf" tea rolling machines', "Golden Leaf tea rolling machines"))},
        {("Luohe Jinye Machinery Co., Ltd.", "locatedIn", "Zhengzhou"),
         ("Luohe Jinye Machinery Co., Ltd.", "headquarteredIn", "Zhengzhou")},
    ),
    (
        "Xuchang Hengda Electric Co., Ltd. rolled out the HD-880 intelligent ring main unit, its "
        "first product designed for offshore wind farms.",
        {("Xuchang Hengda Electric Co., Ltd.", C), ("HD-880 intelligent ring main unit", PR)},
        {("Xuchang Hengda Electric Co., Ltd.", "developed", "HD-880 intelligent ring main unit")},
        set(),
    ),
    (
        "Luoyang Zhongke Heavy Machinery Co., Ltd. showed its flagship product, the XJ-300 "
        "excavator, to visiting buyers from Kazakhstan and Uzbekistan.",
        {("Luoyang Zhongke Heavy Machinery Co., Ltd.", C), ("XJ-300 excavator", PR),
         ("Kazakhstan", PL), ("Uzbekistan", PL)},
        {("Luoyang Zhongke Heavy Machinery Co., Ltd.", "developed", "XJ-300 excavator")},
        {("Luoyang Zhongke Heavy Machinery Co., Ltd.", "exportsTo", "Kazakhstan"),
         ("Luoyang Zhongke Heavy Machinery Co., Ltd.", "exportsTo", "Uzbekistan")},
    ),
    (
        "The WK-55 mining excavator was developed by Taiyu Heavy Industry (Luoyang) Co., Ltd. in "
        "2021 and has since worked in open-pit coal mines in Inner Mongolia.",
        {("Taiyu Heavy Industry (Luoyang) Co., Ltd.", C), ("WK-55 mining excavator", PR),
         ("Inner Mongolia", PL)},
        {("Taiyu Heavy Industry (Luoyang) Co., Ltd.", "developed", "WK-55 mining excavator")},
        set(),
    ),
    (
        "Anyang Ruixin Medical Technology Co., Ltd. has independently developed a handheld "
        "ultrasound scanner, the RX-Echo 3, that weighs less than 2 kilograms.",
        {("Anyang Ruixin Medical Technology Co., Ltd.", C), ("RX-Echo 3", PR)},
        {("Anyang Ruixin Medical Technology Co., Ltd.", "developed", "RX-Echo 3")},
        {("handheld ultrasound scanner", PR)},
    ),
    (
        "Jiaozuo Tianyi Battery Co., Ltd. began mass-producing its Tianyi Power 2.0 lithium iron "
        "phosphate cells in March, with a planned output of 5 gigawatt-hours a year.",
        {("Jiaozuo Tianyi Battery Co., Ltd.", C),
         (A("Tianyi Power 2.0 lithium iron phosphate cells", "Tianyi Power 2.0"), PR)},
        {("Jiaozuo Tianyi Battery Co., Ltd.", "developed",
          A("Tianyi Power 2.0 lithium iron phosphate cells", "Tianyi Power 2.0"))},
        set(),
    ),
    (
        "The self-developed DQ-6 dust suppression system of Sanmenxia Dongqiao Environmental "
        "Equipment Co., Ltd. has been installed at 40 gold mines in western Henan.",
        {("Sanmenxia Dongqiao Environmental Equipment Co., Ltd.", C),
         ("DQ-6 dust suppression system", PR)},
        {("Sanmenxia Dongqiao Environmental Equipment Co., Ltd.", "developed",
          "DQ-6 dust suppression system")},
        set(),
    ),
    (
        "Xinxiang Kunpeng Filter Co., Ltd. and Zhengzhou University jointly developed the KP-9 "
        "aviation fuel filter, which has passed airworthiness certification.",
        {("Xinxiang Kunpeng Filter Co., Ltd.", C), ("Zhengzhou University", U),
         ("KP-9 aviation fuel filter", PR)},
        {("Xinxiang Kunpeng Filter Co., Ltd.", "developed", "KP-9 aviation fuel filter"),
         ("Zhengzhou University", "developed", "KP-9 aviation fuel filter"),
         ("Xinxiang Kunpeng Filter Co., Ltd.", "collaboratesWith", "Zhengzhou University")},
        set(),
    ),
    (
        "Puyang Longyuan Chemical Co., Ltd. produces 200,000 tonnes of nylon chips and 50,000 "
        "tonnes of adipic acid a year at its plant in Puyang.",
        {("Puyang Longyuan Chemical Co., Ltd.", C), ("Puyang", PL)},
        {("Puyang Longyuan Chemical Co., Ltd.", "locatedIn", "Puyang")},
        {("nylon chips", None), ("adipic acid", None)},
    ),
    (
        "Zhoukou Xinghe Auto Parts Co., Ltd. makes wiring harnesses and electric motors for "
        "carmakers including BYD and Geely.",
        {("Zhoukou Xinghe Auto Parts Co., Ltd.", C), ("BYD", C), ("Geely", C)},
        set(),
        {("wiring harnesses", None), ("electric motors", None), ("carmakers", None)},
    ),
    (
        "Shangqiu Huayu Refrigeration Equipment Co., Ltd. debuted its Frostline FL-12 "
        "refrigeration unit for cold-chain trucks at the China Refrigeration Expo in Shanghai.",
        {("Shangqiu Huayu Refrigeration Equipment Co., Ltd.", C),
         (A("Frostline FL-12 refrigeration unit for cold-chain trucks",
            "Frostline FL-12 refrigeration unit", "Frostline FL-12"), PR),
         ("Shanghai", PL)},
        {("Shangqiu Huayu Refrigeration Equipment Co., Ltd.", "developed",
          A("Frostline FL-12 refrigeration unit for cold-chain trucks",
            "Frostline FL-12 refrigeration unit", "Frostline FL-12"))},
        {("China Refrigeration Expo", None),
         ("Shangqiu Huayu Refrigeration Equipment Co., Ltd.", "locatedIn", "Shanghai")},
    ),
    (
        "Luohe Shuangyuan Food Co., Ltd. sells its Xiangmanyuan brand ham sausages in 26 "
        "provinces and municipalities.",
        {("Luohe Shuangyuan Food Co., Ltd.", C),
         (A("Xiangmanyuan brand ham sausages", "Xiangmanyuan ham sausages", "Xiangmanyuan"), PR)},
        {("Luohe Shuangyuan Food Co., Ltd.", "developed",
          A("Xiangmanyuan brand ham sausages", "Xiangmanyuan ham sausages", "Xiangmanyuan"))},
        set(),
    ),
    (
        "Henan Zhongyuan Tungsten Co., Ltd. in Luanchuan County, Luoyang, holds the patent for its "
        '"short-process ammonium paratungstate purification technology", which cuts energy use '
        "by a third.",
        {("Henan Zhongyuan Tungsten Co., Ltd.", C),
         ("short-process ammonium paratungstate purification technology", PR),
         ("Luanchuan County", PL), ("Luoyang", PL)},
        {("Henan Zhongyuan Tungsten Co., Ltd.", "developed",
          "short-process ammonium paratungstate purification technology"),
         ("Henan Zhongyuan Tungsten Co., Ltd.", "locatedIn", "Luanchuan County"),
         ("Luanchuan County", "locatedIn", "Luoyang")},
        set(),
    ),
    (
        "Engineers at the Henan Provincial Key Laboratory of Intelligent Mining Equipment have "
        'developed a process called "cold-wall laser cladding" that doubles the service life of '
        "hydraulic support columns.",
        {("Henan Provincial Key Laboratory of Intelligent Mining Equipment", RI),
         ("cold-wall laser cladding", PR)},
        {("Henan Provincial Key Laboratory of Intelligent Mining Equipment", "developed",
          "cold-wall laser cladding")},
        {("hydraulic support columns", None)},
    ),
    (
        "The HX-1 hydrogen fuel cell stack, independently developed by Zhengzhou Qingneng Power "
        "Technology Co., Ltd., delivers a rated power of 150 kilowatts.",
        {("Zhengzhou Qingneng Power Technology Co., Ltd.", C), ("HX-1 hydrogen fuel cell stack", PR)},
        {("Zhengzhou Qingneng Power Technology Co., Ltd.", "developed",
          "HX-1 hydrogen fuel cell stack")},
        set(),
    ),
    (
        "Luoyang Jingyan Precision Bearing Co., Ltd. rolled out a main shaft bearing for "
        "16-megawatt offshore wind turbines, the first of its kind made in China.",
        {("Luoyang Jingyan Precision Bearing Co., Ltd.", C),
         ("main shaft bearing for 16-megawatt offshore wind turbines", PR), ("China", PL)},
        {("Luoyang Jingyan Precision Bearing Co., Ltd.", "developed",
          "main shaft bearing for 16-megawatt offshore wind turbines")},
        set(),
    ),
    (
        "Xinxiang Tianli Pump Co., Ltd. said orders for its TLQ series submersible slurry pumps "
        "doubled in the first half of the year.",
        {("Xinxiang Tianli Pump Co., Ltd.", C), ("TLQ series submersible slurry pumps", PR)},
        {("Xinxiang Tianli Pump Co., Ltd.", "developed", "TLQ series submersible slurry pumps")},
        set(),
    ),
    (
        'Xuchang Ruixiang Hair Products Co., Ltd. has mass-produced its "Cloud Silk" '
        "heat-resistant synthetic fiber since 2019.",
        {("Xuchang Ruixiang Hair Products Co., Ltd.", C),
         (A('"Cloud Silk" heat-resistant synthetic fiber',
            "Cloud Silk heat-resistant synthetic fiber"), PR)},
        {("Xuchang Ruixiang Hair Products Co., Ltd.", "developed",
          A('"Cloud Silk" heat-resistant synthetic fiber',
            "Cloud Silk heat-resistant synthetic fiber"))},
        set(),
    ),
    (
        "Puyang Zhonghui Petroleum Equipment Co., Ltd. delivered 12 of its ZJ50 drilling rigs to "
        "Kazakhstan last month.",
        {("Puyang Zhonghui Petroleum Equipment Co., Ltd.", C), ("ZJ50 drilling rigs", PR),
         ("Kazakhstan", PL)},
        {("Puyang Zhonghui Petroleum Equipment Co., Ltd.", "developed", "ZJ50 drilling rigs"),
         ("Puyang Zhonghui Petroleum Equipment Co., Ltd.", "exportsTo", "Kazakhstan")},
        set(),
    ),
    (
        'Anyang Tieying Robotics Co., Ltd. has made a rail inspection robot named "Iron Patrol" '
        "that can check 20 kilometers of track in a night.",
        {("Anyang Tieying Robotics Co., Ltd.", C), ("Iron Patrol", PR)},
        {("Anyang Tieying Robotics Co., Ltd.", "developed", "Iron Patrol")},
        set(),
    ),
    (
        "Shangqiu Jinyuan Machinery Co., Ltd. was founded in 1998. Last year the company unveiled "
        "the JY-2000 corn harvester, which can pick eight rows at once.",
        {("Shangqiu Jinyuan Machinery Co., Ltd.", C), ("JY-2000 corn harvester", PR)},
        {("Shangqiu Jinyuan Machinery Co., Ltd.", "developed", "JY-2000 corn harvester")},
        set(),
    ),
    (
        "Together with the Institute of Metal Research of the Chinese Academy of Sciences, Luoyang "
        "Xinguang Titanium Co., Ltd. developed TC4-DT damage-tolerant titanium alloy plates for "
        "large aircraft.",
        {("Luoyang Xinguang Titanium Co., Ltd.", C),
         (A("Institute of Metal Research of the Chinese Academy of Sciences",
            "Institute of Metal Research"), RI),
         (A("TC4-DT damage-tolerant titanium alloy plates",
            "TC4-DT damage-tolerant titanium alloy plates for large aircraft"), PR)},
        {("Luoyang Xinguang Titanium Co., Ltd.", "developed",
          A("TC4-DT damage-tolerant titanium alloy plates",
            "TC4-DT damage-tolerant titanium alloy plates for large aircraft")),
         ("Luoyang Xinguang Titanium Co., Ltd.", "collaboratesWith",
          A("Institute of Metal Research of the Chinese Academy of Sciences",
            "Institute of Metal Research"))},
        set(),
    ),
    (
        "Henan Lantian Glass Co., Ltd. in Luohe has put its Smart Float 4.0 production technology "
        "into use on two lines.",
        {("Henan Lantian Glass Co., Ltd.", C), ("Smart Float 4.0 production technology", PR),
         ("Luohe", PL)},
        {("Henan Lantian Glass Co., Ltd.", "developed", "Smart Float 4.0 production technology"),
         ("Henan Lantian Glass Co., Ltd.", "locatedIn", "Luohe")},
        set(),
    ),
    (
        "Zhoukou Yiliang Flour Co., Ltd. makes noodles and steamed buns, and its Wheat Heart "
        "dumpling flour has become a best seller on JD.com.",
        {("Zhoukou Yiliang Flour Co., Ltd.", C),
         (A("Wheat Heart dumpling flour", "Wheat Heart"), PR), ("JD.com", C)},
        {("Zhoukou Yiliang Flour Co., Ltd.", "developed",
          A("Wheat Heart dumpling flour", "Wheat Heart"))},
        {("noodles", None), ("steamed buns", None)},
    ),
    (
        "The first batch of Qilin Q7 electric tractors rolled off the production line at Luoyang "
        "Heyu Agricultural Machinery Co., Ltd. on Friday.",
        {("Luoyang Heyu Agricultural Machinery Co., Ltd.", C), ("Qilin Q7 electric tractors", PR)},
        {("Luoyang Heyu Agricultural Machinery Co., Ltd.", "developed", "Qilin Q7 electric tractors")},
        set(),
    ),
]

# --------------------------------------------------------------------------------------------
# Awards, titles, designations and lists
# --------------------------------------------------------------------------------------------
AWARDS = [
    (
        "Henan Yuzhong Steel Pipe Co., Ltd. of Anyang was listed among China's top 500 "
        "enterprises for the third year in a row.",
        {("Henan Yuzhong Steel Pipe Co., Ltd.", C),
         (A("China's top 500 enterprises", "top 500 enterprises"), AW), ("Anyang", PL)},
        {("Henan Yuzhong Steel Pipe Co., Ltd.", "received",
          A("China's top 500 enterprises", "top 500 enterprises")),
         ("Henan Yuzhong Steel Pipe Co., Ltd.", "locatedIn", "Anyang")},
        set(),
    ),
    (
        "Luoyang Huanqiu Bearing Co., Ltd. ranked 235th on the list of China's top 500 "
        "manufacturing enterprises released by the China Enterprise Confederation.",
        {("Luoyang Huanqiu Bearing Co., Ltd.", C),
         (A("China's top 500 manufacturing enterprises",
            "list of China's top 500 manufacturing enterprises",
            "top 500 manufacturing enterprises"), AW),
         ("China Enterprise Confederation", ORG)},
        {("Luoyang Huanqiu Bearing Co., Ltd.", "received",
          A("China's top 500 manufacturing enterprises",
            "list of China's top 500 manufacturing enterprises",
            "top 500 manufacturing enterprises"))},
        no_rel("China Enterprise Confederation"),
    ),
    (
        "Xuchang Yongtai Electric Co., Ltd. was selected into the sixth batch of national "
        "manufacturing single champion enterprises.",
        {("Xuchang Yongtai Electric Co., Ltd.", C),
         ("sixth batch of national manufacturing single champion enterprises", AW)},
        {("Xuchang Yongtai Electric Co., Ltd.", "received",
          "sixth batch of national manufacturing single champion enterprises")},
        set(),
    ),
    (
        # Decided per the dev README: a designation is an Award, "was approved as" is received.
        "Zhengzhou Huarui Abrasives Co., Ltd. was recognized as a national high-tech enterprise "
        "in 2022.",
        {("Zhengzhou Huarui Abrasives Co., Ltd.", C), ("national high-tech enterprise", AW)},
        {("Zhengzhou Huarui Abrasives Co., Ltd.", "received", "national high-tech enterprise")},
        set(),
    ),
    (
        "Jiaozuo Baiyun Brake Co., Ltd. won the China Quality Award, the country's top honor for "
        "quality management, on Thursday.",
        {("Jiaozuo Baiyun Brake Co., Ltd.", C), ("China Quality Award", AW)},
        {("Jiaozuo Baiyun Brake Co., Ltd.", "received", "China Quality Award")},
        set(),
    ),
    (
        "Luohe Zhongyuan Packaging Machinery Co., Ltd. was awarded second prize of the National "
        "Science and Technology Progress Award for its high-speed aseptic carton filling "
        "technology.",
        {("Luohe Zhongyuan Packaging Machinery Co., Ltd.", C),
         (A("second prize of the National Science and Technology Progress Award",
            "National Science and Technology Progress Award"), AW),
         ("high-speed aseptic carton filling technology", PR)},
        {("Luohe Zhongyuan Packaging Machinery Co., Ltd.", "received",
          A("second prize of the National Science and Technology Progress Award",
            "National Science and Technology Progress Award")),
         ("Luohe Zhongyuan Packaging Machinery Co., Ltd.", "developed",
          "high-speed aseptic carton filling technology")},
        set(),
    ),
    (
        "Anyang Huifeng Textile Co., Ltd. earned the title of National Green Factory from the "
        "Ministry of Industry and Information Technology.",
        {("Anyang Huifeng Textile Co., Ltd.", C), ("National Green Factory", AW), (MIIT, G)},
        {("Anyang Huifeng Textile Co., Ltd.", "received", "National Green Factory")},
        no_rel(MIIT),
    ),
    (
        "Shangqiu Kaiyuan Boiler Co., Ltd. made the list of Henan's top 100 private enterprises, "
        "released on Monday by the Henan Federation of Industry and Commerce.",
        {("Shangqiu Kaiyuan Boiler Co., Ltd.", C),
         (A("Henan's top 100 private enterprises", "list of Henan's top 100 private enterprises",
            "top 100 private enterprises"), AW),
         ("Henan Federation of Industry and Commerce", ORG)},
        {("Shangqiu Kaiyuan Boiler Co., Ltd.", "received",
          A("Henan's top 100 private enterprises", "list of Henan's top 100 private enterprises",
            "top 100 private enterprises"))},
        no_rel("Henan Federation of Industry and Commerce"),
    ),
    (
        "Xinxiang Huaxing Pharmaceutical Co., Ltd. said its technology center had been upgraded "
        "to a national enterprise technology center.",
        {("Xinxiang Huaxing Pharmaceutical Co., Ltd.", C),
         ("national enterprise technology center", AW)},
        {("Xinxiang Huaxing Pharmaceutical Co., Ltd.", "received",
          "national enterprise technology center")},
        set(),
    ),
    (
        "The ZF-12 intelligent flotation machine made by Sanmenxia Jinqu Mining Equipment Co., "
        "Ltd. won a China Patent Gold Award.",
        {("Sanmenxia Jinqu Mining Equipment Co., Ltd.", C),
         ("ZF-12 intelligent flotation machine", PR), ("China Patent Gold Award", AW)},
        {("Sanmenxia Jinqu Mining Equipment Co., Ltd.", "developed",
          "ZF-12 intelligent flotation machine"),
         ("ZF-12 intelligent flotation machine", "received", "China Patent Gold Award")},
        {("Sanmenxia Jinqu Mining Equipment Co., Ltd.", "received", None)},
    ),
    (
        "Puyang Shengyuan New Materials Co., Ltd. was named a national specialized and "
        'sophisticated "little giant" enterprise by the Ministry of Industry and Information '
        "Technology.",
        {("Puyang Shengyuan New Materials Co., Ltd.", C),
         (A('national specialized and sophisticated "little giant" enterprise',
            'specialized and sophisticated "little giant" enterprise',
            "national specialized and sophisticated little giant enterprise",
            "specialized and sophisticated little giant enterprise"), AW),
         (MIIT, G)},
        {("Puyang Shengyuan New Materials Co., Ltd.", "received",
          A('national specialized and sophisticated "little giant" enterprise',
            'specialized and sophisticated "little giant" enterprise',
            "national specialized and sophisticated little giant enterprise",
            "specialized and sophisticated little giant enterprise"))},
        no_rel(MIIT),
    ),
    (
        "Zhoukou Lianfa Textile Co., Ltd. received the Henan Provincial Government Quality Award "
        "on Friday.",
        {("Zhoukou Lianfa Textile Co., Ltd.", C), ("Henan Provincial Government Quality Award", AW)},
        {("Zhoukou Lianfa Textile Co., Ltd.", "received", "Henan Provincial Government Quality Award")},
        {("Henan Provincial Government", None)},
    ),
    (
        'Xuchang Delong Intelligent Equipment Co., Ltd. has been approved as a Henan provincial '
        '"gazelle enterprise".',
        {("Xuchang Delong Intelligent Equipment Co., Ltd.", C),
         (A('Henan provincial "gazelle enterprise"', "Henan provincial gazelle enterprise",
            "gazelle enterprise"), AW)},
        {("Xuchang Delong Intelligent Equipment Co., Ltd.", "received",
          A('Henan provincial "gazelle enterprise"', "Henan provincial gazelle enterprise",
            "gazelle enterprise"))},
        set(),
    ),
    (
        "Wang Jianhua, chief engineer of Anyang Zhenxing Forging Co., Ltd., was awarded the "
        "National May Day Labor Medal.",
        {("Wang Jianhua", PE), ("Anyang Zhenxing Forging Co., Ltd.", C),
         ("National May Day Labor Medal", AW)},
        {("Wang Jianhua", "received", "National May Day Labor Medal")},
        {("Anyang Zhenxing Forging Co., Ltd.", "received", "National May Day Labor Medal")},
    ),
    (
        "The Ministry of Industry and Information Technology published its list of green supply "
        "chain management enterprises on Thursday, and Jiaozuo Hongda Aluminum Co., Ltd. was on it.",
        {("Jiaozuo Hongda Aluminum Co., Ltd.", C), (MIIT, G),
         (A("green supply chain management enterprises",
            "list of green supply chain management enterprises"), AW)},
        {("Jiaozuo Hongda Aluminum Co., Ltd.", "received",
          A("green supply chain management enterprises",
            "list of green supply chain management enterprises"))},
        no_rel(MIIT),
    ),
    (
        "Luohe Xiangyuan Food Co., Ltd. won the title of China Time-honored Brand in 2021.",
        {("Luohe Xiangyuan Food Co., Ltd.", C), ("China Time-honored Brand", AW)},
        {("Luohe Xiangyuan Food Co., Ltd.", "received", "China Time-honored Brand")},
        set(),
    ),
    (
        "Sanmenxia Yuxin Aluminum Co., Ltd. has been included in the first batch of Henan "
        "provincial smart factories.",
        {("Sanmenxia Yuxin Aluminum Co., Ltd.", C),
         ("first batch of Henan provincial smart factories", AW)},
        {("Sanmenxia Yuxin Aluminum Co., Ltd.", "received",
          "first batch of Henan provincial smart factories")},
        set(),
    ),
    (
        "Zhengzhou Yuhua Cable Co., Ltd. ranked No 87 among the Top 100 Henan Manufacturing "
        "Enterprises for 2024.",
        {("Zhengzhou Yuhua Cable Co., Ltd.", C), ("Top 100 Henan Manufacturing Enterprises", AW)},
        {("Zhengzhou Yuhua Cable Co., Ltd.", "received", "Top 100 Henan Manufacturing Enterprises")},
        set(),
    ),
    (
        "Anyang Baoli Agricultural Machinery Co., Ltd.'s 4LZ-8 self-propelled grain combine "
        "harvester won first prize of the Henan Provincial Science and Technology Progress Award.",
        {("Anyang Baoli Agricultural Machinery Co., Ltd.", C),
         ("4LZ-8 self-propelled grain combine harvester", PR),
         (A("first prize of the Henan Provincial Science and Technology Progress Award",
            "Henan Provincial Science and Technology Progress Award"), AW)},
        {("Anyang Baoli Agricultural Machinery Co., Ltd.", "developed",
          "4LZ-8 self-propelled grain combine harvester"),
         # (the product the sentence says won is credited, its maker's possessive or not)
         ("4LZ-8 self-propelled grain combine harvester", "received",
          A("first prize of the Henan Provincial Science and Technology Progress Award",
            "Henan Provincial Science and Technology Progress Award"))},
        {("Anyang Baoli Agricultural Machinery Co., Ltd.", "received", None)},
    ),
    (
        "The Xinxiang Battery Materials Research Institute was approved as a Henan provincial new "
        "R&D institution last month.",
        {("Xinxiang Battery Materials Research Institute", RI),
         ("Henan provincial new R&D institution", AW)},
        {("Xinxiang Battery Materials Research Institute", "received",
          "Henan provincial new R&D institution")},
        set(),
    ),
    (
        'Shangqiu Tianyu Pharmaceutical Co., Ltd. was given the honorary title of "Henan '
        'Provincial Quality Benchmark Enterprise" by the Henan Administration for Market '
        "Regulation.",
        {("Shangqiu Tianyu Pharmaceutical Co., Ltd.", C),
         ("Henan Provincial Quality Benchmark Enterprise", AW),
         ("Henan Administration for Market Regulation", G)},
        {("Shangqiu Tianyu Pharmaceutical Co., Ltd.", "received",
          "Henan Provincial Quality Benchmark Enterprise")},
        no_rel("Henan Administration for Market Regulation"),
    ),
    (
        "Luoyang Zhongzhou Refractory Co., Ltd. has obtained the title of Henan Famous Brand for "
        "its zirconia corundum bricks.",
        {("Luoyang Zhongzhou Refractory Co., Ltd.", C), ("Henan Famous Brand", AW)},
        {("Luoyang Zhongzhou Refractory Co., Ltd.", "received", "Henan Famous Brand")},
        set(),
    ),
    (
        "Zhoukou Hengxin Garment Co., Ltd. was recognized as a national industrial design center "
        "by the Ministry of Industry and Information Technology, the only winner from Zhoukou.",
        {("Zhoukou Hengxin Garment Co., Ltd.", C), ("national industrial design center", AW),
         (MIIT, G), ("Zhoukou", PL)},
        {("Zhoukou Hengxin Garment Co., Ltd.", "received", "national industrial design center"),
         ("Zhoukou Hengxin Garment Co., Ltd.", "locatedIn", "Zhoukou")},
        no_rel(MIIT),
    ),
    (
        "Puyang Huilong Chemical Co., Ltd.'s plant in Puyang was named a Global Lighthouse "
        "Factory by the World Economic Forum.",
        {("Puyang Huilong Chemical Co., Ltd.", C), ("Global Lighthouse Factory", AW),
         ("World Economic Forum", ORG), ("Puyang", PL)},
        {("Puyang Huilong Chemical Co., Ltd.", "received", "Global Lighthouse Factory"),
         ("Puyang Huilong Chemical Co., Ltd.", "locatedIn", "Puyang")},
        no_rel("World Economic Forum"),
    ),
    (
        "Luoyang Ruihua Lighting Co., Ltd. won a Red Dot Design Award for its Moonbeam L1 desk "
        "lamp.",
        {("Luoyang Ruihua Lighting Co., Ltd.", C), ("Red Dot Design Award", AW),
         ("Moonbeam L1 desk lamp", PR)},
        {("Luoyang Ruihua Lighting Co., Ltd.", "received", "Red Dot Design Award"),
         ("Luoyang Ruihua Lighting Co., Ltd.", "developed", "Moonbeam L1 desk lamp")},
        set(),
    ),
]

# --------------------------------------------------------------------------------------------
# participatesIn
# --------------------------------------------------------------------------------------------
PARTICIPATION = [
    (
        "Xuchang Hengfeng Electric Co., Ltd. supplied 120 sets of gas-insulated switchgear to the "
        "Zhengzhou-Jinan high-speed railway project.",
        {("Xuchang Hengfeng Electric Co., Ltd.", C),
         ("Zhengzhou-Jinan high-speed railway project", PJ)},
        {("Xuchang Hengfeng Electric Co., Ltd.", "participatesIn",
          "Zhengzhou-Jinan high-speed railway project")},
        set(),
    ),
    (
        "Luoyang Yuanda Steel Structure Co., Ltd. built the steel roof of the Zhengzhou Olympic "
        "Sports Center project, which spans 280 meters.",
        {("Luoyang Yuanda Steel Structure Co., Ltd.", C),
         ("Zhengzhou Olympic Sports Center project", PJ)},
        {("Luoyang Yuanda Steel Structure Co., Ltd.", "participatesIn",
          "Zhengzhou Olympic Sports Center project")},
        set(),
    ),
    (
        "Anyang Xinyuan Power Construction Co., Ltd. undertook the Anyang 200-megawatt "
        "photovoltaic power station project in Neihuang County.",
        {("Anyang Xinyuan Power Construction Co., Ltd.", C),
         ("Anyang 200-megawatt photovoltaic power station project", PJ),
         ("Neihuang County", PL)},
        {("Anyang Xinyuan Power Construction Co., Ltd.", "participatesIn",
          "Anyang 200-megawatt photovoltaic power station project"),
         ("Anyang 200-megawatt photovoltaic power station project", "locatedIn", "Neihuang County")},
        set(),
    ),
    (
        "Jiaozuo Zhongtai Construction Group Co., Ltd. won a 2.3-billion-yuan contract for the "
        "Jiaozuo-Yuncheng Expressway project.",
        {("Jiaozuo Zhongtai Construction Group Co., Ltd.", C),
         ("Jiaozuo-Yuncheng Expressway project", PJ)},
        {("Jiaozuo Zhongtai Construction Group Co., Ltd.", "participatesIn",
          "Jiaozuo-Yuncheng Expressway project")},
        set(),
    ),
    (
        "Zhengzhou Yufeng Investment Group Co., Ltd. will invest 5 billion yuan in the Yufeng "
        "Semiconductor Packaging Base project in the Zhengzhou Airport Economy Zone.",
        {("Zhengzhou Yufeng Investment Group Co., Ltd.", C),
         ("Yufeng Semiconductor Packaging Base project", PJ),
         ("Zhengzhou Airport Economy Zone", PL)},
        {("Zhengzhou Yufeng Investment Group Co., Ltd.", "participatesIn",
          "Yufeng Semiconductor Packaging Base project"),
         ("Yufeng Semiconductor Packaging Base project", "locatedIn",
          "Zhengzhou Airport Economy Zone")},
        set(),
    ),
    (
        "Puyang Lvneng Hydrogen Energy Co., Ltd. operates the Puyang Hydrogen Refueling Station "
        "Demonstration Project, which has 12 stations across the city.",
        {("Puyang Lvneng Hydrogen Energy Co., Ltd.", C),
         ("Puyang Hydrogen Refueling Station Demonstration Project", PJ)},
        {("Puyang Lvneng Hydrogen Energy Co., Ltd.", "participatesIn",
          "Puyang Hydrogen Refueling Station Demonstration Project")},
        set(),
    ),
    (
        "Shangqiu Xinda Glass Co., Ltd. has joined the Henan Intelligent Manufacturing "
        "Transformation Program, a provincial plan to upgrade 1,000 factories by 2025.",
        {("Shangqiu Xinda Glass Co., Ltd.", C),
         ("Henan Intelligent Manufacturing Transformation Program", PJ)},
        {("Shangqiu Xinda Glass Co., Ltd.", "participatesIn",
          "Henan Intelligent Manufacturing Transformation Program")},
        set(),
    ),
    (
        "The Sanmenxia-Pinglu Yellow River Highway Bridge project, in which Sanmenxia Jiaotou "
        "Construction Co., Ltd. holds a 40 percent stake, opened to traffic on Sunday.",
        {("Sanmenxia Jiaotou Construction Co., Ltd.", C),
         ("Sanmenxia-Pinglu Yellow River Highway Bridge project", PJ)},
        {("Sanmenxia Jiaotou Construction Co., Ltd.", "participatesIn",
          "Sanmenxia-Pinglu Yellow River Highway Bridge project")},
        set(),
    ),
    (
        "Xinxiang Huadian Engineering Co., Ltd. is the EPC contractor of the Huojia 100-megawatt "
        "wind farm project in Xinxiang.",
        {("Xinxiang Huadian Engineering Co., Ltd.", C),
         ("Huojia 100-megawatt wind farm project", PJ), ("Xinxiang", PL)},
        {("Xinxiang Huadian Engineering Co., Ltd.", "participatesIn",
          "Huojia 100-megawatt wind farm project"),
         ("Huojia 100-megawatt wind farm project", "locatedIn", "Xinxiang")},
        set(),
    ),
    (
        "Hydraulic hoists made by Luoyang Jinlun Hydraulic Co., Ltd. were used in the Xiaolangdi "
        "Water Conservancy Hub upgrading project.",
        {("Luoyang Jinlun Hydraulic Co., Ltd.", C),
         ("Xiaolangdi Water Conservancy Hub upgrading project", PJ)},
        {("Luoyang Jinlun Hydraulic Co., Ltd.", "participatesIn",
          "Xiaolangdi Water Conservancy Hub upgrading project")},
        {("hydraulic hoists", None)},
    ),
    (
        "Zhoukou Yuantong Port Machinery Co., Ltd. won the bid for the Zhoukou Central Port Phase "
        "III project, beating six rivals.",
        {("Zhoukou Yuantong Port Machinery Co., Ltd.", C),
         ("Zhoukou Central Port Phase III project", PJ)},
        {("Zhoukou Yuantong Port Machinery Co., Ltd.", "participatesIn",
          "Zhoukou Central Port Phase III project")},
        set(),
    ),
    (
        "Luohe Yinhe Food Co., Ltd. signed a contract with Henan Jianhua Construction Engineering "
        "Co., Ltd. for the Luohe central kitchen industrial park project.",
        {("Luohe Yinhe Food Co., Ltd.", C), ("Henan Jianhua Construction Engineering Co., Ltd.", C),
         ("Luohe central kitchen industrial park project", PJ)},
        {("Luohe Yinhe Food Co., Ltd.", "participatesIn",
          "Luohe central kitchen industrial park project"),
         ("Henan Jianhua Construction Engineering Co., Ltd.", "participatesIn",
          "Luohe central kitchen industrial park project")},
        set(),
    ),
    (
        "Zhengzhou Lianchuang Semiconductor Co., Ltd. is taking part in the National Key R&D "
        "Program on wide-bandgap semiconductor materials.",
        {("Zhengzhou Lianchuang Semiconductor Co., Ltd.", C),
         (A("National Key R&D Program on wide-bandgap semiconductor materials",
            "National Key R&D Program"), PJ)},
        {("Zhengzhou Lianchuang Semiconductor Co., Ltd.", "participatesIn",
          A("National Key R&D Program on wide-bandgap semiconductor materials",
            "National Key R&D Program"))},
        set(),
    ),
    (
        "Jiaozuo Dingli Gear Co., Ltd. and the Henan Institute of Advanced Manufacturing "
        "Technology are jointly undertaking the High-Precision Gear Grinding Machine Tool Project, "
        "a major provincial science and technology project.",
        {("Jiaozuo Dingli Gear Co., Ltd.", C),
         ("Henan Institute of Advanced Manufacturing Technology", RI),
         ("High-Precision Gear Grinding Machine Tool Project", PJ)},
        {("Jiaozuo Dingli Gear Co., Ltd.", "participatesIn",
          "High-Precision Gear Grinding Machine Tool Project"),
         ("Henan Institute of Advanced Manufacturing Technology", "participatesIn",
          "High-Precision Gear Grinding Machine Tool Project"),
         ("Jiaozuo Dingli Gear Co., Ltd.", "collaboratesWith",
          "Henan Institute of Advanced Manufacturing Technology")},
        set(),
    ),
    (
        "Xuchang Xuneng Transformer Co., Ltd. shipped 30 power transformers to the Karot "
        "Hydropower Project in Pakistan.",
        {("Xuchang Xuneng Transformer Co., Ltd.", C), ("Karot Hydropower Project", PJ),
         ("Pakistan", PL)},
        {("Xuchang Xuneng Transformer Co., Ltd.", "participatesIn", "Karot Hydropower Project"),
         ("Karot Hydropower Project", "locatedIn", "Pakistan")},
        # No exportsTo Pakistan: dev 01 gives none for a contract "for a ... station in South Africa";
        # the country is only the project's location here.
        {("power transformers", None)},
    ),
    (
        "Construction of the Anyang Hongqi Canal Cultural Park project, undertaken by Anyang Urban "
        "Construction Group Co., Ltd., started on Monday.",
        {("Anyang Urban Construction Group Co., Ltd.", C),
         ("Anyang Hongqi Canal Cultural Park project", PJ)},
        {("Anyang Urban Construction Group Co., Ltd.", "participatesIn",
          "Anyang Hongqi Canal Cultural Park project")},
        set(),
    ),
    (
        "Luoyang Tianhe Robot Co., Ltd. was chosen to take part in the Ministry of Industry and "
        "Information Technology's humanoid robot pilot application program.",
        {("Luoyang Tianhe Robot Co., Ltd.", C), (MIIT, G),
         ("humanoid robot pilot application program", PJ)},
        {("Luoyang Tianhe Robot Co., Ltd.", "participatesIn",
          "humanoid robot pilot application program")},
        set(),
    ),
    (
        "Zhengzhou Hengtong Rail Equipment Co., Ltd. provided the signaling system for the "
        "Zhengzhou Metro Line 12 project.",
        {("Zhengzhou Hengtong Rail Equipment Co., Ltd.", C), ("Zhengzhou Metro Line 12 project", PJ)},
        {("Zhengzhou Hengtong Rail Equipment Co., Ltd.", "participatesIn",
          "Zhengzhou Metro Line 12 project")},
        set(),
    ),
    (
        "Bank of Zhengzhou has granted a 1.5-billion-yuan loan to the Minquan cold-chain logistics "
        "park project in Shangqiu.",
        {("Bank of Zhengzhou", ORG), ("Minquan cold-chain logistics park project", PJ),
         ("Shangqiu", PL)},
        {("Bank of Zhengzhou", "participatesIn", "Minquan cold-chain logistics park project"),
         ("Minquan cold-chain logistics park project", "locatedIn", "Shangqiu")},
        set(),
    ),
    (
        "Puyang Yuhai Oilfield Services Co., Ltd. is among 15 companies taking part in the "
        "Zhongyuan Oilfield carbon capture, utilization and storage demonstration project.",
        {("Puyang Yuhai Oilfield Services Co., Ltd.", C),
         ("Zhongyuan Oilfield carbon capture, utilization and storage demonstration project", PJ)},
        {("Puyang Yuhai Oilfield Services Co., Ltd.", "participatesIn",
          "Zhongyuan Oilfield carbon capture, utilization and storage demonstration project")},
        set(),
    ),
    (
        "The Luohe 5G Smart Food Industrial Park project is jointly invested by Luohe Jiahe "
        "Holdings Co., Ltd. and Shenzhen Xunda Capital Co., Ltd.",
        {("Luohe Jiahe Holdings Co., Ltd.", C), ("Shenzhen Xunda Capital Co., Ltd.", C),
         ("Luohe 5G Smart Food Industrial Park project", PJ)},
        {("Luohe Jiahe Holdings Co., Ltd.", "participatesIn",
          "Luohe 5G Smart Food Industrial Park project"),
         ("Shenzhen Xunda Capital Co., Ltd.", "participatesIn",
          "Luohe 5G Smart Food Industrial Park project"),
         ("Luohe Jiahe Holdings Co., Ltd.", "collaboratesWith", "Shenzhen Xunda Capital Co., Ltd.")},
        set(),
    ),
    (
        'The "Yuzhou-1" shield tunneling machine, produced by Zhengzhou Tiangong Tunneling '
        "Equipment Co., Ltd., has finished boring a 3-kilometer section of the Luoyang Metro Line "
        "3 project.",
        {("Zhengzhou Tiangong Tunneling Equipment Co., Ltd.", C),
         (A('"Yuzhou-1" shield tunneling machine', "Yuzhou-1 shield tunneling machine",
            "Yuzhou-1"), PR),
         ("Luoyang Metro Line 3 project", PJ)},
        {("Zhengzhou Tiangong Tunneling Equipment Co., Ltd.", "developed",
          A('"Yuzhou-1" shield tunneling machine', "Yuzhou-1 shield tunneling machine",
            "Yuzhou-1")),
         ("Zhengzhou Tiangong Tunneling Equipment Co., Ltd.", "participatesIn",
          "Luoyang Metro Line 3 project")},
        set(),
    ),
]

# --------------------------------------------------------------------------------------------
# collaboratesWith, subsidiaryOf, exportsTo, developed in other wordings
# --------------------------------------------------------------------------------------------
OTHER = [
    (
        "Zhengzhou Ruitai Electric Co., Ltd. has teamed up with Tsinghua University to develop "
        "solid-state circuit breakers for data centers.",
        {("Zhengzhou Ruitai Electric Co., Ltd.", C), ("Tsinghua University", U)},
        {("Zhengzhou Ruitai Electric Co., Ltd.", "collaboratesWith", "Tsinghua University")},
        set(),
    ),
    (
        "Luoyang Hengshi New Materials Co., Ltd. signed a memorandum of understanding with the "
        "Zhengzhou Research Institute of Harbin Institute of Technology on carbon fiber research.",
        {("Luoyang Hengshi New Materials Co., Ltd.", C),
         ("Zhengzhou Research Institute of Harbin Institute of Technology", RI)},
        {("Luoyang Hengshi New Materials Co., Ltd.", "collaboratesWith",
          "Zhengzhou Research Institute of Harbin Institute of Technology")},
        {("Harbin Institute of Technology", None)},
    ),
    (
        "Xuchang Yuanfang Intelligent Technology Co., Ltd. and Xuchang University jointly built the "
        "Xuchang Power Electronics Reliability Joint Laboratory in 2023.",
        {("Xuchang Yuanfang Intelligent Technology Co., Ltd.", C), ("Xuchang University", U),
         ("Xuchang Power Electronics Reliability Joint Laboratory", RI)},
        {("Xuchang Yuanfang Intelligent Technology Co., Ltd.", "collaboratesWith",
          "Xuchang University")},
        set(),
    ),
    (
        "Anyang Tianhai Pharmaceutical Co., Ltd. is a wholly owned subsidiary of Shanghai Kangda "
        "Pharmaceutical Group Co., Ltd.",
        {("Anyang Tianhai Pharmaceutical Co., Ltd.", C),
         ("Shanghai Kangda Pharmaceutical Group Co., Ltd.", C)},
        {("Anyang Tianhai Pharmaceutical Co., Ltd.", "subsidiaryOf",
          "Shanghai Kangda Pharmaceutical Group Co., Ltd.")},
        set(),
    ),
    (
        "Jiaozuo Kaiyuan Chemical Co., Ltd., a company under Henan Energy Group, started up a "
        "300,000-tonne methanol unit on Wednesday.",
        {("Jiaozuo Kaiyuan Chemical Co., Ltd.", C), ("Henan Energy Group", C)},
        {("Jiaozuo Kaiyuan Chemical Co., Ltd.", "subsidiaryOf", "Henan Energy Group")},
        set(),
    ),
    (
        "Sanmenxia Shenzhou Mining Co., Ltd., which is owned by Zhengzhou Tianxiang Holdings Co., "
        "Ltd., mines 300,000 tonnes of bauxite a year.",
        {("Sanmenxia Shenzhou Mining Co., Ltd.", C), ("Zhengzhou Tianxiang Holdings Co., Ltd.", C)},
        {("Sanmenxia Shenzhou Mining Co., Ltd.", "subsidiaryOf",
          "Zhengzhou Tianxiang Holdings Co., Ltd.")},
        {("bauxite", None)},
    ),
    (
        "Luoyang Sino-German Gear Co., Ltd., a joint venture of Luoyang Hengtai Machinery Co., Ltd. "
        "and Germany's Kraft Antriebstechnik GmbH, went into production in 2019.",
        {("Luoyang Sino-German Gear Co., Ltd.", C), ("Luoyang Hengtai Machinery Co., Ltd.", C),
         ("Kraft Antriebstechnik GmbH", C), ("Germany", PL)},
        {("Luoyang Sino-German Gear Co., Ltd.", "subsidiaryOf", "Luoyang Hengtai Machinery Co., Ltd."),
         ("Luoyang Sino-German Gear Co., Ltd.", "subsidiaryOf", "Kraft Antriebstechnik GmbH")},
        set(),
    ),
    (
        "Puyang Ruida Valve Co., Ltd. ships its products to more than 30 countries including "
        "Russia, Brazil and Indonesia.",
        {("Puyang Ruida Valve Co., Ltd.", C), ("Russia", PL), ("Brazil", PL), ("Indonesia", PL)},
        {("Puyang Ruida Valve Co., Ltd.", "exportsTo", "Russia"),
         ("Puyang Ruida Valve Co., Ltd.", "exportsTo", "Brazil"),
         ("Puyang Ruida Valve Co., Ltd.", "exportsTo", "Indonesia")},
        set(),
    ),
    (
        "Zhoukou Haoyun Garment Co., Ltd. has expanded into overseas markets such as Japan and "
        "South Korea.",
        {("Zhoukou Haoyun Garment Co., Ltd.", C), ("Japan", PL), ("South Korea", PL)},
        {("Zhoukou Haoyun Garment Co., Ltd.", "exportsTo", "Japan"),
         ("Zhoukou Haoyun Garment Co., Ltd.", "exportsTo", "South Korea")},
        set(),
    ),
    (
        "Xinxiang Yixin Transformer Co., Ltd. won orders worth 80 million yuan from Saudi Arabia "
        "and Egypt this year.",
        {("Xinxiang Yixin Transformer Co., Ltd.", C), ("Saudi Arabia", PL), ("Egypt", PL)},
        {("Xinxiang Yixin Transformer Co., Ltd.", "exportsTo", "Saudi Arabia"),
         ("Xinxiang Yixin Transformer Co., Ltd.", "exportsTo", "Egypt")},
        set(),
    ),
    (
        "Luohe Tianxiang Food Co., Ltd. was founded in 2005, and its products are sold in "
        "Malaysia, Thailand and Singapore.",
        {("Luohe Tianxiang Food Co., Ltd.", C), ("Malaysia", PL), ("Thailand", PL),
         ("Singapore", PL)},
        {("Luohe Tianxiang Food Co., Ltd.", "exportsTo", "Malaysia"),
         ("Luohe Tianxiang Food Co., Ltd.", "exportsTo", "Thailand"),
         ("Luohe Tianxiang Food Co., Ltd.", "exportsTo", "Singapore")},
        set(),
    ),
    (
        "Shangqiu Zhongfa Machinery Co., Ltd. exports flour milling equipment to Africa and "
        "Central Asia, and Ethiopia is its largest overseas market.",
        {("Shangqiu Zhongfa Machinery Co., Ltd.", C), ("Ethiopia", PL)},
        {("Shangqiu Zhongfa Machinery Co., Ltd.", "exportsTo", "Ethiopia")},
        {("Africa", None), ("Central Asia", None)},
    ),
    (
        "Zhengzhou Fulong Instrument Co., Ltd., the maker of the FL-3000 gas chromatograph, moved "
        "into a new plant in the Zhengzhou High-tech Industrial Development Zone.",
        {("Zhengzhou Fulong Instrument Co., Ltd.", C), ("FL-3000 gas chromatograph", PR),
         ("Zhengzhou High-tech Industrial Development Zone", PL)},
        {("Zhengzhou Fulong Instrument Co., Ltd.", "developed", "FL-3000 gas chromatograph"),
         ("Zhengzhou Fulong Instrument Co., Ltd.", "locatedIn",
          "Zhengzhou High-tech Industrial Development Zone")},
        set(),
    ),
    (
        "Zhengzhou Longda Auto Parts Co., Ltd. set up its European sales subsidiary, Longda Europe "
        "GmbH, in Hungary.",
        {("Zhengzhou Longda Auto Parts Co., Ltd.", C), ("Longda Europe GmbH", C), ("Hungary", PL)},
        {("Longda Europe GmbH", "subsidiaryOf", "Zhengzhou Longda Auto Parts Co., Ltd."),
         ("Longda Europe GmbH", "locatedIn", "Hungary")},
        set(),
    ),
    (
        "Luoyang Kunlun Bearing Co., Ltd. is a unit of China Jinghua Machinery Group.",
        {("Luoyang Kunlun Bearing Co., Ltd.", C), ("China Jinghua Machinery Group", C)},
        {("Luoyang Kunlun Bearing Co., Ltd.", "subsidiaryOf", "China Jinghua Machinery Group")},
        set(),
    ),
    (
        "Henan Yuxing Capital Holdings Co., Ltd. is the controlling shareholder of Xuchang Taida "
        "Power Equipment Co., Ltd.",
        {("Henan Yuxing Capital Holdings Co., Ltd.", C), ("Xuchang Taida Power Equipment Co., Ltd.", C)},
        {("Xuchang Taida Power Equipment Co., Ltd.", "subsidiaryOf",
          "Henan Yuxing Capital Holdings Co., Ltd.")},
        {("Henan Yuxing Capital Holdings Co., Ltd.", "subsidiaryOf",
          "Xuchang Taida Power Equipment Co., Ltd.")},
    ),
    (
        "Jiaozuo Jiahe New Energy Co., Ltd. signed a strategic cooperation agreement with Henan "
        "Polytechnic University to train engineers and share testing equipment.",
        {("Jiaozuo Jiahe New Energy Co., Ltd.", C), ("Henan Polytechnic University", U)},
        {("Jiaozuo Jiahe New Energy Co., Ltd.", "collaboratesWith", "Henan Polytechnic University")},
        set(),
    ),
    (
        "Zhoukou Jinli Medical Device Co., Ltd. and Henan University of Chinese Medicine "
        "co-developed a moxibustion therapy device called AiHe-1.",
        {("Zhoukou Jinli Medical Device Co., Ltd.", C), ("Henan University of Chinese Medicine", U),
         ("AiHe-1", PR)},
        {("Zhoukou Jinli Medical Device Co., Ltd.", "developed", "AiHe-1"),
         ("Henan University of Chinese Medicine", "developed", "AiHe-1"),
         ("Zhoukou Jinli Medical Device Co., Ltd.", "collaboratesWith",
          "Henan University of Chinese Medicine")},
        set(),
    ),
    (
        "Luoyang Dongtai Aviation Parts Co., Ltd. has teamed up with France's Safran to make "
        "landing gear parts.",
        {("Luoyang Dongtai Aviation Parts Co., Ltd.", C), ("Safran", C), ("France", PL)},
        {("Luoyang Dongtai Aviation Parts Co., Ltd.", "collaboratesWith", "Safran")},
        set(),
    ),
    (
        "Sanmenxia Baohua Apple Juice Co., Ltd. supplies concentrated apple juice to customers in "
        "the United States, Canada and Germany.",
        {("Sanmenxia Baohua Apple Juice Co., Ltd.", C), ("United States", PL), ("Canada", PL),
         ("Germany", PL)},
        {("Sanmenxia Baohua Apple Juice Co., Ltd.", "exportsTo", "United States"),
         ("Sanmenxia Baohua Apple Juice Co., Ltd.", "exportsTo", "Canada"),
         ("Sanmenxia Baohua Apple Juice Co., Ltd.", "exportsTo", "Germany")},
        {("concentrated apple juice", None)},
    ),
    (
        "Shenzhen-based Huitong Electronics Co., Ltd. set up Zhengzhou Huitong Smart Terminal Co., "
        "Ltd. as a wholly-owned subsidiary in the Zhengzhou Airport Economy Zone in 2022.",
        {("Huitong Electronics Co., Ltd.", C), ("Zhengzhou Huitong Smart Terminal Co., Ltd.", C),
         ("Shenzhen", PL), ("Zhengzhou Airport Economy Zone", PL)},
        {("Zhengzhou Huitong Smart Terminal Co., Ltd.", "subsidiaryOf", "Huitong Electronics Co., Ltd."),
         ("Huitong Electronics Co., Ltd.", "headquarteredIn", "Shenzhen"),
         ("Zhengzhou Huitong Smart Terminal Co., Ltd.", "locatedIn",
          "Zhengzhou Airport Economy Zone")},
        set(),
    ),
    (
        "Xinxiang Ruifeng Battery Co., Ltd. and its subsidiary Xinxiang Ruifeng Separator Co., "
        "Ltd. together employ 3,000 people.",
        {("Xinxiang Ruifeng Battery Co., Ltd.", C), ("Xinxiang Ruifeng Separator Co., Ltd.", C)},
        {("Xinxiang Ruifeng Separator Co., Ltd.", "subsidiaryOf", "Xinxiang Ruifeng Battery Co., Ltd.")},
        set(),
    ),
    (
        "Seed drills made by Anyang Sanhe Agricultural Machinery Co., Ltd. have found buyers in "
        "Ukraine and Argentina.",
        {("Anyang Sanhe Agricultural Machinery Co., Ltd.", C), ("Ukraine", PL), ("Argentina", PL)},
        {("Anyang Sanhe Agricultural Machinery Co., Ltd.", "exportsTo", "Ukraine"),
         ("Anyang Sanhe Agricultural Machinery Co., Ltd.", "exportsTo", "Argentina")},
        {("seed drills", None)},
    ),
]

FAMILIES = {"products": PRODUCTS, "awards": AWARDS, "participation": PARTICIPATION, "other": OTHER}
CASES = PRODUCTS + AWARDS + PARTICIPATION + OTHER


# Wordings the extractor still gets wrong, with the reason; strict, so a fix shows up as a failure to remove here.
KNOWN_MISSES = {
    "Luoyang Jingyan Precision Bearing Co., Ltd. r": "an indefinite descriptive product ('a main shaft bearing for ...')",
    "Zhoukou Yiliang Flour Co., Ltd. makes noodles": "a brand the NER calls a person before an unlisted goods noun",
    "Luohe Zhongyuan Packaging Machinery Co., Ltd.": "the technology an award is 'for' is not made a product",
    "The Ministry of Industry and Information Tech": "'was on it': the list is named in the clause before",
    "Zhoukou Hengxin Garment Co., Ltd. was recogni": "'the only winner from Zhoukou' gives no place",
    "Puyang Huilong Chemical Co., Ltd.'s plant in": "'World Economic Forum' is read as an event ('forum')",
    "Luoyang Ruihua Lighting Co., Ltd. won a Red D": "a brand with a short code ('Moonbeam L1 desk lamp')",
    "Puyang Yuhai Oilfield Services Co., Ltd. is a": "a project name with a comma list inside it",
    'The "Yuzhou-1" shield tunneling machine, prod': "a machine's maker is not linked to the project the machine works on",
    # (session 7: the gold sets label a quoted brand with a description by the brand alone in 18 of 24 cases, so the
    # extractor does; the full form is an alias, which these cases do not look at)
    "Luohe Jinye Machinery Co., Ltd. unveiled its": "convention: the product's label is the quoted brand alone",
    "Xuchang Ruixiang Hair Products Co., Ltd. has": "convention: the product's label is the quoted brand alone",
}


@pytest.mark.parametrize("text,want_ents,want_rels,forbidden", params(CASES, KNOWN_MISSES))
def test_wording(text, want_ents, want_rels, forbidden):
    check(text, want_ents, want_rels, forbidden)


def test_the_battery_itself():
    check_battery(CASES, KNOWN_MISSES)
