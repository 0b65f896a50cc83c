"""Page furniture that leads away from the picture: related-story headers and share controls."""

from __future__ import annotations

__all__ = [
    "RELATED_HEADERS",
    "SHARE_WORDS",
]

# fmt: off
# Headers of related-story lists on news pages: the lines under them are headlines, not captions.
RELATED_HEADERS: dict[str, tuple[str, ...]] = {
    "tl": (
        "basahin din", "kaugnay na balita",
    ),
    "sw": (
        "soma pia", "habari zaidi",
    ),
    "ur": (
        "یہ بھی پڑھیں", "مزید پڑھیں",
    ),
    "bn": (
        "আরও পড়ুন", "সম্পর্কিত খবর",
    ),
    "th": (
        "อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง",
    ),
    "hi": (
        "यह भी पढ़ें", "ये भी पढ़ें", "संबंधित खबरें",
    ),
    "vi": (
        "xem thêm", "tin liên quan", "đọc thêm",
    ),
    "ms": (
        "baca juga", "berita berkaitan", "artikel berkaitan",
    ),
    "en": (
        "read more", "read also", "also read", "read next", "see also", "related", "related articles",
        "related stories", "related content", "related coverage", "related news", "more on this story",
        "more on this topic", "more stories", "more news", "most read", "most popular", "trending", "top stories",
        "latest news", "recommended", "recommended for you", "you may also like", "you might also like",
        "recommended stories", "most viewed", "most watched", "more from this section", "editor's picks",
    ),
    "fr": (
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi",
        "à voir aussi", "sur le même sujet", "les plus lus", "dans la même rubrique", "articles liés",
    ),
    "de": (
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "zum thema", "auch interessant",
        "das könnte sie auch interessieren", "meistgelesen", "meistgelesene artikel", "weitere artikel", "siehe auch",
        "mehr lesen",
    ),
    "es": (
        "lee también", "lea también", "leer más", "te puede interesar", "le puede interesar",
        "también te puede interesar", "te recomendamos", "más leídas", "lo más leído", "noticias relacionadas",
        "relacionado", "relacionadas", "ver también", "sigue leyendo",
    ),
    "pt": (
        "leia também", "veja também", "leia mais", "saiba mais", "veja mais", "leia ainda", "mais lidas",
        "notícias relacionadas", "relacionadas", "conteúdo relacionado", "você pode gostar",
    ),
    "it": (
        "leggi anche", "leggi pure", "potrebbe interessarti", "potrebbe interessarti anche", "i più letti",
        "più letti", "articoli correlati", "correlati", "vedi anche", "approfondisci",
    ),
    "nl": (
        "lees ook", "lees meer", "meer over", "bekijk ook", "ook interessant", "gerelateerd", "gerelateerde artikelen",
        "meest gelezen", "meer nieuws",
    ),
    "pl": (
        "zobacz także", "zobacz też", "zobacz również", "czytaj także", "czytaj też", "czytaj również",
        "czytaj więcej", "przeczytaj także", "przeczytaj też", "przeczytaj również", "polecamy", "najczęściej czytane",
        "powiązane artykuły",
    ),
    "cs": (
        "čtěte také", "čtěte též", "přečtěte si také", "přečtěte si", "související", "související články",
        "nejčtenější", "mohlo by vás zajímat", "další články",
    ),
    "sk": (
        "čítajte aj", "čítajte tiež", "prečítajte si aj", "prečítajte si tiež", "súvisiace", "súvisiace články",
        "najčítanejšie", "mohlo by vás zaujímať",
    ),
    "hu": (
        "olvassa el", "olvasd el", "kapcsolódó", "kapcsolódó cikkek", "ajánlott", "legolvasottabb",
        "ez is érdekelheti", "ezt is ajánljuk", "további cikkek",
    ),
    "ro": (
        "citește și", "citeste si", "citește mai mult", "vezi și", "vezi si", "articole similare", "știri similare",
        "cele mai citite", "te-ar putea interesa", "recomandări",
    ),
    "sv": (
        "läs också", "läs även", "läs mer", "relaterat", "relaterade artiklar", "mest läst", "mest lästa", "mer om",
    ),
    "no": (
        "les også", "les mer", "relatert", "relaterte saker", "mest lest", "mer om",
    ),
    "da": (
        "læs også", "læs mere", "relateret", "relaterede artikler", "mest læste", "mere om",
    ),
    "fi": (
        "lue myös", "lue lisää", "katso myös", "luetuimmat", "aiheesta lisää", "aiheeseen liittyvää",
    ),
    "el": (
        "διαβάστε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα", "δείτε επίσης", "δείτε ακόμη", "σχετικά άρθρα",
        "σχετικά θέματα", "δημοφιλή",
    ),
    "tr": (
        "ayrıca okuyun", "ilgili haberler", "ilgili haber", "benzer haberler", "bunları da okuyun",
        "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "en çok okunanlar",
    ),
    "ru": (
        "читайте также", "читайте еще", "читайте ещё", "смотрите также", "по теме", "еще по теме", "ещё по теме",
        "материалы по теме", "новости по теме", "другие новости", "самое читаемое", "популярное", "рекомендуем",
    ),
    "uk": (
        "читайте також", "читайте ще", "дивіться також", "по темі", "на тему", "за темою", "новини за темою",
        "популярне", "найпопулярніше", "рекомендуємо", "вас може зацікавити",
    ),
    "bg": (
        "прочетете още", "още по темата", "вижте още", "свързани новини", "най-четени", "препоръчано",
    ),
    "sr": (
        "pročitajte još", "pročitajte i", "povezane vesti", "vezane vesti", "najčitanije", "preporučujemo",
        "прочитајте још", "прочитајте и", "повезане вести", "најчитаније",
    ),
    "hr": (
        "pročitajte i", "pročitajte još", "povezane vijesti", "vezane vijesti", "najčitanije", "preporučujemo",
        "možda vas zanima",
    ),
    "he": (
        "קראו עוד", "קראו גם", "עוד באתר", "עוד בנושא", "לכתבה המלאה", "כתבות נוספות", "עוד כתבות", "כתבות קשורות",
        "הכי נקראים", "הכי נקראות", "הכי נצפים", "הכי נצפות", "מומלצים", "אולי יעניין אותך",
    ),
    "ar": (
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرا ايضا", "اقرأ المزيد", "شاهد أيضا", "مواضيع ذات صلة",
        "أخبار ذات صلة", "اخبار ذات صلة", "مقالات ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "قد يهمك",
    ),
    "fa": (
        "بیشتر بخوانید", "بخوانید", "همچنین بخوانید", "مطالب مرتبط", "مطلب مرتبط", "اخبار مرتبط", "پربازدیدترین",
    ),
    "zh": (
        "相关新闻", "相關新聞", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关阅读", "相關閱讀",
    ),
    "ja": (
        "関連記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "おすすめ記事",
    ),
    "ko": (
        "관련기사", "관련 기사", "많이 본 뉴스", "추천 기사", "함께 보면 좋은 기사",
    ),
    "id": (
        "baca juga", "baca selengkapnya", "berita terkait", "artikel terkait", "terpopuler", "simak juga",
        "lihat juga",
    ),
}

# Share and page controls as bare words (platform names are in furniture's own list).
SHARE_WORDS: dict[str, tuple[str, ...]] = {
    "tl": (
        "ibahagi",
    ),
    "sw": (
        "shiriki",
    ),
    "ur": (
        "شیئر کریں", "شیئر",
    ),
    "bn": (
        "শেয়ার", "শেয়ার করুন",
    ),
    "th": (
        "แชร์", "แบ่งปัน",
    ),
    "hi": (
        "शेयर करें", "शेयर", "कमेंट",
    ),
    "vi": (
        "chia sẻ", "bình luận", "in bài",
    ),
    "ms": (
        "kongsi", "kongsikan",
    ),
    "en": (
        "share", "tweet", "copy link", "link copied", "email", "e-mail", "print", "comment", "comments", "save",
        "bookmark",
    ),
    "fr": (
        "partager", "partagez", "tweeter", "imprimer", "copier le lien", "lien copié", "envoyer", "commenter",
        "commentaires", "enregistrer",
    ),
    "de": (
        "teilen", "drucken", "link kopieren", "kommentare", "kommentieren", "merken", "senden", "speichern",
    ),
    "es": (
        "compartir", "imprimir", "copiar enlace", "copiar link", "comentarios", "enviar", "guardar",
    ),
    "pt": (
        "compartilhar", "compartilhe", "partilhar", "partilhe", "imprimir", "copiar link", "comentários", "comentar",
        "enviar", "salvar",
    ),
    "it": (
        "condividi", "stampa", "copia link", "commenti", "commenta", "invia", "salva",
    ),
    "nl": (
        "delen", "deel", "printen", "link kopiëren", "kopieer link", "reacties", "opslaan",
    ),
    "pl": (
        "udostępnij", "podziel się", "skomentuj", "komentarze", "drukuj", "kopiuj link", "skopiuj link", "wyślij",
        "zapisz",
    ),
    "cs": (
        "sdílet", "sdílejte", "tisk", "vytisknout", "kopírovat odkaz", "komentáře", "diskuse", "uložit",
    ),
    "sk": (
        "zdieľať", "tlačiť", "kopírovať odkaz", "komentáre", "diskusia", "uložiť",
    ),
    "hu": (
        "megosztás", "oszd meg", "nyomtatás", "link másolása", "hozzászólások", "kommentek", "mentés", "küldés",
    ),
    "ro": (
        "distribuie", "trimite", "printează", "copiază link", "copiaza link", "comentarii", "salvează",
    ),
    "sv": (
        "dela", "skriv ut", "kopiera länk", "kommentera", "kommentarer", "spara",
    ),
    "no": (
        "del", "skriv ut", "kopier lenke", "kommentarer", "lagre",
    ),
    "da": (
        "del", "print", "kopiér link", "kopier link", "kommentarer", "gem",
    ),
    "fi": (
        "jaa", "tulosta", "kopioi linkki", "kommentit", "kommentoi", "tallenna",
    ),
    "el": (
        "κοινοποίηση", "κοινοποιήστε", "μοιράσου", "εκτύπωση", "αντιγραφή συνδέσμου", "σχόλια", "αποστολή",
    ),
    "tr": (
        "paylaş", "paylaşın", "yazdır", "bağlantıyı kopyala", "linki kopyala", "yorumlar", "yorum yap", "kaydet",
        "gönder",
    ),
    "ru": (
        "поделиться", "поделитесь", "отправить", "распечатать", "печать", "скопировать ссылку", "копировать ссылку",
        "комментарии", "твитнуть", "сохранить",
    ),
    "uk": (
        "поділитися", "поширити", "надіслати", "друкувати", "скопіювати посилання", "копіювати посилання", "коментарі",
        "зберегти",
    ),
    "bg": (
        "сподели", "споделете", "принтирай", "печат", "копирай линк", "коментари", "изпрати",
    ),
    "sr": (
        "podeli", "podelite", "štampaj", "kopiraj link", "komentari", "подели", "поделите", "штампај", "копирај линк",
        "коментари",
    ),
    "hr": (
        "podijeli", "podijelite", "ispis", "ispiši", "kopiraj poveznicu", "kopiraj link", "komentari", "pošalji",
    ),
    "he": (
        "שתפו", "שתף", "שיתוף", "הדפסה", "הדפס", "העתק קישור", "העתקת קישור", "תגובות", "שלח", "שמירה",
    ),
    "ar": (
        "مشاركة", "شارك", "انشر", "طباعة", "نسخ الرابط", "تعليقات", "التعليقات", "أرسل", "حفظ",
    ),
    "fa": (
        "اشتراک‌گذاری", "اشتراک گذاری", "چاپ", "کپی لینک", "نظرات", "ارسال", "ذخیره",
    ),
    "zh": (
        "分享", "打印", "列印", "复制链接", "複製連結", "评论", "評論", "收藏", "转发", "轉發",
    ),
    "ja": (
        "シェア", "共有", "印刷", "リンクをコピー", "コメント", "ツイート", "保存", "ブックマーク",
    ),
    "ko": (
        "공유", "공유하기", "인쇄", "링크 복사", "댓글", "스크랩", "보내기",
    ),
    "id": (
        "bagikan", "cetak", "salin tautan", "salin link", "komentar", "kirim", "simpan",
        "bagikan artikel",
    ),
}
# fmt: on
