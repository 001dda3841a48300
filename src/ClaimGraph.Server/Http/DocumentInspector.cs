using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ClaimGraph.Server.Http;

/// <summary>
/// Parses a document just far enough to tell which kind of operation would run (a mutation must not run over GET)
/// and how many aliases it uses. A document that does not parse is left for GraphQL.NET to report.
/// </summary>
internal static class DocumentInspector
{
    private static readonly ParserOptions Options = new() { Ignore = IgnoreOptions.All, MaxDepth = 128 };

    /// <summary>The facts of <paramref name="query"/>, or null when it does not parse.</summary>
    public static DocumentFacts? Inspect(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, Options);
        }
        catch (Exception ex) when (ex is GraphQLParserException or ArgumentException or InvalidOperationException)
        {
            return null;
        }

        return Inspect(document, operationName);
    }

    /// <summary>The facts of an already parsed <paramref name="document"/> (one the parsed-document cache holds).</summary>
    public static DocumentFacts Inspect(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name is not null && o.Name.StringValue == operationName);

        var aliases = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } selectionSet })
                aliases += CountAliases(selectionSet);
        }
        var fields = new FieldCounter(document);
        var fieldCount = selected is not null
            ? fields.Count(selected.SelectionSet)
            : operations.Aggregate(0L, (sum, o) => FieldCounter.Add(sum, fields.Count(o.SelectionSet)));
        return new DocumentFacts(selected?.Operation, aliases, fieldCount);
    }

    private static int CountAliases(GraphQLSelectionSet selectionSet)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is GraphQLField { Alias: not null })
                count++;
            if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                count += CountAliases(inner);
        }
        return count;
    }
}
