using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class GraphNodeType : ObjectGraphType<GraphSliceNode>
{
    public GraphNodeType()
    {
        Name = "GraphNode";
        Description = "A node of a graph slice: an actor, claim or source.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id (\"Actor:sdf\").").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<NodeKindType>>("type").Resolve(ctx => ctx.Source.Kind);
        Field(n => n.Label).Description("The actor's name, the claim's text or the source's title, in its original language.");
        Field<NonNullGraphType<TextDirectionType>>("direction").Description("Which way the label runs.").Resolve(ctx => Directions.Of(ctx.Source.Language));
        Field<StringGraphType>("kind").Description("The ActorKind or SourceKind name, for actors and sources.").Resolve(ctx => ctx.Source.Subkind);
        Field(n => n.Anonymous).Description("An anonymous source (\"informed sources\").");
        Field(n => n.Contested).Description("A claim some actors hold true and others deny.");
    }
}
