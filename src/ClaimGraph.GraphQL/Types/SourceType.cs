using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A document that carries statements: an article, official statement, post, interview or report.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Of(NodeKind.Source, ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("The id without its type prefix.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<SourceKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(s => s.Title);
        Field(s => s.Language).Description("BCP 47 tag.");
        Field<NonNullGraphType<TextDirectionType>>("direction").Resolve(ctx => Directions.Of(ctx.Source.Language));
        Field(s => s.Url, nullable: true);
        Field(s => s.PublishedAt, nullable: true).Description("Publication time, when known.");
        Field(s => s.Text, nullable: true).Description("The full text, when stored; statement spans index into it.");
        Field<ActorType>("publisher").Resolve(ctx => ctx.Source.PublisherId is { } id ? ctx.Loaders().Actor.Load(id) : null);
        Field<ActorType>("author").Resolve(ctx => ctx.Source.AuthorId is { } id ? ctx.Loaders().Actor.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("cites").Description("Sources this one quotes or cites.")
            .Resolve(ctx => ctx.Loaders().Source.LoadMany(ctx.Source.CitedSourceIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .Description("The statements this source carries, in text order where spans are known." + NestedStatements.Capped)
            .WithFirst()
            .Resolve(ctx => NestedStatements.Load(ctx, StatementEdge.Source, ctx.Source.Id)
                .Then(list => (list ?? []).OrderBy(s => s.Span?.Start ?? int.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("quotedStatements")
            .Description("Statements reported elsewhere whose words first appeared in this source." + NestedStatements.Capped)
            .WithFirst()
            .Resolve(ctx => NestedStatements.Load(ctx, StatementEdge.OriginSource, ctx.Source.Id));
        this.AddWriteStampFields(NodeKind.Source, x => x.Id);
    }
}
