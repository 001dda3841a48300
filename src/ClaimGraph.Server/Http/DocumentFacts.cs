using GraphQLParser.AST;

namespace ClaimGraph.Server.Http;

/// <summary>What the transport needs to know of a document before executing it.</summary>
/// <param name="Operation">The type of the operation that would run, or null when it cannot be told (GraphQL.NET then reports why).</param>
/// <param name="AliasCount">How many aliased fields the document holds.</param>
/// <param name="FieldCount">How many field selections the operation holds with fragments expanded (saturating at <see cref="long.MaxValue"/>).</param>
internal sealed record DocumentFacts(OperationType? Operation, int AliasCount, long FieldCount = 0);
