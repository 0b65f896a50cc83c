"""Words that make a capitalised phrase an organisation, not a person: whole words, stems of inflected
languages and endings of compounding ones ('Feuerwehr', 'policj…', '…polizei')."""

from __future__ import annotations

__all__ = [
    "BODY_ENDINGS",
    "BODY_STEMS",
    "BODY_WORDS",
]

# fmt: off
# Words that make an unknown capitalised phrase an organisation, not a person (with company suffixes).
BODY_WORDS: dict[str, tuple[str, ...]] = {
    "ur": (
        "پولیس", "فوج", "وزارت",
    ),
    "bn": (
        "পুলিশ", "সেনাবাহিনী", "মন্ত্রণালয়",
    ),
    "th": (
        "ทำเนียบรัฐบาล", "กระทรวง", "ตำรวจ", "กองทัพ",
    ),
    "vi": (
        "nhà trắng", "bộ", "công an", "quân đội",
    ),
    "tl": (
        "pulisya", "hukbo", "kagawaran",
    ),
    "sw": (
        "ikulu", "jeshi", "polisi", "wizara", "serikali", "hospitali",
    ),
    "en": (
        "department", "ministry", "police", "police department", "police service", "fire brigade", "fire department",
        "fire service", "fire and rescue", "fire and rescue service", "civil defence", "civil defense",
        "emergency services", "emergency service", "emergency", "rescue", "ambulance service", "coast guard",
        "coastguard", "red cross", "red crescent", "hospital", "clinic", "medical center", "medical centre",
        "health service", "university", "college", "municipality", "city hall", "town hall", "city council", "council",
        "army", "navy", "air force", "forces", "armed forces", "military", "agency", "office", "service", "authority",
        "foundation", "museum", "club", "federation", "parliament", "court", "embassy", "government", "inc", "inc.",
        "ltd", "ltd.", "llc", "plc", "corp.", "co.",
        "state house", "statehouse", "media group", "sportswire", "motors", "music", "studios",
        "productions", "entertainment", "records", "airlines", "airways", "holdings", "industries",
        "corporation", "company", "group",
    ),
    "fr": (
        "ministère", "police", "police nationale", "gendarmerie", "pompiers", "sapeurs-pompiers", "sécurité civile",
        "protection civile", "samu", "secours", "hôpital", "clinique", "chu", "université", "mairie", "hôtel de ville",
        "préfecture", "conseil", "conseil municipal", "conseil régional", "conseil départemental", "armée",
        "armée de terre", "marine nationale", "armée de l'air", "forces", "agence", "bureau", "service", "autorité",
        "fondation", "musée", "club", "fédération", "parlement", "assemblée nationale", "sénat", "tribunal", "cour",
        "ambassade", "gouvernement", "SA", "SAS", "sarl",
    ),
    "de": (
        "ministerium", "bundesministerium", "polizei", "landespolizei", "bundespolizei", "feuerwehr",
        "berufsfeuerwehr", "freiwillige feuerwehr", "katastrophenschutz", "rettungsdienst", "bergwacht", "wasserwacht",
        "thw", "drk", "krankenhaus", "klinik", "klinikum", "universität", "hochschule", "stadt", "stadtverwaltung",
        "gemeinde", "rathaus", "landratsamt", "rat", "bundeswehr", "armee", "marine", "deutsche marine",
        "streitkräfte", "agentur", "amt", "behörde", "dienst", "stiftung", "museum", "verein", "verband", "bundestag",
        "landtag", "parlament", "gericht", "botschaft", "regierung", "senat", "staatskanzlei", "gmbh", "AG", "e.v.",
        "KG",
    ),
    "es": (
        "ministerio", "policía", "policía nacional", "policía municipal", "guardia civil", "mossos d'esquadra",
        "carabineros", "bomberos", "cuerpo de bomberos", "protección civil", "defensa civil", "emergencias",
        "servicio de emergencias", "rescate", "cruz roja", "hospital", "clínica", "universidad", "ayuntamiento",
        "alcaldía", "municipalidad", "municipio", "intendencia", "gobernación", "concejo", "consejo", "ejército",
        "armada", "fuerza aérea", "fuerzas armadas", "agencia", "oficina", "servicio", "autoridad", "fundación",
        "museo", "club", "federación", "parlamento", "congreso", "senado", "tribunal", "corte suprema", "juzgado",
        "embajada", "gobierno", "presidencia", "s.a.", "s.l.",
        "prensa",
    ),
    "pt": (
        "ministério", "polícia", "polícia militar", "polícia civil", "polícia federal", "psp", "gnr", "bombeiros",
        "corpo de bombeiros", "defesa civil", "proteção civil", "protecção civil", "resgate", "samu", "cruz vermelha",
        "hospital", "clínica", "universidade", "prefeitura", "câmara municipal", "município", "câmara", "conselho",
        "exército", "marinha", "força aérea", "forças armadas", "agência", "gabinete", "serviço", "autoridade",
        "fundação", "museu", "clube", "federação", "parlamento", "assembleia da república", "congresso", "senado",
        "tribunal", "embaixada", "governo", "ltda.", "s.a.",
    ),
    "it": (
        "ministero", "polizia", "polizia di stato", "polizia locale", "carabinieri", "guardia di finanza",
        "vigili del fuoco", "protezione civile", "soccorso alpino", "croce rossa", "ospedale", "policlinico",
        "clinica", "asl", "università", "comune", "municipio", "regione", "prefettura", "questura", "consiglio",
        "esercito", "marina militare", "aeronautica militare", "forze armate", "agenzia", "ufficio", "servizio",
        "autorità", "fondazione", "museo", "club", "federazione", "parlamento", "camera dei deputati", "senato",
        "tribunale", "corte costituzionale", "corte d'appello", "ambasciata", "governo", "s.p.a.", "s.r.l.",
    ),
    "nl": (
        "ministerie", "politie", "brandweer", "veiligheidsregio", "ambulancedienst", "reddingsbrigade", "knrm",
        "rode kruis", "ziekenhuis", "umc", "kliniek", "universiteit", "hogeschool", "gemeente", "stadhuis",
        "provincie", "gemeenteraad", "koninklijke landmacht", "defensie", "koninklijke marine", "krijgsmacht",
        "luchtmacht", "agentschap", "bureau", "dienst", "autoriteit", "stichting", "museum", "club", "vereniging",
        "federatie", "parlement", "tweede kamer", "rechtbank", "ambassade", "regering", "kabinet", "b.v.", "n.v.",
    ),
    "pl": (
        "ministerstwo", "policja", "komenda", "straż pożarna", "państwowa straż pożarna", "psp", "osp",
        "straż miejska", "straż graniczna", "pogotowie ratunkowe", "ratownictwo medyczne", "wopr", "gopr", "topr",
        "szpital", "klinika", "uniwersytet", "politechnika", "urząd", "urząd miasta", "urząd miejski", "ratusz",
        "gmina", "starostwo", "rada miasta", "rada miejska", "sejm", "senat", "wojsko", "wojsko polskie",
        "marynarka wojenna", "siły zbrojne", "agencja", "biuro", "służba", "fundacja", "muzeum", "klub", "federacja",
        "związek", "trybunał", "ambasada", "rząd", "kancelaria", "sp. z o.o.", "s.a.",
    ),
    "cs": (
        "ministerstvo", "policie", "hasiči", "hasičský záchranný sbor", "hzs", "záchranná služba", "zzs", "nemocnice",
        "klinika", "univerzita", "magistrát", "radnice", "městský úřad", "obecní úřad", "úřad", "obec", "město",
        "krajský úřad", "rada města", "armáda", "ozbrojené síly", "agentura", "služba", "nadace", "muzeum", "klub",
        "svaz", "federace", "parlament", "poslanecká sněmovna", "senát", "soud", "velvyslanectví", "vláda",
        "pražský hrad", "s.r.o.", "a.s.",
    ),
    "sk": (
        "ministerstvo", "polícia", "policajný zbor", "hasiči", "hasičský a záchranný zbor", "záchranná služba",
        "záchranári", "nemocnica", "univerzita", "mesto", "magistrát", "mestský úrad", "obecný úrad", "úrad", "obec",
        "radnica", "mestská rada", "armáda", "ozbrojené sily", "agentúra", "služba", "nadácia", "múzeum", "klub",
        "zväz", "federácia", "parlament", "národná rada", "súd", "veľvyslanectvo", "vláda", "s.r.o.", "a.s.",
    ),
    "hu": (
        "minisztérium", "rendőrség", "tűzoltóság", "katasztrófavédelem", "mentőszolgálat", "mentők", "kórház",
        "klinika", "egyetem", "önkormányzat", "polgármesteri hivatal", "városháza", "hivatal", "tanács", "honvédség",
        "hadsereg", "ügynökség", "szolgálat", "hatóság", "alapítvány", "múzeum", "klub", "szövetség", "országgyűlés",
        "parlament", "bíróság", "nagykövetség", "kormány", "kft.", "zrt.", "nyrt.", "bt.",
    ),
    "ro": (
        "ministerul", "poliția", "politia", "jandarmeria", "pompierii", "isu",
        "inspectoratul pentru situații de urgență", "smurd", "salvamont", "spitalul", "spital", "clinica",
        "universitatea", "primăria", "primaria", "consiliul", "consiliul județean", "armata", "forțele navale",
        "agenția", "agentia", "biroul", "serviciul", "autoritatea", "fundația", "muzeul", "clubul", "federația",
        "parlamentul", "camera deputaților", "senatul", "tribunalul", "curtea", "ambasada", "guvernul",
        "administrația prezidențială", "s.r.l.", "s.a.",
    ),
    "sv": (
        "departementet", "polisen", "polismyndigheten", "räddningstjänsten", "räddningstjänst", "brandkår",
        "sjöräddningssällskapet", "ambulans", "sjukhus", "sjukhuset", "region", "universitet", "universitetet",
        "kommun", "kommunen", "stadshus", "försvarsmakten", "armén", "marinen", "flygvapnet", "myndighet",
        "myndigheten", "verket", "byrå", "stiftelse", "stiftelsen", "museum", "museet", "klubb", "förbund",
        "förbundet", "riksdagen", "domstol", "tingsrätt", "hovrätt", "ambassad", "ambassaden", "regeringen",
        "regeringskansliet", "AB",
    ),
    "no": (
        "departementet", "politiet", "politi", "brannvesen", "brannvesenet", "redningstjenesten",
        "hovedredningssentralen", "sykehus", "sykehuset", "universitet", "universitetet", "kommune", "kommunen",
        "rådhus", "fylkeskommune", "forsvaret", "hæren", "sjøforsvaret", "luftforsvaret", "direktorat", "direktoratet",
        "etaten", "tjeneste", "stiftelse", "museum", "museet", "klubb", "forbund", "stortinget", "tingrett",
        "lagmannsrett", "høyesterett", "ambassade", "ambassaden", "regjeringen", "AS", "ASA",
    ),
    "da": (
        "ministeriet", "ministerium", "politi", "politiet", "rigspolitiet", "beredskabsstyrelsen", "brandvæsen",
        "redningstjeneste", "ambulance", "hospital", "hospitalet", "sygehus", "universitet", "kommune", "kommunen",
        "rådhus", "region", "forsvaret", "hæren", "søværnet", "flyvevåbnet", "styrelsen", "tjeneste", "fond", "fonden",
        "museum", "museet", "klub", "forbund", "folketinget", "byret", "landsret", "højesteret", "ambassade",
        "regeringen", "a/s", "ApS",
    ),
    "fi": (
        "ministeriö", "poliisi", "poliisilaitos", "pelastuslaitos", "palokunta", "hätäkeskus", "ensihoito", "sairaala",
        "sairaanhoitopiiri", "yliopisto", "kaupunki", "kunta", "kaupungintalo", "valtuusto", "puolustusvoimat",
        "maavoimat", "merivoimat", "ilmavoimat", "rajavartiolaitos", "virasto", "laitos", "palvelu", "säätiö", "museo",
        "seura", "liitto", "eduskunta", "käräjäoikeus", "hovioikeus", "korkein oikeus", "suurlähetystö", "hallitus",
        "valtioneuvosto", "Oy", "oyj",
    ),
    "el": (
        "υπουργείο", "αστυνομία", "ελληνική αστυνομία", "πυροσβεστική", "πυροσβεστική υπηρεσία", "πολιτική προστασία",
        "εκαβ", "νοσοκομείο", "κλινική", "πανεπιστήμιο", "δήμος", "δημαρχείο", "περιφέρεια", "δημοτικό συμβούλιο",
        "στρατός", "ένοπλες δυνάμεις", "πολεμικό ναυτικό", "πολεμική αεροπορία", "λιμενικό", "λιμενικό σώμα",
        "υπηρεσία", "οργανισμός", "αρχή", "ίδρυμα", "μουσείο", "σύλλογος", "ομοσπονδία", "βουλή", "δικαστήριο",
        "πρεσβεία", "κυβέρνηση",
    ),
    "tr": (
        "bakanlık", "bakanlığı", "emniyet", "emniyet müdürlüğü", "polis", "jandarma", "itfaiye", "itfaiyesi", "afad",
        "kızılay", "hastane", "hastanesi", "üniversite", "üniversitesi", "belediye", "belediyesi",
        "büyükşehir belediyesi", "valilik", "valiliği", "kaymakamlık", "kaymakamlığı", "meclis", "tbmm", "ordu",
        "deniz kuvvetleri", "hava kuvvetleri", "kara kuvvetleri", "silahlı kuvvetler", "tsk", "msb", "ajans", "ajansı",
        "müdürlüğü", "müdürlük", "başkanlığı", "başkanlık", "kurumu", "vakfı", "vakıf", "müze", "müzesi", "kulüp",
        "kulübü", "federasyon", "federasyonu", "mahkeme", "mahkemesi", "büyükelçiliği", "hükümet", "cumhurbaşkanlığı",
        "a.ş.",
    ),
    "ru": (
        "министерство", "минобороны", "мвд", "мчс", "фсб", "полиция", "гибдд", "гаи", "пожарные", "пожарная охрана",
        "спасатели", "скорая помощь", "больница", "клиника", "госпиталь", "университет", "мэрия", "администрация",
        "городская дума", "госдума", "совет", "армия", "вооруженные силы", "вооружённые силы", "вмф", "вкс",
        "агентство", "ведомство", "служба", "управление", "фонд", "музей", "клуб", "федерация", "суд", "посольство",
        "правительство", "прокуратура", "следственный комитет", "ооо", "оао", "пао", "зао", "АО",
        "метрополитен", "метро",
    ),
    "uk": (
        "міністерство", "міноборони", "мвс", "дснс", "сбу", "зсу", "нацполіція", "національна поліція", "поліція",
        "патрульна поліція", "рятувальники", "пожежники", "швидка допомога", "лікарня", "клініка", "шпиталь",
        "госпіталь", "університет", "мерія", "міська рада", "рада", "верховна рада", "ова", "ода",
        "військова адміністрація", "адміністрація", "армія", "збройні сили", "вмс", "повітряні сили", "генштаб",
        "генеральний штаб", "агентство", "служба", "управління", "фонд", "музей", "клуб", "федерація", "суд",
        "посольство", "уряд", "кабмін", "офіс президента", "прокуратура", "ТОВ", "ПАТ", "АТ",
    ),
    "bg": (
        "министерство", "мвр", "полиция", "пожарна безопасност", "гдпбзн", "пожарникари", "спасители",
        "гражданска защита", "спешна помощ", "болница", "клиника", "университет", "община", "общината", "кметство",
        "столична община", "общински съвет", "съвет", "армия", "въоръжени сили", "военноморски сили", "агенция",
        "служба", "дирекция", "фондация", "музей", "клуб", "федерация", "народно събрание", "парламент", "съд",
        "посолство", "правителство", "министерски съвет", "президентство", "прокуратура", "оод", "еоод", "АД", "еад",
    ),
    "sr": (
        "ministarstvo", "министарство", "mup", "муп", "policija", "полиција", "vatrogasci", "ватрогасци",
        "sektor za vanredne situacije", "сектор за ванредне ситуације", "hitna pomoć", "хитна помоћ", "bolnica",
        "болница", "klinički centar", "клинички центар", "univerzitet", "универзитет", "opština", "општина", "grad",
        "град", "skupština", "скупштина", "vojska", "војска", "vojska srbije", "војска србије", "agencija", "агенција",
        "služba", "служба", "uprava", "управа", "fondacija", "фондација", "muzej", "музеј", "klub", "клуб", "savez",
        "савез", "sud", "суд", "ambasada", "амбасада", "vlada", "влада", "predsedništvo", "председништво", "d.o.o.",
        "a.d.", "д.о.о.",
    ),
    "hr": (
        "ministarstvo", "mup", "policija", "policijska uprava", "vatrogasci", "javna vatrogasna postrojba", "dvd",
        "hgss", "civilna zaštita", "hitna pomoć", "bolnica", "kbc", "klinika", "sveučilište", "grad", "općina",
        "gradsko vijeće", "vijeće", "sabor", "hrvatski sabor", "vojska", "hrvatska vojska", "oružane snage",
        "agencija", "služba", "uprava", "zaklada", "muzej", "klub", "savez", "sud", "veleposlanstvo", "vlada",
        "d.o.o.", "d.d.",
    ),
    "he": (
        "משרד", "משטרה", "המשטרה", "משטרת", "כבאות", "כבאות והצלה", "הצלה", 'מד"א', "מד״א", 'זק"א', "זק״א",
        "איחוד הצלה", "פיקוד העורף", "בית החולים", "בית חולים", "מרכז רפואי", "המרכז הרפואי", "אוניברסיטה",
        "האוניברסיטה", "אוניברסיטת", "עירייה", "העירייה", "עיריית", "מועצה", "המועצה", "מועצת", "מועצה אזורית", "צבא",
        "חיל הים", "חיל האוויר", "סוכנות", "הסוכנות", "לשכה", "לשכת", "שירות", "שירותי", "רשות", "מוזיאון", "מועדון",
        "התאחדות", "איגוד", "בית המשפט", "בית משפט", "שגרירות", "ממשלה", "הממשלה", 'בע"מ', "בע״מ",
    ),
    "ar": (
        "وزارة", "الوزارة", "الشرطة", "شرطة", "الدفاع المدني", "الإسعاف", "الهلال الأحمر", "الصليب الأحمر", "مستشفى",
        "المستشفى", "مجمع", "جامعة", "الجامعة", "بلدية", "البلدية", "مجلس", "المجلس", "الجيش", "القوات المسلحة",
        "القوات", "وكالة", "الوكالة", "مكتب", "المكتب", "هيئة", "الهيئة", "سلطة", "السلطة", "مؤسسة", "المؤسسة", "متحف",
        "المتحف", "نادي", "النادي", "اتحاد", "الاتحاد", "البرلمان", "مجلس النواب", "محكمة", "المحكمة", "سفارة",
        "السفارة", "الحكومة", "حكومة", "الرئاسة", "مديرية", "المديرية", "دائرة",
    ),
    "fa": (
        "وزارت", "وزارتخانه", "پلیس", "نیروی انتظامی", "فراجا", "آتش‌نشانی", "آتش نشانی", "هلال احمر", "اورژانس",
        "بیمارستان", "دانشگاه", "شهرداری", "شورای شهر", "شورا", "ارتش", "سپاه", "نیروی دریایی", "نیروهای مسلح",
        "خبرگزاری", "سازمان", "اداره", "دفتر", "ستاد", "بنیاد", "موزه", "باشگاه", "فدراسیون", "مجلس", "دادگاه",
        "قوه قضاییه", "سفارت", "دولت", "نهاد ریاست جمهوری",
    ),
    "zh": (
        "公安局", "警方", "警察", "消防", "消防局", "消防救援", "急救中心", "医院", "醫院", "大学", "大學", "政府",
        "市政府", "部队", "部隊", "海军", "海軍", "空军", "空軍", "解放军", "解放軍", "通讯社", "通訊社", "办公室",
        "辦公室", "基金会", "基金會", "博物馆", "博物館", "俱乐部", "俱樂部", "协会", "協會", "联合会", "聯合會",
        "委员会", "委員會", "法院", "大使馆", "大使館", "有限公司", "公司", "集团", "集團",
    ),
    "ja": (
        "警察", "警察署", "県警", "警視庁", "消防", "消防局", "消防本部", "病院", "大学", "市役所", "役所", "県庁",
        "議会", "自衛隊", "通信社", "事務所", "財団", "博物館", "美術館", "協会", "連盟", "国会", "裁判所", "大使館",
        "政府", "株式会社",
    ),
    "ko": (
        "경찰", "경찰청", "경찰서", "소방", "소방서", "소방본부", "소방청", "병원", "대학교", "대학", "시청", "구청",
        "도청", "의회", "국회", "육군", "해군", "공군", "국방부", "합동참모본부", "합참", "통신사", "사무소", "재단",
        "박물관", "협회", "연맹", "법원", "대사관", "정부", "대통령실", "주식회사",
    ),
    "id": (
        "kementerian", "polisi", "polri", "polda", "polres", "polsek", "kepolisian", "pemadam kebakaran", "damkar",
        "basarnas", "bnpb", "bpbd", "rumah sakit", "rsud", "klinik", "universitas", "pemerintah kota", "pemkot",
        "pemerintah kabupaten", "pemkab", "pemprov", "dprd", "dpr", "tni", "angkatan darat", "angkatan laut",
        "angkatan udara", "badan", "kantor", "dinas", "otoritas", "yayasan", "museum", "klub", "federasi", "persatuan",
        "mahkamah", "pengadilan", "kedutaan besar", "kedubes", "pemerintah", "istana", "sekretariat presiden", "PT",
        "tbk",
    ),
}

# Beginnings of body words in inflected languages ('policj' for Policja, Policji, Policję).
BODY_STEMS: dict[str, tuple[str, ...]] = {
    "de": (
        "ministeri", "bundesminister", "polizei", "feuerwehr", "krankenh", "klinik", "universität", "stadtverwalt",
        "bundeswehr", "streitkr", "behörd", "stiftung", "botschaft", "regierung", "gericht",
    ),
    "pl": (
        "ministerstw", "policj", "komend", "straż", "straży", "pogotow", "ratownict", "szpital", "klinik",
        "uniwersytet", "politechni", "urzęd", "urząd", "gmin", "starostw", "wojsk", "marynark", "agencj", "fundacj",
        "muze", "federacj", "trybunał", "ambasad", "kancelari", "służb", "rząd",
    ),
    "cs": (
        "ministerstv", "polici", "hasič", "záchrann", "nemocnic", "klinik", "univerzit", "magistrát", "radnic", "úřad",
        "armád", "agentur", "nadac", "muze", "soud", "velvyslanectv",
    ),
    "sk": (
        "ministerstv", "políci", "policajn", "hasič", "záchran", "nemocnic", "univerzit", "magistrát", "úrad", "armád",
        "agentúr", "nadáci", "múze", "veľvyslanectv",
    ),
    "hu": (
        "minisztérium", "rendőr", "tűzoltó", "katasztrófavédel", "mentőszolgálat", "kórház", "egyetem", "önkormányzat",
        "hivatal", "honvéd", "ügynökség", "hatóság", "alapítvány", "múzeum", "szövetség", "bíróság", "nagykövetség",
        "kormány",
    ),
    "ro": (
        "minister", "poliți", "politi", "jandarm", "pompier", "spital", "universit", "primări", "primari", "consili",
        "armat", "agenți", "agenti", "fundați", "fundati", "muze", "federați", "parlament", "tribunal", "ambasad",
        "guvern", "inspectorat",
    ),
    "sv": (
        "departement", "polis", "räddningstjänst", "sjukhus", "universitet", "kommun", "försvarsmakt", "myndighet",
        "stiftelse", "museum", "muse", "domstol", "regering", "ambassad",
    ),
    "no": (
        "departement", "politi", "brannvesen", "sykehus", "universitet", "kommune", "forsvar", "direktorat",
        "stiftelse", "museum", "muse", "regjering", "ambassade",
    ),
    "da": (
        "ministeri", "politi", "beredskab", "hospital", "sygehus", "universitet", "kommune", "forsvar", "styrelse",
        "museum", "muse", "regering", "ambassade",
    ),
    "fi": (
        "ministeri", "poliisi", "pelastuslaito", "sairaal", "yliopisto", "kaupungi", "puolustusvoim", "virasto",
        "säätiö", "museo", "eduskun", "hallitu", "suurlähetystö",
    ),
    "el": (
        "υπουργεί", "αστυνομ", "πυροσβεστ", "νοσοκομεί", "πανεπιστήμ", "πανεπιστημ", "δημαρχεί", "περιφέρει", "μουσεί",
        "κυβέρνησ", "δικαστήρ", "πρεσβεί", "λιμενικ",
    ),
    "tr": (
        "bakanl", "emniyet", "jandarma", "itfaiye", "hastane", "üniversite", "belediye", "valili", "kaymakaml",
        "müdürl", "başkanl", "vakf", "vakıf", "müze", "kulüb", "federasyon", "mahkeme", "büyükelçili", "cumhurbaşkanl",
    ),
    "ru": (
        "министерств", "полици", "пожарн", "спасател", "больниц", "клиник", "госпитал", "университет", "мэри",
        "администрац", "арми", "вооруж", "агентств", "ведомств", "служб", "управлени", "музе", "федерац", "посольств",
        "правительств", "прокуратур", "комитет",
    ),
    "uk": (
        "міністерств", "поліці", "рятувальн", "пожежн", "лікарн", "клінік", "шпитал", "госпітал", "університет",
        "мері", "адміністрац", "армі", "збройн", "агентств", "служб", "управлін", "музе", "федерац", "посольств",
        "уряд", "прокуратур", "генштаб",
    ),
    "bg": (
        "министерств", "полици", "пожарн", "болниц", "клиник", "университет", "общин", "кметств", "арми", "агенци",
        "служб", "дирекци", "фондаци", "музе", "федераци", "посолств", "правителств", "прокуратур",
    ),
    "sr": (
        "ministarstv", "министарств", "polici", "полициј", "vatrogas", "ватрогас", "bolnic", "болниц", "univerzitet",
        "универзитет", "opštin", "општин", "skupštin", "скупштин", "vojsk", "војск", "agencij", "агенциј", "služb",
        "служб", "muzej", "музеј", "ambasad", "амбасад",
    ),
    "hr": (
        "ministarstv", "polici", "vatrogas", "bolnic", "sveučilišt", "općin", "vojsk", "agencij", "služb", "zaklad",
        "muzej", "veleposlanstv",
    ),
    "he": (
        "משרד", "משטרת", "עיריית", "מועצת", "אוניברסיט", "מוזיאון", "רשות", "דוברות", "שגרירות", "ממשלת",
    ),
}

# Endings of body words in compounding languages ('Landespolizei', 'Utrikesdepartementet').
BODY_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": (
        "ministerium", "polizei", "feuerwehr", "klinikum", "krankenhaus", "klinik", "behörde", "verwaltung",
        "präsidium", "direktion", "kommando", "gericht", "stiftung", "verband", "museum", "universität",
    ),
    "nl": (
        "ziekenhuis", "politie", "brandweer", "ministerie",
    ),
    "hu": (
        "rendőrség", "kapitányság", "minisztérium", "kórház", "önkormányzat", "hivatal", "tűzoltóság", "ügynökség",
        "szolgálat", "hatóság", "bíróság", "egyetem", "igazgatóság",
    ),
    "sv": (
        "departementet", "verket", "myndigheten", "polisen", "kommun", "kommunen", "sjukhuset", "styrelsen",
        "inspektionen", "tjänsten",
    ),
    "no": (
        "departementet", "direktoratet", "politiet", "politi", "etaten", "tjenesten", "sykehuset", "kommune", "verket",
        "tilsynet",
    ),
    "da": (
        "ministeriet", "styrelsen", "politi", "politiet", "tjenesten", "hospitalet", "kommune",
    ),
    "fi": (
        "ministeriö", "poliisi", "laitos", "virasto", "sairaala", "keskus", "yliopisto", "liitto", "oikeus",
        "vartiosto", "voimat",
    ),
}
# fmt: on
