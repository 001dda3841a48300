namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>One Cypher statement and its parameters. User input travels only in <see cref="Parameters"/>.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }
}
