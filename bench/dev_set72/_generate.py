#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventy-second development set (bench/dev_set72/, first written as the sixty-ninth held-out set).

    .venv/bin/python bench/dev_set72/_generate.py

Writes ``bench/dev_set72/articles/*`` and ``bench/dev_set72/labels.json`` (next to this
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
bench/dev_set71/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout69_2025-a.jsonl"
JSONL_B = "crawl_holdout69_2025-b.jsonl.gz"


# ---- cluster: PAP, Kraków (Teraz Środowisko page + copy on Super Express in the plain batch) ----

PAP = rec(
    cluster="pap-krakow-smog-czujniki",
    title="Kraków dołoży 120 czujników jakości powietrza. Dane co dziesięć minut",
    date="2025-01-21",
    dateline="Kraków (PAP) - ",
    city="Kraków",
    country="PL",
    region="europe",
    agency="PAP",
    authors=["Tomasz Wierzbicki"],
    lang="pl",
    description="Miasto rozbuduje sieć czujników smogu na osiedlach i przy szkołach.",
    paras=P("""
Kraków zainstaluje w tym roku 120 nowych czujników jakości powietrza, głównie przy szkołach, przedszkolach i na osiedlach na obrzeżach miasta, poinformował we wtorek urząd miasta.

Nowe urządzenia będą mierzyć stężenie pyłów PM10 i PM2,5 oraz tlenków azotu, a wyniki będą publikowane w internecie co dziesięć minut.

Obecnie w mieście działa około 90 czujników miejskich oraz osiem stacji pomiarowych Głównego Inspektoratu Ochrony Środowiska.

Pełnomocnik prezydenta miasta ds. jakości powietrza Marek Ostrowski powiedział, że najwięcej skarg na smog napływa z dzielnic graniczących z gminami podkrakowskimi.

Od 2019 roku w Krakowie obowiązuje zakaz palenia węglem i drewnem, ale w okolicznych gminach wciąż działa wiele starych pieców.

Czujniki kosztują łącznie około 1,8 mln zł, a część pieniędzy pochodzi z wojewódzkiego funduszu ochrony środowiska.

Rodzice uczniów będą mogli zapisać się do powiadomień SMS o przekroczeniu norm w pobliżu szkoły.

Montaż pierwszych urządzeń zaplanowano na marzec.

Urzędnicy chcą też sprawdzić, czy nowe strefy czystego transportu zmniejszyły zanieczyszczenie przy głównych ulicach.

Dane z czujników trafią również do naukowców z Akademii Górniczo-Hutniczej, którzy badają wpływ smogu na zdrowie dzieci.
"""),
    must_have=[
        "Obecnie w mieście działa około 90 czujników miejskich oraz osiem stacji pomiarowych Głównego Inspektoratu Ochrony Środowiska.",
        "Rodzice uczniów będą mogli zapisać się do powiadomień SMS o przekroczeniu norm w pobliżu szkoły.",
    ],
)

# ---- cluster: Bernama, Miri (Utusan Borneo scrape + copy on Suara Sarawak in the plain batch) ----

BER = rec(
    cluster="bernama-miri-menara-telekomunikasi",
    title="45 menara telekomunikasi baharu di pedalaman Miri siap hujung tahun",
    date="2024-03-14",
    dateline="MIRI, 14 Mac -- ",
    city="Miri",
    country="MY",
    region="asia",
    agency="Bernama",
    lang="ms",
    description="Penduduk rumah panjang di pedalaman Miri akan menikmati liputan internet lebih baik.",
    paras=P("""
Sebanyak 45 menara telekomunikasi baharu sedang dibina di kawasan pedalaman bahagian Miri dan dijangka siap sepenuhnya menjelang hujung tahun ini, kata seorang pegawai kerajaan negeri.

Pengarah projek, Dayang Norhayati Awang, berkata menara tersebut akan memberi liputan internet mudah alih kepada lebih 60 buah rumah panjang di sepanjang Sungai Baram.

Menurutnya, kerja pembinaan agak perlahan kerana bahan binaan terpaksa dihantar menggunakan bot dan jalan balak ketika musim hujan.

Setakat ini, 17 menara telah siap dan mula beroperasi sejak Januari lalu.

Beliau berkata guru dan murid di sekolah pedalaman paling banyak mendapat manfaat kerana mereka kini boleh mengikuti kelas dalam talian.

Penduduk Long Lama, Jalong Anak Ngau, berkata sebelum ini beliau terpaksa memandu hampir sejam untuk mendapatkan isyarat telefon.

Projek itu dibiayai bersama oleh kerajaan negeri Sarawak dan syarikat telekomunikasi swasta dengan kos kira-kira RM90 juta.

Kerajaan negeri juga merancang memasang panel solar di setiap menara bagi mengurangkan kebergantungan kepada generator diesel.
"""),
    must_have=[
        "Setakat ini, 17 menara telah siap dan mula beroperasi sejak Januari lalu.",
        "Projek itu dibiayai bersama oleh kerajaan negeri Sarawak dan syarikat telekomunikasi swasta dengan kos kira-kira RM90 juta.",
    ],
)

# ---- cluster: MAP, Agadir (Maroc Hebdo gzipped page + copy on Yabiladi in the gzipped batch) ----

MAP = rec(
    cluster="map-agadir-dessalement-irrigation",
    title="Agadir : la station de dessalement portera sa capacité à 400.000 m3 par jour",
    date="2024-11-05",
    dateline="Agadir - ",
    city="Agadir",
    country="MA",
    region="africa",
    agency="MAP",
    lang="fr",
    description="L'extension doit sécuriser l'eau potable et l'irrigation dans la plaine de Chtouka.",
    paras=P("""
La station de dessalement d'eau de mer de Chtouka, près d'Agadir, verra sa capacité portée à 400.000 mètres cubes par jour d'ici 2026, a annoncé mardi l'Office national de l'électricité et de l'eau potable.

L'extension doit permettre de sécuriser l'approvisionnement en eau potable du Grand Agadir et de soulager les nappes phréatiques de la plaine agricole.

La région du Souss-Massa connaît depuis six ans un déficit pluviométrique sévère, et le barrage Youssef Ben Tachfine n'était rempli qu'à 9% à la fin de l'été.

Une partie de l'eau produite est destinée à l'irrigation de près de 15.000 hectares de cultures maraîchères et d'agrumes.

Le directeur régional de l'Office, Hicham Bennani, a indiqué que la station fonctionnera en partie avec de l'électricité produite par un parc éolien.

Des chercheurs de l'Université Ibn Zohr suivent l'effet des rejets de saumure sur la faune marine au large de la côte.

Les agriculteurs de la région saluent le projet mais s'inquiètent du prix de l'eau dessalée.

Le coût total de l'extension est estimé à 2,5 milliards de dirhams.
"""),
    must_have=[
        "Une partie de l'eau produite est destinée à l'irrigation de près de 15.000 hectares de cultures maraîchères et d'agrumes.",
        "Des chercheurs de l'Université Ibn Zohr suivent l'effet des rejets de saumure sur la faune marine au large de la côte.",
    ],
)

# ---- cluster: Oamaru Mail, page + noisy re-scrape ----

OAM = rec(
    cluster="oamarumail-blue-penguin-colony",
    title="Blue penguin numbers climb at Oamaru colony after record breeding season",
    date="2025-02-06",
    country="NZ",
    region="oceania",
    authors=["Kirsty McLaren"],
    lang="en",
    caption="A little blue penguin returns to its nest box at the Oamaru colony.",
    credit="Supplied",
    paras=P("""
The little blue penguin colony on Oamaru's harbourside has had its best breeding season since monitoring began,
with 812 chicks fledging from nest boxes this summer.

Colony science manager Tanya Rooke said warm seas with plenty of small fish had helped many pairs raise two
clutches.

Staff check about 400 wooden nest boxes every week, weighing chicks and fitting microchips to those close to
leaving.

The birds spend the day at sea and come ashore after dark, when visitors watch from a grandstand lit with
dim red lights.

Ms Rooke said the main threats were still dogs, cars on the harbour road and people walking on the beach at
night.

A new underpass under Waterfront Rd is being designed so that penguins do not have to cross the road to reach
their burrows.

The Waitaki District Council has set aside $250,000 towards the underpass, with the rest expected to come from
grants.

About 90,000 people visited the colony last year, most of them from overseas.
"""),
    must_have=[
        "Staff check about 400 wooden nest boxes every week, weighing chicks and fitting microchips to those close to leaving.",
        "The Waitaki District Council has set aside $250,000 towards the underpass, with the rest expected to come from grants.",
    ],
)
OAM_PRE = ["Oamaru Mail", "News", "Sport", "Community", "Property", "Motoring", "Classifieds", "Digital edition"]
OAM_HEAD = ["Kirsty McLaren", "Thursday, 6 February 2025", "Reporter Kirsty McLaren"]
OAM_CAP = ["A little blue penguin returns to its nest box at the Oamaru colony.", "Photo: Supplied"]
OAM_TAIL = [["Do you have a story for us? Email news@oamarumail.example.co.nz"],
            ["Most popular"], ["Whitestone City bus service extended to Weston"],
            ["The Oamaru Mail is published by Allied Media Ltd."], ["\u00a9 2025 Allied Press Ltd"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Oamaru Mail (NZ): original of the re-scrape cluster; byline repeated in a reporter line, 'Photo: Supplied'.
    dict(OAM, role="original", file="oamarumail_blue_penguins.txt", render="text",
         pre=[OAM_PRE], head=[OAM_HEAD], cap_lines=OAM_CAP,
         inserts={2: ["Advertisement"], 5: ["RELATED: Yellow-eyed penguin numbers fall again on Otago coast"]},
         tail=OAM_TAIL),
    dict(OAM, role="rescrape", file="oamarumail_blue_penguins_rescrape.txt.gz", render="text", noise=True,
         pre=[OAM_PRE], head=[OAM_HEAD], cap_lines=OAM_CAP,
         tail=[["Support local news. Subscribe to the digital edition."], *OAM_TAIL]),
    # Utusan Borneo (Malaysia, Malay): original of the Bernama cluster; 'MIRI, 14 Mac --' dateline, '-- BERNAMA' sign-off.
    dict(BER, role="original", file="utusanborneo_bernama_miri_menara_ms.txt", render="text",
         pre=[["Utusan Borneo", "Berita", "Sarawak", "Sabah", "Nasional", "Sukan", "Hiburan", "E-Paper"]],
         head=[["Oleh Bernama"], ["14 Mac 2024, 3:12 petang"], ["Kongsi artikel ini"]],
         inserts={2: ["IKLAN"], 5: ["BACA JUGA:", "Liputan 4G di Baram meningkat 30 peratus"]},
         tail=[["-- BERNAMA"], ["Ikuti kami di Telegram"], ["Berita Berkaitan"], ["Paling Popular"],
               ["Hak Cipta Terpelihara \u00a9 2024 Utusan Borneo"]]),
    # Vzglyad (Russia, Russian): TASS copy, 'ВЛАДИВОСТОК, 14 мая. /ТАСС/.' dateline.
    rec(cluster="vzglyad-tass-vladivostok-amur-tigers", role="single", file="vzglyad_tass_vladivostok_tigry_ru.txt", render="text",
        title="В Приморье насчитали почти 800 амурских тигров по данным фотоловушек",
        date="2024-05-14", dateline="ВЛАДИВОСТОК, 14 мая. /ТАСС/. ", city="Vladivostok", country="RU", region="europe",
        lang="ru", agency="TASS",
        pre=[["ВЗГЛЯД", "Деловая газета", "Политика", "Экономика", "Общество", "Происшествия", "Культура"]],
        head=[["14 мая 2024, 11:40"], ["Текст: ТАСС"], ["Поделиться"]],
        inserts={2: ["Реклама"], 5: ["Читайте также:", "Дальневосточного леопарда впервые сняли на острове Русский"]},
        tail=[["Подписывайтесь на ВЗГЛЯД в Дзен"], ["Новости партнеров"], ["Комментарии"], ["Самое читаемое"],
              ["\u00a9 2005–2024 Деловая газета «Взгляд»"]],
        paras=P("""
Численность амурского тигра в Приморском крае достигла почти 800 особей, сообщили в среду в автономной некоммерческой организации «Центр Амурский тигр».

Подсчет провели с помощью более чем 2 тыс. фотоловушек, установленных в тайге на юге Дальнего Востока.

По словам научного сотрудника центра Алексея Гордеева, больше всего тигров живет в Лазовском и Чугуевском районах.

Десять лет назад специалисты насчитывали в регионе около 540 хищников.

Рост численности ученые связывают с усилением охраны лесов и увеличением числа копытных животных.

Вместе с тем все чаще тигры выходят к населенным пунктам, особенно зимой.

В прошлом году инспекторы зарегистрировали более 150 случаев появления хищников вблизи сел.

Специалисты советуют жителям не оставлять собак на цепи во дворах и не выходить в лес в сумерках.

В центре отметили, что полный учет тигров по всему ареалу пройдет в 2025 году.

В этом году в Приморье откроют еще один центр реабилитации для раненых и осиротевших тигрят.

Ученые также продолжат наблюдать за тиграми с помощью спутниковых ошейников, чтобы изучить их маршруты.
"""),
        must_have=[
            "Подсчет провели с помощью более чем 2 тыс. фотоловушек, установленных в тайге на юге Дальнего Востока.",
            "В прошлом году инспекторы зарегистрировали более 150 случаев появления хищников вблизи сел.",
        ]),
    # Navbharat Times (India, Hindi): PTI-Bhasha copy, 'देहरादून, 12 मार्च (भाषा)' dateline.
    rec(cluster="navbharat-bhasha-dehradun-glacier-lakes", role="single", file="navbharat_bhasha_dehradun_jheel_hi.txt", render="text",
        title="उत्तराखंड में 13 खतरनाक हिमनद झीलों पर लगेंगे निगरानी सेंसर",
        date="2024-03-12", dateline="देहरादून, 12 मार्च (भाषा) ", city="Dehradun", country="IN", region="asia",
        lang="hi", agency="PTI",
        pre=[["नवभारत टाइम्स", "होम", "देश", "राज्य", "विदेश", "बिजनेस", "टेक", "ई-पेपर"]],
        head=[["भाषा | Updated: 12 Mar 2024, 6:05 pm"], ["शेयर करें"]],
        inserts={2: ["विज्ञापन"], 5: ["ये भी पढ़ें:", "चमोली में ग्लेशियर टूटने की घटना की जांच रिपोर्ट जारी"]},
        tail=[["(यह खबर भाषा की है, एनबीटी ने इसमें कोई बदलाव नहीं किया है)"], ["रेकमेंडेड खबरें"],
              ["नवभारत टाइम्स ऐप डाउनलोड करें"], ["कॉपीराइट \u00a9 2024 बेनेट, कोलमैन एंड कंपनी लिमिटेड"]],
        paras=P("""
उत्तराखंड सरकार ने राज्य की 13 संवेदनशील हिमनद झीलों पर स्वचालित निगरानी सेंसर लगाने का फैसला किया है ताकि अचानक बाढ़ का खतरा समय रहते पता चल सके।

अधिकारियों ने मंगलवार को बताया कि इनमें से पांच झीलों को सबसे अधिक खतरे वाली श्रेणी में रखा गया है।

राज्य आपदा प्रबंधन विभाग के सचिव ने कहा कि वैज्ञानिकों की टीमें मई में इन झीलों का सर्वेक्षण करेंगी।

टीमों में वाडिया हिमालय भूविज्ञान संस्थान और राष्ट्रीय जल विज्ञान संस्थान के विशेषज्ञ शामिल होंगे।

सेंसर झीलों के जलस्तर और तापमान का आंकड़ा हर घंटे उपग्रह के जरिए देहरादून भेजेंगे।

अधिकारियों ने कहा कि जलस्तर तेजी से बढ़ने पर नीचे बसे गांवों में सायरन बजाकर लोगों को सतर्क किया जाएगा।

वर्ष 2013 की केदारनाथ आपदा और 2021 की चमोली बाढ़ के बाद हिमनद झीलों की निगरानी की मांग लगातार उठती रही है।

इस परियोजना पर करीब 40 करोड़ रुपये खर्च होने का अनुमान है।
"""),
        must_have=[
            "टीमों में वाडिया हिमालय भूविज्ञान संस्थान और राष्ट्रीय जल विज्ञान संस्थान के विशेषज्ञ शामिल होंगे।",
            "सेंसर झीलों के जलस्तर और तापमान का आंकड़ा हर घंटे उपग्रह के जरिए देहरादून भेजेंगे।",
        ]),
    # Salzburg24 (Austria, German): APA copy, 'Innsbruck (APA) -' dateline.
    rec(cluster="salzburg24-apa-innsbruck-gletscher", role="single", file="salzburg24_apa_innsbruck_gletscher_de.txt", render="text",
        title="Österreichs Gletscher verloren im Vorjahr im Schnitt 23 Meter an Länge",
        date="2024-04-05", dateline="Innsbruck (APA) - ", city="Innsbruck", country="AT", region="europe",
        lang="de", agency="APA",
        pre=[["SALZBURG24", "Salzburg", "Österreich", "Welt", "Sport", "Wetter", "Service"]],
        head=[["Veröffentlicht: 05. April 2024 10:22 Uhr"], ["Teilen"]],
        inserts={2: ["Anzeige"], 5: ["Mehr zum Thema:", "Pasterze: Forscher messen Rekordschmelze"]},
        tail=[["(APA)"], ["Artikel teilen", "Link kopieren"], ["Das könnte dich auch interessieren"],
              ["Salzburg24 auf WhatsApp folgen"], ["\u00a9 2024 SALZBURG24 | Salzburger Nachrichten Verlagsgesellschaft"]],
        paras=P("""
Die Gletscher in Österreich sind im vergangenen Jahr erneut stark geschrumpft, wie der am Freitag in Innsbruck vorgestellte Gletscherbericht des Alpenvereins zeigt.

Im Durchschnitt zogen sich die 93 vermessenen Gletscher um 23 Meter zurück, der zweithöchste Wert seit Beginn der Messungen.

Den größten Rückgang verzeichnete der Hornkees in den Zillertaler Alpen mit 128 Metern.

Die ehrenamtlichen Messteams suchen jedes Jahr im Spätsommer dieselben Markierungen auf und messen den Abstand zur Gletscherzunge.

Als Ursache nennen die Forscher den schneearmen Winter und mehrere Hitzewellen im Sommer.

Leiter des Messdienstes Andreas Keller sagte, dass einige kleinere Gletscher in den nächsten Jahren ganz verschwinden könnten.

Der Alpenverein fordert, dass Gletscher nicht weiter für neue Skigebiete erschlossen werden dürfen.

Der Bericht wird seit 1891 jedes Jahr veröffentlicht.

Auch am Großglockner und in den Ötztaler Alpen wurden deutliche Verluste gemessen.

Die Forscher weisen darauf hin, dass Wanderer auf Gletscherwegen mit mehr Steinschlag und offenen Spalten rechnen müssen.

Der Alpenverein will einige Hütten und Wege in den kommenden Jahren verlegen.
"""),
        must_have=[
            "Den größten Rückgang verzeichnete der Hornkees in den Zillertaler Alpen mit 128 Metern.",
            "Die ehrenamtlichen Messteams suchen jedes Jahr im Spätsommer dieselben Markierungen auf und messen den Abstand zur Gletscherzunge.",
        ]),
    # Star (Turkey, Turkish): AA copy, 'VAN (AA) -' dateline.
    rec(cluster="star-aa-van-golu-inci-kefali", role="single", file="star_aa_van_golu_inci_kefali_tr.txt", render="text",
        title="Van Gölü'nde inci kefalinin göçü drone ile izleniyor",
        date="2025-05-08", dateline="VAN (AA) - ", city="Van", country="TR", region="asia", lang="tr", agency="Anadolu",
        pre=[["Star", "Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Yaşam"]],
        head=[["Giriş: 08.05.2025 14:26 | Güncelleme: 08.05.2025 14:40"], ["Paylaş"]],
        inserts={2: ["Reklam"], 5: ["İlginizi Çekebilir", "Erçek Gölü'nde flamingo sayısı arttı"]},
        tail=[["Kaynak: AA"], ["Google News'te Star'ı takip edin"], ["Yorumlar"], ["Yorum yapmak için giriş yapın"],
              ["Çok Okunanlar"], ["\u00a9 2025 Star Medya Yayıncılık A.Ş. Tüm hakları saklıdır."]],
        paras=P("""
Van Gölü havzasına özgü inci kefalinin üreme göçü, bu yıl ilk kez drone ve su altı kameralarıyla izleniyor.

Van Yüzüncü Yıl Üniversitesi Su Ürünleri Fakültesinden bir ekip, balıkların gölden tatlı su akarsularına geçişini kayıt altına alıyor.

Ekip başkanı Prof. Dr. Mehmet Aydoğan, göçün her yıl nisan ortasında başlayıp haziran sonuna kadar sürdüğünü söyledi.

Aydoğan, kaçak avcılığa karşı alınan önlemler sayesinde balık stoklarının son on yılda belirgin şekilde arttığını ifade etti.

Araştırmacılar, Karasu ve Zilan çaylarında kurulan balık geçitlerinin etkisini de inceliyor.

Göç döneminde balıkların akıntıya karşı sıçradığı anları izlemek isteyen yerli ve yabancı turistler bölgeye geliyor.

Valilik, av yasağı boyunca dere ağızlarında jandarma ve bekçi denetimlerinin süreceğini bildirdi.

Toplanan verilerin yıl sonunda bir rapor halinde yayımlanması planlanıyor.

Ekip, her yıl yaklaşık 15 bin ton inci kefalinin göç için derelere çıktığını tahmin ediyor.

Göl çevresindeki köylerde yaşayan balıkçılar, av sezonunun açılmasını bekliyor.

Uzmanlar, sıcak ve kurak geçen yıllarda derelerde su seviyesinin düşmesinin göçü zorlaştırdığına dikkat çekiyor.

Proje kapsamında öğrencilere ve köylülere de bilgilendirme eğitimleri verilecek.
"""),
        must_have=[
            "Araştırmacılar, Karasu ve Zilan çaylarında kurulan balık geçitlerinin etkisini de inceliyor.",
            "Valilik, av yasağı boyunca dere ağızlarında jandarma ve bekçi denetimlerinin süreceğini bildirdi.",
        ]),
    # The Star (Kenya): staff, 'By X and Y' byline, relative-time line.
    rec(cluster="thestarkenya-nairobi-fibre-schools", role="single", file="thestarkenya_fibre_schools.txt", render="text",
        title="Nairobi public schools to get fibre internet in Sh1.2bn county plan",
        date="2024-09-10", country="KE", region="africa", lang="en", authors=["Faith Wanjiru", "Brian Otieno"],
        pre=[["The Star", "News", "Counties", "Business", "Sports", "Siasa", "Big Read", "Sign in"]],
        head=[["By Faith Wanjiru and Brian Otieno"], ["10 September 2024 - 16:45"], ["In Summary"]],
        inserts={2: ["Advertisement"], 5: ["Read More", "Konza Technopolis data centre to open in March"]},
        tail=[["Faith Wanjiru is a county reporter for The Star."], ["Catch up on the latest news from all 47 counties"],
              ["Related Articles"], ["\u00a9 2024 Radio Africa Group. All rights reserved."]],
        paras=P("""
All 205 public primary schools in Nairobi will be connected to fibre internet by the end of next year under a
plan announced by the county government on Tuesday.

County education executive Janet Mwangi said the Sh1.2 billion project would be paid for jointly by the county
and two private internet providers.

Each school will receive a computer laboratory with 40 tablets and a teacher trained to manage the network.

Only 31 of the schools currently have a working internet connection, according to a county survey released in
June.

Headteachers in Mathare and Kibra said pupils often had to share one phone to do assignments under the new
curriculum.

The first 60 schools, mostly in informal settlements, will be connected before the January term begins.

Parents' associations welcomed the plan but asked the county to make sure equipment is protected from theft.

The county also plans to offer free Wi-Fi at 20 public libraries and social halls.
"""),
        must_have=[
            "Only 31 of the schools currently have a working internet connection, according to a county survey released in June.",
            "The first 60 schools, mostly in informal settlements, will be connected before the January term begins.",
        ]),
    # Post Register (Idaho Falls, US): staff, byline with e-mail and phone.
    rec(cluster="postregister-inl-microreactor-test", role="single", file="postregister_inl_microreactor.txt", render="text",
        title="INL prepares desert site for first microreactor test in decades",
        date="2025-03-19", country="US", region="americas", lang="en", authors=["Cody Haralson"],
        pre=[["Post Register", "News", "Local", "Business", "Sports", "Outdoors", "Obituaries", "e-Edition"]],
        head=[["Cody Haralson", "charalson@postregister.example.com", "Mar 19, 2025"], ["Facebook", "Email", "Print"]],
        inserts={2: ["Sponsored"], 5: ["Related:", "Idaho Falls council approves new water tower"]},
        tail=[["Cody Haralson covers science and the Idaho National Laboratory for the Post Register. Reach him at 208-555-0143."],
              ["Subscribe to the Post Register"], ["Most Popular"], ["Copyright 2025 Post Register"]],
        paras=P("""
Idaho National Laboratory is preparing a test bed on the desert west of Idaho Falls where small experimental
reactors could be switched on as early as next year.

The facility will reuse a concrete dome that once housed a reactor test in the 1960s, lab officials said
Tuesday.

Companies developing microreactors, which are about the size of a shipping container, will be able to run
them there for several months.

The lab said the first test would use a reactor designed to power remote mines and military bases.

Environmental groups in Boise have asked the Department of Energy for a full review of how spent fuel from the
tests would be stored.

Lab spokeswoman Dana Whitcomb said all fuel would stay on the site and be handled under existing rules.

The project has already brought about 150 construction jobs to eastern Idaho.

Public meetings on the plan will be held in Idaho Falls and Arco next month.
"""),
        must_have=[
            "The facility will reuse a concrete dome that once housed a reactor test in the 1960s, lab officials said Tuesday.",
            "The project has already brought about 150 construction jobs to eastern Idaho.",
        ]),
    # The Shetland Times (UK): staff, byline at the foot, correction notice.
    rec(cluster="shetlandtimes-puffin-survey-sumburgh", role="single", file="shetlandtimes_puffin_survey.txt", render="text",
        title="Puffin count at Sumburgh Head lowest in a decade, survey shows",
        date="2024-08-02", country="GB", region="europe", lang="en", authors=["Ewan Leask"],
        pre=[["The Shetland Times", "News", "Sport", "Features", "Letters", "Property", "Jobs", "Subscribe"]],
        head=[["Published: 2 August, 2024"], ["Share this"]],
        inserts={2: ["Advert"], 5: ["See also: Ferry fares freeze welcomed by islanders"]},
        tail=[["Ewan Leask"], ["Correction: an earlier version of this article gave the wrong date for the 2014 survey."],
              ["Comments are closed."], ["More stories"], ["\u00a9 The Shetland Times Ltd 2024"]],
        paras=P("""
The number of puffins nesting at Sumburgh Head has fallen to its lowest level in ten years, according to the
annual seabird survey.

Counters recorded 612 occupied burrows this summer, compared with more than 1,100 in 2014.

The RSPB's local warden, Fiona Manson, said a shortage of sandeels close to the cliffs had made it hard for
parents to feed their chicks.

Kittiwakes and guillemots also had a poor season, while fulmar numbers stayed roughly the same.

Scientists are also looking at whether bird flu, which killed many great skuas in 2022, has affected the
colony.

Visitors to the lighthouse can still see puffins on the western slopes until the middle of August.

The survey is carried out each June by staff and volunteers using the same counting plots every year.

A full report will be sent to NatureScot later this year.

Seabird experts say similar falls have been seen at colonies in Orkney and Fair Isle.
"""),
        must_have=[
            "Counters recorded 612 occupied burrows this summer, compared with more than 1,100 in 2014.",
            "The survey is carried out each June by staff and volunteers using the same counting plots every year.",
        ]),
    # Portal Correio (Brazil, Portuguese): staff, 'Por' byline with newsroom.
    rec(cluster="portalcorreio-joao-pessoa-manguezal", role="single", file="portalcorreio_joao_pessoa_mangue_pt.txt", render="text",
        title="Pesquisadores da UFPB mapeiam perda de manguezais no Rio Paraíba",
        date="2024-07-26", country="BR", region="americas", lang="pt", authors=["Renata Albuquerque"],
        pre=[["Portal Correio", "Paraíba", "Brasil", "Política", "Esportes", "Entretenimento", "Ao Vivo"]],
        head=[["Por Renata Albuquerque, da Redação"], ["Publicado em 26/07/2024 às 09h15"], ["Atualizado em 26/07/2024 às 11h02"]],
        inserts={2: ["Publicidade"], 5: ["LEIA TAMBÉM", "Praias de João Pessoa têm 12 trechos impróprios para banho"]},
        tail=[["Siga o Portal Correio no Instagram"], ["Receba as notícias no WhatsApp"], ["Mais lidas"],
              ["Sistema Correio de Comunicação \u00a9 2024. Todos os direitos reservados."]],
        paras=P("""
Um estudo da Universidade Federal da Paraíba mostra que o estuário do Rio Paraíba perdeu cerca de 420 hectares de manguezal nos últimos 30 anos.

Os pesquisadores compararam imagens de satélite desde 1994 com levantamentos feitos de barco e a pé.

A maior parte da perda ocorreu perto de Bayeux e Cabedelo, onde o mangue deu lugar a viveiros de camarão e ocupações urbanas.

A coordenadora do estudo, professora Lúcia Meireles, disse que o mangue protege a costa contra a erosão e serve de berçário para peixes e caranguejos.

Catadores de caranguejo relataram aos pesquisadores que a produção caiu pela metade em algumas comunidades.

O grupo também encontrou lixo plástico em quase todos os pontos visitados.

A equipe pretende entregar o mapa às prefeituras da região para ajudar em projetos de recuperação.

Um viveiro de mudas de mangue já funciona no campus e deve distribuir 5 mil mudas até o fim do ano.
"""),
        must_have=[
            "Os pesquisadores compararam imagens de satélite desde 1994 com levantamentos feitos de barco e a pé.",
            "Catadores de caranguejo relataram aos pesquisadores que a produção caiu pela metade em algumas comunidades.",
        ]),
    # Palawan News (Philippines): staff, 'PUERTO PRINCESA CITY —' dateline.
    rec(cluster="palawannews-pangolin-rescue-center", role="single", file="palawannews_pangolin_rescue.txt", render="text",
        title="Rescue center for Palawan pangolins opens in Puerto Princesa",
        date="2025-04-22", dateline="PUERTO PRINCESA CITY — ", city="Puerto Princesa", country="PH", region="asia",
        lang="en", authors=["Aira Genesis Magdayao"],
        pre=[["Palawan News", "Provincial News", "City News", "Environment", "Business", "Opinion", "Tourism"]],
        head=[["By Aira Genesis Magdayao"], ["April 22, 2025"], ["2 minute read"]],
        inserts={2: ["- Advertisement -"], 5: ["READ ALSO: PCSD seizes 40 kilos of pangolin scales in Taytay"]},
        tail=[["Share this:", "Facebook", "X"], ["Related"], ["You may also like"],
              ["\u00a9 2025 Palawan News. All rights reserved."]],
        paras=P("""
A rescue and rehabilitation center for the critically endangered Palawan pangolin opened on Tuesday in Barangay
Irawan, the city government said.

The facility can care for up to 30 animals at a time and has a small clinic, enclosures and a night-time feeding
area.

Pangolins seized from traders or found injured will be treated there before being released back into the
forest.

Veterinarian Joanna Ramirez said many of the animals brought in are weak because traders keep them without food
for days.

The Palawan Council for Sustainable Development recorded 74 pangolin rescues last year, most in the southern
towns.

The center was built with funds from the city and a grant from a conservation group based in Manila.

Students from Palawan State University will help monitor released animals using radio tags.

Officials urged residents to report sightings and illegal trade to the council's hotline.

The center will also run short courses for barangay officials and forest rangers.
"""),
        must_have=[
            "Pangolins seized from traders or found injured will be treated there before being released back into the forest.",
            "The Palawan Council for Sustainable Development recorded 74 pangolin rescues last year, most in the southern towns.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_TS = site("Teraz Środowisko", "https://www.teraz-srodowisko.example.pl", " - Teraz Środowisko", "pl_PL", "@TerazSrodowisko",
               ["Aktualności", "Powietrze", "Klimat", "Woda", "Odpady", "Energia", "Prawo"],
               ["\u00a9 2025 Teraz Środowisko. Wszelkie prawa zastrzeżone.", "Regulamin", "Polityka prywatności", "Reklama"],
               share=["Udostępnij", "Facebook", "X", "LinkedIn"], top=["Newsletter", "Zaloguj się"],
               cookie="Używamy plików cookie, aby zapewnić prawidłowe działanie serwisu.", buttons=["Akceptuję", "Ustawienia"])
SITE_MH = site("Maroc Hebdo", "https://www.marochebdo.example.ma", " | Maroc Hebdo", "fr_MA", "@MarocHebdo",
               ["Actualité", "Politique", "Économie", "Société", "Environnement", "Culture", "Sport"],
               ["\u00a9 Maroc Hebdo 2024 - Tous droits réservés", "Qui sommes-nous", "Contact", "Mentions légales"],
               share=["Partager", "Facebook", "X", "WhatsApp"])
SITE_NP = site("뉴스핌", "https://www.newspim.example.com", " - 뉴스핌", "ko_KR", "@newspim",
               ["정치", "경제", "산업", "IT·과학", "사회", "지역", "국제"],
               ["Copyright \u00a9 뉴스핌 All Rights Reserved.", "회사소개", "기사제보", "개인정보처리방침"],
               share=["공유", "페이스북", "카카오톡", "링크복사"])
SITE_SZ = site("روزنامه سازندگی", "https://www.sazandegi.example.ir", " | روزنامه سازندگی", "fa_IR", "@sazandegi",
               ["صفحه نخست", "سیاست", "اقتصاد", "جامعه", "محیط زیست", "فرهنگ", "بین‌الملل"],
               ["تمامی حقوق برای روزنامه سازندگی محفوظ است.", "درباره ما", "تماس با ما", "آرشیو"],
               share=["اشتراک", "تلگرام", "واتساپ", "ایکس"])
SITE_ZG = site("Zougla.gr", "https://www.zougla.example.gr", " | Zougla.gr", "el_GR", "@zouglagr",
               ["Ελλάδα", "Πολιτική", "Οικονομία", "Κόσμος", "Περιβάλλον", "Επιστήμη", "Αθλητικά"],
               ["\u00a9 2024 Zougla.gr - Με την επιφύλαξη παντός δικαιώματος", "Ταυτότητα", "Επικοινωνία", "Όροι χρήσης"],
               share=["Κοινοποίηση", "Facebook", "X", "Viber"],
               cookie="Χρησιμοποιούμε cookies για τη βελτίωση της εμπειρίας σας.", buttons=["Αποδοχή", "Απόρριψη"])
SITE_PNJ = site("Pensacola News Journal", "https://www.pnj.example.com", " - Pensacola News Journal", "en_US", "@PNJ",
                ["News", "Sports", "Things to Do", "Opinion", "Obituaries", "eNewspaper", "Legals"],
                ["\u00a9 2024 www.pnj.com. All rights reserved.", "Help", "Terms of Service", "Your Privacy Choices"],
                share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Sign In"])
SITE_NV = site("Novedades Quintana Roo", "https://sipse.example.com/novedades", " | Novedades Quintana Roo", "es_MX", "@NovedadesQroo",
               ["Cancún", "Chetumal", "Playa del Carmen", "Estado", "Nacional", "Deportes", "Espectáculos"],
               ["Novedades Quintana Roo \u00a9 2025 Grupo SIPSE", "Aviso de privacidad", "Contacto", "Publicidad"],
               share=["Compartir", "Facebook", "X", "WhatsApp"])
SITE_VA = site("Ventures Africa", "https://venturesafrica.example.com", " - Ventures Africa", "en_NG", "@VenturesAfrica",
               ["Business", "Tech", "Energy", "Climate", "Policy", "Features", "Podcast"],
               ["\u00a9 2024 Ventures Africa. All rights reserved.", "About", "Advertise", "Privacy"],
               share=["Share", "LinkedIn", "X", "WhatsApp"], top=["Newsletter", "Subscribe"])
SITE_SS = site("Sault Star", "https://www.saultstar.example.com", " | Sault Star", "en_CA", "@SaultStar",
               ["News", "Local News", "Sports", "Opinion", "Life", "Obituaries", "Classifieds"],
               ["\u00a9 2024 Sault Star, a division of Postmedia Network Inc. All rights reserved.", "Terms of Use", "Privacy Policy", "Contact"],
               share=["Share this Story", "Facebook", "X", "Email"], top=["Subscribe", "Sign In"],
               cookie="This site uses cookies to personalize your experience and analyze site traffic.", buttons=["OK"])

HTML_STORIES = [
    # Teraz Środowisko (Poland): original of the PAP cluster; writer plus 'PAP' byline.
    dict(PAP, role="original", file="terazsrodowisko_pap_krakow_czujniki_pl.html", render="html",
         site=SITE_TS, section="Powietrze", meta_section="Powietrze",
         url="https://www.teraz-srodowisko.example.pl/aktualnosci/krakow-czujniki-jakosci-powietrza-15872.html",
         published="2025-01-21T13:05:00+01:00",
         byline_lines=["Autor: Tomasz Wierzbicki (PAP)"], date_lines=["21.01.2025"],
         inserts={2: [("ad", "Reklama")], 5: [("link", "Czytaj także:", "Uchwała antysmogowa dla Małopolski do poprawki")]},
         tags=("Tagi:", ["smog", "Kraków", "jakość powietrza"]),
         lists=[("Najczęściej czytane", ["Nowe normy dla pieców od 2026 roku", "Ranking miast z najczystszym powietrzem"])],
         newsletter_end=["Zapisz się do newslettera Teraz Środowisko", "Najważniejsze informacje raz w tygodniu."]),
    # Maroc Hebdo (Morocco, gzipped page): original of the MAP cluster; 'Par MAP' byline, 'Agadir -' dateline.
    dict(MAP, role="original", file="marochebdo_map_agadir_dessalement_fr.html.gz", render="html",
         site=SITE_MH, section="Environnement", meta_section="Environnement",
         url="https://www.marochebdo.example.ma/actualite/agadir-dessalement-extension-2026",
         published="2024-11-05T16:20:00+01:00",
         ld_author=[{"@type": "Organization", "name": "MAP"}],
         byline_lines=["Par MAP"], date_lines=["Publié le 5 novembre 2024 à 16h20"],
         caption="La station de dessalement de Chtouka, au sud d'Agadir.", credit="MAP", credit_shown="(Photo : MAP)",
         inserts={2: [("ad", "Publicité")], 5: [("link", "À lire aussi :", "Stress hydrique : Marrakech réduit l'arrosage des espaces verts")]},
         below_body=[("source", "Source : MAP")],
         lists=[("Les plus lus", ["Sécheresse : le niveau des barrages au 4 novembre", "Énergie : un nouveau parc solaire à Ouarzazate"])]),
    # Newspim (South Korea, Korean): staff, name + '기자' byline, e-mail tail.
    rec(cluster="newspim-jeju-islands-5g-coverage", role="single", file="newspim_jeju_seom_5g_ko.html", render="html",
        site=SITE_NP, title="제주 부속섬 5G 음영지역 해소…추자도·마라도 기지국 연내 구축",
        date="2024-10-17", country="KR", region="asia", lang="ko", authors=["고영민"],
        section="IT·과학", meta_section="IT·과학",
        url="https://www.newspim.example.com/news/view/20241017000512",
        description="통신 3사가 제주 부속섬에 5G 기지국을 공동으로 구축한다.",
        published="2024-10-17T10:31:00+09:00",
        byline_lines=["[제주=뉴스핌] 고영민 기자"], date_lines=["입력 : 2024년10월17일 10:31", "최종수정 : 2024년10월17일 11:05"],
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "섬 지역 초고속 인터넷 보급률 90% 넘어")]},
        below_body=[("email", "kym@newspim.example.com")],
        lists=[("많이 본 뉴스", ["통신요금 인하 방안 발표", "위성 인터넷 국내 상륙"])],
        paras=P("""
제주 추자도와 마라도 등 부속섬 주민들도 올해 안에 5G 이동통신 서비스를 이용할 수 있게 된다.

과학기술정보통신부는 통신 3사가 제주 부속섬 8곳에 5G 기지국을 공동으로 구축하기로 했다고 17일 밝혔다.

지금까지 이들 섬에서는 LTE만 가능해 관광객과 주민들이 영상 통화나 대용량 파일 전송에 불편을 겪어 왔다.

기지국 장비는 배로 운반해야 해 공사 기간이 육지보다 두 배 가까이 걸린다.

통신사들은 태풍에 대비해 기지국을 튼튼한 철탑 위에 설치하고 비상 발전기도 함께 갖추기로 했다.

마라도에 사는 한 주민은 섬에서 병원 원격 진료를 받을 수 있게 되기를 기대한다고 말했다.

정부는 내년에는 전남 신안과 경북 울릉도의 작은 섬들로 공동 구축 사업을 넓힐 계획이다.

이번 사업에는 모두 약 60억원이 들어갈 것으로 예상된다.

제주도는 섬 지역 학교에도 무선 인터넷 장비를 지원할 방침이다.

통신업계는 공동 구축 방식이 비용을 줄이고 주민 불편을 빠르게 해소할 수 있는 방법이라고 설명했다.

섬 주민 대부분은 고령자여서 통신사들은 스마트폰 사용법 교육도 함께 진행하기로 했다.

과기정통부 관계자는 공사가 끝나면 섬 지역의 통신 품질을 다시 측정해 결과를 공개하겠다고 말했다.

추자도 어민들은 바다 위에서도 기상 정보를 빠르게 받을 수 있게 될 것이라며 반겼다.
"""),
        must_have=[
            "기지국 장비는 배로 운반해야 해 공사 기간이 육지보다 두 배 가까이 걸린다.",
            "정부는 내년에는 전남 신안과 경북 울릉도의 작은 섬들로 공동 구축 사업을 넓힐 계획이다.",
        ]),
    # Sazandegi (Iran, Persian): staff, 'گروه محیط زیست' desk, Solar Hijri date.
    rec(cluster="sazandegi-tehran-air-pollution-schools", role="single", file="sazandegi_tehran_aludegi_fa.html", render="html",
        site=SITE_SZ, title="آلودگی هوا مدارس تهران را برای سومین روز تعطیل کرد",
        date="2024-12-17", country="IR", region="asia", lang="fa", authors=["مریم صالحی"],
        section="محیط زیست", meta_section="محیط زیست",
        url="https://www.sazandegi.example.ir/fa/news/58213",
        description="شاخص کیفیت هوا در برخی مناطق تهران از ۲۰۰ گذشت.",
        published="2024-12-17T09:40:00+03:30",
        byline_lines=["گروه محیط زیست - مریم صالحی"], date_lines=["۲۷ آذر ۱۴۰۳ - ۰۹:۴۰"],
        above_body=[("news-id", "کد خبر: ۵۸۲۱۳")],
        inserts={2: [("ad", "تبلیغات")], 5: [("link", "بیشتر بخوانید:", "سوخت مازوت در نیروگاه‌ها؛ وزارت نیرو پاسخ داد")]},
        comments=["نظر شما", "نظرات پس از تایید منتشر می‌شود"],
        lists=[("پربازدیدترین‌ها", ["پیش‌بینی بارش برف در البرز", "طرح ترافیک تا اطلاع ثانوی لغو شد"])],
        paras=P("""
مدارس و دانشگاه‌های تهران امروز سه‌شنبه برای سومین روز پیاپی به دلیل آلودگی شدید هوا تعطیل شدند.

شاخص کیفیت هوا در ایستگاه‌های جنوب و غرب شهر به بیش از ۲۰۰ رسید که برای همه گروه‌ها ناسالم است.

کارشناسان هواشناسی می‌گویند نبود باد و پدیده وارونگی دما باعث ماندگاری آلاینده‌ها در لایه‌های پایین جو شده است.

یک پژوهشگر دانشگاه تهران گفت که سوزاندن مازوت در نیروگاه‌های اطراف پایتخت سهم مهمی در افزایش دی‌اکسید گوگرد دارد.

ادارات دولتی نیز با ساعت کاری کوتاه‌تر فعالیت می‌کنند و طرح ترافیک برای خودروهای شخصی سخت‌تر شده است.

پزشکان از سالمندان، کودکان و بیماران قلبی خواسته‌اند تا حد امکان از خانه خارج نشوند.

مراجعه بیماران تنفسی به بیمارستان‌های تهران در هفته گذشته حدود ۳۰ درصد افزایش یافته است.

پیش‌بینی می‌شود با ورود سامانه بارشی از پنجشنبه کیفیت هوا بهتر شود.

شهرداری تهران اعلام کرد که اتوبوس‌ها و مترو در روزهای آلوده با تخفیف کار می‌کنند.

فعالان محیط زیست می‌گویند تعطیلی مدارس راه‌حل دائمی نیست و باید منابع آلودگی کاهش یابد.
"""),
        must_have=[
            "کارشناسان هواشناسی می‌گویند نبود باد و پدیده وارونگی دما باعث ماندگاری آلاینده‌ها در لایه‌های پایین جو شده است.",
            "مراجعه بیماران تنفسی به بیمارستان‌های تهران در هفته گذشته حدود ۳۰ درصد افزایش یافته است.",
        ]),
    # Zougla.gr (Greece, Greek): staff, byline in Greek script, photo credit 'Φωτογραφία:'.
    rec(cluster="zougla-thermaikos-mussels-heat", role="single", file="zougla_thermaikos_mydia_el.html", render="html",
        site=SITE_ZG, title="Θερμαϊκός: Μεγάλες απώλειες στα μύδια λόγω καύσωνα",
        date="2024-08-20", country="GR", region="europe", lang="el", authors=["Δημήτρης Καραγιάννης"],
        section="Περιβάλλον", meta_section="Περιβάλλον",
        url="https://www.zougla.example.gr/perivallon/thermaikos-mydia-kafsonas",
        description="Οι μυδοκαλλιεργητές της Χαλάστρας μιλούν για απώλειες έως 70%.",
        published="2024-08-20T12:15:00+03:00",
        byline_lines=["Δημήτρης Καραγιάννης"], date_lines=["Τρίτη, 20 Αυγούστου 2024 12:15"],
        caption="Μυδοκαλλιέργειες στον Θερμαϊκό κόλπο.", credit="Eurokinissi", credit_shown="Φωτογραφία: Eurokinissi",
        inserts={2: [("ad", "Διαφήμιση")], 5: [("link", "Διαβάστε επίσης:", "Λειψυδρία: Μέτρα για το νερό στη Χαλκιδική")]},
        lists=[("Δημοφιλή", ["Νέοι κανόνες για τα πλαστικά στις παραλίες", "Σεισμός 4,1 Ρίχτερ στην Κρήτη"])],
        paras=P("""
Μεγάλες απώλειες στην παραγωγή μυδιών καταγράφουν οι καλλιεργητές του Θερμαϊκού κόλπου, μετά από εβδομάδες με θερμοκρασία θάλασσας πάνω από 28 βαθμούς.

Σύμφωνα με τον σύλλογο μυδοκαλλιεργητών της Χαλάστρας, σε ορισμένες μονάδες έχει χαθεί έως και το 70% της φετινής παραγωγής.

Ερευνητές του Ελληνικού Κέντρου Θαλάσσιων Ερευνών πήραν δείγματα από δώδεκα σημεία του κόλπου για να εξετάσουν την ποιότητα του νερού.

Η θαλάσσια βιολόγος Ελένη Παπαδοπούλου εξήγησε ότι τα μύδια δεν αντέχουν για πολύ σε τόσο ζεστά και φτωχά σε οξυγόνο νερά.

Η περιοχή παράγει περίπου το 80% των μυδιών της χώρας και πολλές οικογένειες ζουν από την καλλιέργεια.

Οι παραγωγοί ζητούν αποζημιώσεις και πρόγραμμα παρακολούθησης της θερμοκρασίας σε πραγματικό χρόνο.

Το υπουργείο Αγροτικής Ανάπτυξης ανακοίνωσε ότι κλιμάκιο θα επισκεφθεί τις μονάδες την επόμενη εβδομάδα.

Οι επιστήμονες προειδοποιούν ότι τέτοια επεισόδια θα γίνονται όλο και συχνότερα τα επόμενα χρόνια.

Στο παρελθόν είχαν καταγραφεί παρόμοιες απώλειες το καλοκαίρι του 2021, αλλά σε μικρότερη έκταση.
"""),
        must_have=[
            "Ερευνητές του Ελληνικού Κέντρου Θαλάσσιων Ερευνών πήραν δείγματα από δώδεκα σημεία του κόλπου για να εξετάσουν την ποιότητα του νερού.",
            "Η περιοχή παράγει περίπου το 80% των μυδιών της χώρας και πολλές οικογένειες ζουν από την καλλιέργεια.",
        ]),
    # Pensacola News Journal (US): AP copy, 'PENSACOLA, Fla. (AP) —' dateline, AP writer byline.
    rec(cluster="pnj-ap-pensacola-sea-turtle-lights", role="single", file="pnj_ap_pensacola_sea_turtles.html", render="html",
        site=SITE_PNJ, title="Florida beach towns dim lights as sea turtle nests hit record",
        date="2024-07-09", dateline="PENSACOLA, Fla. (AP) — ", city="Pensacola", country="US", region="americas",
        lang="en", agency="AP", authors=["Marissa Greenlaw", "Dev Kapoor"], section="News", meta_section="News",
        url="https://www.pnj.example.com/story/news/local/2024/07/09/sea-turtle-nests-record-lighting-rules/74352011007/",
        description="Coastal counties are enforcing lighting rules as nesting numbers rise.",
        published="2024-07-09T14:02:00-05:00", modified="2024-07-09T17:30:00-05:00",
        byline_lines=["Marissa Greenlaw", "Associated Press"], date_lines=["Published 2:02 p.m. CT July 9, 2024", "Updated 5:30 p.m. CT July 9, 2024"],
        caption="A loggerhead hatchling crawls toward the Gulf on Pensacola Beach.", credit="Gregg Pachkowski/USA TODAY NETWORK",
        credit_shown="Gregg Pachkowski/USA TODAY NETWORK",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "More:", "Gulf Islands National Seashore closes trails after storm")]},
        below_body=[("ap-note", "Associated Press writer Dev Kapoor in Miami contributed to this report."),
                    ("ap-copy", "Copyright 2024 The Associated Press. All rights reserved.")],
        lists=[("Most Popular", ["Pensacola Bay Bridge lane closures this week", "Blue Wahoos win in extra innings"])],
        paras=P("""
Beach towns along the Florida Panhandle are turning down lights at night as sea turtles lay a record number of
nests this summer.

Volunteers had counted 312 loggerhead and green turtle nests between Pensacola Beach and Perdido Key by early
July, well above last year's total.

Bright lights from condos and restaurants can draw newly hatched turtles away from the water and onto roads.

Escambia County has sent officers to check that buildings facing the beach use amber bulbs and close their
blinds after dark.

Biologist Lauren Beck of the state's wildlife commission said warmer sand was also producing more female
hatchlings.

Some property owners have been fined up to $500 for repeated violations.

Visitors are asked to fill in holes and knock down sandcastles before leaving the beach each evening.

Nesting season runs through October.

Hotels along the beach have been handing guests leaflets that explain the lighting rules in several languages.

Volunteers walk the beach every morning at sunrise to mark new nests with stakes and tape.
"""),
        must_have=[
            "Bright lights from condos and restaurants can draw newly hatched turtles away from the water and onto roads.",
            "Some property owners have been fined up to $500 for repeated violations.",
        ]),
    # Novedades Quintana Roo (Mexico, Spanish): staff, uppercase 'CANCÚN.-' dateline, byline with city.
    rec(cluster="novedades-cancun-sargazo-barreras", role="single", file="novedades_cancun_sargazo_es.html", render="html",
        site=SITE_NV, title="Instalan 11 kilómetros de barreras contra el sargazo en Cancún y Puerto Morelos",
        date="2025-04-03", dateline="CANCÚN.- ", city="Cancún", country="MX", region="americas", lang="es",
        authors=["Karla Chí Poot"], section="Cancún", meta_section="Cancún",
        url="https://sipse.example.com/novedades/cancun-barreras-sargazo-temporada-2025-512344.html",
        description="La Secretaría de Marina prevé una temporada intensa de arribazón.",
        published="2025-04-03T08:10:00-05:00",
        byline_lines=["Karla Chí Poot / Cancún"], date_lines=["3 abril, 2025 08:10"],
        caption="Trabajadores retiran sargazo en una playa de la zona hotelera.", credit="Israel Sánchez",
        credit_shown="Foto: Israel Sánchez",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Te puede interesar:", "Semáforo de sargazo: estas playas están en rojo")]},
        tags=("Etiquetas", ["Sargazo", "Cancún", "Medio ambiente"]),
        lists=[("Lo más leído", ["Nuevo horario del Tren Maya", "Cierran temporalmente playa Delfines"])],
        paras=P("""
La Secretaría de Marina comenzó a instalar 11 kilómetros de barreras flotantes frente a las playas de Cancún y Puerto Morelos ante la llegada de la temporada de sargazo.

Las barreras desvían el alga hacia zonas donde embarcaciones especiales la recogen antes de que llegue a la arena.

Investigadores de la Universidad Nacional Autónoma de México en Puerto Morelos prevén una temporada intensa por las altas temperaturas del Atlántico.

El año pasado se retiraron más de 60 mil toneladas de sargazo de las costas de Quintana Roo.

Cuando el alga se descompone en la orilla libera ácido sulfhídrico y daña los arrecifes y los pastos marinos.

Hoteleros de la zona dijeron que algunos turistas han cancelado reservaciones por las imágenes de playas cubiertas.

El gobierno estatal publica cada día un semáforo que indica el nivel de sargazo en cada playa.

Las autoridades pidieron a los bañistas no tocar el alga acumulada y reportar los arribos a la línea de emergencia.
"""),
        must_have=[
            "Las barreras desvían el alga hacia zonas donde embarcaciones especiales la recogen antes de que llegue a la arena.",
            "El año pasado se retiraron más de 60 mil toneladas de sargazo de las costas de Quintana Roo.",
        ]),
    # Ventures Africa (Nigeria): staff, byline with role line, reading time.
    rec(cluster="venturesafrica-lagos-solar-mini-grids", role="single", file="venturesafrica_lagos_solar_markets.html", render="html",
        site=SITE_VA, title="Lagos markets switch to solar mini-grids as diesel prices bite",
        date="2024-06-27", country="NG", region="africa", lang="en", authors=["Chidinma Okafor"],
        section="Energy", meta_section="Energy",
        url="https://venturesafrica.example.com/lagos-markets-solar-mini-grids/",
        description="Traders say power bills have fallen by half since the switch.",
        published="2024-06-27T09:00:00+01:00",
        byline_lines=["Chidinma Okafor", "Energy Reporter"], date_lines=["June 27, 2024", "4 min read"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Also read:", "Why Nigeria's grid keeps collapsing")]},
        author_box=["Chidinma Okafor covers energy and climate for Ventures Africa."],
        newsletter_end=["Get the Ventures Africa newsletter", "The best of African business, every Monday."],
        lists=[("Trending", ["Fintech funding slows in second quarter", "Kenya's e-mobility push gathers pace"])],
        paras=P("""
Traders in three large Lagos markets are now buying electricity from solar mini-grids instead of running diesel
generators, as fuel prices continue to climb.

The mini-grids at Oyingbo, Mile 12 and Ladipo markets were built by a local energy company with support from a
World Bank programme.

Each system combines rooftop solar panels with battery banks that keep shops and cold rooms running after dark.

Shop owners pay for power in advance through a mobile app, buying small amounts when they need it.

Fish seller Kemi Adeyemi said her monthly power spending had dropped from about 80,000 naira to 35,000 naira.

The company says the three sites have a combined capacity of 1.4 megawatts.

Researchers at the University of Lagos are measuring how the switch has changed noise and air quality in the
markets.

The Lagos State government wants at least ten more markets to follow within two years.

Market leaders say fewer generators have also made the markets quieter.
"""),
        must_have=[
            "Each system combines rooftop solar panels with battery banks that keep shops and cold rooms running after dark.",
            "The company says the three sites have a combined capacity of 1.4 megawatts.",
        ]),
    # Sault Star (Canada): staff, Postmedia layout, byline with outlet.
    rec(cluster="saultstar-lake-superior-ice-research", role="single", file="saultstar_lake_superior_ice.html", render="html",
        site=SITE_SS, title="Algoma researchers track shrinking ice cover on Lake Superior",
        date="2024-02-14", country="CA", region="americas", lang="en", authors=["Elaine Della-Mattia"],
        section="Local News", meta_section="Local News",
        url="https://www.saultstar.example.com/news/local-news/algoma-researchers-lake-superior-ice",
        description="Ice cover on the lake is far below normal this winter.",
        published="2024-02-14T16:45:00-05:00",
        byline_lines=["Elaine Della-Mattia", "Sault Star"], date_lines=["Published Feb 14, 2024", "Last updated Feb 14, 2024", "2 minute read"],
        caption="Open water on Lake Superior near Gros Cap.", credit="Elaine Della-Mattia/Sault Star",
        credit_shown="Photo by Elaine Della-Mattia/Sault Star",
        inserts={2: [("ad", "Advertisement 1")], 5: [("link", "Related:", "Ice fishing derby cancelled on St. Marys River")]},
        below_body=[("comments", "Join the Conversation"),
                    ("note", "Postmedia is committed to maintaining a lively but civil forum for discussion.")],
        paras=P("""
Researchers at Algoma University are installing sensors along the Lake Superior shoreline to track how the
lake's winter ice cover is changing.

Ice covered less than five per cent of the lake in early February, compared with a long-term average of about
40 per cent.

The project places temperature loggers and time-lapse cameras at six sites between Gros Cap and Batchawana Bay.

Biology professor Neil Ranta said less ice meant more evaporation and stronger waves that erode the shore.

Whitefish spawn on shallow reefs in the fall, and their eggs need ice to protect them from winter storms.

Local commercial fishers have been asked to share their catch records with the researchers.

Students will collect the data every two weeks until the spring thaw.

The study is funded for three years by a federal grant.

Ranta said residents could help by sending photos of ice along the shore to the university through a simple online form.

The findings will be shared with First Nations communities along the lake.
"""),
        must_have=[
            "Ice covered less than five per cent of the lake in early February, compared with a long-term average of about 40 per cent.",
            "Whitefish spawn on shallow reefs in the fall, and their eggs need ice to protect them from winter storms.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Mongabay (Brazil story): staff, byline with 'for Mongabay'.
    rec(cluster="mongabay-amazon-tower-research", role="single", file="newsplease_mongabay_amazon_tower.json",
        render="newsplease", title="Amazon tower study finds forest drying faster in long dry seasons",
        date="2024-11-28", country="BR", region="americas", lang="en", authors=["Lucas Teixeira Moura"],
        url="https://news.mongabay.example.com/2024/11/amazon-tower-study-forest-drying-dry-seasons/",
        source_domain="news.mongabay.example.com",
        description="Data from a 325-meter tower near Manaus show trees losing water faster.",
        np_authors=["Lucas Teixeira Moura"], np_publish="2024-11-28 00:00:00", np_download="2024-11-29 07:14:02",
        head_lines=["by Lucas Teixeira Moura on 28 November 2024", "Share article", "Translate article", "Mongabay Series: Amazon Conservation"],
        inserts={2: ["Support Mongabay's nonprofit journalism"], 5: ["See related: Drought leaves Amazon river communities cut off"]},
        tail_lines=["Citation:", "FEEDBACK: Use this form to send a message to the author of this post.", "Related reading:", "Amazon Drought",
                    "Climate Change", "Forests", "Print", "Conservation news", "Free and open access to credible information"],
        paras=P("""
A tall research tower in the Amazon rainforest has recorded trees losing water faster during long dry seasons,
scientists said in a study published this month.

The 325-meter tower stands about 150 kilometers northeast of Manaus and measures carbon dioxide, humidity and
wind above the canopy.

Researchers from Brazil's National Institute of Amazonian Research and German partners compared ten years of
data.

They found that in the driest months the forest now takes in less carbon during the afternoon than it did a
decade ago.

Lead author Bianca Rezende said the trees were closing their pores earlier in the day to save water.

Sensors on the tower also picked up smoke from distant fires during the 2023 drought.

The team plans to add soil moisture probes around the tower next year.

The scientists said long-term stations like this one were rare in the tropics and needed stable funding.

Data from the tower are shared freely with scientists around the world.
"""),
        must_have=[
            "Researchers from Brazil's National Institute of Amazonian Research and German partners compared ten years of data.",
            "Sensors on the tower also picked up smoke from distant fires during the 2023 drought.",
        ]),
    # news-please, NNSL Media (Canada, Yellowknife): staff, no dateline; byline over the outlet name.
    rec(cluster="nnsl-yellowknife-arsenic-lakes", role="single", file="newsplease_nnsl_yellowknife_arsenic.json",
        render="newsplease", title="Arsenic levels still high in small lakes near Yellowknife, study finds",
        date="2024-05-30", country="CA", region="americas", lang="en", authors=["Simona Rosenfield"],
        url="https://www.nnsl.example.com/yellowknifer/arsenic-levels-still-high-in-small-lakes-near-yellowknife-7712345",
        source_domain="www.nnsl.example.com",
        description="Researchers tested 40 lakes within 30 kilometres of the former Giant Mine.",
        np_authors=["Simona Rosenfield"], np_publish="2024-05-30 13:20:00", np_download="2024-05-30 19:45:31",
        head_lines=["Simona Rosenfield", "Northern News Services", "Thursday, May 30, 2024", "Listen to this article"],
        inserts={2: ["Advertisement"], 5: ["Related: Giant Mine remediation enters final phase"]},
        tail_lines=["Simona Rosenfield is a reporter with NNSL Media.", "Contact her at srosenfield@nnsl.example.com",
                    "Have a news tip? Send it to editor@nnsl.example.com", "Comments", "Latest stories",
                    "\u00a9 2024 Northern News Services Ltd.", "Share", "Email", "Print"],
        paras=P("""
Small lakes around Yellowknife still hold high levels of arsenic decades after gold mining stopped, according
to new research from Wilfrid Laurier University and the territorial government.

Scientists tested water and sediment from 40 lakes within 30 kilometres of the former Giant Mine.

About a third of the lakes had arsenic above the drinking water guideline, most of them downwind of the old
roaster stack.

Researcher Claire Okpik said the arsenic settled in lake bottoms and moved back into the water in late summer.

The territory's health department says people should not drink untreated water from lakes close to the city.

Fish from the larger lakes were found to be safe to eat in normal amounts.

The team will return this summer to test snow and plants used for traditional medicine.

Results will be shared at community meetings in Ndilo and Dettah.

Elders from the Yellowknives Dene First Nation helped choose which lakes to sample.
"""),
        must_have=[
            "Scientists tested water and sediment from 40 lakes within 30 kilometres of the former Giant Mine.",
            "Fish from the larger lakes were found to be safe to eat in normal amounts.",
        ]),
    # news-please, Tagata Pasifika (NZ): staff, no dateline; 'Reporter / name' line.
    rec(cluster="tagatapasifika-auckland-climate-village-study", role="single", file="newsplease_tagatapasifika_climate_study.json",
        render="newsplease", title="Study maps how Pacific families in Auckland prepare for floods",
        date="2025-03-11", country="NZ", region="oceania", lang="en", authors=["Losa Leiataua"],
        url="https://www.tagatapasifika.example.co.nz/news/study-pacific-families-auckland-floods",
        source_domain="www.tagatapasifika.example.co.nz",
        description="Churches and extended families were the first responders in the 2023 floods.",
        np_authors=["Losa Leiataua"], np_publish="2025-03-11 09:00:00", np_download="2025-03-11 21:16:40",
        head_lines=["Reporter / Losa Leiataua", "11 March 2025", "Talofa lava, Kia orana, Malo e lelei"],
        inserts={2: ["Watch the full story on TVNZ+"], 5: ["RELATED: Mangere church becomes flood hub"]},
        tail_lines=["Tagata Pasifika is produced by Sunpix for TVNZ.", "Share", "Facebook", "Instagram", "YouTube",
                    "Got a story idea? Get in touch.", "More News", "\u00a9 2025 Sunpix Ltd", "Subscribe to our YouTube channel", "Privacy Policy"],
        paras=P("""
A new study has mapped how Pacific families in South Auckland prepared for and recovered from the floods of
January 2023.

Researchers from the University of Auckland interviewed 120 households in Mangere, Otara and Manurewa.

Most families said help came first from churches and relatives rather than from official agencies.

Many homes had more than eight people living in them, which made moving everyone quickly very difficult.

Lead researcher Dr Ana Tuilagi said emergency messages were often only sent in English.

The study recommends warnings in Samoan, Tongan and other Pacific languages, sent through church networks.

Auckland Council said it would look at the findings when it updates its emergency plan this year.

Some families are still waiting for repairs to flood-damaged homes two years on.

Researchers also found that many families had no insurance and lost furniture, cars and school uniforms in the water.

Several churches have since stored food, blankets and generators so they can open their halls quickly when the next storm comes.
"""),
        must_have=[
            "Most families said help came first from churches and relatives rather than from official agencies.",
            "The study recommends warnings in Samoan, Tongan and other Pacific languages, sent through church networks.",
        ]),
    # trafilatura, Västerbottens-Kuriren (Sweden, Swedish): staff, 'Umeå' story, first category section.
    rec(cluster="vk-umea-renar-elledningar", role="single", file="trafilatura_vk_umea_ren_sv.json",
        render="trafilatura", title="Forskare i Umeå kartlägger hur renar påverkas av nya kraftledningar",
        date="2024-10-08", country="SE", region="europe", lang="sv", authors=["Johanna Lindqvist"], section="Nyheter",
        url="https://www.vk.example.se/2024-10-08/forskare-i-umea-kartlagger-renar-kraftledningar",
        hostname="vk.example.se", source_hostname="Västerbottens-Kuriren",
        description="GPS-halsband ska visa om renarna undviker de nya ledningsgatorna.",
        tf_author="Johanna Lindqvist", tf_date="2024-10-08", tf_language="sv", categories="Nyheter;Umeå",
        head_lines=["Johanna Lindqvist", "Publicerad 8 oktober 2024 kl 06.00", "Artikeln publicerades 8 oktober 2024.", "Lyssna på artikeln"],
        inserts={2: ["Annons"], 5: ["Läs också: Vindkraftsparken vid Blaiken får nytt tillstånd"]},
        tail_lines=["Dela", "Kopiera länk", "Ämnen i artikeln", "Umeå", "Renskötsel", "Energi",
                    "VK är en del av Norrköpings Tidningars Media", "Ansvarig utgivare: Anna Ekström", "\u00a9 VK 2024"],
        paras=P("""
Forskare vid Sveriges lantbruksuniversitet i Umeå ska under tre år följa hur renar rör sig kring de nya kraftledningar som byggs i Västerbotten.

Omkring 60 renar i två samebyar har fått halsband med GPS-sändare.

Ledningarna behövs för att föra ut el från nya vindkraftsparker och industrier längs kusten.

Renskötarna oroar sig för att djuren undviker områdena under ledningarna, vilket kan göra betesmarkerna mindre.

Projektledaren Erik Sjödin säger att tidigare studier i Norge visat att renar kan hålla sig borta upp till flera kilometer.

Forskarna ska också intervjua renskötare om hur flyttvägarna har förändrats.

Resultaten ska användas när nya ledningar planeras i norra Sverige.

Projektet finansieras av Energimyndigheten och Svenska kraftnät.

Samebyarna har länge kritiserat att de inte får vara med tidigt i planeringen av nya ledningar.

Svenska kraftnät säger att man vill använda forskningen för att hitta bättre sträckningar och tider för byggarbetet.

Under de första månaderna har renarna rört sig som vanligt, men byggandet har ännu inte startat i det största betesområdet.

Forskarna räknar med att presentera de första resultaten hösten 2025.
"""),
        must_have=[
            "Omkring 60 renar i två samebyar har fått halsband med GPS-sändare.",
            "Forskarna ska också intervjua renskötare om hur flyttvägarna har förändrats.",
        ]),
    # trafilatura, Whitsunday Times (Australia): AAP copy, writer with '(AAP)' byline, dateline 'CAIRNS, Queensland'.
    rec(cluster="whitsundaytimes-aap-reef-coral-spawning", role="single", file="trafilatura_whitsundaytimes_aap_reef.json",
        render="trafilatura", title="Reef scientists grow heat-tolerant coral in record spawning season",
        date="2024-12-03", dateline="CAIRNS, Queensland: ", city="Cairns", country="AU", region="oceania", lang="en",
        agency="AAP", authors=["Ethan Pallister"], section="Environment",
        url="https://www.whitsundaytimes.example.com.au/news/environment/reef-scientists-heat-tolerant-coral/news-story/8a1f",
        hostname="whitsundaytimes.example.com.au", source_hostname="Whitsunday Times",
        description="Coral larvae from this year's spawning will be grown in nurseries.",
        tf_author="Ethan Pallister", tf_date="2024-12-03", tf_language="en", categories="Environment;Queensland",
        head_lines=["Ethan Pallister", "Australian Associated Press", "December 3, 2024 - 4:15PM"],
        inserts={2: ["Advertisement"], 5: ["More Coverage", "Whitsundays tourism operators welcome reef health report"]},
        tail_lines=["AAP", "Share", "Facebook", "X", "Email", "Subscribe to the Whitsunday Times",
                    "Copyright \u00a9 2024 News Pty Limited. All rights reserved.", "Latest News", "Most Read"],
        paras=P("""
Scientists have collected millions of coral eggs during one of the biggest spawning events seen on the Great
Barrier Reef in recent years.

The eggs were gathered off Moore Reef and taken to the Australian Institute of Marine Science's sea simulator in
Townsville.

There the researchers will breed corals from colonies that survived this year's mass bleaching.

Project leader Dr Hannah Corliss said the aim was to grow young corals better able to cope with heatwaves.

About 40,000 baby corals will be placed on damaged reefs near Cairns and the Whitsundays next year.

Tourism operators helped by carrying scientists and volunteers out to the reef at night.

Dr Corliss said restoration alone could not save the reef unless emissions were cut.

The work is part of a $300 million federal program to help the reef adapt to warming seas.

Divers will check the young corals every few months to see how many survive their first summer.
"""),
        must_have=[
            "The eggs were gathered off Moore Reef and taken to the Australian Institute of Marine Science's sea simulator in Townsville.",
            "About 40,000 baby corals will be placed on damaged reefs near Cairns and the Whitsundays next year.",
        ]),
    # trafilatura, The Zimbabwe Mail: staff, 'HARARE -' dateline, byline 'By X | Zim Mail'.
    rec(cluster="zimmail-harare-lake-chivero-pollution", role="single", file="trafilatura_zimmail_lake_chivero.json",
        render="trafilatura", title="Lake Chivero pollution forces Harare to double water treatment chemicals",
        date="2024-10-22", dateline="HARARE - ", city="Harare", country="ZW", region="africa", lang="en",
        authors=["Tendai Mupfumira"], section="Environment",
        url="https://www.thezimbabwemail.example.com/environment/lake-chivero-pollution-harare-water/",
        hostname="thezimbabwemail.example.com", source_hostname="The Zimbabwe Mail",
        description="Sewage and fertiliser run-off feed algal blooms in the city's main reservoir.",
        tf_author="Tendai Mupfumira", tf_date="2024-10-22", tf_language="en", categories="Environment;Local News",
        head_lines=["By Tendai Mupfumira | Zim Mail", "October 22, 2024"],
        inserts={2: ["Advertisement"], 5: ["Read also: Residents of Mabvuku go three weeks without tap water"]},
        tail_lines=["Follow The Zimbabwe Mail on WhatsApp", "Share this:", "Facebook", "X", "Like this:", "Related",
                    "Leave a Reply", "Your email address will not be published.", "Latest News", "Trending Now", "\u00a9 2024 The Zimbabwe Mail"],
        paras=P("""
The City of Harare is using twice as many chemicals to treat water from Lake Chivero as it did five years ago
because of worsening pollution, council officials said.

Raw sewage from broken treatment plants and fertiliser from nearby farms are feeding thick blooms of algae on
the lake.

The city's water director, Engineer Farai Machingura, said the Morton Jaffray works now spends about US$3
million a month on chemicals.

Researchers at the University of Zimbabwe found high levels of nitrates at the mouth of the Mukuvisi River.

Fishermen on the lake say catches of bream have fallen sharply in the last two years.

Many suburbs receive tap water only once or twice a week, and residents rely on boreholes and bowsers.

The council says it has started repairing the Firle sewage works with a loan from a regional bank.

Environmental groups want stricter fines for factories that release waste into rivers feeding the lake.
"""),
        must_have=[
            "Researchers at the University of Zimbabwe found high levels of nitrates at the mouth of the Mukuvisi River.",
            "Fishermen on the lake say catches of bream have fallen sharply in the last two years.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_SA = site("Swindon Advertiser", "https://www.swindonadvertiser.example.co.uk", " | Swindon Advertiser", "en_GB", "@swindonadvert",
               ["News", "Sport", "Swindon Town", "What's On", "Opinion", "Announcements", "Jobs"],
               ["\u00a9 2025 Newsquest Media Group Ltd", "Contact us", "Privacy policy", "Cookie settings"],
               share=["Share", "Facebook", "X", "WhatsApp"], top=["Subscribe", "Sign in"],
               cookie="We and our partners use cookies and similar technologies on this site.", buttons=["Accept All", "Manage Preferences"])

JSONL_STORIES = [
    # newsbeam text shape: the PAP story on Super Express (syndicated member of the PAP cluster).
    dict(PAP, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.se.example.pl/krakow/krakow-120-nowych-czujnikow-smogu-aa-Xk9p-2Qw4.html",
         nb_published="2025-01-21T14:30:00Z", outlet="Super Express", nb_authors=["PAP"],
         head_lines=["Autor: PAP", "2025-01-21 15:30", "Zobacz także"],
         tail_lines=["Źródło: PAP", "Tomasz Wierzbicki (PAP)", "Polecane", "Czytaj więcej", "Galeria zdjęć", "Komentarze",
                     "Skomentuj artykuł", "Najnowsze", "Super Express \u00a9 2025 Time S.A.", "Pobierz aplikację SE",
                     "Obserwuj nas w Google News", "Regulamin", "Polityka prywatności"]),
    # news-please shape: the Bernama story on Suara Sarawak (syndicated member of the Bernama cluster).
    dict(BER, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.suarasarawak.example.my/2024/03/45-menara-telekomunikasi-baharu-miri/",
         source_domain="www.suarasarawak.example.my",
         np_authors=["Bernama"], np_publish="2024-03-14 16:02:00", np_download="2024-03-14 18:27:13",
         head_lines=["Oleh Bernama", "14 Mac 2024, 4:02 petang", "Kongsi"],
         tail_lines=["-- BERNAMA", "Berita Berkaitan", "Baca Lagi", "Tinggalkan Komen", "Sertai saluran WhatsApp Suara Sarawak",
                     "Terkini", "Popular", "Hak Cipta \u00a9 2024 Suara Sarawak", "Hubungi Kami", "Dasar Privasi",
                     "Iklan", "Facebook", "Instagram"]),
    # newsbeam html shape: Swindon Advertiser (UK): staff, Newsquest layout, byline over a role line.
    rec(cluster="swindonadvertiser-river-ray-sewage", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_SA, title="River Ray sewage spills tracked by new volunteer sensors",
        date="2025-06-03", country="GB", region="europe", lang="en", authors=["Priya Vandersteen"],
        section="News", meta_section="News",
        url="https://www.swindonadvertiser.example.co.uk/news/25213456.river-ray-sewage-spills-tracked-volunteer-sensors/",
        description="A citizen science group has fitted sensors at five points along the river.",
        published="2025-06-03T05:00:00+01:00",
        nb_published="2025-06-03T04:00:00Z", outlet="Swindon Advertiser", nb_authors=["Priya Vandersteen"],
        byline_lines=["By Priya Vandersteen", "Environment reporter"], date_lines=["Published: 3rd June 2025"],
        caption="Volunteers test water from the River Ray in Rodbourne.", credit="Swindon Advertiser",
        credit_shown="(Image: Swindon Advertiser)",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Coate Water algae warning issued for dog owners")]},
        below_body=[("ipso", "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.")],
        newsletter_end=["Get involved with the news in your community", "Send your stories and photos"],
        lists=[("Most Read", ["Magic Roundabout lane closures", "New GP surgery for Wichelstowe"])],
        paras=P("""
A volunteer group in Swindon has fitted sensors at five points along the River Ray to show when sewage is
released into the water.

Friends of the River Ray say the devices measure how cloudy the water is and how much oxygen it holds every
15 minutes.

The readings are posted online so that anyone can check the river before letting children or dogs go in.

Thames Water's own records show storm overflows on the Ray were used for more than 1,200 hours last year.

Group chair Graham Pettifer said volunteers had been trained by scientists from the University of Bath.

Thames Water said it was spending millions of pounds on upgrades at the Rodbourne sewage works.

The Environment Agency is reviewing the group's data as part of its own monitoring of the river.

The volunteers hope to add three more sensors before the end of the summer.

Anyone who wants to join the group can sign up at one of its monthly meetings in the town centre.
"""),
        must_have=[
            "The readings are posted online so that anyone can check the river before letting children or dogs go in.",
            "Group chair Graham Pettifer said volunteers had been trained by scientists from the University of Bath.",
        ]),
    # trafilatura shape: the MAP story on Yabiladi (syndicated member of the MAP cluster).
    dict(MAP, role="syndicated", file=JSONL_B, render="trafilatura", section="Société",
         url="https://www.yabiladi.example.com/articles/details/158732/agadir-station-dessalement-capacite.html",
         hostname="yabiladi.example.com", source_hostname="Yabiladi",
         tf_author="Yabiladi avec MAP", tf_date="2024-11-05", tf_language="fr", categories="Société;Environnement",
         head_lines=["Publié le 05/11/2024 à 17h48", "Temps de lecture: 2'"],
         tail_lines=["Yabiladi avec MAP", "Partager", "Facebook", "X", "Réagir à cet article", "Articles liés",
                     "Les plus lus", "Newsletter Yabiladi", "\u00a9 Yabiladi.com 2024", "Tous droits réservés",
                     "Contact", "Publicité", "Mentions légales"]),
    # news-please shape: Zambian Observer (Zambia): staff, Kafue flats wildlife.
    rec(cluster="zambianobserver-kafue-lechwe-count", role="single", file=JSONL_B, render="newsplease",
        title="Kafue lechwe numbers recover as flats get good rains",
        date="2025-05-20", country="ZM", region="africa", lang="en", authors=["Mutale Chanda"],
        url="https://www.zambianobserver.example.com/kafue-lechwe-numbers-recover/",
        source_domain="www.zambianobserver.example.com",
        description="An aerial count found about 38,000 of the antelope on the Kafue Flats.",
        np_authors=["Mutale Chanda"], np_publish="2025-05-20 10:44:00", np_download="2025-05-20 15:02:18",
        head_lines=["By Mutale Chanda", "May 20, 2025", "Share"],
        inserts={2: ["Advertisement"], 5: ["Also read: ZESCO warns of load-shedding as Kariba levels drop"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "X", "Related", "Leave a Reply", "Cancel reply",
                    "Zambian Observer \u00a9 2025", "Latest News", "Trending"],
        paras=P("""
The number of Kafue lechwe on the Kafue Flats has risen to about 38,000 after two seasons of good rains, an
aerial survey has found.

The count was carried out in April by the Department of National Parks and Wildlife with pilots from a
conservation trust.

The antelope is found only on the Kafue Flats and its numbers fell sharply during the drought years.

Ecologist Mwila Banda said water releases from the Itezhi-Tezhi dam had helped restore the grazing floodplain.

Poaching with dogs and nets remains a threat near fishing camps along the river.

Wildlife officers have set up two new patrol posts at Lochinvar National Park.

The department plans another count in two years.

Local fishermen and farmers share the floodplain with the antelope, and some say the animals damage their maize fields.

The department said it was working with chiefs in the area to agree on grazing zones and to pay for fencing around the most affected fields.

Tourism operators at Lochinvar hope the recovery will bring more visitors to the park.
"""),
        must_have=[
            "The antelope is found only on the Kafue Flats and its numbers fell sharply during the drought years.",
            "Wildlife officers have set up two new patrol posts at Lochinvar National Park.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixty-ninth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Teraz Środowisko '21.01.2025' (day first) and the Super "
    "Express copy '2025-01-21 15:30' (crawler stamp 14:30Z = 15:30 CET); Utusan Borneo '14 Mac 2024' ('Mac' = March) with the "
    "Bernama dateline '14 Mac', Suara Sarawak '14 Mac 2024'; Maroc Hebdo 'Publié le 5 novembre 2024', Yabiladi '05/11/2024' (day "
    "first); Oamaru Mail 'Thursday, 6 February 2025' (both copies); Vzglyad '14 мая 2024'; Navbharat Times prints only 'Updated: "
    "12 Mar 2024' and the Bhasha dateline '12 मार्च' gives the same day; Salzburg24 'Veröffentlicht: 05. April 2024'; Star "
    "'Giriş: 08.05.2025' (Giriş = posted; not 'Güncelleme' = update); The Star (Kenya) '10 September 2024'; Post Register 'Mar "
    "19, 2025'; Shetland Times '2 August, 2024'; Portal Correio 'Publicado em 26/07/2024' (not 'Atualizado'); Palawan News "
    "'April 22, 2025'; Newspim '입력 : 2024년10월17일' (not '최종수정'); Sazandegi '۲۷ آذر ۱۴۰۳' (Solar Hijri 27 Azar 1403 in "
    "Persian digits = 17 December 2024); Zougla 'Τρίτη, 20 Αυγούστου 2024'; Pensacola News Journal 'Published 2:02 p.m. CT July "
    "9, 2024' (not 'Updated'); Novedades '3 abril, 2025'; Ventures Africa 'June 27, 2024'; Sault Star 'Published Feb 14, 2024'; "
    "Mongabay '28 November 2024'; NNSL 'Thursday, May 30, 2024'; Tagata Pasifika '11 March 2025'; VK 'Publicerad 8 oktober "
    "2024'; Whitsunday Times 'December 3, 2024'; Zimbabwe Mail 'October 22, 2024'; Swindon Advertiser 'Published: 3rd June "
    "2025'; Zambian Observer 'May 20, 2025'",
    "dateline_city": "'Kraków (PAP) - ' -> 'Kraków' (the GeoNames main name, as earlier sets label Bogotá and Łódź; both PAP copies); 'MIRI, 14 Mac -- ' -> 'Miri' (both "
    "Bernama copies); 'Agadir - ' -> 'Agadir' (both MAP copies); 'ВЛАДИВОСТОК, 14 мая. /ТАСС/. ' -> 'Vladivostok'; 'देहरादून, 12 "
    "मार्च (भाषा) ' -> 'Dehradun'; 'Innsbruck (APA) - ' -> 'Innsbruck'; 'VAN (AA) - ' -> 'Van'; 'PUERTO PRINCESA CITY — ' -> "
    "'Puerto Princesa'; 'PENSACOLA, Fla. (AP) — ' -> 'Pensacola'; 'CANCÚN.- ' -> 'Cancún'; 'CAIRNS, Queensland: ' -> 'Cairns'; "
    "'HARARE - ' -> 'Harare'. Newspim's '[제주=뉴스핌]' is in the byline line, not at the head of the body, so the record has no "
    "dateline in its text; all other records have no dateline and take the country of the story's location",
    "country": "Vzglyad's story is Vladivostok, Russia (RU, europe by UN M49 although the city is in Asia); Star's story is Van, "
    "Turkey (TR, asia by UN M49); Maroc Hebdo and Yabiladi are Morocco (MA); The Star is Kenya (KE); Ventures Africa's story is "
    "Lagos (NG); the Zimbabwe Mail is Zimbabwe (ZW); the Zambian Observer's story is the Kafue Flats (ZM); Mongabay's story is "
    "near Manaus, Brazil (BR); NNSL's story is Yellowknife and the Sault Star's Sault Ste. Marie, Canada (CA); Tagata Pasifika's "
    "story is South Auckland (NZ); Oamaru Mail is Oamaru, New Zealand (NZ); the Shetland Times and the Swindon Advertiser are "
    "the United Kingdom (GB)",
    "agency": "Teraz Środowisko and Super Express carry PAP (the Polish Press Agency: dateline, '(PAP)' after the writer, 'Autor: "
    "PAP', 'Źródło: PAP'); Utusan Borneo and Suara Sarawak carry Bernama ('Oleh Bernama', dateline, '-- BERNAMA'); Maroc Hebdo "
    "and Yabiladi carry MAP (Maghreb Arabe Presse: 'Par MAP', 'Source : MAP', 'Yabiladi avec MAP'); Vzglyad carries TASS; "
    "Navbharat Times carries Bhasha, PTI's Hindi service, labelled 'PTI' ('(भाषा)' dateline, 'यह खबर भाषा की है' line); "
    "Salzburg24 carries APA (Austria Presse Agentur); Star carries Anadolu ('(AA)', 'Kaynak: AA'); the Pensacola News Journal "
    "carries AP; the Whitsunday Times carries AAP ('Australian Associated Press' under the writer, 'AAP' sign-off). Photo "
    "credits ('Photo : MAP') do not by themselves make a story agency copy; all other records are staff copy",
    "authors": "Teraz Środowisko 'Autor: Tomasz Wierzbicki (PAP)' -> 'Tomasz Wierzbicki' (the PAP writer; the Super Express "
    "copy names him in a tail line 'Tomasz Wierzbicki (PAP)', so he is its author too); Oamaru Mail 'Kirsty McLaren' and a "
    "'Reporter Kirsty McLaren' line (both copies); The Star 'By Faith Wanjiru and Brian Otieno' (two writers, in order); Post "
    "Register 'Cody Haralson' over an e-mail line; Shetland Times 'Ewan Leask' at the foot; Portal Correio 'Por Renata "
    "Albuquerque, da Redação'; Palawan News 'By Aira Genesis Magdayao'; Newspim '고영민 기자' ('기자' = reporter) -> '고영민'; "
    "Sazandegi 'گروه محیط زیست - مریم صالحی' (desk, then writer) -> 'مریم صالحی'; Zougla 'Δημήτρης Καραγιάννης'; Pensacola News Journal 'Marissa Greenlaw' over 'Associated Press' plus 'Dev "
    "Kapoor ... contributed to this report'; Novedades 'Karla Chí Poot / Cancún'; Ventures Africa 'Chidinma Okafor' over a role "
    "line; Sault Star 'Elaine Della-Mattia'; Mongabay 'by Lucas Teixeira Moura on 28 November 2024'; NNSL 'Simona Rosenfield'; "
    "Tagata Pasifika 'Reporter / Losa Leiataua'; VK 'Johanna Lindqvist'; Whitsunday Times 'Ethan Pallister'; Zimbabwe Mail 'By "
    "Tendai Mupfumira | Zim Mail'; Swindon Advertiser 'By Priya Vandersteen'; Zambian Observer 'By Mutale Chanda'. Agency and "
    "desk bylines ('Oleh Bernama', 'Par MAP', 'Yabiladi avec MAP', 'Текст: ТАСС', 'भाषा', 'Autor: PAP') are not authors; "
    "Vzglyad, Navbharat Times, Salzburg24, Star, Utusan Borneo, Suara Sarawak, Maroc Hebdo and Yabiladi name no writer",
    "editors": "VK 'Ansvarig utgivare: Anna Ekström' is the paper's legally responsible publisher in the footer, not an editor "
    "of this story; no record names an editor of the story, so editors is empty everywhere",
    "caption_credit": "credits without their wrapper: Oamaru Mail 'Photo: Supplied' -> 'Supplied' (both copies); Maroc Hebdo "
    "'(Photo : MAP)' -> 'MAP'; Zougla 'Φωτογραφία: Eurokinissi' -> 'Eurokinissi'; Pensacola News Journal 'Gregg "
    "Pachkowski/USA TODAY NETWORK' as printed; Novedades 'Foto: Israel Sánchez' -> 'Israel Sánchez'; Sault Star 'Photo by "
    "Elaine Della-Mattia/Sault Star' -> 'Elaine Della-Mattia/Sault Star'; Swindon Advertiser '(Image: Swindon Advertiser)' -> "
    "'Swindon Advertiser'; records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Teraz Środowisko 'Powietrze', Maroc Hebdo "
    "'Environnement', Newspim 'IT·과학', Sazandegi 'محیط زیست', Zougla 'Περιβάλλον', Pensacola News Journal 'News', Novedades "
    "'Cancún', Ventures Africa 'Energy', Sault Star 'Local News', Swindon Advertiser 'News'; trafilatura records take their "
    "first category ('Nyheter' for VK, 'Environment' for the Whitsunday Times and the Zimbabwe Mail, 'Société' for Yabiladi); "
    "news-please, plain text and newsbeam text records have none",
    "language": "'pl' Polish (two copies of the PAP story); 'ms' Malay (two copies of the Bernama story); 'fr' Moroccan French "
    "(two copies of the MAP story); 'ru' Russian; 'hi' Hindi; 'de' Austrian German; 'tr' Turkish; 'pt' Brazilian Portuguese; "
    "'ko' Korean; 'fa' Persian; 'el' Greek; 'es' Mexican Spanish; 'sv' Swedish; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and "
    "moderation notes, advertisement labels, news codes, reading and listening times, related-story lines and boxes, tag lists, "
    "most-read rails, newsletter, app, WhatsApp, Telegram, Dzen and Google News promos, reporter bio, role, phone and e-mail "
    "lines, correction notices, wire source and sign-off lines ('-- BERNAMA', 'Source : MAP', 'Źródło: PAP', '(APA)', 'Kaynak: "
    "AA', 'AAP', the Bhasha disclaimer, the AP contributor and copyright lines), press-standards notes, ownership and copyright "
    "lines, responsible-publisher lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (PAP and Bernama in the plain batch, MAP in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Oamaru Mail: curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"pap", "polska agencja prasowa", "teraz środowisko", "super express", "bernama", "utusan borneo", "suara sarawak",
                "map", "maghreb arabe presse", "maroc hebdo", "yabiladi", "yabiladi avec map", "oamaru mail", "allied media",
                "tass", "тасс", "взгляд", "vzglyad", "bhasha", "भाषा", "navbharat times", "नवभारत टाइम्स", "apa", "salzburg24",
                "star", "the star", "post register", "the shetland times", "portal correio", "palawan news", "뉴스핌", "newspim",
                "روزنامه سازندگی", "گروه محیط زیست", "zougla.gr", "pensacola news journal", "usa today network",
                "novedades quintana roo", "ventures africa", "sault star", "postmedia", "mongabay", "nnsl media",
                "northern news services", "tagata pasifika", "västerbottens-kuriren", "vk", "whitsunday times",
                "the zimbabwe mail", "zim mail", "swindon advertiser", "newsquest", "zambian observer"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
