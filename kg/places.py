"""Names of Chinese provinces and cities, kept apart from the NLP lexicon so that the namespace module (which keys
every entity's IRI) can read them without loading spaCy."""

from __future__ import annotations

# Provinces, Henan's prefecture-level and county-level cities, and large cities elsewhere in China (lower case).
CHINA_PLACES = frozenset("""anhui beijing chongqing fujian gansu guangdong guangxi guizhou hainan hebei heilongjiang
henan hubei hunan jiangsu jiangxi jilin liaoning ningxia qinghai shaanxi shandong shanghai shanxi sichuan tianjin tibet
xinjiang yunnan zhejiang taiwan zhengzhou kaifeng luoyang pingdingshan anyang hebi xinxiang jiaozuo puyang xuchang
luohe sanmenxia nanyang shangqiu xinyang zhoukou zhumadian jiyuan gongyi dengfeng xinzheng xinmi yanshi yuzhou
changge lingbao xingyang ruzhou wugang linzhou weihui huixian changyuan qinyang mengzhou yima dengzhou yongcheng
xiangcheng guangzhou shenzhen wuhan hangzhou nanjing chengdu xi'an qingdao dalian xiamen suzhou wuxi ningbo
tianjin harbin shenyang changsha hefei jinan kunming nanning fuzhou nanchang taiyuan shijiazhuang lanzhou urumqi
hohhot guiyang haikou yinchuan xining lhasa changchun dongguan foshan zhuhai wenzhou bengbu wafangdian liaocheng
zhuzhou baotou tangshan handan baoding yantai weifang zibo""".split())

# Henan's prefecture-level cities (and Jiyuan). Three of them lie around a county of the same name (Puyang County,
# Xinxiang County, Anyang County): "Puyang" alone is the city, never the county.
HENAN_PREFECTURE_CITIES = frozenset("""zhengzhou kaifeng luoyang pingdingshan anyang hebi xinxiang jiaozuo puyang xuchang
luohe sanmenxia nanyang shangqiu xinyang zhoukou zhumadian jiyuan""".split())
assert HENAN_PREFECTURE_CITIES <= CHINA_PLACES


def is_city_named_county(name: str) -> bool:
    """ "Puyang County", "Xinxiang District": a county or district named after the Henan prefecture city it lies in,
    which the city's bare name never stands for."""
    words = name.split()
    return len(words) == 2 and words[-1].lower() in ("county", "district") \
        and words[0].lower() in HENAN_PREFECTURE_CITIES
