using GraphQL;

namespace ClaimGraph.Server.Http;

/// <summary>The GraphQL request parameters read from a GET URL or a POST body, already checked for type.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
