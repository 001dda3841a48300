using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Arabic reporting vocabulary, in the tokenizer's folded spelling (أ/إ/آ→ا، ة→ه، ى→ي، ؤ→و، ئ→ي, no
/// harakat). Verbs are listed in the forms news prose uses: past masculine and feminine, past plural,
/// present masculine and feminine; an attached و or ف is stripped before look-up.
/// </summary>
public static class ArabicLexicon
{
    /// <summary>
    /// أشاد بـ، أثنى على in past, present and plural: they praise rather than report, so they make a statement only with
    /// أن or quoted words; without them their subject is the one a participle after them goes on with (أشاد بالحكم، مؤكداً).
    /// Their object takes a preposition, so it never runs on from the subject.
    /// </summary>
    private static readonly string[] EvaluativeVerbs =
    [
        "اشاد", "اشادت", "يشيد", "تشيد", "اشادوا", "يشيدون", "اثني", "اثنت", "يثني", "تثني", "اثنوا", "يثنون",
    ];

    /// <summary>Whether the word (with or without و/ف) is أشاد or أثنى: على after it names the one praised, not words.</summary>
    public static bool IsEvaluative(string fold) => EvaluativeVerbs.Contains(WithoutConjunction(fold));

    private static readonly Dictionary<string, Reporting> Words = Build();

    public static readonly HashSet<string> Complementizers = ["ان", "بان", "فان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "فانه", "فانها"];

    public static readonly HashSet<string> StanceNouns = ["نفي", "تاكيد", "انكار", "اعتراف", "اقرار", "اعلان", "رفض"];

    public static readonly HashSet<string> Attributions = ["بحسب", "حسب", "وفق", "وفقا", "نقلا", "طبقا"];

    public static readonly HashSet<string> Enumerators = ["ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "اخيرا"];

    /// <summary>Words that end a subject: prepositions opening an adverbial, and time words.</summary>
    public static readonly HashSet<string> SubjectStops =
    [
        "خلال", "عن", "علي", "حول", "بشان", "الي", "منذ", "عبر", "اثناء", "عقب", "بعد", "قبل", "امام", "لدي", "ضمن",
        "مساء", "صباح", "ظهر", "ليله", "ليل", "فجر", "يوم", "اليوم", "امس", "الاثنين", "الثلاثاء", "الاربعاء",
        "الخميس", "الجمعه", "السبت", "الاحد", "الماضي", "قوله", "قولها", "قولهم", "كما", "حيث", "لكن", "لكنه", "لكنها",
        // اعترف / أقر / نفى + ب and a verbal noun (اعترفت الشركة بوجود نقص): the object has begun.
        "بوجود", "بحدوث", "بوقوع", "بصحه", "بتعرض", "بارتكاب", "بحصول", "بتورط",
    ];

    /// <summary>A demand as a noun with its owner (جدد النواب مطالبتهم بـ، جددت دعوتها إلى): the object of جدد.</summary>
    public static readonly HashSet<string> DemandNouns =
    [
        "مطالبته", "مطالبتها", "مطالبتهم", "مطالباته", "مطالباتها", "مطالباتهم", "دعوته", "دعوتها", "دعوتهم", "دعواته",
        "دعواتها", "دعواتهم",
    ];

    /// <summary>Nouns after في that make it an adverbial (في بيان، في مؤتمر صحفي), not part of the name.</summary>
    public static readonly HashSet<string> Occasions =
    [
        "بيان", "تصريح", "تصريحات", "حديث", "مؤتمر", "موتمر", "مقابله", "لقاء", "كلمه", "رساله", "منشور", "تغريده",
        "اتصال", "وقت", "ساعه", "ختام", "ردها", "رده", "تقرير", "بلاغ", "افاده", "جلسه",
        "ندوه", "خطاب", "مداخله", "حوار", "مقال", "تدوينه", "اطلاله", "مناظره", "محاضره", "تسجيل", "بث", "اجتماع", "مقطع",
        "برنامج", "تعليق", "منشورات", "تغريدات", "رسايل", "افادات", "شهاده", "مرافعه", "حصيله",
    ];

    /// <summary>Nouns that open the object of a denial or confirmation: the subject has ended.</summary>
    public static readonly HashSet<string> ObjectNouns =
    [
        "الانباء", "انباء", "الاخبار", "اخبار", "التقارير", "تقارير", "الاتهامات", "اتهامات", "الادعاءات", "ادعاءات",
        "المزاعم", "مزاعم", "الروايه", "روايه", "الشائعات", "الشايعات", "شايعات", "ما", "وجود", "صحه", "معلومات",
        "المعلومات", "حدوث", "وقوع", "اي", "كل", "جميع", "الخبر", "خبر", "التصريحات", "الاتهام", "اتهام",
    ];

    /// <summary>Words that say a source is unnamed.</summary>
    public static readonly HashSet<string> AnonymousHeads =
    [
        "مصادر", "مصدر", "المصادر", "المصدر", "معلومات", "المعلومات", "انباء", "الانباء", "تقارير", "التقارير",
        "مسوول", "مسوولون", "مسوولين", "المسوول", "شهود", "الشهود", "ناشطون", "ناشطين", "سكان", "اهالي", "الاهالي",
        "مراقبون", "خبراء", "دبلوماسي", "دبلوماسيون", "مراسل", "مراسله", "شاهد", "مقربون", "اوساط", "الاوساط", "جهات",
    ];

    public static readonly HashSet<string> Quantifiers = ["بعض", "عده", "احد", "احدي", "عدد"];

    /// <summary>Nouns that begin an outlet's name (لوكالة، لموقع) or end it (نيوز).</summary>
    public static readonly HashSet<string> OutletWords =
    [
        "وكاله", "موقع", "صحيفه", "قناه", "شبكه", "اذاعه", "تلفزيون", "مجله", "نيوز", "تي", "وكالات", "جريده", "منصه",
    ];

    /// <summary>
    /// An outlet noun, bare or with ال/ل/و: وكالة itself starts with و, which Stem would take for the conjunction.
    /// </summary>
    public static bool IsOutletWord(string fold) => OutletWords.Contains(fold) || OutletWords.Contains(ArabicSpeakers.Stem(fold));

    /// <summary>Titles: a phrase that starts with one may end in a person's name.</summary>
    public static readonly HashSet<string> Titles =
    [
        "المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "ناطق", "مدير", "وزير", "وزيره", "رئيس", "رييس", "رييسه",
        "الناشط", "الناشطه", "ناشط", "قائد", "قايد", "القائد", "القايد", "السفير", "سفير", "عضو", "نائب", "نايب", "امين",
        "الامين", "المحلل", "الخبير", "الصحفي", "الصحافي", "مستشار", "المستشار", "محافظ", "المحافظ", "الجنرال", "العميد",
        "العقيد", "اللواء", "الدكتور", "الشيخ", "القيادي", "قيادي", "الباحث", "المسوول", "مسوول", "مراسل", "المراسل",
        "مدرب", "المدرب", "مدربه", "المدربه", "زعيم", "الزعيم", "زعيمه", "الزعيمه", "لاعب", "اللاعب", "محامي", "المحامي", "محاميه", "المحاميه", "القاضي", "قاضي",
        "النايب", "الوزير", "الوزيره", "الرييس", "الرييسه", "المدير", "مديره", "المديره", "مبعوث", "المبعوث", "مندوب",
        "المندوب", "المهندس", "الطبيب", "طبيب", "المفوض", "مفوض", "النقيب", "الاستاذ", "البروفيسور", "الكاتب", "الاعلامي",
        "الخبيره", "الباحثه", "الصحفيه", "المحلله", "الاميره", "الامير", "الملك", "السفيره", "سفيره", "المستشاره", "مستشاره",
        // Round 10: the officer in charge (المكلف بالإعلام), the wali, a woman MP, coordinators, judges, consuls, mayors, inspectors.
        "المكلف", "المكلفه", "مكلف", "والي", "الوالي", "النايبه", "نايبه", "المنسق", "منسق", "المنسقه", "منسقه", "القاضيه", "المدعي",
        "الطبيبه", "المهندسه", "القنصل", "قنصل", "العمده", "عمده", "المفتش", "مفتش", "اللاعبه", "لاعبه", "المفوضه", "مفوضه", "المسووله",
    ];

    /// <summary>Whether <paramref name="fold"/> is a title, as written or after an attached و/ف (وزير is a title, not و + زير).</summary>
    public static bool IsTitle(string fold) => ContainsWithoutConjunction(Titles, fold);

    /// <summary>Nouns for a body's own document, read as its issuer (وأضاف البيان).</summary>
    public static readonly HashSet<string> DocumentNouns = ["البيان", "بيان", "البلاغ", "الرساله", "التقرير"];

    public static readonly string[][] DenialPhrases =
    [
        ["لا", "اساس"], ["عار", "عن", "الصحه"], ["عاريه", "عن", "الصحه"], ["عاريه", "من", "الصحه"], ["غير", "دقيق"],
        ["غير", "دقيقه"], ["غير", "صحيح"], ["غير", "صحيحه"], ["فبركات"], ["فبركه"], ["مفبركه"], ["مفبرك"], ["كاذبه"],
        ["افتراء"], ["افتراءات"], ["لا", "صحه"], ["عاري", "عن", "الصحه"], ["ادعاءات", "باطله"], ["محض", "كذب"],
        ["لا", "يوجد", "اي"], ["لا", "توجد", "اي"],
        ["مجرد", "شايعات"], ["مجرد", "اشاعات"], ["مجرد", "ادعاءات"], ["عار", "من", "الصحه"], ["لا", "تمت", "للحقيقه"],
        ["لا", "تمت", "الي", "الحقيقه"], ["لا", "تمت", "الي", "الواقع"], ["مختلقه"], ["مختلق"], ["اكاذيب"], ["ليس", "صحيحا"],
        ["ليست", "صحيحه"], ["بعيده", "عن", "الحقيقه"], ["بعيد", "عن", "الحقيقه"], ["تجافي", "الحقيقه"], ["يجافي", "الحقيقه"],
        ["منافيه", "للحقيقه"], ["مناف", "للحقيقه"], ["لا", "اساس"],
    ];

    /// <summary>The first words of <see cref="DenialPhrases"/>: a word not among them opens none.</summary>
    public static readonly HashSet<string> DenialPhraseStarts = [.. DenialPhrases.Select(p => p[0])];

    /// <summary>Nouns for what others have claimed; said to be disinformation or politicised, they are denied.</summary>
    public static readonly HashSet<string> AccusationNouns =
    [
        "الاتهامات", "الاتهام", "الادعاءات", "المزاعم", "الاشاعات", "الشائعات", "الشايعات", "الروايات",
    ];

    /// <summary>What a dismissal calls the accusations (جزء من حملة تضليل، مسيسة، كيدية، ملفقة، دعاية).</summary>
    public static readonly HashSet<string> DiscreditingWords =
    [
        "تضليل", "التضليل", "مضلله", "مضلل", "تشويه", "التشويه", "مسيسه", "مسيس", "كيديه", "ملفقه", "ملفق", "تلفيق", "دعايه", "بروباغندا",
        "باطله", "باطل", "زايفه", "زايف", "واهيه", "منحاز", "منحازه", "مغلوط", "مغلوطه", "مضخم", "مضخمه", "مبالغ",
    ];

    /// <summary>Verbs in the first person plural that open a demand in reported words (نطالب المجتمع الدولي بـ...).</summary>
    public static readonly HashSet<string> FirstPersonDemands = ["نطالب", "ندعو", "نناشد", "نحث", "اطالب", "ادعو", "اناشد", "احث", "يجب", "ينبغي", "لابد"];

    /// <summary>Verbal nouns a demand asks for after ب that are not of the derived patterns (طالب بوقف، بفتح، بمحاسبة).</summary>
    public static readonly HashSet<string> DemandObjects =
    [
        "وقف", "فتح", "منع", "سحب", "رفع", "حل", "وضع", "محاسبه", "معاقبه", "محاكمه", "حمايه", "تعويض", "ضروره", "عدم", "الغاء",
        "رد", "دفع", "صرف", "تسليم", "عوده", "خفض", "زياده", "توفير", "تامين", "ضمان",
        // Round 10: resignations, dismissals, releases, returns and reviews demanded of someone (طالبت الرابطة باستقالة رئيس النادي).
        "استقاله", "اقاله", "رحيل", "تنحي", "عزل", "اعفاء", "طرد", "اطلاق", "استرداد", "استعاده", "اعاده", "مراجعه", "تعديل",
        "تجميد", "تعليق", "حظر", "انسحاب", "ترحيل", "تعويضات", "تخفيض", "اغلاق",
    ];

    /// <summary>Definite nouns for those a demand is made of (دعا الرئيس المعارضة إلى، حثت الهيئة المزارعين على), in stem form.</summary>
    public static readonly HashSet<string> Addressees =
    [
        "حكومه", "سلطات", "معارضه", "اطراف", "مجتمع", "مواطنين", "اهالي", "سكان", "جميع", "دول", "مزارعين", "عمال", "تجار",
        "نواب", "برلمان", "وزاره", "ادارات", "اداره", "شركات", "مسوولين", "قوي", "فصايل", "متظاهرين", "محتجين", "ناخبين",
        "شباب", "اسر", "مستثمرين", "امم", "كتل", "جهات", "اسره", "متبرعين", "مانحين", "منظمات", "اطباء", "معلمين", "طلاب",
        "موظفين", "مقاتلين", "مستهلكين", "ركاب", "صيادين",
        "مشتركين", "عملاء", "زبائن", "زباين", "مرضي", "مسافرين", "سايقين", "جمهور", "مشجعين", "انصار", "لاعبين", "اعضاء",
        "قاده", "زعماء", "رعايا", "مواطنات", "نازحين", "لاجيين", "مربين", "مدارس", "جامعات", "بنوك", "مصارف", "بلديات",
        "وسايل", "هييات", "حكومات", "مودعين", "مقترضين", "حجاج", "زوار", "سياح", "مصانع", "اولياء", "مدنيين", "اطفال",
    ];

    /// <summary>What one declines when one refuses to speak (رفض التعليق، رافضاً الخوض في التفاصيل): no denial.</summary>
    public static readonly HashSet<string> SpeechActs =
    [
        "الخوض", "التعليق", "الكشف", "الافصاح", "الادلاء", "الرد", "الحديث", "الاجابه", "ذكر", "تحديد", "الدخول", "التطرق",
        "تاكيد", "نفي", "تقديم", "اعطاء", "الاشاره",
    ];

    /// <summary>Adjectives too short for the pattern test (المستشفى العام، الهيئة العليا، المجلس الأعلى), in stem form.</summary>
    public static readonly HashSet<string> ShortAdjectives =
    [
        "عام", "عامه", "خاص", "خاصه", "عليا", "اعلي", "كبري", "عظمي", "اول", "اولي", "حر", "حره", "جديد", "جديده", "كبير",
        "كبيره", "دايم", "دايمه", "عربي", "عربيه",
    ];

    /// <summary>Verbs that frame a quotation given before them (بهذه الكلمات ردّ / علّق / استهل / ختم ...).</summary>
    public static readonly HashSet<string> FramingVerbs =
    [
        "رد", "ردت", "علق", "علقت", "استهل", "استهلت", "ختم", "ختمت", "اختتم", "اختتمت", "افتتح", "افتتحت", "لخص", "لخصت",
        "عبر", "عبرت", "وصف", "وصفت", "خاطب", "خاطبت", "توجه", "توجهت",
    ];

    /// <summary>Verbs of going on (الإضراب سيستمر حتى ...، سنواصل الاعتصام حتى ...): with حتى and a verb they set a condition.</summary>
    public static readonly HashSet<string> ContinuingVerbs =
    [
        "سيستمر", "ستستمر", "سنستمر", "سيتواصل", "ستتواصل", "سنواصل", "سيواصل", "ستواصل", "سيواصلون", "مستمر", "مستمره", "مستمرون",
        "متواصل", "متواصله", "سيبقي", "ستبقي", "سنبقي", "باقون", "سنظل", "سيظل", "ستظل",
    ];

    /// <summary>Time nouns after حتى (حتى نهاية العام): a date, not a condition.</summary>
    public static readonly HashSet<string> TimeNouns =
    [
        "نهايه", "منتصف", "مطلع", "بدايه", "اشعار", "موعد", "يوم", "شهر", "عام", "سنه", "الان", "اليوم", "الغد", "ساعه", "اخر",
    ];

    /// <summary>Cognate objects and emphatic adverbs after a verb (نفى نفياً قاطعاً، نفت جملة وتفصيلاً): not the subject, not the content.</summary>
    public static readonly HashSet<string> Emphatics =
    [
        "نفيا", "رفضا", "تاكيدا", "انكارا", "قاطعا", "قطعيا", "باتا", "مطلقا", "تماما", "جمله", "وتفصيلا", "بشده", "شديدا",
    ];

    /// <summary>Descriptions of a source followed by على (مصادر مطلعة على، مصدر قريب من): the description goes on.</summary>
    public static readonly HashSet<string> Informed = ["مطلع", "مطلعه", "مطلعون", "مطلعين", "اطلاع", "الاطلاع"];

    /// <summary>Those spoken to who are no outlet (قال للصحفيين): an adverbial, not the content.</summary>
    public static readonly HashSet<string> Audiences =
    [
        "للصحفيين", "للصحافيين", "للصحافه", "للاعلاميين", "للمراسلين", "لوسايل", "الصحفيين", "الصحافيين", "المراسلين", "الاعلاميين",
    ];

    /// <summary>Whether <paramref name="fold"/> is an occasion noun, bare or with a possessive ending (تقريره، كلمتها، بيانهم).</summary>
    public static bool IsOccasion(string fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        var stem = ArabicSpeakers.Stem(fold);
        if (Occasions.Contains(stem))
            return true;
        foreach (var ending in (string[])["ها", "هم", "ه"])
        {
            if (stem.Length - ending.Length < 3 || !stem.EndsWith(ending, StringComparison.Ordinal))
                continue;
            var bare = stem[..^ending.Length];
            // كلمته is كلمة + ه: the ة was written ت before the ending.
            if (Occasions.Contains(bare) || bare.EndsWith('ت') && Occasions.Contains(bare[..^1] + "ه") || bare.EndsWith("ات", StringComparison.Ordinal) && Occasions.Contains(bare))
                return true;
        }

        return false;
    }

    /// <summary>A social-media channel after على (على حسابه، على صفحتها، على منصة إكس).</summary>
    public static bool IsChannel(string fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        return fold.StartsWith("حساب", StringComparison.Ordinal) || fold.StartsWith("صفحت", StringComparison.Ordinal) || fold.StartsWith("منص", StringComparison.Ordinal)
            || fold.StartsWith("موقعه", StringComparison.Ordinal) || fold.StartsWith("موقعها", StringComparison.Ordinal);
    }

    /// <summary>Nouns that open what is announced without أن (أعلن الجيش مقتل ...، أعلنت الوزارة وفاة ...).</summary>
    public static readonly HashSet<string> AnnouncedObjects =
    [
        "مقتل", "وفاه", "اعتقال", "تسجيل", "استشهاد", "اصابه", "سقوط", "بدء", "انتهاء", "نجاح", "فوز", "تعليق", "اغلاق",
        "تاجيل", "وصول", "استقالته", "استقالتها", "مسووليته", "مسووليتها", "انسحابه", "انسحابها", "ترشحه", "ترشحها",
    ];

    /// <summary>
    /// Verbs that also mean something other than speaking (رأى saw، كتب wrote a book، أظهر showed، شدد tightened، أبلغ
    /// reported to) or that report an attitude, not words (رحّب welcomed، دافع defended): speech only when أن/إن، a colon,
    /// a quotation or على follows; without it their subject still goes on into a participle (رحّب بالقرار، قائلاً إن).
    /// </summary>
    public static readonly HashSet<string> SpeechOnlyWithComplementizer =
    [
        "راي", "ورات", "يري", "تري", "راوا", "يرون", "كتب", "كتبت", "يكتب", "تكتب", "كتبوا", "اظهر", "اظهرت", "يظهر", "تظهر",
        "بينت", "يعتقد", "تعتقد", "يعتقدون", "شدد", "شددت", "يشدد", "تشدد", "شددوا", "يشددون", "ابلغ", "ابلغت", "يبلغ", "تبلغ",
        "ابلغوا", "نوه", "نوهت", "ينوه", "تنوه", "نوهوا", "رحب", "رحبت", "يرحب", "ترحب", "رحبوا", "يرحبون", "دافع", "دافعت", "يدافع",
        "تدافع", "دافعوا", "يدافعون",
        // Round 11: رأت (saw), لاحظ (noticed), قدّر (appreciated; قدر an amount), جزم (ruled out): speech only with أن/إن.
        "رات", "لاحظ", "لاحظت", "يلاحظ", "تلاحظ", "لاحظوا", "يلاحظون", "قدر", "قدرت", "يقدر", "تقدر", "قدروا", "يقدرون",
        "جزم", "جزمت", "يجزم", "تجزم", "جزموا", "يجزمون",
        // أجاب (granted) and تساءل عن (asked about) report speech only with a colon, a quotation or أن.
        "تساءل", "تساءلت", "يتساءل", "تتساءل", "تساءلوا", "يتساءلون", "اجاب", "اجابت", "يجيب", "تجيب", "اجابوا", "يجيبون",
        // Praise (أشاد بالحكم، أثنى على الجهود): words only with أن or quoted words.
        .. EvaluativeVerbs,
    ];

    /// <summary>Nouns of necessity that open a demand in reported words (شدد على ضرورة الإسراع، أكد وجوب محاسبة).</summary>
    public static readonly HashSet<string> NecessityNouns = ["ضروره", "بضروره", "وجوب", "بوجوب", "لزوم"];

    /// <summary>The reporting word <paramref name="fold"/> is, with an attached و/ف stripped; null when none.</summary>
    public static Reporting? Lookup(string fold)
    {
        // فرات is a name, not ف + رأت.
        if (fold == "فرات")
            return null;
        if (Words.TryGetValue(fold, out var r))
            return r;
        if (fold.Length > 3 && fold[0] is 'و' or 'ف' && Words.TryGetValue(fold[1..], out r))
            return r;
        return null;
    }

    /// <summary>Whether <paramref name="set"/> holds <paramref name="fold"/>, or it without an attached و/ف, without allocating.</summary>
    public static bool ContainsWithoutConjunction(HashSet<string> set, string fold)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(fold);
        if (set.Contains(fold))
            return true;
        return fold.Length > 3 && fold[0] is 'و' or 'ف' && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(fold.AsSpan(1));
    }

    public static string WithoutConjunction(string fold) =>
        fold.Length > 3 && fold[0] is 'و' or 'ف' ? fold[1..] : fold;

    /// <summary>
    /// Verb families news prose uses beyond the first rounds: each in past (masculine, feminine, plural), present
    /// (masculine, feminine, plural) and as a circumstantial participle. رأى is folded راي/يري/تري/راوا; رأت only as ورات,
    /// since ف + رات is the name فرات.
    /// </summary>
    private static void AddRound7(Action<Stance?, VerbShape, string[]> add)
    {
        add(Stance.Asserts, VerbShape.Verb, ["توقع", "توقعت", "يتوقع", "تتوقع", "راي", "ورات", "يري", "تري", "رجح", "رجحت", "يرجح",
            "ترجح", "شدد", "شددت", "يشدد", "تشدد", "نوه", "نوهت", "ينوه", "تنوه", "اتهم", "اتهمت", "يتهم", "تتهم", "اعرب", "اعربت",
            "يعرب", "تعرب", "يحذر", "تحذر", "يلفت", "تلفت", "يهدد", "تهدد", "لوح", "لوحت"]);
        add(Stance.Asserts, VerbShape.Verb, ["كتب", "كتبت", "يكتب", "تكتب", "غرد", "غردت", "يغرد", "تغرد", "استطرد", "استطردت",
            "بينت", "اظهر", "اظهرت", "يظهر", "تظهر", "تعهد", "تعهدت", "يتعهد", "تتعهد", "يعتقد", "تعتقد", "ابلغ", "ابلغت", "يبلغ", "تبلغ"]);
        add(Stance.Asserts, VerbShape.Relay, ["نسب", "نسبت", "ينسب", "تنسب"]);
        add(Stance.Asserts, VerbShape.Verb, ["دافع", "دافعت", "يدافع", "تدافع", "رحب", "رحبت", "يرحب", "ترحب", "حمل", "حملت", "يحمل", "تحمل"]);
        add(Stance.Asserts, VerbShape.Plural, ["دافعوا", "يدافعون", "رحبوا", "يرحبون", "حملوا", "يحملون"]);
        add(Stance.Denies, VerbShape.Verb, ["شكك", "شككت", "يشكك", "تشكك"]);
        add(Stance.Denies, VerbShape.Plural, ["شككوا", "يشككون"]);
        add(Stance.Denies, VerbShape.Participle, ["مشككا", "مشككه", "مشككين"]);
        add(null, VerbShape.Participle, ["واصفا", "واصفه", "واصفين"]);
        add(Stance.Asserts, VerbShape.Plural, ["كتبوا", "غردوا", "تعهدوا", "يتعهدون", "يعتقدون", "ابلغوا"]);
        add(Stance.Asserts, VerbShape.Participle, ["متعهدا", "متعهده"]);
        add(Stance.Asserts, VerbShape.Plural, ["توقعوا", "يتوقعون", "راوا", "يرون", "رجحوا", "يرجحون", "شددوا", "يشددون", "نوهوا",
            "اتهموا", "يتهمون", "اعربوا", "يحذرون", "يشيرون", "يوضحون", "يعتبرون", "لفتوا", "اوردوا", "ادعوا"]);
        add(Stance.Asserts, VerbShape.Participle, ["متوقعا", "متوقعه", "مرجحا", "مرجحه", "مشددا", "مشدده", "منوها", "منوهه",
            "متهما", "متهمه", "محملا", "محمله", "مبينا", "مبينه", "معربا", "معربه", "مضيفين", "مشيرين", "معتبرين", "محذرين",
            "موضحين", "لافتين", "مشددين", "متهمين", "محملين"]);
        add(Stance.Confirms, VerbShape.Plural, ["يقرون", "يعترفون"]);
        add(Stance.Confirms, VerbShape.Participle, ["مقرا", "مقره", "موكدين", "معترفين"]);
        add(Stance.Denies, VerbShape.Verb, ["استبعد", "استبعدت", "يستبعد", "تستبعد", "يرفض", "ترفض", "يدحض", "تدحض", "يفند", "تفند"]);
        add(Stance.Denies, VerbShape.Plural, ["استبعدوا", "يستبعدون", "رفضوا", "يرفضون", "دحضوا", "فندوا", "ينكرون"]);
        add(Stance.Denies, VerbShape.Participle, ["مستبعدا", "مستبعده", "رافضا", "رافضه", "مكذبا", "مكذبه", "نافين", "رافضين", "مستبعدين"]);

        // حثّ is two letters: with و/ف it is too short for the prefix to be stripped, so those forms are listed.
        add(Stance.Demands, VerbShape.Verb, ["حث", "وحث", "فحث", "حثت", "يحث", "تحث", "يناشد", "تناشد", "اوصي", "اوصت", "يوصي",
            "توصي"]);
        add(Stance.Demands, VerbShape.Plural, ["حثوا", "يحثون", "يناشدون", "اوصوا", "يوصون"]);
        add(Stance.Demands, VerbShape.Participle, ["حاثا", "حاثه", "مناشدا", "مناشده", "موصيا", "موصيه", "مطالبين", "داعين",
            "مناشدين"]);
    }

    private static Dictionary<string, Reporting> Build()
    {
        var d = new Dictionary<string, Reporting>(StringComparer.Ordinal);
        void Add(Stance? stance, VerbShape shape, params string[] forms)
        {
            foreach (var f in forms)
                d[f] = new Reporting(stance, shape);
        }

        Add(Stance.Asserts, VerbShape.Verb, "قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "يضيف", "تضيف", "اردف", "اردفت",
            "اوضح", "اوضحت", "يوضح", "توضح", "اشار", "اشارت", "يشير", "تشير", "ذكر", "ذكرت", "يذكر", "تذكر", "افاد", "افادت",
            "يفيد", "تفيد", "كشف", "كشفت", "يكشف", "تكشف", "صرح", "صرحت", "يصرح", "تصرح", "اعلن", "اعلنت", "يعلن", "تعلن",
            "تناقلت", "تناقل", "زعم", "زعمت", "ادعي", "ادعت", "لفت", "لفتت", "هدد", "هددت", "حذر", "حذرت", "اورد", "اوردت",
            "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "روي", "روت");
        Add(Stance.Asserts, VerbShape.Plural, "قالوا", "يقولون", "اضافوا", "اوضحوا", "اشاروا", "ذكروا", "افادوا", "كشفوا",
            "صرحوا", "اعلنوا", "تناقلوا", "زعموا", "هددوا", "حذروا", "اعتبروا", "يؤكدون");
        Add(Stance.Confirms, VerbShape.Verb, "اكد", "اكدت", "يوكد", "توكد", "اقر", "اقرت", "يقر", "تقر", "اعترف", "اعترفت",
            "يعترف", "تعترف");
        Add(Stance.Confirms, VerbShape.Plural, "اكدوا", "اقروا", "اعترفوا", "يوكدون");
        Add(Stance.Denies, VerbShape.Verb, "نفي", "نفت", "ينفي", "تنفي", "انكر", "انكرت", "ينكر", "تنكر", "كذب", "كذبت",
            "رفض", "رفضت", "دحض", "دحضت", "فند", "فندت");
        Add(Stance.Denies, VerbShape.Plural, "نفوا", "ينفون", "انكروا", "كذبوا");
        Add(Stance.Demands, VerbShape.Verb, "طالب", "طالبت", "يطالب", "تطالب", "اشترط", "اشترطت", "يشترط", "تشترط", "دعا",
            "دعت", "يدعو", "تدعو", "ناشد", "ناشدت");
        Add(Stance.Demands, VerbShape.Plural, "طالبوا", "يطالبون", "اشترطوا", "دعوا", "ناشدوا");

        // جدد only with a demand noun after the subject (checked where the clause is read).
        Add(Stance.Demands, VerbShape.Verb, "جدد", "جددت");

        // تابع (went on) only before a colon or a quotation (checked where the clause is read): تابع الوزير العمل is no speech.
        Add(Stance.Asserts, VerbShape.Verb, "تابع", "تابعت");

        // عزا X ذلك إلى ... (put it down to): the cause given is asserted.
        Add(Stance.Asserts, VerbShape.Verb, "عزا", "عزت", "يعزو", "تعزو");
        Add(null, VerbShape.Verb, "وصف", "وصفت", "يصف", "تصف");
        Add(Stance.Asserts, VerbShape.Relay, "نقل", "نقلت", "تنقل", "ينقل");
        Add(Stance.Asserts, VerbShape.Participle, "مضيفا", "مضيفه", "موضحا", "موضحه", "مشيرا", "مشيره", "معتبرا", "معتبره",
            "مهددا", "مهدده", "لافتا", "لافته", "قايلا", "قايله", "محذرا", "محذره", "كاشفا", "كاشفه",
            "ملوحا", "ملوحه", "ملوحين");
        Add(Stance.Confirms, VerbShape.Participle, "موكدا", "موكده", "معترفا", "معترفه");
        Add(Stance.Denies, VerbShape.Participle, "نافيا", "نافيه", "منكرا", "منكره");
        Add(Stance.Demands, VerbShape.Participle, "مطالبا", "مطالبه", "مشترطا", "مشترطه", "داعيا", "داعيه");
        AddRound7(Add);

        // Round 11: رأت after a comma or a contrast (في المقابل، رأت النيابة أن), and opinion verbs in every person.
        Add(Stance.Asserts, VerbShape.Verb, "رات", "لاحظ", "لاحظت", "يلاحظ", "تلاحظ", "قدر", "قدرت", "يقدر", "تقدر", "جزم", "جزمت", "يجزم",
            "تجزم");
        Add(Stance.Asserts, VerbShape.Plural, "لاحظوا", "يلاحظون", "قدروا", "يقدرون", "جزموا", "يجزمون");

        // A question asked (تساءل النائب: «من سيحاسب؟») and an answer given are said (علّق is read with بالقول, elsewhere).
        Add(Stance.Asserts, VerbShape.Verb, "تساءل", "تساءلت", "يتساءل", "تتساءل", "اجاب", "اجابت",
            "يجيب", "تجيب");
        Add(Stance.Asserts, VerbShape.Plural, "تساءلوا", "يتساءلون", "اجابوا", "يجيبون");

        // زعم in the present, زعم / ادّعى as participles (يدّعي folds like يُدعى, is named, and يدّعون like يدعون, they call).
        Add(Stance.Asserts, VerbShape.Verb, "يزعم", "تزعم");
        Add(Stance.Asserts, VerbShape.Plural, "يزعمون");
        Add(Stance.Asserts, VerbShape.Participle, "زاعما", "زاعمه", "زاعمين", "مدعيا");
        Add(Stance.Asserts, VerbShape.Participle, "متسايلا", "متسايله");
        Add(Stance.Asserts, VerbShape.Verb, [.. EvaluativeVerbs.Where(v => !v.EndsWith("وا", StringComparison.Ordinal) && !v.EndsWith("ون", StringComparison.Ordinal))]);
        Add(Stance.Asserts, VerbShape.Plural, [.. EvaluativeVerbs.Where(v => v.EndsWith("وا", StringComparison.Ordinal) || v.EndsWith("ون", StringComparison.Ordinal))]);
        return d;
    }
}
