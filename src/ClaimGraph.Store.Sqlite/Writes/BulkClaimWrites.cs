using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Terms;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// Upserts many claims with statements compiled once and bound by position per row (<see cref="PositionalStatement"/>),
/// write stamps included, in the caller's transaction. Same rows as <see cref="ClaimWrites"/> plus <see cref="Auditing.WriteStamps"/>
/// one by one; translations, search documents and claim terms (left to the end of a bulk phase, <paramref name="writeTerms"/> false) are only deleted for claims that were already stored.
/// </summary>
internal static class BulkClaimWrites
{
    private const string UpsertRow = """
        INSERT INTO claims (id, text, sort_text, language, summary, created_by, created_at, updated_by, updated_at)
        VALUES (@id, @text, @sort_text, @language, @summary, @by, @at, @by, @at)
        ON CONFLICT (id) DO UPDATE SET
            text = excluded.text, sort_text = excluded.sort_text, language = excluded.language, summary = excluded.summary,
            created_by = coalesce(created_by, excluded.created_by), created_at = coalesce(created_at, excluded.created_at),
            updated_by = excluded.updated_by, updated_at = excluded.updated_at;
        """;

    // Positional parameters, bound by number below.
    private const string DeleteTranslations = "DELETE FROM claim_translations WHERE claim_id = ?1;";

    private const string DeleteDocuments = "DELETE FROM search_docs WHERE kind = 'Claim' AND node_id = ?1;";

    private const string InsertTranslation = "INSERT INTO claim_translations (claim_id, ordinal, language, text) VALUES (?1, ?2, ?3, ?4);";


    private const string InsertDocument = "INSERT INTO search_docs (kind, node_id, matched, body) VALUES ('Claim', ?1, ?2, ?3);";

    public static async Task UpsertAsync(Session session, IReadOnlyList<Claim> claims, string principal, DateTimeOffset at, bool writeTerms, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
            return;
        var existing = await ExistingIds.InAsync(session, "claims", claims.Select(c => c.Id), ct);
        var storedTexts = existing.Count == 0 ? new Dictionary<string, string>(StringComparer.Ordinal) : await StoredTextsAsync(session, existing, ct);
        var stamp = TimeText.Utc(at);
        using var row = new PositionalStatement(session.Connection, UpsertRow);
        using var deleteTranslations = new PositionalStatement(session.Connection, DeleteTranslations);
        using var deleteDocuments = new PositionalStatement(session.Connection, DeleteDocuments);
        using var translation = new PositionalStatement(session.Connection, InsertTranslation);
        using var document = new PositionalStatement(session.Connection, InsertDocument);
        using var deleteTerm = new PositionalStatement(session.Connection, ClaimTermRows.DeleteRow);
        using var term = new PositionalStatement(session.Connection, ClaimTermRows.InsertRow);
        int id = row.Position("@id"), text = row.Position("@text"), sortText = row.Position("@sort_text"), language = row.Position("@language"),
            summary = row.Position("@summary"), by = row.Position("@by"), stampAt = row.Position("@at");
        foreach (var claim in claims)
        {
            ct.ThrowIfCancellationRequested();
            row.Text(id, claim.Id);
            row.Text(text, claim.Text);
            row.Text(sortText, SortText.Of(claim.Text));
            row.Text(language, claim.Language);
            row.Text(summary, claim.Summary);
            row.Text(by, principal);
            row.Text(stampAt, stamp);
            row.Run();
            if (existing.Contains(claim.Id))
            {
                deleteTranslations.Text(1, claim.Id);
                deleteTranslations.Run();
                deleteDocuments.Text(1, claim.Id);
                deleteDocuments.Run();
            }

            // By primary key, a row for each term of the text the claim's rows were written for (claim_terms has no index by
            // claim): the text stored before the batch, or an earlier write's in this batch.
            if (storedTexts.Remove(claim.Id, out var before))
            {
                foreach (var old in ClaimTerms.Of(before))
                {
                    deleteTerm.Text(1, old);
                    deleteTerm.Text(2, claim.Id);
                    deleteTerm.Run();
                }
            }

            if (writeTerms)
            {
                var terms = ClaimTerms.Of(claim.Text);
                foreach (var t in terms)
                {
                    term.Text(1, t);
                    term.Text(2, claim.Id);
                    term.Integer(3, terms.Count);
                    term.Run();
                }

                storedTexts[claim.Id] = claim.Text;
            }

            var translations = claim.Translations ?? [];
            for (var i = 0; i < translations.Count; i++)
            {
                translation.Text(1, claim.Id);
                translation.Integer(2, i);
                translation.Text(3, translations[i].Language);
                translation.Text(4, translations[i].Text);
                translation.Run();
            }

            foreach (var matched in translations.Select(t => t.Text).Prepend(claim.Text))
            {
                if (string.IsNullOrWhiteSpace(matched))
                    continue;
                var body = TextNormalizer.ForIndex(matched);
                if (body.Length == 0)
                    continue;
                document.Text(1, claim.Id);
                document.Text(2, matched);
                document.Text(3, body);
                document.Run();
            }
        }
    }

    private static async Task<Dictionary<string, string>> StoredTextsAsync(Session session, IEnumerable<string> ids, CancellationToken ct)
    {
        using var command = session.Command("SELECT id, text FROM claims WHERE id IN (SELECT value FROM json_each(@keys));").WithJson("@keys", ids);
        var rows = await command.ReadAllAsync(r => (Id: r.GetString(0), Text: r.GetString(1)), ct);
        return rows.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
    }
}
