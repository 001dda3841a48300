namespace ClaimGraph.Ingest.Text;

/// <summary>
/// An article as tokens, quotation pairs and sentences. Quotation marks pair within a line:
/// « with », “ with ”, and straight quotes in turn; a mark left without its partner is ignored, so
/// unbalanced quotes never swallow the rest of the text.
/// </summary>
public sealed class ArticleText
{
    private readonly int[] _quoteAt;
    private readonly Dictionary<int, QuotePair> _opening = [];

    public ArticleText(string text)
    {
        Text = text;
        Tokens = Abbreviations.Join(Tokenizer.Tokenize(text));
        _quoteAt = new int[Tokens.Count];
        Array.Fill(_quoteAt, -1);
        Quotes = PairQuotes();
        foreach (var (q, index) in Quotes.Select((q, i) => (q, i)))
        {
            for (var k = q.Open; k <= q.Close; k++)
                if (_quoteAt[k] < 0 || Quotes[_quoteAt[k]].InnerCount > q.InnerCount)
                    _quoteAt[k] = index;
        }

        foreach (var q in Quotes)
            _opening[q.Open] = q;
        Sentences = SplitSentences();
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<QuotePair> Quotes { get; }

    public List<Sentence> Sentences { get; }

    /// <summary>The innermost quotation containing token <paramref name="index"/> (marks included), or null.</summary>
    public QuotePair? QuoteAt(int index) => _quoteAt[index] < 0 ? null : Quotes[_quoteAt[index]];

    /// <summary>The quotation that opens at token <paramref name="index"/>, or null.</summary>
    public QuotePair? QuoteOpeningAt(int index) => _opening.GetValueOrDefault(index);

    /// <summary>Whether the token sits inside a quotation of speech (more than a short name in quotes).</summary>
    public bool InSpeech(int index)
    {
        var q = QuoteAt(index);
        return q is not null && IsSpeech(q) && index > q.Open && index < q.Close;
    }

    public static bool IsSpeech(QuotePair q) => q.InnerCount > 4;

    public string Slice(int start, int end) => Text[start..end];

    /// <summary>The index of the first token starting at or after <paramref name="offset"/> (the token count when none does).</summary>
    public int FirstTokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    private List<QuotePair> PairQuotes()
    {
        var pairs = new List<QuotePair>();
        var guillemets = new Stack<int>();
        var curly = new Stack<int>();
        var straight = -1;
        for (var i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            if (t.Kind == TokenKind.LineBreak)
            {
                guillemets.Clear();
                curly.Clear();
                straight = -1;
                continue;
            }

            switch (t.Raw)
            {
                case "«": guillemets.Push(i); break;
                case "»" when guillemets.Count > 0: pairs.Add(new QuotePair(guillemets.Pop(), i)); break;
                case "“": curly.Push(i); break;
                case "”" when curly.Count > 0: pairs.Add(new QuotePair(curly.Pop(), i)); break;
                case "\"":
                    if (straight < 0)
                        straight = i;
                    else
                    {
                        pairs.Add(new QuotePair(straight, i));
                        straight = -1;
                    }

                    break;
            }
        }

        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        return pairs;
    }

    private List<Sentence> SplitSentences()
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            var ends = t.Kind == TokenKind.LineBreak
                || t.Raw is "." or "!" or "?" or "؟" && !InSpeech(i) && !IsDecimalPoint(i);
            if (!ends)
                continue;
            var last = i + 1;
            // A closing quotation mark right after the full stop belongs to this sentence.
            while (last < Tokens.Count && Tokens[last].Kind == TokenKind.Punct && QuoteAt(last) is { } q && q.Close == last)
                last++;
            if (last > first)
                sentences.Add(new Sentence(first, last));
            first = last;
            i = last - 1;
        }

        if (first < Tokens.Count)
            sentences.Add(new Sentence(first, Tokens.Count));
        return sentences;
    }

    private bool IsDecimalPoint(int i) =>
        Tokens[i].Raw == "." && i > 0 && i + 1 < Tokens.Count
        && Tokens[i - 1].End == Tokens[i].Start && Tokens[i + 1].Start == Tokens[i].End
        && char.IsDigit(Tokens[i - 1].Raw[^1]) && char.IsDigit(Tokens[i + 1].Raw[0]);
}
