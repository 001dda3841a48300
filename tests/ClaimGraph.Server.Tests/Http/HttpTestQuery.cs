using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>The query root of the transport's own test schema: independent of ClaimGraph's real schema.</summary>
public sealed class HttpTestQuery : ObjectGraphType
{
    public HttpTestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string>("name")}!");
        Field<StringGraphType>("arabic").Resolve(_ => "قسد");
        Field<HttpTestDeepType>("deep").Resolve(_ => new HttpTestNode(1));
        Field<StringGraphType>("claim")
            .Argument<NonNullGraphType<HttpTestClaimIdGraphType>>("id")
            .Resolve(context => $"claim {context.GetArgument<string>("id")}");
        Field<StringGraphType>("failing")
            .Resolve(_ => throw new ClaimGraphException(ErrorCode.NotFound, "No claim with id 'c-404'.", "id"));
        Field<StringGraphType>("storeDown")
            .Resolve(_ => throw new StoreUnavailableException("cannot open /secret/path/claims.db"));
        Field<StringGraphType>("crash")
            .Resolve(_ => throw new InvalidOperationException("secret internals"));
        Field<StringGraphType>("slow").ResolveAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
            return "too late";
        });
        Field<StringGraphType>("stubborn").ResolveAsync(async _ =>
        {
            // Ignores cancellation on purpose: the endpoint must still answer on time.
            await Task.Delay(TimeSpan.FromSeconds(3));
            return "too late";
        });
    }
}
