namespace ClaimGraph.Core.Model;

public enum ClaimLinkKind
{
    Contradicts,
    Supports,
}
