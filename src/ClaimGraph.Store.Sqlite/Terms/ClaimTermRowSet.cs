using System.Collections;
using System.Text;

namespace ClaimGraph.Store.Sqlite.Terms;

/// <summary>
/// A bulk phase's claim_terms rows as postings: the claims in SQLite's BINARY order of id, and per term (in the same order)
/// the positions of the claims that hold it, ascending. Enumerating it gives (term, claim id, the claim's term count) in
/// claim_terms's primary-key order without sorting a million rows: the ids and the distinct terms (each a tenth of the rows)
/// are sorted, and a posting list is built in claim order, so it comes sorted.
/// </summary>
internal sealed class ClaimTermRowSet(string[] claimIds, int[] termCounts, (string Term, List<int> Claims)[] postings, int rows)
    : IReadOnlyCollection<(string Term, string ClaimId, int Terms)>
{
    public int Count => rows;

    /// <summary>The distinct terms in order, each with how many claims hold it (claim_term_counts).</summary>
    public IEnumerable<(string Term, int Claims)> TermCounts => postings.Select(p => (p.Term, p.Claims.Count));

    /// <summary>
    /// The rows in the same order with their text as UTF-8, each term and claim id encoded once (SQLite stores UTF-8; binding
    /// a .NET string converts it on every bind, about two million conversions a million statements).
    /// </summary>
    public IEnumerable<(byte[] Term, byte[] ClaimId, int Terms)> Utf8Rows()
    {
        var ids = new byte[]?[claimIds.Length];
        foreach (var (term, claims) in postings)
        {
            var encoded = Encoding.UTF8.GetBytes(term);
            foreach (var claim in claims)
                yield return (encoded, ids[claim] ??= Encoding.UTF8.GetBytes(claimIds[claim]), termCounts[claim]);
        }
    }

    public IEnumerator<(string Term, string ClaimId, int Terms)> GetEnumerator()
    {
        foreach (var (term, claims) in postings)
        {
            foreach (var claim in claims)
                yield return (term, claimIds[claim], termCounts[claim]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
