namespace ClaimGraph.GraphQL.Loading;

public interface IDispatchable
{
    Task DispatchAsync(CancellationToken ct);
}
