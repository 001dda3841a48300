using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>
/// Per read connection: each claim and polarity's <see cref="ViaPrefix"/>, so that a claim with hundreds of contradicting
/// links is probed once, not on every contradiction read that meets it. Emptied when another connection has committed
/// (PRAGMA data_version, read inside the caller's transaction after its first read, so it speaks for the caller's snapshot).
/// </summary>
internal sealed class ViaPrefixCache
{
    /// <summary>Rows kept per claim and polarity: the default limit of 20 pairs and some skipped ones.</summary>
    public const int Length = 32;

    /// <summary>Claims with fewer contradicting links are cheap to probe every time: only a marker (null) is kept for them.</summary>
    public const int MinLinks = 8;

    /// <summary>Entries kept at most (all dropped beyond): markers for every claim of a thousand varied actors fit.</summary>
    private const int MaxEntries = 16384;

    private readonly Dictionary<(string ClaimId, long Polarity), ViaPrefix?> _entries = [];
    private long _dataVersion = -1;

    public void Validate(Session session)
    {
        var version = (long)session.Prepared("PRAGMA data_version;").ExecuteScalar()!;
        if (version == _dataVersion)
            return;
        _entries.Clear();
        _dataVersion = version;
    }

    /// <summary>The claim's prefix for <paramref name="polarity"/>, or null when the claim has fewer than <see cref="MinLinks"/> links.</summary>
    public ViaPrefix? Get(Session session, string claimId, long polarity)
    {
        if (_entries.TryGetValue((claimId, polarity), out var prefix))
            return prefix;
        if (_entries.Count >= MaxEntries)
            _entries.Clear();
        return _entries[(claimId, polarity)] = Read(session, claimId, polarity);
    }

    private static ViaPrefix? Read(Session session, string claimId, long polarity)
    {
        var links = (long)session.Prepared(ContradictionSql.AtLeastLinks).With("@claim", claimId).With("@at_least", MinLinks).ExecuteScalar()!;
        if (links < MinLinks)
            return null;
        var command = session.Prepared(ContradictionSql.ViaPrefix).With("@claim", claimId).With("@polarity", polarity).With("@length", Length);
        var rows = new List<(string, string, long, string?)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var statedAt = reader.GetValue(3);
                if (statedAt is not (string or DBNull))
                    return ViaPrefix.Unusable;
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), statedAt as string));
            }
        }

        return rows.Count <= Length ? new ViaPrefix(rows, Complete: true) : new ViaPrefix(rows[..Length], Complete: false);
    }
}
