using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Server.Copying;

/// <summary>
/// Copies a whole graph from one store to another in batches, each batch one write of the target.
/// Every batch must commit on its own, so references are laid in passes: actors and sources first
/// without their references to each other, then claims, then actors and sources again whole, then
/// statements without and with their relays, then claim links. Upserts make a repeated batch harmless,
/// and a checkpoint after every batch lets an interrupted copy resume where it stopped.
/// Actors and claims are read oldest first, so the target keeps their insertion order.
/// </summary>
public sealed class GraphCopier(IClaimStore from, IClaimStore to, int batchSize = 500)
{
    public IReadOnlyList<CopyPhase> Phases =>
    [
        new("actors (without references)", (after, ct) => CopyAsync(
            (p, c) => from.QueryActorsAsync(new ActorQuery(), p, c), SortOrder.OldestFirst, after,
            (w, a) => w.UpsertActorAsync(a with { AffiliationId = null, ScopeSourceId = null }), ct)),
        new("sources (without references)", (after, ct) => CopyAsync(
            (p, c) => from.QuerySourcesAsync(new SourceQuery(), p, c), SortOrder.Default, after,
            (w, s) => w.UpsertSourceAsync(s with { PublisherId = null, AuthorId = null, CitedSourceIds = [] }), ct)),
        new("claims", (after, ct) => CopyAsync(
            (p, c) => from.QueryClaimsAsync(new ClaimQuery(), p, c), SortOrder.OldestFirst, after,
            (w, c) => w.UpsertClaimAsync(c), ct)),
        new("actors", (after, ct) => CopyAsync(
            (p, c) => from.QueryActorsAsync(new ActorQuery(), p, c), SortOrder.OldestFirst, after,
            (w, a) => w.UpsertActorAsync(a), ct)),
        new("sources", (after, ct) => CopyAsync(
            (p, c) => from.QuerySourcesAsync(new SourceQuery(), p, c), SortOrder.Default, after,
            (w, s) => w.UpsertSourceAsync(s), ct)),
        new("statements (without relays)", (after, ct) => CopyAsync(
            (p, c) => from.QueryStatementsAsync(new StatementQuery(), p, c), SortOrder.Default, after,
            (w, s) => w.UpsertStatementAsync(s with { RelayedThroughStatementId = null }), ct)),
        new("statements", (after, ct) => CopyAsync(
            (p, c) => from.QueryStatementsAsync(new StatementQuery(), p, c), SortOrder.Default, after,
            (w, s) => w.UpsertStatementAsync(s), ct)),
        new("claim links", CopyLinksAsync),
    ];

    /// <summary>
    /// Runs the phases from <paramref name="resume"/> (or the start), calling <paramref name="committed"/>
    /// after every batch. Stops early, returning false, after <paramref name="maxBatches"/> batches.
    /// </summary>
    public async Task<bool> RunAsync(CopyCheckpoint? resume, Func<string, CopyStep, long, Task> committed, int? maxBatches, CancellationToken ct)
    {
        var phases = Phases;
        var start = resume is null ? 0 : Math.Max(0, phases.ToList().FindIndex(p => p.Name == resume.Phase));
        var batches = 0;
        for (var i = start; i < phases.Count; i++)
        {
            var after = i == start ? resume?.After : null;
            long copied = i == start ? resume?.Copied ?? 0 : 0;
            while (true)
            {
                if (batches == maxBatches)
                    return false;
                var step = await phases[i].CopyBatchAsync(after, ct);
                batches++;
                copied += step.Copied;
                after = step.After;
                await committed(phases[i].Name, step, copied);
                if (!step.More)
                    break;
            }
        }

        return true;
    }

    private async Task<CopyStep> CopyAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> query, SortOrder order, string? after,
        Func<IClaimWriter, T, Task> write, CancellationToken ct)
    {
        var page = await query(new PageRequest(batchSize, after, order), ct);
        if (page.Items.Count > 0)
        {
            await to.WriteAsync(async writer =>
            {
                foreach (var item in page.Items)
                    await write(writer, item.Node);
                return true;
            }, ct);
        }

        return new CopyStep(page.Items.Count, page.Items.Count > 0 ? page.Items[^1].Cursor : after, page.HasNextPage, page.TotalCount);
    }

    // Links are read through the claims they touch (a link shows up from both ends; upserting it twice is harmless).
    private async Task<CopyStep> CopyLinksAsync(string? after, CancellationToken ct)
    {
        var page = await from.QueryClaimsAsync(new ClaimQuery(), new PageRequest(batchSize, after, SortOrder.Default), ct);
        var links = page.Items.Count == 0 ? [] : await from.GetClaimLinksAsync(page.Items.Select(i => i.Node.Id).ToList(), ct);
        var distinct = links.DistinctBy(l => (l.FromClaimId, l.ToClaimId, l.Kind)).ToList();
        if (distinct.Count > 0)
        {
            await to.WriteAsync(async writer =>
            {
                foreach (var link in distinct)
                    await writer.UpsertClaimLinkAsync(link);
                return true;
            }, ct);
        }

        return new CopyStep(distinct.Count, page.Items.Count > 0 ? page.Items[^1].Cursor : after, page.HasNextPage, page.TotalCount);
    }
}
