using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Server.Auth;

/// <summary>
/// Reads the API key from <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> and sets
/// <see cref="HttpContext.User"/>. Refusing is left to the GraphQL access rule (<see cref="AccessRule"/>), so a
/// refusal is a GraphQL error with the right status. The key itself is never logged or kept.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyAuthenticator authenticator)
{
    public const string ApiKeyHeader = "X-Api-Key";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.User = authenticator.Authenticate(PresentedKey(context.Request), context.Connection.RemoteIpAddress);
        return next(context);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim();
        var header = request.Headers[ApiKeyHeader].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }
}
