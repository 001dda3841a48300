using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>One POST to /graphql with a chosen key header (or none), answered as status, headers and JSON body.</summary>
public sealed record GraphQLCall(HttpStatusCode Status, JsonObject Body, HttpResponseMessage Response)
{
    public string? Code => (string?)Body["errors"]?[0]?["extensions"]?["code"];

    public static async Task<GraphQLCall> PostAsync(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string query, string? apiKey = null, string? bearer = null, object? variables = null, string? accept = null, string? operationName = null)
    {
        using var client = app.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables, operationName }) };
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        if (bearer is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLCall(response.StatusCode, JsonNode.Parse(text)!.AsObject(), response);
    }
}
