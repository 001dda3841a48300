namespace ClaimGraph.Store.Neo4j;

/// <summary>Where the Neo4j server is and how to sign in (configuration section ClaimGraph:Neo4j).</summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>The server's HTTP address, such as http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    public string Url { get; set; } = string.Empty;

    public string Database { get; set; } = "neo4j";

    /// <summary>Basic authentication, with <see cref="Password"/>.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Bearer authentication (SSO token); used instead of User and Password when set.</summary>
    public string? Token { get; set; }

    /// <summary>How long one HTTP request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a request that failed transiently and may be repeated safely.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones back off exponentially.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
