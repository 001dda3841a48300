using GraphQL.Types;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>A recursive type for depth and complexity limits: every node has a next node and three children.</summary>
public sealed class HttpTestDeepType : ObjectGraphType<HttpTestNode>
{
    public HttpTestDeepType()
    {
        Name = "Deep";
        Field<IntGraphType>("level").Resolve(context => context.Source.Level);
        Field<HttpTestDeepType>("next").Resolve(context => new HttpTestNode(context.Source.Level + 1));
        Field<ListGraphType<HttpTestDeepType>>("children")
            .Resolve(context => Enumerable.Range(0, 3).Select(_ => new HttpTestNode(context.Source.Level + 1)).ToList());
    }
}
