namespace ClaimGraph.Store.Neo4j.Tests;

internal sealed record RecordedRequest(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
