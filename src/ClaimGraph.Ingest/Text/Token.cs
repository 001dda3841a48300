namespace ClaimGraph.Ingest.Text;

/// <summary>A word or punctuation mark with its UTF-16 span in the article and a folded form for lexicon look-ups.</summary>
public sealed record Token(int Start, int End, string Raw, string Fold, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string punct) => Kind == TokenKind.Punct && Raw == punct;

    /// <summary>Arabic definite: the article, possibly after و ف ب ل ك (لل for ل + ال).</summary>
    public bool IsDefinite =>
        IsWord && (Fold.StartsWith("ال", StringComparison.Ordinal) || Fold.StartsWith("وال", StringComparison.Ordinal)
            || Fold.StartsWith("فال", StringComparison.Ordinal) || Fold.StartsWith("بال", StringComparison.Ordinal)
            || Fold.StartsWith("لل", StringComparison.Ordinal));

    public bool IsCapitalised => IsWord && char.IsUpper(Raw[0]);

    public override string ToString() => Raw;
}
