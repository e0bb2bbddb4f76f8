#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixteenth development set (bench/dev_set16/, first written as the thirteenth held-out set).

    .venv/bin/python bench/dev_set16/_generate.py

Writes ``bench/dev_set16/articles/*`` and ``bench/dev_set16/labels.json``.  Output
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
bench/dev_set15/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout13_2025-a.jsonl"
JSONL_B = "crawl_holdout13_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Podgorica (Morningstar scrape + copy on a Malaysian daily in a batch) ----

PODGORICA_PARAS = P("""
Foreign tourist bookings in Montenegro for the summer season are running about 9% ahead of last year, the tourism
ministry said on Tuesday, as hotels on the Adriatic coast report strong demand from Germany, Poland and Turkey.

Hotels in Budva, Kotor and Herceg Novi had sold around 71% of their capacity for July and August by mid-June,
compared with 64% at the same point in 2024, according to ministry figures compiled from the country's main
hotel groups.

"The early bookings are the best we have seen since before the pandemic," deputy tourism minister Dragana
Šćepanović told Reuters, adding that average prices had risen by about 6% year on year.

Tourism accounts for roughly a quarter of Montenegro's economic output, and the small Adriatic country of about
620,000 people relies on summer revenues to finance a large part of its current account deficit.

The central bank expects tourism income to reach a record 1.6 billion euros ($1.85 billion) this year.

Hoteliers have nevertheless warned of a shortage of seasonal workers, with the employers' association
estimating that some 8,000 positions remained unfilled at the start of June.

The government has eased work permit rules for seasonal staff from Serbia, Bosnia and North Macedonia to help
fill the gap.
""")

PODGORICA = dict(
    cluster="reuters-podgorica-summer-tourist-bookings",
    title="Montenegro's summer tourist bookings up 9% as Adriatic hotels fill early",
    date="2025-06-17",
    dateline="PODGORICA, June 17 (Reuters) - ",
    city="Podgorica",
    country="ME",
    region="europe",
    agency="Reuters",
    authors=["Stevan Vuković"],
    editors=["Alison Marsh"],
    lang="en",
    section=None,
    paras=PODGORICA_PARAS,
    must_have=[
        "The central bank expects tourism income to reach a record 1.6 billion euros ($1.85 billion) this year.",
        "The government has eased work permit rules for seasonal staff from Serbia, Bosnia and North Macedonia to "
        "help fill the gap.",
    ],
    description="Hotels in Budva, Kotor and Herceg Novi had sold around 71% of their summer capacity by mid-June.",
)

PODGORICA_CREDITS = "(Reporting by Stevan Vuković; Editing by Alison Marsh)"

# ---- cluster: AFP, Saint-Denis de La Réunion (Orange Actualités scrape + copy on a Réunion site in the gzipped batch) ----

REUNION_PARAS = P("""
L'Agence régionale de santé (ARS) de La Réunion a lancé jeudi une campagne de vaccination contre le chikungunya
destinée en priorité aux personnes de plus de 65 ans atteintes de maladies chroniques, alors que l'épidémie
continue de progresser sur l'île.

Plus de 6.800 cas ont été confirmés depuis le début de l'année, dont près de 1.900 la semaine dernière, selon
le dernier bulletin de l'ARS.

Quelque 40.000 doses de vaccin ont été livrées à l'île et seront administrées dans les centres de vaccination
et chez les médecins généralistes volontaires, a précisé l'agence.

"Nous voulons protéger en premier ceux pour qui la maladie peut avoir des conséquences graves", a déclaré à
l'AFP le docteur Isabelle Payet-Hoarau, responsable de la veille sanitaire à l'ARS.

Le chikungunya, transmis par le moustique tigre, provoque de fortes fièvres et des douleurs articulaires qui
peuvent durer plusieurs mois.

L'île avait connu en 2005-2006 une épidémie de grande ampleur qui avait touché près d'un tiers de la
population.

Les autorités appellent les habitants à éliminer les eaux stagnantes autour des habitations, où se développent
les larves de moustiques.
""")

REUNION = dict(
    cluster="afp-saint-denis-reunion-chikungunya-vaccination",
    title="Chikungunya : La Réunion lance la vaccination des plus fragiles",
    date="2025-03-27",
    dateline="Saint-Denis de La Réunion (AFP) - ",
    city="Saint-Denis",
    country="RE",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    section=None,
    paras=REUNION_PARAS,
    must_have=[
        "Plus de 6.800 cas ont été confirmés depuis le début de l'année, dont près de 1.900 la semaine dernière, "
        "selon le dernier bulletin de l'ARS.",
        "L'île avait connu en 2005-2006 une épidémie de grande ampleur qui avait touché près d'un tiers de la "
        "population.",
    ],
    description="Quelque 40.000 doses ont été livrées sur l'île, où plus de 6.800 cas ont été confirmés depuis janvier.",
)

# ---- cluster: AP, Nuuk (Boston Globe page + copy on a Seattle daily in a batch) ----

NUUK_PARAS = P("""
Greenland opened its first dedicated cancer ward on Tuesday, allowing many patients who until now had to fly
more than 3,000 kilometers to Copenhagen for chemotherapy to be treated at home.

The 14-bed ward at Queen Ingrid's Hospital in Nuuk, the island's capital, will offer chemotherapy, palliative
care and follow-up consultations, Greenland's health department said.

About 250 Greenlanders are diagnosed with cancer each year, and most have had to spend weeks or months in
Denmark during treatment, away from their families and often unable to speak their own language with staff.

"For many of our patients the hardest part was not the illness, it was the loneliness," said Aviaja Lynge, a
nurse who will lead the new ward. "Now they can have their children visit after school."

Patients who need radiation therapy or complex surgery will still be sent to Denmark, officials said.

The ward cost about 95 million Danish kroner ($14 million) and was paid for by the Greenlandic government with
a contribution from the Danish state.

Recruiting specialist staff remains a challenge. The department said it had hired two oncologists and eight
nurses, several of them from Denmark and the Faroe Islands, on contracts of at least two years.
""")

NUUK = dict(
    cluster="ap-nuuk-greenland-cancer-ward-opens",
    title="Greenland opens first cancer ward, sparing patients long trips to Denmark",
    date="2025-05-20",
    dateline="NUUK, Greenland (AP) \u2014 ",
    city="Nuuk",
    country="GL",
    region="americas",
    agency="AP",
    authors=["Signe Kristiansen"],
    editors=[],
    lang="en",
    paras=NUUK_PARAS,
    must_have=[
        "Patients who need radiation therapy or complex surgery will still be sent to Denmark, officials said.",
        "The ward cost about 95 million Danish kroner ($14 million) and was paid for by the Greenlandic government "
        "with a contribution from the Danish state.",
    ],
    description="The 14-bed ward in Nuuk will treat many patients who until now had to fly to Copenhagen for chemotherapy.",
)

# ---- cluster: Dominica News Online, Roseau River dredging (page + noisy re-scrape) ----

ROSEAU_PARAS = P("""
Dredging of the lower Roseau River is expected to begin in the first week of March, the Ministry of Public Works
has announced, after months of complaints from residents of Bath Estate and Newtown about flooding during heavy
rain.

Sediment carried down the river during storms last year has raised the riverbed by more than a metre in some
places, reducing its capacity to carry water to the sea.

Permanent Secretary in the ministry, Glenroy Baptiste, told reporters on Monday that the contract had been
awarded to a local firm and that the works would take about ten weeks.

"Our engineers have identified four areas where the build-up is most serious, and we will start at the mouth of
the river and work our way upstream," he said.

The project will cost an estimated 2.3 million EC dollars and is being financed under the government's climate
resilience programme.

Residents of Bath Estate said the river had overflowed its banks three times since September, damaging homes
and vehicles.

The ministry has asked motorists to expect traffic diversions along the Bath Road while heavy equipment is
moved into place.
""")

ROSEAU = dict(
    cluster="dno-roseau-river-dredging",
    title="Roseau River dredging to begin in March, says Public Works ministry",
    date="2025-02-11",
    dateline="",
    city=None,
    country="DM",
    region="americas",
    agency=None,
    authors=["Kerwin Laville"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=ROSEAU_PARAS,
    must_have=[
        "Sediment carried down the river during storms last year has raised the riverbed by more than a metre in "
        "some places, reducing its capacity to carry water to the sea.",
        "Residents of Bath Estate said the river had overflowed its banks three times since September, damaging "
        "homes and vehicles.",
    ],
)

ROSEAU_PRE = ["Dominica News Online", "Home", "Local News", "Regional", "Politics", "Sports", "Entertainment", "Features", "Contact"]
ROSEAU_HEAD = ["By Kerwin Laville - February 11, 2025"]
ROSEAU_COUNT = ["14 Comments"]
ROSEAU_COPY = "Copyright \u00a9 2025 Dominica News Online. All Rights Reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters on Morningstar (original of the Reuters cluster): "By NAME" over "Reuters" provider line, EDT stamp, "Copyright (c) 2025 Reuters" line, market-data notice.
    dict(
        PODGORICA,
        role="original",
        file="morningstar_reuters_montenegro_tourist_bookings.txt",
        render="text",
        caption="Tourists walk along the beach in Budva, Montenegro, July 14, 2024.",
        credit="REUTERS/Marko Djurica",
        pre=[["Morningstar", "Markets", "Investing Ideas", "Funds", "ETFs", "Stocks", "Bonds", "Portfolio", "Sign In"],
             ["Market News"]],
        head=[["By Stevan Vukovic"], ["Reuters"], ["Jun 17, 2025 7:42 AM EDT"]],
        cap_lines=["Tourists walk along the beach in Budva, Montenegro, July 14, 2024. REUTERS/Marko Djurica"],
        tail=[
            [PODGORICA_CREDITS],
            ["Copyright (c) 2025 Reuters"],
            ["Sponsor Center"],
            ["\u00a9 Copyright 2025 Morningstar, Inc. All rights reserved.",
             "Market data is delayed by at least 15 minutes unless otherwise indicated."],
        ],
    ),
    # AFP on Orange Actualités (original of the AFP cluster): "Saint-Denis de La Réunion (AFP) - " dateline, one-line "Publié le ..., mis à jour le ..." stamp, "© Agence France-Presse".
    dict(
        REUNION,
        role="original",
        file="orange_afp_la_reunion_chikungunya_vaccination_fr.txt",
        render="text",
        pre=[["Orange Actualités", "Actu", "Monde", "France", "Politique", "Société", "Économie", "Sports", "Insolite", "Météo"],
             ["Accueil > Actualités > France"]],
        head=[["Par AFP"], ["Publié le 27/03/2025 à 11h20, mis à jour le 27/03/2025 à 13h05"]],
        inserts={2: ["Publicité"], 4: ["À lire aussi", "Mayotte : les moustiquaires distribuées dans les écoles"]},
        tail=[
            ["\u00a9 Agence France-Presse"],
            ["Tous droits de reproduction et de représentation réservés."],
            ["Nos sites partenaires", "Orange Météo", "Orange Sport", "Mes services"],
        ],
    ),
    # Dominica News Online (original of the re-scrape cluster): "By NAME - Month DD, YYYY" one line, comment counter, "Print Friendly, PDF & Email", comment disclaimer.
    dict(
        ROSEAU,
        role="original",
        file="dno_roseau_river_dredging.txt",
        caption="Sediment build-up at the mouth of the Roseau River on Monday.",
        credit="DNO",
        pre=[ROSEAU_PRE, ["Local News"]],
        head=[ROSEAU_HEAD, ROSEAU_COUNT, ["Share", "Tweet", "Print Friendly, PDF & Email"]],
        cap_lines=["Sediment build-up at the mouth of the Roseau River on Monday. (Photo: DNO)"],
        inserts={3: ["Advertisement"]},
        tail=[
            ["Disclaimer: The comments posted on DNO are the sole responsibility of the person(s) posting them and do "
             "not necessarily reflect the views of Dominica News Online or its staff."],
            ["Related Posts", "Bath Estate residents call for river defence wall", "DOWASCO restores supply to Castle Comfort"],
            [ROSEAU_COPY],
        ],
    ),
    dict(
        ROSEAU,
        role="rescrape",
        file="dno_roseau_river_dredging_rescrape.txt.gz",
        noise=True,
        pre=[ROSEAU_PRE],
        head=[ROSEAU_HEAD, ROSEAU_COUNT],
        tail=[[ROSEAU_COPY]],
    ),
    # Kyodo on The Mainichi: "(Mainichi Japan)" stamp, "TOTTORI, Japan (Kyodo) -- " dateline, "Japanese version" line and rankings list.
    dict(
        cluster="mainichi-kyodo-tottori-pear-exports",
        role="single",
        file="mainichi_kyodo_tottori_pear_exports.txt",
        render="text",
        title="Tottori pear growers ship record volume to Taiwan as demand for Japanese fruit grows",
        date="2024-09-12",
        dateline="TOTTORI, Japan (Kyodo) -- ",
        city="Tottori",
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Mainichi", "Japan", "World", "Business", "Sports", "Entertainment", "Lifestyle", "Opinion", "Science"],
             ["Business"]],
        head=[["September 12, 2024 (Mainichi Japan)"]],
        tail=[
            ["Related articles", "Japan's fruit exports hit record as yen weakens"],
            ["Most Read", "1. Typhoon forecast to approach western Japan this weekend"],
            ["Terms of Use", "Privacy Policy", "Copyright THE MAINICHI NEWSPAPERS. All rights reserved."],
        ],
        paras=P("""
Farmers in Tottori Prefecture are shipping a record volume of "nijisseiki" pears to Taiwan this season, the
prefectural government said Thursday, as demand for premium Japanese fruit grows across Asia.

The local agricultural cooperative plans to export about 620 tons of the green-skinned pears by the end of the
season in October, up around 15 percent from last year.

Taiwan accounts for roughly three quarters of the prefecture's pear exports, with the rest going to Hong Kong,
Singapore and Thailand.

The nijisseiki, or "20th century," pear is known for its crisp texture and mild sweetness, and Tottori produces
more of the variety than any other prefecture.

"Consumers in Taiwan see Tottori pears as a gift for the Mid-Autumn Festival, so September is our busiest
month," said Koji Yamane, an official at the cooperative.

Growers have been struggling with an aging workforce, and the number of pear farms in the prefecture has fallen
by about 40 percent over the past two decades.

The prefecture has been promoting exports and subsidizing the introduction of labor-saving trellis systems to
help keep orchards in business.
"""),
        must_have=[
            "Taiwan accounts for roughly three quarters of the prefecture's pear exports, with the rest going to Hong "
            "Kong, Singapore and Thailand.",
            "Growers have been struggling with an aging workforce, and the number of pear farms in the prefecture has "
            "fallen by about 40 percent over the past two decades.",
        ],
    ),
    # PTI on The Tribune (India): "Srinagar, Jan 9 (PTI) " dateline without a dash, "Posted At" / "Updated At" IST stamps, WhatsApp-channel line, hashtag tags.
    dict(
        cluster="tribuneindia-pti-srinagar-cold-wave-dal-lake",
        role="single",
        file="tribuneindia_pti_srinagar_dal_lake_freezes.txt",
        render="text",
        title="Dal Lake partially freezes as Srinagar records coldest night of season at minus 8.5 degrees",
        date="2025-01-09",
        dateline="Srinagar, Jan 9 (PTI) ",
        city="Srinagar",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Tribune", "Home", "India", "Punjab", "Haryana", "Himachal", "J&K", "World", "Business", "Sports"],
             ["J&K"]],
        head=[["PTI"], ["Posted At: Jan 09, 2025 09:48 PM (IST)"], ["Updated At: Jan 10, 2025 12:15 AM (IST)"]],
        inserts={2: ["Advertisement"]},
        tail=[
            ["Join Whatsapp Channel of The Tribune for latest updates."],
            ["#Kashmir", "#Srinagar", "#Weather"],
            ["Tribune Shorts", "Cold wave grips north India, fog disrupts flights"],
        ],
        paras=P("""
Srinagar shivered at minus 8.5 degrees Celsius on Thursday night, the coldest of the season so far, as parts of
the famous Dal Lake froze over and water supply lines in several areas of the city were hit, officials said.

The temperature was nearly six degrees below normal for this time of the year, a spokesperson of the
Meteorological Department said.

The interior parts of the Dal Lake and several smaller water bodies in the city were covered with a thin layer
of ice, and boatmen had to break the ice to ferry tourists to houseboats.

The Jal Shakti department said it had received complaints of frozen pipes from residents of Rainawari, Nowhatta
and Hazratbal and had sent teams to restore the supply.

Gulmarg, the famous ski resort in north Kashmir, recorded a low of minus 10.2 degrees, while Pahalgam in the
south was the coldest place in the valley at minus 11.4 degrees.

Kashmir is currently under the grip of 'Chillai-Kalan', the 40-day period of harshest winter which began on
December 21.

The weatherman has forecast mainly dry weather until January 14, with a possibility of light snow in the higher
reaches after that.
"""),
        must_have=[
            "The temperature was nearly six degrees below normal for this time of the year, a spokesperson of the "
            "Meteorological Department said.",
            "The weatherman has forecast mainly dry weather until January 14, with a possibility of light snow in the "
            "higher reaches after that.",
        ],
    ),
    # Anadolu on Yeni Şafak: "ESKİŞEHİR (AA) - " dateline, "Giriş" / "Güncelleme" stamps, Google News follow line.
    dict(
        cluster="yenisafak-aa-eskisehir-luletasi-ihracat",
        role="single",
        file="yenisafak_aa_eskisehir_luletasi_ihracat_tr.txt",
        render="text",
        title="Eskişehir'de lületaşı ustaları ihracatta rekor bekliyor",
        date="2025-05-06",
        dateline="ESKİŞEHİR (AA) - ",
        city="Eskişehir",
        country="TR",
        region="asia",
        agency="Anadolu",
        authors=[],
        editors=[],
        lang="tr",
        section=None,
        caption="Eskişehir'de bir lületaşı ustası pipo işliyor.",
        credit="AA",
        pre=[["Yeni Şafak", "Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Hayat", "Teknoloji", "Video"],
             ["Ekonomi"]],
        head=[["Giriş: 6.05.2025, 10:42"], ["Güncelleme: 6.05.2025, 10:45"], ["Anadolu Ajansı"]],
        cap_lines=["Eskişehir'de bir lületaşı ustası pipo işliyor.", "Fotoğraf: AA"],
        tail=[
            ["Yeni Şafak'ı Google Haberler'den takip edin"],
            ["İlgili Haberler", "Afyonkarahisar'da mermer ihracatı yüzde 12 arttı"],
            ["\u00a9 Copyright 2025 Yeni Şafak. Tüm hakları saklıdır."],
        ],
        paras=P("""
Dünyada yalnızca Eskişehir'de çıkarılan lületaşından pipo ve takı üreten ustalar, bu yıl ihracatta rekor
kırılmasını bekliyor.

Eskişehir Ticaret Odası verilerine göre, geçen yıl lületaşı ürünleri ihracatı 4,8 milyon dolara ulaştı.

Bu yılın ilk dört ayında ise ihracat, geçen yılın aynı dönemine göre yüzde 18 artış gösterdi.

Ürünlerin büyük bölümü Almanya, ABD, İtalya ve Japonya'ya gönderiliyor.

Kırk yılı aşkın süredir lületaşı işleyen usta Halil Özgürbüz, AA muhabirine yaptığı açıklamada, yurt dışından
gelen siparişlerin son iki yılda belirgin şekilde arttığını söyledi.

Özgürbüz, "Koleksiyoncular el işçiliğine çok değer veriyor. Bir pipoyu bazen bir haftada bitiriyoruz" dedi.

Ustalar, mesleği sürdürecek genç kuşağın azlığından da yakınıyor.

Kentte lületaşı işleyen atölye sayısı 1990'lı yıllarda 300'ü aşarken bugün 60 civarına geriledi.

Eskişehir Büyükşehir Belediyesi, meslek edindirme kurslarıyla gençlerin bu sanata ilgisini artırmayı
amaçlıyor.

Kurslara bu yıl 45 kursiyer katıldı ve bunların yarısından fazlası kadın.

Lületaşı, yumuşak yapısı sayesinde kolay işlenmesi ve ısıya dayanıklılığıyla biliniyor.

Çıkarıldığı ilk anda nemli olan taş, kuruduktan sonra sertleşiyor ve beyaz bir renk alıyor.
"""),
        must_have=[
            "Bu yılın ilk dört ayında ise ihracat, geçen yılın aynı dönemine göre yüzde 18 artış gösterdi.",
            "Kentte lületaşı işleyen atölye sayısı 1990'lı yıllarda 300'ü aşarken bugün 60 civarına geriledi.",
        ],
    ),
    # dpa on stern.de: "Görlitz (dpa/sn) - " dateline, "Quelle: DPA" head, "© dpa-infocom, dpa:..." rights line with an ID, "Zur Startseite".
    dict(
        cluster="stern-dpa-goerlitz-drehtage-rekord",
        role="single",
        file="stern_dpa_goerlitz_drehtage_rekord_de.txt",
        render="text",
        title="Görlitz meldet Rekord bei Drehtagen für Film und Fernsehen",
        date="2024-11-20",
        dateline="Görlitz (dpa/sn) - ",
        city="Görlitz",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        pre=[["STERN", "Politik", "Gesellschaft", "Wirtschaft", "Panorama", "Kultur", "Gesundheit", "Digital", "Sport"],
             ["Nachrichten aus Deutschland"]],
        head=[["20. November 2024, 14:12 Uhr"], ["Quelle: DPA"]],
        inserts={3: ["Anzeige"]},
        tail=[
            ["\u00a9 dpa-infocom, dpa:241120-930-293874/1"],
            ["Zur Startseite"],
            ["Mehr zum Thema", "Sachsen", "Film", "Tourismus"],
        ],
        paras=P("""
In Görlitz ist in diesem Jahr so viel gedreht worden wie nie zuvor. Insgesamt zählte die Stadt bis Mitte November
142 Drehtage für Kino- und Fernsehproduktionen, wie die Görlitzer Kulturservicegesellschaft mitteilte.

Im vergangenen Jahr waren es 118 Drehtage gewesen. Den bisherigen Höchststand hatte die Stadt im Jahr 2019 mit
131 Drehtagen erreicht.

Görlitz gilt wegen seiner fast unzerstörten Altstadt mit mehr als 4.000 Baudenkmälern als eine der beliebtesten
Filmkulissen Europas und wird in der Branche auch «Görliwood» genannt.

In diesem Jahr entstanden in der Stadt unter anderem Szenen für zwei internationale Serien und einen deutschen
Kinofilm, dessen Titel noch nicht bekanntgegeben wurde.

«Die Dreharbeiten bringen Geld in die Stadt, aber auch Einschränkungen für die Anwohner», sagte die Leiterin des
Filmbüros, Katrin Helbig. Straßen müssten gesperrt und Parkplätze freigehalten werden.

Nach Schätzungen der Stadt geben die Filmteams während der Dreharbeiten im Schnitt rund 25.000 Euro pro Tag in
Görlitz aus, vor allem für Übernachtungen, Verpflegung und Handwerker.

Auch der Tourismus profitiert: Geführte Rundgänge zu den Drehorten gehören inzwischen zu den am häufigsten
gebuchten Angeboten der Touristinformation.
"""),
        must_have=[
            "Im vergangenen Jahr waren es 118 Drehtage gewesen.",
            "Nach Schätzungen der Stadt geben die Filmteams während der Dreharbeiten im Schnitt rund 25.000 Euro pro Tag "
            "in Görlitz aus, vor allem für Übernachtungen, Verpflegung und Handwerker.",
        ],
    ),
    # EFE on La Razón: "Andorra la Vella, 22 abr (EFE).- " dateline, "Efe" byline, creation and update stamps, Google News line.
    dict(
        cluster="larazon-efe-andorra-temporada-esqui",
        role="single",
        file="larazon_efe_andorra_temporada_esqui_es.txt",
        render="text",
        title="Andorra cierra la temporada de esquí con 2,4 millones de forfaits vendidos",
        date="2025-04-22",
        dateline="Andorra la Vella, 22 abr (EFE).- ",
        city="Andorra la Vella",
        country="AD",
        region="europe",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        pre=[["LA RAZÓN", "España", "Internacional", "Economía", "Sociedad", "Deportes", "Cultura", "Andalucía", "Madrid"],
             ["Economía"]],
        head=[["Efe"], ["Creada: 22.04.2025 13:10", "Última actualización: 22.04.2025 13:32"]],
        inserts={2: ["Publicidad"]},
        tail=[
            ["Síguenos en Google News"],
            ["Archivado en:", "Andorra", "Esquí", "Turismo"],
            ["Últimas noticias", "El Ibex cierra en máximos impulsado por la banca"],
        ],
        paras=P("""
Las estaciones de esquí de Andorra han cerrado la temporada 2024-2025 con 2,4 millones de forfaits vendidos, un 7 %
más que el invierno anterior, gracias a las nevadas abundantes de febrero y marzo, según el balance presentado este
martes por la asociación de estaciones Ski Andorra.

Grandvalira, el mayor dominio esquiable del país, concentró cerca del 70 % de los días de esquí, mientras que
Pal Arinsal y Ordino Arcalís registraron sus mejores cifras de la última década.

La temporada se prolongó hasta el 21 de abril en las cotas más altas, una semana más de lo previsto, lo que
permitió aprovechar la Semana Santa.

El presidente de Ski Andorra, Joan Mas Cerqueda, destacó que el 58 % de los esquiadores procedían de España, seguidos
de Francia, el Reino Unido y Portugal.

"Ha sido un invierno excepcional en nieve, pero también en ocupación hotelera", afirmó Mas en la rueda de prensa.

Los hoteles del Principado registraron una ocupación media del 81 % entre diciembre y abril, según el Govern.

El sector advirtió, no obstante, de la dificultad para encontrar trabajadores de temporada y del encarecimiento de
la vivienda para el personal desplazado.

Las estaciones prevén invertir unos 45 millones de euros en nuevos remontes y en sistemas de nieve artificial
antes del próximo invierno.
"""),
        must_have=[
            "La temporada se prolongó hasta el 21 de abril en las cotas más altas, una semana más de lo previsto, lo que "
            "permitió aprovechar la Semana Santa.",
            "Los hoteles del Principado registraron una ocupación media del 81 % entre diciembre y abril, según el Govern.",
        ],
    ),
    # FENA on Sarajevo Times: no dateline, date line only, "(Source: FENA)" sign-off, WordPress "Share this:" / "Like this:" lines.
    dict(
        cluster="sarajevotimes-fena-smog-respiratory-cases",
        role="single",
        file="sarajevotimes_fena_smog_respiratory_cases.txt",
        render="text",
        title="Respiratory cases rise in Sarajevo as smog persists for a second week",
        date="2025-01-14",
        dateline="",
        city=None,
        country="BA",
        region="europe",
        agency="FENA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Sarajevo Times", "Home", "Bosnia and Herzegovina", "Region", "World", "Business", "Culture", "Sport", "Travel"]],
        head=[["January 14, 2025"], ["Bosnia and Herzegovina"]],
        tail=[
            ["(Source: FENA)"],
            ["Share this:", "Facebook", "X", "Like this:", "Like Loading..."],
            ["Related"],
        ],
        paras=P("""
The number of patients seeking help for respiratory problems in Sarajevo has risen by about a third since the
start of the month, as the city remains covered by heavy smog for a second consecutive week.

The Public Institution Health Centre of Sarajevo Canton said its family medicine clinics had recorded around
4,600 visits related to breathing difficulties, chronic bronchitis and asthma over the past seven days.

Concentrations of fine particulate matter PM2.5 exceeded 200 micrograms per cubic metre at several measuring
stations on Monday evening, placing the air quality in the hazardous category.

The canton's authorities have declared the second level of the air pollution alert, which bans the use of the
oldest vehicles and limits outdoor activities for schoolchildren.

Doctors advised elderly people, pregnant women and people with chronic illnesses to stay indoors during the
evening and early morning hours, when pollution levels are at their highest.

Sarajevo, which lies in a valley surrounded by mountains, regularly suffers from temperature inversions in
winter that trap emissions from heating, traffic and industry.

Environmental groups have called for faster connection of households to the district heating network and for
subsidies to replace coal and wood stoves.
"""),
        must_have=[
            "Concentrations of fine particulate matter PM2.5 exceeded 200 micrograms per cubic metre at several measuring "
            "stations on Monday evening, placing the air quality in the hazardous category.",
            "Sarajevo, which lies in a valley surrounded by mountains, regularly suffers from temperature inversions in "
            "winter that trap emissions from heating, traffic and industry.",
        ],
    ),
    # The Gisborne Herald: staff court story, weekday stamp, "Picture: NAME" credit line, newsletter and subscribe lines.
    dict(
        cluster="gisborneherald-forestry-slash-fine",
        role="single",
        file="gisborneherald_forestry_slash_fine_bridge.txt",
        render="text",
        title="Forestry company fined $340,000 over slash that damaged Hikuwai Bridge",
        date="2024-08-23",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Mereana Tipoki"],
        editors=[],
        lang="en",
        section=None,
        caption="Logs and slash piled against the Hikuwai Bridge after the June 2023 storm.",
        credit="Liam Clayton",
        pre=[["The Gisborne Herald", "News", "Sport", "Opinion", "Business", "Rural", "Lifestyle", "Notices", "Subscribe"],
             ["Local News"]],
        head=[["Mereana Tipoki"], ["Friday, 23 August 2024, 5:00 am"], ["Share"]],
        cap_lines=["Logs and slash piled against the Hikuwai Bridge after the June 2023 storm.", "Picture: Liam Clayton"],
        inserts={2: ["Advertisement"]},
        tail=[
            ["Get the day's headlines delivered to your inbox. Sign up to our newsletter."],
            ["Support local journalism: subscribe to The Gisborne Herald from $4 a week."],
            ["\u00a9 2024 The Gisborne Herald"],
        ],
        paras=P("""
A forestry company has been fined $340,000 after logs and slash from one of its harvest sites were swept down
the Hikuwai River in a storm and piled up against the bridge at Tolaga Bay.

Tūranga Timberlands Ltd was sentenced in the Gisborne District Court yesterday on two charges brought by
Gisborne District Council under the Resource Management Act.

The court heard that the company had left large amounts of woody debris on steep slopes above the river after
harvesting about 80 hectares of pine forest in 2022.

When heavy rain hit the district in June 2023, the material was carried downstream, damaging fences, farmland and
the bridge on State Highway 35, which was closed for nine days.

Judge Helen Marsden said the company had been warned by council officers about the risk months before the storm.

"The consequences of this offending were entirely foreseeable," she said in her decision.

Counsel for the company said it had since spent more than $600,000 on clean-up work and had changed the way it
manages slash on its sites.

Council environmental services director Tania Rangi said the sentence sent a clear message to the industry.
"""),
        must_have=[
            "Judge Helen Marsden said the company had been warned by council officers about the risk months before the "
            "storm.",
            "Council environmental services director Tania Rangi said the sentence sent a clear message to the industry.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------



SITE_GLOBE = site("The Boston Globe", "https://www.bostonglobe.example.com", " - The Boston Globe", "en_US", "@BostonGlobe",
                  ["Metro", "Politics", "Business", "Opinion", "Sports", "Arts", "Lifestyle", "Today's Paper"],
                  ["\u00a9 2025 Boston Globe Media Partners, LLC", "Terms of Service", "Privacy Policy"],
                  share=["Gift Article", "Share"], top=["Subscribe Now", "Log In"])
SITE_LIPUTAN6 = site("Liputan6.com", "https://www.liputan6.example.com", " - Regional Liputan6.com", "id_ID", "@liputan6dotcom",
                     ["News", "Bisnis", "Regional", "Bola", "Showbiz", "Tekno", "Health", "Otomotif", "Cek Fakta"],
                     ["Copyright \u00a9 2024 Liputan6.com, KLY KapanLagi Youniverse. All Rights Reserved.", "Tentang Kami", "Pedoman Media Siber"],
                     share=["Bagikan", "Facebook", "X", "WhatsApp", "Salin Link"])
SITE_STAMPA = site("La Stampa", "https://www.lastampa.example.it", " - La Stampa", "it_IT", "@LaStampa",
                   ["Cronaca", "Politica", "Economia", "Esteri", "Cultura", "Sport", "Asti", "Torino", "Cuneo"],
                   ["\u00a9 Riproduzione riservata", "GEDI News Network S.p.A.", "Privacy"],
                   share=["Condividi", "Facebook", "X", "WhatsApp"], top=["Abbonati", "Accedi"],
                   cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.",
                   cookie_title="Informativa", buttons=["Accetta", "Rifiuta", "Scopri di più e personalizza"], graph=True)
SITE_TERCERA = site("La Tercera", "https://www.latercera.example.com", " - La Tercera", "es_CL", "@latercera",
                    ["Nacional", "Política", "Mundo", "Pulso", "Deportes", "Culto", "Tendencias", "Opinión"],
                    ["\u00a9 2025 Copesa. Todos los derechos reservados.", "Términos y condiciones", "Contacto"],
                    share=["Compartir", "Facebook", "X", "WhatsApp"], top=["Suscríbete", "Ingresar"])
SITE_RTP = site("RTP Notícias", "https://www.rtp.example.pt", " - RTP Notícias", "pt_PT", "@rtpnoticias",
                ["País", "Mundo", "Economia", "Política", "Cultura", "Desporto", "Açores", "Madeira", "Vídeos"],
                ["\u00a9 RTP, Rádio e Televisão de Portugal 2025", "Contactos", "Política de Privacidade"],
                share=["Partilhar", "Facebook", "X", "E-mail"], top=["RTP Play", "Em Direto"],
                cookie="A RTP utiliza cookies para melhorar a sua experiência de navegação.", buttons=["Aceitar", "Configurar"])
SITE_IRISHTIMES = site("The Irish Times", "https://www.irishtimes.example.com", " \u2013 The Irish Times", "en_IE", "@IrishTimes",
                       ["News", "Opinion", "Business", "Sport", "Life & Style", "Culture", "Podcasts", "Crosswords"],
                       ["\u00a9 2025 The Irish Times DAC", "Terms & Conditions", "Privacy Policy", "Cookie Information"],
                       share=["Share", "Facebook", "X", "Email", "Save"], top=["Subscribe", "Sign In"])
SITE_LIBYAOBS = site("Libya Observer", "https://libyaobserver.example.ly", " | Libya Observer", "en_US", "@Lyobserver",
                     ["Home", "News", "Politics", "Economy", "Society", "Interviews", "Opinion", "Arabic"],
                     ["All rights reserved \u00a9 Libya Observer 2024", "About us", "Contact"],
                     share=["Share", "Facebook", "Twitter", "Telegram"])
SITE_AD = site("Antilliaans Dagblad", "https://antilliaansdagblad.example.com", " - Antilliaans Dagblad", "nl_CW", "@AntDagblad",
               ["Home", "Curaçao", "Aruba", "Bonaire", "Economie", "Sport", "Opinie", "Archief"],
               ["\u00a9 2025 Antilliaans Dagblad", "Adverteren", "Abonnementen", "Contact"],
               share=["Deel dit artikel", "Facebook", "WhatsApp", "E-mail"], top=["Abonneren", "Inloggen"])
SITE_SCOOP = site("The Scoop", "https://thescoop.example.co", " | The Scoop", "en_GB", "@thescoopbn",
                  ["News", "Business", "Lifestyle", "Sport", "Opinion", "Explainers", "Jobs"],
                  ["\u00a9 2024 The Scoop. All rights reserved.", "About", "Advertise", "Contact"],
                  share=["Share", "Facebook", "X", "WhatsApp", "Telegram"])

HTML_STORIES = [
    # -- AP on The Boston Globe (original of the AP cluster): "By NAME Associated Press, Updated ..." (only an 'Updated' stamp), gift-article share line --
    dict(
        NUUK,
        role="original",
        file="bostonglobe_ap_nuuk_greenland_cancer_ward.html",
        render="html",
        site=SITE_GLOBE,
        section="World",
        meta_section="World",
        url="https://www.bostonglobe.example.com/2025/05/20/world/greenland-opens-first-cancer-ward/",
        published="2025-05-20T11:48:00-04:00",
        modified="2025-05-20T11:48:00-04:00",
        meta_author="Signe Kristiansen",
        byline_lines=["By Signe Kristiansen Associated Press,"],
        date_lines=["Updated May 20, 2025, 11:48 a.m."],
        caption="Nurses prepare a treatment room in the new cancer ward at Queen Ingrid's Hospital in Nuuk, Greenland, on Monday, May 19, 2025.",
        credit="Ebbe Rosing/AP",
        inserts={2: [("ad", "Advertisement")]},
        lists=[("Most Popular", ["Denmark to fund new Arctic research station", "Iceland volcano erupts again near Grindavik"])],
        newsletter_end=["Globe Today", "Sign up to get the Globe's morning newsletter."],
    ),
    # -- Liputan6 (Indonesian): "Liputan6.com, Palembang - " staff dateline, "Oleh NAME pada ..." byline, "Diperbarui" stamp, 'Baca Juga' box, app-download line --
    dict(
        cluster="liputan6-palembang-kabut-asap-masker",
        role="single",
        file="liputan6_palembang_kabut_asap_masker_id.html",
        render="html",
        site=SITE_LIPUTAN6,
        title="Kabut Asap Selimuti Palembang, Dinkes Bagikan 50.000 Masker",
        date="2024-09-03",
        dateline="Liputan6.com, Palembang - ",
        city="Palembang",
        country="ID",
        region="asia",
        agency=None,
        authors=["Rizky Aditya"],
        editors=[],
        lang="id",
        section="Regional",
        meta_section="Regional",
        url="https://www.liputan6.example.com/regional/read/5712384/kabut-asap-selimuti-palembang-dinkes-bagikan-50000-masker",
        description="Kualitas udara di Palembang masuk kategori tidak sehat akibat kebakaran hutan dan lahan di Sumatera Selatan.",
        published="2024-09-03T14:25:00+07:00",
        modified="2024-09-03T14:25:00+07:00",
        meta_author="Rizky Aditya",
        byline_lines=["Oleh Rizky Aditya pada 03 Sep 2024, 14:25 WIB"],
        date_lines=["Diperbarui 03 Sep 2024, 14:25 WIB"],
        caption="Kabut asap menyelimuti Jembatan Ampera di Palembang, Selasa pagi.",
        credit="Liputan6.com/Rizky Aditya",
        inserts={1: [("box", "Baca Juga", ["Titik Panas di Sumsel Meningkat, BPBD Siagakan Helikopter",
                                            "Jadwal Sekolah di Palembang Diundur Akibat Asap"])],
                 4: [("ad", "Advertisement")]},
        below_body=[("app", "Download aplikasi Liputan6.com untuk mendapatkan berita terkini di ponsel Anda.")],
        tags=("Tag Terkait", ["Kabut Asap", "Palembang", "Karhutla"]),
        paras=P("""
Kabut asap tebal menyelimuti Kota Palembang, Sumatera Selatan, sejak Senin malam hingga Selasa siang. Dinas Kesehatan
Kota Palembang membagikan 50.000 masker gratis kepada warga di sejumlah titik keramaian.

Berdasarkan data alat pemantau kualitas udara, konsentrasi partikel PM2,5 di Palembang mencapai 168 mikrogram per
meter kubik pada Selasa pagi, masuk kategori tidak sehat.

Jarak pandang di sekitar Sungai Musi juga turun hingga sekitar 500 meter, sehingga sejumlah perahu penyeberangan
mengurangi kecepatan.

Kepala Dinas Kesehatan Kota Palembang, Rahmawati Siregar, mengimbau warga untuk mengurangi aktivitas di luar ruangan,
terutama anak-anak dan lansia.

"Kami minta warga memakai masker saat keluar rumah dan segera ke puskesmas bila mengalami sesak napas," ujarnya.

Menurut Badan Penanggulangan Bencana Daerah (BPBD) Sumatera Selatan, asap berasal dari kebakaran hutan dan lahan di
Kabupaten Ogan Komering Ilir dan Banyuasin.

Tim gabungan telah dikerahkan untuk memadamkan api, termasuk dengan bantuan dua helikopter pengebom air.

Puskesmas di Palembang mencatat 1.240 kasus infeksi saluran pernapasan akut dalam sepekan terakhir.
"""),
        must_have=[
            "Jarak pandang di sekitar Sungai Musi juga turun hingga sekitar 500 meter, sehingga sejumlah perahu "
            "penyeberangan mengurangi kecepatan.",
            "Puskesmas di Palembang mencatat 1.240 kasus infeksi saluran pernapasan akut dalam sepekan terakhir.",
        ],
    ),
    # -- La Stampa (Asti pages): staff, capitals byline, JSON-LD @graph, cookie wall, "LEGGI ANCHE" link --
    dict(
        cluster="lastampa-asti-fiera-tartufo-prezzi",
        role="single",
        file="lastampa_asti_fiera_tartufo_prezzi_it.html",
        render="html",
        site=SITE_STAMPA,
        title="Asti, alla fiera del tartufo prezzi in calo del 20 per cento: «Stagione generosa»",
        date="2024-11-10",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Paola Rinaldi"],
        editors=[],
        lang="it",
        section="Asti",
        meta_section="Asti",
        url="https://www.lastampa.example.it/asti/2024/11/10/news/fiera_tartufo_prezzi_calo-14821377/",
        description="Il tartufo bianco si vende tra 2.800 e 3.200 euro al chilo, contro i 4.000 dello scorso anno.",
        published="2024-11-10T19:05:00+01:00",
        modified="2024-11-10T21:40:00+01:00",
        meta_author="Paola Rinaldi",
        breadcrumbs=["Asti", "Cronaca"],
        byline_lines=["PAOLA RINALDI"],
        date_lines=["10 Novembre 2024 alle 19:05", "Aggiornato alle 21:40"],
        caption="I banchi dei trifolai in piazza San Secondo ad Asti.",
        credit="Franco Bosio",
        credit_shown="(foto Franco Bosio)",
        inserts={2: [("link", "LEGGI ANCHE", "Alba, folla alla Fiera internazionale: code in via Maestra")]},
        paras=P("""
Una stagione generosa, con piogge ben distribuite tra settembre e ottobre, ha riempito i cesti dei trifolai e
fatto scendere i prezzi. Alla fiera regionale del tartufo di Asti il tartufo bianco si vende tra 2.800 e 3.200
euro al chilo, circa il 20 per cento in meno rispetto allo scorso anno.

Nella giornata di sabato e domenica i banchi di piazza San Secondo sono stati visitati da oltre 15 mila persone,
secondo le stime del Comune.

I pezzi più piccoli, sotto i venti grammi, sono stati venduti anche a 2.200 euro al chilo, mentre per gli
esemplari più grandi le trattative sono andate avanti fino a sera.

«Quest'anno il bosco ha dato tanto, soprattutto nelle colline del Monferrato», spiega Giovanni Cravero, trifolao
di Montechiaro d'Asti da più di quarant'anni.

Gli organizzatori hanno registrato anche un aumento dei visitatori stranieri, in particolare svizzeri, tedeschi e
statunitensi.

Il Comune ha fatto sapere che la prossima edizione della fiera si svolgerà, come sempre, nel secondo fine
settimana di novembre.
"""),
        must_have=[
            "Nella giornata di sabato e domenica i banchi di piazza San Secondo sono stati visitati da oltre 15 mila "
            "persone, secondo le stime del Comune.",
            "Gli organizzatori hanno registrato anche un aumento dei visitatori stranieri, in particolare svizzeri, "
            "tedeschi e statunitensi.",
        ],
    ),
    # -- La Tercera (Chile): staff, "Por NAME" byline, capitals date line, paywall teaser box, "Lee también" link --
    dict(
        cluster="latercera-vina-del-mar-viviendas-reconstruccion",
        role="single",
        file="latercera_vina_del_mar_viviendas_reconstruccion_es.html",
        render="html",
        site=SITE_TERCERA,
        title="Viña del Mar: entregan las primeras 320 viviendas reconstruidas tras el megaincendio",
        date="2025-02-10",
        dateline="",
        city=None,
        country="CL",
        region="americas",
        agency=None,
        authors=["Camila Fuenzalida"],
        editors=[],
        lang="es",
        section="Nacional",
        meta_section="Nacional",
        url="https://www.latercera.example.com/nacional/noticia/vina-del-mar-entregan-las-primeras-320-viviendas-reconstruidas/ZK3PQW7RVBE4LJ2M/",
        description="El Minvu prevé terminar otras 1.100 casas en los cerros de Viña del Mar antes de fin de año.",
        published="2025-02-10T17:00:00-03:00",
        modified="2025-02-10T17:00:00-03:00",
        meta_author="Camila Fuenzalida",
        byline_lines=["Por Camila Fuenzalida"],
        date_lines=["10 FEB 2025 05:00 PM"],
        caption="Viviendas reconstruidas en el sector de El Olivar, en Viña del Mar.",
        credit="Andrés Pérez/Agencia Uno",
        credit_shown="Foto: Andrés Pérez/Agencia Uno",
        inserts={3: [("link", "Lee también:", "Incendios forestales: Conaf refuerza brigadas en la Región de Valparaíso")]},
        below_body=[("paywall", "Disfruta 6 meses por $990 al mes. Suscríbete a La Tercera Digital.")],
        paras=P("""
Un año después del megaincendio que arrasó miles de casas en los cerros de Viña del Mar, el Ministerio de Vivienda
y Urbanismo entregó este lunes las primeras 320 viviendas reconstruidas en los sectores de El Olivar y Villa
Independencia.

Las casas, de entre 55 y 62 metros cuadrados, fueron levantadas con sistemas industrializados que permitieron
reducir los plazos de construcción a unas diez semanas por vivienda.

Según el Minvu, otras 1.100 viviendas se encuentran en obra y deberían estar terminadas antes de fin de año.

"Volver a tener una casa propia en el mismo lugar donde vivimos treinta años es lo más importante para nosotros",
dijo Rosa Quiroz, vecina de El Olivar que recibió las llaves durante la ceremonia.

Sin embargo, los comités de damnificados advirtieron que cientos de familias siguen viviendo en viviendas de
emergencia y reclamaron por la lentitud en la tramitación de los subsidios.

La delegación presidencial regional indicó que más de 2.400 familias han postulado a algún programa de
reconstrucción desde febrero del año pasado.
"""),
        must_have=[
            "Según el Minvu, otras 1.100 viviendas se encuentran en obra y deberían estar terminadas antes de fin de año.",
            "La delegación presidencial regional indicó que más de 2.400 familias han postulado a algún programa de "
            "reconstrucción desde febrero del año pasado.",
        ],
    ),
    # -- Lusa on RTP Notícias: "Ponta Delgada, 28 jan 2025 (Lusa) - " dateline, "Lusa" author line, "/" credit, cookie bar --
    dict(
        cluster="rtp-lusa-ponta-delgada-observacao-cetaceos",
        role="single",
        file="rtp_lusa_acores_observacao_cetaceos_pt.html",
        render="html",
        site=SITE_RTP,
        title="Açores registam recorde de 182 mil participantes em observação de cetáceos",
        date="2025-01-28",
        dateline="Ponta Delgada, 28 jan 2025 (Lusa) - ",
        city="Ponta Delgada",
        country="PT",
        region="europe",
        agency="Lusa",
        authors=[],
        editors=[],
        lang="pt",
        section="Açores",
        meta_section="Açores",
        url="https://www.rtp.example.pt/noticias/acores/acores-registam-recorde-de-participantes-em-observacao-de-cetaceos_n1631842",
        description="A atividade de observação de baleias e golfinhos cresceu 11% em 2024, segundo a Direção Regional do Turismo.",
        published="2025-01-28T16:02:00Z",
        modified="2025-01-28T16:02:00Z",
        meta_author="Lusa",
        ld_author=[{"@type": "Organization", "name": "Lusa"}],
        byline_lines=["Lusa"],
        date_lines=["28 Jan 2025, 16:02"],
        caption="Observação de baleias ao largo da ilha de São Miguel.",
        credit="Eduardo Costa/Lusa",
        credit_shown="Foto: Eduardo Costa/Lusa",
        inserts={2: [("ad", "Publicidade")]},
        paras=P("""
As empresas de observação de cetáceos dos Açores receberam em 2024 um recorde de 182 mil participantes, mais 11%
do que no ano anterior, segundo dados divulgados hoje pela Direção Regional do Turismo.

A maioria das saídas ao mar realizou-se a partir das ilhas de São Miguel, Pico e Faial, que concentraram mais de 85%
da atividade.

Os visitantes oriundos da Alemanha, dos Estados Unidos e do Reino Unido foram os mais numerosos, seguidos dos
turistas nacionais.

Nas águas do arquipélago foram avistadas ao longo do ano 24 espécies diferentes de cetáceos, incluindo
cachalotes, baleias-azuis e golfinhos-comuns.

O diretor regional do Turismo, Ricardo Botelho Medeiros, afirmou que o crescimento deve ser acompanhado por
regras que protejam os animais.

O Governo Regional prepara a revisão do regulamento da atividade, que deverá limitar o número de embarcações
junto de cada grupo de animais e alargar as distâncias mínimas de aproximação.

Atualmente, estão licenciados nos Açores 52 operadores marítimo-turísticos para a observação de cetáceos.
"""),
        must_have=[
            "A maioria das saídas ao mar realizou-se a partir das ilhas de São Miguel, Pico e Faial, que concentraram "
            "mais de 85% da atividade.",
            "Atualmente, estão licenciados nos Açores 52 operadores marítimo-turísticos para a observação de cetáceos.",
        ],
    ),
    # -- The Irish Times: staff court story, "Crime & Law" section, corrections box, WhatsApp and push-alert lines, author bio --
    dict(
        cluster="irishtimes-limerick-landlord-damp-fine",
        role="single",
        file="irishtimes_limerick_landlord_damp_fine.html",
        render="html",
        site=SITE_IRISHTIMES,
        title="Limerick landlord fined \u20ac12,000 for failing to fix damp and mould in rented homes",
        date="2025-03-06",
        dateline="",
        city=None,
        country="IE",
        region="europe",
        agency=None,
        authors=["Aoife Gallagher"],
        editors=[],
        lang="en",
        section="Crime & Law",
        meta_section="Crime & Law",
        url="https://www.irishtimes.example.com/crime-law/courts/2025/03/06/limerick-landlord-fined-12000-for-failing-to-fix-damp/",
        description="A judge said tenants had been left living with mould for more than two years.",
        published="2025-03-06T18:31:00Z",
        modified="2025-03-07T09:12:00Z",
        meta_author="Aoife Gallagher",
        byline_lines=["Aoife Gallagher"],
        date_lines=["Thu Mar 06 2025 - 18:31"],
        inserts={3: [("promo", ["Join The Irish Times on WhatsApp and stay up to date"])]},
        end_lines=["Correction: An earlier version of this article gave the wrong number of properties. The landlord owns six properties in the city, not eight."],
        below_body=[("alerts", "Sign up to push alerts and have the best news, analysis and comment delivered directly to your phone")],
        author_box=["Aoife Gallagher is a Mid-West Correspondent with The Irish Times"],
        paras=P("""
A Limerick landlord has been fined \u20ac12,000 after failing to carry out repairs to two rented houses where tenants,
including three young children, had lived with damp and mould for more than two years.

Declan Moriarty (58), with an address at Ennis Road, Limerick, pleaded guilty at Limerick District Court to four
charges under the Housing (Standards for Rented Houses) Regulations.

The court heard that Limerick City and County Council inspectors had visited the properties in Garryowen in 2022
and found water coming through the roofs, broken windows and no fixed heating in one of the bedrooms.

Improvement notices were served on Mr Moriarty in November 2022 but the works were not done, the council's
solicitor told the court.

Judge Marian Cotter said the tenants had been left in conditions that no family should have to endure.

Counsel for Mr Moriarty said his client had since completed most of the repairs and had apologised to the
tenants.

The council said it carried out more than 3,100 inspections of rented homes last year, and that about 70 per
cent failed to meet the minimum standards on the first visit.
"""),
        must_have=[
            "Judge Marian Cotter said the tenants had been left in conditions that no family should have to endure.",
            "The council said it carried out more than 3,100 inspections of rented homes last year, and that about 70 "
            "per cent failed to meet the minimum standards on the first visit.",
        ],
    ),
    # -- Libya Observer (gzipped): no byline (organisation in JSON-LD only), "Telegram" follow line, related list --
    dict(
        cluster="libyaobserver-tripoli-dialysis-machines",
        role="single",
        file="libyaobserver_tripoli_dialysis_machines.html.gz",
        render="html",
        site=SITE_LIBYAOBS,
        title="Tripoli hospitals receive 40 new dialysis machines as patient numbers climb",
        date="2024-12-02",
        dateline="",
        city=None,
        country="LY",
        region="africa",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Society",
        meta_section="Society",
        url="https://libyaobserver.example.ly/society/tripoli-hospitals-receive-40-new-dialysis-machines",
        description="The National Centre for Kidney Diseases says the number of dialysis patients has risen to about 6,800.",
        published="2024-12-02T13:20:00+02:00",
        modified="2024-12-02T13:20:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Libya Observer"}],
        date_lines=["Monday, 02 December 2024 13:20"],
        below_body=[("follow", "Follow the Libya Observer on Telegram for the latest updates")],
        lists=[("Related Articles", ["Health Ministry launches polio vaccination drive in the south",
                                     "Misrata Medical Centre opens new cardiac unit"])],
        paras=P("""
The Ministry of Health in the Government of National Unity has delivered 40 new dialysis machines to three
hospitals in Tripoli, as the number of patients with kidney failure continues to rise.

The machines were distributed between Tripoli Central Hospital, Abu Salim Trauma Hospital and Souq al-Juma
Hospital, the ministry said in a statement on Sunday.

According to the National Centre for Kidney Diseases, about 6,800 patients across Libya now depend on regular
dialysis, up from around 5,900 three years ago.

Doctors have long complained of shortages of equipment and consumables, which in some cases forced patients to
travel long distances or reduce the number of weekly sessions.

The head of the dialysis unit at Tripoli Central Hospital, Dr Nuri al-Ghariani, said the new machines would allow
the unit to add an evening shift and cut waiting times.

The ministry said a further 60 machines would be delivered to hospitals in the south and east of the country in
the coming months.

Health experts attribute the rise in kidney disease to the growing prevalence of diabetes and high blood pressure.
"""),
        must_have=[
            "According to the National Centre for Kidney Diseases, about 6,800 patients across Libya now depend on regular "
            "dialysis, up from around 5,900 three years ago.",
            "Health experts attribute the rise in kidney disease to the growing prevalence of diabetes and high blood "
            "pressure.",
        ],
    ),
    # -- Antilliaans Dagblad (Dutch, Curaçao): "WILLEMSTAD - " staff dateline, no byline, print-edition line --
    dict(
        cluster="antilliaansdagblad-aqualectra-tarieven",
        role="single",
        file="antilliaansdagblad_aqualectra_watertarief_nl.html",
        render="html",
        site=SITE_AD,
        title="Aqualectra verhoogt watertarief met 6 procent",
        date="2025-01-07",
        dateline="WILLEMSTAD - ",
        city="Willemstad",
        country="CW",
        region="americas",
        agency=None,
        authors=[],
        editors=[],
        lang="nl",
        section="Curaçao",
        meta_section="Curaçao",
        url="https://antilliaansdagblad.example.com/curacao/aqualectra-verhoogt-watertarief-met-6-procent",
        description="Het nutsbedrijf wijst op hogere kosten voor onderhoud van de leidingen en de productie van drinkwater.",
        published="2025-01-07T06:00:00-04:00",
        modified="2025-01-07T06:00:00-04:00",
        ld_author=[{"@type": "Organization", "name": "Antilliaans Dagblad"}],
        date_lines=["7 januari 2025"],
        above_body=[("print", "Dit artikel verscheen in de papieren krant van dinsdag 7 januari 2025.")],
        paras=P("""
Het nutsbedrijf Aqualectra verhoogt per 1 februari het tarief voor drinkwater met gemiddeld 6 procent. Dat heeft de
directie gisteren bekendgemaakt, nadat het Bureau Telecommunicatie, Post en Nutsvoorzieningen (BTP&U) akkoord ging
met het voorstel.

Voor een gemiddeld huishouden dat 10 kubieke meter water per maand gebruikt, betekent de verhoging ongeveer 9 gulden
extra per maand.

Volgens Aqualectra zijn de kosten voor het onderhoud van het leidingnet en de productie van drinkwater in de
afgelopen twee jaar sterk gestegen.

Een groot deel van het water gaat volgens het bedrijf nog altijd verloren door lekkages in het oude leidingnet.

Het bedrijf wil de komende vijf jaar ruim 120 miljoen gulden investeren in de vervanging van leidingen en de
modernisering van de waterfabriek in Mundo Nobo.

Huishoudens met een laag inkomen kunnen een aanvraag indienen voor een speciaal sociaal tarief, aldus het
nutsbedrijf.

De vakbond van consumenten reageerde kritisch en vraagt de regering om de verhoging voor kwetsbare groepen te
compenseren.
"""),
        must_have=[
            "Voor een gemiddeld huishouden dat 10 kubieke meter water per maand gebruikt, betekent de verhoging ongeveer 9 "
            "gulden extra per maand.",
            "Huishoudens met een laag inkomen kunnen een aanvraag indienen voor een speciaal sociaal tarief, aldus het "
            "nutsbedrijf.",
        ],
    ),
    # -- The Scoop (Brunei): staff, byline with date on one line, "Read more:" link, WhatsApp channel promo --
    dict(
        cluster="thescoop-brunei-muara-dengue-fogging",
        role="single",
        file="thescoop_brunei_muara_dengue_fogging.html",
        render="html",
        site=SITE_SCOOP,
        title="Dengue cases in Brunei-Muara double as health ministry steps up fogging",
        date="2024-07-18",
        dateline="",
        city=None,
        country="BN",
        region="asia",
        agency=None,
        authors=["Nur Afiqah Hamdan"],
        editors=[],
        lang="en",
        section="News",
        meta_section="News",
        url="https://thescoop.example.co/2024/07/18/dengue-cases-in-brunei-muara-double/",
        description="The Ministry of Health recorded 214 cases in the first half of the year.",
        published="2024-07-18T20:15:00+08:00",
        modified="2024-07-18T20:15:00+08:00",
        meta_author="Nur Afiqah Hamdan",
        byline_lines=["Nur Afiqah Hamdan | July 18, 2024"],
        caption="Health officers conduct fogging in a housing area in Mentiri.",
        credit="Ministry of Health",
        credit_shown="Photo: Ministry of Health",
        inserts={2: [("link", "Read more:", "MOH urges public to clear stagnant water after heavy rain")],
                 4: [("promo", ["Stay updated", "Follow The Scoop on WhatsApp for the latest news."])]},
        paras=P("""
Dengue cases in the Brunei-Muara district have more than doubled this year, prompting the Ministry of Health to
step up fogging and inspections in residential areas.

The ministry recorded 214 dengue cases nationwide in the first half of 2024, compared with 97 in the same period
last year, with about 80 per cent of them in Brunei-Muara.

Hotspots include housing areas in Mentiri, Lambak Kanan and Kampong Rimba, where officers have found mosquito
breeding sites in blocked drains, flower pots and discarded containers.

No deaths have been reported this year, according to the ministry.

The Environmental Health Services division said it had carried out more than 1,300 inspections since May and
issued 46 compound notices to households and construction sites.

Under the Infectious Diseases Act, owners of premises found with mosquito larvae can be fined up to $1,000 for a
first offence.

The ministry urged the public to check their homes at least once a week and to seek treatment early if they
develop fever, joint pain or a rash.
"""),
        must_have=[
            "No deaths have been reported this year, according to the ministry.",
            "Under the Infectious Diseases Act, owners of premises found with mosquito larvae can be fined up to $1,000 "
            "for a first offence.",
        ],
    ),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, Die Presse running APA: no dateline, "von APA" head, "(APA)" sign-off line.
    dict(
        cluster="diepresse-apa-bregenzer-festspiele-auslastung",
        role="single",
        file="newsplease_diepresse_apa_bregenzer_festspiele_de.json",
        render="newsplease",
        title="Bregenzer Festspiele melden 94 Prozent Auslastung",
        date="2024-08-19",
        dateline="",
        city=None,
        country="AT",
        region="europe",
        agency="APA",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        url="https://www.diepresse.example.com/18842751/bregenzer-festspiele-melden-94-prozent-auslastung",
        source_domain="www.diepresse.example.com",
        description="Rund 255.000 Menschen besuchten die Veranstaltungen, das Spiel auf dem See war nahezu ausverkauft.",
        np_authors=["APA"],
        np_publish="2024-08-19 12:31:00",
        np_modify="2024-08-19 14:02:00",
        np_download="2024-08-20 02:17:09",
        head_lines=["19.08.2024 um 12:31", "von APA", "Kultur"],
        tail_lines=["(APA)", "Lesen Sie mehr zu diesen Themen:", "Bregenzer Festspiele", "Oper"],
        paras=P("""
Die Bregenzer Festspiele haben in ihrer diesjährigen Saison eine Auslastung von 94 Prozent erreicht. Insgesamt
besuchten rund 255.000 Menschen die 82 Veranstaltungen, wie die Festspiele am Montag zum Abschluss mitteilten.

Das Spiel auf dem See, Carl Maria von Webers "Der Freischütz", war mit 28 Vorstellungen nahezu ausverkauft. Nur
zwei Abende mussten wegen Regen abgebrochen werden.

Die Oper im Festspielhaus zählte rund 7.200 Besucherinnen und Besucher, die Produktionen auf der Werkstattbühne
waren vollständig ausgelastet.

Intendantin Gerlinde Auer sprach von einem "wunderbaren Sommer", der gezeigt habe, wie groß das Interesse an
Oper unter freiem Himmel weiterhin sei.

Die Einnahmen aus dem Kartenverkauf beliefen sich auf rund 24 Millionen Euro. Etwa die Hälfte des Publikums reiste
aus Deutschland an, rund ein Viertel aus Österreich und der Rest vor allem aus der Schweiz.

Im kommenden Jahr wird "Der Freischütz" erneut auf der Seebühne gezeigt. Der Vorverkauf für die Saison 2025 hat
bereits begonnen, mehr als 80.000 Karten sind schon verkauft.
"""),
        must_have=[
            "Die Oper im Festspielhaus zählte rund 7.200 Besucherinnen und Besucher, die Produktionen auf der "
            "Werkstattbühne waren vollständig ausgelastet.",
            "Die Einnahmen aus dem Kartenverkauf beliefen sich auf rund 24 Millionen Euro.",
        ],
    ),
    # news-please, Global Times running Xinhua: "Source: Xinhua Published: ..." head lines, "ASHGABAT, Oct. 29 (Xinhua) -- ".
    dict(
        cluster="globaltimes-xinhua-ashgabat-wheat-sowing",
        role="single",
        file="newsplease_globaltimes_xinhua_turkmenistan_wheat_sowing.json",
        render="newsplease",
        title="Turkmenistan completes winter wheat sowing on 690,000 hectares",
        date="2024-10-29",
        dateline="ASHGABAT, Oct. 29 (Xinhua) -- ",
        city="Ashgabat",
        country="TM",
        region="asia",
        agency="Xinhua",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.globaltimes.example.cn/page/202410/1322117.shtml",
        source_domain="www.globaltimes.example.cn",
        description="Farmers plan to harvest 1.4 million tons of wheat next summer, according to the agriculture ministry.",
        np_authors=[],
        np_publish="2024-10-29 21:31:00",
        np_modify=None,
        np_download="2024-10-30 01:55:40",
        head_lines=["Source: Xinhua", "Published: Oct 29, 2024 09:31 PM"],
        tail_lines=["RELATED ARTICLES", "China-Central Asia trade rises in first three quarters"],
        paras=P("""
Turkmenistan has completed the sowing of winter wheat on about 690,000 hectares of land for next year's harvest,
the country's Ministry of Agriculture said on Tuesday.

The largest areas were sown in the Ahal, Lebap and Dashoguz regions, where farmers received seeds, fertilizers and
fuel from the state at subsidized prices, the ministry said.

The government plans to harvest 1.4 million tons of wheat in 2025, part of which is bought by the state to
maintain grain reserves and supply flour mills.

Farmers used new seed varieties developed by the country's agricultural research institutes that are more
resistant to drought and high temperatures, local media reported.

Irrigation remains a major challenge for agriculture in the Central Asian country, most of whose territory is
covered by the Karakum Desert.

Wheat and cotton are Turkmenistan's main crops, and the state sets production targets for both each year. This
year's wheat harvest was officially put at 1.3 million tons.
"""),
        must_have=[
            "The government plans to harvest 1.4 million tons of wheat in 2025, part of which is bought by the state to "
            "maintain grain reserves and supply flour mills.",
            "Irrigation remains a major challenge for agriculture in the Central Asian country, most of whose territory "
            "is covered by the Karakum Desert.",
        ],
    ),
    # news-please, Sudan Tribune: "October 8, 2024 (PORT SUDAN) \u2013 " date-first dateline, staff, no byline.
    dict(
        cluster="sudantribune-port-sudan-cholera-vaccination",
        role="single",
        file="newsplease_sudantribune_port_sudan_cholera_vaccination.json",
        render="newsplease",
        title="Cholera vaccination campaign begins in Port Sudan as cases rise in Red Sea state",
        date="2024-10-08",
        dateline="October 8, 2024 (PORT SUDAN) \u2013 ",
        city="Port Sudan",
        country="SD",
        region="africa",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://sudantribune.example.com/article/291877/",
        source_domain="sudantribune.example.com",
        description="The campaign aims to reach about 470,000 people in Port Sudan and surrounding localities.",
        np_authors=[],
        np_publish="2024-10-08 19:44:00",
        np_modify=None,
        np_download="2024-10-09 06:02:13",
        head_lines=["Sudan Tribune", "Health"],
        tail_lines=["Support Sudan Tribune's independent journalism", "Related Posts",
                    "Kassala hospitals report shortage of anti-malaria drugs"],
        paras=P("""
Health authorities in Red Sea state launched an oral cholera vaccination campaign in Port Sudan on Tuesday,
aiming to reach about 470,000 people over ten days as the number of cases continues to rise.

The state Ministry of Health said 312 cholera cases, including nine deaths, had been recorded in the state since
late August, most of them in crowded neighbourhoods and shelters for displaced people.

The campaign is being carried out by 180 mobile teams supported by the World Health Organization and UNICEF, the
ministry said in a statement.

Port Sudan, the seat of the army-backed government since last year, has received hundreds of thousands of people
fleeing the fighting in Khartoum and other parts of the country.

Aid workers say shortages of clean water and the poor state of sanitation in the city have made it vulnerable to
outbreaks of waterborne diseases.

Residents of the Salalab and Deim Arab neighbourhoods said water trucks had become their main source of drinking
water since the summer.

The ministry urged people to boil drinking water and to go to the nearest health centre at the first sign of
diarrhoea.
"""),
        must_have=[
            "The campaign is being carried out by 180 mobile teams supported by the World Health Organization and UNICEF, "
            "the ministry said in a statement.",
            "Aid workers say shortages of clean water and the poor state of sanitation in the city have made it vulnerable "
            "to outbreaks of waterborne diseases.",
        ],
    ),
    # trafilatura, Polskie Radio running PAP: no dateline, "Autor: NAME (PAP)" sign-off and desk initials, first category "Kultura".
    dict(
        cluster="polskieradio-pap-szczecin-filharmonia-rekord",
        role="single",
        file="trafilatura_polskieradio_pap_szczecin_filharmonia_pl.json",
        render="trafilatura",
        title="Filharmonia w Szczecinie z rekordową liczbą sprzedanych biletów",
        date="2025-01-21",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency="PAP",
        authors=["Marta Wiśniewska"],
        editors=[],
        lang="pl",
        section="Kultura",
        url="https://www.polskieradio24.example.pl/artykul/3461278,filharmonia-w-szczecinie-z-rekordowa-liczba-sprzedanych-biletow",
        hostname="www.polskieradio24.example.pl",
        source_hostname="Polskie Radio 24",
        description="Instytucja zorganizowała w ubiegłym roku 412 koncertów i wydarzeń edukacyjnych.",
        tf_author="PAP",
        tf_date="2025-01-21",
        tf_language="pl",
        categories="Kultura;Szczecin",
        tf_tags="Filharmonia;Szczecin;muzyka",
        head_lines=["PAP", "21.01.2025 15:40"],
        tail_lines=["Autor: Marta Wiśniewska (PAP)", "mw/ par/", "Zobacz także"],
        paras=P("""
Filharmonia im. Mieczysława Karłowicza w Szczecinie sprzedała w 2024 roku ponad 131 tys. biletów, najwięcej w
swojej historii. Instytucja zorganizowała w ubiegłym roku 412 koncertów i wydarzeń edukacyjnych.

Jak poinformowała we wtorek rzeczniczka filharmonii, średnie obłożenie sali symfonicznej wyniosło 92 proc.

Najwięcej biletów sprzedano na cykl koncertów muzyki filmowej oraz na koncerty noworoczne, na które wejściówki
rozeszły się w ciągu kilku godzin.

Dyrektor filharmonii Tomasz Grabowski podkreślił, że coraz większą część publiczności stanowią osoby spoza
Szczecina, w tym turyści z Niemiec.

Budynek filharmonii, zaprojektowany przez hiszpańską pracownię Barozzi Veiga, w 2015 roku otrzymał Nagrodę Unii
Europejskiej im. Miesa van der Rohe.

W tym roku filharmonia planuje m.in. cykl koncertów kameralnych w mniejszych miejscowościach województwa
zachodniopomorskiego.

Budżet instytucji na 2025 rok wynosi ok. 38 mln zł, z czego większość pochodzi z dotacji samorządu województwa.

Bilety na koncerty w pierwszym półroczu można kupować w kasie filharmonii oraz przez internet. Najtańsze wejściówki
dla uczniów i studentów kosztują 25 zł, a ceny biletów normalnych nie zmienią się do końca czerwca.
"""),
        must_have=[
            "Jak poinformowała we wtorek rzeczniczka filharmonii, średnie obłożenie sali symfonicznej wyniosło 92 proc.",
            "Budżet instytucji na 2025 rok wynosi ok. 38 mln zł, z czego większość pochodzi z dotacji samorządu "
            "województwa.",
        ],
    ),
    # trafilatura, MercoPress: the site calls itself 'South Atlantic News Agency' (staff copy, not a wire), UTC stamp line, first category "Falkland Islands".
    dict(
        cluster="mercopress-falklands-loligo-first-season",
        role="single",
        file="trafilatura_mercopress_falklands_loligo_first_season.json",
        render="trafilatura",
        title="Falklands Loligo squid first season closes with catches well above average",
        date="2025-04-03",
        dateline="",
        city=None,
        country="FK",
        region="americas",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Falkland Islands",
        url="https://en.mercopress.example.com/2025/04/03/falklands-loligo-squid-first-season-closes-with-catches-well-above-average",
        hostname="en.mercopress.example.com",
        source_hostname="MercoPress",
        description="Sixteen trawlers took part in the season, which began in late February.",
        tf_author=None,
        tf_date="2025-04-03",
        tf_language="en",
        categories="Falkland Islands;Fisheries",
        tf_tags="Loligo;squid;Falklands fisheries",
        head_lines=["MercoPress, South Atlantic News Agency", "Thursday, April 3rd 2025 - 09:18 UTC"],
        tail_lines=["Categories: Falkland Islands, Fisheries.", "Top Comments", "Disclaimer & comment rules"],
        paras=P("""
The first Loligo squid season of the year in Falklands waters closed at the end of March with a total catch of
about 38,000 tonnes, well above the average of recent years, according to the Falkland Islands Government
Fisheries Department.

Sixteen trawlers, most of them operated by joint ventures between Falklands and Spanish companies from Vigo,
took part in the season, which began in late February.

The department said daily catch rates had been high from the first week, allowing the fleet to reach its
targets ahead of schedule.

Fisheries scientists monitor the stock throughout the season and can close it early if the number of squid left
to spawn falls below a safe level.

Loligo is one of the most valuable resources of the Falklands economy, and licence fees from the squid fisheries
account for a large share of government revenue.

Much of the catch is frozen on board and shipped to Spain, where it is sold as calamar.

The second Loligo season is expected to open in late July.
"""),
        must_have=[
            "Fisheries scientists monitor the stock throughout the season and can close it early if the number of squid "
            "left to spawn falls below a safe level.",
            "Much of the catch is frozen on board and shipped to Spain, where it is sold as calamar.",
        ],
    ),
    # trafilatura, El Deber (Bolivia): staff byline with initial, first category "Salud".
    dict(
        cluster="eldeber-santa-cruz-dengue-baja",
        role="single",
        file="trafilatura_eldeber_santa_cruz_dengue_baja_es.json",
        render="trafilatura",
        title="Santa Cruz registra una baja del 40% en los casos de dengue respecto al año pasado",
        date="2025-02-18",
        dateline="",
        city=None,
        country="BO",
        region="americas",
        agency=None,
        authors=["Verónica Zapana S."],
        editors=[],
        lang="es",
        section="Salud",
        url="https://eldeber.example.com.bo/salud/santa-cruz-registra-una-baja-del-40-en-los-casos-de-dengue_481223",
        hostname="eldeber.example.com.bo",
        source_hostname="EL DEBER",
        description="El Sedes reportó 2.960 casos confirmados en las siete primeras semanas del año.",
        tf_author="Verónica Zapana S.",
        tf_date="2025-02-18",
        tf_language="es",
        categories="Salud;Santa Cruz",
        tf_tags="dengue;Santa Cruz;Sedes",
        head_lines=["Por Verónica Zapana S.", "18 de febrero de 2025, 7:45 AM"],
        tail_lines=["Únete al canal de WhatsApp de EL DEBER", "Te puede interesar"],
        paras=P("""
El Servicio Departamental de Salud (Sedes) de Santa Cruz informó que en las siete primeras semanas del año se
registraron 2.960 casos confirmados de dengue, un 40% menos que en el mismo periodo de 2024.

La mayoría de los casos se concentra en los municipios de Santa Cruz de la Sierra, Montero y Warnes, según el
último reporte epidemiológico.

En lo que va del año se reportaron tres fallecimientos por la enfermedad, frente a los 14 registrados a estas
alturas del año pasado.

El jefe de la Unidad de Epidemiología del Sedes, Carlos Hurtado, atribuyó la reducción a las campañas de
eliminación de criaderos y a las lluvias más espaciadas de este verano.

"No podemos bajar la guardia, porque marzo suele ser el mes con más contagios", advirtió Hurtado.

Las brigadas de fumigación continuarán trabajando en los barrios con mayor número de casos, y se pidió a los
vecinos eliminar recipientes que acumulen agua.
"""),
        must_have=[
            "En lo que va del año se reportaron tres fallecimientos por la enfermedad, frente a los 14 registrados a estas "
            "alturas del año pasado.",
            "La mayoría de los casos se concentra en los municipios de Santa Cruz de la Sierra, Montero y Warnes, según el "
            "último reporte epidemiológico.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_NEWCASTLE = site("Newcastle Herald", "https://www.newcastleherald.example.com.au", " | Newcastle Herald", "en_AU", "@newcastleherald",
                      ["News", "Sport", "Entertainment", "Lifestyle", "Opinion", "Business", "Hunter Wine", "Property"],
                      ["\u00a9 2025 Australian Community Media", "Privacy Policy", "Conditions of Use"],
                      share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Login", "Today's Paper"])

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on a Malaysian daily (syndicated member of the Reuters cluster), MYT stamp split over two lines.
    dict(
        PODGORICA,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        url="https://www.thestar.example.com.my/aseanplus/aseanplus-news/2025/06/17/montenegros-summer-tourist-bookings-up-9-as-adriatic-hotels-fill-early",
        nb_published="2025-06-17T13:05:00Z",
        outlet="The Star",
        nb_authors=["Reuters"],
        head_lines=["World", "Tuesday, 17 Jun 2025", "9:05 PM MYT"],
        tail_lines=[PODGORICA_CREDITS, "Related News", "Croatia's tourism revenues hit record in first quarter",
                    "Thank you for reading. Subscribe to The Star Premium for unlimited access."],
    ),
    # trafilatura shape: the AP story on a Seattle daily (syndicated member of the AP cluster), AP byline line, first category "Nation & World".
    dict(
        NUUK,
        role="syndicated",
        file=JSONL_A,
        render="trafilatura",
        section="Nation & World",
        url="https://www.seattletimes.example.com/nation-world/greenland-opens-first-cancer-ward-sparing-patients-long-trips-to-denmark/",
        hostname="www.seattletimes.example.com",
        source_hostname="The Seattle Times",
        tf_author="Signe Kristiansen",
        tf_date="2025-05-20",
        tf_language="en",
        categories="Nation & World;Health",
        tf_tags="Greenland;Denmark;Cancer",
        head_lines=["By Signe Kristiansen", "The Associated Press", "May 20, 2025 at 8:48 am"],
        tail_lines=["The Associated Press receives support from several private foundations to enhance its explanatory "
                    "coverage of health. The AP is solely responsible for all content."],
    ),
    # newsbeam html shape: Newcastle Herald (staff), "Picture by NAME" credit, AEDT offset, wine-region newsletter promo, comment count.
    dict(
        cluster="newcastleherald-hunter-grape-harvest-down",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_NEWCASTLE,
        title="Hunter grape harvest down by a third after wet, humid summer",
        date="2025-03-15",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Lachlan Pearce"],
        editors=[],
        lang="en",
        section="Hunter Wine",
        meta_section="Hunter Wine",
        url="https://www.newcastleherald.example.com.au/story/8931254/hunter-grape-harvest-down-by-a-third-after-wet-humid-summer/",
        description="Growers in Pokolbin say disease pressure after heavy January rain cut yields, but quality is good.",
        published="2025-03-15T05:30:00+11:00",
        modified="2025-03-15T05:30:00+11:00",
        nb_published="2025-03-14T18:30:00Z",
        outlet="Newcastle Herald",
        nb_authors=["Lachlan Pearce"],
        meta_author="Lachlan Pearce",
        byline_lines=["By Lachlan Pearce"],
        date_lines=["March 15 2025 - 5:30am"],
        caption="Vigneron Tom Brennan inspects semillon grapes at his vineyard in Pokolbin.",
        credit="Marina Neil",
        credit_shown="Picture by Marina Neil",
        inserts={2: [("promo", ["Hunter Wine newsletter", "Cellar door news and events, every Friday.", "Sign up"])]},
        comments=["12 comments"],
        paras=P("""
Hunter Valley winemakers expect this year's grape harvest to be down by about a third after a wet and humid summer
brought outbreaks of mildew and rot to vineyards across the region.

The Hunter Valley Wine and Tourism Association estimates the region will crush around 9,500 tonnes of grapes this
vintage, compared with about 14,000 tonnes last year.

Heavy rain in late January, followed by weeks of warm, humid weather, made it difficult for growers to control
disease in their vines.

Pokolbin grower Tom Brennan said he had lost almost half of his shiraz crop, but that the semillon picked early
in February was of very good quality.

"It's been a stressful vintage, but the fruit we did bring in is as good as anything we've had in ten years," he
said.

The association said smaller yields would put pressure on wineries already dealing with falling domestic sales
and rising costs.

Cellar doors in the region reported steady visitor numbers over summer, helped by a busy events calendar.
"""),
        must_have=[
            "Heavy rain in late January, followed by weeks of warm, humid weather, made it difficult for growers to "
            "control disease in their vines.",
            "The association said smaller yields would put pressure on wineries already dealing with falling domestic "
            "sales and rising costs.",
        ],
    ),
    # news-please shape (gzipped batch): the AFP story on a Réunion site (syndicated member of the AFP cluster), "AFP" author, Réunion-time stamp.
    dict(
        REUNION,
        role="syndicated",
        file=JSONL_B,
        render="newsplease",
        url="https://www.clicanoo.example.re/societe/chikungunya-la-reunion-lance-la-vaccination-des-plus-fragiles",
        source_domain="www.clicanoo.example.re",
        np_authors=["AFP"],
        np_publish="2025-03-27 15:48:00",
        np_modify=None,
        np_download="2025-03-28 02:10:55",
        head_lines=["Société", "AFP, publié le 27 mars 2025 à 15h48"],
        tail_lines=["Réagir à cet article", "Vous devez être connecté pour commenter."],
    ),
    # newsbeam text shape (gzipped batch): Fiji Sun, "Edited by NAME" line, Fiji date while the crawler stamp is the previous UTC day, feedback e-mail line.
    dict(
        cluster="fijisun-nadi-easter-hotel-occupancy",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Nadi hotels report 92 per cent occupancy over Easter weekend",
        date="2025-04-23",
        dateline="",
        city=None,
        country="FJ",
        region="oceania",
        agency=None,
        authors=["Salote Naivalu"],
        editors=["Karalaini Tavai"],
        lang="en",
        section=None,
        url="https://fijisun.example.com.fj/2025/04/23/nadi-hotels-report-92-per-cent-occupancy-over-easter-weekend/",
        nb_published="2025-04-22T19:30:00Z",
        outlet="Fiji Sun",
        nb_authors=["Salote Naivalu"],
        head_lines=["By Salote Naivalu", "April 23, 2025 7:30 am", "Edited by Karalaini Tavai"],
        tail_lines=["Feedback: salote.naivalu@fijisun.example.com.fj", "SHARE", "Related Posts"],
        paras=P("""
Hotels in the Nadi area recorded an average occupancy of 92 per cent over the Easter long weekend, with strong
numbers from Australia and New Zealand as well as local holidaymakers.

Fiji Hotel and Tourism Association Western Division chair Vilikesa Raduva said most properties along Wailoaloa
Beach and on Denarau Island had been fully booked since early March.

"The school holidays in Australia and New Zealand lined up nicely with Easter this year, and that made a big
difference," he said.

Several resorts also reported more domestic guests, many of them families from Suva and Lautoka taking advantage
of special rates for Fiji residents.

Tourism Fiji figures show visitor arrivals for the first quarter of 2025 were 6 per cent higher than in the same
period last year.

Mr Raduva said the industry was still facing a shortage of skilled workers, particularly chefs and maintenance
staff, as many had left to work in Australia and New Zealand.

He called on the Government to expand training programmes at the Fiji National University to help fill the gaps.
"""),
        must_have=[
            "Tourism Fiji figures show visitor arrivals for the first quarter of 2025 were 6 per cent higher than in the "
            "same period last year.",
            "He called on the Government to expand training programmes at the Fiji National University to help fill the "
            "gaps.",
        ],
    ),
    # news-please shape (gzipped batch): Daily Monitor (Uganda), staff, upper-case byline, "Prime" label and app line.
    dict(
        cluster="monitor-gulu-shea-butter-processing",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="Gulu women turn to shea butter processing as prices rise",
        date="2024-06-25",
        dateline="",
        city=None,
        country="UG",
        region="africa",
        agency=None,
        authors=["Jasper Okello"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.monitor.example.co.ug/uganda/news/national/gulu-women-turn-to-shea-butter-processing-as-prices-rise-4671205",
        source_domain="www.monitor.example.co.ug",
        description="A kilogramme of refined shea butter now sells for about Shs18,000 in Gulu city markets.",
        np_authors=["Jasper Okello"],
        np_publish="2024-06-25 06:00:00",
        np_modify="2024-06-25 09:20:00",
        np_download="2024-06-25 11:48:31",
        head_lines=["By JASPER OKELLO", "More by this Author", "What you need to know:",
                    "Processed shea butter now fetches half as much again as two years ago, traders say."],
        tail_lines=["Download the Monitor app for the latest news", "RELATED"],
        paras=P("""
Women's groups in Gulu District have turned to processing shea nuts into butter and oil, as rising prices in local
and regional markets make the trade more rewarding than selling the raw nuts.

A kilogramme of refined shea butter now sells for about Shs18,000 in Gulu city markets, up from Shs12,000 two
years ago, traders say.

Ms Grace Atim, the chairperson of a cooperative of 60 women in Bungatira Sub-county, said members had pooled
their savings to buy a small pressing machine.

"Before, we sold the nuts to middlemen for very little. Now we keep the value here in the village," she said.

The district production officer, Mr Denis Ojok, said the shea tree was protected by law and urged residents to
stop cutting the trees for charcoal.

He said the district had distributed more than 4,000 shea seedlings to farmers since last year to restore trees
lost in the past decades.

Most of the butter is sold in Kampala and in South Sudan, where it is used for cooking and cosmetics.
"""),
        must_have=[
            "He said the district had distributed more than 4,000 shea seedlings to farmers since last year to restore "
            "trees lost in the past decades.",
            "Most of the butter is sold in Kampala and in South Sudan, where it is used for cooking and cosmetics.",
        ],
    ),
]


HOLDOUT_NOTES = {
    "purpose": "thirteenth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Boston Globe prints only an 'Updated' stamp, "
    "but its article:published_time is the same minute, so 2025-05-20; The Tribune (India) 'Updated At: Jan 10, 2025 "
    "12:15 AM (IST)' is an update, the story was posted on Jan 9; La Razón 'Última actualización', La Stampa "
    "'Aggiornato alle' and the Irish Times article:modified_time are updates; the Newcastle Herald record is dated "
    "2025-03-15 (its +11:00 article:published_time) although the crawler stamp is 2025-03-14T18:30Z; the Fiji Sun "
    "record prints 'April 23, 2025 7:30 am' (Fiji time) while the crawler stamp is 2025-04-22T19:30Z, so 2025-04-23; "
    "the Global Times stamp is Beijing time, and the Ashgabat dateline agrees on Oct 29",
    "dateline_city": "'Saint-Denis de La Réunion (AFP)' -> 'Saint-Denis' (the GeoNames name of Réunion's capital; "
    "'de La Réunion' only tells it from Saint-Denis near Paris), country RE; 'October 8, 2024 (PORT SUDAN) \u2013' "
    "(Sudan Tribune prints the date first and the city in brackets) -> 'Port Sudan'; 'Liputan6.com, Palembang - ' is "
    "the site's own staff dateline -> 'Palembang' (agency null); 'WILLEMSTAD - ' (Antilliaans Dagblad, staff) -> "
    "'Willemstad', country CW; 'ESKİŞEHİR (AA)' -> 'Eskişehir'; 'Görlitz (dpa/sn)' -> 'Görlitz' ('sn' is dpa's "
    "Saxony desk); pages without a dateline (Sarajevo Times, Gisborne Herald, La Stampa, La Tercera, Irish Times, "
    "Libya Observer, The Scoop, Die Presse, Polskie Radio, MercoPress, El Deber, Newcastle Herald, Fiji Sun, Daily "
    "Monitor, Dominica News Online) are null and take the country of the story's location",
    "agency_names": "short names: 'Reuters', 'AP', 'AFP', 'Kyodo', 'PTI', 'Anadolu', 'dpa', 'EFE', 'Lusa', 'Xinhua', "
    "'APA' (Austria Presse Agentur, 'von APA' and the '(APA)' sign-off), 'PAP' (Polska Agencja Prasowa, 'Autor: NAME "
    "(PAP)'), and 'FENA' (Federalna novinska agencija, Bosnia and Herzegovina; Sarajevo Times signs its copy "
    "'(Source: FENA)' at the end, with no dateline)",
    "agency_null": "MercoPress calls itself 'South Atlantic News Agency' but is a news site writing its own copy, not a "
    "wire whose copy others run: agency null; Liputan6.com's 'Liputan6.com, Palembang' and Antilliaans Dagblad's "
    "'WILLEMSTAD -' are staff datelines; Sudan Tribune, Libya Observer, The Scoop, El Deber and the other staff pages "
    "are null",
    "authors": "Morningstar prints the Reuters byline without diacritics ('By Stevan Vukovic') and the credit line with "
    "them ('Reporting by Stevan Vuković'): the label keeps the credit line's spelling; El Deber's 'Por Verónica Zapana "
    "S.' keeps the second-surname initial as printed; Daily Monitor 'By JASPER OKELLO' -> 'Jasper Okello'; PAP 'Autor: "
    "Marta Wiśniewska (PAP)' -> 'Marta Wiśniewska' ('mw/ par/' are desk initials, not names); Liputan6 'Oleh Rizky "
    "Aditya pada ...' -> 'Rizky Aditya'; La Stampa 'PAOLA RINALDI' -> 'Paola Rinaldi'; 'Quelle: DPA', 'Par AFP', 'Efe', "
    "'Lusa', 'von APA' and news-please/trafilatura author fields holding 'AFP', 'APA', 'PAP' or 'Reuters' are "
    "agencies, not authors",
    "editors": "Reuters 'Editing by Alison Marsh'; the Fiji Sun's 'Edited by Karalaini Tavai' line names the sub-editor "
    "in the same role as 'Editing by' and is labelled as editor",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text is kept: Morningstar 'REUTERS/Marko "
    "Djurica' after the caption; Dominica News Online '(Photo: DNO)' -> 'DNO'; Yeni Şafak 'Fotoğraf: AA' on its own "
    "line -> 'AA'; Gisborne Herald 'Picture: Liam Clayton' -> 'Liam Clayton'; La Stampa '(foto Franco Bosio)' -> "
    "'Franco Bosio'; La Tercera 'Foto: Andrés Pérez/Agencia Uno' -> 'Andrés Pérez/Agencia Uno'; RTP 'Foto: Eduardo "
    "Costa/Lusa' -> 'Eduardo Costa/Lusa'; The Scoop 'Photo: "
    "Ministry of Health' -> 'Ministry of Health'; Newcastle Herald 'Picture by Marina Neil' -> 'Marina Neil'; Boston "
    "Globe 'Ebbe Rosing/AP'; Liputan6 'Liputan6.com/Rizky Aditya'",
    "photo_credit_not_story_agency": "'Fotoğraf: AA', '/AP' and '/Lusa' photo credits agree with, but do not decide, "
    "the agency labels; the Ministry of Health and DNO credits are not agencies",
    "section": "HTML pages: article:section ('World', 'Regional', 'Asti', 'Nacional', 'Açores', 'Crime & Law', "
    "'Society', 'Curaçao', 'News', 'Hunter Wine' on the batched Newcastle Herald page); trafilatura: first category "
    "('Kultura' on Polskie Radio, 'Falkland Islands' on MercoPress, 'Salud' on El Deber, 'Nation & World' on the "
    "Seattle Times copy); text pages, news-please and newsbeam text records null, whatever section word the page "
    "prints near the title",
    "chrome": "correction notes (Irish Times), print-edition notes (Antilliaans Dagblad), app-download, WhatsApp, "
    "Telegram and Google News lines, comment counters, paywall offers, 'What you need to know' summaries and dpa's "
    "'dpa-infocom' ID line are chrome; standfirsts are neither chrome nor body",
    "regions": "Greenland (GL), Dominica (DM), Curaçao (CW), the Falkland Islands (FK), Chile and Bolivia -> americas; "
    "Réunion (RE), Libya (LY), Sudan (SD) and Uganda -> africa; Turkey, Japan, India, Indonesia, Brunei (BN) and "
    "Turkmenistan (TM) -> asia; Montenegro (ME), Andorra (AD), Bosnia and Herzegovina (BA), Germany, Italy, Portugal "
    "(the Azores), Ireland, Austria and Poland -> europe; Australia, New Zealand and Fiji -> oceania",
    "languages": "Turkish 'tr' (Yeni Şafak), Indonesian 'id' (Liputan6.com), Dutch 'nl' (Antilliaans Dagblad) and "
    "Polish 'pl' (Polskie Radio) appear next to en, es, fr, de, it and pt; RTP writes European Portuguese",
    "dno_roseau_river_dredging": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with the "
    "clean text; its must_have sentences contain no quotes or apostrophes; it kept no photo, so no caption",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"par afp", "quelle: dpa", "kyodo", "anadolu ajansı", "apa", "pap", "fena", "libya observer",
                "antilliaans dagblad", "mercopress", "sudan tribune", "the star", "correspondent", "web desk"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
