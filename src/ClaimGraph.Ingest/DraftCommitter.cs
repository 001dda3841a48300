using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest;

/// <summary>Writes a reviewed draft through the importer's validation, in one transaction: all of it or nothing.</summary>
public sealed class DraftCommitter(GraphImporter importer)
{
    /// <summary>
    /// Commits many drafts with each still all or nothing: first together in one transaction (a transaction's fixed cost,
    /// above all writing every page it touched and a new full-text segment, is paid once for the lot); if that is refused,
    /// nothing of it was written, and each draft is committed on its own, so a bad draft keeps out only itself and the
    /// drafts that refer to what it would have written. The outcomes are in the drafts' order.
    /// </summary>
    public async Task<IReadOnlyList<DraftCommitOutcome>> CommitAllAsync(IReadOnlyList<ExtractionDraft> drafts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Count == 0)
            return [];
        if (drafts.Count > 1)
        {
            var batches = drafts.Select(DraftBatch.From).ToList();
            var together = new ImportBatch(
                batches.SelectMany(b => b.Actors).ToList(), batches.SelectMany(b => b.Sources).ToList(), batches.SelectMany(b => b.Claims).ToList(),
                batches.SelectMany(b => b.Statements).ToList(), batches.SelectMany(b => b.ClaimLinks).ToList());
            try
            {
                await importer.ImportAsync(together, ct);
                return drafts.Select((d, i) => new DraftCommitOutcome(d, Written(batches[i]), null)).ToList();
            }
            catch (Exception ex) when (ex is ImportException or ClaimGraphException or ArgumentException or ClaimGraph.Core.Store.StoreConstraintException)
            {
                // Nothing was written: fall through to one transaction per draft.
            }
        }

        var outcomes = new List<DraftCommitOutcome>(drafts.Count);
        foreach (var draft in drafts)
        {
            try
            {
                outcomes.Add(new DraftCommitOutcome(draft, await CommitAsync(draft, ct), null));
            }
            catch (ClaimGraphException ex)
            {
                outcomes.Add(new DraftCommitOutcome(draft, null, ex.Message));
            }
        }

        return outcomes;
    }

    public async Task<ImportResult> CommitAsync(ExtractionDraft draft, CancellationToken ct = default)
    {
        try
        {
            return await importer.ImportAsync(DraftBatch.From(draft), ct);
        }
        catch (ImportException ex)
        {
            throw ClaimGraphException.Invalid("draft", $"The draft was not committed; nothing was written. {ex.Message}");
        }
        catch (ClaimGraphException ex)
        {
            throw new ClaimGraphException(ex.Code, $"The draft was not committed; nothing was written. {ex.Message}", ex.Field);
        }
        catch (ArgumentException ex)
        {
            throw ClaimGraphException.Invalid("draft", $"The draft was not committed; nothing was written. {ex.Message}");
        }
    }

    private static ImportResult Written(ImportBatch b) => new(b.Actors.Count, b.Sources.Count, b.Claims.Count, b.Statements.Count, b.ClaimLinks.Count);
}
