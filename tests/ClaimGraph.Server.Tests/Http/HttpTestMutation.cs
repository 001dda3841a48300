using GraphQL.Types;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>The mutation root of the test schema: <c>bump</c> counts how often it ran.</summary>
public sealed class HttpTestMutation : ObjectGraphType
{
    private static int _bumps;

    public HttpTestMutation()
    {
        Name = "Mutation";
        Field<IntGraphType>("bump").Resolve(_ => Interlocked.Increment(ref _bumps));
    }

    public static int Bumps => Volatile.Read(ref _bumps);
}
