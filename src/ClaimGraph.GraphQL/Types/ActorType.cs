using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ActorType : ObjectGraphType<Actor>
{
    private const int DefaultContradictions = 20;

    private const string CappedContradictions =
        "Capped: at most `first` evidence pairs in all (default 20, at most the configured page size), taken in the order " +
        "this actor's statement id, other actor id, the other statement id, same-claim before via-link; then grouped by other actor " +
        "(groups by actor id, each group's evidence in that order).";

    public ActorType()
    {
        Name = "Actor";
        Description = "A person, organisation, armed group, government, coalition, media outlet or anonymous source that takes stances on claims.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Of(NodeKind.Actor, ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("The id without its type prefix.").Resolve(ctx => ctx.Source.Id);
        Field(a => a.Name).Description("The name in its original script.");
        Field(a => a.Language).Description("BCP 47 tag of the name's language.");
        Field<NonNullGraphType<TextDirectionType>>("direction").Resolve(ctx => Directions.Of(ctx.Source.Language));
        Field<NonNullGraphType<ActorKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AliasType>>>>("aliases").Resolve(ctx => ctx.Source.Aliases);
        Field(a => a.Description, nullable: true);
        Field(a => a.Role, nullable: true).Description("The actor's position within its affiliation, e.g. operations director.");
        Field<ActorType>("affiliation").Description("The organisation this actor speaks for or belongs to.")
            .Resolve(ctx => ctx.Source.AffiliationId is { } id ? ctx.Loaders().Actor.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("affiliates").Description("Actors affiliated with this one.")
            .Resolve(ctx => ctx.Loaders().Affiliates.Load(ctx.Source.Id));
        Field<SourceType>("scopeSource").Description("For an anonymous source: the source that cites it.")
            .Resolve(ctx => ctx.Source.ScopeSourceId is { } id ? ctx.Loaders().Source.Load(id) : null);
        Field<NonNullGraphType<BooleanGraphType>>("isAnonymous").Resolve(ctx => ctx.Source.Kind == ActorKind.AnonymousSource);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .Description("This actor's statements, optionally only those with the given stances." + NestedStatements.Capped)
            .Argument<ListGraphType<NonNullGraphType<StanceType>>>("stances")
            .WithFirst()
            .Resolve(ctx => StatementsWith(ctx, ctx.GetArgument<List<Stance>?>("stances")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("asserted").Description(NestedStatements.Capped.Trim())
            .WithFirst().Resolve(ctx => StatementsWith(ctx, [Stance.Asserts]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("confirmed").Description(NestedStatements.Capped.Trim())
            .WithFirst().Resolve(ctx => StatementsWith(ctx, [Stance.Confirms]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("denied").Description(NestedStatements.Capped.Trim())
            .WithFirst().Resolve(ctx => StatementsWith(ctx, [Stance.Denies]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("demanded").Description(NestedStatements.Capped.Trim())
            .WithFirst().Resolve(ctx => StatementsWith(ctx, [Stance.Demands]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("relayed").Description("Statements of others that this actor passed on." + NestedStatements.Capped)
            .WithFirst().Resolve(ctx => NestedStatements.Load(ctx, StatementEdge.RelayedBy, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorContradictionType>>>>("contradicts")
            .Description("Actors this actor contradicts: its statement opposes theirs and came later, or either time is unknown. " + CappedContradictions)
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = DefaultContradictions)
            .Resolve(ctx => Contradictions(ctx, ContradictionDirection.OwnLater));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorContradictionType>>>>("contradictedBy")
            .Description("Actors that contradict this one: their statement opposes this actor's and came later, or either time is unknown. " + CappedContradictions)
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = DefaultContradictions)
            .Resolve(ctx => Contradictions(ctx, ContradictionDirection.OwnEarlier));
        this.AddWriteStampFields(NodeKind.Actor, x => x.Id);
    }

    private static object StatementsWith(IResolveFieldContext<Actor> ctx, IReadOnlyCollection<Stance>? stances) =>
        NestedStatements.Load(ctx, StatementEdge.Actor, ctx.Source.Id, stances);

    private static object Contradictions(IResolveFieldContext<Actor> ctx, ContradictionDirection direction)
    {
        var limit = ctx.Reader().NestedLimit(ctx.GetArgument<int?>("first"), DefaultContradictions);
        return ctx.Loaders().Contradictions(limit).Load((ctx.Source.Id, direction)).Then(list => ActorContradiction.Group(list ?? []));
    }
}
