namespace ClaimGraph.Core.Text;

/// <summary>
/// Light prefix stripping for folded Arabic tokens. Canonical(x) is defined recursively
/// (Canonical(prefix + rest) = Canonical(rest)), so a word reaches the same stem whichever
/// prefixes it carries: والتحالف, للتحالف, بالتحالف and التحالف all become تحالف.
/// Bare ب and ل are not stripped there, since many stems begin with them (بيان, لقاء);
/// <see cref="WithoutBarePreposition"/> offers that reading as a second form.
/// </summary>
public static class ArabicStemmer
{
    private const char Waw = '\u0648';
    private const char Fa = '\u0641';
    private const char Alef = '\u0627';
    private const char Lam = '\u0644';
    private const char Ba = '\u0628';
    private const char Kaf = '\u0643';

    public static string Canonical(string token)
    {
        var current = token;
        while (true)
        {
            var next = StripOnce(current);
            if (next == current)
                return current;
            current = next;
        }
    }

    /// <summary>The canonical stem without a leading ب or ل, or null when that would leave under three letters.</summary>
    public static string? WithoutBarePreposition(string canonical)
    {
        if (canonical.Length >= 4 && (canonical[0] == Ba || canonical[0] == Lam) && IsArabic(canonical[1]))
            return Canonical(canonical[1..]);
        return null;
    }

    private static string StripOnce(string t)
    {
        if (t.Length < 3 || !IsArabic(t[0]))
            return t;

        // Conjunctions و and ف, when at least three letters remain.
        if ((t[0] == Waw || t[0] == Fa) && t.Length >= 4 && IsArabic(t[1]))
            return t[1..];

        // The article and its prepositional forms: ال، بال، كال، لل (ل + ال with the alef dropped).
        if (t[0] == Alef && t[1] == Lam && t.Length >= 4)
            return t[2..];
        if ((t[0] == Ba || t[0] == Kaf) && t.Length >= 5 && t[1] == Alef && t[2] == Lam)
            return t[3..];
        if (t[0] == Lam && t[1] == Lam && t.Length >= 4)
            return t[2..];

        return t;
    }

    private static bool IsArabic(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';
}
