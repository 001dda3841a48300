using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Import;

public sealed record ClaimLinkRecord(string From, string To, ClaimLinkKind Kind, string? Note = null) : ImportRecord
{
    public ClaimLink ToModel() => new(From, To, Kind, Note);

    public static ClaimLinkRecord FromModel(ClaimLink l) => new(l.FromClaimId, l.ToClaimId, l.Kind, l.Note);
}
