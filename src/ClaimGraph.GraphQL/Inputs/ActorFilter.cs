using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record ActorFilter(string? Text = null, List<ActorKind>? Kinds = null, string? Affiliation = null, string? ScopeSource = null);
