using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Search;
using ClaimGraph.Store.Sqlite.Terms;

namespace ClaimGraph.Store.Sqlite.Writes;

internal static class ClaimWrites
{
    private const string Upsert = """
        INSERT INTO claims (id, text, sort_text, language, summary)
        VALUES (@id, @text, @sort_text, @language, @summary)
        ON CONFLICT (id) DO UPDATE SET
            text = excluded.text, sort_text = excluded.sort_text, language = excluded.language, summary = excluded.summary;
        DELETE FROM claim_translations WHERE claim_id = @id;
        INSERT INTO claim_translations (claim_id, ordinal, language, text)
        SELECT @id, key, value ->> '$[0]', value ->> '$[1]' FROM json_each(@translations);
        """ + SearchDocuments.Replace + ClaimTermRows.Replace;

    public static async Task UpsertAsync(Session session, Claim claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var translations = claim.Translations ?? [];
        var stored = await ClaimTermRows.StoredTextAsync(session, claim.Id, ct);
        var command = session.Reused(Upsert)
            .With("@id", claim.Id)
            .With("@text", claim.Text)
            .With("@sort_text", SortText.Of(claim.Text))
            .With("@language", claim.Language)
            .With("@summary", claim.Summary)
            .WithJson("@translations", translations.Select(t => new[] { t.Language, t.Text }))
            .WithSearchDocuments(NodeKind.Claim, translations.Select(t => t.Text).Prepend(claim.Text))
            .WithClaimTerms(claim.Text, stored);
        await command.ExecuteNonQueryAsync(ct);
    }
}
