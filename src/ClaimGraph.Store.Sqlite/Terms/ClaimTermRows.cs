using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Terms;

/// <summary>
/// A claim's rows in claim_terms: one per term of its text (<see cref="ClaimTerms.Of"/>; translations are not compared by
/// resolution, so they hold none). Written in the same transaction as the claim; claim_term_counts follows by trigger.
/// claim_terms has no index by claim (migration 010): a claim's rows are found by primary key from the terms of the text
/// it holds, read before it is rewritten or deleted (<see cref="StoredTextAsync"/>). That is exact because the rows are
/// always ClaimTerms.Of of the stored text: a change to ClaimTerms comes with a migration that refills claim_terms.
/// </summary>
internal static class ClaimTermRows
{
    /// <summary>Removes the terms of claim @id; bind them with <see cref="WithStoredClaimTerms"/>.</summary>
    public const string Remove = "DELETE FROM claim_terms WHERE term IN (SELECT value FROM json_each(@_old_terms)) AND claim_id = @id;";

    /// <summary>Replaces the terms of claim @id; bind them with <see cref="WithClaimTerms"/>.</summary>
    public const string Replace = Remove + "\nINSERT INTO claim_terms (term, claim_id, terms) SELECT value, @id, json_array_length(@_terms) FROM json_each(@_terms);";

    /// <summary>Inserts one row (term ?1, claim ?2, the claim's term count ?3).</summary>
    public const string InsertRow = "INSERT INTO claim_terms (term, claim_id, terms) VALUES (?1, ?2, ?3);";

    /// <summary>Deletes one row by primary key (the bulk writes, for each term of a rewritten claim's stored text).</summary>
    public const string DeleteRow = "DELETE FROM claim_terms WHERE term = ?1 AND claim_id = ?2;";

    /// <summary>Recounts claim_term_counts from claim_terms (after writing claim_terms with its triggers dropped).</summary>
    public const string Recount = """
        DELETE FROM claim_term_counts;
        INSERT INTO claim_term_counts (term, claims) SELECT term, count(*) FROM claim_terms GROUP BY term;
        """;

    /// <summary>The triggers that keep claim_term_counts in step, dropped while claim_terms is filled in bulk.</summary>
    public static readonly string[] CountTriggers = ["claim_terms_after_insert", "claim_terms_after_delete"];

    /// <summary>The new text's terms (@_terms) and the stored text's (@_old_terms, none for a claim not stored yet).</summary>
    public static SqliteCommand WithClaimTerms(this SqliteCommand command, string text, string? storedText) =>
        command.WithJson("@_terms", ClaimTerms.Of(text)).WithStoredClaimTerms(storedText);

    public static SqliteCommand WithStoredClaimTerms(this SqliteCommand command, string? storedText) =>
        command.WithJson("@_old_terms", storedText is null ? [] : (IEnumerable<string>)ClaimTerms.Of(storedText));

    /// <summary>The text claim <paramref name="id"/> holds in the session's transaction, or null when there is no such claim.</summary>
    public static async Task<string?> StoredTextAsync(Session session, string id, CancellationToken ct)
    {
        using var command = session.Command("SELECT text FROM claims WHERE id = @id;").With("@id", id);
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
