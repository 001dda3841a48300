using ClaimGraph.Core.Text;

namespace ClaimGraph.Ingest.Text;

/// <summary>Arabic or English by which script has more letters; anything else reads as English.</summary>
public static class LanguageDetector
{
    public static string Detect(string text)
    {
        int arabic = 0, latin = 0;
        foreach (var ch in text)
        {
            if (ArabicStemmer.IsArabicLetter(ch))
                arabic++;
            else if (ch is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
                latin++;
        }

        return arabic > latin ? "ar" : "en";
    }
}
