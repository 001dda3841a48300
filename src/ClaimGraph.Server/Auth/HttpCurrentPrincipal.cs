using ClaimGraph.Core.Auditing;

namespace ClaimGraph.Server.Auth;

/// <summary>
/// The principal of the current web request (the API key's name, or "local" for loopback without keys);
/// "system" outside a request (seeding, CLI verbs). Writes only run for authenticated requests, so the anonymous
/// case only shows if a write path skips the access rule.
/// </summary>
public sealed class HttpCurrentPrincipal(IHttpContextAccessor accessor) : ICurrentPrincipal
{
    public const string AnonymousName = "anonymous";

    public string Name => accessor.HttpContext is { } context
        ? (context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : AnonymousName)
        : SystemPrincipal.DefaultName;
}
