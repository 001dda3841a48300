namespace ClaimGraph.Ingest.Text;

/// <summary>Token indices of an opening and its closing quotation mark.</summary>
public sealed record QuotePair(int Open, int Close)
{
    public int InnerCount => Close - Open - 1;
}
