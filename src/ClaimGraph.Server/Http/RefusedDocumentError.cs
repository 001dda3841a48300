using GraphQL.Execution;

namespace ClaimGraph.Server.Http;

/// <summary>A request error (the operation never ran) worded by the transport rather than by GraphQL.NET.</summary>
internal sealed class RefusedDocumentError(string message) : DocumentError(message);
