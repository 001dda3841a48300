namespace ClaimGraph.Ingest.Text;

/// <summary>
/// Joins an abbreviation's full stop to its word (Dr. Gen. U.S. John F. Kennedy), so the stop neither ends
/// the sentence nor cuts a speaker's name; rules keep reading the word by its fold without the stop.
/// </summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Titles =
    [
        "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "st",
        "rev", "hon", "adm", "cmdr", "insp", "supt", "pres", "messrs", "mme", "mt", "ft",
    ];

    public static List<Token> Join(List<Token> tokens)
    {
        List<Token>? joined = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = JoinedEnd(tokens, i);
            if (end == i)
            {
                joined?.Add(tokens[i]);
                continue;
            }

            joined ??= tokens.GetRange(0, i);
            var first = tokens[i];
            var last = tokens[end];
            var raw = string.Concat(tokens.GetRange(i, end - i + 1).Select(t => t.Raw));
            joined.Add(new Token(first.Start, last.End, raw, Tokenizer.Fold(raw.TrimEnd('.')), TokenKind.Word));
            i = end;
        }

        return joined ?? tokens;
    }

    // The index of the last token the word at i absorbs (i itself when it is no abbreviation).
    private static int JoinedEnd(List<Token> t, int i)
    {
        if (!t[i].IsWord || !IsStopAfter(t, i))
            return i;
        var next = i + 2 < t.Count ? t[i + 2] : null;
        if (Titles.Contains(t[i].Fold))
            return next is { IsCapitalised: true } ? i + 1 : i;
        if (t[i].Raw.Length != 1 || !char.IsUpper(t[i].Raw[0]))
            return i;

        // An initialism (U.S., U.N.): letters each followed by a touching stop.
        var k = i;
        while (k + 2 < t.Count && t[k + 2].Start == t[k + 1].End && t[k + 2].IsWord && t[k + 2].Raw.Length == 1 && IsStopAfter(t, k + 2))
            k += 2;
        if (k > i)
        {
            // Its last stop ends the sentence before a capital ("in the U.S. The talks"), not before a lower-case word.
            var after = k + 2 < t.Count ? t[k + 2] : null;
            return after is { IsWord: true, IsCapitalised: false } ? k + 1 : k;
        }

        // A middle initial sits between capitalised names (John F. Kennedy).
        return i > 0 && t[i - 1].IsCapitalised && next is { IsCapitalised: true } ? i + 1 : i;
    }

    private static bool IsStopAfter(List<Token> t, int i) =>
        i + 1 < t.Count && t[i + 1].Raw == "." && t[i + 1].Kind == TokenKind.Punct && t[i + 1].Start == t[i].End;
}
