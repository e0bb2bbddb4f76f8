#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-second development set (bench/dev_set82/, first written as the seventy-ninth held-out set).

    .venv/bin/python bench/dev_set82/_generate.py

Writes ``bench/dev_set82/articles/*`` and ``bench/dev_set82/labels.json`` (next to this
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
bench/dev_set81/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout79_2025-a.jsonl"
JSONL_B = "crawl_holdout79_2025-b.jsonl.gz"


# ---- cluster: MTI, Nagykanizsa (Zalai Hírlap scrape + copy on Mandiner in the plain batch) ----

MTI = rec(
    cluster="mti-nagykanizsa-utfelujitas",
    title="Tizenkét utca burkolatát újítják fel Nagykanizsán a nyáron",
    date="2024-04-09",
    dateline="Nagykanizsa, 2024. április 9., kedd (MTI) \u2013 ",
    city="Nagykanizsa",
    country="HU",
    region="europe",
    agency="MTI",
    lang="hu",
    description="A munkák miatt több belvárosi utcában forgalomkorlátozásra kell számítani.",
    paras=P("""
Tizenkét utca burkolatát újítják fel Nagykanizsán júniustól szeptember végéig, a munkálatok összköltsége mintegy 640 millió forint.

A város közleménye szerint a felújítás a belvárosi Csengery úttól a Kiskanizsa városrész mellékutcáiig terjed.

A tavaszi esőzések után több utcában mély kátyúk keletkeztek, amelyeket eddig csak ideiglenesen tudtak kijavítani.

Az útépítő cég vállalta, hogy a munkákat szakaszosan végzi, így egyszerre legfeljebb két utcát zárnak le.

A polgármesteri hivatal arra kéri az autósokat, hogy a terelőtáblákat kövessék, és számoljanak hosszabb menetidővel.

A munkák során néhány helyen a járdát és a csapadékvíz-elvezető árkokat is megújítják.

A lakók a város honlapján követhetik, melyik héten melyik utcában dolgoznak.

A beruházás egy részét állami támogatásból, a többit a város saját költségvetéséből fedezik.

Egy kiskanizsai lakos elmondta, hogy az utcájukban évek óta minden esőnél megáll a víz az úttesten.

A város vezetése szerint a következő években további utcák felújítására is pályázni fognak, elsősorban a külső városrészekben.

A munkák idején a helyi buszjáratok egy része módosított útvonalon közlekedik, erről a közlekedési társaság külön tájékoztatást ad ki.
"""),
    must_have=[
        "Az útépítő cég vállalta, hogy a munkákat szakaszosan végzi, így egyszerre legfeljebb két utcát zárnak le.",
        "A lakók a város honlapján követhetik, melyik héten melyik utcában dolgoznak.",
    ],
)

# ---- cluster: ANTARA, Pekanbaru (Riau Pos page + copy on VIVA in the plain batch) ----

ANT = rec(
    cluster="antara-pekanbaru-jalan-rusak",
    title="Pemkot Pekanbaru targetkan perbaikan 30 ruas jalan rusak sebelum Lebaran",
    date="2024-02-27",
    dateline="Pekanbaru (ANTARA) - ",
    city="Pekanbaru",
    country="ID",
    region="asia",
    agency="ANTARA",
    lang="id",
    description="Dinas PUPR menyebut perbaikan dilakukan bertahap mulai pekan depan.",
    paras=P("""
Pemerintah Kota Pekanbaru menargetkan perbaikan 30 ruas jalan rusak rampung sebelum Hari Raya Idul Fitri tahun ini.

Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Pekanbaru mengatakan perbaikan akan dimulai pekan depan di Jalan Kaharuddin Nasution dan Jalan Soekarno-Hatta.

Menurut dia, sebagian besar kerusakan disebabkan genangan air akibat drainase yang tersumbat saat musim hujan.

Pemerintah kota telah menyiapkan anggaran sekitar Rp18 miliar untuk penambalan dan pengaspalan ulang.

Ia meminta warga melapor melalui aplikasi layanan pengaduan jika menemukan lubang jalan yang membahayakan pengendara.

Seorang pengemudi ojek daring, Hendra Saputra, mengatakan lubang di Jalan Kaharuddin Nasution sudah beberapa kali membuat pengendara terjatuh.

Dinas PUPR juga akan membersihkan saluran drainase di sepanjang ruas jalan yang diperbaiki agar kerusakan tidak berulang.

Perbaikan dilakukan pada malam hari untuk mengurangi kemacetan di jam sibuk.

Selain itu, Dinas PUPR juga akan memasang rambu peringatan di titik-titik jalan berlubang yang belum sempat diperbaiki.

Warga berharap perbaikan kali ini menggunakan material yang lebih tahan lama sehingga jalan tidak cepat rusak kembali setelah hujan deras.
"""),
    must_have=[
        "Pemerintah kota telah menyiapkan anggaran sekitar Rp18 miliar untuk penambalan dan pengaspalan ulang.",
        "Perbaikan dilakukan pada malam hari untuk mengurangi kemacetan di jam sibuk.",
    ],
)

# ---- cluster: NAN, Lokoja (Sun News Online page + copy on Prime Business Africa in the gzipped batch) ----

NAN = rec(
    cluster="nan-lokoja-bridge-erosion",
    title="FG begins emergency repair of eroded bridge on Lokoja-Abuja highway",
    date="2025-01-21",
    dateline="Lokoja, Jan. 21, 2025 (NAN) ",
    city="Lokoja",
    country="NG",
    region="africa",
    agency="NAN",
    authors=["Idris Okpanachi"],
    lang="en",
    description="Motorists have been diverted to a single lane while engineers shore up the bridge.",
    paras=P("""
The Federal Government has begun emergency repairs on a bridge along the Lokoja-Abuja highway after erosion washed away part of its embankment.

The Federal Controller of Works in Kogi, Mr Sunday Adejoh, told the News Agency of Nigeria on Tuesday that engineers were already on site.

He said the contractor would drive steel piles and build a concrete retaining wall to protect the bridge from further damage.

Adejoh said motorists had been diverted to one lane and urged truck drivers to reduce their speed near the site.

A commercial driver, Mr Yakubu Salihu, said the diversion had caused long queues of vehicles during the morning rush.

The controller said the repairs were expected to be completed within eight weeks if the weather remained dry.

He added that a full assessment of other bridges on the highway would be carried out before the rainy season.

Residents of nearby communities urged the government to also clear blocked drainage channels along the road.
"""),
    must_have=[
        "He said the contractor would drive steel piles and build a concrete retaining wall to protect the bridge from further damage.",
        "The controller said the repairs were expected to be completed within eight weeks if the weather remained dry.",
    ],
)

# ---- cluster: Te Awamutu Courier page + noisy re-scrape ----

TAC = rec(
    cluster="teawamutucourier-mangapiko-footbridge",
    title="New footbridge over Mangapiko Stream set to open before Christmas",
    date="2023-11-16",
    country="NZ",
    region="oceania",
    authors=["Ruby Ngata-Hollis"],
    lang="en",
    caption="The old footbridge over the Mangapiko Stream was closed in August.",
    credit="Supplied",
    paras=P("""
A new footbridge over the Mangapiko Stream in Te Awamutu is expected to open before Christmas, three months after the old timber bridge was closed.

Waipā District Council closed the old bridge in August after an inspection found rotten beams under the deck.

The replacement is a steel bridge with a wider deck so that walkers, cyclists and mobility scooters can pass each other safely.

Council project manager Graham Tuhoe said the steel sections had arrived from a workshop in Hamilton last week.

He said cranes would lift the sections into place on a weekend to keep disruption on the walkway to a minimum.

The project has cost about 480,000 dollars, slightly more than the council had budgeted.

Local walking group member Pat Henare said many older residents had missed their daily walk along the stream.

The council will also plant native trees along the banks once the work is finished.
"""),
    must_have=[
        "The replacement is a steel bridge with a wider deck so that walkers, cyclists and mobility scooters can pass each other safely.",
        "The council will also plant native trees along the banks once the work is finished.",
    ],
)
TAC_PRE = ["NZ Herald", "Te Awamutu Courier", "News", "Sport", "Business", "Opinion", "Puzzles"]
TAC_HEAD = ["By Ruby Ngata-Hollis", "16 Nov, 2023 05:00 AM", "2 mins to read"]
TAC_CAP = ["The old footbridge over the Mangapiko Stream was closed in August. Photo / Supplied"]
TAC_TAIL = [["Ruby Ngata-Hollis is a Local Democracy Reporting journalist based in Waipā."],
            ["Share", "Save"], ["Latest from Te Awamutu Courier"],
            ["Sign up to Herald Premium Editor's Picks, delivered straight to your inbox every Friday."],
            ["\u00a9 Copyright 2023 NZME Publishing Limited"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Te Awamutu Courier (NZME, Waikato): original of the re-scrape cluster; 'Photo / Supplied' credit, LDR bio line.
    dict(TAC, role="original", file="teawamutucourier_mangapiko_footbridge.txt", render="text",
         pre=[TAC_PRE], head=[TAC_HEAD], cap_lines=TAC_CAP,
         inserts={2: ["Advertisement"], 5: ["Advertise with NZME."]},
         tail=TAC_TAIL),
    dict(TAC, role="rescrape", file="teawamutucourier_mangapiko_footbridge_rescrape.txt.gz", render="text", noise=True,
         pre=[TAC_PRE], head=[TAC_HEAD], cap_lines=TAC_CAP,
         tail=[["Subscribe to Herald Premium"], *TAC_TAIL]),
    # Zalai Hírlap (Hungarian county paper): original of the MTI cluster; MTI dateline with weekday, 'MTI' byline.
    dict(MTI, role="original", file="zalaihirlap_mti_nagykanizsa_utak_hu.txt", render="text",
         pre=[["ZAOL", "Zalai Hírlap", "Helyi közélet", "Kék hírek", "Sport", "Gazdaság", "Szabadidő"]],
         head=[["MTI"], ["2024.04.09. 14:20"]],
         inserts={2: ["Hirdetés"], 5: ["Ez is érdekelheti:", "Lezárják a Zalaegerszegi úti hidat egy hétre"]},
         tail=[["Megosztás", "Facebook", "Messenger"], ["Kapcsolódó cikkek"], ["Iratkozzon fel hírlevelünkre!"],
               ["Mediaworks Hungary Zrt."], ["\u00a9 Minden jog fenntartva."]]),
    # Público (Portugal): staff, 'Por X' byline, Coimbra water main; PÚBLICO subscription chrome.
    rec(cluster="publico-coimbra-condutas", role="single", file="publico_coimbra_condutas_agua_pt.txt", render="text",
        title="Rotura em conduta deixa milhares sem água na Baixa de Coimbra",
        date="2024-10-02", country="PT", region="europe", lang="pt", authors=["Inês Carvalhal"],
        pre=[["PÚBLICO", "Sociedade", "Política", "Local", "Economia", "Cultura", "P3"]],
        head=[["Por Inês Carvalhal"], ["2 de Outubro de 2024, 18:40"]],
        inserts={2: ["Publicidade"], 5: ["Ler mais", "Obras no Metro Mondego voltam a cortar trânsito na Avenida Fernão de Magalhães"]},
        tail=[["Assine já"], ["Gostaria de receber as notícias do PÚBLICO no seu email?"], ["Ver comentários"],
              ["Os comentários deste artigo estão fechados."], ["\u00a9 2024 PÚBLICO Comunicação Social SA"]],
        paras=P("""
A rotura de uma conduta principal deixou esta quarta-feira sem água milhares de moradores e comerciantes da Baixa de Coimbra durante quase dez horas.

A conduta, com mais de sessenta anos, rebentou de madrugada junto à Rua da Sofia e inundou parte da via.

Os Serviços Municipalizados de Coimbra enviaram camiões-cisterna para as escolas e para o centro de saúde da zona.

Vários cafés e restaurantes fecharam portas durante a manhã por não terem água para lavar a loiça.

A vereadora responsável pelas obras públicas disse que a rede da Baixa tem das canalizações mais antigas do concelho.

A câmara tem previsto um investimento de quatro milhões de euros para substituir as condutas mais degradadas até 2027.

Moradores ouvidos pelo PÚBLICO queixam-se de que é a terceira rotura na zona desde o início do ano.

O abastecimento foi reposto ao fim da tarde, mas a rua continuará cortada ao trânsito até sexta-feira.
"""),
        must_have=[
            "Os Serviços Municipalizados de Coimbra enviaram camiões-cisterna para as escolas e para o centro de saúde da zona.",
            "A câmara tem previsto um investimento de quatro milhões de euros para substituir as condutas mais degradadas até 2027.",
        ]),
    # VG (Norway, Bokmål): staff, 'Av X og Y' two-author byline, 'Publisert' vs 'Oppdatert'.
    rec(cluster="vg-fredrikstad-gatelys", role="single", file="vg_fredrikstad_gatelys_nb.txt", render="text",
        title="Slukker gatelysene om natten for å spare penger",
        date="2025-01-22", country="NO", region="europe", lang="no", authors=["Sindre Haugland", "Mari Østby"],
        pre=[["VG", "Nyheter", "Sport", "Rampelys", "Podkast", "Meninger", "VG+"]],
        head=[["Av Sindre Haugland og Mari Østby"], ["Publisert: 22.01.25 10:14"], ["Oppdatert: 22.01.25 12:30"]],
        inserts={2: ["ANNONSE"], 5: ["LES OGSÅ: Hullete veier koster bilistene dyrt"]},
        tail=[["Del artikkelen"], ["Mest lest"], ["Få med deg de viktigste nyhetene fra VG"],
              ["Ansvarlig redaktør: Gard Steiro"], ["\u00a9 VG"]],
        paras=P("""
Fredrikstad kommune skal slukke rundt 3000 gatelys på mindre veier mellom klokken ett og fem om natten for å spare strøm.

Ordningen gjelder fra 1. februar og omfatter boligområder utenfor sentrum.

Kommunen regner med å spare om lag 1,2 millioner kroner i året på strøm og vedlikehold.

Hovedveier, gangfelt og busstopp skal fortsatt være opplyst hele natten.

Flere beboere har reagert og mener det vil føles utrygt å gå hjem fra nattskift i mørket.

Enhetsleder for vei i kommunen sier at lysene på sikt skal byttes til LED med bevegelsessensorer.

Politiet i Øst sier de ikke har grunnlag for å si at slukkede lys fører til mer kriminalitet.

Flere andre kommuner i Viken har innført lignende ordninger de siste årene.

Saken skal evalueres i bystyret etter ett år.

Kommunen har også vurdert å dempe lyset i stedet for å slukke det helt, men det krever nye armaturer som ikke er på plass ennå.

Beboere som ønsker å si sin mening om ordningen, kan sende innspill til kommunen frem til utgangen av mars.
"""),
        must_have=[
            "Hovedveier, gangfelt og busstopp skal fortsatt være opplyst hele natten.",
            "Enhetsleder for vei i kommunen sier at lysene på sikt skal byttes til LED med bevegelsessensorer.",
        ]),
    # Maalaimalar (Tamil): desk byline 'By மாலை மலர்', Madurai roads dug up for sewer works.
    rec(cluster="maalaimalar-madurai-salai", role="single", file="maalaimalar_madurai_salai_ta.txt", render="text",
        title="மதுரையில் பாதாள சாக்கடை பணியால் சேதமடைந்த சாலைகள்: பொதுமக்கள் அவதி",
        date="2024-11-07", country="IN", region="asia", lang="ta",
        pre=[["மாலை மலர்", "முகப்பு", "தமிழ்நாடு", "இந்தியா", "உலகம்", "விளையாட்டு", "சினிமா"]],
        head=[["By மாலை மலர்"], ["7 நவம்பர் 2024 11:32 AM"]],
        inserts={2: ["விளம்பரம்"], 5: ["இதையும் படியுங்கள்:", "மதுரை மாட்டுத்தாவணியில் புதிய மேம்பாலம்"]},
        tail=[["Share", "WhatsApp", "Facebook"], ["தொடர்புடைய செய்திகள்"], ["மாலை மலர் செய்திகளை உடனுக்குடன் பெற"],
              ["\u00a9 Copyright 2024 Maalaimalar.com"]],
        paras=P("""
மதுரை மாநகரின் பல பகுதிகளில் பாதாள சாக்கடை பணிக்காக தோண்டப்பட்ட சாலைகள் மாதக்கணக்கில் சீரமைக்கப்படாமல் உள்ளன.

அண்ணா நகர், கே.கே. நகர் மற்றும் தல்லாகுளம் பகுதிகளில் சாலைகள் குண்டும் குழியுமாக காட்சி அளிக்கின்றன.

மழை பெய்யும் போது பள்ளங்களில் தண்ணீர் தேங்குவதால் இருசக்கர வாகன ஓட்டிகள் தவறி விழுகின்றனர்.

பள்ளி மாணவர்களை அழைத்துச் செல்லும் பெற்றோர் மிகுந்த சிரமத்துக்கு உள்ளாவதாக தெரிவித்தனர்.

பணிகள் முடிந்த தெருக்களில் உடனடியாக தார் சாலை அமைக்க வேண்டும் என்று குடியிருப்போர் சங்கம் கோரிக்கை விடுத்துள்ளது.

இது குறித்து மாநகராட்சி அதிகாரிகள் கூறுகையில், முதல் கட்டமாக 42 தெருக்களில் புதிய சாலை அமைக்கும் பணி அடுத்த வாரம் தொடங்கும் என்றனர்.

மழைக்காலம் முடிந்ததும் மீதமுள்ள தெருக்களிலும் பணிகள் மேற்கொள்ளப்படும் என்றும் அவர்கள் தெரிவித்தனர்.

இதற்காக ரூ.12 கோடி நிதி ஒதுக்கப்பட்டுள்ளதாக மாநகராட்சி தரப்பில் கூறப்பட்டது.

சாலைகள் சீரமைக்கப்படும் வரை பள்ளங்களை மண் கொட்டி தற்காலிகமாக மூட வேண்டும் என்று வாகன ஓட்டிகள் வலியுறுத்துகின்றனர்.

சில தெருக்களில் குடிநீர் குழாய்களும் சேதமடைந்துள்ளதாக பொதுமக்கள் புகார் தெரிவித்தனர்.

இதனால் பல வீடுகளுக்கு குடிநீர் வினியோகம் பாதிக்கப்பட்டுள்ளது என்றும் அவர்கள் கூறினர்.

சேதமடைந்த குழாய்களை சரிசெய்ய குடிநீர் வடிகால் வாரிய ஊழியர்கள் விரைவில் பணியில் ஈடுபடுவார்கள் என்று அதிகாரிகள் தெரிவித்தனர்.

ஆம்புலன்ஸ் மற்றும் தீயணைப்பு வாகனங்கள் செல்வதிலும் சிரமம் ஏற்படுவதாக சமூக ஆர்வலர்கள் கவலை தெரிவித்துள்ளனர்.

சாலை பணிகளை கண்காணிக்க ஒவ்வொரு மண்டலத்திலும் தனி அதிகாரி நியமிக்கப்படுவார் என்று மாநகராட்சி ஆணையர் கூறினார்.

பணிகள் தரமாக நடைபெறுகிறதா என்பதை பொதுமக்களும் கண்காணிக்க வேண்டும் என்று அவர் கேட்டுக்கொண்டார்.
"""),
        must_have=[
            "பணிகள் முடிந்த தெருக்களில் உடனடியாக தார் சாலை அமைக்க வேண்டும் என்று குடியிருப்போர் சங்கம் கோரிக்கை விடுத்துள்ளது.",
            "இதற்காக ரூ.12 கோடி நிதி ஒதுக்கப்பட்டுள்ளதாக மாநகராட்சி தரப்பில் கூறப்பட்டது.",
        ]),
    # Mardom Salari (Iran, Persian): IRNA copy, 'تبریز- ایرنا-' dateline, Solar Hijri date with Persian digits.
    rec(cluster="mardomsalari-irna-tabriz-pol", role="single", file="mardomsalari_irna_tabriz_pol_fa.txt", render="text",
        title="پل تقاطع غیرهمسطح کمربندی شرقی تبریز تا پایان سال افتتاح می‌شود",
        date="2024-09-02", dateline="تبریز- ایرنا- ", city="Tabriz", country="IR", region="asia", lang="fa", agency="IRNA",
        pre=[["مردم سالاری", "صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "استان‌ها", "ورزشی"]],
        head=[["کد خبر: ۱۸۴۵۲۷"], ["۱۴۰۳/۰۶/۱۲ - ۱۰:۴۵"]],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید:", "آغاز لکه‌گیری آسفالت معابر اصلی ارومیه"]},
        tail=[["منبع: ایرنا"], ["اشتراک گذاری"], ["اخبار مرتبط"], ["نظرات"],
              ["کلیه حقوق این سایت متعلق به روزنامه مردم سالاری است."]],
        paras=P("""
معاون عمرانی شهرداری تبریز گفت پل تقاطع غیرهمسطح کمربندی شرقی این شهر تا پایان سال جاری به بهره‌برداری می‌رسد.

وی روز دوشنبه در بازدید از این پروژه افزود تاکنون بیش از ۷۰ درصد عملیات اجرایی پل انجام شده است.

به گفته وی، با افتتاح این پل ترافیک سنگین ورودی شرق تبریز به میزان قابل توجهی کاهش می‌یابد.

معاون عمرانی شهرداری گفت اعتبار مورد نیاز برای تکمیل پروژه از محل اوراق مشارکت تامین شده است.

وی اضافه کرد کارگاه پروژه در دو نوبت کاری فعالیت می‌کند تا کار پیش از بارش برف به مرحله پایانی برسد.

برخی رانندگان از کندی کار و بسته شدن مسیرهای فرعی در اطراف کارگاه گلایه دارند.

شهرداری تبریز اعلام کرد مسیرهای جایگزین با تابلو مشخص شده و پلیس راهور در ساعات اوج ترافیک در محل حضور دارد.

طول این پل حدود یک کیلومتر است و دو خط عبور در هر جهت خواهد داشت.

به گفته مسئولان شهری، پس از افتتاح این پل، ساماندهی پیاده‌روها و فضای سبز اطراف آن نیز در دستور کار قرار می‌گیرد.
"""),
        must_have=[
            "معاون عمرانی شهرداری گفت اعتبار مورد نیاز برای تکمیل پروژه از محل اوراق مشارکت تامین شده است.",
            "طول این پل حدود یک کیلومتر است و دو خط عبور در هر جهت خواهد داشت.",
        ]),
    # YEN.COM.GH (Ghana): staff, name line + GMT timestamp line, Tamale streetlights.
    rec(cluster="yen-tamale-streetlights", role="single", file="yen_tamale_streetlights.txt", render="text",
        title="Tamale residents fear for safety as streetlights stay off for months",
        date="2024-06-10", country="GH", region="africa", lang="en", authors=["Abena Owusu-Ansah"],
        pre=[["YEN.COM.GH", "News", "Politics", "Business", "Entertainment", "People", "Sports"]],
        head=[["Abena Owusu-Ansah"], ["Mon, 10 Jun 2024 15:40:12 GMT"], ["2 min read"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["READ ALSO: Kumasi motorists count cost of potholes on Lake Road"]},
        tail=[["Source: YEN.com.gh"], ["Abena Owusu-Ansah (Current Affairs writer) has covered local news for YEN.com.gh since 2021."],
              ["Share this article"], ["Subscribe to watch new videos"], ["\u00a9 2024 YEN.COM.GH. All rights reserved."]],
        paras=P("""
Residents of several suburbs in Tamale say streetlights on major roads have been off for more than four months, leaving them afraid to walk at night.

Affected areas include Kalpohin, Lamashegu and the stretch of the Bolgatanga road near the Tamale Teaching Hospital.

A trader, Fuseini Alhassan, said two of his neighbours were robbed of their phones while returning from the market after dark.

The Tamale Metropolitan Assembly said the lights went off after thieves stole cables connecting about 200 poles.

The assembly's engineer said new cables had been ordered and would be installed in phases starting next month.

He said the assembly was also considering solar-powered streetlights that do not depend on underground cables.

Assembly members urged residents to report anyone seen tampering with streetlight poles to the police.

Commercial motor riders said the dark roads had also made potholes harder to see.

The assembly said it would also repair faulty lights at major junctions within two weeks.
"""),
        must_have=[
            "The Tamale Metropolitan Assembly said the lights went off after thieves stole cables connecting about 200 poles.",
            "He said the assembly was also considering solar-powered streetlights that do not depend on underground cables.",
        ]),
    # WBUR (Boston public radio): AP copy, 'BURLINGTON, Vt. (AP) —' dateline, 'By X, Associated Press' byline.
    rec(cluster="wbur-ap-vermont-bridges", role="single", file="wbur_ap_vermont_bridges.txt", render="text",
        title="Vermont still rebuilding dozens of bridges 18 months after flooding",
        date="2025-01-14", dateline="BURLINGTON, Vt. (AP) \u2014 ", city="Burlington", country="US", region="americas",
        lang="en", agency="AP", authors=["Dana Whitcomb"],
        pre=[["WBUR", "News", "Politics", "Arts", "Podcasts", "Listen Live", "Donate"]],
        head=[["By Dana Whitcomb, Associated Press"], ["January 14, 2025"]],
        inserts={2: ["Advertisement"], 5: ["Related:", "New England towns struggle to pay for road repairs after storms"]},
        tail=[["Copyright 2025 The Associated Press. All rights reserved."], ["Share", "Email"],
              ["Support the news"], ["WBUR is Boston's NPR news station."], ["More from WBUR"]],
        paras=P("""
Vermont is still rebuilding dozens of town bridges that were damaged or destroyed in the flooding of July 2023, state transportation officials said Tuesday.

Of about 140 bridges damaged in the storms, 38 remain closed or limited to one lane.

Officials told lawmakers that contractors and steel beams have been hard to find as several states compete for the same crews.

Most of the remaining projects are on small town roads where a closed bridge can add half an hour to a trip to school or work.

In the town of Barre, a temporary bridge has carried traffic over the Stevens Branch since last winter.

Federal emergency money covers most of the cost, but towns must pay their share up front and wait to be repaid.

Several town managers said that had forced them to borrow money or delay paving projects.

The state expects all but a handful of bridges to reopen by the end of the year.
"""),
        must_have=[
            "Officials told lawmakers that contractors and steel beams have been hard to find as several states compete for the same crews.",
            "Federal emergency money covers most of the cost, but towns must pay their share up front and wait to be repaid.",
        ]),
    # News Source Guyana (newssourcegy.com): staff, 'By X' byline, Linden water mains.
    rec(cluster="newssourcegy-linden-water-mains", role="single", file="newssourcegy_linden_water_mains.txt", render="text",
        title="GWI begins replacing old water mains in Linden",
        date="2024-03-19", country="GY", region="americas", lang="en", authors=["Devika Persaud"],
        pre=[["News Source Guyana", "Home", "News", "Regional", "Business", "Sports", "Entertainment", "Opinion"]],
        head=[["By Devika Persaud"], ["March 19, 2024"]],
        inserts={2: ["Advertisement"], 5: ["Also read: Soesdyke-Linden Highway rehabilitation on schedule"]},
        tail=[["Share", "Facebook", "WhatsApp"], ["RELATED ARTICLES", "MORE FROM AUTHOR"], ["LEAVE A REPLY"],
              ["\u00a9 Copyright 2024 - News Source Guyana"]],
        paras=P("""
Guyana Water Incorporated has started replacing old water mains in Linden, where residents of several wards have complained of low pressure for years.

The first phase covers about eight kilometres of pipes in Wismar and Mackenzie and is expected to take six months.

GWI said many of the cast-iron pipes in the town were laid more than fifty years ago and now leak at almost every joint.

Residents in Amelia's Ward said they often have to collect water in buckets late at night when the pressure improves.

The utility said the new plastic mains would reduce leaks and allow water to reach homes on higher ground.

Roads dug up for the work will be restored by the contractor once each section is completed.

GWI has asked residents to store some water while connections are switched to the new mains.

A second phase for the remaining wards is planned for next year.
"""),
        must_have=[
            "The first phase covers about eight kilometres of pipes in Wismar and Mackenzie and is expected to take six months.",
            "Roads dug up for the work will be restored by the contractor once each section is completed.",
        ]),
    # Webdo (Tunisia, French): staff, 'Par X' byline, Sfax waste collection.
    rec(cluster="webdo-sfax-dechets", role="single", file="webdo_sfax_dechets_fr.txt", render="text",
        title="Sfax : les ordures s'accumulent, la municipalité promet de nouveaux camions",
        date="2025-05-06", country="TN", region="africa", lang="fr", authors=["Yassine Ben Salah"],
        pre=[["Webdo", "Actualités", "Société", "Économie", "Culture", "Sport", "Tech"]],
        head=[["Par Yassine Ben Salah"], ["6 mai 2025"]],
        inserts={2: ["Publicité"], 5: ["Lire aussi : Tunis : travaux de réfection sur l'avenue Mohamed V"]},
        tail=[["Partager", "Facebook", "LinkedIn"], ["Articles similaires"], ["Suivez Webdo sur Instagram"],
              ["\u00a9 Webdo.tn - Tous droits réservés"], ["Mentions légales"]],
        paras=P("""
Les sacs d'ordures s'accumulent depuis deux semaines dans plusieurs quartiers de Sfax, où la collecte ne passe plus qu'une fois sur trois.

Les habitants de Sakiet Ezzit et de la route de Gremda dénoncent les odeurs et la présence de chiens errants autour des dépôts sauvages.

Selon la municipalité, une grande partie des camions de collecte est en panne faute de pièces de rechange.

Le maire a annoncé l'achat de huit nouveaux camions, qui devraient être livrés avant l'été.

En attendant, des entreprises privées ont été sollicitées pour renforcer la collecte dans les quartiers les plus touchés.

Des associations de quartier ont organisé des campagnes de nettoyage le week-end dernier.

Le problème reste lié à la fermeture de la décharge d'El Gonna, qui oblige les camions à parcourir de longues distances.

Les autorités régionales disent chercher un nouveau site de traitement des déchets pour la région.

En attendant, les habitants sont invités à sortir leurs poubelles uniquement les jours de passage des camions.
"""),
        must_have=[
            "Selon la municipalité, une grande partie des camions de collecte est en panne faute de pièces de rechange.",
            "Des associations de quartier ont organisé des campagnes de nettoyage le week-end dernier.",
        ]),
    # Western Telegraph (Newsquest, Pembrokeshire): PA copy, 'By X, PA Wales Reporter' byline, IPSO footer.
    rec(cluster="westerntelegraph-pa-wales-road-backlog", role="single", file="westerntelegraph_pa_wales_road_backlog.txt", render="text",
        title="Welsh councils face growing backlog of road repairs, survey finds",
        date="2023-07-25", country="GB", region="europe", lang="en", agency="PA", authors=["Rhys Powell"],
        pre=[["Western Telegraph", "News", "Sport", "What's On", "Announcements", "Jobs", "eEdition"]],
        head=[["By Rhys Powell, PA Wales Reporter"], ["Published: 25th July 2023"], ["Share"]],
        inserts={2: ["Advertisement"], 5: ["Read more: Pembrokeshire County Council to fill 2,000 potholes this summer"]},
        tail=[["Get involved with the news in your community"], ["Send your stories and photos now"], ["Comments"],
              ["This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice."],
              ["\u00a9 Copyright 2001-2023. This site is part of Newsquest's audited local newspaper network."]],
        paras=P("""
Councils in Wales would need almost a decade and more than a billion pounds to clear their backlog of road repairs, according to an industry survey.

The annual survey of local authority highway engineers found that one in seven roads in Wales was in poor condition.

Councils filled fewer potholes last year than the year before because rising costs meant their budgets went less far.

The Asphalt Industry Alliance, which carried out the survey, said short-term patching was costing more in the long run.

The Welsh Local Government Association said councils wanted longer-term funding so they could plan resurfacing work properly.

The Welsh Government said it had given councils extra money for road maintenance in the current year.

Motoring groups said drivers were paying the price through damaged tyres and wheels.

Cycling groups warned that potholes were a particular danger to people on bikes.

The survey also found that councils expected to resurface fewer roads this year than last.
"""),
        must_have=[
            "Councils filled fewer potholes last year than the year before because rising costs meant their budgets went less far.",
            "The Welsh Local Government Association said councils wanted longer-term funding so they could plan resurfacing work properly.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_RP = site("Riau Pos", "https://riaupos.example.co.id", " - Riau Pos", "id_ID", "@riaupos",
               ["Beranda", "Pekanbaru", "Riau", "Nasional", "Ekonomi", "Olahraga"],
               ["\u00a9 2024 Riau Pos. Hak Cipta Dilindungi.", "Redaksi", "Pedoman Media Siber"],
               share=["Bagikan", "Facebook", "WhatsApp"])
SITE_SUN = site("The Sun Nigeria", "https://sunnewsonline.example.com", " | The Sun Nigeria", "en_NG", "@MySunNigeria",
                ["News", "Politics", "Business", "Sports", "Entertainment", "Opinion"],
                ["\u00a9 2025 The Sun Publishing Limited. All rights reserved.", "About Us", "Advertise"],
                share=["Share", "Facebook", "X"])
SITE_P24 = site("Plovdiv24.bg", "https://plovdiv24.example.bg", " - Plovdiv24.bg", "bg_BG", "@plovdiv24",
                ["Новини", "Пловдив", "България", "Икономика", "Спорт", "Любопитно"],
                ["\u00a9 Plovdiv24.bg 2024. Всички права запазени.", "Контакти", "Политика за поверителност"],
                share=["Сподели", "Facebook"],
                cookie="Този сайт използва бисквитки, за да подобри вашето преживяване.", buttons=["Приемам", "Настройки"])
SITE_UM = site("울산매일신문", "https://www.iusm.example.co.kr", " - 울산매일", "ko_KR", "@iusm",
               ["정치", "경제", "사회", "울산", "문화", "오피니언"],
               ["Copyright \u00a9 울산매일신문. All rights reserved.", "회사소개", "개인정보취급방침"],
               share=["페이스북", "카카오톡", "URL복사"], top=["로그인", "회원가입"])
SITE_NT = site("The Navhind Times", "https://www.navhindtimes.example.in", " | The Navhind Times", "en_IN", "@navhindtimes",
               ["Home", "Goa News", "Nation", "World", "Sports", "Buzz", "ePaper"],
               ["\u00a9 2024 The Navhind Times. All rights reserved.", "Contact Us", "Advertise"],
               share=["Share", "Facebook", "WhatsApp"])
SITE_OR = site("Orange Actualités", "https://actu.orange.example.fr", " - Orange Actualités", "fr_FR", "@orange",
               ["Actualités", "France", "Monde", "Économie", "Sport", "Insolite"],
               ["\u00a9 Orange 2024", "Mentions légales", "Gérer mes cookies"],
               share=["Partager", "Facebook", "X"],
               cookie="Orange et ses partenaires utilisent des cookies.", buttons=["Accepter", "Paramétrer"])
SITE_PN = site("Publinews", "https://www.publinews.example.gt", " - Publinews Guatemala", "es_GT", "@PublinewsGT",
               ["Noticias", "Guatemala", "Mundo", "Deportes", "Entretenimiento", "Estilo de vida"],
               ["\u00a9 2024 Publinews Guatemala. Todos los derechos reservados.", "Términos y condiciones", "Aviso de privacidad"],
               share=["Compartir", "Facebook", "WhatsApp"])
SITE_WH = site("Waitaki Herald", "https://www.waitakiherald.example.co.nz", " | Waitaki Herald", "en_NZ", "@WaitakiHerald",
               ["Home", "News", "Sport", "Rural", "Community", "Classifieds"],
               ["\u00a9 2023 Allied Press Ltd", "Contact us", "Terms"],
               share=["Share", "Facebook", "Email"])
SITE_MFP = site("Montana Free Press", "https://montanafreepress.example.org", " - Montana Free Press", "en_US", "@mtfreepress",
                ["Latest", "Politics", "Environment", "Economy", "Education", "Newsletters"],
                ["\u00a9 2024 Montana Free Press. Montana Free Press is a 501(c)(3) nonprofit newsroom.", "About", "Privacy"],
                share=["Share", "Facebook", "Email"], top=["Donate"])

HTML_STORIES = [
    # Riau Pos (Pekanbaru, Indonesian): original of the ANTARA cluster; 'Pekanbaru (ANTARA) -' dateline, 'Sumber: ANTARA' line.
    dict(ANT, role="original", file="riaupos_antara_pekanbaru_jalan_id.html", render="html",
         site=SITE_RP, section="Pekanbaru", meta_section="Pekanbaru",
         url="https://riaupos.example.co.id/pekanbaru/27/02/2024/pemkot-targetkan-perbaikan-30-ruas-jalan/",
         published="2024-02-27T13:40:00+07:00",
         ld_author=[{"@type": "Organization", "name": "ANTARA"}],
         byline_lines=["Sumber: ANTARA"], date_lines=["Selasa, 27 Februari 2024 - 13.40 WIB"],
         caption="Pekerja menambal lubang di Jalan Soekarno-Hatta, Pekanbaru.", credit="ANTARA/Fadli Ramadhan",
         credit_shown="Foto: ANTARA/Fadli Ramadhan",
         inserts={2: [("ad", "Iklan")], 5: [("link", "Baca Juga:", "Banjir rendam sejumlah ruas jalan di Rumbai")]},
         end_lines=["(ant/rpg)"],
         lists=[("Terpopuler", ["Harga cabai di Pekanbaru turun", "Jembatan Siak IV mulai diperbaiki"])]),
    # The Sun Nigeria: original of the NAN cluster; 'Lokoja, Jan. 21, 2025 (NAN)' dateline, '(NAN)' sign-off.
    dict(NAN, role="original", file="sunnigeria_nan_lokoja_bridge.html", render="html",
         site=SITE_SUN, section="News", meta_section="News",
         url="https://sunnewsonline.example.com/fg-begins-emergency-repair-of-eroded-bridge-on-lokoja-abuja-highway/",
         published="2025-01-21T15:20:00+01:00",
         byline_lines=["By Idris Okpanachi"], date_lines=["21st January 2025"],
         caption="Vehicles queue at the diversion near the damaged bridge.", credit="NAN", credit_shown="Photo: NAN",
         inserts={2: [("ad", "Advertisement")], 5: [("link", "Also Read:", "Kogi govt flags off rehabilitation of Ganaja road")]},
         end_lines=["(NAN)"],
         lists=[("Latest", ["Reps urge FG to fix failed portions of Benin-Ore road", "Kogi residents decry erosion menace"])]),
    # Plovdiv24 (Bulgaria, Bulgarian): BTA copy, 'Пловдив, 12 март (БТА) -' dateline, consent banner.
    rec(cluster="plovdiv24-bta-remont-ulitsi", role="single", file="plovdiv24_bta_remont_ulitsi_bg.html", render="html",
        site=SITE_P24, title="Ремонтират 40 улици в Пловдив до края на годината",
        date="2024-03-12", dateline="Пловдив, 12 март (БТА) - ", city="Plovdiv", country="BG", region="europe", lang="bg",
        agency="BTA", section="Пловдив", meta_section="Пловдив",
        url="https://plovdiv24.example.bg/novini/plovdiv/remontirat-40-ulici-v-plovdiv-do-kraya-na-godinata-1184512",
        description="Общината обяви списъка на улиците, които ще бъдат асфалтирани.",
        published="2024-03-12T12:15:00+02:00",
        ld_author=[{"@type": "Organization", "name": "БТА"}],
        byline_lines=["БТА"], date_lines=["12 март 2024, 12:15"],
        caption="Асфалтиране на улица в район Тракия.", credit="Plovdiv24.bg", credit_shown="Снимка: Plovdiv24.bg",
        inserts={2: [("ad", "Реклама")], 5: [("link", "Прочетете още:", "Затварят Бетонния мост за ремонт")]},
        lists=[("Най-четени", ["Нови линии на градския транспорт", "Спират водата в Смирненски"])],
        paras=P("""
Четиридесет улици в Пловдив ще бъдат ремонтирани до края на годината, съобщиха от общината.

Списъкът включва улици във всички шест района на града, като най-много са в районите Тракия и Западен.

Общината предвижда за ремонтите около 18 милиона лева от собствения си бюджет.

Заместник-кметът по строителството заяви, че приоритет ще имат улиците, по които минава градски транспорт.

По думите му най-напред ще бъде подменено водопроводното трасе там, където то е старо, за да не се разкопава новият асфалт.

Работата ще започне през април и ще се извършва на етапи, за да не се блокира движението.

Жители на квартал Кършияка отдавна настояват за ремонт на улиците, които са в лошо състояние от години.

Общината ще публикува графика на ремонтите на своя сайт всяка седмица.

Шофьорите ще бъдат предупреждавани за затворените участъци и обходните маршрути чрез табели и съобщения в мобилното приложение на общината.

Според общинските съветници от опозицията сумата не е достатъчна, защото в града има над 200 улици, които се нуждаят от спешен ремонт.

Те предлагат част от средствата да бъдат осигурени чрез безлихвен заем от държавата.
"""),
        must_have=[
            "По думите му най-напред ще бъде подменено водопроводното трасе там, където то е старо, за да не се разкопава новият асфалт.",
            "Общината ще публикува графика на ремонтите на своя сайт всяка седмица.",
        ]),
    # Ulsan Maeil (South Korea, Korean): staff, '이름 기자' byline, '입력' date line, sinkhole from an old water main.
    rec(cluster="ulsanmaeil-sinkhole-water-main", role="single", file="ulsanmaeil_sinkhole_sangsudo_ko.html", render="html",
        site=SITE_UM, title="울산 남구 도로 땅꺼짐… 노후 상수도관 누수 원인 추정",
        date="2024-08-21", country="KR", region="asia", lang="ko", authors=["이수진"],
        section="사회", meta_section="사회",
        url="https://www.iusm.example.co.kr/news/articleView.html?idxno=512384",
        description="울산시는 노후 상수도관 교체 사업을 앞당기기로 했다.",
        published="2024-08-21T17:10:00+09:00",
        byline_lines=["이수진 기자"], date_lines=["입력 2024.08.21 17:10"],
        caption="21일 울산 남구 삼산동 도로에 생긴 땅꺼짐 현장.", credit="울산시", credit_shown="ⓒ울산시",
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "울산 도심 노후 하수관 정비 본격화")]},
        end_lines=["이수진 기자 sujin@example.co.kr"],
        lists=[("많이 본 뉴스", ["태화강 보행교 야간 조명 교체", "울산 시내버스 노선 개편"])],
        paras=P("""
울산 남구 삼산동의 한 도로에서 땅꺼짐이 발생해 차량 통행이 한때 통제됐다.

21일 울산시에 따르면 이날 오전 7시께 삼산동 도로 한가운데에 지름 1.5m, 깊이 1m 크기의 구멍이 생겼다.

당시 지나던 차량은 없어 인명 피해는 없었다.

시는 땅속에 묻힌 지 40년이 넘은 상수도관에서 물이 새면서 주변 흙이 쓸려 나간 것으로 보고 있다.

시는 긴급 복구 작업을 벌여 오후 늦게 차량 통행을 재개했다.

인근 상인들은 출근 시간에 도로가 막히면서 손님이 크게 줄었다고 말했다.

울산시는 내년으로 예정했던 남구 지역 노후 상수도관 교체 사업을 올해 하반기로 앞당기기로 했다.

또 지표 투과 레이더 장비를 이용해 주요 도로 아래 빈 공간이 있는지 조사할 계획이다.

시 관계자는 비슷한 사고가 나지 않도록 노후 관로를 순서대로 바꾸겠다고 말했다.

울산에서는 최근 3년 동안 크고 작은 땅꺼짐 사고가 20건 넘게 발생했으며 대부분 오래된 상하수도관 주변에서 일어났다.

전문가들은 장마철과 태풍 이후에는 땅속 흙이 더 쉽게 쓸려 나가기 때문에 집중 점검이 필요하다고 지적했다.

시민단체는 노후 관로 위치와 교체 계획을 시민들이 쉽게 확인할 수 있도록 공개해야 한다고 요구했다.

울산시는 도로에 금이 가거나 물이 고이는 등 이상 징후를 발견하면 즉시 신고해 달라고 당부했다.

시는 신고가 들어오면 현장에 직원을 보내 안전 여부를 확인하고 필요하면 통행을 제한할 방침이다.
"""),
        must_have=[
            "시는 땅속에 묻힌 지 40년이 넘은 상수도관에서 물이 새면서 주변 흙이 쓸려 나간 것으로 보고 있다.",
            "또 지표 투과 레이더 장비를 이용해 주요 도로 아래 빈 공간이 있는지 조사할 계획이다.",
        ]),
    # The Navhind Times (Goa, gzipped page): staff, 'NT NETWORK' desk byline, Margao potholes.
    rec(cluster="navhindtimes-margao-potholes", role="single", file="navhindtimes_margao_potholes.html.gz", render="html",
        site=SITE_NT, title="Potholes return on Margao roads weeks after monsoon patchwork",
        date="2024-07-16", country="IN", region="asia", lang="en",
        section="Goa News", meta_section="Goa News",
        url="https://www.navhindtimes.example.in/2024/07/16/goanews/potholes-return-on-margao-roads/",
        description="Residents say patchwork done in June has already washed away.",
        published="2024-07-16T00:45:00+05:30",
        byline_lines=["NT NETWORK"], date_lines=["July 16, 2024"],
        caption="A pothole-ridden stretch near the Margao municipal market.", credit="NT", credit_shown="Photo: NT",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Also Read:", "PWD to resurface Panaji roads after monsoon")]},
        lists=[("Latest News", ["Water supply hit in parts of Salcete", "Colva beach road to be widened"])],
        paras=P("""
Potholes have reappeared on several roads in Margao only weeks after the Public Works Department patched them before the monsoon.

The worst stretches are near the municipal market, on the road to Fatorda and along the Aquem-Navelim link road.

Shopkeepers near the market said two-wheeler riders were skidding in the water-filled holes almost every day.

A PWD engineer said the department had used cold mix to fill potholes because hot asphalt cannot be laid during heavy rain.

He said permanent resurfacing would be taken up after the monsoon, once the tendering process is completed.

The Margao Municipal Council said the damage was worse where underground cables had been laid last year.

Local councillors have asked the PWD to use paver blocks on the stretches that flood every year.

Commuters said the potholes had slowed traffic on the busy road to the railway station.

Residents have also complained that streetlights on some of the damaged stretches are not working, making the potholes harder to see at night.
"""),
        must_have=[
            "A PWD engineer said the department had used cold mix to fill potholes because hot asphalt cannot be laid during heavy rain.",
            "Local councillors have asked the PWD to use paver blocks on the stretches that flood every year.",
        ]),
    # Orange Actualités (France, French): AFP copy, 'Kinshasa (AFP) -' dateline, '© AFP/...' photo credit.
    rec(cluster="orange-afp-kinshasa-routes", role="single", file="orange_afp_kinshasa_routes_fr.html", render="html",
        site=SITE_OR, title="A Kinshasa, les routes défoncées par les pluies paralysent la circulation",
        date="2024-04-03", dateline="Kinshasa (AFP) - ", city="Kinshasa", country="CD", region="africa", lang="fr",
        agency="AFP", section="Monde", meta_section="Monde",
        url="https://actu.orange.example.fr/monde/a-kinshasa-les-routes-defoncees-par-les-pluies-paralysent-la-circulation-CNT000002AbCdE.html",
        description="Les embouteillages s'allongent dans la capitale congolaise.",
        published="2024-04-03T15:12:00+02:00",
        ld_author=[{"@type": "Organization", "name": "AFP"}],
        byline_lines=["AFP"], date_lines=["Publié le 03/04/2024 à 15h12"],
        caption="Des voitures dans une rue inondée de Kinshasa.", credit="AFP/Junior Kalala", credit_shown="\u00a9 AFP/Junior Kalala",
        inserts={2: [("ad", "Publicité")], 5: [("link", "A lire aussi", "RDC : un pont s'effondre sur la route de Matadi")]},
        end_lines=["\u00a9 2024 AFP"],
        lists=[("Les plus lus", ["Météo : orages attendus dans le Sud-Ouest", "Le prix du gazole recule"])],
        paras=P("""
Des nids-de-poule profonds comme des baignoires, des chaussées emportées et des embouteillages de plusieurs heures : à Kinshasa, les pluies ont encore dégradé les routes de la capitale congolaise.

Sur le boulevard Lumumba, principal axe vers l'aéroport, des véhicules restent bloqués pendant des heures aux heures de pointe.

Les chauffeurs de taxi-bus disent avoir doublé le prix de certaines courses pour compenser le carburant consommé dans les bouchons.

Les autorités provinciales ont lancé la construction de plusieurs échangeurs, dits sauts-de-mouton, pour fluidifier la circulation.

Mais les travaux, prévus pour durer un an, ont pris du retard et obligent les automobilistes à emprunter des déviations étroites.

Un ingénieur de l'Office des voiries et drainage explique que beaucoup de caniveaux sont bouchés par des déchets plastiques.

Selon lui, l'eau stagne alors sur la chaussée et détruit l'asphalte en quelques semaines.

Les habitants réclament un curage régulier des caniveaux avant chaque saison des pluies.
"""),
        must_have=[
            "Les autorités provinciales ont lancé la construction de plusieurs échangeurs, dits sauts-de-mouton, pour fluidifier la circulation.",
            "Un ingénieur de l'Office des voiries et drainage explique que beaucoup de caniveaux sont bouchés par des déchets plastiques.",
        ]),
    # Publinews (Guatemala, Spanish): staff, 'Por X' byline, Mixco potholes.
    rec(cluster="publinews-mixco-baches", role="single", file="publinews_mixco_baches_es.html", render="html",
        site=SITE_PN, title="Vecinos de Mixco reportan más de 300 baches tras las primeras lluvias",
        date="2024-06-25", country="GT", region="americas", lang="es", authors=["Karla Ajcip"],
        section="Guatemala", meta_section="Guatemala",
        url="https://www.publinews.example.gt/gt/noticias/2024/06/25/vecinos-de-mixco-reportan-mas-de-300-baches.html",
        description="La municipalidad asegura que cuadrillas trabajan de noche para taparlos.",
        published="2024-06-25T08:30:00-06:00",
        byline_lines=["Por Karla Ajcip"], date_lines=["25 de junio de 2024"],
        caption="Un bache en la calzada San Juan, en Mixco.", credit="Omar Solís", credit_shown="Foto: Omar Solís",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Lee también:", "Cierran carril de puente en la calzada Roosevelt")]},
        lists=[("Lo más leído", ["Alerta por lluvias en el altiplano", "Nuevo horario del Transmetro"])],
        paras=P("""
Vecinos de Mixco han reportado más de 300 baches en calles y avenidas del municipio desde que comenzó la temporada de lluvias.

Los reportes se concentran en la calzada San Juan, la colonia El Milagro y la zona de Lo de Bran.

Motoristas aseguran que algunos baches tienen más de medio metro de ancho y provocan daños en llantas y amortiguadores.

La municipalidad informó que cuatro cuadrillas trabajan de noche para tapar los agujeros con mezcla asfáltica.

Un portavoz municipal indicó que los vecinos pueden reportar baches por medio de una línea de WhatsApp.

También explicó que varios tramos tienen tuberías de drenaje colapsadas, por lo que el arreglo tardará más.

Conductores del transporte público dicen que los baches alargan los recorridos en hora pico.

La comuna espera terminar la primera ronda de reparaciones antes de agosto.

Mientras tanto, los vecinos piden que se coloquen conos o rótulos junto a los baches más grandes para evitar accidentes durante la noche.
"""),
        must_have=[
            "La municipalidad informó que cuatro cuadrillas trabajan de noche para tapar los agujeros con mezcla asfáltica.",
            "También explicó que varios tramos tienen tuberías de drenaje colapsadas, por lo que el arreglo tardará más.",
        ]),
    # Waitaki Herald (Oamaru, Allied Press): staff, 'By X' byline, LED streetlight upgrade.
    rec(cluster="waitakiherald-oamaru-led-lights", role="single", file="waitakiherald_oamaru_led_streetlights.html", render="html",
        site=SITE_WH, title="Oamaru streetlights switch to LED as council upgrade nears end",
        date="2023-05-10", country="NZ", region="oceania", lang="en", authors=["Hamish Rutledge"],
        section="News", meta_section="News",
        url="https://www.waitakiherald.example.co.nz/news/oamaru-streetlights-switch-to-led/",
        description="The new lights use about half the power of the old sodium lamps.",
        published="2023-05-10T12:00:00+12:00",
        byline_lines=["By Hamish Rutledge"], date_lines=["Wednesday, 10 May 2023"],
        caption="A contractor replaces a streetlight on Thames St.", credit="Hamish Rutledge", credit_shown="Photo: Hamish Rutledge",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "Council consults on Severn St footpath upgrade")]},
        author_box=["Hamish Rutledge is a Waitaki Herald reporter. Contact him at hamish.rutledge@example.co.nz."],
        lists=[("Latest", ["Harbour St cafe reopens", "Waitaki rugby draw announced"])],
        paras=P("""
Most of Oamaru's orange streetlights have now been replaced with white LED lights, as a district council upgrade nears completion.

Contractors have changed about 2600 lights in Oamaru and the surrounding towns since the project started last year.

The Waitaki District Council says the new lights use about half the power of the old sodium lamps and need less maintenance.

Waka Kotahi NZ Transport Agency paid for most of the project through its road maintenance funding.

Some residents on Thames St said the new lights were too bright and shone into their bedrooms.

Council roading manager Jo Mahuika said shields could be fitted to lights where people had complained.

Lights in the historic precinct will keep a warmer colour so that the Victorian buildings look as they did.

The last lights are expected to be changed by the end of June.

The council says the savings on power will be put back into footpath repairs across the district.
"""),
        must_have=[
            "Council roading manager Jo Mahuika said shields could be fitted to lights where people had complained.",
            "Lights in the historic precinct will keep a warmer colour so that the Victorian buildings look as they did.",
        ]),
    # Montana Free Press (nonprofit): staff, 'By X' byline, republish notice, rural bridge funding.
    rec(cluster="mtfreepress-county-bridges", role="single", file="mtfreepress_county_bridges.html", render="html",
        site=SITE_MFP, title="Montana counties race to replace aging timber bridges as costs climb",
        date="2024-09-18", country="US", region="americas", lang="en", authors=["Tess Lindqvist"],
        section="Economy", meta_section="Economy",
        url="https://montanafreepress.example.org/2024/09/18/montana-counties-timber-bridges/",
        description="More than a third of county bridges are over 60 years old.",
        published="2024-09-18T06:00:00-06:00",
        byline_lines=["By Tess Lindqvist", "September 18, 2024"], date_lines=[],
        caption="A one-lane timber bridge on a county road near Lewistown.", credit="Tess Lindqvist / MTFP",
        credit_shown="Credit: Tess Lindqvist / MTFP",
        inserts={2: [("ad", "Support independent Montana journalism")], 5: [("link", "Related:", "Lawmakers weigh gas tax for local roads")]},
        author_box=["Tess Lindqvist covers infrastructure and rural communities for Montana Free Press."],
        end_lines=["We believe in the importance of independent news. Republish this article for free."],
        lists=[("Latest stories", ["Helena council approves water rate increase", "Billings bridge reopens after repairs"])],
        paras=P("""
County commissioners across rural Montana say they are struggling to replace old timber bridges as construction costs keep rising.

More than a third of the bridges on county roads in the state are over 60 years old, according to state records.

Many were built for lighter farm trucks and now carry grain haulers and cattle trailers much heavier than their design loads.

In Fergus County, commissioners closed two bridges this summer after inspectors found rotting pilings.

A replacement that cost about 400,000 dollars a decade ago now costs close to a million, one commissioner said.

Federal grants are available, but small counties say the applications require engineering work they cannot afford in advance.

The Montana Department of Transportation runs a program that helps counties share engineers and bid several bridges together.

Commissioners say they will ask lawmakers next session for a dedicated state fund for local bridges.

Until then, some counties have posted lower weight limits on their oldest bridges and asked haulers to use longer routes.
"""),
        must_have=[
            "Many were built for lighter farm trucks and now carry grain haulers and cattle trailers much heavier than their design loads.",
            "The Montana Department of Transportation runs a program that helps counties share engineers and bid several bridges together.",
        ]),
]


# ---- news-please and trafilatura JSON ----------------------------------------------

JSON_STORIES = [
    # news-please, The Standard (Gambia): staff, 'By X' byline, Bakoteh dumpsite and Kanifing waste collection.
    rec(cluster="standardgm-kanifing-waste", role="single", file="newsplease_standardgm_kanifing_waste.json",
        render="newsplease", title="KMC deploys new trucks as Bakoteh dumpsite fires choke residents",
        date="2024-01-30", country="GM", region="africa", lang="en", authors=["Lamin Sanneh"],
        url="https://standard.example.gm/kmc-deploys-new-trucks-as-bakoteh-dumpsite-fires-choke-residents/",
        source_domain="standard.example.gm",
        description="The council says the new trucks will double the number of daily collections.",
        np_authors=["Lamin Sanneh"], np_publish="2024-01-30 10:20:00", np_download="2024-01-30 14:05:33",
        head_lines=["By Lamin Sanneh", "January 30, 2024"],
        inserts={2: ["Advertisement"], 5: ["Read also: Banjul sewerage project nears completion"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "Related", "Leave a Reply", "Your email address will not be published.",
                    "The Standard Newspaper", "Gambia's leading independent daily", "\u00a9 2024 The Standard. All rights reserved.",
                    "Contact us", "Advertise"],
        paras=P("""
The Kanifing Municipal Council has deployed ten new refuse trucks as residents near the Bakoteh dumpsite complain of smoke from fires at the site.

The council said the trucks would double the number of collections in Serekunda, Latrikunda and other crowded areas.

Residents of Bakoteh said smoke from the burning waste had made it hard for children to sleep at night.

A resident, Fatou Jallow, said her family had visited the health centre several times because of coughing.

The council's director of services said fire crews had been stationed at the dumpsite to put out fires quickly.

He said the council was working with partners on a plan to close the dumpsite and move waste to a managed landfill.

The council urged households to pay their waste collection fees so that the service can continue.

Environmental groups called for more recycling and composting to reduce the amount of waste sent to the site.
"""),
        must_have=[
            "The council's director of services said fire crews had been stationed at the dumpsite to put out fires quickly.",
            "The council urged households to pay their waste collection fees so that the service can continue.",
        ]),
    # news-please, Timmins Daily Press (Postmedia): staff, 'Author of the article:' line, winter water main breaks.
    rec(cluster="timminspress-water-main-breaks", role="single", file="newsplease_timminspress_water_main_breaks.json",
        render="newsplease", title="Cold snap brings string of water main breaks in Timmins",
        date="2025-02-11", country="CA", region="americas", lang="en", authors=["Chantal Bélanger-Roy"],
        url="https://www.timminspress.example.com/news/local-news/cold-snap-brings-string-of-water-main-breaks-in-timmins",
        source_domain="www.timminspress.example.com",
        description="City crews have repaired seven breaks in a week.",
        np_authors=["Chantal Bélanger-Roy"], np_publish="2025-02-11 21:15:00", np_download="2025-02-12 03:40:18",
        head_lines=["Author of the article:", "Chantal Bélanger-Roy", "Published Feb 11, 2025", "2 minute read"],
        inserts={2: ["Advertisement 2"], 5: ["Article content"]},
        tail_lines=["Share this article in your social network", "Comments",
                    "Postmedia is committed to maintaining a lively but civil forum for discussion.",
                    "This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic.",
                    "Trending", "Latest National Stories", "Sign up for the Timmins Daily Press newsletter", "Our Sites", "Terms of Use", "\u00a9 2025 Timmins Daily Press, a division of Postmedia Network Inc. All rights reserved."],
        paras=P("""
City crews in Timmins have repaired seven water main breaks in a week as frost pushes deeper into the ground during a long cold snap.

The worst break, on Algonquin Boulevard, left dozens of homes and businesses without water for most of a day.

The city's director of public works said frost can reach more than two metres down in a cold winter and shift the soil around old pipes.

He said most of the breaks were on cast-iron mains installed in the 1950s and 1960s.

The city plans to replace about three kilometres of old mains this summer as part of its road reconstruction program.

Residents are asked to report water running on the street or a sudden drop in pressure to the city's after-hours line.

Some homeowners have been told to run a tap at a pencil-thin stream to stop service pipes from freezing.

The city said crews would work extra shifts until temperatures rise.
"""),
        must_have=[
            "He said most of the breaks were on cast-iron mains installed in the 1950s and 1960s.",
            "The city plans to replace about three kilometres of old mains this summer as part of its road reconstruction program.",
        ]),
    # news-please, Wiltshire Times (Newsquest): staff, 'By X' + role line, Trowbridge building project delay.
    rec(cluster="wiltshiretimes-trowbridge-leisure-centre", role="single", file="newsplease_wiltshiretimes_trowbridge_leisure.json",
        render="newsplease", title="Trowbridge leisure centre opening pushed back again after building delays",
        date="2024-05-14", country="GB", region="europe", lang="en", authors=["Oliver Cade"],
        url="https://www.wiltshiretimes.example.co.uk/news/24318765.trowbridge-leisure-centre-opening-pushed-back/",
        source_domain="www.wiltshiretimes.example.co.uk",
        description="The council now expects the centre to open in the autumn.",
        np_authors=["Oliver Cade"], np_publish="2024-05-14 16:30:00", np_download="2024-05-14 19:02:44",
        head_lines=["By Oliver Cade", "Local Democracy Reporter", "Share"],
        inserts={2: ["Advertisement"], 5: ["Read more: Work starts on new roundabout at Hilperton"]},
        tail_lines=["Get involved with the news in your community", "Send your stories and photos now", "Comments",
                    "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
                    "Wiltshire Times", "Part of the Newsquest network", "Most Read", "Sign up for our daily newsletter", "Contact us", "\u00a9 Copyright 2001-2024."],
        paras=P("""
The opening of the new leisure centre in Trowbridge has been pushed back again, this time until the autumn, after delays with the building work.

Wiltshire Council had hoped to open the centre, which includes a 25-metre pool and a sports hall, in the spring.

A council report said the contractor had found problems with drainage under the site and had to redesign part of the foundations.

The cost of the project has risen by about 1.8 million pounds to more than 24 million pounds.

The cabinet member for leisure said the council understood residents' frustration and would give updates every month.

Swimming clubs have been using pools in Bradford on Avon and Melksham while the old centre is closed.

Parents said the longer journeys had made it harder for children to get to lessons after school.

The council said it would offer discounted memberships for the first three months after the centre opens.
"""),
        must_have=[
            "A council report said the contractor had found problems with drainage under the site and had to redesign part of the foundations.",
            "Swimming clubs have been using pools in Bradford on Avon and Melksham while the old centre is closed.",
        ]),
    # trafilatura, Sundsvalls Tidning (Sweden, Swedish): staff, name line + date line, footbridge repair.
    rec(cluster="st-sundsvall-gangbro", role="single", file="trafilatura_sundsvallstidning_gangbro_sv.json",
        render="trafilatura", title="Gångbron över Selångersån stängs i sex månader för renovering",
        date="2023-10-05", country="SE", region="europe", lang="sv", authors=["Erik Lindgren"], section="Sundsvall",
        url="https://www.st.example.nu/2023-10-05/gangbron-over-selangersan-stangs-i-sex-manader",
        hostname="st.example.nu", source_hostname="Sundsvalls Tidning",
        description="Kommunen hänvisar gående och cyklister till Storgatan.",
        tf_author="Erik Lindgren", tf_date="2023-10-05", tf_language="sv", categories="Sundsvall;Trafik",
        head_lines=["Erik Lindgren", "Publicerad 5 oktober 2023 06:00"],
        inserts={2: ["Annons"], 5: ["Läs också: Gatubelysningen byts ut på Norrmalm"]},
        tail_lines=["Dela artikeln", "Facebook", "Kopiera länk", "Mer från Sundsvall", "Mest läst",
                    "Prenumerera på ST", "Läs vidare med ST Digital", "Ansvarig utgivare: Mattias Wallin",
                    "\u00a9 Sundsvalls Tidning", "Kundservice", "Mittmedia är en del av Bonnier News Local"],
        paras=P("""
Gångbron över Selångersån i centrala Sundsvall stängs i sex månader från och med november för en omfattande renovering.

Bron är drygt femtio år gammal och vid en besiktning i våras hittades rostskador på flera av stålbalkarna.

Kommunen ska byta ut brobanan, blästra och måla stålkonstruktionen och sätta upp nya räcken.

Under renoveringen hänvisas gående och cyklister till Storgatan, vilket innebär en omväg på några hundra meter.

Projektledaren på kommunen säger att arbetet måste göras nu för att bron inte ska behöva stängas helt längre fram.

Renoveringen beräknas kosta omkring 14 miljoner kronor.

Några boende på Norrmalm är oroliga för att omvägen blir lång och hal under vintern.

Kommunen lovar att snöröja och sanda omledningsvägen extra ofta.

Bron används av omkring tvåtusen personer varje dag, enligt kommunens mätningar från i fjol.

Många av dem är elever som går till gymnasieskolan på andra sidan ån och pendlare som tar sig till resecentrum.

Kommunen har också undersökt om en tillfällig gångbro kan byggas bredvid den gamla, men bedömt att det blir för dyrt.

Synpunkter på omledningen kan lämnas till kommunens kundtjänst under hela byggtiden.
"""),
        must_have=[
            "Kommunen ska byta ut brobanan, blästra och måla stålkonstruktionen och sätta upp nya räcken.",
            "Kommunen lovar att snöröja och sanda omledningsvägen extra ofta.",
        ]),
    # trafilatura, Shabiba (Oman, Arabic): ONA copy, 'صحار في 14 مايو /العُمانية/' dateline.
    rec(cluster="shabiba-ona-sohar-roads", role="single", file="trafilatura_shabiba_ona_sohar_turuq_ar.json",
        render="trafilatura", title="بدء أعمال ازدواجية طريق صحار الساحلي بطول 12 كيلومترًا",
        date="2024-05-14", dateline="صحار في 14 مايو /العُمانية/ ", city="Sohar", country="OM", region="asia", lang="ar",
        agency="ONA", section="محليات",
        url="https://shabiba.example.com/article/1184523",
        hostname="shabiba.example.com", source_hostname="الشبيبة",
        description="يهدف المشروع إلى تخفيف الازدحام المروري في ولاية صحار.",
        tf_author=None, tf_date="2024-05-14", tf_language="ar", categories="محليات;اقتصاد",
        head_lines=["الشبيبة", "الثلاثاء 14 مايو 2024 - 11:30 ص"],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضًا: افتتاح جسر جديد في ولاية صحم"]},
        tail_lines=["/العُمانية/", "شارك", "فيسبوك", "واتساب", "أخبار ذات صلة", "الأكثر قراءة",
                    "تابعونا على قناة الشبيبة في واتساب", "النسخة الورقية", "سياسة الخصوصية", "جميع الحقوق محفوظة لجريدة الشبيبة \u00a9 2024", "اتصل بنا"],
        paras=P("""
بدأت بلدية صحار اليوم أعمال ازدواجية الطريق الساحلي في الولاية بطول 12 كيلومترًا ضمن خطة لتطوير شبكة الطرق في محافظة شمال الباطنة.

وقال مدير دائرة الطرق ببلدية صحار إن المشروع يشمل إنشاء مسارين في كل اتجاه وإنارة الطريق بالكامل.

وأضاف أن المشروع يتضمن أيضًا إنشاء دوارين جديدين وممرات للمشاة قرب المدارس والأسواق.

وأوضح أن مدة تنفيذ المشروع تبلغ عامين وأن العمل سيتم على مراحل لتقليل تأثيره على الحركة المرورية.

ويشهد الطريق الساحلي ازدحامًا كبيرًا في ساعات الذروة بسبب النمو السكاني والتجاري في المنطقة.

وأشار المدير إلى أنه سيتم تركيب لوحات إرشادية للطرق البديلة خلال فترة التنفيذ.

ودعت البلدية مستخدمي الطريق إلى الالتزام بالسرعات المحددة في مناطق العمل حفاظًا على سلامتهم.

ويأتي المشروع ضمن عدد من مشاريع الطرق التي تنفذها المحافظة خلال العام الجاري.

وأعرب عدد من سكان الولاية عن ارتياحهم لبدء المشروع الذي طال انتظاره، مؤكدين أن الطريق الحالي لم يعد يستوعب أعداد المركبات المتزايدة.

كما طالب أصحاب المحلات التجارية على جانبي الطريق بتوفير مواقف كافية للسيارات بعد الانتهاء من أعمال التوسعة.

وأكدت البلدية أنها ستعمل على تنسيق الأعمال مع الجهات المعنية بخدمات المياه والكهرباء لتجنب انقطاعها عن المنازل.
"""),
        must_have=[
            "وأضاف أن المشروع يتضمن أيضًا إنشاء دوارين جديدين وممرات للمشاة قرب المدارس والأسواق.",
            "ودعت البلدية مستخدمي الطريق إلى الالتزام بالسرعات المحددة في مناطق العمل حفاظًا على سلامتهم.",
        ]),
    # trafilatura, Trome (Peru, Spanish): staff, 'Redacción Trome' desk line, San Juan de Lurigancho potholes.
    rec(cluster="trome-sjl-huecos", role="single", file="trafilatura_trome_sjl_huecos_es.json",
        render="trafilatura", title="San Juan de Lurigancho: vecinos tapan huecos con piedras y llantas",
        date="2025-03-08", country="PE", region="americas", lang="es", section="Actualidad",
        url="https://trome.example.pe/actualidad/san-juan-de-lurigancho-vecinos-tapan-huecos-con-piedras-y-llantas-noticia/",
        hostname="trome.example.pe", source_hostname="Trome",
        description="Los vecinos piden a la municipalidad asfaltar la avenida.",
        tf_author="Redacción Trome", tf_date="2025-03-08", tf_language="es", categories="Actualidad;Lima",
        head_lines=["Redacción Trome", "08/03/2025 07:15"],
        inserts={2: ["Publicidad"], 5: ["LEE TAMBIÉN: Cierran puente en Chosica por huaico"]},
        tail_lines=["Comparte esta noticia", "Facebook", "WhatsApp", "Más noticias", "Lo último", "Síguenos en Google Noticias",
                    "Únete a nuestro canal de WhatsApp", "\u00a9 Empresa Editora El Comercio. Todos los derechos reservados.",
                    "Términos y condiciones", "Libro de reclamaciones", "Política de privacidad"],
        paras=P("""
Cansados de esperar, vecinos de San Juan de Lurigancho han empezado a tapar con piedras, desmonte y llantas viejas los huecos de la avenida Próceres de la Independencia.

Según los moradores, algunos huecos tienen más de un metro de ancho y se llenan de agua cada vez que se rompe una tubería.

Los mototaxistas cuentan que han tenido que cambiar llantas y aros varias veces en pocos meses.

Doña Rosa Quispe, que tiene una bodega en la zona, dijo que los carros pasan por la vereda para esquivar los huecos.

La municipalidad distrital informó que el tramo será asfaltado, pero que primero Sedapal debe cambiar las tuberías de agua.

Sedapal indicó que la obra de cambio de redes empezará en abril y durará unos tres meses.

Los vecinos piden que mientras tanto se coloquen señales para evitar accidentes durante la noche.

Dirigentes vecinales anunciaron que harán un plantón frente al municipio si no hay respuesta.
"""),
        must_have=[
            "La municipalidad distrital informó que el tramo será asfaltado, pero que primero Sedapal debe cambiar las tuberías de agua.",
            "Los vecinos piden que mientras tanto se coloquen señales para evitar accidentes durante la noche.",
        ]),
]


# ---- JSONL batches ------------------------------------------------------------------

SITE_VHT = site("Victor Harbor Times", "https://www.victorharbortimes.example.com.au", " | Victor Harbor Times", "en_AU", "@VHTimes",
                ["News", "Sport", "Community", "Opinion", "Lifestyle", "Property"],
                ["\u00a9 2024 Australian Community Media", "Privacy Policy", "Terms of Use"],
                share=["Share", "Facebook", "Email"])

JSONL_STORIES = [
    # newsbeam text shape: the MTI story on Mandiner (syndicated member of the MTI cluster).
    dict(MTI, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://mandiner.example.hu/belfold/2024/04/tizenket-utca-burkolatat-ujitjak-fel-nagykanizsan",
         nb_published="2024-04-09T13:05:00Z", outlet="Mandiner", nb_authors=["MTI"],
         head_lines=["Mandiner", "2024. április 9. 15:05", "MTI"],
         tail_lines=["Címlapról ajánljuk", "Megosztás", "Facebook", "X", "Kövesse a Mandinert a Telegramon is!",
                     "Legolvasottabb", "Hírlevél feliratkozás", "Hozzászólások", "A hozzászóláshoz be kell jelentkeznie.",
                     "\u00a9 Mandiner 2024", "Impresszum", "Adatvédelem"]),
    # news-please shape: the ANTARA story on VIVA.co.id (syndicated member of the ANTARA cluster).
    dict(ANT, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.viva.example.co.id/berita/nasional/1698432-pemkot-pekanbaru-targetkan-perbaikan-30-ruas-jalan",
         source_domain="www.viva.example.co.id",
         np_authors=["Antara"], np_publish="2024-02-27 14:55:00", np_download="2024-02-27 17:21:09",
         head_lines=["Antara", "Selasa, 27 Februari 2024 - 14:55 WIB", "Nasional"],
         tail_lines=["(ant)", "Bagikan", "Facebook", "X", "WhatsApp", "Berita Terkait", "Terpopuler", "Terkini",
                     "Ikuti VIVA di Google News", "Download aplikasi VIVA", "\u00a9 2024 VIVA.co.id", "Hak cipta dilindungi undang-undang"]),
    # newsbeam html shape: Victor Harbor Times (ACM, South Australia): staff, name + role line, fortnightly bin collection.
    rec(cluster="vht-fortnightly-bins", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_VHT, title="Victor Harbor to move to fortnightly rubbish collection from July",
        date="2024-02-08", country="AU", region="oceania", lang="en", authors=["Sam Pettigrew"],
        section="News", meta_section="News",
        url="https://www.victorharbortimes.example.com.au/story/8523417/victor-harbor-to-move-to-fortnightly-rubbish-collection/",
        description="Green organics bins will be collected every week instead.",
        published="2024-02-08T15:00:00+10:30",
        byline_lines=["Sam Pettigrew", "Journalist"], date_lines=["February 8 2024 - 3:00pm"],
        caption="Kerbside bins on Ocean Street.", credit="Sam Pettigrew", credit_shown="Picture by Sam Pettigrew",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Causeway works to close Granite Island path")]},
        end_lines=["Sam Pettigrew is a journalist at the Victor Harbor Times. Email: sam.pettigrew@example.com.au"],
        lists=[("More from News", ["Encounter Bay boat ramp upgrade approved", "Hindmarsh Island bridge resurfacing"])],
        nb_published="2024-02-08T04:30:00Z", outlet="Victor Harbor Times", nb_authors=["Sam Pettigrew"],
        paras=P("""
The City of Victor Harbor will move to fortnightly collection of general rubbish from July, while green organics bins will be collected every week.

Council voted for the change on Monday night after a six-month trial in Encounter Bay and McCracken.

Council staff said the trial cut the amount of rubbish sent to landfill by almost a third.

Households in the trial put more food scraps into their green bins once they were collected every week.

Mayor Moira Jenkins said the change would save the council about 300,000 dollars a year in landfill levies.

Some residents said fortnightly collection would not suit large families or people who use nappies.

The council will offer larger rubbish bins to households that apply, at no extra cost.

Residents will receive a new collection calendar and a free kitchen caddy in June.

The council will review the change after a year and report the results to residents.
"""),
        must_have=[
            "Households in the trial put more food scraps into their green bins once they were collected every week.",
            "The council will offer larger rubbish bins to households that apply, at no extra cost.",
        ]),
    # trafilatura shape: the NAN story on Prime Business Africa (syndicated member of the NAN cluster).
    dict(NAN, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://www.primebusiness.example.africa/fg-begins-emergency-repair-of-eroded-bridge-on-lokoja-abuja-highway/",
         hostname="primebusiness.example.africa", source_hostname="Prime Business Africa",
         tf_author="Idris Okpanachi", tf_date="2025-01-21", tf_language="en", categories="News;Infrastructure",
         head_lines=["Source: NAN", "January 21, 2025"],
         tail_lines=["(NAN)", "Share this:", "Facebook", "X", "LinkedIn", "Related", "Leave a Reply",
                     "Your email address will not be published.", "Subscribe to our newsletter",
                     "\u00a9 2025 Prime Business Africa. All rights reserved.", "Contact Us", "Privacy Policy", "Advertise With Us"]),
    # news-please shape: WyoFile (nonprofit, Wyoming): staff, 'by X' + role line, Rock Springs street repairs.
    rec(cluster="wyofile-rock-springs-streets", role="single", file=JSONL_B, render="newsplease",
        title="Rock Springs asks voters for sales tax to fix crumbling streets",
        date="2024-10-22", country="US", region="americas", lang="en", authors=["Caleb Thornquist"],
        url="https://wyofile.example.com/rock-springs-asks-voters-for-sales-tax-to-fix-crumbling-streets/",
        source_domain="wyofile.example.com",
        description="The optional one-cent tax would raise about 9 million dollars a year.",
        np_authors=["Caleb Thornquist"], np_publish="2024-10-22 12:00:00", np_download="2024-10-22 15:44:30",
        head_lines=["by Caleb Thornquist", "October 22, 2024", "Caleb Thornquist reports on local government for WyoFile."],
        inserts={2: ["Support WyoFile"], 5: ["Related: Wyoming towns face growing water-line repair bills"]},
        tail_lines=["Republish this story", "Share this:", "Email", "Facebook", "Get WyoFile in your inbox",
                    "WyoFile is an independent nonprofit news organization focused on Wyoming people, places and policy.",
                    "Donate", "\u00a9 2024 WyoFile", "Privacy Policy", "About Us"],
        paras=P("""
Voters in Rock Springs will decide next month whether to raise the local sales tax by one cent to pay for street repairs.

City officials say about a third of the city's streets are in poor condition after years of freeze-thaw cycles and heavy truck traffic.

The optional tax would raise about 9 million dollars a year and expire after four years unless voters renew it.

Public works director Alan Sorensen said the city had been patching potholes instead of rebuilding roads because it could not afford more.

He said some streets in older neighborhoods still sit on top of water lines laid in the 1940s.

The city plans to replace those lines at the same time as the streets, so the new pavement is not dug up again.

Some business owners oppose the tax, saying shoppers already drive to larger towns to avoid high prices.

Early voting has already begun at the Sweetwater County courthouse.
"""),
        must_have=[
            "The optional tax would raise about 9 million dollars a year and expire after four years unless voters renew it.",
            "The city plans to replace those lines at the same time as the streets, so the new pavement is not dug up again.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventy-ninth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Zalai Hírlap '2024.04.09. 14:20' with the MTI dateline "
    "'2024. április 9., kedd' and the Mandiner copy '2024. április 9. 15:05' (crawler stamp 13:05Z = 15:05 CEST); Riau Pos "
    "'Selasa, 27 Februari 2024 - 13.40 WIB' and the VIVA copy '27 Februari 2024 - 14:55 WIB'; The Sun '21st January 2025' "
    "and the Prime Business Africa copy; Te Awamutu Courier '16 Nov, 2023 05:00 AM' (both copies); Público '2 de Outubro de "
    "2024'; VG 'Publisert: 22.01.25' (day first, two-digit year; not 'Oppdatert'); Maalaimalar '7 நவம்பர் 2024' (நவம்பர் = "
    "November); Mardom Salari '۱۴۰۳/۰۶/۱۲' (Solar Hijri 12 Shahrivar 1403 = 2 September 2024, Persian digits); YEN.COM.GH "
    "'Mon, 10 Jun 2024 15:40:12 GMT'; WBUR 'January 14, 2025'; News Source Guyana 'March 19, 2024'; Webdo '6 mai 2025'; Western "
    "Telegraph 'Published: 25th July 2023'; Plovdiv24 '12 март 2024'; 울산매일 '입력 2024.08.21'; The Navhind Times 'July 16, "
    "2024' (published 00:45 IST, 15 July in UTC: labelled as printed); Orange 'Publié le 03/04/2024' (day first); Publinews "
    "'25 de junio de 2024'; Waitaki Herald 'Wednesday, 10 May 2023'; Montana Free Press 'September 18, 2024'; The Standard "
    "'January 30, 2024'; Timmins Daily Press 'Published Feb 11, 2025' (the news-please stamp 21:15 is still 11 February in "
    "Eastern time); Wiltshire Times: no date line on the page, the news-please date_publish 2024-05-14; Sundsvalls Tidning "
    "'Publicerad 5 oktober 2023'; Shabiba 'الثلاثاء 14 مايو 2024'; Trome '08/03/2025' (day first: 8 March); Victor Harbor "
    "Times 'February 8 2024 - 3:00pm' (ACDT; the newsbeam stamp 04:30Z is the same day); WyoFile 'October 22, 2024'",
    "dateline_city": "'Nagykanizsa, 2024. április 9., kedd (MTI) – ' -> 'Nagykanizsa' (both MTI copies); 'Pekanbaru (ANTARA) - ' "
    "-> 'Pekanbaru' (both ANTARA copies); 'Lokoja, Jan. 21, 2025 (NAN) ' -> 'Lokoja' (both NAN copies); 'تبریز- ایرنا- ' -> "
    "'Tabriz'; 'BURLINGTON, Vt. (AP) — ' -> 'Burlington' (Vermont); 'Пловдив, 12 март (БТА) - ' -> 'Plovdiv'; 'Kinshasa (AFP) "
    "- ' -> 'Kinshasa'; 'صحار في 14 مايو /العُمانية/ ' -> 'Sohar'. All other records have no dateline (the PA story and the "
    "staff stories start without one) and take the country of the story's location",
    "country": "Nagykanizsa HU; Pekanbaru ID; Lokoja NG; Te Awamutu NZ (oceania); Coimbra PT; Fredrikstad NO; Madurai IN; "
    "Tabriz IR (asia); Tamale GH; Burlington, Vermont US; Linden GY (Guyana; americas); Sfax TN; Wales-wide road survey GB; "
    "Plovdiv BG; Ulsan KR; Margao, Goa IN; Kinshasa CD (Democratic Republic of the Congo; the AFP story on a French portal is "
    "still about Kinshasa); Mixco GT; Oamaru NZ (oceania); Montana US; Kanifing GM (the Gambia); Timmins, Ontario CA; "
    "Trowbridge GB; Sundsvall SE; Sohar OM (asia); San Juan de Lurigancho, Lima PE; Victor Harbor, South Australia AU "
    "(oceania); Rock Springs, Wyoming US",
    "agency": "Zalai Hírlap and Mandiner carry MTI ('(MTI)' dateline, 'MTI' byline); Riau Pos and VIVA carry ANTARA ('(ANTARA)' "
    "dateline, 'Sumber: ANTARA', 'Antara', sign-offs '(ant/rpg)', '(ant)'); The Sun and Prime Business Africa carry NAN (News "
    "Agency of Nigeria: '(NAN)' dateline and sign-off, 'Source: NAN'); Mardom Salari carries IRNA ('ایرنا' in the dateline, "
    "'منبع: ایرنا'); WBUR carries AP; Western Telegraph carries PA ('PA Wales Reporter'); Plovdiv24 carries BTA ('(БТА)', "
    "'БТА'); Orange Actualités carries AFP; Shabiba carries ONA (Oman News Agency, '/العُمانية/'). Photo credits ('Foto: "
    "ANTARA/...', 'Photo: NAN', '© AFP/...') do not by themselves make a story agency copy; all other records are staff copy",
    "authors": "the MTI, ANTARA, IRNA, BTA, AFP and ONA stories name no writer ('MTI', 'Sumber: ANTARA', 'Antara', 'БТА', "
    "'AFP' and outlet names are not people; 'Fadli Ramadhan' and 'Junior Kalala' appear only in photo credits, and "
    "photographers are not authors); NAN 'By Idris Okpanachi' -> 'Idris Okpanachi' (both copies; the trafilatura author field "
    "carries it in the Prime Business Africa copy); Te Awamutu Courier 'By Ruby Ngata-Hollis' (both copies; the bio line is "
    "chrome); Público 'Por Inês Carvalhal'; VG 'Av Sindre Haugland og Mari Østby' -> two authors in order; YEN.COM.GH 'Abena "
    "Owusu-Ansah'; WBUR 'By Dana Whitcomb, Associated Press' -> 'Dana Whitcomb'; News Source Guyana 'By Devika Persaud'; Webdo 'Par "
    "Yassine Ben Salah'; Western Telegraph 'By Rhys Powell, PA Wales Reporter' -> 'Rhys Powell'; 울산매일 '이수진 기자' -> '이수진'; "
    "Publinews 'Por Karla Ajcip'; Waitaki Herald 'By Hamish Rutledge'; Montana Free Press 'By Tess Lindqvist'; The Standard "
    "'By Lamin Sanneh'; Timmins Daily Press 'Author of the article: Chantal Bélanger-Roy'; Wiltshire Times 'By Oliver Cade' "
    "with the role line 'Local Democracy Reporter'; Sundsvalls Tidning 'Erik Lindgren'; Victor Harbor Times 'Sam Pettigrew' "
    "with the role line 'Journalist'; WyoFile 'by Caleb Thornquist'. Desk names ('By மாலை மலர்', 'NT NETWORK', 'Redacción "
    "Trome', 'الشبيبة') are not authors; Maalaimalar, The Navhind Times and Trome name no writer",
    "editors": "no record names an editor ('Editing by', 'editor:'); 'Ansvarlig redaktør: Gard Steiro' (VG) and 'Ansvarig "
    "utgivare' (ST) are masthead lines, not story editors; desk sign-offs '(ant/rpg)' and '(ant)' are not names",
    "caption_credit": "credits without their wrapper: Te Awamutu Courier 'Photo / Supplied' -> 'Supplied' (both copies); Riau "
    "Pos 'Foto: ANTARA/Fadli Ramadhan' -> 'ANTARA/Fadli Ramadhan'; The Sun 'Photo: NAN' -> 'NAN'; Plovdiv24 'Снимка: "
    "Plovdiv24.bg' -> 'Plovdiv24.bg'; 울산매일 'ⓒ울산시' -> '울산시' (the copyright sign is a wrapper); The Navhind Times 'Photo: "
    "NT' -> 'NT'; Orange '© AFP/Junior Kalala' -> 'AFP/Junior Kalala'; Publinews 'Foto: Omar Solís' -> 'Omar Solís'; Waitaki "
    "Herald 'Photo: Hamish Rutledge' -> 'Hamish Rutledge'; Montana Free Press 'Credit: Tess Lindqvist / MTFP' -> 'Tess "
    "Lindqvist / MTFP'; Victor Harbor Times 'Picture by Sam Pettigrew' -> 'Sam Pettigrew'. Records without a photo caption "
    "have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Riau Pos 'Pekanbaru', The Sun 'News', "
    "Plovdiv24 'Пловдив', 울산매일 '사회', The Navhind Times 'Goa News', Orange 'Monde', Publinews 'Guatemala', Waitaki Herald "
    "'News', Montana Free Press 'Economy', Victor Harbor Times 'News'; trafilatura records take their first category "
    "(Sundsvalls Tidning 'Sundsvall', Shabiba 'محليات', Trome 'Actualidad', Prime Business Africa 'News'); news-please, plain "
    "text and newsbeam text records have none (VIVA's 'Nasional' head line is chrome, not a section)",
    "language": "'hu' Hungarian (two copies of the MTI story); 'id' Indonesian (two copies of the ANTARA story); 'pt' European "
    "Portuguese; 'no' Norwegian Bokmål (the macrolanguage code, as dev_set2 labels it); 'ta' Tamil; 'fa' Persian; 'fr' French (Tunisian and French sites); 'bg' Bulgarian; "
    "'ko' Korean; 'es' Guatemalan and Peruvian Spanish; 'sv' Swedish; 'ar' Omani Arabic press; all others English",
    "chrome": "includes consent banners and their buttons, login, subscription and premium strings, share bars, comment gates "
    "and guidelines, IPSO and Postmedia notices, advertisement labels, related-story lines and boxes, most-read rails, "
    "WhatsApp, Telegram, Instagram, Google News and app promos, donation and republish appeals, reporter bio, role and e-mail "
    "lines, wire source and sign-off lines ('(NAN)', '(ant/rpg)', '(ant)', 'منبع: ایرنا', '/العُمانية/', 'Source: NAN', "
    "'© 2024 AFP'), masthead and ownership lines, copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (MTI and ANTARA in the plain batch, NAN in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Te Awamutu Courier: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"mti", "zaol", "zalai hírlap", "mandiner", "antara", "sumber: antara", "riau pos", "viva", "viva.co.id",
                "nan", "news agency of nigeria", "the sun", "the sun nigeria", "prime business africa", "nzme",
                "te awamutu courier", "supplied", "público", "vg", "மாலை மலர்", "maalaimalar", "irna", "ایرنا",
                "مردم سالاری", "yen.com.gh", "wbur", "news source guyana", "newssourcegy.com", "webdo", "pa", "western telegraph",
                "newsquest", "bta", "бта", "plovdiv24.bg", "울산매일", "울산매일신문", "울산시", "nt network", "the navhind times",
                "nt", "afp", "orange", "orange actualités", "publinews", "waitaki herald", "allied press", "montana free press",
                "mtfp", "the standard", "timmins daily press", "postmedia", "wiltshire times", "sundsvalls tidning",
                "ona", "الشبيبة", "العُمانية", "trome", "redacción trome", "victor harbor times", "australian community media",
                "wyofile"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
