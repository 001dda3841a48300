namespace ClaimGraph.Core.Synthetic;

/// <summary>Word lists the generator draws names, claims and quotes from, in Arabic and English.</summary>
internal static class SyntheticText
{
    public static readonly string[] ArabicGivenNames = ["أحمد", "محمد", "خالد", "عمر", "يوسف", "سلمى", "ليلى", "فاطمة", "حسن", "إبراهيم", "مصطفى", "نور", "رامي", "زياد", "هدى"];

    public static readonly string[] ArabicFamilyNames = ["الحسكاوي", "العلي", "الحمصي", "الشامي", "الرقاوي", "الحلبي", "الخطيب", "العمر", "الأحمد", "السوري"];

    public static readonly string[] EnglishGivenNames = ["John", "Sarah", "Michael", "Emma", "David", "Laura", "James", "Anna", "Robert", "Maria"];

    public static readonly string[] EnglishFamilyNames = ["Smith", "Braga", "Dillon", "Carter", "Walker", "Hughes", "Turner", "Price", "Wood", "Reed"];

    public static readonly string[] ArabicBodies = ["قوات", "مجلس", "لجنة", "هيئة", "جبهة", "وزارة", "تحالف", "حركة", "اتحاد", "شبكة"];

    public static readonly string[] ArabicQualifiers = ["الشمال", "الجنوب", "الساحل", "الفرات", "الجزيرة", "البادية", "الوطني", "المدني", "الثوري", "الأعلى"];

    public static readonly string[] OutletNames = ["نيوز", "بوست", "تايمز", "برس", "ميديا", "الآن", "اليوم", "24", "أونلاين", "الإخبارية"];

    public static readonly string[] AnonymousNames = ["مصادر مطلعة", "مصادر محلية", "ناشطون", "مصادر عسكرية", "شهود عيان", "المعلومات المسربة", "بعض المصادر"];

    public static readonly string[] ArabicSubjects = ["المقاتلون", "المدنيون", "العائلات", "القوات الحكومية", "الوفد المفاوض", "التحالف الدولي", "المجلس المحلي", "الفصائل"];

    public static readonly string[] ArabicVerbs = ["غادروا", "وصلوا إلى", "انسحبوا من", "سيطروا على", "قصفوا", "حاصروا", "فاوضوا على", "رفضوا الخروج من"];

    public static readonly string[] Places = ["الرقة", "دير الزور", "عين عيسى", "الطبقة", "منبج", "الحسكة", "القامشلي", "حي البدو", "الميادين", "البوكمال", "تدمر", "إدلب"];

    public static readonly string[] PlacesEnglish = ["Raqqa", "Deir ez-Zor", "Ain Issa", "Tabqa", "Manbij", "Hasakah", "Qamishli", "the Badu quarter", "Mayadin", "Abu Kamal", "Palmyra", "Idlib"];

    public static readonly string[] EnglishSubjects = ["The fighters", "Civilians", "The families", "Government forces", "The negotiating team", "The Coalition", "The local council", "The factions"];

    public static readonly string[] EnglishVerbs = ["left", "arrived in", "withdrew from", "took control of", "shelled", "besieged", "negotiated over", "refused to leave"];

    public static readonly string[] ArabicTimes = ["خلال الساعات القادمة", "مساء الثلاثاء", "صباح اليوم", "منذ يومين", "خلال الأسبوع الماضي", "بعد منتصف الليل"];

    public static readonly string[] EnglishTimes = ["within hours", "on Tuesday evening", "this morning", "two days ago", "last week", "after midnight"];

    public static readonly string[] ArabicReporting = ["وقال", "وأكد", "ونفى", "وطالب", "وأضاف", "وأفاد"];

    public static readonly string[] EnglishReporting = ["said", "confirmed", "denied", "demanded", "added", "reported"];

    public static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
