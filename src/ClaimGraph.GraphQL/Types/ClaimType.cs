using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ClaimType : ObjectGraphType<Claim>
{
    public ClaimType()
    {
        Name = "Claim";
        Description = "A proposition, in its original language, that actors assert, confirm, deny or demand.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Of(NodeKind.Claim, ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("The id without its type prefix.").Resolve(ctx => ctx.Source.Id);
        Field(c => c.Text).Description("The proposition in its original language.");
        Field(c => c.Language).Description("BCP 47 tag of the original language.");
        Field<NonNullGraphType<TextDirectionType>>("direction").Resolve(ctx => Directions.Of(ctx.Source.Language));
        Field(c => c.Summary, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationType>>>>("translations").Resolve(ctx => ctx.Source.Translations);
        Field<StringGraphType>("textIn").Description("The text in the given language: the original or a translation, or null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("language")
            .Resolve(ctx =>
            {
                var language = ctx.GetArgument<string>("language");
                return string.Equals(language, ctx.Source.Language, StringComparison.OrdinalIgnoreCase)
                    ? ctx.Source.Text
                    : ctx.Source.Translations.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase))?.Text;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .Description("Statements on this claim, optionally only those with the given stances." + NestedStatements.Capped)
            .Argument<ListGraphType<NonNullGraphType<StanceType>>>("stances")
            .WithFirst()
            .Resolve(ctx => NestedStatements.Load(ctx, StatementEdge.Claim, ctx.Source.Id, ctx.GetArgument<List<Stance>?>("stances")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StanceGroupType>>>>("stances")
            .Description("The statements grouped by stance, in the order ASSERTS, CONFIRMS, DENIES, DEMANDS; stances nobody took are left out. Counts and actors cover every statement.")
            .Resolve(ctx => StanceCounts(ctx).Then(counts => StanceGroup.Of(ctx.Source.Id, counts ?? [])));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("assertedBy").Resolve(ctx => ActorsWith(ctx, Stance.Asserts));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("confirmedBy").Resolve(ctx => ActorsWith(ctx, Stance.Confirms));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("deniedBy").Resolve(ctx => ActorsWith(ctx, Stance.Denies));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("demandedBy").Resolve(ctx => ActorsWith(ctx, Stance.Demands));
        Field<NonNullGraphType<BooleanGraphType>>("isContested")
            .Description("True when at least one actor holds the claim true (asserts or confirms) and another denies it.")
            .Resolve(ctx => StanceCounts(ctx).Then(counts => StanceGroup.IsContested(counts ?? [])));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimLinkViewType>>>>("links")
            .Description("Claims linked to this one, in both directions.")
            .Resolve(ctx => ctx.Loaders().ClaimLinks.Load(ctx.Source.Id).Then(links => ClaimLinkView.From(ctx.Source.Id, links ?? [])));
        this.AddWriteStampFields(NodeKind.Claim, x => x.Id);
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<ClaimStanceActor>?> StanceCounts(IResolveFieldContext<Claim> ctx) =>
        ctx.Loaders().ClaimStances.Load(ctx.Source.Id);

    private static object ActorsWith(IResolveFieldContext<Claim> ctx, Stance stance)
    {
        var loaders = ctx.Loaders();
        return StanceCounts(ctx).Then(counts => StanceGroup.ActorsWith(counts ?? [], stance)).Then(ids => loaders.Actor.LoadMany(ids));
    }
}
