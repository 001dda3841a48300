using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Core.Services;

/// <summary>
/// Checks that records refer to records that exist, either already in the store or among those being
/// written in the same transaction (<paramref name="pending"/>), so a failure names the missing id.
/// </summary>
internal sealed class ReferenceCheck(IClaimWriter writer, PendingIds? pending = null)
{
    private readonly PendingIds _pending = pending ?? new PendingIds();

    public async Task<Dictionary<string, Actor>> ActorsAsync(IEnumerable<(string? Id, string Field)> refs)
    {
        var wanted = refs.Where(r => r.Id is not null && !_pending.Actors.Contains(r.Id)).ToList();
        var found = (await writer.GetActorsAsync(wanted.Select(r => r.Id!).Distinct().ToList())).ToDictionary(a => a.Id);
        Require(wanted, found.Keys, "actor");
        return found;
    }

    public async Task<Dictionary<string, Source>> SourcesAsync(IEnumerable<(string? Id, string Field)> refs)
    {
        var wanted = refs.Where(r => r.Id is not null && !_pending.Sources.Contains(r.Id)).ToList();
        var found = (await writer.GetSourcesAsync(wanted.Select(r => r.Id!).Distinct().ToList())).ToDictionary(s => s.Id);
        Require(wanted, found.Keys, "source");
        return found;
    }

    public async Task ClaimsAsync(IEnumerable<(string? Id, string Field)> refs)
    {
        var wanted = refs.Where(r => r.Id is not null && !_pending.Claims.Contains(r.Id)).ToList();
        var found = (await writer.GetClaimsAsync(wanted.Select(r => r.Id!).Distinct().ToList())).Select(c => c.Id);
        Require(wanted, found, "claim");
    }

    public async Task StatementsAsync(IEnumerable<(string? Id, string Field)> refs)
    {
        var wanted = refs.Where(r => r.Id is not null && !_pending.Statements.Contains(r.Id)).ToList();
        var found = (await writer.GetStatementsAsync(wanted.Select(r => r.Id!).Distinct().ToList())).Select(s => s.Id);
        Require(wanted, found, "statement");
    }

    private static void Require(List<(string? Id, string Field)> wanted, IEnumerable<string> found, string kind)
    {
        var have = found.ToHashSet(StringComparer.Ordinal);
        var missing = wanted.FirstOrDefault(r => !have.Contains(r.Id!));
        if (missing.Id is not null)
            throw ClaimGraphException.NotFound(kind, missing.Id, missing.Field);
    }
}
