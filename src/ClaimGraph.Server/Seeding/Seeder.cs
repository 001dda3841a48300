using ClaimGraph.Core.Import;
using ClaimGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Seeding;

/// <summary>
/// Loads the seed graphs into an empty store. A store that holds anything is left alone, and imports
/// upsert by id, so starting again never duplicates anything.
/// </summary>
public sealed class Seeder(IClaimStore store, GraphImporter importer, IOptions<SeedOptions> options, ILogger<Seeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return;
        var counts = await store.CountAsync(ct);
        if (counts.Actors + counts.Claims + counts.Sources + counts.Statements > 0)
        {
            logger.LogInformation("Store already holds {Statements} statements; not seeding.", counts.Statements);
            return;
        }

        var folder = settings.ResolveDirectory();
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {Folder} not found; starting empty.", folder);
            return;
        }

        foreach (var file in Directory.GetFiles(folder, "*.graph.ndjson").Order(StringComparer.Ordinal))
        {
            var result = await importer.ImportAsync(ImportReader.ParseFile(file), ct);
            logger.LogInformation("Seeded {File}: {Actors} actors, {Sources} sources, {Claims} claims, {Statements} statements, {Links} claim links.",
                Path.GetFileName(file), result.Actors, result.Sources, result.Claims, result.Statements, result.ClaimLinks);
        }
    }
}
