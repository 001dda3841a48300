using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// Upserts many claims with commands compiled once and bound per row, write stamps included, in the
/// caller's transaction. Same rows as <see cref="ClaimWrites"/> plus <see cref="Auditing.WriteStamps"/>
/// one by one; translations and search documents are only deleted for claims that were already stored.
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

    private const string DeleteOld = """
        DELETE FROM claim_translations WHERE claim_id = @id;
        DELETE FROM search_docs WHERE kind = 'Claim' AND node_id = @id;
        """;

    private const string InsertTranslation = "INSERT INTO claim_translations (claim_id, ordinal, language, text) VALUES (@id, @ordinal, @language, @text);";

    private const string InsertDocument = "INSERT INTO search_docs (kind, node_id, matched, body) VALUES ('Claim', @id, @matched, @body);";

    public static async Task UpsertAsync(Session session, IReadOnlyList<Claim> claims, string principal, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
            return;
        var existing = await ExistingIds.InAsync(session, "claims", claims.Select(c => c.Id), ct);
        var stamp = TimeText.Utc(at);
        var row = session.Reused(UpsertRow);
        var delete = session.Reused(DeleteOld);
        var translation = session.Reused(InsertTranslation);
        var document = session.Reused(InsertDocument);
        foreach (var claim in claims)
        {
            ct.ThrowIfCancellationRequested();
            Bind(row, ("@id", claim.Id), ("@text", claim.Text), ("@sort_text", SortText.Of(claim.Text)), ("@language", claim.Language),
                ("@summary", claim.Summary), ("@by", principal), ("@at", stamp));
            row.ExecuteNonQuery();
            if (existing.Contains(claim.Id))
            {
                Bind(delete, ("@id", claim.Id));
                delete.ExecuteNonQuery();
            }

            var translations = claim.Translations ?? [];
            for (var i = 0; i < translations.Count; i++)
            {
                Bind(translation, ("@id", claim.Id), ("@ordinal", i), ("@language", translations[i].Language), ("@text", translations[i].Text));
                translation.ExecuteNonQuery();
            }

            foreach (var text in translations.Select(t => t.Text).Prepend(claim.Text))
            {
                if (string.IsNullOrWhiteSpace(text))
                    continue;
                var body = TextNormalizer.ForIndex(text);
                if (body.Length == 0)
                    continue;
                Bind(document, ("@id", claim.Id), ("@matched", text), ("@body", body));
                document.ExecuteNonQuery();
            }
        }
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        if (command.Parameters.Count == 0)
        {
            foreach (var (name, _) in values)
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
    }
}
