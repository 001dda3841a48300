using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>Builds the requests the transport tests send.</summary>
public static class HttpTestRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static Task<HttpTestResponse> PostJsonAsync(this HttpTestHost host, object body, string? accept = null) =>
        host.PostRawAsync(JsonSerializer.Serialize(body), Json, accept);

    public static async Task<HttpTestResponse> PostRawAsync(this HttpTestHost host, string? body, string? contentType, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Address);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await host.Client.SendAsync(request);
        return await HttpTestResponse.ReadAsync(response);
    }

    public static async Task<HttpTestResponse> GetAsync(this HttpTestHost host, IDictionary<string, string> parameters, string? accept = null)
    {
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return await host.SendAsync(HttpMethod.Get, new Uri($"{host.Address}?{query}"), accept);
    }

    public static async Task<HttpTestResponse> SendAsync(this HttpTestHost host, HttpMethod method, Uri? address = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, address ?? host.Address);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await host.Client.SendAsync(request);
        return await HttpTestResponse.ReadAsync(response);
    }

    public static Task<HttpTestResponse> QueryAsync(this HttpTestHost host, string query, string? accept = null) =>
        host.PostJsonAsync(new { query }, accept);
}
