using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record ClaimFilter(string? Text = null, string? Language = null, string? Actor = null, string? Source = null, Stance? Stance = null);
