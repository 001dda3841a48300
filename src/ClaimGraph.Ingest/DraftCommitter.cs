using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest;

/// <summary>Writes a reviewed draft through the importer's validation, in one transaction: all of it or nothing.</summary>
public sealed class DraftCommitter(GraphImporter importer)
{
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
}
