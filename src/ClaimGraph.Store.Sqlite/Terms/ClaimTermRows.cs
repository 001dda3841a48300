using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Terms;

/// <summary>
/// A claim's rows in claim_terms: one per term of its text (<see cref="ClaimTerms.Of"/>; translations are not compared by
/// resolution, so they hold none). Written in the same transaction as the claim; claim_term_counts follows by trigger.
/// </summary>
internal static class ClaimTermRows
{
    /// <summary>Replaces the terms of claim @id; bind them with <see cref="WithClaimTerms"/>.</summary>
    public const string Replace = """
        DELETE FROM claim_terms WHERE claim_id = @id;
        INSERT INTO claim_terms (term, claim_id, terms) SELECT value, @id, json_array_length(@_terms) FROM json_each(@_terms);
        """;

    /// <summary>Removes the terms of claim @id.</summary>
    public const string Remove = "DELETE FROM claim_terms WHERE claim_id = @id;";

    /// <summary>Recounts claim_term_counts from claim_terms (after writing claim_terms with its triggers dropped).</summary>
    public const string Recount = """
        DELETE FROM claim_term_counts;
        INSERT INTO claim_term_counts (term, claims) SELECT term, count(*) FROM claim_terms GROUP BY term;
        """;

    /// <summary>The triggers that keep claim_term_counts in step, dropped while claim_terms is filled in bulk.</summary>
    public static readonly string[] CountTriggers = ["claim_terms_after_insert", "claim_terms_after_delete"];

    public static SqliteCommand WithClaimTerms(this SqliteCommand command, string text) =>
        command.WithJson("@_terms", ClaimTerms.Of(text));
}
