namespace ClaimGraph.Server.RateLimiting;

/// <summary>Requests per key or client address: the configuration section <c>ClaimGraph:RateLimit</c>.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "ClaimGraph:RateLimit";

    /// <summary>
    /// Requests one API key (or, without a key, one client address) may make per minute; more get 429 with
    /// Retry-After. 0, the default, means no limit.
    /// </summary>
    public int PermitsPerMinute { get; set; }

    /// <summary>Requests over the limit that wait for the next window instead of being refused at once (default 0).</summary>
    public int QueueLimit { get; set; }
}
