using System.Threading.Channels;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Terms;

/// <summary>
/// The terms of the claims a bulk phase writes, derived off the writer's thread: the import keeps one thread parsing and one
/// writing, and leaves about half a core idle, where <see cref="ClaimTerms.Of"/> over a million statements' claims costs no
/// time on the writer. Batches hand over their claims once committed (a rolled-back batch never arrives); at the phase's end
/// the rows come back sorted as claim_terms's primary key, so they are appended to its B-tree in order.
/// Only good while every claim write of the phase went through batches in this process: a single claim upsert or delete
/// during the phase <see cref="Invalidate"/>s it, and the phase then refills claim_terms from the stored claims. So does
/// holding more than <see cref="DefaultMaxRows"/> rows (about 70 MB a million; a million statements' claims hold about one
/// million): past that, the refill's bounded batches cost less than the memory.
/// </summary>
internal sealed class ClaimTermBuffer
{
    public const int DefaultMaxRows = 4_000_000;

    private readonly Channel<IReadOnlyList<Claim>> _committed = Channel.CreateUnbounded<IReadOnlyList<Claim>>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    // Last write wins, in commit order: a claim written by two batches keeps the later text's terms.
    private readonly Dictionary<string, string[]> _terms = new(StringComparer.Ordinal);

    // One string per distinct term (a tenth of the rows at a million statements), so the rows kept are references.
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    private readonly Task _deriving;
    private readonly int _maxRows;
    private long _rows;
    private volatile bool _valid = true;

    public ClaimTermBuffer(int maxRows = DefaultMaxRows)
    {
        _maxRows = maxRows;
        _deriving = Task.Run(DeriveAsync);
    }

    public bool Valid => _valid;

    public void Committed(IReadOnlyList<Claim> claims)
    {
        if (Valid && claims.Count > 0)
            _committed.Writer.TryWrite(claims);
    }

    public void Invalidate()
    {
        _valid = false;
        _committed.Writer.TryComplete();
    }

    /// <summary>
    /// Every committed claim's rows, (term, claim id, its term count), in SQLite's BINARY order of term then claim id; null when
    /// the buffer was invalidated (then claim_terms must be refilled from the claims).
    /// </summary>
    public Task<ClaimTermRowSet?> SortedRowsAsync()
    {
        _committed.Writer.TryComplete();
        return Task.Run(async () =>
        {
            await _deriving;
            return _valid ? Postings() : null;
        });
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

        var postings = byTerm.Select(p => (p.Key, p.Value)).ToArray();
        Array.Sort(postings, (a, b) => Utf8Order.Instance.Compare(a.Key, b.Key));
        return new ClaimTermRowSet(ids, counts, postings, (int)_rows);
    }

    private async Task DeriveAsync()
    {
        await foreach (var claims in _committed.Reader.ReadAllAsync())
        {
            if (!_valid)
                continue;
            foreach (var claim in claims)
            {
                var terms = ClaimTerms.Of(claim.Text);
                var pooled = new string[terms.Count];
                var i = 0;
                foreach (var term in terms)
                    pooled[i++] = _pool.TryGetValue(term, out var kept) ? kept : _pool[term] = term;
                _rows += pooled.Length - (_terms.TryGetValue(claim.Id, out var before) ? before.Length : 0);
                _terms[claim.Id] = pooled;
            }

            if (_rows > _maxRows)
            {
                _valid = false;
                _terms.Clear();
                _pool.Clear();
            }
        }
    }
}
