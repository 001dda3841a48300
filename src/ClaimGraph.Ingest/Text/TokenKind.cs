namespace ClaimGraph.Ingest.Text;

public enum TokenKind
{
    Word,
    Punct,
    LineBreak,
}
