namespace ClaimGraph.Server.Auth;

/// <summary>Who may read and write: the configuration section <c>ClaimGraph:Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "ClaimGraph:Auth";

    /// <summary>When true (the default), queries need no key; when false they need a key with role read or above.</summary>
    public bool OpenReads { get; set; } = true;

    /// <summary>
    /// When no key is configured at all, requests from the loopback interface act as the admin principal
    /// <see cref="ApiKeyAuthenticator.LocalName"/> (default true), so the service works out of the box on 127.0.0.1.
    /// Configuring any key turns this off: then every write needs a key.
    /// </summary>
    public bool LoopbackWhenNoKeys { get; set; } = true;

    public IList<ApiKeyOptions> Keys { get; } = [];
}
