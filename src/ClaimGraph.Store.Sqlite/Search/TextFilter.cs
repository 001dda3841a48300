using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Paging;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>The Text filter of the Query* methods: nodes with a search document matching the text.</summary>
internal static class TextFilter
{
    public static void Apply(SqlFilter filter, string? text, NodeKind kind, string idColumn)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;

        var match = FtsMatch.From(text);
        if (match is null)
        {
            // Words were asked for but none survive normalisation (punctuation only): nothing matches.
            filter.Add("0");
            return;
        }

        filter.Add($"""
            {idColumn} IN (SELECT d.node_id FROM search_docs d
                           WHERE d.kind = '{kind}'
                             AND d.doc_id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @_match))
            """, "@_match", match);
    }
}
