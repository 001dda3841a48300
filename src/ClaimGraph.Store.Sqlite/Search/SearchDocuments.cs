using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// A node's rows in search_docs: one per searchable field value, with the raw text (shown as the
/// hit's match) and its normalised form (what FTS5 indexes). Written in the same transaction as the node.
/// </summary>
internal static class SearchDocuments
{
    /// <summary>Replaces the documents of node @id; bind them with <see cref="WithSearchDocuments"/>.</summary>
    public const string Replace = """
        DELETE FROM search_docs WHERE kind = @_kind AND node_id = @id;
        INSERT INTO search_docs (kind, node_id, matched, body)
        SELECT @_kind, @id, value ->> '$[0]', value ->> '$[1]' FROM json_each(@_docs);
        """;

    /// <summary>Removes the documents of node @id of kind @_kind.</summary>
    public const string Remove = "DELETE FROM search_docs WHERE kind = @_kind AND node_id = @id;";

    public static SqliteCommand WithSearchDocuments(this SqliteCommand command, NodeKind kind, params IEnumerable<string?> texts)
    {
        var documents = texts
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Select(text => new[] { text!, TextNormalizer.ForIndex(text) })
            .Where(document => document[1].Length > 0);
        return command.With("@_kind", kind.ToString()).WithJson("@_docs", documents);
    }
}
