#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventy-first development set (bench/dev_set71/, first written as the sixty-eighth held-out set).

    .venv/bin/python bench/dev_set71/_generate.py

Writes ``bench/dev_set71/articles/*`` and ``bench/dev_set71/labels.json`` (next to this
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
bench/dev_set70/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about work and business: factories, strikes, jobs, wages,
    small businesses and trade.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout68_2025-a.jsonl"
JSONL_B = "crawl_holdout68_2025-b.jsonl.gz"


# ---- cluster: BTA, Gabrovo (Economic.bg scrape + copy on BNR in the plain batch) ----

BTA = rec(
    cluster="bta-gabrovo-shivashki-zavod-zaplati",
    title="Шивашко предприятие в Габрово вдига заплатите с 12 процента",
    date="2024-05-14",
    dateline="Габрово, 14 май (БТА) - ",
    city="Gabrovo",
    country="BG",
    region="europe",
    agency="BTA",
    lang="bg",
    description="Фирмата търси още 80 работници за нова производствена линия.",
    paras=P("""
Шивашкото предприятие "Янтра Текстил" в Габрово ще увеличи основните заплати на своите 420 служители с 12 процента от 1 юни,
съобщи управителят на фирмата Десислава Колева.

По думите ѝ решението е взето след преговори със синдикатите, които продължиха почти два месеца.

Колева каза, че фирмата изпитва сериозен недостиг на шивачки и търси още 80 работници за нова линия за работно облекло.

Средната брутна заплата в предприятието след увеличението ще достигне около 1450 лева.

Синдикалният представител Иван Стоянов посочи, че работниците са искали увеличение от 15 процента, но приемат компромиса.

Предприятието изнася основно за Германия и Нидерландия, а поръчките за тази година са с една пета повече от миналата.

Според данните на бюрото по труда в Габрово безработицата в областта е под 4 процента и работодателите трудно намират хора.

Фирмата обмисля да наеме работници от чужбина, ако не успее да запълни свободните места до есента.

Местни предприемачи казват, че растящите заплати в големите градове привличат младите хора далеч от региона.

Общината подготвя програма за обучение на шивачи съвместно с професионалната гимназия в града.
"""),
    must_have=[
        "Средната брутна заплата в предприятието след увеличението ще достигне около 1450 лева.",
        "Фирмата обмисля да наеме работници от чужбина, ако не успее да запълни свободните места до есента.",
    ],
)

# ---- cluster: KUNA, Kuwait City (Al-Seyassah page + copy on Akhbar al-Khaleej in the plain batch) ----

KUNA = rec(
    cluster="kuna-kuwait-manpower-inspections",
    title="القوى العاملة: ضبط 312 مخالفة لقانون العمل في القطاع الأهلي خلال يناير",
    date="2025-02-03",
    dateline="الكويت - 3 - 2 (كونا) -- ",
    city="Kuwait City",
    country="KW",
    region="asia",
    agency="KUNA",
    lang="ar",
    description="الهيئة العامة للقوى العاملة تكثف حملاتها التفتيشية على الشركات.",
    paras=P("""
أعلنت الهيئة العامة للقوى العاملة اليوم الاثنين أن فرق التفتيش رصدت 312 مخالفة لقانون العمل في القطاع الأهلي خلال شهر يناير الماضي.

وقال مدير إدارة التفتيش في الهيئة خالد العنزي في تصريح لوكالة الأنباء الكويتية (كونا) إن الحملات شملت أكثر من 900 منشأة في مختلف المحافظات.

وأوضح أن أغلب المخالفات تتعلق بتأخير صرف الرواتب وتشغيل العمال في غير المهن المسجلة لهم.

وأضاف أن الهيئة أوقفت ملفات 47 شركة إلى حين تسوية أوضاعها ودفع الأجور المتأخرة.

وأشار إلى أن الهيئة تلقت نحو 1800 شكوى عمالية خلال الشهر نفسه عبر منصتها الإلكترونية.

وبين أن نسبة كبيرة من الشكاوى جرت تسويتها وديا بين العامل وصاحب العمل خلال أقل من أسبوعين.

ودعا العنزي أصحاب الأعمال إلى الالتزام بتحويل الرواتب عبر البنوك في مواعيدها تجنبا للعقوبات.

وذكر أن الحملات ستستمر خلال الأشهر المقبلة بالتعاون مع وزارة الداخلية والبلدية.

وتسعى الهيئة إلى تنظيم سوق العمل وحماية حقوق العمالة الوافدة والوطنية على حد سواء.

ويمكن للعمال تقديم شكاواهم عبر تطبيق الهيئة أو بزيارة مكاتبها في المحافظات الست خلال ساعات الدوام الرسمي.
"""),
    must_have=[
        "وأوضح أن أغلب المخالفات تتعلق بتأخير صرف الرواتب وتشغيل العمال في غير المهن المسجلة لهم.",
        "وأشار إلى أن الهيئة تلقت نحو 1800 شكوى عمالية خلال الشهر نفسه عبر منصتها الإلكترونية.",
    ],
)

# ---- cluster: GNA, Tema (Ghana Business News gzipped page + copy on Asaase Radio in the gzipped batch) ----

GNA = rec(
    cluster="gna-tema-free-zone-garment-jobs",
    title="Tema garment factory to hire 600 workers after new US orders",
    date="2024-09-09",
    dateline="Tema, Sept. 9, GNA - ",
    city="Tema",
    country="GH",
    region="africa",
    agency="GNA",
    lang="en",
    description="The free zone company says most of the new jobs will go to young women.",
    paras=P("""
A garment factory in the Tema Free Zones enclave says it will recruit 600 additional workers before the end of the year
after securing new orders from buyers in the United States.

Mr Kwabena Asante-Mensah, Managing Director of Coastline Apparel Limited, told the Ghana News Agency that the company
would add two production lines for school uniforms and work wear.

He said the factory currently employs about 1,400 people, most of them young women from Tema and Ashaiman.

The new workers will undergo six weeks of training in machine operation and quality control before they start.

Mr Asante-Mensah said frequent power outages remained the biggest challenge, forcing the company to spend heavily on diesel.

He called on the Government to speed up the supply of reliable power to the enclave.

An official of the Ghana Free Zones Authority said exports from the enclave had risen by about 15 per cent in the first half of the year.

Some workers said they welcomed the new jobs but wanted better transport arrangements for night shifts.

The company said it would discuss the transport issue with the workers' union next month.
"""),
    must_have=[
        "The new workers will undergo six weeks of training in machine operation and quality control before they start.",
        "He called on the Government to speed up the supply of reliable power to the enclave.",
    ],
)

# ---- cluster: Dayton Daily News, page + noisy re-scrape ----

DDN = rec(
    cluster="dayton-daily-news-supplier-contract",
    title="Workers at Moraine parts supplier ratify contract, ending two-week strike",
    date="2024-10-22",
    country="US",
    region="americas",
    authors=["Kendra Whitlock"],
    lang="en",
    caption="Striking workers picket outside the Brightline Components plant in Moraine on Oct. 15.",
    credit="Jim Halloran/Staff",
    paras=P("""
Workers at Brightline Components in Moraine voted Monday night to ratify a new four-year contract, ending a strike that
had idled the auto parts plant for two weeks.

About 380 hourly workers make brake assemblies and steering parts at the plant on Springboro Pike.

Union members approved the deal by a margin of about two to one, according to the local union president, Dale Furman.

The contract raises the top hourly wage from $24.10 to $29.40 over four years and ends a two-tier pay system for newer hires.

Furman said members were proud they held together, even when the company brought in temporary workers.

A company spokeswoman said Brightline was pleased to have an agreement and expected production to resume Wednesday.

The strike had forced a customer in Indiana to slow one of its assembly lines because of a shortage of parts.

Local businesses near the plant said they had lost customers during the strike.

The owner of a diner across the road said she was glad to see the workers going back.
"""),
    must_have=[
        "About 380 hourly workers make brake assemblies and steering parts at the plant on Springboro Pike.",
        "The strike had forced a customer in Indiana to slow one of its assembly lines because of a shortage of parts.",
    ],
)
DDN_PRE = ["Dayton Daily News", "Local", "Business", "Sports", "Obituaries", "e-Paper", "Subscribe", "Log In"]
DDN_HEAD = ["By Kendra Whitlock", "Oct 22, 2024"]
DDN_CAP = ["Striking workers picket outside the Brightline Components plant in Moraine on Oct. 15. Jim Halloran/Staff"]
DDN_TAIL = [["Kendra Whitlock covers business and jobs for the Dayton Daily News. Contact her at kendra.whitlock@coxinc.com."],
            ["In Other News"],
            ["Get the latest business news delivered to your inbox. Sign up for our Business newsletter."],
            ["\u00a9 2024 Cox Media Group Ohio. All Rights Reserved."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Dayton Daily News (Ohio): original of the re-scrape cluster; credit after the caption.
    dict(DDN, role="original", file="daytondailynews_moraine_supplier_contract.txt", render="text",
         pre=[DDN_PRE], head=[DDN_HEAD], cap_lines=DDN_CAP,
         inserts={2: ["Credit: Jim Halloran"], 5: ["RELATED:", "Dayton-area manufacturers say hiring has slowed"]},
         tail=DDN_TAIL),
    dict(DDN, role="rescrape", file="daytondailynews_moraine_supplier_contract_rescrape.txt.gz", render="text", noise=True,
         pre=[DDN_PRE], head=[DDN_HEAD], cap_lines=DDN_CAP,
         tail=[["Subscribe for $1 for 3 months"], *DDN_TAIL]),
    # Economic.bg (Bulgaria): original of the BTA cluster; BTA dateline, source line.
    dict(BTA, role="original", file="economicbg_bta_gabrovo_zaplati_bg.txt", render="text",
         pre=[["Economic.bg", "Новини", "Бизнес", "Финанси", "Пазари", "Кариери", "Имоти"]],
         head=[["14.05.2024 11:42"], ["Прочетена 1284"], ["Сподели"]],
         inserts={2: ["Реклама"], 5: ["Прочетете още:", "Безработицата в страната остава под 4%"]},
         tail=[["Източник: БТА"], ["Последвайте ни в Google News"], ["Още по темата"],
               ["Всички права запазени \u00a9 2024 Economic.bg"]]),
    # Kookje Shinmun (South Korea, Korean): staff, reporter line and '입력' timestamp.
    rec(cluster="kookje-busan-shipyard-subcontractor-wages", role="single", file="kookje_jogseonso_hacheong_ko.txt", render="text",
        title="부산 조선 협력업체 임금 체불 급증… 노동청 특별감독 착수",
        date="2024-11-27", country="KR", region="asia", lang="ko", authors=["박수진"],
        pre=[["국제신문", "정치", "경제", "사회", "부산", "스포츠", "오피니언", "로그인"]],
        head=[["박수진 기자 sjpark@kookje.co.kr"], ["입력 : 2024-11-27 19:08:41"], ["수정 : 2024-11-28 09:12:05"], ["본문 듣기", "글자크기"]],
        inserts={2: ["광고"], 5: ["관련기사", "영도 수리조선소 일감 회복세"]},
        tail=[["ⓒ국제신문(www.kookje.co.kr), 무단전재 및 재배포 금지"], ["많이 본 뉴스"], ["기사 추천", "페이스북", "카카오톡"]],
        paras=P("""
부산 지역 조선 협력업체의 임금 체불이 올해 들어 크게 늘어난 것으로 나타났다.

부산지방고용노동청에 따르면 올해 1월부터 10월까지 조선 관련 사업장에서 접수된 임금 체불 신고는 640건으로 지난해 같은 기간보다 38% 증가했다.

체불 금액은 모두 92억 원에 이르며 피해 노동자는 1200명이 넘는다.

노동청은 다음 달부터 사하구와 영도구의 협력업체 30곳을 대상으로 특별감독에 들어가기로 했다.

협력업체 대표들은 원청의 단가 인하와 자재비 상승으로 인건비를 제때 지급하기 어렵다고 호소했다.

한 용접공은 석 달째 월급의 절반만 받고 있다며 생활비를 마련하기 위해 대출을 받았다고 말했다.

노동계는 원청이 하청업체의 임금 지급을 보증하는 제도를 도입해야 한다고 주장한다.

부산시는 체불 노동자를 위한 생활안정자금 대출 한도를 늘리는 방안을 검토하고 있다.

전문가들은 조선업 수주가 회복되고 있지만 그 혜택이 하청 노동자에게까지 전달되지 않고 있다고 지적했다.

노동청 관계자는 고의적이거나 상습적인 체불 사업주는 구속 수사를 원칙으로 하겠다고 밝혔다.

한편 지역 조선업계는 내년 상반기까지 숙련 인력 2000명이 더 필요하다고 보고 있다.

협력업체 노동자들은 다음 주 노동청 앞에서 집회를 열 계획이다.

노동청은 체불 신고가 들어오면 2주 안에 현장 조사를 마치겠다고 밝혔다.

업계는 정부가 조선 협력업체 전용 금융 지원을 확대해 달라고 요청했다.
"""),
        must_have=[
            "노동청은 다음 달부터 사하구와 영도구의 협력업체 30곳을 대상으로 특별감독에 들어가기로 했다.",
            "부산시는 체불 노동자를 위한 생활안정자금 대출 한도를 늘리는 방안을 검토하고 있다.",
        ]),
    # Loksatta (India, Marathi): staff, 'लोकसत्ता प्रतिनिधी' desk byline, 'पुणे :' dateline.
    rec(cluster="loksatta-chakan-auto-contract-workers", role="single", file="loksatta_chakan_kamgar_mr.txt", render="text",
        title="चाकणमधील कंत्राटी कामगारांचा वेतनवाढीसाठी संप",
        date="2024-08-06", dateline="पुणे : ", city="Pune", country="IN", region="asia", lang="mr",
        pre=[["लोकसत्ता", "ताज्या बातम्या", "महाराष्ट्र", "पुणे", "मुंबई", "अर्थवृत्त", "ई-पेपर"]],
        head=[["लोकसत्ता प्रतिनिधी"], ["Updated: August 6, 2024 22:15 IST"], ["Follow Us"]],
        inserts={2: ["जाहिरात"], 5: ["हेही वाचा :", "पिंपरीत उद्योगांना पाणीटंचाईचा फटका"]},
        tail=[["मराठीतील सर्व पुणे बातम्या वाचा."], ["Loksatta Marathi News"], ["© The Indian Express Pvt Ltd"],
              ["Loksatta Live"], ["संबंधित बातम्या"]],
        paras=P("""
चाकण औद्योगिक परिसरातील एका वाहन सुटे भाग बनवणाऱ्या कंपनीतील सुमारे सहाशे कंत्राटी कामगारांनी वेतनवाढीसाठी मंगळवारपासून संप सुरू केला आहे.

या कामगारांना सध्या महिन्याला सुमारे चौदा हजार रुपये वेतन मिळते, तर कायम कामगारांना त्याच्या दुप्पट वेतन दिले जाते, असा कामगार संघटनेचा आरोप आहे.

संघटनेचे अध्यक्ष सुनील गायकवाड यांनी सांगितले की कंत्राटी कामगार अनेक वर्षांपासून एकाच यंत्रावर काम करत असूनही त्यांना कायम केले जात नाही.

कामगारांनी दरमहा पाच हजार रुपये वाढ आणि वैद्यकीय विम्याची मागणी केली आहे.

कंपनीच्या व्यवस्थापनाने कंत्राटदारांशी चर्चा सुरू असल्याचे सांगितले असून उत्पादनावर परिणाम झाल्याचे मान्य केले आहे.

कामगार उपायुक्त कार्यालयाने दोन्ही बाजूंना गुरुवारी बैठकीसाठी बोलावले आहे.

चाकण परिसरात सुमारे दीड हजार लहान मोठे कारखाने असून त्यापैकी बहुतेक वाहन उद्योगाशी संबंधित आहेत.

या परिसरात काम करणाऱ्यांपैकी निम्म्याहून अधिक कामगार कंत्राटी पद्धतीने काम करतात, असे संघटनांचे म्हणणे आहे.

संपामुळे काही ग्राहक कंपन्यांना सुटे भागांचा पुरवठा उशिरा होण्याची शक्यता आहे.

स्थानिक उद्योजक संघटनेने हा प्रश्न लवकर सोडवावा अशी मागणी सरकारकडे केली आहे.

कामगारांनी आपल्या मागण्या मान्य होईपर्यंत संप सुरू ठेवण्याचा निर्णय घेतला आहे.
"""),
        must_have=[
            "कामगारांनी दरमहा पाच हजार रुपये वाढ आणि वैद्यकीय विम्याची मागणी केली आहे.",
            "कामगार उपायुक्त कार्यालयाने दोन्ही बाजूंना गुरुवारी बैठकीसाठी बोलावले आहे.",
        ]),
    # Aminiya (Nigeria, Hausa): NAN copy; '(NAN)' sign-off at the end, no dateline.
    rec(cluster="aminiya-nan-kano-kantin-kwari-traders", role="single", file="aminiya_kantin_kwari_ha.txt", render="text",
        title="'Yan kasuwar Kantin Kwari sun koka kan tsadar kaya daga waje",
        date="2024-03-19", country="NG", region="africa", lang="ha", agency="NAN",
        pre=[["Aminiya", "Labarai", "Siyasa", "Kasuwanci", "Wasanni", "Nishadi", "Rahotanni"]],
        head=[["Daga Aminiya"], ["Maris 19, 2024"], ["Raba"]],
        inserts={2: ["Talla"], 5: ["Karanta wannan:", "Farashin shinkafa ya sake tashi a kasuwannin Arewa"]},
        tail=[["(NAN)"], ["Labarai Masu Alaka"], ["Ku biyo mu a WhatsApp"], ["\u00a9 2024 Aminiya. Duk hakkoki na kiyaye."]],
        paras=P("""
'Yan kasuwar masaka a kasuwar Kantin Kwari da ke Kano sun koka kan yadda faduwar darajar Naira ta sa farashin yadudduka daga waje ya ninka.

Shugaban kungiyar 'yan kasuwar, Alhaji Sani Garba Dorayi, ya ce masu saye daga kasashen makwabta sun rage zuwa kasuwar saboda tsadar kaya.

Ya ce akalla shaguna dari biyu sun rufe tun farkon shekarar nan saboda rashin ciniki.

A cewarsa, yawancin yadudduka ana shigo da su ne daga kasashen Asiya, kuma ana biyan su da Dala.

Wani dan kasuwa, Malam Aminu Tijjani, ya ce a baya yana sayar da turmi hamsin a mako, amma yanzu bai wuce goma ba.

Masu dinki a unguwannin da ke kusa da kasuwar su ma sun ce aikinsu ya ragu sosai.

'Yan kasuwar sun bukaci gwamnati ta farfado da masana'antun masaka na cikin gida domin rage dogaro da kaya daga waje.

Sun kuma nemi a rage harajin shigo da kaya na dan lokaci domin farashi ya sauka.

Kasuwar Kantin Kwari na daya daga cikin manyan kasuwannin yadudduka a yammacin Afirka.
"""),
        must_have=[
            "Ya ce akalla shaguna dari biyu sun rufe tun farkon shekarar nan saboda rashin ciniki.",
            "Sun kuma nemi a rage harajin shigo da kaya na dan lokaci domin farashi ya sauka.",
        ]),
    # Huon Valley News (Tasmania): staff, ACM community-paper layout.
    rec(cluster="huonvalleynews-salmon-processing-jobs", role="single", file="huonvalleynews_salmon_jobs.txt", render="text",
        title="Dover processing plant to cut 45 jobs as salmon harvest shrinks",
        date="2024-02-28", country="AU", region="oceania", lang="en", authors=["Bridget Lowry"],
        pre=[["Huon Valley News", "News", "Local News", "Sport", "Community", "Subscribe", "Login"]],
        head=[["Bridget Lowry"], ["Updated February 28 2024 - 4:30pm, first published 11:00am"], ["Share"]],
        cap_lines=["The processing plant at Dover employs about 160 people. Picture by Bridget Lowry"],
        inserts={2: ["Advertisement"], 5: ["Read more:", "Geeveston cafe owners count cost of quiet winter"]},
        tail=[["Bridget Lowry", "Journalist"], ["Get the latest Huon news in your inbox"], ["Sign up for our newsletter to stay up to date."],
              ["We care about the protection of your data. Read our Privacy Policy."]],
        caption="The processing plant at Dover employs about 160 people.", credit="Bridget Lowry",
        paras=P("""
A salmon processing plant at Dover will cut 45 jobs from next month after a poor summer harvest, the company has told staff.

Far South Seafoods said warmer water in the channel had slowed fish growth and reduced the number of fish ready for harvest.

The plant employs about 160 people, many of them from Dover, Southport and Geeveston.

Operations manager Trent Colbeck said the company was offering redundancy packages and would try to find roles for some workers at its Huonville site.

"This is a really hard day for our people and for the town," he said.

The job losses come on top of reduced hours for casual workers since December.

The local union organiser said workers had been given only four weeks' notice and wanted the company to keep them on until winter.

Huon Valley mayor Sally Doyle said the council would work with employment services to help affected workers.

Businesses in Dover said the plant was the biggest employer in the area and its workers kept shops and cafes open.

The company said it hoped to rehire some staff if the next harvest improved.
"""),
        must_have=[
            "The plant employs about 160 people, many of them from Dover, Southport and Geeveston.",
            "The job losses come on top of reduced hours for casual workers since December.",
        ]),
    # Eesti Päevaleht (Estonia, Estonian): staff, Delfi layout.
    rec(cluster="epl-narva-factory-closure", role="single", file="epl_narva_tehas_et.txt", render="text",
        title="Narva elektroonikatehas koondab 230 töötajat",
        date="2025-01-16", country="EE", region="europe", lang="et", authors=["Kadri Tamm", "Jaanus Lepik"],
        pre=[["Eesti Päevaleht", "Uudised", "Arvamus", "Majandus", "Kultuur", "Telli", "Logi sisse"]],
        head=[["Kadri Tamm, Jaanus Lepik"], ["16. jaanuar 2025 07:00"], ["Jaga", "Kommentaarid"]],
        inserts={2: ["Reklaam"], 5: ["LOE KA:", "Ida-Virumaa töötus tõusis kõrgeimale tasemele kümne aasta jooksul"]},
        tail=[["Artikkel jätkub pärast reklaami"], ["Kommentaarid on suletud."], ["Eesti Päevaleht on Ekspress Meedia väljaanne."],
              ["\u00a9 2025 Ekspress Meedia AS"]],
        paras=P("""
Narvas tegutsev elektroonikatehas Narova Components koondab märtsi lõpuks 230 töötajat, teatas ettevõtte juhatus.

Tehase juhi Aleksandr Kuznetsovi sõnul on peamine põhjus Saksa autotööstuse tellimuste järsk vähenemine.

Tehases töötab praegu umbes 520 inimest, kellest enamik elab Narvas või Narva-Jõesuus.

Töötukassa esindaja ütles, et koondatavatele pakutakse ümberõpet ning abi uue töö leidmisel.

Ida-Virumaal on töötuse määr juba praegu riigi kõrgeim ning uusi töökohti tekib vähe.

Narva linnapea ütles, et linn vajab riigi toel uusi investeerijaid, kes looksid töökohti kohalikele inimestele.

Mitmed töötajad ütlesid, et neil on raske leida tööd Tallinnas, sest nad ei räägi piisavalt hästi eesti keelt.

Ettevõte lubas maksta seadusest suuremat koondamishüvitist neile, kes on tehases töötanud üle kümne aasta.

Majandusministeerium kaalub Ida-Virumaa ettevõtetele täiendavat toetust, et piirkonna majandus ei jääks veel rohkem maha.

Ametiühingu esindaja sõnul soovivad töötajad, et tehas leiaks uusi kliente ja võtaks inimesi hiljem tagasi.

Ettevõtte juhid ütlesid, et nad otsivad uusi tellijaid Põhjamaadest.

Koondamised toimuvad kahes etapis, esimesed töötajad lahkuvad juba veebruari lõpus.
"""),
        must_have=[
            "Tehases töötab praegu umbes 520 inimest, kellest enamik elab Narvas või Narva-Jõesuus.",
            "Ettevõte lubas maksta seadusest suuremat koondamishüvitist neile, kes on tehases töötanud üle kümne aasta.",
        ]),
    # Diario Financiero (Chile, Spanish): staff, 'Por' byline, day-first date.
    rec(cluster="df-antofagasta-mine-contractors-strike", role="single", file="diariofinanciero_huelga_contratistas_es.txt", render="text",
        title="Trabajadores contratistas de minera en Antofagasta inician huelga por bono de término",
        date="2024-07-02", country="CL", region="americas", lang="es", authors=["Camila Rojas Vergara"],
        pre=[["Diario Financiero", "Mercados", "Empresas", "Economía y Política", "Internacional", "Suscríbete", "Ingresar"]],
        head=[["Por: Camila Rojas Vergara"], ["Publicado: Martes 2 de julio de 2024 a las 12:10 hrs."], ["Compartir"]],
        inserts={2: ["Publicidad"], 5: ["LEA TAMBIÉN:", "Cochilco eleva proyección del precio del cobre"]},
        tail=[["Imprimir"], ["Te recomendamos"], ["Suscríbete a DF y accede a contenido exclusivo"],
              ["Todos los derechos reservados \u00a9 Diario Financiero 2024"], ["Newsletters DF"]],
        paras=P("""
Cerca de 1.100 trabajadores de empresas contratistas de la minera Cerro Alto, en la Región de Antofagasta, iniciaron este martes una
huelga para exigir un bono de término de conflicto similar al que recibieron los trabajadores de planta.

Los contratistas realizan labores de mantención, transporte y aseo industrial en la faena, ubicada a unos 150 kilómetros de la ciudad.

El dirigente de la federación de contratistas, Héctor Alvarado, dijo que la empresa pagó a su personal propio un bono de $7 millones y
dejó fuera a quienes trabajan codo a codo con ellos.

La compañía sostuvo que las condiciones laborales de los contratistas son responsabilidad de sus empleadores directos.

Según fuentes de la industria, la paralización podría afectar el traslado de concentrado hacia el puerto si se extiende por más de una semana.

La Dirección del Trabajo informó que fiscalizará el cumplimiento de las normas de subcontratación en la faena.

Analistas señalaron que los conflictos con contratistas se han vuelto más frecuentes en la minería del cobre.

Los trabajadores anunciaron que mantendrán la huelga hasta que la empresa acepte una mesa de negociación.
"""),
        must_have=[
            "La compañía sostuvo que las condiciones laborales de los contratistas son responsabilidad de sus empleadores directos.",
            "La Dirección del Trabajo informó que fiscalizará el cumplimiento de las normas de subcontratación en la faena.",
        ]),
    # Kinh tế Sài Gòn Online (Vietnam, Vietnamese): staff, byline at the end.
    rec(cluster="ktsg-hcmc-garment-tet-bonus", role="single", file="kinhtesaigon_thuong_tet_vi.txt", render="text",
        title="Doanh nghiệp dệt may TPHCM lo thiếu đơn hàng, thưởng Tết giảm",
        date="2025-01-08", country="VN", region="asia", lang="vi", authors=["Nguyễn Thảo Vy"],
        pre=[["Kinh tế Sài Gòn Online", "Kinh doanh", "Tài chính", "Bất động sản", "Xã hội", "Thế giới", "Đặt báo"]],
        head=[["Thứ Tư, 8/1/2025, 14:25"], ["(KTSG Online) -"]],
        inserts={2: ["Quảng cáo"], 5: ["Xem thêm:", "Lương tối thiểu vùng tăng 6% từ tháng 7"]},
        tail=[["Nguyễn Thảo Vy"], ["Tin liên quan"], ["Bình luận"], ["Bạn cần đăng nhập để bình luận"],
              ["Bản quyền thuộc về Kinh tế Sài Gòn Online"]],
        paras=P("""
Nhiều doanh nghiệp dệt may tại TPHCM cho biết đơn hàng quý 1 năm nay chỉ bằng khoảng 70% cùng kỳ năm trước, khiến mức thưởng Tết cho công nhân giảm.

Theo Liên đoàn Lao động thành phố, mức thưởng Tết bình quân của khối doanh nghiệp ngoài nhà nước năm nay khoảng 6,8 triệu đồng mỗi người.

Một doanh nghiệp may ở quận Bình Tân có 900 công nhân cho biết chỉ thưởng được nửa tháng lương, thay vì một tháng như mọi năm.

Bà Trần Thị Hoa, giám đốc công ty, nói rằng khách hàng từ Mỹ và châu Âu đặt hàng ít hơn và yêu cầu giao hàng nhanh hơn.

Nhiều công nhân cho biết họ vẫn về quê ăn Tết nhưng sẽ chi tiêu tiết kiệm hơn.

Một số doanh nghiệp đã giảm giờ làm thêm, khiến thu nhập hằng tháng của công nhân giảm đáng kể.

Hiệp hội Dệt may cho rằng doanh nghiệp cần được hỗ trợ lãi suất để giữ chân người lao động.

Công đoàn thành phố sẽ tổ chức các chuyến xe miễn phí đưa khoảng 5.000 công nhân về quê ăn Tết.

Các chuyên gia dự báo đơn hàng có thể phục hồi từ quý 2 nếu nhu cầu tại các thị trường lớn cải thiện.
"""),
        must_have=[
            "Nhiều công nhân cho biết họ vẫn về quê ăn Tết nhưng sẽ chi tiêu tiết kiệm hơn.",
            "Công đoàn thành phố sẽ tổ chức các chuyến xe miễn phí đưa khoảng 5.000 công nhân về quê ăn Tết.",
        ]),
    # Angola 24 Horas (Angola, Portuguese): ANGOP copy, 'Benguela - ' dateline, 'Fonte: ANGOP'.
    rec(cluster="angola24horas-angop-benguela-cooperativas", role="single", file="angola24horas_angop_benguela_pt.txt", render="text",
        title="Cooperativas de pesca artesanal de Benguela recebem 40 embarcações",
        date="2023-10-12", dateline="Benguela - ", city="Benguela", country="AO", region="africa", lang="pt", agency="ANGOP",
        pre=[["Angola 24 Horas", "Início", "Política", "Economia", "Sociedade", "Desporto", "Contactos"]],
        head=[["Por Redacção"], ["12 de Outubro de 2023"], ["Partilhar"]],
        inserts={2: ["Publicidade"], 5: ["Leia também:", "Preço do peixe carapau sobe nos mercados do Lobito"]},
        tail=[["Fonte: ANGOP"], ["Artigos relacionados"], ["Deixe um comentário"], ["O seu endereço de email não será publicado."],
              ["\u00a9 Angola 24 Horas 2023. Todos os direitos reservados."]],
        paras=P("""
Quarenta embarcações de pesca artesanal foram entregues quarta-feira a oito cooperativas de pescadores da província de Benguela,
no âmbito de um programa de apoio ao emprego nas comunidades costeiras.

As embarcações, equipadas com motores e redes, vão beneficiar cerca de 320 pescadores das localidades da Baía Farta, Lobito e Catumbela.

O director provincial das Pescas, Manuel Kapinga, disse que o programa pretende aumentar a produção e criar emprego para jovens.

Segundo o responsável, cada cooperativa vai pagar as embarcações em prestações ao longo de cinco anos.

As mulheres que trabalham na secagem e venda do peixe também vão receber formação em gestão de pequenos negócios.

Um pescador da Baía Farta, Domingos Chipuku, disse que até agora alugava um barco e entregava metade do pescado ao proprietário.

As cooperativas pediram ainda apoio para a construção de câmaras frigoríficas, para reduzir as perdas de peixe.

A província de Benguela é uma das principais zonas de pesca do país, com mais de 15 mil pescadores artesanais registados.

O programa deverá chegar a outras províncias do litoral no próximo ano.
"""),
        must_have=[
            "Segundo o responsável, cada cooperativa vai pagar as embarcações em prestações ao longo de cinco anos.",
            "As cooperativas pediram ainda apoio para a construção de câmaras frigoríficas, para reduzir as perdas de peixe.",
        ]),
    # Glas Slavonije (Croatia, Croatian): Hina copy, 'OSIJEK - ' dateline, 'Hina' byline.
    rec(cluster="glasslavonije-hina-osijek-sugar-factory", role="single", file="glasslavonije_hina_secerana_hr.txt", render="text",
        title="Radnici osječke tvornice šećera dobili povišicu od osam posto",
        date="2024-04-23", dateline="OSIJEK - ", city="Osijek", country="HR", region="europe", lang="hr", agency="Hina",
        pre=[["Glas Slavonije", "Vijesti", "Osijek", "Regija", "Hrvatska", "Sport", "Pretplata"]],
        head=[["Hina"], ["23. travnja 2024. u 15:47"], ["Podijeli"]],
        inserts={2: ["Oglas"], 5: ["Pročitajte i ovo:", "Slavonski poljoprivrednici traže veću otkupnu cijenu"]},
        tail=[["Izvor: Hina"], ["Povezane vijesti"], ["Komentari"], ["Za komentiranje se morate prijaviti."],
              ["\u00a9 Glas Slavonije d.d. Sva prava pridržana."]],
        paras=P("""
Radnici tvornice šećera u Osijeku od svibnja će imati osam posto veće plaće, dogovorili su u utorak uprava i sindikat.

Kolektivni ugovor obuhvaća oko 340 stalnih radnika, a primjenjivat će se dvije godine.

Predsjednica sindikata Marija Vuković rekla je da su radnici tražili deset posto, ali da su zadovoljni dogovorom.

Uprava je pristala i na isplatu božićnice od 400 eura te na veći dodatak za noćni rad tijekom kampanje prerade repe.

Direktor tvornice Tomislav Jurić rekao je kako je tvrtka unatoč slabijoj prošloj sezoni uspjela povećati izvoz u susjedne zemlje.

Tvornica svake jeseni zapošljava i oko 150 sezonskih radnika tijekom kampanje prerade šećerne repe.

Proizvođači šećerne repe u istočnoj Slavoniji upozoravaju da su površine pod repom ove godine manje zbog niskih cijena.

Sindikat je najavio da će sljedeće godine tražiti i dodatno zdravstveno osiguranje za sve radnike.

Tvornica je jedna od najvećih poslodavaca u Osječko-baranjskoj županiji.

Radnici su dogovor dočekali s olakšanjem jer su pregovori trajali gotovo tri mjeseca.
"""),
        must_have=[
            "Kolektivni ugovor obuhvaća oko 340 stalnih radnika, a primjenjivat će se dvije godine.",
            "Tvornica svake jeseni zapošljava i oko 150 sezonskih radnika tijekom kampanje prerade šećerne repe.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_SY = site("السياسة", "https://al-seyassah.example.com", " - السياسة", "ar_KW", "@alseyassah",
               ["الرئيسية", "محليات", "اقتصاد", "دوليات", "رياضة"],
               ["جميع الحقوق محفوظة © جريدة السياسة 2025", "من نحن", "اتصل بنا"], share=["فيسبوك", "إكس", "واتساب"])
SITE_GBN = site("Ghana Business News", "https://www.ghanabusinessnews.example.com", " - Ghana Business News", "en_US", "@ghanabizNews",
                ["Home", "Business", "Economy", "Energy", "Africa"],
                ["\u00a9 2024 Ghana Business News", "About", "Advertise"], share=["Facebook", "X", "LinkedIn", "WhatsApp"])
SITE_ETH = site("ethnos.gr", "https://www.ethnos.example.gr", " | ethnos.gr", "el_GR", "@ethnosgr",
                ["Πολιτική", "Οικονομία", "Κοινωνία", "Κόσμος", "Αθλητισμός"],
                ["\u00a9 2024 ethnos.gr", "Όροι χρήσης", "Επικοινωνία"], share=["Facebook", "X", "Email"],
                cookie="Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", buttons=["Συμφωνώ", "Ρυθμίσεις"])
SITE_GA = site("Galway Advertiser", "https://www.advertiser.example.ie/galway", " - Galway Advertiser", "en_IE", "@galwayad",
               ["News", "Business", "Sport", "Lifestyle", "Archive"],
               ["\u00a9 2024 Galway Advertiser", "Contact", "Privacy"], share=["Share", "Facebook", "X"])
SITE_CDN = site("Chatham Daily News", "https://www.chathamdailynews.example.ca", " | Chatham Daily News", "en_CA", "@chathamdailynew",
                ["News", "Local News", "Sports", "Opinion", "Obituaries"],
                ["\u00a9 2024 Chatham Daily News, a division of Postmedia Network Inc.", "Terms of Use", "Privacy Policy"],
                share=["Share this Story", "Facebook", "X", "Email"], top=["Subscribe", "Sign In"])
SITE_JG = site("The Journal Gazette", "https://www.journalgazette.example.net", " | The Journal Gazette", "en_US", "@journalgazette",
               ["Local", "Business", "Sports", "Opinion", "e-Edition"],
               ["\u00a9 2025 The Journal Gazette", "Contact Us", "Terms of Service"], share=["Facebook", "X", "Email"],
               top=["Subscribe", "Log in"])
SITE_DM = site("தினமணி", "https://www.dinamani.example.com", " | தினமணி", "ta_IN", "@DinamaniDaily",
               ["முகப்பு", "தமிழ்நாடு", "இந்தியா", "வணிகம்", "விளையாட்டு"],
               ["Copyright - dinamani.com 2024", "About Us", "Privacy Policy"], share=["Facebook", "X", "WhatsApp"])
SITE_BG = site("BirGün", "https://www.birgun.example.net", " | BirGün", "tr_TR", "@BirGun_Gazetesi",
               ["Gündem", "Emek", "Ekonomi", "Dünya", "Yazarlar"],
               ["\u00a9 2025 BirGün Gazetesi. Tüm hakları saklıdır.", "Künye", "İletişim"], share=["Paylaş", "Facebook", "X", "WhatsApp"])
SITE_CI = site("Connectionivoirienne.net", "https://www.connectionivoirienne.example.net", " - Connectionivoirienne.net", "fr_FR", "@connectionivoir",
               ["Accueil", "Politique", "Economie", "Société", "Sport"],
               ["\u00a9 2025 Connectionivoirienne.net", "Qui sommes-nous", "Contact"], share=["Partager", "Facebook", "X", "WhatsApp"])

HTML_STORIES = [
    # Al-Seyassah (Kuwait, Arabic): original of the KUNA cluster; KUNA dateline and end line.
    dict(KUNA, role="original", file="alseyassah_kuna_qowa_amela_ar.html", render="html",
         site=SITE_SY, section="محليات", meta_section="محليات",
         url="https://al-seyassah.example.com/article/458213",
         published="2025-02-03T13:20:00+03:00",
         byline_lines=["كونا"], date_lines=["الاثنين 3 فبراير 2025"],
         inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضاً:", "زيادة رسوم تصاريح العمل للوافدين")]},
         end_lines=["(كونا)"],
         lists=[("الأكثر قراءة", ["الطقس: أمطار رعدية متفرقة", "البورصة تغلق على ارتفاع"])]),
    # Ghana Business News (Ghana, gzipped page): original of the GNA cluster; GNA dateline, 'Source: GNA'.
    dict(GNA, role="original", file="ghanabusinessnews_gna_tema_garment_jobs.html.gz", render="html",
         site=SITE_GBN, section="Business", meta_section="Business",
         url="https://www.ghanabusinessnews.example.com/2024/09/09/tema-garment-factory-to-hire-600-workers/",
         published="2024-09-09T17:05:00+00:00",
         ld_author=[{"@type": "Person", "name": "Ghana Business News"}],
         byline_lines=["By Ghana Business News"], date_lines=["September 9, 2024"],
         inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "AGI says power cuts are hurting factories")]},
         end_lines=["Source: GNA"],
         tags=("Tags:", ["Free Zones", "Garment", "Jobs"]),
         comments=["Leave a Reply", "Your email address will not be published."]),
    # ethnos.gr (Greece, Greek): ANA-MPA copy, 'Πηγή: ΑΠΕ-ΜΠΕ', Patras.
    rec(cluster="ethnos-apempe-patra-port-workers", role="single", file="ethnos_apempe_patra_limani_el.html", render="html",
        site=SITE_ETH, title="Στάση εργασίας των λιμενεργατών στην Πάτρα για τις βάρδιες",
        date="2024-06-20", country="GR", region="europe", lang="el", agency="ANA-MPA",
        section="Οικονομία", meta_section="Οικονομία",
        url="https://www.ethnos.example.gr/economy/article/329871/stasi-ergasias-limenergaton-patra",
        description="Οι εργαζόμενοι ζητούν προσλήψεις και λιγότερες υπερωρίες.",
        published="2024-06-20T10:15:00+03:00", modified="2024-06-20T12:40:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Newsroom"}],
        byline_lines=["Newsroom"], date_lines=["20.06.2024 | 10:15", "Ενημερώθηκε: 20.06.2024 | 12:40"],
        caption="Φορτηγά στο νέο λιμάνι της Πάτρας.", credit="EUROKINISSI", credit_shown="Φωτογραφία: EUROKINISSI",
        inserts={2: [("ad", "ΔΙΑΦΗΜΙΣΗ")], 5: [("link", "Διαβάστε επίσης:", "Αυξάνεται ο κατώτατος μισθός από 1η Απριλίου")]},
        end_lines=["Πηγή: ΑΠΕ-ΜΠΕ"],
        lists=[("Δημοφιλή", ["Τι αλλάζει στις συντάξεις", "Καύσωνας: πού θα χτυπήσει"])],
        paras=P("""
Τετράωρη στάση εργασίας πραγματοποίησαν την Πέμπτη οι λιμενεργάτες στο νέο λιμάνι της Πάτρας, διαμαρτυρόμενοι για τις εξαντλητικές βάρδιες.

Σύμφωνα με το σωματείο, στο λιμάνι εργάζονται σήμερα 60 λιμενεργάτες, ενώ πριν από δέκα χρόνια ήταν περισσότεροι από 90.

Ο πρόεδρος του σωματείου, Γιώργος Παπαδόπουλος, δήλωσε ότι πολλοί εργαζόμενοι κάνουν διπλές βάρδιες σχεδόν κάθε εβδομάδα.

Οι λιμενεργάτες ζητούν την πρόσληψη τουλάχιστον 20 νέων εργαζομένων πριν από την καλοκαιρινή αιχμή.

Η διοίκηση του οργανισμού λιμένα ανέφερε ότι η διαδικασία πρόσληψης έχει ήδη ξεκινήσει και θα ολοκληρωθεί μέσα στον Ιούλιο.

Κατά τη διάρκεια της στάσης καθυστέρησε η φόρτωση φορτηγών στα πλοία για την Ιταλία.

Οι εξαγωγείς της περιοχής ζήτησαν να βρεθεί γρήγορα λύση, καθώς το καλοκαίρι διακινούνται μεγάλες ποσότητες φρούτων.

Το σωματείο προειδοποίησε ότι θα προχωρήσει σε νέες κινητοποιήσεις αν δεν υπάρξει γραπτή δέσμευση για τις προσλήψεις.

Το λιμάνι της Πάτρας είναι η βασική πύλη της δυτικής Ελλάδας προς την Ιταλία.

Την κινητοποίηση στήριξαν και εργαζόμενοι από άλλα σωματεία της πόλης.
"""),
        must_have=[
            "Οι λιμενεργάτες ζητούν την πρόσληψη τουλάχιστον 20 νέων εργαζομένων πριν από την καλοκαιρινή αιχμή.",
            "Κατά τη διάρκεια της στάσης καθυστέρησε η φόρτωση φορτηγών στα πλοία για την Ιταλία.",
        ]),
    # Galway Advertiser (Ireland): staff, medtech plant expansion.
    rec(cluster="galwayadvertiser-parkmore-medtech-jobs", role="single", file="galwayadvertiser_parkmore_jobs.html", render="html",
        site=SITE_GA, title="Parkmore medtech firm to create 250 jobs in €60m expansion",
        date="2024-03-07", country="IE", region="europe", lang="en", authors=["Declan Furey"],
        section="Business", meta_section="Business",
        url="https://www.advertiser.example.ie/galway/article/131204/parkmore-medtech-firm-to-create-250-jobs",
        description="Recruitment will begin this spring for engineers and production staff.",
        published="2024-03-07T09:00:00+00:00",
        byline_lines=["Declan Furey"], date_lines=["Thursday, March 07, 2024"],
        caption="The company's plant at Parkmore Business Park.", credit="Andrew Downes", credit_shown="Photo: Andrew Downes",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Read more:", "Galway city centre traders report busy Christmas")]},
        below_body=[("bio", "Declan Furey is a business reporter with the Galway Advertiser.")],
        lists=[("Latest News", ["Council approves Salthill cycleway", "Ballybrit ready for race week"])],
        paras=P("""
A medical devices company at Parkmore Business Park is to create 250 jobs over the next three years as part of a €60 million
expansion of its Galway plant.

Corrib Vascular, which makes catheters and stents, said the new roles would include engineers, quality specialists and production operators.

The company already employs about 900 people in Galway and recently completed a new clean room at the site.

Chief executive Niamh Kilbride said Galway had a deep pool of experienced medtech workers and strong links with the University of Galway.

Recruitment will begin this spring, with the first new production line due to open early next year.

IDA Ireland is supporting the investment, which was welcomed by the Minister for Enterprise.

Local business leaders said the news was a boost for the west at a time when some tech firms were cutting staff.

However, they warned that the shortage of housing in the city made it harder for companies to attract workers.

The company said it would work with local training colleges to offer apprenticeships in engineering.
"""),
        must_have=[
            "The company already employs about 900 people in Galway and recently completed a new clean room at the site.",
            "However, they warned that the shortage of housing in the city made it harder for companies to attract workers.",
        ]),
    # Chatham Daily News (Ontario): staff, Postmedia layout, 'Author of the article:' byline.
    rec(cluster="chathamdailynews-tilbury-greenhouse-workers", role="single", file="chathamdailynews_greenhouse_workers.html", render="html",
        site=SITE_CDN, title="Greenhouse growers in Chatham-Kent say they need 1,500 more workers",
        date="2024-04-11", country="CA", region="americas", lang="en", authors=["Trevor Van Dusen"],
        section="Local News", meta_section="Local News",
        url="https://www.chathamdailynews.example.ca/news/local-news/greenhouse-growers-need-more-workers",
        description="Growers say housing is the biggest barrier to hiring.",
        published="2024-04-11T16:45:00-04:00",
        byline_lines=["Author of the article: Trevor Van Dusen", "Published Apr 11, 2024  \u2022  2 minute read"],
        caption="Workers pick peppers at a greenhouse near Tilbury.", credit="Trevor Van Dusen/Chatham Daily News",
        inserts={2: [("ad", "Advertisement 1")], 5: [("promo", ["Chatham This Week", "Sign up to receive daily headline news from the Chatham Daily News.", "Sign Up"])]},
        comments=["Join the Conversation", "Postmedia is committed to maintaining a lively but civil forum for discussion."],
        paras=P("""
Greenhouse growers in Chatham-Kent say they need about 1,500 more workers this year as new glass houses go up around Tilbury and Wheatley.

The Chatham-Kent greenhouse sector has grown by roughly a third in five years, with most of the expansion in peppers, cucumbers and strawberries.

Growers told a municipal committee Tuesday that they rely heavily on seasonal workers from Mexico and the Caribbean.

Sandra Pires, who runs a family greenhouse near Tilbury, said finding housing for workers was now harder than finding the workers.

Under federal rules, employers must provide inspected housing for temporary foreign workers.

Some councillors said the municipality should speed up approvals for bunkhouses on farm properties.

A workers' advocate said many seasonal workers live in crowded houses and should have a say in how new housing is built.

The local economic development office estimates the sector employs about 5,000 people in the municipality.

Council is expected to vote on changes to housing rules for farm workers next month.
"""),
        must_have=[
            "Under federal rules, employers must provide inspected housing for temporary foreign workers.",
            "The local economic development office estimates the sector employs about 5,000 people in the municipality.",
        ]),
    # The Journal Gazette (Fort Wayne, Indiana): staff, 'By X and Y' byline.
    rec(cluster="journalgazette-fort-wayne-small-business-grants", role="single", file="journalgazette_small_business_grants.html", render="html",
        site=SITE_JG, title="Fort Wayne storefront grants draw 140 applicants in first week",
        date="2025-03-05", country="US", region="americas", lang="en", authors=["Marisa Keough", "Dwayne Albrecht"],
        section="Business", meta_section="Business",
        url="https://www.journalgazette.example.net/business/fort-wayne-storefront-grants-draw-140-applicants/article_5c1d.html",
        description="Small business owners can get up to $25,000 for facade and interior work.",
        published="2025-03-05T05:00:00-05:00",
        byline_lines=["By Marisa Keough and Dwayne Albrecht", "The Journal Gazette"], date_lines=["Mar 5, 2025"],
        inserts={2: [("ad", "Advertisement")], 5: [("box", "More business news", ["Downtown hotel project gets tax break", "Local bakery opens second shop"])]},
        below_body=[("contact", "Marisa Keough covers business. Reach her at mkeough@jg.net.")],
        paras=P("""
More than 140 small business owners applied in the first week of a new city grant program to fix up storefronts along Fort Wayne's
older commercial corridors.

The program offers matching grants of up to $25,000 for facade repairs, signs, lighting and some interior work.

City officials had expected about 60 applications in the first month, said the director of the city's Community Development office.

Applicants include restaurants, barber shops, a bicycle repair shop and several family-owned grocery stores.

The city has set aside $1.2 million for the first round, enough for roughly 50 to 70 projects.

Priority will go to businesses on Broadway, Wayne Trace and South Calhoun Street, where many buildings date to the 1920s.

Business owners said rising costs for materials and labor had made it hard to pay for repairs on their own.

A panel of city staff and neighborhood representatives will review applications and announce the first awards in May.

The city hopes to expand the program next year if the first round goes well.
"""),
        must_have=[
            "The program offers matching grants of up to $25,000 for facade repairs, signs, lighting and some interior work.",
            "A panel of city staff and neighborhood representatives will review applications and announce the first awards in May.",
        ]),
    # Dinamani (India, Tamil): staff, 'நமது நிருபர்' desk byline, 'ஸ்ரீபெரும்புதூர்,' dateline.
    rec(cluster="dinamani-sriperumbudur-factory-workers", role="single", file="dinamani_sriperumbudur_thozhilalar_ta.html", render="html",
        site=SITE_DM, title="ஸ்ரீபெரும்புதூர் தொழிற்சாலை தொழிலாளர்கள் வேலைநிறுத்தம்",
        date="2024-09-17", dateline="ஸ்ரீபெரும்புதூர், ", city="Sriperumbudur", country="IN", region="asia", lang="ta",
        section="தமிழ்நாடு", meta_section="தமிழ்நாடு",
        url="https://www.dinamani.example.com/tamilnadu/2024/sep/17/sriperumbudur-factory-workers-strike",
        description="தொழிற்சங்க அங்கீகாரம் கோரி தொழிலாளர்கள் போராட்டம்.",
        published="2024-09-17T04:30:00+05:30",
        ld_author=[{"@type": "Person", "name": "நமது நிருபர்"}],
        byline_lines=["நமது நிருபர்"], date_lines=["Published on: 17 செப்டம்பர் 2024, 4:30 am"],
        inserts={2: [("ad", "விளம்பரம்")], 5: [("link", "இதையும் படிக்க:", "சென்னையில் தங்கம் விலை உயர்வு")]},
        tags=("Tags :", ["தொழிலாளர்கள்", "வேலைநிறுத்தம்"]),
        lists=[("தொடர்புடையது", ["காஞ்சிபுரம் மாவட்டத்தில் புதிய தொழிற்பேட்டை"])],
        paras=P("""
ஸ்ரீபெரும்புதூர் அருகே உள்ள வீட்டு உபயோகப் பொருள்கள் தயாரிக்கும் தொழிற்சாலையில் பணிபுரியும் சுமார் ஆயிரம் தொழிலாளர்கள் தொழிற்சங்க அங்கீகாரம் கோரி திங்கள்கிழமை வேலைநிறுத்தத்தில் ஈடுபட்டனர்.

தொழிற்சாலை வளாகத்துக்கு வெளியே அமைக்கப்பட்ட பந்தலில் தொழிலாளர்கள் அமர்ந்து போராட்டம் நடத்தினர்.

ஊதிய உயர்வு, பணி நேரக் குறைப்பு உள்ளிட்ட கோரிக்கைகளையும் அவர்கள் முன்வைத்துள்ளனர்.

தொழிற்சங்கத் தலைவர் ரமேஷ் குமார் கூறுகையில், நிர்வாகம் பேச்சுவார்த்தைக்கு அழைக்கும் வரை போராட்டம் தொடரும் என்றார்.

நிர்வாகம் தரப்பில் வெளியிட்ட அறிக்கையில், தொழிலாளர்களின் நலனுக்காக ஏற்கெனவே தனிக் குழு செயல்பட்டு வருவதாகத் தெரிவிக்கப்பட்டது.

தொழிலாளர் நலத் துறை அதிகாரிகள் இரு தரப்பினருடனும் பேச்சுவார்த்தை நடத்த ஏற்பாடு செய்துள்ளனர்.

இப்பகுதியில் உள்ள பல தொழிற்சாலைகளுக்கு உதிரிபாகங்கள் வழங்கும் சிறு நிறுவனங்களும் இந்த வேலைநிறுத்தத்தால் பாதிக்கப்பட்டுள்ளன.

போராட்டம் நீடித்தால் பண்டிகைக் கால விற்பனைக்கான உற்பத்தி பாதிக்கப்படும் என்று தொழில் துறையினர் கவலை தெரிவித்துள்ளனர்.

ஸ்ரீபெரும்புதூர் பகுதியில் நூற்றுக்கும் மேற்பட்ட பெரிய தொழிற்சாலைகள் இயங்கி வருகின்றன.

இவற்றில் லட்சக்கணக்கான தொழிலாளர்கள் பணிபுரிகின்றனர், அவர்களில் பெரும்பாலோர் பிற மாவட்டங்களைச் சேர்ந்தவர்கள்.

போராட்டத்துக்கு பல்வேறு தொழிற்சங்கங்கள் ஆதரவு தெரிவித்துள்ளன.

அடுத்த வாரம் மாவட்ட ஆட்சியர் முன்னிலையில் முத்தரப்பு பேச்சுவார்த்தை நடைபெறும் என எதிர்பார்க்கப்படுகிறது.

தொழிலாளர்கள் அமைதியான முறையில் போராட்டத்தைத் தொடர முடிவு செய்துள்ளனர்.

காவல் துறையினர் பாதுகாப்புப் பணியில் ஈடுபட்டுள்ளனர்.

தொழிற்சாலையில் பணிபுரியும் பெண் தொழிலாளர்கள் பலரும் போராட்டத்தில் பங்கேற்றனர்.

அவர்களுக்கு இரவுப் பணிக்குப் பின் பாதுகாப்பான போக்குவரத்து வசதி வேண்டும் என்றும் தொழிலாளர்கள் கோரியுள்ளனர்.

தொழிற்சாலை நிர்வாகம் இது குறித்து பரிசீலிப்பதாகத் தெரிவித்துள்ளது.
"""),
        must_have=[
            "ஊதிய உயர்வு, பணி நேரக் குறைப்பு உள்ளிட்ட கோரிக்கைகளையும் அவர்கள் முன்வைத்துள்ளனர்.",
            "தொழிலாளர் நலத் துறை அதிகாரிகள் இரு தரப்பினருடனும் பேச்சுவார்த்தை நடத்த ஏற்பாடு செய்துள்ளனர்.",
        ]),
    # BirGün (Turkey, Turkish): staff, 'Emek' (labour) section, 'Güncelleme' line.
    rec(cluster="birgun-gebze-metal-workers-strike", role="single", file="birgun_gebze_metal_grev_tr.html", render="html",
        site=SITE_BG, title="Gebze'de metal işçileri ücret zammı için iş bıraktı",
        date="2025-01-21", country="TR", region="asia", lang="tr", authors=["Deniz Karaca"],
        section="Emek", meta_section="Emek",
        url="https://www.birgun.example.net/haber/gebze-de-metal-iscileri-ucret-zammi-icin-is-birakti-589123",
        description="İşçiler yüzde 45 zam talep ediyor.",
        published="2025-01-21T11:30:00+03:00", modified="2025-01-21T14:05:00+03:00",
        byline_lines=["Deniz Karaca"], date_lines=["21.01.2025 11:30", "Güncelleme: 21.01.2025 14:05"],
        caption="İşçiler fabrika önünde eylem yaptı.", credit="BirGün", credit_shown="Fotoğraf: BirGün",
        inserts={2: [("ad", "Reklam")], 5: [("link", "İLGİLİ HABER", "Asgari ücrete ara zam talebi reddedildi")]},
        below_body=[("gate", "BirGün'e abone olun")],
        paras=P("""
Kocaeli'nin Gebze ilçesindeki bir otomotiv yan sanayi fabrikasında çalışan yaklaşık 800 metal işçisi, ücret zammı talebiyle sabah vardiyasında iş bıraktı.

İşçiler, enflasyon karşısında ücretlerinin eridiğini belirterek yüzde 45 zam istiyor.

İşveren ise ilk yıl için yüzde 25 zam teklif etti ve teklifin son olduğunu açıkladı.

Sendika temsilcisi Murat Aksoy, işçilerin büyük bölümünün asgari ücretin biraz üzerinde maaş aldığını söyledi.

Aksoy, kira ve gıda fiyatlarının son bir yılda ikiye katlandığını, işçilerin geçinemediğini ifade etti.

Fabrika önünde toplanan işçilere çevredeki başka fabrikalardan da destek ziyaretleri yapıldı.

Şirket yönetimi yaptığı açıklamada, üretimin aksamasının müşterilere teslimatları geciktireceğini bildirdi.

Sendika, anlaşma sağlanamaması halinde önümüzdeki hafta grev kararı asacağını duyurdu.

Bölgede yüzlerce yan sanayi fabrikası bulunuyor ve sektörde benzer toplu sözleşme görüşmeleri sürüyor.

Eyleme katılan işçiler, vardiya çıkışında fabrika önünde basın açıklaması yaparak taleplerini kamuoyuna duyurdu.

İşçilerden biri, iki çocuğuyla birlikte kirada oturduğunu ve maaşının ayın ortasında bittiğini anlattı.

Sendika, benzer taleplerin çevredeki diğer fabrikalarda da dile getirildiğini ve ortak bir eylem takvimi hazırlandığını açıkladı.
"""),
        must_have=[
            "İşveren ise ilk yıl için yüzde 25 zam teklif etti ve teklifin son olduğunu açıkladı.",
            "Sendika, anlaşma sağlanamaması halinde önümüzdeki hafta grev kararı asacağını duyurdu.",
        ]),
    # Connectionivoirienne.net (Côte d'Ivoire, French): AIP copy, 'Soubré, 12 fév 2025 (AIP)-' dateline.
    rec(cluster="connectionivoirienne-aip-soubre-cacao-cooperatives", role="single", file="connectionivoirienne_aip_soubre_fr.html", render="html",
        site=SITE_CI, title="Soubré : des coopératives de cacao forment 500 jeunes aux métiers de la transformation",
        date="2025-02-12", dateline="Soubré, 12 fév 2025 (AIP)- ", city="Soubré", country="CI", region="africa", lang="fr", agency="AIP",
        section="Economie", meta_section="Economie",
        url="https://www.connectionivoirienne.example.net/2025/02/12/soubre-cooperatives-cacao-forment-500-jeunes/",
        description="Le programme doit créer des emplois pour les jeunes de la région de la Nawa.",
        published="2025-02-12T18:10:00+00:00",
        ld_author=[{"@type": "Person", "name": "CIN"}],
        byline_lines=["Par CIN"], date_lines=["12 février 2025"],
        inserts={2: [("ad", "Publicité")], 5: [("link", "Lire aussi :", "Le prix bord champ du cacao fixé à 2 200 FCFA")]},
        end_lines=["(AIP)"],
        lists=[("Articles similaires", ["San Pedro : le port enregistre un trafic record"])],
        paras=P("""
Cinq cents jeunes de la région de la Nawa bénéficient depuis lundi d'une formation aux métiers de la transformation du cacao, organisée par
un groupement de coopératives agricoles.

La formation, d'une durée de trois mois, porte sur la fermentation, le séchage, la torréfaction et la fabrication de beurre de cacao.

Le président du groupement, Yao Kouassi Bernard, a expliqué que les coopératives veulent garder une plus grande part de la valeur ajoutée
dans la région.

Il a indiqué que deux petites unités de transformation seront installées à Soubré et à Méagui d'ici la fin de l'année.

Les jeunes formés pourront être recrutés dans ces unités ou créer leurs propres petites entreprises.

Le directeur régional de l'Emploi a salué l'initiative, soulignant que le chômage des jeunes reste élevé dans la zone.

Plusieurs participantes ont dit espérer ouvrir de petits ateliers de fabrication de chocolat pour les marchés locaux.

La Nawa est l'une des premières régions productrices de cacao du pays.
"""),
        must_have=[
            "La formation, d'une durée de trois mois, porte sur la fermentation, le séchage, la torréfaction et la fabrication de beurre de cacao.",
            "Les jeunes formés pourront être recrutés dans ces unités ou créer leurs propres petites entreprises.",
        ]),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, Guardian Nigeria: staff, capitalised byline with '|' and date.
    rec(cluster="guardianng-lagos-artisans-fuel-costs", role="single", file="newsplease_guardianng_lagos_artisans.json",
        render="newsplease", title="Lagos artisans count losses as fuel costs push up workshop bills",
        date="2024-06-25", country="NG", region="africa", lang="en", authors=["Chinedu Okafor"],
        url="https://guardian.example.ng/business-services/lagos-artisans-count-losses-as-fuel-costs-push-up-workshop-bills/",
        source_domain="guardian.example.ng",
        description="Welders, tailors and carpenters say generators now eat most of their earnings.",
        np_authors=["Chinedu Okafor"], np_publish="2024-06-25 04:10:00", np_download="2024-06-25 11:32:51",
        head_lines=["By Chinedu Okafor", "25 June 2024   |   5:10 am", "Share"],
        inserts={2: ["Advertisement"], 5: ["READ ALSO: Manufacturers seek tariff relief as costs climb"]},
        tail_lines=["Related", "Guardian Nigeria", "Join Our WhatsApp Channel", "Copyright \u00a9 2024 Guardian Newspapers Limited. All rights reserved.",
                    "Don't Miss", "Subscribe to our newsletter"],
        paras=P("""
Artisans in Lagos say the rising price of petrol has pushed up the cost of running their workshops, forcing many to raise prices or cut staff.

At a cluster of welding shops in Ikeja, owners said they now spend more than half of their daily earnings on fuel for generators.

Mr Tunde Adebayo, who has run a welding business for 18 years, said he laid off two of his five apprentices last month.

Tailors in Yaba said customers were ordering fewer clothes and bargaining harder because their own incomes had fallen.

A carpenter in Mushin said the price of wood had also risen because of higher transport costs.

Some artisans have joined together to share one large generator to reduce costs.

Officials of the state's small business agency said they were working on a loan scheme for solar equipment for workshops.

Economists say small businesses employ most of the city's workers and are hit hardest when energy prices rise.
"""),
        must_have=[
            "Tailors in Yaba said customers were ordering fewer clothes and bargaining harder because their own incomes had fallen.",
            "Some artisans have joined together to share one large generator to reduce costs.",
        ]),
    # news-please, Dziennik Gazeta Prawna (Poland, Polish): PAP copy, 'Źródło: PAP'.
    rec(cluster="gazetaprawna-pap-lodz-warehouse-jobs", role="single", file="newsplease_gazetaprawna_pap_lodz_pl.json",
        render="newsplease", title="Pod Łodzią powstanie centrum logistyczne. Pracę znajdzie 700 osób",
        date="2024-11-05", country="PL", region="europe", lang="pl", agency="PAP",
        url="https://www.gazetaprawna.example.pl/wiadomosci/kraj/artykuly/9651234,pod-lodzia-powstanie-centrum-logistyczne.html",
        source_domain="www.gazetaprawna.example.pl",
        description="Inwestor zapowiada, że pierwsi pracownicy zostaną zatrudnieni latem.",
        np_authors=["PAP"], np_publish="2024-11-05 13:42:00", np_download="2024-11-05 16:20:14",
        head_lines=["PAP", "5 listopada 2024, 13:42", "Ten tekst przeczytasz w 2 minuty"],
        inserts={2: ["Reklama"], 5: ["Czytaj też: Płaca minimalna w 2025 roku wzrośnie do 4666 zł"]},
        tail_lines=["Źródło: PAP", "Polecane", "Dołącz do nas na Facebooku", "Zapisz się na newsletter",
                    "Copyright \u00a9 INFOR PL S.A.", "Skomentuj"],
        paras=P("""
W Strykowie pod Łodzią powstanie nowe centrum logistyczne, w którym pracę znajdzie około 700 osób, poinformował we wtorek inwestor.

Budowa hali o powierzchni 90 tysięcy metrów kwadratowych rozpocznie się wiosną, a pierwsi pracownicy mają zostać zatrudnieni latem przyszłego roku.

Firma poszukuje magazynierów, operatorów wózków widłowych, kierowców oraz pracowników biurowych.

Przedstawiciel inwestora Piotr Wiśniewski powiedział, że wynagrodzenia na stanowiskach magazynowych zaczną się od około 5500 złotych brutto.

Burmistrz Strykowa ocenił, że inwestycja zwiększy wpływy z podatków i przyciągnie do gminy nowych mieszkańców.

Region łódzki stał się w ostatnich latach jednym z największych ośrodków logistycznych w kraju dzięki położeniu przy skrzyżowaniu autostrad.

Pracodawcy z branży skarżą się jednak na coraz większe trudności ze znalezieniem pracowników.

Urząd pracy zapowiedział, że zorganizuje szkolenia dla bezrobotnych chcących zdobyć uprawnienia operatora wózka widłowego.

Inwestor zapowiedział także, że zapewni pracownikom dojazd autobusami z Łodzi i Zgierza na każdą zmianę.

Pierwsze rozmowy kwalifikacyjne mają się odbyć w lokalnym urzędzie pracy jeszcze przed rozpoczęciem budowy.

Samorząd liczy, że w okolicy centrum powstaną również nowe sklepy i punkty usługowe.
"""),
        must_have=[
            "Firma poszukuje magazynierów, operatorów wózków widłowych, kierowców oraz pracowników biurowych.",
            "Pracodawcy z branży skarżą się jednak na coraz większe trudności ze znalezieniem pracowników.",
        ]),
    # news-please, Australian Manufacturing (trade site): staff, 'Posted by' byline.
    rec(cluster="australianmanufacturing-geelong-apprentices", role="single", file="newsplease_australianmanufacturing_apprentices.json",
        render="newsplease", title="Victorian fabricator doubles apprentice intake as defence orders grow",
        date="2024-08-14", country="AU", region="oceania", lang="en", authors=["Lachlan Birch"],
        url="https://www.australianmanufacturing.example.com.au/64521/victorian-fabricator-doubles-apprentice-intake",
        source_domain="www.australianmanufacturing.example.com.au",
        description="The Geelong company will take on 24 apprentices this year.",
        np_authors=["Lachlan Birch"], np_publish="2024-08-14 00:00:00", np_download="2024-08-14 07:45:02",
        head_lines=["Posted by: Lachlan Birch", "14th August 2024"],
        inserts={2: ["Advertisement"], 5: ["Related: Skills shortage list adds welders and machinists"]},
        tail_lines=["Tags: Apprenticeships, Defence, Victoria", "Share this article", "LinkedIn", "Subscribe to our free newsletter",
                    "Australian Manufacturing is published by Octomedia.", "\u00a9 2024 Australian Manufacturing", "Previous Article", "Next Article"],
        paras=P("""
A metal fabrication company in Geelong will double its apprentice intake this year after winning new work supplying parts for defence vehicles.

Bellarine Steelworks will take on 24 apprentices in welding, machining and electrical trades, up from 12 last year.

Managing director Rachel Costa said the company had struggled to find qualified tradespeople and decided to train its own.

The firm employs about 210 people and has invested in new laser cutting and robotic welding equipment.

Costa said apprentices would spend time on every part of the production line before choosing a specialty.

Industry groups say manufacturing businesses across Victoria face a shortage of skilled trades workers.

The company is working with a local TAFE to shorten the time between enrolment and the first day on the job.

Costa said government incentives for employers who hire apprentices had made the decision easier.

The first group of new apprentices will start in September, with a second intake planned for early next year.
"""),
        must_have=[
            "The firm employs about 210 people and has invested in new laser cutting and robotic welding equipment.",
            "Industry groups say manufacturing businesses across Victoria face a shortage of skilled trades workers.",
        ]),
    # trafilatura, Lankadeepa (Sri Lanka, Sinhala): staff, reporter line at the end.
    rec(cluster="lankadeepa-katunayake-ftz-workers", role="single", file="trafilatura_lankadeepa_katunayake_si.json",
        render="trafilatura", title="කටුනායක කලාපයේ සේවකයින්ට වැටුප් වැඩි කිරීමක්",
        date="2024-05-02", country="LK", region="asia", lang="si", authors=["නිමල් පෙරේරා"], section="ප්‍රවෘත්ති",
        url="https://www.lankadeepa.example.lk/news/katunayake-ftz-wage-increase/1-612345",
        hostname="www.lankadeepa.example.lk", source_hostname="Lankadeepa",
        description="ඇඟලුම් කම්හල් සේවකයින්ගේ අවම වැටුප ඉහළ යයි.",
        tf_author="නිමල් පෙරේරා", tf_date="2024-05-02", tf_language="si", categories="ප්‍රවෘත්ති;ආර්ථික",
        head_lines=["2024 මැයි 02 10:15", "බෙදාගන්න"],
        inserts={2: ["දැන්වීම"], 5: ["මේ ගැනත් කියවන්න: ඇඟලුම් අපනයන ආදායම පහත වැටේ"]},
        tail_lines=["නිමල් පෙරේරා", "මීගමුව සිට", "අදහස් දක්වන්න", "ආශ්‍රිත පුවත්", "© 2024 Lankadeepa", "අපව අනුගමනය කරන්න"],
        paras=P("""
කටුනායක නිදහස් වෙළෙඳ කලාපයේ ඇඟලුම් කම්හල්වල සේවකයින්ගේ මාසික අවම වැටුප රුපියල් පන්දහසකින් වැඩි කිරීමට සේවා යෝජකයින් එකඟ වී තිබේ.

මෙම වැඩිවීම ලබන මාසයේ සිට ක්‍රියාත්මක වන අතර එයින් සේවකයින් හතළිස් දහසකට පමණ ප්‍රතිලාභ හිමි වේ.

වෘත්තීය සමිති නියෝජිතයින් පැවසුවේ ජීවන වියදම ඉහළ යාම නිසා සේවකයින් දැඩි අපහසුතාවයට පත්ව සිටි බවයි.

බොහෝ සේවකයින් කලාපය අවට බෝඩිම්වල ජීවත් වන අතර කුලී මුදල් ද පසුගිය වසරේ සැලකිය යුතු ලෙස ඉහළ ගොස් ඇත.

සේවා යෝජකයින් පවසන්නේ විදේශ ඇණවුම් අඩු වී ඇති නිසා මීට වඩා වැඩි වැටුප් වැඩිවීමක් ලබා දිය නොහැකි බවයි.

සමහර කම්හල් අතිකාල වැඩ අඩු කර ඇති බැවින් සේවකයින්ගේ මුළු ආදායම අඩු වී ඇතැයි ද සේවකයෝ පවසති.

කම්කරු දෙපාර්තමේන්තුව පැවසුවේ නව වැටුප ගෙවන්නේ දැයි පරීක්ෂා කිරීමට නිලධාරීන් කලාපයට යවන බවයි.

වෘත්තීය සමිති තවදුරටත් නේවාසික පහසුකම් සහ ප්‍රවාහන දීමනා ඉල්ලා සිටින බව ද පැවසීය.

ඇඟලුම් කර්මාන්තය රටේ විශාලතම අපනයන ආදායම් මාර්ගයක් වන අතර එහි දස ලක්ෂයකට ආසන්න පිරිසක් සේවය කරති.

කලාපයේ කම්හල් කිහිපයක් නව සේවකයින් බඳවා ගැනීම සඳහා දැන්වීම් පළ කර ඇත.

සේවකයින් බොහෝ දෙනෙක් ග්‍රාමීය ප්‍රදේශවලින් පැමිණි තරුණියන් වේ.

රජය ද කලාපයේ සේවකයින් සඳහා නිවාස ව්‍යාපෘතියක් සැලසුම් කරමින් සිටින බව නිලධාරීහු පැවසූහ.
"""),
        must_have=[
            "මෙම වැඩිවීම ලබන මාසයේ සිට ක්‍රියාත්මක වන අතර එයින් සේවකයින් හතළිස් දහසකට පමණ ප්‍රතිලාභ හිමි වේ.",
            "කම්කරු දෙපාර්තමේන්තුව පැවසුවේ නව වැටුප ගෙවන්නේ දැයි පරීක්ෂා කිරීමට නිලධාරීන් කලාපයට යවන බවයි.",
        ]),
    # trafilatura, Hauraki Herald (New Zealand): staff, LDR-free community paper, 'Paeroa' story.
    rec(cluster="haurakiherald-paeroa-small-business", role="single", file="trafilatura_haurakiherald_paeroa_shops.json",
        render="trafilatura", title="Paeroa shop owners band together as main street roadworks drag on",
        date="2023-11-09", country="NZ", region="oceania", lang="en", authors=["Aroha Tipene"], section="News",
        url="https://www.haurakiherald.example.co.nz/news/paeroa-shop-owners-band-together/",
        hostname="www.haurakiherald.example.co.nz", source_hostname="Hauraki Herald",
        description="Retailers say foot traffic has fallen by a third.",
        tf_author="Aroha Tipene", tf_date="2023-11-09", tf_language="en", categories="News;Business",
        head_lines=["By Aroha Tipene", "9 Nov, 2023 05:00 AM", "3 mins to read"],
        inserts={2: ["Advertisement"], 5: ["Read more: Thames cafe wins regional award"]},
        tail_lines=["Aroha Tipene is a reporter for the Hauraki Herald.", "Share this article", "Reminder, this is a Premium article and requires a subscription to read.",
                    "Latest from Hauraki Herald", "\u00a9 Copyright 2023 NZME Publishing Limited"],
        paras=P("""
Shop owners on Paeroa's main street have joined together to run weekend markets and discounts while roadworks keep customers away.

The works to replace water pipes under Belmont Rd began in August and are not due to finish until February.

Retailers say the number of people walking past their shops has fallen by about a third since the work started.

Gift shop owner Mere Hohaia said some days she made only a handful of sales.

The group has printed a map showing where shoppers can park and how to reach each shop from the back lanes.

The Hauraki District Council said contractors were working as fast as possible and had changed the schedule to keep more car parks open.

The council has also waived footpath trading fees for businesses affected by the works.

Business owners want the council to consider a small grant for shops that lost the most trade.
"""),
        must_have=[
            "The works to replace water pipes under Belmont Rd began in August and are not due to finish until February.",
            "The council has also waived footpath trading fees for businesses affected by the works.",
        ]),
    # trafilatura, Lowell Sun (Massachusetts): staff, MediaNews layout with 'UPDATED' line.
    rec(cluster="lowellsun-mill-city-nurses-strike-vote", role="single", file="trafilatura_lowellsun_nurses_strike_vote.json",
        render="trafilatura", title="Lowell home health aides authorize strike over mileage pay",
        date="2024-12-03", country="US", region="americas", lang="en", authors=["Colin Marchetti"], section="News",
        url="https://www.lowellsun.example.com/2024/12/03/lowell-home-health-aides-authorize-strike/",
        hostname="www.lowellsun.example.com", source_hostname="Lowell Sun",
        description="Aides say they are losing money driving between clients.",
        tf_author="Colin Marchetti", tf_date="2024-12-03", tf_language="en", categories="News;Local News",
        head_lines=["By Colin Marchetti | cmarchetti@lowellsun.com", "PUBLISHED: December 3, 2024 at 6:12 PM EST",
                    "UPDATED: December 4, 2024 at 8:40 AM EST"],
        inserts={2: ["Advertisement"], 5: ["RELATED ARTICLES", "Lowell General adds 40 nursing jobs"]},
        tail_lines=["Originally Published: December 3, 2024 at 6:12 PM EST", "Get Lowell Sun news delivered to your inbox",
                    "Sign up for The Lowell Sun's Daily Headlines newsletter.", "More in News", "Copyright \u00a9 2024 MediaNews Group"],
        paras=P("""
Home health aides who work for a Lowell agency voted Tuesday to authorize a strike if the company does not raise the amount it pays for driving between clients.

About 260 aides, most of them immigrants from Cambodia, Brazil and West Africa, care for elderly and disabled people in their homes.

The aides are paid 40 cents a mile, well below the federal rate, according to their union.

One aide said she drives more than 300 miles a week and spends much of her pay on gas and car repairs.

The agency, Merrimack Home Care Partners, said state reimbursement rates did not cover higher mileage payments.

Union leaders said they would give the company two weeks to return to the bargaining table before setting a strike date.

Advocates for older residents said a strike could leave vulnerable people without help during the winter.

State lawmakers are considering a bill that would raise reimbursement rates for home care agencies.
"""),
        must_have=[
            "The aides are paid 40 cents a mile, well below the federal rate, according to their union.",
            "Union leaders said they would give the company two weeks to return to the bargaining table before setting a strike date.",
        ]),
]


# ---- JSONL batches ---------------------------------------------------------------

SITE_CC = site("Correo del Caroní", "https://correodelcaroni.example.com", " - Correo del Caroní", "es_VE", "@correodelcaroni",
               ["Inicio", "Ciudad", "Economía", "País", "Deportes"],
               ["Correo del Caroní \u00a9 2024", "Nosotros", "Contacto"], share=["Compartir", "Facebook", "X", "WhatsApp"])

JSONL_STORIES = [
    # newsbeam text shape: the BTA story on BNR (syndicated member of the BTA cluster).
    dict(BTA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://bnr.example.bg/post/101987654/shivashko-predpriyatie-v-gabrovo-vdiga-zaplatite",
         nb_published="2024-05-14T10:05:00Z", outlet="БНР", nb_authors=[], editors=["Мария Петрова"],
         head_lines=["Публикувано на 14.05.2024 в 13:05", "Шрифт"],
         tail_lines=["По информация на БТА", "Редактор: Мария Петрова", "Снимка: архив", "Последвайте ни и в Google News Showcase",
                     "Новини по темата", "Най-четени", "Коментари", "\u00a9 Българско национално радио", "Сподели"]),
    # news-please shape: the KUNA story on Akhbar al-Khaleej (Bahrain; syndicated member of the KUNA cluster).
    dict(KUNA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.akhbar-alkhaleej.example.com/news/article/1398765",
         source_domain="www.akhbar-alkhaleej.example.com",
         np_authors=[], np_publish="2025-02-03 16:40:00", np_download="2025-02-03 19:02:33",
         head_lines=["الاثنين ٠٣ فبراير ٢٠٢٥ - ١٦:٤٠", "العدد : ١٧١٠٢"],
         tail_lines=["المصدر: كونا", "شارك", "فيسبوك", "واتساب", "أخبار ذات صلة", "الأكثر قراءة", "اشترك في النشرة البريدية",
                     "جميع الحقوق محفوظة لصحيفة أخبار الخليج © 2025", "طباعة", "تعليقات"]),
    # newsbeam html shape: Correo del Caroní (Venezuela, Spanish): staff, Ciudad Guayana.
    rec(cluster="correodelcaroni-guayana-steel-workers-wages", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_CC, title="Trabajadores de empresas básicas de Guayana protestan por salarios de 15 dólares",
        date="2024-03-14", country="VE", region="americas", lang="es", authors=["Yohana Marcano"],
        section="Economía", meta_section="Economía",
        url="https://correodelcaroni.example.com/economia/trabajadores-empresas-basicas-protestan-salarios/",
        description="Los trabajadores exigen salarios indexados y el pago de beneficios atrasados.",
        published="2024-03-14T15:20:00-04:00",
        nb_published="2024-03-14T19:20:00Z", outlet="Correo del Caroní", nb_authors=["Yohana Marcano"],
        byline_lines=["Por Yohana Marcano | @yohamarcano"], date_lines=["14 de marzo de 2024"],
        caption="Trabajadores marcharon por la avenida Guayana en Puerto Ordaz.", credit="William Urdaneta",
        credit_shown="Foto: William Urdaneta",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Lea también:", "Comerciantes de San Félix reportan caída en ventas")]},
        newsletter_end=["Suscríbete a nuestro boletín", "Apoya el periodismo independiente en Guayana"],
        paras=P("""
Trabajadores de las empresas básicas de Guayana marcharon este jueves en Puerto Ordaz para exigir salarios dignos, pues la mayoría
cobra el equivalente a unos 15 dólares mensuales más bonos.

La protesta reunió a obreros de las siderúrgicas y de las empresas del aluminio, muchos de ellos con más de veinte años de servicio.

El dirigente sindical Rafael Gómez dijo que los bonos no cuentan para las prestaciones sociales ni para las vacaciones.

Los trabajadores exigen que el salario sea indexado a la inflación y que se paguen las deudas de contratos colectivos vencidos.

Una operadora de grúa contó que debe vender comida los fines de semana para completar el ingreso de su familia.

Varios comercios de Ciudad Guayana dependen de las compras de los trabajadores de estas empresas.

Los manifestantes entregaron un documento en la sede de la corporación estatal que agrupa a las empresas.

Hasta el cierre de esta nota, la corporación no había respondido a las peticiones de los trabajadores.
"""),
        must_have=[
            "Los trabajadores exigen que el salario sea indexado a la inflación y que se paguen las deudas de contratos colectivos vencidos.",
            "Varios comercios de Ciudad Guayana dependen de las compras de los trabajadores de estas empresas.",
        ]),
    # trafilatura shape: the GNA story on Asaase Radio (syndicated member of the GNA cluster).
    dict(GNA, role="syndicated", file=JSONL_B, render="trafilatura", section="Business",
         url="https://asaase.example.com/tema-garment-factory-to-hire-600-workers/",
         hostname="asaase.example.com", source_hostname="Asaase Radio",
         tf_author="GNA", tf_date="2024-09-09", tf_language="en", categories="Business;Ghana",
         head_lines=["GNA", "9 September 2024"],
         tail_lines=["Source: Ghana News Agency", "Listen to Asaase Radio 99.5 live", "Share", "Facebook", "X", "Related posts",
                     "Subscribe to our newsletter", "\u00a9 2024 Asaase Broadcasting Company", "Tags:", "Jobs", "Tema"]),
    # news-please shape: Inverell Times (NSW): staff, ACM layout.
    rec(cluster="inverelltimes-abattoir-shifts", role="single", file=JSONL_B, render="newsplease",
        title="Inverell abattoir adds second shift, creating 70 jobs",
        date="2025-02-18", country="AU", region="oceania", lang="en", authors=["Georgia Pettit"],
        url="https://www.inverelltimes.example.com.au/story/8876543/inverell-abattoir-adds-second-shift/",
        source_domain="www.inverelltimes.example.com.au",
        description="The meat processor says it is recruiting locally first.",
        np_authors=["Georgia Pettit"], np_publish="2025-02-18 14:00:00", np_download="2025-02-18 20:41:09",
        head_lines=["Georgia Pettit", "February 18 2025 - 2:00pm", "Share"],
        inserts={2: ["Advertisement"], 5: ["READ MORE: Gwydir Highway upgrade to start in March"]},
        tail_lines=["Georgia Pettit", "Journalist", "Get the latest Inverell news in your inbox",
                    "Sign up for our newsletter to stay up to date.", "We care about the protection of your data. Read our Privacy Policy.",
                    "More from News"],
        paras=P("""
An abattoir on the outskirts of Inverell will add a second shift from April, creating about 70 new jobs.

Northern Tablelands Meats said strong export demand for beef and lamb had made the extra shift possible.

General manager Craig Dwyer said the company would recruit locally first and offer training for people with no experience in meat processing.

The plant already employs about 180 people, making it one of the biggest private employers in the town.

Dwyer said finding housing for new staff from outside the district remained a problem.

The company is talking to local real estate agents and the council about building accommodation near the plant.

Inverell Shire mayor said the jobs were welcome news for families and local shops.

Applications for the new roles open next week through the company's website and the local job centre.

Local training provider staff said they would run short courses in food safety and knife skills for new starters before the second shift begins.
"""),
        must_have=[
            "The plant already employs about 180 people, making it one of the biggest private employers in the town.",
            "The company is talking to local real estate agents and the council about building accommodation near the plant.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixty-eighth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Economic.bg '14.05.2024' (day first) with the BTA dateline "
    "'14 май', BNR 'Публикувано на 14.05.2024 в 13:05' (crawler stamp 10:05Z the same day); Al-Seyassah 'الاثنين 3 فبراير 2025' "
    "with the KUNA dateline '3 - 2' (day 3, month 2), Akhbar al-Khaleej '٠٣ فبراير ٢٠٢٥' in Arabic-Indic digits; Ghana "
    "Business News 'September 9, 2024' with the GNA dateline 'Sept. 9', Asaase Radio '9 September 2024'; Dayton Daily News "
    "'Oct 22, 2024' (both copies); Kookje Shinmun '입력 : 2024-11-27' (not '수정', the modified time); Loksatta prints only "
    "'Updated: August 6, 2024' and no other date, so that is the only date the page gives; Aminiya 'Maris 19, 2024' (Hausa "
    "month name); Huon Valley News 'first published 11:00am' on February 28 2024 (the 'Updated' time is the same day); Eesti "
    "Päevaleht '16. jaanuar 2025'; Diario Financiero 'Martes 2 de julio de 2024'; Kinh tế Sài Gòn 'Thứ Tư, 8/1/2025' (day "
    "first: 8 January); Angola 24 Horas '12 de Outubro de 2023'; Glas Slavonije '23. travnja 2024.' (23 April); ethnos.gr "
    "'20.06.2024 | 10:15' (not the update); Galway Advertiser 'Thursday, March 07, 2024'; Chatham Daily News 'Published Apr "
    "11, 2024'; Journal Gazette 'Mar 5, 2025'; Dinamani '17 செப்டம்பர் 2024' (September); BirGün '21.01.2025 11:30' (not "
    "'Güncelleme'); Connectionivoirienne '12 février 2025' and the AIP dateline '12 fév 2025'; Guardian Nigeria '25 June 2024'; "
    "Gazeta Prawna '5 listopada 2024' (5 November); Australian Manufacturing '14th August 2024'; Lankadeepa '2024 මැයි 02' "
    "(2 May); Hauraki Herald '9 Nov, 2023'; Lowell Sun 'PUBLISHED: December 3, 2024' (not 'UPDATED: December 4'); Correo "
    "del Caroní '14 de marzo de 2024'; Inverell Times 'February 18 2025'",
    "dateline_city": "'Габрово, 14 май (БТА) - ' -> 'Gabrovo' (both BTA copies); 'الكويت - 3 - 2 (كونا) -- ' -> 'Kuwait City' "
    "('الكويت' in a KUNA dateline is the capital; both KUNA copies); 'Tema, Sept. 9, GNA - ' -> 'Tema' (both GNA copies); "
    "Loksatta 'पुणे :' -> 'Pune' (the story is about Chakan, an industrial area of Pune district); Angola 24 Horas "
    "'Benguela - ' -> 'Benguela'; Glas Slavonije 'OSIJEK - ' -> 'Osijek'; Dinamani 'ஸ்ரீபெரும்புதூர், ' -> 'Sriperumbudur'; "
    "'Soubré, 12 fév 2025 (AIP)- ' -> 'Soubré'. Lankadeepa's 'මීගමුව සිට' ('from Negombo') is a reporter line printed "
    "after the story, not a dateline (city null, country LK); Aminiya's '(NAN)' sign-off has no city; all other records have "
    "no dateline and take the country of the story's location",
    "country": "Akhbar al-Khaleej is a Bahraini paper but its copy carries the KUNA Kuwait dateline, so KW; Kuwait and Turkey are "
    "asia by UN M49; Connectionivoirienne is Côte d'Ivoire (CI); Correo del Caroní is Venezuela (VE); Angola 24 Horas is Angola "
    "(AO); Hauraki Herald is New Zealand (NZ); Huon Valley News, Australian Manufacturing (a Geelong firm) and the Inverell "
    "Times are Australia (AU)",
    "agency": "Economic.bg and BNR carry BTA (the Bulgarian News Agency: '(БТА)' dateline, 'Източник: БТА', 'По информация на "
    "БТА'); Al-Seyassah and Akhbar al-Khaleej carry KUNA (the Kuwait News Agency: '(كونا)' dateline and sign-off, 'كونا' "
    "byline, 'المصدر: كونا'); Ghana Business News and Asaase Radio carry GNA (the Ghana News Agency: dateline, 'Source: "
    "GNA', 'GNA' author); Aminiya carries NAN (the News Agency of Nigeria, '(NAN)' sign-off; 'Daga Aminiya' = 'From "
    "Aminiya' is the outlet); Angola 24 Horas carries ANGOP ('Fonte: ANGOP'; 'Por Redacção' is a desk); Glas Slavonije carries "
    "Hina ('Hina' byline, 'Izvor: Hina'); ethnos.gr carries ANA-MPA ('Πηγή: ΑΠΕ-ΜΠΕ' source line under a 'Newsroom' desk "
    "byline); Connectionivoirienne carries AIP (the Agence Ivoirienne de Presse: dateline and '(AIP)' sign-off; 'Par CIN' is "
    "the site); Gazeta Prawna carries PAP ('PAP' byline, 'Źródło: PAP'). Photo credits ('EUROKINISSI', 'BirGün') do not make "
    "a story agency copy; all other records are staff copy",
    "authors": "Dayton Daily News 'By Kendra Whitlock' (both copies; the bio line is chrome); Kookje Shinmun '박수진 기자 "
    "sjpark@...' ('기자' = 'reporter') -> '박수진'; Eesti Päevaleht 'Kadri Tamm, Jaanus Lepik' (two writers); Diario "
    "Financiero 'Por: Camila Rojas Vergara'; Kinh tế Sài Gòn 'Nguyễn Thảo Vy' printed at the end; Huon Valley News 'Bridget "
    "Lowry' (also the photographer); Galway Advertiser 'Declan Furey'; Chatham Daily News 'Author of the article: Trevor Van "
    "Dusen'; Journal Gazette 'By Marisa Keough and Dwayne Albrecht'; BirGün 'Deniz Karaca'; Guardian Nigeria 'By Chinedu "
    "Okafor'; Australian Manufacturing 'Posted by: Lachlan Birch'; Lankadeepa 'නිමල් පෙරේරා' (Sinhala script, at the end); "
    "Hauraki Herald 'By Aroha Tipene'; Lowell Sun 'By Colin Marchetti | e-mail'; Correo del Caroní 'Por Yohana Marcano | "
    "@handle'; Inverell Times 'Georgia Pettit' ('Journalist' is a role line). Desk, site and agency bylines ('लोकसत्ता "
    "प्रतिनिधी' = 'Loksatta correspondent', 'நமது நிருபர்' = 'our correspondent', 'Newsroom', 'Por Redacção', 'Daga "
    "Aminiya', 'By Ghana Business News', 'Par CIN', 'كونا', 'GNA', 'Hina', 'PAP') are not authors; Economic.bg, BNR and "
    "Akhbar al-Khaleej name no writer",
    "editors": "BNR's 'Редактор: Мария Петрова' names the editor of that page's story, as Xinhua's 'Editor:' line does, so the "
    "BNR record has editors ['Мария Петрова']; no other record names an editor",
    "caption_credit": "credits without their wrapper: Dayton Daily News 'Jim Halloran/Staff' as printed after the caption (both "
    "copies; the separate 'Credit: Jim Halloran' line inside the original is chrome); Huon Valley News 'Picture by Bridget "
    "Lowry' -> 'Bridget Lowry'; ethnos.gr 'Φωτογραφία: EUROKINISSI' -> 'EUROKINISSI'; Galway Advertiser 'Photo: Andrew "
    "Downes' -> 'Andrew Downes'; Chatham Daily News 'Trevor Van Dusen/Chatham Daily News' as printed; BirGün 'Fotoğraf: "
    "BirGün' -> 'BirGün'; Correo del Caroní 'Foto: William Urdaneta' -> 'William Urdaneta'; records without a photo caption "
    "have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Al-Seyassah 'محليات' (local news), Ghana Business "
    "News 'Business', ethnos.gr 'Οικονομία', Galway Advertiser 'Business', Chatham Daily News 'Local News', Journal Gazette "
    "'Business', Dinamani 'தமிழ்நாடு' (Tamil Nadu), BirGün 'Emek' (labour), Connectionivoirienne 'Economie', Correo del "
    "Caroní 'Economía'; trafilatura records take their first category (Lankadeepa 'ප්‍රවෘත්ති' (news), "
    "Hauraki Herald 'News', Lowell Sun 'News', Asaase Radio 'Business'); news-please, plain text and newsbeam text records "
    "have none",
    "language": "'bg' Bulgarian (two copies of the BTA story); 'ar' Arabic (two copies of the KUNA story); 'ko' Korean; 'mr' "
    "Marathi; 'ta' Tamil; 'si' Sinhala; 'ha' Hausa; 'et' Estonian; 'es' Chilean and Venezuelan Spanish; 'vi' Vietnamese; "
    "'pt' Angolan Portuguese; 'hr' Croatian; 'el' Greek; 'tr' Turkish; 'fr' French from Côte d'Ivoire; 'pl' Polish; all "
    "others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and rules, "
    "advertisement labels, read counts and reading times, issue numbers, related-story lines and boxes, tag lists, most-read "
    "rails, newsletter, WhatsApp, Google News and live-radio promos, reporter bio, role, e-mail and location lines, wire "
    "source lines and sign-offs ('Източник: БТА', 'По информация на БТА', '(كونا)', 'المصدر: كونا', 'Source: GNA', 'Source: "
    "Ghana News Agency', '(NAN)', 'Fonte: ANGOP', 'Izvor: Hina', 'Πηγή: ΑΠΕ-ΜΠΕ', '(AIP)', 'Źródło: PAP'), the BNR "
    "editor line, ownership and copyright lines, donation appeals, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (BTA and KUNA in the plain batch, GNA in the gzipped "
    "batch) and one staff page with a noisy gzipped re-scrape (Dayton Daily News: curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"bta", "бта", "economic.bg", "бнр", "bnr", "kuna", "كونا", "السياسة", "al-seyassah", "akhbar al-khaleej",
                "gna", "ghana news agency", "ghana business news", "asaase radio", "dayton daily news", "kookje shinmun", "국제신문",
                "loksatta", "लोकसत्ता प्रतिनिधी", "aminiya", "daga aminiya", "nan", "huon valley news", "eesti päevaleht",
                "diario financiero", "kinh tế sài gòn online", "angola 24 horas", "redacção", "angop", "glas slavonije", "hina",
                "ethnos.gr", "newsroom", "ana-mpa", "απε-μπε", "galway advertiser", "chatham daily news", "the journal gazette",
                "dinamani", "தினமணி", "நமது நிருபர்", "birgün", "connectionivoirienne.net", "cin", "aip", "guardian nigeria",
                "pap", "gazeta prawna", "australian manufacturing", "lankadeepa", "hauraki herald", "lowell sun",
                "correo del caroní", "inverell times"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
