#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-first development set (bench/dev_set81/, first written as the seventy-eighth held-out set).

    .venv/bin/python bench/dev_set81/_generate.py

Writes ``bench/dev_set81/articles/*`` and ``bench/dev_set81/labels.json`` (next to this
file).  Output is deterministic (gzip members use mtime=0 and no file name).
Every story is invented: people, quotes, companies and figures are fictional;
cities, countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set80/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about animals and nature: zoos and wildlife rescues,
    national parks, birds and insects, pets and vets, trees and gardens.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout78_2025-a.jsonl"
JSONL_B = "crawl_holdout78_2025-b.jsonl.gz"


# ---- cluster: BelTA, Brest (Brestskaya Gazeta scrape + copy on Intex-press in the plain batch) ----

BLT = rec(
    cluster="belta-brest-bison-count",
    title="В Беловежской пуще насчитали более тысячи зубров",
    date="2025-02-18",
    dateline="БРЕСТ, 18 февраля (БЕЛТА) – ",
    city="Brest",
    country="BY",
    region="europe",
    agency="BelTA",
    lang="ru",
    description="Зимний учет зверей завершился в национальном парке на прошлой неделе.",
    paras=P("""
Численность зубров в национальном парке «Беловежская пуща» впервые превысила тысячу особей, сообщили корреспонденту БЕЛТА в
научном отделе парка.

Зимний учет проводился на подкормочных площадках и по следам на снегу в течение двух недель.

По словам заместителя директора по науке Андрея Кравчука, за год стадо выросло примерно на шестьдесят животных.

Специалисты отмечают, что большинство зубров держится в южной части пущи, где больше открытых полян и лугов.

Чтобы снизить нагрузку на лес, часть животных в ближайшие годы планируется расселить в другие заповедные территории страны.

Зимой зубров подкармливают сеном и зерном, которое заготавливают сотрудники лесничеств.

В ходе учета также подсчитали оленей, косуль и кабанов, их численность остается стабильной.

Туристов просят не подходить к животным ближе чем на сто метров и не оставлять им еду.

Весной в парке откроется новая смотровая вышка у одной из подкормочных площадок, откуда можно будет наблюдать за стадом без риска для людей и зверей.

Научные сотрудники парка также продолжат наблюдение за здоровьем животных и будут ежегодно публиковать результаты учета.
"""),
    must_have=[
        "Зимой зубров подкармливают сеном и зерном, которое заготавливают сотрудники лесничеств.",
        "Туристов просят не подходить к животным ближе чем на сто метров и не оставлять им еду.",
    ],
)

# ---- cluster: IRNA, Gorgan (Fararu page + copy on Ettelaat in the plain batch) ----

IRN = rec(
    cluster="irna-gorgan-golestan-leopard-cameras",
    title="دوربین‌های تله‌ای پارک ملی گلستان تصویر پنج پلنگ ایرانی را ثبت کردند",
    date="2024-12-09",
    dateline="گرگان- ایرنا- ",
    city="Gorgan",
    country="IR",
    region="asia",
    agency="IRNA",
    lang="fa",
    description="محیط‌بانان می‌گویند دست‌کم دو پلنگ ماده همراه توله دیده شده‌اند.",
    paras=P("""
مدیر کل حفاظت محیط زیست استان گلستان گفت دوربین‌های تله‌ای نصب‌شده در پارک ملی گلستان در پاییز امسال تصویر پنج قلاده پلنگ
ایرانی را ثبت کرده‌اند.

به گفته رضا قربانی، این دوربین‌ها در بیست نقطه از پارک و در مسیر رفت‌وآمد حیات وحش نصب شده‌اند.

وی افزود در میان تصاویر ثبت‌شده دست‌کم دو پلنگ ماده همراه توله دیده می‌شوند که نشان‌دهنده زادآوری این گونه در پارک است.

قربانی گفت دوربین‌ها همچنین تصاویری از مرال، کل و بز وحشی، خرس قهوه‌ای و گربه وحشی ثبت کرده‌اند.

به گفته وی، محیط‌بانان پارک هر دو هفته یک بار کارت حافظه دوربین‌ها را جمع‌آوری و تصاویر را بررسی می‌کنند.

او تصادف خودروها در جاده آسیایی که از میان پارک می‌گذرد را بزرگ‌ترین تهدید برای حیات وحش این منطقه دانست.

مدیر کل محیط زیست گلستان از رانندگان خواست در محدوده پارک با سرعت مجاز حرکت کنند و از توقف و غذا دادن به حیوانات خودداری کنند.

پارک ملی گلستان قدیمی‌ترین پارک ملی ایران است و در سال ۱۳۳۶ به عنوان منطقه حفاظت‌شده اعلام شد.
"""),
    must_have=[
        "به گفته وی، محیط‌بانان پارک هر دو هفته یک بار کارت حافظه دوربین‌ها را جمع‌آوری و تصاویر را بررسی می‌کنند.",
        "او تصادف خودروها در جاده آسیایی که از میان پارک می‌گذرد را بزرگ‌ترین تهدید برای حیات وحش این منطقه دانست.",
    ],
)

# ---- cluster: Agência Brasil (Diário do Grande ABC gzipped page + copy on Campo Grande News in the gzipped batch) ----

ABR = rec(
    cluster="agenciabrasil-pantanal-arara-azul-census",
    title="Censo aponta aumento de araras-azuis no Pantanal após anos de incêndios",
    date="2024-11-21",
    country="BR",
    region="americas",
    agency="Agência Brasil",
    authors=["Luciana Bittencourt"],
    editors=["Rodrigo Mattos"],
    lang="pt",
    description="Pesquisadores contaram mais de 6 mil aves em ninhos naturais e artificiais.",
    paras=P("""
Um censo realizado por pesquisadores no Pantanal de Mato Grosso do Sul contou mais de 6 mil araras-azuis, o maior número desde que
o levantamento começou a ser feito, no fim dos anos 1990.

O resultado foi divulgado nesta quinta-feira pelo instituto que coordena o projeto de conservação da espécie.

Segundo a bióloga Helena Figueiredo, a recuperação ocorre apesar dos grandes incêndios de 2020 e 2024, que destruíram parte das
árvores usadas pelas aves para fazer ninhos.

A equipe instalou nos últimos anos cerca de 500 ninhos artificiais de madeira em fazendas da região.

Os proprietários rurais participam do monitoramento e avisam os pesquisadores quando encontram filhotes ou ninhos danificados.

A arara-azul-grande chegou a ser considerada ameaçada de extinção por causa do tráfico de animais e da perda de habitat.

Para Figueiredo, o trabalho conjunto com os fazendeiros foi decisivo para que a população voltasse a crescer.

O próximo censo está previsto para 2026 e deve incluir também áreas do Pantanal de Mato Grosso.
"""),
    must_have=[
        "A equipe instalou nos últimos anos cerca de 500 ninhos artificiais de madeira em fazendas da região.",
        "Os proprietários rurais participam do monitoramento e avisam os pesquisadores quando encontram filhotes ou ninhos danificados.",
    ],
)

# ---- cluster: Estes Park Trail-Gazette, page + noisy re-scrape ----

EP = rec(
    cluster="estesparktrailgazette-elk-rut-traffic",
    title="Elk rut brings crowds, traffic jams and new rules to Estes Park meadows",
    date="2024-09-27",
    country="US",
    region="americas",
    authors=["Maren Whitlock"],
    lang="en",
    caption="A bull elk bugles near the Fall River entrance to Rocky Mountain National Park on Sept. 24.",
    credit="Dale Hegarty/Trail-Gazette",
    paras=P("""
Every autumn the bugling of bull elk draws thousands of visitors to the meadows around Estes Park, and every autumn the town and
Rocky Mountain National Park try something new to keep people and animals apart.

This year volunteers known as the Elk Bugle Corps are stationed at four popular meadows each evening until mid-October.

Their job is to keep photographers and families at least 75 feet from the herds and to stop drivers from parking on the road shoulders.

Park spokesperson Linda Oyler said rangers had already written several warnings to visitors who walked into the middle of a herd.

A bull elk in the rut can weigh more than 700 pounds and will charge people who come too close, she said.

The town has added temporary no-parking signs along Moraine Avenue and the golf course, where elk often graze at dusk.

Local businesses welcome the visitors, who fill restaurants and hotels well after the summer season has ended.

Officials ask visitors to stay in their cars when elk are on the road and to never feed or call to the animals.
"""),
    must_have=[
        "This year volunteers known as the Elk Bugle Corps are stationed at four popular meadows each evening until mid-October.",
        "The town has added temporary no-parking signs along Moraine Avenue and the golf course, where elk often graze at dusk.",
    ],
)
EP_PRE = ["Estes Park Trail-Gazette", "News", "Sports", "Things To Do", "Opinion", "Obituaries", "e-Edition", "Subscribe"]
EP_HEAD = ["By Maren Whitlock | mwhitlock@eptrail.com | Estes Park Trail-Gazette", "PUBLISHED: September 27, 2024 at 6:15 AM MDT"]
EP_CAP = ["A bull elk bugles near the Fall River entrance to Rocky Mountain National Park on Sept. 24. (Dale Hegarty/Trail-Gazette)"]
EP_TAIL = [["Originally Published: September 27, 2024 at 6:15 AM MDT"],
           ["Sign up for Morning Report, our daily newsletter"],
           ["Trending Nationally"],
           ["Copyright \u00a9 2024 Prairie Mountain Media"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Estes Park Trail-Gazette (Colorado): original of the re-scrape cluster; MediaNews byline with e-mail, parenthesised credit.
    dict(EP, role="original", file="estesparktrailgazette_elk_rut.txt", render="text",
         pre=[EP_PRE], head=[EP_HEAD], cap_lines=EP_CAP,
         inserts={2: ["Advertisement"], 5: ["Related Articles", "Rocky Mountain National Park timed entry returns in May"]},
         tail=EP_TAIL),
    dict(EP, role="rescrape", file="estesparktrailgazette_elk_rut_rescrape.txt.gz", render="text", noise=True,
         pre=[EP_PRE], head=[EP_HEAD], cap_lines=EP_CAP,
         tail=[["Get 3 months of unlimited digital access for 99 cents"], *EP_TAIL]),
    # Brestskaya Gazeta (Brest, Russian): original of the BelTA cluster; 'БРЕСТ, 18 февраля (БЕЛТА) –' dateline.
    dict(BLT, role="original", file="brestskayagazeta_belta_zubry_ru.txt", render="text",
         pre=[["Брестская газета", "Новости", "Брест", "Регион", "Общество", "Происшествия", "Афиша"]],
         head=[["18.02.2025 11:42"], ["Источник: БЕЛТА"], ["Поделиться"]],
         inserts={2: ["Реклама"], 5: ["Читайте также:", "В Брестской крепости высадили аллею каштанов"]},
         tail=[["Фото: архив"], ["Подписывайтесь на наш канал в Telegram"], ["Самое читаемое"], ["Комментарии"],
               ["\u00a9 2025 Брестская газета. При использовании материалов ссылка обязательна."]]),
    # The Kenya Times (Kenya): KNA copy, 'NAKURU, Mar 4 (KNA) – ' dateline, 'By X' byline.
    rec(cluster="kenyatimes-kna-nakuru-flamingos", role="single", file="kenyatimes_kna_nakuru_flamingos.txt", render="text",
        title="Flamingos return to Lake Nakuru as water levels begin to drop",
        date="2025-03-04", dateline="NAKURU, Mar 4 (KNA) – ", city="Nakuru", country="KE", region="africa", lang="en",
        agency="KNA", authors=["Wanjiru Macharia"],
        pre=[["THE KENYA TIMES", "News", "Politics", "Counties", "Business", "Environment", "Opinion"]],
        head=[["By Wanjiru Macharia"], ["March 4, 2025"], ["Share on WhatsApp", "Share on X"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Also Read:", "Naivasha farmers urged to plant bamboo along riverbanks"]},
        tail=[["(KNA)"], ["Join The Kenya Times WhatsApp channel"], ["Related Posts"], ["Trending Now"],
              ["\u00a9 2025 The Kenya Times. All Rights Reserved."]],
        paras=P("""
Thousands of lesser flamingos have returned to Lake Nakuru after years in which rising water levels pushed the birds to other lakes
in the Rift Valley.

Senior warden Peter Kiprono said the water had fallen by almost a metre since last year, exposing mudflats where the birds feed.

He said the return of the flamingos was a sign that the algae they feed on were growing again in the shallower and saltier water.

Rangers counted more than 30,000 flamingos during a survey last week, compared with only a few hundred in 2021.

Kiprono said the park expected more tourists in the coming months, especially birdwatchers from Europe and Asia.

The Kenya Wildlife Service has reopened two viewpoints along the southern shore that were flooded for more than three years.

Tour guides in Nakuru town said bookings had already increased since photos of the pink shoreline were shared online.

The warden urged residents of the surrounding estates to stop dumping waste into the rivers that feed the lake.
"""),
        must_have=[
            "Rangers counted more than 30,000 flamingos during a survey last week, compared with only a few hundred in 2021.",
            "The Kenya Wildlife Service has reopened two viewpoints along the southern shore that were flooded for more than three years.",
        ]),
    # The Ethiopian Reporter (English edition): staff, 'By Reporter Staff' desk byline, Bale wolves.
    rec(cluster="ethiopianreporter-bale-wolf-vaccination", role="single", file="ethiopianreporter_bale_wolves.txt", render="text",
        title="Bale Mountains wolf packs vaccinated against rabies ahead of dry season",
        date="2024-11-16", country="ET", region="africa", lang="en",
        pre=[["The Reporter", "Home", "News", "Business", "Politics", "Society", "Editorial"]],
        head=[["By Reporter Staff"], ["November 16, 2024"], ["Print", "Email"]],
        inserts={2: ["Advertisement"], 5: ["Related:", "Simien Mountains park reopens to trekkers"]},
        tail=[["Tags:", "Environment", "Wildlife"], ["Leave a Reply"], ["Latest News"], ["Most Read"],
              ["\u00a9 2024 Media & Communications Center. All rights reserved."]],
        paras=P("""
Wildlife veterinarians have vaccinated Ethiopian wolves from six packs in the Bale Mountains National Park against rabies, in an
effort to prevent outbreaks during the coming dry season.

The Ethiopian wolf is Africa's most endangered carnivore, with fewer than 500 adults believed to live in the highlands of the country.

Rabies passed on by domestic dogs in villages near the park is the greatest threat to the animals, according to park officials.

A team of veterinarians and rangers used oral vaccine baits placed near the wolves' dens on the Sanetti Plateau.

Park warden Abebe Tadesse said the team had also vaccinated more than 4,000 village dogs around the park in the past year.

He said local communities had been trained to report sick dogs and any wolf found dead.

Researchers will monitor the vaccinated packs with radio collars and regular counts over the next twelve months.

Tadesse said the work was important for the tourism that brings income to the towns of Robe and Goba.
"""),
        must_have=[
            "A team of veterinarians and rangers used oral vaccine baits placed near the wolves' dens on the Sanetti Plateau.",
            "He said local communities had been trained to report sick dogs and any wolf found dead.",
        ]),
    # Deshabhimani (Kerala, Malayalam): staff, 'സ്വന്തം ലേഖകൻ' desk byline, hornbill nests.
    rec(cluster="deshabhimani-thattekkad-hornbill-nests", role="single", file="deshabhimani_thattekkad_vezhambal_ml.txt", render="text",
        title="തട്ടേക്കാട് വേഴാമ്പലുകൾക്ക് കൃത്രിമ കൂടുകൾ ഒരുക്കി വനംവകുപ്പ്",
        date="2025-01-22", country="IN", region="asia", lang="ml",
        pre=[["ദേശാഭിമാനി", "ഹോം", "കേരളം", "ദേശീയം", "ലോകം", "കായികം", "ഇ-പേപ്പർ"]],
        head=[["സ്വന്തം ലേഖകൻ"], ["Updated: Wednesday Jan 22, 2025 10:45 PM"], ["ഷെയർ ചെയ്യുക"]],
        inserts={2: ["പരസ്യം"], 5: ["കൂടുതൽ വായിക്കാൻ", "ഇരവികുളത്ത് വരയാടുകളുടെ എണ്ണം കൂടി"]},
        tail=[["ദേശാഭിമാനി വാർത്തകൾ വാട്സ്ആപ്പിൽ ലഭിക്കാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക"], ["ബന്ധപ്പെട്ട വാർത്തകൾ"], ["ഏറ്റവും പുതിയ വാർത്തകൾ"],
              ["\u00a9 Deshabhimani. All rights reserved."]],
        paras=P("""
തട്ടേക്കാട് പക്ഷിസങ്കേതത്തിൽ വേഴാമ്പലുകൾക്ക് കൂടൊരുക്കാൻ വനംവകുപ്പ് പത്ത് കൃത്രിമ കൂടുകൾ സ്ഥാപിച്ചു.

വലിയ മരങ്ങൾ കുറഞ്ഞതോടെ വേഴാമ്പലുകൾക്ക് കൂടുകെട്ടാൻ അനുയോജ്യമായ പൊത്തുകൾ കിട്ടാതായതാണ് പദ്ധതിക്ക് കാരണമെന്ന് അധികൃതർ പറഞ്ഞു.

മരത്തടിയും ഫൈബറും ഉപയോഗിച്ച് നിർമിച്ച കൂടുകൾ ഇരുപത് മീറ്ററിലേറെ ഉയരത്തിലാണ് ഘടിപ്പിച്ചത്.

ഓരോ കൂടിനും സമീപം ക്യാമറകൾ സ്ഥാപിച്ച് പക്ഷികളുടെ സഞ്ചാരം നിരീക്ഷിക്കും.

കഴിഞ്ഞ വർഷം പരീക്ഷണാടിസ്ഥാനത്തിൽ സ്ഥാപിച്ച രണ്ട് കൂടുകളിൽ മലമുഴക്കി വേഴാമ്പലുകൾ മുട്ടയിട്ടിരുന്നു.

പ്രദേശവാസികളായ ആദിവാസി യുവാക്കളെയാണ് കൂടുകളുടെ നിരീക്ഷണ ചുമതല ഏൽപ്പിച്ചിരിക്കുന്നത്.

സങ്കേതത്തിനുള്ളിൽ വേഴാമ്പലുകൾ കൂടുതലായി ആശ്രയിക്കുന്ന കാട്ടത്തി മരങ്ങളുടെ തൈകളും നട്ടുപിടിപ്പിക്കുന്നുണ്ട്.

പദ്ധതി വിജയിച്ചാൽ മറ്റു വനമേഖലകളിലേക്കും വ്യാപിപ്പിക്കുമെന്ന് ഡിവിഷണൽ ഫോറസ്റ്റ് ഓഫീസർ അറിയിച്ചു.

വേഴാമ്പലുകളുടെ പ്രജനന കാലമായ ജനുവരി മുതൽ ഏപ്രിൽ വരെ സങ്കേതത്തിന്റെ ഉൾഭാഗങ്ങളിൽ സന്ദർശകർക്ക് നിയന്ത്രണം ഏർപ്പെടുത്തിയിട്ടുണ്ട്.

കൂടുകളിൽ നിന്നുള്ള ദൃശ്യങ്ങൾ ഗവേഷകർക്കും വിദ്യാർഥികൾക്കും ലഭ്യമാക്കാനും വനംവകുപ്പ് ആലോചിക്കുന്നു.

പക്ഷിനിരീക്ഷകരുടെ സംഘടനകളും പദ്ധതിയുമായി സഹകരിക്കുന്നുണ്ട്.

ഈ വർഷം അവസാനത്തോടെ കൂടുകളുടെ എണ്ണം ഇരുപതാക്കി ഉയർത്താനാണ് തീരുമാനം.

സങ്കേതത്തിന് ചുറ്റുമുള്ള സ്വകാര്യ ഭൂമിയിലെ വലിയ മരങ്ങൾ സംരക്ഷിക്കാൻ ഉടമകൾക്ക് സഹായം നൽകുന്ന കാര്യവും പരിഗണനയിലാണ്.

പദ്ധതിയെക്കുറിച്ച് ബോധവൽക്കരണം നടത്താൻ സമീപത്തെ സ്കൂളുകളിൽ ക്ലാസുകളും സംഘടിപ്പിക്കും.

സങ്കേതത്തിൽ എത്തുന്ന പക്ഷിനിരീക്ഷകർ കൂടുകൾക്ക് സമീപം ശബ്ദമുണ്ടാക്കരുതെന്നും ഡ്രോണുകൾ പറത്തരുതെന്നും വനംവകുപ്പ് നിർദേശിച്ചു. നിയമം ലംഘിക്കുന്നവർക്കെതിരെ കർശന നടപടി സ്വീകരിക്കുമെന്നും അധികൃതർ മുന്നറിയിപ്പ് നൽകി. കഴിഞ്ഞ വർഷങ്ങളിൽ സങ്കേതത്തിൽ വേഴാമ്പലുകളുടെ എണ്ണം കുറഞ്ഞുവരുന്നതായി പക്ഷിനിരീക്ഷകർ ചൂണ്ടിക്കാട്ടിയിരുന്നു. പുതിയ പദ്ധതിയിലൂടെ ഈ സ്ഥിതി മാറുമെന്നാണ് പ്രതീക്ഷ.
"""),
        must_have=[
            "ഓരോ കൂടിനും സമീപം ക്യാമറകൾ സ്ഥാപിച്ച് പക്ഷികളുടെ സഞ്ചാരം നിരീക്ഷിക്കും.",
            "പ്രദേശവാസികളായ ആദിവാസി യുവാക്കളെയാണ് കൂടുകളുടെ നിരീക്ഷണ ചുമതല ഏൽപ്പിച്ചിരിക്കുന്നത്.",
        ]),
    # Kashmir Reader (Srinagar): KNO copy, 'Srinagar, Nov 12 (KNO): ' dateline, hangul deer.
    rec(cluster="kashmirreader-kno-dachigam-hangul", role="single", file="kashmirreader_kno_dachigam_hangul.txt", render="text",
        title="Hangul count in Dachigam shows slight rise, wildlife officials say",
        date="2024-11-12", dateline="Srinagar, Nov 12 (KNO): ", city="Srinagar", country="IN", region="asia", lang="en", agency="KNO",
        pre=[["Kashmir Reader", "Home", "Local", "Business", "Sports", "Opinion", "E-Paper"]],
        head=[["Kashmir Reader"], ["Published on November 12, 2024"], ["Share"]],
        inserts={2: ["Advertisement"], 5: ["Also Read", "Wular lake sees early arrival of migratory birds"]},
        tail=[["(KNO)"], ["Follow Kashmir Reader on WhatsApp"], ["Related Posts"], ["Latest"],
              ["\u00a9 2024 Kashmir Reader. All rights reserved."]],
        paras=P("""
The population of the endangered hangul, or Kashmir stag, in Dachigam National Park has risen slightly, according to the latest
census carried out by the Department of Wildlife Protection.

An official told the Kashmir News Observer (KNO) that teams counted 289 animals, up from 261 in the previous census.

He said the count was carried out over five days using direct sightings, camera traps and dung samples.

The hangul is the only surviving population of red deer subspecies in the region and is found mainly in Dachigam and nearby forests.

Officials said the low number of females with fawns remained a concern for the long-term survival of the species.

The department has increased patrolling to stop stray dogs and livestock entering the park from surrounding villages.

A captive breeding centre at Shikargah in Tral is expected to receive its first animals next year.

The official said the department was also studying the effect of new roads and tourism on the animals' movement.
"""),
        must_have=[
            "He said the count was carried out over five days using direct sightings, camera traps and dung samples.",
            "The department has increased patrolling to stop stray dogs and livestock entering the park from surrounding villages.",
        ]),
    # Hexham Courant (Northumberland): staff, 'By X' byline with role line, red squirrels.
    rec(cluster="hexhamcourant-red-squirrel-volunteers", role="single", file="hexhamcourant_red_squirrels.txt", render="text",
        title="Red squirrel sightings rise in Tynedale as volunteers step up grey squirrel control",
        date="2024-10-10", country="GB", region="europe", lang="en", authors=["Callum Ridley"],
        pre=[["Hexham Courant", "News", "Sport", "What's On", "Farming", "Announcements", "Subscribe"]],
        head=[["By Callum Ridley"], ["Reporter"], ["Share"], ["10 October 2024"]],
        inserts={2: ["Advertisement"], 5: ["Read more:", "Allen Banks footbridge reopens after storm repairs"]},
        tail=[["Get involved with the news in your community"], ["Send your stories and pictures to us"],
              ["Most Read"], ["Comments: Our rules"], ["\u00a9 2024 Newsquest Media Group Ltd"]],
        paras=P("""
Red squirrels are being seen in gardens across Tynedale in greater numbers than at any time in the past decade, according to the
volunteers who monitor them.

The Tynedale Red Squirrel Group said members recorded sightings in 46 villages this summer, compared with 31 two years ago.

Chair Morag Elliott said the increase followed a push to control grey squirrels, which carry a pox virus that is deadly to reds.

Volunteers check feeders and trail cameras every week and send the records to a national database.

Mrs Elliott said gardeners in Acomb, Wall and Humshaugh had been particularly helpful in reporting sightings.

The group is now asking landowners near the A69 to allow rope bridges to be hung across minor roads where squirrels are often killed.

She said anyone who sees a red squirrel that looks sick should report it and remove feeders for a few weeks.

New volunteers are welcome and training sessions will be held at Hexham library next month.
"""),
        must_have=[
            "Volunteers check feeders and trail cameras every week and send the records to a national database.",
            "She said anyone who sees a red squirrel that looks sick should report it and remove feeders for a few weeks.",
        ]),
    # Kentish Gazette (Canterbury): staff, KM byline, bison in Blean woods.
    rec(cluster="kentishgazette-blean-bison-calf", role="single", file="kentishgazette_blean_bison.txt", render="text",
        title="Second bison calf born in woods near Canterbury as rewilding project grows",
        date="2024-06-05", country="GB", region="europe", lang="en", authors=["Harriet Oduya", "Sam Pettifer"],
        pre=[["KentOnline", "Kentish Gazette", "News", "What's On", "Sport", "Property", "Jobs"]],
        head=[["By Harriet Oduya and Sam Pettifer"], ["hoduya@thekmgroup.co.uk"], ["Published: 05:00, 05 June 2024"]],
        inserts={2: ["Advertisement"], 5: ["Read more", "Wildwood Trust welcomes pair of wildcats"]},
        tail=[["Do you have a story for us? Let us know by emailing kentonline@thekmgroup.co.uk"],
              ["Read more: All the latest news from Canterbury"], ["Comments"], ["Most Read"],
              ["\u00a9 2024 KM Media Group"]],
        paras=P("""
A second bison calf has been born in the woodland near Canterbury where the animals were released to help restore the forest.

Rangers spotted the calf with its mother in a clearing early on Sunday morning, around a year after the first calf was born.

Lead ranger Tom Braithwaite said the birth showed the herd was settled and healthy in its new home.

The bison were brought to the woods to thin out dense stands of young trees, creating open patches where wildflowers and insects can return.

They also strip bark from some trees, leaving dead wood that is used by beetles, fungi and woodpeckers.

Visitors can follow a public footpath that passes near the fenced area, but are asked to keep dogs on a lead at all times.

Braithwaite said the team would not name the calf until rangers were sure of its sex.

The project is planning to add more animals from herds in Europe next year.
"""),
        must_have=[
            "They also strip bark from some trees, leaving dead wood that is used by beetles, fungi and woodpeckers.",
            "Visitors can follow a public footpath that passes near the fenced area, but are asked to keep dogs on a lead at all times.",
        ]),
    # Great Lakes Advocate (Forster, NSW): staff, ACM layout, koala hospital.
    rec(cluster="greatlakesadvocate-koala-drinking-stations", role="single", file="greatlakesadvocate_koala_water.txt", render="text",
        title="Drinking stations set up for koalas as dry spell hits the Great Lakes",
        date="2025-01-14", country="AU", region="oceania", lang="en", authors=["Jasmine Courtney"],
        pre=[["Great Lakes Advocate", "Local News", "Sport", "Community", "What's On", "Subscribe", "Log in"]],
        head=[["Jasmine Courtney"], ["January 14 2025 - 5:00pm"]],
        inserts={2: ["Advertisement"], 5: ["READ MORE:", "Forster Tuncurry lifeguards report busy holiday season"]},
        tail=[["Jasmine Courtney is a journalist at the Great Lakes Advocate."], ["Get the latest Forster news in your inbox"],
              ["Sign up for our newsletter to stay up to date."], ["More from Local News"],
              ["\u00a9 2025 Australian Community Media"]],
        paras=P("""
Volunteers have installed water stations in bushland around Forster and Tuncurry to help koalas through a long dry spell.

The stations are tall plastic tanks with a drip tube that feeds a small bowl attached to a tree trunk.

Wildlife carer Denise Hollis said carers had taken in several dehydrated koalas in the past month, including a mother with a joey.

She said koalas usually get most of their water from eucalyptus leaves, but the leaves had become too dry in the heat.

Motion cameras have already recorded koalas, possums, lace monitors and birds drinking from the stations.

Residents who see a koala on the ground during the day or one that looks unwell are asked to call the local rescue hotline.

Ms Hollis said people could also help by leaving a shallow bowl of water in their yard with a stick or rock so small animals can climb out.

The group hopes to install another fifteen stations before the end of summer.
"""),
        must_have=[
            "The stations are tall plastic tanks with a drip tube that feeds a small bowl attached to a tree trunk.",
            "Motion cameras have already recorded koalas, possums, lace monitors and birds drinking from the stations.",
        ]),
    # Chiang Mai Citylife (Thailand, English): staff feature, byline with role, day-first date.
    rec(cluster="chiangmaicitylife-doi-inthanon-birdwatching", role="single", file="chiangmaicitylife_doi_inthanon_birds.txt", render="text",
        title="Doi Inthanon birders record rare visitors as cool season peaks",
        date="2025-01-28", country="TH", region="asia", lang="en", authors=["Noppadol Kaewmanee"],
        pre=[["Chiang Mai Citylife", "News", "Eat & Drink", "Things To Do", "Lifestyle", "Citylife Magazine"]],
        head=[["Written by Noppadol Kaewmanee, staff writer"], ["28/01/2025"], ["Share this article"]],
        inserts={2: ["Advertisement"], 5: ["You may also like", "Chiang Mai's first urban tree map goes online"]},
        tail=[["About the author"], ["Noppadol writes about nature and outdoor life in northern Thailand."],
              ["Subscribe to our weekly newsletter"], ["Popular Posts"], ["\u00a9 2025 Citylife. All rights reserved."]],
        paras=P("""
Birdwatchers at Doi Inthanon National Park have recorded several rare winter visitors this month, as the cool season brings
hundreds of birders to Thailand's highest mountain.

Park staff said a group from Bangkok photographed a pair of fire-tailed sunbirds near the summit bog, a species seen only a few
times in the country.

Local guide Somchai Intarak said the birds gather around flowering rhododendrons early in the morning before the crowds arrive.

Rangers have roped off parts of the boardwalk where visitors were stepping off the path to take photographs.

The park asks birders not to use recorded calls to attract birds during the nesting season, which starts in February.

Somchai said birding tourism had become an important source of income for Hmong and Karen villages on the mountain.

Many families now run homestays and offer guided walks to hidden streams and forest trails.

Visitors are advised to bring warm clothes, as temperatures at the summit can fall close to freezing at dawn.
"""),
        must_have=[
            "Rangers have roped off parts of the boardwalk where visitors were stepping off the path to take photographs.",
            "Many families now run homestays and offer guided walks to hidden streams and forest trails.",
        ]),
    # Kaltim Post (East Kalimantan, Indonesian): staff, reporter initials line, Mahakam dolphins.
    rec(cluster="kaltimpost-mahakam-pesut-census", role="single", file="kaltimpost_pesut_mahakam_id.txt", render="text",
        title="Populasi Pesut Mahakam Tercatat 62 Ekor, Peneliti Minta Lalu Lintas Kapal Dibatasi",
        date="2024-08-13", country="ID", region="asia", lang="id", authors=["Dian Ramadhani"],
        pre=[["Kaltim Post", "Beranda", "Samarinda", "Balikpapan", "Kaltim", "Ekonomi", "Olahraga"]],
        head=[["Selasa, 13 Agustus 2024 | 14:20 WITA"], ["Penulis: Dian Ramadhani"], ["Editor: Redaksi Kaltim Post"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Baca Juga:", "Bekantan terlihat di hutan kota Balikpapan"]},
        tail=[["(dra/rdh)"], ["Ikuti berita terkini Kaltim Post di Google News"], ["Berita Terkait"], ["Terpopuler"],
              ["\u00a9 2024 Kaltim Post. All Rights Reserved."]],
        paras=P("""
Jumlah pesut Mahakam yang hidup di Sungai Mahakam dan danau-danau di sekitarnya tercatat sebanyak 62 ekor berdasarkan survei
terbaru yang dilakukan tim peneliti bersama masyarakat.

Angka itu sedikit naik dibandingkan survei dua tahun lalu yang mencatat 58 ekor.

Ketua tim peneliti, Rudi Hartono, mengatakan sebagian besar pesut ditemukan di wilayah Kutai Kartanegara, terutama di sekitar
Kecamatan Muara Kaman dan Kota Bangun.

Menurut dia, ancaman terbesar bagi pesut adalah tabrakan dengan kapal tongkang batu bara dan jaring nelayan.

Tim peneliti meminta pemerintah membatasi lalu lintas kapal besar di anak sungai yang menjadi tempat pesut mencari makan.

Selain itu, nelayan di beberapa desa sudah dilatih melepaskan pesut yang tersangkut jaring tanpa melukainya.

Rudi mengatakan warga desa kini ikut melaporkan setiap kemunculan pesut melalui grup pesan singkat.

Pemerintah provinsi berencana menetapkan kawasan konservasi perairan untuk melindungi habitat pesut.

Survei berikutnya akan dilakukan pada musim kemarau tahun depan, ketika air sungai surut dan pesut lebih mudah diamati. Tim peneliti juga mengajak pelajar dan mahasiswa ikut serta sebagai relawan pengamat.
"""),
        must_have=[
            "Tim peneliti meminta pemerintah membatasi lalu lintas kapal besar di anak sungai yang menjadi tempat pesut mencari makan.",
            "Selain itu, nelayan di beberapa desa sudah dilatih melepaskan pesut yang tersangkut jaring tanpa melukainya.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_FR = site("فرارو", "https://fararu.example.com", " | فرارو", "fa_IR", "@fararu",
               ["صفحه نخست", "سیاسی", "اجتماعی", "اقتصادی", "محیط زیست"],
               ["تمامی حقوق این سایت متعلق به فرارو است.", "درباره ما", "تماس با ما"], share=["اشتراک‌گذاری", "تلگرام", "واتس‌اپ"])
SITE_DGA = site("Diário do Grande ABC", "https://www.dgabc.example.com.br", " - Diário do Grande ABC", "pt_BR", "@dgabc",
                ["Setecidades", "Política", "Economia", "Esportes", "Cultura & Lazer"],
                ["\u00a9 2024 Diário do Grande ABC. Todos os direitos reservados.", "Expediente", "Anuncie"],
                share=["Compartilhar", "Facebook", "WhatsApp"], top=["Assine", "Entrar"])
SITE_AS = site("الصريح", "https://www.assarih.example.tn", " - الصريح", "ar_TN", "@assarih",
               ["الرئيسية", "وطنية", "جهات", "بيئة", "رياضة"],
               ["جميع الحقوق محفوظة © الصريح أونلاين 2024", "من نحن", "اتصل بنا"], share=["شارك", "فيسبوك", "تويتر"])
SITE_GA = site("Gabonactu", "https://gabonactu.example.com", " - Gabonactu", "fr_GA", "@gabonactu",
               ["Accueil", "Politique", "Société", "Environnement", "Sport"],
               ["\u00a9 2024 Gabonactu.com. Tous droits réservés.", "Qui sommes-nous", "Contact"], share=["Partager", "Facebook", "WhatsApp"])
SITE_JB = site("전북일보", "https://www.jjan.example.kr", " - 전북일보", "ko_KR", "@jjanews",
               ["전체기사", "정치", "사회", "경제", "문화"],
               ["Copyright \u00a9 전북일보. All rights reserved.", "회사소개", "고충처리인"], share=["공유", "페이스북", "카카오톡"])
SITE_KZ = site("Kreiszeitung", "https://www.kreiszeitung.example.de", " | Kreiszeitung", "de_DE", "@kreiszeitung",
               ["Lokales", "Niedersachsen", "Politik", "Sport", "Service"],
               ["\u00a9 Kreiszeitung Verlagsgesellschaft", "Impressum", "Datenschutz"], share=["Teilen", "Facebook", "WhatsApp", "E-Mail"],
               cookie="Wir benötigen Ihre Zustimmung zur Verarbeitung Ihrer Daten durch uns und unsere Partner.",
               cookie_title="Ihre Privatsphäre", buttons=["Zustimmen", "Einstellungen"], top=["ePaper", "Abo"])
SITE_EF = site("Η Εφημερίδα των Συντακτών", "https://www.efsyn.example.gr", " | Η Εφημερίδα των Συντακτών", "el_GR", "@efsyn",
               ["Ελλάδα", "Πολιτική", "Οικονομία", "Περιβάλλον", "Πολιτισμός"],
               ["\u00a9 2024 Εφημερίδα των Συντακτών", "Ταυτότητα", "Όροι χρήσης"], share=["Κοινοποίηση", "Facebook", "X"],
               cookie="Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", buttons=["Αποδοχή", "Ρυθμίσεις"])
SITE_JF = site("Jasper Fitzhugh", "https://www.fitzhugh.example.ca", " | Jasper Fitzhugh", "en_CA", "@jasperfitzhugh",
               ["Local News", "Wildfire", "Opinion", "Arts", "Sports"],
               ["\u00a9 2025 Jasper Fitzhugh", "Contact Us", "Privacy Policy"], share=["Share", "Facebook", "X", "Email"],
               top=["Subscribe", "Newsletters"])
SITE_HN = site("Hutt News", "https://www.huttnews.example.co.nz", " | Hutt News", "en_NZ", "@huttnews",
               ["Local", "Council", "Environment", "Sport", "Events"],
               ["\u00a9 2024 Hutt News", "Privacy", "Terms of Use"], share=["Share", "Facebook", "Email"])

HTML_STORIES = [
    # Fararu (Persian): original of the IRNA cluster; 'گرگان- ایرنا- ' dateline, 'منبع: ایرنا' source line.
    dict(IRN, role="original", file="fararu_irna_golestan_palang_fa.html", render="html",
         site=SITE_FR, section="محیط زیست", meta_section="محیط زیست",
         url="https://fararu.example.com/fa/news/812345/",
         published="2024-12-09T13:10:00+03:30",
         ld_author=[{"@type": "Organization", "name": "فرارو"}],
         byline_lines=["کد خبر: ۸۱۲۳۴۵"], date_lines=["تاریخ انتشار: ۱۹ آذر ۱۴۰۳ - ۱۳:۱۰"],
         inserts={2: [("ad", "تبلیغات")], 5: [("link", "بیشتر بخوانید:", "بازگشت فلامینگوها به تالاب میانکاله")]},
         end_lines=["منبع: ایرنا"],
         lists=[("پربازدیدترین", ["افزایش جمعیت گورخر ایرانی در توران", "آتش‌سوزی در جنگل‌های زاگرس مهار شد"])]),
    # Diário do Grande ABC (São Paulo, Portuguese, gzipped page): original of the Agência Brasil cluster; 'Edição:' line.
    dict(ABR, role="original", file="dgabc_agenciabrasil_arara_azul_pt.html.gz", render="html",
         site=SITE_DGA, section="Nacional", meta_section="Nacional",
         url="https://www.dgabc.example.com.br/Noticia/4123456/censo-aponta-aumento-de-araras-azuis-no-pantanal",
         published="2024-11-21T16:48:00-03:00",
         ld_author=[{"@type": "Person", "name": "Luciana Bittencourt"}],
         byline_lines=["Luciana Bittencourt", "Da Agência Brasil"], date_lines=["21/11/2024 | 16:48"],
         inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia mais:", "Zoológico de São Paulo recebe filhotes de lobo-guará")]},
         end_lines=["Edição: Rodrigo Mattos"],
         lists=[("Mais lidas", ["Santo André abre inscrições para hortas urbanas", "Parque do Pedroso ganha nova trilha"])]),
    # Assarih (Tunisia, Arabic): TAP copy, 'بنزرت (وات) - ' dateline, Ichkeul birds.
    rec(cluster="assarih-tap-ichkeul-birds", role="single", file="assarih_tap_ichkeul_tuyour_ar.html", render="html",
        site=SITE_AS, title="أكثر من 60 ألف طائر مهاجر بالحديقة الوطنية بإشكل هذا الشتاء",
        date="2025-01-30", dateline="بنزرت (وات) - ", city="Bizerte", country="TN", region="africa", lang="ar",
        agency="TAP", section="جهات", meta_section="جهات",
        url="https://www.assarih.example.tn/2025/01/30/ichkeul-oiseaux-migrateurs/",
        description="عملية الإحصاء شملت البحيرة والسباخ المحيطة بها.",
        published="2025-01-30T15:25:00+01:00",
        ld_author=[{"@type": "Organization", "name": "الصريح"}],
        byline_lines=["الصريح أونلاين"], date_lines=["الخميس 30 جانفي 2025 - 15:25"],
        inserts={2: [("ad", "إشهار")], 5: [("link", "اقرأ أيضا:", "انطلاق موسم غراسة الأشجار بولاية باجة")]},
        lists=[("الأكثر قراءة", ["تونس: حملة لتنظيف الشواطئ", "عين دراهم تكتسي حلة بيضاء"])],
        paras=P("""
أفاد محافظ الحديقة الوطنية بإشكل من ولاية بنزرت أن عملية الإحصاء الشتوي للطيور المائية المهاجرة سجلت أكثر من ستين ألف طائر
خلال شهر جانفي الجاري.

وأوضح المحافظ أن هذا العدد يفوق ما تم تسجيله خلال السنة الماضية بفضل الأمطار التي ساهمت في ارتفاع منسوب المياه بالبحيرة.

وأشار إلى أن الإوز الرمادي والبط الصفار والغرة من أكثر الأنواع حضورا هذا الموسم.

وشارك في عملية الإحصاء أعوان الحديقة وباحثون من الجامعة التونسية ومتطوعون من جمعيات حماية البيئة.

وتعد بحيرة إشكل من أهم المناطق الرطبة في حوض البحر الأبيض المتوسط وهي مدرجة ضمن قائمة التراث العالمي لليونسكو.

وأضاف المحافظ أن الحديقة ستنظم خلال فصل الربيع زيارات موجهة لتلاميذ المدارس للتعريف بالطيور المهاجرة.

ودعا الصيادين وسكان المناطق المجاورة إلى احترام فترة الراحة البيولوجية وعدم إزعاج الطيور في أماكن تعشيشها.

كما أكد أن الحديقة تعمل على تهيئة مسالك جديدة لمراقبة الطيور تستجيب لحاجيات الزوار.

وتستقبل الحديقة سنويا آلاف الزوار من داخل تونس وخارجها، خاصة خلال فصلي الشتاء والربيع عندما تكون البحيرة في أوج جمالها. ويأمل أعوان الحديقة أن يساهم الإحصاء في تحسين برامج حماية الطيور والمحافظة على التوازن البيئي للبحيرة والسباخ المحيطة بها.
"""),
        must_have=[
            "وشارك في عملية الإحصاء أعوان الحديقة وباحثون من الجامعة التونسية ومتطوعون من جمعيات حماية البيئة.",
            "وأضاف المحافظ أن الحديقة ستنظم خلال فصل الربيع زيارات موجهة لتلاميذ المدارس للتعريف بالطيور المهاجرة.",
        ]),
    # Gabonactu (Gabon, French): staff, 'Par X' byline, 'Crédit photo' caption, Lopé elephants.
    rec(cluster="gabonactu-lope-elephants-fences", role="single", file="gabonactu_lope_elephants_fr.html", render="html",
        site=SITE_GA, title="Lopé : des clôtures électriques pour protéger les plantations des éléphants",
        date="2024-10-08", country="GA", region="africa", lang="fr", authors=["Arsène Mboumba"],
        section="Environnement", meta_section="Environnement",
        url="https://gabonactu.example.com/blog/2024/10/08/lope-des-clotures-electriques-contre-les-elephants/",
        description="Vingt villages bénéficient du programme cette année.",
        published="2024-10-08T09:30:00+01:00",
        byline_lines=["Par Arsène Mboumba"], date_lines=["8 octobre 2024"],
        caption="Une clôture électrique installée autour d'une plantation de manioc près de Lopé.", credit="ANPN", credit_shown="Crédit photo : ANPN",
        inserts={2: [("ad", "Publicité")], 5: [("link", "Lire aussi :", "Akanda : des tortues luths reviennent pondre")]},
        comments=["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée."],
        paras=P("""
Une vingtaine de villages situés autour du parc national de la Lopé vont bénéficier de clôtures électriques pour protéger leurs
plantations contre les éléphants de forêt.

Les conflits entre les agriculteurs et les éléphants se sont multipliés ces dernières années dans la province de l'Ogooué-Ivindo.

Le chef de village de Kazamabika, Jean-Baptiste Ndong, affirme que les pachydermes ont détruit presque toutes ses bananeraies la
saison dernière.

Les clôtures, alimentées par des panneaux solaires, émettent une décharge légère qui repousse les animaux sans les blesser.

Des jeunes des villages ont été formés pour entretenir les clôtures et remplacer les fils endommagés.

Le programme prévoit aussi l'installation de ruches le long des champs, car les éléphants évitent les abeilles.

Selon les agents du parc, les premières clôtures posées l'an dernier ont réduit fortement les dégâts dans les champs protégés.

Les agriculteurs espèrent que le projet sera étendu aux villages situés le long de la route nationale.
"""),
        must_have=[
            "Des jeunes des villages ont été formés pour entretenir les clôtures et remplacer les fils endommagés.",
            "Le programme prévoit aussi l'installation de ruches le long des champs, car les éléphants évitent les abeilles.",
        ]),
    # Jeonbuk Ilbo (Jeonju, Korean): Yonhap copy, '(전주=연합뉴스) 이름 기자 = ' dateline with reporter.
    rec(cluster="jjan-yonhap-jeonju-zoo-bear-shelter", role="single", file="jeonbukilbo_yonhap_jeonju_zoo_ko.html", render="html",
        site=SITE_JB, title="전주동물원, 사육곰 보호시설 새로 열어…곰 4마리 이주",
        date="2024-05-23", dateline="(전주=연합뉴스) 정다운 기자 = ", city="Jeonju", country="KR", region="asia", lang="ko",
        agency="Yonhap", authors=["정다운"], section="사회", meta_section="사회",
        url="https://www.jjan.example.kr/article/20240523580123",
        description="농가에서 사육되던 반달가슴곰이 새 보금자리를 찾았다.",
        published="2024-05-23T14:07:00+09:00",
        ld_author=[{"@type": "Organization", "name": "연합뉴스"}],
        byline_lines=["연합뉴스"], date_lines=["입력 2024.05.23 14:07"],
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "전주수목원 봄꽃 축제 관람객 북적")]},
        end_lines=["저작권자 \u00a9 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지"],
        lists=[("많이 본 뉴스", ["군산 새만금 철새 도래 늘어", "익산 유기견 입양센터 개소"])],
        paras=P("""
전북 전주동물원이 농가에서 사육되던 반달가슴곰을 보호하기 위한 시설을 새로 열었다.

전주시는 23일 동물원 안에 약 2천500㎡ 규모의 곰 보호시설을 완공하고 곰 4마리를 옮겼다고 밝혔다.

이 곰들은 웅담 채취를 위해 농가에서 길러지다 사육 금지 정책에 따라 구조됐다.

보호시설에는 나무와 연못, 동굴 형태의 쉼터가 마련돼 곰들이 자연에 가까운 환경에서 지낼 수 있다.

동물원 수의사들은 곰들의 건강 상태를 매일 확인하고 있으며 영양 상태가 좋지 않은 곰에게는 특별 사료를 주고 있다.

관람객은 정해진 관찰로에서만 곰을 볼 수 있고 먹이를 주는 행위는 금지된다.

전주시 관계자는 곰들이 새 환경에 적응하는 데 몇 달이 걸릴 것으로 보인다며 관람객들의 협조를 당부했다.

시는 앞으로 보호시설의 운영 과정을 시민들에게 알리는 생태 교육 프로그램도 운영할 계획이다.

동물보호단체들은 이번 시설이 남은 사육곰 문제를 해결하는 계기가 되기를 바란다고 밝혔다.

전국 농가에는 아직 수백 마리의 사육곰이 남아 있는 것으로 알려졌다.

전주동물원은 2025년 이후 곰 보호시설을 추가로 확장해 더 많은 곰을 받을 수 있도록 준비하고 있다. 동물원 측은 시민들이 곰의 생활을 이해할 수 있도록 안내판과 해설 프로그램을 함께 운영하겠다고 밝혔다. 관람 시간은 오전 9시부터 오후 6시까지다.

정부는 이들 곰을 보호할 시설을 추가로 마련하기 위해 지방자치단체와 협의하고 있다.
"""),
        must_have=[
            "이 곰들은 웅담 채취를 위해 농가에서 길러지다 사육 금지 정책에 따라 구조됐다.",
            "관람객은 정해진 관찰로에서만 곰을 볼 수 있고 먹이를 주는 행위는 금지된다.",
        ]),
    # Kreiszeitung (Syke, German): dpa copy, 'Diepholz (dpa/lni) - ' dateline, wolf fences for sheep.
    rec(cluster="kreiszeitung-dpa-diepholz-wolf-herd-protection", role="single", file="kreiszeitung_dpa_diepholz_wolf_de.html", render="html",
        site=SITE_KZ, title="Mehr Geld für Herdenschutz: Schäfer im Landkreis Diepholz rüsten gegen den Wolf auf",
        date="2024-03-19", dateline="Diepholz (dpa/lni) - ", city="Diepholz", country="DE", region="europe", lang="de",
        agency="dpa", section="Niedersachsen", meta_section="Niedersachsen",
        url="https://www.kreiszeitung.example.de/lokales/diepholz/herdenschutz-schaefer-wolf-93012345.html",
        description="Das Land fördert höhere Zäune und Herdenschutzhunde.",
        published="2024-03-19T12:34:00+01:00", modified="2024-03-19T15:02:00+01:00",
        byline_lines=["dpa"], date_lines=["Stand: 19.03.2024, 12:34 Uhr"],
        caption="Schafe hinter einem Elektrozaun in der Diepholzer Moorniederung.", credit="Sina Schuldt/dpa", credit_shown="\u00a9 Sina Schuldt/dpa",
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Auch interessant:", "Storchenpaar kehrt nach Barnstorf zurück")]},
        end_lines=["dpa-infocom GmbH"],
        paras=P("""
Nach mehreren Wolfsangriffen auf Schafherden im Landkreis Diepholz rüsten Schäfer ihre Weiden auf. Das Land Niedersachsen stockt
dafür die Förderung für den Herdenschutz auf, wie das Umweltministerium mitteilte.

Gefördert werden höhere Elektrozäune, Untergrabschutz und die Anschaffung von Herdenschutzhunden.

Im vergangenen Jahr wurden im Landkreis nach Angaben des Wolfsbüros mehr als 40 Nutztiere von Wölfen gerissen.

Der Schäfer Heiko Brüning aus der Moorniederung sagte, ohne Hilfe könnten sich kleine Betriebe den Schutz kaum leisten.

Seine Herde wird inzwischen von zwei Pyrenäenberghunden bewacht, die ständig bei den Schafen leben.

Die Schafe pflegen die Deiche und die Moorflächen, auf denen seltene Vögel brüten.

Naturschützer begrüßten die Förderung, weil sie Wolf und Weidetierhaltung gleichermaßen schütze.

Anträge können ab April bei der Landwirtschaftskammer gestellt werden.

Nach Angaben des Ministeriums leben in Niedersachsen inzwischen mehr als fünfzig Wolfsrudel, die meisten davon im Norden und Osten des Landes. Weidetierhalter, die trotz Schutzmaßnahmen Tiere verlieren, können außerdem eine Entschädigung beantragen. Der Landkreis will im Sommer eine Informationsveranstaltung für Schäfer und Hobbyhalter anbieten.
"""),
        must_have=[
            "Gefördert werden höhere Elektrozäune, Untergrabschutz und die Anschaffung von Herdenschutzhunden.",
            "Seine Herde wird inzwischen von zwei Pyrenäenberghunden bewacht, die ständig bei den Schafen leben.",
        ]),
    # Efimerida ton Syntakton (Greek): staff, byline in Greek, brown bear crossings at Florina.
    rec(cluster="efsyn-florina-bear-underpasses", role="single", file="efsyn_florina_arkoudes_el.html", render="html",
        site=SITE_EF, title="Φλώρινα: Νέες διαβάσεις για τις αρκούδες στην Εγνατία",
        date="2024-07-02", country="GR", region="europe", lang="el", authors=["Ελένη Παπαδοπούλου"],
        section="Περιβάλλον", meta_section="Περιβάλλον",
        url="https://www.efsyn.example.gr/ellada/periballon/432109_florina-nees-diabaseis-gia-tis-arkoydes",
        description="Οι περιβαλλοντικές οργανώσεις ζητούν μείωση του ορίου ταχύτητας.",
        published="2024-07-02T10:15:00+03:00",
        byline_lines=["Ελένη Παπαδοπούλου"], date_lines=["02.07.2024, 10:15"],
        caption="Καφέ αρκούδα καταγράφεται από κάμερα κοντά στον δρόμο.", credit="Αρκτούρος", credit_shown="ΦΩΤΟ: Αρκτούρος",
        inserts={2: [("ad", "Διαφήμιση")], 5: [("link", "Διαβάστε επίσης:", "Πρέσπες: Ρεκόρ φωλιών για τους αργυροπελεκάνους")]},
        tags=("Ετικέτες:", ["Αρκούδα", "Φλώρινα", "Άγρια ζωή"]),
        paras=P("""
Τρεις νέες υπόγειες διαβάσεις για την άγρια πανίδα κατασκευάζονται σε τμήμα του οδικού δικτύου κοντά στη Φλώρινα, όπου τα
τελευταία χρόνια έχουν σκοτωθεί αρκετές καφέ αρκούδες σε τροχαία.

Σύμφωνα με περιβαλλοντικές οργανώσεις, από το 2020 έχουν καταγραφεί περισσότερα από δεκαπέντε περιστατικά θανάτωσης αρκούδων
στην περιοχή.

Οι διαβάσεις θα συνδυαστούν με ειδική περίφραξη που θα οδηγεί τα ζώα κάτω από τον δρόμο.

Ο βιολόγος Νίκος Σταματίου εξήγησε ότι οι αρκούδες ακολουθούν κάθε χρόνο τις ίδιες διαδρομές ανάμεσα στα βουνά.

Κάμερες θα τοποθετηθούν σε κάθε διάβαση για να ελέγχεται αν τα ζώα τις χρησιμοποιούν.

Οι οργανώσεις ζητούν επίσης μείωση του ορίου ταχύτητας τις νυχτερινές ώρες και περισσότερες προειδοποιητικές πινακίδες.

Κάτοικοι των γύρω χωριών λένε ότι βλέπουν αρκούδες όλο και πιο συχνά κοντά στα σπίτια τους.

Τα έργα αναμένεται να ολοκληρωθούν μέχρι το τέλος του φθινοπώρου.

Οι περιβαλλοντικές οργανώσεις επισημαίνουν ότι ο πληθυσμός της καφέ αρκούδας στη βόρεια Ελλάδα αυξάνεται σταδιακά τα τελευταία χρόνια, γεγονός που κάνει τα μέτρα προστασίας ακόμη πιο αναγκαία. Ζητούν επίσης από τους οδηγούς να ενημερώνουν αμέσως τις αρχές όταν βλέπουν αρκούδα κοντά στον δρόμο.
"""),
        must_have=[
            "Οι διαβάσεις θα συνδυαστούν με ειδική περίφραξη που θα οδηγεί τα ζώα κάτω από τον δρόμο.",
            "Κάμερες θα τοποθετηθούν σε κάθε διάβαση για να ελέγχεται αν τα ζώα τις χρησιμοποιούν.",
        ]),
    # Jasper Fitzhugh (Alberta): staff, Village Media layout, caribou calves.
    rec(cluster="fitzhugh-jasper-caribou-breeding", role="single", file="jasperfitzhugh_caribou.html", render="html",
        site=SITE_JF, title="Caribou breeding centre near Jasper welcomes first animals",
        date="2025-03-06", country="CA", region="americas", lang="en", authors=["Owen Lachance"],
        section="Local News", meta_section="Local News",
        url="https://www.fitzhugh.example.ca/local-news/caribou-breeding-centre-welcomes-first-animals-9876543",
        description="The centre aims to rebuild herds in the park's south.",
        published="2025-03-06T16:30:00-07:00",
        byline_lines=["Owen Lachance", "Local Journalism Initiative Reporter"], date_lines=["Mar 6, 2025 4:30 PM"],
        caption="A caribou cow in the Tonquin Valley.", credit="Parks Canada", credit_shown="Parks Canada photo",
        inserts={2: [("ad", "Advertisement")], 5: [("box", "Related Stories", ["Jasper rebuild: town issues first permits"])]},
        author_box=["Owen Lachance's reporting is funded by the Canadian government through its Local Journalism Initiative."],
        paras=P("""
The first caribou have arrived at a conservation breeding centre near Jasper, part of a long-term plan to rebuild herds that have
almost disappeared from the southern part of the national park.

Parks Canada said six female caribou from a herd in northern British Columbia were moved to the centre in February.

The centre sits inside a fenced area of forest and meadow that keeps out wolves and other predators.

Calves born at the centre will be released into the Tonquin Valley and the Brazeau area once they are strong enough.

Ecologist Marie Thibodeau said the Maligne herd had already been lost, and the Tonquin herd had fallen to only a few dozen animals.

Members of several First Nations are advising the project and will help monitor the released animals.

The centre is closed to the public to avoid disturbing the caribou.

Parks Canada expects the first releases within three to four years.
"""),
        must_have=[
            "The centre sits inside a fenced area of forest and meadow that keeps out wolves and other predators.",
            "Members of several First Nations are advising the project and will help monitor the released animals.",
        ]),
    # Hutt News (Lower Hutt, NZ): staff, kiwi release in the Remutaka Forest Park.
    rec(cluster="huttnews-remutaka-kiwi-release", role="single", file="huttnews_remutaka_kiwi.html", render="html",
        site=SITE_HN, title="Twenty kiwi released into Remutaka Forest Park as trapping pays off",
        date="2024-04-17", country="NZ", region="oceania", lang="en", authors=["Aroha Pene"],
        section="Environment", meta_section="Environment",
        url="https://www.huttnews.example.co.nz/environment/twenty-kiwi-released-remutaka-forest-park",
        description="Volunteers have trapped stoats in the park for more than 15 years.",
        published="2024-04-17T13:00:00+12:00",
        byline_lines=["Aroha Pene", "Reporter"], date_lines=["17 April 2024, 1:00 pm"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Eastbourne bush track reopens after slips")]},
        newsletter_end=["Get the Hutt News newsletter in your inbox", "Sign up"],
        paras=P("""
Twenty North Island brown kiwi have been released into the Remutaka Forest Park, bringing the number of birds in the area to more
than 200.

The birds were hatched in the wild, raised in a predator-free creche and then returned to the forest once they weighed over a kilogram.

Volunteers from the local kiwi trust have checked thousands of traps for stoats, rats and feral cats in the park since 2006.

Trust chair Hemi Walker said kiwi chicks have little chance of surviving stoats until they reach that weight.

Iwi representatives blessed the birds before they were carried into the bush in boxes by local school children.

Each bird has a transmitter so rangers can track how it settles in.

Walker said the trust needed more volunteers to check trap lines, especially on weekdays.

Dog owners walking in the park are asked to keep their dogs on a lead, as one dog can kill many kiwi.
"""),
        must_have=[
            "The birds were hatched in the wild, raised in a predator-free creche and then returned to the forest once they weighed over a kilogram.",
            "Each bird has a transmitter so rangers can track how it settles in.",
        ]),
]


# ---- news-please and trafilatura JSON ------------------------------------------------

JSON_STORIES = [
    # news-please, Ghanaian Chronicle (Ghana): GNA copy, 'Damongo, Aug. 7, GNA - ' dateline.
    rec(cluster="ghanaianchronicle-gna-mole-park-elephants", role="single", file="newsplease_ghanaianchronicle_mole.json",
        render="newsplease", title="Mole National Park records rise in elephant numbers",
        date="2024-08-07", dateline="Damongo, Aug. 7, GNA - ", city="Damongo", country="GH", region="africa", lang="en",
        agency="GNA", authors=["Iddrisu Mahama"],
        url="https://thechronicle.example.com.gh/mole-national-park-records-rise-in-elephant-numbers/",
        source_domain="thechronicle.example.com.gh",
        description="Park managers credit improved patrols for the increase.",
        np_authors=["Ghanaian Chronicle"], np_publish="2024-08-07 10:15:00", np_download="2024-08-08 06:40:12",
        head_lines=["By Iddrisu Mahama, GNA", "August 7, 2024"],
        inserts={2: ["Advertisement"], 5: ["READ ALSO: Kakum canopy walkway to close for maintenance"]},
        tail_lines=["GNA", "Share this:", "Facebook", "WhatsApp", "Like this:", "Loading...", "Related", "Leave a Reply", "Cancel reply", "Latest News", "\u00a9 2024 The Ghanaian Chronicle"],
        paras=P("""
The number of elephants in the Mole National Park has increased to about 900, according to the park's latest aerial and ground survey.

Mr Yakubu Salifu, the Park Manager, told the Ghana News Agency that improved patrols and community support had reduced poaching.

He said rangers now patrol the park on motorbikes and on foot, with help from volunteers from fringe communities.

Mr Salifu said the park had recorded no elephant killed by poachers in the past two years.

He said conflicts between elephants and farmers living near the park remained a challenge, especially during the harvest season.

The management has dug water points inside the park to keep animals away from farms in the dry season.

Mr Salifu urged tourists to follow the instructions of guides when they go on walking safaris.

He said the number of visitors to the park had also increased, with many coming from Accra and Kumasi during holidays.
"""),
        must_have=[
            "He said rangers now patrol the park on motorbikes and on foot, with help from volunteers from fringe communities.",
            "The management has dug water points inside the park to keep animals away from farms in the dry season.",
        ]),
    # news-please, Gooi- en Eemlander (Hilversum, Dutch): staff, heath sheep herd.
    rec(cluster="gooieneemlander-heide-schaapskudde", role="single", file="newsplease_gooieneemlander_schaapskudde_nl.json",
        render="newsplease", title="Schaapskudde op de Gooise heide krijgt nieuwe herder en tweehonderd lammeren",
        date="2024-04-25", country="NL", region="europe", lang="nl", authors=["Marloes van Dijk"],
        url="https://www.gooieneemlander.example.nl/gooi-en-vechtstreek/schaapskudde-krijgt-nieuwe-herder~a1234567/",
        source_domain="www.gooieneemlander.example.nl",
        description="De kudde houdt de heide open voor zeldzame planten en insecten.",
        np_authors=["Marloes van Dijk"], np_publish="2024-04-25 07:00:00", np_download="2024-04-25 11:22:09",
        head_lines=["Marloes van Dijk", "25 apr. 2024", "Leestijd 2 minuten"],
        inserts={2: ["Advertentie"], 5: ["Lees ook: Boommarter gespot in bos bij Laren"]},
        tail_lines=["Delen", "Facebook", "WhatsApp", "Reageer", "Meer over", "Natuur", "Hilversum", "Mis niks: ontvang onze nieuwsbrief", "Meest gelezen", "\u00a9 2024 Mediahuis Nederland"],
        paras=P("""
De schaapskudde die de heide tussen Hilversum en Bussum begraast, heeft een nieuwe herder. Tegelijk zijn dit voorjaar ruim
tweehonderd lammeren geboren in de schaapskooi.

Herder Joost Brouwer neemt het werk over van zijn voorganger, die na dertig jaar met pensioen is gegaan.

De kudde van ruim vierhonderd Drentse heideschapen trekt elke dag over de heide en eet jonge berken en grassen weg.

Zonder de schapen zou de heide binnen enkele jaren dichtgroeien, zegt boswachter Sanne Kuipers.

Op de open heide leven zeldzame insecten, zoals de heidesabelsprinkhaan en verschillende soorten wilde bijen.

Bezoekers kunnen in het weekend de lammeren bekijken in de schaapskooi, waar ook een kleine tentoonstelling over het herdersleven is.

Brouwer vraagt wandelaars hun honden aan de lijn te houden als de kudde in de buurt is.

In juni worden de schapen geschoren tijdens een open dag voor het publiek.

Dan laat de herder ook zien hoe zijn honden de kudde over de heide leiden, en kunnen kinderen wol leren spinnen.
"""),
        must_have=[
            "De kudde van ruim vierhonderd Drentse heideschapen trekt elke dag over de heide en eet jonge berken en grassen weg.",
            "Op de open heide leven zeldzame insecten, zoals de heidesabelsprinkhaan en verschillende soorten wilde bijen.",
        ]),
    # news-please, La Sentinella del Canavese (Ivrea, Italian): staff, ibex count in the Valle Orco.
    rec(cluster="sentinella-ceresole-stambecchi", role="single", file="newsplease_sentinella_stambecchi_it.json",
        render="newsplease", title="Stambecchi, censimento in Valle Orco: i capretti sono in aumento",
        date="2024-09-12", country="IT", region="europe", lang="it", authors=["Federica Chiono"],
        url="https://www.lasentinella.example.it/canavese/2024/09/12/news/stambecchi-censimento-valle-orco-12345678/",
        source_domain="www.lasentinella.example.it",
        description="I guardaparco hanno contato oltre 600 animali nel versante piemontese.",
        np_authors=["Federica Chiono"], np_publish="2024-09-12 05:30:00", np_download="2024-09-12 09:15:03",
        head_lines=["di Federica Chiono", "12 Settembre 2024"],
        inserts={2: ["Pubblicità"], 5: ["Leggi anche: Ivrea, al parco della Polveriera arrivano le cassette nido"]},
        tail_lines=["Riproduzione riservata \u00a9 2024 La Sentinella del Canavese", "Condividi", "Facebook", "WhatsApp", "Commenta", "I più letti", "Iscriviti alla newsletter", "Abbonati", "Scarica la nostra app", "Necrologie", "Gruppo SAE"],
        paras=P("""
Il censimento estivo degli stambecchi nella Valle Orco, sul versante piemontese del Parco nazionale Gran Paradiso, ha contato più
di seicento animali, con un numero di capretti superiore a quello degli ultimi anni.

I guardaparco hanno percorso per tre giorni i sentieri tra Ceresole Reale e il colle del Nivolet, dividendo la valle in settori.

Secondo il responsabile del servizio di sorveglianza, Marco Perotti, la buona quantità di neve dell'inverno ha favorito l'erba
nei pascoli d'alta quota.

Negli ultimi vent'anni la popolazione di stambecchi del parco era diminuita, soprattutto per la scarsa sopravvivenza dei piccoli.

I dati raccolti in Valle Orco saranno confrontati con quelli delle valli valdostane del parco.

Perotti ha ricordato agli escursionisti di non avvicinarsi agli animali e di non offrire cibo.

Il parco organizza in autunno serate pubbliche a Ceresole Reale per presentare i risultati del censimento.

Gli incontri sono aperti a tutti e si terranno nella sala del Comune, con la proiezione di fotografie e filmati raccolti durante l'estate dai guardaparco.
"""),
        must_have=[
            "I guardaparco hanno percorso per tre giorni i sentieri tra Ceresole Reale e il colle del Nivolet, dividendo la valle in settori.",
            "I dati raccolti in Valle Orco saranno confrontati con quelli delle valli valdostane del parco.",
        ]),
    # trafilatura, HabariLeo (Tanzania, Swahili): staff, 'Na X, Arusha' byline, giraffes.
    rec(cluster="habarileo-arusha-twiga-sensa", role="single", file="trafilatura_habarileo_twiga_sw.json",
        render="trafilatura", title="Idadi ya twiga yaongezeka katika Hifadhi ya Taifa Arusha",
        date="2024-06-11", country="TZ", region="africa", lang="sw", authors=["Neema Mollel"], section="Habari",
        url="https://habarileo.example.co.tz/idadi-ya-twiga-yaongezeka-hifadhi-ya-taifa-arusha/",
        hostname="habarileo.example.co.tz", source_hostname="HabariLeo",
        description="Sensa ya wanyamapori imeonyesha ongezeko la twiga.",
        tf_author="Neema Mollel", tf_date="2024-06-11", tf_language="sw", categories="Habari;Mazingira",
        head_lines=["Na Neema Mollel, Arusha", "Juni 11, 2024"],
        inserts={2: ["Tangazo"], 5: ["Soma Pia: Wanafunzi wapanda miti elfu tano Moshi"]},
        tail_lines=["Shiriki", "Facebook", "WhatsApp", "Twitter", "Habari Zinazohusiana", "Habari Mpya", "Jiunge na chaneli yetu ya WhatsApp", "Maoni", "Acha Maoni", "Matangazo", "\u00a9 2024 HabariLeo. Haki zote zimehifadhiwa."],
        paras=P("""
Idadi ya twiga katika Hifadhi ya Taifa Arusha imeongezeka kutoka 180 mwaka 2020 hadi zaidi ya 260 mwaka huu, kwa mujibu wa sensa
ya wanyamapori iliyofanyika mwezi uliopita.

Mhifadhi wa hifadhi hiyo, Bwana Emmanuel Laizer, alisema ongezeko hilo limetokana na kupungua kwa ujangili na ulinzi bora wa
maeneo ya malisho.

Alisema askari wa hifadhi wanafanya doria kila siku kwa kushirikiana na wananchi wa vijiji vinavyozunguka hifadhi.

Sensa hiyo pia ilihesabu nyati, pundamilia, tembo na aina mbalimbali za ndege wanaoishi kwenye maziwa ya Momela.

Bwana Laizer alisema watalii wa ndani wameongezeka, hasa wanafunzi wanaotembelea hifadhi kwa ziara za kimasomo.

Aliwaomba wananchi kuacha kukata miti kwenye mipaka ya hifadhi kwa sababu twiga hutegemea majani ya miti ya migunga.

Hifadhi ya Taifa Arusha iko karibu na mji wa Arusha na inajulikana kwa mandhari ya Mlima Meru.

Uongozi wa hifadhi umepanga kujenga vituo vipya vya kuangalia wanyama kabla ya msimu wa watalii.

Wageni wanashauriwa kufuata maelekezo ya waongoza watalii na kutoshuka kwenye magari karibu na wanyama.
"""),
        must_have=[
            "Alisema askari wa hifadhi wanafanya doria kila siku kwa kushirikiana na wananchi wa vijiji vinavyozunguka hifadhi.",
            "Sensa hiyo pia ilihesabu nyati, pundamilia, tembo na aina mbalimbali za ndege wanaoishi kwenye maziwa ya Momela.",
        ]),
    # trafilatura, Centralian Advocate (Alice Springs, NT): staff, News Corp layout, budgerigars.
    rec(cluster="centralianadvocate-budgerigar-flocks", role="single", file="trafilatura_centralianadvocate_budgies.json",
        render="trafilatura", title="Huge budgerigar flocks fill the skies around Alice Springs after big rains",
        date="2024-05-02", country="AU", region="oceania", lang="en", authors=["Bridget Kaye"], section="News",
        url="https://www.centralianadvocate.example.com.au/news/huge-budgerigar-flocks-fill-the-skies/news-story/4f8e2a1b",
        hostname="www.centralianadvocate.example.com.au", source_hostname="Centralian Advocate",
        description="Birdwatchers say it is the biggest boom in a decade.",
        tf_author="Bridget Kaye", tf_date="2024-05-02", tf_language="en", categories="News;Environment",
        head_lines=["Bridget Kaye", "2 min read", "May 2, 2024 - 11:30AM"],
        inserts={2: ["Advertisement"], 5: ["MORE NEWS: Desert Park welcomes bilby joeys"]},
        tail_lines=["Join the conversation", "Share this article", "Facebook", "X", "Email", "More Coverage", "Sign up to the NT News newsletter", "Trending", "Subscribe to the Centralian Advocate", "\u00a9 2024 Nationwide News Pty Ltd"],
        paras=P("""
Massive flocks of wild budgerigars have been seen around Alice Springs in recent weeks, after summer rains turned the desert green.

Birdwatchers say flocks of several thousand birds have been feeding on grass seed along the Stuart Highway and near the MacDonnell Ranges.

Local bird guide Pete Tranter said he had not seen so many budgerigars in one season in more than ten years.

Wild budgies are smaller than pet birds and are always green and yellow, he said.

The birds breed quickly after rain, nesting in hollows of river red gums along dry creek beds.

Tranter said the boom also brought predators, with falcons and hawks following the flocks.

Drivers on outback roads are being asked to slow down, as low flying flocks often cross the highway.

Visitors to the Alice Springs Desert Park can see the flocks from the walking trails in the early morning.

Tranter said the flocks would likely move on once the grass seed runs out later in winter.
"""),
        must_have=[
            "The birds breed quickly after rain, nesting in hollows of river red gums along dry creek beds.",
            "Drivers on outback roads are being asked to slow down, as low flying flocks often cross the highway.",
        ]),
    # trafilatura, Kviris Palitra (Georgia, Georgian): staff, Batumi raptor migration.
    rec(cluster="kvirispalitra-batumi-raptor-migration", role="single", file="trafilatura_kvirispalitra_batumi_frinvelebi_ka.json",
        render="trafilatura", title="ბათუმის ზემოთ შემოდგომაზე მილიონზე მეტი მტაცებელი ფრინველი გადაფრინდა",
        date="2024-10-22", country="GE", region="asia", lang="ka", authors=["ნინო ბერიძე"], section="საზოგადოება",
        url="https://kvirispalitra.example.ge/article/98765-batumis-zemot-frinvelebi/",
        hostname="kvirispalitra.example.ge", source_hostname="კვირის პალიტრა",
        description="ფრინველების დათვლაში მოხალისეები მთელი მსოფლიოდან მონაწილეობენ.",
        tf_author="ნინო ბერიძე", tf_date="2024-10-22", tf_language="ka", categories="საზოგადოება;ბუნება",
        head_lines=["ავტორი: ნინო ბერიძე", "22 ოქტომბერი, 2024"],
        inserts={2: ["რეკლამა"], 5: ["ასევე წაიკითხეთ: მაჭახელას ეროვნულ პარკში დათვი დააფიქსირეს"]},
        tail_lines=["გააზიარეთ", "Facebook", "Twitter", "მსგავსი სიახლეები", "ყველაზე კითხვადი", "გამოიწერეთ ჩვენი სიახლეები", "კომენტარები", "ბოლო სიახლეები", "ტეგები:", "ბუნება", "\u00a9 2024 კვირის პალიტრა. ყველა უფლება დაცულია."],
        paras=P("""
ბათუმის მახლობლად მთებზე ამ შემოდგომაზე მილიონზე მეტი მტაცებელი ფრინველი გადაფრინდა სამხრეთის მიმართულებით.

ფრინველებს ყოველდღე ითვლიან ორნიტოლოგები და მოხალისეები, რომლებიც სოფელ სახალვაშოს და შუამთის დაკვირვების პუნქტებზე დგანან.

დათვლის კოორდინატორის, გიორგი ხალვაშის თქმით, ყველაზე მრავალრიცხოვანი სახეობა ისევ ჩვეულებრივი კირკიტა იყო.

მისი თქმით, ზღვასა და მთებს შორის ვიწრო ზოლი ფრინველებს გადაფრენისთვის მოსახერხებელ გზას უქმნის.

დათვლაში მონაწილეობდნენ მოხალისეები ევროპიდან, ამერიკიდან და საქართველოს სხვა ქალაქებიდან.

ადგილობრივი ოჯახები სტუმრებს საცხოვრებელს და კვებას სთავაზობენ, რაც სოფლისთვის დამატებითი შემოსავალია.

ხალვაშის თქმით, წლების წინ აქ ფრინველებზე ნადირობა ხდებოდა, თუმცა ახლა ადგილობრივები მათ დაცვაში მონაწილეობენ.

დამკვირვებლები სკოლის მოსწავლეებს ფრინველების ამოცნობას ასწავლიან და სპეციალურ ექსკურსიებს უწყობენ.

დათვლა ოქტომბრის ბოლომდე გაგრძელდება, შედეგები კი ზამთარში გამოქვეყნდება.

ორნიტოლოგები ვარაუდობენ, რომ წლევანდელი მაჩვენებელი ბოლო ათწლეულის ერთ-ერთი საუკეთესო იქნება.

მოხალისეები ყოველ დილით ადრე იკრიბებიან და დაკვირვებას მზის ჩასვლამდე აგრძელებენ.

ტურისტებს შეუძლიათ დაკვირვების პუნქტებს ეწვიონ და ფრინველების დათვლას უყურონ.

ორგანიზატორები იმედოვნებენ, რომ მომავალ წელს მოხალისეების რიცხვი კიდევ გაიზრდება. მათი თქმით, ბათუმის მიდამოები მსოფლიოში ერთ-ერთი ყველაზე მნიშვნელოვანი ადგილია მტაცებელი ფრინველების გადაფრენისთვის და ამ ადგილის დაცვა ყველას საერთო საქმეა.
"""),
        must_have=[
            "დათვლაში მონაწილეობდნენ მოხალისეები ევროპიდან, ამერიკიდან და საქართველოს სხვა ქალაქებიდან.",
            "ადგილობრივი ოჯახები სტუმრებს საცხოვრებელს და კვებას სთავაზობენ, რაც სოფლისთვის დამატებითი შემოსავალია.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_TGI = site("The Garden Island", "https://www.thegardenisland.example.com", " | The Garden Island", "en_US", "@gardenisland",
                ["News", "Sports", "Business", "Lifestyles", "Obituaries"],
                ["\u00a9 2025 The Garden Island", "Contact Us", "Privacy Policy"], share=["Share", "Facebook", "Email"],
                top=["Subscribe", "Log In"])

JSONL_STORIES = [
    # newsbeam text shape: the BelTA story on Intex-press (Baranovichi) (syndicated member of the BelTA cluster).
    dict(BLT, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.intex-press.example.by/2025/02/18/v-belovezhskoj-pushhe-naschitali-bolee-tysyachi-zubrov/",
         nb_published="2025-02-18T09:30:00Z", outlet="Intex-press", nb_authors=["БЕЛТА"],
         head_lines=["18 февраля 2025 в 12:30", "Общество"],
         tail_lines=["По материалам БЕЛТА", "Поделиться", "Telegram", "Viber", "Комментарии", "Новости Барановичей", "Подписывайтесь на Intex-press в Telegram", "Смотрите также", "Самое популярное", "Реклама на сайте", "Пишите нам в Viber", "Оцените материал", "Версия для печати", "\u00a9 Intex-press, 2025"]),
    # news-please shape: the IRNA story on Ettelaat (syndicated member of the IRNA cluster).
    dict(IRN, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.ettelaat.example.com/fa/news/654321/",
         source_domain="www.ettelaat.example.com",
         np_authors=["ایرنا"], np_publish="2024-12-09 14:40:00", np_download="2024-12-09 20:11:05",
         head_lines=["۱۹ آذر ۱۴۰۳ - ۱۴:۴۰", "کد خبر: ۶۵۴۳۲۱"],
         tail_lines=["منبع: خبرگزاری ایرنا", "اشتراک گذاری", "تلگرام", "واتس‌اپ", "نظر شما", "اخبار مرتبط", "پربیننده‌ترین", "آخرین اخبار", "دریافت اپلیکیشن", "برچسب‌ها:", "محیط زیست", "حیات وحش", "کلیه حقوق این سایت متعلق به روزنامه اطلاعات است."]),
    # newsbeam html shape: The Garden Island (Kauai): staff, nene geese and golf courses.
    rec(cluster="gardenisland-kauai-nene-crossings", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_TGI, title="Nene nesting season brings road warnings across Kauai",
        date="2024-12-03", country="US", region="americas", lang="en", authors=["Keoni Kahale"],
        section="News", meta_section="News",
        url="https://www.thegardenisland.example.com/2024/12/03/hawaii-news/nene-nesting-season-brings-road-warnings/",
        description="State officials ask drivers to slow down near golf courses and wetlands.",
        published="2024-12-03T00:05:00-10:00",
        nb_published="2024-12-03T10:05:00Z", outlet="The Garden Island", nb_authors=["Keoni Kahale"],
        byline_lines=["By Keoni Kahale The Garden Island"], date_lines=["Tuesday, December 3, 2024 12:05 a.m."],
        caption="A pair of nene walk along the edge of a road near Hanalei.", credit="Keoni Kahale/The Garden Island",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "Kauai Humane Society hosts holiday adoption event")]},
        author_box=["Keoni Kahale, reporter, can be reached at kkahale@thegardenisland.com."],
        paras=P("""
State wildlife officials are asking Kauai drivers to slow down as the nene, Hawaii's state bird, begins its nesting season.

The geese nest from October to March and often walk their goslings across roads near golf courses, pastures and wetlands.

Biologist Leilani Fernandez said at least a dozen nene were hit by cars on Kauai last season.

Yellow signs warning of nene crossings have been put up along Kuhio Highway near Hanalei and on roads around Lihue.

Kauai has the largest population of nene in the state, with more than 1,500 birds.

Fernandez said people should never feed the geese, because it teaches them to approach cars and people.

The species came close to extinction in the 1950s, when fewer than 30 birds were left in the wild.

Residents who find an injured nene are asked to call the state wildlife office instead of trying to catch it.

Golf course managers have also agreed to mark nesting areas with small flags so that players keep their distance.
"""),
        must_have=[
            "The geese nest from October to March and often walk their goslings across roads near golf courses, pastures and wetlands.",
            "Fernandez said people should never feed the geese, because it teaches them to approach cars and people.",
        ]),
    # trafilatura shape: the Agência Brasil story on Campo Grande News (syndicated member of the Agência Brasil cluster).
    dict(ABR, role="syndicated", file=JSONL_B, render="trafilatura", section="Meio Ambiente",
         url="https://www.campograndenews.example.com.br/meio-ambiente/censo-aponta-aumento-de-araras-azuis-no-pantanal",
         hostname="www.campograndenews.example.com.br", source_hostname="Campo Grande News",
         tf_author="Luciana Bittencourt", tf_date="2024-11-21", tf_language="pt", categories="Meio Ambiente;Pantanal",
         head_lines=["Luciana Bittencourt, da Agência Brasil", "21/11/2024 17:30"],
         tail_lines=["Edição: Rodrigo Mattos", "Compartilhar", "Facebook", "WhatsApp", "Receba as principais notícias do dia no WhatsApp", "Leia Também", "Mais Lidas", "Comentários", "Assine a newsletter", "Siga o Campo Grande News no Instagram", "Anuncie", "Expediente", "\u00a9 2024 Campo Grande News"]),
    # news-please shape: The Islander (Kangaroo Island, SA): staff, glossy black-cockatoo count.
    rec(cluster="islander-kangaroo-island-glossy-cockatoos", role="single", file=JSONL_B, render="newsplease",
        title="Glossy black-cockatoo count on Kangaroo Island shows recovery after fires",
        date="2024-09-18", country="AU", region="oceania", lang="en", authors=["Tahlia Greenslade"],
        url="https://www.theislanderonline.example.com.au/story/8791234/glossy-black-cockatoo-count-shows-recovery/",
        source_domain="www.theislanderonline.example.com.au",
        description="Volunteers counted more than 450 birds in the annual census.",
        np_authors=["Tahlia Greenslade"], np_publish="2024-09-18 16:00:00", np_download="2024-09-19 02:14:51",
        head_lines=["Tahlia Greenslade", "September 18 2024 - 4:00pm"],
        inserts={2: ["Advertisement"], 5: ["READ MORE: Penneshaw penguin tours return for spring"]},
        tail_lines=["Tahlia Greenslade is a journalist at The Islander.", "Share", "Facebook", "Email", "Get the latest Kangaroo Island news in your inbox", "Sign up for our newsletter to stay up to date.", "More from Local News", "Advertisement", "Subscribe now for unlimited access.", "We care about the protection of your data.", "\u00a9 2024 Australian Community Media"],
        paras=P("""
The number of glossy black-cockatoos on Kangaroo Island has climbed back above 450, the annual census has found.

More than 60 volunteers and rangers spent a weekend watching waterholes and feeding areas across the island at dusk.

Recovery team member Karen Whitby said the result was a relief after the 2019-20 bushfires burnt much of the birds' habitat.

The cockatoos feed almost only on the seeds of drooping sheoak trees, and many of those trees were lost in the fires.

Landholders and school groups have planted thousands of sheoak seedlings across the island since the fires.

Ms Whitby said metal collars fitted around nesting trees stop possums from climbing up and eating the eggs.

Each pair raises only one chick a year, so the population grows slowly.

Volunteers for next year's census can register with the recovery program.

The recovery team also hopes to count birds on private farmland in the west of the island, where some flocks have been seen feeding for the first time in years.
"""),
        must_have=[
            "The cockatoos feed almost only on the seeds of drooping sheoak trees, and many of those trees were lost in the fires.",
            "Ms Whitby said metal collars fitted around nesting trees stop possums from climbing up and eating the eggs.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventy-eighth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Brestskaya Gazeta '18.02.2025' with the BelTA dateline "
    "'18 февраля' and Intex-press '18 февраля 2025' (crawler stamp 09:30Z, the same day); Fararu '۱۹ آذر ۱۴۰۳' (Persian "
    "solar calendar and digits = 9 December 2024) and Ettelaat the same; Diário do Grande ABC '21/11/2024' (day first) and "
    "Campo Grande News '21/11/2024'; Estes Park Trail-Gazette 'PUBLISHED: September 27, 2024' (both copies); Kenya Times "
    "'March 4, 2025' and the KNA dateline 'Mar 4'; Ethiopian Reporter 'November 16, 2024'; Deshabhimani prints only "
    "'Updated: Wednesday Jan 22, 2025 10:45 PM', the only date on the page, so the date is 2025-01-22; Kashmir Reader "
    "'Published on November 12, 2024' with the KNO dateline 'Nov 12'; Hexham Courant '10 October 2024'; Kentish Gazette "
    "'05:00, 05 June 2024'; Great Lakes Advocate 'January 14 2025'; Chiang Mai Citylife '28/01/2025' (day first); Kaltim Post "
    "'Selasa, 13 Agustus 2024'; Assarih 'الخميس 30 جانفي 2025' ('جانفي' is the Maghreb name of January); Gabonactu '8 "
    "octobre 2024'; Jeonbuk Ilbo '입력 2024.05.23' ('입력' = published); Kreiszeitung 'Stand: 19.03.2024, 12:34 Uhr' (the "
    "modified time is the same day); Efimerida ton Syntakton '02.07.2024'; Jasper Fitzhugh 'Mar 6, 2025'; Hutt News '17 "
    "April 2024'; Ghanaian Chronicle 'August 7, 2024' (news-please's date_download on 8 August is the crawl); Gooi- en "
    "Eemlander '25 apr. 2024'; La Sentinella del Canavese '12 Settembre 2024'; HabariLeo 'Juni 11, 2024'; Centralian "
    "Advocate 'May 2, 2024'; Kviris Palitra '22 ოქტომბერი, 2024'; The Garden Island 'Tuesday, December 3, 2024 12:05 a.m.' "
    "(HST, -10:00; the crawler's 10:05Z is the same day); The Islander 'September 18 2024' (ACST; news-please's download on "
    "the 19th is the crawl)",
    "dateline_city": "'БРЕСТ, 18 февраля (БЕЛТА) – ' -> 'Brest' (Belarus; both BelTA copies); 'گرگان- ایرنا- ' -> 'Gorgan' "
    "(the GeoNames name without its transliteration mark, as dev_set67, dev_set70 and dev_set78 label Arabic-script datelines ('Aswan'); both IRNA copies); 'NAKURU, Mar 4 (KNA) – ' -> 'Nakuru'; 'Srinagar, Nov 12 (KNO): ' -> 'Srinagar'; 'بنزرت (وات) - ' -> "
    "'Bizerte' (the Ichkeul park is in Bizerte governorate and TAP datelines it from the governorate seat); '(전주=연합뉴스) "
    "정다운 기자 = ' -> 'Jeonju' (Yonhap puts the place and the reporter inside the brackets); 'Diepholz (dpa/lni) - ' -> "
    "'Diepholz'; 'Damongo, Aug. 7, GNA - ' -> 'Damongo'. A place in a byline line (HabariLeo 'Na Neema Mollel, Arusha') is the "
    "reporter's location, not a dateline: city null and the country of the story. Agência Brasil prints no dateline. All "
    "other records have no dateline",
    "country": "Intex-press (Baranovichi) carries the Brest BelTA story (BY); Ettelaat (Tehran) carries the Gorgan IRNA story "
    "(IR); Diário do Grande ABC (São Paulo) and Campo Grande News carry the Pantanal Agência Brasil story (BR); Kentish Gazette "
    "and Hexham Courant are in England (GB); The Garden Island is on Kauai, Hawaii (US, americas); Georgia is asia by UN M49; "
    "Tunisia africa",
    "agency": "Brestskaya Gazeta and Intex-press carry BelTA ('(БЕЛТА)' dateline, 'Источник: БЕЛТА', 'По материалам БЕЛТА'); "
    "Fararu and Ettelaat carry IRNA ('ایرنا' dateline, 'منبع: ایرنا'); Diário do Grande ABC and Campo Grande News carry "
    "Agência Brasil ('Da Agência Brasil', 'da Agência Brasil'); The Kenya Times carries KNA (the Kenya News Agency: dateline, "
    "'(KNA)'); Kashmir Reader carries KNO (Kashmir News Observer, a news agency: dateline, '(KNO)'); Assarih carries TAP "
    "('(وات)' is the Arabic name of Tunis Afrique Presse); Jeonbuk Ilbo carries Yonhap ('연합뉴스' dateline, byline and "
    "copyright line); Kreiszeitung carries dpa ('(dpa/lni)' dateline, 'dpa' byline; lni is dpa's Lower Saxony service); the "
    "Ghanaian Chronicle carries GNA (the Ghana News Agency: dateline, 'By Iddrisu Mahama, GNA'). A photo credit ('Sina "
    "Schuldt/dpa') does not make a story agency copy, but Kreiszeitung's text is dpa's anyway. All other records are staff "
    "copy",
    "authors": "Estes Park Trail-Gazette 'By Maren Whitlock | mwhitlock@eptrail.com | Estes Park Trail-Gazette' -> 'Maren "
    "Whitlock' (both copies); Agência Brasil 'Luciana Bittencourt' (both copies; 'Da Agência Brasil' is the wire); Kenya "
    "Times 'By Wanjiru Macharia' (a KNA writer); Kashmir Reader names no writer (the byline 'Kashmir Reader' is the desk); "
    "Hexham Courant 'By Callum Ridley' ('Reporter' is a role line); Kentish Gazette 'By Harriet Oduya and Sam Pettifer' -> "
    "both; Great Lakes Advocate 'Jasmine Courtney'; Chiang Mai Citylife 'Written by Noppadol Kaewmanee, staff writer' -> "
    "'Noppadol Kaewmanee'; Kaltim Post 'Penulis: Dian Ramadhani' ('Editor: Redaksi Kaltim Post' is a desk, not a person); "
    "Yonhap '정다운 기자' in the dateline -> '정다운'; Gabonactu 'Par Arsène Mboumba'; Efimerida ton Syntakton 'Ελένη "
    "Παπαδοπούλου' in Greek script; Jasper Fitzhugh 'Owen Lachance' ('Local Journalism Initiative Reporter' is a role); Hutt "
    "News 'Aroha Pene'; Ghanaian Chronicle 'By Iddrisu Mahama, GNA' -> 'Iddrisu Mahama'; Gooi- en Eemlander 'Marloes van "
    "Dijk'; La Sentinella 'di Federica Chiono' -> 'Federica Chiono'; HabariLeo 'Na Neema Mollel, Arusha' ('Na' = 'by'); "
    "Centralian Advocate 'Bridget Kaye'; Kviris Palitra 'ავტორი: ნინო ბერიძე' ('ავტორი' = 'author'); The Garden Island 'By "
    "Keoni Kahale The Garden Island' -> 'Keoni Kahale'; The Islander 'Tahlia Greenslade'. Desk and agency bylines ('By "
    "Reporter Staff', 'സ്വന്തം ലേഖകൻ' = 'own correspondent', 'الصريح أونلاين', 'dpa', 'کد خبر', news-please's 'ایرنا' and "
    "'Ghanaian Chronicle', the crawler's 'БЕЛТА') are not authors; BelTA, IRNA, Ethiopian Reporter, Deshabhimani, Kashmir "
    "Reader, Assarih and Kreiszeitung name no writer",
    "editors": "Agência Brasil's 'Edição: Rodrigo Mattos' names the story's editor (the Portuguese form of 'Editado por'), so "
    "both Agência Brasil records have editors ['Rodrigo Mattos']. Kaltim Post's 'Editor: Redaksi Kaltim Post' names the "
    "newsroom, not a person: editors empty, and the '(dra/rdh)' initials name no one. No other record names an editor",
    "caption_credit": "credits without their wrapper: Estes Park Trail-Gazette '(Dale Hegarty/Trail-Gazette)' -> 'Dale "
    "Hegarty/Trail-Gazette' (both copies); Gabonactu 'Crédit photo : ANPN' -> 'ANPN'; Kreiszeitung '\u00a9 Sina Schuldt/dpa' -> "
    "'Sina Schuldt/dpa'; Efimerida ton Syntakton 'ΦΩΤΟ: Αρκτούρος' -> 'Αρκτούρος'; Jasper Fitzhugh 'Parks Canada photo' -> "
    "'Parks Canada'; The Garden Island 'Keoni Kahale/The Garden Island' as printed. Brestskaya Gazeta's 'Фото: архив' stands "
    "alone with no caption or picture in the scrape: chrome, caption and credit null. Records without a photo caption have "
    "caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Fararu 'محیط زیست' (environment), Diário do "
    "Grande ABC 'Nacional', Assarih 'جهات' (regions), Gabonactu 'Environnement', Jeonbuk Ilbo '사회' (society), Kreiszeitung "
    "'Niedersachsen', Efimerida ton Syntakton 'Περιβάλλον', Jasper Fitzhugh 'Local News', Hutt News 'Environment', The Garden "
    "Island 'News'; trafilatura records take their first category (HabariLeo 'Habari', Centralian Advocate 'News', Kviris "
    "Palitra 'საზოგადოება' (society), Campo Grande News 'Meio Ambiente'); news-please, plain text and newsbeam text records "
    "have none (Intex-press's 'Общество' head line is chrome)",
    "language": "'ru' Russian (two copies of the BelTA story); 'fa' Persian (two copies of the IRNA story); 'pt' Brazilian "
    "Portuguese (two copies of the Agência Brasil story); 'ml' Malayalam; 'id' Indonesian; 'ar' Tunisian paper in Arabic; "
    "'fr' Gabonese French; 'ko' Korean; 'de' German; 'el' Greek; 'nl' Dutch; 'it' Italian; 'sw' Swahili; 'ka' Georgian; all "
    "others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, "
    "advertisement labels, reading times, related-story lines and boxes, tag lists, most-read rails, newsletter, WhatsApp, "
    "Telegram and Google News promos, reporter bio, role, e-mail and funding lines, wire source lines and sign-offs "
    "('Источник: БЕЛТА', 'По материалам БЕЛТА', 'منبع: ایرنا', 'منبع: خبرگزاری ایرنا', '(KNA)', '(KNO)', 'GNA', 'dpa-infocom "
    "GmbH', 'Da Agência Brasil'), the Agência Brasil 'Edição:' line, Kaltim Post initials, Yonhap's copyright line, ownership "
    "and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (BelTA and IRNA in the plain batch, Agência Brasil "
    "in the gzipped batch) and one staff page with a noisy gzipped re-scrape (Estes Park Trail-Gazette: curly quotes, NBSP, "
    "hard wraps, CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"belta", "белта", "brestskaya gazeta", "брестская газета", "intex-press", "irna", "ایرنا", "fararu", "فرارو",
                "ettelaat", "اطلاعات", "agência brasil", "da agência brasil", "diário do grande abc", "campo grande news",
                "estes park trail-gazette", "trail-gazette", "kna", "kenya news agency", "the kenya times", "kenya times",
                "reporter staff", "the reporter", "ethiopian reporter", "deshabhimani", "ദേശാഭിമാനി", "സ്വന്തം ലേഖകൻ",
                "kno", "kashmir news observer", "kashmir reader", "hexham courant", "kentish gazette", "km media group",
                "great lakes advocate", "chiang mai citylife", "citylife", "kaltim post", "redaksi kaltim post", "tap",
                "tunis afrique presse", "وات", "الصريح", "الصريح أونلاين", "assarih", "gabonactu", "anpn", "전북일보",
                "jeonbuk ilbo", "yonhap", "연합뉴스", "dpa", "kreiszeitung", "η εφημερίδα των συντακτών", "efsyn",
                "αρκτούρος", "jasper fitzhugh", "parks canada", "hutt news", "gna", "ghana news agency",
                "ghanaian chronicle", "gooi- en eemlander", "la sentinella del canavese", "habarileo", "centralian advocate",
                "კვირის პალიტრა", "kviris palitra", "the garden island", "garden island", "the islander"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
