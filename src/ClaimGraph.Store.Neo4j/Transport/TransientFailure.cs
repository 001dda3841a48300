namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>
/// A request that failed in a way that may pass on a retry. <see cref="SafeToRepeat"/> is true when
/// the server certainly did not apply it (no connection was made, or Neo4j rolled it back with a
/// Neo.TransientError), so even a write may be sent again.
/// </summary>
internal sealed class TransientFailure : Exception
{
    public TransientFailure() { }

    public TransientFailure(string message) : base(message) { }

    public TransientFailure(string message, Exception inner) : base(message, inner) { }

    public TransientFailure(string message, bool safeToRepeat, Exception? inner = null)
        : base(message, inner) => SafeToRepeat = safeToRepeat;

    public bool SafeToRepeat { get; }
}
