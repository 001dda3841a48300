using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Terms;

/// <summary>
/// The terms of the claims a bulk phase writes, derived off the writer's thread. Batches hand over their claims once
/// committed (a rolled-back batch never arrives); they are kept as they are until the phase's finish <see cref="Start"/>s the
/// derivation, on another thread, after the statements' indexes are built: while the batches run, the parser and the writer
/// keep both cores busy, and the index sorts use SQLite's worker threads, but the finish's later steps (claim sides, the
/// full-text rebuild) run on the writer alone and leave a core idle, where <see cref="ClaimTerms.Of"/> over the claims costs
/// no time on the writer. The rows come back sorted as claim_terms's primary key (<see cref="ClaimTermRowSet"/>), so they are
/// appended to its B-tree in order.
/// Only good while every claim write of the phase went through batches in this process: a single claim upsert or delete
/// during the phase <see cref="Invalidate"/>s it, and the phase then refills claim_terms from the stored claims. So does
/// holding more than <see cref="DefaultMaxRows"/> rows, or more than a quarter as many claims before the derivation starts
/// (about 70 MB a million rows, 200 MB a million claims; a million statements' claims are 125,000 holding about one million
/// rows): past that, the refill's bounded batches cost less than the memory.
/// </summary>
internal sealed class ClaimTermBuffer(int maxRows = ClaimTermBuffer.DefaultMaxRows)
{
    public const int DefaultMaxRows = 4_000_000;

    // In commit order; last write wins: a claim written by two batches keeps the later text's terms.
    private readonly List<IReadOnlyList<Claim>> _committed = [];
    private readonly Dictionary<string, string[]> _terms = new(StringComparer.Ordinal);

    // One string per distinct term (a tenth of the rows at a million statements), so the rows kept are references.
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    private long _claims;
    private long _rows;
    private Task<ClaimTermRowSet?>? _deriving;
    private volatile bool _valid = true;

    public bool Valid => _valid;

    /// <summary>A committed batch's claims; call only before <see cref="Start"/>, from the thread that writes the batches.</summary>
    public void Committed(IReadOnlyList<Claim> claims)
    {
        if (!Valid || claims.Count == 0)
            return;
        _committed.Add(claims);
        _claims += claims.Count;
        if (_claims > maxRows / 4)
            Invalidate();
    }

    public void Invalidate() => _valid = false;

    /// <summary>Starts deriving the committed claims' rows on a pool thread (once; <see cref="SortedRowsAsync"/> starts it too).</summary>
    public void Start() => _deriving ??= Task.Run(Derive);

    /// <summary>
    /// Every committed claim's rows, (term, claim id, its term count), in SQLite's BINARY order of term then claim id; null when
    /// the buffer was invalidated (then claim_terms must be refilled from the claims).
    /// </summary>
    public Task<ClaimTermRowSet?> SortedRowsAsync()
    {
        Start();
        return _deriving!;
    }

    private ClaimTermRowSet? Derive()
    {
        var timing = new Writes.BulkTiming();
        foreach (var claims in _committed)
        {
            foreach (var claim in claims)
            {
                if (!_valid)
                    return null;
                var terms = ClaimTerms.Of(claim.Text);
                var pooled = new string[terms.Count];
                var i = 0;
                foreach (var term in terms)
                    pooled[i++] = _pool.TryGetValue(term, out var kept) ? kept : _pool[term] = term;
                _rows += pooled.Length - (_terms.TryGetValue(claim.Id, out var before) ? before.Length : 0);
                _terms[claim.Id] = pooled;
            }

            if (_rows > maxRows)
                _valid = false;
        }

        _committed.Clear();
        timing.Mark("claim terms derived (other thread)");
        var rows = _valid ? Postings() : null;
        timing.Mark("claim term postings (other thread)");
        return rows;
    }

    // The claims sorted once by id, then each term's claims appended in that order: the postings come out sorted, and only
    // the ids and the distinct terms are sorted (about a tenth of the rows each), not every row.
    private ClaimTermRowSet Postings()
    {
        var ids = _terms.Keys.ToArray();
        Array.Sort(ids, Utf8Order.Instance);
        var counts = new int[ids.Length];
        var byTerm = new Dictionary<string, List<int>>(_pool.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            var terms = _terms[ids[i]];
            counts[i] = terms.Length;
            foreach (var term in terms)
            {
                if (!byTerm.TryGetValue(term, out var claims))
                    byTerm[term] = claims = [];
                claims.Add(i);
            }
        }

        _terms.Clear();
        _pool.Clear();
        var postings = byTerm.Select(p => (p.Key, p.Value)).ToArray();
        Array.Sort(postings, (a, b) => Utf8Order.Instance.Compare(a.Key, b.Key));
        return new ClaimTermRowSet(ids, counts, postings, (int)_rows);
    }
}
