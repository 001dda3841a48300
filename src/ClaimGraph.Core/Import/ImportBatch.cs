using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Import;

/// <summary>A parsed import file: the graph it holds, ready to validate and write in one transaction.</summary>
public sealed record ImportBatch(
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<ClaimLink> ClaimLinks)
{
    public int Count => Actors.Count + Sources.Count + Claims.Count + Statements.Count + ClaimLinks.Count;
}
