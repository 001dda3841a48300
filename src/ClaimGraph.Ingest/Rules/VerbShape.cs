namespace ClaimGraph.Ingest.Rules;

/// <summary>How a reporting word stands to its subject.</summary>
public enum VerbShape
{
    /// <summary>A finite verb whose subject may follow it (قال، أكدت، said).</summary>
    Verb,

    /// <summary>A plural verb (قالوا، اشترطوا): its subject comes before it or is the previous speaker.</summary>
    Plural,

    /// <summary>A circumstantial participle (مضيفاً، مؤكدة، adding): the same speaker goes on.</summary>
    Participle,

    /// <summary>A verb that relays: نقلت وكالة X عن Y.</summary>
    Relay,
}
