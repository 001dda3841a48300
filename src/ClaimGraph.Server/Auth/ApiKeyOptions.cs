namespace ClaimGraph.Server.Auth;

/// <summary>One configured API key: <c>ClaimGraph:Auth:Keys:N:Name</c>, <c>:Hash</c> and <c>:Role</c>.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who holds the key; recorded on every write they make and used to partition rate limits.</summary>
    public string Name { get; set; } = "";

    /// <summary>The key's hash as printed by the <c>hash-key</c> verb: <c>sha256:&lt;64 hex digits&gt;</c>. Never the key itself.</summary>
    public string Hash { get; set; } = "";

    /// <summary><c>read</c>, <c>write</c> or <c>admin</c>.</summary>
    public AccessRole Role { get; set; } = AccessRole.Read;
}
