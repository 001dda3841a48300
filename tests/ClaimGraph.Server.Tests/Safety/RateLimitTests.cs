using System.Net;
using ClaimGraph.Server.Tests.Api;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>A tight limit: the request after the last permit gets 429 and Retry-After; keys and probes are apart.</summary>
public sealed class RateLimitTests : IDisposable
{
    private const string Query = "{ counts { actors } }";

    private readonly ClaimGraphApp _app = new(settings: TestKeys.Settings(("ClaimGraph:RateLimit:PermitsPerMinute", "3")));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_request_past_the_limit_gets_429_with_Retry_After_and_other_keys_are_not_affected()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await GraphQLCall.PostAsync(_app, Query, apiKey: TestKeys.Alice)).Status);

        var refused = await GraphQLCall.PostAsync(_app, Query, apiKey: TestKeys.Alice);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.Code);
        var retryAfter = refused.Response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, (await GraphQLCall.PostAsync(_app, Query, apiKey: TestKeys.Bob)).Status);
    }

    [Fact]
    public async Task Health_probes_are_never_limited()
    {
        using var client = _app.Server.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
