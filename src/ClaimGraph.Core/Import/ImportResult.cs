namespace ClaimGraph.Core.Import;

/// <summary>How many records of each kind an import wrote (inserted or replaced).</summary>
public sealed record ImportResult(int Actors, int Sources, int Claims, int Statements, int ClaimLinks)
{
    public int Total => Actors + Sources + Claims + Statements + ClaimLinks;
}
