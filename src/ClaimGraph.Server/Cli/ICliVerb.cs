namespace ClaimGraph.Server.Cli;

/// <summary>A command run instead of the web server: <c>dotnet run --project src/ClaimGraph.Server -- NAME ARGS [--Config:Key=value]</c>.</summary>
public interface ICliVerb
{
    string Name { get; }

    /// <summary>One line: the arguments the verb takes.</summary>
    string Usage { get; }

    /// <summary>Runs with the service's configured services; <paramref name="args"/> excludes the verb and the --Config:Key=value settings.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct);
}
