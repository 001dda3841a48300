using ClaimGraph.GraphQL.Schema;

namespace ClaimGraph.Server.Cli;

/// <summary>Prints the GraphQL schema, as committed in graph-schema/claimgraph.graphql.</summary>
public sealed class SchemaVerb : ICliVerb
{
    public string Name => "schema";

    public string Usage => "schema";

    public Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        Console.Write(SchemaText.Print(services.GetRequiredService<ClaimGraphSchema>()));
        return Task.FromResult(0);
    }
}
