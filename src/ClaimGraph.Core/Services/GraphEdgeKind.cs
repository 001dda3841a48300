namespace ClaimGraph.Core.Services;

/// <summary>The edges of a <see cref="GraphSlice"/>, each drawn between two nodes of the slice.</summary>
public enum GraphEdgeKind
{
    /// <summary>Actor → claim, one per statement.</summary>
    Stance,

    /// <summary>Claim → source, one per pair that a statement connects.</summary>
    ReportedIn,

    /// <summary>Speaker → the actor that passed the words on, one per pair.</summary>
    RelayedBy,

    /// <summary>Source → its publisher.</summary>
    PublishedBy,

    /// <summary>Source → its author.</summary>
    WrittenBy,

    /// <summary>Actor → the actor it belongs to or speaks for.</summary>
    AffiliatedWith,

    /// <summary>Source → a source it cites.</summary>
    Cites,

    /// <summary>Claim → claim (SUPPORTS or CONTRADICTS; the label says which).</summary>
    ClaimLink,
}
