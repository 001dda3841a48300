using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class StatementType : ObjectGraphType<Statement>
{
    public StatementType()
    {
        Name = "Statement";
        Description = "An actor's stance on a claim as reported in a source, with the quote and how the words were relayed.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Of(NodeKind.Statement, ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("The id without its type prefix.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StanceType>>("stance").Resolve(ctx => ctx.Source.Stance);
        Field(s => s.Quote, nullable: true).Description("The words in the source's original text.");
        Field<TextDirectionType>("quoteDirection").Resolve(ctx => ctx.Source.Quote is { } q ? Directions.OfText(q) : null);
        Field<TextSpanType>("span").Description("Where the quote sits in the source's text.").Resolve(ctx => ctx.Source.Span);
        Field(s => s.StatedAt, nullable: true).Description("When the statement was made, when known.");
        Field(s => s.Note, nullable: true);
        Field<NonNullGraphType<ActorType>>("actor").Description("Who took the stance.").Resolve(ctx => ctx.Loaders().Actor.Load(ctx.Source.ActorId));
        Field<NonNullGraphType<ClaimType>>("claim").Resolve(ctx => ctx.Loaders().Claim.Load(ctx.Source.ClaimId));
        Field<NonNullGraphType<SourceType>>("source").Description("Where it was reported.").Resolve(ctx => ctx.Loaders().Source.Load(ctx.Source.SourceId));
        Field<StatementType>("relayedThrough").Description("The statement whose words carried this one.")
            .Resolve(ctx => ctx.Source.RelayedThroughStatementId is { } id ? ctx.Loaders().Statement.Load(id) : null);
        Field<ActorType>("relayedBy").Description("The outlet or person that passed the words on.")
            .Resolve(ctx => ctx.Source.RelayedById is { } id ? ctx.Loaders().Actor.Load(id) : null);
        Field<SourceType>("originSource").Description("The document the words first appeared in, when the reporting source quotes another.")
            .Resolve(ctx => ctx.Source.OriginSourceId is { } id ? ctx.Loaders().Source.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("relays").Description("Statements relayed through this one." + NestedStatements.Capped)
            .WithFirst()
            .Resolve(ctx => NestedStatements.Load(ctx, StatementEdge.RelayedThrough, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttributionStepType>>>>("attribution")
            .Description("The attribution chain, from the speaker to the source and its publisher.")
            .Resolve(ctx => ctx.Loaders().Attribution.Load(ctx.Source));
        this.AddWriteStampFields(NodeKind.Statement, x => x.Id);
    }
}
