using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimGraph.Server.WebSockets;

/// <summary>The JSON messages the server sends under graphql-transport-ws.</summary>
internal static class GraphQLWsMessages
{
    public const string Protocol = "graphql-transport-ws";

    private static readonly JsonSerializerOptions Json = new() { Encoder = Http.GraphQLHttpJson.Encoder };

    public static string Ack() => """{"type":"connection_ack"}""";

    public static string Pong(JsonNode? payload) =>
        payload is null ? """{"type":"pong"}""" : new JsonObject { ["type"] = "pong", ["payload"] = payload.DeepClone() }.ToJsonString(Json);

    /// <summary>A next message around an execution result already serialized by GraphQL.NET.</summary>
    public static string Next(string id, string resultJson) =>
        $$"""{"id":{{JsonSerializer.Serialize(id, Json)}},"type":"next","payload":{{resultJson}}}""";

    public static string Error(string id, JsonNode errors) =>
        new JsonObject { ["id"] = id, ["type"] = "error", ["payload"] = errors.DeepClone() }.ToJsonString(Json);

    public static string Complete(string id) => new JsonObject { ["id"] = id, ["type"] = "complete" }.ToJsonString(Json);
}
