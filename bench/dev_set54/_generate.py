#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifty-fourth development set (bench/dev_set54/, first written as the fifty-first held-out set).

    .venv/bin/python bench/dev_set54/_generate.py

Writes ``bench/dev_set54/articles/*`` and ``bench/dev_set54/labels.json`` (next to this
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
bench/dev_set53/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout51_2025-a.jsonl"
JSONL_B = "crawl_holdout51_2025-b.jsonl.gz"


# ---- cluster: Reuters, Hanoi (Manila Bulletin scrape + copy on TODAY in the plain batch) ----

RICE = dict(
    cluster="reuters-hanoi-rice-exports",
    title="Vietnam rice exports to Philippines slow as Manila pauses import permits",
    date="2025-09-16",
    dateline="HANOI, Sept 16 (Reuters) - ",
    city="Hanoi",
    country="VN",
    region="asia",
    agency="Reuters",
    authors=["Thanh Huong Le", "Oliver Stanbridge"],
    editors=["Janet Corrigan"],
    lang="en",
    description="Traders in the Mekong Delta say warehouses are filling up after the Philippines suspended new import permits.",
    paras=P("""
Vietnam's rice shipments to the Philippines, its largest buyer, fell by nearly a third in the first half of
September after Manila stopped issuing new import permits, traders and industry data showed on Tuesday.

Exporters in the Mekong Delta said warehouses in Can Tho and An Giang were filling up with unsold 5% broken rice,
pushing local paddy prices to their lowest level in more than two years.

The Philippines suspended rice imports for 60 days from Sept. 1 to support local farmers during the main harvest,
a move that has rippled through Asian rice markets.

"Buyers in Manila are simply not there this month, and nobody knows if the pause will be extended," said a trader
at a state-owned exporter in Ho Chi Minh City, who declined to be named.

Vietnam's 5% broken rice was quoted at $385 to $395 a tonne this week, down from about $410 at the end of August.

The agriculture ministry said it would ask banks to extend credit to exporters so they could keep buying paddy
from farmers during the autumn harvest.

The Philippines bought about 2.4 million tonnes of Vietnamese rice in the first eight months of the year, more
than 40% of Vietnam's total exports.

Traders said some cargoes originally planned for Manila were being offered to buyers in Indonesia, Malaysia and
West Africa at a discount.
"""),
    must_have=[
        "The Philippines suspended rice imports for 60 days from Sept. 1 to support local farmers during the main harvest, a move that has rippled through Asian rice markets.",
        "The agriculture ministry said it would ask banks to extend credit to exporters so they could keep buying paddy from farmers during the autumn harvest.",
    ],
)
RICE_CREDITS = "(Reporting by Thanh Huong Le; Additional reporting by Oliver Stanbridge in Singapore; Editing by Janet Corrigan)"

# ---- cluster: AFP, Dakar (SenePlus page + copy on WalfQuotidien in the plain batch) ----

DAKAR = dict(
    cluster="afp-dakar-ter-prolongement",
    title="Sénégal : le TER de Dakar prolongé jusqu'à l'aéroport d'ici fin 2026",
    date="2025-06-11",
    dateline="Dakar (AFP) - ",
    city="Dakar",
    country="SN",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Les travaux de la deuxième phase du Train express régional ont repris après plusieurs mois d'arrêt.",
    paras=P("""
Les travaux de la deuxième phase du Train express régional (TER) de Dakar, qui doit relier la capitale
sénégalaise à l'aéroport international Blaise-Diagne, ont repris mercredi après plusieurs mois d'interruption,
a annoncé le ministère des Infrastructures.

Le chantier avait été suspendu à la fin de l'année dernière en raison d'un différend sur le financement entre
l'Etat et les bailleurs de fonds.

Le nouveau tronçon de 19 kilomètres doit être mis en service d'ici la fin de l'année 2026, selon le ministère.

Mis en service fin 2021, le TER relie déjà le centre de Dakar à la ville nouvelle de Diamniadio et transporte en
moyenne 115.000 voyageurs par jour.

« Aujourd'hui, pour aller à l'aéroport, il faut compter deux heures dans les bouchons. Avec le train, ce sera
quarante minutes », a déclaré à l'AFP Moussa Diagne, un chauffeur de taxi.

Le coût total de la deuxième phase est estimé à 650 milliards de francs CFA, soit près d'un milliard d'euros.

Plusieurs centaines de familles ont été déplacées sur le tracé du train, et certaines attendent encore d'être
indemnisées.

Le gouvernement a promis de régler les dossiers en suspens avant la fin de l'année.
"""),
    must_have=[
        "Le nouveau tronçon de 19 kilomètres doit être mis en service d'ici la fin de l'année 2026, selon le ministère.",
        "Le coût total de la deuxième phase est estimé à 650 milliards de francs CFA, soit près d'un milliard d'euros.",
    ],
)

# ---- cluster: dpa, Ljubljana (Mannheimer Morgen page + copy on PNP in the gzipped batch) ----

LJUB = dict(
    cluster="dpa-ljubljana-karawanken-tunnel",
    title="Slowenien: Neue Röhre des Karawankentunnels öffnet später",
    date="2025-03-12",
    dateline="Ljubljana (dpa) - ",
    city="Ljubljana",
    country="SI",
    region="europe",
    agency="dpa",
    authors=[],
    editors=[],
    lang="de",
    description="Die zweite Röhre des Tunnels zwischen Österreich und Slowenien soll erst 2027 für den Verkehr freigegeben werden.",
    paras=P("""
Die neue zweite Röhre des Karawankentunnels zwischen Slowenien und Österreich wird später fertig als geplant.
Die slowenische Autobahngesellschaft nannte am Mittwoch in Ljubljana das Frühjahr 2027 als neuen Termin.

Als Grund wurden schwierige geologische Verhältnisse auf der slowenischen Seite genannt. Dort war beim Vortrieb
mehrfach Wasser in den Stollen eingedrungen.

Auf der österreichischen Seite ist der Rohbau bereits seit dem vergangenen Jahr abgeschlossen.

Der knapp acht Kilometer lange Tunnel ist eine der wichtigsten Verbindungen zwischen Mitteleuropa und der Adria.
In der Urlaubszeit kommt es vor dem Tunnel regelmäßig zu kilometerlangen Staus.

Nach der Eröffnung der neuen Röhre soll die bestehende Röhre aus dem Jahr 1991 saniert werden.

Erst danach steht der Tunnel in beiden Richtungen zweispurig zur Verfügung.

Die Kosten für den slowenischen Abschnitt sind nach Angaben der Gesellschaft auf rund 230 Millionen Euro
gestiegen.

Autofahrer müssen sich deshalb auch im kommenden Sommer auf lange Wartezeiten an der Grenze einstellen.
"""),
    must_have=[
        "Auf der österreichischen Seite ist der Rohbau bereits seit dem vergangenen Jahr abgeschlossen.",
        "Nach der Eröffnung der neuen Röhre soll die bestehende Röhre aus dem Jahr 1991 saniert werden.",
    ],
)
LJUB_INFOCOM = "\u00a9 dpa-infocom, dpa:250312-930-402817/1"

# ---- cluster: Nepali Times (Nepal), page + noisy re-scrape ----

BAGMATI = dict(
    cluster="nepalitimes-kathmandu-bagmati-cleanup",
    title="Bagmati clean-up reaches 600th Saturday",
    date="2025-02-22",
    dateline="",
    city=None,
    country="NP",
    region="asia",
    agency=None,
    authors=["Anjali Rai"],
    editors=[],
    lang="en",
    caption="Volunteers pull plastic waste out of the Bagmati near Thapathali on Saturday.",
    credit="BIKRAM LAMA",
    paras=P("""
Hundreds of volunteers gathered on the banks of the Bagmati on Saturday morning for the 600th week of a river
clean-up campaign that began in Kathmandu more than a decade ago.

Organisers say the campaign has pulled more than 21,000 tonnes of solid waste out of the river since 2013, most
of it plastic bags and bottles.

But the water itself remains heavily polluted, because most of the sewage from the valley still flows into the
Bagmati and its tributaries without treatment.

The Guheshwori treatment plant near Pashupatinath handles only a fraction of the sewage produced in the valley,
and two new plants in Sallaghari and Kodku are still not running at full capacity.

Retired teacher Hari Prasad Ghimire, who has joined the clean-up almost every week, says he has seen some
changes.

"Ten years ago you could not stand here because of the smell. Now at least there are birds again," he said.

Officials at the High Powered Committee for Integrated Development of the Bagmati Civilisation say the river
should be clean enough for bathing by 2030.

Environmental groups say that target will be missed unless the sewer lines along the river are completed.
"""),
    must_have=[
        "Organisers say the campaign has pulled more than 21,000 tonnes of solid waste out of the river since 2013, most of it plastic bags and bottles.",
        "Environmental groups say that target will be missed unless the sewer lines along the river are completed.",
    ],
)
NT_PRE = ["Nepali Times", "NEWS", "EDITORIAL", "OPINION", "NATION", "ECONOMY", "CULTURE", "TRAVEL", "NEPALI TIMES BUZZ"]
NT_HEAD = ["Anjali Rai"]
NT_DATE = ["February 22, 2025"]
NT_CAP = ["Volunteers pull plastic waste out of the Bagmati near Thapathali on Saturday. Photo: BIKRAM LAMA"]
NT_COPY = "\u00a9 2025 Himalmedia Pvt. Ltd. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Manila Bulletin (original of the Reuters cluster).
    dict(RICE, role="original", file="manilabulletin_reuters_hanoi_rice_exports.txt", render="text",
         caption="A farmer dries rice on a road in Can Tho province", credit="REUTERS/Khanh Vu",
         pre=[["Manila Bulletin", "News", "Business", "Sports", "Entertainment", "Lifestyle", "Opinion", "Tech News", "Metro", "Provincial"],
              ["Business", "World"]],
         head=[["Reuters"], ["Published Sep 16, 2025 03:48 pm"]],
         cap_lines=["A farmer dries rice on a road in Can Tho province (REUTERS/Khanh Vu)"],
         inserts={2: ["READ MORE:", "DA: Rice import ban to stay until end-October"]},
         tail=[[RICE_CREDITS],
               ["TAGS:", "#rice", "#Vietnam", "#agriculture"],
               ["For more news, follow Manila Bulletin on Google News and Viber."],
               ["Copyright \u00a9 2025 Manila Bulletin. All rights reserved."]]),
    # Nepali Times (original of the re-scrape cluster).
    dict(BAGMATI, role="original", file="nepalitimes_bagmati_cleanup_600th_week.txt", render="text",
         pre=[NT_PRE, ["Search", "Subscribe"]], head=[NT_HEAD, NT_DATE], cap_lines=NT_CAP,
         inserts={2: ["Read also: Kathmandu's sewage plants still idle, Ramesh Adhikari"], 5: ["Read also: A river runs through us, Editorial"]},
         tail=[["Anjali Rai is a reporter with Nepali Times covering environment and urban affairs."],
               ["Share", "Facebook", "Twitter", "Email"],
               ["Most Read", "Nepal's tourist numbers bounce back", "The last salt traders of Humla"],
               [NT_COPY]]),
    dict(BAGMATI, role="rescrape", file="nepalitimes_bagmati_cleanup_600th_week_rescrape.txt.gz", render="text", noise=True,
         pre=[NT_PRE], head=[NT_HEAD, NT_DATE], cap_lines=NT_CAP, tail=[[NT_COPY]]),
    # Vísir (Iceland, Icelandic): staff.
    rec(cluster="visir-akureyri-flugvollur-millilandaflug", role="single",
        file="visir_akureyri_millilandaflug_is.txt", render="text",
        title="Millilandaflugi frá Akureyri fjölgar í vetur",
        date="2024-10-03", country="IS", region="europe", lang="is", authors=["Kristín Ólafsdóttir"],
        pre=[["Vísir", "Fréttir", "Innlent", "Erlent", "Viðskipti", "Sport", "Lífið", "Skoðun", "Veður"],
             ["Innlent"]],
        head=[["Kristín Ólafsdóttir skrifar"], ["3. október 2024 14:22"]],
        inserts={3: ["Tengdar fréttir", "Flugstöðin á Akureyri stækkuð fyrir 1,2 milljarða"]},
        tail=[["Fleiri fréttir"], ["Deila"],
              ["Vísir er í eigu Sýnar hf."]],
        paras=P("""
Beinum flugferðum frá Akureyrarflugvelli til útlanda fjölgar verulega í vetur. Tvö erlend flugfélög hafa
bætt við ferðum til Norðurlands frá desember og fram í mars.

Alls verða ferðirnar um 90 talsins yfir veturinn, samanborið við rúmlega 50 í fyrra.

Flogið verður meðal annars til Lundúna, Amsterdam og Zürich, og eru ferðirnar einkum ætlaðar erlendum
ferðamönnum sem vilja skoða norðurljós og fara á skíði.

Framkvæmdastjóri Markaðsstofu Norðurlands, Arnar Sveinsson, segir að þetta skipti ferðaþjónustuna á svæðinu
miklu máli.

„Við höfum lengi bent á að það þurfi fleiri gáttir inn í landið en Keflavík. Nú sjáum við árangurinn,“ segir
Arnar.

Ný viðbygging við flugstöðina á Akureyri var tekin í notkun í sumar og getur hún tekið á móti tveimur
millilandavélum samtímis.

Gistirými á Norðurlandi er þegar orðið af skornum skammti í febrúar og mars, að sögn ferðaþjónustuaðila.

Sveitarfélögin á svæðinu hafa óskað eftir því að ríkið komi að kynningu á flugvellinum erlendis.
"""),
        must_have=[
            "Alls verða ferðirnar um 90 talsins yfir veturinn, samanborið við rúmlega 50 í fyrra.",
            "Gistirými á Norðurlandi er þegar orðið af skornum skammti í febrúar og mars, að sögn ferðaþjónustuaðila.",
        ]),
    # Pohjalainen (Finland, Finnish): staff.
    rec(cluster="pohjalainen-vaasa-akkutehdas-rekrytointi", role="single",
        file="pohjalainen_vaasa_akkutehdas_fi.txt", render="text",
        title="Vaasan akkutehdas hakee 150 uutta työntekijää",
        date="2025-05-14", country="FI", region="europe", lang="fi", authors=["Anna-Kaisa Mäkelä"],
        pre=[["Pohjalainen", "Uutiset", "Vaasa", "Maakunta", "Urheilu", "Kulttuuri", "Mielipiteet", "Näköislehti", "Tilaa"]],
        head=[["Anna-Kaisa Mäkelä"], ["Julkaistu 14.5.2025 18:20"], ["Päivitetty 14.5.2025 19:05"]],
        inserts={2: ["Mainos (Teksti jatkuu mainoksen alla)"], 4: ["Lue myös:", "Vaasan seudun työttömyys laski huhtikuussa"]},
        tail=[["Aiheet", "Vaasa", "Teollisuus", "Työllisyys"],
              ["Jaa artikkeli", "Kopioi linkki"],
              ["Tilaajana voit lahjoittaa viisi artikkelia kuukaudessa."]],
        paras=P("""
Vaasan Laajametsään rakennettu akkumateriaalitehdas hakee syksyn aikana noin 150 uutta työntekijää. Yhtiö
kertoi asiasta keskiviikkona.

Uusia työntekijöitä tarvitaan tuotantoon, kunnossapitoon ja laboratorioon, kun tehtaan toinen tuotantolinja
käynnistyy loppuvuodesta.

Tehtaan tuotantojohtaja Jukka Rintamäki sanoo, että hakijoita on tullut myös ulkomailta.

– Haemme ennen kaikkea ihmisiä, joilla on kokemusta prosessiteollisuudesta. Koulutamme heidät itse tehtävään,
Rintamäki sanoo.

Tehdas työllistää nyt noin 220 ihmistä. Sen rakentaminen viivästyi viime vuonna, kun akkumarkkinoiden kysyntä
heikkeni Euroopassa.

Vaasan seudulla on viime vuosina investoitu energiateollisuuteen yli kolme miljardia euroa.

Kaupunki on varautunut muuttoliikkeeseen kaavoittamalla uusia asuinalueita Laajametsän lähelle.

Ensimmäiset uudet työntekijät aloittavat yhtiön mukaan jo syyskuussa.

Tehdas valmistaa katodimateriaaleja sähköautojen akkuihin. Sen suurimmat asiakkaat ovat eurooppalaisia akkuvalmistajia, joiden kanssa yhtiö on solminut useamman vuoden toimitussopimukset.

Vaasan kaupungin elinkeinojohtaja Riikka Salminen kertoo, että kaupunki auttaa yhtiötä rekrytoinnissa järjestämällä rekrytointitapahtuman kesäkuussa. Tapahtumaan odotetaan satoja kävijöitä.

– Tämä on iso asia koko seudulle, koska jokainen teollisuuden työpaikka tuo mukanaan myös muita työpaikkoja palvelualoille, Salminen sanoo.

Alueen ammattikorkeakoulu on lisäksi käynnistänyt yhdessä yhtiön kanssa kemian prosessitekniikan koulutuksen, johon otetaan syksyllä 30 opiskelijaa.
"""),
        must_have=[
            "Uusia työntekijöitä tarvitaan tuotantoon, kunnossapitoon ja laboratorioon, kun tehtaan toinen tuotantolinja käynnistyy loppuvuodesta.",
            "Vaasan seudulla on viime vuosina investoitu energiateollisuuteen yli kolme miljardia euroa.",
        ]),
    # Népszava (Hungary, Hungarian): staff.
    rec(cluster="nepszava-szeged-villamos-felujitas", role="single",
        file="nepszava_szeged_villamos_hu.txt", render="text",
        title="Nyáron felújítják a szegedi 3-as villamos vonalát",
        date="2025-04-08", country="HU", region="europe", lang="hu", authors=["Farkas Zsuzsanna"],
        pre=[["Népszava", "Belföld", "Külföld", "Gazdaság", "Kultúra", "Sport", "Vélemény", "Szép Szó"],
             ["Belföld"]],
        head=[["Farkas Zsuzsanna"], ["2025.04.08. 13:47"]],
        inserts={3: ["Kapcsolódó", "Tíz új trolibusz érkezik Szegedre"]},
        tail=[["Ha tetszett a cikk, támogassa a független Népszavát!"],
              ["Kövessen minket a Facebookon is!"],
              ["Hírlevél feliratkozás"],
              ["\u00a9 Népszava 2025"]],
        paras=P("""
Június végétől szeptember elejéig nem jár villamos a szegedi 3-as vonalon, mert a városi közlekedési társaság
kicseréli a pálya egy közel kétkilométeres szakaszát.

A villamos helyett pótlóbuszok szállítják majd az utasokat a Tarján és a belváros között.

A felújítás mintegy 2,6 milliárd forintba kerül, amelyet a város részben uniós forrásból fizet.

A munkák során a megállókat is akadálymentesítik, és új utastájékoztató kijelzőket szerelnek fel.

Kovács Gábor, a közlekedési társaság műszaki igazgatója szerint a pálya állapota már sebességkorlátozást tett
szükségessé több helyen is.

„A nyári hónapokat azért választottuk, mert ilyenkor kevesebb a diák és a munkába járó utas” – mondta a
szakember.

A városvezetés azt ígéri, hogy a munkák a tanévkezdésre befejeződnek.

A 3-as villamos a város egyik legforgalmasabb vonala, hétköznaponként mintegy 25 ezer utas veszi igénybe.

A pótlóbuszok a villamos menetrendjéhez igazodva, csúcsidőben ötpercenként indulnak majd, a megállók helyéről a társaság a honlapján és a helyszínen kihelyezett táblákon tájékoztatja az utasokat.

Az ellenzéki képviselők ugyanakkor azt kifogásolják, hogy a város a felújítás után sem tervez új villamosokat beszerezni a vonalra, így továbbra is a régi, nem alacsony padlós járművek közlekednek majd.
"""),
        must_have=[
            "A villamos helyett pótlóbuszok szállítják majd az utasokat a Tarján és a belváros között.",
            "A munkák során a megállókat is akadálymentesítik, és új utastájékoztató kijelzőket szerelnek fel.",
        ]),
    # Seznam Zprávy (Czech Republic, Czech): staff.
    rec(cluster="seznamzpravy-ostrava-teplarna-uhli", role="single",
        file="seznamzpravy_ostrava_teplarna_cs.txt", render="text",
        title="Ostravská teplárna skončí s uhlím o dva roky dříve",
        date="2025-01-21", country="CZ", region="europe", lang="cs", authors=["Jakub Novotný"],
        pre=[["Seznam Zprávy", "Domácí", "Zahraniční", "Ekonomika", "Komentáře", "Podcasty", "Sport"],
             ["Článek"]],
        head=[["Jakub Novotný"], ["21. 1. 2025 5:40"]],
        inserts={2: ["Reklama"], 5: ["Čtěte také:", "Kolik zaplatíme za teplo letos? Ceny v krajských městech"]},
        tail=[["Sdílet", "Facebook", "X", "Kopírovat odkaz"],
              ["Nenechte si ujít"],
              ["\u00a9 2025 Seznam.cz, a.s."]],
        paras=P("""
Teplárna, která zásobuje teplem většinu domácností v Ostravě, přestane spalovat uhlí už v roce 2028, tedy o
dva roky dříve, než původně plánovala.

Místo uhelných kotlů postaví provozovatel plynové kotle, tepelná čerpadla a zařízení na spalování biomasy.

Investice přesáhne podle společnosti šest miliard korun.

Ředitel teplárny Martin Havelka uvedl, že k rychlejšímu konci uhlí firmu dotlačily vysoké ceny emisních
povolenek.

„Každý rok, kdy spalujeme uhlí, nás stojí stovky milionů korun navíc. Dřívější odchod se nám vyplatí,“ řekl
Havelka.

Město se obávalo, že by přechod mohl vést k prudkému zdražení tepla pro obyvatele panelových sídlišť.

Podle teplárny by se však cena tepla v prvních letech po přechodu neměla zvýšit o více než pět procent.

Ostrava patří k městům s nejhorším ovzduším v Česku, i když se situace za poslední desetiletí zlepšila.

Teplárna zásobuje teplem přibližně 100 tisíc domácností a desítky škol, nemocnic a úřadů. Nové zdroje začne stavět už letos na podzim, první plynové kotle by měly být v provozu příští rok.

Ekologické organizace rozhodnutí přivítaly, zároveň ale upozorňují, že spalování biomasy není bez problémů a dřevo by mělo pocházet z okolních lesů, nikoli z dovozu.
"""),
        must_have=[
            "Místo uhelných kotlů postaví provozovatel plynové kotle, tepelná čerpadla a zařízení na spalování biomasy.",
            "Podle teplárny by se však cena tepla v prvních letech po přechodu neměla zvýšit o více než pět procent.",
        ]),
    # The Northern Star (Lismore, NSW): staff.
    rec(cluster="northernstar-lismore-flood-buyback", role="single",
        file="northernstar_lismore_flood_buyback.txt", render="text",
        title="Final round of Lismore flood buybacks opens to homeowners",
        date="2025-04-03", country="AU", region="oceania", lang="en", authors=["Kate Holloway"],
        caption="Homes in North Lismore that flooded in 2022 are among those eligible.", credit="Cath Piltz",
        pre=[["The Northern Star", "News", "Sport", "Lifestyle", "Property", "Puzzles", "Subscribe", "Sign in"],
             ["Lismore"]],
        head=[["Kate Holloway"], ["Journalist"], ["April 3, 2025 - 4:30PM"], ["The Northern Star"]],
        cap_lines=["Homes in North Lismore that flooded in 2022 are among those eligible. Picture: Cath Piltz"],
        inserts={1: ["Don't miss out on the headlines from Lismore. Followed categories will be added to My News."],
                 4: ["Advertisement"]},
        tail=[["Read related topics:", "Lismore"],
              ["Add your comment to this story"],
              ["To join the conversation, please log in. Don't have an account? Register"]],
        paras=P("""
Homeowners in flood-hit parts of Lismore have until the end of June to register for the final round of the
state's voluntary buyback scheme.

The Northern Rivers Reconstruction Corporation said about 180 homes in North and South Lismore were eligible
in the last round, which would close the program after three years.

More than 1,000 homes across the Northern Rivers have been bought back, raised or retrofitted since the record
flood of February 2022.

Resident Lyn Feeney, whose house in Cowlong Rd was inundated to the ceiling, said she had waited a long time for
an offer.

"Some of my neighbours sold two years ago and moved up the hill. We've been living in limbo ever since," she said.

Bought-back houses are removed and the land is turned into open space so no one lives in the flood zone again.

Council will hold information sessions at the Lismore City Hall every Tuesday in April.

The corporation said homeowners who missed the deadline would not be able to apply later.
"""),
        must_have=[
            "More than 1,000 homes across the Northern Rivers have been bought back, raised or retrofitted since the record flood of February 2022.",
            "Bought-back houses are removed and the land is turned into open space so no one lives in the flood zone again.",
        ]),
    # Wimmera Mail-Times (Horsham, Victoria): staff.
    rec(cluster="wimmeramailtimes-horsham-river-path", role="single",
        file="wimmeramailtimes_horsham_river_path_extension.txt", render="text",
        title="Wimmera River shared path extension to Riverside gets green light",
        date="2025-06-03", country="AU", region="oceania", lang="en", authors=["Jared Tamblyn"],
        caption="The shared path currently ends near the Horsham Botanic Gardens.", credit="Sam Kovac",
        pre=[["The Wimmera Mail-Times", "News", "Local News", "Sport", "Rural", "Comment", "Community", "Obituaries", "Today's Paper"],
             ["Subscribe", "Login"]],
        head=[["Jared Tamblyn"], ["June 3 2025 - 12:36pm"]],
        cap_lines=["The shared path currently ends near the Horsham Botanic Gardens. Picture by Sam Kovac"],
        inserts={3: ["Advertisement"], 5: ["READ MORE: Horsham council sets rates rise at 3 per cent"]},
        tail=[["Get the latest Horsham news in your inbox", "Sign up for our newsletter to stay up to date."],
              ["Share", "Facebook", "X", "Email"],
              ["\u00a9 2025 Australian Community Media"]],
        paras=P("""
The Wimmera River shared path in Horsham will be extended to Riverside after councillors approved the final
stage of the project on Tuesday.

The 7km extension will run from the Horsham Botanic Gardens past the weir to the Riverside recreation reserve.

The work is expected to cost $4.5 million, with the council and the state government each paying about half.

Mayor Ros Kettering said the extension had been talked about for more than 20 years.

"This is a path for the whole municipality, not just the town centre. Riverside people have waited long enough,"
he said.

Councillors heard that two footbridges would need to be built and a section of the route moved away from an
eroding riverbank.

Construction is due to start next summer and take about three years.

Some landholders along the river have raised concerns about walkers crossing farmland, and the council said it
would work with them on fencing.

The existing 12.7km path is used by more than 300,000 people a year, according to council counters.
"""),
        must_have=[
            "The 7km extension will run from the Horsham Botanic Gardens past the weir to the Riverside recreation reserve.",
            "Councillors heard that two footbridges would need to be built and a section of the route moved away from an eroding riverbank.",
        ]),
    # Pravda (Slovakia): TASR copy.
    rec(cluster="pravda-tasr-kosice-nemocnica", role="single",
        file="pravda_tasr_kosice_nemocnica_sk.txt", render="text",
        title="V Košiciach začnú stavať novú nemocnicu na jeseň",
        date="2025-05-14", dateline="Košice 14. mája (TASR) - ", city="Košice", country="SK", region="europe", lang="sk",
        agency="TASR",
        pre=[["Pravda", "Správy", "Domáce", "Svet", "Ekonomika", "Názory", "Šport", "Kultúra", "Zdravie"]],
        head=[["TASR"], ["14.05.2025 11:20"]],
        inserts={2: ["Inzercia"]},
        tail=[["Zdieľať", "Facebook", "X", "E-mail"],
              ["Témy:", "Košice", "nemocnice"],
              ["Najčítanejšie"],
              ["\u00a9 2025 OUR MEDIA SR a. s."]],
        paras=P("""
Výstavba novej nemocnice v Košiciach by sa mala začať na jeseň. Informoval o tom v stredu riaditeľ projektu
Peter Hudák.

Nemocnica bude mať približne 800 lôžok a nahradí viaceré zastarané pavilóny v meste.

Projekt je financovaný z Plánu obnovy a odolnosti a zo štátneho rozpočtu, celkové náklady sa odhadujú na 600
miliónov eur.

Stavebné povolenie nadobudlo právoplatnosť minulý týždeň. Zhotoviteľ má na výstavbu štyri roky.

Podľa Hudáka bude nová nemocnica zameraná najmä na urgentnú a onkologickú starostlivosť.

Odborári upozorňujú, že nemocnica bude potrebovať stovky nových sestier a lekárov, ktorých je už dnes
nedostatok.

Mesto Košice pripravuje v okolí nemocnice aj novú električkovú zastávku a parkovací dom.

Pacienti by sa do nových priestorov mali sťahovať postupne od roku 2030.

Nemocnica bude mať aj heliport na streche, ktorý umožní rýchlejší prevoz pacientov z celého východného Slovenska. Súčasťou areálu má byť tiež ubytovňa pre zdravotníkov a materská škola pre deti zamestnancov.

Ministerstvo zdravotníctva podľa Hudáka počíta s tým, že niektoré pôvodné budovy po presťahovaní zbúra a uvoľnené pozemky využije mesto na nové byty a zeleň.
"""),
        must_have=[
            "Nemocnica bude mať približne 800 lôžok a nahradí viaceré zastarané pavilóny v meste.",
            "Mesto Košice pripravuje v okolí nemocnice aj novú električkovú zastávku a parkovací dom.",
        ]),
    # Porto Canal (Portugal): Lusa copy.
    rec(cluster="portocanal-lusa-braga-metrobus", role="single",
        file="portocanal_lusa_braga_brt_pt.txt", render="text",
        title="Braga lança concurso para linha de autocarros rápidos de 800 milhões",
        date="2025-03-12", dateline="Braga, 12 mar 2025 (Lusa) - ", city="Braga", country="PT", region="europe", lang="pt",
        agency="Lusa",
        pre=[["Porto Canal", "Notícias", "Programas", "Desporto", "Direto", "Grelha"],
             ["Notícias", "Norte"]],
        head=[["Lusa"], ["12 mar 2025, 16:42"]],
        tail=[["Partilhar", "Facebook", "X", "WhatsApp"],
              ["Notícias relacionadas"],
              ["\u00a9 Porto Canal 2025. Todos os direitos reservados."]],
        paras=P("""
A Câmara de Braga lançou hoje o concurso público para a construção da primeira linha de autocarros de
trânsito rápido (BRT) da cidade, uma obra avaliada em cerca de 80 milhões de euros.

A linha terá cerca de 12 quilómetros e vai ligar a zona da Universidade do Minho, em Gualtar, ao Hospital de
Braga e à estação ferroviária.

Segundo o presidente da câmara, Tiago Mendes Lobo, os autocarros vão circular em via própria em mais de metade do
percurso.

"Queremos oferecer uma alternativa real ao automóvel numa cidade que cresceu muito nos últimos anos", afirmou o
autarca, em conferência de imprensa.

A obra é financiada pelo Plano de Recuperação e Resiliência (PRR) e tem de estar concluída até ao final de
2026.

Os veículos serão elétricos e deverão passar a cada cinco minutos nas horas de ponta.

Comerciantes da avenida da Liberdade manifestaram preocupação com os efeitos das obras no acesso às lojas.

A autarquia garantiu que as intervenções serão feitas por troços para reduzir o impacto no trânsito.
"""),
        must_have=[
            "Os veículos serão elétricos e deverão passar a cada cinco minutos nas horas de ponta.",
            "A autarquia garantiu que as intervenções serão feitas por troços para reduzir o impacto no trânsito.",
        ]),
    # Zambia Monitor: staff.
    rec(cluster="zambiamonitor-kitwe-copper-smelter-jobs", role="single",
        file="zambiamonitor_kitwe_smelter_jobs.txt", render="text",
        title="Kitwe smelter restart to bring back 1,200 jobs, says company",
        date="2025-03-06", country="ZM", region="africa", lang="en", authors=["Mutale Banda"],
        pre=[["Zambia Monitor", "Home", "News", "Business", "Mining", "Agriculture", "Energy", "Policy", "Opinion"]],
        head=[["By Mutale Banda"], ["March 6, 2025"]],
        inserts={3: ["Also Read:", "Copper output rises 9% in 2024 as new mines come on stream"]},
        tail=[["Share this:", "Facebook", "X", "LinkedIn", "WhatsApp"],
              ["Related"],
              ["\u00a9 2025 Zambia Monitor. All Rights Reserved."]],
        paras=P("""
A copper smelter in Kitwe that was shut down two years ago will restart operations in July, bringing back about
1,200 jobs, the company that owns the plant said on Thursday.

Nkana Metals Refinery said it had secured a supply of copper concentrate from mines in the Copperbelt and North
Western provinces after months of talks.

The smelter can process up to 300,000 tonnes of concentrate a year, making it one of the largest in the country.

General manager Chanda Mwape said former workers would be given first priority for the jobs.

"We have the skills right here in Kitwe. These are people who know the plant better than anyone," Mwape said.

The plant was closed in 2023 after a dispute over power tariffs with the state utility, ZESCO.

Mine workers' unions welcomed the announcement but asked the company to publish the terms of the new contracts.

Zambia wants to raise copper production to 3 million tonnes a year by 2031.
"""),
        must_have=[
            "The smelter can process up to 300,000 tonnes of concentrate a year, making it one of the largest in the country.",
            "The plant was closed in 2023 after a dispute over power tariffs with the state utility, ZESCO.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_SP = site("SenePlus", "https://www.seneplus.example.com", " | SenePlus", "fr_FR", "@seneplus",
               ["Accueil", "Politique", "Economie", "Société", "International", "Sports", "Culture", "Opinions", "Vidéos"],
               ["\u00a9 2025 SenePlus. Tous droits réservés.", "Qui sommes-nous ?", "Contact", "Publicité", "Mentions légales"],
               share=["Facebook", "X", "WhatsApp", "LinkedIn", "Email"], top=["Newsletter", "Nous suivre"])
SITE_MM = site("Mannheimer Morgen", "https://www.morgenweb.example.de", " - Mannheimer Morgen", "de_DE", "@MMnews",
               ["Mannheim", "Region", "Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Adler", "SV Waldhof"],
               ["\u00a9 Mannheimer Morgen 2025", "Impressum", "Datenschutz", "AGB", "Barrierefreiheit", "Cookie-Einstellungen"],
               share=["Teilen", "Merken", "Drucken"], top=["E-Paper", "Abo", "Anmelden"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.",
               cookie_title="Datenschutz-Einstellungen",
               buttons=["Alle akzeptieren", "Mit Werbetracking ablehnen", "Einstellungen"])
SITE_PC = site("The Post and Courier", "https://www.postandcourier.example.com", " | Post and Courier", "en_US", "@postandcourier",
               ["News", "Politics", "Business", "Sports", "Food", "Opinion", "Obituaries", "E-Edition"],
               ["\u00a9 Copyright 2025 The Post and Courier, 148 Williman St Charleston, SC", "Terms of Use", "Privacy Policy", "Contact Us", "Advertise"],
               share=["Facebook", "X", "Email", "Print", "Save"], top=["Subscribe", "Log In"])
SITE_YC = site("Yeniçağ Gazetesi", "https://www.yenicaggazetesi.example.com.tr", " - Yeniçağ Gazetesi", "tr_TR", "@yenicaggazetesi",
               ["Gündem", "Ekonomi", "Dünya", "Spor", "Yaşam", "Sağlık", "Yazarlar", "Son Dakika"],
               ["\u00a9 2025 Yeniçağ Gazetesi. Tüm hakları saklıdır.", "Künye", "Gizlilik Politikası", "Çerez Politikası", "İletişim"],
               share=["Paylaş", "Facebook", "X", "WhatsApp", "E-posta"],
               cookie="Sitemizde kişisel verilerinizi işleyen çerezler kullanılmaktadır. Ayrıntılı bilgi için Çerez Politikamızı inceleyebilirsiniz.",
               buttons=["Kabul Et", "Reddet"])
SITE_SU = site("Суспільне Новини", "https://suspilne.example.media", " | Суспільне Новини", "uk_UA", "@suspilnenews",
               ["Новини", "Війна", "Політика", "Економіка", "Регіони", "Спорт", "Культура", "Відео"],
               ["\u00a9 2025 АТ «НСТУ». Усі права захищені.", "Про нас", "Редакційна політика", "Контакти", "Політика конфіденційності"],
               share=["Поділитися", "Facebook", "Telegram", "X", "Копіювати посилання"])
SITE_SS = site("Sunday Standard", "https://www.sundaystandard.example.info", " - Sunday Standard", "en_US", "@SundayStandardB",
               ["Home", "News", "Business", "Sport", "Opinion", "Lifestyle", "Tenders", "Contact"],
               ["Copyright \u00a9 2025 Sunday Standard. All Rights Reserved.", "About Us", "Advertise With Us", "Privacy Policy"],
               share=["Facebook", "Twitter", "WhatsApp", "Email"], graph=True)
SITE_ZO = site("Zócalo", "https://www.zocalo.example.com.mx", " | Periódico Zócalo | Noticias de Saltillo, Torreón, Piedras Negras, Monclova, Acuña", "es_MX", "@zocalo_saltillo",
               ["Saltillo", "Torreón", "Monclova", "Piedras Negras", "Acuña", "Nacional", "Internacional", "Deportes", "Espectáculos"],
               ["\u00a9 2025 Periódico Zócalo. Todos los derechos reservados.", "Aviso de privacidad", "Contacto", "Publicidad"],
               share=["Compartir", "Facebook", "X", "WhatsApp"], top=["Edición impresa", "Suscríbete"])
SITE_MX = site("Mediamax", "https://mediamax.example.am", " | Mediamax.am", "en_US", "@mediamaxam",
               ["Politics", "Economy", "Society", "Culture", "Sports", "Diaspora", "Interviews", "Photo"],
               ["\u00a9 2025 Mediamax Media Company. All rights reserved. Reproduction of materials is possible only with a hyperlink to Mediamax.am.", "About", "Advertising", "Contacts"],
               share=["Share", "Facebook", "X", "Telegram"], top=["Հայ", "Рус", "Eng"])
SITE_YH = site("Yakima Herald-Republic", "https://www.yakimaherald.example.com", " | Local News | yakimaherald.com", "en_US", "@yakimaherald",
               ["News", "Local", "Crime & Courts", "Agriculture", "Sports", "Opinion", "Obituaries", "e-Edition", "Nuestro Pueblo"],
               ["\u00a9 Copyright 2025 Yakima Herald-Republic, 114 N. 4th St. Yakima, WA", "Terms of Use", "Privacy Policy", "Contact Us"],
               share=["Facebook", "X", "Email", "Print", "Save"], top=["Subscribe", "Log In"],
               cookie="We use cookies to personalize content and ads and to analyze our traffic.", buttons=["Accept", "Manage settings"])

HTML_STORIES = [
    # SenePlus (original of the AFP cluster).
    dict(DAKAR, role="original", file="seneplus_afp_dakar_ter_prolongement_fr.html", render="html",
         site=SITE_SP, section="Economie", meta_section="Economie",
         url="https://www.seneplus.example.com/economie/le-ter-de-dakar-prolonge-jusqua-laeroport-dici-fin-2026",
         published="2025-06-11T16:05:00+00:00",
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         breadcrumbs=["Accueil", "Economie"],
         byline_lines=["SENEPLUS", "AFP"], date_lines=["Publication 11/06/2025"],
         caption="Une rame du TER à la gare de Diamniadio.", credit="Ndeye Fatou Sarr/AFP",
         credit_shown="\u00a9 Ndeye Fatou Sarr/AFP",
         inserts={3: [("ad", "PUBLICITÉ")]},
         tags=("Mots-clés", ["TER", "Transport", "Infrastructures"]),
         lists=[("Articles les plus lus", ["Assemblée nationale : le budget 2025 adopté", "Les Lions affrontent le Soudan en septembre"])],
         newsletter_end=["Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", "S'inscrire"]),
    # Mannheimer Morgen (original of the dpa cluster).
    dict(LJUB, role="original", file="mannheimermorgen_dpa_ljubljana_karawankentunnel_de.html", render="html",
         site=SITE_MM, section="Panorama", meta_section="Panorama",
         url="https://www.morgenweb.example.de/panorama_artikel,-panorama-slowenien-neue-roehre-des-karawankentunnels-oeffnet-spaeter-_arid,2291834.html",
         published="2025-03-12T14:05:00+01:00",
         ld_author=[{"@type": "Organization", "name": "dpa"}],
         kicker="Verkehr",
         byline_lines=["dpa"], date_lines=["12.03.2025 - 14:05 Uhr", "Lesedauer: 2 Min"],
         caption="Fahrzeuge vor dem Nordportal des Karawankentunnels bei Rosenbach.", credit="Felix Hörmann/APA/dpa",
         credit_shown="\u00a9 Felix Hörmann/APA/dpa",
         inserts={1: [("ad", "Anzeige")], 4: [("promo", ["Newsletter \u201eMorgen am Morgen\u201c", "Die wichtigsten Nachrichten aus Mannheim und der Welt, jeden Morgen kostenlos.", "Jetzt abonnieren"])]},
         end_lines=[LJUB_INFOCOM],
         comments=["Kommentare", "Um Kommentare verfassen zu können, müssen Sie angemeldet sein."],
         lists=[("Mehr zum Thema", ["Stau am Brenner: Ferienstart sorgt für volle Straßen", "Tauerntunnel wird saniert"])]),
    # The Post and Courier (Charleston): AP copy.
    rec(cluster="postandcourier-ap-columbia-teacher-pay", role="single",
        file="postandcourier_ap_columbia_teacher_pay.html", render="html", site=SITE_PC,
        title="South Carolina House budget raises minimum teacher pay to $50,000",
        date="2025-03-12", dateline="COLUMBIA, S.C. (AP) \u2014 ", city="Columbia", country="US", region="americas", lang="en",
        agency="AP", authors=["Leila Montrose"], section="Politics", meta_section="Politics",
        url="https://www.postandcourier.example.com/politics/sc-house-budget-teacher-pay/article_5a9c1e2e-ff01-11ef-9b1a-8f3e2d7c6b11.html",
        description="The plan would make South Carolina's starting teacher salary one of the highest in the Southeast.",
        published="2025-03-12T18:31:00-04:00",
        ld_author=[{"@type": "Person", "name": "Leila Montrose"}, {"@type": "Organization", "name": "Associated Press"}],
        byline_lines=["By LEILA MONTROSE Associated Press"], date_lines=["Mar 12, 2025"],
        caption="Members of the South Carolina House debate the state budget in Columbia.",
        credit="AP Photo/Tomas Ridley", credit_shown="AP Photo/Tomas Ridley",
        inserts={2: [("ad", "Advertisement")]},
        end_lines=["Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."],
        newsletter_end=["Get the Post and Courier's Politics newsletter", "Sign up"],
        paras=P("""
The South Carolina House passed a $14 billion state budget on Wednesday that raises the minimum salary for a
first-year teacher to $50,000.

The plan would make the state's starting teacher pay one of the highest in the Southeast, supporters said.

The budget also sets aside $200 million to cut the state income tax rate and $150 million for road repairs in
rural counties.

"We said we would put teachers first, and this budget does it," said Republican Rep. Carla Whitfield, who leads
the House budget committee.

Democrats said the increase was welcome but argued that experienced teachers would get much smaller raises.

The vote was 108-12. The Senate will now write its own version of the budget, and the two chambers must agree
before the fiscal year begins July 1.

Starting teacher pay in South Carolina was $47,000 this year.

Education groups say the state still has more than 1,000 teaching vacancies.
"""),
        must_have=[
            "The budget also sets aside $200 million to cut the state income tax rate and $150 million for road repairs in rural counties.",
            "Starting teacher pay in South Carolina was $47,000 this year.",
        ]),
    # Yeniçağ Gazetesi (Turkey): Anadolu copy.
    rec(cluster="yenicag-aa-bursa-tramvay-hatti", role="single",
        file="yenicag_aa_bursa_tramvay_hatti_tr.html", render="html", site=SITE_YC,
        title="Bursa'da yeni tramvay hattının ilk etabı hizmete girdi",
        date="2025-02-18", country="TR", region="asia", lang="tr", agency="Anadolu", section="Ekonomi", meta_section="Ekonomi",
        url="https://www.yenicaggazetesi.example.com.tr/bursada-yeni-tramvay-hattinin-ilk-etabi-hizmete-girdi-891274h.htm",
        description="Şehir merkezi ile otogar arasındaki hattın ilk etabı yolculara açıldı.",
        published="2025-02-18T19:05:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Anadolu Ajansı"}],
        byline_lines=["AA"], date_lines=["18 Şubat 2025 19:05"],
        caption="Yeni tramvay hattında ilk sefer tören ile yapıldı.", credit="AA",
        credit_shown="Fotoğraf: AA",
        inserts={3: [("ad", "Reklam")]},
        end_lines=["Kaynak: AA"],
        tags=("Etiketler", ["Bursa", "ulaşım", "tramvay"]),
        lists=[("Çok okunanlar", ["Merkez Bankası faiz kararını açıkladı", "İstanbul'da kar yağışı uyarısı"])],
        paras=P("""
Bursa'da şehir merkezi ile otogar arasında yapılan yeni tramvay hattının ilk etabı salı günü düzenlenen törenle
hizmete girdi.

Yaklaşık 9 kilometre uzunluğundaki ilk etapta 11 durak bulunuyor ve tramvaylar sabah 06.00 ile gece yarısı arasında
çalışacak.

Büyükşehir belediyesi yetkilileri, hattın tamamlanmasıyla birlikte şehir merkezi ile otogar arasındaki yolculuk
süresinin 25 dakikaya ineceğini belirtti.

Projenin toplam maliyetinin 4,2 milyar lira olduğu ve masrafların bir kısmının uluslararası kredilerle
karşılandığı açıklandı.

Törende konuşan Ulaşım Dairesi Başkanı Kemal Yıldırım, "Bu hat, her gün trafikte saatler kaybeden on binlerce
Bursalının hayatını kolaylaştıracak" dedi.

İlk hafta boyunca yolcuların tramvayı ücretsiz kullanabileceği bildirildi.

Hattın ikinci etabının ise yıl sonuna kadar tamamlanması ve Kent Meydanı'na kadar uzatılması planlanıyor.

Bursa, İstanbul, Ankara ve İzmir'in ardından Türkiye'nin en kalabalık dördüncü şehri konumunda bulunuyor ve
kentte özellikle sabah ve akşam saatlerinde yoğun trafik yaşanıyor.

Belediye, yeni hatla birlikte bazı otobüs hatlarının güzergahlarının da değiştirileceğini ve tramvay
duraklarına aktarma noktaları kurulacağını duyurdu.

Esnaf ise inşaat nedeniyle aylardır kapalı olan caddelerin yeniden açılmasıyla müşterilerin geri döneceğini
umuyor.
"""),
        must_have=[
            "İlk hafta boyunca yolcuların tramvayı ücretsiz kullanabileceği bildirildi.",
            "Hattın ikinci etabının ise yıl sonuna kadar tamamlanması ve Kent Meydanı'na kadar uzatılması planlanıyor.",
        ]),
    # Suspilne (Ukraine, public broadcaster): staff.
    rec(cluster="suspilne-odesa-port-zerno", role="single",
        file="suspilne_odesa_port_zerno_uk.html", render="html", site=SITE_SU,
        title="Порти Великої Одеси за місяць перевалили понад 4 мільйони тонн агропродукції",
        date="2025-02-18", country="UA", region="europe", lang="uk", authors=["Ірина Коваленко"],
        section="Економіка", meta_section="Економіка",
        url="https://suspilne.example.media/odesa/950214-porti-velikoi-odesi-za-misac-perevalili-ponad-4-miljoni-tonn/",
        description="Найбільше експортували кукурудзи та пшениці.",
        published="2025-02-18T14:05:00+02:00",
        byline_lines=["Ірина Коваленко"], date_lines=["18 лютого 2025, 14:05"],
        caption="Завантаження зерна на судно в порту Чорноморська.", credit="Суспільне Одеса",
        credit_shown="Суспільне Одеса",
        inserts={2: [("link", "Читайте також:", "Як працює український морський коридор: пояснюємо")]},
        below_body=[("telegram", "Читайте нас у Telegram: головне з Одеси та області")],
        tags=("Теми", ["Одеса", "експорт", "зерно"]),
        paras=P("""
Порти Великої Одеси у січні перевалили понад 4 мільйони тонн агропродукції. Про це повідомили в
Українському морському портовому агентстві.

Найбільше експортували кукурудзи та пшениці, також зросли відвантаження соняшникової олії.

Загалом через порти Одеси, Чорноморська та Південного за місяць пройшли 410 суден.

У порівнянні з груднем обсяги перевалки зросли на 8 відсотків, попри кілька атак на портову інфраструктуру.

Заступник керівника агентства Олег Савчук сказав, що порти працюють у безперервному режимі.

«Навіть після обстрілів ми відновлюємо роботу причалів протягом кількох годин», — сказав він.

За даними агентства, основними покупцями українського зерна залишаються країни Європейського Союзу, Єгипет та
Туреччина.

В агентстві розраховують, що до кінця весни обсяги перевалки залишаться на рівні 4 мільйонів тонн на місяць.

Морський коридор, яким судна виходять з портів Одещини, працює з серпня 2023 року. Відтоді ним вивезли понад 100 мільйонів тонн вантажів, переважно агропродукції.

Економісти зазначають, що стабільна робота портів важлива для бюджету країни та для фермерів, які мають продати врожай до початку нового сезону.

Водночас аграрії скаржаться на високі ставки страхування суден і фрахту, через які вони отримують за зерно менше, ніж до повномасштабного вторгнення.
"""),
        must_have=[
            "Загалом через порти Одеси, Чорноморська та Південного за місяць пройшли 410 суден.",
            "Заступник керівника агентства Олег Савчук сказав, що порти працюють у безперервному режимі.",
        ]),
    # Sunday Standard (Botswana): staff, gzipped.
    rec(cluster="sundaystandard-gaborone-water-rationing", role="single",
        file="sundaystandard_gaborone_water_rationing.html.gz", render="html", site=SITE_SS,
        title="Water Utilities extends Gaborone rationing as Gaborone Dam drops to 18 percent",
        date="2024-11-10", country="BW", region="africa", lang="en", authors=["Keabetswe Mothibi"],
        section="News", meta_section="News",
        url="https://www.sundaystandard.example.info/water-utilities-extends-gaborone-rationing/",
        description="Residents in the city's southern suburbs will receive water on alternate days until the rains arrive.",
        published="2024-11-10T08:30:00+02:00",
        breadcrumbs=["Home", "News"],
        byline_lines=["Keabetswe Mothibi"], date_lines=["November 10, 2024"],
        caption="The Gaborone Dam has fallen to its lowest level since 2016.",
        credit="Sunday Standard", credit_shown="(PIC: Sunday Standard)",
        inserts={3: [("box", "Related Posts", ["BPC warns of load shedding over Morupule repairs", "Farmers count losses as drought bites"])]},
        below_body=[("views", "1,093 views")],
        comments=["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
        paras=P("""
The Water Utilities Corporation has extended water rationing in Gaborone after the level of the Gaborone Dam
dropped to 18 percent this week.

Residents of the city's southern suburbs, including Block 8, Tlokweng and Gaborone West, will receive water on
alternate days until the rains arrive.

The corporation said the North-South Carrier pipeline was running at full capacity but could not meet demand on
its own.

WUC spokesperson Dineo Kgosiemang said the rationing timetable would be published on the corporation's social
media pages every Friday.

"We are asking residents to store water safely and report leaks immediately. Every litre counts," she said.

Businesses in the city centre have complained that the cuts are affecting restaurants and car washes.

The Department of Meteorological Services has forecast below-normal rainfall for the first half of the season.

The Gaborone Dam supplies most of the water used in the capital and the surrounding villages.
"""),
        must_have=[
            "The corporation said the North-South Carrier pipeline was running at full capacity but could not meet demand on its own.",
            "Businesses in the city centre have complained that the cuts are affecting restaurants and car washes.",
        ]),
    # Zócalo (Saltillo, Mexico): staff.
    rec(cluster="zocalo-saltillo-parque-industrial-agua", role="single",
        file="zocalo_saltillo_parque_industrial_agua_es.html", render="html", site=SITE_ZO,
        title="Exigen vecinos de Ramos Arizpe frenar pozos para parque industrial",
        date="2025-07-22", dateline="RAMOS ARIZPE, COAH.- ", city="Ramos Arizpe", country="MX", region="americas", lang="es",
        authors=["Mariana Treviño"], section="Saltillo", meta_section="Saltillo",
        url="https://www.zocalo.example.com.mx/exigen-vecinos-de-ramos-arizpe-frenar-pozos-para-parque-industrial/",
        description="Habitantes de tres colonias denuncian que sus tinacos pasan días sin agua.",
        published="2025-07-22T06:00:00-06:00",
        byline_lines=["Por Mariana Treviño"], date_lines=["22 julio 2025"],
        caption="Vecinos de la colonia Analco muestran los tinacos vacíos.", credit="Ricardo Zertuche",
        credit_shown="Foto: Ricardo Zertuche",
        inserts={3: [("ad", "Publicidad")], 5: [("link", "TE PUEDE INTERESAR:", "Saltillo tendrá tandeo de agua en 40 colonias")]},
        below_body=[("google-news", "Síguenos en Google News")],
        paras=P("""
Habitantes de tres colonias de Ramos Arizpe pidieron al Ayuntamiento frenar la perforación de dos pozos para un
nuevo parque industrial, al denunciar que sus tinacos pasan días enteros sin agua.

Los vecinos de Analco, Manantiales y Valle de las Flores se reunieron la mañana del lunes frente a la
Presidencia Municipal con pancartas y cubetas vacías.

Según la empresa desarrolladora, los pozos abastecerán a cuatro naves industriales que se construyen junto a la
carretera a Monterrey.

"Nosotros compramos garrafones para bañar a los niños, y allá van a tener agua para las fábricas", reclamó
Guadalupe Arizpe, vecina de Analco.

El organismo municipal de agua informó que la extracción cuenta con permiso de la Comisión Nacional del Agua.

El director del organismo, Julio Ramos, afirmó que los pozos no afectarán el suministro de las colonias, ya que
extraen de un acuífero distinto.

Los vecinos solicitaron una reunión con el alcalde y un estudio independiente sobre el acuífero.

La región sureste de Coahuila atraviesa uno de los veranos más secos de la última década.
"""),
        must_have=[
            "El organismo municipal de agua informó que la extracción cuenta con permiso de la Comisión Nacional del Agua.",
            "Los vecinos solicitaron una reunión con el alcalde y un estudio independiente sobre el acuífero.",
        ]),
    # Mediamax (Armenia): staff.
    rec(cluster="mediamax-gyumri-textile-factory", role="single",
        file="mediamax_gyumri_textile_factory.html", render="html", site=SITE_MX,
        title="Italian-Armenian textile factory to open in Gyumri next year",
        date="2024-12-10", country="AM", region="asia", lang="en", authors=["Ani Hovhannisyan"],
        section="Economy", meta_section="Economy",
        url="https://mediamax.example.am/en/news/economy/58213/",
        description="The factory will employ about 350 people, most of them women.",
        published="2024-12-10T12:47:00+04:00",
        byline_lines=["Ani Hovhannisyan"], date_lines=["December 10, 2024 12:47"],
        caption="The former textile plant in Gyumri's Mush district.", credit="Mediamax",
        credit_shown="Photo: Mediamax",
        above_body=[("views", "Views: 842")],
        inserts={4: [("ad", "Advertisement")]},
        lists=[("Latest news", ["Armenia's GDP growth slows to 5.8% in October", "Yerevan metro to get new trains"])],
        paras=P("""
An Italian-Armenian joint venture will open a textile factory in Gyumri next year, creating about 350 jobs,
the city's mayor's office said on Tuesday.

The factory will be set up in a renovated building of a Soviet-era textile plant in the Mush district of the
city.

The investors plan to spend about 9 million euros in the first phase, mainly on sewing and knitting equipment.

Most of the employees will be women, and the company will run a six-month training course before production
starts.

"Gyumri has a long tradition of textile work. Many women here still have the skills," said project director
Sergio Bellandi.

The products will be exported mainly to Italy and France under European fashion brands.

Gyumri, Armenia's second-largest city, still has higher unemployment than the national average.

The government has offered tax breaks to companies that open production facilities in the Shirak region.

The mayor's office said the city would also help the company repair the access road to the factory.
"""),
        must_have=[
            "The investors plan to spend about 9 million euros in the first phase, mainly on sewing and knitting equipment.",
            "The products will be exported mainly to Italy and France under European fashion brands.",
        ]),
    # Yakima Herald-Republic (Washington): staff.
    rec(cluster="yakimaherald-hop-acreage-cut", role="single",
        file="yakimaherald_hop_harvest_acreage.html", render="html", site=SITE_YH,
        title="Yakima Valley hop growers cut acreage again as brewers buy less",
        date="2024-08-27", country="US", region="americas", lang="en", authors=["Jasper Kline"],
        section="Agriculture", meta_section="Agriculture",
        url="https://www.yakimaherald.example.com/news/local/agriculture/yakima-valley-hop-growers-cut-acreage-again/article_6d2e19aa-63b4-11ef-8c55-1f0a2b3c4d5e.html",
        description="Washington hop acreage has fallen by about a fifth in two years.",
        published="2024-08-27T17:15:00-07:00",
        byline_lines=["JASPER KLINE Yakima Herald-Republic"], date_lines=["Aug 27, 2024"],
        share_top=False,
        caption="A worker checks hop cones at a farm near Moxee.", credit="Tomas Reyna / Yakima Herald-Republic",
        credit_shown="Tomas Reyna / Yakima Herald-Republic",
        inserts={3: [("ad", "Advertisement")]},
        author_box=["Contact Jasper Kline at jkline@yakimaherald.com."],
        comments=["Be the first to know", "Get local news delivered to your inbox!"],
        paras=P("""
Hop growers in the Yakima Valley have cut their acreage for a second year in a row as craft brewers buy less and
warehouses remain full of older crops.

Washington farmers strung hops on about 33,000 acres this year, down from more than 41,000 acres in 2022,
according to an industry report released Tuesday.

The Yakima Valley grows about three-quarters of the hops produced in the United States.

Grower Dana Whitlow of Moxee said her family had pulled out a quarter of its fields and replanted some with
apples.

"We've never taken out this much in one go. It's hard to watch," she said.

Brewers have been using up inventory they bought during the boom years, while beer sales in the U.S. have
declined.

Industry groups hope exports to Europe and Latin America will help balance the market.

Harvest began last week and is expected to run until the end of September.
"""),
        must_have=[
            "The Yakima Valley grows about three-quarters of the hops produced in the United States.",
            "Industry groups hope exports to Europe and Latin America will help balance the market.",
        ]),
]


# ---- news-please and trafilatura files ---------------------------------------------

JSON_STORIES = [
    # news-please, Rosario3 (Argentina): Noticias Argentinas copy.
    rec(cluster="rosario3-na-puertos-soja-exportaciones", role="single", file="newsplease_rosario3_na_puertos_soja_es.json",
        render="newsplease", title="Los puertos del Gran Rosario despacharon un 18% más de granos en el primer trimestre",
        date="2025-04-09", country="AR", region="americas", lang="es", agency="NA",
        url="https://www.rosario3.example.com/economia/Los-puertos-del-Gran-Rosario-despacharon-un-18-mas-de-granos-20250409-0041.html",
        source_domain="www.rosario3.example.com",
        description="La mejora se explica por la recuperación de la cosecha tras la sequía.",
        np_authors=["Noticias Argentinas"], np_publish="2025-04-09 14:32:00", np_download="2025-04-09 19:10:44",
        head_lines=["Noticias Argentinas", "9 de abril de 2025 · 14:32hs"],
        tail_lines=["Fuente: Noticias Argentinas", "Seguí leyendo", "Recibí las noticias de Rosario3 en tu WhatsApp"],
        paras=P("""
Las terminales portuarias del Gran Rosario despacharon en el primer trimestre del año 22,4 millones de
toneladas de granos, harinas y aceites, un 18% más que en el mismo período de 2024, según un informe de la
Bolsa de Comercio de Rosario.

La mejora se explica principalmente por la recuperación de la cosecha de soja y maíz tras la sequía que golpeó
a la región pampeana dos campañas atrás.

Del total exportado, la harina de soja representó casi la mitad, seguida por el maíz y el aceite de soja.

El informe advierte, sin embargo, que la bajante del río Paraná obligó a muchos buques a salir con menos carga
de la que podían transportar.

"Cada centímetro de calado que se pierde es carga que no sale desde Rosario y tiene que completarse en otros
puertos", explicó el economista Martín Quiroga.

Las terminales ubicadas entre Timbúes y Arroyo Seco concentran cerca del 80% de las exportaciones de granos y
subproductos del país.

Para el segundo trimestre, la entidad espera volúmenes similares, con el inicio de la cosecha gruesa.

Los exportadores reclaman además una baja de los derechos de exportación para mejorar la competitividad.
"""),
        must_have=[
            "Del total exportado, la harina de soja representó casi la mitad, seguida por el maíz y el aceite de soja.",
            "Para el segundo trimestre, la entidad espera volúmenes similares, con el inicio de la cosecha gruesa.",
        ]),
    # news-please, Tuko (Kenya): staff.
    rec(cluster="tuko-nakuru-matatu-cashless", role="single", file="newsplease_tuko_nakuru_matatu_cashless.json",
        render="newsplease", title="Nakuru: Matatu Operators Given 60 Days to Switch to Cashless Fare Payment",
        date="2025-01-14", country="KE", region="africa", lang="en", authors=["Brian Otieno"],
        url="https://www.tuko.example.co.ke/kenya/counties/571234-nakuru-matatu-operators-given-60-days-switch-cashless-fare-payment/",
        source_domain="www.tuko.example.co.ke",
        description="Passengers will pay fares through mobile money or prepaid cards.",
        np_authors=["Brian Otieno"], np_publish="2025-01-14 11:05:00", np_download="2025-01-14 16:40:18",
        head_lines=["Brian Otieno", "3 min read"],
        tail_lines=["PAY ATTENTION: Click \"See First\" under the \"Following\" tab to see TUKO News on your News Feed",
                    "Source: TUKO.co.ke", "Proofreading by Asher Omondi, copy editor at TUKO.co.ke."],
        inserts={2: ["PAY ATTENTION: Join TUKO.co.ke's WhatsApp channel to never miss important updates!"]},
        paras=P("""
Matatu operators in Nakuru county have been given 60 days to switch to cashless fare payment, the county
transport department has announced.

Under the new rules, passengers will pay their fares through mobile money or prepaid cards issued by registered
Saccos.

County transport executive Joyce Wanjiru said the move would reduce disputes over fares and make it easier to
track the revenue of public service vehicles.

She said conductors would still be allowed to accept cash for a short transition period on routes serving rural
areas.

Some operators welcomed the plan, saying it would help owners know exactly how much money their vehicles make
each day.

"Many owners lose money because they never know what was collected. With cashless, the records are there,"
said Sacco chairman Peter Kimani.

Passengers, however, raised concerns about network failures and transaction charges on small amounts.

The county said it would hold talks with mobile money providers to reduce the charges for fares below KSh 100.
"""),
        must_have=[
            "Under the new rules, passengers will pay their fares through mobile money or prepaid cards issued by registered Saccos.",
            "Passengers, however, raised concerns about network failures and transaction charges on small amounts.",
        ]),
    # news-please, Mandurah Mail (Western Australia): staff.
    rec(cluster="mandurahmail-dawesville-boat-ramp", role="single", file="newsplease_mandurahmail_estuary_boat_ramp.json",
        render="newsplease", title="Dawesville boat ramp upgrade to ease summer queues",
        date="2024-11-27", country="AU", region="oceania", lang="en", authors=["Tahlia Ferraro"],
        url="https://www.mandurahmail.example.com.au/story/8812345/dawesville-boat-ramp-upgrade-to-ease-summer-queues/",
        source_domain="www.mandurahmail.example.com.au",
        description="Two extra launching lanes and 60 trailer bays are planned.",
        np_authors=["Tahlia Ferraro"], np_publish="2024-11-27 05:30:00", np_download="2024-11-27 09:02:51",
        head_lines=["Tahlia Ferraro", "November 27 2024 - 1:30pm"],
        tail_lines=["Advertisement", "Get the latest Mandurah news in your inbox", "Sign up for our newsletter to stay up to date.",
                    "We care about the protection of your data. Read our Privacy Policy."],
        paras=P("""
Boaties who launch at the Dawesville Channel will spend less time waiting in line under a plan to add two
launching lanes and 60 extra trailer bays at the boat ramp.

The state government has set aside $4.2 million for the project, which is expected to be finished before next
summer.

On busy weekends during the crabbing season, queues at the ramp can stretch back to Old Coast Road.

Mandurah Mayor Dean Harlow said the upgrade was one of the most requested projects in the city.

"Anyone who has tried to launch here on a Saturday in March knows how frustrating it is," he said.

The work will also include new floating jetties, lighting and a fish-cleaning station.

The ramp will stay open during most of the construction, with short closures announced on the Department of
Transport website.

The Peel-Harvey estuary is one of the most popular recreational fishing areas in Western Australia.
"""),
        must_have=[
            "The state government has set aside $4.2 million for the project, which is expected to be finished before next summer.",
            "The work will also include new floating jetties, lighting and a fish-cleaning station.",
        ]),
    # trafilatura, Novi list (Rijeka): Hina copy.
    rec(cluster="novilist-hina-rijeka-luka-kontejneri", role="single", file="trafilatura_novilist_hina_rijeka_luka_hr.json",
        render="trafilatura", title="Novi kontejnerski terminal u Rijeci počinje s radom u travnju",
        date="2025-03-05", dateline="RIJEKA, 5. ožujka (Hina) - ", city="Rijeka", country="HR", region="europe", lang="hr",
        agency="Hina", section="Rijeka",
        url="https://www.novilist.example.hr/rijeka-regija/rijeka/novi-kontejnerski-terminal-u-rijeci-pocinje-s-radom-u-travnju/",
        hostname="www.novilist.example.hr", source_hostname="Novi list",
        description="Terminal na Zagrebačkoj obali moći će primiti najveće brodove koji plove Jadranom.",
        tf_author="Hina", tf_date="2025-03-05", tf_language="hr", categories="Rijeka;Rijeka i regija",
        head_lines=["Autor: Hina", "05.03.2025. u 15:12"],
        tail_lines=["Komentari", "Pretplatite se na Novi list", "Najčitanije"],
        paras=P("""
Novi kontejnerski terminal na riječkoj Zagrebačkoj obali počet će s radom u travnju, izvijestili su u srijedu
iz Lučke uprave Rijeka.

Terminal će moći primiti najveće kontejnerske brodove koji plove Jadranom, a godišnji kapacitet procjenjuje se
na 650.000 kontejnera.

Ravnatelj Lučke uprave Darko Jurić kazao je da se prvi brod očekuje sredinom travnja.

Izgradnja terminala trajala je šest godina i stajala je više od 200 milijuna eura, od čega je dio financiran
sredstvima Europske unije.

Terminalom će upravljati koncesionar koji je na natječaju dobio pravo korištenja na 50 godina.

Jurić je istaknuo da je za puni uspjeh projekta ključna modernizacija željezničke pruge prema Zagrebu.

Trenutačno se većina tereta iz riječke luke prevozi kamionima, što opterećuje ceste u gradu.

Radovi na novoj dvokolosječnoj pruzi između Rijeke i Zagreba trebali bi potrajati još nekoliko godina.

Gradonačelnik Rijeke pozdravio je otvaranje terminala i poručio da grad očekuje nova radna mjesta, ali i rješenje prometnih gužvi na ulazu u luku. Lučka uprava najavila je da će se kamioni do terminala usmjeravati novom pristupnom cestom.
"""),
        must_have=[
            "Ravnatelj Lučke uprave Darko Jurić kazao je da se prvi brod očekuje sredinom travnja.",
            "Terminalom će upravljati koncesionar koji je na natječaju dobio pravo korištenja na 50 godina.",
        ]),
    # trafilatura, Rapid City Journal (South Dakota): staff.
    rec(cluster="rapidcityjournal-black-hills-wildfire-crews", role="single", file="trafilatura_rapidcityjournal_fire_crews.json",
        render="trafilatura", title="Black Hills fire crews add seasonal staff after dry winter",
        date="2025-04-17", country="US", region="americas", lang="en", authors=["Cody Marsh"], section="Local",
        url="https://rapidcityjournal.example.com/news/local/black-hills-fire-crews-add-seasonal-staff/article_2f7c8b10-1bd4-11f0-9d6e-3b1a2c4d5e6f.html",
        hostname="rapidcityjournal.example.com", source_hostname="Rapid City Journal",
        description="The Black Hills National Forest will hire 40 extra seasonal firefighters.",
        tf_author="Cody Marsh", tf_date="2025-04-17", tf_language="en", categories="Local;News",
        head_lines=["Cody Marsh", "Apr 17, 2025"],
        tail_lines=["Get local news delivered to your inbox!", "Cody Marsh covers public safety for the Rapid City Journal.",
                    "Be the first to know"],
        paras=P("""
The Black Hills National Forest will hire 40 extra seasonal firefighters this summer after one of the driest
winters on record in western South Dakota.

Snowfall in the Black Hills was less than half of normal between December and March, according to the National
Weather Service office in Rapid City.

Forest officials said the new crews would be based in Custer, Hill City and Spearfish.

Fire management officer Renee Halvorsen said dry grass on the edge of the forest was a particular concern.

"Most of our big fires start in the grass and move into the timber. That's where we want to catch them," she said.

The forest also plans to keep two single-engine air tankers at the Rapid City airport from June through
September.

Residents who live near the forest are being urged to clear brush and dead branches from around their homes.

Campfire restrictions may be put in place earlier than usual if conditions stay dry.
"""),
        must_have=[
            "Snowfall in the Black Hills was less than half of normal between December and March, according to the National Weather Service office in Rapid City.",
            "Residents who live near the forest are being urged to clear brush and dead branches from around their homes.",
        ]),
    # trafilatura, Teledoce (Uruguay): staff.
    rec(cluster="teledoce-montevideo-ute-tarifa-nocturna", role="single", file="trafilatura_teledoce_ute_tarifa_es.json",
        render="trafilatura", title="UTE lanza una tarifa nocturna para cargar autos eléctricos en casa",
        date="2024-10-22", country="UY", region="americas", lang="es", section="Economía",
        url="https://www.teledoce.example.com/telemundo/economia/ute-lanza-una-tarifa-nocturna-para-cargar-autos-electricos-en-casa/",
        hostname="www.teledoce.example.com", source_hostname="Teledoce",
        description="El kilovatio costará casi la mitad entre la medianoche y las seis de la mañana.",
        tf_author="Telemundo", tf_date="2024-10-22", tf_language="es", categories="Economía;Telemundo",
        head_lines=["Telemundo", "22 de octubre de 2024 - 19:40"],
        tail_lines=["Mirá también", "Seguinos en Instagram", "Teledoce.com \u00a9 2024"],
        paras=P("""
La empresa estatal de electricidad UTE lanzará en noviembre una tarifa especial para quienes carguen autos
eléctricos en sus casas durante la noche.

El kilovatio costará casi la mitad entre la medianoche y las seis de la mañana, informó la empresa este martes.

Para acceder a la tarifa, los clientes deberán instalar un medidor inteligente, que UTE colocará sin costo.

En Uruguay circulan más de 12.000 vehículos eléctricos, y las ventas se duplicaron en el último año.

La presidenta de UTE, Andrea Cabrera, dijo que la medida busca aprovechar la energía eólica que sobra durante la
noche.

"De madrugada tenemos más energía renovable de la que consumimos, y preferimos que se use aquí", explicó.

La empresa también amplía la red de cargadores públicos en rutas nacionales y en el interior del país.

Los interesados podrán solicitar el cambio de tarifa desde la aplicación de UTE o en las oficinas comerciales.
"""),
        must_have=[
            "Para acceder a la tarifa, los clientes deberán instalar un medidor inteligente, que UTE colocará sin costo.",
            "La empresa también amplía la red de cargadores públicos en rutas nacionales y en el interior del país.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_WALF = site("WalfQuotidien", "https://www.walf.example.sn", " - WalfQuotidien", "fr_FR", "@walfnet",
                 ["Accueil", "Actualité", "Politique", "Economie", "Société", "Sport", "Culture", "Walf TV"],
                 ["\u00a9 2025 Walf Groupe", "Qui sommes-nous", "Contact", "Publicité"],
                 share=["Partager", "Facebook", "X", "WhatsApp"])

JSONL_STORIES = [
    # news-please shape: the Reuters story on TODAY (syndicated member of the Reuters cluster).
    dict(RICE, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.todayonline.example.com/world/vietnam-rice-exports-philippines-slow-import-permits-2512344",
         source_domain="www.todayonline.example.com",
         np_authors=["Reuters"], np_publish="2025-09-16 19:12:00", np_download="2025-09-16 23:40:05",
         head_lines=["REUTERS", "Published September 16, 2025"],
         tail_lines=[RICE_CREDITS, "Source: Reuters", "Download the TODAY app", "Related topics"]),
    # newsbeam html shape: the AFP story on WalfQuotidien (syndicated member of the AFP cluster).
    dict(DAKAR, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_WALF,
         section="Economie", meta_section="Economie",
         url="https://www.walf.example.sn/2025/06/11/le-ter-de-dakar-prolonge-jusqua-laeroport-dici-fin-2026/",
         published="2025-06-11T19:20:00+00:00",
         nb_published="2025-06-11T19:20:00Z", outlet="WalfQuotidien", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "WalfQuotidien"}],
         byline_lines=["Par Walf Quotidien (avec AFP)"], date_lines=["11 juin 2025"],
         below_body=[("source", "Source : AFP")],
         comments=["Laisser un commentaire"]),
    # newsbeam text shape: Namibian Sun (Namibia): staff.
    rec(cluster="namibiansun-oshakati-market-vendors", role="single", file=JSONL_A, render="newsbeam",
        title="Oshakati market vendors to move into new stalls by March",
        date="2025-01-28", country="NA", region="africa", lang="en", authors=["Ndapewa Shikongo"],
        url="https://www.namibiansun.example.com/news/oshakati-market-vendors-to-move-into-new-stalls-by-march2025-01-28",
        nb_published="2025-01-28T06:45:00Z", outlet="Namibian Sun", nb_authors=["Ndapewa Shikongo"],
        head_lines=["NDAPEWA SHIKONGO", "2025-01-28", "Reading time: 2 min"],
        tail_lines=["Namibian Sun", "Share this article", "Other News"],
        paras=P("""
Vendors at the Oshakati open market will move into new stalls by the end of March, the Oshakati Town Council
has announced.

The council said the first phase of the market's renovation, which includes 420 covered stalls, was almost
complete.

Vendors have been trading from temporary shelters along the taxi rank since the old market was demolished last
year.

Council spokesperson Frieda Amutenya said each vendor would be allocated a stall according to a register
compiled before the demolition.

"No one who was on the register will lose their place. We have checked every name," Amutenya said.

Some traders said the new monthly rent of N$250 was too high for women selling kapana, vegetables and
mahangu.

The council said it would consider a reduced rate for the first six months.

The Oshakati open market is one of the busiest trading spots in the north and draws buyers from as far as
southern Angola.
"""),
        must_have=[
            "Vendors have been trading from temporary shelters along the taxi rank since the old market was demolished last year.",
            "The council said it would consider a reduced rate for the first six months.",
        ]),
    # trafilatura shape: the dpa story on the Passauer Neue Presse (syndicated member of the dpa cluster).
    dict(LJUB, role="syndicated", file=JSONL_B, render="trafilatura", section="Nachrichten",
         url="https://www.pnp.example.de/nachrichten/slowenien-neue-roehre-des-karawankentunnels-oeffnet-spaeter-18823416",
         hostname="www.pnp.example.de", source_hostname="Passauer Neue Presse",
         tf_author="dpa", tf_date="2025-03-12", tf_language="de", categories="Nachrichten;Welt",
         tf_tags="Slowenien;Österreich;Verkehr",
         head_lines=["dpa", "12.03.2025 | Stand 12.03.2025, 16:31 Uhr"],
         tail_lines=[LJUB_INFOCOM, "Zu den Kommentaren", "Artikel merken"]),
    # news-please shape: ZimLive (Zimbabwe): staff.
    rec(cluster="zimlive-bulawayo-water-shedding", role="single", file=JSONL_B, render="newsplease",
        title="Bulawayo extends water shedding to 120 hours a week",
        date="2024-09-19", country="ZW", region="africa", lang="en", authors=["Thandeka Moyo"],
        url="https://www.zimlive.example.com/2024/09/19/bulawayo-extends-water-shedding-to-120-hours-a-week/",
        source_domain="www.zimlive.example.com",
        description="Three of the city's six supply dams have been decommissioned.",
        np_authors=["Thandeka Moyo"], np_publish="2024-09-19 10:15:00", np_download="2024-09-19 14:22:37",
        head_lines=["By Thandeka Moyo", "September 19, 2024"],
        tail_lines=["Join the ZimLive WhatsApp channel for breaking news", "Share", "Related Articles"],
        paras=P("""
Bulawayo City Council has extended water shedding in most suburbs to 120 hours a week as supply dams continue
to drop.

Three of the city's six supply dams have been decommissioned after falling below usable levels, the council said
in a statement on Thursday.

Residents in the high-density suburbs of Pumula, Nkulumane and Luveve will receive water for two days a week
under the new schedule.

Town clerk Sikhumbuzo Ndlovu said the council had no choice because the remaining dams held less than a third of
their capacity.

"We are managing what is left so that the city does not run completely dry before the rains," Ndlovu said.

The council has drilled 12 new boreholes in the worst-affected areas and is trucking water to clinics and
schools.

Bulawayo has suffered water shortages for decades, and residents have long called for the completion of the
Gwayi-Shangani dam.

Forecasters expect the rainy season to begin late this year.
"""),
        must_have=[
            "Residents in the high-density suburbs of Pumula, Nkulumane and Luveve will receive water for two days a week under the new schedule.",
            "The council has drilled 12 new boreholes in the worst-affected areas and is trucking water to clinics and schools.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fifty-first held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Pohjalainen's 'Päivitetty' line is an update, "
    "'Julkaistu 14.5.2025 18:20' the publication; Vísir prints '3. október 2024 14:22' (day first); Népszava "
    "'2025.04.08. 13:47' (year first); Seznam Zprávy '21. 1. 2025 5:40'; Pravda '14.05.2025 11:20'; Porto Canal "
    "'12 mar 2025, 16:42'; the Northern Star 'April 3, 2025 - 4:30PM'; the Wimmera Mail-Times 'June 3 2025 - 12:36pm'; the "
    "Mandurah Mail prints 'November 27 2024 - 1:30pm' (Perth, UTC+8) and its news-please stamp 05:30 is the same "
    "moment in UTC; the Namibian Sun prints '2025-01-28' and its crawler stamp 06:45Z is 08:45 in Windhoek; Yeniçağ '18 Şubat 2025 19:05'; Rosario3 '9 de abril de 2025 · 14:32hs'; Novi list '05.03.2025. u 15:12'; the "
    "PNP copy of the dpa story prints 'Stand 12.03.2025, 16:31 Uhr' (its own first publication, the same day as the "
    "Mannheimer Morgen page); the TODAY copy of the Reuters story and the WalfQuotidien copy of the AFP story were "
    "published later the same day as the originals (Senegal is UTC+0)",
    "dateline_city": "'HANOI, Sept 16 (Reuters) - ' -> 'Hanoi' (both Reuters copies; Manila Bulletin and TODAY are "
    "in other countries); 'Dakar (AFP) - ' -> 'Dakar' (both AFP copies); 'Ljubljana (dpa) - ' -> 'Ljubljana' (both dpa "
    "copies, although the tunnel is on the Austrian border); 'COLUMBIA, S.C. (AP) \u2014 ' -> 'Columbia' (South "
    "Carolina); 'Košice 14. mája (TASR) - ' (TASR's form) -> 'Košice'; 'Braga, 12 mar 2025 (Lusa) - ' (Lusa's form, "
    "with the year) -> 'Braga'; 'RIJEKA, 5. ožujka (Hina) - ' -> 'Rijeka'; 'RAMOS ARIZPE, COAH.- ' (Zócalo's own "
    "dateline, city plus state abbreviation) -> 'Ramos Arizpe'; the Anadolu copy on Yeniçağ and the Noticias "
    "Argentinas copy on Rosario3 have no dateline; all other records have no dateline and take the country of the "
    "story's location",
    "country": "the Reuters story is Vietnam (VN, asia) although it runs on a Philippine and a Singapore site; the "
    "AFP story is Senegal (SN); the dpa story is Slovenia (SI, europe) although both copies run on German papers; "
    "Gyumri is in Armenia (AM, asia by UN M49); Ramos Arizpe is in Coahuila (MX); Oshakati is in Namibia (NA, "
    "the ISO code, not a missing value)",
    "agency": "Manila Bulletin and TODAY carry Reuters ('Reuters' / 'REUTERS' under the headline, the Reuters "
    "dateline and credit line, TODAY's 'Source: Reuters'); SenePlus and WalfQuotidien carry AFP (SenePlus prints "
    "its own name over 'AFP'; WalfQuotidien's 'Par Walf Quotidien (avec AFP)' and 'Source : AFP'); the Mannheimer "
    "Morgen and the Passauer Neue Presse carry dpa ('dpa' byline, dpa-infocom line); the Post and Courier carries "
    "AP ('By NAME Associated Press', AP dateline and copyright line); Yeniçağ carries Anadolu ('AA' byline, 'Kaynak: AA' "
    "sign-off; Anadolu's picture credit 'Fotoğraf: AA' is a photo credit); "
    "Pravda carries TASR ('TASR' byline and dateline); Porto Canal carries Lusa; Rosario3 carries Noticias "
    "Argentinas (labelled 'NA' as in earlier sets; 'Fuente: Noticias Argentinas'); Novi list carries Hina ('Autor: "
    "Hina' and the Hina dateline); all other records are staff copy (agency null): Teledoce's 'Telemundo' is its "
    "own newscast, not the US network nor a wire; the photo credits 'REUTERS/...', '.../AFP', '.../APA/dpa' (an "
    "Austrian photographer's picture distributed by dpa) and 'AP Photo/...' name photo agencies and do not change "
    "the story's agency",
    "authors": "the Reuters credit '(Reporting by Thanh Huong Le; Additional reporting by Oliver Stanbridge in "
    "Singapore; Editing by Janet Corrigan)' gives two authors and one editor on both copies; the Post and Courier "
    "prints 'By LEILA MONTROSE Associated Press' -> 'Leila Montrose' in natural case; the Yakima Herald-Republic "
    "prints 'JASPER KLINE Yakima Herald-Republic' -> 'Jasper Kline'; the Namibian Sun prints 'NDAPEWA SHIKONGO' -> "
    "'Ndapewa Shikongo'; Vísir prints 'Kristín Ólafsdóttir skrifar' ('... writes') -> 'Kristín Ólafsdóttir'; "
    "Népszava prints Hungarian names family name first ('Farkas Zsuzsanna') and the label keeps them as printed; "
    "Tuko's 'Proofreading by Asher Omondi, copy editor' names a copy editor, not a writer nor an 'Editing by' "
    "editor; pages bylined only with an agency ('Reuters', 'REUTERS', 'AFP', 'dpa', 'AA', 'TASR', 'Lusa', "
    "'Noticias Argentinas', 'Autor: Hina') or with the site or desk ('SENEPLUS', 'Par Walf Quotidien (avec AFP)', "
    "'Telemundo') have no authors; photographers (Khanh Vu, Bikram Lama, Cath Piltz, Sam Kovac, Ndeye Fatou "
    "Sarr, Felix Hörmann, Tomas Ridley, Ricardo Zertuche, Tomas Reyna) are not authors",
    "editors": "only the Reuters credit names an editor: 'Editing by Janet Corrigan' -> 'Janet Corrigan', on both copies",
    "caption_credit": "credits without their wrapper: '(REUTERS/Khanh Vu)' -> 'REUTERS/Khanh Vu'; 'Photo: BIKRAM "
    "LAMA' -> 'BIKRAM LAMA' (both Nepali Times copies; case as printed); 'Picture: Cath Piltz' -> 'Cath Piltz'; "
    "'Picture by Sam Kovac' -> 'Sam Kovac'; '\u00a9 Ndeye Fatou Sarr/AFP' -> 'Ndeye "
    "Fatou Sarr/AFP'; '\u00a9 Felix Hörmann/APA/dpa' -> 'Felix Hörmann/APA/dpa'; 'AP Photo/Tomas Ridley' (the "
    "credit's own agency prefix, kept); 'Суспільне Одеса' (the broadcaster's regional desk, no wrapper); '(PIC: "
    "Sunday Standard)' -> 'Sunday Standard'; 'Foto: Ricardo Zertuche' -> 'Ricardo Zertuche'; 'Photo: Mediamax' -> "
    "'Mediamax'; 'Tomas Reyna / Yakima Herald-Republic' has no wrapper; the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section: SenePlus 'Economie', Mannheimer "
    "Morgen 'Panorama' (its kicker 'Verkehr' is not the section), Post and Courier 'Politics', Yeniçağ 'Ekonomi', "
    "Suspilne 'Економіка', Sunday Standard 'News', Zócalo 'Saltillo', Mediamax 'Economy', Yakima Herald-Republic "
    "'Agriculture', WalfQuotidien 'Economie'; trafilatura records take their first category ('Rijeka', 'Local', "
    "'Economía', 'Nachrichten'); news-please, plain text and newsbeam text records have none (menu items and page "
    "labels such as Manila Bulletin's 'Business' / 'World', Vísir's 'Innlent' and Népszava's 'Belföld' lines are "
    "navigation)",
    "language": "'is' Icelandic (Vísir); 'fi' Finnish; 'hu' Hungarian; 'cs' Czech; 'sk' Slovak; 'pt' from Portugal; "
    "'hr' Croatian; 'uk' Ukrainian; 'tr' Turkish (Bursa; Turkey is asia by UN M49); 'fr' from Senegal (two copies of one AFP story); 'de' from Germany "
    "(two copies of one dpa story); 'es' from Mexico, Argentina and Uruguay; menu links to other-language editions "
    "(Mediamax's 'Հայ' / 'Рус' / 'Eng') are menu items, not the story's language",
    "chrome": "includes consent banners and their buttons, login, subscription, e-paper and app strings, share bars, "
    "advertisement and sponsored labels, reading times, paywall and members-only labels, related-story lines and "
    "boxes, tag and topic lists, most-read rails, newsletter and messaging-channel promos, support appeals, "
    "follow-topic notices, view counters, comment gates and policies, reporter bios and e-mail lines, a "
    "proofreading credit, the dpa-infocom line, the Reuters credit line, the AP copyright line, wire source lines, "
    "ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and AFP in the plain batch, dpa in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"manila bulletin", "today", "nepali times", "himalmedia", "vísir", "pohjalainen", "népszava", "seznam zprávy",
                "the northern star", "northern star", "the wimmera mail-times", "wimmera mail-times", "australian community media", "pravda", "tasr", "porto canal", "lusa",
                "zambia monitor", "seneplus", "walfquotidien", "walf quotidien", "mannheimer morgen", "passauer neue presse",
                "pnp", "the post and courier", "post and courier", "yeniçağ", "yeniçağ gazetesi", "aa", "anadolu ajansı", "суспільне", "суспільне новини",
                "суспільне одеса", "sunday standard", "zócalo", "mediamax", "yakima herald-republic", "rosario3",
                "noticias argentinas", "na", "tuko", "mandurah mail", "novi list", "hina", "rapid city journal", "teledoce",
                "telemundo", "namibian sun", "zimlive", "janet corrigan", "asher omondi"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
