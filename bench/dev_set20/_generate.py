#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's twentieth development set (bench/dev_set20/, first written as the seventeenth held-out set).

    .venv/bin/python bench/dev_set20/_generate.py

Writes ``bench/dev_set20/articles/*`` and ``bench/dev_set20/labels.json``.  Output
is deterministic (gzip members use mtime=0 and no file name).  Every story is
invented: people, quotes, companies and figures are fictional; cities,
countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and big national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set18/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
# The shared page builders live in bench/labelled_pages.py (run as a script, the
# repository root is not on the path yet).
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, site  # noqa: E402

# HOLDOUT_NOTES is defined at the end of the story data.

JSONL_A = "crawl_holdout17_2025-a.jsonl"
JSONL_B = "crawl_holdout17_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Pristina (MSN scrape + copy on The Peninsula in a batch) ----

PRISTINA = dict(
    cluster="reuters-pristina-kosovo-power-tariffs",
    title="Kosovo to raise household power prices by 16% as import costs bite",
    date="2024-11-14",
    dateline="PRISTINA, Nov 14 (Reuters) - ",
    city="Pristina",
    country="XK",
    region="europe",
    agency="Reuters",
    authors=["Fatos Berisha", "Marta Kowalczyk"],
    editors=["Alison Marsh"],
    lang="en",
    section=None,
    description="The regulator said the state-owned distributor could no longer cover the cost of winter power imports.",
    paras=P("""
Kosovo's energy regulator on Thursday approved a 16% increase in electricity prices for households from January,
saying the state-owned distributor could no longer cover the cost of power imports during the winter months.

The Energy Regulatory Office said the average monthly bill for a family using 400 kilowatt-hours would rise by
about 7 euros, while households consuming more than 800 kWh a month would pay a higher block tariff.

Kosovo produces most of its electricity from two ageing lignite-fired plants near Pristina, which frequently break
down and are taken offline for repairs during the cold season, forcing the country to buy power on regional
markets.

Imports cost the distributor and the state budget more than 120 million euros last winter, according to the
regulator.

"We are not raising prices because we want to, but because every megawatt-hour we buy abroad costs more than what
we can charge," board chairman Arben Gashi told reporters.

Business groups said the increase would hit small manufacturers and bakeries, which already pay some of the
highest rates in the Western Balkans relative to their turnover.

The government said it would expand a subsidy programme covering about 52,000 low-income families and pensioners,
who will be shielded from the increase for the first six months of the year.

Kosovo has pledged to add 600 megawatts of solar and wind capacity by 2031 under its energy strategy, but only a
fraction of that has been built so far.
"""),
    must_have=[
        "Imports cost the distributor and the state budget more than 120 million euros last winter, according to the "
        "regulator.",
        "The government said it would expand a subsidy programme covering about 52,000 low-income families and "
        "pensioners, who will be shielded from the increase for the first six months of the year.",
    ],
)

PRISTINA_CREDITS = "(Reporting by Fatos Berisha; Writing by Marta Kowalczyk; Editing by Alison Marsh)"

# ---- cluster: AP, Charlotte Amalie (SFGATE page + copy on The Virgin Islands Daily News in a batch) ----

USVI = dict(
    cluster="ap-charlotte-amalie-schools-heat-short-days",
    title="Heat forces US Virgin Islands schools to shorten days as air conditioners fail",
    date="2024-09-10",
    dateline="CHARLOTTE AMALIE, U.S. Virgin Islands (AP) \u2014 ",
    city="Charlotte Amalie",
    country="VI",
    region="americas",
    agency="AP",
    authors=["Marisol Quiñones", "Devon Hale"],
    editors=[],
    lang="en",
    description="Temperatures inside some classrooms on St. Thomas and St. Croix climbed above 90 degrees, officials said.",
    paras=P("""
Public schools across the U.S. Virgin Islands will end classes at noon for the rest of the week after air
conditioning units failed in dozens of classrooms during a stretch of record heat, education officials said
Tuesday.

The territory's Department of Education said temperatures inside some classrooms on St. Thomas and St. Croix had
climbed above 90 degrees Fahrenheit (32 degrees Celsius), and several students had been sent to the nurse with
symptoms of heat exhaustion.

Officials said 11 of the territory's 27 public schools had at least one building without working air
conditioning, many of them still using units installed before hurricanes Irma and Maria struck in 2017.

"We cannot ask children to learn in a classroom that feels like an oven," Education Commissioner Renée Lettsome
said at a news conference.

Parents complained that the shortened days left them scrambling to find child care, and some questioned why
repairs had not been made during the summer break.

The department said contractors had been delayed by a shortage of replacement compressors and that about $4.8
million in federal disaster recovery funds had been set aside to replace the oldest systems by the end of the
year.

The National Weather Service in San Juan, Puerto Rico, issued a heat advisory for the islands through Thursday,
with heat index values expected to reach 108 degrees.

St. Thomas recorded its hottest August on record this year, according to the weather service.
"""),
    must_have=[
        "Officials said 11 of the territory's 27 public schools had at least one building without working air "
        "conditioning, many of them still using units installed before hurricanes Irma and Maria struck in 2017.",
        "The department said contractors had been delayed by a shortage of replacement compressors and that about $4.8 "
        "million in federal disaster recovery funds had been set aside to replace the oldest systems by the end of the year.",
    ],
)

USVI_CONTRIB = "Associated Press writer Devon Hale in Miami contributed to this report."
AP_RIGHTS = ("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
             "rewritten or redistributed without permission.")

# ---- cluster: dpa, Würzburg (Merkur.de scrape + copy on WEB.DE in the gzipped batch) ----

FRANKEN = dict(
    cluster="dpa-wuerzburg-franken-weinlese-kleine-ernte",
    title="Weinlese in Franken: Winzer erwarten kleinere, aber gute Ernte",
    date="2024-09-05",
    dateline="Würzburg (dpa/lby) - ",
    city="Würzburg",
    country="DE",
    region="europe",
    agency="dpa",
    authors=[],
    editors=[],
    lang="de",
    description="Spätfröste und Hagel haben in vielen Lagen am Main einen Teil der Ernte gekostet.",
    paras=P("""
In Franken hat die Weinlese begonnen. Die Winzer rechnen in diesem Jahr mit einer deutlich kleineren Ernte als im
Vorjahr, die Qualität der Trauben sei aber vielversprechend, teilte der Fränkische Weinbauverband mit.

Nach ersten Schätzungen dürften in den rund 6.100 Hektar großen Weinbergen etwa 380.000 Hektoliter Most
zusammenkommen, rund 20 Prozent weniger als im langjährigen Mittel.

Grund dafür sind vor allem Spätfröste Ende April, die in einigen Lagen am Main einen Großteil der jungen Triebe
zerstört hatten. Vielerorts folgten im Sommer zudem Hagel und lange Trockenphasen.

"Wer Glück mit seinen Lagen hatte, kann sich auf einen sehr guten Jahrgang freuen", sagte Verbandspräsident
Martin Kessler. Andere Betriebe hätten dagegen bis zu zwei Drittel ihrer Ernte verloren.

Als erste Sorte wird traditionell der Müller-Thurgau gelesen, der in Franken knapp ein Viertel der Rebfläche
ausmacht. Der Silvaner, die fränkische Leitsorte, folgt in der Regel Mitte bis Ende September.

Viele Betriebe suchen nach Angaben des Verbands noch Erntehelfer. Wegen der kleineren Mengen sei aber mit etwas
weniger Bedarf zu rechnen als in den Vorjahren.

Die Preise für Fassware stehen derzeit unter Druck, weil der Weinkonsum in Deutschland seit Jahren zurückgeht.
Der Verband rief die Verbraucher auf, bewusst zu Weinen aus der Region zu greifen.
"""),
    must_have=[
        "Nach ersten Schätzungen dürften in den rund 6.100 Hektar großen Weinbergen etwa 380.000 Hektoliter Most "
        "zusammenkommen, rund 20 Prozent weniger als im langjährigen Mittel.",
        "Viele Betriebe suchen nach Angaben des Verbands noch Erntehelfer.",
    ],
)

DPA_STAMP = "dpa-infocom, dpa:240905-930-223417/1"

# ---- cluster: ZIZ Online, JNF hospital dialysis unit (page + noisy re-scrape) ----

ZIZ = dict(
    cluster="zizonline-basseterre-jnf-dialysis-unit",
    title="JNF Hospital opens expanded dialysis unit as waiting list grows",
    date="2025-03-18",
    dateline="",
    city=None,
    country="KN",
    region="americas",
    agency=None,
    authors=["Shernelle Browne"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=P("""
The Joseph N. France General Hospital has opened an expanded dialysis unit that will allow it to treat almost twice
as many patients, the Ministry of Health announced on Tuesday.

The new unit has 14 dialysis stations, up from eight, and will operate two shifts a day, six days a week.

Health officials said 61 patients are currently receiving dialysis at the hospital, while 23 others had been on a
waiting list, some of them travelling to Antigua or Puerto Rico for treatment at their own expense.

Speaking at the opening ceremony, the Chief Medical Officer said kidney disease linked to diabetes and high blood
pressure was one of the fastest-growing health problems in the Federation.

"No family should have to choose between selling their home and getting treatment for a loved one," she said.

The expansion cost EC$3.2 million and includes a water treatment system, a new waiting area and a room for training
nurses.

Six nurses have completed specialist renal training in Barbados, and four more are expected to finish the course by
the end of the year, hospital administrator Dalton Phipps said.

The ministry is also planning a screening programme at community health centres on both islands to detect kidney
disease earlier.
"""),
    must_have=[
        "The new unit has 14 dialysis stations, up from eight, and will operate two shifts a day, six days a week.",
        "The expansion cost EC$3.2 million and includes a water treatment system, a new waiting area and a room for "
        "training nurses.",
    ],
)

ZIZ_PRE = ["ZIZ Online", "Home", "News", "Sports", "Business", "Radio", "TV", "Watch Live"]
ZIZ_HEAD = ["Local News", "March 18, 2025", "By Shernelle Browne"]
ZIZ_COPY = "\u00a9 2025 ZIZ Broadcasting Corporation. All Rights Reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # MSN (original of the Reuters cluster): provider line, "Story by" line, relative age and reading time, no printed date (the dateline gives the day), credits line with "Writing by".
    dict(
        PRISTINA,
        role="original",
        file="msn_reuters_pristina_kosovo_power_tariffs.txt",
        render="text",
        pre=[["msn", "Discover", "Following", "News", "Sports", "Weather", "Money", "Play", "Shopping"],
             ["Sign in"]],
        head=[["Reuters", "Story by Fatos Berisha", "\u2022 7h \u2022 2 min read"]],
        tail=[
            [PRISTINA_CREDITS],
            ["Our Standards: The Thomson Reuters Trust Principles."],
            ["Related video: Kosovo's energy grid under strain (Reuters)"],
            ["Continue reading", "Feedback"],
            ["\u00a9 2024 Microsoft", "Privacy & Cookies", "Terms of use", "Advertise"],
        ],
    ),
    # ZIZ Online (original of the re-scrape cluster): staff, section / date / "By NAME" head, a watch-video line in the body, radio stream and share lines.
    dict(
        ZIZ,
        role="original",
        file="zizonline_basseterre_jnf_dialysis_unit.txt",
        pre=[ZIZ_PRE],
        head=[ZIZ_HEAD],
        inserts={2: ["WATCH: ZIZ News report on the new unit \u25b6"]},
        tail=[
            ["Listen to ZIZ Radio 96.1 FM live on our app"],
            ["Share this:", "Facebook", "WhatsApp", "X"],
            ["Related", "Nevis hospital upgrades maternity ward", "Health ministry urges flu vaccination"],
            [ZIZ_COPY],
        ],
    ),
    dict(
        ZIZ,
        role="rescrape",
        file="zizonline_basseterre_jnf_dialysis_unit_rescrape.txt.gz",
        noise=True,
        pre=[ZIZ_PRE],
        head=[ZIZ_HEAD],
        tail=[[ZIZ_COPY]],
    ),
    # Merkur.de (original of the dpa cluster): "Würzburg (dpa/lby) - " dateline, "Stand:" stamp, "Von: dpa" line, comment and print links, dpa-infocom stamp at the foot.
    dict(
        FRANKEN,
        role="original",
        file="merkur_dpa_wuerzburg_weinlese_franken_de.txt",
        render="text",
        section=None,
        pre=[["Merkur.de", "Lokales", "Bayern", "Politik", "Wirtschaft", "Sport", "Verbraucher", "Welt", "Abo"],
             ["Bayern"]],
        head=[["Stand: 05.09.2024, 14:37 Uhr"], ["Von: dpa"], ["Kommentare", "Drucken", "Teilen"]],
        inserts={3: ["Weitere Nachrichten aus Bayern lesen Sie hier."]},
        tail=[
            ["\u00a9 " + DPA_STAMP],
            ["Rubriklistenbild: \u00a9 Karl Obermaier/dpa"],
            ["Zur Startseite"],
            ["Mehr zum Thema", "Frankenwein: Winzer setzen auf neue Rebsorten"],
        ],
    ),
    # PTI on The Week: "Gangtok, Mar 3 (PTI) " dateline, "Updated:" stamp only, topics line, the publisher's PTI disclaimer.
    dict(
        cluster="theweek-pti-gangtok-nathu-la-tourist-cap",
        role="single",
        file="theweek_pti_gangtok_nathu_la_tourist_cap.txt",
        render="text",
        title="Sikkim to cap daily tourist permits for Nathu La at 1,500 from April",
        date="2025-03-03",
        dateline="Gangtok, Mar 3 (PTI) ",
        city="Gangtok",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["THE WEEK", "News", "India", "World", "Business", "Sports", "Health", "Lifestyle", "Subscribe"],
             ["News", "India"]],
        head=[["PTI"], ["Updated: March 03, 2025 18:22 IST"]],
        tail=[
            ["Topics :", "Sikkim", "Tourism", "Nathu La"],
            ["This story is done by PTI. THE WEEK holds no editorial responsibility for its content."],
            ["Also Read", "Darjeeling toy train to run extra services in summer"],
        ],
        paras=P("""
The Sikkim government will cap the number of tourists allowed to visit Nathu La at 1,500 a day from April 1,
officials said on Monday.

The decision was taken at a meeting of the state tourism department, the district administration and the Army,
following complaints of traffic jams and littering along the Jawaharlal Nehru Road that leads to the mountain
pass on the India-China border.

At present, around 2,500 tourists visit Nathu La and the nearby Tsomgo Lake on peak days during the spring and
autumn seasons, a senior tourism official said.

Permits will be issued online through registered tour operators, and each vehicle will be allowed only one trip
a day to the pass, he said.

Tour operators' associations have sought a phased implementation, saying many bookings for the April-June season
were made months in advance.

The state government has also decided to impose a fine of Rs 5,000 on vehicles found carrying plastic bottles and
packaged food beyond the Tsomgo check post.

Nathu La, located at an altitude of 14,140 feet, is one of Sikkim's most popular tourist destinations and also
serves as a border trade point between India and China.
"""),
        must_have=[
            "At present, around 2,500 tourists visit Nathu La and the nearby Tsomgo Lake on peak days during the spring "
            "and autumn seasons, a senior tourism official said.",
            "The state government has also decided to impose a fine of Rs 5,000 on vehicles found carrying plastic "
            "bottles and packaged food beyond the Tsomgo check post.",
        ],
    ),
    # Anadolu on TRT Haber (Turkish): no dateline, category and numeric stamp head, "Kaynak: AA" at the foot, related and tag lines.
    dict(
        cluster="trthaber-aa-erzurum-kar-koy-yollari",
        role="single",
        file="trthaber_aa_erzurum_kar_koy_yollari_tr.txt",
        render="text",
        title="Erzurum'da kar ve tipi nedeniyle 124 mahalle yolu ulaşıma kapandı",
        date="2025-01-12",
        dateline="",
        city=None,
        country="TR",
        region="asia",
        agency="Anadolu",
        authors=[],
        editors=[],
        lang="tr",
        section=None,
        pre=[["TRT Haber", "Gündem", "Türkiye", "Dünya", "Ekonomi", "Spor", "Yaşam", "Canlı Yayın"],
             ["Türkiye"]],
        head=[["12.01.2025 14:35"], ["Güncelleme: 12.01.2025 15:10"]],
        tail=[
            ["Kaynak: AA"],
            ["İlgili Haberler", "Kars'ta soğuk hava etkili oluyor: Termometreler eksi 25'i gösterdi"],
            ["Etiketler :", "Erzurum", "kar yağışı", "ulaşım"],
            ["\u00a9 Türkiye Radyo Televizyon Kurumu"],
        ],
        paras=P("""
Erzurum'da gece saatlerinde başlayan yoğun kar yağışı ve tipi nedeniyle 124 kırsal mahalle yolu ulaşıma kapandı.

Büyükşehir Belediyesi ekipleri, kapanan yolları yeniden ulaşıma açmak için 180 iş makinesi ve 420 personelle
çalışma başlattı.

Kentte sabah saatlerinde de aralıklarla süren kar yağışı, yaşamı olumsuz etkiledi. Palandöken Dağı'nda kar
kalınlığı 165 santimetreye ulaştı.

Erzurum-Artvin kara yolunun Tortum kesiminde ulaşım kontrollü olarak sağlanırken, ağır tonajlı araçların
geçişine bir süre izin verilmedi.

Yetkililer, sürücülerin zorunlu olmadıkça yola çıkmamalarını, çıkacakların ise kış lastiği, zincir ve battaniye
bulundurmalarını istedi.

Meteoroloji Genel Müdürlüğü, Doğu Anadolu'nun kuzey ve doğu kesimlerinde kar yağışının yarın öğle saatlerine kadar
etkili olmasının beklendiğini bildirdi.

Kentte hava sıcaklığı gece saatlerinde sıfırın altında 22 dereceye kadar düştü. Soğuk hava nedeniyle bazı
araçların çalışmadığı, ağaçların ve elektrik tellerinin kırağıyla kaplandığı görüldü.

Vatandaşlar, ana cadde ve sokaklarda yapılan tuzlama çalışmalarına rağmen buzlanma nedeniyle yürümekte
zorlandı. Belediye, kaldırımlardaki buzun temizlenmesi için ek ekiplerin görevlendirildiğini açıkladı.

Okullar yarıyıl tatiline girmeden önceki son haftada eğitime ara verilmeyeceği, ancak kırsal mahallelerden
taşımalı eğitim gören öğrencilerin yollar açılana kadar izinli sayılacağı bildirildi.
"""),
        must_have=[
            "Büyükşehir Belediyesi ekipleri, kapanan yolları yeniden ulaşıma açmak için 180 iş makinesi ve 420 personelle "
            "çalışma başlattı.",
            "Meteoroloji Genel Müdürlüğü, Doğu Anadolu'nun kuzey ve doğu kesimlerinde kar yağışının yarın öğle saatlerine "
            "kadar etkili olmasının beklendiğini bildirdi.",
        ],
    ),
    # Mmegi (Botswana): staff, upper-case byline over a "Staff Writer" role line, weekday stamp, "FRANCISTOWN: " dateline with a colon, comment counter.
    dict(
        cluster="mmegi-francistown-shashe-dam-rationing",
        role="single",
        file="mmegi_francistown_shashe_dam_rationing.txt",
        render="text",
        title="Francistown faces water rationing as Shashe Dam drops to 18%",
        date="2025-02-14",
        dateline="FRANCISTOWN: ",
        city="Francistown",
        country="BW",
        region="africa",
        agency=None,
        authors=["Keolebogile Motsamai"],
        editors=[],
        lang="en",
        section=None,
        pre=[["Mmegi Online", "News", "Business", "Sport", "Arts & Culture", "Opinion", "Features", "E-Paper"],
             ["News"]],
        head=[["KEOLEBOGILE MOTSAMAI", "Staff Writer"], ["Friday, 14 February 2025"]],
        tail=[
            ["Read more:", "BPC promises fewer outages after Morupule repairs"],
            ["Comments (2)"],
            ["Mmegi Online :: Copyright 2025 Dikgang Publishing Company"],
        ],
        paras=P("""
The Water Utilities Corporation (WUC) has introduced water rationing in Francistown and surrounding villages as
the level of Shashe Dam dropped to 18 percent following poor rains in the north-east.

Under the new schedule, residential areas will receive water on alternate days, while the city's industrial
sites, hospitals and schools will be supplied daily.

WUC northern region operations manager, Tebogo Moagi said the dam, which supplies most of Francistown's water, had
received very little inflow since the rainy season started in November.

"We are appealing to customers to use water sparingly and to report leaks as soon as they notice them. Every drop
we save now will help us carry the city through the dry months," Moagi said.

He said the corporation would increase the volume pumped from the North-South Carrier pipeline and drill
additional boreholes to reduce pressure on the dam.

Residents of Monarch and Somerset East said taps in their areas had been dry for up to three days at a time even
before the schedule was announced.

Francistown mayor, Lesego Ramotswa said council would deploy water bowsers to clinics and densely populated wards
during the rationing period.

The Department of Meteorological Services has forecast below-normal rainfall for the north-east for the rest of
the season.
"""),
        must_have=[
            "Under the new schedule, residential areas will receive water on alternate days, while the city's "
            "industrial sites, hospitals and schools will be supplied daily.",
            "Residents of Monarch and Somerset East said taps in their areas had been dry for up to three days at a time "
            "even before the schedule was announced.",
        ],
    ),
    # Lusa on Observador (European Portuguese): "Bragança, 21 out 2024 (Lusa) – " dateline, "Agência Lusa" byline line, subscription appeal, comments link.
    dict(
        cluster="observador-lusa-braganca-castanha-seca",
        role="single",
        file="observador_lusa_braganca_castanha_seca_pt.txt",
        render="text",
        title="Produção de castanha em Trás-os-Montes deve cair 30% por causa da seca",
        date="2024-10-21",
        dateline="Bragança, 21 out 2024 (Lusa) \u2013 ",
        city="Bragança",
        country="PT",
        region="europe",
        agency="Lusa",
        authors=[],
        editors=[],
        lang="pt",
        section=None,
        pre=[["Observador", "Última hora", "Política", "Economia", "Sociedade", "Cultura", "Desporto", "Assine"],
             ["Agricultura"]],
        head=[["Agência Lusa"], ["21 out. 2024, 16:48"], ["Partilhe"]],
        tail=[
            ["Apoie o jornalismo. Assine o Observador a partir de 0,18\u20ac/ dia."],
            ["Comentários"],
            ["Mais em Agricultura", "Vindima no Douro termina com quebra de 15%"],
        ],
        paras=P("""
A produção de castanha em Trás-os-Montes deverá cair cerca de 30% este ano, devido à seca e às temperaturas
elevadas durante o verão, estimou esta segunda-feira a Associação Portuguesa da Castanha.

Segundo a associação, a colheita na região deverá rondar as 21 mil toneladas, contra cerca de 30 mil toneladas no
ano passado.

O presidente da associação, Rui Fernandes, explicou que muitos ouriços não chegaram a desenvolver-se e que a
castanha que está a cair é, em geral, de calibre mais pequeno.

"Há soutos onde a produção caiu para metade, sobretudo nas zonas mais altas e sem rega", disse à agência Lusa o
dirigente.

Os preços pagos aos produtores estão a subir e rondam atualmente os 2,80 euros por quilo para a castanha de maior
calibre, mais 60 cêntimos do que no início da campanha de 2023.

A associação alertou ainda para o aumento dos casos de vespa-das-galhas e de doença da tinta em alguns concelhos
dos distritos de Bragança e Vila Real.

Portugal é um dos maiores produtores europeus de castanha e exporta a maior parte da produção para Espanha,
França, Itália e Brasil.
"""),
        must_have=[
            "Segundo a associação, a colheita na região deverá rondar as 21 mil toneladas, contra cerca de 30 mil "
            "toneladas no ano passado.",
            "A associação alertou ainda para o aumento dos casos de vespa-das-galhas e de doença da tinta em alguns "
            "concelhos dos distritos de Bragança e Vila Real.",
        ],
    ),
    # Noticias Argentinas on Perfil: no dateline, agency name as the byline line, dd-mm-yyyy stamp, caption with a government credit, "Leé también" insert, "En esta nota" tag list.
    dict(
        cluster="perfil-na-mendoza-granizo-vinedos",
        role="single",
        file="perfil_na_mendoza_granizo_vinedos_es.txt",
        render="text",
        title="Granizo en Mendoza: estiman daños en 12.000 hectáreas de viñedos",
        date="2025-01-20",
        dateline="",
        city=None,
        country="AR",
        region="americas",
        agency="NA",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        caption="Viñedos dañados por el granizo en Luján de Cuyo.",
        credit="Gobierno de Mendoza",
        pre=[["Perfil", "Política", "Economía", "Sociedad", "Internacional", "Deportes", "Espectáculos", "Suscribite"],
             ["Sociedad"]],
        head=[["Noticias Argentinas"], ["20-01-2025 18:32"]],
        cap_lines=["Viñedos dañados por el granizo en Luján de Cuyo.", "Foto: Gobierno de Mendoza"],
        inserts={2: ["Leé también: Alerta por calor extremo en seis provincias"]},
        tail=[
            ["En esta Nota", "Mendoza", "Granizo", "Vendimia"],
            ["Newsletters de Perfil: elegí los temas que te interesan"],
            ["\u00a9 Perfil.com 2006-2025 - Todos los derechos reservados"],
        ],
        paras=P("""
Una intensa tormenta de granizo afectó el domingo por la tarde a los departamentos de Luján de Cuyo, Maipú y
Tupungato, en Mendoza, y dañó unas 12.000 hectáreas de viñedos a pocas semanas del inicio de la cosecha.

Según un primer relevamiento de la Dirección de Agricultura y Contingencias Climáticas de la provincia, en unas
3.500 hectáreas las pérdidas superan el 50 por ciento de la producción.

La piedra, de hasta tres centímetros de diámetro, cayó durante unos 20 minutos y también provocó daños en techos,
vehículos y en el tendido eléctrico de varias localidades.

"En algunos cuarteles no quedó un racimo sano. Es la peor granizada que vimos en diez años", dijo a NA Marcelo
Ortiz, productor de Agrelo.

Los productores que cuentan con seguro agrícola provincial deberán presentar la denuncia del siniestro dentro de
los próximos 15 días para acceder a la compensación.

El gobierno mendocino analiza declarar la emergencia agropecuaria en las zonas afectadas, lo que permitiría
postergar el pago de impuestos y acceder a créditos a tasa subsidiada.

Según la mayoría de las bodegas consultadas, la vendimia comenzará igualmente a mediados de febrero, aunque con
menores volúmenes de uva en algunos varietales como el malbec.
"""),
        must_have=[
            "Según un primer relevamiento de la Dirección de Agricultura y Contingencias Climáticas de la provincia, en "
            "unas 3.500 hectáreas las pérdidas superan el 50 por ciento de la producción.",
            "Los productores que cuentan con seguro agrícola provincial deberán presentar la denuncia del siniestro "
            "dentro de los próximos 15 días para acceder a la compensación.",
        ],
    ),
    # PMN News (Pacific Media Network, Auckland) on Niue: staff, no dateline, region line, "By NAME" and day-month stamp, radio and social-follow lines.
    dict(
        cluster="pmnnews-niue-vanilla-harvest",
        role="single",
        file="pmnnews_niue_vanilla_harvest.txt",
        render="text",
        title="Niue vanilla growers expect best harvest in more than a decade",
        date="2025-06-25",
        dateline="",
        city=None,
        country="NU",
        region="oceania",
        agency=None,
        authors=["Lagi Tagaloa"],
        editors=[],
        lang="en",
        section=None,
        pre=[["PMN News", "Pacific", "Aotearoa", "Sport", "Business", "Podcasts", "Listen"],
             ["Pacific", "Niue"]],
        head=[["By Lagi Tagaloa"], ["25 June 2025"]],
        tail=[
            ["Listen to PMN Niu FM for more Pacific news."],
            ["Follow PMN News on Facebook, Instagram and TikTok"],
            ["Latest", "Tonga's parliament passes new fisheries bill", "Samoa prepares for Teuila Festival"],
        ],
        paras=P("""
Vanilla growers in Niue are expecting their best harvest in more than a decade, after a mild cyclone season and new
curing facilities helped farmers bring more beans to market.

The Niue Vanilla Growers Association says members have so far registered around 2.4 tonnes of green beans for the
2025 season, compared with less than one tonne two years ago.

Association chair Moka Fifita said the crop had recovered after years of storm damage and a shortage of workers on
the island, which has a population of about 1,700.

"A lot of families gave up on vanilla because it is so much work for very little money. Now we are seeing young
people come back to the plantations," she said.

A shared curing and drying shed built in Alofi last year with support from New Zealand's aid programme means growers
no longer have to cure their beans at home, which often led to mould.

Most of Niue's vanilla is sold to buyers in New Zealand, where cured beans can fetch more than NZ$400 a kilogram.

The association hopes to gain organic certification for all its growers by next year, which it says would allow
them to reach premium buyers in Japan and Europe.
"""),
        must_have=[
            "The Niue Vanilla Growers Association says members have so far registered around 2.4 tonnes of green beans "
            "for the 2025 season, compared with less than one tonne two years ago.",
            "Most of Niue's vanilla is sold to buyers in New Zealand, where cured beans can fetch more than NZ$400 a "
            "kilogram.",
        ],
    ),
    # Vatican News (Spanish edition): staff, "Por NAME" line, day-month-year stamp without separators, reading-time line, Telegram/WhatsApp channel promo.
    dict(
        cluster="vaticannews-museos-vaticanos-visitantes-record",
        role="single",
        file="vaticannews_museos_vaticanos_visitantes_record_es.txt",
        render="text",
        title="Los Museos Vaticanos superan los 7 millones de visitantes en 2024",
        date="2025-01-09",
        dateline="",
        city=None,
        country="VA",
        region="europe",
        agency=None,
        authors=["Isabel Ortega"],
        editors=[],
        lang="es",
        section=None,
        pre=[["Vatican News", "Papa", "Vaticano", "Iglesia", "Mundo", "Podcast", "Multimedia"],
             ["Vaticano"]],
        head=[["Por Isabel Ortega"], ["09 enero 2025"], ["Tiempo de lectura: 2 min"]],
        tail=[
            ["Gracias por haber leído este artículo. Si desea mantenerse actualizado, suscríbase al boletín pulsando aquí"],
            ["Síganos en nuestro canal de WhatsApp"],
            ["Temas", "Museos Vaticanos", "Cultura", "Jubileo 2025"],
        ],
        paras=P("""
Los Museos Vaticanos recibieron 7,1 millones de visitantes en 2024, la cifra más alta de su historia, según los datos
difundidos este jueves por la Dirección de los Museos.

El aumento, de casi un 5 por ciento respecto al año anterior, se concentró sobre todo en los meses de primavera y
otoño, y anticipa la gran afluencia de peregrinos prevista para el Año Jubilar.

La Capilla Sixtina sigue siendo el espacio más visitado, con jornadas en las que se superaron las 30.000 entradas,
lo que ha obligado a ampliar los horarios de apertura los viernes y sábados por la noche.

La directora adjunta de los Museos, Giulia Ferraresi, explicó que se está estudiando un sistema de franjas horarias
más estricto para evitar aglomeraciones en las salas más pequeñas.

«Queremos que cada visitante pueda contemplar las obras con calma, y no solo atravesar las galerías empujado por
la multitud», afirmó.

Durante 2024 concluyó además la restauración de la Sala de Constantino, uno de los espacios decorados por el taller
de Rafael, tras casi diez años de trabajos.

Los ingresos por entradas se destinan al mantenimiento de las colecciones y al sostenimiento de la Santa Sede.
"""),
        must_have=[
            "La Capilla Sixtina sigue siendo el espacio más visitado, con jornadas en las que se superaron las 30.000 "
            "entradas, lo que ha obligado a ampliar los horarios de apertura los viernes y sábados por la noche.",
            "Durante 2024 concluyó además la restauración de la Sala de Constantino, uno de los espacios decorados por el "
            "taller de Rafael, tras casi diez años de trabajos.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_SFGATE = site("SFGATE", "https://www.sfgate.example.com", " - SFGATE", "en_US", "@SFGate",
                   ["Bay Area", "Food", "Travel", "Culture", "Sports", "Tech", "Outdoors", "Real Estate"],
                   ["\u00a92024 Hearst Communications, Inc.", "Terms of Use", "Privacy Notice",
                    "Your California Privacy Rights"],
                   share=["Share", "Facebook", "Email", "Copy Link"], top=["Sign In", "Newsletters"],
                   skip="Skip to main content")
SITE_SKYTG24 = site("Sky TG24", "https://tg24.sky.example.it", " | Sky TG24", "it_IT", "@SkyTG24",
                    ["Ultime notizie", "Cronaca", "Politica", "Mondo", "Economia", "Spettacolo", "Tecnologia", "Diretta TV"],
                    ["Sky Italia S.r.l. - P.IVA 04619241005", "Privacy e cookie", "Condizioni d'uso"],
                    share=["Condividi", "Facebook", "X", "WhatsApp", "Copia link"],
                    cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.",
                    cookie_title="Il rispetto della tua privacy è la nostra priorità", buttons=["Accetta", "Rifiuta", "Scopri di più e personalizza"])
SITE_MAYOTTEHEBDO = site("Mayotte Hebdo", "https://www.mayottehebdo.example.com", " - Mayotte Hebdo", "fr_FR", "@MayotteHebdo",
                         ["Actualités", "Société", "Politique", "Économie", "Sport", "Culture", "Flash Infos", "Kiosque"],
                         ["\u00a9 2025 Mayotte Hebdo - Somapresse", "Mentions légales", "Nous contacter"],
                         share=["Partager", "Facebook", "WhatsApp", "E-mail"], top=["S'abonner", "Se connecter"])
SITE_REPUBLIKA = site("Republika Online", "https://ekonomi.republika.example.co.id", " | Republika Online", "id_ID", "@republikaonline",
                      ["News", "Ekonomi", "Khazanah", "Internasional", "Sepak Bola", "Leisure", "Sastra", "Video"],
                      ["Copyright \u00a9 2025 republika.co.id, All right reserved", "Tentang Kami", "Pedoman Media Siber"],
                      share=["Bagikan", "Facebook", "X", "WhatsApp"], graph=True)
SITE_RUDAW = site("Rudaw", "https://www.rudaw.example.net", " | Rudaw.net", "en_US", "@RudawEnglish",
                  ["Kurdistan", "Iraq", "Middle East", "World", "Science", "Opinion", "TV", "Podcasts"],
                  ["Copyright \u00a9 2025 Rudaw Media Network", "About Us", "Contact"],
                  share=["Facebook", "X", "Telegram", "WhatsApp"], top=["Live", "\u06a9\u0648\u0631\u062f\u06cc", "\u0639\u0631\u0628\u064a", "T\u00fcrk\u00e7e"])
SITE_STARPHOENIX = site("The StarPhoenix", "https://thestarphoenix.example.com", " | The StarPhoenix", "en_CA", "@thestarphoenix",
                        ["News", "Sports", "Opinion", "Business", "Arts", "Life", "Obituaries", "Classifieds"],
                        ["365 Bloor Street East, Toronto, Ontario, M4W 3L4", "\u00a9 2024 Saskatoon StarPhoenix, a division of Postmedia Network Inc. All rights reserved.",
                         "Terms of Use", "Privacy Policy"],
                        share=["Share this Story", "Facebook", "X", "LinkedIn", "Email"], top=["Subscribe", "Sign In"])
SITE_PERTHNOW = site("PerthNow", "https://www.perthnow.example.com.au", " | PerthNow", "en_AU", "@perthnow",
                     ["News", "Sport", "Entertainment", "Lifestyle", "Community", "Video", "Puzzles"],
                     ["\u00a9 2025 Seven West Media", "Privacy Policy", "Terms of Use", "Contact Us"],
                     share=["Facebook", "X", "Email", "Copy link"], top=["Subscribe", "Log in"])
SITE_SEMANA = site("Semana.com", "https://www.semana.example.com", " | Semana.com", "es_CO", "@RevistaSemana",
                   ["Nación", "Política", "Economía", "Mundo", "Deportes", "Cultura", "Opinión", "Semana TV"],
                   ["Copyright \u00a9 2024 Publicaciones Semana S.A.", "Términos y condiciones", "Política de privacidad"],
                   share=["Compartir", "Facebook", "X", "WhatsApp"], top=["Suscríbase", "Ingrese"])
SITE_TENGRI = site("Tengrinews.kz", "https://tengrinews.example.kz", " - Tengrinews.kz", "ru_RU", "@tengrinews",
                   ["Новости", "Казахстан", "Мир", "Происшествия", "Экономика", "Спорт", "Жизнь", "Видео"],
                   ["\u00a9 2025 Tengrinews.kz. Все права защищены.", "Правила использования", "Реклама"],
                   share=["Поделиться", "WhatsApp", "Telegram", "Facebook"],
                   cookie="Мы используем файлы cookie, чтобы сайт работал лучше.", buttons=["Принять"])

HTML_STORIES = [
    # -- SFGATE (original of the AP cluster): upper-case AP byline over "Associated Press", Pacific-time stamp and an "Updated" line, "(AP Photo/NAME)" credit, contributor line and AP rights line, trending rail --
    dict(
        USVI,
        role="original",
        file="sfgate_ap_charlotte_amalie_schools_heat.html",
        render="html",
        site=SITE_SFGATE,
        section="World",
        meta_section="World",
        url="https://www.sfgate.example.com/news/world/article/us-virgin-islands-schools-heat-short-days-19754412.php",
        published="2024-09-10T14:05:00-07:00",
        modified="2024-09-10T17:41:00-07:00",
        meta_author="MARISOL QUIÑONES, Associated Press",
        ld_author=[{"@type": "Person", "name": "MARISOL QUIÑONES, Associated Press"}],
        byline_lines=["By MARISOL QUIÑONES, Associated Press"],
        date_lines=["Sep 10, 2024", "Updated Sep 10, 2024 5:41 p.m."],
        caption="Students leave Charlotte Amalie High School at midday on St. Thomas, U.S. Virgin Islands, Tuesday, Sept. 10, 2024.",
        credit="AP Photo/Kendrick Baptiste",
        credit_shown="(AP Photo/Kendrick Baptiste)",
        inserts={3: [("ad", "Advertisement")], 5: [("ad", "Article continues below this ad")]},
        end_lines=[USVI_CONTRIB, AP_RIGHTS],
        lists=[("Trending on SFGATE", ["Tourist rescued after falling near Muir Woods trail",
                                        "The best tacos in the Mission, ranked"])],
    ),
    # -- Sky TG24: staff, "di NAME" byline, reading-time line, "©Ansa" credit on a staff story, "Leggi anche" link, cookie wall --
    dict(
        cluster="skytg24-parmigiano-reggiano-produzione-record",
        role="single",
        file="skytg24_parmigiano_reggiano_produzione_record_it.html",
        render="html",
        site=SITE_SKYTG24,
        title="Parmigiano Reggiano, produzione record nel 2024: oltre 4,1 milioni di forme",
        date="2025-03-28",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Chiara Benedetti"],
        editors=[],
        lang="it",
        section="Economia",
        meta_section="Economia",
        url="https://tg24.sky.example.it/economia/2025/03/28/parmigiano-reggiano-produzione-record-2024",
        description="Il Consorzio limita la crescita all'1,5 per cento nel 2025 per difendere i prezzi.",
        published="2025-03-28T12:54:00+01:00",
        modified="2025-03-28T12:54:00+01:00",
        meta_author="Chiara Benedetti",
        byline_lines=["di Chiara Benedetti"],
        date_lines=["28 mar 2025 - 12:54"],
        above_body=[("reading", "Lettura 2 min")],
        caption="Forme di Parmigiano Reggiano in stagionatura in un caseificio del Reggiano.",
        credit="Ansa",
        credit_shown="\u00a9Ansa",
        inserts={3: [("link", "Leggi anche", "Dazi Usa, cosa rischia l'agroalimentare italiano")]},
        tags=("Argomenti", ["Parmigiano Reggiano", "Agroalimentare", "Export"]),
        lists=[("Economia: i più letti", ["Bollette, da aprile luce in calo per i clienti vulnerabili", "Mutui, tassi fissi ai minimi da due anni"])],
        paras=P("""
Il Consorzio del Parmigiano Reggiano ha chiuso il 2024 con una produzione di 4,12 milioni di forme, il livello più
alto della sua storia, e un giro d'affari al consumo stimato in 3,2 miliardi di euro.

I dati sono stati presentati a Reggio Emilia durante l'assemblea dei soci del Consorzio, che riunisce oltre 300
caseifici nelle province di Parma, Reggio Emilia, Modena, Bologna e Mantova.

Le esportazioni hanno rappresentato il 48 per cento delle vendite, con Stati Uniti, Francia e Germania come primi
mercati. Negli Stati Uniti le vendite sono cresciute del 9 per cento nonostante i timori legati ai dazi.

Il presidente del Consorzio, Davide Bertolini, ha avvertito che l'aumento dei costi dei mangimi e dell'energia pesa
sui margini dei produttori di montagna.

"La qualità ci premia, ma dobbiamo evitare che i piccoli caseifici dell'Appennino chiudano", ha detto Bertolini.

Per il 2025 il Consorzio ha deciso di limitare la crescita della produzione all'1,5 per cento, per evitare un calo
dei prezzi all'ingrosso.

Il prezzo medio del formaggio stagionato 12 mesi si è attestato a 10,80 euro al chilo, in aumento del 7 per cento
sul 2023.
"""),
        must_have=[
            "Le esportazioni hanno rappresentato il 48 per cento delle vendite, con Stati Uniti, Francia e Germania come "
            "primi mercati.",
            "Per il 2025 il Consorzio ha deciso di limitare la crescita della produzione all'1,5 per cento, per evitare "
            "un calo dei prezzi all'ingrosso.",
        ],
    ),
    # -- Mayotte Hebdo: staff, "Par NAME" byline, "Publié le ... à ..." stamp, paywall teaser line, "Flash Infos" newsletter promo, comment counter --
    dict(
        cluster="mayottehebdo-pamandzi-dessalement",
        role="single",
        file="mayottehebdo_pamandzi_dessalement_fr.html",
        render="html",
        site=SITE_MAYOTTEHEBDO,
        title="Eau : l'unité de dessalement de Pamandzi produira 2.000 m³ par jour dès juillet",
        date="2025-05-13",
        dateline="",
        city=None,
        country="YT",
        region="africa",
        agency=None,
        authors=["Ibrahim Madi"],
        editors=[],
        lang="fr",
        section="Société",
        meta_section="Société",
        url="https://www.mayottehebdo.example.com/actualite/societe/eau-unite-de-dessalement-de-pamandzi-2000-m3-par-jour-des-juillet/",
        description="La nouvelle usine de Petite-Terre doit permettre d'alléger les tours d'eau.",
        published="2025-05-13T11:20:00+03:00",
        modified="2025-05-13T11:20:00+03:00",
        meta_author="Ibrahim Madi",
        byline_lines=["Par Ibrahim Madi"],
        date_lines=["Publié le 13 mai 2025 à 11:20"],
        inserts={2: [("promo", ["Flash Infos", "Recevez chaque matin l'essentiel de l'actualité de Mayotte dans votre boîte mail.", "Je m'inscris"])]},
        below_body=[("paywall", "Vous avez lu 2 articles gratuits ce mois-ci. Abonnez-vous pour lire Mayotte Hebdo sans limite.")],
        comments=["3 commentaires", "Laisser un commentaire"],
        paras=P("""
La nouvelle unité de dessalement de Pamandzi, en Petite-Terre, doit entrer en service début juillet et produire
jusqu'à 2.000 mètres cubes d'eau potable par jour, a annoncé mardi la préfecture lors d'un point presse consacré à
la crise de l'eau.

Cette capacité supplémentaire représente environ 5 % des besoins quotidiens de l'île, estimés à 45.000 mètres
cubes, selon les services de l'État.

Les travaux, d'un montant de 18 millions d'euros, ont pris plusieurs mois de retard en raison de difficultés
d'acheminement du matériel après le passage du cyclone Chido en décembre.

« Chaque mètre cube compte. Cette usine permettra d'alléger les tours d'eau en Petite-Terre et de redéployer une
partie de la production vers Grande-Terre », a expliqué le sous-préfet chargé de l'eau, Olivier Ravel.

Les coupures restent fixées à une journée sur trois dans la plupart des communes de Grande-Terre, dont Mamoudzou,
Koungou et Dembéni.

Le syndicat des eaux indique par ailleurs que les fuites sur le réseau ont été réduites de 12 % depuis janvier,
grâce à une campagne de réparation menée avec des renforts venus de La Réunion.

Les associations d'usagers réclament toujours une baisse des factures tant que la distribution n'est pas
rétablie de façon continue.
"""),
        must_have=[
            "Cette capacité supplémentaire représente environ 5 % des besoins quotidiens de l'île, estimés à 45.000 "
            "mètres cubes, selon les services de l'État.",
            "Les coupures restent fixées à une journée sur trois dans la plupart des communes de Grande-Terre, dont "
            "Mamoudzou, Koungou et Dembéni.",
        ],
    ),
    # -- Antara on Republika (Indonesian): "REPUBLIKA.CO.ID, DENPASAR -- " dateline (the site's name, not the agency's), "Rep: Antara" and "Red: NAME" lines, WIB stamp, "Foto: ANTARA FOTO/NAME" credit, JSON-LD @graph --
    dict(
        cluster="republika-antara-denpasar-pungutan-wisatawan",
        role="single",
        file="republika_antara_denpasar_pungutan_wisatawan_id.html",
        render="html",
        site=SITE_REPUBLIKA,
        title="Pungutan wisatawan asing di Bali capai Rp318 miliar sepanjang 2024",
        date="2025-01-10",
        dateline="REPUBLIKA.CO.ID, DENPASAR -- ",
        city="Denpasar",
        country="ID",
        region="asia",
        agency="Antara",
        authors=[],
        editors=["Dewi Anggraini"],
        lang="id",
        section="Ekonomi",
        meta_section="Ekonomi",
        url="https://ekonomi.republika.example.co.id/berita/sq2k4m370/pungutan-wisatawan-asing-di-bali-capai-rp318-miliar-sepanjang-2024",
        description="Baru sekitar 2,1 juta dari 6,3 juta wisatawan mancanegara yang membayar pungutan.",
        published="2025-01-10T14:25:00+07:00",
        modified="2025-01-10T14:25:00+07:00",
        ld_author=[{"@type": "Person", "name": "Antara"}],
        breadcrumbs=["Ekonomi", "Bisnis"],
        byline_lines=["Rep: Antara", "Red: Dewi Anggraini"],
        date_lines=["Jumat 10 Jan 2025 14:25 WIB"],
        caption="Wisatawan mancanegara berjalan di kawasan Pantai Kuta, Badung, Bali.",
        credit="ANTARA FOTO/Putu Wirawan",
        credit_shown="Foto: ANTARA FOTO/Putu Wirawan",
        inserts={1: [("link", "Baca Juga", "Kunjungan wisman ke Bali pada Desember naik 12 persen")]},
        tags=("Topik", ["pungutan wisatawan", "bali", "pariwisata"]),
        lists=[("Berita Lainnya", ["Harga cabai rawit di Denpasar turun", "Garuda tambah penerbangan ke Labuan Bajo"])],
        paras=P("""
Pemerintah Provinsi Bali mencatat penerimaan dari pungutan wisatawan asing mencapai Rp318 miliar sepanjang 2024,
atau sekitar 40 persen dari target yang ditetapkan.

Kepala Dinas Pariwisata Provinsi Bali, Made Suardana, di Denpasar, Jumat, mengatakan rendahnya capaian itu
disebabkan masih banyak wisatawan yang belum membayar pungutan sebesar Rp150 ribu per orang.

Menurut dia, dari sekitar 6,3 juta wisatawan mancanegara yang datang ke Bali tahun lalu, baru sekitar 2,1 juta orang
yang membayar melalui aplikasi resmi Love Bali.

"Kami akan memperketat pemeriksaan di bandara dan di objek-objek wisata mulai tahun ini, bekerja sama dengan
kabupaten dan kota," ujarnya.

Dana pungutan tersebut digunakan untuk pelestarian budaya, penanganan sampah, serta perbaikan fasilitas di daerah
tujuan wisata.

Ia menambahkan, pemerintah provinsi juga tengah menyiapkan sistem pembayaran yang terintegrasi dengan maskapai
penerbangan agar pungutan dapat dibayar saat wisatawan membeli tiket.

Sejumlah pelaku usaha pariwisata menyambut baik rencana tersebut, asalkan tidak menambah antrean di bandara.
Mereka juga meminta agar penggunaan dana pungutan dilaporkan secara terbuka kepada masyarakat.
"""),
        must_have=[
            "Menurut dia, dari sekitar 6,3 juta wisatawan mancanegara yang datang ke Bali tahun lalu, baru sekitar 2,1 "
            "juta orang yang membayar melalui aplikasi resmi Love Bali.",
            "Dana pungutan tersebut digunakan untuk pelestarian budaya, penanganan sampah, serta perbaikan fasilitas di "
            "daerah tujuan wisata.",
        ],
    ),
    # -- Rudaw (English): staff, "ERBIL, Kurdistan Region - " dateline (region, not country), name-only byline, "dd-mm-yyyy | hh:mm" stamp, language switcher in the top bar, tag list --
    dict(
        cluster="rudaw-erbil-groundwater-decline",
        role="single",
        file="rudaw_erbil_groundwater_decline.html",
        render="html",
        site=SITE_RUDAW,
        title="Erbil's groundwater falling up to three metres a year, officials warn",
        date="2025-07-20",
        dateline="ERBIL, Kurdistan Region - ",
        city="Erbil",
        country="IQ",
        region="asia",
        agency=None,
        authors=["Hawre Karim"],
        editors=[],
        lang="en",
        section="Kurdistan",
        meta_section="Kurdistan",
        url="https://www.rudaw.example.net/english/kurdistan/200720251",
        description="Thousands of unlicensed wells and dry winters are draining the aquifer under the Kurdistan Region's capital.",
        published="2025-07-20T17:40:00+03:00",
        modified="2025-07-20T17:40:00+03:00",
        meta_author="Hawre Karim",
        byline_lines=["Hawre Karim"],
        date_lines=["20-07-2025 | 17:40"],
        caption="A water tanker fills up at a well on the western outskirts of Erbil.",
        credit="Rudaw",
        credit_shown="Photo: Rudaw",
        tags=("TAGS", ["Erbil", "Water crisis", "Drought"]),
        lists=[("More from Rudaw", ["KRG announces summer electricity schedule", "Duhok dam reservoir at lowest level in decade"])],
        paras=P("""
Groundwater levels under Erbil are falling by up to three metres a year, officials warned on Sunday, as thousands
of private wells and a lack of rain push the Kurdistan Region's capital toward a water crisis.

The Erbil water directorate said the city now depends on wells for about 40 percent of its drinking water, with the
rest pumped from the Greater Zab river about 45 kilometres away.

Director Karwan Aziz told Rudaw that the directorate had registered more than 8,000 wells in and around the city,
but estimated that at least as many had been dug without permits.

"Some wells that reached water at 100 metres twenty years ago now need to go down 400 metres," Aziz said.

Residents of several neighbourhoods on the city's western edge said they had been buying water from tanker trucks
for weeks, paying up to 15,000 dinars for a tank of five cubic metres.

The Kurdistan Regional Government has approved a project to build a second pipeline from the Greater Zab, which
officials say could double the river supply when completed in 2027.

Rainfall in the region has been below average for four of the past five winters, according to the directorate.
"""),
        must_have=[
            "The Erbil water directorate said the city now depends on wells for about 40 percent of its drinking water, "
            "with the rest pumped from the Greater Zab river about 45 kilometres away.",
            "The Kurdistan Regional Government has approved a project to build a second pipeline from the Greater Zab, "
            "which officials say could double the river supply when completed in 2027.",
        ],
    ),
    # -- The StarPhoenix (Postmedia): staff, name over the paper's name, "Published / Last updated / minute read" stamps, late-evening CST stamp (next day in UTC), "Article content" and "Advertisement N" lines between paragraphs, save-article line, comment guidelines --
    dict(
        cluster="starphoenix-saskatoon-budget-property-tax",
        role="single",
        file="starphoenix_saskatoon_budget_property_tax.html",
        render="html",
        site=SITE_STARPHOENIX,
        title="Saskatoon council passes 2025 budget with 5.6 per cent property tax increase",
        date="2024-12-04",
        dateline="",
        city=None,
        country="CA",
        region="americas",
        agency=None,
        authors=["Gordon Mazur"],
        editors=[],
        lang="en",
        section="Local News",
        meta_section="Local News",
        url="https://thestarphoenix.example.com/news/local-news/saskatoon-council-passes-2025-budget-property-tax",
        description="Council trimmed the proposed increase by drawing on a reserve and delaying bus purchases.",
        published="2024-12-04T20:45:00-06:00",
        modified="2024-12-05T09:12:00-06:00",
        meta_author="Gordon Mazur",
        byline_lines=["Gordon Mazur", "Saskatoon StarPhoenix"],
        date_lines=["Published Dec 04, 2024", "Last updated Dec 05, 2024", "3 minute read"],
        above_body=[("save", "You can save this article by registering for free here. Or sign-in if you have an account.")],
        caption="Saskatoon city council during budget deliberations at City Hall on Tuesday, Dec. 3, 2024.",
        credit="Mira Lachance /Saskatoon StarPhoenix",
        credit_shown="Photo by Mira Lachance /Saskatoon StarPhoenix",
        inserts={0: [("ad", "Article content")], 2: [("ad", "Advertisement 2")], 4: [("ad", "Article content")]},
        comments=["Join the conversation",
                  "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful."],
        paras=P("""
Saskatoon city council has approved a 5.6 per cent property tax increase for 2025, after two days of budget
deliberations that ended late Wednesday.

The increase means the owner of an average home assessed at $360,000 will pay about $112 more in municipal
property taxes next year.

Council had started the deliberations facing a proposed increase of 6.3 per cent, but trimmed it by drawing $2.1
million from a fiscal stabilization reserve and delaying the purchase of several transit buses.

Coun. Dana Whitecalf said residents had told her the city needed to focus on basics such as snow clearing and road
repairs.

"People are stretched. We heard that clearly, and we still have to keep the lights on and the roads plowed," she
said.

Police funding accounted for the largest single increase in the budget, with the Saskatoon Police Service
receiving an additional $6.4 million, much of it to hire 17 new officers.

The library levy will rise by 2.4 per cent, while the snow and ice budget grows by $1.5 million after complaints
about slow clearing of residential streets last winter.

City administration will present a revised long-term capital plan to council in the spring.
"""),
        must_have=[
            "Council had started the deliberations facing a proposed increase of 6.3 per cent, but trimmed it by drawing "
            "$2.1 million from a fiscal stabilization reserve and delaying the purchase of several transit buses.",
            "Police funding accounted for the largest single increase in the budget, with the Saskatoon Police Service "
            "receiving an additional $6.4 million, much of it to hire 17 new officers.",
        ],
    ),
    # -- PerthNow: staff sport story, name over a role line, early-morning AWST stamp (previous day in UTC), "Read next" rail, newsletter block, comments --
    dict(
        cluster="perthnow-fremantle-captain-contract-extension",
        role="single",
        file="perthnow_fremantle_captain_contract_extension.html",
        render="html",
        site=SITE_PERTHNOW,
        title="Fremantle captain Jordan Pike commits to Dockers until end of 2031",
        date="2025-04-02",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Declan Rossiter"],
        editors=[],
        lang="en",
        section="AFL",
        meta_section="AFL",
        url="https://www.perthnow.example.com.au/sport/afl/fremantle-captain-jordan-pike-commits-to-dockers-until-end-of-2031-c-18233417",
        description="The midfielder had been chased by at least two Victorian clubs.",
        published="2025-04-02T06:30:00+08:00",
        modified="2025-04-02T06:30:00+08:00",
        meta_author="Declan Rossiter",
        byline_lines=["Declan Rossiter", "Chief Football Writer"],
        date_lines=["Wed, 2 April 2025 6:30AM"],
        ticker=("Breaking", "Storm warning issued for Perth metro area"),
        newsletter_end=["Get the latest news from perthnow.com.au in your inbox.", "Sign up for our emails"],
        lists=[("Read next", ["Eagles confirm hamstring injury to key defender", "WAFL: Claremont hold off Subiaco"])],
        comments=["Comments", "Be the first to comment"],
        paras=P("""
Fremantle captain Jordan Pike has signed a six-year contract extension that will keep him at the Dockers until the
end of the 2031 season.

The 25-year-old midfielder, who was out of contract at the end of this year, had been chased by at least two
Victorian clubs offering long-term deals worth more than $1 million a season.

Pike, who won the Doig Medal as the club's best and fairest last year, said he had never seriously considered
leaving Western Australia.

"This is home. My family is here, and I want to be part of the group that brings a premiership to Fremantle," he
said on Tuesday.

Dockers chief executive Andrew Colwell described the signing as the most important in the club's recent history.

Pike has played 118 games since being drafted with pick No.7 in 2017 and was named in the All-Australian squad in
each of the past two seasons.

The announcement comes three days before Fremantle hosts Carlton at Optus Stadium, with the Dockers sitting sixth
on the ladder after three rounds.
"""),
        must_have=[
            "The 25-year-old midfielder, who was out of contract at the end of this year, had been chased by at least two "
            "Victorian clubs offering long-term deals worth more than $1 million a season.",
            "Pike has played 118 games since being drafted with pick No.7 in 2017 and was named in the All-Australian "
            "squad in each of the past two seasons.",
        ],
    ),
    # -- EFE on Semana: "Medellín, 2 ago (EFE).- " dateline, "Agencia EFE" byline, Colombian "p. m." stamp, listen-to-article and audio-error lines, Google News line --
    dict(
        cluster="semana-efe-medellin-feria-de-las-flores",
        role="single",
        file="semana_efe_medellin_feria_de_las_flores_es.html",
        render="html",
        site=SITE_SEMANA,
        title="Medellín abre la Feria de las Flores con un récord de 600 silleteros inscritos",
        date="2024-08-02",
        dateline="Medellín, 2 ago (EFE).- ",
        city="Medellín",
        country="CO",
        region="americas",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section="Nación",
        meta_section="Nación",
        url="https://www.semana.example.com/nacion/articulo/medellin-abre-la-feria-de-las-flores-con-un-record-de-600-silleteros/202447/",
        description="La Alcaldía prevé la llegada de unos 150.000 visitantes durante los diez días de la feria.",
        published="2024-08-02T19:15:00-05:00",
        modified="2024-08-02T19:15:00-05:00",
        ld_author=[{"@type": "Organization", "name": "Agencia EFE"}],
        byline_lines=["Agencia EFE"],
        date_lines=["2 de agosto de 2024, 7:15 p. m."],
        above_body=[("listen", "Escuchar este artículo"), ("audio-error", "Se ha producido un error al procesar la solicitud.")],
        caption="Un silletero durante el desfile de la Feria de las Flores en Medellín (Colombia), en una fotografía de archivo.",
        credit="EFE/Luis Noreña",
        credit_shown="Foto: EFE/Luis Noreña",
        below_body=[("gnews", "Síguenos en Google News")],
        lists=[("Noticias Destacadas", ["Lluvias dejan 12 municipios en alerta roja en Antioquia", "Así será el pico y placa en Bogotá este fin de semana"])],
        paras=P("""
La ciudad colombiana de Medellín inauguró este viernes la edición 67 de la Feria de las Flores, que durante diez
días reunirá conciertos, cabalgatas y el tradicional desfile de silleteros, en el que este año participarán 600
campesinos, la cifra más alta de su historia.

Los silleteros, cultivadores de flores del corregimiento de Santa Elena, cargan a la espalda estructuras de madera
decoradas con flores que pueden pesar hasta 70 kilos y que recorren varios kilómetros por las calles de la ciudad.

La Alcaldía de Medellín prevé la llegada de unos 150.000 visitantes nacionales y extranjeros, que dejarían una
derrama económica cercana a los 200.000 millones de pesos (unos 49 millones de dólares).

La ocupación hotelera para los días del desfile supera el 90 %, según el gremio hotelero de Antioquia.

"La feria es de los campesinos de Santa Elena, que mantienen viva una tradición de más de un siglo", dijo a EFE la
secretaria de Cultura de la ciudad, Juliana Montoya.

El desfile de silleteros, considerado patrimonio cultural inmaterial de la nación, se celebrará el 11 de agosto y
cerrará la programación de la feria.

Las autoridades desplegarán unos 3.000 policías para garantizar la seguridad de los asistentes a los eventos.
"""),
        must_have=[
            "La Alcaldía de Medellín prevé la llegada de unos 150.000 visitantes nacionales y extranjeros, que dejarían "
            "una derrama económica cercana a los 200.000 millones de pesos (unos 49 millones de dólares).",
            "El desfile de silleteros, considerado patrimonio cultural inmaterial de la nación, se celebrará el 11 de "
            "agosto y cerrará la programación de la feria.",
        ],
    ),
    # -- Tengrinews.kz (gzipped, Russian): staff court story, Cyrillic byline, Russian-month stamp, "Фото:" credit, Telegram-channel promo, most-read rail --
    dict(
        cluster="tengrinews-shymkent-zastroyshchik-prigovor",
        role="single",
        file="tengrinews_shymkent_zastroyshchik_prigovor_ru.html.gz",
        render="html",
        site=SITE_TENGRI,
        title="В Шымкенте застройщика приговорили к семи годам за недостроенные дома",
        date="2025-03-12",
        dateline="",
        city=None,
        country="KZ",
        region="asia",
        agency=None,
        authors=["Айгерим Бекова"],
        editors=[],
        lang="ru",
        section="Казахстан",
        meta_section="Казахстан",
        url="https://tengrinews.example.kz/kazakhstan_news/v-shymkente-zastroyshchika-prigovorili-k-semi-godam-561842/",
        description="Ущерб, причинённый 214 дольщикам, суд оценил в 3,8 миллиарда тенге.",
        published="2025-03-12T11:40:00+05:00",
        modified="2025-03-12T11:40:00+05:00",
        meta_author="Айгерим Бекова",
        byline_lines=["Айгерим Бекова"],
        date_lines=["12 марта 2025 11:40"],
        caption="Недостроенный жилой комплекс в микрорайоне Нурсат.",
        credit="Tengrinews.kz",
        credit_shown="Фото: Tengrinews.kz",
        inserts={2: [("link", "Читайте также:", "Дольщикам в Астане вернут деньги за проблемный ЖК")]},
        below_body=[("tg", "Подписывайтесь на Telegram-канал Tengrinews.kz, чтобы первыми узнавать о главных событиях.")],
        lists=[("Самое читаемое", ["Погода в Казахстане: синоптики обещают потепление", "Курс тенге на 12 марта"])],
        paras=P("""
Специализированный межрайонный суд по уголовным делам Шымкента приговорил руководителя строительной компании к семи
годам лишения свободы за мошенничество с долевым строительством, сообщили в пресс-службе суда.

По данным следствия, в 2021-2023 годах компания привлекла деньги 214 дольщиков на строительство двух жилых
комплексов в микрорайоне Нурсат, однако дома так и не были достроены.

Общий ущерб, причинённый гражданам, суд оценил в 3,8 миллиарда тенге.

В суде подсудимый вину не признал и заявил, что работы остановились из-за роста цен на стройматериалы и проблем с
подрядчиками.

Суд также конфисковал принадлежащее ему имущество, в том числе два земельных участка и коммерческое помещение в
центре города, для возмещения ущерба дольщикам.

«Мы ждали ключи три года, а получили только приговор. Главное для нас — чтобы дома всё-таки достроили», — сказала
одна из пострадавших, Гульмира Ахметова.

Акимат Шымкента ранее сообщал, что ведёт переговоры с другим застройщиком о завершении строительства проблемных
объектов до конца 2026 года.

Приговор не вступил в законную силу и может быть обжалован.
"""),
        must_have=[
            "По данным следствия, в 2021-2023 годах компания привлекла деньги 214 дольщиков на строительство двух жилых "
            "комплексов в микрорайоне Нурсат, однако дома так и не были достроены.",
            "Акимат Шымкента ранее сообщал, что ведёт переговоры с другим застройщиком о завершении строительства "
            "проблемных объектов до конца 2026 года.",
        ],
    ),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, AFP on Sud Ouest: "Cayenne (AFP) - " dateline, "Par SudOuest.fr avec AFP" byline and author field, rubric and "Publié le ... à 22h15." stamp, comment prompt.
    dict(
        cluster="sudouest-afp-cayenne-orpailleurs-condamnes",
        role="single",
        file="newsplease_sudouest_afp_cayenne_orpailleurs_condamnes_fr.json",
        render="newsplease",
        title="Guyane : quinze orpailleurs clandestins condamnés à de la prison ferme à Cayenne",
        date="2024-06-19",
        dateline="Cayenne (AFP) - ",
        city="Cayenne",
        country="GF",
        region="americas",
        agency="AFP",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.sudouest.example.fr/faits-divers/guyane-quinze-orpailleurs-clandestins-condamnes-a-de-la-prison-ferme-a-cayenne-20412877.php",
        source_domain="www.sudouest.example.fr",
        description="Près de 1,2 kilo d'or et 40 kilos de mercure avaient été saisis lors de leur interpellation en avril.",
        np_authors=["SudOuest.fr avec AFP"],
        np_publish="2024-06-19 22:15:00",
        np_modify=None,
        np_download="2024-06-20 06:03:51",
        head_lines=["Faits divers", "Par SudOuest.fr avec AFP", "Publié le 19/06/2024 à 22h15."],
        tail_lines=["Écrire un commentaire", "Sud Ouest : toute l'actualité de la région et du monde"],
        paras=P("""
Quinze orpailleurs clandestins, interpellés en avril sur un site d'extraction illégale d'or dans le parc amazonien
de Guyane, ont été condamnés mercredi par le tribunal correctionnel de Cayenne à des peines allant de six mois à
trois ans de prison ferme.

Les prévenus, tous de nationalité brésilienne, étaient poursuivis pour orpaillage illégal, atteinte à
l'environnement et, pour quatre d'entre eux, détention d'armes.

Lors de l'opération menée par les gendarmes et les militaires de l'opération Harpie, près de 1,2 kilo d'or, 40
kilos de mercure et plusieurs moteurs de pompes avaient été saisis.

Le parquet avait requis jusqu'à quatre ans d'emprisonnement contre le chef présumé du chantier, décrit comme
l'organisateur de la logistique entre le Brésil et le site.

« L'orpaillage clandestin détruit les rivières et empoisonne les populations qui vivent de la pêche », a souligné
la procureure dans ses réquisitions.

Selon l'Office national des forêts, plus de 400 sites d'orpaillage illégal étaient actifs en Guyane à la fin de
l'année dernière, un chiffre en légère baisse.

Les condamnés feront l'objet d'une interdiction du territoire français à l'issue de leur peine.
"""),
        must_have=[
            "Lors de l'opération menée par les gendarmes et les militaires de l'opération Harpie, près de 1,2 kilo d'or, "
            "40 kilos de mercure et plusieurs moteurs de pompes avaient été saisis.",
            "Selon l'Office national des forêts, plus de 400 sites d'orpaillage illégal étaient actifs en Guyane à la fin "
            "de l'année dernière, un chiffre en légère baisse.",
        ],
    ),
    # news-please, PAP on Polsat News (Polish): no dateline, agency only in the "mk / PAP" sign-off (editor's initials), "Aktualizacja:" line.
    dict(
        cluster="polsatnews-pap-lublin-oddzial-udarowy-dzieci",
        role="single",
        file="newsplease_polsatnews_pap_lublin_oddzial_udarowy_dzieci_pl.json",
        render="newsplease",
        title="Lublin. Szpital dziecięcy otworzy pierwszy w regionie oddział udarowy dla dzieci",
        date="2025-05-08",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency="PAP",
        authors=[],
        editors=[],
        lang="pl",
        section=None,
        url="https://www.polsatnews.example.pl/wiadomosc/2025-05-08/lublin-szpital-dzieciecy-otworzy-pierwszy-w-regionie-oddzial-udarowy-dla-dzieci/",
        source_domain="www.polsatnews.example.pl",
        description="Na nowym oddziale znajdzie się sześć łóżek i całodobowa pracownia rezonansu magnetycznego.",
        np_authors=[],
        np_publish="2025-05-08 14:20:00",
        np_modify="2025-05-08 15:02:00",
        np_download="2025-05-09 02:17:40",
        head_lines=["Polska", "2025-05-08, 14:20", "Aktualizacja: 2025-05-08, 15:02"],
        tail_lines=["mk / PAP", "Czytaj więcej", "Ratownicy medyczni z Lubelszczyzny dostaną nowe karetki"],
        paras=P("""
Uniwersytecki Szpital Dziecięcy w Lublinie otworzy w czerwcu pierwszy we wschodniej Polsce oddział leczenia udarów
mózgu u dzieci. Placówka będzie przyjmować małych pacjentów z województw lubelskiego i podkarpackiego.

Jak poinformowała rzeczniczka szpitala Agnieszka Wróbel, na nowym oddziale znajdzie się sześć łóżek, w tym dwa
intensywnego nadzoru, a także pracownia rezonansu magnetycznego dostępna przez całą dobę.

Inwestycja kosztowała 14,5 mln zł i została sfinansowana ze środków Krajowego Planu Odbudowy oraz budżetu
województwa.

Udary u dzieci zdarzają się rzadko, ale ich rozpoznanie często trwa zbyt długo. Każda godzina ma znaczenie dla
tego, czy dziecko wróci do pełnej sprawności - powiedziała neurolog dziecięca dr Marta Kozieł.

Według danych szpitala w ubiegłym roku do placówki trafiło 38 dzieci z podejrzeniem udaru, z których część musiała
być przewożona do ośrodków w Warszawie i Krakowie.

Lekarze i pielęgniarki nowego oddziału przeszli szkolenia w klinikach w Niemczech i w Czechach.

Szpital zapowiada także uruchomienie całodobowej konsultacji telefonicznej dla lekarzy z mniejszych szpitali
powiatowych.
"""),
        must_have=[
            "Inwestycja kosztowała 14,5 mln zł i została sfinansowana ze środków Krajowego Planu Odbudowy oraz budżetu "
            "województwa.",
            "Według danych szpitala w ubiegłym roku do placówki trafiło 38 dzieci z podejrzeniem udaru, z których część "
            "musiała być przewożona do ośrodków w Warszawie i Krakowie.",
        ],
    ),
    # news-please, RSS on The Rising Nepal: "Pokhara, Nov. 12 (RSS): " dateline with a colon, "RSS" author field and head line, weekday stamp.
    dict(
        cluster="risingnepal-rss-pokhara-paragliding-flights",
        role="single",
        file="newsplease_risingnepal_rss_pokhara_paragliding_flights.json",
        render="newsplease",
        title="Paragliding flights in Pokhara up 40 percent as autumn season peaks",
        date="2024-11-12",
        dateline="Pokhara, Nov. 12 (RSS): ",
        city="Pokhara",
        country="NP",
        region="asia",
        agency="RSS",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://risingnepaldaily.example.com/news/51274",
        source_domain="risingnepaldaily.example.com",
        description="A total of 21,600 flights were recorded from Sarangkot since mid-September.",
        np_authors=["RSS"],
        np_publish="2024-11-12 15:05:00",
        np_modify=None,
        np_download="2024-11-13 01:44:09",
        head_lines=["Province", "RSS", "Tuesday, Nov 12, 2024"],
        tail_lines=["Similar News", "Rara Lake sees record number of domestic tourists"],
        paras=P("""
The number of tandem paragliding flights in Pokhara has increased by around 40 percent this autumn compared to the
same period last year, according to the Paragliding Association of Nepal.

A total of 21,600 flights were recorded from Sarangkot between mid-September and the second week of November, the
association said.

President of the association Krishna Gurung said the rise was driven by the return of tourists from India, China
and South Korea, as well as a growing number of domestic tourists.

Sixty-five companies are currently operating paragliding flights in Pokhara, employing more than 400 licensed
pilots, he said.

Tourism entrepreneurs, however, expressed concern over the crowding of the take-off site at Sarangkot during peak
hours and called for a second launch area to be developed.

The Civil Aviation Authority of Nepal has recently tightened safety inspections after two accidents earlier this
year.

Pokhara Metropolitan City has also started collecting a fee of Rs 100 per flight for the maintenance of the
Sarangkot area.
"""),
        must_have=[
            "A total of 21,600 flights were recorded from Sarangkot between mid-September and the second week of "
            "November, the association said.",
            "The Civil Aviation Authority of Nepal has recently tightened safety inspections after two accidents earlier "
            "this year.",
        ],
    ),
    # trafilatura, Xinhua on The Manila Times: "KUNMING, March 2 (Xinhua) -- " dateline, "By Xinhua" head line, newsletter sign-up block; first category "World".
    dict(
        cluster="manilatimes-xinhua-kunming-flower-exports",
        role="single",
        file="trafilatura_manilatimes_xinhua_kunming_flower_exports.json",
        render="trafilatura",
        title="Yunnan's fresh-cut flower exports surge in early 2025",
        date="2025-03-02",
        dateline="KUNMING, March 2 (Xinhua) -- ",
        city="Kunming",
        country="CN",
        region="asia",
        agency="Xinhua",
        authors=[],
        editors=[],
        lang="en",
        section="World",
        url="https://www.manilatimes.example.net/2025/03/02/news/world/yunnans-fresh-cut-flower-exports-surge-in-early-2025/2066341",
        hostname="www.manilatimes.example.net",
        source_hostname="The Manila Times",
        description="Yunnan exported about 9,800 tonnes of cut flowers in January and February.",
        tf_author="Xinhua",
        tf_date="2025-03-02",
        tf_language="en",
        categories="World;Asia",
        tf_tags="China;Yunnan;Flowers;Exports",
        head_lines=["By Xinhua", "March 2, 2025"],
        tail_lines=["Get the latest news delivered to your inbox", "Sign up for The Manila Times newsletters",
                    "By signing up with an email address, I acknowledge that I have read and agree to the Terms of Service and Privacy Policy."],
        paras=P("""
Exports of fresh-cut flowers from southwest China's Yunnan Province rose 28 percent year on year in January and
February, as growers shipped more roses and carnations to markets in Southeast Asia, the Middle East and Russia,
local customs authorities said.

Yunnan exported about 9,800 tonnes of cut flowers in the first two months of the year, worth nearly 430 million
yuan (about 59.8 million U.S. dollars), according to Kunming Customs.

Thailand, Japan and Singapore were the top destinations, while shipments to Gulf countries more than doubled.

The Dounan flower market in Kunming, one of Asia's largest flower trading centers, handled an average of 8 million
stems a day during the weeks before Valentine's Day and the Spring Festival, market operators said.

"Cold-chain trucks can now reach Vientiane overnight, so our roses arrive fresher than ever," said Li Hongmei,
sales manager of a flower export company in the city.

Yunnan is China's largest flower-growing region, with more than 1.9 million mu (about 126,700 hectares) of flower
plantations.

Local authorities plan to build more cold storage facilities near major growing areas this year to reduce losses.
"""),
        must_have=[
            "Yunnan exported about 9,800 tonnes of cut flowers in the first two months of the year, worth nearly 430 "
            "million yuan (about 59.8 million U.S. dollars), according to Kunming Customs.",
            "Yunnan is China's largest flower-growing region, with more than 1.9 million mu (about 126,700 hectares) of "
            "flower plantations.",
        ],
    ),
    # trafilatura, Newsroom (New Zealand): staff, name and date head lines, membership appeal at the foot; first category "Business".
    dict(
        cluster="newsroom-te-puke-kiwifruit-hail",
        role="single",
        file="trafilatura_newsroom_te_puke_kiwifruit_hail.json",
        render="trafilatura",
        title="Te Puke kiwifruit growers count the cost of November hail",
        date="2024-11-26",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Jonah Whitcombe"],
        editors=[],
        lang="en",
        section="Business",
        url="https://newsroom.example.co.nz/2024/11/26/te-puke-kiwifruit-growers-count-the-cost-of-november-hail/",
        hostname="newsroom.example.co.nz",
        source_hostname="Newsroom",
        description="About 1,400 hectares of orchards were hit, with the worst damage on gold kiwifruit blocks.",
        tf_author="Jonah Whitcombe",
        tf_date="2024-11-26",
        tf_language="en",
        categories="Business;Primary industries",
        tf_tags="kiwifruit;Bay of Plenty;weather",
        head_lines=["Jonah Whitcombe", "26 November 2024"],
        tail_lines=["Newsroom's journalism is free to read, but it costs money to produce. Become a member today.",
                    "Become a member"],
        paras=P("""
Kiwifruit growers around Te Puke are assessing damage to this season's crop after a hailstorm swept across the
western Bay of Plenty last week, shredding leaves and scarring young fruit on more than 200 orchards.

Industry estimates put the affected area at about 1,400 hectares, with the worst damage on gold kiwifruit blocks
between Te Puke and Pongakawa.

Grower Hemi Rangitaawa said about a third of the fruit on his 12-hectare orchard had been marked by hail, which
would make much of it unsuitable for export.

"You put a whole year of work into a crop, and twenty minutes of ice can take a big chunk of it," he said.

Damaged fruit can still be sold on the domestic market or for processing, but growers typically receive a fraction
of the export price for it.

The storm comes as the industry was forecasting a record export season, with prices in Asia holding up despite
weaker demand in Europe.

Rural insurers said they had received more than 300 claims so far, and growers were being urged to document damage
before the fruit is thinned.
"""),
        must_have=[
            "Industry estimates put the affected area at about 1,400 hectares, with the worst damage on gold kiwifruit "
            "blocks between Te Puke and Pongakawa.",
            "Damaged fruit can still be sold on the domestic market or for processing, but growers typically receive a "
            "fraction of the export price for it.",
        ],
    ),
    # trafilatura, The Standard (Kenya): staff sport story, "By NAME" and "| Apr. 09, 2025" head lines, WhatsApp-channel line, related topics; first category "Sports".
    dict(
        cluster="standard-eldoret-city-marathon-record-field",
        role="single",
        file="trafilatura_standardmedia_eldoret_city_marathon_record_field.json",
        render="trafilatura",
        title="Record field of 6,000 runners for Eldoret City Marathon",
        date="2025-04-09",
        dateline="",
        city=None,
        country="KE",
        region="africa",
        agency=None,
        authors=["Festus Chelimo"],
        editors=[],
        lang="en",
        section="Sports",
        url="https://www.standardmedia.example.co.ke/sports/athletics/article/2001512934/record-field-of-6000-runners-for-eldoret-city-marathon",
        hostname="www.standardmedia.example.co.ke",
        source_hostname="The Standard",
        description="At least 40 registered athletes have run the marathon in under two hours and ten minutes.",
        tf_author="Festus Chelimo",
        tf_date="2025-04-09",
        tf_language="en",
        categories="Sports;Athletics",
        tf_tags="Eldoret City Marathon;Athletics Kenya;Uasin Gishu",
        head_lines=["Athletics", "By Festus Chelimo", "| Apr. 09, 2025"],
        tail_lines=["Follow The Standard", "channel on WhatsApp", "Related Topics", "Eldoret City Marathon", "Athletics Kenya"],
        paras=P("""
More than 6,000 runners have registered for this year's Eldoret City Marathon, the largest field since the race was
first staged in 2022, organisers said yesterday.

The race, which will be run on April 27, will have full marathon, half marathon and 10km categories, with a total
prize purse of Sh12 million.

Race director Joseph Kiplagat said at least 40 of the registered athletes had run the marathon in under two hours
and ten minutes, making it one of the fastest fields in the country this year.

"Eldoret is the home of champions, and we want this to be a race where young athletes can announce themselves to the
world," Kiplagat said.

The Uasin Gishu County government has pledged to repair sections of the road and improve lighting along the route
ahead of the race.

Hoteliers in the town said bookings for the race weekend were almost full, with athletes, managers and fans expected
from across the North Rift and abroad.

Athletics Kenya will deploy anti-doping officers to carry out tests on podium finishers in all categories.
"""),
        must_have=[
            "The race, which will be run on April 27, will have full marathon, half marathon and 10km categories, with a "
            "total prize purse of Sh12 million.",
            "Hoteliers in the town said bookings for the race weekend were almost full, with athletes, managers and fans "
            "expected from across the North Rift and abroad.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_TISCALI = site("Tiscali Notizie", "https://notizie.tiscali.example.it", " - Tiscali Notizie", "it_IT", "@tiscali",
                    ["Ultime notizie", "Cronaca", "Politica", "Economia", "Esteri", "Spettacoli", "Sport", "Shopping"],
                    ["Tiscali Italia S.p.A. - P.IVA 02375280928", "Privacy", "Note legali"],
                    share=["Condividi", "Facebook", "X", "WhatsApp"], top=["Mail", "Accedi"])
SITE_WEBDE = site("WEB.DE News", "https://web.example.de", " | WEB.DE", "de_DE", "@webde",
                  ["Politik", "Panorama", "Regio", "Sport", "Unterhaltung", "Ratgeber", "Digital", "Wetter"],
                  ["\u00a9 1&1 Mail & Media GmbH", "Impressum", "Datenschutz", "Cookie-Einstellungen"],
                  top=["E-Mail", "Login"],
                  cookie="Wir und unsere Partner verarbeiten Daten, um Inhalte und Werbung zu personalisieren und die Nutzung zu analysieren.",
                  cookie_title="Ihre Privatsphäre ist uns wichtig", buttons=["Akzeptieren und weiter", "Einstellungen"])

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on The Peninsula (syndicated member of the Reuters cluster), section, agency and place lines, Doha-time stamp with a "Last updated" part, credits line.
    dict(
        PRISTINA,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        url="https://thepeninsulaqatar.example.com/article/14/11/2024/kosovo-to-raise-household-power-prices-by-16-as-import-costs-bite",
        nb_published="2024-11-14T15:48:00Z",
        outlet="The Peninsula",
        nb_authors=["Reuters"],
        head_lines=["International", "Reuters", "Pristina, Kosovo",
                    "Published: 14 Nov 2024 - 06:48 pm | Last updated: 14 Nov 2024 - 06:50 pm"],
        tail_lines=[PRISTINA_CREDITS, "Related News", "EU eases measures against Kosovo, unlocks funds"],
    ),
    # trafilatura shape: the AP story on The Virgin Islands Daily News (syndicated member of the AP cluster), upper-case byline and "Associated Press" lines, contributor line and AP rights line; first category "News".
    dict(
        USVI,
        role="syndicated",
        file=JSONL_A,
        render="trafilatura",
        section="News",
        url="https://www.virginislandsdailynews.example.com/news/heat-forces-schools-to-shorten-days-as-air-conditioners-fail/article_5c1e7a52-6f2b-11ef-9d3a-3f0e2b7c9a41.html",
        hostname="www.virginislandsdailynews.example.com",
        source_hostname="The Virgin Islands Daily News",
        tf_author="MARISOL QUIÑONES Associated Press",
        tf_date="2024-09-10",
        tf_language="en",
        categories="News;Education",
        tf_tags="Education;Weather",
        head_lines=["By MARISOL QUIÑONES", "Associated Press", "Sep 10, 2024"],
        tail_lines=[USVI_CONTRIB, AP_RIGHTS],
    ),
    # newsbeam html shape: askanews on Tiscali Notizie, "Torino, 19 mag. (askanews) - " dateline (Italian city name), "di askanews" byline, most-read rail.
    dict(
        cluster="tiscali-askanews-torino-salone-del-libro-record",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_TISCALI,
        title="Salone del Libro, record di 232mila presenze per l'edizione 2025",
        date="2025-05-19",
        dateline="Torino, 19 mag. (askanews) - ",
        city="Turin",
        country="IT",
        region="europe",
        agency="askanews",
        authors=[],
        editors=[],
        lang="it",
        section="Cultura",
        meta_section="Cultura",
        url="https://notizie.tiscali.example.it/cultura/articoli/salone-del-libro-record-232mila-presenze-00001/",
        description="Gli ingressi sono cresciuti del 4 per cento rispetto al 2024.",
        published="2025-05-19T19:05:00+02:00",
        modified="2025-05-19T19:05:00+02:00",
        nb_published="2025-05-19T17:05:00Z",
        outlet="Tiscali Notizie",
        nb_authors=["askanews"],
        ld_author=[{"@type": "Organization", "name": "askanews"}],
        byline_lines=["di askanews"],
        date_lines=["19 maggio 2025 19:05"],
        lists=[("I più letti", ["Meteo, arriva il primo caldo africano", "Concorsi, bando per 1.200 posti nella scuola"])],
        paras=P("""
Si è chiusa con 232mila presenze, il dato più alto di sempre, la 37esima edizione del Salone internazionale del
Libro di Torino, che si è svolta da giovedì a oggi al Lingotto Fiere.

Lo hanno comunicato gli organizzatori, sottolineando che gli ingressi sono cresciuti del 4 per cento rispetto al
2024 e che le vendite degli editori presenti sono aumentate in media del 7 per cento.

Oltre 1.200 gli appuntamenti in programma, tra incontri con gli autori, laboratori per le scuole e presentazioni,
con più di 2.500 ospiti da 40 Paesi.

"Il Salone si conferma la più grande festa del libro in Italia e una vetrina per i piccoli editori", ha dichiarato
la direttrice editoriale, Paola Ferrante.

Particolarmente affollate le giornate di sabato e domenica, con lunghe code agli ingressi nelle ore centrali, tanto
che l'organizzazione ha annunciato per il prossimo anno l'apertura di un terzo accesso.

Il Comune di Torino ha stimato in oltre 40 milioni di euro la ricaduta economica della manifestazione sulla città,
tra alberghi, ristoranti e trasporti.

La prossima edizione si terrà dal 14 al 18 maggio 2026.
"""),
        must_have=[
            "Oltre 1.200 gli appuntamenti in programma, tra incontri con gli autori, laboratori per le scuole e "
            "presentazioni, con più di 2.500 ospiti da 40 Paesi.",
            "Il Comune di Torino ha stimato in oltre 40 milioni di euro la ricaduta economica della manifestazione sulla "
            "città, tra alberghi, ristoranti e trasporti.",
        ],
    ),
    # news-please shape: Tubantia (Dutch regional), staff, place / name / "dd-mm-yy, hh:mm" head lines, WhatsApp-channel line.
    dict(
        cluster="tubantia-enschede-mst-griepgolf",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="MST in Enschede zet extra bedden in door griepgolf",
        date="2025-01-02",
        dateline="",
        city=None,
        country="NL",
        region="europe",
        agency=None,
        authors=["Lotte Wessels"],
        editors=[],
        lang="nl",
        section=None,
        url="https://www.tubantia.example.nl/enschede/mst-in-enschede-zet-extra-bedden-in-door-griepgolf~a7c31e90/",
        source_domain="www.tubantia.example.nl",
        description="Het ziekenhuis lag donderdag vol met 34 griepopnames.",
        np_authors=["Lotte Wessels"],
        np_publish="2025-01-02 16:45:00",
        np_modify=None,
        np_download="2025-01-03 04:12:55",
        head_lines=["Enschede", "Lotte Wessels", "02-01-25, 16:45"],
        tail_lines=["Meer nieuws uit Enschede? Volg Tubantia Enschede op WhatsApp.", "Reageer op dit artikel"],
        paras=P("""
Medisch Spectrum Twente (MST) in Enschede zet tijdelijk twaalf extra bedden in om het grote aantal patiënten met
griep en andere luchtweginfecties op te vangen.

Het ziekenhuis lag donderdag vol met 34 griepopnames, het hoogste aantal sinds de coronapandemie. Ook de
spoedeisende hulp had het de afgelopen dagen erg druk.

Volgens een woordvoerder van het MST worden geplande operaties die niet dringend zijn in sommige gevallen een paar
weken uitgesteld. Patiënten krijgen daarover persoonlijk bericht.

'We zien veel oudere mensen die flink ziek zijn en langer moeten blijven dan normaal', zegt longarts Eva
Dijkhuis.

Het MST roept mensen met griepklachten op om eerst contact op te nemen met de huisarts en niet direct naar de
spoedeisende hulp te gaan.

Ook in andere ziekenhuizen in Twente en de Achterhoek is het druk. Het Landelijk Netwerk Acute Zorg houdt bij waar
nog plaats is, zodat patiënten zo nodig naar een ander ziekenhuis kunnen worden overgebracht.

Het RIVM meldde deze week dat de griepepidemie landelijk nog niet over zijn hoogtepunt is.
"""),
        must_have=[
            "Volgens een woordvoerder van het MST worden geplande operaties die niet dringend zijn in sommige gevallen "
            "een paar weken uitgesteld.",
            "Het MST roept mensen met griepklachten op om eerst contact op te nemen met de huisarts en niet direct naar "
            "de spoedeisende hulp te gaan.",
        ],
    ),
    # newsbeam html shape (gzipped batch): the dpa story on WEB.DE News (syndicated member of the dpa cluster), "Quelle: dpa" line, "© dpa / NAME" credit, dpa-infocom stamp and automation notice.
    dict(
        FRANKEN,
        role="syndicated",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_WEBDE,
        section="Bayern",
        meta_section="Bayern",
        url="https://web.example.de/magazine/news/regio/bayern/weinlese-franken-winzer-erwarten-kleinere-gute-ernte-40127733",
        published="2024-09-05T15:02:00+02:00",
        modified="2024-09-05T15:02:00+02:00",
        nb_published="2024-09-05T13:02:00Z",
        outlet="WEB.DE News",
        nb_authors=["dpa"],
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        breadcrumbs=["News", "Regio", "Bayern"],
        byline_lines=["Quelle: dpa"],
        date_lines=["05.09.2024, 15:02 Uhr"],
        caption="Ein Winzer schneidet Trauben in einem Weinberg bei Würzburg.",
        credit="dpa / Lena Mohrmann",
        credit_shown="\u00a9 dpa / Lena Mohrmann",
        end_lines=[DPA_STAMP,
                   "Dieser Text wurde automatisch von dpa übernommen und von der Redaktion nicht bearbeitet."],
        lists=[("Mehr Regio-News", ["Nürnberg: Christkindlesmarkt bekommt neuen Standort für Kinderweihnacht",
                                     "Unwetter in Unterfranken: Keller vollgelaufen"])],
    ),
    # newsbeam text shape (gzipped batch): O Tempo (Belo Horizonte), staff, "Por NAME" line, "dd/mm/yy - HHhMM" stamp, WhatsApp line.
    dict(
        cluster="otempo-bh-cesta-basica-marco",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Cesta básica em BH sobe 4,2% em março e chega a R$ 742",
        date="2025-04-07",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Larissa Duarte"],
        editors=[],
        lang="pt",
        section=None,
        url="https://www.otempo.example.com.br/economia/cesta-basica-em-bh-sobe-4-2-em-marco-e-chega-a-r-742-1.3287110",
        nb_published="2025-04-07T13:10:00Z",
        outlet="O Tempo",
        nb_authors=["Larissa Duarte"],
        head_lines=["Economia", "Por Larissa Duarte", "07/04/25 - 10h10"],
        tail_lines=["Receba as notícias de O TEMPO no seu WhatsApp", "Leia também",
                    "Gasolina volta a subir nos postos de BH"],
        paras=P("""
O preço da cesta básica em Belo Horizonte subiu 4,2% em março e chegou a R$ 742,18, segundo levantamento divulgado
nesta segunda-feira (7) pelo Departamento Intersindical de Estatística e Estudos Socioeconômicos (Dieese).

Foi a terceira alta mensal consecutiva na capital mineira. No acumulado de 12 meses, o conjunto de 13 alimentos
básicos ficou 11,6% mais caro.

Os maiores aumentos foram registrados no café, que subiu 12,8% no mês, no tomate (9,4%) e na carne bovina (3,1%).
O arroz e o feijão tiveram leve queda.

Segundo a economista Juliana Prates, do Dieese, o café acumula alta de mais de 70% em um ano, reflexo da quebra de
safra e do aumento da demanda internacional.

"O trabalhador que ganha um salário mínimo precisou comprometer mais da metade da renda líquida só com a cesta
básica", afirmou.

Com o valor registrado em março, o Dieese calcula que o salário mínimo necessário para sustentar uma família de
quatro pessoas deveria ser de R$ 6.235.

Belo Horizonte tem a sétima cesta mais cara entre as 17 capitais pesquisadas. São Paulo segue com o maior valor do
país.
"""),
        must_have=[
            "Os maiores aumentos foram registrados no café, que subiu 12,8% no mês, no tomate (9,4%) e na carne bovina "
            "(3,1%).",
            "Com o valor registrado em março, o Dieese calcula que o salário mínimo necessário para sustentar uma família "
            "de quatro pessoas deveria ser de R$ 6.235.",
        ],
    ),
    # news-please shape (gzipped batch): Yle News (English service of Finland's public broadcaster) on Åland, staff, "d.m. HH:MM" stamp, newsletter and follow lines.
    dict(
        cluster="ylenews-mariehamn-short-term-rentals",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="Mariehamn to restrict short-term holiday rentals in city centre",
        date="2025-05-14",
        dateline="",
        city=None,
        country="AX",
        region="europe",
        agency=None,
        authors=["Henrik Lindström"],
        editors=[],
        lang="en",
        section=None,
        url="https://yle.example.fi/a/74-20162518",
        source_domain="yle.example.fi",
        description="Owners would need a permit to rent out a whole flat to tourists for more than 60 nights a year.",
        np_authors=["Henrik Lindström"],
        np_publish="2025-05-14 11:32:00",
        np_modify=None,
        np_download="2025-05-14 19:50:12",
        head_lines=["Yle News", "Henrik Lindström", "14.5. 11:32"],
        tail_lines=["Users with an Yle ID can leave comments on our news stories.",
                    "Follow Yle News on Instagram, Bluesky and WhatsApp"],
        paras=P("""
The city of Mariehamn plans to limit short-term holiday rentals in its central districts, as residents and
employers complain that there are too few flats available for people who want to live and work in the Åland
capital.

Under a proposal approved by the city board on Tuesday, owners would need a permit to rent out an entire flat to
tourists for more than 60 nights a year.

The city estimates that around 280 flats in Mariehamn are listed on short-term rental platforms during the summer
season, roughly five percent of the housing stock in the centre.

"We welcome tourists, but nurses, teachers and seasonal workers also need somewhere to live," said city board chair
Annika Sjöblom.

Åland's tourism association warned that the rules could reduce the number of beds available in the busiest weeks
of July, when the islands' hotels are regularly fully booked.

The proposal will go to the city council for a final vote in June. If approved, the permit system would take effect
at the start of 2026.

Åland, an autonomous and Swedish-speaking region of Finland, has about 30,000 residents, around 12,000 of whom live
in Mariehamn.
"""),
        must_have=[
            "The city estimates that around 280 flats in Mariehamn are listed on short-term rental platforms during the "
            "summer season, roughly five percent of the housing stock in the centre.",
            "The proposal will go to the city council for a final vote in June.",
        ],
    ),
    # trafilatura shape (gzipped batch): Nyasa Times, "Nyasa Times Reporter" house byline (placeholder), date line, Nyasa TV and share lines; first category "Health".
    dict(
        cluster="nyasatimes-blantyre-cholera-vaccination",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Blantyre begins oral cholera vaccination drive targeting 300,000 people",
        date="2025-01-22",
        dateline="",
        city=None,
        country="MW",
        region="africa",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Health",
        url="https://www.nyasatimes.example.com/blantyre-begins-oral-cholera-vaccination-drive-targeting-300000-people/",
        hostname="www.nyasatimes.example.com",
        source_hostname="Nyasa Times",
        description="Most of the 146 cases recorded this season have been reported in Ndirande, Bangwe and Chilomoni.",
        tf_author="Nyasa Times Reporter",
        tf_date="2025-01-22",
        tf_language="en",
        categories="Health;Malawi",
        tf_tags="Blantyre;cholera;vaccination",
        head_lines=["Nyasa Times Reporter", "January 22, 2025"],
        tail_lines=["Follow and Subscribe Nyasa TV :", "Share this:", "Click to share on WhatsApp (Opens in new window)"],
        paras=P("""
The Blantyre District Health Office has started an oral cholera vaccination campaign targeting about 300,000 people
in hotspot areas of the city and surrounding rural communities, following a rise in cases since the start of the
rainy season.

District Health Officer Dr Chikondi Banda said the campaign, which runs for six days, is focusing on townships such
as Ndirande, Bangwe and Chilomoni, where most of the 146 cases recorded this season have been reported.

He said the district had received the vaccines through the Ministry of Health with support from international
partners, and that vaccination teams would also visit markets, schools and bus depots.

"The vaccine is safe and it is free. We are urging everyone aged one year and above in the targeted areas to come
forward," Banda said.

Four people have died of cholera in the district since November, according to health officials.

The Blantyre City Council said it was working with the Blantyre Water Board to repair burst pipes and increase the
number of water kiosks in high-density areas.

Health authorities have also urged residents to wash hands with soap, drink treated water and avoid eating food
from unhygienic places.
"""),
        must_have=[
            "District Health Officer Dr Chikondi Banda said the campaign, which runs for six days, is focusing on "
            "townships such as Ndirande, Bangwe and Chilomoni, where most of the 146 cases recorded this season have "
            "been reported.",
            "The Blantyre City Council said it was working with the Blantyre Water Board to repair burst pipes and "
            "increase the number of water kiosks in high-density areas.",
        ],
    ),
]


HOLDOUT_NOTES = {
    "purpose": "seventeenth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the StarPhoenix's article:published_time "
    "2024-12-04T20:45-06:00 is 2024-12-05 in UTC, but the publisher's calendar says 2024-12-04 ('Last updated Dec 05, "
    "2024' is an update); PerthNow's 2025-04-02T06:30+08:00 is 2025-04-01 in UTC, but 2 April in Perth; MSN prints no "
    "date at all (only '7h'), so the Reuters dateline 'Nov 14' gives the day (2024); The Week prints only 'Updated: "
    "March 03, 2025 18:22 IST' and the PTI dateline agrees on 3 March; The Peninsula's 'Published: 14 Nov 2024 - 06:48 "
    "pm' is Doha time (15:48Z) and the same day as the Reuters dateline; O Tempo's '07/04/25 - 10h10' is day/month/year "
    "(the crawler stamp 13:10Z is 10:10 in Belo Horizonte); Tubantia's '02-01-25, 16:45' is 2 January 2025; Yle's "
    "'14.5. 11:32' has no year (the record's date_publish gives 2025); 'Updated' (SFGATE), 'Güncelleme' (TRT Haber), "
    "'Aktualizacja' (Polsat News), 'Last updated' (StarPhoenix, The Peninsula) lines are updates",
    "dateline_city": "'PRISTINA, Nov 14 (Reuters)' -> 'Pristina', country XK (Kosovo, the user-assigned code GeoNames "
    "and CLDR use); 'CHARLOTTE AMALIE, U.S. Virgin Islands (AP) \u2014' -> 'Charlotte Amalie', country VI; 'Würzburg "
    "(dpa/lby) - ' -> 'Würzburg'; 'Gangtok, Mar 3 (PTI)' -> 'Gangtok'; 'FRANCISTOWN: ' (Mmegi's own dateline with a colon) "
    "-> 'Francistown'; 'Bragança, 21 out 2024 (Lusa) \u2013' -> 'Bragança' in Portugal, not Bragança Paulista; "
    "'REPUBLIKA.CO.ID, DENPASAR -- ' (the site's name stands where a wire's would) -> 'Denpasar'; 'ERBIL, Kurdistan "
    "Region - ' -> 'Erbil', country IQ (the Kurdistan Region is part of Iraq); 'Medellín, 2 ago (EFE).- ' -> "
    "'Medellín'; 'Cayenne (AFP) - ' -> 'Cayenne', country GF (French Guiana, not FR); 'Pokhara, Nov. 12 (RSS): ' -> "
    "'Pokhara'; 'KUNMING, March 2 (Xinhua) -- ' -> 'Kunming'; 'Torino, 19 mag. (askanews) - ' -> 'Turin' (the "
    "English GeoNames name, not the Italian one printed); pages without a dateline (ZIZ Online and its re-scrape, TRT "
    "Haber, Perfil, PMN News, Vatican News, Sky TG24, Mayotte Hebdo, StarPhoenix, PerthNow, Tengrinews, Polsat News, "
    "Newsroom, The Standard, Tubantia, O Tempo, Yle News, Nyasa Times) are null and take the country of the story's "
    "location (PMN's story names Alofi in its text, not in a dateline)",
    "agency_names": "short names: 'Reuters', 'AP', 'dpa' ('dpa/lby' is dpa's Bavarian desk; 'Von: dpa' on Merkur.de, "
    "'Quelle: dpa' on WEB.DE), 'PTI', 'Anadolu' ('Kaynak: AA' at the foot of TRT Haber's page), 'Lusa' ('Agência Lusa'), "
    "'NA' (Noticias Argentinas, named in Perfil's byline line and as 'dijo a NA' in the text), 'Antara' ('Rep: Antara' "
    "on Republika), 'EFE' ('Agencia EFE'), 'AFP' ('Par SudOuest.fr avec AFP'), 'PAP' (named only in Polsat News's "
    "sign-off 'mk / PAP', where 'mk' is the desk editor's initials), 'RSS' (Rastriya Samachar Samiti, Nepal's national "
    "news agency, on The Rising Nepal), 'Xinhua' and 'askanews' (the Italian agency writes its name in lower case)",
    "agency_null": "Rudaw, Vatican News, Yle News, PMN News, ZIZ Online, Mmegi, Mayotte Hebdo, Tengrinews, the "
    "StarPhoenix, PerthNow, Newsroom, The Standard, Tubantia, O Tempo and Sky TG24 write their own copy; Sky TG24's "
    "'\u00a9Ansa' is only the photo's credit; 'Nyasa Times Reporter' is Nyasa Times's house byline for staff copy",
    "authors": "Reuters: 'Story by Fatos Berisha' on MSN and the credits line 'Reporting by Fatos Berisha; Writing by "
    "Marta Kowalczyk' on both Reuters records -> Fatos Berisha, Marta Kowalczyk (the writer who wrote the story up is a "
    "bylined writer; the editor is not); AP: 'By MARISOL QUIÑONES, Associated Press' (SFGATE) and 'By MARISOL QUIÑONES' "
    "over 'Associated Press' (Virgin Islands Daily News) plus 'Associated Press writer Devon Hale in Miami contributed "
    "to this report.' on both -> Marisol Quiñones, Devon Hale; 'KEOLEBOGILE MOTSAMAI' -> 'Keolebogile Motsamai' (the "
    "'Staff Writer' line under it is a role, not a placeholder name replacing a byline); 'di Chiara Benedetti' -> "
    "'Chiara Benedetti'; the StarPhoenix's 'Saskatoon StarPhoenix' and PerthNow's 'Chief Football Writer' lines under the "
    "name are not part of it; Tengrinews's byline is kept in Cyrillic as printed ('Айгерим Бекова'); 'Agência Lusa', "
    "'Noticias Argentinas', 'Agencia EFE', 'Rep: Antara', 'SudOuest.fr avec AFP', 'RSS', 'By Xinhua', 'di askanews', "
    "'Von: dpa', 'Quelle: dpa', 'PTI', 'Nyasa Times Reporter' and JSON author fields holding them are agencies or "
    "placeholders, not authors",
    "editors": "Reuters 'Editing by Alison Marsh' on both Reuters records; Republika's 'Red: Dewi Anggraini' "
    "('Red.' = redaktur, the desk editor who handled the Antara copy, the counterpart of Xinhua's 'Editor:') -> "
    "'Dewi Anggraini'; Polsat News's 'mk' initials are not a name; no other record names an editor",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text is kept: SFGATE '(AP Photo/Kendrick "
    "Baptiste)' -> 'AP Photo/Kendrick Baptiste'; Sky TG24 '\u00a9Ansa' -> 'Ansa'; Republika 'Foto: ANTARA "
    "FOTO/Putu Wirawan' -> 'ANTARA FOTO/Putu Wirawan' ('ANTARA FOTO' is the agency's photo service, like 'AP Photo'); "
    "Rudaw 'Photo: Rudaw' -> 'Rudaw'; StarPhoenix 'Photo by Mira Lachance /Saskatoon StarPhoenix' -> 'Mira Lachance "
    "/Saskatoon StarPhoenix' (spacing as printed); Semana 'Foto: EFE/Luis Noreña' -> 'EFE/Luis Noreña'; Tengrinews "
    "'Фото: Tengrinews.kz' -> 'Tengrinews.kz'; WEB.DE '\u00a9 dpa / Lena Mohrmann' -> 'dpa / Lena Mohrmann'; Perfil "
    "'Foto: Gobierno de Mendoza' on its own line under the caption -> 'Gobierno de Mendoza'; Merkur.de's 'Rubriklistenbild: "
    "\u00a9 Karl Obermaier/dpa' at the foot credits the teaser picture used in section lists, the article shows no "
    "captioned picture, so caption and credit are null there and the line is chrome",
    "photo_credit_not_story_agency": "'AP Photo/', 'EFE/', 'ANTARA FOTO/' and 'dpa /' credits agree with, but do not "
    "decide, the agency labels; Sky TG24's '\u00a9Ansa' sits on a staff story (agency null); 'Rudaw', 'Tengrinews.kz' and "
    "'Saskatoon StarPhoenix' are the publishers' own photographers",
    "section": "HTML pages: article:section ('World' on SFGATE, 'Economia', 'Société', 'Ekonomi', 'Kurdistan', 'Local "
    "News', 'AFL', 'Nación', 'Казахстан', and on the batched pages 'Cultura' (Tiscali) and 'Bayern' (WEB.DE)); "
    "trafilatura: first category ('World' on The Manila Times, 'Business' on Newsroom, 'Sports' on The Standard, 'News' "
    "on the Virgin Islands Daily News copy, 'Health' on Nyasa Times); text pages, news-please and newsbeam text records "
    "null, whatever section word the page prints near the title",
    "chrome": "provider, 'Story by' and relative-age lines (MSN), the Reuters trust-principles line, PTI disclaimers "
    "('This story is done by PTI. THE WEEK holds no editorial responsibility for its content.'), 'Kaynak: AA', the "
    "dpa-infocom stamp and WEB.DE's automation notice, 'Article content' and 'Advertisement 2' lines between paragraphs, "
    "save-article, listen-to-article and audio-error lines, paywall and membership appeals, newsletter, WhatsApp, "
    "Telegram and social-follow lines, radio-stream and watch-video lines, comment counters and prompts, tag and topic "
    "lists, the 'mk / PAP' sign-off, role lines under bylines and the Rudaw language switcher are chrome; standfirsts "
    "are neither chrome nor body",
    "regions": "Kosovo (XK), the Åland Islands (AX, Northern Europe, labelled apart from Finland as ISO 3166-1 does), "
    "Vatican City (VA), Germany, Italy, Portugal, Poland and the Netherlands -> europe; the U.S. Virgin Islands (VI), "
    "Saint Kitts and Nevis (KN), French Guiana (GF), Argentina, Canada, Colombia and Brazil -> americas; Mayotte (YT, "
    "Eastern Africa in UN M49), Botswana, Kenya and Malawi -> africa; Turkey (Erzurum is in Western Asia in UN M49), "
    "Iraq, Kazakhstan, India, Nepal, China and Indonesia -> asia; Niue (NU), Australia and New Zealand -> oceania",
    "languages": "Turkish 'tr' (TRT Haber), Polish 'pl' (Polsat News), Indonesian 'id' (Republika), Russian 'ru' "
    "(Tengrinews, Kazakhstan) and Dutch 'nl' (Tubantia) appear next to en, es, pt, fr, de and it; Observador writes "
    "European Portuguese and O Tempo Brazilian Portuguese; Perfil uses the voseo ('Leé también', 'Suscribite'); Vatican "
    "News is its Spanish edition",
    "zizonline_basseterre_jnf_dialysis_unit": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled "
    "with the clean text; its must_have sentences contain no quotes or apostrophes; it kept neither the watch-video "
    "line nor the share and related blocks",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"sudouest.fr avec afp", "par sudouest.fr avec afp", "von: dpa", "quelle: dpa", "anadolu ajansı",
                "agência lusa", "na", "noticias argentinas", "antara", "rep: antara", "pap", "rss",
                "rastriya samachar samiti", "by xinhua", "askanews", "di askanews", "nyasa times reporter",
                "staff writer", "redazione", "rudaw", "yle news", "vatican news", "sky tg24", "republika"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
