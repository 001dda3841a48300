namespace ClaimGraph.Core.Store;

/// <summary>A write the store refused because it would break an integrity rule (dangling reference, duplicate).</summary>
public sealed class StoreConstraintException : Exception
{
    public StoreConstraintException() { }

    public StoreConstraintException(string message) : base(message) { }

    public StoreConstraintException(string message, Exception inner) : base(message, inner) { }
}
