namespace ClaimGraph.Core.Model;

/// <summary>The position an actor takes on a claim. Definitions in graph-schema/model.md.</summary>
public enum Stance
{
    /// <summary>States the proposition as true, on the actor's own account.</summary>
    Asserts,

    /// <summary>Affirms a proposition already in circulation (reported, asked about or disputed).</summary>
    Confirms,

    /// <summary>States the proposition is false.</summary>
    Denies,

    /// <summary>Calls for the proposition to be made true, or sets it as a condition.</summary>
    Demands,
}
