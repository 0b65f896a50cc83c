"""The article reader on layouts met beyond the first fixtures: bylines and datelines that look like credits, a
site's menus, share buttons with their object, credits alone on their line, and layouts that cannot be paired."""

from __future__ import annotations

from pathlib import Path

from catalog.captions.sheets import find_slots, plan_captions
from tests.helpers import article_file, jpeg_batch


def slots_of(text: str) -> list[tuple[str | None, str]]:
    return [(s.caption, s.credit) for s in find_slots(text)]


# A Gulf paper: a 'City - Reporter' byline under the title, stamps with vowel marks, ' · ' before the credit, an
# unknown police force as a credit, a file marker in the credit.
GULF = """الإمارات والكويت توقعان اتفاقية للربط الكهربائي

أبوظبي - محمد الشامسي
نُشر في: 3 يونيو 2026 - 14:20 | آخر تحديث: 3 يونيو 2026 - 18:05

وزيرا الطاقة في البلدين خلال توقيع الاتفاقية في أبوظبي · وام

وقّعت دولة الإمارات ودولة الكويت اتفاقية لإنشاء خط ربط كهربائي مباشر بين البلدين.

دوريات شرطة دبي في محيط مركز دبي التجاري العالمي · شرطة دبي

ألواح شمسية في مجمع للطاقة الشمسية بدبي · أرشيفية - رويترز

شارك الخبر
تويتر
واتساب
"""


def test_a_dateline_byline_and_share_buttons_are_not_slots() -> None:
    assert slots_of(GULF) == [
        ("وزيرا الطاقة في البلدين خلال توقيع الاتفاقية في أبوظبي", "وام"),
        ("دوريات شرطة دبي في محيط مركز دبي التجاري العالمي", "شرطة دبي"),
        ("ألواح شمسية في مجمع للطاقة الشمسية بدبي", "أرشيفية - رويترز"),
    ]


# A wire's page: square-bracket credits, a screen reader's list markers, a menu after the print note.
BRACKETS = """Sudan war live: drone strikes hit Port Sudan

By Al Jazeera Staff
Published On 7 Mar 2026

Smoke billows from a fuel depot in Port Sudan after a drone strike on Friday [AFP]

Recommended Stories
list of 3 items
RSF claims control of key town in North Kordofan
end of list

A version of this article appears in print on Aug. 20, 2026. Order Reprints | Today's Paper | Subscribe
"""


def test_a_wire_in_square_brackets_credits_and_a_menu_does_not() -> None:
    assert slots_of(BRACKETS) == [
        ("Smoke billows from a fuel depot in Port Sudan after a drone strike on Friday", "AFP")
    ]


# A Polish site: a 'today 18:22' stamp, the story's sources, a stock library and a private source alone on the
# line under their captions.
ALONE = """Ulewy na południu Polski

Katarzyna Wójtowicz
Dziś 18:22
Źródło: PAP, Onet

Strażacy wypompowują wodę z zalanej piwnicy w Nowym Sączu
Grzegorz Momot / PAP

Wojewoda ogłosił alarm przeciwpowodziowy.

Sprzęt ratunkowy straży pożarnej (zdjęcie ilustracyjne)
Shutterstock

Pan Henryk przed swoim domem w Nawojowej
Archiwum prywatne
"""


def test_a_known_agency_or_a_private_source_alone_under_a_caption_is_its_credit() -> None:
    assert slots_of(ALONE) == [
        ("Strażacy wypompowują wodę z zalanej piwnicy w Nowym Sączu", "Grzegorz Momot / PAP"),
        ("Sprzęt ratunkowy straży pożarnej (zdjęcie ilustracyjne)", "Shutterstock"),
        ("Pan Henryk przed swoim domem w Nawojowej", "Archiwum prywatne"),
    ]


def test_a_byline_over_its_paper_is_not_a_caption_and_credit() -> None:
    text = (
        "Wildfire forces evacuations north of Flagstaff\n\nMarisol Quintero\nUSA TODAY\n\n"
        "A firefighter watches the fire advance toward homes. (Photo: Rob Ashcroft, The Arizona Republic)\n"
    )
    assert slots_of(text) == [
        ("A firefighter watches the fire advance toward homes.", "Photo: Rob Ashcroft, The Arizona Republic")
    ]


def test_a_caption_between_two_credits_links_nothing(tmp_path: Path) -> None:
    text = (
        "Prezydent zawetował ustawę\n\nKancelaria Prezydenta poinformowała w czwartek, że ustawa nie zostanie "
        "podpisana.\n\nFot. Paweł Supernak / PAP\nPrezydent podczas wystąpienia w Pałacu Prezydenckim\n"
        "Fot. Jakub Kamiński / Reuters\n\nRzecznik rządu zapowiedział nowy projekt.\n"
    )
    plan = plan_captions(article_file(tmp_path, text), jpeg_batch(tmp_path / "pics", 2))
    assert plan.refused and plan.pairing == []
    assert any("between two credits" in p for p in plan.problems), plan.problems


def test_a_gallery_counter_given_to_two_pictures_links_nothing(tmp_path: Path) -> None:
    text = (
        "Olive festival in Jerash\n\n1 of 3\nFarmers show their olive oil at the festival stands.\n"
        "(Laith al-Junaidi/Petra)\n\n2 of 3\nChildren take part in an olive-picking workshop.\n(Petra)\n\n"
        "2 of 3\nA folk troupe performs on the southern stage.\n(Salma al-Omari/Petra)\n"
    )
    plan = plan_captions(article_file(tmp_path, text), jpeg_batch(tmp_path / "pics", 3))
    assert plan.refused and plan.pairing == []
    assert any("given to two pictures" in p for p in plan.problems), plan.problems


# A German gallery and a press release copied from a PDF: captions, and a credit, wrapped over two lines.
WRAPPED = """Bild 1 von 2
Streikposten der GDL vor dem Hauptbahnhof Frankfurt am Main, wo sich am Vormittag
rund 200 Lokführer versammelten.
Foto: Julia Steinigeweg / DER SPIEGEL

Die Bauarbeiten hatten im Oktober begonnen.

Die neue Beschilderung am Beginn der Fahrradstraße in Höhe der Lorettostraße (Foto: Stadt
Freiburg)
"""


def test_captions_and_credits_wrapped_over_two_lines_are_read_whole() -> None:
    assert slots_of(WRAPPED) == [
        (
            "Streikposten der GDL vor dem Hauptbahnhof Frankfurt am Main, wo sich am Vormittag rund 200 Lokführer "
            "versammelten.",
            "Foto: Julia Steinigeweg / DER SPIEGEL",
        ),
        ("Die neue Beschilderung am Beginn der Fahrradstraße in Höhe der Lorettostraße", "Foto: Stadt Freiburg"),
    ]


# Bylines with ranks or in other languages, a story's sources and a copyright footer are not slots; a wire with
# its partner in parentheses is a credit.
FOOTERS = """Soldiers sharpen joint fires at Northern Strike

By Staff Sgt. Devin Okafor, Michigan National Guard
Penulis Titis Anis Fauziyah | Editor Dita Angga Rusiana

Japanese Prime Minister Fumio Kishida speaks to reporters in Tokyo on March 18, 2024. (AFP-Yonhap)

Lamine Yamal celebra con rabia su gol en el descuento ante el Mallorca | Valentí Enrich

Source: Al Jazeera and news agencies

(c) Agencia EFE
"""


def test_bylines_sources_and_footers_are_not_slots() -> None:
    assert slots_of(FOOTERS) == [
        ("Japanese Prime Minister Fumio Kishida speaks to reporters in Tokyo on March 18, 2024.", "AFP-Yonhap"),
        ("Lamine Yamal celebra con rabia su gol en el descuento ante el Mallorca", "Valentí Enrich"),
    ]


# The BBC puts an agency (or a body) alone over each caption; a signature and a dateline are no slots.
CREDITS_OVER = """Storm Orla: Lorry blown over as 90mph gusts hit southern Scotland

Kirsty Maclean
BBC Scotland News

PA Media
A lorry lies on its side on the northbound M74 near Abington

Winds of more than 90mph have brought down trees and power lines across southern Scotland.

Police Scotland
Officers closed the A77 at Ballantrae after a tree fell across both lanes

Santa Clarita, California
CNN

Best regards,
Government Press Office | Prime Minister's Office
"""


def test_an_agency_or_body_alone_over_a_caption_credits_it_and_a_signature_does_not() -> None:
    assert slots_of(CREDITS_OVER) == [
        ("A lorry lies on its side on the northbound M74 near Abington", "PA Media"),
        ("Officers closed the A77 at Ballantrae after a tree fell across both lanes", "Police Scotland"),
    ]


def test_credits_glued_to_a_full_stop_or_after_the_last_sentence_are_found() -> None:
    text = (
        "Canadian Armed Forces members take part in Operation Nanook near Resolute Bay, in August, 2025.Cole "
        "Brandt/The Globe and Mail\n\nRescuers carry a survivor out of a residential building in Kharkiv (via REUTERS)"
        "\n\nEinsatzkräfte sichern eine Unterführung in Zürich Wiedikon. Kantonspolizei Zürich\n\n"
        "Hail covers cars on Jabotinsky Road in Ramat Gan. (Screenshot: X; used in accordance with Clause 27a of the "
        "Copyright Law)\n\nSgt. Noa Ben-Ami. (Courtesy)\n\nApril 22, 2026 | By Cpl. Dana Whitfield, III MEF\n"
    )
    assert slots_of(text) == [
        (
            "Canadian Armed Forces members take part in Operation Nanook near Resolute Bay, in August, 2025.",
            "Cole Brandt/The Globe and Mail",
        ),
        ("Rescuers carry a survivor out of a residential building in Kharkiv", "via REUTERS"),
        ("Einsatzkräfte sichern eine Unterführung in Zürich Wiedikon.", "Kantonspolizei Zürich"),
        ("Hail covers cars on Jabotinsky Road in Ramat Gan.", "Screenshot: X"),
        ("Sgt. Noa Ben-Ami.", "Courtesy"),
    ]


def test_a_breadcrumb_between_bars_is_no_credit_without_a_caption() -> None:
    text = "ספורט | כדורגל ישראלי\n\nשחקני מכבי תל אביב חוגגים את השער השני בבלומפילד\nצילום: עודד קרני\n"
    assert slots_of(text) == [("שחקני מכבי תל אביב חוגגים את השער השני בבלומפילד", "צילום: עודד קרני")]


def test_a_story_source_over_a_wire_page_is_no_slot() -> None:
    text = (
        "Harbin ice festival draws record crowds\n\nSource: Xinhua\n\n"
        "Workers carve an ice sculpture at the park in Harbin, Dec. 18, 2025. (Photo by Sun Xiaoyu/Xinhua)\n"
    )
    assert slots_of(text) == [
        ("Workers carve an ice sculpture at the park in Harbin, Dec. 18, 2025.", "Photo by Sun Xiaoyu/Xinhua")
    ]


# BBC Arabic: the image source over a caption label on a line of its own; a department's menu is no credit.
BBC_ARABIC = """BBC News عربي

مصدر الصورة، Getty Images
التعليق على الصورة،
طائرة تابعة للخطوط الجوية العربية السعودية في مطار الملك خالد الدولي بالرياض

أعلنت السعودية وإيران الاثنين الاتفاق على استئناف الرحلات الجوية المباشرة بين البلدين.

U.S. Department of War
News | Feature Stories
"""


def test_an_image_source_over_a_caption_label_and_a_menu() -> None:
    assert slots_of(BBC_ARABIC) == [
        ("طائرة تابعة للخطوط الجوية العربية السعودية في مطار الملك خالد الدولي بالرياض", "مصدر الصورة، Getty Images")
    ]


def test_a_station_menu_is_no_slot_and_a_reuters_item_counter_is_no_caption() -> None:
    text = (
        "KXVT 7 News | Weather | Traffic | Watch Live\n\nWrong-way driver arrested after chase on I-35\n\n"
        "A trooper approaches the pickup after it came to a stop near the Loop 410 exit. (Screenshot/X)\n\n"
        "Item 2 of 3 FILE PHOTO: The Iranian flag flies in front of the IAEA headquarters in Vienna, March 4, 2024. "
        "REUTERS/Leonhard Foeger/File Photo\n"
    )
    assert slots_of(text) == [
        ("A trooper approaches the pickup after it came to a stop near the Loop 410 exit.", "Screenshot/X"),
        (
            "FILE PHOTO: The Iranian flag flies in front of the IAEA headquarters in Vienna, March 4, 2024.",
            "REUTERS/Leonhard Foeger/File Photo",
        ),
    ]


def test_a_gallery_headline_and_a_lead_in_to_a_contact_are_not_captions() -> None:
    text = (
        "Families shelter in a relief camp in Barpeta.\n© Arun Deka / EPA-EFE\n\nThe week in pictures: July 4, 2025\n\n"
        "לפרטים נוספים:\nדוברות משרד החינוך\n"
    )
    assert slots_of(text) == [("Families shelter in a relief camp in Barpeta.", "© Arun Deka / EPA-EFE")]


def test_a_short_caption_over_a_copyrighted_credit_is_paired() -> None:
    text = "Строительство тоннеля Рублево-Архангельской линии\n© Фото : Московский метрополитен\nПерейти в медиабанк\n"
    assert slots_of(text) == [("Строительство тоннеля Рублево-Архангельской линии", "© Фото : Московский метрополитен")]
