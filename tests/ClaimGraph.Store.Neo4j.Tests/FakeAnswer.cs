namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>What the fake Query API answers, in the documented JSON shapes.</summary>
internal sealed record FakeAnswer(int Status, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    /// <summary>202 with data: fields and rows given as raw (typed) JSON values.</summary>
    public static FakeAnswer Rows(string fields = "[]", string values = "[]", string bookmarks = "[\"FB:fake\"]") =>
        new(202, $$"""{"data": {"fields": {{fields}}, "values": {{values}}}, "bookmarks": {{bookmarks}}}""", NoHeaders);

    public static FakeAnswer Error(int status, string code, string message = "refused") =>
        new(status, $$$"""{"errors": [{"code": "{{{code}}}", "message": "{{{message}}}"} ]}""", NoHeaders);

    public static FakeAnswer Bare(int status) => new(status, null, NoHeaders);

    public static FakeAnswer Begin(string id, string? affinity = null) =>
        new(202, $$"""{"data": {"fields": [], "values": []}, "transaction": {"id": "{{id}}", "expires": "2030-01-01T00:00:00Z"} }""",
            affinity is null ? NoHeaders : new Dictionary<string, string> { ["neo4j-cluster-affinity"] = affinity });

    public static FakeAnswer Committed(string bookmark) =>
        new(202, $$"""{"bookmarks": ["{{bookmark}}"]}""", NoHeaders);
}
