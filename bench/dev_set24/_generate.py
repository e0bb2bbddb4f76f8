#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's twenty-fourth development set (bench/dev_set24/, first written as the twenty-first held-out set).

    .venv/bin/python bench/dev_set24/_generate.py

Writes ``bench/dev_set24/articles/*`` and ``bench/dev_set24/labels.json``.  Output
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
bench/dev_set23/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout21_2025-a.jsonl"
JSONL_B = "crawl_holdout21_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Santo Domingo (Loop News page + copy on Kitco in a batch) ----

SANTODOMINGO = dict(
    cluster="reuters-santo-domingo-gold-exports-record",
    title="Dominican Republic gold exports hit record as prices soar",
    date="2025-05-14",
    dateline="SANTO DOMINGO, May 14 (Reuters) - ",
    city="Santo Domingo",
    country="DO",
    region="americas",
    agency="Reuters",
    authors=["Ramona Peguero", "Julian Ferraro"],
    editors=["Colette Brannigan"],
    lang="en",
    description="Shipments rose 31% in value in the first four months of the year, central bank data showed.",
    paras=P("""
The Dominican Republic's gold exports reached a record $1.42 billion in the first four months of 2025, up 31% from a
year earlier, as international prices offset a small drop in the volume shipped, central bank data showed on
Wednesday.

Gold is the Caribbean nation's largest single export, ahead of medical devices, cigars and cocoa, and accounts for
roughly a fifth of the country's goods sales abroad.

Volumes fell about 4% in the period, the data showed, because one of the two large mines in the central province of
Sanchez Ramirez processed lower-grade ore while a new tailings facility was being built.

"Prices are doing the heavy lifting this year," said Manuel Ortiz Bretón, an economist at a Santo Domingo brokerage.
"If the new tailings dam comes on line on schedule, we could see volumes recover in the second half."

The government collects royalties and a net profits tax from the mining companies, and the finance ministry has said
higher gold revenue would help it meet a deficit target of 3% of gross domestic product this year.

The central bank expects the economy to grow about 4.5% in 2025, supported by tourism, remittances and mining.
"""),
    must_have=[
        "Gold is the Caribbean nation's largest single export, ahead of medical devices, cigars and cocoa, and accounts "
        "for roughly a fifth of the country's goods sales abroad.",
        "The central bank expects the economy to grow about 4.5% in 2025, supported by tourism, remittances and mining.",
    ],
)

SANTODOMINGO_CREDITS = "(Reporting by Ramona Peguero; Additional reporting by Julian Ferraro in Mexico City; Editing by Colette Brannigan)"

# ---- cluster: AP, Kingston, Jamaica (San Diego Union-Tribune page + copy on the Spokesman-Review in a batch) ----

COFFEE = dict(
    cluster="ap-kingston-jamaica-blue-mountain-coffee",
    title="Jamaica's Blue Mountain coffee farmers face smaller crop after dry spell",
    date="2025-06-10",
    dateline="KINGSTON, Jamaica (AP) \u2014 ",
    city="Kingston",
    country="JM",
    region="americas",
    agency="AP",
    authors=["Delroy Whitaker", "Mariela Cruz"],
    editors=[],
    lang="en",
    description="Growers say the harvest could be the smallest in a decade.",
    paras=P("""
Farmers who grow Jamaica's prized Blue Mountain coffee expect their smallest harvest in a decade after months of dry
weather stunted cherries on the steep slopes east of the capital, industry officials said Tuesday.

The Jamaica Agricultural Commodities Regulatory Authority estimated the 2024-25 crop at about 180,000 boxes of
ripe cherries, down from roughly 260,000 boxes the previous season.

Blue Mountain coffee, grown above 3,000 feet in the parishes of St. Andrew, St. Thomas, Portland and St. Mary, is
among the most expensive coffees in the world, and most of it is shipped to Japan.

"Some of my trees didn't flower at all," said Clive Mattis, who farms about 6 acres near Mavis Bank. "We watched the
sky every day and the rain just never came."

Exporters said prices paid to farmers had risen by about a quarter, but that the increase would not make up for
the lost volume on many small farms.

The government has offered growers seedlings and fertilizer at reduced prices and is repairing farm roads in the
hills that were damaged by heavy rain in 2024.
"""),
    must_have=[
        "The Jamaica Agricultural Commodities Regulatory Authority estimated the 2024-25 crop at about 180,000 boxes of "
        "ripe cherries, down from roughly 260,000 boxes the previous season.",
        "Exporters said prices paid to farmers had risen by about a quarter, but that the increase would not make up "
        "for the lost volume on many small farms.",
    ],
)

COFFEE_CONTRIB = "Associated Press writer Mariela Cruz in San Juan, Puerto Rico, contributed to this report."

# ---- cluster: AFP, Ziguinchor (L'Obs page + copy on Seneweb in the gzipped batch) ----

ZIGUINCHOR = dict(
    cluster="afp-ziguinchor-anacarde-campagne-prix",
    title="Sénégal : en Casamance, la campagne de l'anacarde démarre sur fond de prix en baisse",
    date="2025-04-22",
    dateline="Ziguinchor (Sénégal) (AFP) - ",
    city="Ziguinchor",
    country="SN",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Le kilo de noix brute se négocie autour de 350 francs CFA, contre 500 l'an dernier.",
    paras=P("""
Sur les pistes de latérite autour de Ziguinchor, les camions chargés de sacs de noix de cajou ont commencé à rouler,
mais les producteurs de Casamance accueillent la nouvelle campagne avec inquiétude : les prix proposés par les
acheteurs sont nettement inférieurs à ceux de l'an dernier.

Le kilo de noix brute se négocie autour de 350 francs CFA bord champ, contre environ 500 francs CFA au début de la
campagne 2024, selon l'interprofession régionale.

« Avec 350 francs, on ne couvre même pas le coût de la main-d'oeuvre pour le ramassage », déplore Aliou Badji,
producteur à Bignona, qui possède quatre hectares de vergers.

Les exportateurs, pour la plupart des négociants travaillant pour des transformateurs indiens et vietnamiens,
expliquent cette baisse par l'abondance de l'offre mondiale et le recul des cours internationaux.

Le gouvernement a fixé un prix plancher de 300 francs CFA le kilo et promis de renforcer les contrôles sur les
pesées, souvent dénoncées par les paysans.

La Casamance produit l'essentiel de l'anacarde sénégalais, dont la quasi-totalité est exportée brute, faute d'usines
de transformation en nombre suffisant.
"""),
    must_have=[
        "Le kilo de noix brute se négocie autour de 350 francs CFA bord champ, contre environ 500 francs CFA au début de "
        "la campagne 2024, selon l'interprofession régionale.",
        "Le gouvernement a fixé un prix plancher de 300 francs CFA le kilo et promis de renforcer les contrôles sur les "
        "pesées, souvent dénoncées par les paysans.",
    ],
)

# ---- cluster: The Namibian, Rundu water cuts (page + noisy re-scrape) ----

RUNDU = dict(
    cluster="namibian-rundu-water-disconnections",
    title="Rundu town council cuts water to 1 400 households over unpaid bills",
    date="2025-07-08",
    dateline="",
    city=None,
    country="NA",
    region="africa",
    agency=None,
    authors=["Festus Hamutenya"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=P("""
The Rundu Town Council has disconnected water to about 1 400 households in the past two weeks as it tries to
recover more than N$38 million owed by residents, businesses and government offices.

Council spokesperson Ndapewa Shikongo said on Monday that the disconnections had been carried out mostly in the
Kehemu, Sauyemwa and Ndama suburbs, where many accounts had not been paid for more than a year.

She said residents who come to the council offices and sign an agreement to pay off their arrears in instalments
will be reconnected within 48 hours.

The council owes NamWater about N$21 million for bulk water, and the utility has warned that it could reduce supply
to the town if the debt is not settled.

Some residents told The Namibian that they could not afford the monthly instalments the council was asking for.

A mother of four in Sauyemwa, who did not want to be named, said her household had been without tap water for nine
days and was buying water from a neighbour at N$5 a container.

Shikongo said pensioners and registered indigent households would be offered a reduced instalment plan.
"""),
    must_have=[
        "She said residents who come to the council offices and sign an agreement to pay off their arrears in instalments "
        "will be reconnected within 48 hours.",
        "The council owes NamWater about N$21 million for bulk water, and the utility has warned that it could reduce "
        "supply to the town if the debt is not settled.",
    ],
)

RUNDU_PRE = ["The Namibian", "News", "Business", "Sport", "Opinion", "Entertainment", "Youth", "E-Paper", "Subscribe"]
RUNDU_HEAD = ["Festus Hamutenya", "2025-07-08"]
RUNDU_COPY = "\u00a9 2025 The Namibian Newspaper. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # The Namibian (original of the re-scrape cluster): staff, bare name line over an ISO date line, "Stay informed with The Namibian" WhatsApp line, "Related Posts" list.
    dict(
        RUNDU,
        role="original",
        file="namibian_rundu_water_disconnections.txt",
        pre=[RUNDU_PRE, ["Home", "News"]],
        head=[RUNDU_HEAD],
        inserts={3: ["Stay informed with The Namibian \u2013 your source for credible journalism. Get in-depth reporting and opinions for only N$85 a month. Invest in journalism, invest in democracy \u2013 Subscribe Now!"]},
        tail=[
            ["Stay up to date with the latest news. Join The Namibian's WhatsApp channel."],
            ["Related Posts", "Katima Mulilo residents march over water tariffs", "NamWater warns Gobabis over N$12m debt"],
            [RUNDU_COPY],
        ],
    ),
    dict(
        RUNDU,
        role="rescrape",
        file="namibian_rundu_water_disconnections_rescrape.txt.gz",
        noise=True,
        pre=[RUNDU_PRE],
        head=[RUNDU_HEAD],
        tail=[[RUNDU_COPY]],
    ),
    # The Statesman (India): PTI copy, "PTI | Nagpur | March 4, 2025 7:12 pm" line, "Nagpur, Mar 4 (PTI)" dateline with a single space, "Advertisement" and "Also Read" lines.
    dict(
        cluster="statesman-pti-nagpur-orange-exports-bangladesh",
        role="single",
        file="statesman_pti_nagpur_orange_exports_bangladesh.txt",
        render="text",
        title="Nagpur orange growers hit as exports to Bangladesh fall on higher import duty",
        date="2025-03-04",
        dateline="Nagpur, Mar 4 (PTI) ",
        city="Nagpur",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Statesman", "India", "World", "Cities", "Business", "Sports", "Opinion", "Entertainment", "Supplements"],
             ["Cities", "Nagpur"]],
        head=[["PTI | Nagpur | March 4, 2025 7:12 pm"]],
        inserts={1: ["Advertisement"], 3: ["Also Read | Vidarbha farmers demand cold storage at Warud mandi"]},
        tail=[["Advertisement"], ["Latest News"], ["\u00a9 2025 The Statesman Ltd. All rights reserved."]],
        paras=P("""
Exports of Nagpur oranges to Bangladesh have fallen by nearly half this season after Dhaka raised the import duty on
the fruit, leaving growers in the Vidarbha region with unsold stock and falling prices, traders said on Tuesday.

Bangladesh is the largest foreign market for the Nagpur mandarin, and in a normal year buys about 1.5 lakh tonnes of
the fruit from the Amravati and Nagpur districts.

Traders at the Kalamna market in Nagpur said only about 70,000 tonnes had been sent across the border since the
start of the ambia bahar season in October.

Wholesale prices have dropped to between Rs 18,000 and Rs 24,000 a tonne, compared with Rs 35,000 a tonne at the same
time last year, said Ramesh Kalbande, president of a local growers' association.

"Farmers spent heavily on drip irrigation and spraying this year. At these rates, many will not even recover their
costs," he said.

The Maharashtra State Agricultural Marketing Board has written to the Union commerce ministry seeking talks with
Bangladesh on the duty and support for transport to new markets in West Asia.

Growers have also asked the state government to set up processing units for juice and pulp near Warud and Morshi.
"""),
        must_have=[
            "Traders at the Kalamna market in Nagpur said only about 70,000 tonnes had been sent across the border since "
            "the start of the ambia bahar season in October.",
            "Growers have also asked the state government to set up processing units for juice and pulp near Warud and Morshi.",
        ],
    ),
    # Frankfurter Rundschau: dpa regional copy "Kassel (dpa/lhe) \u2013 " with an en dash, "Von: dpa" byline line, "Stand:" stamp, "Mehr zum Thema" insert, Ippen-style comment and newsletter lines.
    dict(
        cluster="fr-dpa-kassel-vgh-windpark-reinhardswald",
        role="single",
        file="frankfurterrundschau_dpa_kassel_windpark_urteil_de.txt",
        render="text",
        title="Windpark im Reinhardswald: Verwaltungsgerichtshof weist Klage von Naturschützern ab",
        date="2025-02-19",
        dateline="Kassel (dpa/lhe) \u2013 ",
        city="Kassel",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        pre=[["Frankfurter Rundschau", "Frankfurt", "Rhein-Main", "Hessen", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama"],
             ["Startseite", "Hessen"]],
        head=[["Stand: 19.02.2025, 15:48 Uhr"], ["Von: dpa"], ["Kommentare", "Drucken", "Teilen"]],
        inserts={2: ["Mehr zum Thema", "Streit um Windräder im Taunus: Landkreis legt Beschwerde ein"]},
        tail=[
            ["Rubriklistenbild: \u00a9 Uwe Zucchi/dpa"],
            ["Newsletter", "Alles aus Hessen \u2013 jeden Morgen kostenlos in Ihrem Postfach."],
            ["Kommentare"],
        ],
        paras=P("""
Der Bau von 18 Windkraftanlagen im nordhessischen Reinhardswald darf fortgesetzt werden. Der Hessische
Verwaltungsgerichtshof in Kassel wies am Mittwoch die Klage eines Naturschutzverbandes gegen die Genehmigung ab.

Der Verband hatte argumentiert, die Anlagen gefährdeten den Lebensraum von Schwarzstorch und Rotmilan und zerstörten
einen der ältesten Wälder Hessens. Das Gericht folgte dieser Auffassung nicht.

Das Regierungspräsidium Kassel habe die Auswirkungen auf geschützte Vogelarten ausreichend geprüft und mit
Abschaltzeiten während der Brutsaison angemessen berücksichtigt, sagte der Vorsitzende Richter bei der
Urteilsverkündung.

Eine Revision ließ der Senat nicht zu. Dagegen kann der Verband jedoch Beschwerde beim Bundesverwaltungsgericht in
Leipzig einlegen.

Die Anlagen sollen nach Angaben des Betreibers ab Ende 2025 Strom für rechnerisch rund 70.000 Haushalte liefern.
Gegen das Projekt hatte es seit Jahren Proteste von Anwohnern und Wanderverbänden gegeben.

Der Landkreis Kassel begrüßte die Entscheidung. Die Gemeinden in der Region sollen nach
Angaben des Betreibers jährlich mit rund 1,2 Millionen Euro an den Erträgen beteiligt werden.

Eine Sprecherin des Naturschutzverbandes sagte, man werde die schriftliche Urteilsbegründung abwarten und dann über
weitere Schritte entscheiden.
"""),
        must_have=[
            "Eine Revision ließ der Senat nicht zu.",
            "Die Anlagen sollen nach Angaben des Betreibers ab Ende 2025 Strom für rechnerisch rund 70.000 Haushalte liefern.",
        ],
    ),
    # Opinión (Bolivia): EFE copy "Cochabamba (Bolivia), 12 feb (EFE).- ", "Agencia EFE" line, numeric stamp, "Te puede interesar" insert, "Síguenos en WhatsApp" line.
    dict(
        cluster="opinion-efe-cochabamba-heladas-durazno",
        role="single",
        file="opinion_efe_cochabamba_heladas_durazno_es.txt",
        render="text",
        title="Heladas tardías dañan la mitad de los duraznales del valle alto de Cochabamba",
        date="2025-02-12",
        dateline="Cochabamba (Bolivia), 12 feb (EFE).- ",
        city="Cochabamba",
        country="BO",
        region="americas",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        pre=[["Opinión Bolivia", "Cochabamba", "País", "Economía", "Mundo", "Deportes", "Escenas", "Opinión"],
             ["Economía"]],
        head=[["Agencia EFE"], ["12/02/2025 16:35"]],
        inserts={2: ["Te puede interesar: Productores de papa piden créditos tras la sequía en Tiraque"]},
        tail=[["Síguenos en WhatsApp y recibe las noticias más importantes de Cochabamba."], ["Etiquetas:", "heladas", "durazno", "valle alto"]],
        paras=P("""
Las heladas registradas a fines de enero dañaron cerca de la mitad de las plantaciones de durazno del valle alto de
Cochabamba, en el centro de Bolivia, justo antes de la cosecha, informaron este miércoles productores y autoridades
locales.

La Asociación de Productores de Durazno de Punata estimó que unas 1.200 hectáreas resultaron afectadas en los
municipios de Punata, Arani, Cliza y Tolata.

"La fruta se quemó en el árbol, se pone negra y ya no sirve ni para la venta ni para el mocochinchi", dijo a EFE el
productor Félix Camacho, quien perdió casi toda su cosecha.

La Gobernación de Cochabamba declaró emergencia agropecuaria en la zona y anunció la entrega de abonos y plantines
para los agricultores afectados.

El precio de la caja de durazno en los mercados de la ciudad de Cochabamba subió de 80 a 140 bolivianos en dos
semanas, según comerciantes de La Cancha.

Bolivia produce cada año unas 40.000 toneladas de durazno, la mayor parte en los valles de Cochabamba, Chuquisaca y
Tarija.
"""),
        must_have=[
            "La Asociación de Productores de Durazno de Punata estimó que unas 1.200 hectáreas resultaron afectadas en los "
            "municipios de Punata, Arani, Cliza y Tolata.",
            "La Gobernación de Cochabamba declaró emergencia agropecuaria en la zona y anunció la entrega de abonos y "
            "plantines para los agricultores afectados.",
        ],
    ),
    # Il Mattino (Naples): ANSA copy "(ANSA) - SALERNO, 9 OTT - " inside the first paragraph, "Redazione ANSA" line, "RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA" and "Leggi anche" lines.
    dict(
        cluster="ilmattino-ansa-salerno-ruggi-pronto-soccorso",
        role="single",
        file="ilmattino_ansa_salerno_ruggi_pronto_soccorso_it.txt",
        render="text",
        title="Salerno, al Ruggi apre il nuovo pronto soccorso: 40 posti e area per i codici minori",
        date="2025-10-09",
        dateline="(ANSA) - SALERNO, 9 OTT - ",
        city="Salerno",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section=None,
        pre=[["Il Mattino", "Napoli", "Salerno", "Avellino", "Benevento", "Caserta", "Sport", "Politica", "Economia"],
             ["Salerno", "Cronaca"]],
        head=[["di Redazione ANSA"], ["Giovedì 9 Ottobre 2025, 13:47"], ["3 Minuti di Lettura"]],
        inserts={3: ["Leggi anche Salerno, lavori sul lungomare: chiusa la carreggiata verso il porto"]},
        tail=[["RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA"], ["Ultimo aggiornamento: 14:02"], ["Potrebbe interessarti anche", "Battipaglia, nuova rotatoria sulla statale 18"]],
        paras=P("""
È entrato in funzione questa mattina il nuovo pronto soccorso dell'azienda ospedaliera universitaria "San Giovanni
di Dio e Ruggi d'Aragona" di Salerno. La struttura, realizzata al piano terra del nuovo padiglione, dispone di 40 posti
letto di osservazione e di un'area separata per i codici minori.

L'intervento è costato circa 14 milioni di euro, finanziati in parte con fondi del Piano nazionale di ripresa e
resilienza.

Secondo la direzione sanitaria, il vecchio pronto soccorso registrava oltre 85mila accessi l'anno in spazi pensati
per meno della metà dei pazienti.

Nella nuova struttura sono previsti un percorso dedicato ai pazienti pediatrici, due sale per le emergenze e un'area
per l'osservazione breve intensiva.

"Chiediamo ai cittadini di rivolgersi al pronto soccorso solo per le vere urgenze e di utilizzare la guardia medica
per i problemi meno gravi", ha detto il direttore generale Vittorio Santangelo.

Il trasferimento dei pazienti dal vecchio reparto si è svolto nella notte senza interruzioni del servizio.
"""),
        must_have=[
            "L'intervento è costato circa 14 milioni di euro, finanziati in parte con fondi del Piano nazionale di ripresa "
            "e resilienza.",
            "Il trasferimento dei pazienti dal vecchio reparto si è svolto nella notte senza interruzioni del servizio.",
        ],
    ),
    # Renascença: Lusa copy with a "Viseu, 27 nov 2025 (Lusa) - " dateline, "Renascença com Lusa" line, Portuguese stamp, "Leia também" and podcast promo lines.
    dict(
        cluster="renascenca-lusa-viseu-incendios-condenacao",
        role="single",
        file="renascenca_lusa_viseu_incendio_condenacao_pt.txt",
        render="text",
        title="Homem condenado a seis anos de prisão por atear incêndio em Viseu",
        date="2025-11-27",
        dateline="Viseu, 27 nov 2025 (Lusa) - ",
        city="Viseu",
        country="PT",
        region="europe",
        agency="Lusa",
        authors=[],
        editors=[],
        lang="pt",
        section=None,
        pre=[["Renascença", "Notícias", "País", "Mundo", "Economia", "Desporto", "Religião", "Podcasts", "Rádios"],
             ["País"]],
        head=[["Renascença com Lusa"], ["27 nov, 2025 - 15:20"]],
        inserts={2: ["Leia também:", "Incêndios: área ardida em 2025 é a maior desde 2017"]},
        tail=[["Oiça a Renascença em direto e os nossos podcasts na app Renascença."], ["Tópicos", "Viseu", "Incêndios", "Justiça"]],
        paras=P("""
O Tribunal de Viseu condenou hoje a seis anos de prisão efetiva um homem de 47 anos acusado de atear um incêndio
florestal que consumiu cerca de 900 hectares no concelho em agosto do ano passado.

Segundo o acórdão, o arguido ateou o fogo junto a uma estrada municipal, numa zona de pinhal e mato, num dia em que
vigorava o alerta vermelho por risco de incêndio.

O incêndio obrigou à retirada de moradores de três aldeias e destruiu duas casas de primeira habitação, além de
armazéns agrícolas.

O coletivo de juízes considerou provado que o homem agiu de forma consciente e que já tinha sido condenado em 2019
por um crime semelhante, com pena suspensa.

O arguido, que esteve em prisão preventiva desde setembro de 2024, tinha negado a autoria do crime durante o
julgamento.

O advogado de defesa disse aos jornalistas, à saída do tribunal, que vai analisar o acórdão e ponderar recorrer
para o Tribunal da Relação de Coimbra.
"""),
        must_have=[
            "O incêndio obrigou à retirada de moradores de três aldeias e destruiu duas casas de primeira habitação, além "
            "de armazéns agrícolas.",
            "O arguido, que esteve em prisão preventiva desde setembro de 2024, tinha negado a autoria do crime durante o "
            "julgamento.",
        ],
    ),
    # NGS.RU (Novosibirsk): staff, name line with role, Russian stamp, "Поделиться" bar, "Читайте также" insert, Max/VK promo, comment counter and age mark.
    dict(
        cluster="ngs-novosibirsk-otopitelnyy-sezon",
        role="single",
        file="ngs_novosibirsk_otopitelnyy_sezon_ru.txt",
        render="text",
        title="В Новосибирске начали подавать тепло в жилые дома: когда батареи станут горячими везде",
        date="2025-09-22",
        dateline="",
        city=None,
        country="RU",
        region="europe",
        agency=None,
        authors=["Дарья Кузьмичёва"],
        editors=[],
        lang="ru",
        section=None,
        pre=[["НГС", "Новости", "Город", "Транспорт", "Недвижимость", "Авто", "Погода", "Доктор НГС"]],
        head=[["Дарья Кузьмичёва", "Корреспондент НГС"], ["22 сентября 2025, 11:05"], ["Поделиться"]],
        inserts={2: ["Читайте также: В Академгородке на неделю отключат горячую воду"]},
        tail=[
            ["Подписывайтесь на НГС в MAX и во «ВКонтакте», чтобы первыми узнавать главное."],
            ["Комментарии", "12"],
            ["18+"],
        ],
        paras=P("""
В Новосибирске в понедельник начали подавать тепло в жилые дома. Первыми отопление получают детские сады, школы и
больницы, затем многоквартирные дома, сообщили в мэрии.

Постановление о начале отопительного сезона подписано после того, как среднесуточная температура воздуха пять дней
подряд держалась ниже плюс восьми градусов.

По данным энергетиков, подключение всех домов займет около десяти дней. В первую очередь тепло подают в Октябрьский,
Дзержинский и Калининский районы.

Жителей просят не закрывать доступ в подвалы и сообщать в управляющие компании, если батареи остаются холодными
дольше трех суток после начала подключения района.

Летом в городе заменили около 40 километров теплосетей, однако на части участков работы еще продолжаются, из-за
чего в отдельных домах возможны задержки.

Горячая вода в большинстве домов при этом подается в обычном режиме, отключения возможны только на время
гидравлических испытаний.

В прошлом году отопительный сезон в Новосибирске начался 19 сентября. Тогда подключение всех жилых домов
затянулось почти на две недели из-за аварий на теплотрассах в Ленинском районе.

Узнать о сроках подачи тепла в конкретный дом можно на сайте мэрии или по телефону единой диспетчерской службы.
"""),
        must_have=[
            "Постановление о начале отопительного сезона подписано после того, как среднесуточная температура воздуха "
            "пять дней подряд держалась ниже плюс восьми градусов.",
            "В прошлом году отопительный сезон в Новосибирске начался 19 сентября.",
        ],
    ),
    # Sözcü: Anadolu copy with an upper-case "GİRESUN (AA)" dateline line of its own, "Kaynak: AA" credit line, stamp, "İlgili Haberler" list, Google News line.
    dict(
        cluster="sozcu-aa-giresun-findik-hasadi",
        role="single",
        file="sozcu_aa_giresun_findik_hasadi_tr.txt",
        render="text",
        title="Giresun'da fındık hasadı başladı: Üretici rekoltenin düşük olmasından endişeli",
        date="2025-08-19",
        dateline="GİRESUN (AA)\n",
        city="Giresun",
        country="TR",
        region="asia",
        agency="Anadolu",
        authors=[],
        editors=[],
        lang="tr",
        section=None,
        pre=[["SÖZCÜ", "Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Sağlık", "Seyahat", "Sözcü TV"],
             ["Ekonomi"]],
        head=[["Kaynak: AA"], ["Güncelleme: 19.08.2025 - 14:36"]],
        inserts={3: ["İlgili Haberler", "Fındıkta yeni sezon fiyatı için gözler TMO'da"]},
        tail=[["Sözcü'yü Google Haberler üzerinden takip edin."], ["Anahtar Kelimeler:", "fındık", "Giresun", "hasat"]],
        paras=P("""
Giresun'da sahil kesimindeki bahçelerde fındık hasadı başladı. Üreticiler, ilkbaharda yaşanan don ve yaz aylarındaki
kuraklık nedeniyle bu yıl rekoltenin geçen yılın oldukça altında kalmasından endişe ediyor.

Giresun Ticaret Borsası verilerine göre kentte geçen yıl yaklaşık 145 bin ton fındık üretilmişti. Bu yıl üretimin
100 bin ton civarında kalması bekleniyor.

Bulancak ilçesinde bahçesinde hasat yapan Hüseyin Kalkavan, "Dalların yarısı boş. Emeğimizin karşılığını alabilmek
için fiyatın iyi açıklanması lazım" dedi.

Hasat için Doğu ve Güneydoğu Anadolu'dan gelen mevsimlik tarım işçilerinin yevmiyesi bu yıl 1.100 lira olarak
belirlendi.

Fındık hasadının kıyı kesimlerde ağustos sonuna, yüksek kesimlerde ise eylül ortasına kadar sürmesi bekleniyor.

İl Tarım ve Orman Müdürlüğü, üreticileri hasat sırasında dalları kırmamaları ve fındığı nemli
zeminde bekletmemeleri konusunda uyardı. Yetkililer, kurutma sırasında yağmura yakalanan fındıkta aflatoksin
riskinin arttığını hatırlattı.

Toprak Mahsulleri Ofisi'nin (TMO) yeni sezon alım fiyatını önümüzdeki günlerde açıklaması bekleniyor. Üreticiler,
artan gübre, ilaç ve işçilik maliyetleri nedeniyle fiyatın geçen yılın belirgin şekilde üzerinde olmasını istiyor.

Türkiye, dünya fındık üretiminin yaklaşık yüzde 60'ını karşılıyor.
"""),
        must_have=[
            "Giresun Ticaret Borsası verilerine göre kentte geçen yıl yaklaşık 145 bin ton fındık üretilmişti.",
            "Hasat için Doğu ve Güneydoğu Anadolu'dan gelen mevsimlik tarım işçilerinin yevmiyesi bu yıl 1.100 lira olarak "
            "belirlendi.",
        ],
    ),
    # Tribun Pontianak: staff, "Laporan Wartawan Tribun Pontianak, NAME" line, "TRIBUNPONTIANAK.CO.ID, PONTIANAK - " site-name dateline, "Baca juga:" insert, "Editor:" line.
    dict(
        cluster="tribunpontianak-harga-karet-naik",
        role="single",
        file="tribunpontianak_harga_karet_naik_id.txt",
        render="text",
        title="Harga Karet di Kalbar Naik Jadi Rp 14 Ribu per Kilogram, Petani Mulai Bergairah",
        date="2025-05-27",
        dateline="TRIBUNPONTIANAK.CO.ID, PONTIANAK - ",
        city="Pontianak",
        country="ID",
        region="asia",
        agency=None,
        authors=["Ridwan Syahputra"],
        editors=["Hendra Saputra"],
        lang="id",
        section=None,
        pre=[["Tribunpontianak.co.id", "Home", "Pontianak", "Kalbar", "Nasional", "Bisnis", "Sport", "Video"],
             ["Home", "Bisnis"]],
        head=[["Laporan Wartawan Tribun Pontianak, Ridwan Syahputra"], ["Selasa, 27 Mei 2025 16:42 WIB"]],
        inserts={2: ["Baca juga: Harga TBS Sawit di Kalbar Periode Akhir Mei Turun Tipis"]},
        tail=[["Editor: Hendra Saputra"], ["Ikuti kami di Google News"], ["Berita Terkait", "Petani Karet Sanggau Keluhkan Pupuk Langka"]],
        paras=P("""
Harga karet di tingkat petani di sejumlah kabupaten di Kalimantan Barat naik menjadi sekitar Rp 14.000 per kilogram
dalam dua pekan terakhir, setelah sempat bertahan di kisaran Rp 10.000 pada awal tahun.

Kepala Bidang Perkebunan Dinas Pertanian Kalbar, Yohanes Tamin, mengatakan kenaikan harga dipicu naiknya harga karet
di pasar internasional dan berkurangnya pasokan dari negara produsen lain.

"Kami imbau petani menjaga kualitas bahan olah karet, jangan dicampur tanah atau kayu, supaya harga tidak dipotong
pabrik," kata Yohanes di Pontianak, Selasa.

Di Kabupaten Sanggau dan Sekadau, sejumlah petani mengaku kembali menyadap kebun karet yang sempat ditinggalkan
karena harga rendah.

Kalimantan Barat memiliki sekitar 390 ribu hektare kebun karet rakyat, sebagian besar dikelola secara swadaya oleh
petani kecil.

Meski begitu, petani di Kabupaten Landak dan Kapuas Hulu masih menerima harga lebih rendah, sekitar Rp
12.000 per kilogram, karena jarak yang jauh ke pabrik pengolahan dan mahalnya biaya angkut.

Pemerintah provinsi berencana memperluas program unit pengolahan dan pemasaran bahan olah karet agar petani bisa
menjual langsung ke pabrik.
"""),
        must_have=[
            "Di Kabupaten Sanggau dan Sekadau, sejumlah petani mengaku kembali menyadap kebun karet yang sempat ditinggalkan "
            "karena harga rendah.",
            "Kalimantan Barat memiliki sekitar 390 ribu hektare kebun karet rakyat, sebagian besar dikelola secara swadaya "
            "oleh petani kecil.",
        ],
    ),
    # Journal de Saint-Barth: weekly, staff, signature initials at the foot, issue-number line, "Publié dans le JSB n°" line, ad and classifieds lines.
    dict(
        cluster="jsb-gustavia-saison-touristique-bilan",
        role="single",
        file="journaldesaintbarth_saison_touristique_bilan_fr.txt",
        render="text",
        title="Saison touristique : des hôtels pleins mais des séjours plus courts",
        date="2025-05-15",
        dateline="",
        city=None,
        country="BL",
        region="americas",
        agency=None,
        authors=["Sophie Lédée"],
        editors=[],
        lang="fr",
        section=None,
        pre=[["Journal de Saint-Barth", "Actualités", "Île", "Économie", "Sport", "Culture", "Petites annonces", "Le journal en PDF"],
             ["Économie"]],
        head=[["JSB n°1602 \u2013 jeudi 15 mai 2025"]],
        inserts={2: ["Publicité"]},
        tail=[["Sophie Lédée"], ["Publié dans le JSB n°1602 du 15 mai 2025"], ["Consultez nos petites annonces : emploi, logement, véhicules."]],
        paras=P("""
La saison 2024-2025 s'achève sur un bilan contrasté pour les hôteliers de l'île. Le taux d'occupation moyen des
hôtels a atteint 81 % entre décembre et avril, selon le Comité territorial du tourisme, un niveau comparable à celui
de l'an dernier.

Mais la durée moyenne des séjours a encore reculé, à 5,8 nuits contre 6,4 nuits la saison précédente, et les
réservations de dernière minute se multiplient.

« Les clients viennent plus souvent mais moins longtemps, et ils réservent parfois dix jours avant d'arriver », résume
la directrice d'un établissement de Flamands.

Les villas de location ont connu une fréquentation un peu plus faible qu'en 2024, notamment en mars, tandis que les
arrivées à l'aéroport Rémy de Haenen ont progressé de 3 %.

Le port de Gustavia a accueilli 41 escales de grands yachts de plus que la saison dernière, ce qui a profité aux
commerces du centre.

Le Comité territorial du tourisme doit présenter en juin un plan pour attirer davantage de visiteurs en basse saison,
de juin à octobre.
"""),
        must_have=[
            "Mais la durée moyenne des séjours a encore reculé, à 5,8 nuits contre 6,4 nuits la saison précédente, et les "
            "réservations de dernière minute se multiplient.",
            "Le Comité territorial du tourisme doit présenter en juin un plan pour attirer davantage de visiteurs en basse "
            "saison, de juin à octobre.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_LOOP = site("Loop News", "https://caribbean.loopnews.example.com", " | Loop Caribbean News", "en_JM", "@LoopCaribbean",
                 ["News", "Business", "Sports", "Entertainment", "Lifestyle", "Caribbean", "World", "Videos"],
                 ["\u00a9 2025 Loop Caribbean. All Rights Reserved.", "About Us", "Advertise", "Privacy Policy"],
                 share=["Share on Facebook", "Share on WhatsApp", "Share on X", "Copy link"], top=["Jamaica", "Trinidad", "Barbados", "Cayman"])
SITE_SDUT = site("San Diego Union-Tribune", "https://www.sandiegouniontribune.example.com", " \u2013 San Diego Union-Tribune", "en_US", "@sdut",
                 ["Local News", "Sports", "Business", "Opinion", "Entertainment", "Food", "Travel", "Obituaries"],
                 ["Copyright \u00a9 2025, The San Diego Union-Tribune", "Terms of Service", "Privacy Policy", "Do Not Sell or Share My Personal Information"],
                 share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Sign In", "e-Newspaper"], skip="Skip to content")
SITE_OBS = site("L'Obs", "https://www.nouvelobs.example.com", " - L'Obs", "fr_FR", "@lobs",
                ["Politique", "Monde", "Société", "Économie", "Culture", "Planète", "Santé", "Opinions"],
                ["\u00a9 L'Obs 2025", "Mentions légales", "CGU", "Gestion des cookies"],
                share=["Partager", "Facebook", "X", "E-mail", "Copier le lien"], top=["Abonnez-vous", "Se connecter"],
                cookie="L'Obs et ses partenaires utilisent des cookies pour mesurer l'audience et afficher des publicités personnalisées.",
                cookie_title="Vos choix concernant les cookies", buttons=["Accepter et fermer", "Refuser et s'abonner", "Paramétrer"])
SITE_STAR = site("Toronto Star", "https://www.thestar.example.com", " | The Star", "en_CA", "@TorontoStar",
                 ["Home", "GTA", "Canada", "Politics", "World", "Business", "Sports", "Life", "Opinion"],
                 ["\u00a9 Copyright Toronto Star Newspapers Ltd. All rights reserved.", "Terms of Use", "Privacy Policy"],
                 share=["Share this article", "Facebook", "X", "Email", "Gift this article"], top=["Subscribe", "Sign In"])
SITE_TAGI = site("Tages-Anzeiger", "https://www.tagesanzeiger.example.ch", " | Tages-Anzeiger", "de_CH", "@tagesanzeiger",
         ["Zürich", "Schweiz", "International", "Wirtschaft", "Sport", "Kultur", "Leben", "Meinungen"],
         ["\u00a9 Tamedia 2025", "Impressum", "Datenschutz", "AGB"],
         share=["Artikel teilen", "WhatsApp", "E-Mail", "Link kopieren"], top=["Abo", "Login"])
SITE_LAVOZ = site("La Voz de Galicia", "https://www.lavozdegalicia.example.es", " - La Voz de Galicia", "es_ES", "@lavozdegalicia",
                  ["Galicia", "A Coruña", "Vigo", "Santiago", "Ourense", "Lugo", "España", "Deportes", "Opinión"],
                  ["\u00a9 Copyright LA VOZ DE GALICIA S.A.", "Aviso legal", "Política de privacidad", "Cookies"],
                  share=["Compartir", "Facebook", "X", "WhatsApp", "Email"], top=["Suscríbete", "Identifícate"],
                  cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.",
                  buttons=["Aceptar", "Más información"])
SITE_STANDAARD = site("De Standaard", "https://www.standaard.example.be", " | De Standaard", "nl_BE", "@destandaard",
                      ["Binnenland", "Buitenland", "Economie", "Cultuur", "Sport", "Opinie", "Podcasts", "Puzzels"],
                      ["\u00a9 2025 Mediahuis NV", "Privacybeleid", "Cookiebeleid", "Algemene voorwaarden"],
                      share=["Deel", "Facebook", "X", "LinkedIn", "Mail"], top=["Abonneer", "Aanmelden"])
SITE_9NEWS = site("9News", "https://www.9news.example.com.au", " | 9News", "en_AU", "@9NewsAUS",
                  ["National", "World", "Politics", "Health", "Weather", "Sport", "Videos", "9Now"],
                  ["\u00a9 Nine Digital Pty Ltd 2025", "Privacy Policy", "Terms of Use"],
                  share=["Share to Facebook", "Share to X", "Copy link"])
SITE_AGAZETA = site("A Gazeta", "https://www.agazeta.example.com.br", " | A Gazeta", "pt_BR", "@agazetaes",
                    ["Capixaba", "Política", "Economia", "Esportes", "Entretenimento", "Colunas", "Podcasts", "Imóveis"],
                    ["\u00a9 2025 Rede Gazeta. Todos os direitos reservados.", "Termos de uso", "Política de privacidade"],
                    share=["Compartilhe", "Facebook", "WhatsApp", "X", "Copiar link"], top=["Assine", "Entrar"])

HTML_STORIES = [
    # -- Loop News (original of the Reuters cluster): "Reuters" byline, weekday stamp, "REUTERS/NAME/File Photo" credit, credits line, "Read next" box --
    dict(
        SANTODOMINGO,
        role="original",
        file="loopnews_reuters_santo_domingo_gold_exports.html",
        render="html",
        site=SITE_LOOP,
        section="Business",
        meta_section="Business",
        url="https://caribbean.loopnews.example.com/content/dominican-republic-gold-exports-hit-record-prices-soar",
        published="2025-05-14T14:48:00-05:00",
        modified="2025-05-14T14:48:00-05:00",
        ld_author=[{"@type": "Organization", "name": "Reuters"}],
        breadcrumbs=["Business", "Caribbean"],
        byline_lines=["Reuters"],
        date_lines=["Wed, 14 May 2025 2:48 PM"],
        caption="Gold bars are seen at a refinery in a file photo.",
        credit="REUTERS/Kenji Harada",
        credit_shown="REUTERS/Kenji Harada/File Photo",
        inserts={2: [("box", "Read next", ["Jamaica's remittances dip 2% in first quarter", "Guyana oil output tops 650,000 bpd"])]},
        end_lines=[SANTODOMINGO_CREDITS],
        tags=("Tags", ["Dominican Republic", "gold", "mining", "Reuters"]),
        lists=[("Most Read", ["Barbados hikes bus fares for first time since 2013", "Trinidad heat alert extended"])],
    ),
    # -- San Diego Union-Tribune (original of the AP cluster): "By Delroy Whitaker | The Associated Press" byline, "Published" stamp, "(AP Photo/...)" credit, contributor line, newsletter promo --
    dict(
        COFFEE,
        role="original",
        file="sandiegouniontribune_ap_kingston_blue_mountain_coffee.html",
        render="html",
        site=SITE_SDUT,
        section="World",
        meta_section="World",
        url="https://www.sandiegouniontribune.example.com/2025/06/10/jamaicas-blue-mountain-coffee-farmers-face-smaller-crop-after-dry-spell/",
        published="2025-06-10T10:26:00-07:00",
        modified="2025-06-10T11:02:00-07:00",
        meta_author="Delroy Whitaker | The Associated Press",
        ld_author=[{"@type": "Person", "name": "Delroy Whitaker | The Associated Press"}],
        byline_lines=["By Delroy Whitaker | The Associated Press"],
        date_lines=["Published June 10, 2025 at 10:26 AM PDT"],
        caption="A farmer picks coffee cherries in the Blue Mountains near Mavis Bank, Jamaica, on May 28, 2025.",
        credit="AP Photo/Tamika Reid",
        credit_shown="(AP Photo/Tamika Reid)",
        inserts={3: [("promo", ["Get the latest world headlines in your inbox with our free daily newsletter.", "Sign up"])]},
        end_lines=[COFFEE_CONTRIB],
        tags=("More about:", ["Associated Press", "Caribbean", "Agriculture"]),
        lists=[("Trending", ["Padres rally past Dodgers in 10th", "Tijuana River sewage flows hit new high"])],
    ),
    # -- L'Obs (original of the AFP cluster): "L'Obs avec AFP" byline, "Publié le" stamp, "\u00a9 NAME / AFP" credit, paywall-style "Article réservé" line, "Lire aussi" link --
    dict(
        ZIGUINCHOR,
        role="original",
        file="nouvelobs_afp_ziguinchor_anacarde_prix_fr.html",
        render="html",
        site=SITE_OBS,
        section="Monde",
        meta_section="Monde",
        url="https://www.nouvelobs.example.com/monde/20250422.OBS102458/senegal-en-casamance-la-campagne-de-l-anacarde-demarre-sur-fond-de-prix-en-baisse.html",
        published="2025-04-22T15:05:00+02:00",
        modified="2025-04-22T15:05:00+02:00",
        ld_author=[{"@type": "Organization", "name": "L'Obs avec AFP"}],
        breadcrumbs=["Monde", "Afrique"],
        byline_lines=["L'Obs avec AFP"],
        date_lines=["Publié le 22 avril 2025 à 15h05"],
        caption="Des noix de cajou sèchent au soleil près de Ziguinchor, le 18 avril 2025.",
        credit="Ibrahima Ndour / AFP",
        credit_shown="\u00a9 Ibrahima Ndour / AFP",
        inserts={2: [("link", "Lire aussi", "Au Sénégal, la pêche artisanale face à la raréfaction de la sardinelle")]},
        tags=("Sur le même sujet", ["Sénégal", "Agriculture", "Afrique"]),
        lists=[("Les plus lus", ["Météo : un week-end sous la pluie", "Ce qu'il faut retenir du conseil des ministres"])],
    ),
    # -- Toronto Star: CP court story "KINGSTON, Ont. - " (hyphen), byline over "The Canadian Press", late-evening stamp that is the next day in UTC, "Report an error" and "Join the conversation" lines --
    dict(
        cluster="torontostar-cp-kingston-marina-bookkeeper-fraud",
        role="single",
        file="torontostar_cp_kingston_marina_bookkeeper_fraud.html",
        render="html",
        site=SITE_STAR,
        title="Former marina bookkeeper sentenced to two years less a day for $410,000 fraud",
        date="2025-09-16",
        dateline="KINGSTON, Ont. - ",
        city="Kingston",
        country="CA",
        region="americas",
        agency="CP",
        authors=["Aaron Lindqvist"],
        editors=[],
        lang="en",
        section="Canada",
        meta_section="Canada",
        url="https://www.thestar.example.com/news/canada/former-marina-bookkeeper-sentenced-to-two-years-less-a-day-for-410-000-fraud/article_7c2e19a4.html",
        description="The woman used the company's accounts to pay her own credit cards over six years, a judge heard.",
        published="2025-09-16T21:10:00-04:00",
        modified="2025-09-16T21:10:00-04:00",
        ld_author=[{"@type": "Person", "name": "Aaron Lindqvist"}],
        byline_lines=["Aaron Lindqvist", "The Canadian Press"],
        date_lines=["Sept. 16, 2025"],
        below_body=[("report", "Report an error"), ("standards", "Journalistic Standards"), ("about", "About The Star")],
        comments=["Join the conversation", "Conversations are opinions of our readers and are subject to the Community Guidelines."],
        paras=P("""
A former bookkeeper at a marina on the Cataraqui River has been sentenced to two years less a day in jail for
stealing more than $410,000 from her employer over six years.

Linda Marchbank, 61, pleaded guilty in Ontario Court of Justice in Kingston to one count of fraud over $5,000.

Court heard she used the marina's online banking to pay her personal credit card bills and transferred money to an
account she controlled, recording the payments as fuel and parts purchases.

The fraud came to light in 2023 when the marina's owners hired a new accountant, who noticed that supplier invoices
did not match the payments in the books.

Justice Hélène Carrier said Marchbank had abused the trust of a small family business that treated her "like one of
their own."

"This was not a single lapse of judgment. It was a planned and repeated deception," the judge said.

Marchbank was also ordered to pay restitution of $410,600. Her lawyer told the court she had already repaid about
$35,000 after selling a vehicle.

She will serve her sentence in a provincial jail, followed by two years of probation.
"""),
        must_have=[
            "Linda Marchbank, 61, pleaded guilty in Ontario Court of Justice in Kingston to one count of fraud over $5,000.",
            "She will serve her sentence in a provincial jail, followed by two years of probation.",
        ],
    ),
    # -- Tages-Anzeiger: staff, name plus "Publiziert:" stamp, "Abo" badge kicker, "Fehler gefunden? Jetzt melden." line, author bio --
    dict(
        cluster="tagesanzeiger-winterthur-ksw-defizit",
        role="single",
        file="tagesanzeiger_winterthur_kantonsspital_defizit_de.html",
        render="html",
        site=SITE_TAGI,
        title="Kantonsspital Winterthur schreibt erneut ein Millionendefizit",
        date="2025-03-04",
        dateline="",
        city=None,
        country="CH",
        region="europe",
        agency=None,
        authors=["Nadine Zürcher"],
        editors=[],
        lang="de",
        section="Zürich",
        meta_section="Zürich",
        url="https://www.tagesanzeiger.example.ch/kantonsspital-winterthur-schreibt-erneut-ein-millionendefizit-428155732140",
        description="Das KSW verbucht für 2024 einen Verlust von 23 Millionen Franken. Die Spitalleitung will Stellen streichen.",
        published="2025-03-04T17:40:00+01:00",
        modified="2025-03-04T17:40:00+01:00",
        kicker="Abo",
        byline_lines=["Nadine Zürcher"],
        date_lines=["Publiziert: 04.03.2025, 17:40"],
        caption="Das Hauptgebäude des Kantonsspitals Winterthur.",
        credit="Urs Jaudas",
        credit_shown="Foto: Urs Jaudas",
        end_lines=["Fehler gefunden? Jetzt melden."],
        author_box=["Nadine Zürcher ist Redaktorin im Ressort Zürich und schreibt über Gesundheit und Winterthur."],
        lists=[("Meistgelesen", ["Seeuferweg: Gemeinde zieht Rekurs weiter", "Neue Tramlinie nach Altstetten verzögert sich"])],
        paras=P("""
Das Kantonsspital Winterthur (KSW) hat das vergangene Jahr mit einem Verlust von 23,4 Millionen Franken
abgeschlossen. Bereits 2023 hatte das Spital ein Defizit von knapp 30 Millionen Franken ausgewiesen.

Der Umsatz stieg zwar um 4 Prozent auf 642 Millionen Franken, und die Zahl der stationären Patientinnen und
Patienten erreichte mit rund 30'900 einen Höchststand.

Doch die Kosten für Personal und Material seien stärker gewachsen als die Erträge, teilte das KSW am Dienstag mit.
Die Tarife für ambulante Behandlungen deckten die Kosten bei weitem nicht.

Spitaldirektor Bernhard Wyss kündigte an, bis Ende 2026 rund 120 Vollzeitstellen abzubauen, vor allem in der
Verwaltung und durch natürliche Abgänge. Entlassungen seien nicht ausgeschlossen.

Die Gewerkschaft VPOD kritisierte den Abbau. Das Personal sei bereits heute am Anschlag, schrieb sie in einer
Mitteilung.

Der Kanton Zürich als Eigentümer will vorerst kein zusätzliches Geld einschiessen. Die Gesundheitsdirektion erwarte
vom Spital, dass es seine Finanzen aus eigener Kraft stabilisiere, hiess es.
"""),
        must_have=[
            "Der Umsatz stieg zwar um 4 Prozent auf 642 Millionen Franken, und die Zahl der stationären Patientinnen und "
            "Patienten erreichte mit rund 30'900 einen Höchststand.",
            "Die Gewerkschaft VPOD kritisierte den Abbau.",
        ],
    ),
    # -- La Voz de Galicia: staff, two bylines, "dd/mm/aaaa hh:mm h" stamp, "Actualizado a las" update, "Foto:" style credit with agency-like name, "Comentar \u00b7 0" counter --
    dict(
        cluster="lavozdegalicia-ourense-termas-cierre-obras",
        role="single",
        file="lavozdegalicia_ourense_termas_outariz_obras_es.html",
        render="html",
        site=SITE_LAVOZ,
        title="Las termas de Outariz cerrarán tres meses para renovar las piscinas",
        date="2025-01-14",
        dateline="",
        city=None,
        country="ES",
        region="europe",
        agency=None,
        authors=["María Xesús Ferreiro", "Antón Lamas"],
        editors=[],
        lang="es",
        section="Ourense",
        meta_section="Ourense",
        url="https://www.lavozdegalicia.example.es/noticia/ourense/ourense/2025/01/14/termas-outariz-cerraran-tres-meses-renovar-piscinas/0003_202501O14C3991.htm",
        description="El Concello invertirá 1,8 millones en el complejo termal más visitado de la ciudad.",
        published="2025-01-14T05:00:00+01:00",
        modified="2025-01-14T09:12:00+01:00",
        byline_lines=["María Xesús Ferreiro", "Antón Lamas"],
        date_lines=["14/01/2025 05:00 h", "Actualizado a las 09:12 h"],
        caption="Bañistas en las pozas de Outariz, junto al río Miño.",
        credit="Santi M. Amil",
        credit_shown="Santi M. Amil",
        above_body=[("comments-count", "Comentar \u00b7 0")],
        inserts={2: [("ad", "Publicidad")]},
        lists=[("Lo más leído", ["Detenido en O Carballiño por robar en casas de segunda vivienda", "La niebla obliga a desviar vuelos de Peinador"])],
        paras=P("""
El complejo termal de Outariz, el más visitado de Ourense, cerrará sus puertas del 3 de febrero al 30 de abril para
renovar sus piscinas y los vestuarios, según anunció este lunes el Concello.

Las obras, con un presupuesto de 1,8 millones de euros, incluyen la sustitución del revestimiento de las cuatro pozas
principales, un nuevo sistema de filtrado del agua y la mejora de los accesos para personas con movilidad reducida.

Las termas recibieron el año pasado más de 310.000 bañistas, un 12 % más que en 2023, según los datos municipales.

Durante el cierre seguirán abiertas las pozas gratuitas de A Chavasqueira y de O Muíño da Veiga, que el Concello
reforzará con personal de vigilancia los fines de semana.

El sector hostelero de la zona del paseo fluvial ha pedido que las obras no se prolonguen más allá de Semana Santa,
cuando se concentra buena parte de los visitantes de fuera de Galicia.

La concejala de Turismo aseguró que el contrato incluye penalizaciones por retraso.
"""),
        must_have=[
            "Las termas recibieron el año pasado más de 310.000 bañistas, un 12 % más que en 2023, según los datos municipales.",
            "La concejala de Turismo aseguró que el contrato incluye penalizaciones por retraso.",
        ],
    ),
    # -- De Standaard: Belga copy with no dateline, "belga" byline in lower case, Dutch weekday stamp, "Gratis" kicker, "Lees ook" box and "Reageren" line --
    dict(
        cluster="standaard-belga-oostende-zandsuppletie",
        role="single",
        file="standaard_belga_oostende_zandsuppletie_nl.html",
        render="html",
        site=SITE_STANDAARD,
        title="Oostende krijgt 600.000 kubieke meter extra zand na winterstormen",
        date="2025-02-07",
        dateline="",
        city=None,
        country="BE",
        region="europe",
        agency="Belga",
        authors=[],
        editors=[],
        lang="nl",
        section="Binnenland",
        meta_section="Binnenland",
        url="https://www.standaard.example.be/cnt/dmf20250207_96321458",
        description="De Vlaamse overheid versterkt het strand tussen het Kursaal en Mariakerke.",
        published="2025-02-07T16:32:00+01:00",
        modified="2025-02-07T16:32:00+01:00",
        ld_author=[{"@type": "Organization", "name": "belga"}],
        kicker="Gratis",
        byline_lines=["belga"],
        date_lines=["vrijdag 7 februari 2025 om 16.32 uur"],
        caption="Het strand van Oostende na de storm van eind januari.",
        credit="belga",
        credit_shown="\u00a9 belga",
        inserts={2: [("box", "Lees ook", ["Kusttram rijdt vanaf april opnieuw tot De Panne", "Stormschade aan dijk in Wenduine valt mee"])]},
        comments=["Reageren", "Log in om te reageren."],
        paras=P("""
Op het strand van Oostende wordt de komende weken 600.000 kubieke meter zand opgespoten. Daarmee wil de Vlaamse
overheid de zandverliezen van de voorbije winterstormen compenseren, zo meldt het Agentschap Maritieme Dienstverlening
en Kust.

De werken concentreren zich op het strand tussen het Kursaal en Mariakerke, waar de stormen van eind januari op
sommige plaatsen tot anderhalve meter zand hebben weggeslagen.

Het zand wordt met een sleephopperzuiger op zee opgezogen en via een leiding naar het strand gepompt. De werken
kosten ongeveer 7,5 miljoen euro.

Tijdens de werken zijn telkens delen van het strand van ongeveer 300 meter afgesloten voor het publiek. De dijk blijft
wel toegankelijk.

De zandsuppletie moet klaar zijn voor de paasvakantie. Volgens het agentschap beschermt een breder strand de stad
beter tegen een zware storm die statistisch eens in de duizend jaar voorkomt.

Handelaars op de dijk reageren opgelucht dat de werken voor het begin van het toeristische seizoen klaar zijn.

Ook in Middelkerke en Bredene staan dit voorjaar kleinere zandsuppleties gepland.
"""),
        must_have=[
            "Het zand wordt met een sleephopperzuiger op zee opgezogen en via een leiding naar het strand gepompt.",
            "Ook in Middelkerke en Bredene staan dit voorjaar kleinere zandsuppleties gepland.",
        ],
    ),
    # -- 9News (gzipped): AAP copy without a dateline, "By Australian Associated Press" byline, "4:12pm Nov 11, 2025" stamp, "Supplied" credit, "READ MORE" link --
    dict(
        cluster="9news-aap-christmas-island-red-crab-migration",
        role="single",
        file="9news_aap_christmas_island_red_crab_migration.html.gz",
        render="html",
        site=SITE_9NEWS,
        title="Roads close on Christmas Island as millions of red crabs head for the sea",
        date="2025-11-11",
        dateline="",
        city=None,
        country="CX",
        region="oceania",
        agency="AAP",
        authors=[],
        editors=[],
        lang="en",
        section="National",
        meta_section="National",
        url="https://www.9news.example.com.au/national/christmas-island-red-crab-migration-roads-closed/6b0d2c4e-1f3a-4c8e-9a51-7e2d4b8f0c13",
        description="Parks staff expect the main spawning event in the first week of December.",
        published="2025-11-11T16:12:00+11:00",
        modified="2025-11-11T16:12:00+11:00",
        ld_author=[{"@type": "Organization", "name": "Australian Associated Press"}],
        byline_lines=["By Australian Associated Press"],
        date_lines=["4:12pm Nov 11, 2025"],
        caption="Red crabs cross a road on Christmas Island during a previous migration.",
        credit="Supplied",
        credit_shown="(Supplied)",
        inserts={3: [("link", "READ MORE:", "Cocos Islands residents to get new desalination plant")]},
        below_body=[("sign-off", "Sign up here to receive our daily newsletter")],
        paras=P("""
Roads across Christmas Island have been closed as tens of millions of red crabs begin their annual march from the
rainforest to the coast to breed.

Parks Australia said the first heavy wet-season rains fell on the Australian territory in the Indian Ocean over the
weekend, triggering the migration several days earlier than last year.

Rangers have put up temporary barriers and diverted traffic on parts of the main road between the settlement and
the airport, while crab bridges and underpasses are helping the animals cross safely.

Residents have been asked to drive slowly, use rakes to gently move crabs off the road and check under their cars
before setting off.

About 100 million adult red crabs are estimated to live on the island, according to the latest survey.

Parks Australia's island manager, Kieran Boyd, said the main spawning event was expected around the last quarter of
the moon in the first week of December.

"It's one of the great natural spectacles on the planet, and we're expecting a big year," he said.

Visitors who planned to see the migration had been encouraged to book flights and accommodation early.
"""),
        must_have=[
            "Residents have been asked to drive slowly, use rakes to gently move crabs off the road and check under their "
            "cars before setting off.",
            "About 100 million adult red crabs are estimated to live on the island, according to the latest survey.",
        ],
    ),
    # -- A Gazeta (Espírito Santo): staff, "Nome" + "Repórter / ..." lines, "Publicado em" and "Atualizado em" stamps, "Foto:" credit, "LEIA MAIS" list and WhatsApp channel line --
    dict(
        cluster="agazeta-vitoria-chuva-marco-recorde",
        role="single",
        file="agazeta_vitoria_chuva_marco_recorde_pt.html",
        render="html",
        site=SITE_AGAZETA,
        title="Vitória tem o março mais chuvoso em 20 anos, aponta Incaper",
        date="2025-03-31",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Thaís Borgo"],
        editors=[],
        lang="pt",
        section="Capixaba",
        meta_section="Capixaba",
        url="https://www.agazeta.example.com.br/es/cotidiano/vitoria-tem-o-marco-mais-chuvoso-em-20-anos-aponta-incaper-0325",
        description="Capital acumulou 312 milímetros no mês, mais que o dobro da média histórica.",
        published="2025-03-31T19:25:00-03:00",
        modified="2025-03-31T21:40:00-03:00",
        byline_lines=["Thaís Borgo", "Repórter / tborgo@redegazeta.example.com.br"],
        date_lines=["Publicado em 31/03/2025 às 19h25", "Atualizado em 31/03/2025 às 21h40"],
        caption="Alagamento na Avenida Leitão da Silva, em Vitória, na última sexta-feira.",
        credit="Vitor Jubini",
        credit_shown="Foto: Vitor Jubini",
        inserts={2: [("box", "LEIA MAIS", ["Defesa Civil emite alerta para deslizamentos na Grande Vitória", "Chuva derruba árvore em Jardim da Penha"])]},
        newsletter_end=["Receba as principais notícias do ES pelo canal de A Gazeta no WhatsApp"],
        paras=P("""
Vitória registrou em março de 2025 o mês de março mais chuvoso dos últimos 20 anos. Segundo dados do Instituto
Capixaba de Pesquisa, Assistência Técnica e Extensão Rural (Incaper), a capital acumulou 312 milímetros de chuva até
a tarde desta segunda-feira (31).

O volume é mais que o dobro da média histórica para o mês, que é de cerca de 140 milímetros.

A maior parte da chuva caiu em apenas quatro dias, entre 25 e 28 de março, quando ruas de bairros como Jardim da
Penha, Bento Ferreira e Maruípe ficaram alagadas.

De acordo com a meteorologista do Incaper Clarissa Vanzetto, a combinação de uma frente fria com a umidade vinda
da Amazônia explica os temporais.

A Defesa Civil municipal informou que recebeu 46 chamados por risco de deslizamento durante o mês, mas não houve
feridos.

Para abril, a previsão é de chuvas dentro da média, com temperaturas mais amenas a partir da segunda quinzena.
"""),
        must_have=[
            "O volume é mais que o dobro da média histórica para o mês, que é de cerca de 140 milímetros.",
            "A Defesa Civil municipal informou que recebeu 46 chamados por risco de deslizamento durante o mês, mas não "
            "houve feridos.",
        ],
    ),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, The Phnom Penh Post: staff, "Name | Publication date ..." line, "Read more:" insert, "Sign up for our newsletter" and app-download lines.
    dict(
        cluster="phnompenhpost-kampot-pepper-prices",
        role="single",
        file="newsplease_phnompenhpost_kampot_pepper_prices.json",
        render="newsplease",
        title="Kampot pepper farmers see prices rise as EU demand recovers",
        date="2025-06-24",
        dateline="",
        city=None,
        country="KH",
        region="asia",
        agency=None,
        authors=["Sok Chanthy"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.phnompenhpost.example.com/business/kampot-pepper-farmers-see-prices-rise-eu-demand-recovers",
        source_domain="www.phnompenhpost.example.com",
        description="Red Kampot pepper now fetches up to $38 a kilogramme at the farm gate.",
        np_authors=["Sok Chanthy"],
        np_publish="2025-06-24 18:20:00",
        np_modify=None,
        np_download="2025-06-25 02:11:48",
        head_lines=["Sok Chanthy | Publication date 24 June 2025 | 18:20 ICT"],
        inserts={2: ["Read more: Cambodia's cashew exports to Vietnam climb 20 per cent"]},
        tail_lines=["Sign up for our newsletter and get the top stories delivered to your inbox.",
                    "Download The Post app on the App Store and Google Play."],
        paras=P("""
Farm-gate prices for Kampot pepper have risen by about 15 per cent this year as buyers in the European Union return
after two years of weak orders, according to the Kampot Pepper Promotion Association.

Black Kampot pepper now sells for about $22 a kilogramme at the farm gate, while red pepper, which is left longer on
the vine, fetches up to $38, the association said.

The association's vice-president, Mao Sopheak, said European importers accounted for more than half of the 120
tonnes of certified pepper sold last year, followed by buyers in Japan, South Korea and the United States.

"Buyers are coming back because they trust the geographical indication. They know where the pepper comes from and
how it is grown," he said.

Kampot pepper received protected geographical indication status in the EU in 2016, the first Cambodian product to
do so.

About 450 families in Kampot and Kep provinces are members of the association, which sets rules on planting,
harvesting and drying.

Farmers say higher costs for organic fertiliser and labour mean the price increase has only partly improved their
income.
"""),
        must_have=[
            "Black Kampot pepper now sells for about $22 a kilogramme at the farm gate, while red pepper, which is left "
            "longer on the vine, fetches up to $38, the association said.",
            "Kampot pepper received protected geographical indication status in the EU in 2016, the first Cambodian product "
            "to do so.",
        ],
    ),
    # news-please, L'Avenir (Belgium): staff, initials-plus-name signature at the foot, "Abonné" badge, stamp line, "À lire aussi" and "Nos newsletters" lines.
    dict(
        cluster="lavenir-namur-cpas-fraude-tribunal",
        role="single",
        file="newsplease_lavenir_namur_cpas_fraude_fr.json",
        render="newsplease",
        title="Namur : une ex-employée du CPAS condamnée pour avoir détourné 87 000 euros d'aides",
        date="2025-10-15",
        dateline="",
        city=None,
        country="BE",
        region="europe",
        agency=None,
        authors=["Julien Mathieu"],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.lavenir.example.net/regions/namur/2025/10/15/namur-une-ex-employee-du-cpas-condamnee-pour-avoir-detourne-87-000-euros-daides-ABCD1234/",
        source_domain="www.lavenir.example.net",
        description="Le tribunal correctionnel l'a condamnée à 30 mois de prison avec sursis.",
        np_authors=["Julien Mathieu"],
        np_publish="2025-10-15 06:00:00",
        np_modify="2025-10-15 11:30:00",
        np_download="2025-10-15 19:42:03",
        head_lines=["Abonné", "Publié le 15-10-2025 à 06h00"],
        inserts={2: ["À lire aussi | Namur : le CPAS renforce ses contrôles internes après la fraude"]},
        tail_lines=["J.Ma.", "Nos newsletters : recevez chaque matin l'essentiel de l'actu de votre région."],
        paras=P("""
Une ancienne employée administrative du CPAS de Namur a été condamnée mardi par le tribunal correctionnel à 30 mois
de prison avec sursis pour avoir détourné près de 87 000 euros d'aides sociales entre 2019 et 2022.

La prévenue, âgée de 44 ans, encodait de fausses demandes d'aide au nom de personnes qui n'avaient jamais fréquenté
le CPAS, puis faisait verser l'argent sur des comptes appartenant à des proches.

La fraude avait été découverte lors d'un audit interne, après qu'un bénéficiaire s'était étonné de recevoir un
courrier au sujet d'une aide qu'il n'avait jamais demandée.

À l'audience, la prévenue avait reconnu les faits et expliqué avoir agi pour rembourser des dettes de jeu.

Le tribunal lui a accordé le sursis en raison de son casier judiciaire vierge, mais l'a condamnée à rembourser
l'intégralité des sommes au CPAS, qui s'était constitué partie civile.

Deux proches, poursuivis pour blanchiment, ont été condamnés à des peines de travail de 150 heures.
"""),
        must_have=[
            "La fraude avait été découverte lors d'un audit interne, après qu'un bénéficiaire s'était étonné de recevoir un "
            "courrier au sujet d'une aide qu'il n'avait jamais demandée.",
            "Deux proches, poursuivis pour blanchiment, ont été condamnés à des peines de travail de 150 heures.",
        ],
    ),
    # news-please, BioBioChile: staff, "Por NAME" and "La Araucanía" lines, "Visitar sitio" / "Denunciar error" links, "Tendencias" line.
    dict(
        cluster="biobiochile-temuco-preemergencia-ambiental",
        role="single",
        file="newsplease_biobiochile_temuco_preemergencia_es.json",
        render="newsplease",
        title="Decretan preemergencia ambiental en Temuco y Padre Las Casas: prohíben uso de calefactores a leña",
        date="2025-06-18",
        dateline="",
        city=None,
        country="CL",
        region="americas",
        agency=None,
        authors=["Camila Huenchullán"],
        editors=[],
        lang="es",
        section=None,
        url="https://www.biobiochile.example.cl/noticias/nacional/region-de-la-araucania/2025/06/18/decretan-preemergencia-ambiental-en-temuco-y-padre-las-casas.shtml",
        source_domain="www.biobiochile.example.cl",
        description="Es el tercer episodio crítico del invierno en la intercomuna.",
        np_authors=["Camila Huenchullán"],
        np_publish="2025-06-18 08:47:00",
        np_modify=None,
        np_download="2025-06-18 15:03:27",
        head_lines=["Por Camila Huenchullán", "La Araucanía", "Miércoles 18 junio de 2025 | 08:47"],
        inserts={3: ["Visitar sitio"]},
        tail_lines=["Denunciar error", "Tendencias Ahora"],
        paras=P("""
La Delegación Presidencial de La Araucanía decretó preemergencia ambiental para este miércoles en Temuco y Padre Las
Casas, debido a la mala calidad del aire provocada principalmente por el humo de la leña.

Durante la medida rige la prohibición de utilizar calefactores a leña en las viviendas entre las 18:00 y las 24:00
horas, así como las quemas agrícolas en toda la intercomuna.

Según la Seremi del Medio Ambiente, las estaciones de monitoreo registraron durante la noche concentraciones de
material particulado fino superiores a 110 microgramos por metro cúbico.

Se trata del tercer episodio crítico del invierno y el primero de categoría preemergencia en lo que va del año.

Las autoridades recordaron que quienes no respeten la prohibición arriesgan multas de hasta 2 UTM y que habrá
fiscalización en los sectores con más denuncias.

El seremi Rodrigo Aillapán llamó a los vecinos a usar leña seca certificada, que produce menos humo, y a postular al
programa de recambio de calefactores.
"""),
        must_have=[
            "Se trata del tercer episodio crítico del invierno y el primero de categoría preemergencia en lo que va del año.",
            "Según la Seremi del Medio Ambiente, las estaciones de monitoreo registraron durante la noche concentraciones de "
            "material particulado fino superiores a 110 microgramos por metro cúbico.",
        ],
    ),
    # trafilatura, Cairns Post: staff, upper-case name line, "x min read" and stamp lines, "Don't miss out on the headlines" promo; first category "Cairns".
    dict(
        cluster="cairnspost-cairns-hospital-birthing-suites",
        role="single",
        file="trafilatura_cairnspost_hospital_birthing_suites.json",
        render="trafilatura",
        title="Cairns Hospital to open six new birthing suites as births climb",
        date="2025-08-05",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Bronte Kellaway"],
        editors=[],
        lang="en",
        section="Cairns",
        url="https://www.cairnspost.example.com.au/news/cairns/cairns-hospital-to-open-six-new-birthing-suites-as-births-climb/news-story/4f9c1e2a7b",
        hostname="www.cairnspost.example.com.au",
        source_hostname="The Cairns Post",
        description="The $14m expansion of the maternity unit is due to open in March.",
        tf_author="Bronte Kellaway",
        tf_date="2025-08-05",
        tf_language="en",
        categories="Cairns;Health",
        tf_tags="Cairns Hospital;maternity;health",
        head_lines=["BRONTE KELLAWAY", "2 min read", "August 5, 2025 - 5:30AM"],
        inserts={2: ["READ MORE: Emergency department wait times fall at Cairns Hospital"]},
        tail_lines=["Don't miss out on the headlines from Cairns. Followed categories will be added to My News."],
        paras=P("""
Six new birthing suites will open at Cairns Hospital early next year as the number of babies born in the Far North
continues to rise.

The $14 million expansion of the maternity unit will also include a second operating theatre for caesarean
sections and a larger special care nursery.

Cairns and Hinterland Hospital and Health Service figures show 3,420 babies were born at the hospital in the last
financial year, up from 3,050 five years ago.

Midwives have long complained that women in labour are sometimes moved into assessment rooms because all eight
existing suites are full.

Director of midwifery Georgia Pattinson said the new rooms would each have a bath and space for support people.

"We want women to have a calm, private space to give birth, and at the moment, on our busiest nights, we simply
don't have enough rooms," she said.

The health service has also advertised for 18 more midwives, including graduates from James Cook University.

Construction is due to finish in March.
"""),
        must_have=[
            "Cairns and Hinterland Hospital and Health Service figures show 3,420 babies were born at the hospital in the "
            "last financial year, up from 3,050 five years ago.",
            "The health service has also advertised for 18 more midwives, including graduates from James Cook University.",
        ],
    ),
    # trafilatura, La Nuova Sardegna: staff, "di NAME" line, stamp, "Leggi anche" insert, "Ti potrebbero interessare" line; first category "Sassari".
    dict(
        cluster="nuovasardegna-sassari-cavalcata-sarda-presenze",
        role="single",
        file="trafilatura_nuovasardegna_sassari_cavalcata_sarda_it.json",
        render="trafilatura",
        title="Cavalcata sarda, in centomila per la sfilata: alberghi pieni a Sassari",
        date="2025-05-19",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Gavino Masia"],
        editors=[],
        lang="it",
        section="Sassari",
        url="https://www.lanuovasardegna.example.it/sassari/cronaca/2025/05/19/news/cavalcata-sarda-in-centomila-per-la-sfilata-alberghi-pieni-a-sassari-1.100712453",
        hostname="www.lanuovasardegna.example.it",
        source_hostname="La Nuova Sardegna",
        description="Oltre tremila figuranti da 70 paesi hanno sfilato nel centro storico.",
        tf_author="Gavino Masia",
        tf_date="2025-05-19",
        tf_language="it",
        categories="Sassari;Cronaca",
        tf_tags="Cavalcata sarda;Sassari;turismo",
        head_lines=["di Gavino Masia", "19 maggio 2025"],
        inserts={2: ["Leggi anche: Alghero, maggio da record per i passeggeri dell'aeroporto"]},
        tail_lines=["Ti potrebbero interessare"],
        paras=P("""
Circa centomila persone hanno assistito ieri a Sassari alla 75ª edizione della Cavalcata sarda, la sfilata dei
costumi tradizionali che ogni anno apre la stagione turistica nel nord dell'isola.

Oltre tremila figuranti, in rappresentanza di 70 paesi della Sardegna, hanno attraversato il centro storico da via
Roma a piazza d'Italia, seguiti nel pomeriggio dalle corse dei cavalli all'ippodromo.

Secondo Confcommercio, gli alberghi e i bed and breakfast della città hanno registrato il tutto esaurito per l'intero
fine settimana, con molte presenze di turisti stranieri.

Il sindaco ha parlato di "una festa che racconta la Sardegna intera e che cresce ogni anno".

Per la sicurezza sono stati impiegati oltre 400 tra agenti, volontari e operatori sanitari. Il 118 ha effettuato una
ventina di interventi, quasi tutti per malori dovuti al caldo.

La manifestazione è stata trasmessa in diretta dalla Rai e seguita anche in streaming da
decine di migliaia di emigrati sardi.

Il Comune ha annunciato che dal prossimo anno le tribune lungo il percorso saranno ampliate di 1.500 posti.
"""),
        must_have=[
            "Oltre tremila figuranti, in rappresentanza di 70 paesi della Sardegna, hanno attraversato il centro storico da "
            "via Roma a piazza d'Italia, seguiti nel pomeriggio dalle corse dei cavalli all'ippodromo.",
            "Il Comune ha annunciato che dal prossimo anno le tribune lungo il percorso saranno ampliate di 1.500 posti.",
        ],
    ),
    # trafilatura, Vanguard (Nigeria): staff, "By NAME, Benin City" byline with the place after a comma, "Kindly Share This Story" line, disclaimer; first category "News".
    dict(
        cluster="vanguard-benin-city-flood-drains",
        role="single",
        file="trafilatura_vanguard_benin_city_flood_drains.json",
        render="trafilatura",
        title="Edo govt begins desilting of Benin City drains ahead of peak rains",
        date="2025-05-06",
        dateline="",
        city=None,
        country="NG",
        region="africa",
        agency=None,
        authors=["Ozioma Egbuna"],
        editors=[],
        lang="en",
        section="News",
        url="https://www.vanguardngr.example.com/2025/05/edo-govt-begins-desilting-of-benin-city-drains-ahead-of-peak-rains/",
        hostname="www.vanguardngr.example.com",
        source_hostname="Vanguard News",
        description="The state plans to clear 86 kilometres of drains in three months.",
        tf_author="Ozioma Egbuna",
        tf_date="2025-05-06",
        tf_language="en",
        categories="News;Metro",
        tf_tags="Benin City;flooding;Edo State",
        head_lines=["By Ozioma Egbuna, Benin City"],
        inserts={3: ["ALSO READ: Flood: NiMet warns of heavy rainfall in 14 states"]},
        tail_lines=["Kindly Share This Story",
                    "All rights reserved. This material and any other digital content on this platform may not be reproduced, published, broadcast, written or distributed in full or in part, without written permission from VANGUARD NEWS."],
        paras=P("""
The Edo State Government has begun clearing silt and refuse from drains across Benin City as the rainy season
approaches its peak, in a bid to prevent the flooding that often cuts off parts of the state capital.

The Commissioner for Environment and Sustainability, Mrs. Osayuki Omoregie, said on Monday that contractors would
clear about 86 kilometres of primary and secondary drains within three months.

She said priority would be given to flood-prone areas including Sapele Road, Ekenwan Road, Upper Mission and the
Ikpoba Hill axis, where residents were forced to leave their homes last year.

"We appeal to residents to stop dumping refuse into the drains. The government cannot keep spending money on
clearing the same channels every year," she said.

The commissioner said environmental sanitation officers would prosecute anyone caught throwing waste into drains or
building on water channels.

Residents of Ekenwan Road who spoke to Vanguard welcomed the exercise but urged the government to complete the
storm water project started in 2014.
"""),
        must_have=[
            "She said priority would be given to flood-prone areas including Sapele Road, Ekenwan Road, Upper Mission and "
            "the Ikpoba Hill axis, where residents were forced to leave their homes last year.",
            "The commissioner said environmental sanitation officers would prosecute anyone caught throwing waste into "
            "drains or building on water channels.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_SOUALIGA = site("Soualiga Newsday", "https://www.soualiganewsday.example.com", " - Soualiga Newsday", "en_US", "@soualiganewsday",
                     ["Home", "Local", "Politics", "Business", "Sports", "Regional", "Opinion", "Letters"],
                     ["Copyright \u00a9 2025 Soualiga Newsday. All rights reserved.", "Contact", "Advertise"],
                     share=["Email", "Print", "Facebook"])

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on Kitco (syndicated member of the Reuters cluster), "By Reuters" and stamp lines, credits line, "Disclaimer" paragraph.
    dict(
        SANTODOMINGO,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        section=None,
        url="https://www.kitco.example.com/news/off-the-wire/2025-05-14/dominican-republic-gold-exports-hit-record-prices-soar",
        nb_published="2025-05-14T20:05:00Z",
        outlet="Kitco News",
        nb_authors=["Reuters"],
        head_lines=["Off The Wire", "By Reuters", "May 14, 2025 - 4:05 PM"],
        tail_lines=[SANTODOMINGO_CREDITS, "\u00a9 2025 Thomson Reuters. All rights reserved.",
                    "Disclaimer: The views expressed in this article are those of the author and may not reflect those of Kitco Metals Inc."],
    ),
    # trafilatura shape: the AP story on The Spokesman-Review (syndicated member of the AP cluster), upper-case byline over "Associated Press", contributor line, rights line; first category "World".
    dict(
        COFFEE,
        role="syndicated",
        file=JSONL_A,
        render="trafilatura",
        section="World",
        url="https://www.spokesman.example.com/stories/2025/jun/10/jamaicas-blue-mountain-coffee-farmers-face-smaller/",
        hostname="www.spokesman.example.com",
        source_hostname="The Spokesman-Review",
        tf_author="By DELROY WHITAKER Associated Press",
        tf_date="2025-06-10",
        tf_language="en",
        categories="World;Nation/World",
        tf_tags="Jamaica;coffee;agriculture",
        head_lines=["By DELROY WHITAKER", "Associated Press", "Tue., June 10, 2025"],
        tail_lines=[COFFEE_CONTRIB,
                    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."],
    ),
    # newsbeam html shape: Soualiga Newsday, staff story with "MARIGOT--" dateline (double hyphen, no spaces), "Source: Soualiga Newsday" signoff, Email/Print/Facebook bar.
    dict(
        cluster="soualiga-marigot-waterfront-market-reopens",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_SOUALIGA,
        title="Marigot waterfront market reopens after two-year renovation",
        date="2025-12-03",
        dateline="MARIGOT--",
        city="Marigot",
        country="MF",
        region="americas",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Local",
        meta_section="Local",
        url="https://www.soualiganewsday.example.com/index.php/local/marigot-waterfront-market-reopens-after-two-year-renovation",
        description="Sixty-four stalls are back in use under a new roof and with new drainage.",
        published="2025-12-03T18:50:00-04:00",
        modified="2025-12-03T18:50:00-04:00",
        ld_author=[{"@type": "Person", "name": "Soualiga Newsday"}],
        nb_published="2025-12-03T22:50:00Z",
        outlet="Soualiga Newsday",
        nb_authors=["Soualiga Newsday"],
        date_lines=["Wednesday, 03 December 2025 18:50"],
        end_lines=["Source: Soualiga Newsday"],
        paras=P("""
The waterfront market in Marigot reopened on Wednesday morning after a two-year renovation, with vendors of spices,
fabrics, fruit and souvenirs moving back into 64 rebuilt stalls along the seafront.

The Collectivité of Saint-Martin said the project cost about 3.2 million euros, financed partly by the French State
and European funds for rebuilding after Hurricane Irma.

The stalls now sit under a new steel roof designed to withstand stronger winds, and the drainage of the square has
been replaced to stop the flooding that used to follow heavy showers.

Vendors had worked from temporary tents on the nearby car park during the works.

"We lost a lot of customers in the tents. Now the cruise visitors can find us again," said fruit seller Josiane
Richardson, who has had a stall at the market for 26 years.

The market will be open every day except Sunday, with the traditional busy days on Wednesday and Saturday.

The Collectivité said the second phase, a renovation of the fish market at the end of the square, would start in
2026.
"""),
        must_have=[
            "The stalls now sit under a new steel roof designed to withstand stronger winds, and the drainage of the square "
            "has been replaced to stop the flooding that used to follow heavy showers.",
            "The market will be open every day except Sunday, with the traditional busy days on Wednesday and Saturday.",
        ],
    ),
    # news-please shape: Astro Awani, Bernama copy "KUANTAN: " dateline, "-- BERNAMA" signoff line, "Bernama" author field, Telegram promo.
    dict(
        cluster="astroawani-bernama-kuantan-flood-evacuees",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Floods: Number of evacuees in Kuantan rises to 4,312",
        date="2025-11-29",
        dateline="KUANTAN: ",
        city="Kuantan",
        country="MY",
        region="asia",
        agency="Bernama",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.astroawani.example.com/berita-malaysia/floods-number-evacuees-kuantan-rises-4312-512874",
        source_domain="www.astroawani.example.com",
        description="Twenty-one relief centres have been opened in the district.",
        np_authors=["Bernama"],
        np_publish="2025-11-29 21:40:00",
        np_modify=None,
        np_download="2025-11-30 01:12:55",
        head_lines=["Bernama", "Nov 29 2025 09:40 PM"],
        tail_lines=["-- BERNAMA", "Follow the latest news on our Telegram channel."],
        paras=P("""
The number of flood victims in Kuantan has risen to 4,312 people from 1,298 families as of 8 pm today, compared with
2,140 people this morning.

The Pahang Social Welfare Department, in a statement, said the evacuees were being housed at 21 relief centres
opened in schools and community halls across the district.

Among the worst-hit areas are Kampung Pulau Serai, Kampung Sungai Isap and Taman Guru, where water levels reached
almost one metre following continuous rain since Thursday.

Meanwhile, the Public Infobanjir portal showed that Sungai Kuantan at Bukit Kenau had exceeded the danger level of
16 metres at 7 pm.

The Malaysian Meteorological Department has issued a continuous heavy rain warning at the danger level for Kuantan,
Pekan and Rompin until Sunday.

Several roads in the district, including parts of Jalan Kuantan-Gambang, were closed to light vehicles.

The state government has allocated RM2 million for immediate aid to flood victims, including food supplies and
essential items at the relief centres.
"""),
        must_have=[
            "The Pahang Social Welfare Department, in a statement, said the evacuees were being housed at 21 relief centres "
            "opened in schools and community halls across the district.",
            "Meanwhile, the Public Infobanjir portal showed that Sungai Kuantan at Bukit Kenau had exceeded the danger level "
            "of 16 metres at 7 pm.",
        ],
    ),
    # newsbeam text shape: Onet, PAP copy without a dateline, "Źródło: PAP" line, PAP desk initials, "Dalszy ciąg materiału pod wideo" break line.
    dict(
        cluster="onet-pap-opole-festiwal-bilety",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        title="Bilety na festiwal w Opolu rozeszły się w kilka godzin. Organizatorzy dokładają koncert",
        date="2025-04-23",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency="PAP",
        authors=[],
        editors=[],
        lang="pl",
        section=None,
        url="https://wiadomosci.onet.example.pl/opole/bilety-na-festiwal-w-opolu-rozeszly-sie-w-kilka-godzin/7hq2x4m",
        nb_published="2025-04-23T12:18:00Z",
        outlet="Onet Wiadomości",
        nb_authors=["PAP"],
        head_lines=["Opole", "Źródło: PAP", "23 kwietnia 2025, 14:18"],
        inserts={2: ["Dalszy ciąg materiału pod wideo"]},
        tail_lines=["ban/ mhr/", "Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco! Obserwuj nas w Wiadomościach Google."],
        paras=P("""
Wszystkie bilety na czerwcowe koncerty festiwalu piosenki w amfiteatrze w Opolu zostały sprzedane w ciągu kilku
godzin od rozpoczęcia sprzedaży. Organizatorzy zapowiedzieli dodatkowy koncert w niedzielę.

Jak poinformowało Narodowe Centrum Polskiej Piosenki, do sprzedaży trafiło łącznie około 17 tys. biletów na cztery
wieczory festiwalowe. Najtańsze kosztowały 89 zł, najdroższe 390 zł.

Dodatkowy koncert ma się odbyć 15 czerwca. Bilety na niego będą dostępne od przyszłego wtorku wyłącznie w
sprzedaży internetowej.

Dyrektor centrum Marek Zawadzki powiedział, że tak szybkiej sprzedaży nie było od kilkunastu lat. Jego zdaniem to
efekt odnowienia amfiteatru i zaproszenia wykonawców młodego pokolenia.

Miasto przypomina, że w czasie festiwalu w centrum Opola obowiązywać będą zmiany w organizacji ruchu, a dla
widzów uruchomione zostaną dodatkowe autobusy.

W ubiegłym roku festiwal obejrzało w telewizji średnio ponad 3 mln widzów, a w amfiteatrze bawiło się około
15 tys. osób.

Festiwal w Opolu odbywa się od 1963 roku i jest najstarszym festiwalem piosenki w Polsce.
"""),
        must_have=[
            "Dodatkowy koncert ma się odbyć 15 czerwca.",
            "Festiwal w Opolu odbywa się od 1963 roku i jest najstarszym festiwalem piosenki w Polsce.",
        ],
    ),
    # news-please shape (gzipped batch): the AFP story on Seneweb (syndicated member of the AFP cluster), "Source : AFP" line, view counter, comment prompt.
    dict(
        ZIGUINCHOR,
        role="syndicated",
        file=JSONL_B,
        render="newsplease",
        section=None,
        url="https://www.seneweb.example.com/news/Economie/casamance-la-campagne-de-l-anacarde-demarre-sur-fond-de-prix-en-baisse_n_471236.html",
        source_domain="www.seneweb.example.com",
        np_authors=["AFP"],
        np_publish="2025-04-22 14:32:00",
        np_modify=None,
        np_download="2025-04-23 06:18:40",
        head_lines=["Economie", "Source : AFP", "Mardi 22 Avril 2025", "1 832 vues"],
        tail_lines=["Auteur: AFP", "Publié le: Mardi 22 Avril 2025", "Commentaires (7)", "Participer à la discussion"],
    ),
    # newsbeam text shape (gzipped batch): News Ghana, Xinhua copy "ACCRA, Sept. 9 (Xinhua) -- ", "Enditem" marker, "Source: Xinhua" line, share and related lines.
    dict(
        cluster="newsghana-xinhua-accra-tomato-prices",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Tomato prices soar in Ghana as supply from Burkina Faso drops",
        date="2025-09-09",
        dateline="ACCRA, Sept. 9 (Xinhua) -- ",
        city="Accra",
        country="GH",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://newsghana.example.com.gh/tomato-prices-soar-in-ghana-as-supply-from-burkina-faso-drops/",
        nb_published="2025-09-09T17:30:00Z",
        outlet="News Ghana",
        nb_authors=["Xinhua"],
        head_lines=["Business", "By Xinhua", "September 9, 2025"],
        tail_lines=["Enditem", "Source: Xinhua", "Send your news stories to newsghana101@gmail.com and via WhatsApp on +1-508-812-0505",
                    "Related Posts", "Ghana's inflation eases for seventh straight month"],
        paras=P("""
The price of tomatoes in Ghana's major markets has more than doubled in the past month as supplies from neighboring
Burkina Faso dropped, traders said on Tuesday.

A 52-kg crate of fresh tomatoes now sells for about 3,200 cedis (about 290 U.S. dollars) at the Agbogbloshie market in
the capital Accra, up from 1,400 cedis in early August, according to the traders.

Ghana relies heavily on tomatoes from Burkina Faso during the lean season between July and October, when local
production in the Upper East and Bono East regions is low.

"Our trucks are spending many days on the road and some of the tomatoes get spoiled before they arrive," said
Hajia Mariama Alhassan, a leader of the tomato traders' association in Accra.

The Ministry of Food and Agriculture said it was supporting farmers with irrigation in the Upper East Region to
increase local supply in the dry season.

Consumers in Accra said they had switched to canned tomato paste, while some food vendors said they had raised
prices or reduced portions.
"""),
        must_have=[
            "Ghana relies heavily on tomatoes from Burkina Faso during the lean season between July and October, when local "
            "production in the Upper East and Bono East regions is low.",
            "The Ministry of Food and Agriculture said it was supporting farmers with irrigation in the Upper East Region to "
            "increase local supply in the dry season.",
        ],
    ),
    # trafilatura shape (gzipped batch): FijiVillage, staff, reporter line, "Stay up to date" promo; first category "Business".
    dict(
        cluster="fijivillage-sigatoka-vegetable-prices",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Vegetable prices expected to drop as Sigatoka Valley harvest picks up",
        date="2025-07-15",
        dateline="",
        city=None,
        country="FJ",
        region="oceania",
        agency=None,
        authors=["Iliesa Tuimaba"],
        editors=[],
        lang="en",
        section="Business",
        url="https://www.fijivillage.example.com/news/Vegetable-prices-expected-to-drop-as-Sigatoka-Valley-harvest-picks-up-f84rx5",
        hostname="www.fijivillage.example.com",
        source_hostname="Fijivillage",
        description="Farmers say tomatoes, cabbage and eggplant will be more plentiful from next week.",
        tf_author="Iliesa Tuimaba",
        tf_date="2025-07-15",
        tf_language="en",
        categories="Business;Agriculture",
        tf_tags="Sigatoka;vegetables;prices",
        head_lines=["Reporter: Iliesa Tuimaba", "Tuesday 15/07/2025"],
        tail_lines=["Stay up to date with the latest news from Fiji \u2013 download the fijivillage app."],
        paras=P("""
Consumers can expect vegetable prices at municipal markets to ease from next week as the main harvest in the Sigatoka
Valley picks up after weeks of wet weather.

Sigatoka Valley farmers say tomatoes, cabbage, eggplant and long beans will be more plentiful as fields that were
waterlogged in June dry out.

A heap of tomatoes at the Suva Municipal Market was selling for up to $10 this morning, while a head of cabbage was
going for $6.

Farmer Ramesh Chand of Olosara says he lost almost half of his first planting to the heavy rain but the second
planting is now ready.

He says middlemen have been paying farmers better prices in the past month because of the shortage.

The Ministry of Agriculture says it distributed more than 9,000 seedlings to Sigatoka farmers after the floods to
help them replant quickly.

The Sigatoka Valley is known as Fiji's salad bowl and supplies much of the fresh produce sold in Suva, Nadi and
Lautoka.
"""),
        must_have=[
            "Sigatoka Valley farmers say tomatoes, cabbage, eggplant and long beans will be more plentiful as fields that "
            "were waterlogged in June dry out.",
            "The Ministry of Agriculture says it distributed more than 9,000 seedlings to Sigatoka farmers after the floods "
            "to help them replant quickly.",
        ],
    ),
]


HOLDOUT_NOTES = {
    "purpose": "twenty-first held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Toronto Star's article:published_time "
    "2025-09-16T21:10-04:00 is 17 September in UTC but 16 September in Ontario; Loop News' 2025-05-14T14:48-05:00 and "
    "Soualiga Newsday's 2025-12-03T18:50-04:00 stay on the same day; the San Diego Union-Tribune's modified time, La Voz "
    "de Galicia's 'Actualizado a las 09:12 h', A Gazeta's 'Atualizado em' and Il Mattino's 'Ultimo aggiornamento' are "
    "updates on the same day; Sözcü prints only 'Güncelleme: 19.08.2025 - 14:36' (an update stamp), which agrees with "
    "the story's day; the Journal de Saint-Barth is a weekly and its issue date (jeudi 15 mai 2025) is the publication "
    "date; Astro Awani's 'Nov 29 2025 09:40 PM' is Malaysian time and the date of the Bernama story",
    "dateline_city": "'SANTO DOMINGO, May 14 (Reuters) - ' -> 'Santo Domingo', country DO; 'KINGSTON, Jamaica (AP) \u2014 ' -> "
    "'Kingston', country JM; 'KINGSTON, Ont. - ' on the Canadian Press story in the Toronto Star -> 'Kingston', Ontario, "
    "country CA (the same city name as the AP story, a different country); 'Ziguinchor (Sénégal) (AFP) - ' -> "
    "'Ziguinchor'; 'Nagpur, Mar 4 (PTI) ' -> 'Nagpur'; 'Kassel (dpa/lhe) \u2013 ' -> 'Kassel' ('lhe' is dpa's Hesse desk); "
    "'Cochabamba (Bolivia), 12 feb (EFE).- ' -> 'Cochabamba'; '(ANSA) - SALERNO, 9 OTT - ' -> 'Salerno'; 'Viseu, 27 nov "
    "2025 (Lusa) - ' -> 'Viseu'; 'GİRESUN (AA)' on a line of its own -> 'Giresun' (without the dotted capital I); "
    "'TRIBUNPONTIANAK.CO.ID, PONTIANAK - ' -> 'Pontianak' (the site name is part of Tribun's dateline); 'MARIGOT--' -> "
    "'Marigot' (Saint-Martin); 'KUANTAN: ' -> 'Kuantan'; 'ACCRA, Sept. 9 (Xinhua) -- ' -> 'Accra'; the Statesman's "
    "'PTI | Nagpur | ...' line and Vanguard's 'By Ozioma Egbuna, Benin City' byline are place stamps of the page, not "
    "datelines in the story (the Vanguard record has none and is null); the other records have no dateline and take "
    "the country of the story's location",
    "country": "Saint Barthélemy (BL) for the Journal de Saint-Barth, Saint-Martin (MF, the French side; not SX, which is "
    "Sint Maarten) for Soualiga Newsday's Marigot story and Christmas Island (CX, an Australian external territory; not "
    "AU) for the 9News/AAP story appear in no earlier set and are labelled with their own codes; Novosibirsk is in "
    "Siberia but the country is RU",
    "agency_names": "short names: 'Reuters', 'AP', 'AFP' ('L'Obs avec AFP', '\u00a9 ... / AFP', 'Source : AFP'), 'PTI', 'dpa' "
    "('dpa/lhe', 'Von: dpa'), 'EFE' ('Agencia EFE'), 'ANSA' ('di Redazione ANSA'), 'Lusa' ('Renascença com Lusa'), "
    "'Anadolu' ('(AA)', 'Kaynak: AA'), 'CP' ('The Canadian Press'), 'Belga' (lower-case 'belga' byline), 'AAP' ('By "
    "Australian Associated Press'), 'Bernama' ('-- BERNAMA'), 'PAP' ('Źródło: PAP' and the desk initials 'ban/ mhr/') and "
    "'Xinhua'",
    "agency_null": "The Namibian, NGS.RU, Tribun Pontianak, the Journal de Saint-Barth, the Tages-Anzeiger, La Voz de "
    "Galicia, A Gazeta, The Phnom Penh Post, L'Avenir, BioBioChile, the Cairns Post, La Nuova Sardegna, Vanguard, "
    "Soualiga Newsday and FijiVillage write their own copy; '\u00a9 belga' on De Standaard is a photo credit on a story "
    "that is Belga copy anyway (the agency comes from the byline)",
    "authors": "Reuters: 'Reporting by Ramona Peguero; Additional reporting by Julian Ferraro in Mexico City; Editing by "
    "Colette Brannigan' on both Reuters records -> Ramona Peguero, Julian Ferraro; AP: 'By Delroy Whitaker | The "
    "Associated Press' (Union-Tribune) and 'By DELROY WHITAKER' over 'Associated Press' (Spokesman-Review) plus "
    "'Associated Press writer Mariela Cruz in San Juan, Puerto Rico, contributed to this report.' on both -> Delroy "
    "Whitaker, Mariela Cruz; 'Aaron Lindqvist' over 'The Canadian Press' -> 'Aaron Lindqvist'; 'Laporan Wartawan Tribun "
    "Pontianak, Ridwan Syahputra' -> 'Ridwan Syahputra'; the Journal de Saint-Barth signs 'Sophie Lédée' at the foot -> "
    "'Sophie Lédée'; L'Avenir's foot initials 'J.Ma.' belong to the bylined 'Julien Mathieu' (news-please author) and are "
    "not a second author; 'BRONTE KELLAWAY' -> 'Bronte Kellaway'; 'By Ozioma Egbuna, Benin City' -> 'Ozioma Egbuna'; "
    "'Reporter: Iliesa Tuimaba' -> 'Iliesa Tuimaba'; 'Por Camila Huenchullán' -> 'Camila Huenchullán'; 'di Gavino Masia' "
    "-> 'Gavino Masia'; NGS's 'Дарья Кузьмичёва' is kept in Cyrillic as printed (her role line 'Корреспондент НГС' is "
    "chrome); A Gazeta's 'Repórter / e-mail' line is chrome; La Voz de Galicia's two byline names are both authors; "
    "Tribun's 'Editor: Hendra Saputra' credits the story's editor, not a writer (labelled in editors); 'Soualiga Newsday', 'Renascença com Lusa', 'L'Obs avec AFP', 'di "
    "Redazione ANSA', 'belga', 'By Australian Associated Press', 'By Reuters', 'By Xinhua' and JSON author fields holding "
    "agencies or the publisher are placeholders, not authors",
    "editors": "Reuters 'Editing by Colette Brannigan' on both Reuters records; Tribun's 'Editor: Hendra Saputra' credit "
    "line (an 'Editor:' credit, as Xinhua's and Tempo's in dev_set9); no other record names an editor",
    "caption_credit": "wrapper words, signs and brackets are dropped: Loop 'REUTERS/Kenji Harada/File Photo' -> "
    "'REUTERS/Kenji Harada' ('/File Photo' says the picture is an archive one, a wrapper like 'File:', as in "
    "dev_set6, dev_set9 and dev_set13); Union-Tribune '(AP Photo/Tamika Reid)' -> 'AP Photo/Tamika Reid'; L'Obs '\u00a9 Ibrahima Ndour / AFP' -> "
    "'Ibrahima Ndour / AFP'; Tages-Anzeiger 'Foto: Urs Jaudas' -> 'Urs Jaudas'; La Voz de Galicia prints the "
    "photographer's name alone ('Santi M. Amil'); De Standaard '\u00a9 belga' -> 'belga' (the agency's own lower case, as printed); 9News '(Supplied)' -> 'Supplied'; "
    "A Gazeta 'Foto: Vitor Jubini' -> 'Vitor Jubini'; the Toronto Star page and the batched Soualiga Newsday page show "
    "no captioned picture; the Frankfurter Rundschau's 'Rubriklistenbild: \u00a9 Uwe Zucchi/dpa' is the credit of a "
    "teaser image in a plain-text scrape with no caption, so it is chrome and the record's caption is null; text, "
    "news-please and trafilatura records are null",
    "section": "HTML pages: article:section ('Business' on Loop, 'World' on the Union-Tribune, 'Monde' on L'Obs, 'Canada', "
    "'Zürich', 'Ourense', 'Binnenland', 'National' on 9News, 'Capixaba', and 'Local' on the batched Soualiga Newsday "
    "page); trafilatura: first category ('Cairns', 'Sassari', 'News' on Vanguard, 'World' on the Spokesman-Review copy, "
    "'Business' on FijiVillage); text pages, news-please and newsbeam text records null, whatever section word the page "
    "prints near the title (Kitco's 'Off The Wire', Onet's 'Opole', News Ghana's 'Business')",
    "chrome": "agency-only byline lines, 'Published'/'Updated' stamps and place stamps, the Statesman's 'PTI | Nagpur | "
    "...' line, the PAP desk initials, Tribun's 'Editor:' line, Sözcü's 'Kaynak: AA', the Journal de Saint-Barth's "
    "issue and 'Publié dans le JSB' lines and its foot signature, L'Avenir's 'Abonné' badge and 'J.Ma.' initials, "
    "the Tages-Anzeiger 'Abo' kicker, error-report lines and author bio, 'Read more', 'Read next', 'READ MORE', 'ALSO "
    "READ', 'Also Read', 'Lire aussi', 'À lire aussi', 'Leia também', 'LEIA MAIS', 'Leggi anche', 'Mehr zum Thema', 'Lees "
    "ook', 'Te puede interesar', 'Baca juga', 'İlgili Haberler' and 'Читайте также' links, 'Advertisement', 'Publicité', "
    "'Publicidad' and 'Dalszy ciąg materiału pod wideo' markers, newsletter, app, WhatsApp, Telegram, MAX/VK and Google "
    "News lines, paywall and subscription lines, comment counters, prompts and moderation notices, view counters, tag "
    "and topic lists, share bars, 'Enditem', '-- BERNAMA', 'Source: ...' signoffs, Kitco's disclaimer, the 18+ mark "
    "and copyright lines are chrome; AP and Reuters contributor and credits lines are chrome too (their names are "
    "labelled in authors/editors); standfirsts are neither chrome nor body",
    "regions": "Germany, Switzerland, Belgium, Spain, Portugal, Italy, Poland and Russia -> europe; the Dominican "
    "Republic, Jamaica, Canada, Bolivia, Brazil, Chile, Saint Barthélemy (BL) and Saint-Martin (MF) -> americas; "
    "Senegal, Namibia, Nigeria and Ghana -> africa; India, Indonesia, Cambodia, Malaysia and Turkey (Western Asia in UN "
    "M49) -> asia; Australia, Christmas Island (CX, Australia and New Zealand subregion) and Fiji -> oceania",
    "languages": "Russian 'ru' (NGS.RU), Indonesian 'id' (Tribun Pontianak), Turkish 'tr' (Sözcü), Dutch 'nl' (De "
    "Standaard, Flemish) and Polish 'pl' (Onet) appear next to en, fr, es, pt, de and it; A Gazeta writes Brazilian and "
    "Renascença European Portuguese; the Tages-Anzeiger writes Swiss Standard German (no ß, 30'900 with an apostrophe "
    "as thousands separator)",
    "namibian_rundu_water_disconnections": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with "
    "the clean text; its must_have sentences contain no quotes or apostrophes; it kept neither the subscription insert "
    "nor the WhatsApp and related-posts blocks; 'N$' amounts and '1 400' with a space are as The Namibian prints them",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"cp", "the canadian press", "pap", "belga", "soualiga newsday", "renascença com lusa",
                "l'obs avec afp", "redazione ansa", "kitco news", "news ghana", "onet", "hendra saputra", "j.ma."}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
