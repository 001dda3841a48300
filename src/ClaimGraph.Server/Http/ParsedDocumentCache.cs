using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Http;

/// <summary>
/// A bounded least-recently-used cache of parsed and validated documents, keyed by query text, so a repeated
/// query (a dashboard polling) skips parsing and GraphQL's core rules (they depend on the document and schema only).
/// Every other rule of the request still runs on a cached document: the complexity limits (they depend on variables)
/// and the access rule (it depends on the caller and the selected operation). Only executions that opt in by setting
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> (to anything) use the cache: the GraphQL-over-HTTP endpoint does.
/// Holds at most <see cref="GraphQLHttpOptions.DocumentCacheEntries"/> documents (0 turns caching off).
/// </summary>
internal sealed class ParsedDocumentCache(IOptions<GraphQLHttpOptions> options) : IConfigureExecution
{
    private static readonly HashSet<IValidationRule> CoreRules = new(DocumentValidator.CoreRules, ReferenceEqualityComparer.Instance);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Query, GraphQLDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, GraphQLDocument Document)> _recency = new();

    public float SortOrder => 200;

    public int Count
    {
        get
        {
            lock (_lock)
                return _entries.Count;
        }
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentNullException.ThrowIfNull(next);
        var capacity = options.Value.DocumentCacheEntries;
        if (capacity <= 0 || execution.Document is not null || execution.Query is not { } query || execution.CachedDocumentValidationRules is null)
            return await next(execution).ConfigureAwait(false);

        var cached = Get(query);
        if (cached is not null)
        {
            var remaining = (execution.ValidationRules ?? DocumentValidator.CoreRules).Where(r => !CoreRules.Contains(r)).ToList();
            execution.Document = cached;
            execution.ValidationRules = remaining;
            execution.CachedDocumentValidationRules = remaining;
        }

        var result = await next(execution).ConfigureAwait(false);
        // Executed means validation passed; a document that failed it is never cached. GraphQL.NET 8 hands the
        // parsed document back on the result, not on the options.
        if (cached is null && result.Executed && (execution.Document ?? result.Document) is { } parsed)
            Set(query, parsed, capacity);
        return result;
    }

    /// <summary>The cached document for <paramref name="query"/>, if any, without counting as a use.</summary>
    public GraphQLDocument? Peek(string query)
    {
        lock (_lock)
            return _entries.TryGetValue(query, out var node) ? node.Value.Document : null;
    }

    private GraphQLDocument? Get(string query)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(query, out var node))
                return null;
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Document;
        }
    }

    private void Set(string query, GraphQLDocument document, int capacity)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(query))
                return;
            _entries[query] = _recency.AddFirst((query, document));
            while (_entries.Count > capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Query);
            }
        }
    }
}
