using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Records;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>
/// Statements by the given actors paired with other actors' statements that contradict them:
/// opposite polarity on the same claim, or the same non-zero polarity on a claim linked to it as
/// contradicting (either direction). Polarity 0 (demands) never contradicts.
/// </summary>
/// <remarks>
/// Driven from here by small prepared index probes (<see cref="ContradictionSql"/>), one asked actor at a time and
/// every asked direction at once, in the port's order (own statement id, other actor, other statement id, same-claim
/// before via-link), stopping when each direction has its limit:
/// <list type="bullet">
/// <item>Own statements by the (actor_id, id) index, read one by one only as far as needed.</item>
/// <item>Per own statement and direction still short of its limit, the same-claim pairs it still needs, from
/// ix_statements_claim_order in answer order (SQLite stops at the limit). When that fills the need, its last pair
/// bounds the via-link pairs that can still make the cut.</item>
/// <item>Via-link candidates: for a typical actor, whose first statement is often on the busiest claim (289 links),
/// the seeks of the linked claims are most of the work (the old query made them once per direction). First from
/// the read connection's <see cref="ViaPrefixCache"/>: the claim's first linked statements of that polarity, kept
/// until another connection commits, filtered here (other actor, direction, bound), enough when they fill the need,
/// pass the bound or are all there are. Otherwise once per own statement for all directions: the candidates up to
/// the widest bound, index only, with a flag per direction; more than <see cref="ViaCap"/> of them (a small claim
/// linked to a busy one, with no bound) fall back to a per-direction read that takes at most the need from each link.</item>
/// <item>Same-claim and via-link candidates merge here in SQLite's text order (<see cref="Utf8Order"/>); the kept
/// via pairs' statements are read in one go at the end (the candidates carry only actor, id and seq).</item>
/// </list>
/// The probes run in one read transaction, so they see one state of the data.
/// </remarks>
internal static class ContradictionQuery
{
    /// <summary>Via-link candidates read at most in the shared probe (sorting that many is cheap; reading a busy claim is not).</summary>
    private const int ViaCap = 256;

    /// <summary>stated_at's ordinal in <see cref="StatementRows.Columns"/>.</summary>
    private const int StatedAtColumn = 8;

    /// <summary>A blob: sorts after every text, so (actor_id, id) &lt;= (NoBound, NoBound) holds for every statement.</summary>
    private static readonly byte[] NoBound = [0xff];

    public static IReadOnlyList<IReadOnlyList<Contradiction>> Run(
        Session session, IReadOnlyCollection<string> actorIds, IReadOnlyList<ContradictionDirection> directions, int limitPerActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerActor);
        var answers = directions.Select(_ => new List<Contradiction>()).ToArray();
        if (actorIds.Count == 0 || limitPerActor == 0 || directions.Count == 0)
            return answers;

        var distinct = directions.Distinct().ToArray();
        // One actor at a time, in actor id order: each stops at its own limit.
        foreach (var actorId in actorIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var found = ForActor(session, actorId, distinct, limitPerActor);
            for (var i = 0; i < directions.Count; i++)
                answers[i].AddRange(found[Array.IndexOf(distinct, directions[i])]);
        }

        return answers;
    }

    private static List<Contradiction>[] ForActor(Session session, string actorId, ContradictionDirection[] directions, int limit)
    {
        // Per direction, the pairs kept so far; a via-link pair's other statement is read at the end (Other null, Seq set).
        var kept = directions.Select(_ => new List<(Statement Own, Statement? Other, long Seq)>()).ToArray();
        var own = session.Prepared(ContradictionSql.Own).With("@actor", actorId);
        ViaPrefixCache? prefixes = null;
        using (var reader = own.ExecuteReader())
        {
            while (kept.Any(k => k.Count < limit) && reader.Read())
            {
                // After the first read: the transaction's snapshot is taken, and data_version speaks for it.
                if (prefixes is null && session.ViaPrefixes is { } cache)
                {
                    cache.Validate(session);
                    prefixes = cache;
                }

                var statement = StatementRows.Read(reader);
                var polarity = reader.GetInt64(StatementRows.ColumnCount);
                PairsOf(session, prefixes, statement, polarity, reader.GetValue(StatedAtColumn), directions, kept, limit);
            }
        }

        var seqs = kept.SelectMany(k => k).Where(p => p.Other is null).Select(p => p.Seq).Distinct().ToList();
        var others = seqs.Count == 0
            ? []
            : session.Prepared(ContradictionSql.BySeq).WithJson("@seqs", seqs).ReadAll(r => (Seq: r.GetInt64(StatementRows.ColumnCount), Row: StatementRows.Read(r)))
                .ToDictionary(x => x.Seq, x => x.Row);
        return kept.Select(k => k.Select(p => new Contradiction(p.Own, p.Other ?? others[p.Seq], ViaLink: p.Other is null)).ToList()).ToArray();
    }

    private static void PairsOf(
        Session session, ViaPrefixCache? prefixes, Statement own, long polarity, object ownAt, ContradictionDirection[] directions,
        List<(Statement Own, Statement? Other, long Seq)>[] kept, int limit)
    {
        var same = new List<Statement>?[directions.Length];
        var bounds = new (string ActorId, string Id)?[directions.Length];
        (string ActorId, string Id)? widest = null;
        var unbounded = false;
        for (var k = 0; k < directions.Length; k++)
        {
            var need = limit - kept[k].Count;
            if (need == 0)
                continue;
            same[k] = session.Prepared(ContradictionSql.Same).With("@claim", own.ClaimId).With("@polarity", -polarity).With("@actor", own.ActorId)
                .With("@own_at", ownAt).With("@direction", (int)directions[k]).With("@limit", need)
                .ReadAll(r => StatementRows.Read(r));
            if (same[k]!.Count < need)
            {
                unbounded = true;
                continue;
            }

            var last = same[k]![^1];
            bounds[k] = (last.ActorId, last.Id);
            if (widest is null || Compare(bounds[k]!.Value, widest.Value) > 0)
                widest = bounds[k];
        }

        if (prefixes?.Get(session, own.ClaimId, polarity) is { } prefix && FromPrefix(prefix, own, ownAt, directions, same, bounds, kept, limit) is { } cached)
        {
            for (var k = 0; k < directions.Length; k++)
            {
                if (same[k] is { } sameClaim)
                    Merge(own, sameClaim, cached[k]!, limit - kept[k].Count, kept[k]);
            }

            return;
        }

        var shared = ReadVia(session, own, polarity, ownAt, directions, same, unbounded ? null : widest);
        for (var k = 0; k < directions.Length; k++)
        {
            if (same[k] is not { } sameClaim)
                continue;
            var need = limit - kept[k].Count;
            var bound = bounds[k];
            var via = shared is null
                ? ReadViaPerLink(session, own, polarity, ownAt, directions[k], bound, need)
                : shared.Where(c => c.KeptBy(directions[k]) && (bound is null || Compare((c.ActorId, c.Id), bound.Value) <= 0)).ToList();
            Merge(own, sameClaim, via, need, kept[k]);
        }
    }

    /// <summary>
    /// Per direction still short, its via-link candidates from <paramref name="prefix"/> when the prefix settles them: the
    /// need is met, or a row passes the direction's bound, or the prefix holds every row. Null when one is not settled.
    /// </summary>
    private static List<ViaCandidate>?[]? FromPrefix(
        ViaPrefix prefix, Statement own, object ownAt, ContradictionDirection[] directions, List<Statement>?[] same,
        (string ActorId, string Id)?[] bounds, List<(Statement Own, Statement? Other, long Seq)>[] kept, int limit)
    {
        if (ownAt is not (string or DBNull))
            return null;
        var at = ownAt as string;
        var found = new List<ViaCandidate>?[directions.Length];
        for (var k = 0; k < directions.Length; k++)
        {
            if (same[k] is null)
                continue;
            var need = limit - kept[k].Count;
            var taken = new List<ViaCandidate>();
            var settled = prefix.Complete;
            foreach (var row in prefix.Rows)
            {
                if (bounds[k] is { } bound && Compare((row.ActorId, row.Id), bound) > 0)
                {
                    settled = true;
                    break;
                }

                if (row.ActorId == own.ActorId || !Keeps(directions[k], at, row.StatedAt))
                    continue;
                taken.Add(new ViaCandidate(row.ActorId, row.Id, row.Seq, Later: true, Earlier: true));
                if (taken.Count == need)
                {
                    settled = true;
                    break;
                }
            }

            if (!settled)
                return null;
            found[k] = taken;
        }

        return found;
    }

    /// <summary>The direction filter of <see cref="ContradictionSql"/>, on stated_at texts compared as SQLite compares them.</summary>
    private static bool Keeps(ContradictionDirection direction, string? ownAt, string? otherAt) =>
        ownAt is null || otherAt is null || direction switch
        {
            ContradictionDirection.OwnLater => Utf8Order.Instance.Compare(ownAt, otherAt) >= 0,
            ContradictionDirection.OwnEarlier => Utf8Order.Instance.Compare(otherAt, ownAt) >= 0,
            _ => true,
        };

    /// <summary>The shared via-link candidates of the directions still short (those with a same-claim read), or null when there were too many.</summary>
    private static List<ViaCandidate>? ReadVia(
        Session session, Statement own, long polarity, object ownAt, ContradictionDirection[] directions, List<Statement>?[] same, (string ActorId, string Id)? bound)
    {
        var asked = directions.Where((_, k) => same[k] is not null).ToList();
        var command = session.Prepared(ContradictionSql.Via)
            .With("@claim", own.ClaimId).With("@polarity", polarity).With("@actor", own.ActorId).With("@own_at", ownAt)
            .With("@any", asked.Contains(ContradictionDirection.Any)).With("@later", asked.Contains(ContradictionDirection.OwnLater))
            .With("@earlier", asked.Contains(ContradictionDirection.OwnEarlier)).With("@cap", ViaCap);
        BindBound(command, bound);
        var found = command.ReadAll(ReadCandidate);
        return found.Count < ViaCap ? found : null;
    }

    private static List<ViaCandidate> ReadViaPerLink(
        Session session, Statement own, long polarity, object ownAt, ContradictionDirection direction, (string ActorId, string Id)? bound, int need)
    {
        var command = session.Prepared(ContradictionSql.ViaPerLink)
            .With("@claim", own.ClaimId).With("@polarity", polarity).With("@actor", own.ActorId).With("@own_at", ownAt)
            .With("@direction", (int)direction).With("@limit", need);
        BindBound(command, bound);
        return command.ReadAll(r => new ViaCandidate(r.GetString(0), r.GetString(1), r.GetInt64(2), Later: true, Earlier: true));
    }

    /// <summary>Appends the first <paramref name="need"/> of two lists in answer order (other actor, other id; same-claim first).</summary>
    private static void Merge(Statement own, List<Statement> same, List<ViaCandidate> via, int need, List<(Statement Own, Statement? Other, long Seq)> kept)
    {
        int s = 0, v = 0;
        for (var taken = 0; taken < need && (s < same.Count || v < via.Count); taken++)
        {
            if (v >= via.Count || (s < same.Count && Compare((same[s].ActorId, same[s].Id), (via[v].ActorId, via[v].Id)) <= 0))
                kept.Add((own, same[s++], 0));
            else
                kept.Add((own, null, via[v++].Seq));
        }
    }

    private static void BindBound(SqliteCommand command, (string ActorId, string Id)? bound) =>
        command.With("@last_actor", bound is { } b ? b.ActorId : NoBound).With("@last_id", bound is { } c ? c.Id : NoBound);

    private static int Compare((string ActorId, string Id) x, (string ActorId, string Id) y)
    {
        var byActor = Utf8Order.Instance.Compare(x.ActorId, y.ActorId);
        return byActor != 0 ? byActor : Utf8Order.Instance.Compare(x.Id, y.Id);
    }

    private static ViaCandidate ReadCandidate(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt64(2), Later: r.GetInt64(3) != 0, Earlier: r.GetInt64(4) != 0);
}
