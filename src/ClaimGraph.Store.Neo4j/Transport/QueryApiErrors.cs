using System.Net;
using System.Text.Json;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>Turns a failed Query API response into the port's exceptions.</summary>
internal static class QueryApiErrors
{
    public static Exception FromResponse(HttpStatusCode status, JsonElement? body, string server)
    {
        if (body is { } root && root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            return FromCode(code, message, server);
        }

        var number = (int)status;
        return number switch
        {
            401 or 403 => new StoreUnavailableException($"Neo4j at {server} refused the credentials (HTTP {number}); check ClaimGraph:Neo4j:User/Password or Token."),
            404 => new StoreUnavailableException($"Neo4j at {server} has no Query API for this database (HTTP 404); it needs Neo4j 5.19 or later with the query API enabled, and an existing ClaimGraph:Neo4j:Database."),
            >= 500 => new TransientFailure($"Neo4j at {server} answered HTTP {number}.", safeToRepeat: false),
            _ => new CypherException($"Neo4j at {server} answered HTTP {number} without an error body."),
        };
    }

    public static bool IsError(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors)
        && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0;

    public static Exception FromCode(string code, string message, string server)
    {
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || code == "Neo.ClientError.Cluster.NotALeader")
            return new TransientFailure($"Neo4j at {server} reported {code}: {message}", safeToRepeat: true);
        if (code == "Neo.ClientError.Schema.ConstraintValidationFailed")
            return new StoreConstraintException($"Neo4j refused the write: {message}");
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return new StoreUnavailableException($"Neo4j at {server} refused access ({code}): {message}");
        if (code is "Neo.ClientError.Database.DatabaseNotFound" or "Neo.TransientError.Database.DatabaseUnavailable")
            return new StoreUnavailableException($"Neo4j at {server} cannot serve the database ({code}): {message}");
        return new CypherException(code, message);
    }
}
