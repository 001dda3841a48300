using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Types;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>Live feeds over WebSocket (graphql-transport-ws at /graphql), fed by the process's <see cref="GraphChangeBus"/>.</summary>
public sealed class ClaimGraphSubscription : ObjectGraphType
{
    public ClaimGraphSubscription()
    {
        Name = "Subscription";
        Field<NonNullGraphType<StatementType>>("statementRecorded")
            .Description("Each statement recorded (by recordStatement or an import) from now on; the arguments keep only those on that claim, by that actor, or in that source.")
            .Argument<IdGraphType>("claim").Argument<IdGraphType>("actor").Argument<IdGraphType>("source")
            .ResolveStream(ctx =>
            {
                var claim = GlobalId.OptionalKeyOf(ctx.GetArgument<string?>("claim"), NodeKind.Claim, "claim");
                var actor = GlobalId.OptionalKeyOf(ctx.GetArgument<string?>("actor"), NodeKind.Actor, "actor");
                var source = GlobalId.OptionalKeyOf(ctx.GetArgument<string?>("source"), NodeKind.Source, "source");
                return Bus(ctx).Statements.Where(s =>
                    (claim is null || s.ClaimId == claim) && (actor is null || s.ActorId == actor) && (source is null || s.SourceId == source));
            });
        Field<NonNullGraphType<GraphChangeType>>("graphChanged")
            .Description("Every committed change (an import reports one change per kind of record), for dashboards to refetch what changed.")
            .ResolveStream(ctx => Bus(ctx).Changes.Where(_ => true));
    }

    private static GraphChangeBus Bus(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<GraphChangeBus>();
}
