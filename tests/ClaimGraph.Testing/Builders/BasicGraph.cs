namespace ClaimGraph.Testing.Builders;

/// <summary>The actor, claim and source a <see cref="StatementBuilder"/> points at by default.</summary>
public static class BasicGraph
{
    public static object[] Nodes() => [A.Actor("actor"), A.Claim("claim"), A.Source("source")];
}
