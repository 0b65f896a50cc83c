"""More spellings and scripts of the platforms, broadcasters and organisations that ``catalog.credits.bodies``
names, keyed by its canonical names."""

from __future__ import annotations

__all__ = [
    "BROADCASTER_ALIASES",
    "ORG_ALIASES",
]

# fmt: off
# More spellings and scripts of platforms and broadcasters, keyed by their canonical name in
# ``catalog.credits.bodies.PLATFORMS`` (none of them already there).
BROADCASTER_ALIASES: dict[str, tuple[str, ...]] = {
    "Channel 12": (
        "קשת 12", "Keshet 12",
    ),
    "Channel 13": (
        "ערוץ 13", "רשת 13", "Reshet 13",
    ),
    "Channel 14": (
        "Now 14",
    ),
    "Kan": (
        "כאן", "כאן חדשות", "Kan 11 News", "תאגיד השידור הישראלי", "Israeli Public Broadcasting Corporation",
    ),
    "i24NEWS": (
        "i24",
    ),
    "X": (
        "Твітер", "x.com", "twitter.com", "توییتر", "推特", "ツイッター", "트위터",
        "एक्स", "ট্যুইটার", "ٹوئٹر", "ทวิตเตอร์",
    ),
    "YouTube": (
        "Ютюб", "youtube.com", "یوتیوب", "ユーチューブ", "유튜브", "YouTube-канал",
        "यूट्यूब", "ইউটিউব", "یوٹیوب", "ยูทูบ",
    ),
    "Facebook": (
        "facebook.com", "فیسبوک", "脸书", "臉書", "フェイスブック", "페이스북",
        "फेसबुक", "ফেসবুক", "فیس بک", "เฟซบุ๊ก",
    ),
    "Instagram": (
        "Інстаграм", "إنستجرام", "اینستاگرام", "インスタグラム", "인스타그램",
        "इंस्टाग्राम", "ইনস্টাগ্রাম", "انسٹاگرام", "อินสตาแกรม",
    ),
    "Telegram": (
        "Telegram channel", "تلگرام", "テレグラム", "텔레그램",
    ),
    "TikTok": (
        "تیک‌تاک", "ティックトック", "틱톡",
        "टिकटॉक", "টিকটক", "ٹک ٹاک", "ติ๊กต็อก",
    ),
    "VK": (
        "ВК", "vk.com",
    ),
    "Al Jazeera": (
        "Al Jazeera English", "Al Jazeera Arabic", "Al Jazeera Mubasher", "الجزيرة مباشر", "Аль-Джазира", "אל-ג'זירה",
    ),
    "Al Arabiya": (
        "قناة العربية", "Аль-Арабия", "אל-ערבייה",
    ),
    "CNN": (
        "سي إن إن", "Си-эн-эн", "סי-אן-אן",
    ),
    "BBC": (
        "BBC World Service", "BBC Arabic", "بي بي سي", "بي بي سي عربي", "Би-би-си", "בי-בי-סי",
    ),
    "Fox News": (
        "Fox News Channel", "פוקס ניוז",
    ),
    "RT": (
        "RT Arabic", "روسيا اليوم",
    ),
    "Euronews": (
        "Евроньюс", "يورونيوز",
    ),
    "France 24": (
        "فرانس 24",
    ),
    "TRT": (
        "TRT Arabi", "TRT عربي",
    ),
    "NHK": (
        "NHK World", "日本放送協会",
    ),
    "ARD": (
        "Das Erste",
    ),
    "RAI": (
        "Rai 1", "Rai Uno",
    ),
    "RTVE": (
        "Televisión Española",
    ),
    "ZDF": (
        "ZDFheute",
    ),
    "Al Mayadeen": (
        "قناة الميادين",
    ),
    "Al Manar": (
        "قناة المنار",
    ),
    "Al Araby": (
        "Al Araby TV", "التلفزيون العربي",
    ),
    "Channel One Russia": (
        "1tv",
    ),
}

# More spellings and scripts of organisations, keyed by their canonical name in
# ``catalog.credits.bodies.ORGANISATIONS`` (none of them already there).
ORG_ALIASES: dict[str, tuple[str, ...]] = {
    "Bernama": (
        "Gambar Bernama",
    ),
    "ANI": (
        "एएनआई", "اے این آئی",
    ),
    "Prime Minister's Office": (
        "לשכת ראש הממשלה", 'לשכת רה"מ', 'לשכת רוה"מ',
    ),
    "WAFA": (
        "وكالة الأنباء الفلسطينية", "وكالة الأنباء والمعلومات الفلسطينية", "WAFA News Agency",
        "Palestinian News and Information Agency",
    ),
    "Ukrinform": (
        "Укринформ",
    ),
    "PA": (
        "PA Photos",
    ),
    "AP": (
        "美联社", "美聯社", "AP通信", "AP통신", "آسوشیتدپرس",
        "เอพี", "এপি", "एपी", "اے پی",
        "Invision", "Invision/AP",
    ),
    "Reuters": (
        "路透社", "ロイター", "로이터", "رویترز", "Ройтерс",
        "รอยเตอร์", "রয়টার্স", "रॉयटर्स", "رائٹرز", "Ρόιτερς",
    ),
    "AFP": (
        "法新社", "خبرگزاری فرانسه", "סוכנות הידיעות הצרפתית",
        "เอเอฟพี", "এএফপি", "एएफपी", "اے ایف پی", "AFP통신", "Γαλλικό Πρακτορείο",
    ),
    "Getty Images": (
        "גטי אימג'ס", "גטי",
    ),
    "dpa": (
        "德新社",
        "د.ب.أ", "د ب أ", "د. ب. أ",
    ),
    "Xinhua": (
        "Синьхуа", "شينخوا", "新華社",
        "ซินหัว", "সিনহুয়া", "शिन्हुआ", "شنہوا", "신화통신",
    ),
    "TASS": (
        "塔斯社", "وكالة تاس", "تاس",
    ),
    "Sputnik": (
        "سبوتنيك",
    ),
    "RIA Novosti": (
        "ريا نوفوستي",
    ),
    "Anadolu": (
        "Anadolu Ajansi", "Анадолу",
        "Agencia Anadolu", "Agence Anadolu", "Agenzia Anadolu",
    ),
    "Yonhap": (
        "Yonhap News", "Йонхап",
    ),
    "Kyodo": (
        "Kyodo News Agency", "Киодо",
    ),
    "KCNA": (
        "ЦТАК", "조선중앙통신", "朝鲜中央通讯社", "朝中社", "朝鮮中央通信",
    ),
    "ANSA": (
        "Agenzia ANSA", "Agenzia Nazionale Stampa Associata",
    ),
    "IRNA": (
        "Islamic Republic News Agency", "إرنا", "خبرگزاری جمهوری اسلامی",
    ),
    "Tasnim": (
        "خبرگزاری تسنیم",
    ),
    "Fars": (
        "خبرگزاری فارس", "وكالة فارس",
    ),
    "SANA": (
        "Syrian Arab News Agency", "الوكالة العربية السورية للأنباء",
    ),
    "WAM": (
        "Emirates News Agency", "وكالة أنباء الإمارات",
    ),
    "SPA": (
        "Saudi Press Agency", "وكالة الأنباء السعودية",
    ),
    "QNA": (
        "Qatar News Agency", "وكالة الأنباء القطرية", "قنا",
    ),
    "KUNA": (
        "Kuwait News Agency", "وكالة الأنباء الكويتية",
    ),
    "Petra": (
        "وكالة الأنباء الأردنية",
    ),
    "MAP": (
        "وكالة المغرب العربي للأنباء",
    ),
    "APS": (
        "وكالة الأنباء الجزائرية",
    ),
    "ČTK": (
        "Česká tisková kancelář",
    ),
    "MTI": (
        "Magyar Távirati Iroda",
    ),
    "BTA": (
        "БТА", "Българска телеграфна агенция",
    ),
    "Tanjug": (
        "Танјуг",
    ),
    "NTB": (
        "Norsk Telegrambyrå",
    ),
    "ANP": (
        "Algemeen Nederlands Persbureau",
    ),
    "Belga": (
        "Agence Belga",
    ),
    "Ritzau Scanpix": (
        "Ritzau",
    ),
    "Antara": (
        "Antara News",
        "LKBN Antara", "Kantor Berita Antara",
    ),
    "VNA": (
        "TTXVN", "Thông tấn xã Việt Nam",
    ),
    "Keystone-SDA": (
        "Keystone-ATS",
    ),
    "Israel Police": (
        "Полиция Израиля", "الشرطة الإسرائيلية",
    ),
    "Knesset": (
        "Кнессет", "الكنيست",
    ),
    "White House": (
        "Белый дом", "البيت الأبيض", "הבית הלבן",
        "Nhà Trắng", "ทำเนียบขาว", "हाइट हाउस", "व्हाइट हाउस", "Maison Blanche", "Casa Blanca",
        "Casa Branca", "Weißes Haus", "Beyaz Saray",
    ),
    "IDF": (
        "Israeli Defence Forces",
    ),
    "Shin Bet": (
        "الشاباك",
    ),
    "NASA": (
        "НАСА", "ناسا", 'נאס"א',
    ),
    "UN Photo": (
        "ООН", "الأمم المتحدة", 'האו"ם',
    ),
    "The New York Times": (
        "ניו יורק טיימס", "Нью-Йорк Таймс", "نيويورك تايمز",
    ),
    "The Washington Post": (
        "וושינגטון פוסט", "واشنطن بوست",
    ),
    "Maariv": (
        "מעריב",
    ),
    "Israel Hayom": (
        "ישראל היום",
    ),
    "The Jerusalem Post": (
        "ג'רוזלם פוסט",
    ),
    "Kremlin": (
        "الكرملين", "克里姆林宫",
    ),
}
# fmt: on
