using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>One link of an attribution chain; exactly one of the nodes is set.</summary>
public sealed record AttributionStep(AttributionRole Role, Actor? Actor = null, Statement? Statement = null, Source? Source = null);
