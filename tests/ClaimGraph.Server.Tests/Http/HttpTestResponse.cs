using System.Net;
using System.Text.Json;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>What a test needs of an endpoint response: status, headers and the raw and parsed body.</summary>
public sealed record HttpTestResponse(HttpStatusCode Status, string? ContentType, string? Allow, string Body)
{
    public static async Task<HttpTestResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var contentType = response.Content.Headers.ContentType?.ToString();
        var allow = response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null;
        return new HttpTestResponse(response.StatusCode, contentType, allow, body);
    }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public JsonElement Errors => Json.GetProperty("errors");

    /// <summary>The <c>extensions.code</c> of every error, in order.</summary>
    public IReadOnlyList<string?> Codes =>
        Errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList();

    public string FirstMessage => Errors[0].GetProperty("message").GetString()!;
}
