namespace ClaimGraph.Server.Auth;

/// <summary>What an API key may do; each role includes the ones below it.</summary>
public enum AccessRole
{
    /// <summary>No key: may read only while reads are open.</summary>
    None = 0,

    /// <summary>May read, also when reads are closed (<c>ClaimGraph:Auth:OpenReads=false</c>).</summary>
    Read = 1,

    /// <summary>May run mutations that record or change nodes and links.</summary>
    Write = 2,

    /// <summary>May also delete and merge, and anything operational.</summary>
    Admin = 3,
}
