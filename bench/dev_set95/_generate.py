#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninety-fifth development set (bench/dev_set95/, first written as the ninety-second held-out set).

    .venv/bin/python bench/dev_set95/_generate.py

Writes ``bench/dev_set95/articles/*`` and ``bench/dev_set95/labels.json`` (next to this
file).  Output is deterministic (gzip members use mtime=0 and no file name).
Every story is invented: people, quotes, companies and figures are fictional;
cities, countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (national
wires and national and regional papers and broadcasters in their ordinary
2023-2025 layouts); the other half brings publishers, wires, dateline, byline
and caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set94/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about animals and the people who look after them: a
    stork-nest count, a turtle-nesting patrol, a free spay and neuter clinic,
    a riding group for disabled riders, a donkey clinic, a rabies vaccination
    drive, a livestock market with a vet post, a veterinary university's
    livestock fair and free camp, a school pet day, a honey fair, sheepdog
    trials, wombat carers, a bird-ringing station, a crane festival, a cat
    cafe, reading-to-dogs sessions, a seal release, a shearwater rescue
    campaign, a pony show, an orangutan forest school, gorilla trackers, a
    zoo's new enclosure, village poultry vaccinators, a mobile elephant
    clinic, a shearing course, livestock guarding dogs, a wild horse adoption
    event and stockmen in training.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout92_2025-a.jsonl"
JSONL_B = "crawl_holdout92_2025-b.jsonl.gz"


# ---- cluster: ELTA, Rusnė (Lietuvos žinios scrape + copy on Bernardinai.lt in the plain batch) ----

ELTA = rec(
    cluster="elta-rusne-stork-nest-count",
    title="Nemuno deltoje suskaičiuota rekordiškai daug baltųjų gandrų lizdų",
    date="2024-06-18",
    dateline="Rusnė, birželio 18 d. (ELTA). ",
    city="Rusnė",
    country="LT",
    region="europe",
    agency="ELTA",
    lang="lt",
    description="Savanoriai ir parko darbuotojai per savaitę apvažiavo visus deltos kaimus.",
    paras=P("""
Nemuno deltos regioniniame parke baigta kasmetinė baltųjų gandrų lizdų apskaita – savanoriai ir parko darbuotojai šiemet suskaičiavo 214 užimtų lizdų, daugiausia per visą stebėjimų istoriją.

Prieš dešimt metų Rusnės saloje ir aplinkiniuose kaimuose buvo užregistruoti 163 gandrų lizdai.

Lizdus skaičiavę savanoriai per savaitę apvažiavo visus deltos kaimus, užrašė kiekvieno lizdo vietą ir pažymėjo, ar jame jau matyti jauniklių.

Daugiausia lizdų rasta ant elektros stulpų, tačiau nemažai gandrų vis dar suka lizdus ant senų sodybų stogų, tvartų ir medžių.

Parko ekologė Rasa Jonaitienė sakė, kad gandrams čia palankios drėgnos pievos ir pavasarį užliejamos ganyklos, kuriose netrūksta varlių ir vabzdžių.

Pasak jos, elektros tinklų darbuotojai kasmet padeda perkelti lizdus ant specialių platformų, kad paukščiai nenukentėtų, o gyventojai neliktų be elektros.

Gyventojai, pastebėję sužeistą ar iš lizdo iškritusį gandriuką, raginami kreiptis į parko direkciją arba gyvūnų globos organizacijas.

Lietuvoje peri viena tankiausių baltųjų gandrų populiacijų Europoje, o baltasis gandras laikomas nacionaliniu Lietuvos paukščiu.

Apskaitos duomenys bus perduoti Lietuvos ornitologų draugijai.
"""),
    must_have=[
        "Lizdus skaičiavę savanoriai per savaitę apvažiavo visus deltos kaimus, užrašė kiekvieno lizdo vietą ir pažymėjo, ar jame jau matyti jauniklių.",
        "Pasak jos, elektros tinklų darbuotojai kasmet padeda perkelti lizdus ant specialių platformų, kad paukščiai nenukentėtų, o gyventojai neliktų be elektros.",
    ],
)

# ---- cluster: Inforpress, Sal Rei (A Nação scrape + copy on Balai Cabo Verde in the plain batch) ----

INFORPRESS = rec(
    cluster="inforpress-boa-vista-turtle-patrols",
    title="Boa Vista: voluntários vigiam praias durante a noite para proteger ninhos de tartarugas",
    date="2024-07-24",
    dateline="Sal Rei, 24 Jul (Inforpress) – ",
    city="Sal Rei",
    country="CV",
    region="africa",
    agency="Inforpress",
    lang="pt",
    description="Mais de sessenta voluntários participam este ano nas patrulhas nocturnas.",
    paras=P("""
Mais de sessenta voluntários, cabo-verdianos e estrangeiros, patrulham todas as noites as praias do sul da ilha da Boa Vista para proteger os ninhos da tartaruga-comum durante a época de desova, que decorre até Outubro.

Os grupos saem ao anoitecer e percorrem a pé vários quilómetros de areal, acompanhados por guardas ambientais e técnicos das associações de protecção das tartarugas.

Quando encontram uma fêmea a desovar, os voluntários esperam em silêncio, contam os ovos e marcam o local do ninho com uma estaca numerada.

Os ninhos em zonas de maior risco são transferidos para um viveiro vedado, onde os ovos ficam protegidos dos cães, dos caranguejos e da subida da maré.

Segundo a coordenadora das patrulhas, Adelaide Fortes, até esta semana foram registados mais de 3.500 ninhos na ilha.

A responsável lembrou que a captura de tartarugas e o consumo da sua carne e dos ovos são proibidos por lei em Cabo Verde.

As associações pedem aos turistas que não usem lanternas nem façam fogueiras nas praias durante a noite.
"""),
    must_have=[
        "Quando encontram uma fêmea a desovar, os voluntários esperam em silêncio, contam os ovos e marcam o local do ninho com uma estaca numerada.",
        "Os ninhos em zonas de maior risco são transferidos para um viveiro vedado, onde os ovos ficam protegidos dos cães, dos caranguejos e da subida da maré.",
    ],
)

# ---- cluster: BIS, Marsh Harbour (The Bahamas Weekly gzipped page + copy on Bahamas Chronicle in the gzipped batch) ----

BIS = rec(
    cluster="bis-abaco-potcake-clinic",
    title="Free spay and neuter clinic treats more than 300 potcakes in Abaco",
    date="2024-11-08",
    dateline="MARSH HARBOUR, Abaco, The Bahamas -- ",
    city="Marsh Harbour",
    country="BS",
    region="americas",
    agency="BIS",
    authors=["Kendria Ferguson"],
    lang="en",
    description="Volunteer veterinarians also vaccinated and microchipped every animal.",
    paras=P("""
More than 300 dogs and cats were spayed or neutered free of charge this week during a five-day clinic in Marsh Harbour organised by the Bahamas Agricultural Health and Food Safety Authority (BAHFSA) and animal welfare volunteers.

The clinic, held at a community centre in Central Abaco, was the largest of its kind on the island since Hurricane Dorian in 2019.

Veterinarians from New Providence and Grand Bahama worked in two operating rooms from 8am until late afternoon, while volunteers registered the animals and watched over them as they recovered.

Every animal was also vaccinated and fitted with a microchip, and owners received a certificate to present when they apply for a dog licence.

BAHFSA senior veterinary officer Dr Lavar Rolle said many owners in Abaco could not afford the surgery at private clinics, and that unwanted litters were the main cause of the island's stray dog population.

Residents lined up before sunrise on the first day, some carrying puppies in boxes and laundry baskets.

A similar clinic is planned for Eleuthera in the new year.
"""),
    must_have=[
        "Veterinarians from New Providence and Grand Bahama worked in two operating rooms from 8am until late afternoon, while volunteers registered the animals and watched over them as they recovered.",
        "Every animal was also vaccinated and fitted with a microchip, and owners received a certificate to present when they apply for a dog licence.",
    ],
)

# ---- cluster: Benalla Ensign page + noisy re-scrape ----

BE = rec(
    cluster="benallaensign-riding-for-the-disabled-40-years",
    title="Riders and volunteers mark 40 years of Riding for the Disabled in Benalla",
    date="2024-05-15",
    country="AU",
    region="oceania",
    authors=["Tessa Lowe"],
    lang="en",
    caption="Rider Emily Carr, 12, with her horse Duke and volunteer leader Jan Pollard.",
    credit="Tessa Lowe",
    paras=P("""
Benalla's Riding for the Disabled group celebrated 40 years of lessons on Saturday with a morning of riding, games and a birthday cake at its arena on the showgrounds.

The group runs weekly sessions for about 30 riders, from primary school children to adults in their sixties, with conditions ranging from cerebral palsy and autism to acquired brain injuries.

Each rider is supported by a team of up to three volunteers, one leading the horse and two walking beside the saddle.

Coach Margaret Dunne said the movement of a horse helped riders build strength, balance and confidence, and many looked forward to their lesson all week.

The group keeps six quiet horses, all donated, which are fed, groomed and exercised by volunteers seven days a week.

Foundation member Jan Pollard, who has volunteered since 1984, said the group had survived droughts, floods and a pandemic thanks to local families and businesses.

New volunteers are always welcome and no experience with horses is needed.
"""),
    must_have=[
        "Each rider is supported by a team of up to three volunteers, one leading the horse and two walking beside the saddle.",
        "The group keeps six quiet horses, all donated, which are fed, groomed and exercised by volunteers seven days a week.",
    ],
)
BE_PRE = ["Benalla Ensign", "News", "Sport", "Community", "Rural", "Opinion", "Subscribe"]
BE_HEAD = ["By Tessa Lowe", "Wednesday, 15 May 2024"]
BE_CAP = ["Rider Emily Carr, 12, with her horse Duke and volunteer leader Jan Pollard. Photo: Tessa Lowe"]
BE_TAIL = [["Support local journalism. Subscribe to the Benalla Ensign"],
           ["More from Benalla Ensign"],
           ["Winton Wetlands volunteers plant 2000 trees"],
           ["Benalla Ensign is part of McPherson Media Group"],
           ["\u00a9 2024 McPherson Media Group"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Benalla Ensign (Victoria, McPherson Media weekly): original of the re-scrape cluster; 'By' byline, 'Photo:' credit.
    dict(BE, role="original", file="benallaensign_rda_40_years.txt", render="text",
         pre=[BE_PRE], head=[BE_HEAD, ["Share", "Facebook", "Email"]], cap_lines=BE_CAP,
         inserts={2: ["Advertisement"], 4: ["READ MORE:", "Benalla Show entries open for 2024"]},
         tail=BE_TAIL),
    dict(BE, role="rescrape", file="benallaensign_rda_40_years_rescrape.txt.gz", render="text", noise=True,
         pre=[BE_PRE], head=[BE_HEAD], cap_lines=BE_CAP,
         inserts={4: ["READ MORE:", "Benalla Show entries open for 2024"]},
         tail=[["Already a subscriber? Log in"], *BE_TAIL]),
    # Lietuvos žinios (Vilnius daily, Lithuanian): original of the ELTA cluster; 'Rusnė, birželio 18 d. (ELTA).' dateline, ELTA copying notice.
    dict(ELTA, role="original", file="lzinios_elta_rusne_gandru_lizdai_lt.txt", render="text",
         pre=[["Lietuvos žinios", "Naujienos", "Lietuva", "Pasaulis", "Verslas", "Sveikata", "Kultūra", "Prenumerata"]],
         head=[["Lietuva"], ["2024-06-18 14:25"]],
         inserts={2: ["Reklama"], 4: ["Taip pat skaitykite:", "Kuršių marių pakrantėje vėl įsikūrė jūriniai ereliai"]},
         tail=[["Naujienų agentūros ELTA turinį platinti be raštiško ELTA sutikimo draudžiama."],
               ["Dalintis", "Facebook", "X"], ["Susiję straipsniai"],
               ["\u00a9 2024 Lietuvos žinios. Visos teisės saugomos."]]),
    # A Nação (Praia weekly, Portuguese): original of the Inforpress cluster; 'Sal Rei, 24 Jul (Inforpress) –' dateline, desk initials and 'Inforpress/Fim'.
    dict(INFORPRESS, role="original", file="anacao_inforpress_boavista_tartarugas_pt.txt", render="text",
         pre=[["A Nação", "Início", "Política", "Sociedade", "Economia", "Cultura", "Desporto", "Opinião"]],
         head=[["Sociedade"], ["24 de Julho de 2024"]],
         inserts={2: ["Publicidade"], 4: ["Leia também:", "Sal: campanha de limpeza retira duas toneladas de lixo das praias"]},
         tail=[["LS/JMV"], ["Inforpress/Fim"], ["Partilhar", "Facebook", "WhatsApp"], ["Notícias relacionadas"],
               ["\u00a9 2024 A Nação. Todos os direitos reservados."]]),
    # The Fatu Network (Gambian online news, English): staff, donkey clinic in the Central River Region; 'By' byline.
    rec(cluster="fatunetwork-crr-donkey-clinic", role="single", file="fatunetwork_donkey_clinic_crr.txt", render="text",
        title="Donkey clinic treats more than 400 working animals in Central River Region",
        date="2024-05-21", country="GM", region="africa", lang="en", authors=["Lamin Sanneh"],
        pre=[["The Fatu Network", "Home", "News", "Politics", "Sports", "Diaspora", "Fatu On The Road"]],
        head=[["By Lamin Sanneh"], ["May 21, 2024"]],
        inserts={2: ["Advertisement"], 4: ["ALSO READ:", "Farmers in Upper River Region receive improved seeds"]},
        tail=[["Join The Fatu Network WhatsApp channel for breaking news"], ["Share", "Facebook", "X", "WhatsApp"],
              ["Related Posts"], ["\u00a9 2024 The Fatu Network. All rights reserved."]],
        paras=P("""
A team of vets and animal health workers has treated more than 400 donkeys and horses during a week-long mobile clinic in villages of the Central River Region, organisers said on Monday.

The clinic was run by the Gambia Horse and Donkey Trust, whose base at Sambel Kunda has cared for working animals in the region for more than two decades.

Owners brought animals with harness wounds, hoof problems and worms, and many donkeys were treated for sores caused by badly fitted carts.

The team also showed farmers how to pad their harnesses with old cloth and how to check hooves for stones and cracks after a day in the fields.

Animal health worker Lamin Jallow said donkeys pulled carts of groundnuts, water and firewood and were the main source of income for many families.

A farmer from Kuntaur, Alhagie Ceesay, said his donkey had been too weak to work before the clinic treated it for worms.

The Trust plans to return to the villages after the rainy season.
"""),
        must_have=[
            "Owners brought animals with harness wounds, hoof problems and worms, and many donkeys were treated for sores caused by badly fitted carts.",
            "The team also showed farmers how to pad their harnesses with old cloth and how to check hooves for stones and cracks after a day in the fields.",
        ]),
    # EATV (Dar es Salaam broadcaster, Swahili): staff, rabies vaccination drive in Serengeti district; 'Imeandikwa na' byline (= written by).
    rec(cluster="eatv-serengeti-rabies-vaccination", role="single", file="eatv_serengeti_kichaa_cha_mbwa_sw.txt", render="text",
        title="Mbwa zaidi ya 6,000 kuchanjwa dhidi ya kichaa cha mbwa wilayani Serengeti",
        date="2024-09-25", country="TZ", region="africa", lang="sw", authors=["Neema Mollel"],
        pre=[["EATV", "Habari", "Michezo", "Burudani", "Biashara", "Video", "Vipindi"]],
        head=[["Habari"], ["Imeandikwa na Neema Mollel"], ["25 Septemba 2024"]],
        inserts={2: ["Tangazo"], 4: ["Soma pia:", "Wafugaji wa Tarime wapatiwa mafunzo ya ufugaji bora"]},
        tail=[["Shiriki", "Facebook", "X", "WhatsApp"], ["Habari zinazohusiana"],
              ["\u00a9 2024 East Africa Television. Haki zote zimehifadhiwa."]],
        paras=P("""
Halmashauri ya Wilaya ya Serengeti mkoani Mara imeanza kampeni ya siku kumi ya kuchanja mbwa na paka dhidi ya ugonjwa wa kichaa cha mbwa, ikilenga kuwafikia mbwa zaidi ya 6,000 katika vijiji vyote vya wilaya hiyo.

Kampeni hiyo inafanyika kuelekea Siku ya Kichaa cha Mbwa Duniani, ambayo huadhimishwa kila mwaka Septemba 28.

Timu za wataalamu wa mifugo zinapita kijiji kwa kijiji, na wananchi wanatakiwa kuwaleta mbwa wao katika vituo vilivyotangazwa, kama shule na ofisi za vijiji.

Chanjo inatolewa bure, na kila mbwa aliyechanjwa anawekewa alama ya rangi shingoni ili kurahisisha ufuatiliaji.

Afisa Mifugo wa Wilaya, Dkt. Joseph Marwa, amesema ugonjwa huo bado unaua watu, hasa watoto wanaong'atwa na mbwa ambao hawajachanjwa.

Amewataka wananchi kwenda hospitali mara moja iwapo watang'atwa na mbwa, na kutowaficha mbwa wao wakati wa kampeni.

Mkazi wa Mugumu, Bi. Rehema Chacha, amesema amewaleta mbwa wake watatu kwa sababu wanalinda mifugo yake usiku.

Kampeni hiyo inaungwa mkono na wadau wa afya na uhifadhi wa wanyamapori wanaofanya kazi jirani na Hifadhi ya Taifa ya Serengeti.
"""),
        must_have=[
            "Timu za wataalamu wa mifugo zinapita kijiji kwa kijiji, na wananchi wanatakiwa kuwaleta mbwa wao katika vituo vilivyotangazwa, kama shule na ofisi za vijiji.",
            "Chanjo inatolewa bure, na kila mbwa aliyechanjwa anawekewa alama ya rangi shingoni ili kurahisisha ufuatiliaji.",
        ]),
    # Azattyk Media (RFE/RL's Kyrgyz service, Russian pages): staff, Karakol Sunday livestock market; byline under the date, RFE/RL copyright.
    rec(cluster="azattyk-karakol-livestock-market-vet-post", role="single", file="azattyk_karakol_skotnyi_rynok_ru.txt", render="text",
        title="На скотном рынке в Караколе открыли пункт бесплатного ветосмотра",
        date="2024-10-13", country="KG", region="asia", lang="ru", authors=["Айгерим Токтосунова"],
        pre=[["Азаттык Медиа", "Новости", "Кыргызстан", "Центральная Азия", "Мир", "Видео", "Подкасты"]],
        head=[["Общество"], ["13 октября 2024"], ["Айгерим Токтосунова"]],
        inserts={2: ["Реклама"], 4: ["Читайте также:", "Пастухи Иссык-Куля перегоняют отары на зимние пастбища"]},
        tail=[["Подпишитесь на наш Telegram-канал"], ["Поделиться", "Facebook", "Telegram", "WhatsApp"],
              ["Другие материалы"], ["\u00a9 2024 RFE/RL, Inc. Все права защищены."]],
        paras=P("""
На воскресном скотном рынке в Караколе с этой осени работает пункт бесплатного ветеринарного осмотра, куда продавцы могут привести коз, овец, коров и лошадей перед продажей.

Рынок на окраине города открывается ещё до рассвета, и к семи утра на нём собираются сотни фермеров из сёл Иссык-Кульской области.

Ветеринары проверяют животных на бруцеллёз и другие болезни, ставят ушные бирки и выдают справки, без которых скот нельзя вывезти за пределы области.

Больше всего в эти недели продают коз и овец: осенью многие семьи сокращают стада, чтобы не покупать дорогое сено на зиму.

Фермер из села Теплоключенка Бакыт Осмонов привёз на рынок двенадцать коз и сказал, что покупатели теперь охотнее берут животных со справкой.

По словам главного ветеринара района Нурлана Асанова, за первый месяц осмотр прошли более двух тысяч голов скота.

Он добавил, что ветеринары также советуют владельцам, как кормить и лечить животных зимой.

Местные власти обещают построить на рынке навес и поилки для животных до следующего лета.
"""),
        must_have=[
            "Ветеринары проверяют животных на бруцеллёз и другие болезни, ставят ушные бирки и выдают справки, без которых скот нельзя вывезти за пределы области.",
            "Больше всего в эти недели продают коз и овец: осенью многие семьи сокращают стада, чтобы не покупать дорогое сено на зиму.",
        ]),
    # Ajit (Jalandhar daily, Punjabi in Gurmukhi): staff, GADVASU livestock fair and free camp; 'ਲੁਧਿਆਣਾ, 20 ਸਤੰਬਰ (ਨਾਮ)-' dateline with the correspondent in the bracket.
    rec(cluster="ajit-gadvasu-pashu-palan-mela", role="single", file="ajit_gadvasu_pashu_palan_mela_pa.txt", render="text",
        title="ਵੈਟਰਨਰੀ ਯੂਨੀਵਰਸਿਟੀ ਦੇ ਪਸ਼ੂ ਪਾਲਣ ਮੇਲੇ 'ਚ ਪੁੱਜੇ ਹਜ਼ਾਰਾਂ ਕਿਸਾਨ, ਪਸ਼ੂਆਂ ਦਾ ਮੁਫ਼ਤ ਚੈੱਕਅਪ",
        date="2024-09-20", dateline="ਲੁਧਿਆਣਾ, 20 ਸਤੰਬਰ (ਕੁਲਦੀਪ ਸਿੰਘ ਮਾਨ)-", city="Ludhiana", country="IN", region="asia",
        lang="pa", authors=["ਕੁਲਦੀਪ ਸਿੰਘ ਮਾਨ"],
        pre=[["ਅਜੀਤ", "ਮੁੱਖ ਪੰਨਾ", "ਪੰਜਾਬ", "ਰਾਸ਼ਟਰੀ", "ਅੰਤਰਰਾਸ਼ਟਰੀ", "ਖੇਡ ਸੰਸਾਰ", "ਈ-ਪੇਪਰ"]],
        head=[["ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ"], ["20 ਸਤੰਬਰ 2024"]],
        inserts={2: ["ਇਸ਼ਤਿਹਾਰ"], 4: ["ਹੋਰ ਖ਼ਬਰਾਂ", "ਜਗਰਾਉਂ ਦੇ ਡੇਅਰੀ ਕਿਸਾਨਾਂ ਨੂੰ ਨਵੀਂ ਮਸ਼ੀਨਰੀ 'ਤੇ ਸਬਸਿਡੀ"]},
        tail=[["ਸਾਂਝਾ ਕਰੋ", "Facebook", "WhatsApp", "X"], ["ਹੋਰ ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ"],
              ["\u00a9 2024 ਰੋਜ਼ਾਨਾ ਅਜੀਤ, ਜਲੰਧਰ। ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ।"]],
        paras=P("""
ਗੁਰੂ ਅੰਗਦ ਦੇਵ ਵੈਟਰਨਰੀ ਅਤੇ ਐਨੀਮਲ ਸਾਇੰਸਿਜ਼ ਯੂਨੀਵਰਸਿਟੀ ਵਿਖੇ ਅੱਜ ਦੋ ਦਿਨਾ ਪਸ਼ੂ ਪਾਲਣ ਮੇਲਾ ਸ਼ੁਰੂ ਹੋਇਆ, ਜਿਸ ਵਿਚ ਪੰਜਾਬ ਦੇ ਵੱਖ-ਵੱਖ ਜ਼ਿਲ੍ਹਿਆਂ ਤੋਂ ਹਜ਼ਾਰਾਂ ਕਿਸਾਨ ਅਤੇ ਪਸ਼ੂ ਪਾਲਕ ਪਹੁੰਚੇ।

ਮੇਲੇ ਦਾ ਉਦਘਾਟਨ ਯੂਨੀਵਰਸਿਟੀ ਦੇ ਉਪ ਕੁਲਪਤੀ ਨੇ ਕੀਤਾ ਅਤੇ ਕਿਹਾ ਕਿ ਪਸ਼ੂ ਪਾਲਣ ਦਾ ਕਿੱਤਾ ਛੋਟੇ ਕਿਸਾਨਾਂ ਦੀ ਆਮਦਨ ਵਧਾਉਣ ਦਾ ਸਭ ਤੋਂ ਵਧੀਆ ਸਾਧਨ ਹੈ।

ਯੂਨੀਵਰਸਿਟੀ ਦੇ ਵੈਟਰਨਰੀ ਹਸਪਤਾਲ ਵੱਲੋਂ ਲਗਾਏ ਗਏ ਮੁਫ਼ਤ ਕੈਂਪ ਵਿਚ ਡਾਕਟਰਾਂ ਨੇ ਕਿਸਾਨਾਂ ਵੱਲੋਂ ਲਿਆਂਦੀਆਂ ਮੱਝਾਂ, ਗਾਵਾਂ, ਬੱਕਰੀਆਂ ਅਤੇ ਕੁੱਤਿਆਂ ਦਾ ਮੁਆਇਨਾ ਕੀਤਾ ਅਤੇ ਦਵਾਈਆਂ ਦਿੱਤੀਆਂ।

ਆਖ਼ਰੀ ਸਾਲ ਦੇ ਵਿਦਿਆਰਥੀਆਂ ਨੇ ਕਿਸਾਨਾਂ ਨੂੰ ਪਸ਼ੂਆਂ ਦੀ ਖ਼ੁਰਾਕ, ਸਾਫ਼ ਪਾਣੀ, ਟੀਕਾਕਰਨ ਅਤੇ ਗਰਮੀ ਤੋਂ ਬਚਾਅ ਬਾਰੇ ਜਾਣਕਾਰੀ ਦਿੱਤੀ।

ਮੇਲੇ ਵਿਚ ਹਰੇ ਚਾਰੇ ਦੇ ਬੀਜ, ਧਾਤਾਂ ਦਾ ਚੂਰਾ ਅਤੇ ਯੂਨੀਵਰਸਿਟੀ ਦੀਆਂ ਕਿਤਾਬਾਂ ਦੀ ਵਿਕਰੀ ਲਈ ਸਟਾਲ ਵੀ ਲਗਾਏ ਗਏ।

ਮੋਗਾ ਜ਼ਿਲ੍ਹੇ ਤੋਂ ਆਏ ਕਿਸਾਨ ਗੁਰਮੀਤ ਸਿੰਘ ਨੇ ਦੱਸਿਆ ਕਿ ਉਸ ਦੀ ਮੱਝ ਕਈ ਦਿਨਾਂ ਤੋਂ ਘੱਟ ਦੁੱਧ ਦੇ ਰਹੀ ਸੀ ਅਤੇ ਡਾਕਟਰਾਂ ਨੇ ਉਸ ਨੂੰ ਖ਼ੁਰਾਕ ਬਦਲਣ ਦੀ ਸਲਾਹ ਦਿੱਤੀ ਹੈ।

ਮੇਲੇ ਦੇ ਦੂਜੇ ਦਿਨ ਵਧੀਆ ਮੱਝਾਂ ਅਤੇ ਗਾਵਾਂ ਦੇ ਮੁਕਾਬਲੇ ਕਰਵਾਏ ਜਾਣਗੇ ਅਤੇ ਜੇਤੂ ਪਸ਼ੂ ਪਾਲਕਾਂ ਨੂੰ ਇਨਾਮ ਦਿੱਤੇ ਜਾਣਗੇ।
"""),
        must_have=[
            "ਯੂਨੀਵਰਸਿਟੀ ਦੇ ਵੈਟਰਨਰੀ ਹਸਪਤਾਲ ਵੱਲੋਂ ਲਗਾਏ ਗਏ ਮੁਫ਼ਤ ਕੈਂਪ ਵਿਚ ਡਾਕਟਰਾਂ ਨੇ ਕਿਸਾਨਾਂ ਵੱਲੋਂ ਲਿਆਂਦੀਆਂ ਮੱਝਾਂ, ਗਾਵਾਂ, ਬੱਕਰੀਆਂ ਅਤੇ ਕੁੱਤਿਆਂ ਦਾ ਮੁਆਇਨਾ ਕੀਤਾ ਅਤੇ ਦਵਾਈਆਂ ਦਿੱਤੀਆਂ।",
            "ਆਖ਼ਰੀ ਸਾਲ ਦੇ ਵਿਦਿਆਰਥੀਆਂ ਨੇ ਕਿਸਾਨਾਂ ਨੂੰ ਪਸ਼ੂਆਂ ਦੀ ਖ਼ੁਰਾਕ, ਸਾਫ਼ ਪਾਣੀ, ਟੀਕਾਕਰਨ ਅਤੇ ਗਰਮੀ ਤੋਂ ਬਚਾਅ ਬਾਰੇ ਜਾਣਕਾਰੀ ਦਿੱਤੀ।",
        ]),
    # Clutha Leader (Balclutha weekly): staff, Clydevale School pet day; bare-name byline, 'Photo: Supplied' credit.
    rec(cluster="cluthaleader-clydevale-pet-day", role="single", file="cluthaleader_clydevale_pet_day.txt", render="text",
        title="Pet day brings calves, lambs and a pet goat to Clydevale School",
        date="2024-10-17", country="NZ", region="oceania", lang="en", authors=["Ella Murdoch"],
        caption="Clydevale School pupil Mia Ross, 9, with her calf Biscuit.", credit="Supplied",
        pre=[["Clutha Leader", "News", "Sport", "Rural", "Community", "Public Notices"]],
        head=[["Ella Murdoch"], ["Thursday, 17 October 2024"]],
        cap_lines=["Clydevale School pupil Mia Ross, 9, with her calf Biscuit. Photo: Supplied"],
        inserts={2: ["Advertisement"], 4: ["READ MORE:", "Owaka Lions fund new playground equipment"]},
        tail=[["Got a story? Email the Clutha Leader newsroom"], ["Share", "Facebook", "Email"],
              ["\u00a9 2024 Clutha Leader"]],
        paras=P("""
Pupils at Clydevale School led their calves and lambs around the school field on Friday at the annual pet day, one of the busiest days on the rural school's calendar.

Most of the animals were born on local farms in early spring, and the children have spent the past two months feeding, brushing and training them.

Judges marked each calf on how well it was cared for and how calmly it followed its young handler around the ring.

In the lamb section, the animals had to follow their owners when called, and several lambs wandered off towards the crowd instead.

Principal Karen Reid said pet day taught children responsibility and gave town and country families a chance to spend a day together.

Other entries included two pet goats, a rabbit and a hen named Dolly, who won a special prize for the best-dressed pet.

Prize winners will go on to the group day at Balclutha later this month.
"""),
        must_have=[
            "Judges marked each calf on how well it was cared for and how calmly it followed its young handler around the ring.",
            "In the lamb section, the animals had to follow their owners when called, and several lambs wandered off towards the crowd instead.",
        ]),
    # Gazeta Express (Prishtina portal, Albanian): staff, honey fair; no writer named, copying notice.
    rec(cluster="gazetaexpress-prishtina-honey-fair", role="single", file="gazetaexpress_panairi_mjaltit_sq.txt", render="text",
        title="Bletarët nga e gjithë Kosova sjellin mjaltin e tyre në panairin e Prishtinës",
        date="2024-09-14", country="XK", region="europe", lang="sq",
        pre=[["Gazeta Express", "Lajme", "Sport", "Ekonomi", "Showbiz", "Kultura", "Video"]],
        head=[["Lajme"], ["14/09/2024 13:47"]],
        inserts={2: ["Reklamë"], 4: ["Lexo edhe:", "Fermerët e Dukagjinit kërkojnë subvencione më të larta"]},
        tail=[["Shpërndaje", "Facebook", "X", "Viber"], ["Lajmet e fundit"],
              ["Ndalohet kopjimi i përmbajtjes pa lejen e redaksisë."], ["\u00a9 2024 Gazeta Express"]],
        paras=P("""
Mbi njëqind bletarë nga të gjitha rajonet e Kosovës po marrin pjesë në panairin e mjaltit, i cili u hap të shtunën në sheshin Skënderbeu në Prishtinë.

Në tezgat e panairit shitet mjaltë lulesh, mjaltë gështenje dhe mjaltë mali, si dhe polen, dyllë bletësh dhe propolis.

Para hapjes, një juri e përbërë nga ekspertë të bletarisë vlerësoi mostrat e mjaltit sipas ngjyrës, shijes dhe lagështisë.

Çmimi i parë iu nda një bletari nga Rugova, mjalti i të cilit u vlerësua si më i pastri në panair.

Vizitorët mund ta provonin mjaltin falas dhe të mësonin nga bletarët se si kujdesen për koshet e bletëve gjatë dimrit.

Kryetari i shoqatës së bletarëve, Agim Berisha, tha se ky vit ishte i vështirë për shkak të thatësirës, por se prodhimi ishte më i mirë se një vit më parë.

Ai u bëri thirrje qytetarëve të blejnë mjaltë drejtpërdrejt nga bletarët vendorë, në vend të mjaltit të importuar.

Panairi do të jetë i hapur deri të dielën në mbrëmje.
"""),
        must_have=[
            "Para hapjes, një juri e përbërë nga ekspertë të bletarisë vlerësoi mostrat e mjaltit sipas ngjyrës, shijes dhe lagështisë.",
            "Çmimi i parë iu nda një bletari nga Rugova, mjalti i të cilit u vlerësua si më i pastri në panair.",
        ]),
    # Cumberland & Westmorland Herald (Penrith weekly): staff, Rydal Sheepdog Trials; 'By' byline, weekly-paper promo line.
    rec(cluster="cwherald-rydal-sheepdog-trials", role="single", file="cwherald_rydal_sheepdog_trials.txt", render="text",
        title="Dogs and handlers from across the north battle it out at Rydal Sheepdog Trials",
        date="2024-08-10", country="GB", region="europe", lang="en", authors=["Eleanor Dent"],
        pre=[["Cumberland & Westmorland Herald", "News", "Sport", "Farming", "What's On", "Announcements", "Subscribe"]],
        head=[["By Eleanor Dent"], ["Saturday, 10 August 2024"]],
        inserts={2: ["Advertisement"], 4: ["Related:", "Hesket Newmarket show returns with record entries"]},
        tail=[["Read more local news in this week's Herald, on sale now"], ["Share", "Facebook", "X", "Email"],
              ["\u00a9 2024 Cumberland & Westmorland Herald Ltd"]],
        paras=P("""
More than 80 dogs competed at the Rydal Sheepdog Trials on Thursday, with handlers travelling from as far as Northumberland, Yorkshire and the Scottish Borders.

The trials, held in the fields below Rydal Hall every August, are among the oldest in the Lake District and draw hundreds of spectators.

Each dog had to gather five sheep from the far side of the course, drive them through two sets of gates and pen them within the time limit.

The open championship was won by Keswick farmer Tom Airey and his five-year-old dog Moss, who completed a near-perfect run in the afternoon heat.

Judge Peter Hodgson said the dry ground made the sheep lively, and several experienced dogs struggled at the pen.

The day also included a novice class for young dogs, a hound trail and stalls selling crooks, walking sticks and local honey.

Proceeds will go to the upkeep of the trial field and to local charities.
"""),
        must_have=[
            "Each dog had to gather five sheep from the far side of the course, drive them through two sets of gates and pen them within the time limit.",
            "Judge Peter Hodgson said the dry ground made the sheep lively, and several experienced dogs struggled at the pen.",
        ]),
    # Derwent Valley Gazette (New Norfolk community paper): staff, wombat mange volunteers; bare-name byline.
    rec(cluster="dvgazette-wombat-mange-volunteers", role="single", file="derwentvalleygazette_wombat_mange.txt", render="text",
        title="Volunteers fight mange in valley wombats with burrow flaps",
        date="2024-04-10", country="AU", region="oceania", lang="en", authors=["Fiona Hart"],
        pre=[["Derwent Valley Gazette", "News", "Community", "Sport", "Classifieds", "Contact"]],
        head=[["Fiona Hart"], ["10 April 2024"]],
        inserts={2: ["Advertisement"], 4: ["Also in this edition:", "New Norfolk pool to open longer hours next season"]},
        tail=[["The Derwent Valley Gazette is delivered free to homes across the valley"], ["Share", "Facebook", "Email"],
              ["\u00a9 2024 Derwent Valley Gazette"]],
        paras=P("""
A group of Derwent Valley volunteers is treating wild wombats for sarcoptic mange, a disease that has left dozens of animals in the district hairless, scabby and almost blind.

The volunteers fix small plastic flaps over the entrances of burrows used by sick wombats, filled with a liquid treatment that drips onto the animal's back as it goes in and out.

Each flap has to be refilled every week for up to three months, and volunteers record the condition of every wombat they see on camera traps.

Group coordinator Helen Kerr said farmers had been very supportive and many now called the group when they spotted a scratching wombat in a paddock.

She said the mite that causes the disease spreads easily between animals sharing burrows, so treating a whole area worked better than treating one wombat.

The group has about 25 active members and has treated more than 100 wombats since it started two years ago.

Training days for new volunteers will be held at the New Norfolk library in May.
"""),
        must_have=[
            "Each flap has to be refilled every week for up to three months, and volunteers record the condition of every wombat they see on camera traps.",
            "Group coordinator Helen Kerr said farmers had been very supportive and many now called the group when they spotted a scratching wombat in a paddock.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_BW = site("The Bahamas Weekly", "https://www.thebahamasweekly.example.com", " - The Bahamas Weekly", "en_BS", "@BahamasWeekly",
               ["Home", "News", "Government", "Business", "Family Islands", "Lifestyle", "Sports"],
               ["\u00a9 2024 The Bahamas Weekly. All rights reserved.", "About Us", "Advertise"],
               share=["Share", "Facebook", "X", "Email"])
SITE_DV = site("דבר", "https://www.davar1.example.co.il", " | דבר", "he_IL", "@davar1news",
               ["חדשות", "עבודה", "כלכלה", "חברה", "סביבה", "תרבות"],
               ["\u00a9 כל הזכויות שמורות לדבר", "אודות", "צור קשר"],
               share=["שיתוף", "Facebook", "WhatsApp", "X"])
SITE_BT = site("Bhutan Times", "https://www.bhutantimes.example.bt", " | Bhutan Times", "en_BT", "@BhutanTimes",
               ["Home", "News", "Business", "Culture", "Environment", "Opinion"],
               ["\u00a9 2024 Bhutan Times. All rights reserved.", "About Us", "Contact"],
               share=["Share", "Facebook", "X"])
SITE_IB = site("Ici Beyrouth", "https://icibeyrouth.example.com", " | Ici Beyrouth", "fr_LB", "@icibeyrouth",
               ["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Lifestyle"],
               ["\u00a9 2024 Ici Beyrouth. Tous droits réservés.", "Qui sommes-nous", "Contact"],
               share=["Partager", "Facebook", "X", "WhatsApp"],
               cookie="Ce site utilise des cookies pour améliorer votre expérience de navigation.",
               buttons=["Accepter", "Refuser"])
SITE_CMR = site("Cayman Marl Road", "https://caymanmarlroad.example.com", " - Cayman Marl Road", "en_KY", "@caymanmarlroad",
                ["News", "Community", "Business", "Lifestyle", "Sports", "Events"],
                ["\u00a9 2025 Cayman Marl Road. All rights reserved.", "About CMR", "Advertise"],
                share=["Share", "Facebook", "WhatsApp", "X"], graph=True)
SITE_GIC = site("Groninger Internet Courant", "https://www.gic.example.nl", " - GIC", "nl_NL", "@gic_nl",
                ["Nieuws", "Stad", "Provincie", "Sport", "Cultuur", "Agenda"],
                ["\u00a9 2025 Groninger Internet Courant", "Colofon", "Adverteren"],
                share=["Deel", "Facebook", "WhatsApp", "X"])
SITE_CA = site("Correio dos Açores", "https://www.correiodosacores.example.pt", " | Correio dos Açores", "pt_PT", "@correioacores",
               ["Regional", "Política", "Economia", "Sociedade", "Desporto", "Opinião"],
               ["\u00a9 2024 Correio dos Açores. Todos os direitos reservados.", "Ficha técnica", "Contactos"],
               share=["Partilhar", "Facebook", "X"], top=["Assinaturas", "Edição impressa"])
SITE_AG = site("Agriland", "https://www.agriland.example.ie", " - Agriland.ie", "en_IE", "@Agriland",
               ["News", "Beef", "Dairy", "Sheep", "Machinery", "Equine"],
               ["\u00a9 2024 Agriland Media Ltd. All rights reserved.", "Contact", "Advertise"],
               share=["Share", "Facebook", "X", "LinkedIn", "Email"],
               cookie="We use cookies to personalise content and ads and to analyse our traffic.",
               cookie_title="Your privacy", buttons=["Accept all", "Reject all", "Manage preferences"])
SITE_KP = site("Kalteng Pos", "https://kaltengpos.example.co.id", " - Kalteng Pos", "id_ID", "@kaltengpos",
               ["Home", "Palangka Raya", "Kalteng", "Nasional", "Ekonomi", "Olahraga"],
               ["\u00a9 2024 Kalteng Pos. All rights reserved.", "Redaksi", "Pedoman Media Siber"],
               share=["Bagikan", "Facebook", "WhatsApp", "X"])

HTML_STORIES = [
    # The Bahamas Weekly (Nassau, gzipped page): original of the BIS cluster; page byline names the service, the writer's 'By' line
    # sits above the story, 'MARSH HARBOUR, Abaco, The Bahamas --' dateline, '(BIS Photos/Name)' credit.
    dict(BIS, role="original", file="thebahamasweekly_bis_abaco_potcake_clinic.html.gz", render="html",
         site=SITE_BW, section="Government", meta_section="Government",
         url="https://www.thebahamasweekly.example.com/publish/bis-news-updates/Free_spay_and_neuter_clinic_treats_more_than_300_potcakes_in_Abaco79512.shtml",
         published="2024-11-08T16:20:00-05:00",
         ld_author=[{"@type": "Organization", "name": "Bahamas Information Services"}],
         byline_lines=["Bahamas Information Services"], date_lines=["Nov 8, 2024"],
         caption="Veterinarians prepare a dog for surgery at the clinic in Marsh Harbour.",
         credit="BIS Photos/Kemuel Stubbs", credit_shown="(BIS Photos/Kemuel Stubbs)",
         above_body=[("byline", "By Kendria Ferguson")],
         inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Animal Control Unit extends dog licence deadline")]},
         lists=[("Most Popular", ["Junkanoo groups begin final rehearsals", "Ferry schedule changes for Eleuthera"])]),
    # Davar (Tel Aviv news site, Hebrew): staff, the Jerusalem Bird Observatory ringing station; 'צילום:' credit, standfirst.
    rec(cluster="davar-jerusalem-bird-ringing-station", role="single", file="davar_jerusalem_bird_ringing_he.html", render="html",
        site=SITE_DV, title="שיא הנדידה בתחנת הטיבוע בירושלים: מתנדבים בודקים אלפי ציפורים בלב העיר",
        date="2024-09-26", country="IL", region="asia", lang="he", authors=["נועה ברגר"],
        section="סביבה", meta_section="סביבה",
        url="https://www.davar1.example.co.il/512345/",
        description="מאז תחילת ספטמבר טובעו בתחנה יותר מאלפיים ציפורים.",
        dek="בין משכן הכנסת לבית המשפט העליון פועלת תחנה שבה כל ציפור נשקלת, נמדדת ומקבלת טבעת",
        published="2024-09-26T10:40:00+03:00",
        byline_lines=["נועה ברגר"], date_lines=["26.09.2024, 10:40"],
        caption="מתנדבת משחררת סבכי שחור כיפה לאחר הטיבוע.", credit="נועה ברגר", credit_shown="(צילום: נועה ברגר)",
        inserts={2: [("ad", "פרסומת")], 4: [("link", "כתבות נוספות:", "עגורים ראשונים נחתו בעמק החולה")]},
        tags=("תגיות:", ["ציפורים", "ירושלים", "סביבה"]),
        paras=P("""
עונת הנדידה של הסתיו נמצאת בשיאה, ובתחנת הטיבוע של המצפה לצפרות ירושלים, בין משכן הכנסת לבית המשפט העליון, מתחילים המתנדבים לעבוד מדי בוקר כבר בשש.

הציפורים נלכדות ברשתות ערפל דקות שנפרשות בין השיחים, ומשם הן מועברות בזהירות בשקיות בד אל שולחן הטיבוע.

כל ציפור נשקלת ונמדדת, על רגלה מוצמדת טבעת מתכת קטנה עם מספר אישי, ולאחר מכן היא משוחררת בחזרה לטבע.

מאז תחילת ספטמבר טובעו בתחנה יותר מאלפיים ציפורים, ובהן סבכי שחור כיפה, חטפיות אפורות ונחליאלים.

לדברי מנהלת התחנה, רותם לוי, הנתונים שנאספים בירושלים משמשים חוקרים בישראל ובאירופה למעקב אחר מסלולי הנדידה ואחר השפעת שינויי האקלים על הציפורים.

רוב המתנדבים הם סטודנטים ופנסיונרים, והם עוברים הכשרה של כמה חודשים לפני שהם מורשים להוציא ציפור מהרשת בעצמם.

התחנה פועלת מאז שנות התשעים בגינה קטנה ליד משכן הכנסת, ובחורף היא משמשת מקום מנוחה לציפורים שחורפות בעיר, כמו אדום החזה והדוכיפת.

בימי שישי התחנה פתוחה לקהל, ומשפחות עם ילדים מוזמנות לצפות בטיבוע מקרוב וללמוד על הציפורים שעוברות מעל ישראל פעמיים בשנה.
"""),
        must_have=[
            "כל ציפור נשקלת ונמדדת, על רגלה מוצמדת טבעת מתכת קטנה עם מספר אישי, ולאחר מכן היא משוחררת בחזרה לטבע.",
            "לדברי מנהלת התחנה, רותם לוי, הנתונים שנאספים בירושלים משמשים חוקרים בישראל ובאירופה למעקב אחר מסלולי הנדידה ואחר השפעת שינויי האקלים על הציפורים.",
        ]),
    # Bhutan Times (Thimphu weekly): staff, Black-necked Crane Festival at Gangtey; 'Name | Wangdue' byline with the district, no JSON-LD.
    rec(cluster="bhutantimes-phobjikha-crane-festival", role="single", file="bhutantimes_phobjikha_crane_festival.html", render="html",
        site=SITE_BT, title="Schoolchildren dance to welcome black-necked cranes back to Phobjikha",
        date="2024-11-11", country="BT", region="asia", lang="en", authors=["Sonam Wangmo"],
        section="Environment", meta_section="Environment", jsonld=False,
        url="https://www.bhutantimes.example.bt/2024/11/11/schoolchildren-dance-to-welcome-black-necked-cranes-back-to-phobjikha/",
        description="The annual festival at Gangtey Goenpa celebrates the return of the endangered birds.",
        published="2024-11-11T18:30:00+06:00",
        byline_lines=["Sonam Wangmo | Wangdue"], date_lines=["November 11, 2024"],
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Also Read:", "Farmers in Bumthang harvest a record buckwheat crop")]},
        lists=[("Latest News", ["Thimphu Tshechu draws large crowds", "New bridge opens in Punakha"])],
        paras=P("""
Hundreds of residents, monks and tourists gathered in the courtyard of Gangtey Goenpa on Monday for the annual Black-necked Crane Festival, which celebrates the return of the endangered birds to the Phobjikha valley.

Students of the local central school performed the crane dance in costumes of black and white cloth, imitating the way the birds bow, jump and spread their wings.

The cranes arrive from the Tibetan plateau in late October and spend the winter feeding on the wetlands of the valley before flying north again in February.

Staff and volunteers of the Royal Society for Protection of Nature count the birds every morning during the season, and more than 500 cranes were recorded last winter.

A farmer from Gangtey, Ap Dorji, said villagers leave some harvested potato fields unploughed so the birds can feed.

Power lines in the valley were laid underground years ago so that the birds would not fly into them.

The festival ended with a cultural programme and an exhibition on crane conservation.
"""),
        must_have=[
            "Students of the local central school performed the crane dance in costumes of black and white cloth, imitating the way the birds bow, jump and spread their wings.",
            "The cranes arrive from the Tibetan plateau in late October and spend the winter feeding on the wetlands of the valley before flying north again in February.",
        ]),
    # Ici Beyrouth (Beirut news site, French): staff, a cat cafe in Mar Mikhaël; consent wall, 'Crédit photo :' credit.
    rec(cluster="icibeyrouth-mar-mikhael-cat-cafe", role="single", file="icibeyrouth_cafe_a_chats_fr.html", render="html",
        site=SITE_IB, title="À Mar Mikhaël, un café à chats ouvre ses portes et propose des adoptions",
        date="2024-06-04", country="LB", region="asia", lang="fr", authors=["Nour Haddad"],
        section="Lifestyle", meta_section="Lifestyle",
        url="https://icibeyrouth.example.com/articles/1234567/a-mar-mikhael-un-cafe-a-chats-ouvre-ses-portes",
        description="Une quinzaine de chats recueillis dans la rue attendent une nouvelle famille.",
        published="2024-06-04T11:30:00+03:00",
        byline_lines=["Nour Haddad"], date_lines=["mardi 4 juin 2024 · 11h30"],
        caption="Deux pensionnaires du café se reposent sur une étagère.", credit="Nour Haddad",
        credit_shown="Crédit photo : Nour Haddad",
        above_body=[("reading-time", "Temps de lecture : 2 min")],
        inserts={2: [("ad", "Publicité")], 4: [("link", "À lire aussi :", "Les refuges pour animaux débordés après l'été")]},
        newsletter_end=["Recevez chaque matin l'essentiel de l'actualité libanaise", "Je m'inscris"],
        paras=P("""
Un premier café à chats a ouvert ses portes la semaine dernière dans le quartier de Mar Mikhaël, à Beyrouth, où une quinzaine de chats recueillis dans la rue attendent une nouvelle famille.

Les clients peuvent y boire un café ou un jus de fruits dans une salle où les animaux circulent librement, grimpent sur des étagères et dorment dans des paniers.

Tous les chats ont été stérilisés, vaccinés et soignés par un vétérinaire avant d'arriver au café, en collaboration avec une association de protection animale.

Les personnes qui souhaitent adopter doivent remplir un questionnaire et revenir au moins deux fois pour faire connaissance avec l'animal.

La fondatrice, Maya Khoury, explique qu'elle a eu l'idée après avoir vu le nombre de chats abandonnés dans son quartier depuis la crise économique.

Une partie des recettes sert à financer la nourriture et les soins des chats encore hébergés dans des refuges.

Le café est ouvert tous les jours sauf le lundi, et les enfants de moins de six ans doivent être accompagnés.
"""),
        must_have=[
            "Tous les chats ont été stérilisés, vaccinés et soignés par un vétérinaire avant d'arriver au café, en collaboration avec une association de protection animale.",
            "Les personnes qui souhaitent adopter doivent remplir un questionnaire et revenir au moins deux fois pour faire connaissance avec l'animal.",
        ]),
    # Cayman Marl Road (George Town news site): staff, reading-to-dogs sessions at the public library; JSON-LD @graph, newsletter box.
    rec(cluster="caymanmarlroad-library-reading-dogs", role="single", file="caymanmarlroad_library_reading_dogs.html", render="html",
        site=SITE_CMR, title="Children read aloud to therapy dogs at George Town library",
        date="2025-02-12", country="KY", region="americas", lang="en", authors=["Shanelle Ebanks"],
        section="Community", meta_section="Community",
        url="https://caymanmarlroad.example.com/2025/02/12/children-read-aloud-to-therapy-dogs-at-george-town-library/",
        description="Therapy dogs and their handlers visit the library every Saturday morning.",
        published="2025-02-12T09:15:00-05:00",
        byline_lines=["By Shanelle Ebanks"], date_lines=["February 12, 2025"],
        inserts={2: [("ad", "Advertisement")], 4: [("promo", ["Never miss a story", "Get CMR's top headlines in your inbox every morning.", "Subscribe"])]},
        comments=["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
        paras=P("""
Children who struggle with reading are getting help from some very patient listeners at the George Town Public Library, where therapy dogs visit every Saturday morning.

The reading programme pairs children aged six to 11 with a trained dog and its handler for a 20-minute session in a quiet corner of the children's section.

Each child chooses a book and reads aloud to the dog, which lies on a blanket beside them and never corrects a mistake.

All the dogs have passed a temperament test and a health check, and their owners are volunteers who trained with them for several months.

Organiser Kimberley Bodden said children who were too shy to read in class often forgot their nerves as soon as they sat down with a dog.

Parents say their children now ask to go to the library, and several have moved up a reading level since the programme started in September.

Places are free but must be booked in advance, and new volunteer handlers are welcome.
"""),
        must_have=[
            "Each child chooses a book and reads aloud to the dog, which lies on a blanket beside them and never corrects a mistake.",
            "All the dogs have passed a temperament test and a health check, and their owners are volunteers who trained with them for several months.",
        ]),
    # Groninger Internet Courant (Groningen news site, Dutch): staff, Pieterburen seal release at Lauwersoog; 'Door' byline, 'Foto:' credit naming an institution.
    rec(cluster="gic-lauwersoog-seal-release", role="single", file="gic_zeehonden_vrijgelaten_lauwersoog_nl.html", render="html",
        site=SITE_GIC, title="Zeehondencentrum laat zeven gezonde zeehonden vrij bij Lauwersoog",
        date="2025-03-20", country="NL", region="europe", lang="nl", authors=["Lotte Zijlstra"],
        section="Provincie", meta_section="Provincie",
        url="https://www.gic.example.nl/nieuws/zeehondencentrum-laat-zeven-gezonde-zeehonden-vrij-bij-lauwersoog",
        description="De dieren werden maandenlang verzorgd in Pieterburen.",
        published="2025-03-20T16:05:00+01:00",
        byline_lines=["Door Lotte Zijlstra"], date_lines=["20 maart 2025 16:05"],
        caption="Een gewone zeehond zoekt de weg naar het wad.", credit="Zeehondencentrum Pieterburen",
        credit_shown="Foto: Zeehondencentrum Pieterburen",
        inserts={2: [("ad", "Advertentie")], 4: [("box", "Meer nieuws", ["Nieuwe fietsbrug over het Van Starkenborghkanaal", "Boeren in Hogeland starten met kruidenrijk grasland"])]},
        below_body=[("tip", "Tip de redactie: heb je nieuws? Mail naar de redactie van GIC.")],
        paras=P("""
Zeehondencentrum Pieterburen heeft donderdagmiddag zeven zeehonden teruggezet in de Waddenzee bij Lauwersoog, nadat ze maandenlang in het centrum waren verzorgd.

Het gaat om vijf gewone zeehonden en twee grijze zeehonden die afgelopen winter verzwakt, ziek of gewond op het strand van de Waddeneilanden werden gevonden.

De dieren werden in speciale kratten naar de rand van het water gebracht, waarna verzorgers de deurtjes openden en de zeehonden zelf hun weg naar zee zochten.

Voordat een zeehond wordt vrijgelaten, moet hij voldoende zijn aangekomen en zelfstandig levende vis kunnen vangen in een van de buitenbaden van het centrum.

Volgens dierenarts Marieke de Jong was een van de grijze zeehonden bij aankomst zo mager dat hij nauwelijks kon zwemmen.

Tientallen toeschouwers keken vanaf de dijk toe, en sommige kinderen hadden tekeningen meegenomen voor de verzorgers.

Het centrum vraagt wandelaars om zeehonden op het strand niet te benaderen en een melding te doen als een dier ziek lijkt.
"""),
        must_have=[
            "De dieren werden in speciale kratten naar de rand van het water gebracht, waarna verzorgers de deurtjes openden en de zeehonden zelf hun weg naar zee zochten.",
            "Voordat een zeehond wordt vrijgelaten, moet hij voldoende zijn aangekomen en zelfstandig levende vis kunnen vangen in een van de buitenbaden van het centrum.",
        ]),
    # Correio dos Açores (Ponta Delgada daily, Portuguese): staff, SOS Cagarro shearwater rescues; Azores winter offset (UTC-1).
    rec(cluster="correiodosacores-sos-cagarro", role="single", file="correiodosacores_sos_cagarro_pt.html", render="html",
        site=SITE_CA, title="Campanha SOS Cagarro já resgatou mais de dois mil juvenis em São Miguel",
        date="2024-10-29", country="PT", region="europe", lang="pt", authors=["Ana Rita Medeiros"],
        section="Regional", meta_section="Regional",
        url="https://www.correiodosacores.example.pt/regional/campanha-sos-cagarro-ja-resgatou-mais-de-dois-mil-juvenis-em-sao-miguel",
        description="Cerca de trezentos voluntários recolhem as aves desorientadas pelas luzes.",
        published="2024-10-29T09:00:00-01:00",
        byline_lines=["Ana Rita Medeiros"], date_lines=["29 de outubro de 2024"],
        caption="Um juvenil de cagarro pronto a ser libertado numa falésia da costa norte.", credit="Nuno Pacheco",
        credit_shown="Foto: Nuno Pacheco",
        inserts={2: [("ad", "Publicidade")], 4: [("link", "Leia também:", "Vigilantes da natureza reforçam patrulhas no Faial")]},
        lists=[("Mais lidas", ["Obras no porto de Rabo de Peixe arrancam em Janeiro", "Previsão de chuva forte para o grupo central"])],
        paras=P("""
A campanha SOS Cagarro já permitiu resgatar este ano mais de dois mil juvenis de cagarro na ilha de São Miguel, a maioria encontrados em estradas e zonas iluminadas junto à costa.

Nesta altura do ano, as jovens aves deixam os ninhos durante a noite para fazer o primeiro voo até ao mar, mas muitas ficam desorientadas com as luzes das povoações.

Os voluntários percorrem as estradas costeiras depois do anoitecer e recolhem as aves caídas em caixas de cartão, que são entregues aos vigilantes da natureza.

No dia seguinte, as aves são pesadas, observadas e libertadas ao final da tarde em zonas de falésia, longe das luzes.

Segundo a coordenadora da campanha em São Miguel, Teresa Melo, participam este ano cerca de trezentos voluntários, entre eles muitas famílias e turmas de escolas.

A responsável pede aos condutores que abrandem nas estradas junto ao mar e que não tentem alimentar as aves encontradas.

A campanha decorre até meados de Novembro em todas as ilhas do arquipélago.
"""),
        must_have=[
            "Os voluntários percorrem as estradas costeiras depois do anoitecer e recolhem as aves caídas em caixas de cartão, que são entregues aos vigilantes da natureza.",
            "No dia seguinte, as aves são pesadas, observadas e libertadas ao final da tarde em zonas de falésia, longe das luzes.",
        ]),
    # Agriland (Dublin farming site): staff, Connemara Pony Show in Clifden; consent wall, 'Image:' credit.
    rec(cluster="agriland-clifden-connemara-pony-show", role="single", file="agriland_connemara_pony_show.html", render="html",
        site=SITE_AG, title="Breeders and buyers flock to Clifden for the Connemara Pony Show",
        date="2024-08-15", country="IE", region="europe", lang="en", authors=["Ciarán Folan"],
        section="Equine", meta_section="Equine",
        url="https://www.agriland.example.ie/farming-news/breeders-and-buyers-flock-to-clifden-for-the-connemara-pony-show/",
        description="Close to 400 ponies were entered across more than 30 classes.",
        published="2024-08-15T18:30:00+01:00",
        byline_lines=["Ciarán Folan"], date_lines=["15 Aug 2024"],
        caption="A mare and foal in the ring at Clifden.", credit="Ciarán Folan", credit_shown="Image: Ciarán Folan",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Also read:", "Sheep prices steady at Maam Cross mart")]},
        tags=("Tags", ["Connemara pony", "Equine", "Galway"]),
        paras=P("""
Breeders and buyers from across Ireland, Europe and the US packed the showgrounds in Clifden on Thursday for the annual Connemara Pony Show, the biggest day in the breed's calendar.

Close to 400 ponies were entered across more than 30 classes, from foals and yearlings to ridden and working hunter classes.

In the in-hand classes, judges looked closely at each pony's head, legs and movement as it was walked and trotted in front of them.

Many of the breeders showing on the day keep only two or three mares on small farms in west Galway, where the ponies graze rough hill land all year round.

The supreme champion title went to a grey mare bred near Roundstone, whose owner said the family had kept ponies for three generations.

The Connemara Pony Breeders' Society said the show remained vital for the local economy, with hotels and guesthouses in the town fully booked.

The sales ring also had a busy day, with strong demand for young ponies from overseas buyers.
"""),
        must_have=[
            "In the in-hand classes, judges looked closely at each pony's head, legs and movement as it was walked and trotted in front of them.",
            "Many of the breeders showing on the day keep only two or three mares on small farms in west Galway, where the ponies graze rough hill land all year round.",
        ]),
    # Kalteng Pos (Palangka Raya daily, Indonesian): staff, orangutan forest school at Nyaru Menteng; 'PALANGKA RAYA, KALTENG POS -'
    # dateline carrying the paper's own name, 'Reporter:' and 'Editor:' lines, closing initials.
    rec(cluster="kaltengpos-nyaru-menteng-forest-school", role="single", file="kaltengpos_sekolah_hutan_orangutan_id.html", render="html",
        site=SITE_KP, title="Sekolah Hutan Nyaru Menteng Ajari Bayi Orangutan Memanjat dan Mencari Makan",
        date="2024-12-03", dateline="PALANGKA RAYA, KALTENG POS - ", city="Palangkaraya", country="ID", region="asia",
        lang="id", authors=["Arif Setiawan"], editors=["Dwi Lestari"],
        section="Kalteng", meta_section="Kalteng",
        url="https://kaltengpos.example.co.id/kalteng/2024/12/03/sekolah-hutan-nyaru-menteng-ajari-bayi-orangutan",
        description="Para pengasuh mengajari anak-anak orangutan keterampilan bertahan hidup di hutan.",
        published="2024-12-03T14:20:00+07:00",
        ld_author=[{"@type": "Person", "name": "Arif Setiawan"}],
        byline_lines=["Reporter: Arif Setiawan", "Editor: Dwi Lestari"], date_lines=["Selasa, 3 Desember 2024 | 14:20 WIB"],
        caption="Pengasuh mendampingi anak orangutan di sekolah hutan Nyaru Menteng.", credit="ARIF SETIAWAN/KALTENG POS",
        credit_shown="Foto: ARIF SETIAWAN/KALTENG POS",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Baca Juga:", "BKSDA Kalteng Evakuasi Beruang Madu dari Kebun Warga")]},
        end_lines=["(arf/dwi)"],
        tags=("Tag:", ["orangutan", "Nyaru Menteng", "Palangka Raya"]),
        paras=P("""
Puluhan bayi dan anak orangutan di Pusat Rehabilitasi Orangutan Nyaru Menteng setiap pagi dibawa ke sekolah hutan untuk belajar keterampilan yang mereka butuhkan agar kelak bisa hidup di alam liar.

Sekolah hutan itu berada di kawasan hutan rawa gambut tidak jauh dari pusat rehabilitasi yang dikelola Yayasan BOS di pinggiran Kota Palangka Raya.

Para pengasuh, yang oleh anak-anak orangutan dianggap sebagai ibu pengganti, mengajari mereka memanjat pohon, membuat sarang dan mengenali buah-buahan hutan.

Orangutan yang sudah mahir kemudian dipindahkan ke pulau pra-pelepasliaran, sebelum akhirnya dilepasliarkan ke hutan lindung.

Menurut salah seorang pengasuh, Sri Wahyuni, proses itu bisa memakan waktu tujuh hingga sembilan tahun untuk setiap individu.

Setiap sore, anak-anak orangutan kembali ke kandang untuk makan, diperiksa dokter hewan dan beristirahat.

Sebagian besar orangutan yang dirawat di Nyaru Menteng diselamatkan dari lahan yang terbakar atau dibuka untuk perkebunan.

Saat ini terdapat lebih dari tiga ratus orangutan yang menjalani rehabilitasi di pusat tersebut.

Pihak yayasan mengajak masyarakat melaporkan orangutan yang terlihat di dekat permukiman kepada petugas BKSDA setempat.
"""),
        must_have=[
            "Para pengasuh, yang oleh anak-anak orangutan dianggap sebagai ibu pengganti, mengajari mereka memanjat pohon, membuat sarang dan mengenali buah-buahan hutan.",
            "Orangutan yang sudah mahir kemudian dipindahkan ke pulau pra-pelepasliaran, sebelum akhirnya dilepasliarkan ke hutan lindung.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, The Chronicles (Kigali, English): staff, Kwita Izina and the gorilla trackers; 'By' byline in the head lines.
    rec(cluster="chronicles-kinigi-kwita-izina-trackers", role="single", file="newsplease_chronicles_kwita_izina.json",
        render="newsplease", title="Trackers take centre stage as baby gorillas are named at Kwita Izina",
        date="2024-10-18", country="RW", region="africa", lang="en", authors=["Jean Bosco Mugisha"],
        url="https://www.chronicles.example.rw/2024/10/18/trackers-take-centre-stage-as-baby-gorillas-are-named-at-kwita-izina/",
        source_domain="www.chronicles.example.rw",
        description="Rangers, trackers and veterinarians were honoured at the naming ceremony in Kinigi.",
        np_authors=["Jean Bosco Mugisha"], np_publish="2024-10-18 15:10:00", np_download="2024-10-19 06:31:47",
        head_lines=["The Chronicles", "By Jean Bosco Mugisha", "October 18, 2024"],
        inserts={2: ["Advertisement"], 4: ["Related: Musanze farmers plant bamboo along park buffer zone"]},
        tail_lines=["Share", "Facebook", "X", "WhatsApp", "Related", "Support independent journalism in Rwanda",
                    "\u00a9 2024 The Chronicles"],
        paras=P("""
Park rangers, trackers and veterinarians who look after Rwanda's mountain gorillas were honoured on Friday at Kwita Izina, the annual ceremony at which newborn gorillas are given their names.

The ceremony was held at the foot of the Virunga volcanoes in Kinigi, Musanze District, and was attended by conservationists, local residents and international guests.

Each baby gorilla was named by a guest, who read out the name and its meaning in Kinyarwanda in front of a large crowd.

Trackers follow each gorilla family every day in Volcanoes National Park, recording the health of the animals and alerting vets when a gorilla is injured or sick.

A tracker who has worked in the park for more than 20 years, Jean Damascène Habimana, said he knew every gorilla in the families he follows by its face and character.

Communities living near the park receive a share of tourism revenue, which has been used to build schools, health centres and water tanks.

The event ended with traditional dances by groups from villages around the park.
"""),
        must_have=[
            "Each baby gorilla was named by a guest, who read out the name and its meaning in Kinyarwanda in front of a large crowd.",
            "Trackers follow each gorilla family every day in Volcanoes National Park, recording the health of the animals and alerting vets when a gorilla is injured or sick.",
        ]),
    # news-please, Granby Express (Granby weekly, French): staff, Zoo de Granby's new red panda habitat; 'Par' byline; news-please time is UTC.
    rec(cluster="granbyexpress-zoo-red-panda-habitat", role="single", file="newsplease_granbyexpress_pandas_roux_fr.json",
        render="newsplease", title="Le Zoo de Granby inaugure un nouvel habitat pour ses pandas roux",
        date="2024-06-20", country="CA", region="americas", lang="fr", authors=["Mélanie Gagnon"],
        url="https://www.granbyexpress.example.com/2024/06/20/le-zoo-de-granby-inaugure-un-nouvel-habitat-pour-ses-pandas-roux/",
        source_domain="www.granbyexpress.example.com",
        description="L'espace boisé est trois fois plus grand que l'ancien enclos.",
        np_authors=["Mélanie Gagnon"], np_publish="2024-06-20 18:05:00", np_download="2024-06-21 04:12:30",
        head_lines=["Granby Express", "Actualités", "Par Mélanie Gagnon", "20 juin 2024"],
        inserts={2: ["Publicité"], 4: ["À lire aussi : Le parc de la Yamaska ouvre un nouveau sentier"]},
        tail_lines=["Partager", "Facebook", "Courriel", "Abonnez-vous à notre infolettre", "\u00a9 2024 Granby Express"],
        paras=P("""
Le Zoo de Granby a inauguré jeudi un nouvel habitat pour ses pandas roux, un espace boisé trois fois plus grand que l'ancien enclos, situé près de la section asiatique du parc.

L'habitat compte des arbres matures, des plateformes en hauteur, un ruisseau et des abris chauffés pour les journées les plus froides de l'hiver.

Les soigneurs ont aménagé des passerelles en bois entre les arbres pour permettre aux animaux de grimper et de se déplacer sans jamais toucher le sol.

Les pandas roux, originaires des forêts de l'Himalaya, supportent mal la chaleur, et l'habitat comprend donc des zones ombragées et des brumisateurs.

Selon la responsable des soins animaliers, Julie Bérubé, les deux femelles du zoo se sont adaptées en quelques jours et explorent déjà chaque recoin de leur nouvel espace.

Les visiteurs peuvent observer les animaux depuis une passerelle surélevée, et des soigneurs y donneront de courtes présentations tous les après-midi de l'été.

Le projet a été financé en partie par des dons du public.
"""),
        must_have=[
            "Les soigneurs ont aménagé des passerelles en bois entre les arbres pour permettre aux animaux de grimper et de se déplacer sans jamais toucher le sol.",
            "Les pandas roux, originaires des forêts de l'Himalaya, supportent mal la chaleur, et l'habitat comprend donc des zones ombragées et des brumisateurs.",
        ]),
    # news-please, La Vérité (Antananarivo daily, French): staff, village poultry vaccinators near Antsirabe; news-please's UTC time is the evening before.
    rec(cluster="laverite-antsirabe-poultry-vaccinators", role="single", file="newsplease_laverite_vaccinateurs_villageois_fr.json",
        render="newsplease", title="Antsirabe : des vaccinateurs villageois protègent les poulets contre la maladie de Newcastle",
        date="2024-08-07", country="MG", region="africa", lang="fr", authors=["Hery Randrianarisoa"],
        url="https://laverite.example.mg/societe/item/20240807-antsirabe-des-vaccinateurs-villageois-protegent-les-poulets.html",
        source_domain="laverite.example.mg",
        description="Une soixantaine de vaccinateurs vont de maison en maison dans les communes rurales.",
        np_authors=["Hery Randrianarisoa"], np_publish="2024-08-06 21:40:00", np_download="2024-08-07 09:15:02",
        head_lines=["La Vérité", "Société", "07 août 2024", "Hery Randrianarisoa"],
        inserts={2: ["Publicité"], 4: ["Lire aussi : Vakinankaratra – Les éleveurs laitiers réclament des routes praticables"]},
        tail_lines=["Partager", "Facebook", "Articles similaires", "\u00a9 2024 La Vérité"],
        paras=P("""
Dans les communes rurales autour d'Antsirabe, une soixantaine de vaccinateurs villageois vont de maison en maison depuis le début du mois pour vacciner les poulets contre la maladie de Newcastle.

Cette maladie, appelée localement « ramoletaka », décime chaque année une grande partie des volailles des familles paysannes, surtout pendant la saison sèche.

Les vaccinateurs, formés par les services vétérinaires, transportent les vaccins dans des glacières et déposent une goutte dans l'œil de chaque poulet.

Les éleveurs paient une petite somme par poulet vacciné, qui permet aux vaccinateurs de couvrir leurs frais de déplacement et de gagner un revenu.

Pour Voahangy Rasoanaivo, mère de quatre enfants à Vinaninkarena, les poulets sont une épargne que la famille vend pour payer les frais de scolarité.

Selon un technicien de la direction régionale de l'élevage, la campagne vise plus de 80 000 volailles dans le district d'ici fin septembre.

Une deuxième campagne est prévue au début de l'année prochaine.
"""),
        must_have=[
            "Les vaccinateurs, formés par les services vétérinaires, transportent les vaccins dans des glacières et déposent une goutte dans l'œil de chaque poulet.",
            "Les éleveurs paient une petite somme par poulet vacciné, qui permet aux vaccinateurs de couvrir leurs frais de déplacement et de gagner un revenu.",
        ]),
    # trafilatura, Chiang Mai City News (English): staff, mobile elephant clinic in Mae Chaem; 'By' byline in the head lines.
    rec(cluster="cmnews-mae-chaem-mobile-elephant-clinic", role="single", file="trafilatura_chiangmaicitynews_elephant_clinic.json",
        render="trafilatura", title="Mobile vet team checks elephants in Karen villages of Mae Chaem",
        date="2025-01-21", country="TH", region="asia", lang="en", authors=["Suthida Kaewmanee"],
        section="News", categories="News;Chiang Mai",
        url="https://www.chiangmaicitynews.example.com/news/mobile-vet-team-checks-elephants-in-karen-villages-of-mae-chaem/",
        hostname="chiangmaicitynews.example.com", source_hostname="Chiang Mai City News",
        tf_author="Suthida Kaewmanee", tf_date="2025-01-21", tf_language="en",
        description="More than 60 elephants kept by local families were examined.",
        head_lines=["Chiang Mai City News", "News", "By Suthida Kaewmanee", "January 21, 2025"],
        inserts={2: ["Advertisement"], 4: ["Related: Air quality warning issued for Chiang Mai as burning season begins"]},
        tail_lines=["Share this:", "Facebook", "X", "Line", "Related", "\u00a9 2025 Chiang Mai City News"],
        paras=P("""
A mobile veterinary team has spent the past week visiting Karen villages in Mae Chaem district, checking the health of more than 60 elephants kept by local families.

Many of the elephants once worked in logging or tourism and now live in the forest near their owners' villages, where they are taken to graze and bathe each day.

The vets took blood samples, checked the elephants' feet and teeth, and treated several animals for wounds and intestinal worms.

They also showed young mahouts how to spot early signs of illness, such as swollen legs, a loss of appetite or unusual behaviour.

Team leader Dr Kittipong Saengthong said elephants in remote areas rarely saw a vet because the journey to the nearest hospital could take a full day by truck.

One mahout, 24-year-old Nu Phae, said his family had looked after the same elephant for three generations.

The team plans to return in June, before the start of the rainy season.
"""),
        must_have=[
            "The vets took blood samples, checked the elephants' feet and teeth, and treated several animals for wounds and intestinal worms.",
            "They also showed young mahouts how to spot early signs of illness, such as swollen legs, a loss of appetite or unusual behaviour.",
        ]),
    # trafilatura, El Telégrafo (Paysandú daily, Spanish): staff, a Tally-Hi shearing course; caption line with 'Foto:' credit inside the text.
    rec(cluster="eltelegrafo-paysandu-shearing-course", role="single", file="trafilatura_eltelegrafo_curso_esquila_es.json",
        render="trafilatura", title="Jóvenes aprenden a esquilar con el método Tally-Hi en un curso en Paysandú",
        date="2024-09-10", country="UY", region="americas", lang="es", authors=["Lucía Benítez"],
        section="Departamento", categories="Departamento;Rurales",
        caption="Los alumnos practican con ovejas en el galpón de esquila.", credit="Martín Olivera",
        url="https://www.diarioeltelegrafo.example.com.uy/departamento/jovenes-aprenden-a-esquilar-con-el-metodo-tally-hi",
        hostname="diarioeltelegrafo.example.com.uy", source_hostname="El Telégrafo",
        tf_author="Lucía Benítez", tf_date="2024-09-10", tf_language="es",
        description="El Secretariado Uruguayo de la Lana organiza el curso para una veintena de jóvenes.",
        head_lines=["El Telégrafo", "Departamento", "10 de setiembre de 2024", "Lucía Benítez",
                    "Los alumnos practican con ovejas en el galpón de esquila. Foto: Martín Olivera"],
        inserts={2: ["Publicidad"], 4: ["Lea también: Productores de Guichón preparan la zafra de lana"]},
        tail_lines=["Compartir", "Facebook", "WhatsApp", "Más noticias", "\u00a9 2024 El Telégrafo - Paysandú"],
        paras=P("""
Una veintena de jóvenes de Paysandú y departamentos vecinos participa esta semana en un curso de esquila organizado por el Secretariado Uruguayo de la Lana en un establecimiento rural de la zona de Guichón.

Durante diez días, los alumnos aprenden el método Tally-Hi, una técnica que permite esquilar la oveja sin atarla y con menos estrés para el animal.

Cada mañana, los instructores enseñan cómo sujetar la oveja entre las piernas, cómo manejar la máquina y cómo sacar el vellón entero sin cortar la piel.

Por la tarde, los alumnos practican el acondicionamiento de la lana y aprenden a separar las distintas partes del vellón sobre la mesa.

El instructor Gustavo Pereira explicó que una esquila bien hecha mejora el bienestar de los animales y el precio que recibe el productor por su lana.

Al terminar el curso, los participantes reciben un certificado que les permite integrarse a las comparsas de esquila que recorren el país en primavera.

Muchos de ellos son hijos de productores o de peones rurales.
"""),
        must_have=[
            "Cada mañana, los instructores enseñan cómo sujetar la oveja entre las piernas, cómo manejar la máquina y cómo sacar el vellón entero sin cortar la piel.",
            "Por la tarde, los alumnos practican el acondicionamiento de la lana y aprenden a separar las distintas partes del vellón sobre la mesa.",
        ]),
    # trafilatura, Eagle FM (Windhoek radio, English): staff, livestock guarding dogs near Otjiwarongo; station sign-off lines.
    rec(cluster="eaglefm-otjiwarongo-guarding-dogs", role="single", file="trafilatura_eaglefm_guarding_dogs.json",
        render="trafilatura", title="Guarding dogs help Otjozondjupa farmers protect goats from cheetahs",
        date="2024-07-16", country="NA", region="africa", lang="en", authors=["Hilma Shikongo"],
        section="News", categories="News;Regional",
        url="https://www.eaglefm.example.com.na/news/guarding-dogs-help-otjozondjupa-farmers-protect-goats-from-cheetahs/",
        hostname="eaglefm.example.com.na", source_hostname="Eagle FM",
        tf_author="Hilma Shikongo", tf_date="2024-07-16", tf_language="en",
        description="Twelve communal farmers received Anatolian shepherd and Kangal puppies.",
        head_lines=["Eagle FM", "News", "Hilma Shikongo", "July 16, 2024"],
        inserts={2: ["Advertisement"], 4: ["Related: Drought relief fodder arrives in Kunene"]},
        tail_lines=["Eagle FM News", "Listen live on the Eagle FM app", "Share", "Facebook", "WhatsApp", "\u00a9 2024 Eagle FM"],
        paras=P("""
Twelve communal farmers from the Otjozondjupa Region received livestock guarding dogs this week under a programme that helps farmers protect their goats and sheep without killing predators.

The Anatolian shepherd and Kangal puppies are bred and raised by the Cheetah Conservation Fund near Otjiwarongo, which has placed hundreds of dogs with farmers since the 1990s.

The puppies are placed with the herd at about eight weeks old, so that they grow up among the goats and treat them as their family.

Farmers who receive a dog are visited regularly by the programme's staff, who check on the dog's health, vaccinations and feeding.

Farmer Petrus Hoveka said he had lost more than 20 goats to cheetahs and jackals last year and hoped the dog would keep the predators away.

Studies by the organisation have shown that farms with a guarding dog lose far fewer animals to predators.

Farmers interested in the programme can apply through their regional agricultural office.
"""),
        must_have=[
            "The puppies are placed with the herd at about eight weeks old, so that they grow up among the goats and treat them as their family.",
            "Farmers who receive a dog are visited regularly by the programme's staff, who check on the dog's health, vaccinations and feeding.",
        ]),
]


# ---- JSONL batches (newsbeam html and text, news-please and trafilatura shapes) -------

SITE_EL = site("Elko Daily Free Press", "https://elkodaily.example.com", " | Elko Daily Free Press", "en_US", "@ElkoDaily",
               ["News", "Sports", "Mining", "Opinion", "Obituaries", "e-Edition"],
               ["\u00a9 2024 Elko Daily Free Press, 3720 E. Idaho St., Elko, NV", "Terms of Use", "Privacy Policy"],
               share=["Facebook", "Twitter", "Email", "Print"], top=["Subscribe", "Log In"])

JSONL_STORIES = [
    # newsbeam text shape: the ELTA story on Bernardinai.lt (syndicated member of the ELTA cluster).
    dict(ELTA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.bernardinai.example.lt/2024-06-18-nemuno-deltoje-suskaiciuota-rekordiskai-daug-gandru-lizdu/",
         nb_published="2024-06-18T12:02:00Z", outlet="Bernardinai.lt", nb_authors=["ELTA"],
         head_lines=["Bernardinai.lt", "Lietuva", "2024-06-18 15:02"],
         inserts={3: ["Reklama"]},
         tail_lines=["Šaltinis: ELTA", "Dalintis", "Facebook", "Paremkite Bernardinai.lt", "Susiję", "\u00a9 2024 Bernardinai.lt"]),
    # news-please shape: the Inforpress story on Balai Cabo Verde (syndicated member of the Inforpress cluster).
    dict(INFORPRESS, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.balai.example.cv/boa-vista-voluntarios-vigiam-praias-durante-a-noite-para-proteger-ninhos-de-tartarugas/",
         source_domain="www.balai.example.cv",
         np_authors=["Inforpress"], np_publish="2024-07-24 17:40:00", np_download="2024-07-25 08:03:11",
         head_lines=["Balai Cabo Verde", "Sociedade", "24/07/2024"],
         inserts={2: ["Publicidade"]},
         tail_lines=["LS/JMV", "Inforpress/Fim", "Partilhe", "Facebook", "WhatsApp", "Outras notícias", "\u00a9 2024 Balai Cabo Verde"]),
    # newsbeam html shape: Elko Daily Free Press (Nevada): staff, BLM wild horse and burro adoption event; newsbeam stamp is UTC, the page's day is the 17th.
    rec(cluster="elkodaily-wild-horse-adoption", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_EL, title="Wild horses and burros find new homes at Elko adoption event",
        date="2024-05-17", country="US", region="americas", lang="en", authors=["Dana Whitmore"],
        section="Local News", meta_section="Local News",
        url="https://elkodaily.example.com/news/local/wild-horses-and-burros-find-new-homes-at-elko-adoption-event/article_5e3c1a2b.html",
        description="More than 30 animals were adopted at the Elko County Fairgrounds.",
        published="2024-05-17T18:45:00-07:00",
        nb_published="2024-05-18T01:45:00Z", outlet="Elko Daily Free Press", nb_authors=["Dana Whitmore"],
        byline_lines=["By Dana Whitmore", "Staff Writer"], date_lines=["May 17, 2024"],
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Elko County Fair board approves new arena lighting")]},
        end_lines=["Dana Whitmore can be reached at dwhitmore@elkodaily.example.com"],
        tags=("Tags", ["Wild Horses", "Bureau Of Land Management", "Elko County"]),
        paras=P("""
More than 30 wild horses and burros found new homes on Friday during an adoption event at the Elko County Fairgrounds organised by the Bureau of Land Management.

The animals were gathered from public lands in northeastern Nevada and spent several months at a holding facility, where they were vaccinated and checked by vets.

Adopters must have a corral of at least 400 square feet with fences at least six feet high for adult horses, and a covered shelter from the weather.

BLM staff and volunteers from a local saddle club helped first-time owners load their animals and gave advice on gentling and feeding.

Spring Creek resident Amanda Price adopted a two-year-old bay mare and said she planned to train her for trail riding with her daughter.

The agency offers an incentive of up to $1,000 to adopters, paid in two parts over the first year of ownership.

Animals that were not adopted will be offered again at an event in Winnemucca next month.
"""),
        must_have=[
            "Adopters must have a corral of at least 400 square feet with fences at least six feet high for adult horses, and a covered shelter from the weather.",
            "BLM staff and volunteers from a local saddle club helped first-time owners load their animals and gave advice on gentling and feeding.",
        ]),
    # trafilatura shape: the BIS story on Bahamas Chronicle (syndicated member of the BIS cluster).
    dict(BIS, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://bahamaschronicle.example.com/2024/11/08/free-spay-and-neuter-clinic-treats-more-than-300-potcakes-in-abaco/",
         hostname="bahamaschronicle.example.com", source_hostname="Bahamas Chronicle",
         tf_author="Kendria Ferguson", tf_date="2024-11-08", tf_language="en", categories="News;Family Islands",
         head_lines=["Bahamas Chronicle", "News", "November 8, 2024", "By Kendria Ferguson"],
         inserts={2: ["Advertisement"]},
         tail_lines=["Source: Bahamas Information Services", "Share this:", "Facebook", "WhatsApp", "Related",
                     "\u00a9 2024 Bahamas Chronicle"]),
    # news-please shape: DNC (Nouméa weekly, French): staff, stockmen training at the Pouembout agricultural high school; UTC time is the evening before.
    rec(cluster="dnc-pouembout-stockmen-training", role="single", file=JSONL_B, render="newsplease",
        title="Au lycée agricole de Pouembout, les élèves apprennent le métier de stockman",
        date="2025-03-11", country="NC", region="oceania", lang="fr", authors=["Claire Dupré"],
        url="https://www.dnc.example.nc/au-lycee-agricole-de-pouembout-les-eleves-apprennent-le-metier-de-stockman/",
        source_domain="www.dnc.example.nc",
        description="Une trentaine d'élèves de la filière élevage travaillent avec les bovins et les chevaux de l'exploitation.",
        np_authors=["Claire Dupré"], np_publish="2025-03-10 22:15:00", np_download="2025-03-11 05:40:19",
        head_lines=["DNC", "Brousse", "Claire Dupré", "11 mars 2025"],
        inserts={2: ["Publicité"], 4: ["À lire aussi : Koné accueille la fête de l'élevage"]},
        tail_lines=["Partager", "Facebook", "Courriel", "Abonnez-vous à DNC, l'hebdo qui explique l'actualité calédonienne",
                    "\u00a9 2025 DNC - Demain en Nouvelle-Calédonie"],
        paras=P("""
Au lycée agricole Michel-Rocard de Pouembout, une trentaine d'élèves de la filière élevage passent chaque semaine plusieurs heures au contact des bovins et des chevaux de l'exploitation de l'établissement.

Ils y apprennent à rassembler le troupeau à cheval, à trier les bêtes dans les parcs et à les conduire au couloir de contention sans les stresser.

Le matin commence par les soins aux chevaux, qui sont brossés, nourris et examinés avant chaque sortie sur la propriété.

Les élèves participent aussi aux pesées, aux vaccinations et au traitement contre les tiques, un problème majeur pour les éleveurs calédoniens.

Pour leur enseignant, Olivier Tein, ce métier de stockman demande de la patience et une bonne connaissance du comportement des animaux.

Beaucoup de ces jeunes viennent de familles d'éleveurs de la Brousse et espèrent reprendre un jour la station familiale.

Les meilleurs d'entre eux participeront à la prochaine foire de Bourail, où ils présenteront les bêtes de l'exploitation.
"""),
        must_have=[
            "Le matin commence par les soins aux chevaux, qui sont brossés, nourris et examinés avant chaque sortie sur la propriété.",
            "Les élèves participent aussi aux pesées, aux vaccinations et au traitement contre les tiques, un problème majeur pour les éleveurs calédoniens.",
        ]),
]

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES



# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "ninety-second held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Lietuvos žinios '2024-06-18 14:25' with ELTA's 'birželio 18 "
    "d.' dateline (Lithuanian genitive month name, 'd.' = day) and Bernardinai.lt '2024-06-18 15:02' (newsbeam stamp 12:02Z = "
    "15:02 in Vilnius, UTC+3); A Nação '24 de Julho de 2024' with Inforpress's '24 Jul' dateline and Balai Cabo Verde '24/07/2024' "
    "(day first; news-please's 17:40 is UTC, 16:40 in Cape Verde, UTC-1); The Bahamas Weekly 'Nov 8, 2024' (-05:00) and Bahamas "
    "Chronicle 'November 8, 2024'; Benalla Ensign 'Wednesday, 15 May 2024' (both copies; the story's 'Saturday' is the celebration "
    "before it); The Fatu Network 'May 21, 2024'; EATV '25 Septemba 2024' (Swahili month name); Azattyk '13 октября 2024'; Ajit "
    "'20 ਸਤੰਬਰ 2024' with its '20 ਸਤੰਬਰ' dateline (the same day; the story says 'ਅੱਜ', today); Clutha Leader 'Thursday, 17 October "
    "2024' (pet day was the Friday before); Gazeta Express '14/09/2024 13:47' (day first); Cumberland & Westmorland Herald "
    "'Saturday, 10 August 2024' (the trials were on the Thursday); Derwent Valley Gazette '10 April 2024'; Davar '26.09.2024, "
    "10:40' (day first); Bhutan Times 'November 11, 2024'; Ici Beyrouth 'mardi 4 juin 2024'; Cayman Marl Road 'February 12, "
    "2025'; GIC '20 maart 2025 16:05'; Correio dos Açores '29 de outubro de 2024' (-01:00, Azores winter time); Agriland '15 Aug "
    "2024'; Kalteng Pos 'Selasa, 3 Desember 2024 | 14:20 WIB'; The Chronicles 'October 18, 2024' (news-please's 15:10 is UTC, "
    "17:10 in Kigali); Granby Express '20 juin 2024' (news-please's 18:05 is UTC, 14:05 in Québec); La Vérité '07 août 2024' "
    "(news-please's '2024-08-06 21:40' is UTC; Antananarivo is UTC+3, so the page's own day is the 7th); Chiang Mai City News "
    "'January 21, 2025'; El Telégrafo '10 de setiembre de 2024' (Uruguayan spelling of September); Eagle FM 'July 16, 2024'; "
    "Elko Daily Free Press 'May 17, 2024' (the newsbeam stamp 2024-05-18T01:45Z is UTC; Elko is UTC-7 in May, so the 17th); DNC "
    "'11 mars 2025' (news-please's '2025-03-10 22:15' is UTC; Nouméa is UTC+11, so the 11th)",
    "dateline_city": "wire datelines: ELTA 'Rusnė, birželio 18 d. (ELTA). ' -> 'Rusnė' (GeoNames keeps the diacritic; the "
    "village on Rusnė island in the Nemunas delta, Šilutė district; both copies); Inforpress 'Sal Rei, 24 Jul (Inforpress) – ' "
    "-> 'Sal Rei' (the town of Boa Vista island; both copies); BIS 'MARSH HARBOUR, Abaco, The Bahamas -- ' -> 'Marsh Harbour' "
    "(the island and the country after the city are not part of it; both copies). Staff datelines: Ajit's 'ਲੁਧਿਆਣਾ, 20 ਸਤੰਬਰ "
    "(ਕੁਲਦੀਪ ਸਿੰਘ ਮਾਨ)-' (the Punjabi press's 'city, date (correspondent)-' opening) -> 'Ludhiana'; Kalteng Pos' 'PALANGKA RAYA, "
    "KALTENG POS - ' (the Indonesian regional press's 'CITY, PAPER -' opening, the paper's own name where a wire tag would "
    "stand) -> 'Palangkaraya' (GeoNames' main name, written as one word). Bhutan Times' 'Sonam Wangmo | Wangdue' names the "
    "reporter's district in the byline block; it is not a dateline. All other records have no dateline (null) and take the "
    "country of the story's location",
    "country": "Rusnė LT; Sal Rei (Boa Vista) CV (africa); Marsh Harbour (Abaco) BS (americas); Benalla AU; Central River Region "
    "(Sambel Kunda, Kuntaur) GM; Serengeti district (Mugumu) TZ; Karakol KG (asia); Ludhiana IN; Clydevale (Clutha district) NZ; "
    "Prishtina XK (Kosovo, europe, as earlier sets label it); Rydal (Cumbria) GB; New Norfolk (Derwent Valley, Tasmania) AU; "
    "Jerusalem (the observatory by the Knesset) IL; Phobjikha (Wangdue Phodrang) BT; Beirut LB (asia); George Town KY "
    "(americas); Lauwersoog NL; São Miguel (Azores) PT (europe; the Azores have no ISO code of their own); Clifden IE; "
    "Palangkaraya ID; Kinigi (Musanze) RW; Granby (Québec) CA; Antsirabe MG (africa); Mae Chaem (Chiang Mai province) TH; "
    "Guichón (Paysandú) UY; Otjiwarongo (Otjozondjupa) NA; Elko (Nevada) US; Pouembout NC (oceania)",
    "agency": "Lietuvos žinios and Bernardinai.lt carry ELTA (the Lithuanian national news agency: '(ELTA).' dateline, ELTA's "
    "copying notice, 'Šaltinis: ELTA' = source line, Bernardinai's crawler author 'ELTA'); A Nação and Balai Cabo Verde carry "
    "Inforpress (Cape Verde's news agency: '(Inforpress) –' dateline, closing desk initials and 'Inforpress/Fim', news-please "
    "author 'Inforpress'); The Bahamas Weekly and Bahamas Chronicle carry BIS (Bahamas Information Services, the government "
    "news service whose releases the papers run: page byline 'Bahamas Information Services', 'BIS Photos' credit, 'Source: "
    "Bahamas Information Services'; labelled 'BIS' as it calls itself in its credits). All other records are staff copy "
    "(agency null): Kalteng Pos' 'KALTENG POS' in its dateline is the paper's own name, Azattyk is RFE/RL's own service, the "
    "institutions credited in captions (Zeehondencentrum Pieterburen) are not wires",
    "authors": "ELTA and Inforpress copies name no writer ('ELTA', 'Inforpress' in author fields are agencies; Inforpress's "
    "closing 'LS/JMV' gives desk initials that name no one); BIS 'By Kendria Ferguson' (a line above the story on The Bahamas "
    "Weekly, whose own byline names only the service; head line and trafilatura author on Bahamas Chronicle) -> 'Kendria "
    "Ferguson' (both copies); Benalla Ensign 'By Tessa Lowe' (both copies; also the photographer); The Fatu Network 'By Lamin "
    "Sanneh'; EATV 'Imeandikwa na Neema Mollel' ('imeandikwa na' = written by) -> 'Neema Mollel'; Azattyk 'Айгерим "
    "Токтосунова' in Cyrillic (a bare name under the date); Ajit's dateline bracket '(ਕੁਲਦੀਪ ਸਿੰਘ ਮਾਨ)' names the correspondent -> "
    "'ਕੁਲਦੀਪ ਸਿੰਘ ਮਾਨ' in Gurmukhi (the page has no other byline); Clutha Leader 'Ella Murdoch'; Cumberland & Westmorland Herald "
    "'By Eleanor Dent'; Derwent Valley Gazette 'Fiona Hart'; Davar 'נועה ברגר' in Hebrew script; Bhutan Times 'Sonam Wangmo | "
    "Wangdue' -> 'Sonam Wangmo' (the district is not part of the name); Ici Beyrouth 'Nour Haddad'; Cayman Marl Road 'By Shanelle "
    "Ebanks'; GIC 'Door Lotte Zijlstra' ('door' = by) -> 'Lotte Zijlstra'; Correio dos Açores 'Ana Rita Medeiros'; Agriland "
    "'Ciarán Folan'; Kalteng Pos 'Reporter: Arif Setiawan' -> 'Arif Setiawan'; The Chronicles 'By Jean Bosco Mugisha'; Granby "
    "Express 'Par Mélanie Gagnon'; La Vérité 'Hery Randrianarisoa'; Chiang Mai City News 'By Suthida Kaewmanee'; El Telégrafo "
    "'Lucía Benítez'; Eagle FM 'Hilma Shikongo'; Elko Daily Free Press 'By Dana Whitmore' ('Staff Writer' is a role line); DNC "
    "'Claire Dupré'. Gazeta Express names no writer. Photographers ('Kemuel Stubbs', 'Nuno Pacheco', 'Martín Olivera') and "
    "people quoted in the stories are not authors",
    "editors": "Kalteng Pos' 'Editor: Dwi Lestari' names the story's editor (the Jawa Pos network's 'Reporter:' / 'Editor:' "
    "pair, as Suara.com's and Lombok Post's 'Editor:' lines in earlier sets) -> ['Dwi Lestari']; its closing '(arf/dwi)' gives "
    "initials only. No other record names an editor",
    "caption_credit": "credits without their wrapper: The Bahamas Weekly '(BIS Photos/Kemuel Stubbs)' -> 'BIS Photos/Kemuel "
    "Stubbs' (the service's own credit formula kept as printed without its brackets, as 'PNA photo by X' is kept); Benalla "
    "Ensign 'Photo: Tessa Lowe' -> 'Tessa Lowe' (both copies); Clutha Leader 'Photo: Supplied' -> 'Supplied' (as earlier sets "
    "keep 'Image: Supplied' -> 'Supplied'); Davar '(צילום: נועה ברגר)' ('צילום' = photograph) -> 'נועה ברגר'; Ici Beyrouth "
    "'Crédit photo : Nour Haddad' -> 'Nour Haddad'; GIC 'Foto: Zeehondencentrum Pieterburen' -> 'Zeehondencentrum Pieterburen' "
    "(an institution as printed); Correio dos Açores 'Foto: Nuno Pacheco' -> 'Nuno Pacheco'; Agriland 'Image: Ciarán Folan' -> "
    "'Ciarán Folan'; Kalteng Pos 'Foto: ARIF SETIAWAN/KALTENG POS' -> 'ARIF SETIAWAN/KALTENG POS' (name and paper in capitals as "
    "printed). El Telégrafo's caption line inside the trafilatura text 'Los alumnos practican con ovejas en el galpón de "
    "esquila. Foto: Martín Olivera' -> caption without the credit, credit 'Martín Olivera' (as Il Secolo XIX's in dev_set12). "
    "Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: The Bahamas Weekly 'Government', Davar 'סביבה' "
    "(environment), Bhutan Times 'Environment', Ici Beyrouth 'Lifestyle', Cayman Marl Road 'Community', GIC 'Provincie', "
    "Correio dos Açores 'Regional', Agriland 'Equine', Kalteng Pos 'Kalteng', Elko Daily Free Press 'Local News'; trafilatura "
    "records take their first category (Chiang Mai City News 'News', El Telégrafo 'Departamento', Eagle FM 'News', Bahamas "
    "Chronicle 'News'); news-please, plain text and newsbeam text records have none (head lines such as 'Lietuva', "
    "'Sociedade', 'Habari', 'Общество', 'ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ', 'Lajme', 'Actualités', 'Société' and 'Brousse' are chrome, not a section)",
    "language": "'lt' Lithuanian (two ELTA copies); 'pt' Cape Verdean and Azorean Portuguese (two Inforpress copies and Correio "
    "dos Açores); 'he' Hebrew in Hebrew script; 'pa' Punjabi in Gurmukhi script; 'sw' Swahili (Tanzania); 'ru' Russian "
    "(Kyrgyzstan); 'sq' Albanian (Kosovo); 'nl' Dutch; 'fr' French (Lebanon, Québec, Madagascar, New Caledonia); 'es' Uruguayan "
    "Spanish; 'id' Indonesian; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, "
    "advertisement labels, a reading time, related-story lines and boxes, tag lists, most-read rails, newsletter, WhatsApp, "
    "Telegram, live-radio and support-journalism promos, reporter role and contact lines ('Staff Writer', the Elko e-mail "
    "sign-off), the BIS writer's 'By' line above the story, wire source lines and sign-offs (ELTA's copying notice, 'Šaltinis: "
    "ELTA', Inforpress's desk initials 'LS/JMV' and 'Inforpress/Fim', 'Source: Bahamas Information Services'), Kalteng Pos' "
    "'Reporter:' / 'Editor:' lines and closing initials, copying notices, publisher and ownership lines ('McPherson Media Group', "
    "'RFE/RL, Inc.', 'Agriland Media Ltd.'), copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (ELTA and Inforpress in the plain batch, BIS in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Benalla Ensign: curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
    "publishers": "per publisher, the fields' conventions: Lietuvos žinios (text, lt) and Bernardinai.lt (newsbeam text, lt): "
    "ELTA copy, '(ELTA).' dateline, no writer; A Nação (text, pt) and Balai Cabo Verde (news-please, pt): Inforpress copy, "
    "'(Inforpress) –' dateline, desk initials and 'Inforpress/Fim', no writer; The Bahamas Weekly (HTML gz, en) and Bahamas "
    "Chronicle (trafilatura, en): BIS copy, 'CITY, Island, The Bahamas --' dateline, writer in a 'By' line, 'BIS Photos/' "
    "credit; Benalla Ensign (text and re-scrape, en): staff, 'By' byline, 'Photo:' credit; The Fatu Network (text, en), EATV "
    "(text, sw, 'Imeandikwa na'), Azattyk Media (text, ru), Ajit (text, pa, correspondent in the dateline bracket), Clutha "
    "Leader (text, en, 'Photo: Supplied'), Gazeta Express (text, sq, no writer), Cumberland & Westmorland Herald (text, en), "
    "Derwent Valley Gazette (text, en): staff; Davar (HTML, he), Bhutan Times (HTML, en, no JSON-LD, 'Name | District' byline), "
    "Ici Beyrouth (HTML, fr), Cayman Marl Road (HTML, en, JSON-LD @graph), GIC (HTML, nl), Correio dos Açores (HTML, pt), "
    "Agriland (HTML, en), Kalteng Pos (HTML, id, outlet-name dateline, 'Editor:' line): staff; The Chronicles, Granby Express, "
    "La Vérité (news-please, en/fr/fr): staff; Chiang Mai City News, El Telégrafo (caption line in the text), Eagle FM "
    "(trafilatura, en/es/en): staff; Elko Daily Free Press (newsbeam html, en) and DNC (news-please, fr): staff",
}

PLACEHOLDERS = {"elta", "lietuvos žinios", "bernardinai.lt", "bernardinai", "inforpress", "a nação", "balai cabo verde",
                "ls/jmv", "bis", "bahamas information services", "the bahamas weekly", "bahamas chronicle", "bis photos",
                "benalla ensign", "mcpherson media group", "the fatu network", "fatu network", "eatv",
                "east africa television", "azattyk", "азаттык", "азаттык медиа", "rfe/rl", "ਅਜੀਤ", "ajit",
                "clutha leader", "supplied", "gazeta express", "cumberland & westmorland herald", "derwent valley gazette",
                "דבר", "davar", "bhutan times", "ici beyrouth", "cayman marl road", "cmr", "groninger internet courant",
                "gic", "zeehondencentrum pieterburen", "correio dos açores", "agriland", "kalteng pos", "the chronicles",
                "granby express", "la vérité", "chiang mai city news", "el telégrafo", "eagle fm", "eagle fm news",
                "elko daily free press", "staff writer", "dnc", "demain en nouvelle-calédonie"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
