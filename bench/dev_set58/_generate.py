#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifty-eighth development set (bench/dev_set58/, first written as the fifty-fifth held-out set).

    .venv/bin/python bench/dev_set58/_generate.py

Writes ``bench/dev_set58/articles/*`` and ``bench/dev_set58/labels.json`` (next to this
file).  Output is deterministic (gzip members use mtime=0 and no file name).
Every story is invented: people, quotes, companies and figures are fictional;
cities, countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and big national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set57/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout55_2025-a.jsonl"
JSONL_B = "crawl_holdout55_2025-b.jsonl.gz"


# ---- cluster: AP, Baton Rouge (Times-Picayune page + copy on the Chicago Sun-Times in the plain batch) ----

LEVEE = dict(
    cluster="ap-baton-rouge-coastal-levees",
    title="Louisiana lawmakers approve $310 million for coastal levee repairs",
    date="2025-05-21",
    dateline="BATON ROUGE, La. (AP) \u2014 ",
    city="Baton Rouge",
    country="US",
    region="americas",
    agency="AP",
    authors=["Marcus Thibodeaux"],
    editors=[],
    lang="en",
    description="Most of the money goes to Terrebonne, Lafourche and Plaquemines parishes.",
    paras=P("""
Louisiana lawmakers on Wednesday approved $310 million to repair levees and floodwalls along the state's
southern coast, sending the measure to the governor after months of debate over how to split the money among
parishes.

The bill directs most of the money to Terrebonne, Lafourche and Plaquemines parishes, where officials say
several earthen levees sank after last year's hurricane season.

State Rep. Colette Arceneaux, a Republican from Houma who sponsored the measure, said the repairs could not
wait for federal funding.

"Every storm season we are gambling with people's homes. This money lets us stop gambling," Arceneaux said
during the final debate.

Democrats in the House supported the bill but argued that parishes in the northern part of the state had been
left out of a separate drainage program.

The Coastal Protection and Restoration Authority, the state agency that oversees levee projects, said work on
the first contracts could begin by September.

Engineers have warned that many of the levees were built decades ago and were not designed for the higher
storm surges now forecast for the Gulf Coast.

The Senate passed the bill 35-3 last week. The governor's office said he intends to sign it.
"""),
    must_have=[
        "The bill directs most of the money to Terrebonne, Lafourche and Plaquemines parishes, where officials say several earthen levees sank after last year's hurricane season.",
        "The Coastal Protection and Restoration Authority, the state agency that oversees levee projects, said work on the first contracts could begin by September.",
    ],
)
AP_COPYRIGHT = "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."

# ---- cluster: AFP, Douala (Mutations scrape + copy on La Nouvelle Tribune in the gzipped batch) ----

DOUALA = dict(
    cluster="afp-douala-port-attente-navires",
    title="Cameroun : au port de Douala, l'attente des navires s'allonge",
    date="2024-11-19",
    dateline="Douala (AFP) - ",
    city="Douala",
    country="CM",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Les navires attendent en moyenne neuf jours avant d'accoster, selon les transitaires.",
    paras=P("""
Les navires doivent désormais attendre en moyenne neuf jours avant de pouvoir accoster au port de Douala,
principale porte d'entrée des marchandises pour le Cameroun et plusieurs pays voisins, selon les
transitaires.

Cette attente, qui ne dépassait pas quatre jours l'an dernier, s'explique par des travaux de dragage du chenal
et par la hausse du trafic à destination du Tchad et de la Centrafrique.

« Chaque journée d'attente coûte plusieurs milliers de dollars aux armateurs, et ce sont les consommateurs qui
finissent par payer », a expliqué à l'AFP Serge Ndongo Ebanda, responsable d'une société de transit.

Le Port autonome de Douala affirme que le chenal sera de nouveau accessible aux grands navires d'ici la fin du
premier trimestre 2025.

En attendant, certains armateurs détournent leurs navires vers le port en eau profonde de Kribi, à environ
150 kilomètres au sud.

Les commerçants du marché central de Douala se plaignent déjà d'une hausse des prix du riz et de l'huile
importés.

Le Cameroun importe chaque année plus de 800.000 tonnes de riz, dont la majeure partie transite par Douala.

Selon la Chambre de commerce, les retards pourraient aussi peser sur les exportations de bois et de cacao,
deux des principales sources de devises du pays.
"""),
    must_have=[
        "Le Port autonome de Douala affirme que le chenal sera de nouveau accessible aux grands navires d'ici la fin du premier trimestre 2025.",
        "Le Cameroun importe chaque année plus de 800.000 tonnes de riz, dont la majeure partie transite par Douala.",
    ],
)

# ---- cluster: dpa, Altrip (Rheinpfalz page + copy on the Rhein-Neckar-Zeitung in the plain batch) ----

FAEHRE = dict(
    cluster="dpa-altrip-rheinfaehre-elektro",
    title="Rheinfähre Altrip fährt künftig mit Elektroantrieb",
    date="2024-06-18",
    dateline="Altrip (dpa/lrs) - ",
    city="Altrip",
    country="DE",
    region="europe",
    agency="dpa",
    authors=[],
    editors=[],
    lang="de",
    description="Der Gemeinderat hat dem Umbau der Fähre zwischen Altrip und Mannheim zugestimmt.",
    paras=P("""
Die Rheinfähre zwischen Altrip und Mannheim soll vom kommenden Frühjahr an elektrisch fahren. Der Gemeinderat
stimmte am Dienstagabend dem Umbau der Fähre zu, wie die Gemeinde mitteilte.

Die Fähre verbindet die Vorderpfalz mit dem Mannheimer Stadtteil Neckarau und wird täglich von rund 1.800
Fahrzeugen genutzt.

Der bisherige Dieselmotor soll durch zwei Elektromotoren und einen Batteriespeicher ersetzt werden, der an
beiden Anlegestellen geladen werden kann.

Die Kosten von rund 2,4 Millionen Euro übernimmt zu einem großen Teil das Land.

Während des Umbaus muss die Fähre nach Angaben der Gemeinde für etwa sechs Wochen außer Betrieb gehen.

Pendler müssen in dieser Zeit über die Rheinbrücken in Ludwigshafen oder Speyer ausweichen.

Bürgermeisterin Karin Sommerfeld sprach von einem wichtigen Schritt für den Klimaschutz in der Region.
«Die Fähre ist für viele Menschen der kürzeste Weg zur Arbeit, und sie soll es auch bleiben», sagte sie.

Auch die Anlegestellen sollen im Zuge der Arbeiten erneuert werden, damit Radfahrer und Fußgänger künftig
sicherer auf die Fähre gelangen.

Die Fähre ist seit mehr als 60 Jahren in Betrieb. Ein Neubau war nach Angaben der Gemeinde zu teuer.
"""),
    must_have=[
        "Der bisherige Dieselmotor soll durch zwei Elektromotoren und einen Batteriespeicher ersetzt werden, der an beiden Anlegestellen geladen werden kann.",
        "Pendler müssen in dieser Zeit über die Rheinbrücken in Ludwigshafen oder Speyer ausweichen.",
    ],
)
DPA_INFOCOM = "\u00a9 dpa-infocom, dpa:240618-99-445172/3"

# ---- cluster: 7NEWS (Adelaide), page + noisy re-scrape ----

TRAM = dict(
    cluster="7news-adelaide-tram-norwood",
    title="Adelaide's tram line to be extended to Norwood in $220 million plan",
    date="2025-03-11",
    dateline="",
    city=None,
    country="AU",
    region="oceania",
    agency=None,
    authors=["Caitlin Brennan"],
    editors=[],
    section=None,
    lang="en",
    caption="An artist's impression of a tram on The Parade at Norwood.",
    credit="SA Government",
    paras=P("""
Adelaide's tram network will be extended along The Parade to Norwood under a $220 million plan announced by
the state government on Tuesday.

The 3.2km extension will branch off the existing city line at East Terrace and add six new stops, with the
first trams expected to run in 2028.

Transport Minister Aaron Kellaway said the route had been chosen because buses along The Parade were already
running at capacity during peak hours.

"This is one of the busiest corridors in the eastern suburbs, and people have been asking for a tram for
years," he said.

Traders on The Parade have raised concerns about losing parking spaces and about disruption during
construction.

Norwood Parade Precinct Association chair Lisa Trinh said businesses wanted a guarantee that the street would
stay open during the works.

The government said detailed design would begin this year and that construction would be staged to keep
traffic moving.

The project will be jointly funded by the state and federal governments, with Canberra expected to confirm
its share in the May budget.
"""),
    must_have=[
        "The 3.2km extension will branch off the existing city line at East Terrace and add six new stops, with the first trams expected to run in 2028.",
        "Norwood Parade Precinct Association chair Lisa Trinh said businesses wanted a guarantee that the street would stay open during the works.",
    ],
)
SEVEN_PRE = ["7NEWS", "Latest", "Australia", "World", "Politics", "Entertainment", "Sport", "Lifestyle", "Weather", "7NEWS Live"]
SEVEN_HEAD = ["Caitlin Brennan", "7NEWS", "Tue, 11 March 2025 3:12PM"]
SEVEN_CAP = ["An artist's impression of a tram on The Parade at Norwood. Credit: SA Government"]
SEVEN_COPY = "Copyright \u00a9 2025 7NEWS"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Mutations (Cameroon): original of the AFP cluster.
    dict(DOUALA, role="original", file="mutations_afp_douala_port_fr.txt", render="text",
         caption="Des conteneurs en attente sur un quai du port de Douala.", credit="AFP",
         pre=[["Mutations", "Accueil", "Politique", "Economie", "Société", "Régions", "Culture", "Sport", "International", "Contact"],
              ["Economie"]],
         head=[["AFP"], ["19 novembre 2024 à 10:42"]],
         cap_lines=["Des conteneurs en attente sur un quai du port de Douala. \u00a9 AFP"],
         inserts={2: ["Lire aussi : Kribi : le terminal polyvalent réceptionne ses premiers navires"]},
         tail=[["Partager :", "Facebook", "X", "WhatsApp"],
               ["Articles similaires"],
               ["\u00a9 2024 Quotidien Mutations. Tous droits réservés."]]),
    # 7NEWS (original of the re-scrape cluster).
    dict(TRAM, role="original", file="sevennews_adelaide_tram_norwood.txt", render="text",
         pre=[SEVEN_PRE, ["Adelaide"]], head=[SEVEN_HEAD], cap_lines=SEVEN_CAP,
         inserts={2: ["Advertisement"], 4: ["Related Articles", "Adelaide bus drivers vote to strike over new rosters"]},
         tail=[["Watch the latest news on Channel 7 or stream for free on 7plus >>"],
               ["Share this article"],
               [SEVEN_COPY]]),
    dict(TRAM, role="rescrape", file="sevennews_adelaide_tram_norwood_rescrape.txt.gz", render="text", noise=True,
         pre=[SEVEN_PRE], head=[SEVEN_HEAD], cap_lines=SEVEN_CAP, tail=[[SEVEN_COPY]]),
    # Varden (Skien, Norway, Bokmål): NTB copy.
    rec(cluster="varden-ntb-strompris-vinter", role="single", file="varden_ntb_strompris_vinter_nb.txt", render="text",
        title="Strømprisen i Sør-Norge ventes å falle i vinter",
        date="2024-10-22", country="NO", region="europe", lang="no", agency="NTB",
        pre=[["Varden", "Nyheter", "Sport", "Kultur", "Meninger", "Grenland", "Telemark", "Podkast", "E-avis"],
             ["Logg inn", "Kjøp abonnement"]],
        head=[["NTB"], ["Publisert 22.10.2024 11:32"]],
        inserts={3: ["Annonse"]},
        tail=[["Del artikkel"],
              ["Ansvarlig redaktør og administrerende direktør: Øystein Lundgaard"],
              ["Varden arbeider etter Vær Varsom-plakatens regler for god presseskikk."]],
        paras=P("""
Kraftprisene i Sør-Norge ventes å bli lavere denne vinteren enn i fjor, ifølge en ny analyse fra et
kraftmeglerselskap.

Analysen anslår en gjennomsnittspris på rundt 60 øre per kilowattime i prisområdet Sørøst-Norge fra
november til mars.

Det er nesten en tredjedel lavere enn i samme periode i fjor, da kalde uker i januar presset prisene opp.

Årsaken er blant annet at vannmagasinene er godt fylt etter en våt høst, og at det er bygget ut mer vind- og
solkraft i Europa.

– Så lenge vinteren ikke blir ekstremt kald, ser det ut til at husholdningene slipper de verste prisene, sier
analysesjef Trond Eikeland.

Han advarer likevel mot at enkeltdager med lite vind kan gi høye priser om kvelden.

Strømstøtten fra staten gjelder fortsatt når prisen overstiger 73 øre per kilowattime, og dekker 90 prosent
av prisen over dette nivået.

Forbrukerrådet oppfordrer folk til å sammenligne strømavtaler før vinteren, fordi prisforskjellene mellom
selskapene fortsatt er store.

I Nord-Norge er prisene som vanlig langt lavere enn i sør.
"""),
        must_have=[
            "Det er nesten en tredjedel lavere enn i samme periode i fjor, da kalde uker i januar presset prisene opp.",
            "Han advarer likevel mot at enkeltdager med lite vind kan gi høye priser om kvelden.",
        ]),
    # Nerikes Allehanda (Örebro, Sweden): TT copy.
    rec(cluster="na-tt-lokforare-utbildning", role="single", file="nerikesallehanda_tt_lokforare_sv.txt", render="text",
        title="Rusning till lokförarutbildningar – platserna räcker inte",
        date="2024-10-02", country="SE", region="europe", lang="sv", agency="TT",
        pre=[["NA", "Nyheter", "Örebro", "Sport", "Nöje & Kultur", "Ledare", "Familj", "E-tidning", "Meny"],
             ["Logga in", "Prenumerera"]],
        head=[["TT"], ["Publicerad 2 oktober 2024, 09:14"]],
        inserts={2: ["Annons"], 5: ["Läs mer: SJ köper 25 nya snabbtåg"]},
        tail=[["Dela"], ["Kopiera länk"],
              ["NA är en del av Bonnier News Local"]],
        paras=P("""
Intresset för att bli lokförare har ökat kraftigt. I år sökte över 6 000 personer till de
yrkeshögskoleutbildningar som leder till yrket, visar siffror från Myndigheten för yrkeshögskolan.

Det är nästan dubbelt så många som för tre år sedan, men antalet platser har bara ökat marginellt.

Totalt finns omkring 700 platser på utbildningarna, som ges på ett tiotal orter i landet.

– Branschen behöver rekrytera flera hundra nya förare varje år de kommande åren, eftersom många går i pension,
säger Annika Forsmark, utbildningsansvarig på ett av de större tågbolagen.

Flera utbildningsanordnare har ansökt om att få starta fler klasser, men enligt myndigheten är det svårt att
hitta handledare och praktikplatser.

Lönen för en nyutbildad lokförare ligger på runt 35 000 kronor i månaden.

Bristen på förare har under de senaste åren lett till inställda avgångar, framför allt i regionaltrafiken i
Mälardalen och Skåne.

Fackförbundet Seko menar att arbetsgivarna också måste se över schemaläggningen för att få förarna att stanna
kvar i yrket.
"""),
        must_have=[
            "Totalt finns omkring 700 platser på utbildningarna, som ges på ett tiotal orter i landet.",
            "Lönen för en nyutbildad lokförare ligger på runt 35 000 kronor i månaden.",
        ]),
    # Nhân Dân (Vietnam, Vietnamese): staff, byline in capitals after the story.
    rec(cluster="nhandan-hanoi-xe-buyt-dien", role="single", file="nhandan_hanoi_xe_buyt_dien_vi.txt", render="text",
        title="Hà Nội mở thêm 12 tuyến xe buýt điện trong năm 2025",
        date="2025-01-14", country="VN", region="asia", lang="vi", authors=["Minh Hà"],
        pre=[["Nhân Dân", "Chính trị", "Kinh tế", "Văn hóa", "Xã hội", "Pháp luật", "Du lịch", "Thế giới", "Thể thao", "Hà Nội"],
             ["Thứ Ba, 14-01-2025, 09:12"]],
        inserts={3: ["Tin liên quan", "Tuyến đường sắt đô thị Nhổn - ga Hà Nội đón hơn một triệu lượt khách"]},
        tail=[["MINH HÀ"],
              ["Chia sẻ"],
              ["Báo Nhân Dân - Cơ quan Trung ương của Đảng Cộng sản Việt Nam"],
              ["\u00a9 Bản quyền thuộc về Báo Nhân Dân"]],
        paras=P("""
Sở Giao thông vận tải Hà Nội cho biết, trong năm 2025 thành phố sẽ mở thêm 12 tuyến xe buýt điện, nâng tổng số
tuyến xe buýt sử dụng năng lượng sạch lên hơn 40 tuyến.

Các tuyến mới chủ yếu kết nối khu vực trung tâm với các huyện ngoại thành như Đông Anh, Gia Lâm và Hoài Đức,
nơi nhu cầu đi lại tăng nhanh trong những năm gần đây.

Theo kế hoạch, toàn bộ 12 tuyến sẽ sử dụng khoảng 250 xe buýt điện mới, mỗi xe có thể chạy hơn 200 km sau
một lần sạc.

Đại diện Sở cho biết, giá vé các tuyến xe buýt điện vẫn giữ nguyên như các tuyến xe buýt thông thường để
khuyến khích người dân sử dụng.

Ông Nguyễn Văn Thắng, một hành khách thường xuyên đi tuyến Long Biên - Gia Lâm, cho rằng xe điện êm hơn và
không có mùi khói như xe cũ.

Tuy nhiên, một số doanh nghiệp vận tải cho rằng chi phí đầu tư trạm sạc vẫn còn cao và đề nghị thành phố có
thêm chính sách hỗ trợ.

Hà Nội đặt mục tiêu đến năm 2030 toàn bộ xe buýt của thành phố sẽ sử dụng điện hoặc năng lượng xanh.

Hiện nay, xe buýt đáp ứng khoảng 15 phần trăm nhu cầu đi lại của người dân Thủ đô.
"""),
        must_have=[
            "Theo kế hoạch, toàn bộ 12 tuyến sẽ sử dụng khoảng 250 xe buýt điện mới, mỗi xe có thể chạy hơn 200 km sau một lần sạc.",
            "Hà Nội đặt mục tiêu đến năm 2030 toàn bộ xe buýt của thành phố sẽ sử dụng điện hoặc năng lượng xanh.",
        ]),
    # Pilipino Mirror (Philippines, Tagalog): staff, 'Ni' byline.
    rec(cluster="pilipinomirror-pasig-ferry-biyahe", role="single", file="pilipinomirror_pasig_river_ferry_tl.txt", render="text",
        title="Biyahe ng Pasig River Ferry, dadagdagan simula Nobyembre",
        date="2024-10-08", country="PH", region="asia", lang="tl", authors=["Jhoanna Villareal"],
        pre=[["Pilipino Mirror", "Home", "Balita", "Metro", "Probinsya", "Showbiz", "Sports", "Opinyon", "Negosyo"]],
        head=[["Ni Jhoanna Villareal"], ["Oktubre 8, 2024"]],
        inserts={2: ["BASAHIN: MMDA, maglalagay ng bagong bus lane sa EDSA"]},
        tail=[["Share this:", "Facebook", "X"],
              ["Related"],
              ["Copyright \u00a9 2024 Pilipino Mirror. All Rights Reserved."]],
        paras=P("""
Dadagdagan ng Metropolitan Manila Development Authority ang biyahe ng Pasig River Ferry simula sa susunod na
buwan upang mabawasan ang paghihintay ng mga pasahero.

Ayon sa ahensiya, magkakaroon na ng biyahe tuwing 20 minuto mula alas-sais ng umaga hanggang alas-siyete ng
gabi tuwing Lunes hanggang Sabado.

Limang bagong bangka ang idadagdag sa kasalukuyang 12 bangka na bumibiyahe sa pagitan ng Escolta at Pinagbuhatan
sa Pasig.

Sinabi ni ferry operations head Rodel Manansala na tumaas nang halos 30 porsiyento ang bilang ng sumasakay ngayong
taon.

"Marami nang estudyante at empleyado ang mas pinipili ang ferry dahil mas mabilis ito kaysa sa traffic sa
kalsada," ani Manansala.

Libre pa rin ang pamasahe sa ferry para sa lahat ng pasahero hanggang sa katapusan ng taon.

Inaayos din ang tatlong istasyon sa Sta. Ana, Guadalupe at Hulo upang maging mas ligtas para sa mga senior
citizen at may kapansanan.

Pinaalalahanan naman ng MMDA ang publiko na maaaring kanselahin ang biyahe kapag masama ang panahon o mataas ang
tubig sa ilog.
"""),
        must_have=[
            "Limang bagong bangka ang idadagdag sa kasalukuyang 12 bangka na bumibiyahe sa pagitan ng Escolta at Pinagbuhatan sa Pasig.",
            "Libre pa rin ang pamasahe sa ferry para sa lahat ng pasahero hanggang sa katapusan ng taon.",
        ]),
    # Swazi Observer (Eswatini): staff.
    rec(cluster="swaziobserver-mbabane-water-rationing", role="single", file="swaziobserver_mbabane_water_rationing.txt", render="text",
        title="EWSC introduces water rationing in parts of Mbabane",
        date="2024-09-04", country="SZ", region="africa", lang="en", authors=["Nomvula Khumalo"],
        pre=[["Swazi Observer", "Home", "News", "Business", "Sport", "Entertainment", "Opinion", "Weekend", "E-Paper"],
             ["NEWS"]],
        head=[["BY NOMVULA KHUMALO"], ["September 4, 2024"]],
        inserts={3: ["ALSO READ: Maguga Dam levels drop to 41 percent"]},
        tail=[["Post Views: 1,284"],
              ["Share this:", "WhatsApp", "Facebook"],
              ["\u00a9 2024 Swazi Observer. All rights reserved."]],
        paras=P("""
The Eswatini Water Services Corporation has introduced water rationing in several parts of Mbabane after
levels at the Hawane Dam dropped sharply during the dry winter months.

Residents of Sidwashini, Msunduza and Fonteyn will receive water on alternate days until the rains arrive,
the corporation said in a statement yesterday.

Corporation spokesperson Lindiwe Masuku said the dam was at 38 percent of its capacity, the lowest level
recorded in September in more than ten years.

"We are asking customers to use water sparingly and to report leaks immediately," Masuku said.

Water tankers will be sent to schools and clinics in the affected areas to make sure they are not left without
water.

Some residents complained that they had not been given enough notice and that taps had already been running
dry at night for two weeks.

The corporation said the rationing schedule would be published on its social media pages and read on radio
every morning.

The Eswatini Meteorological Service has forecast normal to above-normal rainfall from October.
"""),
        must_have=[
            "Residents of Sidwashini, Msunduza and Fonteyn will receive water on alternate days until the rains arrive, the corporation said in a statement yesterday.",
            "Water tankers will be sent to schools and clinics in the affected areas to make sure they are not left without water.",
        ]),
    # South Florida Sun Sentinel: staff, 'PUBLISHED: ... | UPDATED:' line.
    rec(cluster="sunsentinel-fort-lauderdale-water-taxi", role="single", file="sunsentinel_fort_lauderdale_water_taxi.txt", render="text",
        title="Fort Lauderdale adds water taxi stop at new riverfront park",
        date="2025-06-03", country="US", region="americas", lang="en", authors=["Daniel Okafor"],
        pre=[["Sun Sentinel", "News", "Sports", "Business", "Opinion", "Entertainment", "Obituaries", "eNewspaper", "Subscribe", "Log In"],
             ["Local News"]],
        head=[["By Daniel Okafor | South Florida Sun Sentinel"],
              ["PUBLISHED: June 3, 2025 at 5:12 PM EDT | UPDATED: June 3, 2025 at 7:40 PM EDT"]],
        inserts={2: ["Advertisement"], 5: ["Get the latest news delivered to your inbox", "Sign up for our newsletters"]},
        tail=[["Originally Published: June 3, 2025 at 5:12 PM EDT"],
              ["Copyright \u00a9 2025 South Florida Sun Sentinel"]],
        paras=P("""
Fort Lauderdale will add a water taxi stop at the new riverfront park on the New River this summer, city
commissioners decided Tuesday.

The stop, at the west end of the park near the Third Avenue bridge, is expected to open in August and will
be served every 30 minutes.

The water taxi already carries about 400,000 riders a year, most of them tourists traveling between the beach
and Las Olas Boulevard.

Commissioner Brenda Castellanos said the new stop would make the service more useful to residents who live
in the apartment towers west of downtown.

"We want people to see the river as a way to get around, not just something to look at," Castellanos said.

The city will pay $1.1 million for the dock and the ramp, which must meet accessibility rules.

Some boaters have complained that the river is already crowded on weekends and asked for stricter speed
limits near the park.

The city said it would work with the operator on a discounted monthly pass for residents.
"""),
        must_have=[
            "The water taxi already carries about 400,000 riders a year, most of them tourists traveling between the beach and Las Olas Boulevard.",
            "The city will pay $1.1 million for the dock and the ramp, which must meet accessibility rules.",
        ]),
    # The News Minute (India): staff, 'Written by :' / 'Published on:' lines.
    rec(cluster="tnm-bengaluru-metro-yellow-line-feeder", role="single", file="thenewsminute_bengaluru_metro_feeder.txt", render="text",
        title="BMTC to run 60 feeder buses to Yellow Line metro stations",
        date="2025-01-22", country="IN", region="asia", lang="en", authors=["Rohini Raghavan"],
        pre=[["TNM", "News", "Karnataka", "Tamil Nadu", "Kerala", "Telangana", "Andhra Pradesh", "Features", "Flix", "Become a Member"]],
        head=[["Written by :", "Rohini Raghavan"], ["Published on:", "22 Jan 2025, 4:48 pm"]],
        inserts={3: ["Also Read", "Bengaluru traffic police to pilot AI-based signals on Outer Ring Road"]},
        tail=[["Follow TNM's WhatsApp channel for news updates and story links."],
              ["Tags:", "Bengaluru", "Namma Metro", "BMTC"],
              ["The News Minute"]],
        paras=P("""
The Bangalore Metropolitan Transport Corporation will run 60 feeder buses to stations on the Yellow Line of
Namma Metro once the line opens, officials said on Wednesday.

The feeder routes will connect the stations between RV Road and Bommasandra to residential areas and tech
parks in Electronic City and HSR Layout.

BMTC managing director Sunitha Gowda said the buses would run every 10 to 15 minutes during peak hours.

Commuters in the area have complained for months that the line, which was originally due to open in 2024,
has been delayed by the slow delivery of driverless trains.

Metro officials said safety inspections were underway and that the line could open within the next two months.

"The last-mile problem is the biggest reason people stay in their cars. Feeder buses are part of the answer,"
said Srinivas Murthy, a member of a commuters' group in Electronic City.

The feeder buses will be electric and will accept the same cards used on the metro.

BMTC is also planning bicycle parking at five stations on the line.
"""),
        must_have=[
            "The feeder routes will connect the stations between RV Road and Bommasandra to residential areas and tech parks in Electronic City and HSR Layout.",
            "The feeder buses will be electric and will accept the same cards used on the metro.",
        ]),
    # Schaffhauser Nachrichten (Switzerland): Keystone-SDA copy.
    rec(cluster="sn-sda-bund-nachtzuege", role="single", file="schaffhausernachrichten_sda_nachtzuege_de.txt", render="text",
        title="Bund will neue Nachtzüge nach Rom und Barcelona unterstützen",
        date="2024-11-14", country="CH", region="europe", lang="de", agency="SDA",
        pre=[["Schaffhauser Nachrichten", "Region", "Schweiz", "International", "Wirtschaft", "Sport", "Kultur", "Leben", "Abo"],
             ["Schweiz"]],
        head=[["SDA"], ["14.11.2024 | 11:05"]],
        inserts={3: ["Werbung"]},
        tail=[["(sda)"],
              ["Artikel teilen"],
              ["Dieser Artikel wurde automatisch von der Nachrichtenagentur Keystone-SDA übernommen."],
              ["\u00a9 2024 Meier + Cie AG Schaffhausen"]],
        paras=P("""
Der Bund will den Ausbau der Nachtzugverbindungen aus der Schweiz finanziell unterstützen. Der Bundesrat hat am
Donnerstag eine entsprechende Vorlage in die Vernehmlassung geschickt.

Vorgesehen sind Beiträge von jährlich bis zu 30 Millionen Franken während fünf Jahren, wie das Bundesamt für
Verkehr mitteilte.

Mit dem Geld sollen unter anderem neue Verbindungen von Zürich und Basel nach Rom und Barcelona möglich werden.

Die Betreiber der Nachtzüge hatten in den vergangenen Jahren erklärt, dass sich solche Linien ohne öffentliche
Gelder kaum wirtschaftlich betreiben liessen.

Umweltverbände begrüssten den Entscheid. Nachtzüge seien eine wichtige Alternative zu Kurzstreckenflügen,
teilte ein Verband mit.

Kritik kam dagegen von bürgerlicher Seite. Ein Nationalrat bezeichnete die Vorlage als teure Symbolpolitik.

Die Vernehmlassung dauert bis Ende Februar. Das Parlament dürfte sich frühestens im Herbst 2025 mit dem Geschäft
befassen.

Derzeit verkehren ab der Schweiz Nachtzüge unter anderem nach Hamburg, Berlin, Amsterdam, Wien und Prag.

Die SBB begrüssten die Vorlage. Man prüfe zusammen mit ausländischen Partnerbahnen, welche Verbindungen zuerst eingeführt werden könnten, hiess es.
"""),
        must_have=[
            "Mit dem Geld sollen unter anderem neue Verbindungen von Zürich und Basel nach Rom und Barcelona möglich werden.",
            "Derzeit verkehren ab der Schweiz Nachtzüge unter anderem nach Hamburg, Berlin, Amsterdam, Wien und Prag.",
        ]),
    # Wiener Zeitung (Austria): staff.
    rec(cluster="wz-wien-gemeindebau-sanierung", role="single", file="wienerzeitung_wien_gemeindebau_sanierung_de.txt", render="text",
        title="Wien saniert 40 Gemeindebauten mit Fernwärme",
        date="2025-04-04", country="AT", region="europe", lang="de", authors=["Teresa Hollerer"],
        pre=[["WZ", "Wiener Zeitung", "Politik", "Wirtschaft", "Wissen", "Kultur", "Meinung", "Amtsblatt", "Newsletter"]],
        head=[["Von Teresa Hollerer"], ["04.04.2025"], ["Lesezeit: 3 Min."]],
        inserts={4: ["Mehr zum Thema", "Warum die Fernwärme in Wien teurer wurde"]},
        tail=[["Newsletter abonnieren"],
              ["Du hast einen Fehler entdeckt? Schreib uns."],
              ["\u00a9 2025 Wiener Zeitung GmbH"]],
        paras=P("""
Die Stadt Wien will in den kommenden drei Jahren 40 Gemeindebauten thermisch sanieren und an die Fernwärme
anschließen. Das kündigte das Wohnbauressort am Freitag an.

Betroffen sind rund 6.500 Wohnungen, vor allem in Favoriten, Simmering und Floridsdorf.

Die meisten der Anlagen werden derzeit noch mit Gasetagenheizungen beheizt, die nun schrittweise ersetzt werden
sollen.

Die Kosten beziffert die Stadt mit rund 480 Millionen Euro. Ein Teil davon soll aus Förderungen des Bundes
kommen.

Für die Mieterinnen und Mieter sollen die Arbeiten möglichst wenig Belastung bringen, heißt es aus dem
Ressort.

Die Sanierung umfasst auch neue Fenster und eine Dämmung der Fassaden, was die Heizkosten laut Stadt um bis zu
ein Drittel senken könnte.

Die Mietervereinigung begrüßte das Vorhaben, forderte aber, dass die Mieten nach der Sanierung nicht steigen.

Wien will bis 2040 klimaneutral werden und dafür alle Gasheizungen in der Stadt ersetzen.

Die ersten Baustellen sollen noch im Herbst starten, zunächst in zwei Anlagen in Favoriten. Die Bewohner werden vorab schriftlich informiert.
"""),
        must_have=[
            "Betroffen sind rund 6.500 Wohnungen, vor allem in Favoriten, Simmering und Floridsdorf.",
            "Die Mietervereinigung begrüßte das Vorhaben, forderte aber, dass die Mieten nach der Sanierung nicht steigen.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_TP = site("The Times-Picayune | The New Orleans Advocate", "https://www.nola.example.com", "", "en_US", "@NOLAnews",
               ["News", "Crime", "Politics", "Business", "Sports", "Saints", "Entertainment", "Opinion", "Obituaries", "e-Edition"],
               ["\u00a9 2025 The Times-Picayune | The New Orleans Advocate", "Terms of Use", "Privacy Policy", "Contact Us", "Site Map"],
               share=["Facebook", "Twitter", "Email", "Print", "Copy article link", "Save"], top=["Subscribe", "Log In"])
SITE_RP = site("DIE RHEINPFALZ", "https://www.rheinpfalz.example.de", " - Rheinland-Pfalz - DIE RHEINPFALZ", "de_DE", "@rheinpfalz",
               ["Startseite", "Ludwigshafen", "Pfalz", "Rheinland-Pfalz", "Politik", "Wirtschaft", "Sport", "Kultur", "E-Paper"],
               ["\u00a9 2024 DIE RHEINPFALZ", "Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen", "Kontakt"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Abo", "Anmelden"],
               cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
               cookie_title="Datenschutz-Einstellungen",
               buttons=["Alle akzeptieren", "Ablehnen", "Einstellungen"])
SITE_NRC = site("NRC", "https://www.nrc.example.nl", " - NRC", "nl_NL", "@nrc",
                ["Nieuws", "Politiek", "Economie", "Buitenland", "Cultuur", "Wetenschap", "Opinie", "Podcasts", "Puzzels"],
                ["\u00a9 2025 NRC Media B.V.", "Colofon", "Privacy", "Cookie-instellingen", "Voorwaarden", "Klantenservice"],
                share=["Delen", "Cadeau geven", "Opslaan"], top=["Abonneer", "Inloggen"],
                cookie="NRC gebruikt cookies en vergelijkbare technieken om de website goed te laten werken en advertenties te tonen.",
                buttons=["Akkoord", "Instellingen aanpassen"])
SITE_POL = site("POLITICO", "https://www.politico.example.eu", " \u2013 POLITICO", "en_GB", "@POLITICOEurope",
                ["Politics", "Policy", "Newsletters", "Podcasts", "Opinion", "Events", "Pro"],
                ["\u00a9 2025 POLITICO SRL", "About us", "Advertise", "Privacy policy", "Terms of service", "Cookie settings"],
                share=["Share", "Facebook", "X", "LinkedIn", "Email"], top=["Subscribe", "Log in"],
                cookie="We use cookies and other tracking technologies to improve your browsing experience on our site.",
                buttons=["Accept", "Reject", "Manage preferences"])
SITE_SG = site("세계일보", "https://www.segye.example.com", " - 세계일보", "ko_KR", "@segyeilbo",
               ["정치", "경제", "사회", "국제", "문화", "오피니언", "스포츠", "연예", "전체기사"],
               ["회사소개", "개인정보처리방침", "청소년보호정책", "고충처리인", "Copyright \u24d2 세계일보. All rights reserved."],
               share=["페이스북", "카카오톡", "링크복사"], top=["로그인", "구독"])
SITE_VBL = site("Vasabladet", "https://www.vasabladet.example.fi", " | Vasabladet", "sv_FI", "@vasabladet",
                ["Nyheter", "Vasa", "Österbotten", "Sport", "Kultur", "Debatt", "Familj", "E-tidning"],
                ["\u00a9 2024 HSS Media Ab", "Kundservice", "Dataskydd", "Annonsera", "Tipsa oss"],
                share=["Dela", "Facebook", "X", "E-post"], top=["Prenumerera", "Logga in"])
SITE_TVS = site("TV SYD", "https://www.tvsyd.example.dk", " | TV SYD", "da_DK", "@tvsyd",
                ["Nyheder", "Sport", "Vejret", "TV Guide", "Live", "Podcast", "Kontakt"],
                ["Ansvarshavende chefredaktør: Henrik Bøgelund", "Privatlivspolitik", "Cookies", "Tilgængelighedserklæring", "TV SYD er en selvstændig medievirksomhed og en del af TV 2-regionerne"],
                share=["Del", "Facebook", "Kopier link"],
                cookie="Vi bruger cookies til at forbedre din oplevelse, til statistik og til at vise indhold fra sociale medier.",
                buttons=["Tillad alle", "Kun nødvendige", "Vis detaljer"])
SITE_NIGHTLY = site("The Nightly", "https://thenightly.example.com.au", " | The Nightly", "en_AU", "@TheNightlyAU",
                    ["Politics", "Business", "World", "Australia", "Opinion", "Sport", "Lifestyle", "Puzzles"],
                    ["\u00a9 2025 Seven West Media", "Privacy Policy", "Terms of Use", "Editorial Code", "Contact Us"],
                    share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Sign up", "Log in"])
SITE_CST = site("Chicago Sun-Times", "https://chicago.suntimes.example.com", " - Chicago Sun-Times", "en_US", "@Suntimes",
                ["News", "Politics", "Crime", "Sports", "Entertainment", "Opinion", "Food", "Obituaries", "Donate"],
                ["\u00a9 2025 Chicago Public Media, Inc.", "Terms of Use", "Privacy Notice", "Contact Us", "Ethics Policy"],
                share=["Share", "Facebook", "X", "Email"], top=["Donate", "Sign In"])

HTML_STORIES = [
    # The Times-Picayune (original of the AP cluster).
    dict(LEVEE, role="original", file="nola_ap_baton_rouge_coastal_levees.html", render="html",
         site=SITE_TP, section="Politics", meta_section="Politics",
         url="https://www.nola.example.com/news/politics/louisiana-lawmakers-approve-310-million-for-coastal-levee-repairs/article_7b1e2c94-3a61-11f0-9c4d-5f2a81d0b6e3.html",
         published="2025-05-21T15:42:00-05:00", modified="2025-05-21T17:40:00-05:00",
         ld_author=[{"@type": "Person", "name": "MARCUS THIBODEAUX"}, {"@type": "Organization", "name": "Associated Press"}],
         byline_lines=["By MARCUS THIBODEAUX", "Associated Press"],
         date_lines=["May 21, 2025", "Updated 5:40 PM"],
         caption="Workers inspect a levee near Montegut, La., on April 2, 2025.", credit="AP Photo/Darnell Fontenot",
         credit_shown="(AP Photo/Darnell Fontenot)",
         inserts={2: [("ad", "Advertisement")], 5: [("ad", "Advertisement")]},
         end_lines=[AP_COPYRIGHT],
         lists=[("Most Popular", ["Jefferson Parish approves new drainage fee", "Saints sign veteran linebacker to one-year deal"])],
         newsletter_end=["Get the Louisiana politics newsletter", "Sign up today"]),
    # Die Rheinpfalz (original of the dpa cluster).
    dict(FAEHRE, role="original", file="rheinpfalz_dpa_altrip_rheinfaehre_de.html", render="html",
         site=SITE_RP, section="Rheinland-Pfalz", meta_section="Rheinland-Pfalz",
         url="https://www.rheinpfalz.example.de/rheinland-pfalz_artikel,-rheinf%C3%A4hre-altrip-f%C3%A4hrt-k%C3%BCnftig-mit-elektroantrieb-_arid,6412337.html",
         published="2024-06-18T15:12:00+02:00",
         ld_author=[{"@type": "Organization", "name": "dpa"}],
         byline_lines=["dpa"], date_lines=["18. Juni 2024 - 15:12 Uhr"],
         caption="Die Rheinfähre legt in Altrip an.", credit="Jonas Brenneis/dpa",
         credit_shown="Foto: Jonas Brenneis/dpa",
         above_body=[("listen", "Artikel anhören")],
         inserts={2: [("ad", "Anzeige")]},
         end_lines=[DPA_INFOCOM],
         lists=[("Meistgelesen", ["Hochstraße: Neue Umleitung ab Montag", "Weinfest in Deidesheim mit Besucherrekord"])]),
    # NRC (Netherlands, Dutch): staff.
    rec(cluster="nrc-groningen-versterking-woningen", role="single",
        file="nrc_groningen_versterking_woningen_nl.html", render="html", site=SITE_NRC,
        title="Versterking van Groningse huizen gaat sneller, maar duizenden wachten nog",
        date="2025-03-12", country="NL", region="europe", lang="nl", authors=["Sanne Verhoeven"],
        section="Binnenland", meta_section="Binnenland",
        url="https://www.nrc.example.nl/nieuws/2025/03/12/versterking-van-groningse-huizen-gaat-sneller-maar-duizenden-wachten-nog-a4886012",
        description="In 2024 werden ruim 4.000 woningen versterkt, meer dan ooit.",
        published="2025-03-12T16:45:00+01:00",
        kicker="Gaswinning",
        byline_lines=["Sanne Verhoeven"], date_lines=["12 maart 2025"],
        above_body=[("readtime", "Leestijd 3 minuten")],
        caption="Bouwvakkers aan het werk aan een woning in Loppersum.", credit="Marit Zijlstra",
        credit_shown="Foto Marit Zijlstra",
        inserts={3: [("link", "Lees ook", "Kabinet trekt extra geld uit voor schadeherstel in Groningen")]},
        author_box=["Sanne Verhoeven schrijft voor NRC over Noord-Nederland."],
        lists=[("Meest gelezen", ["Woningmarkt: prijzen stijgen opnieuw harder", "Kabinet wil sneller asielprocedures"])],
        paras=P("""
De versterking van huizen in het Groningse aardbevingsgebied gaat sneller dan in eerdere jaren, maar nog
altijd wachten duizenden bewoners op het herstel van hun woning.

Vorig jaar werden ruim 4.000 woningen versterkt, meer dan in welk jaar ook sinds het begin van de operatie,
blijkt uit cijfers van de Nationaal Coördinator Groningen.

In totaal moeten nog ongeveer 11.000 woningen worden versterkt of vervangen door nieuwbouw.

De coördinator wijst op eenvoudiger regels en op meer aannemers die in de provincie aan het werk zijn.

„We zijn eindelijk op stoom, maar voor de mensen die al tien jaar wachten is dat een schrale troost”, zegt
programmadirecteur Merel Dijkhuis.

Bewonersorganisaties reageren kritisch. Volgens hen worden vooral de eenvoudige woningen als eerste
aangepakt, terwijl boerderijen en monumenten achterblijven.

Het kabinet heeft toegezegd dat de versterking uiterlijk in 2028 klaar moet zijn.

In de Tweede Kamer wordt volgende week opnieuw over de voortgang gedebatteerd.
"""),
        must_have=[
            "In totaal moeten nog ongeveer 11.000 woningen worden versterkt of vervangen door nieuwbouw.",
            "Het kabinet heeft toegezegd dat de versterking uiterlijk in 2028 klaar moet zijn.",
        ]),
    # POLITICO Europe: staff, 'BRUSSELS \u2014' dateline, two writers.
    rec(cluster="politico-brussels-rail-ticketing-rules", role="single",
        file="politico_brussels_rail_ticketing_rules.html", render="html", site=SITE_POL,
        title="Brussels wants one ticket for cross-border train trips by 2027",
        date="2025-02-26", dateline="BRUSSELS \u2014 ", city="Brussels", country="BE", region="europe", lang="en",
        authors=["Clara Delacroix", "Jonas Feldt"], section="Transport", meta_section="Transport",
        url="https://www.politico.example.eu/article/brussels-wants-one-ticket-for-cross-border-train-trips-by-2027/",
        description="Rail operators would have to sell each other's tickets under a draft proposal.",
        published="2025-02-26T18:01:00+01:00", modified="2025-02-26T19:30:00+01:00",
        byline_lines=["By Clara Delacroix and Jonas Feldt"],
        date_lines=["February 26, 2025 6:01 pm CET"],
        caption="A high-speed train waits at Brussels-Midi station.", credit="Lucien Vasseur/AFP via Getty Images",
        credit_shown="Lucien Vasseur/AFP via Getty Images",
        above_body=[("listen", "Listen"), ("audio-note", "Audio by ElevenLabs, using AI narration. Read more")],
        inserts={3: [("promo", ["Morning Mobility", "Your daily briefing on the politics of transport in Europe.", "Sign up"])]},
        end_lines=["This article has been updated."],
        below_body=[("related", "More from Clara Delacroix")],
        lists=[("Most read", ["EU capitals split over defense loans", "Meet the MEPs who decide the next budget"])],
        paras=P("""
The European Commission will propose rules forcing rail companies to sell each other's tickets, so that
passengers can book a journey across several countries in a single purchase, according to a draft seen by
POLITICO.

Under the plan, travelers who miss a connection because the first train was late would be guaranteed a place
on the next service at no extra cost, even if the trains are run by different companies.

At present, passengers who buy separate tickets for each leg of a trip often lose their rights when a delay
causes them to miss a connection.

The draft gives operators until 2027 to open their sales systems to rival companies and to ticketing
platforms.

"Booking a train from Lisbon to Warsaw should not be harder than booking a flight," said a Commission official
who was not authorized to speak on the record.

Large state-owned operators have resisted similar proposals in the past, arguing that sharing data on fares
and seats would help low-cost rivals.

Consumer groups say the lack of through-tickets is one of the main reasons travelers choose planes over
trains for long journeys in Europe.

The proposal is expected to be presented in the spring and will need the approval of the European Parliament
and national governments.
"""),
        must_have=[
            "At present, passengers who buy separate tickets for each leg of a trip often lose their rights when a delay causes them to miss a connection.",
            "The draft gives operators until 2027 to open their sales systems to rival companies and to ticketing platforms.",
        ]),
    # Segye Ilbo (South Korea, Korean): staff, '기자' byline and 입력/수정 stamps.
    rec(cluster="segye-busan-bukhang-ferry-terminal", role="single",
        file="segye_busan_ferry_terminal_ko.html", render="html", site=SITE_SG,
        title="부산항 국제여객터미널 이용객 역대 최다…일본 노선 회복",
        date="2025-02-11", country="KR", region="asia", lang="ko", authors=["윤서진"],
        section="사회", meta_section="사회",
        url="https://www.segye.example.com/newsView/20250211512034",
        description="지난해 부산항 국제여객터미널 이용객이 140만명을 넘었다.",
        published="2025-02-11T14:22:10+09:00", modified="2025-02-11T15:03:41+09:00",
        byline_lines=["부산=윤서진 기자"],
        date_lines=["입력 : 2025-02-11 14:22:10", "수정 : 2025-02-11 15:03:41"],
        caption="부산항 국제여객터미널에서 여행객들이 출국 수속을 기다리고 있다.", credit="연합뉴스",
        credit_shown="연합뉴스",
        inserts={2: [("ad", "광고")]},
        end_lines=["ⓒ 세계일보 & Segye.com, 무단전재 및 재배포 금지"],
        lists=[("많이 본 뉴스", ["서울 아파트값 3주 연속 상승", "올겨울 가장 추운 날…체감온도 영하 15도"])],
        paras=P("""
지난해 부산항 국제여객터미널을 이용한 여행객이 140만명을 넘어 개장 이후 가장 많았던 것으로
나타났다.

부산항만공사는 11일 지난해 국제여객터미널 이용객이 모두 142만명으로 집계됐다고 밝혔다. 이는 코로나19
유행 이전인 2019년보다 약 8% 많은 수준이다.

이용객 증가는 일본 노선이 이끌었다. 부산과 후쿠오카, 쓰시마, 오사카를 잇는 노선의 이용객이 전체의 90%
이상을 차지했다.

특히 엔화 약세가 이어지면서 주말을 이용해 일본 규슈 지역을 찾는 20∼30대 여행객이 크게 늘었다.

항만공사 관계자는 “올해는 새로운 고속선이 투입되는 만큼 이용객이 150만명을 넘을 것으로 기대한다”고
말했다.

다만 터미널 주변의 주차 공간이 부족하고 대중교통 연결이 불편하다는 지적도 계속되고 있다.

공사는 올해 상반기 안에 터미널과 부산역을 오가는 셔틀버스 운행 횟수를 늘릴 계획이다.

또 출국장 혼잡을 줄이기 위해 자동 출입국 심사대를 10대 더 설치하기로 했다.

부산시도 여객터미널 이용객 증가에 맞춰 관광객 유치에 나선다. 시는 올해 일본 현지에서 부산 관광 홍보 행사를 세 차례 열고, 선박 이용객에게 관광지 할인 혜택을 주는 방안을 검토하고 있다.

지역 상인들은 일본인 관광객이 늘면서 중앙동과 남포동 일대 상권이 조금씩 살아나고 있다고 말했다. 한 상인은 “주말이면 일본어로 길을 묻는 손님이 부쩍 많아졌다”고 전했다.

항만공사는 다음 달 중으로 올해 여객 운영 계획을 확정해 발표할 예정이다.
"""),
        must_have=[
            "다만 터미널 주변의 주차 공간이 부족하고 대중교통 연결이 불편하다는 지적도 계속되고 있다.",
            "공사는 올해 상반기 안에 터미널과 부산역을 오가는 셔틀버스 운행 횟수를 늘릴 계획이다.",
        ]),
    # Vasabladet (Finland, Swedish): FNB copy.
    rec(cluster="vbl-fnb-finland-arbetsloshet", role="single",
        file="vasabladet_fnb_arbetsloshet_sv.html", render="html", site=SITE_VBL,
        title="Arbetslösheten steg i oktober – flest nya arbetslösa inom byggbranschen",
        date="2024-11-22", country="FI", region="europe", lang="sv", agency="FNB",
        section="Inrikes", meta_section="Inrikes",
        url="https://www.vasabladet.example.fi/artikel/arbetslosheten-steg-i-oktober-flest-nya-arbetslosa-inom-byggbranschen/",
        description="Antalet arbetslösa arbetssökande var cirka 320 000 i slutet av oktober.",
        published="2024-11-22T11:40:00+02:00",
        ld_author=[{"@type": "Organization", "name": "FNB"}],
        byline_lines=["FNB"], date_lines=["22.11.2024 11:40"],
        inserts={2: [("ad", "Annons")], 4: [("link", "Läs också:", "Vasa stad varslar inom småbarnspedagogiken")]},
        below_body=[("paywall-note", "Den här artikeln är fritt tillgänglig för alla.")],
        lists=[("Mest läst", ["Korsholm bygger ny skola i Smedsby", "Vasa Sport förlorade efter förlängning"])],
        paras=P("""
Arbetslösheten i Finland fortsatte att stiga i oktober. I slutet av månaden fanns det cirka 320 000 arbetslösa
arbetssökande, vilket är omkring 38 000 fler än ett år tidigare, framgår av arbets- och näringsministeriets
sysselsättningsöversikt.

Flest nya arbetslösa fanns inom byggbranschen, där bostadsbyggandet fortfarande ligger på en mycket låg nivå.

Antalet långtidsarbetslösa ökade till omkring 105 000.

Också antalet permitterade ökade jämfört med i fjol, särskilt inom industrin i södra och västra Finland.

Ministeriet bedömer att arbetsmarknaden börjar återhämta sig först under andra halvåret nästa år.

– Situationen är svår framför allt för unga som söker sitt första jobb, säger överinspektör Heidi Lindroos.

I Österbotten var arbetslöshetsgraden lägre än i landet som helhet, men även där ökade antalet arbetslösa.

Antalet lediga jobb som anmäldes till arbets- och näringsbyråerna minskade med nästan en femtedel jämfört med
oktober i fjol.

Regeringen har tidigare meddelat att den vill stödja byggandet med tillfälliga skattelättnader, men effekten väntas synas först nästa år.
"""),
        must_have=[
            "Flest nya arbetslösa fanns inom byggbranschen, där bostadsbyggandet fortfarande ligger på en mycket låg nivå.",
            "Ministeriet bedömer att arbetsmarknaden börjar återhämta sig först under andra halvåret nästa år.",
        ]),
    # TV SYD (Denmark, Danish): staff.
    rec(cluster="tvsyd-esbjerg-havn-vindmoller", role="single",
        file="tvsyd_esbjerg_havn_vindmoller_da.html", render="html", site=SITE_TVS,
        title="Esbjerg Havn udvider for at få plads til større vindmøller",
        date="2024-09-11", country="DK", region="europe", lang="da", authors=["Mette Krogh", "Anders Vinther"],
        section="Nyheder", meta_section="Nyheder",
        url="https://www.tvsyd.example.dk/esbjerg/esbjerg-havn-udvider-for-at-faa-plads-til-stoerre-vindmoeller",
        description="Havnen vil inddrage 40 hektar nyt areal.",
        published="2024-09-11T07:45:00+02:00",
        byline_lines=["Mette Krogh", "Anders Vinther", "Esbjerg"],
        date_lines=["11. sep. 2024 kl. 07.45"],
        caption="Vindmøllevinger klar til udskibning på Esbjerg Havn.", credit="Anders Vinther, TV SYD",
        credit_shown="Foto: Anders Vinther, TV SYD",
        inserts={3: [("link", "LÆS OGSÅ:", "Rekordmange skibe anløb Esbjerg i sommer")]},
        below_body=[("tip", "Har du et tip til en historie? Skriv til os")],
        paras=P("""
Esbjerg Havn vil udvide med omkring 40 hektar nyt areal, så havnen kan håndtere de stadigt større vindmøller,
der skal stilles op i Nordsøen.

Udvidelsen skal ske ved at inddrage et område nord for den nuværende havn og bygge en ny kaj på 600 meter.

Ifølge havnedirektør Claus Riis er vingerne på de nyeste havvindmøller over 115 meter lange, og de kræver
langt mere plads på kajen end tidligere.

- Hvis vi ikke udvider nu, risikerer vi at miste opgaver til havne i Tyskland og Holland, siger han.

Projektet forventes at koste omkring 900 millioner kroner og skal finansieres af havnen selv og gennem lån.

Esbjerg Byråd skal godkende en ny lokalplan for området, før arbejdet kan gå i gang.

Naboer i Sædding har tidligere klaget over støj fra havnen om natten, og de frygter, at udvidelsen vil gøre
det værre.

Havnen forventer, at det nye areal kan tages i brug i 2027.
"""),
        must_have=[
            "Udvidelsen skal ske ved at inddrage et område nord for den nuværende havn og bygge en ny kaj på 600 meter.",
            "Esbjerg Byråd skal godkende en ny lokalplan for området, før arbejdet kan gå i gang.",
        ]),
    # The Nightly (gzipped page): staff.
    rec(cluster="nightly-canberra-apprentice-bonus", role="single",
        file="thenightly_canberra_apprentice_bonus.html.gz", render="html", site=SITE_NIGHTLY,
        title="Apprentices in building trades to get $10,000 bonus under housing push",
        date="2025-02-05", country="AU", region="oceania", lang="en", authors=["Olivia Harcourt"],
        section="Politics", meta_section="Politics",
        title_tag="Apprentices in building trades to get $10,000 bonus | The Nightly",
        url="https://thenightly.example.com.au/politics/apprentices-in-building-trades-to-get-10000-bonus-under-housing-push-c-17522841",
        description="The payment is aimed at the shortage of tradies holding back home building.",
        published="2025-02-05T14:47:00+11:00",
        byline_lines=["Olivia Harcourt", "Federal Political Reporter"],
        date_lines=["Wed, 5 February 2025 2:47PM"],
        caption="An apprentice carpenter on a building site in western Sydney.", credit="Rhys Calloway/AAP",
        credit_shown="Credit: Rhys Calloway/AAP",
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Get the news that matters", "Sign up for The Nightly's newsletters.", "Sign up"])]},
        lists=[("Latest", ["RBA signals rate cut could come this month", "Senate inquiry into supermarket prices reopens"])],
        paras=P("""
Apprentices who train in housing construction trades will receive a $10,000 bonus under a plan to be
announced by the Federal Government on Thursday.

The payment will be made in instalments to new apprentices in trades such as carpentry, bricklaying,
plumbing and electrical work who complete their training.

Government figures show that about half of all construction apprentices drop out before finishing, many
of them in the first year.

Skills Minister Rachel Torrance said the bonus was meant to keep apprentices in their trades long enough
to qualify.

"We cannot build the homes Australia needs without the people to build them," Torrance said.

The measure is expected to cost about $620 million over four years and will be funded from the housing
budget.

Industry groups welcomed the payment but said the shortage of skilled workers would not be fixed without
changes to migration settings.

The Opposition said it would examine the details before deciding whether to support it.
"""),
        must_have=[
            "Government figures show that about half of all construction apprentices drop out before finishing, many of them in the first year.",
            "The measure is expected to cost about $620 million over four years and will be funded from the housing budget.",
        ]),
    # Chicago Sun-Times: AP copy (another AP story), 'By ... | Associated Press' byline.
    rec(cluster="suntimes-ap-springfield-transit-bailout", role="single",
        file="suntimes_ap_springfield_transit_funding.html", render="html", site=SITE_CST,
        title="Illinois Senate passes transit funding plan to avert CTA, Metra cuts",
        date="2025-05-29", dateline="SPRINGFIELD, Ill. (AP) \u2014 ", city="Springfield", country="US", region="americas",
        lang="en", agency="AP", authors=["Renata Kowal"], section="Politics", meta_section="Politics",
        url="https://chicago.suntimes.example.com/politics/2025/05/29/illinois-senate-transit-funding-plan-cta-metra-pace",
        description="The plan would raise about $1.5 billion a year for Chicago-area transit.",
        published="2025-05-29T21:15:00-05:00",
        ld_author=[{"@type": "Person", "name": "Renata Kowal"}, {"@type": "Organization", "name": "Associated Press"}],
        byline_lines=["By Renata Kowal | Associated Press"],
        date_lines=["May 29, 2025, 9:15pm CDT"],
        caption="Commuters board a Metra train at Ogilvie Transportation Center.", credit="Dale Wicker/AP",
        credit_shown="Dale Wicker/AP",
        inserts={3: [("ad", "Advertisement")]},
        end_lines=["The Associated Press"],
        newsletter_end=["The Afternoon Edition", "Your daily roundup of the day's top Chicago news.", "Sign up"],
        paras=P("""
The Illinois Senate on Thursday passed a plan to raise about $1.5 billion a year for Chicago-area public
transit, hoping to head off deep service cuts that agencies warn could come next year.

The measure would raise the sales tax in the six-county region and add a small fee to ride-hailing trips.

It would also merge the regional board that oversees the Chicago Transit Authority, Metra and Pace into a new
agency with more power over budgets and fares.

Transit agencies face a combined budget gap of about $770 million when federal pandemic aid runs out at the
end of the year.

"Without this, people will be waiting 30 minutes for a bus that used to come every 10," said Democratic Sen.
Alma Ruiz, the bill's sponsor.

Republicans opposed the plan, arguing that taxpayers outside Chicago should not pay for a system many of them
never use.

The bill now goes to the House, where leaders have said they want changes to the governance section.

The legislative session is scheduled to end on Saturday.
"""),
        must_have=[
            "The measure would raise the sales tax in the six-county region and add a small fee to ride-hailing trips.",
            "Transit agencies face a combined budget gap of about $770 million when federal pandemic aid runs out at the end of the year.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Windhoek Observer (Namibia): staff.
    rec(cluster="windhoekobserver-walvis-bay-container-terminal", role="single", file="newsplease_windhoekobserver_walvis_bay_terminal.json",
        render="newsplease", title="Walvis Bay container terminal handles record volumes",
        date="2024-08-12", country="NA", region="africa", lang="en", authors=["Hilma Shikongo"],
        url="https://www.observer24.example.com.na/walvis-bay-container-terminal-handles-record-volumes/",
        source_domain="www.observer24.example.com.na",
        description="Namport says transit cargo to Zambia and Botswana drove the increase.",
        np_authors=["Hilma Shikongo"], np_publish="2024-08-12 15:20:00", np_download="2024-08-13 06:11:48",
        head_lines=["Hilma Shikongo", "12 August 2024"],
        tail_lines=["Related Posts", "Windhoek Observer", "Stay informed with The Windhoek Observer. Follow us on WhatsApp"],
        paras=P("""
The container terminal at the port of Walvis Bay handled a record 215,000 containers in the financial year
that ended in March, the Namibian Ports Authority said on Monday.

The increase of 14 percent was driven mainly by transit cargo to and from Zambia, Botswana and the
Democratic Republic of Congo.

Namport's executive for commercial services, Elias Nghiwete, said copper exports from Zambia had grown
strongly since a new border post opened at Katima Mulilo.

"Shipping lines now see Walvis Bay as a real alternative to the ports in South Africa," Nghiwete said.

The authority plans to extend the quay at the terminal by 300 metres to accommodate larger ships.

Transporters, however, say that the road corridor to the border is in poor condition in several places and
that trucks are delayed at weighbridges.

The Ministry of Works and Transport said repairs on the worst sections of the road would start before the end
of the year.

Walvis Bay is also preparing to handle equipment for green hydrogen projects planned in the south of the country.
"""),
        must_have=[
            "The authority plans to extend the quay at the terminal by 300 metres to accommodate larger ships.",
            "The Ministry of Works and Transport said repairs on the worst sections of the road would start before the end of the year.",
        ]),
    # news-please, St. Louis Post-Dispatch: staff.
    rec(cluster="stltoday-metrolink-green-line", role="single", file="newsplease_stltoday_metrolink_green_line.json",
        render="newsplease", title="Metro board narrows route options for north St. Louis light rail line",
        date="2024-07-09", country="US", region="americas", lang="en", authors=["Grant Whitfield"],
        url="https://www.stltoday.example.com/news/local/metro/metro-board-narrows-route-options-for-north-st-louis-light-rail-line/article_4f8a21c6-3d1b-11ef-8e27-0b5d2c7a91f3.html",
        source_domain="www.stltoday.example.com",
        description="The line would run along Jefferson Avenue and connect to downtown.",
        np_authors=["Grant Whitfield"], np_publish="2024-07-09 17:05:00", np_download="2024-07-10 03:44:12",
        head_lines=["By Grant Whitfield St. Louis Post-Dispatch", "Jul 9, 2024"],
        tail_lines=["Get local news delivered to your inbox!", "Grant Whitfield covers transportation for the Post-Dispatch.",
                    "Be the first to know", "Copyright 2024 St. Louis Post-Dispatch"],
        paras=P("""
The board that runs the region's transit system on Tuesday narrowed the options for a new light rail line in
north St. Louis, choosing a route along Jefferson Avenue over one closer to the Mississippi River.

The line would run about 5.6 miles from downtown to Fairground Park, with a dozen stations along the way.

Transit planners said the Jefferson Avenue route would serve more residents and jobs and could be built
faster because the street is wide enough for tracks in the middle.

Board member Lorraine Haskell said the line could help reverse decades of disinvestment in the neighborhoods
it would pass through.

"This is about whether people in north St. Louis can get to work without owning a car," Haskell said.

The project is estimated to cost about $1.1 billion, and the region is counting on federal grants to cover
roughly half of that.

Some residents along the route have asked for guarantees that construction will not force small businesses
to close.

A final decision on the route is expected next spring.
"""),
        must_have=[
            "The line would run about 5.6 miles from downtown to Fairground Park, with a dozen stations along the way.",
            "Some residents along the route have asked for guarantees that construction will not force small businesses to close.",
        ]),
    # news-please, Tiempo Argentino (Argentina, Spanish): staff.
    rec(cluster="tiempoar-buenos-aires-subte-tarifa", role="single", file="newsplease_tiempoargentino_subte_tarifa_es.json",
        render="newsplease", title="El subte porteño vuelve a aumentar: cuánto costará el viaje desde marzo",
        date="2025-02-17", country="AR", region="americas", lang="es", authors=["Lucía Ferrante"],
        url="https://www.tiempoar.example.com.ar/generales/el-subte-porteno-vuelve-a-aumentar-cuanto-costara-el-viaje-desde-marzo/",
        source_domain="www.tiempoar.example.com.ar",
        description="El boleto pasará a costar 1.112 pesos para quienes hagan hasta 20 viajes por mes.",
        np_authors=["Lucía Ferrante"], np_publish="2025-02-17 13:30:00", np_download="2025-02-17 20:05:31",
        head_lines=["Por Lucía Ferrante", "17 de febrero de 2025"],
        tail_lines=["Tiempo Argentino es una cooperativa de trabajo. Asociate y sostené el periodismo autogestivo.",
                    "Quiero asociarme", "Compartir"],
        paras=P("""
El gobierno porteño confirmó un nuevo aumento del boleto del subte, que regirá desde el 1 de marzo y llevará
el viaje a 1.112 pesos para quienes realicen hasta 20 viajes por mes.

Se trata del tercer aumento en lo que va del año, en línea con el esquema de actualización mensual atado a la
inflación que aplica la Ciudad desde 2024.

Quienes viajen más de 20 veces por mes tendrán descuentos escalonados, que llegan al 40% a partir del viaje
número 41.

Desde la empresa estatal que administra la red señalaron que la tarifa sigue sin cubrir el costo real del
servicio.

Usuarios consultados por este medio en la estación Constitución se quejaron de que el aumento no se refleja
en mejoras del servicio.

"Pagamos cada vez más y los trenes de la línea C siguen llegando llenos y con demoras", dijo Marcela, una
empleada administrativa que viaja todos los días desde Lanús.

Los delegados del subte advirtieron que podrían realizar medidas de fuerza si no se reabre la negociación
salarial.

La tarifa social para jubilados y estudiantes no sufrirá cambios.
"""),
        must_have=[
            "Se trata del tercer aumento en lo que va del año, en línea con el esquema de actualización mensual atado a la inflación que aplica la Ciudad desde 2024.",
            "La tarifa social para jubilados y estudiantes no sufrirá cambios.",
        ]),
    # trafilatura, The Tennessean: staff.
    rec(cluster="tennessean-nashville-greenway-cumberland", role="single", file="trafilatura_tennessean_nashville_greenway.json",
        render="trafilatura", title="Nashville to close Cumberland River greenway gap with new bridge",
        date="2024-11-12", country="US", region="americas", lang="en", authors=["Hannah Whitcomb"], section="News",
        url="https://www.tennessean.example.com/story/news/local/2024/11/12/nashville-cumberland-river-greenway-gap-bridge/76211583007/",
        hostname="www.tennessean.example.com", source_hostname="The Tennessean",
        description="The pedestrian bridge would link two of the city's busiest greenways.",
        tf_author="Hannah Whitcomb", tf_date="2024-11-12", tf_language="en", categories="News;Local",
        tf_tags="Nashville;greenways;Metro Parks",
        head_lines=["Hannah Whitcomb", "Nashville Tennessean", "Published 5:02 a.m. CT Nov. 12, 2024"],
        tail_lines=["Hannah Whitcomb covers Metro government for The Tennessean. Reach her at 615-555-0142.",
                    "Support local journalism by subscribing to The Tennessean."],
        paras=P("""
Nashville will build a pedestrian and bicycle bridge over the Cumberland River to close one of the last
major gaps in the city's greenway network, Metro Parks officials said Monday.

The bridge would connect the Shelby Bottoms Greenway in East Nashville with the Stones River Greenway on the
other side of the river.

Cyclists and runners who want to move between the two greenways now have to ride on busy roads for more than
two miles.

Metro Parks director Alicia Brandt said the design had been chosen after two rounds of public meetings.

"People told us over and over that this was the connection they wanted most," Brandt said.

The project is expected to cost about $28 million, with most of the money coming from a federal
transportation grant.

Construction could start in 2026 if the Metro Council approves the city's share of the funding.

The city's greenway system now includes more than 100 miles of paved trails.
"""),
        must_have=[
            "Cyclists and runners who want to move between the two greenways now have to ride on busy roads for more than two miles.",
            "Construction could start in 2026 if the Metro Council approves the city's share of the funding.",
        ]),
    # trafilatura, Mada Masr (Egypt, English edition): staff.
    rec(cluster="madamasr-cairo-microbus-fares", role="single", file="trafilatura_madamasr_cairo_microbus_fares.json",
        render="trafilatura", title="Microbus drivers raise fares after fuel price hike, passengers left to absorb cost",
        date="2024-10-20", country="EG", region="africa", lang="en", authors=["Nour Hamdy"], section="News",
        url="https://www.madamasr.example.com/en/2024/10/20/news/economy/microbus-drivers-raise-fares-after-fuel-price-hike/",
        hostname="www.madamasr.example.com", source_hostname="Mada Masr",
        description="Fares on some routes in Greater Cairo rose by as much as 25 percent.",
        tf_author="Nour Hamdy", tf_date="2024-10-20", tf_language="en", categories="News;Economy",
        head_lines=["Nour Hamdy", "October 20, 2024"],
        tail_lines=["Mada Masr is an independent media organization. Support our work by becoming a member of the Mada Masr Khaled Said Fund.",
                    "Become a member", "Read this article in Arabic"],
        paras=P("""
Microbus drivers across Greater Cairo raised fares over the weekend, after the government increased fuel
prices for the third time this year on Friday.

Passengers on the route between Giza Square and Faisal said they were now paying LE7 instead of LE6, while on
some longer routes fares rose by as much as 25 percent.

Governorates announced new official fares on Saturday, but several drivers told Mada Masr that the new rates
did not cover their costs.

"Diesel went up, spare parts went up, the fine for every small thing went up. The passenger pays in the end,"
said Ahmed, a driver who works the Ramses line.

Traffic police were deployed at major stations to make sure drivers did not charge more than the official
fares.

The increase comes as many families are already struggling with the rising cost of food and rent.

Economists say the fuel price hikes are part of the government's commitments under its loan program with the
International Monetary Fund.

The government has said that it will keep the price of subsidized bread unchanged.
"""),
        must_have=[
            "Traffic police were deployed at major stations to make sure drivers did not charge more than the official fares.",
            "The increase comes as many families are already struggling with the rising cost of food and rent.",
        ]),
    # trafilatura, The Virginian-Pilot: staff.
    rec(cluster="pilot-norfolk-floodwall-gates", role="single", file="trafilatura_virginianpilot_norfolk_floodwall.json",
        render="trafilatura", title="Norfolk floodwall project reaches downtown as first storm gates go in",
        date="2025-04-15", country="US", region="americas", lang="en", authors=["Evan Strickland"], section="Local News",
        url="https://www.pilotonline.example.com/2025/04/15/norfolk-floodwall-project-reaches-downtown-as-first-storm-gates-go-in/",
        hostname="www.pilotonline.example.com", source_hostname="The Virginian-Pilot",
        description="The $2.6 billion project is meant to protect the city from storm surge.",
        tf_author="Evan Strickland", tf_date="2025-04-15", tf_language="en", categories="Local News;Norfolk",
        head_lines=["By Evan Strickland | The Virginian-Pilot",
                    "PUBLISHED: April 15, 2025 at 6:00 AM EDT | UPDATED: April 15, 2025 at 11:22 AM EDT"],
        tail_lines=["Evan Strickland, 757-555-0199", "Originally Published: April 15, 2025 at 6:00 AM EDT"],
        paras=P("""
Crews have begun installing the first storm surge gates along Norfolk's downtown waterfront, a milestone in
the city's $2.6 billion project to protect neighborhoods from flooding.

The gates, which will stay open most of the time, can be closed ahead of hurricanes and nor'easters to keep
water out of the streets.

The project, led by the U.S. Army Corps of Engineers, includes more than eight miles of floodwalls and levees,
as well as pump stations and tide gates.

City resilience officer Tamara Oduya said downtown businesses had been told about the work months in advance.

"Every year we wait, the water gets a little higher. This is the most important thing the city is building
right now," Oduya said.

The Corps expects the downtown section to be finished in 2027.

Some residents of neighborhoods outside the floodwall have questioned why their areas are not protected.

City officials say those neighborhoods will get other measures, such as raised roads and home elevation grants.
"""),
        must_have=[
            "The gates, which will stay open most of the time, can be closed ahead of hurricanes and nor'easters to keep water out of the streets.",
            "The Corps expects the downtown section to be finished in 2027.",
        ]),
]


# ---- JSONL crawl batches ------------------------------------------------------------

SITE_TT = site("Tasmanian Times", "https://tasmaniantimes.example.com", " - Tasmanian Times", "en_AU", "@TasmanianTimes",
               ["News", "Politics", "Environment", "Arts", "Opinion", "Letters", "Contribute", "Donate"],
               ["\u00a9 2025 Tasmanian Times. All rights reserved.", "About", "Contact", "Comment policy"],
               share=["Share", "Facebook", "X", "Email"], end_class="support")

JSONL_STORIES = [
    # newsbeam text shape: the AP story on the Chicago Sun-Times (syndicated member of the AP cluster).
    dict(LEVEE, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://chicago.suntimes.example.com/nation-world/2025/05/21/louisiana-lawmakers-approve-310-million-coastal-levee-repairs",
         nb_published="2025-05-21T22:02:00Z", outlet="Chicago Sun-Times", nb_authors=["Marcus Thibodeaux"],
         head_lines=["By Marcus Thibodeaux | Associated Press", "May 21, 2025, 5:02pm CDT"],
         tail_lines=[AP_COPYRIGHT, "Chicago Sun-Times"]),
    # trafilatura shape: the dpa story on the Rhein-Neckar-Zeitung (syndicated member of the dpa cluster).
    dict(FAEHRE, role="syndicated", file=JSONL_A, render="trafilatura", section="Metropolregion",
         url="https://www.rnz.example.de/region/metropolregion-rhein-neckar_artikel,-rheinfaehre-altrip-faehrt-kuenftig-mit-elektroantrieb-_arid,1381524.html",
         hostname="www.rnz.example.de", source_hostname="Rhein-Neckar-Zeitung",
         tf_author="dpa", tf_date="2024-06-18", tf_language="de", categories="Metropolregion;Region",
         head_lines=["18.06.2024, 16:30 Uhr", "dpa"],
         tail_lines=[DPA_INFOCOM, "Mehr zum Thema", "Zur Startseite"]),
    # newsbeam html shape: Tasmanian Times: staff.
    rec(cluster="tasmaniantimes-hobart-northern-suburbs-rail", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_TT, title="Northern suburbs transit corridor: council pushes for buses now, rail later",
        date="2025-03-27", country="AU", region="oceania", lang="en", authors=["Bridget Lowe"],
        section="News", meta_section="News",
        url="https://tasmaniantimes.example.com/2025/03/northern-suburbs-transit-corridor-council-pushes-for-buses-now-rail-later/",
        description="Glenorchy wants rapid buses on the old rail corridor within two years.",
        published="2025-03-27T10:15:00+11:00",
        nb_published="2025-03-26T23:15:00Z", outlet="Tasmanian Times", nb_authors=["Bridget Lowe"],
        byline_lines=["Bridget Lowe"], date_lines=["27 March 2025"],
        end_lines=["Tasmanian Times is independent and reader-funded. If you value this story, please consider a donation."],
        comments=["Leave a Reply", "Comments are moderated in line with our comment policy."],
        paras=P("""
Glenorchy City Council has asked the state government to start running rapid buses on the disused northern
suburbs rail corridor within two years, instead of waiting for a light rail line that may be a decade away.

The council's proposal would see buses run every ten minutes between Hobart and Granton along a dedicated
busway built on the old rail line.

Mayor Rohan Sealey said residents of the northern suburbs had been promised better transport for too long.

"We have had plans, reports and promises. What we have not had is a single extra bus," Sealey said.

A busway could later be converted to light rail if patronage grew, the council argues.

The state government has committed to keeping the corridor for a future rail line and says a business case is
under way.

Transport advocates are divided: some support the council's plan, while others fear that a busway would
become permanent.

The Brooker Highway carries about 50,000 vehicles a day, and congestion at peak times has worsened as new
housing has been built in the north.
"""),
        must_have=[
            "A busway could later be converted to light rail if patronage grew, the council argues.",
            "The state government has committed to keeping the corridor for a future rail line and says a business case is under way.",
        ]),
    # news-please shape: the AFP story on La Nouvelle Tribune (Benin) (syndicated member of the AFP cluster).
    dict(DOUALA, role="syndicated", file=JSONL_B, render="newsplease",
         url="https://lanouvelletribune.example.info/2024/11/cameroun-au-port-de-douala-lattente-des-navires-sallonge/",
         source_domain="lanouvelletribune.example.info",
         np_authors=["AFP"], np_publish="2024-11-19 14:05:00", np_download="2024-11-19 19:30:22",
         head_lines=["AFP", "19 novembre 2024"],
         tail_lines=["Lire aussi", "La Nouvelle Tribune", "Vos réactions"]),
    # trafilatura shape: Vistazo (Ecuador): EFE copy.
    rec(cluster="vistazo-efe-quito-metro-pasajeros", role="single", file=JSONL_B, render="trafilatura",
        title="El Metro de Quito supera los 100 millones de pasajeros transportados",
        date="2025-03-12", dateline="Quito, 12 mar (EFE).- ", city="Quito", country="EC", region="americas",
        lang="es", agency="EFE", section="Actualidad",
        url="https://www.vistazo.example.com/actualidad/nacional/el-metro-de-quito-supera-los-100-millones-de-pasajeros-transportados-LE9013457",
        hostname="www.vistazo.example.com", source_hostname="Vistazo",
        description="El sistema comenzó a operar de forma comercial en diciembre de 2023.",
        tf_author="Agencia EFE", tf_date="2025-03-12", tf_language="es", categories="Actualidad;Nacional",
        tf_tags="Quito;Metro;movilidad",
        head_lines=["Agencia EFE", "12 de marzo de 2025"],
        tail_lines=["Suscríbete a nuestro newsletter", "Lo más leído", "Vistazo"],
        paras=P("""
El Metro de Quito superó este miércoles los 100 millones de pasajeros transportados desde que comenzó a operar
de forma comercial en diciembre de 2023, informó la empresa municipal que administra el sistema.

La única línea del metro, de 22 kilómetros y 15 estaciones, une el sur y el norte de la capital ecuatoriana.

Según la empresa, el sistema transporta en promedio unos 200.000 pasajeros en un día laborable.

El gerente de la empresa, Mauricio Carrasco, dijo que la meta es alcanzar los 300.000 pasajeros diarios
cuando se completen las conexiones con las líneas de buses alimentadores.

"El metro cambió la forma en que los quiteños se mueven por la ciudad", afirmó Carrasco en una rueda de
prensa.

El pasaje cuesta 45 centavos de dólar, con tarifas reducidas para estudiantes, personas mayores y personas con
discapacidad.

La obra, que costó más de 2.000 millones de dólares, fue financiada con créditos de organismos multilaterales
y aportes del Gobierno.

El Municipio estudia una posible ampliación de la línea hacia el norte de la ciudad.
"""),
        must_have=[
            "La única línea del metro, de 22 kilómetros y 15 estaciones, une el sur y el norte de la capital ecuatoriana.",
            "El pasaje cuesta 45 centavos de dólar, con tarifas reducidas para estudiantes, personas mayores y personas con discapacidad.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fifty-fifth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states, never an 'Updated'/'UPDATED' stamp: the Times-Picayune "
    "'May 21, 2025' (its 'Updated 5:40 PM' is the modification) and the Sun-Times copy 'May 21, 2025, 5:02pm CDT' (crawler "
    "stamp 22:02Z the same moment); the Sun Sentinel and Virginian-Pilot 'PUBLISHED: ... | UPDATED: ...' lines give the "
    "PUBLISHED date; the Tennessean 'Published 5:02 a.m. CT Nov. 12, 2024'; Varden 'Publisert 22.10.2024 11:32' and "
    "Vasabladet '22.11.2024 11:40' (day first); Nerikes Allehanda 'Publicerad 2 oktober 2024, 09:14'; Nhân Dân 'Thứ Ba, "
    "14-01-2025, 09:12' (Vietnamese weekday, day first); Pilipino Mirror 'Oktubre 8, 2024' (Tagalog month); Schaffhauser "
    "Nachrichten '14.11.2024 | 11:05'; Wiener Zeitung '04.04.2025'; The News Minute 'Published on: 22 Jan 2025, 4:48 pm'; "
    "Segye Ilbo '입력 : 2025-02-11 14:22:10' (입력 = posted; 수정 = modified); TV SYD '11. sep. 2024 kl. 07.45'; Rheinpfalz "
    "'18. Juni 2024 - 15:12 Uhr' and the RNZ copy '18.06.2024, 16:30 Uhr'; Mutations '19 novembre 2024 à 10:42' and the La "
    "Nouvelle Tribune copy (19 November); 7NEWS 'Tue, 11 March 2025 3:12PM' on both copies; The Nightly 'Wed, 5 February "
    "2025 2:47PM'; Tasmanian Times '27 March 2025' (Hobart, UTC+11) although the crawler stamp 2025-03-26T23:15:00Z falls on "
    "26 March in UTC; Tiempo Argentino '17 de febrero de 2025'; Vistazo '12 de marzo de 2025' (EFE '12 mar')",
    "dateline_city": "'BATON ROUGE, La. (AP) \u2014 ' -> 'Baton Rouge' (both AP copies); 'SPRINGFIELD, Ill. (AP) \u2014 ' -> "
    "'Springfield' (Illinois); 'Douala (AFP) - ' -> 'Douala' (both AFP copies, on a Cameroonian and a Beninese site); "
    "'Altrip (dpa/lrs) - ' -> 'Altrip' (both dpa copies; /lrs is dpa's Rhineland-Palatinate/Saarland service); "
    "POLITICO's 'BRUSSELS \u2014 ' -> 'Brussels'; 'Quito, 12 mar (EFE).- ' -> 'Quito'; Segye Ilbo's byline '부산=윤서진 기자' "
    "names the reporter's city in the byline, not a dateline in the story text, so dateline_city is null (country KR); TV "
    "SYD's 'Esbjerg' line under the byline is a location tag, not a dateline (null); all other records have no dateline "
    "(city null) and take the country of the story's location",
    "country": "the AFP story is Cameroon (CM, africa) on both copies although one runs on a Beninese site; the dpa story is "
    "Germany (DE) on a Palatinate and a Heidelberg site; POLITICO's Brussels story is Belgium (BE) although it is about EU "
    "rules; the Swazi Observer's story is Eswatini (SZ); Vasabladet's FNB story is Finland (FI) although the paper is "
    "Swedish-language; the Nightly's federal story is Australia (AU)",
    "agency": "the Times-Picayune ('By MARCUS THIBODEAUX' over 'Associated Press', AP dateline and copyright line) and the "
    "Sun-Times ('By ... | Associated Press') carry AP, as does the second Sun-Times page; Mutations ('AFP' byline, '\u00a9 AFP' "
    "photo) and La Nouvelle Tribune ('AFP') carry AFP; Rheinpfalz and the Rhein-Neckar-Zeitung ('dpa' byline, dpa-infocom "
    "line) carry dpa; Varden carries NTB; Nerikes Allehanda carries TT; Vasabladet carries FNB (Finska Notisbyrån, the "
    "Swedish-language service of STT); Schaffhauser Nachrichten carries Keystone-SDA ('SDA' byline, '(sda)' sign-off; "
    "labelled 'SDA' as in earlier sets); Vistazo carries EFE ('Agencia EFE', EFE dateline); all other records are staff "
    "copy. Photo credits 'AP Photo/...', '.../dpa', '.../AFP via Getty Images' (POLITICO), '.../AAP' (The Nightly) and "
    "Segye Ilbo's '연합뉴스' (Yonhap) credit only the picture and do not make those stories agency copy",
    "authors": "'By MARCUS THIBODEAUX' -> 'Marcus Thibodeaux' (natural case; 'Associated Press' is the agency); Nhân Dân "
    "prints the writer in capitals after the story ('MINH HÀ' -> 'Minh Hà'); the Swazi Observer's 'BY NOMVULA KHUMALO' -> "
    "'Nomvula Khumalo'; Pilipino Mirror's 'Ni Jhoanna Villareal' ('Ni' = 'by') -> 'Jhoanna Villareal'; Wiener Zeitung's "
    "'Von Teresa Hollerer' -> 'Teresa Hollerer'; The News Minute's 'Written by :' label line is chrome, the name line the "
    "author; Segye Ilbo's '부산=윤서진 기자' ('기자' = reporter) -> '윤서진', kept in Hangul as printed; POLITICO's 'By Clara "
    "Delacroix and Jonas Feldt' -> two authors; TV SYD lists two names (Anders Vinther also took the photo: author and "
    "caption credit); The Nightly's 'Federal Political Reporter' and the Post-Dispatch's 'St. Louis Post-Dispatch' after "
    "the name are a role and the outlet; Tiempo Argentino's 'Por Lucía Ferrante' -> 'Lucía Ferrante'; pages bylined "
    "only with an agency ('AFP', 'dpa', 'NTB', 'TT', 'FNB', 'SDA', 'Agencia EFE') have no authors; photographers (Darnell "
    "Fontenot, Jonas Brenneis, Marit Zijlstra, Lucien Vasseur, Rhys Calloway, Dale Wicker) are not authors",
    "editors": "no record names an editor; Varden's 'Ansvarlig redaktør ...' and TV SYD's 'Ansvarshavende chefredaktør ...' "
    "are the papers' legally responsible editors in the footer (chrome), not story editors",
    "caption_credit": "credits without their wrapper: '(AP Photo/Darnell Fontenot)' -> 'AP Photo/Darnell Fontenot'; "
    "'\u00a9 AFP' -> 'AFP'; 'Foto: Jonas Brenneis/dpa' -> 'Jonas Brenneis/dpa'; 'Foto Marit Zijlstra' -> 'Marit Zijlstra'; "
    "'Credit: SA Government' -> 'SA Government' (both 7NEWS copies); 'Credit: Rhys Calloway/AAP' -> 'Rhys Calloway/AAP'; "
    "'Foto: Anders Vinther, TV SYD' -> 'Anders Vinther, TV SYD'; 'Lucien Vasseur/AFP via Getty Images', 'Dale Wicker/AP' "
    "and '연합뉴스' are printed bare; records without a printed photo caption have caption and credit null (the La "
    "Nouvelle Tribune and RNZ copies print none)",
    "section": "HTML pages (and the newsbeam html record) take article:section: Times-Picayune 'Politics', Rheinpfalz "
    "'Rheinland-Pfalz', NRC 'Binnenland' (its kicker 'Gaswinning' is not the section), POLITICO 'Transport', Segye Ilbo "
    "'사회', Vasabladet 'Inrikes', TV SYD 'Nyheder', The Nightly 'Politics', Sun-Times 'Politics', Tasmanian Times 'News'; "
    "trafilatura records take their first category ('News', 'News', 'Local News', 'Metropolregion', 'Actualidad'); "
    "news-please, plain text and newsbeam text records have none (page labels such as Mutations' 'Economie', 7NEWS' "
    "'Adelaide', the Swazi Observer's 'NEWS', the Sun Sentinel's 'Local News' and Schaffhauser Nachrichten's 'Schweiz' "
    "lines are navigation)",
    "language": "'no' Norwegian Bokmål (Varden; the macrolanguage code, as dev_set2 labels it); 'sv' Swedish from Sweden (Nerikes Allehanda) and Finland (Vasabladet); "
    "'vi' Vietnamese; 'tl' Tagalog (Pilipino Mirror); 'de' from Germany, Switzerland and Austria; 'nl' Dutch; 'ko' Korean; "
    "'da' Danish; 'fr' from Cameroon and Benin (two copies of one AFP story); 'es' from Argentina and Ecuador; English "
    "elsewhere; Mada Masr's 'Read this article in Arabic' link is chrome on an English page",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, advertisement labels, "
    "listen/audio and AI-narration notices, reading times, related-story lines and boxes, tag lists, most-read rails, "
    "newsletter, app, WhatsApp and membership promos, cooperative and donation appeals, comment gates and policies, "
    "reporter bios and contact lines, 'originally published' lines, view counters, tip lines, free-access and "
    "automatic-takeover notices, wire copyright, dpa-infocom and sign-off lines, responsible-editor, ownership and "
    "copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and dpa in the plain batch, AFP in the "
    "gzipped batch) and one broadcaster page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"the times-picayune", "times-picayune", "the new orleans advocate", "chicago sun-times", "sun-times",
                "mutations", "quotidien mutations", "la nouvelle tribune", "die rheinpfalz", "rheinpfalz",
                "rhein-neckar-zeitung", "rnz", "dpa/lrs", "7news", "varden", "ntb", "na", "nerikes allehanda", "tt",
                "bonnier news local", "nhân dân", "báo nhân dân", "pilipino mirror", "swazi observer",
                "south florida sun sentinel", "sun sentinel", "tnm", "the news minute", "schaffhauser nachrichten",
                "sda", "keystone-sda", "wz", "wiener zeitung", "nrc", "politico", "세계일보", "segye ilbo", "연합뉴스",
                "vasabladet", "fnb", "hss media", "tv syd", "the nightly", "seven west media", "windhoek observer",
                "st. louis post-dispatch", "post-dispatch", "tiempo argentino", "the tennessean", "tennessean",
                "nashville tennessean", "mada masr", "the virginian-pilot", "virginian-pilot", "tasmanian times",
                "vistazo", "agencia efe", "federal political reporter", "esbjerg"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
