namespace ClaimGraph.Store.Neo4j.Transport;

internal enum RetryMode
{
    /// <summary>Never repeat (a commit, or a statement inside an explicit transaction).</summary>
    Never,

    /// <summary>Repeat only when the server certainly did not apply the request (an implicit write).</summary>
    WhenUnapplied,

    /// <summary>Repeat on any transient failure (reads, and beginning a transaction).</summary>
    OnTransient,
}
