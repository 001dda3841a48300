using Microsoft.Data.Sqlite;

namespace ClaimGraph.Bench;

/// <summary>
/// Which records the benchmarks read in a database: the typical (median) actor and claim by number
/// of statements, the most prolific actor and the most discussed claim.
/// </summary>
public sealed record BenchIds(string TypicalActor, long TypicalActorStatements, string TopActor, long TopActorStatements, string TypicalClaim, long TypicalClaimStatements,
    string TopClaim = "", long TopClaimStatements = 0)
{
    /// <summary>How many varied ids <see cref="Spread"/> gives: more than the parsed-document cache holds (500).</summary>
    public const int VariedCount = 1000;

    /// <summary>Up to <see cref="VariedCount"/> actors and claims spread evenly over the middle half of the ranking by statements, for load with varied ids.</summary>
    public IReadOnlyList<string> VariedActors { get; init; } = [];

    public IReadOnlyList<string> VariedClaims { get; init; } = [];

    /// <summary><see cref="SearchTexts.Count"/> search texts drawn from the data (<see cref="SearchTexts"/>).</summary>
    public IReadOnlyList<string> VariedSearches { get; init; } = [];

    public static BenchIds Find(string dataDirectory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "claimgraph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var actors = Ranked(connection, "actor_id");
        var claims = Ranked(connection, "claim_id");
        var typicalActor = actors[actors.Count / 2];
        var typicalClaim = claims[claims.Count / 2];
        return new BenchIds(typicalActor.Id, typicalActor.Count, actors[0].Id, actors[0].Count, typicalClaim.Id, typicalClaim.Count, claims[0].Id, claims[0].Count)
        {
            VariedActors = Spread(actors),
            VariedClaims = Spread(claims),
            VariedSearches = SearchTexts.Draw(connection),
        };
    }

    /// <summary>Every actor with statements, most statements first.</summary>
    public static List<string> RankedActors(string dataDirectory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "claimgraph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Ranked(connection, "actor_id").Select(a => a.Id).ToList();
    }

    private static List<string> Spread(List<(string Id, long Count)> ranked)
    {
        var from = ranked.Count / 4;
        var span = Math.Max(1, ranked.Count / 2);
        var count = Math.Min(VariedCount, span);
        return Enumerable.Range(0, count).Select(i => ranked[from + (int)((long)i * span / count)].Id).ToList();
    }

    private static List<(string Id, long Count)> Ranked(SqliteConnection connection, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column}, count(*) AS n FROM statements GROUP BY {column} ORDER BY n DESC, {column}";
        using var reader = command.ExecuteReader();
        var ranked = new List<(string, long)>();
        while (reader.Read())
            ranked.Add((reader.GetString(0), reader.GetInt64(1)));
        return ranked;
    }
}
