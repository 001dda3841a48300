namespace ClaimGraph.Core.Model;

public enum NodeKind
{
    Actor,
    Claim,
    Source,
    Statement,
}
