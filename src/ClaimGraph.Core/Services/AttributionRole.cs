namespace ClaimGraph.Core.Services;

/// <summary>The part a node plays in how a statement's words reached the reader.</summary>
public enum AttributionRole
{
    /// <summary>The actor who took the stance.</summary>
    Speaker,

    /// <summary>The document the words first appeared in (an official statement quoted by an article).</summary>
    OriginallyIn,

    /// <summary>A statement whose words carried this one (an activist passing on "incoming reports").</summary>
    RelayedThrough,

    /// <summary>An outlet or person that passed the words on.</summary>
    RelayedBy,

    /// <summary>The source where ClaimGraph read the statement.</summary>
    ReportedIn,

    /// <summary>That source's publisher.</summary>
    PublishedBy,

    /// <summary>That source's author.</summary>
    WrittenBy,
}
