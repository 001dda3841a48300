namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// A search's phrases as FTS5 sees them in <see cref="FtsMatch.From"/> (every form of every term, in order, one phrase
/// each), matched here against a document's indexed text: how often each phrase occurs in it, as FTS5 counts for bm25, and
/// whether it matches the query at all (every term by at least one of its forms). Indexed text is normalised words joined
/// by single spaces (<see cref="ClaimGraph.Core.Text.TextNormalizer.ForIndex"/>), the same words FTS5's tokenizer finds in it.
/// </summary>
internal sealed class SearchPhrases
{
    private readonly string[] _forms;
    private readonly int[] _termOf;
    private readonly bool[] _prefix;

    public SearchPhrases(IReadOnlyList<IReadOnlyList<string>> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Terms = terms;
        _forms = terms.SelectMany(forms => forms).ToArray();
        _termOf = terms.SelectMany((forms, term) => forms.Select(_ => term)).ToArray();
        _prefix = _forms.Select(FtsMatch.MatchesAsPrefix).ToArray();
    }

    public IReadOnlyList<IReadOnlyList<string>> Terms { get; }

    /// <summary>Every form of every term, one FTS5 phrase each.</summary>
    public IReadOnlyList<string> Forms => _forms;

    /// <summary>Whether FTS5 reads every phrase lazily: no form longer than the indexed prefixes.</summary>
    public bool AllIndexed => _forms.All(f => f.Length <= FtsMatch.IndexedPrefixLength);

    /// <summary>
    /// Counts each phrase's occurrences in <paramref name="body"/> into <paramref name="frequencies"/> (one per form) and
    /// answers whether every term occurs; <paramref name="length"/> is the number of words.
    /// </summary>
    public bool Match(string body, Span<int> frequencies, out int length)
    {
        ArgumentNullException.ThrowIfNull(body);
        frequencies.Clear();
        length = 0;
        var text = body.AsSpan();
        while (text.Length > 0)
        {
            var end = text.IndexOf(' ');
            var word = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (word.IsEmpty)
                continue;
            length++;
            for (var i = 0; i < _forms.Length; i++)
            {
                var form = _forms[i];
                if (_prefix[i] ? word.StartsWith(form, StringComparison.Ordinal) : word.SequenceEqual(form))
                    frequencies[i]++;
            }
        }

        Span<bool> found = stackalloc bool[Terms.Count];
        for (var i = 0; i < _forms.Length; i++)
            found[_termOf[i]] |= frequencies[i] > 0;
        return !found.Contains(false);
    }
}
