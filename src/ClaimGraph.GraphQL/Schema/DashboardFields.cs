using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.InputTypes;
using ClaimGraph.GraphQL.Types;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>The dashboard feeds on Query: graph slices, statement aggregates and the stance matrix.</summary>
public static class DashboardFields
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<GraphSliceType>>("graph")
            .Description("The subgraph around the given actors, claims and sources, to the given depth (hops through statements and references), at most 'limit' nodes. No focus at all: the whole graph, up to the limit.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("actors")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("claims")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("sources")
            .Argument<IntGraphType>("depth", "Hops from the focus (0 = the focus alone).", a => a.DefaultValue = 2)
            .Argument<IntGraphType>("limit", "The most nodes returned; 'truncated' says when more were in reach.", a => a.DefaultValue = 200)
            .ResolveAsync(async ctx =>
            {
                var builder = ctx.RequestServices!.GetRequiredService<GraphSliceBuilder>();
                var limit = ctx.GetArgument("limit", 200);
                if (limit < 1 || limit > builder.Options.MaxNodes)
                    throw ClaimGraphException.Invalid("limit", $"limit must be between 1 and {builder.Options.MaxNodes} (ClaimGraph:Graph:MaxNodes); use the /export endpoints for more.");
                var focus = new GraphFocus(
                    Keys(ctx, "actors", NodeKind.Actor), Keys(ctx, "claims", NodeKind.Claim), Keys(ctx, "sources", NodeKind.Source),
                    ctx.GetArgument("depth", 2), limit);
                return await builder.BuildAsync(focus, ctx.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatBucketType>>>>("statementStats")
            .Description("Statement counts for charts, per group and stance: by STANCE, ACTOR, SOURCE, CLAIM or TIME (statements with no time of their own and no dated source are left out of TIME).")
            .Argument<StatementFilterType>("filter")
            .Argument<NonNullGraphType<StatGroupingType>>("by")
            .Argument<TimeBucketType>("bucket", "Bucket width for TIME.", a => a.DefaultValue = TimeBucket.Day)
            .ResolveAsync(async ctx => await Stats(ctx).StatementStatsAsync(
                Filter(ctx), ctx.GetArgument<StatGrouping>("by"), ctx.GetArgument("bucket", TimeBucket.Day), ctx.CancellationToken));
        query.Field<NonNullGraphType<StanceMatrixType>>("stanceMatrix")
            .Description("Actors × claims with the stances between them: the actors and claims with the most matching statements.")
            .Argument<StatementFilterType>("filter")
            .Argument<IntGraphType>("actorLimit", a => a.DefaultValue = 50)
            .Argument<IntGraphType>("claimLimit", a => a.DefaultValue = 50)
            .ResolveAsync(async ctx => await Stats(ctx).StanceMatrixAsync(
                Filter(ctx), ctx.GetArgument("actorLimit", 50), ctx.GetArgument("claimLimit", 50), ctx.CancellationToken));
    }

    private static DashboardStats Stats(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<DashboardStats>();

    private static List<string> Keys(IResolveFieldContext ctx, string argument, NodeKind kind) =>
        (ctx.GetArgument<List<string>?>(argument) ?? []).Select(id => GlobalId.KeyOf(id, kind, argument)).Distinct(StringComparer.Ordinal).ToList();

    private static StatementQuery Filter(IResolveFieldContext ctx)
    {
        var f = ctx.GetArgument<StatementFilter?>("filter");
        return new StatementQuery(f?.Text, f?.Stances,
            GlobalId.OptionalKeyOf(f?.Actor, NodeKind.Actor, "filter.actor"),
            GlobalId.OptionalKeyOf(f?.Claim, NodeKind.Claim, "filter.claim"),
            GlobalId.OptionalKeyOf(f?.Source, NodeKind.Source, "filter.source"), f?.From, f?.To);
    }
}
