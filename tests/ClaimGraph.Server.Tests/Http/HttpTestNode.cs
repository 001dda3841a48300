namespace ClaimGraph.Server.Tests.Http;

/// <summary>A node of the test schema's endless <c>Deep</c> tree.</summary>
public sealed record HttpTestNode(int Level);
