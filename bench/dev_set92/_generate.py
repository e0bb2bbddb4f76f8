#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninety-second development set (bench/dev_set92/, first written as the eighty-ninth held-out set).

    .venv/bin/python bench/dev_set92/_generate.py

Writes ``bench/dev_set92/articles/*`` and ``bench/dev_set92/labels.json`` (next to this
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
bench/dev_set91/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about work and jobs: job fairs, apprenticeships and training,
    seasonal and harvest workers, a factory closing and one reopening, delivery
    riders, a minimum-wage rise, strikes and stoppages at a port and a mine,
    fishermen's and miners' shifts, market and port porters, unemployment offices
    and a remote-work hub.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout89_2025-a.jsonl"
JSONL_B = "crawl_holdout89_2025-b.jsonl.gz"


# ---- cluster: Montsame, Erdenet (Unuudur scrape + copy on Zindaa.mn in the plain batch) ----

MONTSAME = rec(
    cluster="montsame-erdenet-job-fair",
    title="Эрдэнэт хотноо залуучуудад зориулсан ажлын байрны яармаг боллоо",
    date="2024-10-18",
    dateline="Эрдэнэт /МОНЦАМЭ/. ",
    city="Erdenet",
    country="MN",
    region="asia",
    agency="Montsame",
    authors=["Д.Оюунчимэг"],
    lang="mn",
    paras=P("""
Орхон аймгийн Хөдөлмөр, халамжийн үйлчилгээний газраас залуучуудад зориулсан ажлын байрны яармагийг өнөөдөр Эрдэнэт хотын Соёлын ордонд зохион байгууллаа.

Яармагт уул уурхай, барилга, худалдаа, үйлчилгээний салбарын 60 гаруй байгууллага оролцож, нийт 900 орчим ажлын байрны зар санал болгосон байна.

Хамгийн их эрэлттэй мэргэжил нь гагнуурчин, цахилгаанчин, хүнд машин механизмын оператор, тогооч болон худалдагч байв.

Томоохон уул уурхайн компани ээлжийн ажилтан, дадлагажигч инженер авахаар ярилцлага хийсэн бөгөөд ажилд орох хүсэлтэй залуус газар дээр нь өргөдлөө өгч байлаа.

Мөн Политехник коллежийн багш нар богино хугацааны мэргэжлийн сургалтын талаар мэдээлэл өгч, хүсэлтэй иргэдийг бүртгэсэн.

Газрын дарга Б.Ганбаатар хэлэхдээ, энэ оны эхний есөн сард аймагт 1200 гаруй иргэн ажилд зуучлагдсан бөгөөд тэдний тал орчим нь 35-аас доош насны залуус гэлээ.

Яармагт ирсэн 22 настай Т.Билгүүн өнгөрсөн хавар коллежоо төгссөн ч одоог хүртэл байнгын ажилгүй байгаа тул өнөөдөр гурван компанид анкетаа өгснөө хуваалцав.

Зохион байгуулагчид ажил олгогчдыг залуучуудыг туршлагагүй гэж шууд татгалзахгүй байхыг уриалж, ажлын байран дээр сургах хөтөлбөрт төрөөс дэмжлэг үзүүлдгийг сануулсан юм.

Дараагийн яармаг ирэх сард Булган аймагт болно.
"""),
    must_have=[
        "Томоохон уул уурхайн компани ээлжийн ажилтан, дадлагажигч инженер авахаар ярилцлага хийсэн бөгөөд ажилд орох хүсэлтэй залуус газар дээр нь өргөдлөө өгч байлаа.",
        "Мөн Политехник коллежийн багш нар богино хугацааны мэргэжлийн сургалтын талаар мэдээлэл өгч, хүсэлтэй иргэдийг бүртгэсэн.",
    ],
)

# ---- cluster: AZERTAC, Ganja (Qafqazinfo scrape + copy on Xalq qəzeti in the plain batch) ----

AZERTAC = rec(
    cluster="azertac-ganja-textile-factory",
    title="Gəncədə bərpa olunan toxuculuq fabriki 300 nəfəri işlə təmin edəcək",
    date="2025-02-25",
    dateline="Gəncə, 25 fevral, AZƏRTAC\n",
    city="Ganja",
    country="AZ",
    region="asia",
    agency="AZERTAC",
    lang="az",
    description="Fabrikdə iki növbəli iş rejimi tətbiq olunacaq.",
    paras=P("""
Gəncədə uzun müddət fəaliyyətsiz qalan toxuculuq fabriki yenidən istifadəyə verilib və ilk mərhələdə burada 300 nəfər işlə təmin olunacaq.

Fabrikdə pambıq ipliyi, parça və iş geyimləri istehsal ediləcək, məhsulun bir hissəsinin qonşu ölkələrə ixracı planlaşdırılır.

Müəssisənin direktoru Elçin Məmmədov bildirib ki, işçilərin böyük əksəriyyəti şəhərin özündən və yaxın kəndlərdən olan qadınlardır.

Yeni işçilər üçün üç aylıq ödənişli təlim keçirilir və təlim dövründə onlara minimum əmək haqqından az olmayan təqaüd verilir.

Fabrikdə iki növbəli iş rejimi tətbiq olunacaq, işçilərin evdən işə gəlib-getməsi üçün xüsusi avtobuslar ayrılıb.

Direktorun sözlərinə görə, köhnə avadanlıq tamamilə dəyişdirilib və sexlərdə yeni havalandırma sistemi quraşdırılıb.

Dövlət Məşğulluq Agentliyinin Gəncə şəhər mərkəzi boş iş yerləri barədə məlumatı öz saytında yerləşdirib və müraciətləri qəbul edir.

Tikişçi kimi işə qəbul olunan 34 yaşlı Səbinə Əliyeva deyib ki, uzun müddət bazarda satıcı işlədikdən sonra rəsmi iş yerinə sahib olmaq onun üçün böyük sevincdir.

Gələn il istehsal sahələrinin genişləndirilməsi ilə işçilərin sayının 500 nəfərə çatdırılması nəzərdə tutulur.
"""),
    must_have=[
        "Yeni işçilər üçün üç aylıq ödənişli təlim keçirilir və təlim dövründə onlara minimum əmək haqqından az olmayan təqaüd verilir.",
        "Fabrikdə iki növbəli iş rejimi tətbiq olunacaq, işçilərin evdən işə gəlib-getməsi üçün xüsusi avtobuslar ayrılıb.",
    ],
)

# ---- cluster: PACNEWS, Honiara (Savali gzipped page + copy on Mai TV in the gzipped batch) ----

PACNEWS = rec(
    cluster="pacnews-honiara-seasonal-workers",
    title="Over 200 Solomon Islands seasonal workers complete pre-departure training",
    date="2024-08-14",
    dateline="HONIARA, 14 AUGUST 2024 (PACNEWS) ---- ",
    city="Honiara",
    country="SB",
    region="oceania",
    agency="PACNEWS",
    lang="en",
    description="The workers will travel to Australia and New Zealand under labour mobility schemes.",
    paras=P("""
More than 200 Solomon Islanders recruited for seasonal work in Australia and New Zealand have completed a week-long pre-departure training in Honiara, the Labour Mobility Unit says.

The workers will pick fruit, prune vines and work in meat processing plants under Australia's Pacific Australia Labour Mobility scheme and New Zealand's Recognised Seasonal Employer scheme.

The training covered workplace safety, money management, tax, and the rights of workers if they face problems with an employer.

Each worker also opened a bank account, so that wages can be sent home cheaply.

Labour Mobility Unit director John Waleanisia said remittances sent home by seasonal workers had become an important source of income for families in the provinces.

He urged the workers to respect the laws of the host countries and to return home at the end of their contracts so that others could have the same opportunity.

One of the workers, 27-year-old Lency Tome from Malaita, said she would use her savings to pay her younger brothers' school fees.

The first group will leave Honiara next week on a flight to Brisbane.
"""),
    must_have=[
        "The training covered workplace safety, money management, tax, and the rights of workers if they face problems with an employer.",
        "He urged the workers to respect the laws of the host countries and to return home at the end of their contracts so that others could have the same opportunity.",
    ],
)

# ---- cluster: Pilbara News page + noisy re-scrape ----

PN = rec(
    cluster="pilbaranews-dampier-tug-stoppage",
    title="Dampier tug crews walk off the job for 24 hours in roster dispute",
    date="2024-05-21",
    country="AU",
    region="oceania",
    authors=["Jemma Rowley"],
    lang="en",
    caption="Tug crews and union officials outside the Dampier port gates on Tuesday.",
    credit="Jemma Rowley/Pilbara News",
    paras=P("""
Tug crews at the Port of Dampier walked off the job for 24 hours on Tuesday, saying new rosters would keep them away from their families for longer stretches.

About 40 deckhands, engineers and masters took part in the stoppage, which the Maritime Union of Australia said was the first at the port in more than a decade.

Under the proposed rosters, crews would work three weeks on and two weeks off instead of two weeks on and two weeks off.

Union organiser Craig Delaney said many of the workers lived in Karratha and had children at local schools, so longer swings would make it harder to keep families in the region.

The tug operator said it had planned for the stoppage and that ships loading iron ore and gas would face only short delays.

Deckhand Liam Pearce, who has worked on the tugs for six years, said the crews were proud of their safety record and did not take the decision lightly.

The Fair Work Commission has not been asked to intervene.
"""),
    must_have=[
        "Union organiser Craig Delaney said many of the workers lived in Karratha and had children at local schools, so longer swings would make it harder to keep families in the region.",
        "The tug operator said it had planned for the stoppage and that ships loading iron ore and gas would face only short delays.",
    ],
)
PN_PRE = ["Pilbara News", "News", "Local News", "Sport", "Community", "Jobs", "Subscribe"]
PN_HEAD = ["Jemma Rowley | Pilbara News", "Tue, 21 May 2024 4:15PM"]
PN_CAP = ["Tug crews and union officials outside the Dampier port gates on Tuesday. Credit: Jemma Rowley/Pilbara News"]
PN_TAIL = [["Get the latest Pilbara news in your inbox. Sign up for our emails"],
           ["Share", "Facebook", "Email"], ["More from Pilbara News"],
           ["Karratha TAFE opens new trades workshop"],
           ["\u00a9 2024 Pilbara News. All rights reserved."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Pilbara News (Karratha, regional weekly): original of the re-scrape cluster; 'Name | Pilbara News' byline, 'Credit:' caption.
    dict(PN, role="original", file="pilbaranews_dampier_tug_stoppage.txt", render="text",
         pre=[PN_PRE], head=[PN_HEAD], cap_lines=PN_CAP,
         inserts={2: ["Advertisement"], 5: ["READ MORE: Port Hedland pilots win new pay deal"]},
         tail=PN_TAIL),
    dict(PN, role="rescrape", file="pilbaranews_dampier_tug_stoppage_rescrape.txt.gz", render="text", noise=True,
         pre=[PN_PRE], head=[PN_HEAD], cap_lines=PN_CAP,
         inserts={5: ["READ MORE: Port Hedland pilots win new pay deal"]},
         tail=[["Continue reading with a free account"], *PN_TAIL]),
    # Unuudur (Ulaanbaatar daily, Mongolian): original of the Montsame cluster; '/МОНЦАМЭ/.' dateline, 'Name, МОНЦАМЭ' byline.
    dict(MONTSAME, role="original", file="unuudur_montsame_erdenet_yarmag_mn.txt", render="text",
         pre=[["Өнөөдөр", "Нүүр", "Улс төр", "Эдийн засаг", "Нийгэм", "Спорт", "Цахим сонин"]],
         head=[["Нийгэм"], ["Д.Оюунчимэг, МОНЦАМЭ"], ["2024.10.18, 14:25"]],
         inserts={2: ["Сурталчилгаа"], 5: ["Холбоотой мэдээ:", "Дархан-Уулд мэргэжлийн сургалтын төв нээгдлээ"]},
         tail=[["Эх сурвалж: МОНЦАМЭ"], ["Хуваалцах", "Facebook", "Twitter"], ["Их уншсан"],
               ["Сэтгэгдэл (0)"], ["\u00a9 2024 Өнөөдөр сонин. Бүх эрх хуулиар хамгаалагдсан."]]),
    # Qafqazinfo (Baku, Azerbaijani): original of the AZERTAC cluster; 'Gəncə, 25 fevral, AZƏRTAC' dateline on a line of its own.
    dict(AZERTAC, role="original", file="qafqazinfo_azertac_ganja_fabrik_az.txt", render="text",
         pre=[["Qafqazinfo", "Xəbərlər", "Siyasət", "İqtisadiyyat", "Cəmiyyət", "İdman", "Video"]],
         head=[["İqtisadiyyat"], ["25 Fevral 2025 11:40"], ["Baxış: 2 417"]],
         inserts={2: ["Reklam"], 5: ["Digər xəbərlər:", "Sumqayıtda peşə tədris mərkəzinə qəbul başlayıb"]},
         tail=[["Mənbə: AZƏRTAC"], ["Məlumatdan istifadə edərkən istinad mütləqdir."], ["Paylaş", "Facebook", "WhatsApp", "Telegram"],
               ["Ən çox oxunanlar"], ["\u00a9 2025 Qafqazinfo. Bütün hüquqlar qorunur."]]),
    # Nai Baat (Lahore, Urdu): staff; 'لاہور (سٹاف رپورٹر)' opening line in dateline position names a desk, not a writer.
    rec(cluster="naibaat-lahore-daily-wage-labourers", role="single", file="naibaat_lahore_dihari_mazdoor_ur.txt", render="text",
        title="لاہور: سردی بڑھتے ہی دیہاڑی دار مزدوروں کا کام کم ہو گیا",
        date="2024-12-16", dateline="لاہور (سٹاف رپورٹر) ", city="Lahore", country="PK", region="asia", lang="ur",
        pre=[["روزنامہ نئی بات", "صفحہ اول", "شہر کی خبریں", "پنجاب", "قومی", "کھیل", "ای پیپر"]],
        head=[["شہر کی خبریں"], ["16 دسمبر 2024"]],
        inserts={2: ["اشتہار"], 4: ["یہ بھی پڑھیں:", "صوبے میں کم سے کم اجرت کے نفاذ کے لیے معائنہ ٹیمیں تشکیل"]},
        tail=[["شیئر کریں", "فیس بک", "واٹس ایپ"], ["مزید خبریں"], ["تازہ ترین"],
              ["جملہ حقوق بحق روزنامہ نئی بات محفوظ ہیں"]],
        paras=P("""
سردی کی شدت میں اضافے کے ساتھ ہی شہر کے مختلف چوکوں پر روزانہ کام کی تلاش میں آنے والے دیہاڑی دار مزدوروں کو کئی کئی دن کام نہیں مل رہا۔

ٹھوکر نیاز بیگ، یتیم خانہ چوک اور شاہدرہ موڑ پر سینکڑوں مزدور اپنے اوزار لے کر کھڑے ہوتے ہیں اور ٹھیکیداروں کا انتظار کرتے ہیں۔

مزدوروں کا کہنا ہے کہ سردیوں میں تعمیراتی کام سست پڑ جاتا ہے اور ہفتے میں بمشکل دو یا تین دن کام ملتا ہے۔

ایک مزدور گل زمان نے بتایا کہ وہ مظفرگڑھ سے آیا ہے اور ایک کمرے میں چھ دوسرے مزدوروں کے ساتھ رہتا ہے۔

انہوں نے کہا کہ ایک دن کی مزدوری پندرہ سو روپے ہے لیکن کام نہ ملنے کی صورت میں انہیں ادھار لے کر گزارا کرنا پڑتا ہے۔

محکمہ محنت کے ایک افسر کے مطابق دیہاڑی دار مزدوروں کی رجسٹریشن کے لیے خصوصی مہم شروع کی جا رہی ہے تاکہ انہیں سماجی تحفظ کے اداروں میں شامل کیا جا سکے۔

مزدور تنظیموں نے مطالبہ کیا ہے کہ حکومت سردیوں کے مہینوں میں ان مزدوروں کے لیے عارضی امدادی پروگرام شروع کرے۔
"""),
        must_have=[
            "مزدوروں کا کہنا ہے کہ سردیوں میں تعمیراتی کام سست پڑ جاتا ہے اور ہفتے میں بمشکل دو یا تین دن کام ملتا ہے۔",
            "انہوں نے کہا کہ ایک دن کی مزدوری پندرہ سو روپے ہے لیکن کام نہ ملنے کی صورت میں انہیں ادھار لے کر گزارا کرنا پڑتا ہے۔",
        ]),
    # Netgazeti (Tbilisi, Georgian): staff, Chiatura miners' strike; author line, 'ფოტო:' credit.
    rec(cluster="netgazeti-chiatura-miners-strike", role="single", file="netgazeti_chiatura_magaroelebi_ka.txt", render="text",
        title="ჭიათურელი მაღაროელები ხელფასის მომატებას ითხოვენ და გაფიცვას აგრძელებენ",
        date="2024-06-12", country="GE", region="asia", lang="ka", authors=["ნინო ქავთარაძე"],
        caption="მაღაროელები შახტის შესასვლელთან.", credit="ნეტგაზეთი",
        pre=[["ნეტგაზეთი", "მთავარი", "ახალი ამბები", "საზოგადოება", "პოლიტიკა", "რეგიონები", "ვიდეო"]],
        head=[["ნინო ქავთარაძე"], ["12 ივნისი, 2024"]],
        cap_lines=["მაღაროელები შახტის შესასვლელთან. ფოტო: ნეტგაზეთი"],
        inserts={2: ["რეკლამა"], 4: ["ასევე წაიკითხეთ:", "ზესტაფონში ქარხნის მუშები დაგვიანებულ ხელფასს ითხოვენ"]},
        tail=[["გააზიარე", "Facebook", "Twitter"], ["მსგავსი სიახლეები"], ["მასალის გამოყენებისას წყაროს მითითება სავალდებულოა"],
              ["\u00a9 2024 ნეტგაზეთი"]],
        paras=P("""
ჭიათურაში მაღაროელები მესამე დღეა გაფიცულები არიან და ხელფასის მომატებასა და სამუშაო პირობების გაუმჯობესებას ითხოვენ.

გაფიცვაში რამდენიმე ასეული მუშა მონაწილეობს, რომლებიც მიწისქვეშა შახტებში და მანგანუმის გამამდიდრებელ ფაბრიკაში მუშაობენ.

მაღაროელების თქმით, ცვლა რვა საათს გრძელდება, თუმცა შახტამდე მისვლასა და უკან დაბრუნებას კიდევ ორი საათი სჭირდება, რაც ანაზღაურებაში არ ითვლება.

მუშები ასევე ითხოვენ, რომ კომპანიამ სამუშაო ტანსაცმელი და დამცავი აღჭურვილობა დროულად შეცვალოს.

ერთ-ერთი მაღაროელი, 45 წლის გია ბერიძე ამბობს, რომ შახტაში ოცი წელია მუშაობს და მისი ხელფასი ფასების ზრდას ვეღარ ეწევა.

კომპანიის წარმომადგენელმა განაცხადა, რომ ადმინისტრაცია მზადაა მოლაპარაკებისთვის, მაგრამ ხელფასის მნიშვნელოვანი მომატება ამ ეტაპზე შეუძლებელია.

გაფიცულებს მხარი ქალაქის რამდენიმე მცხოვრებმა და პროფკავშირის წარმომადგენლებმაც დაუჭირეს, რომლებიც შახტის შესასვლელთან შეიკრიბნენ.

შრომის ინსპექციამ განაცხადა, რომ შახტებში სამუშაო პირობების შემოწმებას მომდევნო კვირას დაიწყებს და შედეგებს საჯაროდ გამოაქვეყნებს.

მაღაროელები ამბობენ, რომ გაფიცვას მანამდე გააგრძელებენ, სანამ კომპანია მათ მოთხოვნებს წერილობით არ უპასუხებს.

მათი თქმით, ბოლო წლებში შახტებში რამდენიმე უბედური შემთხვევა მოხდა და ამიტომ უსაფრთხოების წესების დაცვა მათთვის ისეთივე მნიშვნელოვანია, როგორც ხელფასი. ქალაქის მერიამ მხარეებს შუამავლობა შესთავაზა და მოლაპარაკების ადგილად საკრებულოს შენობა დაასახელა.
"""),
        must_have=[
            "მაღაროელების თქმით, ცვლა რვა საათს გრძელდება, თუმცა შახტამდე მისვლასა და უკან დაბრუნებას კიდევ ორი საათი სჭირდება, რაც ანაზღაურებაში არ ითვლება.",
            "მუშები ასევე ითხოვენ, რომ კომპანიამ სამუშაო ტანსაცმელი და დამცავი აღჭურვილობა დროულად შეცვალოს.",
        ]),
    # Top Channel (Tirana broadcaster, Albanian): staff, apple harvest workers in Korçë; no byline.
    rec(cluster="topchannel-korce-apple-harvest-workers", role="single", file="topchannel_korce_vjelja_mollet_sq.txt", render="text",
        title="Korça pa krahë pune për vjeljen e mollëve, fermerët rrisin pagesën ditore",
        date="2024-09-24", country="AL", region="europe", lang="sq",
        pre=[["Top Channel", "Lajme", "Aktualitet", "Politikë", "Ekonomi", "Sport", "Live"]],
        head=[["Aktualitet"], ["24/09/2024 19:30"]],
        inserts={2: ["Reklama"], 4: ["Lexo edhe:", "Vlorë, hapet panairi i punës për sezonin turistik"]},
        tail=[["Shpërndaje", "Facebook", "WhatsApp"], ["Lajme të ngjashme"], ["Më të lexuarat"],
              ["Ndiqni Top Channel në Google News"], ["\u00a9 2024 Top Channel. Të gjitha të drejtat e rezervuara."]],
        paras=P("""
Fermerët në fushën e Korçës po përballen me mungesë të madhe krahësh pune në fillim të sezonit të vjeljes së mollëve.

Shumë prej punëtorëve sezonalë që punonin çdo vit në kopshte kanë emigruar në Greqi, Itali dhe Gjermani, ku paguhen disa herë më shumë.

Për të mbajtur punëtorët, disa fermerë e kanë rritur pagesën ditore në 3000 lekë dhe u ofrojnë drekë e transport falas.

Fermeri Ilir Dede nga fshati Pirg tha se këtë vit mezi gjeti dhjetë veta për të mbledhur frutat në tetë hektarë.

Sipas tij, shumica e punëtorëve tani janë gra mbi 50 vjeç dhe pensionistë, pasi të rinjtë nuk pranojnë punën në bujqësi.

Disa ferma kanë filluar të punësojnë punëtorë nga Nepali dhe Bangladeshi, por procedurat për lejet e punës zgjasin disa muaj.

Drejtoria Rajonale e Bujqësisë thotë se prodhimi i mollës këtë vit pritet të jetë i mirë, nëse vjelja përfundon para ngricave të para.

Fermerët kërkojnë nga qeveria lehtësira për punësimin e punëtorëve sezonalë dhe mbështetje për blerjen e makinerive të vjeljes.
"""),
        must_have=[
            "Për të mbajtur punëtorët, disa fermerë e kanë rritur pagesën ditore në 3000 lekë dhe u ofrojnë drekë e transport falas.",
            "Disa ferma kanë filluar të punësojnë punëtorë nga Nepali dhe Bangladeshi, por procedurat për lejet e punës zgjasin disa muaj.",
        ]),
    # Põhjarannik (Ida-Viru county paper, Estonian): staff, oil shale mine shift roster; name + 'reporter' lines, 'FOTO:' credit.
    rec(cluster="pohjarannik-kaevandus-vahetused", role="single", file="pohjarannik_kaevanduse_vahetused_et.txt", render="text",
        title="Põlevkivikaevanduse töötajad peavad harjuma uue vahetuste graafikuga",
        date="2025-01-15", country="EE", region="europe", lang="et", authors=["Kristina Laaneväli"],
        caption="Kaevurid pärast öövahetust kaevanduse väravas.", credit="Peeter Lilleväli",
        pre=[["Põhjarannik", "Uudised", "Arvamus", "Kultuur", "Sport", "Elu", "Tellimine"]],
        head=[["Kristina Laaneväli"], ["reporter"], ["15. jaanuar 2025, 18:20"]],
        cap_lines=["Kaevurid pärast öövahetust kaevanduse väravas. FOTO: Peeter Lilleväli"],
        inserts={2: ["Reklaam"], 4: ["LOE KA:", "Jõhvis avati uus töötukassa nõustamiskeskus"]},
        tail=[["Jaga", "Facebook", "X"], ["Kommentaarid"], ["Loe veel"], ["Telli Põhjarannik koju"],
              ["\u00a9 2025 Põhjarannik. Kõik õigused kaitstud."]],
        paras=P("""
Ida-Virumaa põlevkivikaevanduses minnakse veebruarist üle uuele vahetuste graafikule, mille järgi töötavad kaevurid senise kaheksa tunni asemel kaksteist tundi.

Ettevõtte teatel jääb töötajatel nädalas vabu päevi rohkem ja aastas töötatud tundide arv ei muutu.

Uue graafiku järgi töötab kaevur kaks päevavahetust ja kaks öövahetust, millele järgneb neli vaba päeva.

Ametiühingu esimees Andrei Ivanov ütles, et paljud kaevurid on muudatuse vastu, sest pikk vahetus maa all on väsitav ja ohtlik.

Tema sõnul sõidavad paljud töötajad Narvast ja Sillamäelt bussiga, nii et koos sõiduga venib tööpäev neljateistkümne tunnini.

Kaevanduse juht Raivo Tamm kinnitas, et graafikut katsetati sügisel ühes brigaadis ja enamik selle liikmetest jäi rahule.

Tamme sõnul on kaevandusse ostetud ka uued puhkeruumid ja pikemate vahetuste ajal on töötajatel kaks sooja toidu pausi.

Töötukassa andmetel on maakonnas praegu üle 6000 registreeritud töötu, mistõttu kardavad paljud oma töökohta kaotada ega julge avalikult kurta.

Ametiühing kavatseb veebruari lõpus korraldada töötajate seas küsitluse, et selgitada välja, kui paljud uue graafikuga nõus on.
"""),
        must_have=[
            "Uue graafiku järgi töötab kaevur kaks päevavahetust ja kaks öövahetust, millele järgneb neli vaba päeva.",
            "Tema sõnul sõidavad paljud töötajad Narvast ja Sillamäelt bussiga, nii et koos sõiduga venib tööpäev neljateistkümne tunnini.",
        ]),
    # Scunthorpe Telegraph (Reach plc local): staff, steel supply-chain jobs fair; 'Bookmark', 'By Name' + 'Reporter', 'Updated' line.
    rec(cluster="scunthorpetelegraph-baths-hall-jobs-fair", role="single", file="scunthorpetelegraph_jobs_fair.txt", render="text",
        title="Hundreds queue at Scunthorpe jobs fair as steel supply firms look for workers",
        date="2025-03-07", country="GB", region="europe", lang="en", authors=["Daniel Hirst"],
        pre=[["Scunthorpe Telegraph", "News", "Sport", "What's On", "Business", "Jobs", "Obituaries"]],
        head=[["Bookmark", "Share"], ["By Daniel Hirst", "Reporter"], ["10:42, 7 MAR 2025"], ["Updated 14:05, 7 MAR 2025"]],
        inserts={2: ["Get the latest news from across Scunthorpe and North Lincolnshire straight to your inbox"],
                 5: ["Read more: Ashby High Street shop to close after 40 years"]},
        tail=[["Comments"], ["Join the conversation"], ["Follow Scunthorpe Telegraph"],
              ["More On", "Jobs", "Scunthorpe", "North Lincolnshire Council"], ["\u00a9 2025 a Reach plc subsidiary"]],
        paras=P("""
Hundreds of people queued outside The Baths Hall in Scunthorpe on Friday morning for a jobs fair aimed at workers who supply and service the town's steelworks.

More than 40 employers took part, from engineering and haulage firms to scaffolding companies, care providers and the local council.

Many of the visitors were contractors who had lost shifts in recent months as orders slowed.

The Jobcentre Plus team on the stand said it had helped more than 200 people with CVs and benefit questions by lunchtime.

Welder Gary Holt, 52, said he had worked at the plant through contractors for almost 30 years and came to find out which skills other firms were looking for.

A training provider from Grimsby offered free courses in forklift driving, first aid and working at height, with places starting next month.

Organisers from North Lincolnshire Council said a second event would be held in Brigg in May, and that more employers had asked to take part.

Anyone who missed the fair can find the vacancies on the council's website.
"""),
        must_have=[
            "The Jobcentre Plus team on the stand said it had helped more than 200 people with CVs and benefit questions by lunchtime.",
            "A training provider from Grimsby offered free courses in forklift driving, first aid and working at height, with places starting next month.",
        ]),
    # The Alkamba Times (Gambia): staff, Tanji fishermen and fish smokers; WordPress chrome.
    rec(cluster="alkambatimes-tanji-fuel-costs", role="single", file="alkambatimes_tanji_fishermen.txt", render="text",
        title="Tanji fish smokers and fishermen say fuel costs are cutting their working days",
        date="2024-04-10", country="GM", region="africa", lang="en", authors=["Mariama Jobe"],
        pre=[["The Alkamba Times", "Home", "News", "Politics", "Business", "Sports", "Features"]],
        head=[["By Mariama Jobe"], ["April 10, 2024"], ["0 Comments"]],
        inserts={2: ["Advertisement"], 4: ["ALSO READ:", "Brikama youths trained in solar installation"]},
        tail=[["Share this:", "Facebook", "WhatsApp", "X"], ["Like this:", "Loading..."], ["Related"],
              ["Leave a Reply"], ["Copyright \u00a9 2024 The Alkamba Times. All rights reserved."]],
        paras=P("""
Fishermen and women fish smokers at the Tanji landing site say the rising cost of premix fuel has cut the number of days they can go to sea each week.

Boat owners said a fishing trip now costs almost twice as much as two years ago, while catches of bonga and sardinella have fallen.

Many crews now go out three times a week instead of every day, and some boats have been pulled up on the beach for weeks.

Fish smoker Isatou Bojang, who has worked at the site for 25 years, said the women depended on the catch to keep their ovens burning and pay school fees.

The landing site committee said it had asked the Fisheries Department to speed up the distribution of subsidised fuel to registered fishermen.

Young men who work as porters, carrying baskets of fish from the boats to the smoking houses, say their earnings have also dropped.

A fisheries official said a new fuel depot at the site would open before the rainy season.
"""),
        must_have=[
            "Many crews now go out three times a week instead of every day, and some boats have been pulled up on the beach for weeks.",
            "The landing site committee said it had asked the Fisheries Department to speed up the distribution of subsidised fuel to registered fishermen.",
        ]),
    # Pointe Xpress (Antigua): staff, minimum wage rise; name + outlet role line.
    rec(cluster="pointexpress-minimum-wage-rise", role="single", file="pointexpress_minimum_wage.txt", render="text",
        title="Hotel and shop workers say minimum wage rise is welcome but not enough",
        date="2024-07-02", country="AG", region="americas", lang="en", authors=["Kadeem Samuel"],
        pre=[["POINTE XPRESS", "Home", "Local", "Regional", "Business", "Sports", "Entertainment"]],
        head=[["Kadeem Samuel"], ["Pointe Xpress"], ["July 2, 2024"]],
        inserts={2: ["Advertisement"], 5: ["RELATED: Port workers union signs new agreement"]},
        tail=[["Share", "Facebook", "WhatsApp"], ["You may also like"], ["Follow Pointe Xpress on Facebook"],
              ["Pointe Xpress - Antigua and Barbuda's news source"], ["\u00a9 2024 Pointe Xpress"]],
        paras=P("""
Workers in hotels, supermarkets and security firms across Antigua and Barbuda will see higher pay this month after the new national minimum wage took effect on Monday.

The increase of one dollar an hour was announced by the Labour Department after talks with unions and employers earlier this year.

Security guard Delroy Henry said the extra money would help with rent, but prices at the supermarket had risen faster than wages.

Hotel workers said their income depends more on the service charge and tips, which fell sharply during the slow summer months.

The Antigua and Barbuda Workers Union said it would push for the minimum wage to be reviewed every two years rather than whenever the government chooses.

Some small business owners warned that they may cut hours for part-time staff to cover the higher costs.

The Labour Department said inspectors would visit workplaces in St John's and along the hotel belt to make sure employers pay the new rate.

Workers who are paid less than the minimum can file a complaint at the department's office.
"""),
        must_have=[
            "Hotel workers said their income depends more on the service charge and tips, which fell sharply during the slow summer months.",
            "The Antigua and Barbuda Workers Union said it would push for the minimum wage to be reviewed every two years rather than whenever the government chooses.",
        ]),
    # Matin Libre (Cotonou, French): staff, Dantokpa market porters; byline with surname in capitals.
    rec(cluster="matinlibre-dantokpa-portefaix", role="single", file="matinlibre_dantokpa_portefaix_fr.txt", render="text",
        title="Marché Dantokpa : les portefaix réclament une carte professionnelle et une assurance",
        date="2024-03-19", country="BJ", region="africa", lang="fr", authors=["Fulbert Adjovi"],
        pre=[["Matin Libre", "Accueil", "Politique", "Société", "Economie", "Sport", "Culture"]],
        head=[["Société"], ["Fulbert ADJOVI"], ["19 mars 2024"]],
        inserts={2: ["Publicité"], 4: ["Lire aussi :", "Cotonou : les conducteurs de taxi-moto invités à se faire enregistrer"]},
        tail=[["Partager", "Facebook", "WhatsApp"], ["Articles similaires"], ["Laisser un commentaire"],
              ["\u00a9 2024 Matin Libre. Tous droits réservés."]],
        paras=P("""
Les portefaix du marché Dantokpa, à Cotonou, demandent aux autorités une carte professionnelle et une assurance contre les accidents de travail.

Ils sont plusieurs centaines, hommes et femmes, à transporter chaque jour sur la tête ou dans des charrettes les marchandises des commerçants jusqu'aux véhicules.

Une charge de riz ou de ciment peut dépasser cinquante kilos, et les porteurs parcourent parfois plus d'un kilomètre entre les allées du marché.

Le président de leur association, Codjo Ahouansou, explique que beaucoup souffrent de douleurs au dos et au cou, sans pouvoir se soigner.

Selon lui, une carte délivrée par la société de gestion des marchés permettrait d'éviter les conflits avec les commerçants et de mieux fixer les tarifs.

Aujourd'hui, un portefaix gagne entre deux mille et quatre mille francs CFA par jour, selon l'affluence.

La direction du marché affirme étudier la demande et envisage une formation aux gestes de sécurité avec la Croix-Rouge.

Les porteurs espèrent une réponse avant les fêtes de fin d'année, période où le travail est le plus intense.
"""),
        must_have=[
            "Une charge de riz ou de ciment peut dépasser cinquante kilos, et les porteurs parcourent parfois plus d'un kilomètre entre les allées du marché.",
            "Selon lui, une carte délivrée par la société de gestion des marchés permettrait d'éviter les conflits avec les commerçants et de mieux fixer les tarifs.",
        ]),
]

# ---- HTML pages ----------------------------------------------------------------

SITE_SV = site("Savali News", "https://www.savalinews.example.ws", " | Savali News", "en_WS", "@SavaliNews",
               ["Home", "Local", "Pacific", "Business", "Sports", "Samoan"],
               ["\u00a9 2024 Savali News. Ministry of Communications and Information Technology.", "About", "Contact"],
               share=["Share", "Facebook", "Email"])
SITE_TM = site("தமிழ் முரசு", "https://www.tamilmurasu.example.com.sg", " | தமிழ் முரசு", "ta_SG", "@tamilmurasu",
               ["சிங்கப்பூர்", "இந்தியா", "உலகம்", "விளையாட்டு", "சினிமா", "வாழ்வும் வளமும்"],
               ["\u00a9 2024 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved.", "தொடர்புக்கு", "விளம்பரம்"],
               share=["பகிர்", "Facebook", "WhatsApp"], top=["உள்நுழைக", "சந்தா"])
SITE_MP = site("Media Permata", "https://mediapermata.example.com.bn", " - Media Permata", "ms_BN", "@mediapermata",
               ["Utama", "Nasional", "Daerah", "Ekonomi", "Sukan", "Rencana"],
               ["\u00a9 2024 Media Permata. Hak cipta terpelihara.", "Hubungi Kami", "Iklan"],
               share=["Kongsi", "Facebook", "WhatsApp"])
SITE_DJ = site("Radio Djiido", "https://www.radiodjiido.example.nc", " - Radio Djiido", "fr_NC", "@RadioDjiido",
                ["Actualités", "Politique", "Économie", "Société", "Sport", "Écouter le direct"],
                ["\u00a9 2024 Radio Djiido. Tous droits réservés.", "Mentions légales", "Contact"],
                share=["Partager", "Facebook", "X"],
                cookie="Ce site utilise des cookies pour améliorer votre expérience de navigation.", buttons=["Accepter", "Refuser", "Paramétrer"])
SITE_MH = site("Medicine Hat News", "https://medicinehatnews.example.com", " | Medicine Hat News", "en_CA", "@MedHatNews",
               ["News", "Local News", "Sports", "Opinion", "Obituaries", "E-Edition"],
               ["\u00a9 2024 Medicine Hat News. Alta Newspaper Group.", "Contact Us", "Privacy Policy"],
               share=["Facebook", "X", "Email"], top=["Subscribe", "Sign In"])
SITE_RR = site("Runrunes", "https://runrun.example.es", " - Runrunes", "es_VE", "@runrunes",
               ["Actualidad", "Investigación", "Economía", "Derechos Humanos", "Opinión", "Runrunes Lab"],
               ["\u00a9 2024 Runrunes. Todos los derechos reservados.", "Quiénes somos", "Contacto"],
               share=["Compartir", "Facebook", "X", "WhatsApp"])
SITE_SS = site("The Southern Star", "https://www.southernstar.example.ie", " | Southern Star", "en_IE", "@southernstar_ie",
               ["News", "Sport", "Business", "Farming", "Lifestyle", "Property"],
               ["\u00a9 2024 The Southern Star Ltd, Skibbereen, Co Cork.", "Contact Us", "Subscribe"],
               share=["Share", "Facebook", "X", "Email"],
               cookie="We value your privacy. We use cookies to enhance your browsing experience.", buttons=["Accept All", "Reject All"])
SITE_WH = site("West Highland Free Press", "https://www.whfp.example.com", " | West Highland Free Press", "en_GB", "@WHFPnews",
               ["News", "Sport", "Opinion", "Gàidhlig", "Arts", "Subscribe"],
               ["\u00a9 2024 West Highland Free Press. Employee-owned since 2009.", "Contact", "Advertise"],
               share=["Share", "Facebook", "Email"], graph=True)
SITE_SM = site("الصحراء", "https://www.saharamedias.example.net", " - الصحراء", "ar_MR", "@saharamedias",
               ["الرئيسية", "أخبار", "تقارير", "مجتمع", "اقتصاد", "رياضة"],
               ["جميع الحقوق محفوظة \u00a9 وكالة الصحراء 2024", "من نحن", "اتصل بنا"],
               share=["شارك", "فيسبوك", "واتساب"])

HTML_STORIES = [
    # Savali News (Apia, gzipped page): original of the PACNEWS cluster; 'HONIARA, ... (PACNEWS) ----' dateline, '....PACNEWS' sign-off.
    dict(PACNEWS, role="original", file="savali_pacnews_honiara_seasonal_workers.html.gz", render="html",
         site=SITE_SV, section="Pacific", meta_section="Pacific",
         url="https://www.savalinews.example.ws/2024/08/14/over-200-solomon-islands-seasonal-workers-complete-training/",
         published="2024-08-14T16:20:00+13:00", ld_author=[{"@type": "Organization", "name": "PACNEWS"}],
         byline_lines=["PACNEWS"], date_lines=["August 14, 2024"],
         inserts={2: [("ad", "Advertisement")], 5: [("link", "RELATED:", "Samoa's seasonal workers send home record remittances")]},
         end_lines=["....PACNEWS"],
         lists=[("Latest News", ["Apia market vendors get new stalls", "Savaii road works to resume"])]),
    # Tamil Murasu (Singapore, Tamil): staff, job fair for older jobseekers; Tamil byline, 'படம்:' credit.
    rec(cluster="tamilmurasu-jurong-east-job-fair", role="single", file="tamilmurasu_jurong_east_job_fair_ta.html", render="html",
        site=SITE_TM, title="மூத்த ஊழியர்களுக்கான வேலை வாய்ப்புக் கண்காட்சியில் 800 வேலைகள்",
        date="2024-05-18", country="SG", region="asia", lang="ta", authors=["கோ. கீர்த்தனா"],
        section="சிங்கப்பூர்", meta_section="சிங்கப்பூர்",
        url="https://www.tamilmurasu.example.com.sg/singapore/job-fair-older-workers-jurong-east",
        description="ஐம்பது வயதுக்கு மேற்பட்டவர்களுக்கு 800 வேலைகள்.",
        published="2024-05-18T17:30:00+08:00",
        byline_lines=["கோ. கீர்த்தனா"], date_lines=["18 மே 2024, 5:30 pm"],
        caption="கண்காட்சியில் வேலை தேடும் மூத்தோர்.", credit="லாவண்யா வீரராகவன்", credit_shown="படம்: லாவண்யா வீரராகவன்",
        inserts={2: [("ad", "விளம்பரம்")], 5: [("link", "தொடர்புடைய செய்தி:", "பகுதிநேர வேலைகளுக்கு மூத்தோரிடம் அதிக வரவேற்பு")]},
        lists=[("அதிகம் படிக்கப்பட்டவை", ["லிட்டில் இந்தியாவில் புதிய உணவங்காடி", "தேக்கா சந்தை புதுப்பிப்பு"])],
        paras=P("""
ஐம்பது வயதுக்கு மேற்பட்டவர்களுக்கான வேலை வாய்ப்புக் கண்காட்சி சனிக்கிழமை ஜூரோங் ஈஸ்ட் சமூக மன்றத்தில் நடைபெற்றது.

சில்லறை வர்த்தகம், பாதுகாப்பு, சுகாதாரம், போக்குவரத்து, உணவு மற்றும் பானத் துறைகளைச் சேர்ந்த முப்பதுக்கும் மேற்பட்ட நிறுவனங்கள் சுமார் 800 வேலைகளை வழங்கின.

பல வேலைகள் பகுதிநேர வேலைகளாகவும் நெகிழ்வான வேலை நேரம் கொண்டவையாகவும் இருந்தன என்று ஏற்பாட்டாளர்கள் தெரிவித்தனர்.

வேலை தேடி வந்தவர்களுக்கு சுயவிவரக் குறிப்பு தயாரிக்கவும் நேர்காணலுக்குத் தயாராகவும் ஆலோசகர்கள் உதவினர்.

காலை பத்து மணிக்குக் கண்காட்சி தொடங்குவதற்கு முன்பே நூற்றுக்கணக்கானோர் வரிசையில் காத்திருந்தனர் என்றும், மதியத்துக்குள் ஆயிரத்துக்கும் அதிகமானோர் வந்துவிட்டனர் என்றும் ஏற்பாட்டாளர்கள் கூறினர்.

சில நிறுவனங்கள் அதே இடத்தில் நேர்காணல் நடத்தி, தகுதியானவர்களுக்கு உடனடியாக வேலை வழங்கின.

62 வயதான திரு ராஜேந்திரன் முருகேசன், முப்பது ஆண்டுகள் கப்பல் பழுதுபார்க்கும் துறையில் பணியாற்றியவர், பாதுகாப்பு அதிகாரி வேலைக்கு விண்ணப்பித்ததாகக் கூறினார்.

வயது காரணமாகத் தம்மை நிராகரிப்பார்களோ என்று முதலில் அஞ்சியதாகவும், ஆனால் நிறுவனங்கள் தமது அனுபவத்தை மதிப்பதைக் கண்டு மகிழ்ந்ததாகவும் அவர் சொன்னார்.

துப்புரவுப் பணியிலிருந்து ஓய்வுபெற்ற 67 வயதான திருவாட்டி சரஸ்வதி, வீட்டுக்கு அருகில் உள்ள ஓர் உணவகத்தில் காலை நேர வேலை கிடைத்தால் போதும் என்றார்.

புதிய திறன்களைக் கற்க விரும்புவோருக்கு மின்னிலக்கத் திறன் பயிற்சி வகுப்புகள், அரசாங்க உதவித் திட்டங்கள் பற்றிய தகவல்களும் வழங்கப்பட்டன.

அடுத்த கண்காட்சி ஜூலை மாதம் தெம்பனிசில் நடைபெறும் என்றும், அதில் மேலும் பல நிறுவனங்கள் கலந்துகொள்ளும் என்றும் எதிர்பார்க்கப்படுகிறது.
"""),
        must_have=[
            "பல வேலைகள் பகுதிநேர வேலைகளாகவும் நெகிழ்வான வேலை நேரம் கொண்டவையாகவும் இருந்தன என்று ஏற்பாட்டாளர்கள் தெரிவித்தனர்.",
            "வேலை தேடி வந்தவர்களுக்கு சுயவிவரக் குறிப்பு தயாரிக்கவும் நேர்காணலுக்குத் தயாராகவும் ஆலோசகர்கள் உதவினர்.",
        ]),
    # Media Permata (Bandar Seri Begawan, Malay): staff, career fair; 'Oleh' byline with a 'Haji' patronymic, 'Foto:' credit.
    rec(cluster="mediapermata-jobcentre-career-fair", role="single", file="mediapermata_pameran_kerjaya_ms.html", render="html",
        site=SITE_MP, title="Lebih 1,000 peluang pekerjaan ditawarkan di Pameran Kerjaya",
        date="2024-11-10", country="BN", region="asia", lang="ms", authors=["Nurul Ain Haji Abdullah"],
        section="Nasional", meta_section="Nasional",
        url="https://mediapermata.example.com.bn/lebih-1000-peluang-pekerjaan-ditawarkan-di-pameran-kerjaya/",
        description="Sebanyak 60 buah syarikat swasta menyertai pameran tersebut.",
        published="2024-11-10T08:00:00+08:00",
        byline_lines=["Oleh Nurul Ain Haji Abdullah"], date_lines=["Ahad, 10 November 2024"],
        caption="Pencari kerja mendapatkan maklumat di salah sebuah gerai pameran.", credit="Muhammad Faiz Haji Rosli",
        credit_shown="Foto: Muhammad Faiz Haji Rosli",
        inserts={2: [("ad", "Iklan")], 5: [("link", "Berita berkaitan:", "Program latihan kemahiran untuk belia di Tutong")]},
        lists=[("Berita terkini", ["Jalan raya baharu di Mukim Gadong", "Pasar tamu Kianggeh diperbaiki"])],
        paras=P("""
Lebih 1,000 peluang pekerjaan ditawarkan oleh 60 buah syarikat swasta dalam Pameran Kerjaya yang berlangsung di Pusat Persidangan Antarabangsa, semalam.

Pameran anjuran JobCentre Brunei itu dibuka kepada semua pencari kerja tempatan, termasuk lepasan sekolah, graduan dan mereka yang baru kehilangan pekerjaan.

Kebanyakan kekosongan yang ditawarkan adalah dalam sektor minyak dan gas, peruncitan, perhotelan, pembinaan serta teknologi maklumat.

Selain temu duga secara langsung, pengunjung juga boleh mendaftar untuk program latihan dan penempatan selama enam bulan yang menawarkan elaun bulanan.

Seorang graduan kejuruteraan, Awang Hazim, 24, berkata beliau telah menghadiri empat temu duga pada pagi itu dan berharap dapat dipanggil semula.

Menurut seorang pegawai JobCentre Brunei, lebih 3,000 orang telah mendapat pekerjaan melalui pameran dan program penempatan sepanjang tahun ini.

Beliau berkata majikan kini lebih terbuka untuk mengambil pekerja tanpa pengalaman sekiranya mereka bersedia untuk belajar di tempat kerja.

Pencari kerja yang tidak sempat hadir dinasihatkan mendaftar di portal JobCentre Brunei untuk menerima maklumat kekosongan terkini.

Pameran seterusnya dijadual diadakan di Daerah Belait pada awal tahun depan.
"""),
        must_have=[
            "Kebanyakan kekosongan yang ditawarkan adalah dalam sektor minyak dan gas, peruncitan, perhotelan, pembinaan serta teknologi maklumat.",
            "Selain temu duga secara langsung, pengunjung juga boleh mendaftar untuk program latihan dan penempatan selama enam bulan yang menawarkan elaun bulanan.",
        ]),
    # Radio Djiido (Nouméa community radio, French): staff, retraining after the northern nickel plant stopped; consent wall, 'Publié le ... à ...'.
    rec(cluster="djiido-usine-du-nord-reconversion", role="single", file="djiido_usine_du_nord_reconversion_fr.html", render="html",
        site=SITE_DJ, title="Usine du Nord : les salariés licenciés se forment à de nouveaux métiers",
        date="2024-07-04", country="NC", region="oceania", lang="fr", authors=["Marie Gowé"],
        section="Économie", meta_section="Économie",
        url="https://www.radiodjiido.example.nc/actualites/usine-du-nord-les-salaries-licencies-se-forment/",
        description="Près de 400 personnes sont inscrites dans un parcours d'accompagnement.",
        published="2024-07-04T17:12:00+11:00",
        byline_lines=["Par Marie Gowé"], date_lines=["Publié le 4 juillet 2024 à 17h12"],
        inserts={2: [("ad", "Publicité")], 5: [("link", "À lire aussi :", "Voh : les sous-traitants demandent un plan d'aide")]},
        lists=[("Les plus lus", ["Fermeture de la RT1 à Bouloupari", "Grève des dockers au port autonome"])],
        paras=P("""
Plusieurs dizaines d'anciens salariés de l'usine du Nord, à l'arrêt depuis le début de l'année, ont commencé cette semaine une formation pour se reconvertir dans d'autres métiers.

Les formations, financées par la province Nord, portent sur la maintenance industrielle, la conduite d'engins, le froid et la climatisation, ou encore l'aquaculture.

Elles durent de trois à six mois et les stagiaires perçoivent une indemnité pendant toute la durée du parcours.

Pour beaucoup, le choc a été rude : l'usine faisait vivre des familles entières de Koné, Pouembout et Voh.

Jean-Marc Tiaou, ancien opérateur au four, explique qu'il ne voulait pas partir à Nouméa et préfère apprendre un métier qui lui permettra de rester près de sa tribu.

Selon le service de l'emploi de la province, près de 400 personnes se sont déjà inscrites pour un accompagnement.

Les syndicats demandent que les salariés des entreprises sous-traitantes, elles aussi touchées, aient accès aux mêmes dispositifs.

Une nouvelle session de formations doit ouvrir en septembre.
"""),
        must_have=[
            "Elles durent de trois à six mois et les stagiaires perçoivent une indemnité pendant toute la durée du parcours.",
            "Jean-Marc Tiaou, ancien opérateur au four, explique qu'il ne voulait pas partir à Nouméa et préfère apprendre un métier qui lui permettra de rester près de sa tribu.",
        ]),
    # Medicine Hat News (Alberta, Alta Newspaper Group): staff, greenhouse seasonal workers; 'NEWS PHOTO NAME' credit formula.
    rec(cluster="medicinehatnews-redcliff-greenhouse-workers", role="single", file="medicinehatnews_redcliff_greenhouses.html", render="html",
        site=SITE_MH, title="Redcliff greenhouses count on foreign workers as tomato season peaks",
        date="2024-06-20", country="CA", region="americas", lang="en", authors=["Brenda Klassen"],
        section="Local News", meta_section="Local News",
        url="https://medicinehatnews.example.com/news/local-news/2024/06/20/redcliff-greenhouses-count-on-foreign-workers/",
        description="Growers say the harvest would not be possible without seasonal workers.",
        published="2024-06-20T05:00:00-06:00", modified="2024-06-21T09:30:00-06:00",
        byline_lines=["By Brenda Klassen", "Medicine Hat News"], date_lines=["Published on Thursday, June 20, 2024", "Updated June 21, 2024"],
        caption="A worker picks tomatoes at a Redcliff greenhouse on Wednesday.", credit="BRENDA KLASSEN",
        credit_shown="NEWS PHOTO BRENDA KLASSEN",
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Get the News in your inbox", "Sign up for our daily headlines", "Subscribe"])]},
        end_lines=["bklassen@medicinehatnews.example.com"],
        paras=P("""
Greenhouses in Redcliff are at their busiest time of year, and growers say the harvest would not be possible without workers from Mexico, Guatemala and the Philippines.

The town west of Medicine Hat is home to dozens of commercial greenhouses that grow tomatoes, cucumbers and peppers for stores across Western Canada.

Grower Hendrik Vos said about two-thirds of his 70 staff come through the Temporary Foreign Worker Program, many returning for their fifth or sixth season.

Workers start at 6 a.m. to pick before the heat builds up under the glass, and most work six days a week during the peak months.

Vos said he had advertised the jobs locally every spring but received only a handful of applications.

A local settlement agency runs English classes on Sunday afternoons and helps workers open bank accounts and file tax returns.

Worker Rosa Méndez said she sends most of her pay home to her two daughters, who live with her mother.

The growers' association says it wants Ottawa to make it easier for long-serving seasonal workers to apply for permanent residence.
"""),
        must_have=[
            "Workers start at 6 a.m. to pick before the heat builds up under the glass, and most work six days a week during the peak months.",
            "A local settlement agency runs English classes on Sunday afternoons and helps workers open bank accounts and file tax returns.",
        ]),
    # Runrunes (Caracas): staff, delivery riders; 'Por Name | @handle' byline, 'Foto: Archivo Runrunes' credit.
    rec(cluster="runrunes-caracas-delivery-riders", role="single", file="runrunes_caracas_repartidores_es.html", render="html",
        site=SITE_RR, title="Los repartidores en moto de Caracas: jornadas de 12 horas y pagos en dólares",
        date="2024-10-08", country="VE", region="americas", lang="es", authors=["Génesis Carrero"],
        section="Economía", meta_section="Economía",
        url="https://runrun.example.es/economia/repartidores-en-moto-de-caracas-jornadas-de-12-horas/",
        description="Trabajan sin contrato ni seguro y cobran por entrega.",
        published="2024-10-08T07:45:00-04:00",
        byline_lines=["Por Génesis Carrero | @genecarrero"], date_lines=["08/10/2024"],
        caption="Repartidores esperan pedidos en una esquina de Chacao.", credit="Runrunes", credit_shown="Foto: Archivo Runrunes",
        inserts={2: [("ad", "Publicidad")], 5: [("box", "Lea también", ["Docentes venezolanos buscan un segundo empleo", "El bono de guerra no alcanza"])]},
        end_lines=["Suscríbete a nuestro boletín"],
        paras=P("""
Cada mañana, decenas de motorizados se concentran en una esquina de Chacao a la espera de que las aplicaciones de delivery les asignen su primer pedido del día.

La mayoría trabaja entre diez y doce horas diarias, seis días a la semana, sin contrato ni seguro, y cobra por cada entrega realizada.

Un repartidor puede ganar entre 15 y 25 dólares en un buen día, pero de esa cantidad debe pagar la gasolina, el mantenimiento de la moto y el plan de datos del teléfono.

Luis Rondón, de 29 años, es ingeniero de sistemas y comenzó a repartir hace dos años porque su sueldo en una empresa pública no le alcanzaba.

Los repartidores se quejan de que las aplicaciones cambian las tarifas sin aviso y de que los clientes a veces cancelan los pedidos cuando ya están en camino.

Un abogado laboralista consultado explicó que la ley venezolana no contempla la figura del trabajador de plataformas, por lo que estas personas quedan fuera de la protección social.

Los repartidores piden al menos un seguro contra accidentes.
"""),
        must_have=[
            "Un repartidor puede ganar entre 15 y 25 dólares en un buen día, pero de esa cantidad debe pagar la gasolina, el mantenimiento de la moto y el plan de datos del teléfono.",
            "Los repartidores se quejan de que las aplicaciones cambian las tarifas sin aviso y de que los clientes a veces cancelan los pedidos cuando ya están en camino.",
        ]),
    # The Southern Star (Skibbereen, West Cork weekly): staff, fish factory hiring in Castletownbere; '(Photo: ...)' credit.
    rec(cluster="southernstar-castletownbere-fish-factory", role="single", file="southernstar_castletownbere_fish_factory.html", render="html",
        site=SITE_SS, title="Castletownbere fish factory to hire 30 as new processing line opens",
        date="2024-09-14", country="IE", region="europe", lang="en", authors=["Niamh O'Driscoll"],
        section="News", meta_section="News",
        url="https://www.southernstar.example.ie/news/castletownbere-fish-factory-to-hire-30-as-new-processing-line-opens-a1b2c3d4",
        description="The plant will keep workers on for the full year.",
        published="2024-09-14T07:00:00+01:00",
        byline_lines=["By Niamh O'Driscoll"], date_lines=["Saturday, 14th September, 2024 7:00am"],
        caption="Workers on the new filleting line at the Dinish Island plant.", credit="Emma Jervis",
        credit_shown="(Photo: Emma Jervis)",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Read more:", "Bantry Bay mussel farm seeks seasonal staff")]},
        lists=[("Most Read", ["Skibbereen bypass plans go on display", "Clonakilty GAA club opens new pitch"])],
        paras=P("""
A fish processing plant in Castletownbere is to hire 30 people after installing a new line to fillet and freeze hake and monkfish landed at the port.

The plant, which has operated on Dinish Island for more than 40 years, currently employs about 60 people, many of them on seasonal contracts.

Manager Declan Harrington said the new line would allow the company to keep workers on for the full year instead of laying them off after the summer.

Staff work in two shifts, the first starting at 6am when the overnight landings are brought in from the trawlers.

Several of the current workers came from Lithuania and Ukraine, and the company has run English classes in the canteen for the past two winters.

Mr Harrington said finding housing for new staff on the Beara peninsula was the biggest problem, and the company was looking at renting a house in the town for workers.

The jobs are being advertised through the Intreo office in Bantry and on the company's website.

Training will be given on site.
"""),
        must_have=[
            "Manager Declan Harrington said the new line would allow the company to keep workers on for the full year instead of laying them off after the summer.",
            "Staff work in two shifts, the first starting at 6am when the overnight landings are brought in from the trawlers.",
        ]),
    # West Highland Free Press (Broadford, Skye): staff, remote-work hub; JSON-LD @graph, bare-name byline, tag list.
    rec(cluster="whfp-broadford-work-hub", role="single", file="whfp_broadford_work_hub.html", render="html",
        site=SITE_WH, title="Broadford work hub full within months as remote workers return to Skye",
        date="2024-03-01", country="GB", region="europe", lang="en", authors=["Eilidh Nicolson"],
        section="News", meta_section="News",
        url="https://www.whfp.example.com/2024/03/01/broadford-work-hub-full-within-months/",
        description="The co-working space has a waiting list of more than 20 people.",
        published="2024-03-01T09:00:00+00:00",
        byline_lines=["Eilidh Nicolson"], date_lines=["1 March 2024"],
        caption="Members at work in the converted bank building.", credit="Willie Urquhart", credit_shown="Photo: Willie Urquhart",
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Support local journalism", "Subscribe to the Free Press from \u00a31 a week", "Subscribe"])]},
        tags=("Tags:", ["Broadford", "Skye", "Remote working"]),
        paras=P("""
A co-working hub in Broadford that opened last autumn is already full, and its organisers are looking for a second building in the north of Skye.

The hub, in a former bank on the main road, has 16 desks, two meeting rooms and a fast fibre connection that many homes on the island still lack.

Desks are rented by the day, week or month, and members include software developers, translators, accountants and a marine biologist.

Manager Catriona Beaton said most members had grown up on Skye, moved away for work and come back when their employers allowed them to work remotely.

She said several members had young children and used the hub to separate work from home life in small houses.

The project received start-up funding from Highlands and Islands Enterprise and the local community trust.

A waiting list of more than 20 people has prompted the group to look at premises in Portree and Uig.

The hub also hosts Gaelic conversation classes on Wednesday evenings.
"""),
        must_have=[
            "Desks are rented by the day, week or month, and members include software developers, translators, accountants and a marine biologist.",
            "She said several members had young children and used the hub to separate work from home life in small houses.",
        ]),
    # Sahara Medias (Nouakchott, Arabic): staff, Nouadhibou artisanal fishermen; the outlet's own name in the dateline.
    rec(cluster="saharamedias-nouadhibou-fishermen", role="single", file="saharamedias_nouadhibou_bahhara_ar.html", render="html",
        site=SITE_SM, title="نواذيبو: البحارة التقليديون يطالبون بتحسين ظروف العمل",
        date="2024-05-28", dateline="نواذيبو (الصحراء) – ", city="Nouadhibou", country="MR", region="africa", lang="ar",
        section="مجتمع", meta_section="مجتمع",
        url="https://www.saharamedias.example.net/?p=214583",
        description="البحارة يطالبون بالتأمين الصحي وعقود العمل.",
        published="2024-05-28T13:40:00+00:00", ld_author=[{"@type": "Organization", "name": "الصحراء"}],
        byline_lines=["الصحراء"], date_lines=["الثلاثاء 28 مايو 2024 - 13:40"],
        inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضا:", "نواكشوط: عمال الميناء يعلقون إضرابهم")]},
        lists=[("الأكثر قراءة", ["افتتاح سوق جديد للسمك في نواكشوط", "تكوين مهني لشباب الداخل"])],
        paras=P("""
نظم عشرات البحارة العاملين في الصيد التقليدي بمدينة نواذيبو وقفة احتجاجية اليوم أمام مقر مندوبية الصيد، للمطالبة بتحسين ظروف عملهم.

وقال البحارة إنهم يعملون لساعات طويلة في عرض البحر على متن زوارق صغيرة، دون تأمين صحي أو عقود عمل مكتوبة.

وأوضح أحد ممثلي البحارة أن أجورهم مرتبطة بكمية الصيد، وأنهم قد يعودون بعد رحلة تستمر يومين دون أي دخل إذا كان الصيد ضعيفا.

وطالب المحتجون بتسجيلهم في الصندوق الوطني للضمان الاجتماعي وتوفير سترات النجاة ووسائل الاتصال على جميع الزوارق.

كما اشتكوا من ارتفاع أسعار الوقود والثلج، ومن تأخر ملاك الزوارق في دفع مستحقاتهم بعد بيع الأسماك في السوق.

وقال البحار محمد ولد أحمد إنه يعمل في البحر منذ خمسة عشر عاما، ولم يحصل يوما على عطلة مدفوعة الأجر.

من جهته، قال مسؤول في مندوبية الصيد إن الإدارة ستستقبل ممثلين عن البحارة الأسبوع المقبل لدراسة مطالبهم.

ويعمل في الصيد التقليدي بنواذيبو آلاف الشباب القادمين من مختلف ولايات البلاد، ويعد القطاع من أكبر مصادر التشغيل في المدينة.
"""),
        must_have=[
            "وأوضح أحد ممثلي البحارة أن أجورهم مرتبطة بكمية الصيد، وأنهم قد يعودون بعد رحلة تستمر يومين دون أي دخل إذا كان الصيد ضعيفا.",
            "وطالب المحتجون بتسجيلهم في الصندوق الوطني للضمان الاجتماعي وتوفير سترات النجاة ووسائل الاتصال على جميع الزوارق.",
        ]),
]

# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, Skessuhorn (Akranes, West Iceland weekly, Icelandic): staff, fish plant closing; initials sign-off only.
    rec(cluster="skessuhorn-akranes-fish-plant-closing", role="single", file="newsplease_skessuhorn_akranes_fiskvinnsla_is.json",
        render="newsplease", title="Fiskvinnslu á Akranesi lokað og 45 starfsmönnum sagt upp",
        date="2024-10-02", country="IS", region="europe", lang="is",
        url="https://skessuhorn.example.is/2024/10/02/fiskvinnslu-a-akranesi-lokad-og-45-starfsmonnum-sagt-upp/",
        source_domain="skessuhorn.example.is",
        description="Vinnslan verður flutt til Reykjavíkur um áramótin.",
        np_authors=[], np_publish="2024-10-02 14:30:00", np_download="2024-10-03 06:12:40",
        head_lines=["Skessuhorn", "Fréttir", "2. október 2024"],
        inserts={2: ["Auglýsing"], 5: ["Lesa einnig: Atvinnuleysi eykst á Vesturlandi"]},
        tail_lines=["hlh", "Deila", "Facebook", "Fleiri fréttir", "Mest lesið", "Skessuhorn - fréttaveita Vesturlands", "\u00a9 Skessuhorn ehf."],
        paras=P("""
Fiskvinnslufyrirtæki á Akranesi hefur ákveðið að hætta vinnslu í bænum um áramótin og hefur 45 starfsmönnum verið sagt upp störfum.

Í tilkynningu frá fyrirtækinu segir að vinnslan verði flutt til Reykjavíkur þar sem ný og tæknivæddari vinnslulína hafi verið tekin í notkun.

Flestir starfsmannanna hafa unnið í fiskvinnslunni í mörg ár og margir þeirra eru af erlendum uppruna, einkum frá Póllandi og Litháen.

Formaður verkalýðsfélagsins á staðnum segir lokunina mikið áfall fyrir bæinn og starfsfólkið, sem hafi staðið vaktina í gegnum erfið ár.

Hann segir að félagið muni aðstoða starfsmenn við að sækja rétt sinn og leita nýrra starfa.

Vinnumálastofnun hefur boðað til kynningarfundar fyrir starfsfólkið í næstu viku þar sem farið verður yfir atvinnuleysisbætur og námskeið.

Fyrirtækið býður starfsmönnum að halda áfram störfum í Reykjavík og mun greiða ferðakostnað fyrstu mánuðina.

Bæjarstjóri Akraness segir bæinn munu ræða við fyrirtækið um framtíð hússins við höfnina og leita leiða til að fá nýja starfsemi í það.
"""),
        must_have=[
            "Flestir starfsmannanna hafa unnið í fiskvinnslunni í mörg ár og margir þeirra eru af erlendum uppruna, einkum frá Póllandi og Litháen.",
            "Vinnumálastofnun hefur boðað til kynningarfundar fyrir starfsfólkið í næstu viku þar sem farið verður yfir atvinnuleysisbætur og námskeið.",
        ]),
    # news-please, Nature Isle News (Dominica): staff, youth placement programme; news-please time is UTC, the page's day is the 2nd.
    rec(cluster="natureislenews-youth-skills-placements", role="single", file="newsplease_natureislenews_youth_placements.json",
        render="newsplease", title="Youth skills programme places 120 trainees with local businesses",
        date="2024-07-02", country="DM", region="americas", lang="en", authors=["Shania Bertrand"],
        url="https://natureislenews.example.com/youth-skills-programme-places-120-trainees-with-local-businesses/",
        source_domain="natureislenews.example.com",
        description="Trainees receive a stipend while they learn a trade on the job.",
        np_authors=["Shania Bertrand"], np_publish="2024-07-03 01:15:00", np_download="2024-07-03 09:40:22",
        head_lines=["Nature Isle News", "By Shania Bertrand", "July 2, 2024"],
        inserts={2: ["Advertisement"], 4: ["Related: Roseau vendors relocated during market repairs"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "Like this:", "Related", "Leave a Reply", "Nature Isle News - Dominica's news leader", "\u00a9 2024 Nature Isle News"],
        paras=P("""
One hundred and twenty young people have been placed with businesses across Dominica under a national programme that pays trainees while they learn a trade on the job.

The trainees, aged 18 to 30, will spend six months working in garages, hotels, farms, bakeries, hardware stores and government offices.

They receive a monthly stipend from the programme, and employers who keep them on after the placement can apply for a wage subsidy for a further three months.

Coordinator Marcia Laville said the programme had been expanded to communities on the east coast, including the Kalinago Territory, where jobs are scarce.

Trainee Kervin Joseph, 22, from Grand Bay, said he had been looking for work for almost a year before being placed at a mechanic's workshop in Roseau.

Employers are asked to assign a supervisor to each trainee and to send monthly reports on attendance and progress.

Officials said a new intake would open in October and applications could be made at any constituency office.
"""),
        must_have=[
            "They receive a monthly stipend from the programme, and employers who keep them on after the placement can apply for a wage subsidy for a further three months.",
            "Coordinator Marcia Laville said the programme had been expanded to communities on the east coast, including the Kalinago Territory, where jobs are scarce.",
        ]),
    # news-please, Witbank News (eMalahleni, Caxton local): staff, contract mine workers' march; caption line with 'Photo:' credit inside the text.
    rec(cluster="witbanknews-ogies-contract-workers-march", role="single", file="newsplease_witbanknews_ogies_night_shifts.json",
        render="newsplease", title="Contract workers march to mine offices over unpaid night shifts",
        date="2024-08-28", country="ZA", region="africa", lang="en", authors=["Thandeka Mahlangu"],
        caption="Contract workers gather outside the mine offices near Ogies.", credit="Thandeka Mahlangu",
        url="https://witbanknews.example.co.za/2024/08/28/contract-workers-march-to-mine-offices-over-unpaid-night-shifts/",
        source_domain="witbanknews.example.co.za",
        description="About 150 workers handed over a memorandum to mine management.",
        np_authors=["Thandeka Mahlangu"], np_publish="2024-08-28 12:40:00", np_download="2024-08-29 05:02:17",
        head_lines=["Thandeka Mahlangu", "Journalist", "28 August 2024 | 14:40",
                    "Contract workers gather outside the mine offices near Ogies. Photo: Thandeka Mahlangu"],
        inserts={2: ["Advertisement"], 4: ["ALSO READ: KwaGuqa taxi rank upgrade to start in October"]},
        tail_lines=["Do you have a story? WhatsApp the newsroom.", "Join our WhatsApp channel", "Share", "Related Articles", "Latest Articles",
                    "\u00a9 Copyright 2024 Witbank News. All rights reserved."],
        paras=P("""
About 150 contract workers marched to the offices of a coal mine near Ogies on Tuesday, saying they had not been paid for night shifts worked over the past two months.

The workers, employed by a labour broker to drive trucks, operate loaders and clean the plant, handed over a memorandum to mine management.

They said payslips showed the day shift rate for hours worked between 22:00 and 06:00, although their contracts promised a higher rate for night work.

Shop steward Sipho Nkosi said some of the workers travel from KwaGuqa and Phola every day and spend a large part of their wages on taxis.

The labour broker's regional manager said the problem was caused by a new payroll system and promised that the missing money would be paid by the end of September.

The mine said in a statement that it expects all contractors on its site to comply with labour laws and would follow up on the matter.

Police monitored the march, which ended peacefully before noon.
"""),
        must_have=[
            "They said payslips showed the day shift rate for hours worked between 22:00 and 06:00, although their contracts promised a higher rate for night work.",
            "Shop steward Sipho Nkosi said some of the workers travel from KwaGuqa and Phola every day and spend a large part of their wages on taxis.",
        ]),
    # trafilatura, Noi.md (Chișinău, Romanian edition): Moldpres copy, 'Cahul, 19 aprilie /MOLDPRES/.' dateline, 'Sursa:' line.
    rec(cluster="noimd-moldpres-cahul-targ-locuri-munca", role="single", file="trafilatura_noimd_moldpres_cahul_targ_ro.json",
        render="trafilatura", title="Peste 600 de locuri de muncă, oferite la Târgul locurilor de muncă din Cahul",
        date="2024-04-19", dateline="Cahul, 19 aprilie /MOLDPRES/. ", city="Cahul", country="MD", region="europe", lang="ro",
        agency="Moldpres", section="Social", categories="Social;Regiuni",
        url="https://noi.example.md/md/societate/peste-600-de-locuri-de-munca-oferite-la-targul-din-cahul",
        hostname="noi.example.md", source_hostname="Noi.md",
        tf_author="MOLDPRES", tf_date="2024-04-19", tf_language="ro",
        description="La eveniment au participat peste 40 de angajatori din sudul țării.",
        head_lines=["Noi.md", "Social", "19 aprilie 2024, 16:45", "MOLDPRES"],
        inserts={2: ["Publicitate"], 5: ["Citește și: ANOFM: numărul șomerilor înregistrați a scăzut în primul trimestru"]},
        tail_lines=["Sursa: MOLDPRES", "Distribuie", "Facebook", "Telegram", "Știri pe aceeași temă", "Cele mai citite", "Abonează-te la canalul nostru de Telegram",
                    "Preluarea materialelor este permisă doar cu referință la sursă.", "\u00a9 2024 Noi.md"],
        paras=P("""
Peste 600 de locuri de muncă au fost oferite astăzi la Târgul locurilor de muncă organizat de subdiviziunea teritorială a Agenției Naționale pentru Ocuparea Forței de Muncă din Cahul.

La eveniment au participat peste 40 de angajatori din industria ușoară, construcții, agricultură, comerț, transport și servicii.

Cele mai multe oferte au fost pentru cusătorese, operatori la linii de producție, șoferi, vânzători și muncitori agricoli.

Salariile propuse variau între 6.000 și 12.000 de lei, iar unele companii ofereau transport gratuit și prânz la locul de muncă.

Reprezentanții agenției au spus că tot mai mulți angajatori caută oameni dispuși să învețe meseria direct la locul de muncă.

Ion Rusu, 47 de ani, s-a întors recent din Italia, unde a lucrat opt ani în construcții, și spune că vrea să-și găsească un loc de muncă acasă.

Șomerii înregistrați au putut afla și despre cursurile gratuite de formare profesională și despre subvențiile pentru deschiderea unei afaceri.

Târguri similare vor avea loc în luna mai la Comrat și Ungheni.
"""),
        must_have=[
            "Cele mai multe oferte au fost pentru cusătorese, operatori la linii de producție, șoferi, vânzători și muncitori agricoli.",
            "Salariile propuse variau între 6.000 și 12.000 de lei, iar unele companii ofereau transport gratuit și prânz la locul de muncă.",
        ]),
    # trafilatura, Oklahoma Watch (nonprofit, Newspack): staff, CareerTech instructors shortage; reporter bio line.
    rec(cluster="oklahomawatch-careertech-instructors", role="single", file="trafilatura_oklahomawatch_careertech.json",
        render="trafilatura", title="Rural CareerTech centers struggle to find instructors as welding and nursing classes fill up",
        date="2024-11-06", country="US", region="americas", lang="en", authors=["Lena Morrison"],
        section="Education", categories="Education;Workforce",
        url="https://oklahomawatch.example.org/2024/11/06/rural-careertech-centers-struggle-to-find-instructors/",
        hostname="oklahomawatch.example.org", source_hostname="Oklahoma Watch",
        tf_author="Lena Morrison", tf_date="2024-11-06", tf_language="en",
        description="Some centers have left teaching jobs open for more than a year.",
        head_lines=["Oklahoma Watch", "Lena Morrison", "November 6, 2024", "4 min read"],
        inserts={2: ["Support our nonprofit newsroom"], 5: ["Related: Oklahoma nursing programs turn away qualified applicants"]},
        tail_lines=["Lena Morrison is an Oklahoma Watch reporter covering workforce and education. Contact her at lmorrison@oklahomawatch.example.org.",
                    "Republish this article", "Share", "Email", "Facebook", "More in Education", "Sign up for our newsletter",
                    "Oklahoma Watch is a nonprofit, nonpartisan newsroom.", "\u00a9 2024 Oklahoma Watch. Proudly powered by Newspack."],
        paras=P("""
Enrollment in welding, nursing and diesel mechanics programs at Oklahoma's rural CareerTech centers has climbed, but several centers say they cannot find enough instructors to teach them.

Technology center districts in western Oklahoma said they had left some teaching positions open for more than a year.

Instructors in skilled trades can often earn far more working in the oil field or at a hospital than in a classroom, administrators said.

At one center near Elk City, the welding program has a waiting list of 40 adults and high school juniors.

Superintendent Karen Doyle said the center had started paying part-time instructors who work in industry during the day to teach evening classes.

Students who finish a welding certificate can start at around 22 dollars an hour in the region, according to local employers.

State lawmakers are considering a proposal to let centers offer signing bonuses to instructors who commit to teach for three years.

The state CareerTech agency said it was also working with employers to share equipment and staff.
"""),
        must_have=[
            "Instructors in skilled trades can often earn far more working in the oil field or at a hospital than in a classroom, administrators said.",
            "Superintendent Karen Doyle said the center had started paying part-time instructors who work in industry during the day to teach evening classes.",
        ]),
    # trafilatura, Zambian Eye (Lusaka): staff, mine contractor registration queue in Chingola.
    rec(cluster="zambianeye-chingola-mine-jobs-queue", role="single", file="trafilatura_zambianeye_chingola_jobs.json",
        render="trafilatura", title="Hundreds queue in Chingola as mine contractor opens registration for 400 jobs",
        date="2024-05-06", country="ZM", region="africa", lang="en", authors=["Mwila Chanda"],
        section="News", categories="News;Copperbelt",
        url="https://zambianeye.example.com/hundreds-queue-in-chingola-as-mine-contractor-opens-registration/",
        hostname="zambianeye.example.com", source_hostname="Zambian Eye",
        tf_author="Mwila Chanda", tf_date="2024-05-06", tf_language="en",
        description="Some applicants spent the night in the queue.",
        head_lines=["Zambian Eye", "By Mwila Chanda", "May 6, 2024"],
        inserts={2: ["Advertisement"], 4: ["Also Read: Kitwe marketeers get new trading sheds"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "X", "Related", "Leave a Reply", "Cancel reply", "Follow Zambian Eye on WhatsApp", "\u00a9 2024 Zambian Eye"],
        paras=P("""
Hundreds of job seekers queued outside the Chingola civic centre on Monday as a mining contractor opened registration for about 400 jobs at a copper mine in the area.

Some of the applicants arrived on Sunday evening and spent the night in the queue to make sure they would be attended to.

The contractor is looking for truck drivers, machine operators, electricians, fitters and general workers for work on the expansion of an open pit.

Company human resources officer Brenda Mulenga said priority would be given to residents of Chingola with valid national registration cards.

She said applicants would be tested on site and successful candidates would start training within a month.

Chingola Mayor Jonas Kangwa said the council had asked the company to ensure that local youths were employed.

Job seeker Peter Banda, 31, said he had been unemployed since the contractor he worked for left the mine three years ago.

Police officers were deployed to keep order during the registration.
"""),
        must_have=[
            "The contractor is looking for truck drivers, machine operators, electricians, fitters and general workers for work on the expansion of an open pit.",
            "Company human resources officer Brenda Mulenga said priority would be given to residents of Chingola with valid national registration cards.",
        ]),
]


# ---- JSONL batches ---------------------------------------------------------------------

SITE_NC = site("NotiCel", "https://www.noticel.example.com", " | NotiCel", "es_PR", "@NotiCel",
               ["Ahora", "Gobierno", "Economía", "Comunidad", "Deportes", "Entretenimiento"],
               ["\u00a9 2024 NotiCel. Todos los derechos reservados.", "Contáctanos", "Política de privacidad"],
               share=["Compartir", "Facebook", "X", "WhatsApp"])

JSONL_STORIES = [
    # newsbeam text shape: the Montsame story on Zindaa.mn (syndicated member of the Montsame cluster).
    dict(MONTSAME, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.zindaa.example.mn/a1b2/erdenet-ajliin-bairnii-yarmag",
         nb_published="2024-10-18T07:02:00Z", outlet="Zindaa.mn", nb_authors=["МОНЦАМЭ"],
         head_lines=["Zindaa.mn", "Нийгэм", "2024-10-18 15:02", "Д.Оюунчимэг /МОНЦАМЭ/"],
         tail_lines=["Эх сурвалж: МОНЦАМЭ", "Хуваалцах", "Facebook", "Холбоотой мэдээ", "Шинэ мэдээ", "Сэтгэгдэл бичих",
                     "Мэдээг хуулбарлан нийтлэхдээ эх сурвалжийг заавал дурдана уу.", "\u00a9 2024 Zindaa.mn"]),
    # news-please shape: the AZERTAC story on Xalq qəzeti (syndicated member of the AZERTAC cluster).
    dict(AZERTAC, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://xalqqazeti.example.az/az/region/225431",
         source_domain="xalqqazeti.example.az",
         np_authors=["AZƏRTAC"], np_publish="2025-02-25 09:05:00", np_download="2025-02-25 15:31:08",
         head_lines=["Xalq qəzeti", "Region", "25.02.2025 13:05"],
         inserts={3: ["Reklam"]},
         tail_lines=["AZƏRTAC", "Paylaş", "Facebook", "WhatsApp", "Oxşar xəbərlər", "Son xəbərlər", "\u00a9 2025 Xalq qəzeti"]),
    # newsbeam html shape: NotiCel (San Juan): staff, pharmaceutical plant closing; newsbeam stamp is UTC, the page's day is the 10th.
    rec(cluster="noticel-barceloneta-plant-closing", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_NC, title="Cierre de planta farmacéutica en Barceloneta dejará sin empleo a 180 trabajadores",
        date="2024-09-10", country="PR", region="americas", lang="es", authors=["Yaritza Colón Ortiz"],
        section="Economía", meta_section="Economía",
        url="https://www.noticel.example.com/economia/20240910/cierre-de-planta-farmaceutica-en-barceloneta/",
        description="La empresa trasladará la manufactura a otra planta en Estados Unidos.",
        published="2024-09-10T21:30:00-04:00",
        nb_published="2024-09-11T01:30:00Z", outlet="NotiCel", nb_authors=["Yaritza Colón Ortiz"],
        byline_lines=["Por Yaritza Colón Ortiz"], date_lines=["martes, 10 de septiembre de 2024 - 9:30 PM"],
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Relacionado:", "Feria de empleo en Manatí ofrece 500 plazas")]},
        end_lines=["Síguenos en WhatsApp"],
        paras=P("""
Una planta farmacéutica en Barceloneta cerrará sus operaciones a finales de año, lo que dejará sin empleo a unos 180 trabajadores, informó la compañía a sus empleados.

La empresa indicó que trasladará la manufactura de varias tabletas a otra planta en Estados Unidos como parte de una reorganización de su producción.

Los empleados recibirán una compensación basada en sus años de servicio y la empresa mantendrá su plan médico por seis meses después del cierre.

El Departamento del Trabajo informó que realizará ferias de empleo y orientaciones sobre el seguro por desempleo en las próximas semanas.

Varios de los trabajadores llevan más de 20 años en la planta.

María Rivera, técnica de laboratorio, dijo que se enteró de la noticia en una reunión el lunes en la mañana y que aún no sabe qué hará.

El alcalde de Barceloneta lamentó la decisión y dijo que se reunirá con otras compañías del área para que consideren contratar a los empleados afectados.

La industria farmacéutica sigue siendo uno de los principales empleadores de la costa norte.
"""),
        must_have=[
            "Los empleados recibirán una compensación basada en sus años de servicio y la empresa mantendrá su plan médico por seis meses después del cierre.",
            "El Departamento del Trabajo informó que realizará ferias de empleo y orientaciones sobre el seguro por desempleo en las próximas semanas.",
        ]),
    # trafilatura shape: the PACNEWS story on Mai TV (syndicated member of the PACNEWS cluster).
    dict(PACNEWS, role="syndicated", file=JSONL_B, render="trafilatura", section="Pacific",
         url="https://www.maitv.example.com.fj/news/pacific/over-200-solomon-islands-seasonal-workers-complete-training/",
         hostname="maitv.example.com.fj", source_hostname="Mai TV",
         tf_author=None, tf_date="2024-08-14", tf_language="en", categories="Pacific;Labour Mobility",
         head_lines=["Mai TV", "Pacific", "August 14, 2024"],
         inserts={2: ["Advertisement"]},
         tail_lines=["....PACNEWS", "Share", "Facebook", "X", "Related News", "Watch Mai TV live", "\u00a9 2024 Mai TV. All rights reserved."]),
    # news-please shape: Radio Risaala (Mogadishu, English service): staff, port porters; news-please time is UTC, the page's day is the 5th.
    rec(cluster="risaala-mogadishu-port-porters", role="single", file=JSONL_B, render="newsplease",
        title="Mogadishu port porters call for safety gear and fixed pay as cargo volumes rise",
        date="2024-11-05", country="SO", region="africa", lang="en", authors=["Hodan Ali Farah"],
        url="https://risaala.example.so/en/mogadishu-port-porters-call-for-safety-gear-and-fixed-pay/",
        source_domain="risaala.example.so",
        description="Porters at the port say at least six members were injured this year.",
        np_authors=["Hodan Ali Farah"], np_publish="2024-11-04 22:10:00", np_download="2024-11-05 08:27:51",
        head_lines=["Radio Risaala", "Hodan Ali Farah", "November 5, 2024"],
        inserts={2: ["Advertisement"], 5: ["READ ALSO: Mogadishu tuk-tuk drivers protest new licence fees"]},
        tail_lines=["Share", "Facebook", "X", "WhatsApp", "Listen to Radio Risaala live", "Related Posts", "\u00a9 2024 Radio Risaala"],
        paras=P("""
Hundreds of porters who load and unload cargo at the port of Mogadishu are calling for safety equipment and fixed daily pay, saying their work has become more dangerous as the number of ships has grown.

The porters carry sacks of sugar, flour and rice from ships and warehouses to trucks, often working late into the night.

Most are paid per sack, and a porter can earn between five and twelve dollars a day depending on how many ships arrive.

The chairman of the porters' association, Abdirahman Nur, said at least six members had been injured this year by falling loads or moving trucks.

He said the association wanted helmets, gloves and boots for every registered porter and a first aid point inside the port.

Many of the porters are young men who came to Mogadishu from regions affected by drought and conflict.

A port official said the management was discussing the requests with the companies that hire the porters.

The association plans to register all its members by the end of the year.
"""),
        must_have=[
            "Most are paid per sack, and a porter can earn between five and twelve dollars a day depending on how many ships arrive.",
            "The chairman of the porters' association, Abdirahman Nur, said at least six members had been injured this year by falling loads or moving trucks.",
        ]),
]

# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-ninth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Unuudur '2024.10.18, 14:25' (year first) with Montsame's "
    "dateline and Zindaa.mn '2024-10-18 15:02' (newsbeam stamp 07:02Z = 15:02 in Ulaanbaatar); Qafqazinfo '25 Fevral 2025' with "
    "AZERTAC's '25 fevral' dateline and Xalq qəzeti '25.02.2025 13:05' (day first; news-please's 09:05 is UTC, Baku is UTC+4); "
    "Savali 'August 14, 2024' (+13:00, Samoa) with PACNEWS's '14 AUGUST 2024' dateline and Mai TV 'August 14, 2024'; Pilbara News "
    "'Tue, 21 May 2024' (both copies); Nai Baat '16 دسمبر 2024'; Netgazeti '12 ივნისი, 2024'; Top Channel '24/09/2024' (day "
    "first); Põhjarannik '15. jaanuar 2025'; Scunthorpe Telegraph '10:42, 7 MAR 2025' (not the 'Updated 14:05' line); The Alkamba "
    "Times 'April 10, 2024'; Pointe Xpress 'July 2, 2024'; Matin Libre '19 mars 2024'; Tamil Murasu '18 மே 2024' (Tamil month "
    "name); Media Permata 'Ahad, 10 November 2024' (the story says 'semalam', yesterday, but the label is the publication date); "
    "Radio Djiido 'Publié le 4 juillet 2024'; Medicine Hat News 'Published on Thursday, June 20, 2024' (not 'Updated June "
    "21'); Runrunes '08/10/2024' (day first: 8 October); The Southern Star 'Saturday, 14th September, 2024'; West Highland Free "
    "Press '1 March 2024'; Sahara Medias 'الثلاثاء 28 مايو 2024'; Skessuhorn '2. október 2024'; Nature Isle News 'July 2, 2024' "
    "(news-please's '2024-07-03 01:15' is UTC; Dominica is UTC-4, so the page's own day is the 2nd); Witbank News '28 August 2024 "
    "| 14:40' (news-please's 12:40 is UTC); Noi.md '19 aprilie 2024' with Moldpres's '19 aprilie' dateline; Oklahoma Watch "
    "'November 6, 2024'; Zambian Eye 'May 6, 2024'; NotiCel 'martes, 10 de septiembre de 2024 - 9:30 PM' (the newsbeam stamp "
    "2024-09-11T01:30Z is UTC; Puerto Rico is UTC-4, so the 10th); Radio Risaala 'November 5, 2024' (news-please's '2024-11-04 "
    "22:10' is UTC; Mogadishu is UTC+3, so the 5th)",
    "dateline_city": "wire datelines: 'Эрдэнэт /МОНЦАМЭ/. ' -> 'Erdenet' (both Montsame copies); AZERTAC's 'Gəncə, 25 fevral, "
    "AZƏRTAC' printed as a line of its own above the first paragraph -> 'Ganja' (the English GeoNames name; both copies); "
    "'HONIARA, 14 AUGUST 2024 (PACNEWS) ---- ' -> 'Honiara' (both PACNEWS copies); 'Cahul, 19 aprilie /MOLDPRES/. ' -> 'Cahul'. "
    "Staff datelines: Nai Baat's 'لاہور (سٹاف رپورٹر) ' (the Urdu press's 'city (desk)' opening) -> 'Lahore'; Sahara Medias' "
    "'نواذيبو (الصحراء) – ' -> 'Nouadhibou' (the outlet's own name stands where a wire tag would). All other records have no "
    "dateline (null) and take the country of the story's location: Dampier/Karratha AU, Chiatura GE, Korçë AL, Ida-Viru county EE, "
    "Scunthorpe GB, Tanji GM, Antigua and Barbuda AG, Cotonou BJ, Jurong East SG, Bandar Seri Begawan BN, Koné NC, Redcliff CA, "
    "Caracas VE, Castletownbere IE, Broadford GB, Akranes IS, Dominica DM, Ogies ZA, Elk City US, Chingola ZM, Barceloneta PR, "
    "Mogadishu SO",
    "country": "Erdenet MN (asia); Ganja AZ (asia, as earlier sets place Azerbaijan and Georgia); Honiara SB (oceania; the "
    "PACNEWS story is carried by Savali in Samoa and Mai TV in Fiji, the country is the dateline's); Cahul MD; Lahore PK; "
    "Nouadhibou MR; Barceloneta PR (americas, its own ISO code); Koné NC (oceania); the others as listed under dateline_city",
    "agency": "Unuudur and Zindaa.mn carry Montsame (the Mongolian national agency: '/МОНЦАМЭ/.' dateline, 'Эх сурвалж: МОНЦАМЭ' "
    "= source line, Zindaa's crawler author 'МОНЦАМЭ'); Qafqazinfo and Xalq qəzeti carry AZERTAC (the Azerbaijan State News "
    "Agency, 'AZƏRTAC' in Azerbaijani: dateline, 'Mənbə: AZƏRTAC' source line, news-please author); Savali and Mai TV carry "
    "PACNEWS (the Pacific Islands News Association's regional service: '(PACNEWS) ----' dateline and '....PACNEWS' sign-off); "
    "Noi.md carries Moldpres ('/MOLDPRES/.' dateline, 'Sursa: MOLDPRES'). All other records are staff copy (agency null): "
    "Nai Baat's '(سٹاف رپورٹر)' (= staff reporter) and Sahara Medias' '(الصحراء)' name the papers' own desks; photo credits do "
    "not make a story agency copy",
    "authors": "Montsame 'Д.Оюунчимэг, МОНЦАМЭ' and 'Д.Оюунчимэг /МОНЦАМЭ/' -> 'Д.Оюунчимэг' (Mongolian form: patronymic initial "
    "and given name, Cyrillic as printed; both copies; the agency is not an author); AZERTAC, PACNEWS and Moldpres copies name no "
    "writer ('AZƏRTAC', 'MOLDPRES' and 'PACNEWS' in author fields are agencies); Pilbara News 'Jemma Rowley | Pilbara News' -> "
    "'Jemma Rowley' (both copies); Netgazeti 'ნინო ქავთარაძე' in Georgian script; Põhjarannik 'Kristina Laaneväli' ('reporter' "
    "is a role line); Scunthorpe Telegraph 'By Daniel Hirst' ('Reporter' is a role line); The Alkamba Times 'By Mariama Jobe'; "
    "Pointe Xpress 'Kadeem Samuel' (the 'Pointe Xpress' line under it is the outlet); Matin Libre 'Fulbert ADJOVI' -> natural case "
    "'Fulbert Adjovi' (French papers print the surname in capitals); Tamil Murasu 'கோ. கீர்த்தனா' in Tamil script (initial "
    "first, as printed); Media Permata 'Oleh Nurul Ain Haji Abdullah' -> 'Nurul Ain Haji Abdullah' ('Oleh' = by; 'Haji' is part "
    "of the Bruneian patronymic and stays); Radio Djiido 'Par Marie Gowé'; Medicine Hat News 'By Brenda Klassen' (the "
    "'Medicine Hat News' line and the e-mail sign-off are chrome); Runrunes 'Por Génesis Carrero | @genecarrero' -> 'Génesis "
    "Carrero' (the X handle is not part of the name); The Southern Star 'By Niamh O'Driscoll'; West Highland Free Press "
    "'Eilidh Nicolson'; Nature Isle News 'By Shania Bertrand'; Witbank News 'Thandeka Mahlangu' (also the photographer); "
    "Oklahoma Watch 'Lena Morrison'; Zambian Eye 'By Mwila Chanda'; NotiCel 'Por Yaritza Colón Ortiz' (both Puerto Rican "
    "surnames kept); Radio Risaala 'Hodan Ali Farah'. Desk lines and initials are not authors: Nai Baat's 'سٹاف رپورٹر', Sahara "
    "Medias' 'الصحراء', Skessuhorn's closing initials 'hlh' (they name no one), Top Channel names no writer",
    "editors": "no record names a story editor",
    "caption_credit": "credits without their wrapper: Pilbara News 'Credit: Jemma Rowley/Pilbara News' -> 'Jemma Rowley/Pilbara "
    "News' (both copies; name and outlet as printed, as earlier sets keep 'Tess Okafor/The Ithaca Voice'); Netgazeti 'ფოტო: "
    "ნეტგაზეთი' -> 'ნეტგაზეთი'; Põhjarannik 'FOTO: Peeter Lilleväli' -> 'Peeter Lilleväli'; Tamil Murasu 'படம்: லாவண்யா "
    "வீரராகவன்' ('படம்' = picture) -> 'லாவண்யா வீரராகவன்'; Media Permata 'Foto: Muhammad Faiz Haji Rosli' -> 'Muhammad Faiz Haji "
    "Rosli'; Medicine Hat News 'NEWS PHOTO BRENDA KLASSEN' (the paper's credit formula) -> 'BRENDA KLASSEN' (capitals as printed, "
    "as earlier sets keep 'MARK DE GRUCHY'); Runrunes 'Foto: Archivo Runrunes' -> 'Runrunes' (the archive mark dropped, as "
    "'Archivo/Invasor' -> 'Invasor' in dev_set89); The Southern Star '(Photo: Emma Jervis)' -> 'Emma Jervis'; West Highland Free "
    "Press 'Photo: Willie Urquhart' -> 'Willie Urquhart'; Witbank News' caption line inside the news-please text 'Contract "
    "workers gather outside the mine offices near Ogies. Photo: Thandeka Mahlangu' -> caption without the credit, credit "
    "'Thandeka Mahlangu' (as Il Secolo XIX's in dev_set12 and Hawkesbury Gazette's in dev_set91). Records without a photo "
    "caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Savali 'Pacific', Tamil Murasu 'சிங்கப்பூர்', "
    "Media Permata 'Nasional', Radio Djiido 'Économie', Medicine Hat News 'Local News', Runrunes 'Economía', The Southern "
    "Star 'News', West Highland Free Press 'News', Sahara Medias 'مجتمع', NotiCel 'Economía'; trafilatura records take their "
    "first category (Noi.md 'Social', Oklahoma Watch 'Education', Zambian Eye 'News', Mai TV 'Pacific'); news-please, plain text "
    "and newsbeam text records have none (head lines such as 'Нийгэм', 'İqtisadiyyat', 'Aktualitet', 'Société', 'شہر کی خبریں', "
    "'Fréttir' and 'Region' are chrome, not a section)",
    "language": "'mn' Mongolian in Cyrillic (two Montsame copies); 'az' Azerbaijani in Latin script (two AZERTAC copies); 'ur' "
    "Urdu; 'ka' Georgian; 'sq' Albanian; 'et' Estonian; 'fr' French (Benin and New Caledonia); 'ta' Tamil (Singapore); 'ms' Malay "
    "(Brunei); 'es' Venezuelan and Puerto Rican Spanish; 'ar' Arabic (Mauritania); 'is' Icelandic; 'ro' Romanian (Moldova; "
    "labelled 'ro', the ISO 639-1 code of the language whatever the Moldovan name); all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and counters, "
    "advertisement labels, view counters ('Baxış'), reading times, related-story lines and boxes, tag lists, most-read rails, "
    "newsletter, app, WhatsApp, Telegram and Google News promos, donation and republish lines, reporter bio, role and contact "
    "lines, wire source lines and sign-offs ('Эх сурвалж: МОНЦАМЭ', 'Mənbə: AZƏRTAC', the bare 'AZƏRTAC' line, '....PACNEWS', "
    "'Sursa: MOLDPRES'), Skessuhorn's closing initials, citation and copying notices, publisher and ownership lines ('a Reach plc "
    "subsidiary', 'SPH Media Limited', 'Alta Newspaper Group', 'Proudly powered by Newspack'), copyright lines, and byline, date "
    "and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Montsame and AZERTAC in the plain batch, PACNEWS in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Pilbara News: curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
    "publishers": "per publisher, the fields' conventions: Unuudur (text, mn): Montsame copy, dateline, author line 'Name, "
    "МОНЦАМЭ'; Zindaa.mn (newsbeam text, mn): same story, 'Name /МОНЦАМЭ/' head line; Qafqazinfo (text, az) and Xalq qəzeti "
    "(news-please, az): AZERTAC copy with the dateline on its own line (Xalq qəzeti prints it too); Savali (HTML gz, en) and Mai "
    "TV (trafilatura, en): PACNEWS copy; Pilbara News (text and re-scrape, en): staff, 'Credit:' caption; Nai Baat (text, ur), "
    "Netgazeti (text, ka), Top Channel (text, sq), Põhjarannik (text, et), Scunthorpe Telegraph (text, en), The Alkamba Times "
    "(text, en), Pointe Xpress (text, en), Matin Libre (text, fr): staff; Tamil Murasu (HTML, ta), Media Permata (HTML, ms), Radio "
    "Djiido (HTML, fr), Medicine Hat News (HTML, en), Runrunes (HTML, es), The Southern Star (HTML, en), West Highland Free "
    "Press (HTML, en), Sahara Medias (HTML, ar): staff; Skessuhorn (news-please, is), Nature Isle News (news-please, en), Witbank "
    "News (news-please, en): staff; Noi.md (trafilatura, ro): Moldpres copy; Oklahoma Watch and Zambian Eye (trafilatura, en): "
    "staff; NotiCel (newsbeam html, es) and Radio Risaala (news-please, en): staff",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"montsame", "монцамэ", "өнөөдөр", "zindaa.mn", "azertac", "azərtac", "qafqazinfo", "xalq qəzeti",
                "pacnews", "savali news", "savali", "mai tv", "pilbara news", "moldpres", "noi.md", "روزنامہ نئی بات",
                "سٹاف رپورٹر", "ნეტგაზეთი", "top channel", "põhjarannik", "reporter", "scunthorpe telegraph",
                "the alkamba times", "pointe xpress", "matin libre", "தமிழ் முரசு", "media permata", "radio djiido",
                "medicine hat news", "runrunes", "the southern star", "west highland free press", "الصحراء",
                "skessuhorn", "hlh", "nature isle news", "witbank news", "journalist", "oklahoma watch", "zambian eye",
                "noticel", "radio risaala"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
