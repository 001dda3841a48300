using GraphQL;
using Microsoft.AspNetCore.Http;

namespace ClaimGraph.Server.Http;

/// <summary>
/// Limits of the GraphQL-over-HTTP endpoint. Bound from the configuration section
/// <c>ClaimGraph:GraphQL</c> (<see cref="SectionName"/>), for example in appsettings.json:
/// <code>
/// "ClaimGraph": { "GraphQL": {
///   "MaxRequestBytes": 1048576, "MaxQueryLength": 8192, "MaxDepth": 15,
///   "MaxComplexity": 20000, "MaxAliases": 100, "ExecutionTimeout": "00:00:10" } }
/// </code>
/// or as environment variables such as <c>ClaimGraph__GraphQL__MaxDepth=20</c>.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section the options are bound from: <c>ClaimGraph:GraphQL</c>.</summary>
    public const string SectionName = "ClaimGraph:GraphQL";

    /// <summary>
    /// Key <c>ClaimGraph:GraphQL:MaxRequestBytes</c>: the largest POST body accepted, in bytes (default 1 MiB).
    /// Checked against Content-Length and again while a chunked body is read; a larger body gets 413.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Key <c>ClaimGraph:GraphQL:MaxQueryLength</c>: the longest <c>query</c> URL parameter of a GET request,
    /// in characters after URL decoding (default 8192); a longer one gets 414. POST bodies are limited by
    /// <see cref="MaxRequestBytes"/> instead.
    /// </summary>
    public int MaxQueryLength { get; set; } = 8 * 1024;

    /// <summary>
    /// Key <c>ClaimGraph:GraphQL:MaxDepth</c>: the deepest field nesting of the executed operation
    /// (default 15), checked by GraphQL.NET's complexity analyzer; a deeper one is a validation error.
    /// </summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Key <c>ClaimGraph:GraphQL:MaxComplexity</c>: the largest complexity of the executed operation
    /// (default 20000) as computed by GraphQL.NET's complexity analyzer (scalar and object fields cost 1,
    /// a list multiplies its children by 5 unless <c>first</c>/<c>last</c> say otherwise); a costlier one
    /// is a validation error.
    /// </summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>
    /// Key <c>ClaimGraph:GraphQL:MaxAliases</c>: the most aliased fields one document may hold (default 100);
    /// more is a validation error. Guards against one request asking for the same costly field many times.
    /// </summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>
    /// Key <c>ClaimGraph:GraphQL:MaxFields</c>: the most field selections the executed operation may hold once its
    /// fragments are expanded (default 2000), counted in linear time before GraphQL.NET validates the document.
    /// Guards against documents whose validation alone is costly: tens of thousands of repeated fields (field merging
    /// compares them pairwise) or fragments that spread each other twice per level (exponential expansion).
    /// </summary>
    public int MaxFields { get; set; } = 2000;

    /// <summary>
    /// Key <c>ClaimGraph:GraphQL:ExecutionTimeout</c>: how long one operation may run, as a TimeSpan string
    /// (default <c>00:00:10</c>). On expiry the request is cancelled and answered with an error whose code is
    /// <c>TIMEOUT</c>.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Key <c>ClaimGraph:GraphQL:DocumentCacheEntries</c>: how many parsed and validated documents are kept, keyed by
    /// query text, least recently used dropped first (default 500; 0 turns the cache off). A cached document skips
    /// parsing and the document-only validation rules; the complexity limits still run on every request.
    /// </summary>
    public int DocumentCacheEntries { get; set; } = 500;

    /// <summary>
    /// Code-only hook run on every request's <see cref="ExecutionOptions"/> just before execution,
    /// for example to add entries to <see cref="ExecutionOptions.UserContext"/> from the <see cref="HttpContext"/>.
    /// </summary>
    public Action<HttpContext, ExecutionOptions>? ConfigureExecution { get; set; }
}
