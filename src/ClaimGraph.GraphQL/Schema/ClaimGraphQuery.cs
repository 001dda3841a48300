using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.InputTypes;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Schema;

public sealed class ClaimGraphQuery : ObjectGraphType
{
    public ClaimGraphQuery()
    {
        Name = "Query";
        Field<NodeInterface>("node").Description("Any node by its global id (\"Actor:sdf\").")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => LoadNode(ctx, ctx.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes").Description("Nodes by global id, null where none exists.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(ctx => ctx.GetArgument<List<string>>("ids").Select(id => LoadNode(ctx, id)).ToList());
        Field<ActorType>("actor").Argument<NonNullGraphType<IdGraphType>>("id", "A global id or a bare key.")
            .Resolve(ctx => ctx.Loaders().Actor.Load(GlobalId.KeyOf(ctx.GetArgument<string>("id"), NodeKind.Actor, "id")));
        Field<ClaimType>("claim").Argument<NonNullGraphType<IdGraphType>>("id", "A global id or a bare key.")
            .Resolve(ctx => ctx.Loaders().Claim.Load(GlobalId.KeyOf(ctx.GetArgument<string>("id"), NodeKind.Claim, "id")));
        Field<SourceType>("source").Argument<NonNullGraphType<IdGraphType>>("id", "A global id or a bare key.")
            .Resolve(ctx => ctx.Loaders().Source.Load(GlobalId.KeyOf(ctx.GetArgument<string>("id"), NodeKind.Source, "id")));
        Field<StatementType>("statement").Argument<NonNullGraphType<IdGraphType>>("id", "A global id or a bare key.")
            .Resolve(ctx => ctx.Loaders().Statement.Load(GlobalId.KeyOf(ctx.GetArgument<string>("id"), NodeKind.Statement, "id")));

        Field<NonNullGraphType<ConnectionType<ActorType, Actor>>>("actors")
            .Argument<ActorFilterType>("filter").Paging()
            .ResolveAsync(async ctx =>
            {
                var f = ctx.GetArgument<ActorFilter?>("filter");
                var query = new ActorQuery(f?.Text, f?.Kinds,
                    GlobalId.OptionalKeyOf(f?.Affiliation, NodeKind.Actor, "filter.affiliation"),
                    GlobalId.OptionalKeyOf(f?.ScopeSource, NodeKind.Source, "filter.scopeSource"));
                return new Connection<Actor>(await ctx.Reader().ActorsPageAsync(query, ctx.First(), ctx.After(), ctx.Order(), ctx.SelectsTotalCount(), ctx.CancellationToken));
            });
        Field<NonNullGraphType<ConnectionType<ClaimType, Claim>>>("claims")
            .Argument<ClaimFilterType>("filter").Paging()
            .ResolveAsync(async ctx =>
            {
                var f = ctx.GetArgument<ClaimFilter?>("filter");
                var query = new ClaimQuery(f?.Text, f?.Language,
                    GlobalId.OptionalKeyOf(f?.Actor, NodeKind.Actor, "filter.actor"),
                    GlobalId.OptionalKeyOf(f?.Source, NodeKind.Source, "filter.source"), f?.Stance);
                return new Connection<Claim>(await ctx.Reader().ClaimsPageAsync(query, ctx.First(), ctx.After(), ctx.Order(), ctx.SelectsTotalCount(), ctx.CancellationToken));
            });
        Field<NonNullGraphType<ConnectionType<SourceType, Source>>>("sources")
            .Argument<SourceFilterType>("filter").Paging()
            .ResolveAsync(async ctx =>
            {
                var f = ctx.GetArgument<SourceFilter?>("filter");
                var query = new SourceQuery(f?.Text, f?.Kinds, f?.Language,
                    GlobalId.OptionalKeyOf(f?.Publisher, NodeKind.Actor, "filter.publisher"), f?.PublishedFrom, f?.PublishedTo);
                return new Connection<Source>(await ctx.Reader().SourcesPageAsync(query, ctx.First(), ctx.After(), ctx.Order(), ctx.SelectsTotalCount(), ctx.CancellationToken));
            });
        Field<NonNullGraphType<ConnectionType<StatementType, Statement>>>("statements")
            .Argument<StatementFilterType>("filter").Paging()
            .ResolveAsync(async ctx =>
            {
                var f = ctx.GetArgument<StatementFilter?>("filter");
                var query = new StatementQuery(f?.Text, f?.Stances,
                    GlobalId.OptionalKeyOf(f?.Actor, NodeKind.Actor, "filter.actor"),
                    GlobalId.OptionalKeyOf(f?.Claim, NodeKind.Claim, "filter.claim"),
                    GlobalId.OptionalKeyOf(f?.Source, NodeKind.Source, "filter.source"), f?.From, f?.To);
                return new Connection<Statement>(await ctx.Reader().StatementsPageAsync(query, ctx.First(), ctx.After(), ctx.Order(), ctx.SelectsTotalCount(), ctx.CancellationToken));
            });
        Field<NonNullGraphType<ConnectionType<ContestedClaimType, ContestedClaim>>>("contestedClaims")
            .Description("Claims held true by some actors and denied by others, most contested first.")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => new Connection<ContestedClaim>(
                await ctx.Reader().ContestedClaimsAsync(ctx.First(), ctx.After(), ctx.SelectsTotalCount(), ctx.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Full-text search over actor names and aliases, claims and translations, source titles and quotes. Arabic spelling variants, harakat, tatweel, the article ال and the prefixes و ب ل fold; Latin case and accents fold. Every word must match, as a word or the start of a longer one. Hits come best first, one per node: by bm25 (how often the words occur in a text, how short the text is, how rare each word is). On SQLite a search matching a great many texts ranks only its most recent matches: the newest 100, or twice `first` when that is more (when its words occur that often as whole words, only those).")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<NodeKindType>>>("kinds")
            .Argument<IntGraphType>("first", "At most this many hits (default 20).")
            .ResolveAsync(async ctx => await ctx.Reader().SearchAsync(ctx.GetArgument<string>("text"),
                ctx.GetArgument<List<NodeKind>?>("kinds"), ctx.GetArgument<int?>("first"), ctx.CancellationToken));
        Field<NonNullGraphType<GraphCountsType>>("counts").Description("How many of each kind the graph holds.")
            .ResolveAsync(async ctx => await ctx.Reader().CountAsync(ctx.CancellationToken));
        DashboardFields.AddTo(this);
    }

    private static object? LoadNode(IResolveFieldContext ctx, string id)
    {
        if (!GlobalId.TryParse(id, out var kind, out var key))
            throw Core.Errors.ClaimGraphException.Invalid("id", $"'{id}' is not a global id: use 'Type:key', e.g. 'Actor:sdf'.");
        var loaders = ctx.Loaders();
        return kind switch
        {
            NodeKind.Actor => loaders.Actor.Load(key),
            NodeKind.Claim => loaders.Claim.Load(key),
            NodeKind.Source => loaders.Source.Load(key),
            _ => loaders.Statement.Load(key),
        };
    }
}
