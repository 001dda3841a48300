namespace ClaimGraph.Core.Store;

public enum SortOrder
{
    /// <summary>By id ascending: stable and cheap.</summary>
    Default,
    NameAscending,
    NameDescending,
    NewestFirst,
    OldestFirst,
}
