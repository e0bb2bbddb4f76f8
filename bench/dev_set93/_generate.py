#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninety-third development set (bench/dev_set93/, first written as the ninetieth held-out set).

    .venv/bin/python bench/dev_set93/_generate.py

Writes ``bench/dev_set93/articles/*`` and ``bench/dev_set93/labels.json`` (next to this
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
bench/dev_set92/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about festivals, holidays and traditions: a wine-harvest
    festival, a lunar-new-year flower market, a national day parade and a
    children's parade, a saint's day folk play, carnival mask and costume
    workshops, Diwali shopping, lantern-lit new-year mummers, a folk-music
    festival, midsummer fire descents and a new-year torch climb, a bush sports
    and culture festival, a public-holiday bus timetable, a wedding-season boom
    and a village fair.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout90_2025-a.jsonl"
JSONL_B = "crawl_holdout90_2025-b.jsonl.gz"


# ---- cluster: Armenpress, Areni (Hraparak scrape + copy on Lragir.am in the plain batch) ----

ARMENPRESS = rec(
    cluster="armenpress-areni-wine-festival",
    title="Արենիում անցկացվեց ավանդական գինու փառատոնը",
    date="2024-10-05",
    dateline="ԱՐԵՆԻ, 5 ՀՈԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։ ",
    city="Areni",
    country="AM",
    region="asia",
    agency="Armenpress",
    lang="hy",
    description="Փառատոնին մասնակցեցին ավելի քան քառասուն գինեգործներ։",
    paras=P("""
Վայոց ձորի մարզի Արենի գյուղում այսօր անցկացվեց ամենամյա գինու փառատոնը, որին մասնակցեցին հազարավոր հյուրեր Հայաստանի տարբեր մարզերից և արտերկրից։

Փառատոնին ներկայացված էր ավելի քան քառասուն գինեգործական ընկերությունների և տնային գինեգործների արտադրանքը, այդ թվում՝ տեղական Արենի խաղողի տեսակից պատրաստված կարմիր գինիներ։

Գյուղի կենտրոնական փողոցում տեղադրված տաղավարներում հյուրերը կարող էին համտեսել գինի, չիր, լավաշ և տեղական պանիր, ինչպես նաև գնել ձեռագործ իրեր։

Ավանդույթի համաձայն՝ փառատոնը սկսվեց խաղողի ճզմման արարողությամբ, որին մասնակցեցին գյուղի երիտասարդները ազգային տարազներով։

Համայնքի ղեկավար Արմեն Պողոսյանի խոսքով՝ այս տարի խաղողի բերքը նախորդ տարվա համեմատ ավելի առատ է եղել, և գյուղացիների մեծ մասն արդեն վաճառել է իր բերքը գինու գործարաններին։

Երեկոյան բեմում հանդես եկան ժողովրդական երգի և պարի համույթներ, իսկ երեխաների համար կազմակերպվել էին խաղեր, մրցույթներ և խաղողի քաղցրավենիքների վարպետաց դասեր։

Կազմակերպիչների տվյալներով՝ փառատոնի օրերին մարզի հյուրատներն ու հյուրանոցները գրեթե ամբողջությամբ զբաղված էին, իսկ Երևանից Արենի լրացուցիչ ավտոբուսներ էին մեկնում։

Փառատոնն ավանդաբար անցկացվում է հոկտեմբերի առաջին շաբաթ օրը՝ բերքահավաքի ավարտին։
"""),
    must_have=[
        "Գյուղի կենտրոնական փողոցում տեղադրված տաղավարներում հյուրերը կարող էին համտեսել գինի, չիր, լավաշ և տեղական պանիր, ինչպես նաև գնել ձեռագործ իրեր։",
        "Ավանդույթի համաձայն՝ փառատոնը սկսվեց խաղողի ճզմման արարողությամբ, որին մասնակցեցին գյուղի երիտասարդները ազգային տարազներով։",
    ],
)

# ---- cluster: MIA, Galičnik (Fokus scrape + copy on Kanal 5 in the plain batch) ----

MIA = rec(
    cluster="mia-galicnik-wedding",
    title="Галичка свадба: стотици гости на традиционалната венчавка во Галичник",
    date="2024-07-14",
    dateline="Галичник, 14 јули 2024 (МИА) - ",
    city="Galičnik",
    country="MK",
    region="europe",
    agency="MIA",
    authors=["Марија Велковска"],
    lang="mk",
    description="Невестата беше облечена во традиционална галичка носија.",
    paras=P("""
Традиционалната Галичка свадба се одржа денеска во Галичник, каде што стотици гости и туристи од земјава и од странство присуствуваа на венчавката на младиот пар според обичаите стари неколку века.

Младоженецот од Скопје и невестата од Гостивар беа избрани меѓу повеќе парови кои се пријавија на конкурсот на организаторите.

Свадбените обичаи започнаа уште во петокот, а кулминираа во неделата со венчавката во селската црква и со оро на селскиот плоштад.

Невестата беше облечена во традиционална галичка носија, чие облекување трае повеќе од два часа и во кое ѝ помагаат жени од селото.

Тапанџиите и зурлаџиите ја придружуваа свадбената поворка низ тесните улички на селото, а гостите се фатија во Тешкото оро.

Организаторите од општина Маврово и Ростуше изјавија дека годинава свадбата ја посетиле над пет илјади луѓе и дека сите места за сместување во околината биле пополнети.

Галичката свадба е дел од националната листа на нематеријално културно наследство и се одржува секоја година околу Петровден, кога иселениците од Галичник се враќаат во родното село.
"""),
    must_have=[
        "Невестата беше облечена во традиционална галичка носија, чие облекување трае повеќе од два часа и во кое ѝ помагаат жени од селото.",
        "Тапанџиите и зурлаџиите ја придружуваа свадбената поворка низ тесните улички на селото, а гостите се фатија во Тешкото оро.",
    ],
)

# ---- cluster: DPI, Georgetown (Guyana Standard gzipped page + copy on Hits and Jams in the gzipped batch) ----

DPI = rec(
    cluster="dpi-mashramani-costume-bands",
    title="Costume bands put final touches on Mashramani floats",
    date="2024-02-23",
    dateline="DPI, Guyana, Friday, February 23, 2024 – ",
    country="GY",
    region="americas",
    agency="DPI",
    authors=["Tamika Reid"],
    lang="en",
    description="More than 20 costume bands and floats will take part in the Republic Day parade.",
    paras=P("""
Costume bands were working through the night to complete their floats and costumes ahead of Saturday's Mashramani float parade through the streets of Georgetown.

More than 20 bands and floats from government agencies, schools, private companies and regions are registered for the parade, which marks the 54th anniversary of Guyana becoming a Republic.

At a mas camp in Lodge, designers and volunteers glued feathers, sequins and beads onto frames made from wire and bamboo, while seamstresses finished dozens of headpieces.

Band leader Michelle Adams said her team of 40 had been working every evening for five weeks, and that many costumes were made from recycled materials this year.

The Ministry of Culture, Youth and Sport said the route will begin at Irving Street and end at the National Park, where judges will score the bands on costume, music and presentation.

Traffic along the route will be diverted from 08:00h, and members of the public are asked to use the designated viewing areas.

Prizes will be awarded in several categories on Sunday evening.
"""),
    must_have=[
        "At a mas camp in Lodge, designers and volunteers glued feathers, sequins and beads onto frames made from wire and bamboo, while seamstresses finished dozens of headpieces.",
        "Band leader Michelle Adams said her team of 40 had been working every evening for five weeks, and that many costumes were made from recycled materials this year.",
    ],
)

# ---- cluster: Akaroa Mail page + noisy re-scrape ----

AM = rec(
    cluster="akaroamail-onuku-matariki",
    title="Matariki dawn ceremony draws record crowd at Onuku",
    date="2024-07-03",
    country="NZ",
    region="oceania",
    authors=["Hamish Tait"],
    lang="en",
    caption="Whanau gather around the hangi pit at Onuku Marae on Friday morning.",
    credit="Hamish Tait",
    paras=P("""
More than 300 people gathered before sunrise at Onuku Marae on Friday to welcome the Maori New Year, the largest Matariki crowd the marae has hosted.

The ceremony began at 6.30am with karakia and the naming of loved ones who had died during the past year, as the cluster of stars rose over the hills.

Kaumatua Rewi Tainui said the names were read aloud while food was offered to the stars, a practice that the hapu revived only six years ago.

After the ceremony, visitors were invited inside for a breakfast of hangi food, bread and hot drinks cooked by a team of volunteers who had been working since the evening before.

The Akaroa Area School kapa haka group performed, and local children planted twelve native trees along the stream behind the marae.

Organiser Aroha Kiriona said many families now plan their winter holidays around the public holiday so that they can take part.

Donations collected on the day will go towards a new kitchen for the marae.
"""),
    must_have=[
        "The ceremony began at 6.30am with karakia and the naming of loved ones who had died during the past year, as the cluster of stars rose over the hills.",
        "After the ceremony, visitors were invited inside for a breakfast of hangi food, bread and hot drinks cooked by a team of volunteers who had been working since the evening before.",
    ],
)
AM_PRE = ["Akaroa Mail", "Home", "News", "Community", "Sport", "Events", "Notices"]
AM_HEAD = ["Hamish Tait", "3 July 2024"]
AM_CAP = ["Whanau gather around the hangi pit at Onuku Marae on Friday morning. Photo: Hamish Tait"]
AM_TAIL = [["Have your say. Letters to the editor: editor@akaroamail.example.co.nz"],
           ["More news"],
           ["Little River hall gets new roof"],
           ["The Akaroa Mail is published every Wednesday on Banks Peninsula"],
           ["\u00a9 2024 Akaroa Mail"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Akaroa Mail (Banks Peninsula weekly): original of the re-scrape cluster; bare-name byline, 'Photo:' credit.
    dict(AM, role="original", file="akaroamail_onuku_matariki.txt", render="text",
         pre=[AM_PRE], head=[AM_HEAD, ["Share", "Facebook", "Email"]], cap_lines=AM_CAP,
         inserts={2: ["Advertisement"], 4: ["READ MORE:", "Duvauchelle show returns in March"]},
         tail=AM_TAIL),
    dict(AM, role="rescrape", file="akaroamail_onuku_matariki_rescrape.txt.gz", render="text", noise=True,
         pre=[AM_PRE], head=[AM_HEAD], cap_lines=AM_CAP,
         inserts={4: ["READ MORE:", "Duvauchelle show returns in March"]},
         tail=[["Subscribe to the Akaroa Mail digital edition"], *AM_TAIL]),
    # Hraparak (Yerevan daily, Armenian): original of the Armenpress cluster; 'ԱՐԵՆԻ, 5 ՀՈԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։' dateline in capitals.
    dict(ARMENPRESS, role="original", file="hraparak_armenpress_areni_gini_hy.txt", render="text",
         pre=[["Հրապարակ", "Գլխավոր", "Քաղաքական", "Հասարակություն", "Տնտեսություն", "Մշակույթ", "Սպորտ"]],
         head=[["Մշակույթ"], ["05.10.2024 | 16:20"], ["Դիտումներ՝ 1 284"]],
         inserts={2: ["Գովազդ"], 4: ["Կարդացեք նաև՝", "Գյումրիում կանցկացվի ձմերուկի փառատոն"]},
         tail=[["Աղբյուր՝ Արմենպրես"], ["Կիսվել", "Facebook", "Telegram"], ["Նմանատիպ նյութեր"],
               ["Նյութերի մեջբերման դեպքում հղումը Hraparak.am-ին պարտադիր է"],
               ["\u00a9 2024 Հրապարակ օրաթերթ"]]),
    # Fokus (Skopje weekly and portal, Macedonian): original of the MIA cluster; 'Галичник, 14 јули 2024 (МИА) -' dateline, 'Автор:' line.
    dict(MIA, role="original", file="fokus_mia_galicka_svadba_mk.txt", render="text",
         pre=[["Фокус", "Почетна", "Македонија", "Политика", "Економија", "Култура", "Свет"]],
         head=[["Култура"], ["Автор: Марија Велковска"], ["14.07.2024 14:30"]],
         inserts={2: ["Реклама"], 4: ["Прочитајте и:", "Вевчанскиот карневал оваа година со рекорден број маски"]},
         tail=[["Извор: МИА"], ["Сподели", "Facebook", "X", "Viber"], ["Поврзани вести"], ["Најчитани"],
               ["Сите права се задржани. Преземањето содржини без дозвола е забрането."], ["\u00a9 2024 Фокус"]]),
    # Finnmark Dagblad (Hammerfest, Amedia, Norwegian Bokmål, undeclared): staff, 17 May children's parade; Publisert/Oppdatert lines.
    rec(cluster="finnmarkdagblad-hammerfest-barnetog", role="single", file="finnmarkdagblad_hammerfest_barnetog.txt", render="text",
        title="Rekordlangt barnetog i Hammerfest på nasjonaldagen",
        date="2024-05-17", country="NO", region="europe", lang="no", authors=["Ingrid Mathisen"],
        caption="Elever fra Fuglenes skole i barnetoget gjennom Strandgata.", credit="Ingrid Mathisen",
        pre=[["Finnmark Dagblad", "Nyheter", "Sport", "Kultur", "Meninger", "Eavisa", "Logg inn"]],
        head=[["Ingrid Mathisen"], ["Journalist"], ["Publisert 17.05.2024 16:42"], ["Oppdatert 17.05.2024 18:05"]],
        cap_lines=["Elever fra Fuglenes skole i barnetoget gjennom Strandgata. Foto: Ingrid Mathisen"],
        inserts={2: ["Annonse"], 4: ["Les også:", "Russen i Hammerfest fikk tøffere regler"]},
        tail=[["Del artikkelen", "Facebook", "E-post"], ["Mest lest"], ["Tips oss!"],
              ["Finnmark Dagblad arbeider etter Vær Varsom-plakatens regler for god presseskikk."],
              ["Ansvarlig redaktør: Kari Nystad"], ["Del av Amedia"]],
        paras=P("""
Nesten 1200 barn gikk i barnetoget i Hammerfest på nasjonaldagen, og toget var det lengste byen har hatt på mange år.

Toget startet ved Fuglenes skole klokka ti og gikk gjennom sentrum til Rådhusplassen, der ordføreren holdt tale til barna og foreldrene.

Skolekorpsene spilte hele veien, og langs Strandgata sto tilskuerne i flere rekker selv om det blåste kaldt fra havet.

Hver skole og barnehage gikk med egne faner, og mange av barna bar bunad eller kofte, mens de minste satt i vogner pyntet med flagg og bjørkeris.

Leder i 17. mai-komiteen, Siri Hansen Eira, sier at det var ekstra mange barnehager med i år, fordi flere nye familier har flyttet til byen.

Komiteen hadde i år bestemt at russen skulle gå bakerst i toget og holde god avstand til de minste barna.

Etter toget var det leker, is og pølser i skolegårdene, og om ettermiddagen ble det arrangert borgertog med veteraner, idrettslag og foreninger.

Politiet melder om en rolig og fin dag i byen, og komiteen takker alle frivillige som gjorde feiringen mulig.
"""),
        must_have=[
            "Skolekorpsene spilte hele veien, og langs Strandgata sto tilskuerne i flere rekker selv om det blåste kaldt fra havet.",
            "Hver skole og barnehage gikk med egne faner, og mange av barna bar bunad eller kofte, mens de minste satt i vogner pyntet med flagg og bjørkeris.",
        ]),
    # Alsumaria (Baghdad broadcaster, Arabic): staff; 'السومرية نيوز/ دهوك' opening names the outlet and the governorate city.
    rec(cluster="alsumaria-akre-newroz-torches", role="single", file="alsumaria_akre_newroz_ar.txt", render="text",
        title="آلاف يحتفلون بعيد نوروز في عقرة بإشعال المشاعل على سفوح الجبل",
        date="2025-03-20", dateline="السومرية نيوز/ دهوك ", city="Dihok", country="IQ", region="asia", lang="ar",
        pre=[["السومرية نيوز", "الرئيسية", "سياسة", "أمن", "اقتصاد", "منوعات", "رياضة"]],
        head=[["منوعات"], ["الخميس 20 آذار 2025 - 22:15"]],
        inserts={2: ["إعلان"], 4: ["اقرأ ايضاً", "أربيل تستعد لاستقبال الزوار في عطلة نوروز"]},
        tail=[["تابعوا السومرية نيوز على تلغرام"], ["شارك", "فيسبوك", "واتساب", "إكس"], ["أخبار ذات صلة"],
              ["الأكثر قراءة"], ["جميع الحقوق محفوظة © السومرية 2025"]],
        paras=P("""
احتفل آلاف المواطنين، مساء الخميس، بعيد نوروز في قضاء عقرة التابع لمحافظة دهوك، بإشعال المشاعل والنيران على سفوح الجبل المطل على المدينة.

وصعد مئات الشباب والشابات وهم يحملون المشاعل إلى قمة الجبل في مسيرة تقليدية، فيما اصطفت العائلات على جانبي الطرقات لمشاهدة المشهد.

وارتدى المحتفلون الأزياء الكردية التقليدية، وعقدوا حلقات الدبكة على أنغام الطبل والزرنا في ساحات المدينة حتى ساعة متأخرة من الليل.

وقال مسؤول محلي إن قوات الأمن والدفاع المدني انتشرت في أرجاء القضاء لتأمين الاحتفالات، ونشرت فرق الإسعاف قرب مواقع إشعال النيران.

وأضاف أن الفنادق والبيوت في عقرة امتلأت بالزوار القادمين من أربيل والسليمانية ومحافظات أخرى، إضافة إلى سياح من خارج العراق.

وأشار إلى أن أصحاب المطاعم والمحال التجارية في سوق المدينة القديم سجلوا إقبالا كبيرا خلال الأيام الماضية، ولا سيما على الملابس التقليدية والحلويات.

ويعد نوروز، الذي يصادف الحادي والعشرين من آذار، عيد رأس السنة الكردية وبداية فصل الربيع، وتعد عقرة من أشهر المدن التي تحتفل به بإشعال النيران على الجبال.

وأعلنت حكومة إقليم كردستان عطلة رسمية لمدة ثلاثة أيام بهذه المناسبة، فيما تستمر الاحتفالات في المتنزهات والمناطق الجبلية حتى نهاية الأسبوع.
"""),
        must_have=[
            "وصعد مئات الشباب والشابات وهم يحملون المشاعل إلى قمة الجبل في مسيرة تقليدية، فيما اصطفت العائلات على جانبي الطرقات لمشاهدة المشهد.",
            "وقال مسؤول محلي إن قوات الأمن والدفاع المدني انتشرت في أرجاء القضاء لتأمين الاحتفالات، ونشرت فرق الإسعاف قرب مواقع إشعال النيران.",
        ]),
    # La Gazette des Comores (Moroni, French): staff, grand mariage season; 'Par' byline, the group's '& HZK-Presse' masthead line.
    rec(cluster="gazettedescomores-grand-mariage-saison", role="single", file="gazettedescomores_grand_mariage_fr.txt", render="text",
        title="Grand mariage : la saison des noces fait tourner le commerce à Moroni",
        date="2024-08-12", country="KM", region="africa", lang="fr", authors=["Nassuf Ahmed"],
        pre=[["La Gazette des Comores", "Accueil", "Politique", "Société", "Economie", "Culture", "Sports"]],
        head=[["Société"], ["Par Nassuf Ahmed"], ["Publié le 12 août 2024"]],
        inserts={2: ["Publicité"], 4: ["A lire aussi :", "Mitsamiouli : le festival des musiques traditionnelles revient"]},
        tail=[["Partager", "Facebook", "WhatsApp"], ["Articles similaires"],
              ["La Gazette des Comores & HZK-Presse, quotidien indépendant"], ["\u00a9 2024 La Gazette des Comores. Tous droits réservés."]],
        paras=P("""
Avec l'arrivée de la diaspora pour les vacances, la saison du grand mariage bat son plein en Grande Comore, et les commerçants de Moroni ne désemplissent pas.

Au marché de Volo-Volo, les vendeurs de tissus, de parfums et d'ustensiles de cuisine affirment réaliser en quelques semaines une grande partie de leur chiffre d'affaires de l'année.

Les bijoutiers de la capitale reçoivent des commandes de colliers et de bracelets en or plusieurs mois à l'avance, et certains ont recruté des apprentis pour tenir les délais.

Les couturières travaillent jusque tard dans la nuit pour confectionner les tenues des cérémonies du twarab et du madjiliss, souvent assorties pour toute une famille.

Les loueurs de chaises, de bâches et de sonorisation affichent complet presque tous les week-ends jusqu'à la fin du mois d'août.

Pour un notable de Mitsamiouli rencontré au marché, le grand mariage reste un moment d'honneur pour la famille et le village, même si son coût pèse lourdement sur les ménages.

Plusieurs associations de jeunes appellent toutefois à limiter les dépenses et à privilégier des fêtes plus modestes.
"""),
        must_have=[
            "Les bijoutiers de la capitale reçoivent des commandes de colliers et de bracelets en or plusieurs mois à l'avance, et certains ont recruté des apprentis pour tenir les délais.",
            "Les couturières travaillent jusque tard dans la nuit pour confectionner les tenues des cérémonies du twarab et du madjiliss, souvent assorties pour toute une famille.",
        ]),
    # Harvest FM (Maseru radio, English site): staff, Morija Arts and Cultural Festival; 'Written by' byline and station promo lines.
    rec(cluster="harvestfm-morija-festival", role="single", file="harvestfm_morija_festival.txt", render="text",
        title="Famo, choirs and horse racing as Morija festival returns",
        date="2024-09-30", country="LS", region="africa", lang="en", authors=["Palesa Mokoena"],
        pre=[["Harvest FM 98.1", "Home", "News", "Sports", "Business", "Programmes", "Listen Live"]],
        head=[["Written by Palesa Mokoena"], ["Monday, 30 September 2024 09:12"]],
        inserts={2: ["Advertisement"], 4: ["RELATED:", "Thaba-Bosiu cultural village reopens to visitors"]},
        tail=[["Tune in to Harvest FM 98.1 for the latest news on the hour"], ["Share", "Facebook", "WhatsApp"],
              ["Latest News"], ["\u00a9 2024 Harvest FM. All rights reserved."]],
        paras=P("""
Thousands of people travelled to Morija over the weekend for the Morija Arts and Cultural Festival, which returned after a break of several years.

The festival opened on Friday with choirs from schools and churches across the country singing in the grounds near the Morija Museum and Archives.

On Saturday the main stage belonged to famo musicians, whose accordion songs drew the largest crowds of the weekend, while traditional dancers performed mokorotlo and mohobelo.

Horse racing on the hills above the village attracted riders from as far as Mokhotlong, and the winners received blankets and prize money from sponsors.

Festival coordinator Mr Tumelo Lebona said the aim was to give young Basotho a chance to learn about their heritage from elders and artists.

Crafts sellers offered woven grass hats, pottery and blankets, and food stalls sold papa, moroho and grilled meat.

Police said the weekend passed without serious incidents.

Organisers plan to hold the festival every year from now on.
"""),
        must_have=[
            "On Saturday the main stage belonged to famo musicians, whose accordion songs drew the largest crowds of the weekend, while traditional dancers performed mokorotlo and mohobelo.",
            "Horse racing on the hills above the village attracted riders from as far as Mokhotlong, and the winners received blankets and prize money from sponsors.",
        ]),
    # Jornal Tropical (São Tomé, Portuguese): staff, Auto de Floripes folk play on São Lourenço's day in Santo António.
    rec(cluster="jornaltropical-auto-de-floripes", role="single", file="jornaltropical_auto_floripes_pt.txt", render="text",
        title="Auto de Floripes volta a encher as ruas de Santo António",
        date="2024-08-16", country="ST", region="africa", lang="pt", authors=["Aurélio Neto"],
        pre=[["Jornal Tropical", "Início", "Política", "Sociedade", "Economia", "Cultura", "Desporto"]],
        head=[["Cultura"], ["Aurélio Neto"], ["16 de Agosto de 2024"]],
        inserts={2: ["Publicidade"], 4: ["Leia também:", "Tchiloli encena a tragédia do Marquês de Mântua na capital"]},
        tail=[["Partilhar", "Facebook", "WhatsApp"], ["Notícias relacionadas"], ["Deixe um comentário"],
              ["\u00a9 2024 Jornal Tropical. Todos os direitos reservados."]],
        paras=P("""
Milhares de pessoas assistiram esta semana ao Auto de Floripes, a representação popular que todos os anos ocupa as ruas da cidade de Santo António, na Região Autónoma do Príncipe.

A peça, de origem portuguesa, conta a luta entre os cavaleiros cristãos de Carlos Magno e os mouros, e é representada durante todo o dia da festa de São Lourenço.

Os actores, quase todos moradores da cidade, vestem fatos coloridos, capacetes e máscaras preparados durante meses, e os papéis passam muitas vezes de pai para filho.

As cenas de batalha percorrem as ruas ao som de tambores e flautas, acompanhadas por centenas de espectadores que seguem os cavaleiros de um lado para o outro.

Muitos emigrantes regressam à ilha nesta altura, e os poucos alojamentos da cidade ficaram completamente cheios.

O Governo Regional apoiou a festa com transporte marítimo adicional a partir da ilha de São Tomé e com a limpeza das ruas.

Os organizadores querem candidatar o Auto de Floripes a património cultural imaterial.
"""),
        must_have=[
            "Os actores, quase todos moradores da cidade, vestem fatos coloridos, capacetes e máscaras preparados durante meses, e os papéis passam muitas vezes de pai para filho.",
            "As cenas de batalha percorrem as ruas ao som de tambores e flautas, acompanhadas por centenas de espectadores que seguem os cavaleiros de um lado para o outro.",
        ]),
    # Diario Co Latino (San Salvador, Spanish): staff, Nejapa fire balls; 'Texto y fotos:' byline formula.
    rec(cluster="colatino-nejapa-bolas-de-fuego", role="single", file="colatino_nejapa_bolas_fuego_es.txt", render="text",
        title="Nejapa mantiene viva la tradición de las bolas de fuego",
        date="2024-08-31", country="SV", region="americas", lang="es", authors=["Rosa María Cañas"],
        pre=[["Diario Co Latino", "Inicio", "Nacionales", "Política", "Economía", "Cultura", "Deportes"]],
        head=[["Texto y fotos: Rosa María Cañas"], ["31 agosto, 2024"]],
        inserts={2: ["Publicidad"], 4: ["Lea también:", "Suchitoto celebra su festival de cometas"]},
        tail=[["Comparte esto:", "Facebook", "X", "WhatsApp"], ["Relacionado"],
              ["Diario Co Latino, Decano de la Prensa Salvadoreña, fundado en 1890"], ["\u00a9 2024 Diario Co Latino"]],
        paras=P("""
Cientos de jóvenes de Nejapa participaron la noche del sábado en la tradicional celebración de las bolas de fuego, que recuerda la erupción del volcán El Playón en 1658.

Los participantes, con el rostro pintado y vestidos con ropa vieja, se lanzan entre sí bolas de trapo empapadas en gasolina y encendidas, en las calles del centro del municipio.

Desde la tarde, los vecinos cubren las ventanas y puertas de sus casas con láminas para protegerlas de las llamas.

Según la alcaldía, este año se prepararon más de cuatro mil bolas, elaboradas durante varias semanas por familias que conservan la técnica de sus abuelos.

Los cuerpos de socorro instalaron puestos de atención en la plaza central, y la Policía restringió el paso de vehículos desde las seis de la tarde.

Don Julio Hernández, de 68 años, contó que participó en la celebración por primera vez cuando tenía doce y que ahora sus nietos siguen la tradición.

La fiesta atrae cada año a visitantes de todo el país y a turistas extranjeros.
"""),
        must_have=[
            "Los participantes, con el rostro pintado y vestidos con ropa vieja, se lanzan entre sí bolas de trapo empapadas en gasolina y encendidas, en las calles del centro del municipio.",
            "Según la alcaldía, este año se prepararon más de cuatro mil bolas, elaboradas durante varias semanas por familias que conservan la técnica de sus abuelos.",
        ]),
    # Kerry's Eye (Tralee weekly): staff, Puck Fair opening day in Killorglin; 'Photo by' credit.
    rec(cluster="kerryseye-puck-fair-opening", role="single", file="kerryseye_puck_fair_killorglin.txt", render="text",
        title="King Puck crowned before thousands as Puck Fair opens in Killorglin",
        date="2024-08-10", country="IE", region="europe", lang="en", authors=["Siobhán Cronin"],
        caption="Queen of Puck crowns King Puck on the square in Killorglin.", credit="Eoin Brosnan",
        pre=[["Kerry's Eye", "News", "Sport", "Community", "Farming", "Death Notices", "E-Paper"]],
        head=[["By Siobhán Cronin"], ["August 10, 2024"]],
        cap_lines=["Queen of Puck crowns King Puck on the square in Killorglin. Photo by Eoin Brosnan"],
        inserts={2: ["Advertisement"], 4: ["READ MORE:", "Listowel Races week gets under way"]},
        tail=[["Share this article", "Facebook", "X", "Email"], ["Most Read"],
              ["Get Kerry's Eye delivered to your door every Thursday"], ["\u00a9 2024 Kerry's Eye. All Rights Reserved."]],
        paras=P("""
Thousands of people packed the streets of Killorglin on Saturday evening to see a wild mountain goat crowned King Puck, marking the start of Ireland's oldest fair.

The goat was caught in the MacGillycuddy's Reeks earlier in the week and carried through the town in a parade led by the Queen of Puck, a local schoolgirl chosen for the role.

She placed a crown on the goat's head on the square before he was raised onto a high stand, where he stays for the three days of the fair.

The horse fair on Saturday morning drew traders from all over Munster, and deals were still being sealed with a handshake well into the afternoon.

Committee chairman Declan Foley said the town's hotels and guesthouses were fully booked, with many visitors coming back year after year.

Street entertainers, music in the pubs and a fireworks display on Sunday night complete the programme.

The goat will be returned to the mountains on Tuesday after a check by a vet.
"""),
        must_have=[
            "The goat was caught in the MacGillycuddy's Reeks earlier in the week and carried through the town in a parade led by the Queen of Puck, a local schoolgirl chosen for the role.",
            "The horse fair on Saturday morning drew traders from all over Munster, and deals were still being sealed with a handshake well into the afternoon.",
        ]),
    # Derbyshire Times (Chesterfield, National World): staff, Tissington well dressings; 'Published ... BST' and 'Hide Ad' lines.
    rec(cluster="derbyshiretimes-tissington-well-dressing", role="single", file="derbyshiretimes_tissington_well_dressing.txt", render="text",
        title="Visitors flock to Tissington as village unveils its six well dressings",
        date="2024-05-09", country="GB", region="europe", lang="en", authors=["Gemma Ashworth"],
        caption="One of this year's dressings at Tissington.", credit="Gemma Ashworth",
        pre=[["Derbyshire Times", "News", "Sport", "What's On", "Lifestyle", "Announcements", "Subscribe"]],
        head=[["By Gemma Ashworth"], ["Published 9th May 2024, 15:20 BST"]],
        cap_lines=["One of this year's dressings at Tissington. (Photo: Gemma Ashworth)"],
        inserts={2: ["Advertisement", "Hide Ad"], 4: ["Read more:", "Bakewell Carnival parade route confirmed"]},
        tail=[["Comments"], ["Comments are closed on this article."], ["Published by National World Publishing Ltd."],
              ["\u00a9 National World Publishing Ltd. All rights reserved."]],
        paras=P("""
Visitors from across the country arrived in Tissington on Ascension Day to see the village's six wells dressed with pictures made from flower petals, seeds and bark.

The tradition, which villagers say dates back to at least the 14th century, is one of the oldest in Derbyshire and is followed by dozens of other villages through the summer.

Each picture is made by pressing thousands of petals into a board covered with wet clay, a job that takes teams of villagers most of the week before the unveiling.

This year's designs include a scene of the village green, a steam train on the old railway line and a picture marking a local anniversary.

Parish council chairman Robert Hollins said the boards must be kept wet so that the petals stay fresh for the full week they are on display.

Car parks in the village were full by late morning, and extra marshals were on duty to direct traffic away from the narrow lanes.

The dressings stay on show until next Wednesday.
"""),
        must_have=[
            "Each picture is made by pressing thousands of petals into a board covered with wet clay, a job that takes teams of villagers most of the week before the unveiling.",
            "Parish council chairman Robert Hollins said the boards must be kept wet so that the petals stay fresh for the full week they are on display.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_GS = site("Guyana Standard", "https://www.guyanastandard.example.com", " - Guyana Standard", "en_GY", "@GuyanaStandard",
               ["News", "Business", "Oil & Gas", "Sports", "Entertainment", "Editorial"],
               ["\u00a9 2024 Guyana Standard. All rights reserved.", "About Us", "Advertise"],
               share=["Share", "Facebook", "WhatsApp", "X"])
SITE_AV = site("Авеста", "https://avesta.example.tj", " | Авеста", "ru_TJ", "@avesta_tj",
               ["Главная", "Политика", "Экономика", "Общество", "Культура", "Спорт"],
               ["\u00a9 2025 Информационное агентство «Авеста».", "О нас", "Реклама"],
               share=["Поделиться", "Telegram", "Facebook", "WhatsApp"])
SITE_KT = site("Kinh tế & Đô thị", "https://kinhtedothi.example.vn", " | Báo Kinh tế & Đô thị", "vi_VN", "@kinhtedothi",
               ["Thời sự", "Hà Nội", "Kinh tế", "Đô thị", "Văn hóa", "Thể thao"],
               ["Cơ quan chủ quản: UBND thành phố Hà Nội", "Liên hệ quảng cáo", "Đường dây nóng"],
               share=["Chia sẻ", "Facebook", "Zalo"])
SITE_AZ = site("Appenzeller Zeitung", "https://www.appenzellerzeitung.example.ch", " | Appenzeller Zeitung", "de_CH", "@appenzellerztg",
               ["Ostschweiz", "Appenzellerland", "Schweiz", "Sport", "Kultur", "Meinung"],
               ["\u00a9 CH Media", "Impressum", "Datenschutz"], share=["Teilen", "WhatsApp", "E-Mail"],
               top=["Abo", "Anmelden"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
               buttons=["Alle akzeptieren", "Einstellungen"])
SITE_EP = site("El Punt Avui", "https://www.elpuntavui.example.cat", " | El Punt Avui", "ca_ES", "@elpuntavui",
               ["Actualitat", "Política", "Societat", "Comarques", "Cultura", "Esports"],
               ["\u00a9 Hermes Comunicacions SA", "Avís legal", "Contacte"], share=["Comparteix", "Facebook", "X", "WhatsApp"],
               top=["Subscriu-te", "Inicia sessió"])
SITE_LR = site("Land Rights News", "https://www.landrightsnews.example.com.au", " | Land Rights News", "en_AU", "@LandRightsNews",
               ["News", "Culture", "Country", "Sport", "Art", "Subscribe"],
               ["Land Rights News is published by the Central Land Council.", "Contact", "Subscribe"],
               share=["Share", "Facebook", "Email"])
SITE_GI = site("Gallup Independent", "https://www.gallupindependent.example.com", " | Gallup Independent", "en_US", "@gallupindy",
               ["News", "Navajo Nation", "Sports", "Obituaries", "Classifieds", "e-Edition"],
               ["\u00a9 2024 Gallup Independent. All rights reserved.", "Contact Us", "Subscribe"],
               share=["Facebook", "Email", "Print"])
SITE_DCA = site("Diario de Centro América", "https://dca.example.gob.gt", " | Diario de Centro América", "es_GT", "@dca_gt",
                ["Nacionales", "Departamentales", "Economía", "Cultura", "Deportes", "Opinión"],
                ["Diario de Centro América - El diario oficial de Guatemala desde 1880", "Contacto", "Edición impresa"],
                share=["Compartir", "Facebook", "X", "WhatsApp"])
SITE_KB = site("Kessben Online", "https://kessbenonline.example.com", " - Kessben Online", "en_GH", "@KessbenOnline",
               ["Home", "News", "Politics", "Regional", "Entertainment", "Sports"],
               ["\u00a9 2024 Kessben Media. All rights reserved.", "About", "Contact"],
               share=["Share", "Facebook", "WhatsApp", "X"], graph=True)

HTML_STORIES = [
    # Guyana Standard (Georgetown, gzipped page): original of the DPI cluster; 'DPI, Guyana, Friday, February 23, 2024 –' dateline names no city.
    dict(DPI, role="original", file="guyanastandard_dpi_mashramani_floats.html.gz", render="html",
         site=SITE_GS, section="News", meta_section="News",
         url="https://www.guyanastandard.example.com/2024/02/23/costume-bands-put-final-touches-on-mashramani-floats/",
         published="2024-02-23T18:40:00-04:00", ld_author=[{"@type": "Person", "name": "Guyana Standard"}],
         byline_lines=["Guyana Standard"], date_lines=["February 23, 2024"],
         caption="A volunteer fixes feathers to a headpiece at a mas camp in Lodge.", credit="DPI",
         inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Mash Day traffic plan announced")]},
         end_lines=["By: Tamika Reid"],
         lists=[("Latest News", ["Berbice river crossing reopens", "Linden students win steel pan title"])]),
    # Avesta (Dushanbe agency site, Russian): staff, Navruz fair and sumalak in Dushanbe; 'Фото:' credit, views counter.
    rec(cluster="avesta-dushanbe-navruz-fair", role="single", file="avesta_dushanbe_navruz_yarmarka_ru.html", render="html",
        site=SITE_AV, title="В Душанбе открылась праздничная ярмарка к Навруз",
        date="2025-03-19", country="TJ", region="asia", lang="ru", authors=["Фарангис Шарипова"],
        section="Общество", meta_section="Общество",
        url="https://avesta.example.tj/2025/03/19/v-dushanbe-otkrylas-prazdnichnaya-yarmarka-k-navruz/",
        description="На ярмарке продают сумалак, сладости, ковры и национальную одежду.",
        published="2025-03-19T15:10:00+05:00",
        byline_lines=["Фарангис Шарипова"], date_lines=["19.03.2025 15:10"],
        caption="Женщины готовят сумалак на ярмарке в Душанбе.", credit="Avesta.tj", credit_shown="Фото: Avesta.tj",
        above_body=[("views", "Просмотров: 2 416")],
        inserts={2: [("ad", "Реклама")], 4: [("link", "Читайте также:", "Дни отдыха на Навруз: как будут работать банки и транспорт")]},
        lists=[("Популярное", ["В Худжанде прошёл конкурс национальных блюд", "Сады Гиссара зацвели раньше обычного"])],
        paras=P("""
В Душанбе в среду открылась праздничная ярмарка, приуроченная к празднику Навруз, который в Таджикистане отмечают 21-24 марта.

На площади у парка Рудаки установлены более двухсот торговых палаток, где предприниматели из всех регионов страны продают сухофрукты, сладости, ковры, вышивку и национальную одежду.

Центральное место на ярмарке занимают большие котлы, в которых женщины с вечера до утра варят сумалак из пророщенной пшеницы, постоянно помешивая его деревянными лопатками.

По традиции во время приготовления сумалака поют песни, а готовое блюдо раздают гостям бесплатно.

Как сообщили в городской администрации, ярмарка продлится до 25 марта и будет работать ежедневно с девяти утра до девяти вечера.

Для детей организованы конкурсы и выступления фольклорных ансамблей, а на соседней площадке проходят состязания по национальной борьбе гуштигири.

Покупательница Мавлюда Саидова рассказала, что пришла за тканью на новые платья для дочерей и за сладостями для праздничного стола.

В дни праздника в столице также пройдут концерты, народные гуляния и выставки ремесленников из всех регионов страны.
"""),
        must_have=[
            "Центральное место на ярмарке занимают большие котлы, в которых женщины с вечера до утра варят сумалак из пророщенной пшеницы, постоянно помешивая его деревянными лопатками.",
            "По традиции во время приготовления сумалака поют песни, а готовое блюдо раздают гостям бесплатно.",
        ]),
    # Kinh tế & Đô thị (Hanoi daily, Vietnamese): staff, Hàng Lược Tết flower market; 'Ảnh:' credit.
    rec(cluster="ktdt-hang-luoc-cho-hoa-tet", role="single", file="kinhtedothi_cho_hoa_hang_luoc_vi.html", render="html",
        site=SITE_KT, title="Chợ hoa Hàng Lược nhộn nhịp những ngày giáp Tết",
        date="2025-01-25", country="VN", region="asia", lang="vi", authors=["Hoài Nam"],
        section="Văn hóa", meta_section="Văn hóa",
        url="https://kinhtedothi.example.vn/cho-hoa-hang-luoc-nhon-nhip-nhung-ngay-giap-tet.html",
        description="Chợ hoa truyền thống giữa phố cổ Hà Nội mở cửa đến đêm 30 Tết.",
        published="2025-01-25T10:20:00+07:00",
        byline_lines=["Hoài Nam"], date_lines=["10:20 | 25/01/2025"],
        caption="Người dân chọn mua đào tại chợ hoa Hàng Lược.", credit="Hoài Nam", credit_shown="Ảnh: Hoài Nam",
        inserts={2: [("ad", "Quảng cáo")], 4: [("link", "Tin liên quan:", "Hà Nội tổ chức 87 điểm chợ hoa xuân")]},
        tags=("Từ khóa:", ["chợ hoa Tết", "Hàng Lược", "Tết Ất Tỵ"]),
        paras=P("""
Những ngày cuối năm, chợ hoa Hàng Lược giữa phố cổ Hà Nội trở nên nhộn nhịp với hàng nghìn người dân và du khách đến mua hoa, cây cảnh chuẩn bị đón Tết Nguyên đán.

Chợ hoa có từ hơn một trăm năm trước và chỉ họp vào dịp cuối năm, kéo dài từ ngày 23 tháng Chạp đến chiều 30 Tết.

Dọc các tuyến phố Hàng Lược, Hàng Mã và Phùng Hưng, người bán bày kín những cành đào Nhật Tân, quất cảnh, hoa ly, hoa lay ơn và thược dược.

Giá một cành đào nhỏ dao động từ 200.000 đến 500.000 đồng, trong khi những gốc đào thế lớn có giá lên tới vài chục triệu đồng.

Ông Nguyễn Văn Lâm, một người bán hoa ở Tây Tựu, cho biết năm nay thời tiết thuận lợi nên hoa nở đúng dịp, sức mua cũng tăng so với năm ngoái.

Lực lượng chức năng của phường đã bố trí nhân viên hướng dẫn giao thông và điểm trông giữ xe quanh khu vực chợ.
"""),
        must_have=[
            "Dọc các tuyến phố Hàng Lược, Hàng Mã và Phùng Hưng, người bán bày kín những cành đào Nhật Tân, quất cảnh, hoa ly, hoa lay ơn và thược dược.",
            "Giá một cành đào nhỏ dao động từ 200.000 đến 500.000 đồng, trong khi những gốc đào thế lớn có giá lên tới vài chục triệu đồng.",
        ]),
    # Appenzeller Zeitung (Herisau, CH Media, German): staff, Silvesterchläuse at the old New Year in Urnäsch; 'Bild:' credit, Abo wall.
    rec(cluster="appenzellerzeitung-urnaesch-silvesterchlaeuse", role="single", file="appenzellerzeitung_urnaesch_silvesterchlaeuse_de.html", render="html",
        site=SITE_AZ, title="Am alten Silvester ziehen die Chläuse wieder durch Urnäsch",
        date="2025-01-13", country="CH", region="europe", lang="de", authors=["Mirjam Fässler"],
        section="Appenzellerland", meta_section="Appenzellerland",
        url="https://www.appenzellerzeitung.example.ch/ostschweiz/appenzellerland/urnaesch-silvesterchlaeuse-alter-silvester-ld.2719345",
        description="Schöne, Wüeschte und Schö-Wüeschte zogen von Hof zu Hof.",
        published="2025-01-13T17:45:00+01:00", modified="2025-01-14T08:10:00+01:00",
        byline_lines=["Mirjam Fässler"], date_lines=["13.01.2025, 17.45 Uhr", "Aktualisiert 14.01.2025, 08.10 Uhr"],
        caption="Ein Schuppel Schöne vor einem Bauernhaus in Urnäsch.", credit="Mirjam Fässler", credit_shown="Bild: Mirjam Fässler",
        above_body=[("reading-time", "3 min")],
        inserts={2: [("ad", "Werbung")], 4: [("link", "Mehr zum Thema:", "Wie ein Chlausenhut entsteht")]},
        end_lines=["Hören Sie sich diesen Artikel an"],
        paras=P("""
Schon vor Tagesanbruch waren am Montag die ersten Schuppel der Silvesterchläuse in Urnäsch unterwegs, um den Bewohnern der Höfe und Häuser ein gutes neues Jahr zu wünschen.

In Urnäsch wird der Jahreswechsel gleich zweimal gefeiert: am 31. Dezember und nach dem alten julianischen Kalender am 13. Januar.

Die Schönen tragen riesige Hauben mit Figuren aus dem bäuerlichen Alltag, die Wüeschten Masken aus Tannenreisig, Moos und Zapfen, die Schö-Wüeschten eine Mischung aus beidem.

An jedem Hof stellen sich die Männer im Kreis auf, schütteln ihre schweren Rollen und Schellen und singen ein langsames Zäuerli, bevor sie weiterziehen.

Viele Kläuse arbeiten monatelang an ihren Kostümen, und die Hauben werden oft in Familien von einer Generation an die nächste weitergegeben.

Gemeindepräsident Walter Nef bat die zahlreichen Zuschauer aus der ganzen Schweiz, den Schuppeln auf den Strassen Platz zu lassen und nicht in die Höfe zu drängen.

Die Postauto-Kurse fuhren wegen der Zuschauer mit Verspätung.
"""),
        must_have=[
            "Die Schönen tragen riesige Hauben mit Figuren aus dem bäuerlichen Alltag, die Wüeschten Masken aus Tannenreisig, Moos und Zapfen, die Schö-Wüeschten eine Mischung aus beidem.",
            "An jedem Hof stellen sich die Männer im Kreis auf, schütteln ihre schweren Rollen und Schellen und singen ein langsames Zäuerli, bevor sie weiterziehen.",
        ]),
    # El Punt Avui (Girona/Barcelona, Catalan): staff, the Sant Joan fire descent in Isil; 'Foto:' credit in capitals.
    rec(cluster="elpuntavui-isil-falles-sant-joan", role="single", file="elpuntavui_isil_falles_ca.html", render="html",
        site=SITE_EP, title="Isil torna a baixar les falles de la muntanya la nit de Sant Joan",
        date="2024-06-24", country="ES", region="europe", lang="ca", authors=["Marc Pujol i Solé"],
        section="Comarques", meta_section="Comarques",
        url="https://www.elpuntavui.example.cat/societat/article/5-societat/2424113-isil-torna-a-baixar-les-falles.html",
        description="Una quarantena de fallaires van baixar les torxes enceses fins al poble.",
        published="2024-06-24T09:30:00+02:00",
        byline_lines=["Marc Pujol i Solé", "Isil"], date_lines=["24/06/24 9:30"],
        caption="Els fallaires arriben a la plaça d'Isil amb les falles enceses.", credit="MARC PUJOL", credit_shown="Foto: MARC PUJOL",
        inserts={2: [("ad", "Publicitat")], 4: [("link", "Notícies relacionades:", "Les falles del Pirineu, cada any amb més participants")]},
        end_lines=["Aquest article s'ha publicat a l'edició en paper"],
        paras=P("""
Una quarantena de fallaires van baixar dissabte a la nit les falles enceses des del faro, a la muntanya, fins a la plaça d'Isil, en una de les festes del foc més antigues del Pirineu.

Les falles són troncs de pi partits i lligats amb una llarga corda, que els fallaires carreguen a l'esquena i fan girar mentre baixen pel camí.

Els joves del poble preparen les falles durant setmanes, i aquest any s'han fet servir troncs de pi negre tallats amb permís del Departament d'Agricultura.

A l'arribada a la plaça, les falles es van llançar a una gran foguera, al voltant de la qual es va ballar el ball de les falles amb la cobla.

Segons l'Ajuntament d'Alt Àneu, unes dues mil persones van assistir a la festa, més del doble de la població de tota la vall.

Els Bombers i els Agents Rurals van vigilar el camí per evitar incendis, i es va tallar el trànsit a la carretera.

La festa forma part de les festes del foc del solstici d'estiu als Pirineus, patrimoni de la UNESCO.
"""),
        must_have=[
            "Les falles són troncs de pi partits i lligats amb una llarga corda, que els fallaires carreguen a l'esquena i fan girar mentre baixen pel camí.",
            "A l'arribada a la plaça, les falles es van llançar a una gran foguera, al voltant de la qual es va ballar el ball de les falles amb la cobla.",
        ]),
    # Land Rights News (Alice Springs, Central Land Council): staff, Barunga Festival sports and culture; plain 'Photo:' credit.
    rec(cluster="landrightsnews-barunga-festival", role="single", file="landrightsnews_barunga_festival.html", render="html",
        site=SITE_LR, title="Footy, spear throwing and bush bands at Barunga Festival",
        date="2024-06-13", country="AU", region="oceania", lang="en", authors=["Ruby Hamlyn"],
        section="Culture", meta_section="Culture",
        url="https://www.landrightsnews.example.com.au/2024/06/13/footy-spear-throwing-and-bush-bands-at-barunga-festival/",
        description="Communities from across the Top End came together for three days.",
        published="2024-06-13T11:00:00+09:30",
        byline_lines=["By Ruby Hamlyn"], date_lines=["June 13, 2024"],
        caption="Young women compete in the softball carnival at Barunga.", credit="Ruby Hamlyn", credit_shown="Photo: Ruby Hamlyn",
        inserts={2: [("ad", "Advertisement")], 4: [("promo", ["Get Land Rights News", "Read the latest edition online or pick up a copy at your land council office.", "Read now"])]},
        paras=P("""
Thousands of people from communities across the Top End camped at Barunga over the June long weekend for the annual sports and cultural festival.

The football carnival drew teams from as far as Borroloola and the Tiwi Islands, and the softball competition was played from early morning until the lights went out.

Elders ran spear throwing and fire lighting contests for young people, who also learned to weave baskets from pandanus dried in the sun for weeks.

On Saturday night bush bands played on the main stage until late, and a women's choir sang in language to open the concert.

Festival director Mary Ngalmi said the festival was about bringing families together and passing knowledge from old people to young people.

Stalls sold art, bush medicine and food, and health services offered free checks beside the oval.

The festival finished with the grand final of the football, which was won by the home team in front of a big crowd.
"""),
        must_have=[
            "Elders ran spear throwing and fire lighting contests for young people, who also learned to weave baskets from pandanus dried in the sun for weeks.",
            "On Saturday night bush bands played on the main stage until late, and a women's choir sang in language to open the concert.",
        ]),
    # Gallup Independent (Gallup NM): staff, Ceremonial parade; 'Independent correspondent' role line and 'Independent/' credit formula.
    rec(cluster="gallupindependent-ceremonial-parade", role="single", file="gallupindependent_ceremonial_parade.html", render="html",
        site=SITE_GI, title="Ceremonial parade fills downtown Gallup with dancers and floats",
        date="2024-08-10", country="US", region="americas", lang="en", authors=["Rhonda Begay"],
        section="News", meta_section="News",
        url="https://www.gallupindependent.example.com/news/ceremonial-parade-fills-downtown-gallup/article_8c2e1f.html",
        description="More than 100 entries took part in the parade.",
        published="2024-08-10T18:00:00-06:00",
        byline_lines=["By Rhonda Begay", "Independent correspondent"], date_lines=["Aug 10, 2024"],
        caption="Dancers from Zuni Pueblo perform on Route 66 during the parade Saturday.", credit="Kevin Yazzie/Independent",
        credit_shown="Kevin Yazzie/Independent",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Ceremonial rodeo returns to Red Rock Park")]},
        end_lines=["Want to read more? Subscribe to the e-Edition."],
        paras=P("""
Dancers, drum groups, marching bands and decorated pickup trucks filled downtown Gallup on Saturday morning for the parade of the Gallup Inter-Tribal Indian Ceremonial.

More than 100 entries from the Navajo Nation, the pueblos of New Mexico and tribes from as far as Oklahoma and Canada took part in the parade along Route 66.

Families set up lawn chairs along the sidewalks before sunrise, and some spectators held umbrellas against the sun as the temperature climbed past 90 degrees.

The Ceremonial has been held in Gallup since 1922 and includes a rodeo, an arts and crafts exhibit, a pageant and night performances at Red Rock Park.

Ceremonial board president Lorraine Chee said this year's event had the largest number of dance groups since before the pandemic.

The parade was followed by a powwow at the courthouse square and food booths selling frybread and mutton stew.

The Ceremonial continues through next weekend.
"""),
        must_have=[
            "Families set up lawn chairs along the sidewalks before sunrise, and some spectators held umbrellas against the sun as the temperature climbed past 90 degrees.",
            "The Ceremonial has been held in Gallup since 1922 and includes a rodeo, an arts and crafts exhibit, a pageant and night performances at Red Rock Park.",
        ]),
    # Diario de Centro América (Guatemala City, official daily): AGN copy; 'Sumpango, Sacatepéquez, 1 nov (AGN).-' dateline, 'Por: Name / AGN' byline.
    rec(cluster="dca-agn-sumpango-barriletes", role="single", file="dca_agn_sumpango_barriletes_es.html", render="html",
        site=SITE_DCA, title="Sumpango eleva sus barriletes gigantes en el Día de Todos los Santos",
        date="2024-11-01", dateline="Sumpango, Sacatepéquez, 1 nov (AGN).- ", city="Sumpango", country="GT", region="americas",
        lang="es", agency="AGN", authors=["Ana Lucía Xiquín"], section="Departamentales", meta_section="Departamentales",
        url="https://dca.example.gob.gt/noticias-guatemala-diario-centro-america/sumpango-eleva-sus-barriletes-gigantes/",
        description="Más de 60 grupos presentaron barriletes de hasta 20 metros de diámetro.",
        published="2024-11-01T14:25:00-06:00", ld_author=[{"@type": "Person", "name": "Ana Lucía Xiquín"}],
        byline_lines=["Por: Ana Lucía Xiquín / AGN"], date_lines=["1 noviembre, 2024"],
        caption="Barriletes gigantes en el campo de Sumpango.", credit="AGN", credit_shown="Foto: AGN",
        inserts={2: [("ad", "Publicidad")], 4: [("link", "Lea también:", "Santiago Sacatepéquez también celebra con barriletes")]},
        end_lines=["(AGN)"],
        lists=[("Lo más leído", ["Feria de fiambre en la capital", "Cementerios reciben a miles de visitantes"])],
        paras=P("""
Miles de personas llegaron este viernes al campo de fútbol de Sumpango para admirar los barriletes gigantes, una tradición del Día de Todos los Santos que se celebra desde hace más de un siglo.

Más de 60 grupos de jóvenes presentaron barriletes elaborados con papel de china y varas de bambú, algunos de hasta 20 metros de diámetro.

Los barriletes más grandes no se elevan, sino que se colocan de pie en el campo para que el público pueda ver de cerca sus diseños y mensajes.

Cada grupo trabaja durante varios meses en su barrilete, y muchos de los diseños retratan la cultura maya kaqchikel, la naturaleza y la historia del municipio.

Según los organizadores, la tradición nació como una forma de comunicarse con los difuntos, a quienes las familias también visitan en el cementerio durante el día.

La Municipalidad instaló puestos de venta de comida, entre ellos de fiambre, el plato típico de la fecha.

El festival cerró por la tarde con la premiación de los mejores barriletes en varias categorías.
"""),
        must_have=[
            "Más de 60 grupos de jóvenes presentaron barriletes elaborados con papel de china y varas de bambú, algunos de hasta 20 metros de diámetro.",
            "Los barriletes más grandes no se elevan, sino que se colocan de pie en el campo para que el público pueda ver de cerca sus diseños y mensajes.",
        ]),
    # Kessben Online (Kumasi broadcaster, Ghana): staff, Akwasidae at Manhyia; JSON-LD @graph, 'Source:' line naming the station.
    rec(cluster="kessben-manhyia-akwasidae", role="single", file="kessben_manhyia_akwasidae.html", render="html",
        site=SITE_KB, title="Thousands throng Manhyia Palace as Asantes celebrate Akwasidae",
        date="2024-11-17", country="GH", region="africa", lang="en", authors=["Kwabena Owusu-Ansah"],
        section="Regional", meta_section="Regional",
        url="https://kessbenonline.example.com/2024/11/17/thousands-throng-manhyia-palace-as-asantes-celebrate-akwasidae/",
        description="Chiefs paid homage to the Asantehene at the durbar.",
        published="2024-11-17T19:05:00+00:00",
        byline_lines=["Kwabena Owusu-Ansah"], date_lines=["November 17, 2024"],
        inserts={2: [("ad", "Advertisement")], 4: [("link", "ALSO READ:", "Kumasi traders prepare for Christmas rush")]},
        end_lines=["Source: Kessben Online"],
        lists=[("Trending", ["Ejisu market fire: traders count losses", "Kejetia bus terminal gets new lighting"])],
        paras=P("""
Thousands of people gathered at the Manhyia Palace in Kumasi on Sunday for the Akwasidae festival, one of the most colourful traditions of the Asante kingdom.

Akwasidae is held every six weeks on a Sunday according to the Akan calendar, when the Asantehene receives chiefs and people at a public durbar.

Chiefs arrived under large umbrellas, carried in palanquins and accompanied by drummers, horn blowers and men carrying swords decorated with gold.

Women in kente and adinkra cloth sat in the stands, while traders sold water, fried plantain and souvenirs at the palace gates.

A palace official said chiefs from several traditional areas used the occasion to renew their oath of allegiance to the Asantehene.

Tourists from Europe and the diaspora took photographs from a special area, and tour guides explained the meaning of the drums and dances.

Police officers directed traffic around the palace, where long queues formed before the start of the durbar.
"""),
        must_have=[
            "Chiefs arrived under large umbrellas, carried in palanquins and accompanied by drummers, horn blowers and men carrying swords decorated with gold.",
            "Women in kente and adinkra cloth sat in the stands, while traders sold water, fried plantain and souvenirs at the palace gates.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, Aïr Info (Agadez, French): staff, Cure salée in Ingall; 'Par' byline in head lines.
    rec(cluster="airinfo-ingall-cure-salee", role="single", file="newsplease_airinfo_ingall_cure_salee_fr.json",
        render="newsplease", title="Ingall : la Cure salée rassemble éleveurs et troupeaux venus de tout le pays",
        date="2024-09-14", country="NE", region="africa", lang="fr", authors=["Moussa Ag Alhassane"],
        url="https://www.airinfo.example.ne/2024/09/14/ingall-la-cure-salee-rassemble-eleveurs-et-troupeaux/",
        source_domain="www.airinfo.example.ne",
        description="Les éleveurs conduisent leurs troupeaux vers les terres salées après la saison des pluies.",
        np_authors=["Moussa Ag Alhassane"], np_publish="2024-09-14 17:30:00", np_download="2024-09-15 06:48:12",
        head_lines=["Aïr Info", "Société", "Par Moussa Ag Alhassane", "14 septembre 2024"],
        inserts={2: ["Publicité"], 4: ["Lire aussi : Agadez : le marché de bétail reprend des couleurs"]},
        tail_lines=["Partager", "Facebook", "WhatsApp", "Articles similaires", "Laisser un commentaire", "Aïr Info, le journal de l'Aïr et du Sahara", "\u00a9 2024 Aïr Info"],
        paras=P("""
La ville d'Ingall accueille depuis jeudi la Cure salée, le grand rassemblement annuel des éleveurs nomades qui conduisent leurs troupeaux vers les terres salées de la région à la fin de la saison des pluies.

Des milliers de chameaux, de bovins, de moutons et de chèvres paissent autour des mares et des sources, dont l'eau et l'herbe riches en sel sont bonnes pour la santé des animaux.

La fête réunit Touaregs, Peuls et Arabes, qui profitent de l'occasion pour se retrouver, régler des affaires et célébrer des mariages.

Les courses de chameaux et le défilé des cavaliers en tenue traditionnelle ont attiré une foule nombreuse sur la grande place de la ville.

Chez les Peuls Wodaabé, les jeunes hommes maquillés et parés de bijoux dansent le yaké devant les jeunes femmes, qui choisissent les meilleurs danseurs.

Les services de l'élevage profitent du rassemblement pour vacciner gratuitement le bétail contre les principales maladies.

Selon le maire d'Ingall, les autorités ont renforcé la sécurité et mobilisé des équipes médicales pour les visiteurs.
"""),
        must_have=[
            "Des milliers de chameaux, de bovins, de moutons et de chèvres paissent autour des mares et des sources, dont l'eau et l'herbe riches en sel sont bonnes pour la santé des animaux.",
            "Les courses de chameaux et le défilé des cavaliers en tenue traditionnelle ont attiré une foule nombreuse sur la grande place de la ville.",
        ]),
    # news-please, Koori Mail (Lismore, Aboriginal-owned): staff, Laura Quinkan Dance Festival; caption line with 'Picture:' credit inside the text; UTC time is the day before.
    rec(cluster="koorimail-laura-dance-festival", role="single", file="newsplease_koorimail_laura_dance_festival.json",
        render="newsplease", title="Dance groups from across Cape York gather for Laura festival",
        date="2025-07-09", country="AU", region="oceania", lang="en", authors=["Tarni Wallace"],
        caption="Dancers from Lockhart River on the dance ground at Laura.", credit="Jacinta Walsh",
        url="https://koorimail.example.com/dance-groups-from-across-cape-york-gather-for-laura-festival/",
        source_domain="koorimail.example.com",
        description="More than 20 communities brought dance groups to the biennial festival.",
        np_authors=["Tarni Wallace"], np_publish="2025-07-08 23:00:00", np_download="2025-07-09 05:21:44",
        head_lines=["Koori Mail", "By Tarni Wallace", "July 9, 2025",
                    "Dancers from Lockhart River on the dance ground at Laura. Picture: Jacinta Walsh"],
        inserts={2: ["Advertisement"], 4: ["RELATED: NAIDOC Week events across the Northern Rivers"]},
        tail_lines=["The Koori Mail is 100 per cent Aboriginal owned.", "Subscribe to the Koori Mail", "Share", "Facebook", "Email", "More News", "\u00a9 2025 Koori Mail"],
        paras=P("""
Dance groups from more than 20 communities across Cape York and the Torres Strait gathered at the old Laura bora ground for the biennial Laura Quinkan Dance Festival.

Held on country near the Quinkan rock art galleries, the festival is one of the oldest Indigenous cultural gatherings in Australia.

Each group performed on the red sand dance ground in front of elders, families and visitors, wearing body paint and headdresses made from feathers and grass.

Groups camped together for three days, and young dancers who had practised for months at school performed alongside their grandparents.

Festival coordinator Gail Walker said the festival was a celebration, but also a way of keeping songs and dances strong for the next generation.

Stalls sold art, weaving and bush tucker, and workshops were held on language, bush medicine and making spears.

The festival closed with a shared performance by all the groups on Sunday afternoon.
"""),
        must_have=[
            "Each group performed on the red sand dance ground in front of elders, families and visitors, wearing body paint and headdresses made from feathers and grass.",
            "Groups camped together for three days, and young dancers who had practised for months at school performed alongside their grandparents.",
        ]),
    # news-please, Fresh News (Phnom Penh, English edition): staff, Khmer New Year bus timetable; 'PHNOM PENH, ... (FN) –' dateline carries the outlet's own tag.
    rec(cluster="freshnews-khmer-new-year-buses", role="single", file="newsplease_freshnews_khmer_new_year_buses.json",
        render="newsplease", title="Bus companies add extra trips for Khmer New Year holiday",
        date="2024-04-11", dateline="PHNOM PENH, April 11, 2024 (FN) – ", city="Phnom Penh", country="KH", region="asia", lang="en",
        url="https://en.freshnews.example.asia/index.php/en/localnews/59211-2024-04-11-03-20-41.html",
        source_domain="en.freshnews.example.asia",
        description="Departures from Phnom Penh will run every 15 minutes during the holiday.",
        np_authors=[], np_publish="2024-04-11 03:20:00", np_download="2024-04-11 10:02:33",
        head_lines=["Fresh News", "Local News", "April 11, 2024"],
        inserts={2: ["Advertisement"], 4: ["Related: Angkor Sankranta 2024 opens in Siem Reap"]},
        tail_lines=["Share", "Facebook", "Telegram", "Follow Fresh News on Telegram for the latest news", "\u00a9 2024 Fresh News. All rights reserved."],
        paras=P("""
Bus companies in Phnom Penh will add hundreds of extra trips over the Khmer New Year holiday, the Ministry of Public Works and Transport said on Thursday.

Hundreds of thousands of garment workers and other residents of the capital are expected to travel to their home provinces for the three-day holiday, which begins on April 13.

From April 11 to 17, departures from the main stations to Kampong Cham, Takeo, Prey Veng and Siem Reap will leave every 15 minutes from 5am to 10pm.

The ministry said companies must not raise ticket prices above the agreed rates, and that passengers who are overcharged can call a hotline printed on every ticket.

Traffic police will be deployed on National Roads 1, 5 and 6, and drivers of trucks carrying passengers in the open will be fined.

Most state institutions and factories will close for a week, and the ministry expects the return journey to peak on April 17.

Travellers were advised to buy tickets in advance.
"""),
        must_have=[
            "From April 11 to 17, departures from the main stations to Kampong Cham, Takeo, Prey Veng and Siem Reap will leave every 15 minutes from 5am to 10pm.",
            "The ministry said companies must not raise ticket prices above the agreed rates, and that passengers who are overcharged can call a hotline printed on every ticket.",
        ]),
    # trafilatura, El Austral de Temuco (Araucanía, Spanish): staff, We Tripantu at a Temuco community; 'Por' byline.
    rec(cluster="elaustral-temuco-we-tripantu", role="single", file="trafilatura_elaustral_we_tripantu_es.json",
        render="trafilatura", title="Comunidades mapuche celebran el We Tripantu junto al río Cautín",
        date="2024-06-24", country="CL", region="americas", lang="es", authors=["Camila Huenchumil"],
        section="Crónica", categories="Crónica;Temuco",
        url="https://www.australtemuco.example.cl/impresa/2024/06/24/full/cuerpo-principal/5/",
        hostname="australtemuco.example.cl", source_hostname="El Austral de Temuco",
        tf_author="Camila Huenchumil", tf_date="2024-06-24", tf_language="es",
        description="Las familias esperaron la salida del sol con un baño en el río.",
        head_lines=["El Austral de Temuco", "Crónica", "Por Camila Huenchumil", "24 de junio de 2024"],
        inserts={2: ["Publicidad"], 4: ["Lea también: Padre Las Casas prepara feria de invierno"]},
        tail_lines=["Compartir", "Facebook", "WhatsApp", "Más noticias", "El Austral de Temuco es parte de la red de diarios El Mercurio", "\u00a9 2024 El Austral de Temuco"],
        paras=P("""
Decenas de familias mapuche se reunieron la madrugada de este lunes a orillas del río Cautín, en las afueras de Temuco, para celebrar el We Tripantu, el nuevo año mapuche.

La celebración coincide con el solsticio de invierno, cuando el sol comienza a regresar y los días vuelven a alargarse.

Antes del amanecer, niños, jóvenes y ancianos se bañaron en las aguas frías del río para recibir la fuerza del nuevo ciclo.

Luego compartieron mate, sopaipillas, catuto y muday alrededor de un fogón, mientras los lonkos daban consejos a las nuevas generaciones.

El lonko Juan Painemal explicó que el We Tripantu es un tiempo para agradecer a la tierra, renovar las semillas y reencontrarse con la familia.

Durante la mañana se jugó palín, y las mujeres mostraron tejidos y platería a los visitantes.

Desde 2021, el 21 de junio es feriado nacional en Chile con el nombre de Día Nacional de los Pueblos Indígenas.

La comunidad invitó a los vecinos a sumarse a las actividades de la tarde.
"""),
        must_have=[
            "Antes del amanecer, niños, jóvenes y ancianos se bañaron en las aguas frías del río para recibir la fuerza del nuevo ciclo.",
            "Luego compartieron mate, sopaipillas, catuto y muday alrededor de un fogón, mientras los lonkos daban consejos a las nuevas generaciones.",
        ]),
    # trafilatura, Legend FM (Suva radio): staff, Diwali shopping in Nausori; station sign-off lines.
    rec(cluster="legendfm-nausori-diwali-shopping", role="single", file="trafilatura_legendfm_nausori_diwali.json",
        render="trafilatura", title="Nausori shops busy as Diwali shoppers stock up",
        date="2024-10-29", country="FJ", region="oceania", lang="en", authors=["Salote Naivalu"],
        section="Local", categories="Local;Business",
        url="https://www.legendfm.example.com.fj/2024/10/29/nausori-shops-busy-as-diwali-shoppers-stock-up/",
        hostname="legendfm.example.com.fj", source_hostname="Legend FM",
        tf_author="Salote Naivalu", tf_date="2024-10-29", tf_language="en",
        description="Sweet makers and clothing shops report strong sales ahead of Thursday's holiday.",
        head_lines=["Legend FM", "Salote Naivalu", "October 29, 2024 4:30 pm"],
        inserts={2: ["Advertisement"], 4: ["Related: Diwali public holiday on Thursday"]},
        tail_lines=["Legend FM News", "Listen live on 99.8 Legend FM", "Share", "Facebook", "WhatsApp", "Related News", "\u00a9 2024 Legend FM"],
        paras=P("""
Shops in Nausori town were packed today as families bought clothes, sweets, oil lamps and fireworks ahead of the Diwali holiday on Thursday.

Clothing stores along the main street said sales of saris, sulus and children's clothes had doubled since last week.

Sweet makers have been working since early morning to fill orders for gulab jamun, barfi and ladoo, with some taking orders from families in Suva and Naitasiri.

Shop owner Rakesh Chand said customers had started buying earlier this year, and that many of his buyers were iTaukei families who share the celebrations with their neighbours.

The Consumer Council reminded shoppers to check prices and expiry dates and to report shops that do not display prices.

Police also warned that fireworks may only be used during the permitted hours and not near homes with animals.

Diwali is a public holiday in Fiji, and most shops in Nausori will close early on Thursday afternoon.
"""),
        must_have=[
            "Sweet makers have been working since early morning to fill orders for gulab jamun, barfi and ladoo, with some taking orders from families in Suva and Naitasiri.",
            "The Consumer Council reminded shoppers to check prices and expiry dates and to report shops that do not display prices.",
        ]),
    # trafilatura, Gazette Haïti (Port-au-Prince, French): staff, papier-mâché mask workshops before the Jacmel carnival.
    rec(cluster="gazettehaiti-jacmel-masques-carnaval", role="single", file="trafilatura_gazettehaiti_jacmel_masques_fr.json",
        render="trafilatura", title="À Jacmel, les ateliers de masques tournent à plein avant le carnaval",
        date="2025-02-20", country="HT", region="americas", lang="fr", authors=["Jean-Robert Saint-Fleur"],
        section="Culture", categories="Culture;Régions",
        url="https://www.gazettehaiti.example.com/culture/a-jacmel-les-ateliers-de-masques-tournent-a-plein-avant-le-carnaval",
        hostname="gazettehaiti.example.com", source_hostname="Gazette Haïti",
        tf_author="Jean-Robert Saint-Fleur", tf_date="2025-02-20", tf_language="fr",
        description="Les artisans de papier mâché préparent des centaines de masques.",
        head_lines=["Gazette Haïti", "Culture", "Jean-Robert Saint-Fleur", "20 février 2025"],
        inserts={2: ["Publicité"], 4: ["À lire aussi : Les artisans du fer découpé de Croix-des-Bouquets"]},
        tail_lines=["Partager", "Facebook", "WhatsApp", "X", "Articles similaires", "Abonnez-vous à notre infolettre", "\u00a9 2025 Gazette Haïti"],
        paras=P("""
À quelques jours du carnaval, les ateliers d'artisans de Jacmel travaillent jour et nuit pour terminer les masques et les costumes en papier mâché qui font la réputation de la ville.

Dans la cour d'un atelier du quartier de la Ravine, une dizaine de jeunes collent des couches de papier journal sur des moules en argile, avant de les laisser sécher au soleil.

Les masques représentent des animaux, des personnages de contes et des figures de l'histoire d'Haïti, peints ensuite de couleurs vives.

Le maître artisan Wilfrid Désir explique qu'un grand masque demande près de deux semaines de travail, et qu'il forme chaque année de nouveaux apprentis.

Faute de touristes, beaucoup d'artisans vendent désormais leurs œuvres à la diaspora par les réseaux sociaux.

Le comité du carnaval a prévu un défilé plus court cette année, dans le centre historique de la ville.

Les artisans espèrent que la fête ramènera des visiteurs et du travail dans la région.
"""),
        must_have=[
            "Dans la cour d'un atelier du quartier de la Ravine, une dizaine de jeunes collent des couches de papier journal sur des moules en argile, avant de les laisser sécher au soleil.",
            "Le maître artisan Wilfrid Désir explique qu'un grand masque demande près de deux semaines de travail, et qu'il forme chaque année de nouveaux apprentis.",
        ]),
]


# ---- JSONL batches (newsbeam html and text, news-please and trafilatura shapes) -------

SITE_ID = site("Inuvik Drum", "https://www.inuvikdrum.example.ca", " | Inuvik Drum", "en_CA", "@InuvikDrum",
               ["News", "Sports", "Arts", "Opinion", "Classifieds", "Digital Edition"],
               ["\u00a9 2024 Inuvik Drum. NNSL Media.", "Contact", "Advertise"],
               share=["Share", "Facebook", "Email"])

JSONL_STORIES = [
    # newsbeam text shape: the Armenpress story on Lragir.am (syndicated member of the Armenpress cluster).
    dict(ARMENPRESS, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.lragir.example.am/2024/10/05/areni-ginu-paratony/",
         nb_published="2024-10-05T13:05:00Z", outlet="Lragir.am", nb_authors=["Արմենպրես"],
         head_lines=["Lragir.am", "Հասարակություն", "17:05 05/10/2024"],
         inserts={4: ["Կարդալ նաև՝ Վայքում անցկացվեց մեղրի տոնավաճառ"]},
         tail_lines=["Աղբյուր՝ Արմենպրես", "Կիսվել", "Facebook", "Նորություններ", "Ամենաընթերցվածը", "\u00a9 2024 Lragir.am"]),
    # news-please shape: the MIA story on Kanal 5 (syndicated member of the MIA cluster).
    dict(MIA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://kanal5.example.com.mk/galichka-svadba-stotici-gosti/a612345",
         source_domain="kanal5.example.com.mk",
         np_authors=["МИА"], np_publish="2024-07-14 13:10:00", np_download="2024-07-14 19:44:05",
         head_lines=["Канал 5", "Култура", "14.07.2024 15:10", "Марија Велковска (МИА)"],
         inserts={2: ["Реклама"]},
         tail_lines=["Извор: МИА", "Сподели", "Facebook", "Viber", "Поврзани вести", "\u00a9 2024 Канал 5 Телевизија"]),
    # newsbeam html shape: Inuvik Drum (NWT weekly): staff, Muskrat Jamboree; newsbeam stamp is UTC, the page's day is the 12th.
    rec(cluster="inuvikdrum-muskrat-jamboree", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_ID, title="Muskrat Jamboree brings jigging, sled dogs and tea boiling back to Inuvik",
        date="2024-04-12", country="CA", region="americas", lang="en", authors=["Eric Bowman"],
        section="News", meta_section="News",
        url="https://www.inuvikdrum.example.ca/news/muskrat-jamboree-brings-jigging-sled-dogs-and-tea-boiling-back-to-inuvik-7412345",
        description="The spring festival ran for three days on the frozen East Channel.",
        published="2024-04-12T20:30:00-06:00",
        nb_published="2024-04-13T02:30:00Z", outlet="Inuvik Drum", nb_authors=["Eric Bowman"],
        byline_lines=["Eric Bowman", "Local Journalism Initiative Reporter"], date_lines=["Apr 12, 2024 8:30 PM"],
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Read more:", "Aklavik hosts spring carnival on the Peel Channel")]},
        end_lines=["This story was made possible through the Local Journalism Initiative."],
        paras=P("""
Inuvik residents spent the weekend on the ice of the East Channel as the Muskrat Jamboree returned for its 66th year.

The spring festival began on Friday with the crowning of the jamboree king and queen and a fiddle dance at the community hall that went on past midnight.

On Saturday families lined the channel to watch the dog sled races, snowmobile races and the tea boiling contest, where teams race to light a fire and boil a pot of tea.

Elders judged the traditional skills events, including muskrat skinning, log sawing and the women's fish filleting contest.

Organiser Lena Kalinek said more than 1,500 people attended, including visitors from Aklavik, Tuktoyaktuk and Fort McPherson.

Youth from East Three School performed drum dances, and the Saturday evening jigging contest drew a full crowd.

The weather stayed clear and cold all weekend, and the ice road to Aklavik stayed open for visitors driving in.
"""),
        must_have=[
            "On Saturday families lined the channel to watch the dog sled races, snowmobile races and the tea boiling contest, where teams race to light a fire and boil a pot of tea.",
            "Elders judged the traditional skills events, including muskrat skinning, log sawing and the women's fish filleting contest.",
        ]),
    # trafilatura shape: the DPI story on Hits and Jams News (syndicated member of the DPI cluster).
    dict(DPI, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://hitsandjamsnews.example.com/2024/02/23/costume-bands-put-final-touches-on-mashramani-floats/",
         hostname="hitsandjamsnews.example.com", source_hostname="Hits and Jams News",
         tf_author="Tamika Reid", tf_date="2024-02-23", tf_language="en", categories="News;Mashramani",
         head_lines=["Hits and Jams News", "February 23, 2024", "By Tamika Reid"],
         inserts={2: ["Advertisement"]},
         tail_lines=["Source: DPI", "Share this:", "Facebook", "WhatsApp", "Related", "\u00a9 2024 Hits and Jams News"]),
    # news-please shape: Dar24 (Dar es Salaam, Swahili): staff, Mwaka Kogwa in Makunduchi; 'Na' byline.
    rec(cluster="dar24-makunduchi-mwaka-kogwa", role="single", file=JSONL_B, render="newsplease",
        title="Maelfu wahudhuria sherehe za Mwaka Kogwa Makunduchi",
        date="2024-07-22", country="TZ", region="africa", lang="sw", authors=["Mwanaisha Khamis"],
        url="https://dar24.example.com/2024/07/22/maelfu-wahudhuria-sherehe-za-mwaka-kogwa-makunduchi/",
        source_domain="dar24.example.com",
        description="Sherehe hizo huadhimisha mwaka mpya wa jadi wa Kishirazi.",
        np_authors=["Mwanaisha Khamis"], np_publish="2024-07-22 15:40:00", np_download="2024-07-23 07:12:09",
        head_lines=["Dar24", "Na Mwanaisha Khamis, Zanzibar", "Julai 22, 2024"],
        inserts={2: ["Tangazo"], 4: ["Soma pia: Tamasha la Sauti za Busara kurudi Ngome Kongwe"]},
        tail_lines=["Shiriki", "Facebook", "WhatsApp", "Habari zinazohusiana", "Maoni", "\u00a9 2024 Dar24"],
        paras=P("""
Maelfu ya wananchi na watalii wamehudhuria sherehe za Mwaka Kogwa zilizofanyika katika kijiji cha Makunduchi, Mkoa wa Kusini Unguja, kuadhimisha mwaka mpya wa jadi.

Sherehe hizo zenye asili ya Kishirazi hufanyika kila mwaka mwezi Julai na huwavutia wageni kutoka ndani na nje ya Zanzibar.

Kwa mujibu wa mila, wanaume wa vijiji viwili hupigana kwa kutumia fimbo za migomba ili kumaliza ugomvi wa mwaka uliopita kabla ya kuanza mwaka mpya.

Baadaye wazee huchoma kibanda kidogo cha makuti, na moshi wake huelekeza jinsi mwaka mpya utakavyokuwa kwa wakulima na wavuvi.

Wanawake walivaa nguo mpya na kuimba nyimbo za jadi, huku familia zikikaribisha wageni kula chakula cha pamoja.

Mkuu wa Wilaya ya Kusini, akizungumza katika sherehe hizo, aliwataka vijana kuendelea kuhifadhi mila na desturi zao.

Wafanyabiashara wa vyakula na vinywaji walisema biashara ilikuwa nzuri, na nyumba za kulala wageni zilijaa kwa siku tatu.

Jeshi la Polisi liliimarisha ulinzi ili kuhakikisha sherehe zinafanyika kwa amani na utulivu.
"""),
        must_have=[
            "Kwa mujibu wa mila, wanaume wa vijiji viwili hupigana kwa kutumia fimbo za migomba ili kumaliza ugomvi wa mwaka uliopita kabla ya kuanza mwaka mpya.",
            "Baadaye wazee huchoma kibanda kidogo cha makuti, na moshi wake huelekeza jinsi mwaka mpya utakavyokuwa kwa wakulima na wavuvi.",
        ]),
]

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "ninetieth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Hraparak '05.10.2024 | 16:20' (day first) with Armenpress's "
    "'5 ՀՈԿՏԵՄԲԵՐԻ' dateline and Lragir.am '17:05 05/10/2024' (newsbeam stamp 13:05Z = 17:05 in Yerevan, UTC+4); Fokus "
    "'14.07.2024 14:30' with MIA's '14 јули 2024' dateline and Kanal 5 '14.07.2024 15:10' (news-please's 13:10 is UTC, Skopje is "
    "UTC+2); Guyana Standard 'February 23, 2024' with DPI's 'Friday, February 23, 2024' dateline and Hits and Jams 'February 23, "
    "2024'; Akaroa Mail '3 July 2024' (both copies; the story's 'Friday' is the Matariki holiday before it); Finnmark Dagblad "
    "'Publisert 17.05.2024' (not 'Oppdatert'); Alsumaria 'الخميس 20 آذار 2025' (Levantine/Iraqi month name آذار = March); La "
    "Gazette des Comores 'Publié le 12 août 2024'; Harvest FM 'Monday, 30 September 2024'; Jornal Tropical '16 de Agosto de "
    "2024'; Diario Co Latino '31 agosto, 2024'; Kerry's Eye 'August 10, 2024'; Derbyshire Times 'Published 9th May 2024, 15:20 "
    "BST'; Avesta '19.03.2025' (day first); Kinh tế & Đô thị '10:20 | 25/01/2025' (day first); Appenzeller Zeitung '13.01.2025' "
    "(not 'Aktualisiert 14.01.2025'); El Punt Avui '24/06/24' (day first, two-digit year); Land Rights News 'June 13, 2024'; "
    "Gallup Independent 'Aug 10, 2024'; Diario de Centro América '1 noviembre, 2024' with AGN's '1 nov' dateline; Kessben "
    "'November 17, 2024'; Aïr Info '14 septembre 2024'; Koori Mail 'July 9, 2025' (news-please's '2025-07-08 23:00' is UTC; "
    "AEST is UTC+10, so the page's own day is the 9th); Fresh News 'April 11, 2024' (dateline and page; news-please's 03:20 is "
    "UTC, 10:20 in Phnom Penh); El Austral de Temuco '24 de junio de 2024'; Legend FM 'October 29, 2024'; Gazette Haïti '20 "
    "février 2025'; Inuvik Drum 'Apr 12, 2024 8:30 PM' (the newsbeam stamp 2024-04-13T02:30Z is UTC; Inuvik is UTC-6 in "
    "April, so the 12th); Dar24 'Julai 22, 2024' (news-please's 15:40 is UTC, 18:40 in Dar es Salaam)",
    "dateline_city": "wire datelines: Armenpress 'ԱՐԵՆԻ, 5 ՀՈԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։' (Armenian capitals, Armenian full stop '։') -> "
    "'Areni' (the village in Vayots Dzor; both copies); MIA 'Галичник, 14 јули 2024 (МИА) - ' -> 'Galičnik' (both copies); AGN "
    "'Sumpango, Sacatepéquez, 1 nov (AGN).- ' -> 'Sumpango' (the department name is not part of the city). DPI's 'DPI, Guyana, "
    "Friday, February 23, 2024 – ' names the agency and the country but no city, so dateline_city is null on both copies (the "
    "story is set in Georgetown; 'Guyana' is not a city). Staff datelines carrying the outlet's own name: Alsumaria 'السومرية "
    "نيوز/ دهوك ' -> 'Dihok' (GeoNames' main name for Duhok, the governorate seat Alsumaria files under; the story itself is in Akre, Duhok governorate); "
    "Fresh News 'PHNOM PENH, April 11, 2024 (FN) – ' -> 'Phnom Penh' ('FN' is Fresh News, not a wire). El Punt Avui's 'Isil' "
    "under the byline and Dar24's 'Na Mwanaisha Khamis, Zanzibar' are byline-block place lines, not datelines; all other records "
    "have no dateline (null)",
    "country": "Areni AM (asia, as earlier sets place Armenia); Galičnik MK; Guyana GY (americas); Onuku, Banks Peninsula NZ; "
    "Hammerfest NO; Duhok/Akre IQ (asia); Moroni KM (africa); Morija LS; Santo António, Príncipe ST; Nejapa SV; Killorglin IE; "
    "Tissington GB; Dushanbe TJ; Hanoi VN; Urnäsch CH; Isil ES; Barunga (Northern Territory) AU; Gallup (New Mexico) US; Sumpango "
    "GT; Kumasi GH; Ingall NE; Laura (Cape York) AU; Phnom Penh KH; Temuco CL; Nausori FJ (oceania); Jacmel HT; Inuvik CA; "
    "Makunduchi (Zanzibar) TZ",
    "agency": "Hraparak and Lragir.am carry Armenpress ('ԱՐՄԵՆՊՐԵՍ' dateline, 'Աղբյուր՝ Արմենպրես' = source line, Lragir's "
    "crawler author 'Արմենպրես'); Fokus and Kanal 5 carry MIA (Macedonian Information Agency: '(МИА)' dateline, 'Извор: МИА', "
    "news-please author 'МИА'); Guyana Standard and Hits and Jams carry DPI (Guyana's Department of Public Information, the "
    "government news service whose copy the papers run: 'DPI, Guyana, ...' dateline, 'Source: DPI'); Diario de Centro América "
    "carries AGN (Agencia Guatemalteca de Noticias: '(AGN).-' dateline, byline '/ AGN', closing '(AGN)'). All other records are "
    "staff copy (agency null): Alsumaria's 'السومرية نيوز' and Fresh News' '(FN)' are the outlets' own names, Kessben's closing "
    "'Source: Kessben Online' names the outlet itself, La Gazette des Comores' masthead line '& HZK-Presse' names its own group; "
    "photo credits ('DPI', 'AGN') do not by themselves make a story agency copy",
    "authors": "MIA 'Автор: Марија Велковска' (Fokus) and 'Марија Велковска (МИА)' (Kanal 5) -> 'Марија Велковска' in Cyrillic "
    "(both copies; the agency is not an author); Armenpress names no writer (both copies); DPI 'By: Tamika Reid' closing the "
    "Guyana Standard page (whose byline line names only the outlet) and 'By Tamika Reid' on Hits and Jams -> 'Tamika Reid'; "
    "Akaroa Mail 'Hamish Tait' (both copies; also the photographer); Finnmark Dagblad 'Ingrid Mathisen' ('Journalist' is a role "
    "line); La Gazette des Comores 'Par Nassuf Ahmed'; Harvest FM 'Written by Palesa Mokoena'; Jornal Tropical 'Aurélio Neto'; "
    "Diario Co Latino 'Texto y fotos: Rosa María Cañas' (the text-and-photos formula names the writer); Kerry's Eye 'By "
    "Siobhán Cronin'; Derbyshire Times 'By Gemma Ashworth'; Avesta 'Фарангис Шарипова'; Kinh tế & Đô thị 'Hoài Nam' (a "
    "Vietnamese pen name, as printed); Appenzeller Zeitung 'Mirjam Fässler'; El Punt Avui 'Marc Pujol i Solé' (Catalan double "
    "surname joined by 'i', kept); Land Rights News 'By Ruby Hamlyn'; Gallup Independent 'By Rhonda Begay' ('Independent "
    "correspondent' is a role line); AGN 'Por: Ana Lucía Xiquín / AGN' -> 'Ana Lucía Xiquín'; Kessben 'Kwabena Owusu-Ansah'; "
    "Aïr Info 'Par Moussa Ag Alhassane' ('Ag' = son of, part of the Tuareg name); Koori Mail 'By Tarni Wallace'; El Austral 'Por "
    "Camila Huenchumil'; Legend FM 'Salote Naivalu'; Gazette Haïti 'Jean-Robert Saint-Fleur'; Inuvik Drum 'Eric Bowman' ('Local "
    "Journalism Initiative Reporter' is a role line); Dar24 'Na Mwanaisha Khamis, Zanzibar' -> 'Mwanaisha Khamis' ('Na' = by; "
    "the place is not part of the name). Alsumaria and Fresh News name no writer. Photographers ('Eoin Brosnan', 'Kevin "
    "Yazzie', 'Jacinta Walsh') are not authors",
    "editors": "no record names a story editor; Finnmark Dagblad's footer 'Ansvarlig redaktør: Kari Nystad' is the paper's "
    "editor-in-chief, not the story's editor",
    "caption_credit": "credits without their wrapper: Akaroa Mail 'Photo: Hamish Tait' -> 'Hamish Tait' (both copies); "
    "Finnmark Dagblad 'Foto: Ingrid Mathisen' -> 'Ingrid Mathisen'; Kerry's Eye 'Photo by Eoin Brosnan' -> 'Eoin Brosnan'; "
    "Derbyshire Times '(Photo: Gemma Ashworth)' -> 'Gemma Ashworth'; Guyana Standard 'DPI' (the agency's own photo); Avesta "
    "'Фото: Avesta.tj' -> 'Avesta.tj'; Kinh tế & Đô thị 'Ảnh: Hoài Nam' ('Ảnh' = photo) -> 'Hoài Nam'; Appenzeller Zeitung "
    "'Bild: Mirjam Fässler' -> 'Mirjam Fässler'; El Punt Avui 'Foto: MARC PUJOL' -> 'MARC PUJOL' (capitals as printed); Land "
    "Rights News 'Photo: Ruby Hamlyn' -> 'Ruby Hamlyn'; Gallup Independent 'Kevin Yazzie/Independent' as printed (name and "
    "paper, as earlier sets keep 'Jemma Rowley/Pilbara News'); Diario de Centro América 'Foto: AGN' -> 'AGN'. Koori Mail's "
    "caption line inside the news-please text 'Dancers from Lockhart River on the dance ground at Laura. Picture: Jacinta "
    "Walsh' -> caption without the credit, credit 'Jacinta Walsh' (as Il Secolo XIX's in dev_set12). Records without a photo "
    "caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Guyana Standard 'News', Avesta 'Общество', Kinh "
    "tế & Đô thị 'Văn hóa', Appenzeller Zeitung 'Appenzellerland', El Punt Avui 'Comarques', Land Rights News 'Culture', Gallup "
    "Independent 'News', Diario de Centro América 'Departamentales', Kessben 'Regional', Inuvik Drum 'News'; trafilatura records "
    "take their first category (El Austral de Temuco 'Crónica', Legend FM 'Local', Gazette Haïti 'Culture', Hits and Jams "
    "'News'); news-please, plain text and newsbeam text records have none (head lines such as 'Մշակույթ', 'Култура', "
    "'منوعات', 'Société', 'Cultura', 'Local News' and 'Հասարակություն' are chrome, not a section)",
    "language": "'hy' Armenian (two Armenpress copies; Armenian script); 'mk' Macedonian in Cyrillic (two MIA copies); 'no' "
    "Norwegian (Finnmark Dagblad's plain-text Bokmål declares no language, labelled 'no' as earlier sets label undeclared "
    "Bokmål plain text); 'ar' Arabic (Iraq); 'fr' French (Comoros, Niger, Haiti); 'pt' Portuguese (São Tomé and Príncipe); 'es' "
    "Salvadoran, Guatemalan and Chilean Spanish; 'ru' Russian (Tajikistan); 'vi' Vietnamese; 'de' Swiss Standard German; 'ca' "
    "Catalan; 'sw' Swahili (Tanzania); all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, "
    "advertisement labels ('Hide Ad'), view counters ('Դիտումներ', 'Просмотров'), reading times, related-story lines and boxes, "
    "tag lists, most-read rails, newsletter, e-edition, Telegram and live-radio promos, reporter role lines ('Journalist', "
    "'Independent correspondent', 'Local Journalism Initiative Reporter') and funding notes, wire source lines and sign-offs "
    "('Աղբյուր՝ Արմենպրես', 'Извор: МИА', 'Source: DPI', the 'By: Tamika Reid' closing line, '(AGN)'), the outlet's own "
    "'Source: Kessben Online', citation and copying notices, press-ethics, editor-in-chief, publisher and ownership lines ('Del "
    "av Amedia', 'National World Publishing Ltd.', 'CH Media', 'Hermes Comunicacions SA', 'NNSL Media', 'El Mercurio'), copyright "
    "lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Armenpress and MIA in the plain batch, DPI in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Akaroa Mail: curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
    "publishers": "per publisher, the fields' conventions: Hraparak (text, hy) and Lragir.am (newsbeam text, hy): Armenpress copy "
    "with the capitals dateline, no writer; Fokus (text, mk) and Kanal 5 (news-please, mk): MIA copy, 'Автор:' / 'Name (МИА)' "
    "author; Guyana Standard (HTML gz, en) and Hits and Jams News (trafilatura, en): DPI copy, cityless dateline, writer named "
    "at the end or in the head; Akaroa Mail (text and re-scrape, en): staff, bare-name byline, 'Photo:' credit; Finnmark "
    "Dagblad (text, no), Alsumaria (text, ar, outlet-name dateline), La Gazette des Comores (text, fr), Harvest FM (text, en), "
    "Jornal Tropical (text, pt), Diario Co Latino (text, es), Kerry's Eye (text, en), Derbyshire Times (text, en): staff; Avesta "
    "(HTML, ru), Kinh tế & Đô thị (HTML, vi), Appenzeller Zeitung (HTML, de), El Punt Avui (HTML, ca), Land Rights News (HTML, "
    "en), Gallup Independent (HTML, en), Kessben Online (HTML, en, JSON-LD @graph): staff; Diario de Centro América (HTML, es): "
    "AGN copy; Aïr Info (news-please, fr), Koori Mail (news-please, en, caption line in the text), Fresh News (news-please, en, "
    "'(FN)' dateline): staff; El Austral de Temuco, Legend FM and Gazette Haïti (trafilatura, es/en/fr): staff; Inuvik Drum "
    "(newsbeam html, en) and Dar24 (news-please, sw): staff",
}

PLACEHOLDERS = {"armenpress", "արմենպրես", "հրապարակ", "hraparak", "lragir.am", "mia", "миа", "фокус", "fokus",
                "канал 5", "kanal 5", "dpi", "guyana standard", "hits and jams news", "akaroa mail", "finnmark dagblad",
                "journalist", "السومرية نيوز", "alsumaria", "la gazette des comores", "harvest fm",
                "jornal tropical", "diario co latino", "kerry's eye", "derbyshire times", "авеста", "avesta.tj",
                "kinh tế & đô thị", "appenzeller zeitung", "el punt avui", "land rights news", "gallup independent",
                "independent correspondent", "diario de centro américa", "agn", "kessben online", "aïr info",
                "koori mail", "fresh news", "el austral de temuco", "legend fm", "legend fm news", "gazette haïti",
                "inuvik drum", "local journalism initiative reporter", "dar24"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
