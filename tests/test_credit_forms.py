"""Whole lines (caption and credit) in forms met beyond the first fixtures: one family per block, each read as
``photodesk credits parse`` reads it. Every row here failed before the rule that reads it was written."""

from __future__ import annotations

import pytest

from catalog.credits.line import read_line
from catalog.ops.link import check_lines

# (line as received, caption, photographers, agency, kind)
LINES: list[tuple[str, str | None, list[str], str | None, str]] = [
    # a longer label before its colon, with the word for "credit" in it; the New York Times' 'Credit...'
    ("Photo credit must read: ABIR SULTAN/EPA", None, ["Abir Sultan"], "EPA", "photo"),
    ("Credito foto: Cecilia Fabiano/LaPresse", None, ["Cecilia Fabiano"], "LaPresse", "photo"),
    ("Crédito da foto: Tânia Rêgo/Agência Brasil", None, ["Tânia Rêgo"], "Agência Brasil", "photo"),
    ("MANDATORY CREDIT: Jonathan Brady/PA Media", None, ["Jonathan Brady"], "PA", "photo"),
    (
        "Rain over the port. Credit...Sergey Ponomarev for The New York Times",
        "Rain over the port.",
        ["Sergey Ponomarev"],
        "The New York Times",
        "photo",
    ),
    # a stock library's reference number after the credit is not part of the library's name
    (
        "Prince William at a reception. Mandatory Credit: Photo by Tim Rooke/Shutterstock (14601234b)",
        "Prince William at a reception.",
        ["Tim Rooke"],
        "Shutterstock",
        "photo",
    ),
    ("Mandatory Credit: Photo by Andy Rain/EPA-EFE/Shutterstock (14567890a)", None, ["Andy Rain"], "EPA-EFE", "photo"),
    # 'Copyright ©' is one label, not a caption and a credit
    ("Copyright © 2024 Haim Zach/GPO", None, ["Haim Zach"], "GPO", "photo"),
    # a label, a name and a dash before the agency: one credit, in a caseless script too
    ("عدسة: محمد سالم - رويترز", None, ["محمد سالم"], "Reuters", "photo"),
    # a misspelt joined agency is the agency misspelt, not a wire and its partner
    ("Mohammed Saber/EPA-EEF", None, ["Mohammed Saber"], "EPA-EEF", "photo"),
    # a body spelt out before its own known abbreviation is that body
    ("صورة: وكالة الأنباء الفلسطينية (وفا)", None, [], "WAFA", "photo"),
    ("Photo: Agence France-Presse (AFP)", None, [], "AFP", "photo"),
    # a national agency after a wire resold the wire's picture
    ("Evgenia Novozhenina/Reuters/Scanpix", None, ["Evgenia Novozhenina"], "Reuters", "photo"),
    ("Фото: Максим Шеметов / Reuters / Scanpix / LETA", None, ["Максим Шеметов"], "Reuters", "photo"),
    # other bullets between caption and credit
    (
        "The mural in Hostages Square ∙ Tomer Neuberg/Flash90",
        "The mural in Hostages Square",
        ["Tomer Neuberg"],
        "Flash90",
        "photo",
    ),
    # headlines under a related-stories header are dropped up to the line that carries a credit
    (
        "Читайте также\nОбстрел Белгорода\nПоследствия атаки беспилотников. Фото: Антон Вергун/ТАСС",
        "Последствия атаки беспилотников.",
        ["Антон Вергун"],
        "TASS",
        "photo",
    ),
    # an abbreviated label with its full stop: Polish 'Fot.' after a caption whose last word is 'r.'
    (
        "Demonstracja w Warszawie, 1 października 2023 r. Fot. Albert Zawada/PAP",
        "Demonstracja w Warszawie, 1 października 2023 r.",
        ["Albert Zawada"],
        "PAP",
        "photo",
    ),
    (
        "اقرأ أيضا\nمتظاهرون في ساحة التحرير (تصوير: أحمد جليل/إي بي إيه)",
        "متظاهرون في ساحة التحرير",
        ["أحمد جليل"],
        "EPA",
        "photo",
    ),
    # Chinese credits end in 摄 ('photographed by'), the agency before 记者
    ("香港维多利亚港夜景。 新华社记者 王晔 摄", "香港维多利亚港夜景。", ["王晔"], "Xinhua", "photo"),
    ("北京天安门广场。（新华社记者 李贺 摄）", "北京天安门广场。", ["李贺"], "Xinhua", "photo"),
    # a body's name may say where it is
    ("صورة: وزارة الصحة في غزة", None, [], "وزارة الصحة في غزة", "photo"),
    ("(Photo: Ministry of Health in Gaza)", None, [], "Ministry of Health in Gaza", "photo"),
    # a name in capitals after the caption's last sentence is its photographer (El País)
    (
        "El presidente del Gobierno, este martes en el Congreso. CLAUDIO ÁLVAREZ",
        "El presidente del Gobierno, este martes en el Congreso.",
        ["Claudio Álvarez"],
        None,
        "photo",
    ),
    # a family's picture handed out: handout wins over courtesy
    ("IMAGE SOURCE, FAMILY HANDOUT", None, [], None, "handout"),
    # the vocabulary's thirty languages: kinds marked in the caption or the credit
    (
        "Ein Wahllokal in Dresden (Symbolfoto). Foto: Robert Michael/dpa",
        "Ein Wahllokal in Dresden (Symbolfoto).",
        ["Robert Michael"],
        "dpa",
        "illustration",
    ),
    (
        "Het Catshuis in Den Haag (archiefbeeld). Foto: ANP",
        "Het Catshuis in Den Haag (archiefbeeld).",
        [],
        "ANP",
        "file",
    ),
    ("Zdjęcie ilustracyjne. Fot. Shutterstock", "Zdjęcie ilustracyjne.", [], "Shutterstock", "illustration"),
    (
        "Будівля Верховної Ради, архівне фото. Фото: Укрінформ",
        "Будівля Верховної Ради, архівне фото.",
        [],
        "Ukrinform",
        "file",
    ),
    ("Foto: Divulgação/Petrobras", None, [], "Petrobras", "handout"),
    ("Zrzut ekranu/YouTube", None, [], "YouTube", "screenshot"),
    ("Ekran görüntüsü/X", None, [], "X", "screenshot"),
    ("Fermo immagine dal video. (Screenshot da TikTok)", "Fermo immagine dal video.", [], "TikTok", "screenshot"),
    (
        "המחבל מתועד במצלמות האבטחה (צילום מסך מתוך חדשות 13)",
        "המחבל מתועד במצלמות האבטחה",
        [],
        "Channel 13",
        "screenshot",
    ),
    ("The summit. (لقطة شاشة من فيديو)", "The summit.", [], None, "screenshot"),
    # private pictures in other languages: courtesy, no agency; a family's picture is never a handout
    ("fot. archiwum prywatne", None, [], None, "courtesy"),
    ("Foto: arquivo pessoal", None, [], None, "courtesy"),
    ("Fotoğraf: Aile albümü", None, [], None, "courtesy"),
    ("Photo : collection personnelle", None, [], None, "courtesy"),
    (
        "La víctima, en una imagen cedida por la familia. (Foto: cortesía de la familia)",
        "La víctima, en una imagen cedida por la familia.",
        [],
        None,
        "courtesy",
    ),
    # bodies nobody listed, by the vocabulary's body words, and their press units dropped
    ("(Photo: Gaza Civil Defence)", None, [], "Gaza Civil Defence", "photo"),
    ("Foto: Protezione Civile", None, [], "Protezione Civile", "photo"),
    ("Photo : sapeurs-pompiers de Paris", None, [], "sapeurs-pompiers de Paris", "photo"),
    (
        "Un momento della cerimonia\nCredito foto: Ufficio Stampa Quirinale",
        "Un momento della cerimonia",
        [],
        "Quirinale",
        "photo",
    ),
    ("צילום: דוברות בית החולים שיבא", None, [], "בית החולים שיבא", "photo"),
    ("צילום: לשכת ראש הממשלה", None, [], "Prime Minister's Office", "photo"),
    # a body word of any language leading a two-word credit makes it a body; a given name that is one stays a name
    ("Фото: Мэрия Москвы", None, [], "Мэрия Москвы", "photo"),
    ("Foto: Polizei Mannheim", None, [], "Polizei Mannheim", "photo"),
    ("Marine Bureau/AFP", None, ["Marine Bureau"], "AFP", "photo"),
    # a certain typo of a wire alone in parentheses after the caption's last sentence
    (
        "North Korean soldiers stand guard at Panmunjom. (Yonahp)",
        "North Korean soldiers stand guard at Panmunjom.",
        [],
        "Yonahp",
        "photo",
    ),
    # a body spelt out before its abbreviation is one credit; an agency with the words for its trade is the agency
    ("Emirates News Agency (WAM)", None, [], "WAM", "photo"),
    (
        "Ice hockey fans celebrate in Stockholm. (TT News Agency)",
        "Ice hockey fans celebrate in Stockholm.",
        [],
        "TT",
        "photo",
    ),
    ("El Museo del Prado en Madrid. (EFE)", "El Museo del Prado en Madrid.", [], "EFE", "photo"),
    # ranks after the service's name; 'Picture by:' with a colon
    (
        "Department of Defense photo by Navy Petty Officer 1st Class Alexander Kubitza",
        None,
        ["Alexander Kubitza"],
        "Department of Defense",
        "photo",
    ),
    ("Picture by: Stefan Rousseau/PA Wire", None, ["Stefan Rousseau"], "PA", "photo"),
    # a wire joined to its pool; statuses after the distributor; a handout still from a video is a screenshot
    (
        "Macron empfängt Merz im Élysée-Palast. Foto: Sebastian Gollnow/dpa-Pool/dpa",
        "Macron empfängt Merz im Élysée-Palast.",
        ["Sebastian Gollnow"],
        "dpa",
        "pool",
    ),
    (
        "FILE PHOTO: A satellite image shows the port. Maxar Technologies/Handout via REUTERS/File Photo",
        "FILE PHOTO: A satellite image shows the port.",
        [],
        "Maxar Technologies",
        "handout",
    ),
    (
        "A still image taken from a handout video shows a tank. Russian Defence Ministry/Handout via REUTERS",
        "A still image taken from a handout video shows a tank.",
        [],
        "Russian Defence Ministry",
        "screenshot",
    ),
    # a surname in capitals beside its agency; a paper's name with a hyphenated body word
    ("EFE/BALLESTEROS", None, ["Ballesteros"], "EFE", "photo"),
    ("Photo: J.B. Forbes/St. Louis Post-Dispatch", None, ["J.B. Forbes"], "St. Louis Post-Dispatch", "photo"),
    # the channel after a screenshot marker; a wire after a spaced slash; a body's acronym; one-word bodies
    (
        "Smoke over Hodeidah, in footage aired by the channel. (Screen grab/Al Masirah)",
        "Smoke over Hodeidah, in footage aired by the channel.",
        [],
        "Al Masirah",
        "screenshot",
    ),
    (
        "Floodwater covers a street in Faenza, Emilia-Romagna / ANSA",
        "Floodwater covers a street in Faenza, Emilia-Romagna",
        [],
        "ANSA",
        "photo",
    ),
    (
        "Наслідки атаки дронів на порт в Ізмаїлі. Фото: Одеська ОВА",
        "Наслідки атаки дронів на порт в Ізмаїлі.",
        [],
        "Одеська ОВА",
        "photo",
    ),
    (
        "German soldiers take part in a NATO exercise. (Bundeswehr)",
        "German soldiers take part in a NATO exercise.",
        [],
        "Bundeswehr",
        "photo",
    ),
    # labels and private sources in more languages
    ("Ảnh: TTXVN", None, [], "VNA", "photo"),
    ("फोटो: पीटीआई", None, [], "PTI", "photo"),
    ("Foto: osobní archiv", None, [], None, "courtesy"),
    ("Fotografía cedida por la familia", None, [], None, "courtesy"),
    ("© Sébastien Lacombe / Reuters", None, ["Sébastien Lacombe"], "Reuters", "photo"),
    # the languages of South and South-East Asia and East Africa: labels, kinds, private sources, aliases
    ("ঢাকায় হরতালের সময় ফাঁকা সড়ক। ছবি: এএফপি", "ঢাকায় হরতালের সময় ফাঁকা সড়ক।", [], "AFP", "photo"),
    ("ঢাকায় টানা বৃষ্টির পর জলাবদ্ধ সড়ক। ছবি: সাজিদ হোসেন", "ঢাকায় টানা বৃষ্টির পর জলাবদ্ধ সড়ক।", ["সাজিদ হোসেন"], None, "photo"),
    (
        "Rina Marlina (27) saat wisuda di Bandung. Foto: Dok. Pribadi",
        "Rina Marlina (27) saat wisuda di Bandung.",
        [],
        None,
        "courtesy",
    ),
    (
        "Ilustrasi pemilu. (ANTARA FOTO/Galih Pradipta)",
        "Ilustrasi pemilu.",
        ["Galih Pradipta"],
        "Antara",
        "illustration",
    ),
    ("Tàu container cập cảng Hải Phòng. Ảnh tư liệu: TTXVN", "Tàu container cập cảng Hải Phòng.", [], "VNA", "file"),
    (
        "Wanafunzi wakishiriki mbio mjini Arusha. (Picha na John Badi)",
        "Wanafunzi wakishiriki mbio mjini Arusha.",
        ["John Badi"],
        None,
        "photo",
    ),
    (
        "Marehemu John Otieno enzi za uhai wake. (Picha kwa hisani ya familia)",
        "Marehemu John Otieno enzi za uhai wake.",
        [],
        None,
        "courtesy",
    ),
    ("स्क्रीनग्रैब: यूट्यूब", None, [], "YouTube", "screenshot"),
    # a dash after the caption's last sentence, then the credit
    (
        "Commuters wade through a flooded road in Karachi. — Reuters",
        "Commuters wade through a flooded road in Karachi.",
        [],
        "Reuters",
        "photo",
    ),
    (
        "Imran Khan appears before the court via video link. — DawnNewsTV screengrab",
        "Imran Khan appears before the court via video link.",
        [],
        "DawnNewsTV",
        "screenshot",
    ),
    # a label before a bar; several names joined in other languages; 'Jr.' keeps its full stop
    (
        "Residents wade through floodwaters.\nPHOTO | Evans Habil | Nation Media Group",
        "Residents wade through floodwaters.",
        ["Evans Habil"],
        "Nation Media Group",
        "photo",
    ),
    (
        "Barnetoget passerer Slottet. Foto: Heiko Junge og Gorm Kallestad / NTB",
        "Barnetoget passerer Slottet.",
        ["Heiko Junge", "Gorm Kallestad"],
        "NTB",
        "photo",
    ),
    ("Sessão plenária do STF. Foto: Nelson Jr./STF", "Sessão plenária do STF.", ["Nelson Jr."], "STF", "photo"),
    # a wire's credit in capitals; a paper's article; a body with its own abbreviation that is also a wire's
    (
        "Premier Dick Schoof in de Tweede Kamer. ANP REMKO DE WAAL",
        "Premier Dick Schoof in de Tweede Kamer.",
        ["Remko de Waal"],
        "ANP",
        "photo",
    ),
    (
        "Demonstranten bij Den Haag. Beeld Raymond Rutting / de Volkskrant",
        "Demonstranten bij Den Haag.",
        ["Raymond Rutting"],
        "de Volkskrant",
        "photo",
    ),
    (
        "Soldiers inspect a seized cache. | Photo: Armed Forces of the Philippines (AFP)",
        "Soldiers inspect a seized cache.",
        [],
        "Armed Forces of the Philippines (AFP)",
        "photo",
    ),
    (
        "Público no Palco Mundo. Foto: Fernando Cavalcanti/Rock in Rio",
        "Público no Palco Mundo.",
        ["Fernando Cavalcanti"],
        "Rock in Rio",
        "photo",
    ),
    (
        "The new EV on display at the expo. Photo: Tata Motors",
        "The new EV on display at the expo.",
        [],
        "Tata Motors",
        "photo",
    ),
    (
        "Jamaah memadati Masjid Istiqlal. Foto: Prayogi/Republika",
        "Jamaah memadati Masjid Istiqlal.",
        ["Prayogi"],
        "Republika",
        "photo",
    ),
    ("Фото: скриншот з відео", None, [], None, "screenshot"),
    # a bracketed credit after its label; ranks of several words; a single name in capitals beside its wire
    (
        "The Soyuz MS-26 rocket launches from Baikonur. Photo Credit: (NASA/Bill Ingalls)",
        "The Soyuz MS-26 rocket launches from Baikonur.",
        ["Bill Ingalls"],
        "NASA",
        "photo",
    ),
    (
        "U.S. Navy photo by Mass Communication Specialist Seaman Apprentice Ryan Ortiz",
        None,
        ["Ryan Ortiz"],
        "U.S. Navy",
        "photo",
    ),
    (
        "Residents wade through floodwaters in Bekasi. (Photo by SUPRI / AFP)",
        "Residents wade through floodwaters in Bekasi.",
        ["Supri"],
        "AFP",
        "photo",
    ),
    (
        "Belgian Prime Minister arrives in Brussels, Thursday 20 March 2025. BELGA PHOTO NICOLAS MAETERLINCK",
        "Belgian Prime Minister arrives in Brussels, Thursday 20 March 2025.",
        ["Nicolas Maeterlinck"],
        "Belga",
        "photo",
    ),
    # a body's spokesperson or press service after its name is dropped
    (
        "Paramedics treat a wounded man in Holon. Photo: Magen David Adom Spokesperson",
        "Paramedics treat a wounded man in Holon.",
        [],
        "Magen David Adom",
        "photo",
    ),
    (
        "Workers restore power lines in Kherson. Photo: Ukrenergo press service",
        "Workers restore power lines in Kherson.",
        [],
        "Ukrenergo",
        "photo",
    ),
    # a family's picture in French and Arabic
    (
        "Thomas Garnier, 23 ans, n'a plus donné de nouvelles. Photo fournie par la famille",
        "Thomas Garnier, 23 ans, n'a plus donné de nouvelles.",
        [],
        None,
        "courtesy",
    ),
    (
        "الشاب محمد أبو سمرة الذي قُتل في القصف (صورة من عائلته)",
        "الشاب محمد أبو سمرة الذي قُتل في القصف",
        [],
        None,
        "courtesy",
    ),
    # gallery counters with other languages' words
    (
        "Udostępnij\nZdjęcie 3 z 10\nRolnicy blokują drogę krajową nr 8.\nFot. PAP/Maciej Kulczyński\nReklama",
        "Rolnicy blokują drogę krajową nr 8.",
        ["Maciej Kulczyński"],
        "PAP",
        "photo",
    ),
    # with no organisation known, the last of several names after a slash or a bar is the outlet
    (
        "Residents fill sandbags in Eldoret. PHOTO | Otieno Wafula | Rift Valley Observer",
        "Residents fill sandbags in Eldoret.",
        ["Otieno Wafula"],
        "Rift Valley Observer",
        "photo",
    ),
    (
        "Commuters queue for taxis in Mbombela. (Annelie Botha/Highveld Sun)",
        "Commuters queue for taxis in Mbombela.",
        ["Annelie Botha"],
        "Highveld Sun",
        "photo",
    ),
    # a label word with an unknown body; a copyrighted status before a platform
    (
        "La colata di fango invade la carreggiata. Foto Vigili del fuoco",
        "La colata di fango invade la carreggiata.",
        [],
        "Vigili del fuoco",
        "photo",
    ),
    ("© Кадр из видео / Telegram", None, [], "Telegram", "screenshot"),
    # Japanese credits: a wire in full-width parentheses, a name before 撮影 ('photographed by')
    (
        "現場で消火活動をする消防隊員＝14日午前、東京都八王子市（共同）",
        "現場で消火活動をする消防隊員＝14日午前、東京都八王子市",
        [],
        "Kyodo",
        "photo",
    ),
    (
        "焼け落ちた住宅の２階部分＝14日午後、東京都八王子市、山本健太撮影",
        "焼け落ちた住宅の２階部分＝14日午後、東京都八王子市",
        ["山本健太"],
        None,
        "photo",
    ),
    # a paper named by its newspaper word, alone after a label and a bar
    (
        "Flooded fields near Eldoret.\nPHOTO | Rift Valley Observer",
        "Flooded fields near Eldoret.",
        [],
        "Rift Valley Observer",
        "photo",
    ),
    # a name that holds a body word of some language is still a name
    (
        "Vue du Sénat (photo d'illustration). © Martin Bureau / AFP",
        "Vue du Sénat (photo d'illustration).",
        ["Martin Bureau"],
        "AFP",
        "illustration",
    ),
    (
        "Lula no Palácio do Planalto. Foto: Evaristo Sá/AFP",
        "Lula no Palácio do Planalto.",
        ["Evaristo Sá"],
        "AFP",
        "photo",
    ),
    # page furniture in other languages
    (
        "View gallery\n7 photos\nKing Charles III arrives. (Photo by Chris Jackson/Getty Images)",
        "King Charles III arrives.",
        ["Chris Jackson"],
        "Getty Images",
        "photo",
    ),
    (
        "Zobacz także\nDemonstracja w Warszawie. Fot. Albert Zawada/PAP",
        "Demonstracja w Warszawie.",
        ["Albert Zawada"],
        "PAP",
        "photo",
    ),
    ("לכתבה המלאה\nמפגינים בצומת כפר סבא (צילום: מוטי קמחי)", "מפגינים בצומת כפר סבא", ["מוטי קמחי"], None, "photo"),
]


@pytest.mark.parametrize(("line", "caption", "photographers", "agency", "kind"), LINES)
def test_a_line_is_read_into_its_caption_and_credit(
    line: str, caption: str | None, photographers: list[str], agency: str | None, kind: str
) -> None:
    reading = read_line(line)
    assert reading.caption == caption
    assert reading.credit is not None, line
    assert (reading.credit.photographers, reading.credit.agency, reading.credit.kind) == (photographers, agency, kind)


# Lines a careless rule would take for a credit: the caption stays whole.
NOT_CREDITS = [
    "In pictures: the Jerusalem Marathon",
    "Le président (au centre) entouré de ses ministres.",
    "Soldiers at the border (a video released by the IDF)",
    "Smoke over Gaza. GAZA CITY",
    "© RIPRODUZIONE RISERVATA",
    "© Tous droits réservés",
    "Tech / Transportation",
    "ראש הממשלה (מימין) ושר הביטחון (משמאל) בישיבה",
    "ראש הממשלה בנימין נתניהו (במרכז) בישיבת הממשלה",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_a_caption_that_only_resembles_a_credit_stays_a_caption(line: str) -> None:
    reading = read_line(line)
    assert (reading.caption, reading.credit) == (line, None)


def test_a_misspelt_wire_in_parentheses_is_respelt_when_linked() -> None:
    (row,) = check_lines(None, ["North Korean soldiers stand guard at Panmunjom. (Yonahp)"])
    assert (row["caption"], row["credit"]["agency"]) == ("North Korean soldiers stand guard at Panmunjom.", "Yonhap")
