namespace ClaimGraph.Server.Seeding;

/// <summary>Configuration section ClaimGraph:Seed.</summary>
public sealed class SeedOptions
{
    /// <summary>Seed an empty store on start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Folder of *.graph.ndjson files; defaults to the seeds/ folder shipped beside the service.</summary>
    public string? Directory { get; set; }

    public string ResolveDirectory() => Directory ?? Path.Combine(AppContext.BaseDirectory, "seeds");
}
