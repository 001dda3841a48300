using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Import.Bulk;

/// <summary>
/// The ids of the actors, sources and claims that the batches parsed so far in this run define, for checking a batch's
/// references in memory on the parsing thread (<see cref="BatchReferences"/>). Batches commit in file order and the run
/// stops at the first that fails, so an id seen here is stored by the time any later batch commits. Bounded: past
/// <see cref="Capacity"/> ids nothing more is kept, and references to ids not kept are checked against the store instead.
/// </summary>
internal sealed class KnownIds
{
    /// <summary>About 100 MB of ids at most (the strings are the parsed records' own).</summary>
    public const int Capacity = 1_000_000;

    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Claims { get; } = new(StringComparer.Ordinal);

    private int Count => Actors.Count + Sources.Count + Claims.Count;

    /// <summary>Adds the ids <paramref name="batch"/> defines, while there is room.</summary>
    public void Add(BulkBatch batch)
    {
        AddAll(Actors, batch.Actors.Select(a => a.Id));
        AddAll(Sources, batch.Sources.Select(s => s.Id));
        AddAll(Claims, batch.Claims.Select(c => c.Id));
    }

    private void AddAll(HashSet<string> set, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            if (Count >= Capacity)
                return;
            set.Add(id);
        }
    }
}
