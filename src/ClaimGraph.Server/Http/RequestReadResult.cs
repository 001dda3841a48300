namespace ClaimGraph.Server.Http;

/// <summary>Either the request read from HTTP or the problem that stopped reading it.</summary>
internal sealed class RequestReadResult
{
    private RequestReadResult(GraphQLHttpRequest? request, HttpProblem? problem)
    {
        Request = request;
        Problem = problem;
    }

    public GraphQLHttpRequest? Request { get; }

    public HttpProblem? Problem { get; }

    public static RequestReadResult Ok(GraphQLHttpRequest request) => new(request, null);

    public static RequestReadResult Fail(HttpProblem problem) => new(null, problem);
}
