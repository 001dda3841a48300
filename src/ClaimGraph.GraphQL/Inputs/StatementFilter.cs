using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record StatementFilter(
    string? Text = null,
    List<Stance>? Stances = null,
    string? Actor = null,
    string? Claim = null,
    string? Source = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);
