using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Auth;

/// <summary>Turns the key a request presents into a principal with a name and a role.</summary>
public sealed class ApiKeyAuthenticator
{
    /// <summary>The authentication type of principals proven by an API key.</summary>
    public const string ApiKeyType = "ApiKey";

    /// <summary>The authentication type of the loopback principal used when no key is configured.</summary>
    public const string LoopbackType = "Loopback";

    /// <summary>The name writes are recorded under when they come from loopback with no keys configured.</summary>
    public const string LocalName = "local";

    private const string RejectedClaim = "claimgraph:rejected-key";

    private readonly IOptionsMonitor<AuthOptions> _options;

    public ApiKeyAuthenticator(IOptionsMonitor<AuthOptions> options, ILogger<ApiKeyAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var current = options.CurrentValue;
        if (current.Keys.Count == 0)
        {
            if (current.LoopbackWhenNoKeys)
                logger.LogWarning("No API keys are configured ({Section}:Keys): requests from loopback may write as '{Local}', others may only read. Configure keys before exposing the service.", AuthOptions.SectionName, LocalName);
            else
                logger.LogWarning("No API keys are configured ({Section}:Keys) and loopback writes are off: nobody can write.", AuthOptions.SectionName);
        }
    }

    public AuthOptions Options => _options.CurrentValue;

    /// <summary>
    /// The principal for <paramref name="presentedKey"/>: a named principal with its role when the key matches,
    /// an unauthenticated principal marked as rejected (<see cref="IsRejected"/>) when it matches no configured key.
    /// With no key presented, an anonymous principal, or the local admin when the request comes from loopback and
    /// no keys are configured.
    /// </summary>
    public ClaimsPrincipal Authenticate(string? presentedKey, IPAddress? remoteAddress)
    {
        var options = _options.CurrentValue;
        if (presentedKey is null)
        {
            return options.Keys.Count == 0 && options.LoopbackWhenNoKeys && remoteAddress is not null && IPAddress.IsLoopback(remoteAddress)
                ? Principal(LocalName, AccessRole.Admin, LoopbackType)
                : new ClaimsPrincipal(new ClaimsIdentity());
        }

        var digest = ApiKeyHash.Digest(presentedKey);
        ApiKeyOptions? match = null;
        foreach (var key in options.Keys)
        {
            // Every configured key is compared, in constant time, so timing says nothing about which one is near.
            if (ApiKeyHash.Parse(key.Hash) is { } stored && CryptographicOperations.FixedTimeEquals(stored, digest) && match is null)
                match = key;
        }

        return match is null
            ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(RejectedClaim, "true")]))
            : Principal(match.Name, match.Role, ApiKeyType);
    }

    /// <summary>Whether the request presented a key that matches no configured key.</summary>
    public static bool IsRejected(ClaimsPrincipal? user) => user?.HasClaim(c => c.Type == RejectedClaim) == true;

    /// <summary>The role a principal holds (None for anonymous).</summary>
    public static AccessRole RoleOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
            return AccessRole.None;
        var role = user.FindFirst(ClaimTypes.Role)?.Value;
        return Enum.TryParse<AccessRole>(role, ignoreCase: true, out var parsed) ? parsed : AccessRole.None;
    }

    private static ClaimsPrincipal Principal(string name, AccessRole role, string authenticationType) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role.ToString())], authenticationType));
}
