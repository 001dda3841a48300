namespace ClaimGraph.GraphQL.Schema;

/// <summary>Which way a text runs, so clients can set dir="rtl" on Arabic without guessing.</summary>
public enum TextDirection
{
    Ltr,
    Rtl,
}
