namespace ClaimGraph.Server.Auth;

/// <summary>The <c>extensions.code</c> values of refused requests.</summary>
public static class AuthErrorCodes
{
    /// <summary>No key, or a key that matches none configured (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>A valid key whose role is too low for the operation (HTTP 403).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Too many requests for this key or address (HTTP 429).</summary>
    public const string RateLimited = "RATE_LIMITED";
}
