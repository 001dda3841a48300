namespace ClaimGraph.Server.Http;

/// <summary>A request the transport refuses before GraphQL runs: its status, error code and message.</summary>
/// <param name="StatusCode">The HTTP status to answer with.</param>
/// <param name="Code">The error's <c>extensions.code</c>.</param>
/// <param name="Message">What went wrong and what to do instead.</param>
/// <param name="Allow">The Allow header for a 405, else null.</param>
internal sealed record HttpProblem(int StatusCode, string Code, string Message, string? Allow = null)
{
    public static HttpProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, GraphQLErrorCodes.BadRequest, message);
}
