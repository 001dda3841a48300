namespace ClaimGraph.GraphQL.Schema;

internal static class Directions
{
    private static readonly HashSet<string> RtlLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "fa", "he", "ur", "ps", "ku", "ckb", "sd", "yi", "dv", "ug",
    };

    public static TextDirection Of(string language)
    {
        var primary = language.Split('-', 2)[0];
        return RtlLanguages.Contains(primary) ? TextDirection.Rtl : TextDirection.Ltr;
    }

    /// <summary>The direction of a text by its first strong character, for quotes that carry no language.</summary>
    public static TextDirection OfText(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                return TextDirection.Rtl;
            if (char.IsLetter(c))
                return TextDirection.Ltr;
        }

        return TextDirection.Ltr;
    }
}
