namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>Neo4j refused a statement for a reason that is neither an outage nor an integrity rule (a Cypher error, say).</summary>
public sealed class CypherException : Exception
{
    public CypherException() { }

    public CypherException(string message) : base(message) { }

    public CypherException(string message, Exception inner) : base(message, inner) { }

    public CypherException(string code, string message)
        : base($"{code}: {message}") => Code = code;

    /// <summary>Neo4j's status code, such as Neo.ClientError.Statement.SyntaxError.</summary>
    public string? Code { get; }
}
