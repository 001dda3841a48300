using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>A claim link seen from one of its ends.</summary>
public sealed record ClaimLinkView(ClaimLinkKind Kind, bool Outgoing, string OtherClaimId, string? Note)
{
    public static IReadOnlyList<ClaimLinkView> From(string claimId, IReadOnlyList<ClaimLink> links) =>
        links.Select(l => l.FromClaimId == claimId
                ? new ClaimLinkView(l.Kind, true, l.ToClaimId, l.Note)
                : new ClaimLinkView(l.Kind, false, l.FromClaimId, l.Note))
            .ToList();
}
