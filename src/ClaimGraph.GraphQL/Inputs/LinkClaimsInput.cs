using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record LinkClaimsInput(string From, string To, ClaimLinkKind Kind, string? Note = null);
