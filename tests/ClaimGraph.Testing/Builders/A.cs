using ClaimGraph.Core.Model;

namespace ClaimGraph.Testing.Builders;

/// <summary>Entry point for test data: <c>A.Actor("sdf").Named("قسد").Build()</c>.</summary>
public static class A
{
    public static ActorBuilder Actor(string id) => new(id);

    public static ClaimBuilder Claim(string id) => new(id);

    public static SourceBuilder Source(string id) => new(id);

    public static StatementBuilder Statement(string id) => new(id);

    public static ClaimLink Link(string fromClaimId, string toClaimId, ClaimLinkKind kind = ClaimLinkKind.Contradicts, string? note = null) =>
        new(fromClaimId, toClaimId, kind, note);
}
