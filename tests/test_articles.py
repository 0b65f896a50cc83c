"""Articles laid out the way the world's sites lay them out: the photo slots, their captions and credits, and the
page furniture that is neither; pairing with the batch only when it is certain."""

from __future__ import annotations

import json
from pathlib import Path

from catalog.captions.articles import read_slots
from catalog.captions.sheets import find_slots, plan_captions

from .helpers import article_file, jpeg_batch, run


def slots_of(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.caption, s.credit, s.headline) for s in find_slots(text)]


# Credit on the line under its caption, with or without the caption's full stop, a title line over each.
CREDIT_UNDER_CAPTION = """Floods in the north

Floods in the north
Rescue teams wade through the flooded streets of Nahariya on Sunday.
Credit: Miriam Alster/Flash90

The storm (the third this month) cut power to thousands of homes, the utility said on Sunday evening.

Rain over Haifa
A man shelters under an umbrella on the Bahai Gardens steps
Photo: Shir Torem (Reuters)
"""


def test_a_credit_under_its_caption_takes_the_caption_and_the_title_above_it() -> None:
    assert slots_of(CREDIT_UNDER_CAPTION) == [
        (
            "Rescue teams wade through the flooded streets of Nahariya on Sunday.",
            "Credit: Miriam Alster/Flash90",
            "Floods in the north",
        ),
        (
            "A man shelters under an umbrella on the Bahai Gardens steps",
            "Photo: Shir Torem (Reuters)",
            "Rain over Haifa",
        ),
    ]


HEBREW = """נתניהו במוסקבה
שתפו
פורסם: 06.06.16, 14:32
ראש הממשלה נתניהו נפגש עם הנשיא פוטין בקרמלין
צילום: חיים צח/לע"מ
עודכן: 06.06.16, 16:05
השניים דנו בשיתוף הפעולה בין המדינות במאבק בטרור ובקשרים הכלכליים.
פרסומת
רעייתו שרה נתניהו בתערוכה במשרד החוץ הרוסי
צילום: קובי גדעון/לע"מ
"""


def test_hebrew_credit_lines_under_captions_and_hebrew_furniture() -> None:
    assert slots_of(HEBREW) == [
        ("ראש הממשלה נתניהו נפגש עם הנשיא פוטין בקרמלין", 'צילום: חיים צח/לע"מ', None),
        ("רעייתו שרה נתניהו בתערוכה במשרד החוץ הרוסי", 'צילום: קובי גדעון/לע"מ', None),
    ]


RUSSIAN = """Путин встретился с Нетаньяху в Кремле
Поделиться
Обновлено 7 июня 2016, 12:30
Владимир Путин и Биньямин Нетаньяху во время встречи в Кремле
Фото: Михаил Метцель/ТАСС
Стороны обсудили ситуацию на Ближнем Востоке и сотрудничество в борьбе с терроризмом.
Читайте также
Нетаньяху посетил Могилу Неизвестного Солдата
Израиль и Россия отметили 25 лет дипломатических отношений
Премьер-министр Израиля у Могилы Неизвестного Солдата.
Фото: Сергей Бобылев/ТАСС
"""


def test_russian_article_with_share_button_timestamp_and_related_headlines() -> None:
    assert slots_of(RUSSIAN) == [
        ("Владимир Путин и Биньямин Нетаньяху во время встречи в Кремле", "Фото: Михаил Метцель/ТАСС", None),
        ("Премьер-министр Израиля у Могилы Неизвестного Солдата.", "Фото: Сергей Бобылев/ТАСС", None),
    ]


ARABIC = """نتنياهو في موسكو
مشاركة
الرئيس الروسي فلاديمير بوتين يستقبل نتنياهو في الكرملين
تصوير: مكسيم شيميتوف/رويترز
وناقش الطرفان التعاون في مكافحة الإرهاب والعلاقات الاقتصادية بين البلدين.
"""


def test_arabic_credit_label_under_its_caption() -> None:
    assert slots_of(ARABIC) == [
        ("الرئيس الروسي فلاديمير بوتين يستقبل نتنياهو في الكرملين", "تصوير: مكسيم شيميتوف/رويترز", None),
    ]


FRENCH_GERMAN = """Manifestation à Paris
Partager
Publicité
Des manifestants défilent place de la République à Paris, le 3 mars.
Photo : Jean Dupont / AFP
Le cortège s'est dispersé dans le calme en fin d'après-midi, selon la préfecture.
Teilen
Anzeige
Demonstranten vor dem Reichstag in Berlin
Foto: Kay Nietfeld/dpa
"""


def test_french_and_german_labels_and_furniture() -> None:
    assert slots_of(FRENCH_GERMAN) == [
        ("Des manifestants défilent place de la République à Paris, le 3 mars.", "Photo : Jean Dupont / AFP", None),
        ("Demonstranten vor dem Reichstag in Berlin", "Foto: Kay Nietfeld/dpa", None),
    ]


FURNITURE = """Advertisement
Share
Tweet
WhatsApp
Copy link
Updated 3 hours ago
Herzog in Paris
Herzog lays a wreath at the Arc de Triomphe on Wednesday. (Kobi Gideon/GPO)
Read more
Macron and Herzog sign energy pact
Herzog meets French Jewish leaders
Published June 6, 2016 10:32 am
By Dan Williams
Advertisement
Herzog and Macron at the Elysee Palace. (Haim Zach/GPO)
Most read
"""


def test_page_furniture_is_never_a_slot_or_a_headline() -> None:
    assert slots_of(FURNITURE) == [
        ("Herzog lays a wreath at the Arc de Triomphe on Wednesday.", "Kobi Gideon/GPO", "Herzog in Paris"),
        ("Herzog and Macron at the Elysee Palace.", "Haim Zach/GPO", None),
    ]


GALLERY = """Storm over Tel Aviv
1 of 3
Waves crash over the promenade. (Miriam Alster/Flash90)
Image 2 of 3
Fishermen pull their boats onto the beach in Jaffa. (Yonatan Sindel/Flash90)
3/3
A flooded street in south Tel Aviv. (Tomer Neuberg/Flash90)
"""


def test_gallery_counters_are_neither_slots_nor_headlines() -> None:
    slots = find_slots(GALLERY)
    assert [(s.caption, s.headline) for s in slots] == [
        ("Waves crash over the promenade.", "Storm over Tel Aviv"),
        ("Fishermen pull their boats onto the beach in Jaffa.", None),
        ("A flooded street in south Tel Aviv.", None),
    ]


def test_a_gallery_counter_that_disagrees_with_the_slots_links_nothing(tmp_path: Path) -> None:
    text = GALLERY.replace("1 of 3", "1 of 4").replace("Image 2 of 3", "Image 2 of 4").replace("3/3", "3/4")
    plan = plan_captions(article_file(tmp_path, text), jpeg_batch(tmp_path / "pics", 3))
    assert plan.refused and plan.pairing == []
    assert any("4 pictures" in p and "3 photo slot(s)" in p for p in plan.problems), plan.problems


def test_two_slots_with_one_caption_link_nothing(tmp_path: Path) -> None:
    text = (
        "Herzog in Paris\nHerzog at the Elysee Palace. (Kobi Gideon/GPO)\n\n"
        "The talks went on into the night.\n\nHerzog at the Elysee Palace. (Haim Zach/GPO)\n"
    )
    plan = plan_captions(article_file(tmp_path, text), jpeg_batch(tmp_path / "pics", 2))
    assert plan.refused and plan.pairing == []
    assert any("line 2" in p and "line 6" in p and "same caption" in p for p in plan.problems), plan.problems
    assert any(p.startswith("pictures in the batch, in order: 1.jpg, 2.jpg") for p in plan.problems), plan.problems


def test_more_slots_than_pictures_names_each_slot_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    jpeg_batch(folder, 1)
    result = run(
        "ingest", str(folder), "--captions", str(article_file(tmp_path, CREDIT_UNDER_CAPTION)), "--yes", "--json"
    )
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["caption_problems"]
    assert any("2 photo slot(s) in the article but 1 picture(s)" in p for p in problems), problems
    assert any("line 5" in p and "Rescue teams wade" in p for p in problems), problems
    assert any("line 11" in p and "A man shelters" in p for p in problems), problems
    assert any("1.jpg" in p for p in problems), problems
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["caption"] is None and shown["credit"]["raw"] is None


def test_credit_under_caption_links_caption_credit_and_headline(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    jpeg_batch(folder, 2)
    text = CREDIT_UNDER_CAPTION.replace("Shir Torem (Reuters)", "Shir Torem/Reuters")
    result = run("ingest", str(folder), "--captions", str(article_file(tmp_path, text)), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    first, second = (json.loads(run("show", str(i), "--json").stdout) for i in (1, 2))
    assert first["caption"] == "Rescue teams wade through the flooded streets of Nahariya on Sunday."
    assert first["headline"] == "Floods in the north"
    assert (first["credit"]["photographers"], first["credit"]["agency"]) == (["Miriam Alster"], "Flash90")
    assert second["caption"] == "A man shelters under an umbrella on the Bahai Gardens steps"
    assert (second["credit"]["photographers"], second["credit"]["agency"]) == (["Shir Torem"], "Reuters")


# The seed article's layout (abridged body): a screenshot credit alone, the title twice, title lines over caption
# paragraphs that end in credits, one photographer misspelled, a byline, a petition box.
SEED = """(Youtube/Screenshot)
Netanyahu in Moscow

Netanyahu in Moscow

Netanyahu receives full honors upon arrival in Moscow on Monday. (Haim Zach/GPO)

Marking 25 years of diplomatic relations, Netanyahu and Putin conducted warm and friendly talks in Moscow.

“We talked about the need to take joint efforts to confront international terrorism,” Putin said.

Netanyahu in Moscow

Netanyahu visits “The Tomb of the Unknown Soldier” on Tuesday, a war memorial, dedicated to the Soviet soldiers \
killed during World War II, during his official state visit to Moscow. (Haim Zach/GPO)

Putin said they discussed the situation in the Middle East and particularly in Syria.

PM Benjamin and Sara Netanyahu in Moscow

PM Benjamin Netanyahu and his wife Sara at the Russuan Foreign Ministry’s exhibition, titled “open doors towards \
Israel.” (Haim Zch/GPO)

“Today we marked the first 25 years of the resumption of relations,” he affirmed.

By: AP and United with Israel Staff

Sign the Petition to Unite Against Islamic Terror

Petition to the United States and World Powers:

We urge our leaders to reject all supporters of Islamic Terror. Unite with Your Friends - Not with Your Enemies.

See our Privacy Policy
"""


def test_the_seed_article_links_all_four_slots_and_corrects_haim_zch(tmp_path: Path) -> None:
    folder = tmp_path / "moscow"
    jpeg_batch(folder, 4)
    result = run("ingest", str(folder), "--captions", str(article_file(tmp_path, SEED)), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    shown = [json.loads(run("show", str(i), "--json").stdout) for i in (1, 2, 3, 4)]
    assert shown[0]["caption"] is None and shown[0]["credit"]["line"] == "YouTube screenshot"
    assert [s["headline"] for s in shown[1:]] == [
        "Netanyahu in Moscow",
        "Netanyahu in Moscow",
        "PM Benjamin and Sara Netanyahu in Moscow",
    ]
    assert shown[1]["caption"] == "Netanyahu receives full honors upon arrival in Moscow on Monday."
    assert all(s["credit"]["photographers"] == ["Haim Zach"] for s in shown[1:])
    assert shown[3]["credit"]["raw"] == "Haim Zch/GPO"
    assert [(c["from"], c["to"]) for c in shown[3]["corrections"]] == [("Haim Zch", "Haim Zach")]


# BBC-style labels: the source above the caption, each labelled.
LABELLED = """Election day in Israel

Image source, Reuters
Image caption, Voters queue outside a polling station in Jerusalem
Polls close at 22:00 and the first exit polls follow at once.

Image source, Getty Images
Image caption, Ballot papers are counted in Tel Aviv
"""


def test_labelled_source_above_a_labelled_caption() -> None:
    assert slots_of(LABELLED) == [
        ("Voters queue outside a polling station in Jerusalem", "Image source, Reuters", "Election day in Israel"),
        ("Ballot papers are counted in Tel Aviv", "Image source, Getty Images", None),
    ]


# A credit above its caption, throughout the article: what is above each credit is a title or furniture.
CREDIT_ABOVE_CAPTION = """Share
Photo: Olivier Fitoussi/Flash90
Demonstrators block the Ayalon highway in Tel Aviv on Saturday night.
Police used water cannon to clear the road after midnight, and 12 people were detained.
Advertisement
Photo: Yonatan Sindel/Flash90
Protesters outside the Knesset in Jerusalem.
"""


def test_credits_above_their_captions_take_the_caption_below() -> None:
    assert slots_of(CREDIT_ABOVE_CAPTION) == [
        (
            "Demonstrators block the Ayalon highway in Tel Aviv on Saturday night.",
            "Photo: Olivier Fitoussi/Flash90",
            None,
        ),
        ("Protesters outside the Knesset in Jerusalem.", "Photo: Yonatan Sindel/Flash90", None),
    ]


# Controls drawn on the picture sit between caption and credit; a related list runs into a caption.
CONTROLS = """Quake shakes southern Turkey
Rescuers search the rubble of a building in Antakya on Tuesday.
toggle caption
Burak Kara/Getty Images
The death toll rose above 3,000 overnight, officials said, as aftershocks continued.
Related
Aid convoys reach the border
Survivors camp in a stadium in Kahramanmaraş
Bild vergrößern
Foto: Khalil Hamra/AP
"""


def test_picture_controls_are_transparent_and_a_related_list_stops_at_a_caption() -> None:
    assert slots_of(CONTROLS) == [
        (
            "Rescuers search the rubble of a building in Antakya on Tuesday.",
            "Burak Kara/Getty Images",
            "Quake shakes southern Turkey",
        ),
        ("Survivors camp in a stadium in Kahramanmaraş", "Foto: Khalil Hamra/AP", None),
    ]


# A gallery titled 'In pictures: …' and share buttons named after platforms ('ВКонтакте', 'Telegram').
PLATFORM_BUTTONS = """In pictures: the Jerusalem Marathon
1 of 2
Runners set off from the Knesset at dawn on Friday.
(Yonatan Sindel/Flash90)
2 of 2
Spectators cheer near Jaffa Gate.
(Olivier Fitoussi/Flash90)
Поделиться
ВКонтакте
Telegram
Facebook
"""


def test_a_gallery_title_and_platform_share_buttons_are_not_credits() -> None:
    assert slots_of(PLATFORM_BUTTONS) == [
        ("Runners set off from the Knesset at dawn on Friday.", "Yonatan Sindel/Flash90", None),
        ("Spectators cheer near Jaffa Gate.", "Olivier Fitoussi/Flash90", None),
    ]


# A credit alone under a paragraph of the article's text, a blank line between: that paragraph is not its caption.
CREDIT_UNDER_BODY = """Heatwave grips the region

Temperatures reached 44 degrees in Eilat on Monday, the hottest June day on record, the weather service said.

(Yossi Aloni/Flash90)

Hospitals reported dozens of cases of heatstroke.
A family cools off in the fountain at Sacher Park.
Photo: Yonatan Sindel/Flash90
"""


def test_a_paragraph_across_a_blank_line_is_not_taken_for_a_caption() -> None:
    assert slots_of(CREDIT_UNDER_BODY) == [
        (None, "Yossi Aloni/Flash90", None),
        ("A family cools off in the fountain at Sacher Park.", "Photo: Yonatan Sindel/Flash90", None),
    ]


def test_a_credit_glued_to_its_caption_is_read_apart() -> None:
    text = "Soldiers near Bakhmut on Sunday.Credit...Tyler Hicks/The New York Times\nThe fighting went on.\n"
    assert slots_of(text) == [("Soldiers near Bakhmut on Sunday.", "Credit...Tyler Hicks/The New York Times", None)]


def test_gallery_counters_that_skip_a_picture_link_nothing(tmp_path: Path) -> None:
    text = GALLERY.replace("Image 2 of 3", "Image 3 of 3").replace("3/3", "2/3")
    plan = plan_captions(article_file(tmp_path, text), jpeg_batch(tmp_path / "pics", 3))
    assert plan.refused and plan.pairing == []
    assert any("out of order" in p and "line 4" in p for p in plan.problems), plan.problems


SPANISH_ITALIAN = """Incendio en Valencia
Compartir
Publicidad
Actualizado: 12/03/2026 18:40
Los bomberos trabajan en el edificio incendiado del barrio de Campanar
Foto: Biel Aliño/EFE
Lea también
Las llamas se propagaron por la fachada
Vecinos del barrio, frente al edificio, la mañana siguiente.
Foto: Jorge Gil/Europa Press
Condividi
Pubblicità
Il presidente Sergio Mattarella al Quirinale
Foto: Riccardo Antimiani/ANSA
"""


def test_spanish_and_italian_labels_and_furniture() -> None:
    assert slots_of(SPANISH_ITALIAN) == [
        ("Los bomberos trabajan en el edificio incendiado del barrio de Campanar", "Foto: Biel Aliño/EFE", None),
        ("Vecinos del barrio, frente al edificio, la mañana siguiente.", "Foto: Jorge Gil/Europa Press", None),
        ("Il presidente Sergio Mattarella al Quirinale", "Foto: Riccardo Antimiani/ANSA", None),
    ]


def test_a_caption_that_begins_like_a_timestamp_is_still_a_caption() -> None:
    text = "Updated 3 hours ago\nPosted 3 km from the border, soldiers watch the fence.\n(Ayal Margolin/Flash90)\n"
    assert slots_of(text) == [("Posted 3 km from the border, soldiers watch the fence.", "Ayal Margolin/Flash90", None)]


# Credits over captions with no blank lines, a title on top: the line over each credit is the previous picture's
# caption, so reading captions from above would shift every caption onto the next picture.
CREDIT_FIRST_RUN = """Hanukkah lights across the country
Photo: Yonatan Sindel/Flash90
Children light candles at the Western Wall plaza on Sunday.
Photo: Miriam Alster/Flash90
A giant menorah on Rabin Square in Tel Aviv.
Photo: Flash90
Soldiers light the first candle at a base in the north.
"""

CREDIT_FIRST_GALLERY = """Hanukkah lights across the country
1 of 2
Photo: Yonatan Sindel/Flash90
Children light candles at the Western Wall plaza on Sunday.
2 of 2
Photo: Miriam Alster/Flash90
A giant menorah on Rabin Square in Tel Aviv.
"""


def test_credits_over_captions_in_one_run_are_not_shifted_onto_the_next_picture() -> None:
    assert [s.caption for s in find_slots(CREDIT_FIRST_RUN)] == [
        "Children light candles at the Western Wall plaza on Sunday.",
        "A giant menorah on Rabin Square in Tel Aviv.",
        "Soldiers light the first candle at a base in the north.",
    ]
    assert [s.caption for s in find_slots(CREDIT_FIRST_GALLERY)] == [
        "Children light candles at the Western Wall plaza on Sunday.",
        "A giant menorah on Rabin Square in Tel Aviv.",
    ]


def test_a_caption_that_begins_with_numbers_is_not_a_gallery_counter(tmp_path: Path) -> None:
    text = (
        "(1/2)\nA soldier at the Soroka hospital gate. (Dudu Greenspan/Flash90)\n"
        "1 of 2 soldiers wounded in the attack leaves the hospital on Sunday. (Dudu Greenspan/Flash90)\n"
    )
    article_ = read_slots(text)
    assert [s.caption for s in article_.slots] == [
        "A soldier at the Soroka hospital gate.",
        "1 of 2 soldiers wounded in the attack leaves the hospital on Sunday.",
    ]
    assert [(c.line, c.index, c.total) for c in article_.counters] == [(1, 1, 2)]
