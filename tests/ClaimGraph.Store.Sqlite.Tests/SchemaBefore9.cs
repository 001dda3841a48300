using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>
/// Turns a store written by this build back into one written before migration 009 (the claim-term index), so migrations from
/// an older schema can be tested with data the current writers wrote: they write claim_terms, which older schemas lack.
/// </summary>
internal static class SchemaBefore9
{
    public static void Apply(SqliteConnection connection, int version)
    {
        connection.Scalar("DROP TABLE claim_terms; DROP TABLE claim_term_counts;");
        connection.Scalar($"PRAGMA user_version = {version.ToString(System.Globalization.CultureInfo.InvariantCulture)};");
    }
}
